"""Measures aimed at a country through what they restrict: "restrictions on flights to Cuba",
"a ban on imports from Iran", "sanctions on trade with North Korea", "an embargo on Russian oil":
the party the restricted thing goes to, comes from or belongs to is the target."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from dragoman.events.predicates import lemma

# types of measures whose object is a flow of goods or people rather than their target
MEASURE_TYPES = frozenset({"SANCTION", "COERCE"})
FLOW_PREPS = frozenset({"to", "from", "with", "into", "of"})


def restricted_parties(tokens: Iterable[Token]) -> list[Token]:
    """The parties of the things a measure is "on": their "to/from/with X" objects and nationality words."""
    out: list[Token] = []
    for tok in tokens:
        if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or lemma(tok.head) != "on":
            continue  # what a measure is "on", not the person it is taken against ("detained a Belgian tourist")
        out += [g for p in tok.children if p.dep_ == "prep" and lemma(p) in FLOW_PREPS
                for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
        out += [c for c in tok.children if c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "PROPN")
                and c.text[:1].isupper() and c.i < tok.i]
    return out
