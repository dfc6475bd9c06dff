"""Find the cue (speech verb) and speaker token of a direct quotation.

The words around a quotation are read as two frames: the *after* frame runs
from the closing mark to the end of the sentence (``"...," Xi said.`` /
``"...," said Blinken``) and the *before* frame from the start of the
sentence to the opening mark (``Blinken said: "..."``, ``Xi said China
"highly values" ...``, and the middle cue ``"A," he said, "B."``). The
dependency parse then names the subject of the cue verb, inverted or not.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dragoman.quotes.layout import Layout
from dragoman.quotes.lexicon import CueLexicon

_SUBJ = frozenset({"nsubj", "nsubjpass"})
_INVERTED = frozenset({"nsubj", "dobj", "attr", "npadvmod", "appos", "oprd", "dative"})
_CLIMB = frozenset({"conj", "advcl", "xcomp", "pcomp"})
_NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_NEVER_SPEAKS = frozenset({"TIME", "DATE", "MONEY", "QUANTITY"})  # "63 percent said": poll shares speak
_AFTER_OK_TAIL = frozenset(",?!—–-:;…")
_AFTER_WINDOW = 12
_BEFORE_WINDOW = 45
_BEFORE_GAP = 3  # tokens allowed between a cue verb and the opening mark
_LEAD_WINDOW = 12  # longest object and adverbials between a cue verb and a comma before the quotation
_BARE_ATTRIBUTION = 5  # longest "Xi Jinping said" sentence after a closed quotation


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue token (speech verb, or "according"), its speaker and addressee tokens."""

    verb: Token
    speaker: Token | None
    addressee: Token | None
    how: str  # after | before | colon | headline


def is_speech_verb(tok: Token, verbs: frozenset[str]) -> bool:
    """A verb (or a verb the tagger missed, as in truecased headlines) of speech."""
    if tok.lemma_.lower() not in verbs and tok.lower_ not in verbs:
        return False
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")


def is_phrasal(tok: Token, lex: CueLexicon) -> bool:
    """A phrasal speech verb: "pointed out", "hit back"."""
    if not lex.phrasal or not (tok.pos_ == "VERB" or tok.tag_.startswith("VB")):
        return False
    lemma = tok.lemma_.lower()
    return any(c.dep_ == "prt" and (lemma, c.lower_) in lex.phrasal for c in tok.children)


def is_passive(verb: Token) -> bool:
    """``verb`` is passive ("was described", "is expected")."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def agent_of(verb: Token, ok: Callable[[Token], bool] = lambda t: True) -> Token | None:
    """The "by X" of a passive verb: ``described as "reckless" by the police`` -> police."""
    for child in verb.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by" and is_passive(verb)):
            pobj = next((g for g in child.children if g.dep_ == "pobj" and ok(g)), None)
            if pobj is not None:
                return pobj
    if is_passive(verb):  # 'was declared to be a "pandemic" by the WHO': the parse hangs "by" in the infinitive
        for comp in verb.children:
            if comp.dep_ != "xcomp":
                continue
            for t in comp.subtree:
                if t.lower_ == "by" and t.dep_ in ("prep", "agent") and not is_passive(t.head):
                    pobj = next((g for g in t.children if g.dep_ == "pobj" and ok(g)), None)
                    if pobj is not None:
                        return pobj
    return None


def _speaking_ancestor(verb: Token, lex: CueLexicon) -> Token | None:
    """The speech verb a participle cue hangs under: ``X said ... , adding ...`` -> said."""
    if verb.tag_ != "VBG":
        return None
    v = verb
    for _ in range(4):
        if v.head.i == v.i:
            return None
        v = v.head
        if v.pos_ == "VERB" and (v.lemma_.lower() in lex.speech or v.lemma_.lower() in lex.indirect):
            return v
    return None


def is_according(tok: Token, lex: CueLexicon) -> bool:
    """``tok`` opens an "according to" phrase."""
    second = lex.according.get(tok.lower_)
    return second is not None and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == second


def subject_of(verb: Token, lex: CueLexicon, ok: Callable[[Token], bool] = lambda t: True) -> Token | None:
    """The speaker token of a cue verb: its subject, inherited or inverted.

    ``ok`` filters candidates (the layout uses it to refuse words inside a
    quotation, which the parser sometimes hangs under the cue verb).
    """
    if verb.lower_ in lex.according:  # "according to X": X is the object of "to"
        second = lex.according[verb.lower_]
        to = next((c for c in verb.children if c.lower_ == second), None)
        if to is None and verb.i + 1 < len(verb.doc):
            to = verb.doc[verb.i + 1]
        return next((g for g in to.children if g.dep_ == "pobj" and ok(g)), None) if to is not None else None
    agent = agent_of(verb, ok)
    if agent is not None:
        return agent
    speaker = _own_subject(verb, lex, ok)
    if speaker is not None:
        speaker = _past_according(speaker, lex, ok)
    if speaker is not None and speaker.ent_type_ in _NEVER_SPEAKS:
        speaker = None  # "2:40 p.m." heading a live blog's entry, parsed as the subject
    if speaker is None or not _can_speak(speaker, lex):
        # "X said the 36 must face charges, adding ...": the participle's parse head is the content
        ancestor = _speaking_ancestor(verb, lex)
        if ancestor is not None:
            return subject_of(ancestor, lex, ok) or speaker
    return speaker


def _past_according(subject: Token, lex: CueLexicon, ok: Callable[[Token], bool]) -> Token:
    """``According to ISNA, the prosecutor, Ali Mehr, said``: a subject the parse took from the end of
    an "according to" phrase is that phrase's source; the apposition after it is the speaker (a name in
    the apposition before its description)."""
    doc, first = subject.doc, subject.left_edge.i
    if first < 2 or not is_according(doc[first - 2], lex):
        return subject
    appos = next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i and ok(c)), None)
    if appos is None:
        return subject
    named = [t for t in appos.subtree if t.dep_ == "appos" and t.ent_type_ == "PERSON" and ok(t)]
    return named[0] if named and appos.ent_type_ != "PERSON" else appos


def can_voice(tok: Token, lex: CueLexicon) -> bool:
    """Someone who can hold an opinion: a speaker (:func:`_can_speak`) or a noun of people ("critics")."""
    if not tok.text[:1].isalpha():
        return False  # "n’t", "'s" parsed as a subject
    lemma = tok.lemma_.lower()
    if _can_speak(tok, lex) or lemma in lex.people or tok.lower_ in lex.people:
        return True
    if tok.text[0].isupper() and not tok.is_sent_start and tok.i > 0 and not tok.nbor(-1).is_space:
        return True  # a capitalised word inside a sentence: a name the tagger missed ("Mijares")
    return lemma not in lex.not_people and lemma.endswith(lex.people_endings) and len(lemma) > 4


def _can_speak(tok: Token, lex: CueLexicon) -> bool:
    """A name, a pronoun or a noun of people or organisations: someone who can say something."""
    if tok.ent_type_ in _NAME_ENTS or tok.pos_ in ("PROPN", "PRON"):
        return True
    lemma = tok.lemma_.lower()
    return lemma in lex.person_nouns or lemma in lex.group_nouns or lemma in lex.documents


def _own_subject(verb: Token, lex: CueLexicon, ok: Callable[[Token], bool]) -> Token | None:
    v = verb
    for _ in range(4):
        subjects = [c for c in v.children if c.dep_ in _SUBJ and ok(c)]
        if not subjects:  # "██ Syrian Arab Republic \n\n ... the President, Trump, announced": the parse made a
            # heading (or a caption) the subject and the real one its apposition or conjunct
            subjects = [a for c in v.children if c.dep_ in _SUBJ for a in c.children
                        if a.dep_ in ("appos", "conj") and ok(a)]
        if subjects:
            subj = min(subjects, key=lambda c: abs(c.i - verb.i))
            return v.head if subj.lower_ in ("who", "which", "that") and v.dep_ == "relcl" else subj
        speaking_head = v.head.ent_type_ in _NAME_ENTS or v.head.lemma_.lower() in lex.documents
        if v.dep_ == "relcl" or (v.dep_ == "acl" and speaking_head):
            return v.head  # "Blinken, who said" / "Blinken, speaking in Paris," / "a statement saying"
        if v.dep_ == "acl":
            break
        if v.dep_ not in _CLIMB and v.dep_ != "prep" or v.head is v:  # climbs "by saying" too
            break
        if v.dep_ == "xcomp":  # object control: "forced Stumpf to admit", "dared him to say": the object speaks
            controller = next((c for c in v.head.children if c.dep_ in ("dobj", "dative") and c.i < v.i and ok(c)), None)
            if controller is not None:
                return controller
        v = v.head
    for child in verb.rights:  # inverted: "said Blinken"
        if child.dep_ in _INVERTED and ok(child) and (child.ent_type_ in _NAME_ENTS or child.pos_ == "PROPN"):
            return child
        if child.dep_ == "nsubj" and child.pos_ == "NOUN" and ok(child):
            return child  # "said a protester", "said the minister"
        if child.dep_ in ("dobj", "attr") and child.pos_ == "NOUN" and ok(child) and _inverted_person(verb, child, lex):
            return child  # the same, parsed as the object: '"...," said a protester using the name Katya'

    doc = verb.doc
    for i in (verb.i + 1, verb.i - 1):  # a name next to the verb that the parser hung elsewhere
        if 0 <= i < len(doc) and doc[i].ent_type_ in _NAME_ENTS and ok(doc[i]):
            return doc[i]
    return None


def _inverted_person(verb: Token, noun: Token, lex: CueLexicon) -> bool:
    """``said a protester``: a noun of people right after a speech verb that takes no person as its object."""
    lemma = noun.lemma_.lower()
    if verb.lemma_.lower() in lex.addressee or not (lemma in lex.people or lemma in lex.person_nouns):
        return False
    return all(t.dep_ in ("det", "amod", "compound") for t in verb.doc[verb.i + 1:noun.i])


def addressee_of(verb: Token, lex: CueLexicon) -> Token | None:
    """"told X" -> X; "in a meeting with X" -> X."""
    if verb.lemma_.lower() in lex.addressee:
        for child in verb.children:
            if child.dep_ in ("dobj", "dative") and child.pos_ in ("PROPN", "NOUN"):
                return child
    for prep in verb.children:  # said [in] [a meeting] [with] [X]
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.lemma_.lower() in lex.meeting:
                for with_ in noun.children:
                    if with_.dep_ == "prep" and with_.lower_ == "with":
                        pobj = next((c for c in with_.children if c.dep_ == "pobj"), None)
                        if pobj is not None:
                            return pobj
    return None


class CueFinder:
    """Cue lookup for the quotations of one document."""

    def __init__(self, doc: Doc, layout: Layout, lex: CueLexicon) -> None:
        self.doc = doc
        self.layout = layout
        self.lex = lex

    def _make(self, verb: Token, how: str) -> Cue | None:
        qid, level = self.layout.qid, self.layout.qid[verb.i]
        para, paras = self.layout.para[verb.i], self.layout.para
        # the speaker is outside the quotation and in the cue's paragraph (not a caption line before it)
        speaker = subject_of(verb, self.lex, lambda t: qid[t.i] == level and paras[t.i] == para)
        if speaker is None:
            return None
        return Cue(verb, speaker, addressee_of(verb, self.lex), how)

    def _is_cue_word(self, tok: Token) -> bool:
        if tok.lower_ in self.lex.according:
            return is_according(tok, self.lex)
        if tok.dep_ == "amod":
            return False  # a participle as an adjective: "the proposed deal", "a stated aim"
        return is_speech_verb(tok, self.lex.speech) or is_phrasal(tok, self.lex)

    def after_frame(self, k: int) -> list[Token]:
        """Tokens from the closing mark to the end of the sentence, outside quotations."""
        lay, close = self.layout, self.layout.close_token(k)
        if close is None:
            return []
        level, para = lay.parent[k], lay.para[close]
        out: list[Token] = []
        for i in range(close + 1, min(len(self.doc), close + 1 + _AFTER_WINDOW)):
            t = self.doc[i]
            if lay.para[i] != para or lay.qid[i] != level or t.is_space:
                break
            if lay.is_terminator(t):
                break
            out.append(t)
        return out

    def before_frame(self, k: int) -> list[Token]:
        """Tokens from the start of the sentence to the opening mark, nearest first.

        A quotation on the way is stepped over unless it ends a sentence.
        """
        lay, open_ = self.layout, self.layout.open_token(k)
        level, para = lay.parent[k], lay.para[open_]
        out: list[Token] = []
        i = open_ - 1
        while i >= 0 and len(out) < _BEFORE_WINDOW:
            t = self.doc[i]
            if lay.para[i] != para or t.is_space:
                prev = self._colon_before(i) if not out and level == -1 else None
                if prev is None:
                    break
                i, para = prev, lay.para[prev]  # "Cruz continued:" ends the paragraph before
                continue
            other = lay.qid[i]
            if other != level:
                if other < 0 or lay.parent[other] != level or lay.ends_sentence(other):
                    break
                i = lay.open_token(other) - 1
                continue
            if lay.is_terminator(t):
                break
            out.append(t)
            i -= 1
        return out

    def _colon_before(self, i: int) -> int | None:
        """Index of a colon that ends the previous paragraph, seen from space token ``i``."""
        while i >= 0 and self.doc[i].is_space:
            i -= 1
        return i if i >= 0 and self.doc[i].text == ":" and self.layout.qid[i] == -1 else None

    def find(self, k: int, headline: tuple[int, int] | None = None) -> Cue | None:
        """The cue of quotation ``k``; ``headline`` gives its headline's char span."""
        if headline is not None:
            cue = self._headline(k, headline)
            if cue is not None:
                return cue
        return self._after(k) or self._before(k)

    def _after(self, k: int) -> Cue | None:
        frame = self.after_frame(k)
        if not frame:
            return None
        q = self.layout.quotes[k]
        inside = self.layout.text[q.start:q.close_at].rstrip().rstrip("'’\"”»").rstrip()
        tail = inside[-1] if inside else ""
        starts_comma = frame[0].text in (",", "—", "–")
        if not (tail in _AFTER_OK_TAIL or starts_comma):
            # '"...goals." Xi said.' -- after a full stop only a bare attribution counts, one that
            # ends its sentence ('Duda remarked, "..."' opens the next quotation instead)
            if tail != "." or len(frame) > _BARE_ATTRIBUTION or not self._ends_frame(frame[-1]):
                return None
        for t in frame:
            if self._is_cue_word(t):
                return self._make(t, "after")
        return None

    def _ends_frame(self, last: Token) -> bool:
        """The after frame ending in ``last`` ends its sentence or paragraph."""
        nxt = last.i + 1
        return nxt >= len(self.doc) or self.doc[nxt].is_space or self.layout.is_terminator(self.doc[nxt])

    def _before(self, k: int) -> Cue | None:
        frame = self.before_frame(k)
        if not frame:
            return None
        for gap, t in enumerate(frame):
            if not self._is_cue_word(t):
                continue
            if gap <= _BEFORE_GAP or self._governs(t, k) or frame[0].text == ":" or self._leads(t, frame[:gap]):
                cue = self._make(t, "before")
                if cue is not None:
                    return cue
        if frame[0].text == ":":
            return self._colon(frame)
        return None

    def _leads(self, verb: Token, between: list[Token]) -> bool:
        """``told a guard at the door, "..."``: the words up to the comma before the quotation are
        the cue verb's own phrase (its objects and adverbials)."""
        if not between or between[0].text not in (",", ":") or len(between) > _LEAD_WINDOW:
            return False
        return all(verb.is_ancestor(t) for t in between if not t.is_punct)

    def _governs(self, verb: Token, k: int) -> bool:
        """True when the quotation hangs (through the parse) under ``verb``."""
        inner = self.layout.inner_tokens(k)
        for i in inner:
            tok = self.doc[i]
            if tok.head.i not in inner and verb.is_ancestor(tok):
                return True
        return False

    def _colon(self, frame: list[Token]) -> Cue | None:
        """``The ministry issued a statement: "..."`` -- the clause's subject speaks."""
        roots = [t for t in frame if t.dep_ == "ROOT" or t.head not in frame]
        for t in roots:
            if t.pos_ in ("VERB", "AUX"):
                noun = next((c for c in t.subtree if c.lemma_.lower() in self.lex.colon_nouns), None)
                if noun is not None:
                    # "The palace issued a statement from the king:" -- the king speaks
                    author = next((g for p in noun.children if p.dep_ in ("prep", "agent") and p.lower_ in ("from", "by")
                                   for g in p.children if g.dep_ == "pobj"), None)
                    if author is not None:
                        return Cue(t, author, addressee_of(t, self.lex), "colon")
                    return self._make(t, "colon")
        return None

    def _headline(self, k: int, span: tuple[int, int]) -> Cue | None:
        """``... "Diplomatic Cover" ..., Says Blinken`` inside an embedded headline."""
        lay = self.layout
        i, j = lay.token_at(span[0]), lay.token_at(max(span[0], span[1] - 1)) + 1
        for t in self.doc[i:j]:
            if lay.qid[t.i] == -1 and self._is_cue_word(t):
                speaker = subject_of(t, self.lex, lambda x: lay.qid[x.i] == -1)
                if speaker is None and t.i + 1 < j:
                    speaker = self.doc[j - 1]
                if speaker is not None and lay.qid[speaker.i] == -1:
                    return Cue(t, speaker, None, "headline")
        return None
