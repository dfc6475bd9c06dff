"""A possessive pronoun in a target phrase names someone other than the one who acts: "X
questioned his authority" (his: not X), "X accused Y of spying and expelled its diplomats" (its:
Y). When the target phrase names no one but the source, a "his"/"her" after a verb of blame (one
seldom blames oneself) is the subject of a clause it hangs from or the latest person named before it, and an "its"/"their" the object of the verb its
own verb is coordinated with, the sources excepted."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from dragoman.actors.table import ActorTable
from dragoman.records import Actor

PERSONAL = frozenset({"his", "her"})
CORPORATE = frozenset({"its", "their"})
# how far back (characters) the possessor may be named
REACH = 400


def _kind_fits(actor: Actor, word: str) -> bool:
    if word in PERSONAL:
        return actor.kind == "person"
    return actor.kind in ("state", "organization")


def _clause_subjects(tok: Token, table: ActorTable) -> list[Actor]:
    """The actors of the subjects of the clauses a token hangs from, innermost first."""
    out: list[Actor] = []
    head = tok
    while head.head.i != head.i:
        head = head.head
        for c in head.children:
            if c.dep_ == "nsubj" and c.i < tok.i:
                found = table.actor_at(c.idx, c.idx + len(c))
                if found is not None:
                    out.append(found)
    return out


def _previous_object(tok: Token, table: ActorTable) -> list[Actor]:
    """The actors of the objects of the verb the target's verb is coordinated with."""
    verb = tok.head
    if verb.pos_ != "VERB" or verb.dep_ != "conj" or verb.head.pos_ != "VERB":
        return []
    objs = [c for c in verb.head.children if c.dep_ in ("dobj", "dative")]
    return [a for o in objs for a in [table.actor_at(o.idx, o.idx + len(o))] if a is not None]


def other_possessors(targets: Sequence[Token], table: ActorTable, sources: Sequence[Actor],
                     blaming: bool = False) -> list[tuple[Actor, bool, Token]]:
    """The possessor a target noun's "his"/"her"/"its"/"their" stands for, none of ``sources``: the
    subject of a clause it hangs from, else the latest actor of its kind named before it."""
    own = {a.id for a in sources}
    for tok in targets:
        if tok.pos_ != "NOUN":
            continue
        poss = [c for c in tok.children if c.dep_ == "poss" and c.lower_ in PERSONAL | CORPORATE]
        if not poss or any(c.lower_ == "own" for c in tok.children):
            continue  # "its own diplomats": the source's
        word = poss[0].lower_
        if word in PERSONAL and not blaming:
            continue  # "fired his deputy", "defended his decision": his own
        if word in CORPORATE:  # only the object of the act it follows: "accused Y ... and expelled its diplomats"
            candidates = _previous_object(tok, table)
        else:
            earlier = [a for a, _ in reversed(table.mentions_in(max(0, poss[0].idx - REACH), poss[0].idx))]
            candidates = [*_clause_subjects(tok, table), *earlier]
        for actor in candidates:
            if actor.id not in own and _kind_fits(actor, word) and (
                    word in PERSONAL or all(actor.country != a.country for a in sources)):
                return [(actor, True, poss[0])]
    return []
