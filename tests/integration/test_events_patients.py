"""Event constructions on the real model (invented sentences): patient constructions of act nouns,
prenominal authors, detached "by" participles, selection for a role, message addressees, finite
verbs joined to an infinitive, coordinated subjects of an act's resumption."""

from __future__ import annotations

import pytest

from tests.events_coding import coded, pairs  # noqa: F401 - coded is a fixture

pytestmark = pytest.mark.integration


@pytest.mark.parametrize("text, typ, pair", [
    ("Kenya is already under European Union sanctions.", "SANCTION", ("European Union", "Kenya")),
    ("Peru has been under Chilean sanctions since 2011.", "SANCTION", ("Chile", "Peru")),
    ("Colombia came under attack from Venezuela on Monday.", "ASSAULT", ("Venezuela", "Colombia")),
    ("The Kenyan army placed Somalia's envoy under arrest on Tuesday.", "COERCE", ("Kenyan army", "Somalia's envoy")),
    ("Norway has been the subject of Chilean sanctions since 2011.", "SANCTION", ("Chile", "Norway")),
    ("Peru was the target of a Bolivian attack in 2006.", "ASSAULT", ("Bolivia", "Peru")),
    ("Peru, the target of a Bolivian attack in 2006, rebuilt its army.", "ASSAULT", ("Bolivia", "Peru")),
])
def test_the_subject_or_object_undergoes_the_act_noun(coded, text, typ, pair):
    assert pair in pairs(coded(text), typ)


def test_under_sanctions_names_no_sanctioning_subject(coded):
    assert ("Kenya", "Kenya") not in pairs(coded("Kenya is already under European Union sanctions."), "SANCTION")
    assert not [p for p in pairs(coded("Kenya is already under European Union sanctions."), "SANCTION")
                if p[0] == "Kenya"]


@pytest.mark.parametrize("text, typ, pair", [
    ("Chilean sanctions on Peru took effect on Monday.", "SANCTION", ("Chile", "Peru")),
    ("Bolivian airstrikes on Peru killed five people.", "ASSAULT", ("Bolivia", "Peru")),
])
def test_a_nationality_before_an_act_noun_is_its_author(coded, text, typ, pair):
    assert pair in pairs(coded(text), typ)


def test_a_detached_participle_names_the_author(coded):
    events = coded("Dozens died in the attack on Peru, reportedly conducted by the Shining Path.")
    assert ("Shining Path", "Peru") in pairs(events, "ASSAULT")


@pytest.mark.parametrize("text", [
    "Senator Ana Ruiz was chosen by President Luis Arce as his running mate.",
    "President Luis Arce announced Senator Ana Ruiz as his choice for vice president.",
])
def test_selection_for_a_role_is_support(coded, text):
    assert ("Luis Arce", "Ana Ruiz") in pairs(coded(text), "SUPPORT")


def test_describing_as_a_role_is_no_selection(coded):
    assert pairs(coded("The prime minister regarded Ana Ruiz as a candidate for the post."), "SUPPORT") == []


@pytest.mark.parametrize("text, pair", [
    ("Foreign Minister Ana Ruiz of Chile wrote to the Peruvian government asking it to release the prisoners.",
     ("Ana Ruiz", "Peruvian government")),
    ("The Chilean ambassador sent a letter to Bolivia urging it to reopen the border.", ("Chilean ambassador", "Bolivia")),
    ("Chile sent a message to Peru, demanding the release of the sailors.", ("Chile", "Peru")),
])
def test_the_addressee_of_a_message_is_asked(coded, text, pair):
    assert pair in pairs(coded(text), "REQUEST")


def test_a_clause_of_its_own_is_no_message_participle(coded):
    assert pairs(coded("Chile wrote to Peru last week, and Bolivia was asking for talks."), "REQUEST") == []


def test_a_finite_verb_joined_to_an_infinitive_keeps_the_urging_subject(coded):
    events = coded("Foreign Minister Ana Ruiz of Chile urged Peru to reconsider and spoke with Bolivian "
                   "President Luis Arce about the case.")
    assert ("Ana Ruiz", "Luis Arce") in pairs(events, "CONSULT")
    assert ("Peru", "Luis Arce") not in pairs(events, "CONSULT")


def test_coordinated_subjects_welcoming_a_resumption_act_on_its_party(coded):
    events = coded("Chile and Peru welcomed a resumption of diplomatic relations with Bolivia after a long rift.")
    found = [p for ty, s, t in events for p in [(s.name, t.name)]]
    assert ("Chile", "Bolivia") in found and ("Peru", "Bolivia") in found
    assert ("Chile", "Peru") not in found


def test_the_parties_between_which_ties_resume(coded):
    found = [(s.name, t.name) for _, s, t in coded("Chile welcomed the resumption of diplomatic ties between Peru and Bolivia.")]
    assert ("Chile", "Peru") in found and ("Chile", "Bolivia") in found


def test_coordinated_subjects_that_met_still_act_on_each_other(coded):
    assert ("Chile", "Peru") in pairs(coded("Chile and Peru met in Lima on Monday."), "CONSULT")


def test_a_performing_passive_names_the_act_nouns_author(coded):
    assert ("Chile", "Peru") in pairs(coded("The attack on Peru was carried out by Chile."), "ASSAULT")


@pytest.mark.parametrize("text", [
    "Bolivia criticized the decision, which Chile announced on Monday.",
    "Bolivia criticized the step that Chile took on Monday.",
])
def test_a_relative_clause_names_the_owner_of_a_judged_act(coded, text):
    assert ("Bolivia", "Chile") in pairs(coded(text), "ACCUSE")


@pytest.mark.parametrize("text, typ, pair", [
    ("Chile met with Peru, and the two countries signed a trade deal.", "AGREE", ("Chile", "Peru")),
    ("President Gabriel Boric of Chile hosted President Dina Boluarte of Peru in Santiago. The two leaders "
     "agreed to reopen the border.", "AGREE", ("Gabriel Boric", "Dina Boluarte")),
    ("Chile and Peru held talks in Lima. Both sides agreed to exchange prisoners.", "AGREE", ("Chile", "Peru")),
])
def test_a_dual_noun_names_the_two_parties_just_mentioned(coded, text, typ, pair):
    assert pair in pairs(coded(text), typ)


def test_a_subject_it_continues_the_state_before(coded):
    events = coded("Chile accused Peru of spying on Monday. It also expelled two Bolivian diplomats.")
    assert [p for p in pairs(events, "SANCTION") if p[0] == "Chile"]


@pytest.mark.parametrize("text, typ, pair", [
    ("Peru faces Chilean sanctions over the dispute.", "SANCTION", ("Chile", "Peru")),
    ("Peru suffered a Bolivian attack on its border post.", "ASSAULT", ("Bolivia", "Peru")),
])
def test_the_subject_undergoes_what_it_faces(coded, text, typ, pair):
    assert pair in pairs(coded(text), typ)


def test_an_act_named_as_something_is_not_the_namers(coded):
    events = coded("Senator Ana Ruiz of Chile called the investigation into Peru a witch hunt.")
    assert ("Ana Ruiz", "Peru") not in pairs(events, "ACCUSE")


def test_its_after_a_coordinated_verb_is_the_earlier_object(coded):
    assert ("Chile", "Peru") in pairs(coded("Chile accused Peru of spying and expelled its diplomats."), "SANCTION")


def test_blame_of_his_or_her_doing_is_of_another(coded):
    events = coded("President Gabriel Boric met Peruvian President Dina Boluarte and later questioned her authority.")
    assert ("Gabriel Boric", "Dina Boluarte") in pairs(events, "ACCUSE")


def test_his_own_deputy_is_no_one_elses(coded):
    events = coded("Peruvian President Dina Boluarte met Gabriel Boric on Monday. Later Boluarte fired her deputy.")
    assert ("Dina Boluarte", "Gabriel Boric") not in pairs(events, "SANCTION")


@pytest.mark.parametrize("text", [
    "Chile was disappointed by Peru's decision to close the border.",
    "Peru's decision disappointed Chile.",
    "Chile was angered by Peru's decision to close the border.",
    "Peru's decision outraged Chile.",
])
def test_the_one_who_feels_criticises_the_cause(coded, text):
    assert ("Chile", "Peru") in pairs(coded(text), "ACCUSE")


def test_a_judged_act_owned_later_in_the_text(coded):
    events = coded("Senator Ana Ruiz criticized the decision on Monday. The decision by Bolivia was announced in March.")
    assert ("Ana Ruiz", "Bolivia") in pairs(events, "ACCUSE")


@pytest.mark.parametrize("text, typ, pair", [
    ("Chilean forces were engaged in attacks on Peruvian villages.", "ASSAULT", ("Chilean forces", "Peru")),
    ("Chile had been allied with Peru in fighting the rebels.", "COOPERATE", ("Chile", "Peru")),
    ("Chile was involved in the attack on Peru.", "ASSAULT", ("Chile", "Peru")),
])
def test_a_stative_passive_subject_is_the_agent(coded, text, typ, pair):
    assert pair in pairs(coded(text), typ)


@pytest.mark.parametrize("text", [
    "The Shining Path carried out an attack on a military base in Ayacucho, Peru on Monday.",
    "Rebels of the Shining Path attacked a police post in Peru on Monday.",
])
def test_an_armed_groups_attack_on_a_place_targets_its_state(coded, text):
    assert ("Shining Path", "Peru") in pairs(coded(text), "ASSAULT")


def test_an_armed_groups_attack_on_unnamed_people_is_not_on_the_state(coded):
    events = coded("A woman linked to the Shining Path shot at police officers while in detention in Peru.")
    assert ("Shining Path", "Peru") not in pairs(events, "ASSAULT")


@pytest.mark.parametrize("text, typ", [
    ("Peru asked Chile to extradite the suspect on Monday. Chile refused.", "REJECT"),
    ("Peru urged Chile to reopen the border. Chile agreed on Tuesday.", "AGREE"),
])
def test_an_answer_without_a_party_answers_the_request(coded, text, typ):
    assert ("Chile", "Peru") in pairs(coded(text), typ)


def test_an_answer_asked_for_is_no_answer(coded):
    events = coded("Peru urged Chile to reopen the border. Bolivia said Chile should accept.")
    assert ("Chile", "Peru") not in pairs(events, "AGREE")


def test_a_bare_conjunct_shares_the_nationality_before_it(coded):
    found = pairs(coded("Danish media and government warned Peru about the rebels."), "THREATEN")
    assert ("Danish media", "Peru") in found and ("Danish government", "Peru") in found


@pytest.mark.parametrize("text, typ, pair", [
    ("Peru received Chilean military aid last year.", "AID", ("Chile", "Peru")),
    ("Peru received sanctions from the European Union.", "SANCTION", ("European Union", "Peru")),
])
def test_what_is_received_is_done_to_the_receiver(coded, text, typ, pair):
    events = coded(text)
    assert pair in pairs(events, typ)
    assert pairs(events, "CONSULT") == []  # receiving an act is no hosting


def test_a_received_warrant_is_not_against_the_receiver(coded):
    events = coded("Chile said it received arrest warrants from Peru.")
    assert ("Peru", "Chile") not in pairs(events, "COERCE")


def test_leaving_a_treaty_rejects_its_party_and_is_no_agreement(coded):
    events = coded("Last year Chile withdrew from a nuclear treaty with Peru.")
    assert ("Chile", "Peru") in pairs(events, "REJECT")  # reneging (the lexicon's "withdraw from =@agreement_word")
    assert pairs(events, "AGREE") == []


def test_the_last_verb_of_a_series_shares_the_subject(coded):
    events = coded("In 2018 Chile bought Peruvian rifles, started assembling them in Arica, then agreed with "
                   "Bolivia to open a factory.")
    assert ("Chile", "Bolivia") in pairs(events, "AGREE")
