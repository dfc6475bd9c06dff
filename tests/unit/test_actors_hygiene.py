"""Name hygiene and organisation cues on invented sentences, parsed by hand (see test_actors_cues.doc)."""

from __future__ import annotations

from test_actors_cues import actors, by_name, doc

from dragoman.actors.words import _verb_stems


def test_an_editors_bracket_does_not_enter_a_name():
    d = doc("[/PUNCT Lena/PROPN/B-PERSON ]/PUNCT/I-PERSON Varga/PROPN/I-PERSON spoke/VERB* ./PUNCT")
    assert [a.name for a in actors(d) if a.kind == "person"] == ["Varga"]


def test_a_title_case_past_verb_glued_to_a_name_is_cut_off():
    d = doc("Lena/PROPN/B-PERSON Varga/PROPN/I-PERSON Announced/PROPN/I-PERSON Cuts/NOUN*")
    assert [a.name for a in actors(d)] == ["Lena Varga"]


def test_past_forms_need_a_long_stem_so_names_stay_whole():
    assert "announce" in _verb_stems("announced") and "stop" not in _verb_stems("stopped")
    assert not any(len(s) < 5 for s in _verb_stems("sayed"))


def test_an_office_as_a_predicate_is_no_one_new():
    # He is a Norwegian citizen.
    d = doc("He/PRON is/AUX* a/DET Norwegian/ADJ/B-NORP citizen/NOUN ./PUNCT", deps={3: ("amod", 4), 4: ("attr", 1)})
    assert actors(d) == []


def test_a_newspaper_head_word_gives_media():
    d = doc("The/DET Lakeview/PROPN/B-ORG Gazette/PROPN/I-ORG reported/VERB* ./PUNCT")
    assert by_name(actors(d), "Lakeview Gazette").sector == "MED"


def test_a_known_broadcasters_brand_gives_its_country():
    d = doc("BBC/PROPN/B-ORG Hausa/PROPN/I-ORG Radio/PROPN/I-ORG reported/VERB* ./PUNCT")
    assert (by_name(actors(d), "BBC Hausa Radio").country, by_name(actors(d), "BBC Hausa Radio").sector) == ("GBR", "MED")


def test_a_place_inside_a_name_with_no_organisation_word_gives_no_country():
    d = doc("Canada/PROPN/B-ORG Pride/PROPN/I-ORG drew/VERB* crowds/NOUN ./PUNCT")
    assert all(a.country is None for a in actors(d) if a.name == "Canada Pride")


def test_an_institute_of_a_discipline_is_scholarly():
    d = doc("Lakeview/PROPN/B-ORG Institute/PROPN/I-ORG for/ADP/I-ORG Evolutionary/PROPN/I-ORG "
            "Anthropology/PROPN/I-ORG said/VERB* ./PUNCT")
    assert by_name(actors(d), "Lakeview Institute for Evolutionary Anthropology").sector == "EDU"


def test_a_charitys_acronym_the_article_never_spells_out_is_not_that_charity():
    d = doc("Users/NOUN met/VERB* on/ADP IRC/PROPN/B-ORG ./PUNCT")
    assert all(a.sector is None for a in actors(d))
    d = doc("The/DET International/PROPN/B-ORG Rescue/PROPN/I-ORG Committee/PROPN/I-ORG (/PUNCT IRC/PROPN/B-ORG )/PUNCT "
            "said/VERB* ./PUNCT")
    assert by_name(actors(d), "International Rescue Committee").sector == "NGO"



def test_a_compound_adjective_made_from_a_name_is_no_actor():
    d = doc("Post-Soviet/PROPN/B-NORP states/NOUN met/VERB* ./PUNCT")
    assert actors(d) == []
    d = doc("Lund-loving/PROPN/B-ORG voters/NOUN cheered/VERB* ./PUNCT")
    assert actors(d) == []


def test_a_cemetery_is_no_actor():
    d = doc("They/PRON met/VERB* at/ADP the/DET Lakeview/PROPN/B-ORG Military/PROPN/I-ORG Cemetery/PROPN/I-ORG ./PUNCT")
    assert actors(d) == []


def test_a_name_before_website_is_a_news_outlet():
    d = doc("the/DET Vantor/PROPN/B-ORG website/NOUN reported/VERB* ./PUNCT")
    assert by_name(actors(d), "Vantor").sector == "MED"


def test_a_holiday_and_a_convention_are_no_actors():
    assert actors(doc("Workers/NOUN marched/VERB* on/ADP Labour/PROPN/B-EVENT Day/PROPN/I-EVENT ./PUNCT")) == []
    d = doc("The/DET Lakeview/PROPN/B-ORG National/PROPN/I-ORG Convention/PROPN/I-ORG met/VERB* ./PUNCT")
    assert actors(d) == []


def test_a_head_of_a_body_the_text_does_not_describe_is_no_minister():
    from dragoman.actors.cues import org_sector
    from dragoman.actors.lexicon import Entry, Role

    president = Role("president", "GOV", "title", "President")
    club = Entry("Lakeview Rowing Club", "organization", None, None, source="text")
    bank = Entry("Lakeview Bank", "organization", None, "BUS", source="text")
    assert org_sector(president, club) is None and org_sector(president, bank) == "BUS"
    assert org_sector(Role("minister", "GOV", "title", "Minister"), club) == "GOV"


def test_a_police_department_is_police():
    d = doc("The/DET Lakeview/PROPN/B-ORG County/PROPN/I-ORG Police/PROPN/I-ORG Department/PROPN/I-ORG said/VERB* ./PUNCT")
    assert by_name(actors(d), "Lakeview County Police Department").sector == "COP"


def test_an_organisations_name_spells_out_a_country_abbreviation():
    d = doc("The/DET US/PROPN/B-ORG Embassy/PROPN/I-ORG said/VERB* ./PUNCT")
    assert [a.name for a in actors(d) if a.kind == "organization"] == ["United States Embassy"]
    d = doc("USA/PROPN/B-ORG Today/PROPN/I-ORG reported/VERB* ./PUNCT")
    assert [a.name for a in actors(d)] == ["USA Today"]


def test_a_house_is_a_chamber_only_as_one():
    d = doc("Lena/PROPN/B-PERSON starred/VERB* in/ADP Lakeview/PROPN/B-ORG House/PROPN/I-ORG ./PUNCT")
    assert all(a.sector != "LEG" for a in actors(d))
    d = doc("The/DET Lower/PROPN/B-ORG House/PROPN/I-ORG voted/VERB* ./PUNCT")
    assert by_name(actors(d), "Lower House").sector == "LEG"


def test_a_country_word_that_ends_a_name_the_article_tags_as_an_organisation_is_no_state():
    from test_actors_cues import actors, doc

    d = doc("Bo/PROPN/B-PERSON Lind/PROPN/I-PERSON runs/VERB* for/ADP the/DET Green/PROPN/B-ORG Kenya/PROPN/I-ORG "
            "party/NOUN ./PUNCT Green/ADJ Kenya/PROPN/B-GPE criticised/VERB the/DET plan/NOUN ./PUNCT",
            deps={10: ("nsubj", 11)})
    assert not [a for a in actors(d) if a.kind == "state"]


def test_a_country_that_acts_beside_such_a_name_stays_a_state():
    from test_actors_cues import actors, doc

    d = doc("The/DET Green/PROPN/B-ORG Kenya/PROPN/I-ORG party/NOUN met/VERB* ./PUNCT Kenya/PROPN/B-GPE "
            "criticised/VERB the/DET plan/NOUN ./PUNCT", deps={6: ("nsubj", 7)})
    assert [a for a in actors(d) if a.kind == "state"]


def test_a_known_word_that_closes_a_longer_name_is_not_the_known_body():
    from dragoman.actors.candidates import _ends_longer_name
    from dragoman.actors.builtin import builtin_lexicon
    from test_actors_cues import doc

    d = doc("the/DET Party/PROPN for/ADP Socialism/PROPN and/CCONJ Liberation/PROPN spoke/VERB* ./PUNCT")
    caps = [1 if t.text[:1].isupper() else 0 for t in d]
    assert _ends_longer_name(d, 5, caps, builtin_lexicon())
    d = doc("Liberation/PROPN reported/VERB* it/PRON ./PUNCT")
    assert not _ends_longer_name(d, 0, [1, 0, 0, 0], builtin_lexicon())
