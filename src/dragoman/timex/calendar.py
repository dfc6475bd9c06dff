"""Calendar arithmetic for TIMEX3 values: shifting, ISO weeks, quarters, formatting."""

from __future__ import annotations

import calendar as _cal
import datetime as dt


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, clamped to the target month's length."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = _cal.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def iso_week(day: dt.date) -> str:
    """TIMEX3 week value, e.g. ``2023-W12``."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def fmt_day(day: dt.date) -> str:
    return day.isoformat()


def fmt_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def weekday_near(anchor: dt.date, isoweekday: int, direction: int) -> dt.date:
    """The given weekday nearest ``anchor``: on or before it (``direction`` < 0),
    on or after it (> 0)."""
    delta = isoweekday - anchor.isoweekday()
    if direction < 0:
        return anchor + dt.timedelta(days=delta if delta <= 0 else delta - 7)
    return anchor + dt.timedelta(days=delta if delta >= 0 else delta + 7)


def month_year(anchor: dt.date, month: int, direction: int | None) -> int:
    """The year of a bare month name: the last such month (-1), the next (+1),
    or the nearest one (None)."""
    if direction is None:
        diff = month - anchor.month
        if diff > 6:
            return anchor.year - 1
        if diff < -6:
            return anchor.year + 1
        return anchor.year
    if direction < 0:
        return anchor.year - 1 if month > anchor.month else anchor.year
    return anchor.year + 1 if month < anchor.month else anchor.year


def day_year(anchor: dt.date, month: int, day: int, direction: int | None) -> int:
    """The year of a month and day written without one."""
    def valid(year: int) -> dt.date | None:
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None

    same = valid(anchor.year)
    if same is None:  # 29 February outside a leap year: the nearest leap year
        for step in (-1, 1, -2, 2, -3, 3, -4, 4):
            year = anchor.year + step if direction is None else anchor.year + direction * abs(step)
            if valid(year):
                return year
        return anchor.year
    if direction is None:
        gap = (same - anchor).days
        if gap > 183:
            return anchor.year - 1
        if gap < -183:
            return anchor.year + 1
        return anchor.year
    if direction < 0:
        return anchor.year - 1 if same > anchor else anchor.year
    return anchor.year + 1 if same < anchor else anchor.year


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return dt.date(year, month, day + 1)


def nth_weekday(year: int, month: int, isoweekday: int, nth: int) -> dt.date:
    """The ``nth`` given weekday of a month (``nth`` = -1: the last one)."""
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(isoweekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    last = dt.date(year, month, _cal.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.isoweekday() - isoweekday) % 7)


def holiday(rule: str, year: int) -> dt.date:
    """The day of a holiday in ``year`` from its lexicon rule: ``MM-DD`` (fixed),
    ``MM-W-N[+D]`` (the Nth ISO weekday W of month MM, N = -1 the last, plus D days),
    ``E+D`` (D days from Easter Sunday)."""
    if rule.startswith("E"):
        return easter(year) + dt.timedelta(days=int(rule[1:]))
    month, rest = rule.split("-", 1)
    if rest.isdigit():
        return dt.date(year, int(month), int(rest))
    weekday, tail = rest.split("-", 1)
    nth, _, shift = tail.partition("+")
    return nth_weekday(year, int(month), int(weekday), int(nth)) + dt.timedelta(days=int(shift or 0))
