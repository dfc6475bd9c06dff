"""The patient of a passive verb coordinated after a clause with no subject of its own: in "Turkey
is under EU sanctions, and was condemned by Egypt" the second verb's patient is Turkey, the first
clause's subject."""

from __future__ import annotations

from spacy.tokens import Token

from dragoman.events.arguments import is_passive


def shared_patients(verb: Token) -> list[Token]:
    """The subject of the clause a subjectless passive ``verb`` is coordinated with."""
    if not is_passive(verb) or verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    return [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")][:1]

