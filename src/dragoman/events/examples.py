"""A group noun that names its members: "allies such as Germany", "countries including France and
Italy", "two presidents, Bill Clinton and Andrew Johnson", "one of these groups, the SDF". The act on or
by the group is an act on or by each member the text names."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from dragoman.events.predicates import lemma

EXAMPLE_PREPS = frozenset({"such", "including", "like"})


def named_members(tokens: Iterable[Token]) -> list[Token]:
    """The proper nouns a common group noun lists after "such as", "including", "like" or in apposition."""
    out: list[Token] = []
    for tok in tokens:
        if tok.pos_ not in ("NOUN", "NUM", "PRON") and not (tok.pos_ == "PROPN" and _indefinite(tok)):
            continue  # "one of these groups, the SDF", "a Republican, Mark Amodei"
        for c in tok.children:
            if c.dep_ == "appos" and c.pos_ == "PROPN":
                out.append(c)
            elif c.dep_ == "prep" and (lemma(c) in EXAMPLE_PREPS or any(lemma(g) == "such" for g in c.children)):
                preps = [c, *(g for g in c.children if g.dep_ == "prep" and lemma(g) == "as")]
                out += [g for p in preps for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
        out += _counted(tok)
    return [*out, *(c for t in out for c in t.conjuncts if c.pos_ == "PROPN" and c not in out)]


def _counted(tok: Token) -> list[Token]:
    """"two presidents, X and Y": the names after a counted noun's comma, which the parser may hang
    on the verb."""
    if not any(c.dep_ == "nummod" for c in tok.children):
        return []
    comma = tok.right_edge.i + 1
    if comma + 1 >= len(tok.doc) or tok.doc[comma].text != ",":
        return []
    name = tok.doc[comma + 1:comma + 6]
    heads = [t for t in name if t.pos_ == "PROPN" and t.dep_ in ("appos", "npadvmod") and t.head.i in (tok.i, tok.head.i)]
    return heads[:1]


def _indefinite(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
