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
