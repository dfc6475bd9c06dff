"""A state named in a sentence is an actor when it acts or is acted upon; named only as a topic, an owner
of things or a place that undergoes something, it stands by and is listed only if a quote or an event
takes it up. Invented sentences, parsed by hand (see test_actors_cues.doc)."""

from __future__ import annotations

import datetime as dt

import pytest
from test_actors_cues import doc

from dragoman.actors import extract_actors
from dragoman.context import Context
from dragoman.records import Article, Event, Span


def table(d):
    article = Article(id="t", source="t", text=d.text, published="2023-03-21")
    return extract_actors(d, Context(article=article, published=dt.date(2023, 3, 21)))


def listed_states(d) -> list[str]:
    return sorted(a.name for a in table(d).reported((), ()) if a.kind == "state")


@pytest.mark.parametrize("spec, deps, lemmas", [
    # Peru was hit by the storm.
    ("Peru/PROPN/B-GPE was/AUX hit/VERB* by/ADP the/DET storm/NOUN ./PUNCT",
     {0: ("nsubjpass", 2), 3: ("agent", 2), 5: ("pobj", 3)}, {2: "hit"}),
    # Peru has the most cases.
    ("Peru/PROPN/B-GPE has/VERB* the/DET most/ADJ cases/NOUN ./PUNCT", {0: ("nsubj", 1), 4: ("dobj", 1)}, {1: "have"}),
    # Peru's forests grew.
    ("Peru/PROPN/B-GPE 's/PART forests/NOUN grew/VERB* ./PUNCT", {0: ("poss", 2), 2: ("nsubj", 3)}, {2: "forest"}),
    # The storm passed by Peru.
    ("The/DET storm/NOUN passed/VERB* by/ADP Peru/PROPN/B-GPE ./PUNCT", {1: ("nsubj", 2), 3: ("prep", 2), 4: ("pobj", 3)},
     {2: "pass"}),
    # The storm left Peru.
    ("The/DET storm/NOUN left/VERB* Peru/PROPN/B-GPE ./PUNCT", {1: ("nsubj", 2), 3: ("dobj", 2)}, {2: "leave"}),
])
def test_a_state_that_only_undergoes_owns_or_is_passed_stands_by(spec, deps, lemmas):
    assert listed_states(doc(spec, deps=deps, lemmas=lemmas)) == []


@pytest.mark.parametrize("spec, deps, lemmas", [
    # Peru and Chile have poor relations.
    ("Peru/PROPN/B-GPE and/CCONJ Chile/PROPN/B-GPE have/VERB* poor/ADJ relations/NOUN ./PUNCT",
     {0: ("nsubj", 3), 2: ("conj", 0), 5: ("dobj", 3)}, {3: "have", 5: "relation"}),
    # Peru's invasion failed.
    ("Peru/PROPN/B-GPE 's/PART invasion/NOUN failed/VERB* ./PUNCT", {0: ("poss", 2), 2: ("nsubj", 3)}, {2: "invasion"}),
    # Berg praised the navies of Peru.
    ("Berg/PROPN/B-PERSON praised/VERB* the/DET navies/NOUN of/ADP Peru/PROPN/B-GPE ./PUNCT",
     {0: ("nsubj", 1), 3: ("dobj", 1), 4: ("prep", 3), 5: ("pobj", 4)}, {3: "navy"}),
    # The EU lifted sanctions on Peru.
    ("Sanctions/NOUN on/ADP Peru/PROPN/B-GPE ended/VERB* ./PUNCT", {0: ("nsubj", 3), 1: ("prep", 0), 2: ("pobj", 1)},
     {0: "sanction"}),
    # Chile handed control to Peru.
    ("Chile/PROPN/B-GPE handed/VERB* control/NOUN to/ADP Peru/PROPN/B-GPE ./PUNCT",
     {0: ("nsubj", 1), 2: ("dobj", 1), 3: ("prep", 2), 4: ("pobj", 3)}, {1: "hand"}),
])
def test_a_state_that_acts_or_is_acted_upon_is_listed(spec, deps, lemmas):
    assert "Peru" in listed_states(doc(spec, deps=deps, lemmas=lemmas))


def test_an_event_takes_up_a_bystander():
    d = doc("Peru/PROPN/B-GPE has/VERB* the/DET most/ADJ cases/NOUN ./PUNCT", deps={0: ("nsubj", 1), 4: ("dobj", 1)},
            lemmas={1: "have"})
    found = table(d)
    (peru,) = [a for a in found.actors if a.name == "Peru"]
    assert peru.id in found.bystanders
    event = Event(id="E1", type="CONSULT", source=None, target=peru.id, evidence=Span(start=0, end=4))
    assert [a.name for a in found.reported((), [event])] == ["Peru"]


def test_a_state_a_region_comprises_stands_by():
    # The region comprises Peru and Chile.
    d = doc("The/DET region/NOUN comprises/VERB* Peru/PROPN/B-GPE and/CCONJ Chile/PROPN/B-GPE ./PUNCT",
            deps={1: ("nsubj", 2), 3: ("dobj", 2), 5: ("conj", 3)}, lemmas={2: "comprise"})
    assert listed_states(d) == []


def test_a_country_after_a_known_organisations_name_is_its_branch():
    # Netflix Peru delayed the show.
    d = doc("Netflix/PROPN/B-ORG Peru/PROPN/B-GPE delayed/VERB* the/DET show/NOUN ./PUNCT", deps={1: ("nsubj", 2)})
    assert listed_states(d) == []
