"""The context cues added for news nobody tuned for, each on invented sentences parsed by hand (no model)."""

from __future__ import annotations

import pytest
from test_actors_cues import actors, by_name, doc


def test_occupation_with_nationality_gives_country_and_sector():
    d = doc("Italian/ADJ/B-NORP artist/NOUN Marco/PROPN/B-PERSON Bellini/PROPN/I-PERSON made/VERB* it/PRON ./PUNCT")
    a = by_name(actors(d), "Marco Bellini")
    assert (a.country, a.sector, a.title) == ("ITA", "CVL", "Artist")


def test_city_before_a_title_gives_the_country():
    d = doc("a/DET Toronto/PROPN/B-GPE lawyer/NOUN ,/PUNCT Dan/PROPN/B-PERSON Reyes/PROPN/I-PERSON ,/PUNCT "
            "spoke/VERB* ./PUNCT")
    a = by_name(actors(d), "Dan Reyes")
    assert (a.country, a.sector) == ("CAN", "JUD")


def test_us_state_before_a_title_is_not_a_country_named_in_it():
    d = doc("former/ADJ New/PROPN/B-GPE Jersey/PROPN/I-GPE governor/NOUN Al/PROPN/B-PERSON Vance/PROPN/I-PERSON "
            "spoke/VERB* ./PUNCT")
    a = by_name(actors(d), "Al Vance")
    assert a.country == "USA"


def test_of_a_city_after_the_name():
    d = doc("Archbishop/PROPN Jan/PROPN/B-PERSON Nowak/PROPN/I-PERSON of/ADP Gdansk/PROPN/B-GPE "
            "prayed/VERB* ./PUNCT")
    a = by_name(actors(d), "Jan Nowak")
    assert (a.country, a.sector) == ("POL", "REL")


def test_possessive_place_before_a_title():
    d = doc("Ohio/PROPN/B-GPE 's/PART attorney/NOUN general/NOUN Rita/PROPN/B-PERSON Moss/PROPN/I-PERSON "
            "sued/VERB* ./PUNCT")
    a = by_name(actors(d), "Rita Moss")
    assert a.country == "USA"


def test_nouns_between_nationality_and_title():
    d = doc("Greek/ADJ/B-NORP energy/NOUN minister/NOUN Nikos/PROPN/B-PERSON Pappas/PROPN/I-PERSON "
            "signed/VERB* ./PUNCT")
    a = by_name(actors(d), "Nikos Pappas")
    assert (a.country, a.sector) == ("GRC", "GOV")


def test_coordinated_title_shares_the_first_country():
    d = doc("Greek/ADJ/B-NORP president/NOUN Eleni/PROPN/B-PERSON Kostas/PROPN/I-PERSON and/CCONJ energy/NOUN "
            "minister/NOUN Yannis/PROPN/B-PERSON Doukas/PROPN/I-PERSON met/VERB* ./PUNCT")
    a = by_name(actors(d), "Yannis Doukas")
    assert (a.country, a.sector) == ("GRC", "GOV")
    assert any("coordinated" in w for w in a.why)


def test_parenthesis_between_title_and_name():
    d = doc("MP/PROPN (/PUNCT Member/PROPN of/ADP Parliament/PROPN )/PUNCT Tom/PROPN/B-PERSON Lowe/PROPN/I-PERSON "
            "spoke/VERB* ./PUNCT")
    a = by_name(actors(d), "Tom Lowe")
    assert a.sector == "LEG"


def test_one_of_several_titled_people():
    d = doc("One/NUM of/ADP Chad/PROPN/B-GPE 's/PART vice/NOUN presidents/NOUN ,/PUNCT Ada/PROPN/B-PERSON "
            "Deng/PROPN/I-PERSON ,/PUNCT spoke/VERB* ./PUNCT")
    a = by_name(actors(d), "Ada Deng")
    assert (a.country, a.sector) == ("TCD", "GOV")


def test_possessive_organisation_before_a_name_is_the_employer():
    d = doc("the/DET BBC/PROPN/B-ORG 's/PART Jo/PROPN/B-PERSON Marks/PROPN/I-PERSON said/VERB* ./PUNCT")
    a = by_name(actors(d), "Jo Marks")
    assert (a.country, a.sector) == ("GBR", "MED")


def test_kin_of_a_person_is_a_civilian():
    d = doc("Dunn/PROPN/B-PERSON 's/PART mother/NOUN ,/PUNCT Carla/PROPN/B-PERSON Hale/PROPN/I-PERSON ,/PUNCT "
            "wept/VERB* ./PUNCT")
    a = by_name(actors(d), "Carla Hale")
    assert a.sector == "CVL"


def test_sworn_in_as_a_title():
    d = doc("Pedro/PROPN/B-PERSON Alba/PROPN/I-PERSON was/AUX sworn/VERB* in/ADP as/ADP Chile/PROPN/B-GPE 's/PART "
            "president/NOUN ./PUNCT", deps={0: ("compound", 1), 1: ("nsubjpass", 3), 5: ("prep", 3), 6: ("poss", 8),
                                             7: ("case", 6), 8: ("pobj", 5)}, lemmas={3: "swear"})
    a = by_name(actors(d), "Pedro Alba")
    assert (a.country, a.sector, a.title) == ("CHL", "GOV", "President")


def test_a_persons_government_makes_them_its_head():
    d = doc("Ian/PROPN/B-PERSON Cole/PROPN/I-PERSON 's/PART government/NOUN fell/VERB* ./PUNCT")
    a = by_name(actors(d), "Ian Cole")
    assert a.sector == "GOV"


def test_title_before_a_name_tagged_as_an_organisation_makes_a_person():
    d = doc("Senator/PROPN Wanda/PROPN/B-ORG Pike/PROPN/I-ORG voted/VERB* ./PUNCT")
    a = by_name(actors(d, dateline="WASHINGTON"), "Wanda Pike")
    assert (a.kind, a.sector) == ("person", "LEG")


def test_a_person_with_no_cue_gets_no_guess_and_why_says_so():
    d = doc("Rome/PROPN/B-GPE police/NOUN said/VERB* Lia/PROPN/B-PERSON Conti/PROPN/I-PERSON fell/VERB ./PUNCT")
    a = by_name(actors(d), "Lia Conti")
    assert (a.country, a.sector) == (None, None)
    assert a.why and a.why[0].startswith("none:")


def test_knowledge_base_person_and_stable_id():
    d = doc("Alexei/PROPN/B-PERSON Navalny/PROPN/I-PERSON spoke/VERB* ./PUNCT")
    a = by_name(actors(d, published="2021-03-01"), "Alexei Navalny")
    assert (a.country, a.sector) == ("RUS", "OPP")
    assert a.stable_id == "alexei-navalny.rus"


def test_an_office_held_on_the_date_beats_a_generic_title():
    d = doc("Chief/PROPN executive/NOUN Carrie/PROPN/B-PERSON Lam/PROPN/I-PERSON spoke/VERB* ./PUNCT")
    a = by_name(actors(d, published="2019-09-01"), "Carrie Lam")
    assert (a.country, a.sector) == ("HKG", "GOV")


def test_a_country_name_inside_an_organisation_name_does_not_cut_it():
    d = doc("the/DET United/PROPN/B-ORG States/PROPN/I-ORG Supreme/PROPN/I-ORG Court/PROPN/I-ORG ruled/VERB* ./PUNCT")
    found = actors(d)
    a = by_name(found, "United States Supreme Court")
    assert (a.country, a.sector) == ("USA", "JUD")
    assert not any(x.kind == "state" for x in found)


def test_a_party_name_of_several_countries_takes_the_country_the_text_names():
    d = doc("In/ADP Britain/PROPN/B-GPE ,/PUNCT the/DET Labour/PROPN/B-ORG Party/PROPN/I-ORG won/VERB* ./PUNCT")
    a = by_name(actors(d, published="2019-06-01"), "Labour Party")
    assert a.country == "GBR"


def test_an_acronym_names_an_organisation_only_in_capitals():
    found = actors(doc("Who/PRON/B-ORG said/VERB* it/PRON ?/PUNCT"))
    assert not any(a.sector == "IGO" for a in found)
    (a,) = actors(doc("the/DET WHO/PROPN/B-ORG said/VERB* it/PRON ./PUNCT"))
    assert (a.sector, a.stable_id) == ("IGO", "world-health-organization.int")


def test_a_namesake_in_the_knowledge_base_does_not_override_the_texts_role():
    d = doc("Constable/PROPN Gary/PROPN/B-PERSON Gray/PROPN/I-PERSON of/ADP Toronto/PROPN/B-GPE "
            "police/NOUN spoke/VERB* ./PUNCT")
    a = by_name(actors(d), "Gary Gray")
    assert (a.country, a.sector) == ("CAN", "COP")


@pytest.mark.parametrize("spec", [
    "Typhoon/PROPN/B-EVENT Mira/PROPN/I-EVENT hit/VERB* Manila/PROPN/B-GPE ./PUNCT",
    "the/DET Nobel/PROPN/B-WORK_OF_ART Peace/PROPN/I-WORK_OF_ART Prize/PROPN/I-WORK_OF_ART went/VERB* ./PUNCT",
    "the/DET film/NOUN Night/PROPN/B-WORK_OF_ART Avengers/PROPN/I-WORK_OF_ART opened/VERB* ./PUNCT",
    "the/DET Dunmore/PROPN/B-ORG Convention/PROPN/I-ORG Center/PROPN/I-ORG opened/VERB* ./PUNCT",
    "the/DET Electoral/PROPN/B-ORG College/PROPN/I-ORG met/VERB* ./PUNCT",
    "the/DET Hill/PROPN/B-ORG Memorial/PROPN/I-ORG Cemetery/PROPN/I-ORG opened/VERB* ./PUNCT",
])
def test_storms_prizes_works_and_venues_are_no_actors(spec):
    assert [a.name for a in actors(doc(spec)) if a.kind != "state"] == []


def test_a_headline_verb_glued_to_a_name_is_cut_off():
    d = doc("Ben/PROPN/B-PERSON Carson/PROPN/I-PERSON Defends/PROPN/I-PERSON His/PRON Record/NOUN*")
    assert [a.name for a in actors(d)] == ["Ben Carson"]


def test_a_state_named_only_as_a_place_is_no_actor():
    found = actors(doc("She/PRON played/VERB* a/DET tournament/NOUN in/ADP Portugal/PROPN/B-GPE ./PUNCT"))
    assert not any(a.kind == "state" for a in found)
    found = actors(doc("Portugal/PROPN/B-GPE protested/VERB* ./PUNCT", deps={0: ("nsubj", 1)}))
    assert [a.name for a in found if a.kind == "state"] == ["Portugal"]


def test_a_converted_namesakes_old_term_says_nothing():
    d = doc("the/DET singer/NOUN James/PROPN/B-PERSON Brown/PROPN/I-PERSON sang/VERB* ./PUNCT")
    a = by_name(actors(d, published="2020-08-30"), "James Brown")
    assert a.country != "GBR" and a.sector == "CVL"


def test_an_organisation_in_a_place_takes_its_country():
    d = doc("Lakeview/PROPN/B-ORG University/PROPN/I-ORG in/ADP Canada/PROPN/B-GPE said/VERB* ./PUNCT")
    a = by_name(actors(d), "Lakeview University")
    assert (a.country, a.sector) == ("CAN", "EDU")


@pytest.mark.parametrize("spec, deps", [
    # She grew up in the Netherlands.
    ("She/PRON grew/VERB* up/ADP in/ADP the/DET Netherlands/PROPN/B-GPE ./PUNCT", {3: ("prep", 1), 5: ("pobj", 3)}),
    # He won in Doha, Qatar.
    ("He/PRON won/VERB* in/ADP Doha/PROPN/B-GPE ,/PUNCT Qatar/PROPN/B-GPE ./PUNCT",
     {2: ("prep", 1), 3: ("pobj", 2), 5: ("appos", 3)}),
    # The nationals were from Peru, Chile and Bolivia.
    ("The/DET nationals/NOUN were/AUX* from/ADP Peru/PROPN/B-GPE ,/PUNCT Chile/PROPN/B-GPE and/CCONJ "
     "Bolivia/PROPN/B-GPE ./PUNCT", {3: ("prep", 2), 4: ("pobj", 3), 6: ("conj", 4), 8: ("conj", 6)}),
])
def test_states_named_as_where_someone_is_or_comes_from_are_no_actors(spec, deps):
    d = doc(spec, deps=deps, lemmas={i: "be" for i, w in enumerate(spec.split(" ")) if w.startswith("were/")})
    assert not any(a.kind == "state" for a in actors(d))


def test_a_listed_state_that_acts_is_an_actor():
    # Peru, Chile and Bolivia protested.
    d = doc("Peru/PROPN/B-GPE ,/PUNCT Chile/PROPN/B-GPE and/CCONJ Bolivia/PROPN/B-GPE protested/VERB* ./PUNCT",
            deps={0: ("nsubj", 5), 2: ("conj", 0), 4: ("conj", 2)})
    assert sorted(a.name for a in actors(d) if a.kind == "state") == ["Bolivia", "Chile", "Peru"]


def test_a_general_manager_is_no_general():
    d = doc("the/DET general/ADJ manager/NOUN Ola/PROPN/B-PERSON Berg/PROPN/I-PERSON said/VERB* ./PUNCT")
    assert by_name(actors(d), "Ola Berg").sector == "BUS"


def test_a_trade_word_beats_company_as_head():
    d = doc("Nordvik/PROPN/B-ORG Broadcasting/PROPN/I-ORG Company/PROPN/I-ORG said/VERB* ./PUNCT")
    assert by_name(actors(d), "Nordvik Broadcasting Company").sector == "MED"
    d = doc("Nordvik/PROPN/B-ORG Shipping/PROPN/I-ORG Company/PROPN/I-ORG said/VERB* ./PUNCT")
    assert by_name(actors(d), "Nordvik Shipping Company").sector == "BUS"


@pytest.mark.parametrize("spec, deps, lemmas", [
    # A fire off the coast of Avalon, Canada, killed two.  (the parse hangs the state on the noun)
    ("A/DET fire/NOUN off/ADP the/DET coast/NOUN of/ADP Avalon/PROPN/B-GPE ,/PUNCT Canada/PROPN/B-GPE ,/PUNCT "
     "killed/VERB* two/NUM ./PUNCT", {8: ("appos", 1)}, {}),
    # She fled from Chile.
    ("She/PRON fled/VERB* from/ADP Chile/PROPN/B-GPE ./PUNCT", {2: ("prep", 1), 3: ("pobj", 2)}, {1: "flee"}),
    # Aid for migrants from Peru.
    ("Aid/NOUN* for/ADP migrants/NOUN from/ADP Peru/PROPN/B-GPE ./PUNCT",
     {1: ("prep", 0), 2: ("pobj", 1), 3: ("prep", 2), 4: ("pobj", 3)}, {2: "migrant"}),
])
def test_states_as_places_of_travel_origin_or_address_are_no_actors(spec, deps, lemmas):
    assert not any(a.kind == "state" for a in actors(doc(spec, deps=deps, lemmas=lemmas)))


def test_a_state_asked_from_acts():
    # Berg demanded an explanation from Peru.
    d = doc("Berg/PROPN/B-PERSON demanded/VERB* an/DET explanation/NOUN from/ADP Peru/PROPN/B-GPE ./PUNCT",
            deps={0: ("nsubj", 1), 3: ("dobj", 1), 4: ("prep", 3), 5: ("pobj", 4)}, lemmas={1: "demand"})
    assert [a.name for a in actors(d) if a.kind == "state"] == ["Peru"]


def test_a_centre_that_is_no_venue_stays_an_actor():
    d = doc("the/DET Dunmore/PROPN/B-ORG Policy/PROPN/I-ORG Center/PROPN/I-ORG said/VERB* ./PUNCT")
    assert [a.name for a in actors(d)] == ["Dunmore Policy Center"]


def test_a_place_based_organisation_takes_that_country():
    d = doc("Denmark/PROPN/B-GPE -/PUNCT based/VERB retailer/NOUN Harbo/PROPN/B-ORG Group/PROPN/I-ORG "
            "grew/VERB* ./PUNCT")
    a = by_name(actors(d), "Harbo Group")
    assert (a.country, a.sector) == ("DNK", "BUS")
    assert any("based" in w for w in a.why)


def test_the_texts_place_based_beats_the_knowledge_bases_country():
    d = doc("Japan/PROPN/B-GPE -/PUNCT based/VERB carmaker/NOUN Ford/PROPN/B-ORG grew/VERB* ./PUNCT")
    found = [a for a in actors(d) if a.kind == "organization"]
    assert found and found[0].country == "JPN"


def test_an_embassy_in_a_state_is_not_that_states():
    from dragoman.actors.phrases import phrase_before
    from dragoman.actors.builtin import builtin_lexicon

    d = doc("Serbia/PROPN/B-GPE moved/VERB* its/PRON embassy/NOUN in/ADP Israel/PROPN/B-GPE ./PUNCT")
    assert phrase_before(d, 5, 6, "ISR", builtin_lexicon()) is None
    d = doc("Diplomats/NOUN from/ADP Israel/PROPN/B-GPE protested/VERB* ./PUNCT")
    assert phrase_before(d, 2, 3, "ISR", builtin_lexicon()) is not None


def test_an_acronym_the_article_defines_as_a_thing_is_not_the_known_body():
    d = doc("They/PRON moved/VERB* the/DET build/NOUN system/NOUN (/PUNCT CBS/PROPN/B-ORG )/PUNCT ./PUNCT "
            "CBS/PROPN/B-ORG runs/VERB faster/ADV ./PUNCT")
    assert not [a for a in actors(d) if a.sector == "MED"]


def test_an_acronym_defined_as_the_known_body_stays_known():
    d = doc("The/DET World/PROPN/B-ORG Health/PROPN/I-ORG Organization/PROPN/I-ORG (/PUNCT WHO/PROPN/B-ORG )/PUNCT "
            "warned/VERB* ./PUNCT WHO/PROPN/B-ORG said/VERB it/PRON ./PUNCT")
    assert [a for a in actors(d) if a.sector == "IGO"]


def test_a_name_after_published_in_is_a_journal_of_no_country():
    d = doc("Findings/NOUN published/VERB* in/ADP Ocean/PROPN/B-PERSON Letters/PROPN/I-PERSON came/VERB from/ADP "
            "Ohio/PROPN/B-GPE and/CCONJ Ohio/PROPN/B-GPE ./PUNCT", deps={2: ("prep", 1)}, lemmas={1: "publish"})
    a = by_name(actors(d), "Ocean Letters")
    assert (a.kind, a.country, a.sector) == ("organization", None, "MED")


def test_a_bare_head_word_takes_no_focus_country():
    d = doc("In/ADP Paris/PROPN/B-GPE and/CCONJ Lyon/PROPN/B-GPE ,/PUNCT the/DET Sun/PROPN/B-ORG shone/VERB* ./PUNCT",
            deps={6: ("nsubj", 7)})
    found = [a for a in actors(d) if a.name == "Sun"]
    assert not found or found[0].country is None


def test_a_named_body_still_takes_the_focus_country():
    d = doc("In/ADP Paris/PROPN/B-GPE and/CCONJ Lyon/PROPN/B-GPE ,/PUNCT the/DET Dunmore/PROPN/B-ORG Foundation/PROPN/I-ORG "
            "spoke/VERB* ./PUNCT", deps={7: ("nsubj", 8)})
    assert by_name(actors(d), "Dunmore Foundation").country == "FRA"


def test_a_title_in_the_text_beats_the_knowledge_bases_after_office_row():
    d = doc("He/PRON challenged/VERB* President/PROPN Barack/PROPN/B-PERSON Obama/PROPN/I-PERSON in/ADP 2012/NUM ./PUNCT")
    a = by_name(actors(d, published="2019-05-01"), "Barack Obama")
    assert (a.country, a.sector) == ("USA", "GOV")


def test_after_office_the_knowledge_base_still_codes_a_former_president():
    d = doc("Former/ADJ President/PROPN Barack/PROPN/B-PERSON Obama/PROPN/I-PERSON praised/VERB* Biden/PROPN/B-PERSON "
            "./PUNCT")
    a = by_name(actors(d, published="2019-05-01"), "Barack Obama")
    assert (a.country, a.sector) == ("USA", "OPP")
