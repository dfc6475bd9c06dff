"""Rules added for TIMEX3 conventions, each on invented expressions and sentences.

Spoken years, quarters of a named year, "the same period last year", holidays, "the current
quarter", anaphora to the last value named ("that year", "the following month"), "the year
ended ...", seasons with "this past", weekdays with a date, deadlines ("until Friday").
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from dragoman.context import Context
from dragoman.records import Article
from dragoman.times import extract_times, normalise
from dragoman.timex.calendar import easter, holiday, nth_weekday
from dragoman.timex.grammar import Env, normalise_with
from dragoman.timex.numbers import year_number

TUE = dt.date(2023, 3, 21)  # a Tuesday


def _doc(text: str) -> Doc:
    words, spaces = [], []
    for m in re.finditer(r"\w+(?:[-'/.]\w+)*|[^\w\s]", text):
        words.append(m.group())
        spaces.append(text[m.end():m.end() + 1] == " ")
    return Doc(Vocab(), words=words, spaces=spaces)


def _found(text: str, published: dt.date = TUE) -> dict[str, tuple[str, str | None]]:
    doc = _doc(text)
    ctx = Context(Article(id="t", source="test", text=text), published)
    return {t.text: (t.type, t.value) for t in extract_times(doc, ctx)}


# ---- years said in words ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [("nineteen eighty-four", 1984), ("nineteen hundred", 1900), ("two thousand and eight", 2008),
     ("two thousand", 2000), ("twenty fourteen", 2014), ("nineteen oh six", 1906), ("1975", 1975),
     ("banana", None), ("three hundred", None)],
)
def test_year_number(text, expected):
    assert year_number(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nineteen eighty-four", ("DATE", "1984")),
        ("the year two thousand", ("DATE", "2000")),
        ("the year two thousand and three", ("DATE", "2003")),
        ("March nineteen seventy-two", ("DATE", "1972-03")),
        ("the summer of nineteen sixty-nine", ("DATE", "1969-SU")),
        ("June 5, nineteen ninety-one", ("DATE", "1991-06-05")),
        ("the nineteen sixties", ("DATE", "196")),
        ("the eighteen-nineties", ("DATE", "189")),
    ],
)
def test_spoken_years(text, expected):
    assert normalise(text, TUE) == expected


def test_two_thousand_alone_is_a_number_not_a_year():
    assert normalise("two thousand", TUE) is None
    found = _found("Some two thousand people marched in nineteen ninety-eight.")
    assert found == {"nineteen ninety-eight": ("DATE", "1998")}


def test_decimals_are_not_years():
    assert normalise("2082.1", TUE) is None
    assert _found("The index closed at 1843.7 points, its best level since 1987.") == {"1987": ("DATE", "1987")}


# ---- quarters and reporting periods ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("this year's second quarter", "2023-Q2"),
        ("next year's first half", "2024-H1"),
        ("last year's fourth quarter", "2022-Q4"),
        ("the 2021 third quarter", "2021-Q3"),
        ("the 2019 fiscal second quarter", "2019-Q2"),
        # no ordinal: the quarter being reported on (the last completed one before the anchor)
        ("last year's quarter", "2021-Q4"),
        ("the 2020 period", "2020-Q4"),
        ("the current quarter", "2023-Q1"),
        ("the current fiscal year", "2023"),
    ],
)
def test_quarters_of_a_named_year(text, expected):
    # anchor in January 2022 for the reported-quarter cases, March 2023 otherwise
    anchor = dt.date(2022, 1, 20) if text in ("last year's quarter", "the 2020 period") else TUE
    assert normalise(text, anchor) == ("DATE", expected)


def test_quarter_without_ordinal_follows_the_quarter_the_text_named():
    env = Env(TUE, quarter="2023-Q1")
    assert normalise_with("the 2022 period", env) == ("DATE", "2022-Q1")
    assert normalise_with("last year's quarter", env) == ("DATE", "2022-Q1")


def test_current_ignores_the_last_day_named():
    env = Env(TUE, ref=dt.date(2024, 6, 30))
    assert normalise_with("the current fiscal year", env) == ("DATE", "2023")


@pytest.mark.parametrize(
    ("text", "quarter", "mention", "expected"),
    [
        ("the same period last year", None, "2023-02", "2022-02"),
        ("the same month a year earlier", None, None, "2022-03"),
        ("the corresponding period last year", "2022-Q4", "2022-12-31", "2021-Q4"),
        ("the comparable quarter a year ago", None, None, "2021-Q4"),
        ("the same period of the previous year", None, "2020", "2022"),
    ],
)
def test_same_period_a_year_back(text, quarter, mention, expected):
    assert normalise_with(text, Env(TUE, quarter=quarter, mention=mention)) == ("DATE", expected)


def test_a_quarter_named_for_this_year_sets_the_reporting_quarter():
    text = "Profit in this year's first quarter rose to $5 million from $4 million a year earlier."
    found = _found(text, dt.date(2023, 4, 25))
    assert found["this year's first quarter"] == ("DATE", "2023-Q1")
    assert found["a year earlier"] == ("DATE", "2022-Q1")


# ---- anaphora: the last value named ------------------------------------------------------


def test_that_year_is_the_last_year_named():
    found = _found("The bridge opened in May 2016. Later that year a second span was begun.")
    assert found["May 2016"] == ("DATE", "2016-05")
    assert found["that year"] == ("DATE", "2016")


def test_the_following_month_counts_from_the_last_month_named():
    found = _found("The mill shut in October 2019. The following month its owners sold it.")
    assert found["The following month"] == ("DATE", "2019-11")
    assert normalise_with("the following year", Env(TUE, mention="2011")) == ("DATE", "2012")
    assert normalise_with("the previous month", Env(TUE, mention="2011-01")) == ("DATE", "2010-12")
    # a value less precise than the unit leaves the last day named (or the anchor) as the base
    assert normalise_with("the following month", Env(TUE, mention="2011")) == ("DATE", "2023-04")


def test_the_previous_weekday_counts_from_the_last_day_named():
    env = Env(TUE, ref=dt.date(2023, 3, 17))  # a Friday
    assert normalise_with("the previous Friday", env) == ("DATE", "2023-03-10")
    assert normalise_with("the following Monday", env) == ("DATE", "2023-03-20")
    assert normalise_with("the previous Friday", Env(TUE)) == ("DATE", "2023-03-17")


# ---- the year ended ... ------------------------------------------------------------------


def test_the_year_ended_is_a_duration():
    found = _found("Sales rose 8% in the fiscal year ended June 30, and the year ending next June looks weaker.")
    assert found["the fiscal year"] == ("DURATION", "P1Y")
    assert found["the year"] == ("DURATION", "P1Y")
    assert found["June 30"][0] == "DATE"
    assert _found("Sales rose 8% for the year.")["the year"] == ("DATE", "2023")


# ---- holidays ----------------------------------------------------------------------------


def test_holiday_calendar():
    assert easter(2023) == dt.date(2023, 4, 9)
    assert easter(2019) == dt.date(2019, 4, 21)
    assert easter(2038) == dt.date(2038, 4, 25)
    assert nth_weekday(2023, 5, 1, -1) == dt.date(2023, 5, 29)
    assert holiday("11-4-4", 2022) == dt.date(2022, 11, 24)
    assert holiday("11-1-1+1", 2024) == dt.date(2024, 11, 5)
    assert holiday("E-2", 2023) == dt.date(2023, 4, 7)


@pytest.mark.parametrize(
    ("anchor", "text", "tense", "expected"),
    [
        (TUE, "Christmas", None, "2022-12-25"),
        (TUE, "next Christmas", None, "2023-12-25"),
        (TUE, "last Christmas", None, "2022-12-25"),
        (TUE, "Easter", None, "2023-04-09"),
        (TUE, "Good Friday", None, "2023-04-07"),
        (TUE, "Easter week", None, "2023-W14"),
        (TUE, "New Year's Eve", "future", "2023-12-31"),
        (TUE, "Halloween", "past", "2022-10-31"),
        (TUE, "Memorial Day, 2022", None, "2022-05-30"),
        (dt.date(2024, 1, 10), "Thanksgiving Day", None, "2023-11-23"),
        (dt.date(2024, 10, 1), "Election Day", None, "2024-11-05"),
    ],
)
def test_holidays(anchor, text, tense, expected):
    assert normalise(text, anchor, tense) == ("DATE", expected)


def test_holiday_in_running_text():
    found = _found("The boat sank on Thanksgiving Day after a storm.", dt.date(2024, 1, 10))
    assert found == {"Thanksgiving Day": ("DATE", "2023-11-23")}


# ---- smaller rules ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mid-afternoon yesterday", ("DATE", "2023-03-20TAF")),
        ("late evening tomorrow", ("DATE", "2023-03-22TEV")),
        ("an hour and a half", ("DURATION", "PT1H30M")),
        ("a minute and a half", ("DURATION", "PT1M30S")),
        ("two years and a half", ("DURATION", "P2Y6M")),
        ("five trading days", ("DURATION", "P5D")),
        ("ten business days", ("DURATION", "P10D")),
    ],
)
def test_small_rules(text, expected):
    assert normalise(text, TUE) == expected


@pytest.mark.parametrize(
    ("anchor", "text", "expected"),
    [
        (dt.date(2023, 10, 5), "this past spring", "2023-SP"),
        (dt.date(2023, 10, 5), "last spring", "2022-SP"),
        (dt.date(2023, 4, 5), "this past summer", "2022-SU"),
        (dt.date(2023, 4, 5), "this coming summer", "2023-SU"),
        (dt.date(2023, 10, 5), "this coming summer", "2024-SU"),
    ],
)
def test_this_past_season(anchor, text, expected):
    assert normalise(text, anchor) == ("DATE", expected)


def test_a_weekday_with_a_date_fixes_the_year():
    # 24 March fell on a Friday in 2023 and on a Sunday in 2024
    assert normalise("Friday, March 24", TUE, "past") == ("DATE", "2023-03-24")
    assert normalise("Sunday, March 24", TUE) == ("DATE", "2024-03-24")
    assert normalise("Monday, 25 March", TUE, "past") == ("DATE", "2024-03-25")


def test_a_date_before_a_colon():
    found = _found("The paper said in a leader on Wednesday, March 15: the plan is dead.")
    assert found == {"Wednesday, March 15": ("DATE", "2023-03-15")}


def test_until_a_weekday_looks_ahead():
    found = _found("The vote was postponed until Friday, officials said.")
    assert found["Friday"] == ("DATE", "2023-03-24")
    found = _found("The crossing could reopen as soon as Monday.")
    assert found["Monday"] == ("DATE", "2023-03-27")


def test_one_day_after_a_modal_is_the_future():
    assert _found("Engineers say the line will one day reach the coast.")["one day"] == ("DATE", "FUTURE_REF")
    assert _found("The strike lasted one day.")["one day"] == ("DURATION", "P1D")


def test_a_year_before_half_stays_a_year():
    found = _found("By 2030 half the cars sold will be electric, and last year's half of the budget went to roads.")
    assert found["2030"] == ("DATE", "2030")
    assert found["last year"] == ("DATE", "2022")
