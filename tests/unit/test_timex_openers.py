"""Which characters can open a regex's match (timex.openers), and the rule scan that uses them."""

from __future__ import annotations

import re

from dragoman.timex import extract
from dragoman.timex.openers import word_opener


def _opens(pattern: str, flags: int = 0) -> str:
    opener = word_opener(re.compile(pattern, flags))
    return "".join(c for c in "aAbBtT09'- " if opener.match(c)) if opener else "-"


def test_the_first_character_past_optional_parts_and_lookarounds():
    assert _opens(r"(?<!\w)(?:the\s+)?(?:march|april)\s+\d") == "at"
    assert _opens(r"(?:the\s+)?(?:march|april)", re.IGNORECASE) == "aAtT"
    assert _opens(r"\d{4}|'\d0s") == "09'"
    assert _opens(r"(?:a|b)*t") == "abt"


def test_none_where_the_start_is_not_a_word_character_or_cannot_be_told():
    assert _opens(r"-\d") == "-"  # a hyphen opens it
    assert _opens(r"\s*march") == "-"  # a blank opens it
    assert _opens(r"[^x]y") == "-"  # a negated class
    assert _opens(r"(?:day)?") == "-"  # it can match nothing


def test_every_rule_is_run_at_word_starts_only():
    assert all(opener is not None for opener in extract._openers())


def _by_finditer(text: str) -> list[tuple[int, int, str]]:
    windows = extract._windows(text)
    found = []
    for rule, regex in extract._detectors():
        spans = extract._merge(w for family in rule.needs for w in windows[family])
        found += extract._scanned(text, rule.name, regex, spans)
    return found


def test_the_word_start_scan_finds_what_finditer_finds():
    text = ("On Tuesday, March 3, 2020 the minister said: 'the '90s are gone'. Two weeks ago, in the third\n"
            "quarter of 1999 and at 10:30 a.m. GMT the next day, sales fell 5% year-on-year. "
            "SINCE LAST SUMMER, every Monday morning, the fiscal year ended March 31.\n\n"
            "Twenty years from now, on 2021-04-05 or 4/5/21, nobody will remember tonight.")
    assert extract._candidates(text) == _by_finditer(text)
    assert len(extract._candidates(text)) > 10
