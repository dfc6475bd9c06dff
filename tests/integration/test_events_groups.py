"""Generic group actors on the real model (invented sentences): the group-noun lexicon by sector,
two-word entries, and country cues from a possessor or a nested place or group."""

from __future__ import annotations

import pytest

from dragoman.actors.table import ActorTable
from dragoman.events.group_cues import nested_cue, possessor_cue
from dragoman.nlp import load_model
from tests.events_coding import coded, pairs as _pairs  # noqa: F401 - coded is a fixture

pytestmark = pytest.mark.integration


def _sources(events, typ):
    return [s for ty, s, _ in events if ty == typ]


def test_two_word_group_noun_with_a_place(coded):
    events = coded("Seven opposition parties in Kenya have organized a general strike in Nairobi.")
    [src] = _sources(events, "PROTEST")
    assert (src.country, src.sector, src.kind) == ("KEN", "OPP", "organization")


def test_nested_group_gives_its_country(coded):
    events = coded("Doctors from two Swedish aid groups delivered medicine to Kenyan villagers.")
    [src] = _sources(events, "AID")
    assert (src.country, src.sector) == ("SWE", "NGO")


def test_place_qualified_by_a_nationality(coded):
    events = coded("Prisoners in a Kenyan jail rioted on Monday.")
    [src] = _sources(events, "PROTEST")
    assert (src.country, src.sector, src.name) == ("KEN", "CRM", "Prisoners in a Kenyan jail")


def test_place_named_in_an_of_phrase(coded):
    events = coded("Settlers in the West Bank city of Nablus attacked Palestinian farmers.")
    [src] = _sources(events, "ASSAULT")
    assert (src.country, src.sector) == ("PSE", "CVL")


def test_group_affiliated_with_a_national_union(coded):
    events = coded("Some 20,000 workers affiliated with the Kenyan teachers' union went on strike on Monday.")
    [src] = _sources(events, "PROTEST")
    assert (src.country, src.sector) == ("KEN", "CVL")


def test_new_sector_nouns_with_a_nationality(coded):
    events = coded("Kenyan hackers attacked Ugandan government websites.")
    [src] = _sources(events, "ASSAULT")
    assert (src.country, src.sector) == ("KEN", "CRM")


def test_group_noun_without_a_country_cue_has_no_country(coded):
    events = coded("Hackers attacked Ugandan government websites.")
    assert not any(s is not None and s.sector == "CRM" and s.country for _, s, _ in events)


def test_a_city_after_a_group_is_a_venue_not_its_country(coded):
    events = coded("An assembly of several foreign ministers in Cairo denounced the pact between Turkey and Libya.")
    assert not any(s.country == "EGY" for _, s, _ in events)


def test_a_former_group_is_no_group_actor(coded):
    events = coded("Former Kenyan hackers attacked Ugandan government websites.")
    assert not any(s is not None and s.country == "KEN" for _, s, _ in events)


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def _noun(doc, word):
    return next(t for t in doc if t.text == word)


def test_possessor_country_is_a_cue(nlp):
    doc = nlp("Kenya's farmers blocked the highway on Monday.")
    found = possessor_cue(_noun(doc, "farmers"), ActorTable())
    assert found is not None and found[0] == "KEN"


def test_nested_cues_need_a_country_in_the_phrase(nlp):
    doc = nlp("Prisoners in a Kenyan jail rioted while guards in the old jail watched.")
    assert nested_cue(_noun(doc, "Prisoners"), ActorTable())[0] == "KEN"
    assert nested_cue(_noun(doc, "guards"), ActorTable()) is None


def test_people_word_of_one_country_gives_its_country(coded):
    events = coded("Igbo youths attacked a Cameroonian border post.")
    [src] = _sources(events, "ASSAULT")
    assert (src.country, src.sector) == ("NGA", "CVL")


def test_religion_word_makes_a_group_with_no_country(coded):
    events = coded("Sikh militants attacked a Pakistani border post.")
    [src] = _sources(events, "ASSAULT")
    assert src.country is None and src.kind == "organization" and src.name == "Sikh militants"


def test_nationality_wins_over_a_people_word(coded):
    events = coded("Iraqi Kurdish fighters attacked a Turkish border post.")
    [src] = _sources(events, "ASSAULT")
    assert src.country == "IRQ"


def test_bare_group_subject_is_an_actor_of_no_country(coded):
    events = coded("Students rioted against the Kenyan government on Sunday.")
    [src] = _sources(events, "PROTEST")
    assert src.country is None and src.kind == "organization"


def test_bare_state_group_or_people_make_no_actor(coded):
    assert not _sources(coded("Officials rioted against the Kenyan government on Sunday."), "PROTEST")
    assert not _sources(coded("People rioted against the Kenyan government on Sunday."), "PROTEST")


def test_coordinated_bare_group_takes_no_actor_of_its_own(coded):
    events = coded("Clerics and Kenyan lawmakers rioted against the Ugandan government on Sunday.")
    assert all(s.sector != "REL" for ty, s, _ in events if ty == "PROTEST")


def test_seeking_refuge_in_a_country_is_a_request(coded):
    events = coded("Thousands of Syrian villagers sought refuge in Jordan last week.")
    assert any(ty == "REQUEST" and s.country == "SYR" and t is not None and t.country == "JOR"
               for ty, s, t in events)


def test_nationality_before_a_compound_modifier_is_the_groups(coded):
    events = coded("Kenyan riot police beat Ugandan students in Nairobi.")
    [src] = _sources(events, "ASSAULT")
    assert (src.country, src.sector) == ("KEN", "COP")


def test_led_forces_take_the_leaders_country(coded):
    events = coded("Ethiopian-led forces attacked Somali militants near the border.")
    [src] = _sources(events, "ASSAULT")
    assert (src.country, src.sector) == ("ETH", "MIL")
