import datetime as dt

import pytest

from dragoman.dates import find_date, parse_date


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2023-03-21", dt.date(2023, 3, 21)),
        ("2023-03-21T08:15:00Z", dt.date(2023, 3, 21)),
        ("March 21, 2023", dt.date(2023, 3, 21)),
        ("Sept. 4 2019", dt.date(2019, 9, 4)),
        ("4th of July 2020", dt.date(2020, 7, 4)),
        ("21.03.2023", dt.date(2023, 3, 21)),
        ("2024/02/29", dt.date(2024, 2, 29)),
    ],
)
def test_parse_date_formats(text, expected):
    assert parse_date(text) == expected


def test_impossible_dates_are_refused():
    assert parse_date("2023-02-30") is None
    assert parse_date("no date here") is None


def test_find_date_gives_the_first_span():
    date, start, end = find_date("posted 5 May 2021, updated 2021-05-06")
    assert date == dt.date(2021, 5, 5)
    assert (start, end) == (7, 17)
