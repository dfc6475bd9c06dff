"""When and where an event happened: the clause's time and place, else the
article's date and dateline."""

from __future__ import annotations

import re
from collections.abc import Container, Sequence

from spacy.tokens import Doc, Token

from dragoman.context import Context
from dragoman.records import Place, PlaceRef, Time

DATE_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?")


LOCATIVE = frozenset({"in", "at", "to", "near", "from", "outside", "inside", "into", "within", "across"})


CLAUSAL = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "parataxis", "conj"})
MODIFIER = frozenset({"compound", "amod", "nummod", "poss", "nmod"})


def _root(doc: Doc, item) -> Token | None:
    span = doc.char_span(item.start, item.end, alignment_mode="expand")
    return span.root if span is not None else None


def _in_clause(tok: Token, head: Token) -> bool:
    """``tok`` hangs from ``head`` without crossing into another clause."""
    for _ in range(12):
        if tok.i == head.i:
            return True
        if tok.dep_ in CLAUSAL or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _clause_items(tok: Token, anchor: Token, items: Sequence, event_nouns: Container[str] = ()) -> list:
    """Items stated in the predicate's own clause, nearest first. An item that
    modifies a noun counts only when that noun names an event ("the November 27
    deal"), not anything else ("the 2022 report")."""
    sent = tok.sent
    found = []
    for item in items:
        if not (sent.start_char <= item.start and item.end <= sent.end_char):
            continue
        root = _root(tok.doc, item)
        if root is None:
            continue
        if root.dep_ in MODIFIER and (root.head.lemma_.lower() or root.head.text.lower()) not in event_nouns:
            continue
        if _in_clause(root, anchor) or _in_clause(root, tok):
            found.append((abs(item.start - tok.idx), item))
    found.sort(key=lambda x: x[0])
    return [item for _, item in found]


def _reporting_head(anchor: Token) -> Token | None:
    """The verb that reports the predicate's clause ("X announced [it had ...]")."""
    return anchor.head if anchor.dep_ == "ccomp" and anchor.head.pos_ in ("VERB", "AUX") else None


def _sharing_head(anchor: Token) -> Token | None:
    """The verb whose time a participial or infinitive clause shares ("filed a petition on
    February 10, accusing X"; "agreed to meet"); not one a subordinator dates apart ("after ...")."""
    if anchor.dep_ not in ("advcl", "xcomp") or anchor.head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ == "mark" for c in anchor.children) or anchor.tag_ not in ("VBG", "VB", "VBN"):
        return None
    return anchor.head


def _locative(doc: Doc, place: Place) -> bool:
    """A place named as a location ("in Cairo", "a visit to Moscow"), not as an actor."""
    root = _root(doc, place)
    return root is not None and root.dep_ == "pobj" and root.head.text.lower() in LOCATIVE


def event_date(tok: Token, anchor: Token, times: Sequence[Time], ctx: Context,
               event_nouns: Container[str] = ()) -> tuple[str | None, bool]:
    """The TIMEX value of the clause's date expression (day precision, or the
    coarser value the text gives), else that of the clause reporting it, else
    the article's publication date; and whether the text stated it."""
    reporter = _reporting_head(anchor)
    for head in (anchor, reporter, _sharing_head(anchor)):
        if head is None:
            continue
        for t in _clause_items(tok if head is anchor else head, head, times, event_nouns):
            if t.type in ("DATE", "TIME") and t.value:
                m = DATE_VALUE.match(t.value)
                if m:
                    return m.group(0), True
    return (ctx.published.isoformat() if ctx.published else None), False


def dateline_ref(ctx: Context) -> PlaceRef | None:
    """The dateline's place, via the places stage when it is installed."""
    if not ctx.dateline:
        return None
    try:
        from dragoman.places import dateline_place
    except ImportError:
        return None
    try:
        return dateline_place(ctx)
    except Exception:  # the places stage's failure must not lose the event
        return None


def event_place(
    tok: Token,
    anchor: Token,
    places: Sequence[Place],
    ctx: Context,
    fallback: PlaceRef | None = None,
) -> PlaceRef | None:
    """The clause's place nearest the predicate, else the dateline's."""
    for p in _clause_items(tok, anchor, places):
        if not _locative(tok.doc, p):
            continue
        return PlaceRef(name=p.name, country=p.country, lat=p.lat, lon=p.lon)
    return fallback
