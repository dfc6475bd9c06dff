"""A name known only by its country (a dictionary codes the person as a bare state) acts as the
office its title phrase states: "Vesnian Prime Minister Arlen praised Borin" is Vesnia's
government praising, not the state (hand-built parse, no model)."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from dragoman.actors.table import ActorTable
from dragoman.events import extract_events
from dragoman.records import Actor
from tests.parses import context

VOCAB = Vocab()
ROWS = [
    ("Vesnian", 3, "compound", "PROPN", "NNP", "Vesnian"),
    ("Prime", 2, "compound", "PROPN", "NNP", "Prime"),
    ("Minister", 3, "compound", "PROPN", "NNP", "Minister"),
    ("Arlen", 4, "nsubj", "PROPN", "NNP", "Arlen"),
    ("praised", 4, "ROOT", "VERB", "VBD", "praise"),
    ("Borin", 4, "dobj", "PROPN", "NNP", "Borin"),
    (".", 4, "punct", "PUNCT", ".", "."),
]


def _doc() -> Doc:
    words = [r[0] for r in ROWS]
    return Doc(VOCAB, words=words, spaces=[True] * (len(words) - 2) + [False, False], heads=[r[1] for r in ROWS],
               deps=[r[2] for r in ROWS], pos=[r[3] for r in ROWS], tags=[r[4] for r in ROWS],
               lemmas=[r[5] for r in ROWS])


def _span(doc: Doc, first: int, last: int) -> tuple[int, int]:
    return doc[first].idx, doc[last].idx + len(doc[last])


def _events(kind: str):
    doc = _doc()
    actors = ActorTable([
        Actor(id="T", name="Vesnian Prime Minister", kind="person", country="VES", sector="GOV",
              mentions=[_span(doc, 0, 2)]),
        Actor(id="N", name="Arlen", kind=kind, country="VES", sector="GOV", mentions=[_span(doc, 3, 3)]),
        Actor(id="B", name="Borin", kind="person", mentions=[_span(doc, 5, 5)]),
    ])
    return [(e.source, e.target) for e in extract_events(doc, context(doc), actors)]


def test_a_name_coded_as_a_state_acts_as_its_title():
    assert _events("state") == [("T", "B")]


def test_a_named_person_acts_as_themself():
    assert _events("person") == [("N", "B")]
