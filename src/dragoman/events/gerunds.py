"""Nominalised verbs: "the killing of X", "Russia's shelling of Y", "the jailing of Z by W": a noun
in -ing with an "of" object is the event of its verb's bare lexicon entry, its "of" object the
target and its possessor or "by" phrase the agent (as an event noun's)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from dragoman.events.lexicon import Entry, Lexicon
from dragoman.events.predicates import NAME_LABELS, Predicate


def _stems(word: str) -> list[str]:
    stem = word[:-3]
    out = [stem, stem + "e"]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        out.append(stem[:-1])  # "stabbing": stab
    return out


def _entry(tok: Token, lex: Lexicon) -> Entry | None:
    for stem in _stems(tok.text.lower()):
        for entry in lex.verbs.get(stem, ()):
            if not entry.particles and not entry.objects and "obj" in entry.targets:
                return replace(entry, kind="N", targets=("of",))
    return None


def gerund_predicates(sent: Span, lex: Lexicon) -> Iterator[Predicate]:
    """The nominalised-verb predicates of a sentence, in token order."""
    for tok in sent:
        if tok.pos_ != "NOUN" or not tok.lower_.endswith("ing") or tok.ent_type_ in NAME_LABELS:
            continue
        if tok.lemma_.lower() in lex.nouns or not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            continue
        entry = _entry(tok, lex)
        if entry is not None:
            yield Predicate(tok, entry)
