"""A verb whose object is its subject's own state, carried along ("Trump withdrew the US from a
treaty with Iran"): the act is aimed at the party of the act or relation its prepositions name."""

from __future__ import annotations

from spacy.tokens import Token


def prepositional_objects(verb: Token) -> list[Token]:
    """The objects of a verb's own prepositions ("withdrew the US *from a treaty*")."""
    return [g for p in verb.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
