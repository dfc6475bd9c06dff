"""CAMEO code families of the event lexicon on the real model (invented sentences): each family's
verbs, nouns and phrases are coded with its PLOVER type, and the general words they build on
("cut", "provide", "lift", "block") are not events without the family's objects."""

from __future__ import annotations

import pytest

from dragoman.pipeline import Pipeline
from tests.events_coding import asserted  # noqa: F401 - a fixture

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def matched():
    """text -> {(head word, PLOVER type)} of the lexicon predicates found (arguments aside)."""
    from dragoman.events.lexicon import load_lexicon
    from dragoman.events.predicates import find_predicates

    nlp, lex = Pipeline().nlp, load_lexicon()

    def run(text: str):
        return {(p.token.text, p.entry.type) for s in nlp(text).sents for p in find_predicates(s, lex)}

    return run


def types(events):
    return {t for t, _, _ in events}


@pytest.mark.parametrize("text", [
    "Chile shared intelligence with Peru on Monday.",
    "Chile exchanged information with Peru about the smugglers.",
    "Chile held naval exercises with Peru last week.",
])
def test_material_cooperation(asserted, text):
    assert ("COOPERATE", "Chile", "Peru") in asserted(text)


@pytest.mark.parametrize("text", [
    "Norway delivered medicine to Chad on Monday.",
    "Norway handed over food to Chad.",
    "Norway provided funding to Chad for the clinics.",
])
def test_aid_given_sent_or_delivered(asserted, text):
    assert ("AID", "Norway", "Chad") in asserted(text)


@pytest.mark.parametrize("text", [
    "Peru lifted restrictions on Chile on Friday.",
    "Peru eased curbs on Chile.",
])
def test_easing_restrictions_is_a_concession(asserted, text):
    assert ("CONCEDE", "Peru", "Chile") in asserted(text)


def test_giving_in_to_demands(asserted):
    assert ("CONCEDE", "Peru", "Chile") in asserted("Peru bowed to pressure from Chile.")


@pytest.mark.parametrize("text,word", [
    ("Peru reneged on its pledge to Chile.", "reneged"),
    ("Peru violated the trade agreement with Chile.", "violated"),
    ("Peru pulled out of the accord with Chile.", "pulled"),
])
def test_breaking_an_agreement_is_a_rejection(matched, text, word):
    assert (word, "REJECT") in matched(text)


@pytest.mark.parametrize("text,typ", [
    ("Chile suspended aid deliveries to Peru.", "SANCTION"),
    ("Chile downgraded its diplomatic ties with Peru.", "SANCTION"),
    ("Chile withdrew its monitors from Peru.", "SANCTION"),
    ("Chile halted talks with Peru.", "SANCTION"),
])
def test_reducing_relations(asserted, text, typ):
    assert (typ, "Chile", "Peru") in asserted(text)


def test_strengthened_forces_and_alerts(asserted, matched):
    assert ("reinforced", "MOBILIZE") in matched("Chile reinforced its troops in Peru on Sunday.")
    assert ("strengthened", "MOBILIZE") in matched("Chile strengthened its forces along the border with Peru.")
    assert ("remained", "MOBILIZE") in matched("Peruvian troops remained on high alert near the border.")


def test_explosives_and_counting_frames(asserted, matched):
    assert ("detonated", "ASSAULT") in matched("Rebels from Chad detonated a series of bombs in Niger.")
    assert ("ASSAULT", "Chad", "Niger") in asserted("Chad bombarded Niger on Sunday.")


def test_seizing_towns(asserted):
    assert ("ASSAULT", "Chad", "Niger") in asserted("Chad recaptured the town from Niger on Sunday.")


def test_hunger_and_general_strikes_are_protests(asserted):
    assert "PROTEST" in types(asserted("Kurdish prisoners in Turkey began a hunger strike against the Turkish government."))


def test_labour_strikes_are_protests_and_calling_them_off_yields(matched):
    assert ("strike", "PROTEST") in matched("Teachers in Greece began an open-ended general strike on Monday.")
    assert ("called", "CONCEDE") in matched("The union called off the strike after talks with the government.")


def test_beating_people_is_an_assault_and_beating_a_team_is_not(matched):
    assert ("beat", "ASSAULT") in matched("Police beat protesters outside parliament.")
    assert ("beaten", "ASSAULT") in matched("Two journalists were beaten by soldiers.")
    assert not matched("Chile beat Peru 2-0 in the final.")


def test_welcoming_an_act_is_support(asserted):
    assert ("SUPPORT", "Peru", "Chile") in asserted("Peru welcomed Chile's announcement on Monday.")


def test_sending_inspectors_investigates(asserted):
    assert ("ACCUSE", "Norway", "Chad") in asserted("Norway sent investigators to Chad.")


@pytest.mark.parametrize("text", [
    "Chile cut its interest rates on Tuesday.",
    "Peru lifted the trophy after beating Chile.",
    "Chile provided the venue for the match against Peru.",
    "The striker scored a hat-trick as Chile beat Peru.",
    "Chile blocked a shot from Peru's captain in the final minute.",
])
def test_general_words_outside_the_families_are_no_events(asserted, text):
    assert not types(asserted(text)) & {"SANCTION", "CONCEDE", "AID", "COERCE", "PROTEST", "ASSAULT"}


def test_quantities_stand_for_what_they_measure(asserted):
    assert ("AID", "Norway", "Chad") in asserted("Norway handed over 500 kg of medicine to Chad.")


def test_blockades_and_inquiries(asserted, matched):
    assert ("COERCE", "Chile", "Peru") in asserted("Chile imposed a naval blockade on Peru on Monday.")
    assert ("opened", "ACCUSE") in matched("The court in Chile opened a hearing into the abuses.")


def test_extradition_is_judicial_cooperation_with_the_receiving_state(asserted):
    assert ("COOPERATE", "Chile", "Peru") in asserted("Chile extradited a banker to Peru on Sunday.")


def test_joint_war_games_between_coordinated_states(asserted, matched):
    assert ("COOPERATE", "Chile", "Peru") in asserted("Chile and Peru held joint military exercises on Monday.")
    assert ("games", "COOPERATE") in matched("Chile and Peru launched ten days of war games on Monday.")


def test_a_cause_is_no_object(matched):
    assert ("closed", "RETREAT") not in matched("Chile closed its border because of fighting in Peru.")


def test_compound_event_nouns_are_keyed_on_their_head(matched):
    found = matched("After a phone call with Peru, Chile ordered drone strikes on the camp and a hunger strike began.")
    assert {("call", "CONSULT"), ("strikes", "ASSAULT"), ("strike", "PROTEST")} <= found


def test_sexual_violence(asserted, matched):
    assert ("ASSAULT", "Chad", "Niger") in asserted("Soldiers from Chad raped women in Niger, the report said.") or \
        ("raped", "ASSAULT") in matched("Soldiers from Chad raped women in Niger, the report said.")
    assert ("rape", "ASSAULT") in matched("The rape of a tourist shocked the city.")


def test_alerts_ordered_and_high_alert(matched):
    assert ("ordered", "MOBILIZE") in matched("The minister ordered a heightened alert along the border.")
    assert ("alert", "MOBILIZE") in matched("Troops were placed under high alert on Monday.")


def test_funding_is_aid_and_holding_up_aid_is_a_sanction(asserted, matched):
    assert ("AID", "Norway", "Chad") in asserted("Norway funded Chad's new clinics.") or \
        ("funded", "AID") in matched("Norway funded Chad's new clinics.")
    assert ("delayed", "SANCTION") in matched("The president delayed military aid to Ukraine.")


def test_claims_of_responsibility_subpoenas_and_recommendations(matched):
    assert ("authorized", "REQUEST") in matched("The committee authorized subpoenas for the documents.")
    assert ("recommended", "REQUEST") in matched("The minister recommended that foreign troops leave the country.")
    assert ("recommended", "REQUEST") not in matched("The drummer recommended a young guitarist to the band.")


def test_choosing_someone_for_an_office_is_support(matched):
    assert ("chose", "SUPPORT") in matched("The senator chose the governor as his running mate.")
    assert ("destroyed", "COERCE") in matched("Soldiers destroyed the houses of the villagers.")
    assert ("destroy", "COERCE") not in matched("He said he would destroy the economy of the country.")


def test_verbs_whose_final_e_the_model_drops(matched):
    # the model lemmatises "raped" as "rap" and "staged" as "stag"
    assert ("raped", "ASSAULT") in matched("Soldiers raped women in the village, the report said.")
    assert ("staged", "PROTEST") in matched("Dockers staged a strike at the port on Monday.")


def test_clemency_is_a_concession(asserted, matched):
    assert ("CONCEDE", "Chile", "Peru") in asserted("Chile granted an amnesty to Peru's fishermen.") or \
        ("granted", "CONCEDE") in matched("Chile granted an amnesty to Peru's fishermen.")
    assert ("commuted", "CONCEDE") in matched("The president commuted the activist's sentence.")
    assert ("dropped", "CONCEDE") in matched("Prosecutors dropped the charges against the editor.")


def test_summoning_an_envoy_objecting_and_blocking(asserted, matched):
    assert [(t, src) for t, src, _ in asserted("Chile summoned Peru's ambassador on Monday.")] == [("ACCUSE", "Chile")]
    assert ("objected", "REJECT") in matched("Peru objected to the plan.")
    assert ("blocked", "REJECT") in matched("Russia blocked the resolution at the Security Council.")


def test_closing_missions_and_widening_sanctions(asserted, matched):
    assert ("closed", "SANCTION") in matched("Chile closed its embassy in Lima on Friday.")
    assert ("SANCTION", "Chile", "Peru") in asserted("Chile slapped sanctions on Peru.")
    assert ("SANCTION", "Chile", "Peru") in asserted("Chile tightened sanctions against Peru.")


def test_storming_beheading_and_fighting(matched):
    assert ("stormed", "ASSAULT") in matched("Militants stormed the embassy on Sunday.")
    assert ("beheaded", "ASSAULT") in matched("Militants beheaded a hostage.")
    assert ("Fighting", "ASSAULT") in matched("Fighting between the army and the rebels killed ten people.")
    assert not {t for _, t in matched("The striker stormed to victory in the final.")} & {"ASSAULT"}
