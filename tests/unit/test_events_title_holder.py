"""A title phrase the parse headed on the title names the person at its end (hand-built parse, no
model): "Vesnian Ambassador to Kordia Arlen Dace praised Borin"."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from dragoman.actors.table import ActorTable
from dragoman.events import extract_events
from dragoman.records import Actor
from tests.parses import context

VOCAB = Vocab()
ROWS = [
    ("Vesnian", 1, "compound", "PROPN", "NNP", "Vesnian"),
    ("Ambassador", 7, "nsubj", "PROPN", "NNP", "Ambassador"),
    ("to", 1, "prep", "ADP", "IN", "to"),
    ("Kordia", 5, "compound", "PROPN", "NNP", "Kordia"),
    ("Arlen", 5, "compound", "PROPN", "NNP", "Arlen"),
    ("Dace", 2, "pobj", "PROPN", "NNP", "Dace"),
    ("sharply", 7, "advmod", "ADV", "RB", "sharply"),
    ("praised", 7, "ROOT", "VERB", "VBD", "praise"),
    ("Borin", 7, "dobj", "PROPN", "NNP", "Borin"),
    (".", 7, "punct", "PUNCT", ".", "."),
]


def _doc() -> Doc:
    words = [r[0] for r in ROWS]
    return Doc(VOCAB, words=words, spaces=[True] * (len(words) - 1) + [False], heads=[r[1] for r in ROWS],
               deps=[r[2] for r in ROWS], pos=[r[3] for r in ROWS], tags=[r[4] for r in ROWS],
               lemmas=[r[5] for r in ROWS])


def _span(doc: Doc, first: int, last: int) -> tuple[int, int]:
    return doc[first].idx, doc[last].idx + len(doc[last])


def test_the_person_at_the_end_of_a_title_phrase_acts():
    doc = _doc()
    actors = ActorTable([
        Actor(id="A1", name="Vesnian Ambassador", kind="person", mentions=[_span(doc, 0, 1)]),
        Actor(id="A2", name="Arlen Dace", kind="person", mentions=[_span(doc, 4, 5)]),
        Actor(id="A3", name="Borin", kind="person", mentions=[_span(doc, 8, 8)]),
    ])
    events = extract_events(doc, context(doc), actors)
    assert [(e.type, e.source, e.target) for e in events] == [("SUPPORT", "A2", "A3")]


def test_without_a_named_holder_the_title_acts():
    doc = _doc()
    actors = ActorTable([
        Actor(id="A1", name="Vesnian Ambassador", kind="person", mentions=[_span(doc, 0, 1)]),
        Actor(id="A3", name="Borin", kind="person", mentions=[_span(doc, 8, 8)]),
    ])
    events = extract_events(doc, context(doc), actors)
    assert [(e.type, e.source, e.target) for e in events] == [("SUPPORT", "A1", "A3")]
