"""Verbs of feeling whose object is the one who feels ("Y's decision disappointed X", "X was
angered by Y"): the one who feels is the source of the criticism or praise, what caused it the
target, whatever the voice."""

from __future__ import annotations

from spacy.tokens import Token

from dragoman.events.arguments import is_passive
from dragoman.events.predicates import lemma

EXPERIENCER_OBJECT = frozenset({
    "disappoint", "anger", "outrage", "dismay", "frustrate", "upset", "alarm", "offend", "infuriate",
    "enrage", "incense", "trouble", "disturb", "worry", "concern", "shock", "appal", "appall",
    "please", "delight", "gratify", "hearten", "encourage", "reassure", "satisfy", "impress",
})


def experiencer_arguments(verb: Token) -> tuple[list[Token], list[Token]] | None:
    """(source, target) tokens of a verb of feeling whose experiencer is its object: the one who
    feels and what caused it; None for other verbs, or one with a clause or infinitive complement
    ("encouraged X to ...", "urged")."""
    if verb.pos_ != "VERB" or lemma(verb) not in EXPERIENCER_OBJECT:
        return None
    if any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return None  # "encouraged X to leave": a request, not a feeling
    if is_passive(verb):
        felt = [c for c in verb.children if c.dep_ == "nsubjpass"]
        cause = [g for c in verb.children if c.dep_ in ("agent", "prep") and lemma(c) in ("by", "at", "with", "over")
                 for g in c.children if g.dep_ == "pobj"]
        return felt, cause
    return [c for c in verb.children if c.dep_ == "dobj"], [c for c in verb.children if c.dep_ == "nsubj"]
