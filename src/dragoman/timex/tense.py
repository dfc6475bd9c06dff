"""The tense of the clause a time expression sits in, read off the dependency parse.

"future" covers what lies ahead of the moment of writing: will/shall, modals
("might come Tuesday", "would travel Thursday"), infinitives ("set to resume Monday",
"is to meet Friday") and "going to".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

_FUTURE_AUX = {"will", "shall", "'ll", "wo", "might", "may", "could", "would", "should", "can", "must"}
_FUTURE_HEADS = {"plan", "expect", "schedule", "due", "set", "go", "intend", "hope", "aim"}
# verbs whose object lies ahead even when the verb is past: "planned a rally on Saturday",
# "has scheduled a news conference Thursday"
_ARRANGE = {"plan", "schedule", "reschedule", "slate"}


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
    if verb.lemma_.lower() in _ARRANGE and verb.tag_ in ("VBD", "VBN", "VBZ", "VBP") and verb.dep_ != "acl" \
            and not any(a.lower_ in ("had", "'d") for a in auxes):
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


def runs_up_to(span: Span) -> bool:
    """True when the expression ends a stretch that runs forward from the time of writing:
    "postponed until Tuesday", "as soon as Friday" (a deadline ahead), unless the clause is
    in the past perfect ("had been extended until Friday")."""
    doc = span.doc
    before = doc[max(0, span.start - 3):span.start].text.lower()
    if not (before.endswith(("until", "till", "as soon as")) or before.split()[-1:] == ["til"]):
        return False
    verb = _clause_verb(span.root) if doc.has_annotation("DEP") else None
    if verb is not None and any(c.lower_ in ("had", "'d") for c in verb.children if c.dep_ in ("aux", "auxpass")):
        return False
    return True
