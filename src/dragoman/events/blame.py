"""Blame stated as a fact about the blamed: "X said Y was behind the attack", "Y are the suspected
perpetrators", "Y was responsible for the deaths". Reported by a speaker, it accuses Y (CAMEO 112,
as "blamed Y"); a party saying it is responsible itself claims, and is left to the claims."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from dragoman.events.predicates import lemma

CULPRIT_NOUNS = frozenset({"perpetrator", "culprit", "mastermind", "author", "organizer", "organiser"})
BLAME_ADJECTIVES = frozenset({"responsible", "culpable", "guilty"})
BEHIND_PREPS = frozenset({"behind"})
BLAME_ENTRY_HEAD = "blame"  # the lexicon entry a blame is coded with


# harms one is to blame for, besides the lexicon's deed nouns ("responsible for the deaths")
HARMS = frozenset({"death", "killing", "violence", "crime", "massacre", "explosion", "blast", "shooting",
                   "damage", "fraud", "corruption", "incident", "it", "this", "that"})


def _deed(word: Token, deeds: frozenset[str]) -> bool:
    """Whether a blame word's object is a wrong ("behind *the attack*", "responsible for *the deaths*")."""
    objs = [g for p in ([word] if word.dep_ == "prep" else [c for c in word.children if c.dep_ == "prep"])
            for g in p.children if g.dep_ == "pobj"]
    return any(lemma(o) in deeds or lemma(o) in HARMS for o in objs)


def _blames(be: Token, deeds: frozenset[str]) -> Token | None:
    """The word of a copular clause that lays blame on its subject ("behind the attack",
    "responsible for the deaths", "the perpetrators")."""
    for c in be.children:
        if c.dep_ == "acomp" and lemma(c) in BLAME_ADJECTIVES and _deed(c, deeds):
            return c
        if c.dep_ == "attr" and lemma(c) in CULPRIT_NOUNS:
            return c
        if c.dep_ == "prep" and lemma(c) in BEHIND_PREPS and _deed(c, deeds):
            return c
    return None


def blame_clauses(sent: Span, speech: frozenset[str] | set[str],
                  deeds: frozenset[str]) -> Iterator[tuple[Token, Token, Token]]:
    """(blame word, blamed subject, speech verb) of the clauses a speech verb reports that lay blame
    on their subject for a wrong (``deeds``: the event and criticism nouns); no negated clause."""
    for be in sent:
        if lemma(be) != "be" or be.dep_ != "ccomp" or lemma(be.head) not in speech:
            continue
        if any(c.dep_ == "neg" for c in be.children):
            continue
        word = _blames(be, deeds)
        subj = [c for c in be.children if c.dep_ == "nsubj"]
        if word is not None and subj:
            yield word, subj[0], be.head
