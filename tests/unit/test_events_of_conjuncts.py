"""A group noun whose "of", "in" or "from" names several parties stands for a group of each ("the
envoys of Vesnia, Kordia and Tharn praised Borin", "lawmakers in Vesnia and Kordia ...": a source
each), on a hand-built parse (no model)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from dragoman.actors.table import ActorTable
from dragoman.events import extract_events
from dragoman.records import Actor
from tests.parses import context

VOCAB = Vocab()
ROWS = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("envoys", 8, "nsubj", "NOUN", "NNS", "envoy"),
    ("of", 1, "prep", "ADP", "IN", "of"),
    ("Vesnia", 2, "pobj", "PROPN", "NNP", "Vesnia"),
    (",", 3, "punct", "PUNCT", ",", ","),
    ("Kordia", 3, "conj", "PROPN", "NNP", "Kordia"),
    ("and", 5, "cc", "CCONJ", "CC", "and"),
    ("Tharn", 5, "conj", "PROPN", "NNP", "Tharn"),
    ("praised", 8, "ROOT", "VERB", "VBD", "praise"),
    ("Borin", 8, "dobj", "PROPN", "NNP", "Borin"),
    (".", 8, "punct", "PUNCT", ".", "."),
]


def _doc(prep: str = "of") -> Doc:
    rows = [(prep, 1, "prep", "ADP", "IN", prep) if r[0] == "of" else r for r in ROWS]
    words = [r[0] for r in rows]
    return Doc(VOCAB, words=words, spaces=[w not in (",", ".") for w in words[1:]] + [False],
               heads=[r[1] for r in rows], deps=[r[2] for r in rows], pos=[r[3] for r in rows],
               tags=[r[4] for r in rows], lemmas=[r[5] for r in rows])


def _span(doc: Doc, first: int, last: int) -> tuple[int, int]:
    return doc[first].idx, doc[last].idx + len(doc[last])


def _groups(doc: Doc, prep: str = "of") -> list[Actor]:
    return [
        Actor(id="G1", name=f"envoys {prep} Vesnia", kind="organization", country="VES", sector="GOV",
              mentions=[_span(doc, 1, 3)]),
        Actor(id="G2", name=f"envoys {prep} Kordia", kind="organization", country="KOR", sector="GOV",
              mentions=[_span(doc, 5, 5)]),
        Actor(id="G3", name=f"envoys {prep} Tharn", kind="organization", country="THA", sector="GOV",
              mentions=[_span(doc, 7, 7)]),
    ]


@pytest.mark.parametrize("prep", ["of", "in", "from"])
def test_each_party_of_the_group_noun_acts(prep):
    doc = _doc(prep)
    actors = ActorTable([*_groups(doc, prep), Actor(id="B", name="Borin", kind="person", mentions=[_span(doc, 9, 9)])])
    events = extract_events(doc, context(doc), actors)
    assert sorted((e.type, e.source, e.target) for e in events) == [
        ("SUPPORT", "G1", "B"), ("SUPPORT", "G2", "B"), ("SUPPORT", "G3", "B")]


def test_a_party_named_alone_is_not_the_group():
    doc = _doc()
    groups = _groups(doc)
    states = [Actor(id="K", name="Kordia", kind="state", country="KOR", mentions=[_span(doc, 5, 5)])]
    actors = ActorTable([groups[0], *states, Actor(id="B", name="Borin", kind="person", mentions=[_span(doc, 9, 9)])])
    events = extract_events(doc, context(doc), actors)
    assert [(e.source, e.target) for e in events] == [("G1", "B")]


def test_a_place_preposition_after_no_group_noun_adds_nobody():
    doc = _doc("near")
    actors = ActorTable([*_groups(doc, "near"), Actor(id="B", name="Borin", kind="person", mentions=[_span(doc, 9, 9)])])
    events = extract_events(doc, context(doc), actors)
    assert [(e.source, e.target) for e in events] == [("G1", "B")]
