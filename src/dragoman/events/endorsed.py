"""Endorsing an act against someone is no cooperation with them: "X approved the attacks on the US
embassy", "Y supported the sanctions against Russia" state no agreement with or support for the
party the act is aimed at."""

from __future__ import annotations

from spacy.tokens import Token

from dragoman.events.lexicon import Lexicon
from dragoman.events.predicates import lemma

ENDORSING_TYPES = frozenset({"AGREE", "SUPPORT"})
HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "ACCUSE", "MOBILIZE"})


def endorses_hostile_act(verb: Token, kind: str | None, lex: Lexicon) -> bool:
    """Whether an endorsing verb's object is a hostile act noun ("approved the attacks on X")."""
    if kind not in ENDORSING_TYPES:
        return False
    return any(c.dep_ == "dobj" and any(e.type in HOSTILE_TYPES for e in lex.nouns.get(lemma(c), ()))
               for c in verb.children)
