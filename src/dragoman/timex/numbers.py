"""Cardinal numbers written in digits or words ("24", "twenty-four", "2 1/2", "a couple of")."""

from __future__ import annotations

import re
from functools import cache

from dragoman.timex.lexicon import alternation, lexicon

_FRACTION = re.compile(r"(?:(\d+)\s+)?(\d+)/(\d+)$")


@cache
def number_pattern() -> str:
    """Regex source for a cardinal number (no capturing groups)."""
    lex = lexicon()
    words = alternation(w for w in lex.numbers if w not in ("a", "an", "couple", "dozen", "half"))
    head = rf"(?:{words}|a[\s-]+couple[\s-]+of|a[\s-]+dozen|an?[\s-]+half|a|an|couple[\s-]+of|dozen)"
    tail = rf"(?:[\s-]+(?:and[\s-]+)?(?:a[\s-]+)?(?:{words}|half|dozen))*"
    digits = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s+\d/\d)?|\d/\d)"
    return rf"(?:{digits}|{head}{tail})"


@cache
def vague_pattern() -> str:
    """Regex source for an unspecified quantity ("a few", "several")."""
    lex = lexicon()
    return rf"(?:(?:a[\s-]+)?{alternation(lex.vague_numbers)}|a[\s-]+number[\s-]+of)"


def parse_number(text: str) -> float | None:
    """The value of a cardinal number, or None when it is not one."""
    text = text.lower().strip().replace(",", "")
    frac = _FRACTION.match(text)
    if frac:
        whole = int(frac.group(1) or 0)
        return whole + int(frac.group(2)) / int(frac.group(3))
    try:
        return float(text)
    except ValueError:
        pass
    table = lexicon().numbers
    total = 0.0
    current = 0.0
    seen = False
    words = re.split(r"[\s-]+", text)
    if words in (["a"], ["an"]):
        return 1.0
    for word in words:
        if word in ("and", "of", "a", "an"):
            continue
        if word not in table:
            return None
        value = table[word]
        seen = True
        if word in ("hundred", "thousand"):
            current = (current or 1) * value
            if word == "thousand":
                total += current
                current = 0
        elif word == "half":
            current = current + 0.5 if current else 0.5
        elif word == "dozen":
            current = (current or 1) * 12
        else:
            current += value
    return total + current if seen else None


_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_TWO_DIGITS = rf"(?:{_TENS}(?:[\s-]+{_UNITS})?|{_TEENS}|oh[\s-]+{_UNITS})"


@cache
def spoken_year_pattern(strict: bool = False) -> str:
    """Regex source for a year said in words: "nineteen ninety-six", "nineteen hundred",
    "two thousand and one", "twenty twelve". ``strict`` keeps only the "nineteen
    ninety-six" kind (a century word and a two-digit number), which reads as a year on its
    own; "two thousand" needs "the year" or a month before it to be one."""
    centuried = rf"(?:fifteen|sixteen|seventeen|eighteen|nineteen)[\s-]+(?:hundred|{_TWO_DIGITS})"
    if strict:
        return f"(?:{centuried})"
    thousands = rf"two[\s-]+thousand(?:[\s-]+(?:and[\s-]+)?(?:{_TENS}(?:[\s-]+{_UNITS})?|{_TEENS}|{_UNITS}))?"
    twenty = rf"twenty[\s-]+(?:{_TEENS}|{_TENS}(?:[\s-]+{_UNITS})?)"
    return f"(?:{centuried}|{thousands}|{twenty})"


def year_number(text: str) -> int | None:
    """The year written in ``text``: digits ("1996") or words ("nineteen ninety-six",
    "two thousand and one", "twenty twelve"); None when it is neither."""
    text = text.strip().lower()
    if text.isdigit():
        return int(text)
    words = [w for w in re.split(r"[\s-]+", text) if w and w != "and"]
    if not words:
        return None
    if words[0] == "two" and len(words) > 1 and words[1] == "thousand":
        value = parse_number(" ".join(words))
        return int(value) if value is not None else None
    head = lexicon().numbers.get(words[0])
    if head is None or not 10 <= head <= 20 or len(words) < 2:
        return None
    rest = words[1:]
    if rest == ["hundred"]:
        return int(head) * 100
    if rest[0] == "oh":
        rest = rest[1:]
    tail = parse_number(" ".join(rest)) if rest else None
    if tail is None or not 0 <= tail < 100:
        return None
    return int(head) * 100 + int(tail)
