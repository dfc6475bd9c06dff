"""Acts stated through a message: "the deal was condemned in a joint statement by A, B and C" (the
statement's author is the agent of an agentless passive), and "A sent a letter urging new rules to
B" (the letter's participle is its sender's act, addressed to its recipient)."""

from __future__ import annotations

from spacy.tokens import Token

from dragoman.events.arguments import is_passive, verb_agents
from dragoman.events.predicates import lemma

MESSAGE_NOUNS = frozenset({"statement", "communique", "communiqué", "declaration", "letter", "message", "note",
                           "resolution", "tweet", "post", "speech", "address", "interview", "op-ed", "editorial"})
THROUGH_PREPS = frozenset({"in", "through", "via"})
SENDING_VERBS = frozenset({"send", "write", "issue", "deliver", "publish", "release", "post", "address", "pen"})


def _objects(tok: Token, preps: frozenset[str] | tuple[str, ...]) -> list[Token]:
    return [g for p in tok.children if p.dep_ in ("prep", "agent", "dative") and lemma(p) in preps
            for g in p.children if g.dep_ == "pobj"]


def message_authors(verb: Token) -> list[Token]:
    """The author of the message an agentless passive act is stated in ("was condemned in a
    statement by X", "in X's letter")."""
    if not is_passive(verb) or any(c.dep_ == "agent" for c in verb.children):
        return []
    for noun in _objects(verb, THROUGH_PREPS):
        if lemma(noun) in MESSAGE_NOUNS:
            return [c for c in noun.children if c.dep_ == "poss"] + _objects(noun, ("by",))
    return []


def message_parties(verb: Token) -> tuple[list[Token], list[Token]]:
    """Sender and recipients of the message whose participle ``verb`` is ("sent a letter
    requesting X to Y", "wrote a letter to Y urging ...")."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or lemma(noun) not in MESSAGE_NOUNS or noun.dep_ != "dobj":
        return [], []
    send = noun.head
    if lemma(send) not in SENDING_VERBS:
        return [], []
    recipients = _objects(send, ("to",)) + _objects(noun, ("to",)) + [c for c in send.children if c.dep_ == "dative"]
    recipients += _objects(verb, ("to",)) + [g for c in verb.children if c.dep_ == "dobj" for g in _objects(c, ("to",))]
    return verb_agents(send), recipients


# records of an act: "subpoenaed a transcript of a call between A and B" asks for the record, not of A or B
RECORD_NOUNS = frozenset({"transcript", "record", "recording", "copy", "minutes", "readout", "footage", "document",
                          "documents", "records", "transcripts", "recordings", "copies"})


def records_an_act(verb: Token) -> bool:
    """Whether the verb's object is a record of an act, whose parties are not the verb's target."""
    return any(c.dep_ == "dobj" and lemma(c) in RECORD_NOUNS for c in verb.children)
