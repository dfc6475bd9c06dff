"""An armed non-state group's violent act with no named victim ("the Taliban carried out an attack
on a military base in Maidan Shahr"; "rebels shelled the town") targets the state of the country
where it took place, as CAMEO/PETRARCH code insurgent violence."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from dragoman.actors.table import ActorTable
from dragoman.events.groups import is_person_noun, state_actor
from dragoman.records import Actor, Place

ARMED_GROUPS = frozenset({"REB", "INS", "UAF", "TER"})
VIOLENT = frozenset({"ASSAULT"})


def attacked_state(kind: str, source: Actor, targets: Sequence[Token], where: Place | None, tok: Token,
                   actors: ActorTable) -> list[tuple]:
    """The state attacked by an armed group's act placed in a country, when the act names a place
    or thing struck and no people ("shot at officers": those, if unresolved, not the state); else []."""
    if kind not in VIOLENT or source.sector not in ARMED_GROUPS or where is None or not where.country:
        return []
    if not targets or any(t.pos_ in ("PROPN", "PRON") or is_person_noun(t) for t in targets):
        return []  # a place or thing struck must be named ("a military base"), and no people
    state = state_actor(where.country, tok, actors, "events: the state where an armed group's attack took place")
    return [(state, True, tok)] if state.id != source.id else []
