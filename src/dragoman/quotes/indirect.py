"""Reported speech without quotation marks: the content clause of a speech verb.

Patterns, all read from the dependency parse:

- ``X said (that) ...`` / ``X warned, argued, insisted, added ... that ...``:
  the verb's clausal complement (``ccomp``, or a ``conj`` clause opened by
  "that") is the content; "that" itself is left out.
- ``X told reporters ...``: as above; the object is the addressee.
- ``The deal, he said, is dead``: a parenthetical speech verb reports the
  clause it interrupts.
- ``According to X, ...``: the clause the phrase attaches to, minus the phrase.
- ``X vowed to ...`` / ``X wants to ...`` / ``X urged Y to ...``: an intent verb's
  to-infinitive complement (``xcomp``), "to" included.
- ``X pointed out that ...``: phrasal speech verbs take a clause like any other.
- ``X denied the report`` / ``X backs the deal``: with no clause, an ``object`` verb's
  noun-phrase object (a bare pronoun object reports nothing).
- ``X called for a ceasefire`` / ``X warned of a crisis``: a ``prepositional`` verb's
  object after its preposition, the preposition left out.
- ``X urged Congress to act`` / ``X called on Iran to ...``: a ``request`` verb's addressee
  and to-infinitive together.
- ``A poll shows (that) ...``: an ``evidence`` verb reports only when its subject is a
  document.

A passive cue ("it is expected that", "was told that") names its speaker only
through "by X"; without one it reports nothing.
"""

from __future__ import annotations

from collections.abc import Callable
import dataclasses
from dataclasses import dataclass

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from dragoman.columns import columns
from dragoman.quotes.cues import (addressee_of, agent_of, can_voice, is_according, is_passive, is_phrasal, is_speech_verb,
                                  subject_of)
from dragoman.quotes.layout import Layout
from dragoman.quotes.lexicon import CueLexicon
from dragoman.tokenfind import positions

_MARKS = frozenset({"that"})
_ADDRESSED = frozenset({"you"})
_SPEAKER_POS = frozenset({"NOUN", "PROPN", "PRON"})
_SUBJ = frozenset({"nsubj", "nsubjpass"})
_RELATIVE = frozenset({"what", "which", "that", "whom", "who"})
_MIN_FREE_WORDS = 1  # words outside quotation marks for a clause to count as reported
_MAX_LABEL = 4  # words of a "Name: claim" label
_MIN_LABEL_CONTENT, _MAX_LABEL_CONTENT = 3, 30  # words of the claim after the label


@dataclass(frozen=True, slots=True)
class Reported:
    """A reported-speech content span (token bounds [first, last]) and its cue."""

    first: int
    last: int
    verb: Token
    speaker: Token
    addressee: Token | None
    quoted_words: int  # words of the content inside quotation marks
    phrase: bool = False  # the content is a noun phrase or a request ("denied the report"), not a clause


def _trim(doc: Doc, first: int, last: int) -> tuple[int, int]:
    """Drop a leading "that" and punctuation or space at both ends."""
    while first <= last and (doc[first].is_punct or doc[first].is_space or doc[first].lower_ in _MARKS):
        first += 1
    while last >= first and (doc[last].is_space or doc[last].is_punct and doc[last].text not in "%)]"):
        last -= 1
    return first, last


def _with_marks(doc: Doc, layout: Layout, first: int, last: int) -> tuple[int, int]:
    """Take in the marks of a quotation the content starts or ends inside."""
    k = layout.qid[last]
    close = layout.close_token(k) if k >= 0 else None
    if close is not None and close > last and all(t.is_punct for t in doc[last + 1:close + 1]):
        last = close
    k = layout.qid[first]
    if k >= 0 and layout.parent[k] == -1:
        opening = layout.open_token(k)
        if opening < first and all(t.is_punct for t in doc[opening:first]):
            first = opening
    return first, last


def _content_clauses(verb: Token) -> list[Token]:
    out = [c for c in verb.children if c.dep_ == "ccomp"]
    out += [
        c for c in verb.children
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
        and any(g.dep_ == "mark" and g.lower_ in _MARKS for g in c.children)
    ]
    return out


def find_reported(doc: Doc, layout: Layout, lex: CueLexicon, skip: frozenset[int] = frozenset()) -> list[Reported]:
    """Every reported-speech span outside quotations; ``skip`` holds token ids to ignore."""
    out: list[Reported] = []
    nominal: list[Reported] = []
    reporting = lex.reporting
    cues = set(positions(doc, lex.reporting_cues)) | set(positions(doc, lex.reporting_cues, LEMMA, fold=True))
    for i in sorted(cues):
        tok = doc[i]
        if layout.qid[i] != -1 or i in skip:
            continue
        if is_according(tok, lex):
            rep = _according(doc, layout, lex, tok)
        elif is_speech_verb(tok, reporting) or is_phrasal(tok, lex):
            rep = _from_verb(doc, layout, lex, tok)
            if rep is None and is_speech_verb(tok, lex.intent):
                rep = _intent(doc, layout, lex, tok)
        elif is_speech_verb(tok, lex.intent):
            rep = _intent(doc, layout, lex, tok)
        else:
            rep = None
        if rep is None and tok.lemma_.lower() in lex.characterise:
            rep = _own_content(_verdict(doc, layout, lex, tok))
        if rep is None and _is_verb(tok) and not is_according(tok, lex):
            rep = _own_content(_nominal(doc, layout, lex, tok))
            if rep is not None:
                nominal.append(rep)
                continue
        if rep is not None:
            out.append(rep)
    # "He noted that the House did not ratify it, and mentioned ...": a noun-phrase report whose verb and
    # speaker both lie inside another report's clause is a piece of that clause the parse split off
    out += [r for r in nominal if not any(o.first <= r.verb.i <= o.last and o.first <= r.speaker.i <= o.last
                                          for o in out)]
    out.sort(key=lambda r: r.verb.i)
    out += [r for r in _labelled(doc, layout, lex) if r.verb.i not in skip]
    return out


def _labelled(doc: Doc, layout: Layout, lex: CueLexicon) -> list[Reported]:
    """``Pence: Flowers Won't Be at Debate`` / ``Poll: Clinton Leads``: a line that opens with a name (or a
    document) and a colon is that source's claim, the rest of the line its content."""
    out: list[Reported] = []
    n = len(doc)
    for i in columns(doc).paragraph_starts:  # the first word of each paragraph
        k = i
        while k < n and k - i < _MAX_LABEL and _label_word(doc[k], lex):
            k += 1
        if not (i < k < n and doc[k].text == ":" and layout.qid[k] == -1 and layout.para[k] == layout.para[i]):
            continue
        last = k + 1
        while last + 1 < n and layout.para[last + 1] == layout.para[i]:
            last += 1
        words = sum(1 for w in columns(doc).text[k + 1:last + 1] if w.isalpha())  # Token.is_alpha
        if words < _MIN_LABEL_CONTENT or words > _MAX_LABEL_CONTENT:
            continue
        head = max(doc[i:k], key=lambda t: (t.ent_type_ != "", t.i))
        rep = _build(doc, layout, doc[k], head, k + 1, last, lex)
        if rep is not None:
            out.append(rep)
    return out


def _label_word(t: Token, lex: CueLexicon) -> bool:
    """A word of a source label: part of a name, or a document ("Poll")."""
    if not t.text[:1].isupper():
        return False
    return t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or t.lemma_.lower() in lex.documents


def _outside(layout: Layout, verb: Token) -> Callable[[Token], bool]:
    """A speaker candidate outside quotation marks and in the cue's paragraph (a parse that runs over a
    list or a heading into the next paragraph finds no subject there)."""
    para = layout.para[verb.i]
    return lambda t: layout.qid[t.i] == -1 and layout.para[t.i] == para


def _build(doc: Doc, layout: Layout, verb: Token, speaker: Token | None, first: int, last: int,
           lex: CueLexicon) -> Reported | None:
    if speaker is None or (speaker.lower_ in _ADDRESSED and layout.qid[speaker.i] == -1):
        return None  # "Do you think ...?": the reader or the interviewee is asked, nobody reports
    quantity = speaker.pos_ in ("ADJ", "DET", "NUM") and speaker.lower_ in lex.people  # "several said ..."
    if speaker.pos_ not in _SPEAKER_POS and not quantity or speaker.lower_ in _RELATIVE or not can_voice(speaker, lex):
        return None  # a particle, a verb the parse made the subject ("n't", "Keeps"), a thing ("the spot")
    first, last = _trim(doc, first, last)
    if last < first or layout.para[first] != layout.para[last] or not _cue_paragraph(doc, layout, verb, first):
        return None
    first, last = _with_marks(doc, layout, first, last)
    text = columns(doc).text
    words = [i for i in range(first, last + 1) if text[i].isalpha()]  # Token.is_alpha, without the Tokens
    free = sum(1 for i in words if layout.qid[i] == -1)
    if free < _MIN_FREE_WORDS:
        return None  # a direct quotation with its cue, not reported speech
    return Reported(first, last, verb, speaker, addressee_of(verb, lex), len(words) - free)


def _cue_paragraph(doc: Doc, layout: Layout, verb: Token, first: int) -> bool:
    """The content starting at ``first`` is in its cue's paragraph, or is the block after a cue ending in a
    colon ("The governor added:"); a parse that joins another paragraph's clause to a cue is no content."""
    if layout.para[first] == layout.para[verb.i]:
        return True
    k = first - 1
    while k > verb.i and doc[k].is_space:
        k -= 1
    return doc[k].text == ":" and layout.para[k] == layout.para[verb.i]


def _speaker(verb: Token, lex: CueLexicon, layout: Layout) -> Token | None:
    """Who reports: the subject, or for a passive cue only its "by X" agent."""
    if is_passive(verb):
        return agent_of(verb, _outside(layout, verb))
    return subject_of(verb, lex, _outside(layout, verb))


def _from_verb(doc: Doc, layout: Layout, lex: CueLexicon, verb: Token) -> Reported | None:
    # '"...," said Okafor; she described ...': a quotation with its own attribution before the cue is another
    # report the parse joined on, not this cue's content
    clauses = [c for c in _content_clauses(verb) if not _attributed_quotation(c, verb, layout, lex)]
    if clauses:
        first = min(c.left_edge.i for c in clauses)
        last = max(_before_next_report(c, lex) for c in clauses)
        return _build(doc, layout, verb, _speaker(verb, lex, layout), first, last, lex)
    if verb.dep_ == "parataxis" and verb.head.i != verb.i:
        # "The deal, he said, is dead" / "The deal is dead, he said": the clause it interrupts
        head = verb.head
        lo, hi = verb.left_edge.i, verb.right_edge.i
        first, last = head.left_edge.i, head.right_edge.i
        if lo <= first:
            first = hi + 1
        elif hi >= last:
            last = lo - 1
        return _build(doc, layout, verb, subject_of(verb, lex, _outside(layout, verb)), first, last, lex)
    return None


def _before_next_report(clause: Token, lex: CueLexicon) -> int:
    """Last token of a content clause, before a conjoined clause that reports someone else's words ("X said
    [people changed their minds] and several said ...")."""
    last = clause.right_edge.i
    for conj in clause.children:
        if conj.dep_ == "conj" and conj.i > clause.i and is_speech_verb(conj, lex.reporting) and any(
                g.dep_ in _SUBJ and g.i < conj.i for g in conj.children):
            cut = conj.left_edge.i - 1
            while cut > clause.i and (clause.doc[cut].dep_ == "cc" or clause.doc[cut].is_punct):
                cut -= 1
            last = min(last, cut)
    return last


def _attributed_quotation(clause: Token, verb: Token, layout: Layout, lex: CueLexicon) -> bool:
    """``clause`` (before ``verb``) is a speech verb with its own subject whose words open with a quotation."""
    first = clause.left_edge
    opens = layout.qid[first.i] != -1 or (first.is_punct and first.i + 1 < len(first.doc)
                                           and layout.qid[first.i + 1] != -1)
    return (clause.right_edge.i < verb.i and opens and is_speech_verb(clause, lex.speech)
            and any(g.dep_ in _SUBJ for g in clause.children))


def _intent(doc: Doc, layout: Layout, lex: CueLexicon, verb: Token) -> Reported | None:
    """``X vowed to fight on``: the to-infinitive complement, "to" included."""
    comp = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")
                 and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
    if comp is None:
        return None
    return _build(doc, layout, verb, _speaker(verb, lex, layout), comp.left_edge.i, comp.right_edge.i, lex)


def _verdict(doc: Doc, layout: Layout, lex: CueLexicon, verb: Token) -> Reported | None:
    """``called the charges baseless``, ``described the plan as a disaster``, ``accused X of lying``: the
    object and its verdict."""
    if not (verb.pos_ == "VERB" or verb.tag_.startswith("VB")):
        return None
    lemma = verb.lemma_.lower()
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and obj.lower_ in _RELATIVE:
        return None  # "denounced what it calls a witch hunt": a phrase inside another report
    words = lex.characterise.get(lemma, frozenset())
    if obj is not None:
        for c in verb.children:
            if c.i <= obj.i:
                continue
            bare = "" in words and c.dep_ in ("oprd", "ccomp", "xcomp") and not any(
                g.dep_ == "aux" and g.lower_ == "to" for g in c.children)  # not "called on X to act"
            if bare or (c.dep_ == "prep" and c.lower_ in words and any(g.dep_ in ("pobj", "pcomp") for g in c.children)):
                return _build(doc, layout, verb, _speaker(verb, lex, layout), obj.left_edge.i, c.right_edge.i, lex)
    return None


def _own_content(rep: Reported | None) -> Reported | None:
    """``calling Shelby's actions ...``: a speaker inside the object is a name the parse took from it."""
    if rep is not None and rep.first <= rep.speaker.i <= rep.last:
        return None
    return rep


def _is_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")


def _nominal(doc: Doc, layout: Layout, lex: CueLexicon, verb: Token) -> Reported | None:
    """Content that is no clause: a request, an evidence verb's finding, a noun-phrase object or a
    prepositional object."""
    if _speaker(verb, lex, layout) is None:
        return None
    if verb.dep_ == "acl" and verb.head.lemma_.lower() not in lex.documents:
        return None  # "Russia's invasion ..., condemning ...": a participle the parse hung on a noun
    if verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None  # "refused to endorse X", "was made to defend X": the deed of another verb, no report
    lemma = verb.lemma_.lower()
    if lemma in lex.request:
        rep = _request(doc, layout, lex, verb, lex.request[lemma])
        if rep is not None:
            return rep
    if lemma in lex.evidence:
        rep = _evidence(doc, layout, lex, verb)
        if rep is not None or lemma not in lex.objects:
            return rep  # "the poll revealed ...", but "X revealed the plan" is an object report too
    if lemma in lex.objects:
        rep = _object(doc, layout, lex, verb)
        if rep is not None:
            return rep
    if lemma in lex.prepositional:
        return _prepositional(doc, layout, lex, verb, lex.prepositional[lemma])
    return None


def _content_object(verb: Token) -> Token | None:
    """The verb's direct object after it, unless a bare pronoun or a relative word."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.lower_ in _RELATIVE:
        return None
    if obj.pos_ == "PRON" and obj.left_edge.i == obj.right_edge.i == obj.i:
        return None  # "denied it", "backed him": nothing to keep
    return obj


def _object(doc: Doc, layout: Layout, lex: CueLexicon, verb: Token) -> Reported | None:
    """``X denied the report``: the object noun phrase, with a verdict after it ("as", "oprd")."""
    if is_passive(verb):
        return None
    obj = _content_object(verb)
    if obj is None:
        return None
    last = obj.right_edge.i
    for c in verb.children:
        if c.i > last and c.dep_ in ("oprd", "acomp") and c.left_edge.i == last + 1:
            last = c.right_edge.i
    return _phrase(_build(doc, layout, verb, _speaker(verb, lex, layout), obj.left_edge.i, last, lex))


def _phrase(rep: Reported | None) -> Reported | None:
    """The report marked as phrase content (the Wikinews guide's indirect quotes are clauses only)."""
    return None if rep is None else dataclasses.replace(rep, phrase=True)


def _prepositional(doc: Doc, layout: Layout, lex: CueLexicon, verb: Token, words: frozenset[str]) -> Reported | None:
    """``X called for a ceasefire``: the object of the preposition, without it."""
    if is_passive(verb):
        return None
    for prep in verb.children:
        if prep.i > verb.i and prep.dep_ in ("prep", "prt") and prep.lower_ in words:
            obj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is None and prep.dep_ == "prt":
                obj = _content_object(verb)  # "lashed out" parsed with a particle
            if obj is None or obj.pos_ == "PRON" and obj.left_edge.i == obj.right_edge.i:
                continue
            return _phrase(_build(doc, layout, verb, _speaker(verb, lex, layout), obj.left_edge.i, obj.right_edge.i, lex))
    return None


def _request(doc: Doc, layout: Layout, lex: CueLexicon, verb: Token, words: frozenset[str]) -> Reported | None:
    """``X urged Congress to act`` / ``X called on Iran to free ...``: addressee and infinitive."""
    if is_passive(verb):
        return None
    addressee = None
    if "" in words:
        addressee = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i), None)
    if addressee is None:
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in words and c.i > verb.i), None)
        addressee = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if addressee is None:
        return None
    def infinitive(t: Token) -> bool:
        return t.dep_ in ("xcomp", "ccomp", "acl", "relcl") and t.i > addressee.i and any(
            g.dep_ == "aux" and g.lower_ == "to" for g in t.children)
    comp = next((c for c in list(verb.children) + list(addressee.children) if infinitive(c)), None)
    if comp is None:
        return None
    return _phrase(_build(doc, layout, verb, _speaker(verb, lex, layout), addressee.left_edge.i, comp.right_edge.i, lex))


def _evidence(doc: Doc, layout: Layout, lex: CueLexicon, verb: Token) -> Reported | None:
    """``A poll shows (that) ...``: a finding, only when a document is the subject."""
    if is_passive(verb):
        return None
    subject = _speaker(verb, lex, layout)
    if subject is None or subject.lemma_.lower() not in lex.documents:
        return None
    clauses = _content_clauses(verb)
    if clauses:
        first = min(c.left_edge.i for c in clauses)
        return _build(doc, layout, verb, subject, first, max(c.right_edge.i for c in clauses), lex)
    return _object(doc, layout, lex, verb)


def _according(doc: Doc, layout: Layout, lex: CueLexicon, tok: Token) -> Reported | None:
    """``According to X, CLAUSE`` / ``CLAUSE, according to X``: the clause it hangs on."""
    speaker = subject_of(tok, lex, _outside(layout, tok))
    lo = tok.i
    hi = max(tok.right_edge.i, doc[tok.i + 1].right_edge.i)
    # the phrase scopes over the whole clause it stands in, not the nearest verb
    root = tok
    while root.head.i != root.i and layout.qid[root.head.i] == -1:
        root = root.head
    first, last = root.left_edge.i, root.right_edge.i
    if root.i == tok.i:
        first, last = tok.sent.start, tok.sent.end - 1
    if lo <= first + 1:
        first = hi + 1
    elif hi >= last - 1:
        last = lo - 1
    return _build(doc, layout, tok, speaker, first, last, lex)
