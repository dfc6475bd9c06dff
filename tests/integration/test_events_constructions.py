"""Sentence constructions of the events stage on the real model (invented sentences): support verbs
with event nouns, the party an object act names, reported obligations, stated intentions."""

from __future__ import annotations

import pytest

from dragoman.pipeline import Pipeline

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def coded():
    pipe = Pipeline()

    def run(text: str):
        report = pipe.read_text(text, published="2031-03-02")
        actors = {a.id: a.name for a in report.actors}
        return [(e.type, actors.get(e.source), actors.get(e.target)) for e in report.events if not e.negated]

    return run


def test_support_verb_with_a_verb_noun(coded):
    assert ("ASSAULT", "Chile", "Peru") in coded("Chile carried out strikes on Peru on Tuesday.")


def test_support_verb_restricted_to_its_type(coded):
    assert ("CONSULT", "Chile", "Peru") in coded("Chile paid a visit to Peru last week.")


def test_the_party_an_object_act_is_aimed_at(coded):
    assert ("ACCUSE", "Greece", "Turkey") in coded("Greece lodged a protest with Turkey.")
    assert ("THREATEN", "Kenya", "Somalia") in coded("Kenya threatened further action against Somalia.")


def test_a_relation_noun_names_no_party(coded):
    assert coded("Norway has alleged ties to Chile.") == []


def test_reported_obligation_of_another_party_is_a_demand(coded):
    assert ("REQUEST", "Russia", "Sudan") in coded("Russia said on Tuesday that Sudan must return the helicopter.")


def test_own_obligation_is_no_demand(coded):
    assert coded("Russia said it must act.") == []


def test_offered_help_is_an_intent_to_cooperate(coded):
    assert ("AGREE", "Norway", "Chile") in coded("Norway offered to send troops to Chile.")


def test_vowed_attack_is_a_threat(coded):
    assert ("THREATEN", "Brazil", "Argentina") in coded("Brazil vowed to attack Argentina.")


def test_a_people_acts_as_a_group_of_its_country(coded):
    events = coded("Palestinians blamed Israel for the bombing.")
    assert ("ACCUSE", "Palestinians", "Israel") in events


def test_a_people_addressed_is_an_audience(coded):
    assert not [e for e in coded("Chile warned Peruvians against travel.") if e[2] == "Peruvians"]


def test_projectiles_fired_at_a_target(coded):
    assert ("ASSAULT", "Syria", "Turkey") in coded("Syria fired two artillery shells at Turkey on Thursday.")
    assert ("ASSAULT", "Iran", "Israel") in coded("Iran launched missiles at Israel.")


def test_halting_a_cooperative_act_reduces_relations(coded):
    assert ("SANCTION", "France", "Haiti") in coded("France cancelled a planned visit to Haiti.")
    assert ("SANCTION", "Chile", "Peru") in coded("Chile broke off talks with Peru.")


def test_a_capital_stands_for_its_state_when_the_country_is_not_named(coded):
    assert ("ASSAULT", "North Korea", "South Korea") in coded("North Korea fired two artillery shells at Seoul.")


def test_reported_obligation_after_any_reporting_verb(coded):
    assert ("REQUEST", "Chile", "Peru") in coded("Chile reiterated that Peru must hand over the suspects.")
