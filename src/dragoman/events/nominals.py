"""Event nouns whose "by" phrase the parser hangs on their "of" object: in "the arrest of X by
Y" the "by Y" often lands under X; it still names the act's author, not X's."""

from __future__ import annotations

from spacy.tokens import Token

from dragoman.events.predicates import lemma


def stray_agents(noun: Token) -> list[Token]:
    """The "by" objects under the "of" object of an event noun ("the arrest of X by Y": Y)."""
    return [a for p in noun.children if p.dep_ == "prep" and lemma(p) == "of"
            for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN"
            for b in g.children if b.dep_ in ("prep", "agent") and lemma(b) == "by"
            for a in b.children if a.dep_ == "pobj"]
