"""Readings of a lexicon verb entry that state no event between actors, so the entry does not hold
and the next one of the verb is tried: a motion verb that carries something ("flies fighters and
cargo to Syria", "will return weapons from X") is transport, not a visit; a request verb that governs
its subject's own infinitive ("the Taliban seeks to retake control") states an aim, not a request."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from dragoman.events.lexicon import Entry


def _has(tok: Token, *deps: str) -> bool:
    return any(c.dep_ in deps for c in tok.children)


def blocked(entry: Entry, tok: Token, modality: Mapping[str, str]) -> bool:
    """Whether the verb entry's reading is transport or an aim at ``tok`` (``modality``: the
    lexicon's modality cues, lemma -> flag)."""
    if entry.kind != "V":
        return False
    if entry.mode == "visit" and entry.particles and _has(tok, "dobj"):
        return True  # "travel to" / "fly to" / "return from" with something carried
    verb = tok.lemma_.lower() or tok.text.lower()
    if entry.type == "REQUEST" and modality.get(verb) == "intended" and not entry.objects:
        xcomps = [c for c in tok.children if c.dep_ == "xcomp"]
        return bool(xcomps) and not _has(tok, "dobj", "dative") and not any(_has(x, "nsubj") for x in xcomps)
    return False
