"""Verb entries whose reading does not hold (dragoman.events.guards), on hand-built parses."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from dragoman.events.guards import blocked
from dragoman.events.lexicon import Entry


def _doc(words, heads, deps, lemmas):
    return Doc(Vocab(), words=words, heads=heads, deps=deps, lemmas=lemmas)


FLY = Entry(kind="V", head="fly", particles=("to",), type="CONSULT", mode="visit", targets=("to",))
SEEK = Entry(kind="V", head="seek", type="REQUEST", targets=("from",))
CUES = {"seek": "intended"}


def test_a_motion_verb_carrying_something_is_no_visit():
    doc = _doc(["Mahan", "flies", "arms", "to", "Syria"], [1, 1, 1, 1, 3],
               ["nsubj", "ROOT", "dobj", "prep", "pobj"], ["Mahan", "fly", "arm", "to", "Syria"])
    assert blocked(FLY, doc[1], CUES)


def test_a_motion_verb_alone_is_a_visit():
    doc = _doc(["Baker", "flew", "to", "Oslo"], [1, 1, 1, 2], ["nsubj", "ROOT", "prep", "pobj"],
               ["Baker", "fly", "to", "Oslo"])
    assert not blocked(FLY, doc[1], CUES)


def test_seeking_to_act_oneself_is_an_aim_not_a_request():
    doc = _doc(["rebels", "seek", "to", "retake", "Kabul"], [1, 1, 3, 1, 3],
               ["nsubj", "ROOT", "aux", "xcomp", "dobj"], ["rebel", "seek", "to", "retake", "Kabul"])
    assert blocked(SEEK, doc[1], CUES)


def test_seeking_help_is_a_request():
    doc = _doc(["rebels", "seek", "help", "from", "Iran"], [1, 1, 1, 1, 3],
               ["nsubj", "ROOT", "dobj", "prep", "pobj"], ["rebel", "seek", "help", "from", "Iran"])
    assert not blocked(SEEK, doc[1], CUES)
