"""Acts called off: "the planned trip to Warsaw, which was cancelled", "the summit was postponed",
"X called off the talks". An event noun whose act was cancelled names no event that took place."""

from __future__ import annotations

from spacy.tokens import Token

from dragoman.events.predicates import lemma

CANCELLING = frozenset({"cancel", "postpone", "scrap", "abandon", "shelve", "call", "suspend", "delay"})


def _cancels(verb: Token) -> bool:
    if lemma(verb) == "call":  # only "called off"
        return any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    return lemma(verb) in CANCELLING


def cancelled(noun: Token) -> bool:
    """Whether an event noun is the object or passive subject of a cancelling verb, or has one in
    its relative clause ("which was cancelled")."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and _cancels(head):
        return True
    # the parser may hang the relative clause on the noun's own object ("trip to Poland, which was")
    return any(c.dep_ == "relcl" and _cancels(c) and any(w.dep_ == "nsubjpass" for w in c.children)
               for c in noun.subtree)
