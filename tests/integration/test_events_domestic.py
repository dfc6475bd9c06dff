"""Implicit targets of domestic events, ethnic/regional group nouns and nominalised acts on the real model
(invented sentences): the party a construction implies inside the source's country, inferred
(lower confidence, with a ``why``), and nothing where no party is implied."""

from __future__ import annotations

import pytest

from dragoman.pipeline import Pipeline

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def coded():
    pipe = Pipeline()

    def run(text: str):
        report = pipe.read_text(text, published="2031-03-02")
        actors = {a.id: a for a in report.actors}
        return [(e.type, actors[e.source], actors.get(e.target), e) for e in report.events if not e.negated]

    return run


def _names(events):
    return {(t, s.name, g.name) for t, s, g, _ in events}


def test_surrendering_rebels_yield_to_their_own_state(coded):
    events = coded("Hundreds of Chadian rebels surrendered on Friday near the border.")
    assert ("RETREAT", "Chadian rebels", "Chad") in _names(events)
    ev = next(e for t, _, _, e in events if t == "RETREAT")
    assert ev.why and ev.confidence < 0.8


def test_a_declared_ceasefire_of_rebels_addresses_their_government(coded):
    events = coded("Zambian rebels declared a unilateral ceasefire on Tuesday.")
    assert ("RETREAT", "Zambian rebels", "Zambia") in _names(events)


def test_a_curfew_imposed_in_a_town_targets_its_people(coded):
    events = coded("Bolivian authorities imposed a curfew in the city of Cochabamba on Monday.")
    hits = [(g, e) for t, _, g, e in events if t == "COERCE"]
    assert hits and hits[0][0].name == "people of Cochabamba" and hits[0][0].country == "BOL"
    assert hits[0][1].why and hits[0][1].confidence < 0.8


def test_a_curfew_in_a_town_of_the_source_country_is_not_the_state(coded):
    events = coded("Turkish authorities imposed a curfew in southeastern Turkey on Monday.")
    hits = [(g, e) for t, _, g, e in events if t == "COERCE"]
    assert hits and hits[0][0].name == "people of Turkey" and hits[0][0].sector == "CVL"
    assert hits[0][1].why and hits[0][1].confidence < 0.8


def test_lifting_a_state_of_emergency_is_a_concession_to_the_place(coded):
    events = coded("The Kenyan government lifted the state of emergency in Mombasa on Sunday.")
    hits = [g for t, _, g, _ in events if t == "CONCEDE"]
    assert hits and hits[0].country == "KEN" and hits[0].name == "people of Mombasa"


def test_a_measure_with_no_place_names_no_party(coded):
    # a monadic event: the measure is coded with its source alone
    assert [(t, g) for t, _, g, _ in coded("The Kenyan government declared a national emergency on Sunday.")] \
        == [("COERCE", None)]


def test_an_office_holder_who_resigns_addresses_no_party(coded):
    assert [(t, g) for t, _, g, _ in coded("The Zambian defence minister resigned on Sunday.")] == [("RETREAT", None)]


def test_police_dispersing_unplaced_demonstrators_act_on_their_own_country(coded):
    events = coded("Nigerian police dispersed demonstrators with tear gas on Monday.")
    hits = [g for t, s, g, _ in events if t == "COERCE" and s.name == "Nigerian police"]
    assert hits and hits[0].country == "NGA" and hits[0].sector == "CVL"


def test_a_region_compounded_to_a_group_noun_gives_its_country(coded):
    events = coded("Russian troops attacked Dagestan rebels on Friday.")
    hits = [g for t, _, g, _ in events if t == "ASSAULT"]
    assert hits and hits[0].country == "RUS" and hits[0].sector == "REB"


def test_an_ethnic_community_belongs_to_the_place_it_lives_in(coded):
    events = coded("Ethnic Hungarians in Slovakia accused Hungary of interference.")
    hits = [s for t, s, _, _ in events if t == "ACCUSE"]
    assert hits and hits[0].country == "SVK"


def test_an_ethnic_community_with_a_nationality(coded):
    events = coded("Syrian Kurds accused Turkey of shelling their villages.")
    hits = [s for t, s, g, _ in events if t == "ACCUSE" and g.name == "Turkey"]
    assert hits and hits[0].country == "SYR" and hits[0].sector == "CVL"


def test_a_demanded_act_names_its_author_as_the_target(coded):
    assert ("REQUEST", "Norway", "Chile") in _names(coded("Norway demanded an apology by Chile for the incident."))
    assert ("REQUEST", "Norway", "Chile") in _names(coded("Norway called for Chile's withdrawal from the treaty."))


def test_the_withdrawal_of_forces_from_a_country(coded):
    events = coded("Norway completed the withdrawal of its troops from Chile on Monday.")
    hits = [g for t, _, g, _ in events if t == "RETREAT"]
    assert hits and hits[0].country == "CHL"



def test_a_region_the_place_finder_does_not_know_places_the_measure(coded):
    events = coded("Iraqi authorities imposed a curfew in Anbar Province on Friday.")
    hits = [g for t, _, g, _ in events if t == "COERCE"]
    assert hits and hits[0].name == "people of Anbar Province" and hits[0].country == "IRQ"


def test_students_across_a_country_protest_to_its_government(coded):
    events = coded("Thousands of students across Ghana protested on Monday.")
    hits = [(s, g) for t, s, g, _ in events if t == "PROTEST"]
    assert hits and hits[0][0].country == "GHA" and hits[0][1].country == "GHA"


def test_a_wrong_committed_by_x_stands_for_x(coded):
    events = coded("Chilean military police launched an investigation into alleged crimes committed by Peruvian forces.")
    hits = [g for t, _, g, _ in events if t == "ACCUSE"]
    assert hits and hits[0].country == "PER"


def test_an_ordinary_act_made_by_x_is_no_wrong_of_x(coded):
    events = coded("The ministry released a summary of a phone call made by President Arlo Venn.")
    assert not [t for t, *_ in events if t == "CONCEDE"]
