"""Dual noun phrases that name two parties just mentioned: "the two countries", "both sides",
"the two leaders" stand for the last two distinct actors of that kind before them, in the same
sentence or the one before ("A met B, and the two countries signed a deal")."""

from __future__ import annotations

from spacy.tokens import Token

from dragoman.actors.table import ActorTable
from dragoman.records import Actor

# dual nouns and the actor kinds they gather
STATE_NOUNS = frozenset({"country", "nation", "state", "government", "neighbour", "neighbor", "capital"})
PERSON_NOUNS = frozenset({"leader", "president", "minister", "counterpart", "premier", "head"})
ANY_NOUNS = frozenset({"side", "party", "delegation"})
DUAL_WORDS = frozenset({"two", "both"})


def _dual(tok: Token) -> bool:
    return any(c.dep_ in ("nummod", "det", "predet", "quantmod") and c.lower_ in DUAL_WORDS
               for c in tok.children if c.i < tok.i)


def _fits(actor: Actor, noun: str) -> bool:
    if noun in PERSON_NOUNS:
        return actor.kind == "person"
    if noun in STATE_NOUNS:
        return actor.kind == "state" or (actor.kind == "organization" and actor.sector == "GOV")
    return actor.kind != "person" or noun == "side"


def pair_actors(tok: Token, table: ActorTable) -> list[Actor]:
    """The two actors a dual noun phrase ("the two countries", "both sides") stands for, in text
    order; [] when it is no such phrase or fewer than two fitting actors precede it."""
    noun = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or noun not in STATE_NOUNS | PERSON_NOUNS | ANY_NOUNS or not _dual(tok):
        return []
    sent = tok.sent
    starts = [sent.start_char]
    if sent.start > 0:
        starts.append(tok.doc[sent.start - 1].sent.start_char)
    for start in starts:
        found: list[Actor] = []
        for actor, _ in reversed(table.mentions_in(start, tok.left_edge.idx)):
            if _fits(actor, noun) and all(a.id != actor.id for a in found):
                found.append(actor)
            if len(found) == 2:
                return found[::-1]
    return []
