"""No regular expression of the package can backtrack catastrophically (issue 19, linear-time patterns).

Every pattern of ``src/dragoman`` is found (``tests/regex_inventory.py``: compiled objects in modules,
classes and cached tables, and literal patterns of ``re.*`` calls in the source) and checked statically
(``tests/redos.py``): by regexploit, and by our checks of exponential ambiguity and of overlapping runs,
which find what regexploit misses. A pattern passes all three or is in ``ALLOWED`` with the reason it
is safe. The checkers themselves are tested here on known-bad and known-good patterns, and the attack
strings they give are shown to blow up, so a silent checker is not mistaken for a safe package (our
checks find the cleaner's old share line, byline and metadata-date patterns, which regexploit passed).
Each family a checker flagged gets a worst-case timing test, as a time ratio between n and 16n with
16n of 5,000 characters or more (``tests/unit/test_clean_linear.py`` does the same for the cleaner).
"""

from __future__ import annotations

import re
import time

import pytest

from dragoman.actors import petrarch
from dragoman.events import cameo_import
from tests.redos import canonical, describe, exponential, polynomial, regexploit_findings
from tests.regex_inventory import PACKAGE_DIR, all_patterns
from tests.unit.test_clean_linear import MAX_RATIO, _growth

# Patterns a checker flags that are safe for a reason it cannot see: pattern text -> the reason.
# Keep it small; a fix that keeps the matches is better than an entry here.
ALLOWED: dict[str | bytes, str] = {
    r"^\s*!(\w+)!\s*=\s*(.+)$":
        "actors.petrarch._MACRO runs on one line of a user dictionary (splitlines), so `(.+)$` reaches the "
        "end on its first try and the spaces before it are never re-split; made possessive it would no "
        "longer match a macro of spaces only, as it does now",
}

# ``re`` calls whose pattern is built at run time, by place (``path::function``): how they are covered.
COVERED = "its patterns are built at import or by a cached table, so the inventory checks the objects"
DYNAMIC: dict[str, str] = {
    "dragoman/clean.py::<module>": COVERED,
    "dragoman/dates.py::<module>": COVERED,
    "dragoman/timex/grammar.py::rules": COVERED,
    "dragoman/timex/grammar.py::head_words": COVERED,
    "dragoman/timex/grammar.py::HeadWords.regexes": COVERED + " (timex.extract._case_blind_regexes())",
    "dragoman/timex/extract.py::_detectors": COVERED,
    "dragoman/timex/openers.py::word_opener": "one character class, no repeat (timex.extract._openers(), cached)",
    "dragoman/actors/extract.py::_Reader.short_org_names":
        "an escaped name between two lookarounds: no repeat at all (checked on a sample below)",
    "dragoman/fastattrs.py::_test": "the REGEX operator of token patterns, which no pattern of the package "
                                    "uses (checked below)",
}


@pytest.fixture(scope="module")
def inventory():
    return all_patterns()


@pytest.fixture(scope="module")
def reports(inventory):
    """Distinct patterns (as both checks read them) -> (a pattern, its flags, places, checkers' reports)."""
    found, _ = inventory
    groups: dict = {}
    for f in found:
        tree, flags = canonical(f.pattern, f.flags)
        key = (repr(tree), flags)
        if key not in groups:
            groups[key] = (f.pattern, f.flags, list(f.where), describe(f.pattern, f.flags))
        else:
            groups[key][2].extend(f.where)
    return groups


def test_inventory_reaches_every_kind_of_pattern(inventory):
    found, _ = inventory
    where = {w for f in found for w in f.where}
    assert len(found) > 150
    assert "dragoman.clean._SHARE_LINE" in where  # module global built from a string
    assert any(w.startswith("dragoman.dates._PATTERNS[") for w in where)  # in a tuple at import
    assert any(w.startswith("dragoman.timex.grammar.rules()") for w in where)  # a cached table
    assert any(w.startswith("dragoman.timex.extract._case_blind_regexes()[") for w in where)
    assert any(w.startswith("dragoman/actors/petrarch.py:") for f in found if f.pattern == r"!(\w+)!"
               for w in f.where)  # a literal inside a function


def test_every_pattern_built_at_run_time_is_accounted_for(inventory):
    _, dynamic = inventory
    assert dynamic == set(DYNAMIC), "say in DYNAMIC how a new re call with a built pattern is checked"


def test_no_token_pattern_uses_a_regex():
    users = [p for p in PACKAGE_DIR.rglob("*") if p.is_file() and p.suffix in (".py", ".json", ".jsonl", ".yaml")
             and p.name != "fastattrs.py" and '"REGEX"' in p.read_text(encoding="utf-8", errors="replace")]
    assert users == [], "a token pattern uses REGEX: check its patterns for ReDoS here"


def test_escaped_names_between_lookarounds_are_safe():
    for name in ("Acme Holdings", "A.B. (Group)*+", "x" * 300):
        assert describe(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])") == []


def test_no_pattern_of_the_package_can_backtrack_catastrophically(reports):
    flagged = {pattern: (where, found) for pattern, flags, where, found in reports.values() if found}
    unexplained = {p: v for p, v in flagged.items() if p not in ALLOWED}
    assert not unexplained, "\n".join(f"{where[0]}: {p!r}: {found}" for p, (where, found) in unexplained.items())
    assert set(ALLOWED) <= set(flagged), "an ALLOWED pattern is gone or no longer flagged: drop it"


# ---------------------------------------------------------------- the checkers on known patterns

_SOCIAL = r"(?:shares|share|tweet|email|print|facebook|x|comments|comment|save|\d+ min read)"
OLD_SHARE_LINE = rf"^(?:{_SOCIAL}(?:\s+(?:this|on|via|article|story|now))*\s*[:|·•/]?\s*)+$"
OLD_HEADER = r"^---\s*(.*?)\s*\[([^\]]*)\]\s*---"
OLD_META_DATE = (r"^(?:date|dated|published|posted|updated|last updated|first published)\b"
                 r"\s*(?:on)?\s*:?\s*(?P<rest>.*)$")
OLD_BYLINE = (r"^(?:by|written by|reporting by|words by)\s+[A-Z][\w.'’-]+"
              r"(?:\s+(?:[A-Z][\w.'’-]+|and|&|de|van|von|al|bin))*(?:\s*[,|/]\s*[\w .&'’-]{2,40})?\.?$")
OLD_PETRARCH_CODE = r"^([A-Za-z0-9~/]*)\s*(.*)$"
PETRARCH_CODE = r"^([A-Za-z0-9~/]*+)\s*+(.*)$"  # actors.petrarch.parse_code, made possessive

EXPONENTIAL = [
    r"(a+)+b",
    r"(a|a)*b",  # the parser makes this a(|): two empty ways under the repeat
    r"(a*)*b",
    r"(a|b|ab)*c",
    r"^(\w+\s?)*$",
    r"(.*,)*x",
    r"(\s*,?\s*x)+$",  # two optional runs of spaces side by side inside a repeat
    OLD_SHARE_LINE,  # the cleaner's share bar before the fix (issue 19): 2^n on "Share Tweet" * n
    r"(?>(a|a)*b)",  # an atomic group backtracks inside until it has matched
    r"(?:(?:a|a)*b)*+c",  # a possessive repeat, within the repetition that fails
]
SAFE = [
    r"(a|ab)*c",  # overlapping first letters, but one way to read any string
    r"(a|b)*c",
    r"a*b*c",
    r"\s*\w+\s*=",
    r"(?>a|a)*b",  # atomic: one way kept
    r"(a*+)*b",  # possessive: gives nothing back
    r"\s*+(?:[^\s,]|\s++(?!,))*+,",
    r"(?:(a|a)){1,3}b",  # bounded: no pumping
    r"[^,]*(,[^,]*)*x",
    r"(\d+\.)+\d+",
    r"\w+(?:[-.]\w+)*",
    r"^(?:by)\s++[A-Z][\w.'’-]++(?:\s++(?>[A-Z][\w.'’-]++|and|de))*+\.?$",
]


@pytest.mark.parametrize("pattern", EXPONENTIAL)
def test_exponential_ambiguity_is_found(pattern):
    assert exponential(pattern) is not None


@pytest.mark.parametrize("pattern", SAFE)
def test_unambiguous_patterns_pass_every_check(pattern):
    assert describe(pattern) == []


def test_the_old_share_line_is_found_by_our_check_and_missed_by_regexploit():
    assert exponential(OLD_SHARE_LINE, re.I) is not None
    assert regexploit_findings(OLD_SHARE_LINE, re.I) == []  # why the second checker exists


def test_an_atomic_group_keeps_one_way_for_our_check():
    assert exponential(r"(?>a*)*b") is None  # regexploit reads it as (a*)*b: listed in ALLOWED if used


POLYNOMIAL = [r"\s*\s*x", r"(?>\s*\s*x)", r"\s*(?:on)?\s*:?\s*x", r"\d+\.?\d*x", r".*\s*x", OLD_PETRARCH_CODE, OLD_BYLINE]
NOT_POLYNOMIAL = [r"\s*+\s*x", r"(?>\s*)\s*x", r"a[\s-]+b[\s-]+c", r"(?:a\s*)+x", r"\d++\.?\d*x", r"\w+\s+\w+"]


@pytest.mark.parametrize("pattern", POLYNOMIAL)
def test_overlapping_runs_are_found(pattern):
    assert polynomial(pattern) is not None


@pytest.mark.parametrize("pattern", NOT_POLYNOMIAL)
def test_runs_that_cannot_share_a_character_pass(pattern):
    assert polynomial(pattern) is None


def test_the_cleaners_old_quadratic_patterns_are_found_by_our_check_only():
    for pattern, flags in ((OLD_META_DATE, re.I), (OLD_BYLINE, 0)):
        assert polynomial(pattern, flags) is not None
        assert regexploit_findings(pattern, flags) == []


def test_regexploit_finds_polynomial_backtracking():
    assert regexploit_findings(OLD_HEADER)  # cubic: three runs of spaces before a "[" that never comes
    assert regexploit_findings(r"\s*(.*?)\s*x$")
    assert not regexploit_findings(cameo_import._HEADER.pattern)


def _time(pattern: re.Pattern, text: str) -> float:
    start = time.perf_counter()
    pattern.match(text)
    return time.perf_counter() - start


@pytest.mark.parametrize("pattern", [OLD_SHARE_LINE, r"(a|a)*b", r"(\s*,?\s*x)+$"])
def test_the_attack_string_of_our_check_blows_up(pattern):
    compiled = re.compile(pattern, re.I)
    found = exponential(pattern, re.I)
    small, large = (min(_time(compiled, found.attack(n)) for _ in range(3)) for n in (6, 14))
    assert large / small > 20  # exponential: about 2^8 = 256; linear would be about 2


@pytest.mark.parametrize("pattern, flags, end, n", [
    (OLD_META_DATE, re.I, "x\n!", 6),  # four runs (".*" too): n^4; "(.*)$" fails on a line break not at the end
    (r"\d+\.?\d*x", 0, "", 100),
    (r"^\s*\s*x", 0, "", 100),
])
def test_the_attack_string_of_overlapping_runs_grows_quadratically(pattern, flags, end, n):
    compiled = re.compile(pattern, flags)
    found = polynomial(pattern, flags)
    assert _growth(compiled.match, lambda k: found.attack(k) + end, n) > MAX_RATIO  # quadratic: about 256


# ---------------------------------------------------------------- families flagged, fixed, timed

@pytest.mark.parametrize("make", [
    lambda n: "---" + " " * n,  # the cubic case regexploit found
    lambda n: "--- MEET" + " " * n + "[040",
    lambda n: "--- " + "[" * n,
    lambda n: "--- " + "[x] " * n + "--",
    lambda n: "--- A" + " [1] -" * n,
])
def test_cameo_header_is_read_in_linear_time(make):
    assert _growth(cameo_import._HEADER.match, make, 400) < MAX_RATIO


@pytest.mark.parametrize("line, name, code", [
    ("---  MEET   [040]  ---", "MEET", "040"),
    ("--- ACCUSE   [---]  ---", "ACCUSE", "---"),
    ("---[]---", "", ""),
])
def test_cameo_header_still_reads_name_and_code(line, name, code):
    head = cameo_import._HEADER.match(line)
    assert head and (head.group(1).strip(), head.group(2)) == (name, code)
    old = re.match(OLD_HEADER, line)
    assert (old.group(1).strip(), old.group(2)) == (name, code)


@pytest.mark.parametrize("line, name, code", [
    ("--- DELAY [120]  [031:031]  ---", "DELAY", "120"),  # the block's code is the first bracket
    ("--- TROUBLED  [---] # NOUN ---", "TROUBLED", "---"),  # a comment before the closing dashes
    ("---  DELAY   [120]---  ---", "DELAY", "120"),
])
def test_cameo_header_code_is_the_first_bracket(line, name, code):
    head = cameo_import._HEADER.match(line)
    assert head and (head.group(1).strip(), head.group(2)) == (name, code)


@pytest.mark.parametrize("line", ["--- MEET [040]", "MEET [040] ---", "--- MEET 040 ---", "-- MEET [040] ---"])
def test_cameo_header_rejects_other_lines(line):
    assert cameo_import._HEADER.match(line) is None
    assert re.match(OLD_HEADER, line) is None


@pytest.mark.parametrize("make", [
    lambda n: "/" * n + "\n" + "x",  # the quadratic case: the code run and "(.*)$" share "/"
    lambda n: "A" * n + " " * n + "\nx",
])
def test_petrarch_code_is_read_in_linear_time(make, inventory):
    pattern = re.compile(PETRARCH_CODE)
    assert any(w.startswith("dragoman/actors/petrarch.py:") for f in inventory[0] if f.pattern == PETRARCH_CODE
               for w in f.where), "parse_code's pattern changed: time the new one here"
    assert _growth(pattern.match, make, 400) < MAX_RATIO


@pytest.mark.parametrize("body, expected", [
    ("AFGGOV >011222", ("AFGGOV", "2001-12-22", None)),
    ("USA <20150101", ("USA", None, "2015-01-01")),
    ("RUSGOV/MIL", ("RUSGOV/MIL", None, None)),
    ("  IGO  ", ("IGO", None, None)),
    ("---", None),
])
def test_petrarch_code_still_reads_code_and_dates(body, expected):
    got = petrarch.parse_code(body)
    assert (got if got is None else (got[0], got[1] and got[1].isoformat(), got[2] and got[2].isoformat())) == expected
    assert re.match(OLD_PETRARCH_CODE, body.strip()).groups() == re.match(PETRARCH_CODE, body.strip()).groups()
