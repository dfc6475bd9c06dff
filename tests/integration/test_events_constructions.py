"""Sentence constructions of the events stage on the real model (invented sentences): support verbs
with event nouns, the party an object act names, reported obligations, stated intentions."""

from __future__ import annotations

import pytest

from tests.events_coding import asserted  # noqa: F401 - a fixture

pytestmark = pytest.mark.integration


def test_support_verb_with_a_verb_noun(asserted):
    assert ("ASSAULT", "Chile", "Peru") in asserted("Chile carried out strikes on Peru on Tuesday.")


def test_support_verb_restricted_to_its_type(asserted):
    assert ("CONSULT", "Chile", "Peru") in asserted("Chile paid a visit to Peru last week.")


def test_the_party_an_object_act_is_aimed_at(asserted):
    assert ("ACCUSE", "Greece", "Turkey") in asserted("Greece lodged a protest with Turkey.")
    assert ("THREATEN", "Kenya", "Somalia") in asserted("Kenya threatened further action against Somalia.")


def test_a_relation_noun_names_no_party(asserted):
    assert asserted("Norway has alleged ties to Chile.") == []


def test_reported_obligation_of_another_party_is_a_demand(asserted):
    assert ("REQUEST", "Russia", "Sudan") in asserted("Russia said on Tuesday that Sudan must return the helicopter.")


def test_own_obligation_is_no_demand(asserted):
    assert asserted("Russia said it must act.") == []


def test_offered_help_is_an_intent_to_cooperate(asserted):
    assert ("AGREE", "Norway", "Chile") in asserted("Norway offered to send troops to Chile.")


def test_vowed_attack_is_a_threat(asserted):
    assert ("THREATEN", "Brazil", "Argentina") in asserted("Brazil vowed to attack Argentina.")


def test_a_people_acts_as_a_group_of_its_country(asserted):
    events = asserted("Palestinians blamed Israel for the bombing.")
    assert ("ACCUSE", "Palestinians", "Israel") in events


def test_a_people_addressed_is_an_audience(asserted):
    assert not [e for e in asserted("Chile warned Peruvians against travel.") if e[2] == "Peruvians"]


def test_projectiles_fired_at_a_target(asserted):
    assert ("ASSAULT", "Syria", "Turkey") in asserted("Syria fired two artillery shells at Turkey on Thursday.")
    assert ("ASSAULT", "Iran", "Israel") in asserted("Iran launched missiles at Israel.")


def test_halting_a_cooperative_act_reduces_relations(asserted):
    assert ("SANCTION", "France", "Haiti") in asserted("France cancelled a planned visit to Haiti.")
    assert ("SANCTION", "Chile", "Peru") in asserted("Chile broke off talks with Peru.")


def test_a_capital_stands_for_its_state_when_the_country_is_not_named(asserted):
    assert ("ASSAULT", "North Korea", "South Korea") in asserted("North Korea fired two artillery shells at Seoul.")


def test_reported_obligation_after_any_reporting_verb(asserted):
    assert ("REQUEST", "Chile", "Peru") in asserted("Chile reiterated that Peru must hand over the suspects.")
