"""The party a message is addressed to stands for the target of the act its participle names:
"wrote to X asking it to ...", "sent a letter to X urging it to ...", "appealed to X, demanding ..."."""

from __future__ import annotations

from spacy.tokens import Token

from dragoman.events.predicates import lemma

# what is sent or written: its "to" phrase names the addressee
MESSAGES = frozenset({"letter", "message", "note", "statement", "appeal", "request", "petition", "memo",
                      "email", "e-mail", "plea", "communique", "communiqué", "complaint"})
PARTICIPLE_DEPS = frozenset({"advcl", "acl", "xcomp", "conj"})


def _to_objects(tok: Token) -> list[Token]:
    return [g for c in tok.children if c.dep_ in ("prep", "dative") and lemma(c) == "to"
            for g in c.children if g.dep_ == "pobj"]


def addressees(verb: Token) -> list[Token]:
    """The "to" party of the message or writing a participle hangs from ("asking", "urging",
    "demanding"), for a participle that names no party of its own that the caller could resolve."""
    if verb.tag_ != "VBG" or verb.dep_ not in PARTICIPLE_DEPS or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children):
        return []  # "..., and Y was asking": a clause of its own
    head = verb.head
    if head.pos_ == "NOUN" and lemma(head) in MESSAGES:
        out = _to_objects(head)
        if not out and head.head.pos_ in ("VERB", "AUX"):
            out = _to_objects(head.head)
        return out
    if head.pos_ != "VERB":
        return []
    out = _to_objects(head)
    for obj in (c for c in head.children if c.dep_ == "dobj" and lemma(c) in MESSAGES):
        out += _to_objects(obj)
    return out
