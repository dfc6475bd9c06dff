"""Last-resort and context cues for people the knowledge base does not know, on invented sentences parsed
by hand (no model): the person's part in the story, the focus country, a past office and the party's
standing on the date, envoys, lists of titled names, staff of a named person, organisation kinds."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from test_actors_cues import actors, by_name, doc

from dragoman.actors.builtin import builtin_lexicon
from dragoman.actors.focus import focus_country, headline_country
from dragoman.context import Context
from dragoman.records import Article


# -- the person's part in the story ---------------------------------------------------------------
def test_object_of_a_sentence_is_a_criminal_and_a_place_man_gives_the_country():
    d = doc("A/DET judge/NOUN sentenced/VERB* Texas/PROPN/B-GPE man/NOUN Paul/PROPN/B-PERSON Dorsey/PROPN/I-PERSON "
            "./PUNCT", deps={6: ("dobj", 2)}, lemmas={2: "sentence"})
    a = by_name(actors(d), "Paul Dorsey")
    assert (a.country, a.sector) == ("USA", "CRM")
    assert any(w.startswith("story:") for w in a.why)


def test_a_noun_that_names_the_person():
    d = doc("The/DET gunman/NOUN ,/PUNCT identified/VERB as/ADP Karl/PROPN/B-PERSON Brenner/PROPN/I-PERSON ,/PUNCT "
            "was/AUX shot/VERB* in/ADP Leeds/PROPN/B-GPE ./PUNCT",
            deps={1: ("nsubjpass", 8), 3: ("acl", 1), 4: ("prep", 3), 6: ("pobj", 4), 10: ("pobj", 9)},
            lemmas={3: "identify", 8: "shoot"})
    a = by_name(actors(d), "Karl Brenner")
    assert (a.country, a.sector) == ("GBR", "CRM")
    assert any("last resort" in w for w in a.why), "the country is the article's, and says so"


def test_suspected_to_be():
    d = doc("Police/NOUN said/VERB* the/DET shooter/NOUN was/AUX suspected/VERB to/PART be/AUX Dan/PROPN/B-PERSON "
            "Cole/PROPN/I-PERSON in/ADP Leeds/PROPN/B-GPE ./PUNCT",
            deps={5: ("ccomp", 1), 7: ("xcomp", 5), 9: ("attr", 7)}, lemmas={5: "suspect", 7: "be"})
    assert by_name(actors(d), "Dan Cole").sector == "CRM"


def test_charges_against_a_person():
    d = doc("Charges/NOUN against/ADP Tom/PROPN/B-PERSON Brill/PROPN/I-PERSON were/AUX dropped/VERB* ./PUNCT",
            deps={0: ("nsubjpass", 5), 1: ("prep", 0), 3: ("pobj", 1)}, lemmas={0: "charge"})
    assert by_name(actors(d), "Tom Brill").sector == "CRM"


def test_object_of_kill_is_a_victim():
    d = doc("The/DET crash/NOUN killed/VERB* Ella/PROPN/B-PERSON Marsh/PROPN/I-PERSON in/ADP Leeds/PROPN/B-GPE ./PUNCT",
            deps={4: ("dobj", 2)}, lemmas={2: "kill"})
    a = by_name(actors(d), "Ella Marsh")
    assert (a.country, a.sector) == ("GBR", "CVL")


def test_an_age_alone_marks_a_private_person():
    d = doc("Greta/PROPN/B-PERSON Lind/PROPN/I-PERSON ,/PUNCT 44/NUM ,/PUNCT spoke/VERB* in/ADP Leeds/PROPN/B-GPE "
            "./PUNCT", deps={1: ("nsubj", 5)})
    a = by_name(actors(d), "Greta Lind")
    assert (a.country, a.sector) == ("GBR", "CVL")


def test_no_part_in_the_story_stays_uncoded():
    d = doc("Greta/PROPN/B-PERSON Lind/PROPN/I-PERSON spoke/VERB* in/ADP Leeds/PROPN/B-GPE ./PUNCT",
            deps={1: ("nsubj", 2)})
    a = by_name(actors(d), "Greta Lind")
    assert (a.country, a.sector) == (None, None)


def test_relative_of_another_person_in_an_appositive():
    d = doc("Ruth/PROPN/B-PERSON Hale/PROPN/I-PERSON ,/PUNCT Ella/PROPN/B-PERSON Marsh/PROPN/I-PERSON 's/PART "
            "sister/NOUN ,/PUNCT spoke/VERB* in/ADP Leeds/PROPN/B-GPE ./PUNCT")
    a = by_name(actors(d), "Ruth Hale")
    assert (a.country, a.sector) == ("GBR", "CVL")


# -- the focus country ------------------------------------------------------------------------------
def _ctx(d, title=None):
    article = Article(id="t", source="t", text=d.text, title=title, published="2020-01-01")
    return Context(article=article, published=dt.date(2020, 1, 1))


def test_places_below_the_state_outweigh_a_foreign_state_named_as_often():
    d = doc("Officials/NOUN in/ADP Northamptonshire/PROPN/B-GPE and/CCONJ Kent/PROPN/B-GPE wrote/VERB* ./PUNCT")
    code, how = focus_country(d, _ctx(d), builtin_lexicon(), Counter({"USA": 3}))
    assert code == "GBR" and how


def test_the_headline_first_state_breaks_a_tie():
    d = doc("It/PRON happened/VERB* ./PUNCT")
    lex = builtin_lexicon()
    assert headline_country("Germany bans airline of Iran", lex) == "DEU"
    code, _ = focus_country(d, _ctx(d, "Germany bans airline of Iran"), lex, Counter({"IRN": 4, "DEU": 3}))
    assert code == "DEU"


# -- a past office, a candidacy and the party's standing on the date --------------------------------
def _former_governor(published: str):
    d = doc("Republicans/PROPN/B-NORP such/ADJ as/ADP former/ADJ Ohio/PROPN/B-GPE governor/NOUN Bill/PROPN/B-PERSON "
            "Rand/PROPN/I-PERSON praised/VERB* it/PRON ./PUNCT",
            deps={0: ("nsubj", 8), 1: ("amod", 2), 2: ("prep", 0), 7: ("pobj", 2)})
    return by_name(actors(d, published=published), "Bill Rand")


def test_former_office_yields_to_the_governing_party():
    a = _former_governor("2020-06-01")
    assert (a.country, a.sector) == ("USA", "PTY")
    assert any("governs" in w for w in a.why)


def test_former_office_yields_to_a_party_out_of_power():
    assert _former_governor("2010-06-01").sector == "OPP"


def test_a_candidate_in_a_relative_clause():
    d = doc("Jo/PROPN/B-PERSON Carr/PROPN/I-PERSON ,/PUNCT who/PRON was/AUX a/DET candidate/NOUN in/ADP the/DET "
            "Democratic/ADJ/B-NORP primaries/NOUN ,/PUNCT quit/VERB* in/ADP Ohio/PROPN/B-GPE ./PUNCT",
            deps={1: ("nsubj", 12), 3: ("nsubj", 4), 4: ("relcl", 1), 6: ("attr", 4)}, lemmas={4: "be"})
    assert by_name(actors(d, published="2019-08-16"), "Jo Carr").sector == "OPP"


def test_formerly_in_an_appositive_and_the_party_the_article_names():
    d = doc("Two/NUM candidates/NOUN ,/PUNCT Tim/PROPN/B-PERSON Fisk/PROPN/I-PERSON ,/PUNCT formerly/ADV the/DET "
            "mayor/NOUN of/ADP Boston/PROPN/B-GPE ,/PUNCT quit/VERB* the/DET Democratic/PROPN/B-ORG Party/PROPN/I-ORG "
            "race/NOUN and/CCONJ the/DET Democratic/PROPN/B-ORG Party/PROPN/I-ORG thanked/VERB him/PRON ./PUNCT",
            lemmas={1: "candidate"})
    a = by_name(actors(d, published="2020-03-05"), "Tim Fisk")
    assert (a.country, a.sector) == ("USA", "OPP")


def test_a_party_named_in_the_sentence_but_tied_to_someone_else_says_nothing():
    d = doc("Democrats/PROPN/B-NORP praised/VERB* Ann/PROPN/B-PERSON Lee/PROPN/I-PERSON and/CCONJ former/ADJ "
            "governor/NOUN Bill/PROPN/B-PERSON Rand/PROPN/I-PERSON ./PUNCT",
            deps={0: ("nsubj", 1), 3: ("dobj", 1), 8: ("conj", 3)})
    a = by_name(actors(d, published="2020-06-01"), "Bill Rand")
    assert a.sector not in ("PTY", "OPP")


def test_a_then_role_of_a_narrated_event_keeps_its_sector():
    d = doc("then/ADV -/PUNCT governor/NOUN of/ADP Alaska/PROPN/B-GPE Sara/PROPN/B-PERSON Pell/PROPN/I-PERSON "
            "ran/VERB* with/ADP Republicans/PROPN/B-NORP ./PUNCT")
    a = by_name(actors(d, published="2020-06-01"), "Sara Pell")
    assert (a.country, a.sector) == ("USA", "GOV")


def test_served_as_is_a_past_role():
    d = doc("Jo/PROPN/B-PERSON Carr/PROPN/I-PERSON served/VERB* as/ADP mayor/NOUN of/ADP Denver/PROPN/B-GPE "
            "./PUNCT", deps={1: ("nsubj", 2), 3: ("prep", 2), 4: ("pobj", 3)}, lemmas={2: "serve"})
    d[2].tag_ = "VBD"
    a = by_name(actors(d), "Jo Carr")
    assert any("former role" in w for w in a.why)


# -- foreign persons -------------------------------------------------------------------------------
def test_an_envoy_for_a_state_belongs_to_the_sending_state():
    d = doc("US/PROPN/B-GPE Special/PROPN Representative/PROPN for/ADP Iran/PROPN/B-GPE Brian/PROPN/B-PERSON "
            "Hook/PROPN/I-PERSON spoke/VERB* ./PUNCT")
    a = by_name(actors(d), "Brian Hook")
    assert (a.country, a.sector) == ("USA", "GOV")


def test_a_list_of_titled_names_is_not_an_appositive():
    d = doc("Israeli/ADJ/B-NORP energy/NOUN minister/NOUN Yosef/PROPN/B-PERSON Dahan/PROPN/I-PERSON ,/PUNCT "
            "Greek/ADJ/B-NORP prime/ADJ minister/NOUN Kostas/PROPN/B-PERSON Mitos/PROPN/I-PERSON ,/PUNCT met/VERB* "
            "./PUNCT")
    assert by_name(actors(d), "Yosef Dahan").country == "ISR"


def test_staff_of_a_named_office_holder():
    d = doc("Andrei/PROPN/B-PERSON Pavlenko/PROPN/I-PERSON ,/PUNCT one/NUM of/ADP President/PROPN "
            "Zelensky/PROPN/B-PERSON 's/PART aides/NOUN ,/PUNCT spoke/VERB* ./PUNCT")
    a = by_name(actors(d, published="2020-06-01"), "Andrei Pavlenko")
    assert (a.country, a.sector) == ("UKR", "GOV")


# -- the kind of organisation a person works for ---------------------------------------------------
def test_research_institute_is_edu():
    d = doc("Tom/PROPN/B-PERSON Hale/PROPN/I-PERSON ,/PUNCT of/ADP the/DET German/PROPN/B-ORG Institute/PROPN/I-ORG "
            "for/ADP/I-ORG Economic/PROPN/I-ORG Research/PROPN/I-ORG ,/PUNCT agreed/VERB* ./PUNCT")
    a = by_name(actors(d), "Tom Hale")
    assert (a.country, a.sector) == ("DEU", "EDU")


def test_director_of_a_forum_is_ngo_even_with_a_known_word_inside():
    d = doc("Ash/PROPN/B-PERSON Bumi/PROPN/I-PERSON ,/PUNCT director/NOUN of/ADP Youth/PROPN/B-ORG Forum/PROPN/I-ORG "
            "Zimbabwe/PROPN/I-ORG ,/PUNCT spoke/VERB* ./PUNCT")
    a = by_name(actors(d), "Ash Bumi")
    assert (a.country, a.sector) == ("ZWE", "NGO")


def test_member_of_a_provincial_council():
    d = doc("Sharif/PROPN/B-PERSON Hotak/PROPN/I-PERSON ,/PUNCT of/ADP the/DET Wardak/PROPN/B-GPE provincial/ADJ "
            "council/NOUN ,/PUNCT spoke/VERB* ./PUNCT")
    a = by_name(actors(d), "Sharif Hotak")
    assert (a.country, a.sector) == ("AFG", "LEG")


def test_speaking_for_an_organisation():
    d = doc("Ali/PROPN/B-PERSON Raisi/PROPN/I-PERSON ,/PUNCT speaking/VERB for/ADP the/DET Iranian/ADJ/B-NORP "
            "Health/PROPN/B-ORG Ministry/PROPN/I-ORG ,/PUNCT reported/VERB* deaths/NOUN ./PUNCT")
    a = by_name(actors(d), "Ali Raisi")
    assert a.sector == "GOV"


def test_spokeswoman_for_the_justice_department_is_executive():
    d = doc("Kim/PROPN/B-PERSON Kay/PROPN/I-PERSON ,/PUNCT spokeswoman/NOUN for/ADP the/DET Department/PROPN/B-ORG "
            "of/ADP/I-ORG Justice/PROPN/I-ORG ,/PUNCT declined/VERB* ./PUNCT")
    a = by_name(actors(d), "Kim Kay")
    assert (a.country, a.sector) == ("USA", "GOV")


def test_present_title_before_a_former_one_decides():
    d = doc("Haifa/PROPN/B-ORG University/PROPN/I-ORG geostrategy/NOUN expert/NOUN and/CCONJ former/ADJ "
            "Israeli/ADJ/B-NORP security/NOUN official/NOUN ,/PUNCT Avi/PROPN/B-PERSON Dan/PROPN/I-PERSON ,/PUNCT "
            "said/VERB* ./PUNCT")
    a = by_name(actors(d), "Avi Dan")
    assert (a.country, a.sector) == ("ISR", "EDU")


def test_suspended_hyphen_in_an_appositive():
    d = doc("Nabil/PROPN/B-PERSON Saleh/PROPN/I-PERSON ,/PUNCT a/DET photo-/ADJ and/CCONJ videojournalist/NOUN "
            "from/ADP Yemen/PROPN/B-GPE ,/PUNCT died/VERB* ./PUNCT")
    a = by_name(actors(d), "Nabil Saleh")
    assert (a.country, a.sector) == ("YEM", "MED")


def test_unit_named_after_a_known_university():
    d = doc("The/DET Johns/PROPN/B-ORG Hopkins/PROPN/I-ORG Center/PROPN/I-ORG for/ADP/I-ORG Systems/PROPN/I-ORG "
            "Science/PROPN/I-ORG reported/VERB* cases/NOUN in/ADP India/PROPN/B-GPE ./PUNCT")
    a = by_name(actors(d), "Johns Hopkins Center for Systems Science")
    assert (a.country, a.sector) == ("USA", "EDU")


def test_a_private_person_the_story_makes_a_suspect():
    d = doc("Ivan/PROPN/B-PERSON Petrik/PROPN/I-PERSON ,/PUNCT a/DET Georgian/ADJ/B-NORP tennis/NOUN player/NOUN "
            ",/PUNCT was/AUX arrested/VERB* ./PUNCT", deps={1: ("nsubjpass", 9)}, lemmas={9: "arrest"})
    a = by_name(actors(d), "Ivan Petrik")
    assert (a.country, a.sector) == ("GEO", "CRM")


def test_first_level_subdivisions_are_places_of_one_country():
    lex = builtin_lexicon()
    assert lex.places.get("amasya") == "TUR" and lex.places.get("pomorskie") == "POL"
    assert "gulf" not in lex.places and "central" not in lex.places  # words, not places
    d = doc("Officials/NOUN in/ADP Amasya/PROPN/B-GPE and/CCONJ Tokat/PROPN/B-GPE met/VERB* Greek/ADJ/B-NORP "
            "envoys/NOUN ./PUNCT")
    assert focus_country(d, _ctx(d), lex, Counter({"GRC": 2}))[0] == "TUR"


# -- a candidacy said in the sentence that names a person with a job --------------------------------
def test_a_job_and_for_vice_president_is_a_candidate():
    d = doc("The/DET party/NOUN nominated/VERB* truck/NOUN driver/NOUN Ada/PROPN/B-PERSON Brill/PROPN/I-PERSON "
            "for/ADP vice/NOUN president/NOUN ./PUNCT")
    a = by_name(actors(d, published="2020-07-01"), "Ada Brill")
    assert a.sector == "OPP"
    assert any("a candidate" in w for w in a.why)


def test_a_job_and_as_a_running_mate_is_a_candidate():
    d = doc("The/DET party/NOUN picked/VERB* activist/NOUN Tom/PROPN/B-PERSON Kell/PROPN/I-PERSON as/ADP "
            "Ross/PROPN/B-PERSON 's/PART new/ADJ running/NOUN mate/NOUN ./PUNCT")
    assert by_name(actors(d, published="2020-07-01"), "Tom Kell").sector == "OPP"


def test_an_appositive_for_vice_president_is_a_candidate():
    d = doc("They/PRON nominated/VERB* his/PRON partner/NOUN ,/PUNCT historian/NOUN Rob/PROPN/B-PERSON "
            "Dale/PROPN/I-PERSON ,/PUNCT for/ADP vice/NOUN president/NOUN ./PUNCT")
    assert by_name(actors(d, published="2020-07-01"), "Rob Dale").sector == "OPP"


def test_as_with_no_ticket_noun_is_no_candidacy():
    d = doc("The/DET firm/NOUN hired/VERB* historian/NOUN Rob/PROPN/B-PERSON Dale/PROPN/I-PERSON as/ADP "
            "an/DET adviser/NOUN ./PUNCT")
    assert by_name(actors(d, published="2020-07-01"), "Rob Dale").sector != "OPP"


def test_the_chooser_of_a_running_mate_is_no_candidate():
    d = doc("Ann/PROPN/B-PERSON Bell/PROPN/I-PERSON was/AUX chosen/VERB* by/ADP Senator/PROPN Tom/PROPN/B-PERSON "
            "Kell/PROPN/I-PERSON as/ADP his/PRON running/NOUN mate/NOUN ./PUNCT",
            deps={1: ("nsubjpass", 3), 4: ("agent", 3), 7: ("pobj", 4)})
    assert by_name(actors(d, published="2020-07-01"), "Tom Kell").sector != "OPP"


def test_the_nominee_of_a_party_the_knowledge_base_does_not_know_is_the_opposition():
    d = doc("Businessman/NOUN Rob/PROPN/B-PERSON Dale/PROPN/I-PERSON ,/PUNCT the/DET presidential/ADJ nominee/NOUN "
            "of/ADP the/DET Harbour/PROPN/B-ORG Party/PROPN/I-ORG ,/PUNCT spoke/VERB* ./PUNCT")
    assert by_name(actors(d, published="2020-07-01"), "Rob Dale").sector == "OPP"


# -- people whose work takes them abroad take no focus country ---------------------------------------
def test_an_actor_at_a_festival_takes_no_country_from_the_festival_city():
    d = doc("Fans/NOUN met/VERB* actor/NOUN Dan/PROPN/B-PERSON Roe/PROPN/I-PERSON in/ADP Toronto/PROPN/B-GPE "
            "and/CCONJ Toronto/PROPN/B-GPE ./PUNCT", deps={4: ("dobj", 1)})
    a = by_name(actors(d), "Dan Roe")
    assert a.country is None and a.sector == "CVL"


def test_a_local_private_person_still_takes_the_focus_country():
    d = doc("Fans/NOUN met/VERB* attendee/NOUN Dan/PROPN/B-PERSON Roe/PROPN/I-PERSON in/ADP Toronto/PROPN/B-GPE "
            "and/CCONJ Toronto/PROPN/B-GPE ./PUNCT", deps={4: ("dobj", 1)})
    assert by_name(actors(d), "Dan Roe").country == "CAN"


def test_a_former_office_yields_to_a_conviction_in_the_same_sentence():
    d = doc("Carl/PROPN/B-PERSON Voss/PROPN/I-PERSON ,/PUNCT formerly/ADV the/DET president/NOUN and/CCONJ "
            "chief/ADJ executive/NOUN of/ADP Acme/PROPN/B-ORG Corporation/PROPN/I-ORG ,/PUNCT pleaded/VERB* "
            "guilty/ADJ ./PUNCT", deps={1: ("nsubj", 13)}, lemmas={13: "plead"})
    assert by_name(actors(d, published="2020-06-01"), "Carl Voss").sector == "CRM"
