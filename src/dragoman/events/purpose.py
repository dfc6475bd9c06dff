"""A visit made to fight: "the coalition came to Iraq to fight ISIS", "troops went to Mali to attack
the rebels". Coming to a place for a hostile act is a deployment, not a visit to its government."""

from __future__ import annotations

from spacy.tokens import Token

from dragoman.events.lexicon import Lexicon
from dragoman.events.predicates import lemma

HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})


def hostile_purpose(verb: Token, kind: str | None, lex: Lexicon) -> bool:
    """Whether a visit or meeting verb has a "to <hostile act>" purpose clause."""
    if kind != "CONSULT":
        return False
    for c in verb.children:
        if c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            if any(e.type in HOSTILE_TYPES for e in lex.verbs.get(lemma(c), ()) if not e.particles and not e.objects):
                return True
    return False
