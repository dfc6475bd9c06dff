"""How predictions are matched to gold items (see ../shared/eval/README.md and the seed's notes)."""

from __future__ import annotations

import re
import unicodedata

_QUOTE_MARKS = re.compile(r"[\"'“”‘’„‟«»‹›`´]")
_SPACE = re.compile(r"\s+")
_HONORIFICS = frozenset("the mr mrs ms dr president prime minister secretary general".split())


def norm_text(text: str) -> str:
    """Lower case, no quotation marks or apostrophes, single spaces."""
    text = unicodedata.normalize("NFKC", text)
    text = _QUOTE_MARKS.sub("", text.replace("…", "...")).lower()
    return _SPACE.sub(" ", text).strip(" ,.;:")


def fragment_match(gold: str, pred: str) -> bool:
    """The prediction contains the gold fragment, or is a large part of it."""
    g, p = norm_text(gold), norm_text(pred)
    if not g or not p:
        return False
    return g in p or (p in g and len(p) >= 0.5 * len(g))


def _name_tokens(name: str) -> list[str]:
    tokens = [t for t in re.split(r"[\s\-]+", norm_text(name)) if t and t not in _HONORIFICS]
    return tokens


def name_match(gold: str | None, pred: str | None) -> bool:
    """Names match by surname (last word), when one contains the other, or as acronym and expansion."""
    if not gold or not pred:
        return False
    g, p = norm_text(gold), norm_text(pred)
    if g == p or (len(g) > 3 and g in p) or (len(p) > 3 and p in g):
        return True
    if _abbreviates(gold, pred) or _abbreviates(pred, gold):
        return True
    gt, pt = _name_tokens(gold), _name_tokens(pred)
    return bool(gt and pt and gt[-1] == pt[-1] and len(gt[-1]) > 2)


_MINOR_WORDS = frozenset("of the and for on in de des du la le".split())


def _abbreviates(short: str, full: str) -> bool:
    """``short`` is the initials of ``full``'s words ("NATO", "North Atlantic Treaty Organization")."""
    short = short.strip().removeprefix("the ").strip(".")
    if not 2 <= len(short) <= 6 or not short.isalpha() or not short.isupper():
        return False
    words = [w for w in re.split(r"[\s\-]+", full.strip()) if w]
    initials = "".join(w[0] for w in words if w.lower() not in _MINOR_WORDS)
    return len(words) > 1 and initials.upper() == short


def name_closeness(gold: str, pred: str) -> float:
    """How close two matching names are: 3 the same, 2..3 one contains the other (more when nearer in
    length), 1 the same surname, 0 no match."""
    g, p = norm_text(gold), norm_text(pred)
    if g == p:
        return 3.0
    if not name_match(gold, pred):
        return 0.0
    if g in p or p in g:
        return 2.0 + min(len(g), len(p)) / max(len(g), len(p))
    return 1.0


def text_overlap(gold: str, pred: str) -> bool:
    """Two time or place mentions refer to the same words."""
    g, p = norm_text(gold), norm_text(pred)
    return bool(g and p and (g in p or p in g))
