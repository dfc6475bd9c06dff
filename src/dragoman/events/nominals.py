"""Authors of event nouns the parse does not give: a "by" phrase the parser hangs on the "of"
object ("the arrest of X by Y": "by Y" under X), a name compounded with the noun ("a Biden
lawsuit"), but not a place ("the Gaza attack"), and the "of" object of a request noun ("the demands
of the protesters")."""

from __future__ import annotations

from spacy.tokens import Token

from dragoman.events.predicates import lemma


def stray_agents(noun: Token) -> list[Token]:
    """The "by" objects under the "of" object of an event noun ("the arrest of X by Y": Y)."""
    return [a for p in noun.children if p.dep_ == "prep" and lemma(p) == "of"
            for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN"
            for b in g.children if b.dep_ in ("prep", "agent") and lemma(b) == "by"
            for a in b.children if a.dep_ == "pobj"]


def modifier_agents(noun: Token) -> list[Token]:
    """Proper nouns compounded with an event noun ("a Biden lawsuit against X"); the caller keeps
    those that name a person or an organisation, not a place."""
    return [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]


# speech-act nouns whose "of" object is their author ("the demands of the protesters")
AUTHORED_BY_OF = frozenset({"REQUEST"})


def of_authors(noun: Token, kind: str | None) -> list[Token]:
    """The "of" object of a request noun, which names who asks ("one of the demands of the protesters")."""
    if kind not in AUTHORED_BY_OF:
        return []
    return [g for p in noun.children if p.dep_ == "prep" and lemma(p) == "of"
            for g in p.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]
