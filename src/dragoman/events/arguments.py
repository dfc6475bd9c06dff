"""Who acts and who is acted upon: the agent and target tokens of a predicate,
and the actors those tokens name."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Sequence

from spacy.tokens import Token

from dragoman.actors.builtin import builtin_lexicon  # country names, demonyms, capitals
from dragoman.actors.normalize import name_key
from dragoman.actors.table import ActorTable
from dragoman.actors.words import RANK_PREFIXES
from dragoman.events.groups import capital_state, demonym_state, government_actor, is_person_noun, group_actors, nationality_state, people_of, people_state
from dragoman.events.implicit import VAGUE_ACTS
from dragoman.events.naming import naming_verbs
from dragoman.events.pairs import pair_actors
from dragoman.events.patients import patient_arguments, prenominal_authors
from dragoman.events.predicates import Predicate, lemma
from dragoman.records import Actor, Quote

RELATIVE_TAGS = frozenset({"WDT", "WP"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# passive forms that state what their subject does ("was allied with", "were engaged in")
STATIVE_PASSIVES = frozenset({"ally", "engage", "involve", "embroil", "align"})
# words that start an organisation name's post-modifier ("Ministry of ...", "Coalition to ...")
NAME_LINKS = frozenset({"of", "for", "to", "on", "against"})
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp"})
FIRST_PERSON = frozenset({"i", "we", "me", "us"})
SECOND_PERSON = frozenset({"you"})
THIRD_PERSON = frozenset({"he", "she", "him", "her"})
# how far back (characters) a third-person pronoun may look for its person
PRONOUN_WINDOW = 600
# "the network", "the company": a kind of organisation, and the sectors such an organisation has
KIND_NOUNS = {
    "network": ("MED", "BUS"), "broadcaster": ("MED",), "newspaper": ("MED",), "channel": ("MED",),
    "company": ("BUS", "MED"), "firm": ("BUS",), "corporation": ("BUS", "MED"), "group": ("NGO", "BUS", "REB"),
    "organisation": ("NGO", "IGO"), "organization": ("NGO", "IGO"), "charity": ("NGO",),
    "militia": ("REB",), "party": ("PTY", "OPP"), "university": ("EDU",),
}
# "senators", "lawmakers": members who stand for their institution (sector, a word of its name or "")
MEMBER_NOUNS = {
    "senator": ("LEG", "senate"), "lawmaker": ("LEG", ""), "legislator": ("LEG", ""), "mp": ("LEG", ""),
    "parliamentarian": ("LEG", ""), "congressman": ("LEG", "congress"), "congresswoman": ("LEG", "congress"),
    "judge": ("JUD", ""), "justice": ("JUD", "court"), "policeman": ("COP", ""), "officer": ("COP", ""),
}


# "the central government": the government named before
GOVERNMENT_ADJECTIVES = frozenset({"central", "federal", "national", "current", "interim", "new"})
# "a woman named X", "a man identified as X", "a prisoner suspected to be X"
NAMING_PARTICIPLES = frozenset({"name", "call", "identify", "suspect", "believe", "know"})
# "their government", "its army": the possessor's country's institution of that sector
OWN_INSTITUTIONS = {"government": "GOV", "administration": "GOV", "army": "MIL", "military": "MIL",
                    "police": "COP", "parliament": "LEG", "legislature": "LEG"}
POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her"})
# "eight people, including X", "allies such as X": the named members of a group stand for it
MEMBER_PREPS = frozenset({"including"})
# how many sentences back a "they" may continue a coordinated subject
THEY_REACH = 2


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
# prepositions after a group noun that name whose group it is ("officials of X", "police in X")
GROUP_PLACE_PREPS = frozenset({"of", "in", "from"})
# prepositions that name the other party of any interaction, whatever the verb ("acted against X",
# "broke down with X", "a protocol with X"): a verb's last resort for its target
PARTY_PREPS = ("with", "against", "toward", "towards")
# prepositions that name a party of an infinitive complement's act
COMPLEMENT_PREPS = ("to", "with", "on", "against", "for", "from", "over")


def _name_head(words: Sequence[str]) -> str | None:
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


def _by_agent(verb: Token) -> list[Token]:
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def verb_agents(verb: Token, depth: int = 0) -> list[Token]:
    """The agent tokens of a verb: its subject, a passive's "by" phrase, or
    the subject it shares with the verb it is coordinated with or controlled by."""
    if depth > 4:
        return []
    if is_passive(verb):
        if lemma(verb) in STATIVE_PASSIVES and not _by_agent(verb):  # "X was allied with Y": X is
            return [c for c in verb.children if c.dep_ == "nsubjpass"]
        return _by_agent(verb)
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
    return _by_agent(part)


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
        return _by_agent(noun.head)
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
        agents = [a for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in _by_agent(c)]
    if not agents:
        agents = _detached_by(noun)
    if not agents and noun.dep_ == "nsubjpass" and lemma(noun.head) in PERFORMING_VERBS:
        agents = _by_agent(noun.head)  # "the attack was carried out by X"
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


class ActorFinder:
    """Maps argument tokens to actors of the article's ActorTable."""

    def __init__(self, actors: ActorTable, quotes: Sequence[Quote] = (), victim_nouns: frozenset[str] = frozenset(),
                 deed_nouns: frozenset[str] = frozenset()) -> None:
        self.table = actors
        self.victim_nouns = victim_nouns  # act nouns whose "of" names the victim ("the jailing of X")
        self.deed_nouns = deed_nouns  # nouns of wrongs and acts: "crimes committed by X" stand for X
        self.quotes = sorted(quotes, key=lambda q: q.start)
        people = [
            (s, e, a) for a in actors.actors if a.kind == "person" for s, e in a.mentions
        ]
        people.sort(key=lambda m: m[1])
        self._people = people
        self._people_ends = [e for _, e, _ in people]
        surnames: dict[str, list[Actor]] = {}
        heads: dict[str, list[Actor]] = {}
        for a in actors.actors:
            words = a.name.split()
            if a.kind == "person" and len(words) > 1:
                surnames.setdefault(words[-1].lower(), []).append(a)
            elif a.kind == "organization" and len(words) > 1:
                heads.setdefault(words[-1].lower(), []).append(a)
                head = _name_head(words)
                if head and head != words[-1].lower():  # "the coalition": "Global Coalition to Defeat X"
                    heads.setdefault(head, []).append(a)
            if a.kind == "person" and a.title and a.title.split()[0].lower() not in RANK_PREFIXES:
                heads.setdefault(a.title.split()[-1].lower(), []).append(a)
        self._surnames = {k: v[0] for k, v in surnames.items() if len(v) == 1}
        self._heads = heads

    def quote_at(self, start: int, end: int) -> Quote | None:
        for q in self.quotes:
            if q.start <= start and end <= q.end:
                return q
            if q.start > start:
                break
        return None

    def _at(self, tok: Token) -> Actor | None:
        return self.table.actor_at(tok.idx, tok.idx + len(tok))

    def _phrase(self, tok: Token) -> Actor | None:
        return self._at(tok) or self.table.actor_at(tok.left_edge.idx, tok.idx + len(tok))

    def _matrix_subject(self, tok: Token) -> list[Token]:
        """For a pronoun subject of a reported clause ("X announced it had ..."),
        the subject of the reporting verb."""
        verb = tok.head
        if tok.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ not in ("ccomp", "xcomp"):
            return []
        return [c for c in verb.head.children if c.dep_ == "nsubj" and c.i != tok.i and c.pos_ != "PRON"]

    def _pronoun(self, tok: Token) -> list[tuple[Actor, bool, Token]]:
        low = tok.text.lower()
        quote = self.quote_at(tok.idx, tok.idx + len(tok))
        if quote is not None and low in FIRST_PERSON:
            found = self.table.get(quote.speaker)
            return [(found, True, tok)] if found else []
        if quote is not None and low in SECOND_PERSON:
            found = self.table.get(quote.addressee)
            return [(found, True, tok)] if found else []
        matrix = self._matrix_subject(tok)
        if matrix:  # "A and B announced they were to ...": both
            return [(a, True, t) for m in expand(matrix[:1]) for a, _, t in self.resolve(m, depth=1)]
        if low == "they" and tok.dep_ in ("nsubj", "nsubjpass") and quote is None:
            return self._coordinated_before(tok)
        if low == "it" and tok.dep_ in ("nsubj", "nsubjpass") and quote is None:
            found = self._subject_body(tok)
            return [(found, True, tok)] if found is not None else []
        if low in THIRD_PERSON:
            subject = self._subject_person(tok)
            if subject is not None:
                return [(subject, True, tok)]
            hi = bisect_right(self._people_ends, tok.idx)
            if hi:
                _, end, actor = self._people[hi - 1]
                if tok.idx - end <= PRONOUN_WINDOW:
                    return [(actor, True, tok)]
        return []

    def _coordinated_before(self, tok: Token) -> list[tuple[Actor, bool, Token]]:
        """The first of the coordinated actors a sentence-initial "they" continues: the subject of
        one of the two sentences before, when it coordinates named actors ("A and his counterparts B
        and C met in Cairo. ... They called on Y"); the first named stands for them, as the one
        the others accompany."""
        if tok.sent.start == 0 or any(c.dep_ in ("nsubj", "nsubjpass") for t in tok.doc[tok.sent.start:tok.i]
                                      for c in t.children):
            return []
        sent = tok.doc[tok.sent.start - 1].sent
        reach = THEY_REACH
        while reach > 0:
            subj = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj and any(c.dep_ == "conj" for c in subj[0].children):
                found = [h for m in expand(subj[:1]) for h in self.resolve(m, depth=1)]
                if len({a.id for a, _, _ in found}) > 1:
                    return [(found[0][0], True, tok)]
            if not subj or subj[0].text.lower() != "they":  # "They met. They said. They called": one chain
                reach -= 1
            if sent.start == 0:
                break
            sent = tok.doc[sent.start - 1].sent
        return []

    def _title_holder(self, tok: Token, found: Actor | None) -> Actor | None:
        """The person named at the end of a title phrase the parse headed on the title ("US
        Ambassador to Germany Richard Grenell", the name under "to"), when the title itself was
        read as another actor or none."""
        if tok.pos_ != "PROPN" or not is_person_noun(tok) or tok.right_edge.i == tok.i:
            return None
        last = tok.right_edge
        holder = self._at(last) if last.pos_ == "PROPN" else None
        if holder is None or holder.kind != "person" or (found is not None and found.id == holder.id):
            return None
        if any(t.pos_ in ("VERB", "AUX") or t.text in ",;(" for t in tok.doc[tok.i:last.i]):
            return None  # a clause or an apposition between them: someone else
        return holder

    def _titled(self, tok: Token, found: Actor | None) -> Actor | None:
        """The office a name's title phrase states, when the name itself is known only by its
        country (a dictionary entry coding a person as a bare state): "Vesnian Prime Minister
        Arlen" is Vesnia's government acting, not the state."""
        if found is None or found.kind != "state" or tok.pos_ != "PROPN" or tok.left_edge.i == tok.i:
            return None
        left = tok.doc[tok.left_edge.i:tok.i]
        title = self.table.actor_at(left.start_char, left.end_char)
        if title is None or title.kind != "person" or title.country != found.country or not title.sector:
            return None
        return title if any(t.pos_ == "PROPN" and is_person_noun(t) for t in left) else None

    def _body_of(self, tok: Token) -> Actor | None:
        found = self._phrase(tok) if tok.pos_ in ("PROPN", "NOUN") else None
        return found if found is not None and found.kind in ("state", "organization") else None

    def _subject_body(self, tok: Token) -> Actor | None:
        """The state or organisation a subject "it" continues: the subject of a clause its own
        clause hangs from ("X met Y, after it had ..."), else, when its sentence names no state
        or organisation before it, the subject of the sentence before ("X accused Y. It also ...")."""
        head = tok.head
        while head.i != head.head.i and head.i >= tok.sent.start:
            head = head.head
            for c in head.children:
                if c.dep_ == "nsubj" and c.i < tok.i:
                    return self._body_of(c)
        sent = tok.sent
        if sent.start == 0 or any(self._body_of(t) for t in tok.doc[sent.start:tok.i] if t.pos_ == "PROPN"):
            return None
        prev = tok.doc[sent.start - 1].sent
        if tok.idx - prev.start_char > PRONOUN_WINDOW:
            return None
        subj = [c for c in prev.root.children if c.dep_ == "nsubj"]
        return self._body_of(subj[0]) if subj else None

    def _person_of(self, tok: Token) -> Actor | None:
        found = self._phrase(tok) if tok.pos_ == "PROPN" else None
        return found if found is not None and found.kind == "person" else None

    def _subject_person(self, tok: Token) -> Actor | None:
        """The person a "he"/"she" most likely continues: the subject of a clause its own clause
        hangs from ("X met Y, where he ..."), else, when its sentence names no person before it, the
        subject of the sentence before ("X met Y. He said ...")."""
        sent = tok.sent
        head = tok.head
        while head.i != head.head.i and head.i >= sent.start:
            head = head.head
            for c in head.children:
                if c.dep_ == "nsubj" and c.i < tok.i:
                    person = self._person_of(c)
                    if person is not None:
                        return person
        if any(t.pos_ == "PROPN" and self._person_of(t) for t in tok.doc[sent.start:tok.i]) or sent.start == 0:
            return None
        prev = tok.doc[sent.start - 1].sent
        if tok.idx - prev.start_char > PRONOUN_WINDOW:
            return None
        subj = [c for c in prev.root.children if c.dep_ == "nsubj"]
        return self._person_of(subj[0]) if subj else None

    def _coordinated_inside(self, tok: Token, first: Actor) -> list[tuple[Actor, bool, Token]]:
        """The actors of a noun phrase in text order, when its parse buried a
        coordination ("President A and President B met": one phrase, two actors)."""
        left = tok.left_edge
        if not any(t.dep_ == "cc" for t in tok.doc[left.i:tok.i]):
            return [(first, False, tok), *self._of_conjuncts(tok, first)]
        out: list[tuple[Actor, bool, Token]] = []
        for actor, _ in self.table.mentions_in(left.idx, tok.idx + len(tok)):
            if actor.kind == first.kind and all(a.id != actor.id for a, _, _ in out):
                out.append((actor, False, tok))
        if first.kind == "organization":  # "Hungarian and Romanian officials": a group per country word
            out += [(a, False, tok) for a in group_actors(tok, self.table) if all(a.id != o.id for o, _, _ in out)]
        return out or [(first, False, tok)]

    def _of_conjuncts(self, tok: Token, first: Actor) -> list[tuple[Actor, bool, Token]]:
        """The further actors of a group noun whose "of", "in" or "from" names several parties
        ("the ambassadors of A, B and C", "lawmakers in A and B": one group per country, the head
        written once), beside ``first``."""
        if tok.pos_ != "NOUN" or first.kind == "state":
            return []
        out: list[tuple[Actor, bool, Token]] = []
        for prep in tok.children:
            if prep.dep_ != "prep" or lemma(prep) not in GROUP_PLACE_PREPS:
                continue
            for conj in expand([g for g in prep.children if g.dep_ == "pobj"])[1:]:
                for actor, _ in self.table.mentions_in(conj.idx, conj.idx + len(conj)):
                    if (actor.kind == first.kind and actor.id != first.id and tok.lower_ in actor.name.lower()
                            and all(a.id != actor.id for a, _, _ in out)):
                        out.append((actor, False, tok))
        return out

    def _by_name(self, tok: Token) -> Actor | None:
        """A surname alone ("Katigbak") or a definite description ("the
        commission", "the president") for an actor named before it."""
        low = tok.text.lower()
        if tok.pos_ == "PROPN" and low in self._surnames:
            return self._surnames[low]
        mods = [c for c in tok.children if c.i < tok.i]
        if tok.pos_ not in ("NOUN", "PROPN") or [c.text.lower() for c in mods] != ["the"]:
            return None  # only a bare "the X": "the Italian minister" is someone new
        best, best_end = None, -1
        for actor in self._heads.get(tok.lemma_.lower() or low, ()):
            ends = [e for _, e in actor.mentions if e <= tok.idx]
            if ends and max(ends) > best_end:
                best, best_end = actor, max(ends)
        return best

    def resolve(self, tok: Token, depth: int = 0, agent: bool = False) -> list[tuple[Actor, bool, Token]]:
        """The actors a token names, with whether each was inferred (a pronoun).

        A phrase that is no actor itself stands for the actor it is of, for,
        from or by ("members of the EU", "the move by Turkey"), or its apposition."""
        found = self._at(tok)
        if found is not None and found.name.lower() == tok.text.lower() and tok.pos_ == "NOUN" and depth < 2:
            # a bare "the government of X": X's (the group noun alone says less)
            hits = [h for c in tok.children if c.dep_ == "prep" and lemma(c) == "of"
                    for g in c.children if g.dep_ == "pobj" for h in self.resolve(g, depth + 1)]
            if hits:
                return hits
        holder = self._title_holder(tok, found)
        if holder is not None:  # "US Ambassador to Germany Richard Grenell": Grenell
            return [(holder, False, tok)]
        titled = self._titled(tok, found)
        if titled is not None:  # "Vesnian President Arlen", Arlen known only by his country
            return [(titled, False, tok)]
        if found is not None:
            return self._coordinated_inside(tok, found)
        if tok.pos_ == "PRON":
            return self._pronoun(tok) if depth < 2 else []
        if tok.pos_ == "NOUN" and depth < 2:  # "two Cabinet officers, A and B": A and B, not the Cabinet
            hits = [h for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                    for g in expand([c]) for h in self.resolve(g, depth + 1) if h[0].kind == "person"]
            if hits:
                return hits
        found = self._phrase(tok)
        if found is not None:
            return self._coordinated_inside(tok, found)
        if depth >= 2:
            return []
        for c in tok.children:
            if c.dep_ == "appos":
                hits = [h for g in expand([c]) for h in self.resolve(g, depth + 1)]
                if hits:
                    return hits
        if tok.dep_ == "appos" and tok.pos_ == "NOUN" and tok.head.pos_ == "PROPN":
            # "X, an Iraqi commander who was killed ...": the relative clause's noun is X's apposition
            hits = self.resolve(tok.head, depth + 1)
            if hits:
                return hits
        if tok.pos_ == "NOUN":  # "the network's renewal", "Trump's refusal": the possessor's
            hits = [h for c in tok.children if c.dep_ == "poss" for h in self.resolve(c, depth + 1)]
            if hits:
                return hits
        if tok.pos_ == "NOUN" and lemma(tok) in self.deed_nouns:  # "crimes committed by X": X's
            hits = [h for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"
                    for a in _by_agent(c) for h in self.resolve(a, depth + 1)]
            if hits:
                return hits
        victim = tok.pos_ == "NOUN" and (lemma(tok) in self.victim_nouns or tok.lower_.endswith("ing"))
        for c in tok.children:
            if c.dep_ in ("prep", "agent") and lemma(c) in ("of", "for", "from", "by") and not (victim and lemma(c) != "by"):
                objs = expand([g for g in c.children if g.dep_ == "pobj"])
                hits = [h for g in objs for h in self.resolve(g, depth + 1)]
                if hits:
                    return hits
        hits = [h for g in expand(self._included(tok) or self._called(tok)) for h in self.resolve(g, depth + 1)]
        if hits:
            return hits
        found = self._own_institution(tok)
        if found is not None:
            return [(found, True, tok)]
        two = pair_actors(tok, self.table)
        if two:  # "the two countries": the two just named
            return [(a, True, tok) for a in two]
        found = self._by_name(tok) or self._by_kind(tok) or self._the_government(tok) or self._capital(tok)
        if found is not None:
            return [(found, True, tok)]
        groups = group_actors(tok, self.table)
        if groups:
            return [(a, False, tok) for a in groups]
        people = people_of(tok, self.table) if agent and depth == 0 else None
        if people is not None:  # a people acts ("Palestinians protested"); addressed, it is an audience
            return [(people, False, tok)]
        hits = self._of_country(tok)
        if hits:
            return hits
        state = nationality_state(tok, self.table) or people_state(tok, self.table) or demonym_state(tok, self.table)
        return [(state, True, tok)] if state is not None else []

    @staticmethod
    def _included(tok: Token) -> list[Token]:
        """The named members of a plural group noun: "eight people, including X" (the parse may hang
        "including" on the group or on a later word of its clause)."""
        if tok.pos_ != "NOUN" or tok.tag_ not in ("NNS", "NNPS"):
            return []
        for t in tok.doc[tok.i + 1:min(tok.i + 14, tok.sent.end)]:
            if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("nsubj", "nsubjpass") and t.head.i != tok.i:
                return []  # another argument comes first: the list is of something else
            member = t.lower_ in MEMBER_PREPS or (t.lower_ == "as" and t.i > 0 and t.doc[t.i - 1].lower_ == "such")
            if member and t.dep_ == "prep" and (t.head.i == tok.i or tok.i < t.head.i < t.i):
                return [g for g in t.children if g.dep_ == "pobj"]
        return []

    @staticmethod
    def _called(tok: Token) -> list[Token]:
        """The name a common noun is given: "a woman named X", "a man identified as X", "a prisoner,
        suspected to be X"."""
        if tok.pos_ != "NOUN":
            return []
        for c in tok.children:
            if c.dep_ != "acl" or lemma(c) not in NAMING_PARTICIPLES:
                continue
            for g in c.children:
                if g.dep_ in ("oprd", "attr", "dobj") and g.pos_ == "PROPN":
                    return [g]
                if g.dep_ == "prep" and lemma(g) == "as":
                    return [p for p in g.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
                if g.dep_ == "xcomp" and lemma(g) == "be":
                    return [p for p in g.children if p.dep_ == "attr" and p.pos_ == "PROPN"]
        return []

    def _own_institution(self, tok: Token) -> Actor | None:
        """"their government", "its army": the institution of the country of the one the
        possessive pronoun stands for (the clause's subject, or the person a "his" refers to)."""
        sector = OWN_INSTITUTIONS.get(tok.lemma_.lower())
        poss = [c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"]
        if sector is None or not poss or poss[0].lower_ not in POSSESSIVE_PRONOUNS:
            return None
        owners: list[Actor] = []
        if poss[0].lower_ in ("his", "her"):
            owners = [a for a, _, _ in self._pronoun(poss[0])]
        if not owners:
            verb = tok
            while verb.dep_ not in ("ROOT",) and verb.pos_ not in ("VERB", "AUX"):
                verb = verb.head
            subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i and c.pos_ != "PRON"]
            owners = [a for s in subj[:1] for a, _, _ in self.resolve(s, depth=1)]
        code = owners[0].country if owners else None
        if not code:
            return None
        same = [a for a in self.table.actors if a.country == code and a.sector == sector and a.id != owners[0].id
                and a.kind == "organization"]
        named = [a for a in same if sector != "GOV" or "government" in a.name.lower()]
        if named:
            return max(named, key=lambda a: len(a.mentions))
        if sector == "GOV":
            return government_actor(code, self.table, (tok.idx, tok.idx + len(tok)))
        return None

    def _the_government(self, tok: Token) -> Actor | None:
        """"The government", "the central government": the government the article named before
        (an organisation called so, the most mentioned so far, the latest on a tie)."""
        if tok.lemma_.lower() not in ("government", "administration") or tok.pos_ != "NOUN":
            return None
        mods = [c for c in tok.children if c.i < tok.i]
        if [c.lower_ for c in mods if c.dep_ == "det"] != ["the"] or any(
                c.dep_ != "det" and c.lower_ not in GOVERNMENT_ADJECTIVES for c in mods):
            return None
        best, best_rank = None, (0, -1)
        for actor in self.table.actors:
            if actor.kind != "organization" or actor.sector != "GOV" or "government" not in actor.name.lower():
                continue
            ends = [e for _, e in actor.mentions if e <= tok.idx]
            if ends and (len(ends), max(ends)) > best_rank:
                best, best_rank = actor, (len(ends), max(ends))
        return best

    def _capital(self, tok: Token) -> Actor | None:
        """A capital the actors stage read as a place ("the claim from Berlin") stands, as an
        event's argument, for its country's government: a government actor, else the state."""
        if tok.pos_ != "PROPN" or tok.ent_type_ not in ("GPE", ""):
            return None
        code = builtin_lexicon().capitals.get(name_key(tok.text))
        govs = [a for a in self.table.actors if code and a.country == code and a.sector == "GOV"
                and (a.kind == "state" or (a.kind == "organization" and "government" in a.name.lower()))]
        govs.sort(key=lambda a: (a.kind == "organization", len(a.mentions)))
        if govs:
            return govs[-1]
        return capital_state(tok, code, self.table) if code else None

    def _by_kind(self, tok: Token) -> Actor | None:
        """A bare "the network", "the company": the organisation of that kind (by its sector)
        mentioned most, and last, before it; plural members ("senators") for their institution."""
        low = tok.lemma_.lower() or tok.text.lower()
        mods = [c for c in tok.children if c.i < tok.i]
        sectors, word = KIND_NOUNS.get(low), ""
        if sectors is None or [c.text.lower() for c in mods] != ["the"]:
            member = MEMBER_NOUNS.get(low) if tok.tag_ in ("NNS", "NNPS") else None
            if member is None or any(c.dep_ in ("poss", "compound", "amod") for c in mods):
                return None  # "Republican senators", "Russia's lawmakers": the actors stage's to read
            sectors, word = (member[0],), member[1]
        best, best_rank = None, (False, 0, -1)
        for actor in self.table.actors:
            if actor.kind != "organization" or actor.sector not in sectors:
                continue
            ends = [e for _, e in actor.mentions if e <= tok.idx]
            # the one of that name ("senators": the Senate), the most mentioned so far, the latest
            rank = (bool(word) and word in actor.name.lower(), len(ends), max(ends, default=-1))
            if ends and rank > best_rank:
                best, best_rank = actor, rank
        return best

    def _of_country(self, tok: Token) -> list[tuple[Actor, bool, Token]]:
        """A thing qualified by a nationality ("Iranian involvement", "Russian
        meddling") stands for that country's state, when the article names it."""
        if tok.pos_ not in ("NOUN", "PROPN"):
            return []
        lex = builtin_lexicon()
        for c in tok.children:
            if c.dep_ not in ("amod", "compound") or c.i > tok.i or not c.text[:1].isupper():
                continue
            code = lex.country_of_word(c.text)
            state = next((a for a in self.table.actors if a.kind == "state" and a.country == code), None) if code else None
            if state is not None:
                return [(state, True, c)]
        return []

    def named(self, tok: Token) -> list[tuple[Actor, bool, Token]]:
        """The actors a noun phrase names itself ("these ministers", "Mugabe"), not the actor it
        is of, for or by."""
        found = self._phrase(tok)
        if found is not None:
            return self._coordinated_inside(tok, found)
        return [(a, False, tok) for a in group_actors(tok, self.table)]

    def actors(self, tokens: Sequence[Token], agent: bool = False) -> list[tuple[Actor, bool, Token]]:
        """Distinct actors of the tokens and their conjuncts, in order."""
        out: list[tuple[Actor, bool, Token]] = []
        seen: set[str] = set()
        named: set[int] = set()
        for tok in expand(tokens):
            if tok.dep_ == "appos" and tok.head.i in named and any(c.dep_ == "det" for c in tok.children):
                continue  # "Fields, a self-described Neo-Nazi": a description of the one named
            hits = self.resolve(tok, agent=agent)
            if hits:
                named.add(tok.i)
            for actor, inferred, at in hits:
                if actor.id not in seen:
                    seen.add(actor.id)
                    out.append((actor, inferred, at))
        return out
