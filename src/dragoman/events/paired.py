"""Paired codes: an act that is also its target's act on the source ("X arrived in Y": Y hosted X).

A lexicon entry with a paired CAMEO code (cameo cell ``042:043``, ``Entry.reverse``) gives, beside
its event, the reverse event: the target acting on the source, coded with the reverse code and the
same PLOVER type (its mode only where both codes are the same act).
"""

from __future__ import annotations

from dataclasses import replace

from dragoman.events.predicates import Predicate


def reversed_predicate(pred: Predicate) -> Predicate:
    """The predicate of the reverse event of ``pred`` (whose entry has a ``reverse`` code)."""
    entry = pred.entry
    mode = entry.mode if entry.reverse == entry.cameo else None
    return replace(pred, entry=replace(entry, cameo=entry.reverse, mode=mode, reverse=None))
