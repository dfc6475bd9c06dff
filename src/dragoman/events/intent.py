"""Stated intentions coded as CAMEO codes them: an act announced, offered or refused is itself the
event. "X offered to send troops to Y", "X will support Y", "X agreed to withdraw" state an intent to
cooperate (CAMEO 03, PLOVER AGREE); "X vowed to attack Y", "X will cut aid unless Y ...", a
speaker's own "we will strike Y" threaten (CAMEO 13, THREATEN); "X refused to meet Y", "X will not accept Y" reject (CAMEO 12, REJECT);
"X called for sanctions against Y", "X demanded a truce with Y" demand the act (CAMEO 10, REQUEST).

The recoded event is asserted: the statement of intent happened, whatever becomes of the act.
Acts that are only possible ("may", "could"), or past and negated ("did not meet"), keep their own
type and flags.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dragoman.events.lexicon import Entry
from dragoman.events.predicates import Predicate, lemma

# PLOVER types of acts that help, meet or yield to the target: announced, they are an intent to
# cooperate; refused, a rejection. The CAMEO 03x code of each intent.
COOPERATIVE = {
    "AGREE": "030", "CONSULT": "036", "COOPERATE": "031", "SUPPORT": "032", "AID": "033",
    "CONCEDE": "035", "RETREAT": "035",
}
# acts against the target: announced, a threat; the CAMEO 13x code of each threat
HOSTILE = {"ASSAULT": "138", "MOBILIZE": "138", "COERCE": "137", "SANCTION": "132", "PROTEST": "133"}
# control words that announce the act as the subject's own intent; a bare future ("will meet") is
# the act itself, as CAMEO and PETRARCH code it, and so is a plan ("plans to visit")
INTENT_HEADS = frozenset({
    "agree", "decide", "willing", "ready", "prepared", "commit", "determined", "offer",
    "promise", "pledge", "vow", "undertake", "volunteer", "resolve",
})
REFUSAL_HEADS = frozenset({"refuse", "decline", "reject"})
THREAT_HEADS = frozenset({"threaten"})
FUTURE_AUX = frozenset({"will", "shall", "'ll"})
CONDITION_MARKS = frozenset({"unless", "if"})
# verbs that ask for the act their object noun names ("called for sanctions against X", "demanded a
# truce with X"): the demand is the event (CAMEO 10), aimed at the act's target
DEMAND_HEADS = frozenset({"call", "demand", "urge", "seek", "appeal", "ask", "press", "push", "request"})


def control_chain(verb: Token) -> list[Token]:
    """The verb and the words that control it, innermost first ("offered to help": help, offered;
    "is willing to send": send, willing, is)."""
    out = [verb]
    cur = verb
    for _ in range(3):
        if cur.dep_ not in ("xcomp", "acomp") or cur.head.i == cur.i:
            break
        cur = cur.head
        out.append(cur)
    return out


def _aux_words(chain: list[Token]) -> set[str]:
    return {lemma(c) if lemma(c) != "wo" else "will" for t in chain for c in t.children
            if c.dep_ in ("aux", "auxpass")} | {c.text.lower() for t in chain for c in t.children if c.dep_ == "aux"}


def _conditioned(chain: list[Token]) -> bool:
    """An "unless" / "if" clause hangs from the act or what controls it."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and lemma(m) in CONDITION_MARKS for m in c.children)
               for t in chain for c in t.children)


FIRST_PERSON = frozenset({"i", "we"})


def _first_person_future(chain: list[Token], words: set[str]) -> bool:
    """"We will strike X", "I'll destroy Y": a speaker's own hostile act announced in the future
    tense is a threat (CAMEO 13), whatever comes of it."""
    subjects = [c for t in chain for c in t.children if c.dep_ == "nsubj"]
    return bool(words & FUTURE_AUX) and any(s.lower_ in FIRST_PERSON for s in subjects)


def recode(pred: Predicate, verb: Token | None, negated: bool, aux: str | None) -> tuple[Entry, bool, str | None] | None:
    """The entry, negation and modality an announced, threatened or refused act is coded with;
    None when the act is coded as it stands. ``verb`` is the verb the predicate's clause turns on
    (the predicate itself for verbs, the governing verb for nouns)."""
    entry = pred.entry
    kind = entry.type or ""
    if verb is None or (kind not in COOPERATIVE and kind not in HOSTILE and kind != "REJECT"):
        return None
    if pred.kind == "N" and lemma(verb) in DEMAND_HEADS and pred.token.head.i in (verb.i, *(
            c.i for c in verb.children if c.dep_ == "prep")) and kind != "REQUEST":
        return replace(entry, type="REQUEST", mode="demand", cameo="100"), False, aux
    chain = control_chain(verb)
    heads = {lemma(t) for t in chain[1:]}
    intent = bool(heads & INTENT_HEADS)
    words = _aux_words(chain)
    # "refused to meet", "will not accept": a stated refusal (a past "did not meet" is no event)
    refused = bool(heads & REFUSAL_HEADS) or (negated and (intent or bool(words & FUTURE_AUX)))
    if kind in COOPERATIVE and refused:
        return replace(entry, type="REJECT", mode=None, cameo="12" + COOPERATIVE[kind][2:]), False, None
    if negated or kind == "REJECT":
        return None
    if heads & THREAT_HEADS or (kind in HOSTILE and (intent or _first_person_future(chain, words))):
        return replace(entry, type="THREATEN", mode=None, cameo=HOSTILE.get(kind, "130")), False, None
    if _conditioned(chain) and (kind in HOSTILE or kind == "RETREAT") and (intent or words & FUTURE_AUX):
        # "will cut aid unless ...", "will withdraw its force unless ...": an ultimatum
        return replace(entry, type="THREATEN", mode=None, cameo="139"), False, None
    if kind in COOPERATIVE and intent and kind != "AGREE":
        return replace(entry, type="AGREE", mode=None, cameo=COOPERATIVE[kind]), False, None
    return None
