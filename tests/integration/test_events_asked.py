"""Events of the second round on unseen news, on the real model (invented sentences): acts only
asked for, request and judgement verbs of the lexicon, judged acts owned by an earlier act."""

from __future__ import annotations

import pytest

from tests.events_coding import coded, pairs as _pairs  # noqa: F401 - coded is a fixture

pytestmark = pytest.mark.integration




def test_an_act_against_someone_only_asked_for_is_no_event(coded):
    events = coded("President Tom Baker urged the Danish government to investigate Rina Holt.")
    assert ("Tom Baker", "Danish government") in _pairs(events, "REQUEST")
    assert not _pairs(events, "ACCUSE")


def test_an_asked_for_arrest_read_as_a_purpose_clause_is_no_event(coded):
    events = coded("Baker pressed Danish Prime Minister Rina Holt to arrest the Hamas leader.")
    assert [t for _, t in _pairs(events, "REQUEST")] == ["Rina Holt"]
    assert not _pairs(events, "COERCE")


def test_what_a_court_was_told_is_reported_not_asked(coded):
    events = coded("Israeli soldiers beat Palestinian detainees in Hebron, a military court was told today.")
    assert _pairs(events, "ASSAULT")


def test_designated_as_a_terrorist_organization_accuses(coded):
    events = coded("The US State Department designated Hamas as a terrorist organization.")
    assert [t for _, t in _pairs(events, "ACCUSE")] == ["Hamas"]


def test_a_court_ruling_against_someone_rejects(coded):
    events = coded("The Supreme Court of Norway ruled against President Tom Baker on Monday.")
    assert ("Supreme Court of Norway", "Tom Baker") in _pairs(events, "REJECT")


def test_an_inquiry_into_someone_accuses_them(coded):
    events = coded("The Danish parliament opened an inquiry into President Tom Baker of Norway.")
    assert ("Danish parliament", "Tom Baker") in _pairs(events, "ACCUSE")


def test_attacking_an_inquiry_accuses_whoever_opened_it(coded):
    events = coded("The Danish parliament opened an impeachment inquiry into President Tom Baker. "
                   "Senator Rina Holt of Sweden attacked the impeachment inquiry.")
    assert ("Rina Holt", "Danish parliament") in _pairs(events, "ACCUSE")


def test_opposing_an_announced_withdrawal_rejects_its_announcer(coded):
    events = coded("President Tom Baker of Norway announced a complete withdrawal from Mali on Monday. "
                   "The Malian government opposed the withdrawal.")
    assert ("Malian government", "Tom Baker") in _pairs(events, "REJECT")


def test_an_act_only_asked_of_someone_does_not_own_a_later_nominal(coded):
    events = coded("President Tom Baker asked Prime Minister Rina Holt of Denmark to investigate the Swedish "
                   "government. Senator Ann Berg of Finland criticized the investigation.")
    assert ("Ann Berg", "Rina Holt") not in _pairs(events, "ACCUSE")


def test_a_judged_it_stands_for_the_act_just_reported(coded):
    events = coded('Norway imposed sanctions on Sweden on Monday. Swedish Foreign Minister Ann Berg said: '
                   '"It is a shameful provocation."')
    assert ("Ann Berg", "Norway") in _pairs(events, "ACCUSE")


def test_a_judged_this_after_an_announced_act(coded):
    events = coded('President Tom Baker of Norway announced a withdrawal of troops from Mali on Monday. '
                   '"This is a stab in the back," said Malian Prime Minister Ali Toure.')
    assert ("Ali Toure", "Tom Baker") in _pairs(events, "ACCUSE")


def test_an_extraposed_it_judges_no_act(coded):
    events = coded('Norway imposed sanctions on Sweden on Monday. Swedish Foreign Minister Ann Berg said: '
                   '"It is wrong to punish our farmers."')
    assert not _pairs(events, "ACCUSE")


def test_a_judged_it_after_an_act_only_possible_judges_no_one(coded):
    events = coded('Norway may impose sanctions on Sweden. Swedish Foreign Minister Ann Berg said: '
                   '"It is a shameful provocation."')
    assert not _pairs(events, "ACCUSE")


def test_we_are_with_someone_is_solidarity(coded):
    events = coded('Mayor Jan Kowal of Gdansk was stabbed on Sunday. Polish Prime Minister Anna Nowak said: '
                   '"We are with Mayor Kowal in our thoughts and prayers."')
    assert ("Anna Nowak", "Jan Kowal") in _pairs(events, "SUPPORT")


def test_i_am_with_him_is_solidarity(coded):
    events = coded('Mayor Jan Kowal of Gdansk was stabbed on Sunday. "Today I am unconditionally with him and '
                   'his loved ones," President Piotr Duda wrote.')
    assert ("Piotr Duda", "Jan Kowal") in _pairs(events, "SUPPORT")


def test_not_being_with_someone_is_no_solidarity(coded):
    events = coded('Mayor Jan Kowal of Gdansk was stabbed on Sunday. "We are not with Kowal on this," '
                   'President Piotr Duda said.')
    assert not _pairs(events, "SUPPORT")


def test_named_members_after_such_as_stand_for_the_group(coded):
    events = coded("Norway criticized countries such as Sweden and Denmark on Monday.")
    assert {t for _, t in _pairs(events, "ACCUSE")} == {"Sweden", "Denmark"}


def test_confirming_someone_as_an_office_holder_supports_them(coded):
    events = coded("The Norwegian parliament confirmed Rina Holt as finance minister.")
    assert ("Norwegian parliament", "Rina Holt") in _pairs(events, "SUPPORT")


def test_confirming_an_act_is_no_support(coded):
    events = coded("Norwegian police confirmed the attack on Friday.")
    assert not _pairs(events, "SUPPORT")


def test_a_judged_act_named_by_a_violent_verb_does_not_judge_its_victim(coded):
    events = coded('Journalist Ali Nabil of Yemen was shot dead on Monday. Amnesty official Sara Benn said: '
                   '"Nabil\'s murder is unacceptable."')
    assert ("Sara Benn", "Ali Nabil") not in _pairs(events, "ACCUSE")


def test_calling_it_names_the_act_just_reported(coded):
    events = coded("Norway imposed sanctions on Sweden on Monday. Swedish Foreign Minister Ann Berg called it "
                   "a shameful provocation.")
    assert ("Ann Berg", "Norway") in _pairs(events, "ACCUSE")


def test_rejecting_it_after_an_act_only_possible_rejects_no_one(coded):
    events = coded("Norway may impose sanctions on Sweden. Swedish Foreign Minister Ann Berg rejected it.")
    assert not _pairs(events, "REJECT")


def test_flying_arms_to_a_country_is_no_visit(coded):
    events = coded("Iran's Mahan Air flies weapons and fighters to Syria. President Tom Baker of Norway flew to "
                   "Sweden on Monday.")
    assert _pairs(events, "CONSULT") == [("Tom Baker", "Sweden")]


def test_returning_arms_yields_them(coded):
    events = coded("Norwegian troops returned the rifles to the Swedish army on Monday.")
    assert ("Norwegian troops", "Swedish army") in _pairs(events, "CONCEDE")


def test_they_continues_a_coordinated_subject_led_by_its_first(coded):
    events = coded("Foreign Minister Ann Berg of Sweden and her Danish counterpart Lars Holm met in Oslo on "
                   "Monday. They concluded that the plan was unlawful. They called on Norway to halt its drilling.")
    assert _pairs(events, "REQUEST") == [("Ann Berg", "Norway")]


def test_they_after_a_single_subject_is_not_resolved_to_it(coded):
    events = coded("Foreign Minister Ann Berg of Sweden arrived in Oslo on Monday. They called on Norway to halt "
                   "its drilling.")
    assert ("Ann Berg", "Norway") not in _pairs(events, "REQUEST")
