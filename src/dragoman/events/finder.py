"""The actors that argument tokens name: a name, a pronoun, a title, a group noun, a state's
institution, a member of a coordination (``ActorFinder``)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from spacy.tokens import Token

from dragoman.actors.builtin import builtin_lexicon  # country names, demonyms, capitals
from dragoman.actors.normalize import name_key
from dragoman.actors.table import ActorTable
from dragoman.actors.words import RANK_PREFIXES
from dragoman.events.arguments import by_agent, expand, name_head
from dragoman.events.groups import capital_state, demonym_state, government_actor, is_person_noun, group_actors, nationality_state, people_of, people_state
from dragoman.events.pairs import pair_actors
from dragoman.events.predicates import lemma
from dragoman.records import Actor, Quote

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
# prepositions after a group noun that name whose group it is ("officials of X", "police in X")
GROUP_PLACE_PREPS = frozenset({"of", "in", "from"})


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
                head = name_head(words)
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
                    for a in by_agent(c) for h in self.resolve(a, depth + 1)]
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
