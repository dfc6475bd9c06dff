"""Readings of a lexicon verb that state no event between actors: a motion verb that carries
something ("flies fighters and cargo to Syria", "sent troops to") is transport, not a visit; a request
verb that governs its subject's own infinitive ("the Taliban seeks to retake control") states an
aim, not a request to anyone."""

from __future__ import annotations

from spacy.tokens import Token

from dragoman.events.lexicon import Lexicon
from dragoman.events.predicates import Predicate, lemma


def _has(tok: Token, *deps: str) -> bool:
    return any(c.dep_ in deps for c in tok.children)


def no_event(pred: Predicate, lex: Lexicon) -> bool:
    """Whether the verb predicate's reading here is transport or an aim rather than its event."""
    if pred.kind != "V":
        return False
    tok, entry = pred.token, pred.entry
    if entry.mode == "visit" and entry.particles and _has(tok, "dobj"):
        return True  # "travel to" / "fly to" with something carried
    if entry.type == "REQUEST" and lex.modality.get(lemma(tok)) == "intended" and not entry.objects:
        xcomps = [c for c in tok.children if c.dep_ == "xcomp"]
        return bool(xcomps) and not _has(tok, "dobj", "dative") and not any(_has(x, "nsubj") for x in xcomps)
    return False
