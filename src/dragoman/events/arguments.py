"""Who acts and who is acted upon: the agent and target tokens of a predicate (the actors those
tokens name: ``finder``)."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from spacy.tokens import Token

from dragoman.events.implicit import VAGUE_ACTS
from dragoman.events.naming import naming_verbs
from dragoman.events.patients import patient_arguments, prenominal_authors
from dragoman.events.predicates import Predicate, lemma

RELATIVE_TAGS = frozenset({"WDT", "WP"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# passive forms that state what their subject does ("was allied with", "were engaged in")
STATIVE_PASSIVES = frozenset({"ally", "engage", "involve", "embroil", "align"})
# words that start an organisation name's post-modifier ("Ministry of ...", "Coalition to ...")
NAME_LINKS = frozenset({"of", "for", "to", "on", "against"})
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp"})

# verbs that judge an act named as their object: "X condemned the arrest" is not X's arrest
JUDGING_VERBS = frozenset({
    "condemn", "criticize", "criticise", "denounce", "deplore", "decry", "slam", "welcome", "praise",
    "applaud", "hail", "protest", "oppose", "reject", "question", "blame", "investigate", "mourn", "regret",
})
# a violent or coercive act noun is its governing verb's subject's only with a verb that performs it
# ("launched an attack", "carried out raids"), not one that mentions it ("pointed to the attack")
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
PERFORMING_VERBS = frozenset({
    "launch", "carry", "conduct", "stage", "mount", "make", "order", "begin", "start", "continue", "step",
    "intensify", "escalate", "unleash", "commit", "perpetrate", "execute", "provide", "resume", "wage",
    "lead", "plan", "prepare", "issue", "impose", "announce", "use", "fire", "drop", "kill", "shell", "bomb",
    "attack", "strike", "hit", "fight", "raid", "target",
})
# "claimed responsibility for the attack": the claimer is the act's author
CLAIM_VERBS = frozenset({"claim", "accept", "admit"})
CLAIM_NOUNS = frozenset({"responsibility", "credit"})

# what is issued, posted or sent: a participle after one speaks for its issuer ("a statement condemning X")
MESSAGE_NOUNS = frozenset({
    "statement", "declaration", "letter", "message", "communique", "communiqué", "resolution", "note",
    "tweet", "post", "video", "report", "appeal", "petition", "memo", "notice", "order", "decree", "ultimatum",
    "call", "request", "demand", "plea", "proposal", "motion", "bill",
})
# Types whose addressee is the subject of the reported clause when no slot names one
# a moved thing's place: "the withdrawal of forces from X", "the deployment of troops to Y"
MOTION_PREPS = frozenset({"from", "to", "into"})
CLAUSE_TARGET_TYPES = frozenset({"REQUEST", "ACCUSE"})
# verbs that undo or leave the act their object names: its parties' act, not theirs
UNDOING_VERBS = frozenset({"withdraw", "exit", "leave", "quit", "abandon", "scrap", "violate", "breach",
                           "suspend", "cancel", "renounce", "revoke", "terminate", "pull"})
# nouns of a relation between parties ("the resumption of ties with X")
RELATION_NOUNS = frozenset({"tie", "ties", "relation", "relations", "relationship", "contact", "contacts",
                            "dialogue", "cooperation", "trade"})
# prepositions of a verb's object noun that name the party the act is aimed at
OBJECT_PARTY_PREPS = ("against", "on", "with", "to", "at", "upon")
# prepositions that name the other party of any interaction, whatever the verb ("acted against X",
# "broke down with X", "a protocol with X"): a verb's last resort for its target
PARTY_PREPS = ("with", "against", "toward", "towards")
# prepositions that name a party of an infinitive complement's act
COMPLEMENT_PREPS = ("to", "with", "on", "against", "for", "from", "over")


def name_head(words: Sequence[str]) -> str | None:
    """The head noun of an organisation's name with a post-modifier: the word before its first
    "of", "for", "to" or "on" ("Coalition" in "Global Coalition to Defeat X", "Ministry" in
    "Ministry of Defence"); None without one."""
    for n, w in enumerate(words):
        if n and w.lower() in NAME_LINKS:
            return words[n - 1].lower() if words[n - 1][:1].isupper() else None
    return None


def is_passive(verb: Token) -> bool:
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return True
    return verb.tag_ == "VBN" and verb.dep_ == "acl"


def _relative(tok: Token, verb: Token) -> Token:
    """A relative pronoun stands for the noun its clause modifies."""
    if tok.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
        return verb.head
    return tok


def by_agent(verb: Token) -> list[Token]:
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def verb_agents(verb: Token, depth: int = 0) -> list[Token]:
    """The agent tokens of a verb: its subject, a passive's "by" phrase, or
    the subject it shares with the verb it is coordinated with or controlled by."""
    if depth > 4:
        return []
    if is_passive(verb):
        if lemma(verb) in STATIVE_PASSIVES and not by_agent(verb):  # "X was allied with Y": X is
            return [c for c in verb.children if c.dep_ == "nsubjpass"]
        return by_agent(verb)
    if any(c.dep_ == "csubj" for c in verb.children):
        return []  # a clause is the subject: no actor acts
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subj) > 1 and any(t.dep_ == "cc" for t in verb.doc[subj[0].i:subj[-1].i]):
        # "A, B, and C agreed" parsed as two subjects: a coordination the parse split
        return [_relative(s, verb) for s in subj if s.i < verb.i]
    if subj:
        return [_relative(subj[0], verb)]
    if verb.dep_ == "xcomp":
        head = verb.head
        if head.dep_ == "acomp" and head.head.pos_ in ("VERB", "AUX"):
            head = head.head  # "X is about / ready / set to sign ...": the copula's subject
        objs = [c for c in head.children if c.dep_ in ("dobj", "dative")]
        return objs[:1] if objs else verb_agents(head, depth + 1)
    if verb.dep_ in ("conj", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        if verb.dep_ == "conj" and verb.tag_ in FINITE_TAGS and verb.head.dep_ == "xcomp" and verb.head.tag_ == "VB":
            # "urged Y to reconsider and spoke with Z": a finite verb the parse joined to the
            # infinitive is the urging subject's next act, not the one urged
            return verb_agents(verb.head.head, depth + 1)
        return verb_agents(verb.head, depth + 1)
    if verb.dep_ in ("dep", "parataxis") and verb.tag_ in FINITE_TAGS and verb.head.pos_ == "VERB" \
            and verb.head.i < verb.i:
        return verb_agents(verb.head, depth + 1)  # "X licensed ..., started ..., then agreed with Y"
    if verb.dep_ == "relcl":
        return [verb.head]
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.sent.root.i != verb.i:
        # a finite verb the parse hung on a noun ("X speaking to the think tank called the deal ..."):
        # a main verb whose subject is the sentence's
        return verb_agents(verb.sent.root, depth + 1)
    message = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and message.dep_ == "pobj" and lemma(message) not in MESSAGE_NOUNS \
            and message.head.head.dep_ in ("dobj", "pobj") and lemma(message.head.head) in MESSAGE_NOUNS:
        message = message.head.head  # "posted a message on Twitter blaming X": the parse hung it on "Twitter"
    if verb.dep_ == "acl" and verb.tag_ == "VB" and lemma(message) in MESSAGE_NOUNS \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "voted on a resolution to expel X", "passed a bill to ban Y": the issuer's act
        issuer = governing_verb(message)
        return verb_agents(issuer, depth + 1) if issuer is not None else []
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and message.dep_ in ("dobj", "pobj") \
            and lemma(message) in MESSAGE_NOUNS:
        # "issued a statement demanding ...", "posted a message blaming X": the issuer's
        issuer = governing_verb(message)
        return verb_agents(issuer, depth + 1) if issuer is not None else []
    return []


def _preposition_objects(tok: Token, slots: Sequence[str]) -> list[Token]:
    """Objects of the slot prepositions, and subjects of "for X to ..." clauses."""
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "prt", "dative") and lemma(c) in slots:
            out.extend(g for g in c.children if g.dep_ == "pobj")
        elif c.dep_ in CLAUSE_DEPS and any(m.dep_ == "mark" and lemma(m) in slots for m in c.children):
            out.extend(g for g in c.children if g.dep_ in ("nsubj", "nsubjpass"))
    return out


def verb_targets(pred: Predicate) -> list[Token]:
    """The target tokens of a verb predicate, by the entry's target slots."""
    verb, slots = pred.token, pred.entry.targets
    out: list[Token] = []
    if "named" in slots and pred.obj is not None:  # naming as judging: the one named (naming.py)
        return [pred.obj]
    if "obj" in slots:
        if is_passive(verb):
            subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
            out.extend(_relative(s, verb) for s in subj)
            if verb.dep_ == "acl" and not subj:
                out.append(verb.head)
        else:
            out.extend(
                _relative(c, verb) for c in verb.children if c.dep_ in ("dobj", "dative")
            )
            if verb.dep_ == "relcl" and not out and not any(
                c.dep_ == "nsubj" and c.tag_ in RELATIVE_TAGS for c in verb.children
            ):
                out.append(verb.head)
    out.extend(_preposition_objects(verb, slots))
    for obj in [c for c in verb.children if c.dep_ == "dobj"] or ([pred.obj] if pred.obj is not None else []):
        out.extend(_preposition_objects(obj, slots))
    if "obj" in slots and not is_passive(verb):
        for obj in (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
            out.extend(_stray_by(obj, verb))
    if "xobj" in slots:  # "refused to provide X with ...": the objects of the refused act
        for x in verb.children:
            if x.dep_ == "xcomp":
                out.extend(c for c in x.children if c.dep_ in ("dobj", "dative"))
    if not out and pred.entry.type in CLAUSE_TARGET_TYPES:
        out.extend(clause_subjects(verb))
    return out


def inner_objects(verb: Token, targets: Sequence[Token], slots: Sequence[str]) -> list[Token]:
    """The first party named inside a verb's prepositional-object noun, by the entry's own target
    prepositions ("appealed for peace *in* Y", "called for calm *in* Y"): read when the entry's
    slots found no actor themselves."""
    for t in targets:
        if t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.head.i == verb.i:
            inner = _preposition_objects(t, slots)
            if inner:
                return inner[:1]
    return []


def clause_subjects(head: Token) -> list[Token]:
    """The subjects of a head's reported clause: "demanded that the US cancel ...",
    "its demand that Israel ease ...", "alleged that X had ..."."""
    for c in head.children:  # the first clause only: a later one is often a misparse
        if c.dep_ in ("ccomp", "acl") and c.pos_ in ("VERB", "AUX") and (
                c.dep_ == "ccomp" or any(m.dep_ == "mark" and lemma(m) == "that" for m in c.children)):
            return [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    return []


def complement_targets(verb: Token, depth: int = 0) -> list[Token]:
    """The parties of the act a verb's infinitive complement names ("agreed to reopen its borders
    to X", "threatened to impose restrictions on X", "offered to negotiate with X")."""
    out: list[Token] = []
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return out  # "support X to run against Y": the complement is X's act, not the subject's
    for x in verb.children:
        if x.dep_ != "xcomp" or x.pos_ not in ("VERB", "AUX"):
            continue
        objs = [c for c in x.children if c.dep_ in ("dobj", "dative")]
        out.extend(objs)
        out.extend(_preposition_objects(x, COMPLEMENT_PREPS))
        for o in objs:
            out.extend(_preposition_objects(o, COMPLEMENT_PREPS))
        if not out and depth < 1:
            out.extend(complement_targets(x, depth + 1))
    return out


def object_parties(verb: Token, act_nouns: Collection[str]) -> list[Token]:
    """The party the act a verb's object noun names is aimed at ("lodged a protest with X",
    "threatened further action against X"), for a verb whose object is no actor; the object
    must name an act (an event noun of the lexicon, or a general one: "action", "measures")."""
    out: list[Token] = []
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
        if lemma(obj) in act_nouns or lemma(obj) in VAGUE_ACTS:
            out += _preposition_objects(obj, OBJECT_PARTY_PREPS)
        if out:
            continue
        # "welcomed the resumption of talks with X": the parties of the act the object is of
        for act in _preposition_objects(obj, ("of",)):
            if act.pos_ == "NOUN" and (lemma(act) in act_nouns or lemma(act) in RELATION_NOUNS):
                out += _preposition_objects(act, (*OBJECT_PARTY_PREPS, "between"))
    return out


def party_objects(verb: Token) -> list[Token]:
    """The other party a verb or its object noun names with a preposition of interaction, when
    the entry's own slots named none ("Ethiopia acted against Libya", "signed a protocol with
    X", "celebrated the holiday with X"). Not a "with" of means ("attacked X with rockets"):
    only actors count, and the caller asks only when no target was found."""
    out = _preposition_objects(verb, PARTY_PREPS)
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
        out += _preposition_objects(obj, PARTY_PREPS)
    # a party, not an act of one: "protested against X's decision" names what is opposed
    return [t for t in out if not (t.pos_ == "NOUN" and any(c.dep_ == "poss" for c in t.children))]


def act_parties(nouns: Sequence[Token], act_nouns: Collection[str], relations: bool = True) -> list[Token]:
    """The parties of the acts or relations a verb's target nouns name ("withdrew from a treaty
    with X", "broke relations with Y"); without ``relations`` a relation noun names none (an
    accusation: "alleged ties to X" accuses no X)."""
    return [t for n in nouns if n.pos_ == "NOUN" and (lemma(n) in act_nouns or (relations and lemma(n) in RELATION_NOUNS))
            for t in _preposition_objects(n, (*OBJECT_PARTY_PREPS, "between"))]


def demanded_authors(verb: Token) -> list[Token]:
    """Who is to perform the act a demand names by its object noun ("demanded an admission by X",
    "called for X's resignation"): the object's possessor or "by" agent."""
    out: list[Token] = []
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    objs += [g for c in verb.children if c.dep_ == "prep" and lemma(c) == "for" for g in c.children
             if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    for obj in objs:
        out.extend(c for c in obj.children if c.dep_ == "poss")
        out.extend(_preposition_objects(obj, ("by",)) or _stray_by(obj, verb))
    return out


def _stray_by(obj: Token, verb: Token) -> list[Token]:
    """The author of a deed named as object, when the parse hung its "by" phrase further on
    ("attacked the recognition of A as B by C": "by C" under "B"): a "by" phrase after the
    object, inside the verb's clause, not the verb's own."""
    if any(c.dep_ == "poss" for c in obj.children):
        return []
    for t in obj.doc[obj.i + 1:verb.right_edge.i + 1]:
        if t.dep_ != "prep" or lemma(t) != "by" or t.head.i == verb.i:
            continue
        head, inside = t.head, True
        while head.i != verb.i:
            if head.dep_ in CLAUSE_DEPS or head.dep_ in ("conj", "parataxis") or head.head.i == head.i:
                inside = False
                break
            head = head.head
        if inside:
            return [g for g in t.children if g.dep_ == "pobj"]
        break
    return []


def _detached_by(noun: Token) -> list[Token]:
    """The "by" agent of a participle set off by a comma right after an act noun, which the parse
    hung on the clause's verb ("died in the attack, reportedly carried out by X")."""
    doc, i = noun.doc, noun.right_edge.i + 1
    if i >= len(doc) or doc[i].text != ",":
        return []
    i += 1
    while i < len(doc) and doc[i].pos_ == "ADV":
        i += 1
    if i >= len(doc) or doc[i].tag_ != "VBN" or doc[i].dep_ not in ("advcl", "acl", "conj"):
        return []
    part = doc[i]
    if part.head.i != noun.i and noun.head.i != part.head.i and governing_verb(noun) != part.head:
        return []
    return by_agent(part)


def governing_verb(noun: Token) -> Token | None:
    """The verb a noun phrase hangs from, through prepositions ("said in a meeting")."""
    tok = noun
    for _ in range(4):
        if tok.dep_ in ("nsubj", "nsubjpass", "ROOT"):
            return None
        head = tok.head
        if head.pos_ in ("VERB", "AUX"):
            return head
        if head.dep_ != "prep" and tok.dep_ != "pobj":
            return None
        tok = head
    return None


def claimer(noun: Token) -> list[Token]:
    """Who claims an act: "X claimed responsibility for the attack", "the attack was claimed by X"."""
    if noun.dep_ == "nsubjpass" and lemma(noun.head) in CLAIM_VERBS:
        return by_agent(noun.head)
    head = noun.head
    if noun.dep_ != "pobj" or lemma(head) != "for":
        return []
    owner = head.head
    if lemma(owner) in CLAIM_NOUNS:
        owner = owner.head
    if owner.pos_ == "VERB" and lemma(owner) in CLAIM_VERBS and any(
            lemma(c) in CLAIM_NOUNS for c in owner.children if c.dep_ == "dobj"):
        return verb_agents(owner)
    return []


def noun_arguments(pred: Predicate) -> tuple[list[Token], list[Token]]:
    """Agent and target tokens of an event noun ("Xi's visit to Moscow",
    "talks between A and B", "the court issued a warrant for X")."""
    noun, slots = pred.token, pred.entry.targets
    patient = patient_arguments(noun, pred.entry.type)
    if patient is not None:
        return patient
    between = [g for c in noun.children if c.dep_ == "prep" and lemma(c) == "between"
               for g in c.children if g.dep_ == "pobj"]
    if between and "between+" in slots:  # a third party between two: "mediation between A and B"
        verb = governing_verb(noun)
        agents = [c for c in noun.children if c.dep_ == "poss"] or (verb_agents(verb) if verb is not None else [])
        return agents, between
    if between:
        first = between[0]
        rest = [c for c in first.children if c.dep_ == "conj"]
        return [first], rest
    agents = [c for c in noun.children if c.dep_ == "poss"]
    agents += _preposition_objects(noun, ("by",))
    if not agents:  # "the attack, carried out by X", "strikes launched by X"
        agents = [a for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in by_agent(c)]
    if not agents:
        agents = _detached_by(noun)
    if not agents and noun.dep_ == "nsubjpass" and lemma(noun.head) in PERFORMING_VERBS:
        agents = by_agent(noun.head)  # "the attack was carried out by X"
    if not agents:
        agents = claimer(noun)
    if not agents:
        verb = governing_verb(noun)
        if verb is not None and lemma(verb) in UNDOING_VERBS:
            agents = []  # "withdrew from the treaty", "scrapped the deal": no party to it now
        elif verb is not None and lemma(verb) in STATIVE_PASSIVES and is_passive(verb):
            agents = [c for c in verb.children if c.dep_ == "nsubjpass"]  # "X was engaged in attacks on Y"
        elif verb is not None and not (lemma(verb) in JUDGING_VERBS | naming_verbs() and noun.dep_ == "dobj") and (
                pred.entry.type not in FORCE_TYPES or lemma(verb) in PERFORMING_VERBS):
            agents = verb_agents(verb)
    slots = [s for s in slots if not s.startswith("between")]
    targets = _preposition_objects(noun, slots)
    moved = [s for s in slots if s in MOTION_PREPS]
    if not targets and moved and "of" not in slots:  # "the withdrawal of forces from X": under "of"
        targets = [t for g in _preposition_objects(noun, ("of",)) for t in _preposition_objects(g, moved)]
    if not targets and noun.dep_ == "dobj":
        targets = _preposition_objects(noun.head, slots)
    if not targets and pred.entry.type in CLAUSE_TARGET_TYPES:
        targets = clause_subjects(noun) or (clause_subjects(noun.head) if noun.dep_ == "dobj" else [])
    if not agents and targets:  # "US sanctions on Iran", "Russian strikes on Kharkiv"
        agents = prenominal_authors(noun)
    return agents, targets


def critical_arguments(pred: Predicate) -> tuple[list[Token], list[Token]]:
    """Speaker and the actor a critical statement is about: the subject of the
    reported clause, else the owner of the wrong it names."""
    verb, cue = pred.token, pred.cue
    agents = verb_agents(verb)
    targets: list[Token] = []
    clause = cue
    while clause is not None and clause.head.i != verb.i:
        clause = None if clause.head.i == clause.i else clause.head
    if clause is not None:
        targets = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if cue is not None:
        targets += [c for c in cue.children if c.dep_ == "poss"]
    return agents, targets


def expand(tokens: Sequence[Token]) -> list[Token]:
    """Tokens plus their coordinated conjuncts ("Turkey and Libya")."""
    out: list[Token] = []
    stack = list(tokens)
    while stack:
        t = stack.pop(0)
        if any(t.i == o.i for o in out):
            continue
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ in ("conj", "appos") and c.pos_ in ("PROPN", "NOUN", "PRON"))
    return out
