"""A meeting named with its attendees: "the summit was attended by A, B and C". The attendees meet
one another, as coordinated subjects of "met" do; each delegation (the attendees of one country)
through its first-named member, so its ministers are not coded as meeting each other."""

from __future__ import annotations

from spacy.tokens import Token

from dragoman.events.arguments import is_passive
from dragoman.events.predicates import lemma

ATTEND_VERBS = frozenset({"attend", "join"})


def attendees(noun: Token) -> list[Token]:
    """The "by" objects of a passive "attend" whose subject is the meeting noun."""
    verb = noun.head
    if noun.dep_ != "nsubjpass" or lemma(verb) not in ATTEND_VERBS or not is_passive(verb):
        return []
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def delegation_heads(parties: list[tuple]) -> list[tuple]:
    """The first-named party of each country, in order (parties of no country each count)."""
    seen: set[str] = set()
    out = []
    for p in parties:
        country = p[0].country
        if country is None or country not in seen:
            out.append(p)
            if country is not None:
                seen.add(country)
    return out
