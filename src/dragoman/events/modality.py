"""Negation and modality: is an event asserted, denied, or only possible/planned?"""

from __future__ import annotations


from spacy.tokens import Token

from dragoman.events.arguments import governing_verb
from dragoman.events.lexicon import Lexicon
from dragoman.events.predicates import Predicate, lemma
from dragoman.records import Event

CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
NEGATIVE_DETS = frozenset({"no", "never"})


def event_modality(event: Event) -> str | None:
    """An event's auxiliary flag: None when asserted, else "hypothetical", "future" or "intended"."""
    return event.modality


def _own(verb: Token, lex: Lexicon) -> tuple[bool, str | None]:
    negated, aux = False, None
    for c in verb.children:
        if c.dep_ == "neg":
            negated = True
        elif c.dep_ in ("aux", "auxpass") and lemma(c) in lex.modality:
            flag = lex.modality[lemma(c)]
            if flag == "negated":
                negated = True
            else:
                aux = aux or flag
    if verb.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.text.lower() in CONDITIONAL_MARKS for m in verb.children
    ):
        aux = aux or "hypothetical"
    return negated, aux


def modality(pred: Predicate, lex: Lexicon) -> tuple[bool, str | None]:
    """``(negated, auxiliary)`` for a predicate; auxiliary is None when asserted,
    else "hypothetical", "future" or "intended"."""
    tok = pred.token
    negated = False
    if pred.kind == "N":
        negated = any(c.dep_ == "det" and c.text.lower() in NEGATIVE_DETS for c in tok.children)
        verb = governing_verb(tok)
        if verb is None:
            return negated, None
    else:
        verb = tok
    neg, aux = _own(verb, lex)
    negated = negated or neg
    # climb control chains: "plans to visit", "refused to meet", "would rather provide"
    cur = verb
    for _ in range(3):
        if cur.dep_ == "conj" and aux is None:
            h_neg, h_aux = _own(cur.head, lex)
            aux = aux or h_aux
            negated = negated or h_neg
        if cur.dep_ != "xcomp":
            break
        head = cur.head
        flag = lex.modality.get(lemma(head))
        if flag == "negated":
            negated = not negated
        elif flag is not None:
            aux = aux or flag
        h_neg, h_aux = _own(head, lex)
        negated = negated or h_neg
        aux = aux or h_aux
        cur = head
    return negated, aux
