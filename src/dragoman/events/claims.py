"""A claim of responsibility that names no act ("X has claimed responsibility", "Y later claimed
credit"): the claim is of the latest violent act reported without its author, so it codes that
attack from the claimer to its victims."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from dragoman.events.arguments import CLAIM_NOUNS, CLAIM_VERBS
from dragoman.events.lexicon import Entry, Lexicon
from dragoman.events.predicates import lemma

# the act a bare claim stands for: the lexicon's entry of this noun
CLAIMED_ACT = "attack"


def bare_claims(sent: Span) -> Iterator[Token]:
    """Claim verbs with a responsibility object and no "for" phrase, outside questions and negation."""
    for tok in sent:
        if tok.pos_ != "VERB" or lemma(tok) not in CLAIM_VERBS or tok.dep_ in ("amod", "acl"):
            continue
        objs = [c for c in tok.children if c.dep_ == "dobj" and lemma(c) in CLAIM_NOUNS]
        if not objs or any(c.dep_ == "neg" for c in tok.children):
            continue
        if any(lemma(p) == "for" for o in [tok, *objs] for p in o.children if p.dep_ == "prep"):
            continue
        yield tok


def claimed_entry(lex: Lexicon) -> Entry | None:
    """The verb-kind entry a bare claim is coded with (the bare "attack" noun's type and CAMEO code)."""
    entries = [e for e in lex.nouns.get(CLAIMED_ACT, ()) if not e.objects and not e.particles]
    return replace(entries[0], kind="V", targets=()) if entries else None
