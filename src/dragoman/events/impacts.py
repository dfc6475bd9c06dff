"""Who an act strikes when the text names its victim apart from it: the subject of a passive verb
of impact whose agent is the act ("the facilities were hit by drone strikes": the strikes' target
is the facilities), and property that stands for its owner ("oil facilities belonging to X",
"a tanker operated by Y")."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from dragoman.events.arguments import is_passive
from dragoman.events.predicates import lemma

# verbs whose passive subject is what a "by" act struck
IMPACT_VERBS = frozenset({"hit", "strike", "target", "damage", "destroy", "rock", "shake", "pound", "devastate"})
# participles that tie property to its owner, with the preposition naming it
OWNING = {"belong": "to", "own": "by", "operate": "by", "run": "by"}


def impact_victims(noun: Token) -> list[Token]:
    """The subject of a passive impact verb whose "by" agent is ``noun``."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "agent":
        return []
    verb = noun.head.head
    if lemma(verb) not in IMPACT_VERBS or not is_passive(verb):
        return []
    return [c for c in verb.children if c.dep_ == "nsubjpass"]


def property_owners(tokens: Iterable[Token]) -> list[Token]:
    """The owners that an "belonging to X" / "owned by X" participle gives the tokens' property."""
    out: list[Token] = []
    for tok in tokens:
        for acl in (c for c in tok.children if c.dep_ == "acl" and lemma(c) in OWNING):
            out += [g for p in acl.children if p.dep_ in ("prep", "agent") and lemma(p) == OWNING[lemma(acl)]
                    for g in p.children if g.dep_ == "pobj"]
    return out
