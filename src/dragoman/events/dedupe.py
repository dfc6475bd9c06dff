"""One real-world event stated several times in an article is reported once."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from dragoman.actors.table import ActorTable
from dragoman.events.modality import event_modality
from dragoman.records import Event


def _same_party(a: str | None, b: str | None, actors: ActorTable) -> bool:
    """The same actor, or a state and an actor of that state."""
    if a == b:
        return True
    x, y = actors.get(a), actors.get(b)
    if x is None or y is None or not x.country or x.country != y.country:
        return False
    return x.kind == "state" or y.kind == "state"


def merge_duplicates(events: Sequence[Event], actors: ActorTable, stated: Mapping[int, bool]) -> list[Event]:
    """Keep one of the events that share type, polarity, assertedness and source,
    name the same target (or a state and its own actor) and have compatible
    dates. The best statement wins: a date stated in the text, a target more
    specific than a state, then confidence. ``stated`` maps ``id(event)`` to
    whether its date came from the text. Text order is kept."""

    def specific(ev: Event) -> bool:
        tgt = actors.get(ev.target)
        return tgt is not None and tgt.kind != "state"

    ranked = sorted(events, key=lambda e: (stated.get(id(e), False), specific(e), e.confidence), reverse=True)
    kept: list[Event] = []
    for ev in ranked:
        if not any(
            k.type == ev.type and k.negated == ev.negated and k.source == ev.source
            and event_modality(k) == event_modality(ev)
            and _same_party(k.target, ev.target, actors)
            and (k.date == ev.date or not stated.get(id(k)) or not stated.get(id(ev)))
            for k in kept
        ):
            kept.append(ev)
    order = {id(e): n for n, e in enumerate(events)}
    return sorted(kept, key=lambda e: order[id(e)])
