"""Lookup keys for names, and a test for words whose letter case is garbled."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "‐": "-", "‑": "-", "–": "-", "—": "-"})
_DROP = re.compile(r"[.\"“”()]")
_SPACE = re.compile(r"[\s_]+")
_LEADING_THE = re.compile(r"^the\s+")
_POSSESSIVE = re.compile(r"'s?$")
_CASE_PREFIXES = frozenset({"mc", "mac", "o'", "d'", "l'", "de", "di", "da", "la", "le", "van", "von", "al-", "el-", "bin", "ibn"})


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """The lookup key of a name: lower case, no accents, no dots, no leading "the" or trailing "'s"."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _DROP.sub("", text.lower())
    text = _SPACE.sub(" ", text).strip(" ,;:-")
    text = _LEADING_THE.sub("", text)
    return _POSSESSIVE.sub("", text).strip()


def key_tokens(text: str) -> tuple[str, ...]:
    """The words of a name's key ("Jean-Yves Le Drian" -> jean, yves, le, drian)."""
    return tuple(t for t in re.split(r"[\s\-]+", name_key(text)) if t)


@lru_cache(maxsize=65536)
def is_garbled(word: str) -> bool:
    """True for random-case words such as "BliNKEN" or "ruSSiaN" that no cleaner fixed.

    Accepted: lower, Title, UPPER, and one inner capital after a name prefix
    ("McDonald", "DiCaprio", "al-Assad"), or after a hyphen or apostrophe.
    """
    letters = [ch for ch in word if ch.isalpha()]
    if len(letters) < 2:
        return False
    if all(ch.isupper() for ch in letters) or all(ch.islower() for ch in letters):
        return False
    for part in re.split(r"[-'’]", word):
        if not part or part.isupper() or part.islower() or part.istitle():
            continue
        if part[0].islower():  # "viSit", "iPhone": rare in names, common in garbled headlines
            return True
        humps = [i for i in range(1, len(part)) if part[i].isupper() and part[i - 1].islower()]
        if len(humps) != 1:
            return True
        head, tail = part[: humps[0]], part[humps[0]:]
        if not (tail.istitle() and len(tail) > 1 and head.lower() in _CASE_PREFIXES):
            return True
    return False


def slug(text: str) -> str:
    """ASCII words joined by "-": "María Corina Machado" -> "maria-corina-machado"."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return "-".join(re.findall(r"[a-z0-9]+", text))


def stable_id(name: str, country: str | None) -> str:
    """The id an actor keeps across articles: its name's slug and its country ("int" for none)."""
    return f"{slug(name)}.{(country or 'int').lower()}"
