"""Who a speaker mention refers to: names, pronouns and descriptions.

Document-level speaker coreference. A name resolves through the actor table
(or, for a person the actors stage left out, through the document's own
entities grouped by surname). A pronoun takes the best earlier antecedent of
the right kind and gender, weighing recency, subject position and whether
that antecedent was the last speaker. A definite description ("the
minister", "the ministry") takes the latest actor whose title or name has
that noun. A document speaks for its author or issuer ("a statement by X",
"X, in a statement, said"; "the statement said" goes back to the latest
earlier one) and a report for the source it cites ("reports citing X").
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dragoman.actors.table import ActorTable
from dragoman.actors.words import RANK_PREFIXES
from dragoman.columns import columns
from dragoman.quotes.cues import can_voice
from dragoman.quotes.lexicon import CueLexicon
from dragoman.records import Actor

_SUBJ = frozenset({"nsubj", "nsubjpass"})
_ENT_KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "state", "NORP": "group"}
_NAME_ENTS = frozenset({"PERSON", "ORG", "GPE"})
_DETS = frozenset({"the", "this", "that", "these", "those"})
_PLURAL = frozenset({"NNS", "NNPS"})
_PRONOUN_WINDOW = 4  # sentences looked back for a pronoun's antecedent


@dataclass(frozen=True, slots=True)
class Speaker:
    """A resolved speaker: actor id (None when no actor), the text, a confidence."""

    actor: str | None
    text: str
    name: str | None
    confidence: float
    key: str | None = None
    plural: bool = False  # a description of several ("officials"): no "he" or "she" continues it


# a pronoun with no antecedent in view: no speaker, and no pronoun passed off as a name
_UNKNOWN = Speaker(None, "", None, 0.3)


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    key: str
    actor: str | None
    kind: str
    name: str
    subject: float  # 1.5 subject of the main clause, 1.0 of another clause, 0 not a subject
    sent: int


def noun_phrase(tok: Token) -> tuple[int, int]:
    """Token bounds [i, j) of the phrase headed by ``tok`` (entity or NP core), within its paragraph."""
    i, j = _noun_phrase(tok)
    doc = tok.doc
    for k in range(tok.i - 1, i - 1, -1):  # a heading parsed into the phrase stays out ("7:10 p.m. \n\n X")
        if doc[k].is_space and "\n" in doc[k].text:
            return k + 1, j
    return i, j


def _noun_phrase(tok: Token) -> tuple[int, int]:
    if tok.ent_type_ and tok.ent_iob_ != "O":
        doc = tok.doc
        i = tok.i
        while i > 0 and doc[i].ent_iob_ == "I" and not doc[i - 1].is_space:
            i -= 1
        j = tok.i + 1
        while j < len(doc) and doc[j].ent_iob_ == "I" and not doc[j].is_space:
            j += 1
        # a title and compounds in front of the name belong to the phrase
        left = min(tok.left_edge.i, i)
        left = left if left >= tok.i - 6 else i
        while left < i and doc[left].is_punct:
            left += 1
        return left, j
    left = tok.left_edge.i
    while left < tok.i and tok.doc[left].is_punct:
        left += 1
    right = tok.i + 1
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            right = child.right_edge.i + 1
        elif child.dep_ in ("compound", "flat", "nmod") or child.ent_iob_ == "I":
            right = max(right, child.i + 1)
    return left, right


class SpeakerResolver:
    """Resolves speaker tokens of one document; remembers the last speaker."""

    def __init__(self, doc: Doc, actors: ActorTable, lex: CueLexicon, quoted: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.actors = actors
        self.lex = lex
        self.last: Speaker | None = None
        self._person_nouns = lex.person_nouns | title_heads()
        self._nominal_nouns = self._person_nouns | lex.group_nouns
        self._gender: dict[str, str] = {}
        self._sent_starts = [s.start_char for s in doc.sents]
        # documents whose issuer speaks -> whether through an earlier mention ("the statement") or not ("in a statement")
        self._issued: dict[int, bool] = {}
        self._mentions = self._collect(quoted)
        self._mention_ends = [m.end for m in self._mentions]

    def _sent_of(self, char: int) -> int:
        return bisect_left(self._sent_starts, char + 1) - 1

    def _collect(self, quoted: list[tuple[int, int]]) -> list[_Mention]:
        """Candidate antecedents outside quotations: actor mentions, then other names."""
        starts = [s for s, _ in quoted]

        def inside(s: int, e: int) -> bool:
            k = bisect_left(starts, s + 1) - 1
            return k >= 0 and quoted[k][0] <= s and e <= quoted[k][1]

        doc, out, taken = self.doc, [], set()
        for actor in self.actors.actors:
            for s, e in actor.mentions:
                span = doc.char_span(s, e, alignment_mode="expand")
                if span is None or inside(s, e):
                    continue
                out.append(_Mention(s, e, actor.id, actor.id, actor.kind, actor.name,
                                    _subject_weight(span), self._sent_of(s)))
                taken.update(range(span.start, span.end))
                self._note_gender(actor.id, span.start)
        fullest: dict[str, str] = {}
        ents = [e for e in doc.ents if e.label_ in _ENT_KINDS and not taken.intersection(range(e.start, e.end))
                and (e.label_ != "NORP" or e[-1].tag_ in _PLURAL)]  # "Democrats" may speak, "Italian" not
        for ent in ents:
            key = self._ent_key(ent.text, ent.label_)
            if len(ent.text) > len(fullest.get(key, "")):
                fullest[key] = ent.text
        for ent in ents:
            if inside(ent.start_char, ent.end_char):
                continue
            key = self._ent_key(ent.text, ent.label_)
            out.append(_Mention(ent.start_char, ent.end_char, key, None, _ENT_KINDS[ent.label_],
                                fullest[key], _subject_weight(ent), self._sent_of(ent.start_char)))
            self._note_gender(key, ent.start)
        out.sort(key=lambda m: m.end)
        return out

    @staticmethod
    def _ent_key(text: str, label: str) -> str:
        words = text.replace("’s", "").replace("'s", "").split()
        if label == "PERSON" and words:
            return "name:" + words[-1].lower()
        return "name:" + " ".join(w.lower() for w in words)

    def _note_gender(self, key: str, tok_i: int) -> None:
        for w in columns(self.doc).lower[max(0, tok_i - 2):tok_i]:
            if w in self.lex.male:
                self._gender.setdefault(key, "m")
            elif w in self.lex.female:
                self._gender.setdefault(key, "f")

    # -- resolution -----------------------------------------------------
    def redirect(self, tok: Token) -> Token:
        """From a description to the name it carries, from a document to its author.

        ``a student named Okafor`` -> Okafor; ``his daughter, Lena Brandt``
        -> Brandt; ``a memo posted by X`` -> X; ``they released a statement
        which said`` -> they.
        """
        for _ in range(3):
            nxt = self._redirect_once(tok)
            if nxt is None or nxt is tok:
                return tok
            tok = nxt
        return tok

    def _redirect_once(self, tok: Token) -> Token | None:
        if tok.ent_type_ == "PERSON":
            return None
        lemma = tok.lemma_.lower()
        if lemma in self.lex.documents or lemma in self.lex.voices:
            owner = _owner(tok, lemma in self.lex.documents)
            if owner is not None:
                return owner
        if lemma in self.lex.documents:
            source = self._cited(tok)
            if source is not None:
                return source
            source = _issuer(tok)
            if source is not None:
                self._issued[tok.i] = False
                return source
        if tok.ent_type_ in _NAME_ENTS:
            return None
        for holder in (tok, *(c for c in tok.children if c.dep_ == "conj")):
            for child in holder.children:  # "the envoy, Lena Brandt" / "an expert and official, Idan"
                if child.dep_ == "appos" and child.ent_type_ in _NAME_ENTS:
                    return child
        for child in tok.children:
            if child.dep_ == "acl" and child.lemma_.lower() in self.lex.naming:
                named = next((g for g in child.children
                              if g.dep_ in ("oprd", "attr", "dobj") and g.pos_ == "PROPN"), None)
                if named is not None:
                    return named
            if child.dep_ == "acl":  # "a protester using the pseudonym Katya", "a man going by the name Sami"
                objects = [g for g in child.children if g.dep_ == "dobj"]
                objects += [o for g in child.children if g.dep_ == "prep" for o in g.children if o.dep_ == "pobj"]
                named = next((a for g in objects if g.lemma_.lower() in self.lex.name_nouns
                              for a in g.children if a.dep_ in ("appos", "compound") and a.pos_ == "PROPN"), None)
                if named is not None:
                    return named
        titled = _titled_name(tok) or self._titled_actor(tok)
        if titled is not None:
            return titled
        if lemma in self.lex.documents:
            for t in tok.subtree:
                if t.dep_ == "agent" or (t.dep_ == "prep" and t.lower_ == "by"):
                    pobj = next((g for g in t.children if g.dep_ == "pobj"), None)
                    if pobj is not None:
                        return pobj
            if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
                return next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            source = self._earlier_document(tok)
            if source is not None:
                self._issued[tok.i] = True
            return source
        return None

    def _titled_actor(self, tok: Token) -> Token | None:
        """``Former US Ambassador to the United Nations Nikki Haley``: a title's "to/of/for" object that ends in a
        person actor's mention after an organisation's name (the tagger merged them into one entity)."""
        if tok.lemma_.lower() not in self._person_nouns:
            return None
        doc = tok.doc
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("to", "of", "for"):
                continue
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            actor = self.actors.actor_at(pobj.idx, pobj.idx + len(pobj.text)) if pobj is not None else None
            if actor is None or actor.kind != "person":
                continue
            start = next((s for s, e in actor.mentions if s <= pobj.idx < e), None)
            span = doc.char_span(start, start + 1, alignment_mode="expand") if start is not None else None
            if span is not None and span.start > prep.i + 1 and doc[span.start - 1].pos_ == "PROPN":
                return pobj
        return None

    def _cited(self, tok: Token) -> Token | None:
        """``Reports citing party sources said ...``: the source a document cites speaks."""
        for verb in tok.children:
            if verb.dep_ == "acl" and verb.lemma_.lower() in self.lex.citing:
                obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
                if obj is not None and can_voice(obj, self.lex) and obj.lemma_.lower() not in self.lex.documents:
                    return obj
        return None

    def _earlier_document(self, tok: Token) -> Token | None:
        """``X, in a statement, announced ... The statement also said ...``: a bare definite document
        is the latest earlier one of that word, and speaks for whoever issued that one."""
        if not _bare_definite(tok):
            return None
        lemma = tok.lemma_.lower()
        for prev in reversed(self.doc[:tok.i]):
            if prev.lemma_.lower() != lemma or prev.sent == tok.sent or prev.pos_ != "NOUN":
                continue
            owner = _owner(prev, True) or _issuer(prev)
            if owner is None and prev.dep_ == "dobj" and prev.head.pos_ == "VERB":
                owner = next((c for c in prev.head.children if c.dep_ == "nsubj"), None)
            if owner is not None:
                return owner if owner.lemma_.lower() not in self.lex.documents else None
            if not _bare_definite(prev):
                return None  # another document, of nobody we know
        return None

    def resolve(self, tok: Token, content: tuple[int, int] = (0, 0)) -> Speaker:
        """The speaker that ``tok`` (the head of a speaker phrase) refers to.

        ``content`` is the char span of what was said: a pronoun never refers
        to a name inside it ("Okafor will lose, he said"). A document's issuer
        that is an actor speaks with the document's words as the text ("The
        statement said": the actor, text "The statement"), as a pronoun does; a
        document that refers back to an earlier one of no known actor speaks
        itself.
        """
        target = self.redirect(tok)
        # "reports citing sources said": the sources are the speaker, but not of "citing sources" itself
        if not (content[0] <= tok.idx < content[1] or not content[0] <= target.idx < content[1]):
            return self._resolve(tok, content)
        if tok.i not in self._issued:
            return self._resolve(target, content)
        sp = self._resolve(target, content)
        if not sp.actor and self._issued[tok.i]:
            return self._resolve(tok, content)  # "the letter said", the letter of someone unnamed: the letter speaks
        if sp.actor:
            i, j = noun_phrase(tok)
            sp = self._remember(Speaker(sp.actor, self.doc[i:j].text, sp.name, sp.confidence, sp.key, sp.plural))
        return sp

    def _resolve(self, tok: Token, content: tuple[int, int]) -> Speaker:
        lower = tok.lower_
        if lower in self.lex.pronouns and tok.pos_ == "PRON":
            return self._pronoun(tok, content)
        i, j = noun_phrase(tok)
        span = self.doc[i:j]
        text = span.text
        actor = self.actors.actor_at(tok.idx, tok.idx + len(tok.text)) or self._by_name_word(tok)
        if actor is not None:
            return self._remember(Speaker(actor.id, text, actor.name, 0.9, actor.id))
        m = self._mention_at(tok.idx)
        if m is not None:
            return self._remember(Speaker(None, m.name, m.name, 0.8, m.key))
        if tok.lemma_.lower() in self._nominal_nouns and _anaphoric(span, tok):
            nominal = self._nominal(tok)
            if nominal is not None:
                if nominal.actor:
                    self.actors.add_mention(nominal.actor, (span.start_char, span.end_char))
                return self._remember(Speaker(nominal.actor, text, nominal.name, 0.7, nominal.key))
        return self._remember(Speaker(None, text, None, 0.5, "text:" + text.lower(), tok.tag_ in _PLURAL))

    def addressee(self, tok: Token) -> str | None:
        """The actor id an addressee token names (names only; no pronouns)."""
        if tok.pos_ == "PRON":
            return None
        actor = self.actors.actor_at(tok.idx, tok.idx + len(tok.text)) or self._by_name_word(tok)
        return actor.id if actor is not None else None

    def _by_name_word(self, tok: Token) -> Actor | None:
        """The one person actor with this word in its name (a surname the actors stage missed)."""
        if tok.pos_ != "PROPN" and tok.ent_type_ != "PERSON" or len(tok.text) < 3:
            return None
        word = tok.text.lower()
        found = [a for a in self.actors.actors if a.kind == "person" and word in a.name.lower().split()]
        return found[0] if len(found) == 1 else None

    def _remember(self, sp: Speaker) -> Speaker:
        self.last = sp
        return sp

    def _mention_at(self, char: int) -> _Mention | None:
        k = bisect_left(self._mention_ends, char + 1)
        if k < len(self._mentions) and self._mentions[k].start <= char:
            return self._mentions[k]
        return None

    def _before(self, char: int, sent_floor: int) -> list[_Mention]:
        hi = bisect_left(self._mention_ends, char + 1)
        out = []
        for k in range(hi - 1, -1, -1):
            m = self._mentions[k]
            if m.sent < sent_floor:
                break
            out.append(m)
        return out

    def _pronoun(self, tok: Token, content: tuple[int, int]) -> Speaker:
        p = self.lex.pronouns[tok.lower_]
        if p.kind == "self":
            return _UNKNOWN  # the writer or an interviewee: never "I" as a name
        sent = self._sent_of(tok.idx)
        best, best_score = None, float("-inf")
        last_key = self.last.key if self.last is not None else None
        for m in self._before(tok.idx, sent - _PRONOUN_WINDOW):
            if content[0] <= m.start < content[1]:
                continue
            if p.gender and self._gender.get(m.key, p.gender) != p.gender:
                continue
            score = -(sent - m.sent) + m.subject
            if not _kind_fits(p.kind, m.kind):
                # a person the tagger called an ORG: only as the speaker already in view
                if not (p.kind == "person" and m.kind == "organization" and m.key == last_key):
                    continue
                score -= 1.0
            if self.last is not None and self.last.key == m.key:
                score += 1.0
            if score > best_score:
                best, best_score = m, score
        if best is None:
            if self.last is not None and self.last.key and p.kind == "person":
                # "The head of the inquiry told the court ... She also said": the description speaks again
                if self.last.plural and p.gender:
                    return _UNKNOWN
                name = self.last.name or (self.last.text if self.last.key.startswith("text:") else None)
                return Speaker(self.last.actor, tok.text, name, 0.5, self.last.key)
            if self.last is not None and self.last.key and self.last.plural and p.kind == "group":
                # "Officials said ... They added": a plural description speaks again
                return Speaker(None, tok.text, self.last.name or self.last.text, 0.5, self.last.key, True)
            return _UNKNOWN
        if p.gender:
            self._gender.setdefault(best.key, p.gender)
        if best.actor:
            self.actors.add_mention(best.actor, (tok.idx, tok.idx + len(tok.text)))
        return self._remember(Speaker(best.actor, tok.text, best.name, 0.75, best.key))

    def _nominal(self, tok: Token) -> _Mention | None:
        noun = tok.lemma_.lower()
        person = noun in self._person_nouns
        for m in self._before(tok.idx, -1):
            if person and m.kind != "person":
                continue
            if not person and m.kind == "person":
                continue
            if noun in m.name.lower() or self._titled(m, noun):
                return m
        return None

    def _titled(self, m: _Mention, noun: str) -> bool:
        actor = self.actors.get(m.actor)
        if actor is not None and actor.title:
            words = actor.title.lower().split()
            return noun in words and words[0] not in RANK_PREFIXES  # "the president" is no vice president
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return False
        lo = max(0, span.start - 4)
        return any(t.lemma_.lower() == noun and not (t.i > lo and self.doc[t.i - 1].lower_ in RANK_PREFIXES)
                   for t in self.doc[lo:span.end])


def _owner(tok: Token, document: bool) -> Token | None:
    """Whose document or voice ``tok`` is: ``CNN's projections``, ``Erdogan's office``, ``a statement
    from the king``, ``a poll by NBC``, ``the government statement``."""
    for child in tok.children:
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN") :
            return child
    if not document:
        return None
    # "a statement from the king", "a tweet sent from Biden's account", "a poll published by NBC"
    sent = [g for c in tok.children if c.dep_ == "acl" for g in c.children]
    for child in (*tok.children, *sent):
        if child.dep_ in ("prep", "agent") and child.lower_ in ("from", "by"):
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    for child in tok.children:
        if child.dep_ == "compound" and child.i == tok.i - 1 and (
                child.ent_type_ in ("ORG", "PERSON") or child.lemma_.lower() in ("government", "ministry", "police")):
            return child
    return None


def _bare_definite(tok: Token) -> bool:
    """``the statement``: a definite noun with no modifier that could make it another one."""
    return any(c.dep_ == "det" and c.lower_ in _DETS for c in tok.children) and not any(
        c.dep_ in ("amod", "compound", "poss", "nmod", "prep", "acl", "relcl") for c in tok.children)


def _issuer(tok: Token) -> Token | None:
    """``X, in a statement, said ...`` / ``In a statement, X said ...``: the subject of the clause the
    "in a <document>" phrase belongs to (also when the parse hangs it on the auxiliary: "X has, in a
    statement, called ...")."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
        return None
    verb = prep.head
    holders = [verb, *(c for c in verb.children if c.dep_ == "aux")]
    subjects = [c for h in holders for c in h.children if c.dep_ in _SUBJ and c.i != tok.i]
    subjects += [a for c in subjects for a in c.children if a.dep_ == "appos"]  # a heading parsed as the subject
    subjects = [c for c in subjects if not any("\n" in t.text for t in c.doc[min(c.i, prep.i):max(c.i, prep.i)])]
    return min(subjects, key=lambda c: abs(c.i - prep.i)) if subjects else None


def _titled_name(tok: Token) -> Token | None:
    """``US Ambassador to Germany Richard Grenell``: the name that closes a title's phrase.

    The title's "to/of/for" object holds the name after a place or organisation
    word; "the lawyer for Michael Cohen" (the name right after the preposition)
    is someone else."""
    if tok.ent_type_ == "PERSON":
        return None
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("to", "of", "for"):
            continue
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if pobj is None or pobj.ent_type_ != "PERSON":
            continue
        first = pobj
        while first.i > 0 and first.doc[first.i - 1].ent_type_ == "PERSON" and first.doc[first.i - 1].ent_iob_ != "O" \
                and first.ent_iob_ == "I":
            first = first.doc[first.i - 1]
        if first.i > prep.i + 1 and first.doc[first.i - 1].pos_ == "PROPN":
            return pobj
    return None


@lru_cache(maxsize=1)
def title_heads() -> frozenset[str]:
    """The last word of every person title the actors' lexicon knows ("archbishop", "mayor", "activist"):
    heads of descriptions ("the archbishop") that refer back to a titled person."""
    from dragoman.actors import builtin_lexicon

    return frozenset(key.split()[-1] for key, role in builtin_lexicon().titles.items() if key.split()[-1].isalpha())


def _subject_weight(span) -> float:
    """How much a mention is the subject: of the main clause (an apposition to it too) 1.5, of
    another clause 1.0, no subject 0."""
    for t in span:
        word = t.head if t.dep_ == "appos" and t.head.dep_ in _SUBJ else t
        if word.dep_ in _SUBJ:
            return 1.5 if word.head.dep_ == "ROOT" else 1.0
    return 0.0


def _anaphoric(span, head: Token) -> bool:
    """``the minister``, ``the ministry``: a bare definite description, no name in it."""
    if not span or span[0].lower_ not in _DETS:
        return False
    return all(t.i == head.i or t.i == span[0].i or (t.pos_ == "ADJ" and not t.ent_type_) for t in span)


def _kind_fits(pronoun_kind: str, actor_kind: str) -> bool:
    if pronoun_kind == "person":
        return actor_kind == "person"
    if pronoun_kind == "thing":
        return actor_kind in ("organization", "state")
    return actor_kind in ("organization", "group")  # "they" is seldom a country or a city
