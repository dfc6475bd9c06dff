"""Event arguments resolved from the article around them, on the real model (invented sentences):
pronouns that continue a subject, possessive institutions ("their government"), named members of a
group ("including X"), prefixed titles, implicit agents of passives."""

from __future__ import annotations

import pytest

from tests.events_coding import coded, pairs as _pairs  # noqa: F401 - coded is a fixture

pytestmark = pytest.mark.integration




def test_pronoun_continues_the_subject_of_its_clause(coded):
    events = coded("Chancellor Rina Holt met with the IMF and then with President Tom Baker, where she "
                   "criticized the Danish government.")
    assert ("Rina Holt", "Danish government") in _pairs(events, "ACCUSE")


def test_pronoun_continues_the_previous_sentence_subject(coded):
    events = coded("President Tom Baker met Chancellor Rina Holt of Denmark on Monday. He urged the Danish "
                   "government to act.")
    assert ("Tom Baker", "Danish government") in _pairs(events, "REQUEST")


def test_their_government_is_the_subjects_countrys(coded):
    events = coded("Chinese students have criticized their government's handling of the crisis.")
    assert ("Chinese students", "Chinese government") in _pairs(events, "ACCUSE")


def test_a_state_and_its_own_government_make_no_event(coded):
    events = coded("Norway criticized its government on Monday.")
    assert not _pairs(events, "ACCUSE")


def test_named_member_of_a_group_is_its_target(coded):
    events = coded("Chinese police arrested twelve people, including the activist Wen Lo.")
    assert [t for _, t in _pairs(events, "COERCE")] == ["Wen Lo"]


def test_the_president_is_not_the_vice_president(coded):
    events = coded("Prime Minister Arlo Venn of Norway met Vice President Kim Dale of Sweden in Oslo. "
                   "The president urged Venn to sign the accord.")
    assert ("Kim Dale", "Arlo Venn") not in _pairs(events, "REQUEST")


def test_arrest_without_agent_is_by_the_victims_countrys_police(coded):
    events = coded("Kenyan police dispersed the crowd in Nairobi on Sunday. The opposition leader Wen Lo "
                   "was arrested on Monday.")
    assert ("Kenyan police", "Wen Lo") in _pairs(events, "COERCE")


def test_claimed_attack_joins_its_author_and_its_victims(coded):
    events = coded("Drones attacked Saudi oil facilities on Saturday. The Houthi movement claimed "
                   "responsibility for the attacks.")
    assert ("Houthi movement", "Saudi Arabia") in _pairs(events, "ASSAULT")


def test_victim_killed_in_an_earlier_strike_is_its_authors(coded):
    events = coded("The United States killed Iranian general Ali Hamdan in an airstrike at Baghdad airport. "
                   "Abu Ali, an Iraqi militia commander who was also killed in the airstrike, led the group.")
    assert ("United States", "Abu Ali") in _pairs(events, "ASSAULT")


def test_nominalised_verb_with_possessor_and_of_object(coded):
    events = coded("The protest followed Norway's killing of Ali Hamdan in an airstrike.")
    assert ("Norway", "Ali Hamdan") in _pairs(events, "ASSAULT")


def test_judged_arrest_targets_its_author_not_its_victim(coded):
    events = coded("Kenya condemned the jailing of Wen Lo by Ugandan police.")
    assert _pairs(events, "ACCUSE") == [("Kenya", "Ugandan police")]
    assert ("Ugandan police", "Wen Lo") in _pairs(events, "COERCE")


def test_judging_verb_does_not_author_the_act_it_judges(coded):
    events = coded("Kenya condemned the arrest of Wen Lo.")
    assert ("Kenya", "Wen Lo") not in _pairs(events, "COERCE")


def test_news_verbs_of_contempt_subpoena_and_speaking_out(coded):
    assert ("House of Representatives", "William Barr") in _pairs(coded(
        "The House of Representatives voted to hold Attorney General William Barr in contempt of Congress."), "SANCTION")
    assert ("House of Representatives", "Mike Pompeo") in _pairs(coded(
        "The House of Representatives issued a subpoena for documents from Secretary of State Mike Pompeo."), "REQUEST")
    assert ("Kenya", "Uganda") in _pairs(coded("Kenya spoke out against the attack by Uganda."), "ACCUSE")


def test_description_in_apposition_is_not_a_second_agent(coded):
    events = coded("Tom Fields, a self-described Neo-Nazi, killed the activist Ana Ruiz.")
    assert [s for s, _ in _pairs(events, "ASSAULT")] in ([], ["Tom Fields"])


def test_named_officers_in_apposition_are_the_targets(coded):
    events = coded("The House voted on Wednesday to hold two Cabinet officers, Commerce Secretary Wilbur Ross "
                   "and Attorney General William Barr, in contempt of Congress.")
    targets = {t for _, t in _pairs(events, "SANCTION")}
    assert "Cabinet" not in targets and targets & {"William Barr", "Wilbur Ross"}


def test_a_company_does_not_assault(coded):
    events = coded("The Kenyan activist Ana Ruiz was struck by a Volvo truck on Monday.")
    assert not _pairs(events, "ASSAULT")


def test_suspending_an_owned_permit_sanctions_its_owner(coded):
    events = coded("Germany has suspended Aeroflot's operating permit.")
    assert ("Germany", "Aeroflot") in _pairs(events, "SANCTION")


def test_an_attack_one_points_to_is_not_ones_own(coded):
    events = coded("Kenya called its actions defensive, pointing to the attack on the Ugandan embassy.")
    assert not any(s == "Kenya" for s, _ in _pairs(events, "ASSAULT"))


def test_the_people_of_a_nation_stand_for_its_state_only_as_the_x(coded):
    assert ("Kenya", "Ukraine") in _pairs(coded("Kenya urged the Ukrainians to accept the deal."), "REQUEST")
    assert not _pairs(coded("Senator Ann Bolt asked all Americans to vote."), "REQUEST")


def test_the_central_government_is_the_one_named_before(coded):
    events = coded("The Afghan government said the attack killed 20 soldiers. Taliban spokesman Ali Hotak "
                   "alleged the central government is hiding casualty figures.")
    assert ("Ali Hotak", "Afghan government") in _pairs(events, "ACCUSE")


def test_finite_verb_hung_on_a_noun_takes_the_sentence_subject(coded):
    events = coded("Turkey and Libya signed a border agreement in November. On Monday, Greek prime minister "
                   "Kyriakos Mitsotakis speaking to the Atlantic Council think tank called the border "
                   "agreement \"null and void\".")
    assert any(s == "Kyriakos Mitsotakis" for s, _ in _pairs(events, "ACCUSE"))


def test_a_noun_given_a_name_stands_for_the_named(coded):
    assert ("Tom Fields", "Heather Heyer") in _pairs(coded("Tom Fields killed a woman named Heather Heyer."), "ASSAULT")
    events = coded("Sergeant Ana Ruiz was shot on Friday by a prisoner, suspected to be Louis De Zoysa.")
    assert ("Louis De Zoysa", "Ana Ruiz") in _pairs(events, "ASSAULT")


def test_including_after_a_clause_inside_the_object(coded):
    events = coded("Chinese police detained eight people for \"spreading rumors,\" including the doctor Li Wenliang.")
    assert [t for _, t in _pairs(events, "COERCE")] == ["Li Wenliang"]


def test_message_posted_on_a_platform_speaks_for_its_poster(coded):
    events = coded("Secretary of State Mike Pompeo posted a message on Twitter blaming Iran for the attacks.")
    assert ("Mike Pompeo", "Iran") in _pairs(events, "ACCUSE")


def test_act_noun_takes_the_agent_of_its_participle(coded):
    events = coded("The attack on Somalia, carried out by Kenyan forces, killed twelve.")
    assert any(t == "Somalia" for _, t in _pairs(events, "ASSAULT"))


def test_the_government_of_a_person_is_that_persons(coded):
    events = coded("Protesters marched against the government in Sanaa. In 2015, Saudi Arabia started "
                   "supporting the government of Abdrabbuh Mansur Hadi against the rebels.")
    assert [t for _, t in _pairs(events, "SUPPORT")] == ["Mansur Hadi"] or \
        [t for _, t in _pairs(events, "SUPPORT")] == ["Abdrabbuh Mansur Hadi"]


def test_claimed_attack_with_no_named_victim_targets_the_state_it_hit(coded):
    events = coded("Two bombs exploded at a cathedral in Jolo, Philippines on Sunday, killing 20 people. "
                   "The Islamic State later claimed responsibility for the attack.")
    assert ("Islamic State", "Philippines") in _pairs(events, "ASSAULT")


def test_act_of_a_resolution_is_its_voters(coded):
    events = coded("Yesterday, the Parliament of Iraq voted on a resolution to expel United States troops "
                   "from the country.")
    assert ("Parliament of Iraq", "United States troops") in _pairs(events, "SANCTION")
