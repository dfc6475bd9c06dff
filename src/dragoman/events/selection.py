"""Selection for a role as endorsement: "A chose B as his running mate", "B was named as A's
successor", "A announced B as her choice for ..." code SUPPORT (appoint, CAMEO 050) from the one
who chooses to the one chosen, whatever the verb, when the "as" phrase names a role to fill."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from dragoman.events.lexicon import Entry
from dragoman.events.predicates import Predicate, lemma

# role nouns of an "as" phrase that make the verb a choice of someone for a post or a ticket
ROLES = frozenset({
    "mate", "choice", "pick", "nominee", "successor", "candidate", "deputy", "replacement", "heir",
    "envoy", "representative", "appointee", "designee", "chairman", "chairwoman", "chair", "head", "chief",
})
# verbs whose "as" phrase describes rather than chooses ("regarded X as a candidate")
NOT_CHOOSING = frozenset({"regard", "see", "view", "describe", "consider", "portray", "dismiss", "treat",
                          "serve", "act", "run", "resign", "step", "remain", "stand", "brand", "label"})
ENTRY = Entry(kind="V", head="as", type="SUPPORT", mode="appoint", cameo="050", targets=("obj",),
              origin="selection.py")


def _role(verb: Token) -> bool:
    for prep in (c for c in verb.children if c.dep_ == "prep" and lemma(c) == "as"):
        if any(g.dep_ == "pobj" and lemma(g) in ROLES for g in prep.children):
            return True
    return False


def selection_predicates(sent: Span) -> Iterator[Predicate]:
    """Verbs with a chosen person (object, or a passive's subject) and a role "as" phrase."""
    for tok in sent:
        if tok.pos_ != "VERB" or lemma(tok) in NOT_CHOOSING or not _role(tok):
            continue
        if any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
            yield Predicate(tok, replace(ENTRY, head=lemma(tok)))
