"""Constructions of wire news on the real model (invented sentences): requests through a "for ...
to" clause or a letter, victims struck by an act and claims of it, property for its owner, measures
and their authors, agentless passives (statements, institutions, coordination), group members,
nominalisation authors, meetings attended, threats in quotes, reported blame, and the guards against
endorsed attacks, armed "visits", records of acts and cancelled acts."""

from __future__ import annotations

import pytest

from tests.events_coding import asserted  # noqa: F401 - a fixture

pytestmark = pytest.mark.integration


def test_call_for_a_party_to_act_is_a_request_to_it(asserted):
    events = asserted("Colombian President Gustavo Petro called for Venezuela to hold elections.")
    assert ("REQUEST", "Gustavo Petro", "Venezuela") in events


def test_a_hostile_act_only_called_for_is_no_event(asserted):
    events = asserted("The Chilean Foreign Ministry asked for Argentina to attack Bolivia.")
    assert ("REQUEST", "Chilean Foreign Ministry", "Argentina") in events
    assert not [e for e in events if e[0] == "ASSAULT"]


def test_a_property_stands_for_its_owner(asserted):
    events = asserted("Houthi rebels attacked oil facilities belonging to Saudi Aramco.")
    assert ("ASSAULT", "Houthi movement", "Saudi Aramco") in events


def test_the_subject_struck_by_an_act_is_its_victim_for_a_later_claim(asserted):
    text = ("Oil facilities belonging to Saudi Aramco were hit by drone strikes on Sunday. "
            "The Houthi movement claimed responsibility for the attacks.")
    assert ("ASSAULT", "Houthi movement", "Saudi Aramco") in asserted(text)


def test_a_bare_claim_of_responsibility_codes_the_latest_unattributed_attack(asserted):
    events = asserted("A bomb struck a church in Kano, Nigeria, on Friday. Boko Haram claimed responsibility.")
    assert ("ASSAULT", "Boko Haram", "Nigeria") in events


def test_no_claim_without_a_claimer(asserted):
    assert asserted("Gunmen attacked a police station in Peshawar, Pakistan on Monday. "
                    "No group has claimed responsibility.") == []


def test_a_measure_named_with_its_enacting_clause_is_its_authors(asserted):
    assert ("ACCUSE", "Mexico", "Brazilian Congress") in asserted(
        "Mexico condemned the law the Brazilian Congress passed on Monday.")
    assert ("ACCUSE", "Mexican government", "Lula da Silva") in asserted(
        "The Mexican government criticized the decree that Brazilian President Lula da Silva signed on Monday.")


def test_an_agentless_passive_stated_in_a_message_has_its_author_as_agent(asserted):
    events = asserted("Turkey was condemned in a joint statement by Egypt, Greece and Cyprus on October 8.")
    assert ("ACCUSE", "Egypt", "Turkey") in events and ("ACCUSE", "Cyprus", "Turkey") in events


def test_a_letter_urging_is_its_senders_request_to_its_recipient(asserted):
    events = asserted("US Secretary of State Antony Blinken sent a letter requesting new rules to "
                      "Japanese Prime Minister Fumio Kishida.")
    assert ("REQUEST", "Antony Blinken", "Fumio Kishida") in events
    assert ("REQUEST", "Gabriel Boric", "Peru") in asserted(
        "Chilean President Gabriel Boric wrote a letter urging Peru to hold talks.")


def test_an_event_nouns_by_phrase_hung_on_its_of_object_is_its_agent(asserted):
    events = asserted("The arrest of Imran Khan by Pakistani police sparked protests.")
    assert ("COERCE", "Pakistani police", "Imran Khan") in events


def test_a_speakers_own_future_strike_is_a_threat(asserted):
    events = asserted('"We will strike Israel with full force," Hezbollah leader Hassan Nasrallah said on Monday.')
    assert ("THREATEN", "Hassan Nasrallah", "Israel") in events
    assert not [e for e in events if e[0] == "ASSAULT"]


def test_a_third_partys_future_strike_is_no_threat_of_the_speaker(asserted):
    events = asserted("Hezbollah will strike Israel, Hezbollah leader Hassan Nasrallah said on Monday.")
    assert not [e for e in events if e[0] == "THREATEN"]


def test_an_act_named_again_with_its_modifier_is_the_act_so_described(asserted):
    text = ("On Monday, Turkey and Libya signed a maritime border agreement. Greece and Cyprus signed a "
            "pipeline agreement with Israel on Tuesday. Cyprus and Israel signed a gas agreement on Wednesday. "
            "Greek Prime Minister Kyriakos Mitsotakis denounced the border agreement on Thursday.")
    events = asserted(text)
    assert ("ACCUSE", "Kyriakos Mitsotakis", "Turkey") in events
    assert ("ACCUSE", "Kyriakos Mitsotakis", "Cyprus") not in events


def test_an_agentless_institutional_act_is_the_institutions(asserted):
    events = asserted("A Paris court heard the case on Monday. Two French police officers were found guilty on Thursday.")
    assert ("COERCE", "Paris court", "French police officers") in events
    events = asserted("The US House of Representatives passed the bill. "
                      "Attorney General Merrick Garland was held in contempt in 2024.")
    assert ("SANCTION", "US House of Representatives", "Merrick Garland") in events


def test_a_group_noun_acts_on_the_members_it_names(asserted):
    events = asserted("China criticized countries including Japan and Australia.")
    assert ("ACCUSE", "China", "Japan") in events and ("ACCUSE", "China", "Australia") in events
    events = asserted("The House has impeached two presidents, Bill Clinton and Andrew Johnson.")
    assert ("SANCTION", "House", "Andrew Johnson") in events


def test_a_name_compounded_with_an_event_noun_is_its_author(asserted):
    events = asserted("US President Joe Biden spoke on Monday. "
                      "A federal judge dismissed a Biden lawsuit against Texas Governor Greg Abbott.")
    assert ("ACCUSE", "Joe Biden", "Greg Abbott") in events


def test_a_place_compounded_with_an_event_noun_is_no_author(asserted):
    assert asserted("The Gaza attack on Israel killed ten people.") == []


def test_a_participle_placing_under_arrest_takes_its_clauses_subject(asserted):
    events = asserted("The Zimbabwe National Army moved on November 15, having first placed "
                      "President Robert Mugabe under house arrest.")
    assert ("COERCE", "Zimbabwe National Army", "Robert Mugabe") in events


def test_a_measure_on_a_flow_targets_the_party_it_goes_to_or_comes_from(asserted):
    events = asserted("The United States Department of Transportation announced new restrictions on flights to Cuba.")
    assert ("COERCE", "United States Department of Transportation", "Cuba") in events
    assert ("COERCE", "European Union", "Iran") in asserted("The European Union imposed a ban on imports from Iran.")


def test_a_passive_coordinated_after_a_clause_shares_its_subject(asserted):
    events = asserted("Turkey is already under EU sanctions, and was condemned in a joint statement by Egypt, "
                      "Greece and Cyprus on October 8.")
    assert ("ACCUSE", "Egypt", "Turkey") in events


def test_one_of_a_group_named_in_apposition_acts(asserted):
    events = asserted("One of these groups, the Syrian Democratic Forces (SDF), opposed the plan and criticized Turkey.")
    assert ("ACCUSE", "Syrian Democratic Forces", "Turkey") in events


def test_a_meeting_attended_by_delegations_is_their_leaders_meeting(asserted):
    events = asserted("The meeting was attended by Israeli Prime Minister Benjamin Netanyahu and energy minister "
                      "Yuval Steinitz, Greek Prime Minister Kyriakos Mitsotakis and energy minister Konstantinos "
                      "Hatzidakis, and Cypriot President Nicos Anastasiades.")
    assert ("CONSULT", "Benjamin Netanyahu", "Kyriakos Mitsotakis") in events
    assert ("CONSULT", "Benjamin Netanyahu", "Nicos Anastasiades") in events
    assert not [e for e in events if "Yuval Steinitz" in e or "Konstantinos Hatzidakis" in e]


def test_a_move_others_just_judged_is_their_targets(asserted):
    events = asserted("Turkish President Recep Tayyip Erdogan announced plans to convert the museum. Greek Foreign "
                      "Minister Nikos Dendias criticized Erdogan. On Thursday, the French government also criticized the move.")
    assert ("ACCUSE", "French government", "Recep Tayyip Erdogan") in events
    assert ("ACCUSE", "French government", "Nikos Dendias") not in events


def test_an_own_state_carried_along_leaves_the_act_aimed_at_the_treaty_party(asserted):
    events = asserted("Last year US President Donald Trump withdrew the US from a nuclear treaty with Iran.")
    assert ("REJECT", "Donald Trump", "Iran") in events


def test_a_record_of_an_act_is_no_act_on_its_parties(asserted):
    events = asserted("The House subpoenaed a full transcript of a call between US President Donald Trump and "
                      "Ukrainian President Volodymyr Zelensky.")
    assert not [e for e in events if e[0] == "REQUEST"]


def test_help_received_passively_is_no_hosting(asserted):
    events = asserted("Questions remain how much Iranian assistance is received by the Houthi movement.")
    assert not [e for e in events if e[0] == "CONSULT"]


def test_endorsing_an_attack_is_no_agreement_with_its_target(asserted):
    events = asserted("Iranian General Qasem Soleimani also approved the attacks on the U.S. Embassy in Baghdad.")
    assert not [e for e in events if e[0] in ("AGREE", "SUPPORT")]
    assert ("AGREE", "Japan", "South Korea") in asserted("Japan approved the agreement with South Korea.")


def test_coming_to_a_country_to_fight_is_no_visit(asserted):
    events = asserted("The Global Coalition to Defeat ISIS came to Iraq to fight ISIS after the group took over "
                      "a third of the country.")
    assert not [e for e in events if e[0] == "CONSULT"]
    assert [e for e in asserted("French President Emmanuel Macron traveled to Mali to meet its president.")
            if e[0] == "CONSULT"]


def test_a_cancelled_visit_is_no_visit(asserted):
    assert asserted("Russian President Vladimir Putin's visit to India was postponed.") == []
    events = asserted("Ukrainian President Volodymyr Zelensky was to meet US President Donald Trump during "
                      "Trump's planned trip to Poland, which was cancelled.")
    assert ("CONSULT", "Donald Trump", "Poland") not in events
    assert ("CONSULT", "Vladimir Putin", "India") in asserted(
        "Russian President Vladimir Putin's visit to India was a success.")


def test_a_reported_blame_accuses_the_blamed(asserted):
    for text in ("Nigerian army spokesman Onyema Nwachukwu said Boko Haram was behind the attack.",
                 "Nigerian army spokesman Onyema Nwachukwu said Boko Haram are the suspected perpetrators.",
                 "Nigerian army spokesman Onyema Nwachukwu said Boko Haram was responsible for the deaths of 30 soldiers."):
        assert ("ACCUSE", "Onyema Nwachukwu", "Boko Haram") in asserted(text)


def test_no_blame_for_a_duty_a_denial_or_ones_own_group(asserted):
    assert asserted("Nigerian President Bola Tinubu said the army was responsible for security in Borno.") == []
    assert asserted("Nigerian army spokesman Onyema Nwachukwu said Boko Haram was not behind the attack.") == []
    assert not [e for e in asserted("Boko Haram leader Abubakar Shekau said Boko Haram was responsible for the attack.")
                if e[0] == "ACCUSE"]


def test_the_of_object_of_a_request_noun_asks(asserted):
    events = asserted("The government of Peru rejected the demands of the protesters.")
    assert ("REQUEST", "protesters", "government of Peru") in events


def test_an_indefinite_party_label_acts_as_the_person_in_apposition(asserted):
    events = asserted("Since then, a Republican, Mark Amodei, has publicly criticized US President Donald Trump.")
    assert ("ACCUSE", "Mark Amodei", "Donald Trump") in events
