"""Who acts and who is acted upon: the agent and target tokens of a predicate,
and the actors those tokens name."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Sequence

from spacy.tokens import Token

from dragoman.actors.builtin import builtin_lexicon  # country names, demonyms, capitals
from dragoman.actors.normalize import name_key
from dragoman.actors.table import ActorTable
from dragoman.events.groups import capital_state, group_actors, nationality_state, people_of
from dragoman.events.implicit import VAGUE_ACTS
from dragoman.events.predicates import Predicate, lemma
from dragoman.records import Actor, Quote

RELATIVE_TAGS = frozenset({"WDT", "WP"})
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


# what is issued, posted or sent: a participle after one speaks for its issuer ("a statement condemning X")
MESSAGE_NOUNS = frozenset({
    "statement", "declaration", "letter", "message", "communique", "communiqué", "resolution", "note",
    "tweet", "post", "video", "report", "appeal", "petition", "memo", "notice", "order", "decree", "ultimatum",
    "call", "request", "demand", "plea", "proposal", "motion", "bill",
})
# Types whose addressee is the subject of the reported clause when no slot names one
CLAUSE_TARGET_TYPES = frozenset({"REQUEST", "ACCUSE"})
# prepositions of a verb's object noun that name the party the act is aimed at
OBJECT_PARTY_PREPS = ("against", "on", "with", "to", "at", "upon")
# prepositions that name a party of an infinitive complement's act
COMPLEMENT_PREPS = ("to", "with", "on", "against", "for", "from", "over")


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
        return _by_agent(verb)
    if any(c.dep_ == "csubj" for c in verb.children):
        return []  # a clause is the subject: no actor acts
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if subj:
        return [_relative(subj[0], verb)]
    if verb.dep_ == "xcomp":
        head = verb.head
        if head.dep_ == "acomp" and head.head.pos_ in ("VERB", "AUX"):
            head = head.head  # "X is about / ready / set to sign ...": the copula's subject
        objs = [c for c in head.children if c.dep_ in ("dobj", "dative")]
        return objs[:1] if objs else verb_agents(head, depth + 1)
    if verb.dep_ in ("conj", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        return verb_agents(verb.head, depth + 1)
    if verb.dep_ == "relcl":
        return [verb.head]
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ in ("dobj", "pobj") \
            and lemma(verb.head) in MESSAGE_NOUNS:
        # "issued a statement demanding ...", "posted a message blaming X": the issuer's
        issuer = governing_verb(verb.head)
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
    return [t for obj in verb.children if obj.dep_ == "dobj" and obj.pos_ == "NOUN"
            and (lemma(obj) in act_nouns or lemma(obj) in VAGUE_ACTS)
            for t in _preposition_objects(obj, OBJECT_PARTY_PREPS)]


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


def noun_arguments(pred: Predicate) -> tuple[list[Token], list[Token]]:
    """Agent and target tokens of an event noun ("Xi's visit to Moscow",
    "talks between A and B", "the court issued a warrant for X")."""
    noun, slots = pred.token, pred.entry.targets
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
    if not agents:
        verb = governing_verb(noun)
        if verb is not None:
            agents = verb_agents(verb)
    slots = [s for s in slots if not s.startswith("between")]
    targets = _preposition_objects(noun, slots)
    if not targets and noun.dep_ == "dobj":
        targets = _preposition_objects(noun.head, slots)
    if not targets and pred.entry.type in CLAUSE_TARGET_TYPES:
        targets = clause_subjects(noun) or (clause_subjects(noun.head) if noun.dep_ == "dobj" else [])
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

    def __init__(self, actors: ActorTable, quotes: Sequence[Quote] = ()) -> None:
        self.table = actors
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
            if a.kind == "person" and a.title:
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
        if low in THIRD_PERSON:
            hi = bisect_right(self._people_ends, tok.idx)
            if hi:
                _, end, actor = self._people[hi - 1]
                if tok.idx - end <= PRONOUN_WINDOW:
                    return [(actor, True, tok)]
        return []

    def _coordinated_inside(self, tok: Token, first: Actor) -> list[tuple[Actor, bool, Token]]:
        """The actors of a noun phrase in text order, when its parse buried a
        coordination ("President A and President B met": one phrase, two actors)."""
        left = tok.left_edge
        if not any(t.dep_ == "cc" for t in tok.doc[left.i:tok.i]):
            return [(first, False, tok)]
        out: list[tuple[Actor, bool, Token]] = []
        for actor, _ in self.table.mentions_in(left.idx, tok.idx + len(tok)):
            if actor.kind == first.kind and all(a.id != actor.id for a, _, _ in out):
                out.append((actor, False, tok))
        if first.kind == "organization":  # "Hungarian and Romanian officials": a group per country word
            out += [(a, False, tok) for a in group_actors(tok, self.table) if all(a.id != o.id for o, _, _ in out)]
        return out or [(first, False, tok)]

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
        if found is not None:
            return self._coordinated_inside(tok, found)
        if tok.pos_ == "PRON":
            return self._pronoun(tok) if depth < 2 else []
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
        if tok.pos_ == "NOUN":  # "the network's renewal", "Trump's refusal": the possessor's
            hits = [h for c in tok.children if c.dep_ == "poss" for h in self.resolve(c, depth + 1)]
            if hits:
                return hits
        for c in tok.children:
            if c.dep_ in ("prep", "agent") and lemma(c) in ("of", "for", "from", "by"):
                objs = expand([g for g in c.children if g.dep_ == "pobj"])
                hits = [h for g in objs for h in self.resolve(g, depth + 1)]
                if hits:
                    return hits
        found = self._by_name(tok) or self._by_kind(tok) or self._capital(tok)
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
        state = nationality_state(tok, self.table)
        return [(state, True, tok)] if state is not None else []

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
        for tok in expand(tokens):
            for actor, inferred, at in self.resolve(tok, agent=agent):
                if actor.id not in seen:
                    seen.add(actor.id)
                    out.append((actor, inferred, at))
        return out
