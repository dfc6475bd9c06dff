"""Event arguments beyond named actors, on the real model (invented sentences): group nouns with a
country cue, nationalities qualifying an argument, reported-clause addressees, infinitive
complements' parties, issued messages, naming as judging."""

from __future__ import annotations

import pytest

from tests.events_coding import coded, pairs as _pairs  # noqa: F401 - coded is a fixture

pytestmark = pytest.mark.integration




def test_coordinated_nationalities_make_a_group_each(coded):
    events = coded("Senior Norwegian and Danish officials agreed on Friday that their countries should cooperate.")
    names = {n for pair in _pairs(events, "AGREE") for n in pair}
    assert {"Norwegian officials", "Danish officials"} <= names


def test_group_noun_with_a_place_after_it(coded):
    events = coded("Rebels in Chad attacked a convoy of Nigerian trucks.")
    [(typ, src, tgt)] = [e for e in events if e[0] == "ASSAULT"]
    assert (src.country, src.sector, src.kind) == ("TCD", "REB", "organization")
    assert (tgt.country, tgt.kind) == ("NGA", "state")


def test_nationality_of_a_person_noun_is_not_the_state(coded):
    events = coded("Malian police detained a Belgian tourist near the border.")
    assert not any(t.kind == "state" and t.country == "BEL" for _, _, t in events)


def test_plural_person_noun_takes_its_modifiers_sector(coded):
    events = coded("President Arlo Venn banned Bolivian opposition candidates from the vote.")
    tgts = [t for ty, _, t in events if ty == "COERCE"]
    assert tgts and (tgts[0].country, tgts[0].sector) == ("BOL", "OPP")


def test_demand_that_addresses_the_clause_subject(coded):
    events = coded("Peru demanded on Monday that Chile withdraw its fishing fleet.")
    assert ("Peru", "Chile") in _pairs(events, "REQUEST")


def test_statement_demanding_speaks_for_its_issuer(coded):
    events = coded("Ecuador issued a statement demanding that Colombia close the border crossing.")
    assert ("Ecuador", "Colombia") in _pairs(events, "REQUEST")


def test_parade_supporting_is_not_its_boycotters_support(coded):
    events = coded("Norway boycotted the parade supporting Sweden.")
    assert ("Norway", "Sweden") not in _pairs(events, "SUPPORT")


def test_agreeing_to_an_act_takes_its_party_as_target(coded):
    events = coded("Kenya has agreed to reopen its airspace to Somalia.")
    assert ("Kenya", "Somalia") in _pairs(events, "AGREE")


def test_object_control_complement_is_not_the_subjects_target(coded):
    events = coded("The party would support Marta Lind to run against Oskar Brandt.")
    assert not any(t.name == "Oskar Brandt" for _, _, t in events)


def test_calling_a_plan_pejorative_accuses_its_owner(coded):
    events = coded('Senator Ida Holm called Governor Nils Dahl\'s budget plan "a disgrace".')
    assert ("Ida Holm", "Nils Dahl") in _pairs(events, "ACCUSE")


def test_calling_an_order_praiseworthy_supports_its_owner(coded):
    events = coded("Chancellor Ruth Berg called President Tomas Lind's decision wise and courageous.")
    assert ("Ruth Berg", "Tomas Lind") in _pairs(events, "SUPPORT")


def test_plain_calling_is_no_event(coded):
    assert not coded("Minister Ida Holm called President Tomas Lind on Tuesday.") or all(
        ty not in ("ACCUSE", "SUPPORT") for ty, _, _ in coded("Minister Ida Holm called President Tomas Lind on Tuesday."))


def test_no_event_from_a_ministry_to_its_own_state(coded):
    events = coded("The Turkish Foreign Ministry called the agreements with Turkey legitimate.")
    assert not any(s.country == t.country == "TUR" and t.kind == "state" for _, s, t in events)


def test_two_coordinated_subjects_of_a_meeting_meet_each_other(coded):
    events = coded("Peru and Chile met in Lima on Monday to discuss fishing rights.")
    assert {("Peru", "Chile"), ("Chile", "Peru")} <= set(_pairs(events, "CONSULT"))


def test_coordinated_attackers_do_not_attack_each_other(coded):
    events = coded("Peru and Chile attacked rebel camps near the border on Monday.")
    assert ("Chile", "Peru") not in _pairs(events, "ASSAULT")
