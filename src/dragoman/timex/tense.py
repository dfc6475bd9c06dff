"""The tense of the clause a time expression sits in, read off the dependency parse.

"future" covers what lies ahead of the moment of writing: will/shall, modals
("might come Tuesday", "would travel Thursday"), infinitives ("set to resume Monday",
"is to meet Friday") and "going to".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

_FUTURE_AUX = {"will", "shall", "'ll", "wo", "might", "may", "could", "would", "should", "can", "must"}
_FUTURE_HEADS = {"plan", "expect", "schedule", "due", "set", "go", "intend", "hope", "aim"}


def _clause_verb(token: Token) -> Token | None:
    seen = 0
    while token.pos_ not in ("VERB", "AUX") and token.head is not token and seen < 8:
        token = token.head
        seen += 1
    return token if token.pos_ in ("VERB", "AUX") else None


def clause_tense(span: Span) -> str | None:
    """"past", "present", "future", or None when the doc has no parse or no verb."""
    doc = span.doc
    if not doc.has_annotation("DEP") or not doc.has_annotation("TAG"):
        return None
    verb = _clause_verb(span.root)
    if verb is None:
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _FUTURE_AUX for a in auxes):
        return "future"
    if any(a.tag_ == "TO" for a in auxes) and verb.dep_ in ("xcomp", "ccomp", "advcl", "relcl", "acl"):
        head = verb.head
        if head.lemma_ in _FUTURE_HEADS or head.lemma_ == "be" or head.tag_ in ("VBZ", "VBP", "VBG"):
            return "future"
        return None
    if any(a.tag_ == "VBD" for a in auxes) or verb.tag_ == "VBD":
        return "past"
    if any(a.lemma_ == "have" for a in auxes) and verb.tag_ == "VBN":
        return "past"
    if verb.tag_ in ("VBZ", "VBP", "VBG") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "present"
    return None
