"""Event nouns whose patient is a clause's subject or object rather than the noun's own argument:
"X faces Y sanctions", "X is under sanctions", "X came under attack from Y", "Y placed X under arrest", "X was the target
of a Y attack", "X has been the subject of Y sanctions"."""

from __future__ import annotations

from spacy.tokens import Token

from dragoman.events.predicates import lemma

# "X was the target of an attack": nouns naming the one an act is aimed at
PATIENT_ROLES = frozenset({"target", "subject", "victim", "object", "focus"})
# prepositions of the noun that name its author ("came under attack from Y", "sanctions by Y")
AUTHOR_PREPS = frozenset({"from", "by"})
# verbs whose subject undergoes the act their object names ("faces charges", "suffered an attack")
UNDERGOING = frozenset({"face", "undergo", "suffer", "survive", "endure", "escape", "sustain", "weather", "receive"})
FORCE = frozenset({"COERCE", "ASSAULT"})
COPULAS = frozenset({"be", "remain", "stay", "become", "come", "fall", "go", "find", "keep", "live"})


def _subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def _active_subjects(verb: Token) -> list[Token]:
    """A verb's subject, or, for a participle or coordinated verb without one ("the army moved,
    having placed X under arrest"), the subject of the clause it hangs from."""
    for _ in range(3):
        subj = [s for s in _subjects(verb) if s.dep_ == "nsubj"]
        if subj or verb.dep_ not in ("advcl", "conj") or verb.head.pos_ not in ("VERB", "AUX"):
            return subj
        verb = verb.head
    return []


def _by_agents(verb: Token) -> list[Token]:
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def prenominal_authors(noun: Token) -> list[Token]:
    """Names and nationality words before an act noun ("US sanctions", "an Al-Qaeda attack",
    "Russian airstrikes"), which the caller resolves to actors."""
    return [c for c in noun.children if c.i < noun.i and c.dep_ in ("compound", "amod", "nmod")
            and c.pos_ in ("PROPN", "ADJ") and c.text[:1].isupper()]


def _own_authors(noun: Token) -> list[Token]:
    out = [c for c in noun.children if c.dep_ == "poss"]
    out += [g for c in noun.children if c.dep_ in ("prep", "agent") and lemma(c) in AUTHOR_PREPS
            for g in c.children if g.dep_ == "pobj"]
    return out or prenominal_authors(noun)


def undergoing_verb(verb: Token, act_nouns) -> bool:
    """A verb of undergoing whose object is an act noun ("received Chilean aid", "received a visit
    from X", "Iranian assistance is received by Y"): the noun is the event, the verb ("receive" as
    hosting) none."""
    return lemma(verb) in UNDERGOING and any(
        c.dep_ in ("dobj", "nsubjpass") and lemma(c) in act_nouns for c in verb.children)


def _undergone(noun: Token, kind: str | None) -> tuple[list[Token], list[Token]] | None:
    """"X faces charges", "Y suffered a Z attack": the subject undergoes the act its object names."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or lemma(verb) not in UNDERGOING:
        return None
    if lemma(verb) == "receive" and kind in FORCE:
        return None  # "received arrest warrants from X": sent on, not suffered
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subj and verb.dep_ in ("conj", "xcomp") and verb.head.pos_ == "VERB":
        subj = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return _own_authors(noun), subj[:1]


def patient_arguments(noun: Token, kind: str | None = None) -> tuple[list[Token], list[Token]] | None:
    """Agent and target tokens of an act noun in a patient construction, else None.

    "under": with an object, the verb's subject acts on its object ("placed X under arrest"; a
    passive's "by" phrase and subject likewise); without one, the subject undergoes the act and
    the noun names its author ("X is under Y sanctions", "X came under attack from Y").
    A role noun ("the target of", "the subject of") after a copula: the copula's subject undergoes it.
    """
    undergone = _undergone(noun, kind)
    if undergone is not None:
        return undergone
    if noun.dep_ != "pobj":
        return None
    prep, head = noun.head, noun.head.head
    if lemma(prep) == "under" and head.pos_ in ("VERB", "AUX"):
        objs = [c for c in head.children if c.dep_ == "dobj"]
        if objs:
            return _active_subjects(head), objs[:1]
        if any(c.dep_ == "nsubjpass" for c in head.children) and lemma(head) not in COPULAS:
            return _by_agents(head), [c for c in head.children if c.dep_ == "nsubjpass"]
        if lemma(head) in COPULAS:
            return _own_authors(noun), _subjects(head)[:1]
        return None
    if lemma(prep) == "of" and lemma(head) in PATIENT_ROLES and head.pos_ == "NOUN":
        if head.dep_ == "attr" and head.head.pos_ in ("VERB", "AUX") and lemma(head.head) in COPULAS:
            return _own_authors(noun), _subjects(head.head)[:1]
        if head.dep_ == "appos" and head.head.pos_ in ("PROPN", "NOUN"):  # "X, the target of ..."
            return _own_authors(noun), [head.head]
    return None
