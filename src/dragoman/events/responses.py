"""A refusal or an acceptance that names no party answers the latest request made of its source:
"Peru asked Chile to extradite him. Chile refused." codes REJECT Chile -> Peru."""

from __future__ import annotations

from collections.abc import Sequence

from dragoman.actors.table import ActorTable
from dragoman.events.predicates import Predicate
from dragoman.records import Actor, Event

ANSWERS = frozenset({"REJECT", "AGREE", "CONCEDE"})
ASKING = frozenset({"REQUEST"})
# how far back (characters) the request may have been stated
REACH = 700


def requester(pred: Predicate, source: Actor, earlier: Sequence[Event], actors: ActorTable) -> list[tuple]:
    """The source of the latest request of ``source`` shortly before the answering predicate."""
    verb = pred.token
    if pred.entry.type not in ANSWERS or verb.pos_ != "VERB" or verb.dep_ in ("xcomp", "ccomp", "advcl", "relcl"):
        return []  # "urged him to concede", "said he should accept": the act asked for, not an answer
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or any(
            c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in verb.children):
        return []
    at = pred.token.idx
    for ev in reversed(earlier):
        if at - ev.evidence.end > REACH:
            break
        if ev.type in ASKING and ev.target == source.id and not ev.negated and ev.evidence.end <= at:
            actor = actors.get(ev.source)
            return [(actor, True, pred.token)] if actor is not None else []
    return []
