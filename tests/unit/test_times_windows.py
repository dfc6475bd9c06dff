"""The grammar runs only near its head words: the same candidates as running every rule over each
whole paragraph, for far less work."""

from __future__ import annotations

import re

import pytest

from dragoman.timex.extract import _PARAGRAPH_BREAK, _candidates, _detectors
from dragoman.timex.grammar import head_words, rules

TEXTS = [
    "The council met on Tuesday, March 4, 2025, at 5 p.m. and again two weeks later.",
    "In the mid-1990s, and in the '80s before that, the plant ran 24 hours a day, seven days a week.",
    "Talks resume midmorning tomorrow; the envoy left late last night and returns next spring.",
    "Ministers said nothing on New Year’s Eve, nor on St. Patrick's Day, nor at Easter.",
    "The Eastern Steel division reported fiscal 2024 third-quarter results for the period ended June 30.",
    "He has served for a little more than three and a half years, until about nineteen ninety-nine.",
    "The rally was on Friday\n\nSeptember 18, 2008: a filing dated 09/18/2008 and stamped 2008-09-18 14:05 GMT.",
    "İstanbul talks began at noon; the K\u212aK delegation ſaid the session would last ſeveral hours.",
    "Nowadays the committee meets monthly, currently on the first Monday; recently it met daily.",
    "Over the weekend, and the day before, aides recalled the 19th century, this century and the last decade.",
    "The same quarter a year earlier was weak; this year's second half and the latest quarter were not.",
    "Nothing temporal here, only a market report about oil, sunflowers and the decadent mayor.",
]


def _whole_paragraphs(text: str) -> list[tuple[int, int, str]]:
    """Every rule over every paragraph, the plain way."""
    found = []
    bounds = [0] + [x for m in _PARAGRAPH_BREAK.finditer(text) for x in (m.start(), m.end())] + [len(text)]
    for start, end in zip(bounds[::2], bounds[1::2]):
        for rule, regex in _detectors():
            found += [(m.start(), m.end(), rule.name) for m in regex.finditer(text, start, end) if m.end() > m.start()]
    return sorted(found)


@pytest.mark.parametrize("text", TEXTS)
def test_windows_find_what_whole_paragraphs_find(text):
    assert sorted(_candidates(text)) == _whole_paragraphs(text)


def test_texts_exercise_most_rules():
    names = {name for text in TEXTS for _, _, name in _candidates(text)}
    assert len(names) >= 28


def test_every_rule_names_known_head_word_families():
    families = head_words().families
    for rule in rules():
        assert rule.needs and rule.needs <= families, rule.name


def test_no_expression_runs_across_a_blank_line():
    text = "The office stays shut until Friday\n\nSeptember 18, 2008 is the date on the notice."
    spans = [text[s:e] for s, e, _ in _candidates(text)]
    assert "Friday" in spans and "September 18, 2008" in spans
    assert not any("\n" in span for span in spans)


def test_every_match_holds_a_head_word_of_its_rule():
    regexes = head_words().regexes(re.IGNORECASE)
    for text in TEXTS:
        for start, end, name in _candidates(text):
            rule = next(r for r in rules() if r.name == name)
            assert any(regexes[f].search(text[start:end]) for f in rule.needs), name
