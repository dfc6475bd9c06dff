"""Acts that are only the content of a request to another party: "X urged Y to investigate Z",
"asked the court to intervene", "called on Y to halt the strikes", "demanded that Y release Z".
The request is the event (REQUEST from X to Y); the act asked for has not happened. An act against
someone that is only asked for (investigate, arrest, sanction, attack) is no event of its own: coded,
it would state a conflict that did not take place. A cooperative act asked for ("urged Y to support
Z") is kept as intended, as the PLOVER coders keep it."""

from __future__ import annotations

from spacy.tokens import Token

from dragoman.events.derived import per_lexicon
from dragoman.events.lexicon import Lexicon
from dragoman.events.predicates import lemma

ADDRESS_PREPS = frozenset({"on", "upon"})
# acts for and with the target, kept (flagged intended) when only asked for
COOPERATIVE = frozenset({"AGREE", "CONSULT", "COOPERATE", "SUPPORT", "AID", "CONCEDE", "RETREAT"})
Heads = dict[str, list[tuple[str, ...]]]


@per_lexicon
def request_heads(lex: Lexicon) -> Heads:
    """The request verbs of the hand-written lexicon (urge, ask, press, call on, tell ~xcomp, ...),
    each with the particle lists of its unconstrained REQUEST entries ("send =request" is none)."""
    out: Heads = {}
    for head, entries in lex.verbs.items():
        for e in entries:
            if e.type == "REQUEST" and e.rank <= 0 and not e.objects:
                out.setdefault(head, []).append(e.particles)
    return out


def _holds(particles: tuple[str, ...], head: Token, verb: Token) -> bool:
    words = {c.text.lower() for c in head.children if c.dep_ in ("prep", "prt")}
    words |= {m.text.lower() for m in verb.children if m.dep_ == "mark"}  # "called for Y to act"
    return all(verb.dep_ == p[1:] if p.startswith("~") else p in words for p in particles)


def requested_act(verb: Token | None, heads: Heads) -> bool:
    """Whether ``verb`` (the act, or the verb its noun hangs from) is what a request verb asks of
    another party: the request names an addressee (object, "call on Y") or the act its own subject.
    "X asked to meet Y" (the subject's own intent) is not."""
    if verb is None or verb.head.i == verb.i:
        return False
    head = verb.head
    infinitive = any(c.dep_ == "aux" and c.text.lower() == "to" for c in verb.children)
    if verb.dep_ not in ("xcomp", "ccomp") and not (verb.dep_ == "advcl" and infinitive):
        return False  # the model reads some "pressed Y to arrest Z" as a purpose clause
    if not any(_holds(p, head, verb) for p in heads.get(lemma(head), ())):
        return False
    if any(c.dep_ == "auxpass" for c in head.children):
        return False  # "a court was told (that) ...": reported, not asked
    addressed = any(c.dep_ in ("dobj", "dative") for c in head.children) or any(
        c.dep_ == "prep" and lemma(c) in ADDRESS_PREPS for c in head.children)
    return addressed or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
