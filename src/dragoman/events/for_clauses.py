"""Requests addressed through a "for ... to" clause: "X called for Y to hold elections", "asked for
the court to intervene". The parser hangs "for" on the clause's verb as a marker, so "call for"
finds no preposition of its own; the request goes from X to the clause's subject, Y."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from dragoman.events.lexicon import Entry, Lexicon
from dragoman.events.predicates import Predicate, lemma

CLAUSE_DEPS = frozenset({"advcl", "xcomp", "ccomp"})


def for_clauses(verb: Token) -> list[Token]:
    """The verbs of ``verb``'s "for Y to do Z" clauses."""
    return [c for c in verb.children if c.dep_ in CLAUSE_DEPS
            and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def for_clause_subjects(verb: Token) -> list[Token]:
    """The subjects of ``verb``'s "for Y to ..." clauses: who is asked to act."""
    return [s for c in for_clauses(verb) for s in c.children if s.dep_ == "nsubj"]


def _entry(verb: Token, lex: Lexicon) -> Entry | None:
    for entry in lex.verbs.get(lemma(verb), ()):
        if entry.type == "REQUEST" and entry.particles == ("for",) and not entry.objects:
            return entry
    return None


def for_clause_predicates(sent: Span, lex: Lexicon) -> Iterator[Predicate]:
    """Request verbs of the "V for" entries of the lexicon whose "for" marks a clause with a subject."""
    for tok in sent:
        if tok.pos_ != "VERB" or not for_clause_subjects(tok):
            continue
        entry = _entry(tok, lex)
        if entry is not None:
            yield Predicate(tok, entry)
