"""Judgements stated inside quotes: a speaker who says of another actor that it is, or did,
something evaluative ("He was a dictator", "It is a stab in the back for us", "these arrogant
ministers", "Trump's order was swift and decisive") codes ACCUSE (a pejorative word) or SUPPORT (a
praising one) from the speaker to that actor, linked to the quote.

The evaluative words are those of naming as judging (``data/events/evaluative.txt``). A word judges
the subject of the copula whose complement it is in ("X is a liar", "X was ruthless"), or the actor
of the noun it qualifies ("these arrogant ministers", "Trump's reckless order"). A negated copula
turns the judgement round ("she is not a liar": SUPPORT). A judged act whose owner is its victim
("Nabil's murder is unacceptable") judges no one here (the stage's ``VICTIM_TYPES``).

Solidarity stated in a quote ("We are with Mayor X", "Our thoughts and prayers are with his family",
"I am unconditionally with him") codes SUPPORT from the speaker to the one the speaker is with.

A judgement of "it" or "this" that names no actor ("It is a propaganda stunt", "This is a stab in
the back") judges the act the article has just reported: its author is the one judged, when an event
of another actor than the speaker was coded in the sentences just before the judging word.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Token

from dragoman.actors.table import ActorTable
from dragoman.events.lexicon import Entry
from dragoman.events.naming import TYPES, evaluative
from dragoman.records import Event, Quote

COPULAS = frozenset({"be", "become", "remain", "seem", "appear", "look", "sound", "prove"})
# how a complement word hangs, up to its copula ("a [big] mistake", "null and void")
UP_DEPS = frozenset({"amod", "compound", "conj", "attr", "acomp", "advmod", "npadvmod", "appos"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
# subjects of "be with X" that state the speaker's solidarity: the speaker ("I", "we") or the
# speaker's feelings ("our thoughts", "my sympathies")
SOLIDARITY_SUBJECTS = frozenset({"i", "we", "thought", "thoughts", "prayer", "prayers", "sympathy", "sympathies",
                                 "heart", "hearts", "condolence", "condolences"})
SOLIDARITY = Entry(kind="J", head="be with", type="SUPPORT", mode="sympathize", cameo="018",
                   origin="construction: solidarity", object_names=("@solidarity",))
# pronouns that stand for an act just reported ("It is a propaganda stunt", "This is a betrayal")
ACT_PRONOUNS = frozenset({"it", "this", "that"})
# how far back the act judged by "it" / "this" may be reported, in sentences
ACT_REACH = 3
# stances on another's act; after one by the judge, a judged "it" continues it
STANCES = frozenset({"ACCUSE", "REJECT", "SUPPORT"})


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower() or tok.text.lower()


def _polarity(tok: Token, words: dict[str, str]) -> str | None:
    for key in (_lemma(tok), tok.text.lower()):
        if key in words:
            return words[key]
    return None


def _copula(tok: Token) -> Token | None:
    """The copula a complement word belongs to: "[He] was [a dictator]", "is [null and void]"."""
    cur = tok
    for _ in range(4):
        if cur.dep_ not in UP_DEPS or cur.head.i == cur.i:
            return None
        if cur.dep_ in ("attr", "acomp") and _lemma(cur.head) in COPULAS:
            return cur.head
        cur = cur.head
    return None


def _negated(verb: Token, word: Token) -> bool:
    """A negation of the copula or the complement ("is not a liar", "no friend"), not "not only"."""
    for t in (verb, word):
        for c in t.children:
            after = c.doc[c.i + 1].text.lower() if c.i + 1 < len(c.doc) else ""
            if (c.dep_ == "neg" or (c.dep_ == "det" and c.text.lower() in NEGATIONS)) and after not in ("only", "just"):
                return True
    return False


def judged(tok: Token, words: dict[str, str]) -> tuple[str, Token, bool] | None:
    """For an evaluative word, its polarity, the token it judges (a copula's subject or the noun
    it qualifies) and whether that token must name the actor itself (a qualified noun), or None.
    A word inside a name ("Foreign Terrorist Organization") judges nothing."""
    if tok.pos_ not in ("ADJ", "NOUN", "VERB") or tok.ent_type_:
        return None
    polarity = _polarity(tok, words)
    if polarity is None:
        return None
    verb = _copula(tok)
    if verb is not None:
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj or any(c.dep_ in ("expl", "csubj") for c in verb.children):
            return None
        if _negated(verb, tok if tok.dep_ == "attr" else verb):
            polarity = "+" if polarity == "-" else "-"
        return polarity, subj[0], False
    if tok.dep_ in ("amod", "compound") and tok.i < tok.head.i and tok.head.pos_ in ("NOUN", "PROPN"):
        return polarity, tok.head, True
    return None


def solidarity(tok: Token) -> list[Token]:
    """The ones a "be with" of the speaker's solidarity is with ("we are with you", "our prayers
    are with the family"); [] for any other token, or a negated one ("we are not with them")."""
    if _lemma(tok) != "be" or any(c.dep_ == "neg" for c in tok.children):
        return []
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subj or subj[0].text.lower() not in SOLIDARITY_SUBJECTS and _lemma(subj[0]) not in SOLIDARITY_SUBJECTS:
        return []
    return [g for c in tok.children if c.dep_ == "prep" and c.text.lower() == "with"
            for g in c.children if g.dep_ == "pobj"]


def quote_judgements(doc: Doc, quotes: Sequence[Quote]) -> Iterator[tuple[Quote, Token, Token, bool, Entry]]:
    """(quote, evaluative word, judged token, whether it must name the actor itself, entry) for the
    judgements inside quotes with a speaker."""
    _, words = evaluative()
    for q in quotes:
        if not q.speaker:
            continue
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None:
            continue
        for tok in span:
            for target in solidarity(tok):
                yield q, tok, target, False, SOLIDARITY
            found = judged(tok, words)
            if found is None:
                continue
            polarity, target, direct = found
            ptype, cameo, mode = TYPES[polarity]
            entry = Entry(kind="J", head=_lemma(tok), type=ptype, mode=mode, cameo=cameo,
                          origin="evaluative.txt", object_names=("@evaluative" + polarity,))
            yield q, tok, target, direct, entry


def act_pronoun(tok: Token) -> bool:
    """An "it" / "this" that a judging verb takes as object ("called it a stunt", "rejected this")."""
    return tok.text.lower() in ACT_PRONOUNS and tok.pos_ in ("PRON", "DET") and tok.dep_ in ("dobj", "nsubjpass")


def judged_act(tok: Token) -> bool:
    """A judged "it" / "this" that may stand for an act: a pronoun subject of its copula, not
    extraposed ("it is wrong to ...", "it is clear that ...")."""
    if tok.text.lower() not in ACT_PRONOUNS or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return not any(c.dep_ in ("xcomp", "ccomp", "csubj") for c in tok.head.children)


def act_judged(tok: Token, earlier: Sequence[Event], actors: ActorTable, speaker: str) -> list[tuple]:
    """The author of the latest asserted act of another actor than the speaker reported in the
    sentences just before ``tok`` (``ACT_REACH``), as an inferred argument; [] if there is none. When
    the latest is the speaker's own stance on someone ("questioned the president's power. Schiff
    called it ..."), that one."""
    sents = list(tok.doc.sents)
    here = next((n for n, s in enumerate(sents) if s.start <= tok.i < s.end), 0)
    since = sents[max(0, here - ACT_REACH)].start_char
    before = [ev for ev in earlier if since <= ev.evidence.start and ev.evidence.end <= tok.idx
              and not ev.negated and ev.modality is None]
    own = {(ev.type, ev.target) for ev in before if ev.source == speaker}
    if before and before[-1].type in STANCES and (
            before[-1].source == speaker or (before[-1].type, before[-1].target) in own):
        # the judge (or the judge with others) has just judged someone: "it" is that one's act again
        actor = actors.get(before[-1].target)
        return [(actor, True, tok)] if actor is not None and actor.id != speaker else []
    before = [ev for ev in before if ev.source != speaker and ev.target != speaker]
    actor = actors.get(before[-1].source) if before else None
    return [(actor, True, tok)] if actor is not None else []
