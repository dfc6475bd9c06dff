"""The times stage: temporal expressions, normalised against the publication date.

``extract_times(doc, ctx)`` is the stage; ``normalise(text, anchor, tense)`` is the
pure normaliser behind it (no model needed). The grammar lives in ``dragoman.timex``
and its words in ``dragoman/data/times/lexicon.json``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from spacy.tokens import Doc

from dragoman.context import Context
from dragoman.records import Time
from dragoman.timex.extract import extract_times as _extract
from dragoman.timex.grammar import Env, normalise_with

Tense = Literal["past", "present", "future"]

__all__ = ["extract_times", "normalise", "event_date"]

_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def normalise(text: str, anchor: dt.date, tense: Tense | None = None,
              ref: dt.date | None = None) -> tuple[str, str] | None:
    """TIMEX3 ``(type, value)`` of one whole expression ("last week", "Friday night")
    relative to ``anchor``; ``tense`` of its clause decides a bare weekday's or
    month's direction; ``ref`` is the last day mentioned, for "the following day"."""
    return normalise_with(text, Env(anchor, tense, ref))


def extract_times(doc: Doc, ctx: Context) -> list[Time]:
    """Every temporal expression in ``doc`` with its type and value (None when the
    value needs a publication date that ``ctx`` lacks)."""
    return _extract(doc, ctx.published, ctx.text_of(doc))


def event_date(doc: Doc, times: list[Time], start: int, end: int,
               published: dt.date | None = None) -> str | None:
    """The day (``YYYY-MM-DD``) of an event whose evidence spans ``[start, end)``: the
    day-precise time expression inside the evidence, else the nearest one in its
    sentence, else ``published``; None when neither fixes a day."""
    sentence = doc.char_span(start, end, alignment_mode="expand")
    lo, hi = (sentence.sent.start_char, sentence.sent.end_char) if (
        sentence is not None and len(sentence) and doc.has_annotation("SENT_START")) else (start, end)
    days = [t for t in times if t.value and _DAY.match(t.value) and lo <= t.start and t.end <= hi]
    inside = [t for t in days if start <= t.start and t.end <= end]
    pool = inside or days
    if pool:
        best = min(pool, key=lambda t: min(abs(t.start - end), abs(t.end - start)))
        return best.value[:10]
    return published.isoformat() if published else None
