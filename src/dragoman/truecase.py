"""Detect and repair RaNdOm-case and ALL-CAPS runs of words.

Scraped pages glue headlines into body text in odd casings; the parser and
the entity recogniser need ordinary title or sentence case to read them.
Every repair keeps the text's length, so offsets stay valid.
"""

from __future__ import annotations

import re

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_LOWER_THEN_UPPER = re.compile(r"[a-zà-ÿ][A-ZÀ-Þ]")

SMALL_WORDS = frozenset(
    "a an the and but or nor for on at to by of in with from as vs via per into over off up".split()
)
COMMON_SHORT_WORDS = frozenset(
    """THE AND FOR BUT NOT HAS HAD WAS ARE SAY NEW TWO SIX TEN ITS HIS HER WHO WHY HOW OUT OFF ALL ONE
    MAN MEN BIG TOP END WAR LAW CUT SET GET RUN WIN BID AID ACT YES NO IS IT IN ON OF TO AT BY AS AN
    OR SO UP WE HE BE DO GO MY ME US""".split()
)


def is_random_case(word: str) -> bool:
    """A word whose case flips from lower to upper inside it: "viSit", "BliNKEN".

    Some real names do this too (McDonald, iPhone), so callers look for
    several such words close together, never one alone.
    """
    return bool(_LOWER_THEN_UPPER.search(word))


def is_all_caps(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def random_case_clusters(text: str, *, min_words: int = 3, max_gap: int = 3) -> list[tuple[int, int]]:
    """Character spans covering clusters of random-case words.

    A cluster holds at least ``min_words`` random-case words with at most
    ``max_gap`` ordinary words between neighbours.
    """
    words = list(WORD.finditer(text))
    clusters: list[tuple[int, int]] = []
    run: list[re.Match[str]] = []
    gap = 0
    for match in words:
        if is_random_case(match.group()):
            run.append(match)
            gap = 0
        elif run:
            gap += 1
            if gap > max_gap:
                if len(run) >= min_words:
                    clusters.append((run[0].start(), run[-1].end()))
                run, gap = [], 0
    if len(run) >= min_words:
        clusters.append((run[0].start(), run[-1].end()))
    return clusters


def _title_word(word: str, first: bool, acronyms_kept: bool) -> str:
    if not (is_random_case(word) or word.isupper() or word.islower()):
        return word  # already ordinary mixed case ("Xi", "Blinken")
    if acronyms_kept and word.isupper() and len(word) <= 3 and word not in COMMON_SHORT_WORDS:
        return word
    lower = word.lower()
    if not first and lower in SMALL_WORDS:
        return lower
    return lower[:1].upper() + lower[1:]


def title_case(text: str, *, keep_acronyms: bool = True) -> str:
    """Headline-style title case of odd-cased text; same length as ``text``."""
    out: list[str] = []
    last = 0
    for index, match in enumerate(WORD.finditer(text)):
        out.append(text[last : match.start()])
        out.append(_title_word(match.group(), index == 0, keep_acronyms))
        last = match.end()
    out.append(text[last:])
    result = "".join(out)
    return result if len(result) == len(text) else text


def all_caps_runs(text: str, *, min_words: int = 4) -> list[tuple[int, int]]:
    """Spans of at least ``min_words`` consecutive ALL-CAPS words."""
    spans: list[tuple[int, int]] = []
    run: list[re.Match[str]] = []
    for match in WORD.finditer(text):
        between = text[run[-1].end() : match.start()] if run else ""
        if is_all_caps(match.group()) and (not run or len(between) <= 3 and "\n" not in between):
            run.append(match)
            continue
        if len(run) >= min_words:
            spans.append((run[0].start(), run[-1].end()))
        run = [match] if is_all_caps(match.group()) else []
    if len(run) >= min_words:
        spans.append((run[0].start(), run[-1].end()))
    return spans
