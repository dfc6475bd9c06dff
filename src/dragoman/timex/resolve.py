"""Resolvers: from a rule's match and the anchor to a TIMEX3 ``(type, value)``.

Each takes the ``re.Match`` of its rule (see ``dragoman.timex.grammar``) and an ``Env``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from dragoman.timex import calendar as cal
from dragoman.timex.lexicon import lexicon
from dragoman.timex.numbers import parse_number, year_number

Value = tuple[str, str]
Resolver = Callable[[re.Match[str], "Env"], "Value | None"]


@dataclass(frozen=True, slots=True)
class Env:
    """What a rule resolves against: the anchor date, the clause's tense ("past",
    "present", "future" or None), the last day the text named and the last quarter
    it named (for "the following day", "a year earlier"), and the last calendar value
    it named at any precision, ``1988``, ``1989-03`` or a day (for "that year", "the
    following month")."""

    anchor: dt.date
    tense: str | None = None
    ref: dt.date | None = None
    quarter: str | None = None
    mention: str | None = None

    @property
    def direction(self) -> int | None:
        return {"past": -1, "future": 1}.get(self.tense or "")

    @property
    def base(self) -> dt.date:
        return self.ref or self.anchor

    def base_for(self, unit: str) -> dt.date:
        """The date that "the following <unit>" counts from: the last value the text
        named when it is at least as precise as ``unit`` (a month for "the following
        month", a year for "the following year"), else the last day named, else the anchor."""
        mention = self.mention or ""
        if unit == "year" and re.match(r"\d{4}(?:-\d\d)?$", mention):
            return dt.date(int(mention[:4]), int(mention[5:7] or 7) if len(mention) > 4 else 7, 1)
        if unit in ("year", "month") and re.match(r"\d{4}-\d\d$", mention):
            return dt.date(int(mention[:4]), int(mention[5:7]), 15)
        return self.base

    @property
    def mention_year(self) -> int | None:
        """The year of the last calendar value the text named, or None."""
        return int(self.mention[:4]) if self.mention else None


def _lower(m: re.Match[str], group: str) -> str | None:
    text = m.groupdict().get(group)
    return re.sub(r"[\s-]+", " ", text.lower()).rstrip(".") if text else None


def _month_num(m: re.Match[str], group: str = "month") -> int:
    return lexicon().months[_lower(m, group)]


def _year(text: str) -> int:
    year = int(text)
    return year + (1900 if year >= 50 else 2000) if year < 100 else year


def iso(m: re.Match[str], env: Env) -> Value | None:
    day = cal.safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return ("DATE", day.isoformat()) if day else None


def slashed(m: re.Match[str], env: Env) -> Value | None:
    day = cal.safe_date(_year(m["y"]), int(m["m"]), int(m["d"]))
    return ("DATE", day.isoformat()) if day else None


def month_day(m: re.Match[str], env: Env) -> Value | None:
    month = _month_num(m)
    day = int(re.match(r"\d+", m["day"]).group())
    if m["year"]:
        year = year_number(m["year"])
    else:
        year = cal.day_year(env.anchor, month, day, None)
        near = cal.safe_date(year, month, day)
        if near and env.direction and abs((near - env.anchor).days) > 60:
            year = cal.day_year(env.anchor, month, day, env.direction)
        named = m.groupdict().get("wd")
        if named and _lower(m, "wd") in lexicon().weekdays:
            # "Monday, Oct. 26": the nearest year in which that day is that weekday
            wd = lexicon().weekdays[_lower(m, "wd")]
            fits = [y for y in range(env.anchor.year - 3, env.anchor.year + 4)
                    if (d := cal.safe_date(y, month, day)) and d.isoweekday() == wd]
            if fits:
                year = min(fits, key=lambda y: (abs(y - year), y != year))
    date = cal.safe_date(year, month, day)
    if not date:
        return None
    value = date.isoformat()
    if m.groupdict().get("part"):
        value += "T" + lexicon().parts_of_day[_lower(m, "part")]
    return ("DATE", value)


def month_year(m: re.Match[str], env: Env) -> Value:
    return ("DATE", cal.fmt_month(year_number(m["year"]), _month_num(m)))


def month(m: re.Match[str], env: Env) -> Value:
    month = _month_num(m)
    year = cal.month_year(env.anchor, month, None)
    if env.direction and abs((year - env.anchor.year) * 12 + month - env.anchor.month) > 2:
        year = cal.month_year(env.anchor, month, env.direction)
    return ("DATE", cal.fmt_month(year, month))


def rel_month(m: re.Match[str], env: Env) -> Value:
    month = _month_num(m)
    rel = _lower(m, "rel")
    direction = -1 if rel in ("last", "past", "this past", "previous") else 1 if rel in ("next", "coming") else 0
    year = cal.month_year(env.anchor, month, direction) if direction else env.anchor.year
    if rel == "last" and year == env.anchor.year and month == env.anchor.month:
        year -= 1
    return ("DATE", cal.fmt_month(year, month))


def month_rel_year(m: re.Match[str], env: Env) -> Value | None:
    shift = _REL_SHIFT[_lower(m, "rel")]
    year = env.anchor.year + shift
    month = _month_num(m)
    if m.groupdict().get("day"):
        date = cal.safe_date(year, month, int(re.match(r"\d+", m["day"]).group()))
        return ("DATE", date.isoformat()) if date else None
    return ("DATE", cal.fmt_month(year, month))


def year(m: re.Match[str], env: Env) -> Value | None:
    value = year_number(m["year"] or m["year2"])
    return ("DATE", f"{value:04d}") if value else None


def decade(m: re.Match[str], env: Env) -> Value:
    if m["word"]:
        digit = lexicon().decade_words[_lower(m, "word")]
        century = str(int(lexicon().numbers[_lower(m, "cw")])) if m["cw"] else None
    else:
        digit = int(m["d"] or m["d2"])
        century = m["c"]
    if century is None:
        century = str(env.anchor.year // 100 if digit * 10 <= env.anchor.year % 100 else env.anchor.year // 100 - 1)
    return ("DATE", f"{century}{digit}")


def century(m: re.Match[str], env: Env) -> Value | None:
    ordinal = _lower(m, "ord")
    n = lexicon().ordinals.get(ordinal) or int(re.match(r"\d+", ordinal).group())
    if n < 1:
        return None
    return ("DATE", f"{n - 1:02d}")


def this_century(m: re.Match[str], env: Env) -> Value:
    shift = {"this": 0, "last": -1, "next": 1, "past": -1, "previous": -1}.get(_lower(m, "rel"), 0)
    return ("DATE", f"{env.anchor.year // 100 + shift:02d}")


_DAY_SHIFT = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "this": 0, "last": -1}


def deictic_day(m: re.Match[str], env: Env) -> Value:
    rel = _lower(m, "rel")
    part = _lower(m, "part")
    date = env.anchor + dt.timedelta(days=_DAY_SHIFT[rel])
    value = date.isoformat()
    if rel == "tonight":
        part = "night"
    if part:
        value += "T" + lexicon().parts_of_day[part]
    return ("DATE", value)


def other_day(m: re.Match[str], env: Env) -> Value:
    rel = _lower(m, "rel") or ""
    shift = 1 if rel in ("following", "next") else -1 if rel in ("previous", "preceding") else 0
    if m.groupdict().get("shift"):
        shift = -1 if _lower(m, "shift") == "before" else 1
    value = (env.base + dt.timedelta(days=shift)).isoformat()
    part = _lower(m, "part")
    if part:
        value += "T" + lexicon().parts_of_day[part]
    return ("DATE", value)


def weekday(m: re.Match[str], env: Env) -> Value:
    wd = lexicon().weekdays[_lower(m, "wd")]
    rel = _lower(m, "rel")
    if rel in ("previous", "preceding", "following"):
        # "the previous Friday": the one before the day the text last named
        step = -1 if rel != "following" else 1
        date = cal.weekday_near(env.base + dt.timedelta(days=step), wd, step)
    elif rel in ("last", "past", "this past"):
        date = cal.weekday_near(env.anchor - dt.timedelta(days=1), wd, -1)
    elif rel in ("next", "coming", "this coming"):
        date = cal.weekday_near(env.anchor + dt.timedelta(days=1), wd, 1)
    elif rel == "this":
        date = env.anchor + dt.timedelta(days=wd - env.anchor.isoweekday())
    else:
        date = cal.weekday_near(env.anchor, wd, 1 if env.direction == 1 else -1)
    value = date.isoformat()
    if m["part"]:
        value += "T" + lexicon().parts_of_day[_lower(m, "part")]
    return ("DATE", value)


def the_weekend(m: re.Match[str], env: Env) -> Value:
    a = env.anchor
    if env.direction == 1 or a.isoweekday() >= 6:
        saturday = a + dt.timedelta(days=6 - a.isoweekday())
    else:
        saturday = a - dt.timedelta(days=a.isoweekday() + 1)
    return ("DATE", cal.iso_week(saturday) + "-WE")


def part_alone(m: re.Match[str], env: Env) -> Value:
    """ "that night", "early evening": the last day named, or the anchor."""
    part = (m.groupdict().get("part") or m.groupdict().get("part2")).lower()
    return ("DATE", env.base.isoformat() + "T" + lexicon().parts_of_day[part])


_REL_SHIFT = {"last": -1, "past": -1, "previous": -1, "this past": -1, "next": 1, "coming": 1,
              "this coming": 1, "following": 1, "this": 0, "current": 0}


def rel_period(m: re.Match[str], env: Env) -> Value | None:
    rel = _lower(m, "rel")
    shift = _REL_SHIFT[rel]
    unit = _lower(m, "unit")
    a = env.base_for(unit) if rel in ("following", "previous") else env.anchor
    if unit == "week":
        return ("DATE", cal.iso_week(a + dt.timedelta(weeks=shift)))
    if unit == "weekend":
        saturday = a + dt.timedelta(days=6 - a.isoweekday()) + dt.timedelta(weeks=shift)
        if shift < 0 and a.isoweekday() == 7:
            saturday = a - dt.timedelta(days=1)
        return ("DATE", cal.iso_week(saturday) + "-WE")
    if unit == "month":
        day = cal.add_months(a, shift)
        return ("DATE", cal.fmt_month(day.year, day.month))
    if unit == "quarter":
        index = a.year * 4 + cal.quarter(a) - 1 + shift
        return ("DATE", f"{index // 4}-Q{index % 4 + 1}")
    if unit == "year":
        return ("DATE", str(a.year + shift))
    if unit == "decade":
        return ("DATE", str(a.year // 10 + shift))
    if unit in lexicon().seasons:
        code = lexicon().seasons[unit]
        if rel == "this past":  # the latest one begun: "this past spring" in October is this year's
            shift = 0 if a.month >= _SEASON_START[code] else -1
        elif rel == "this coming":
            shift = 0 if a.month < _SEASON_START[code] else 1
        return ("DATE", f"{a.year + shift}-{code}")
    return None


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def season(m: re.Match[str], env: Env) -> Value:
    code = lexicon().seasons[_lower(m, "season")]
    year = year_number(m["year"]) if m["year"] else env.anchor.year
    return ("DATE", f"{year}-{code}")


def _unit_code(unit: str) -> str:
    unit = unit.lower().rstrip(".")
    table = lexicon().units
    if unit not in table and unit.endswith("s"):
        unit = unit[:-1]
    return table[unit]


_SMALLER = {("Y", False): (12, "M", False), ("M", False): (30, "D", False), ("W", False): (7, "D", False),
            ("D", False): (24, "H", True), ("H", True): (60, "M", True), ("M", True): (60, "S", True)}
_IN_YEARS = {"DE": 10, "CE": 100, "ML": 1000}


def _duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration: ``P2Y``, ``PT3H``, ``P2Y6M`` for 2.5 years, ``PXD`` when vague."""
    code = _unit_code(unit)
    clock = unit.lower().rstrip("s") in lexicon().time_units
    if code == "2W":
        code, n = "W", None if n is None else n * 2
    if n is None:
        return f"PTX{code}" if clock else f"PX{code}"
    if code in _IN_YEARS:
        code, n = "Y", n * _IN_YEARS[code]
    parts = [(int(n), code, clock)] if int(n) else []
    if n != int(n) and (code, clock) in _SMALLER:
        factor, smaller, smaller_clock = _SMALLER[(code, clock)]
        parts.append((round((n - int(n)) * factor), smaller, smaller_clock))
    date = "".join(f"{k}{c}" for k, c, t in parts if not t)
    time = "".join(f"{k}{c}" for k, c, t in parts if t)
    return "P" + date + ("T" + time if time else "")


def duration(m: re.Match[str], env: Env) -> Value | None:
    n = None if m["vague"] else parse_number(m["n"]) if m["n"] else None
    if m["n"] and n is None:
        return None
    if n is not None and n > 5000:
        return None
    return ("DURATION", _duration_value(n, m["unit"]))


def half_unit(m: re.Match[str], env: Env) -> Value:
    return ("DURATION", _duration_value(0.5, m["unit"]))


def one_unit(m: re.Match[str], env: Env) -> Value:
    return ("DURATION", _duration_value(1, m["unit"]))


def bare_units(m: re.Match[str], env: Env) -> Value:
    rel = _lower(m, "rel")
    if rel in ("recent", "past"):
        return ("DATE", "PAST_REF")
    if rel == "coming":
        return ("DATE", "FUTURE_REF")
    return ("DURATION", _duration_value(None, m["unit"]))


def _reported_quarter(env: Env) -> str:
    """The quarter a financial report is about: the one the text named last, else the
    last one completed before the anchor."""
    if env.quarter:
        return env.quarter
    index = env.anchor.year * 4 + cal.quarter(env.anchor) - 2
    return f"{index // 4}-Q{index % 4 + 1}"


def report_period(m: re.Match[str], env: Env) -> Value:
    """ "the latest period", "the year-earlier quarter" in results reporting."""
    which = _lower(m, "which")
    quarter = _reported_quarter(Env(env.anchor) if which == "latest" else env)
    if which in ("year earlier", "year ago"):
        quarter = f"{int(quarter[:4]) - 1}{quarter[4:]}"
    return ("DATE", quarter)


def the_period(m: re.Match[str], env: Env) -> Value | None:
    """ "the quarter", "the current year", "that year", "the same year"."""
    unit = _lower(m, "unit")
    adjs = (_lower(m, "adjs") or "").split()
    a = env.anchor
    if "current" in adjs:  # the one the anchor falls in
        return ("DATE", f"{a.year}-Q{cal.quarter(a)}" if unit == "quarter" else str(a.year))
    if unit == "quarter":
        return ("DATE", _reported_quarter(env))
    if unit == "year" and (_lower(m, "det") == "that" or "same" in adjs) and env.mention_year:
        return ("DATE", str(env.mention_year))
    if unit == "year":
        return ("DATE", str((env.ref or a).year))
    if unit == "week":
        return ("DATE", cal.iso_week(a))
    if unit == "month":
        return ("DATE", cal.fmt_month(a.year, a.month))
    return None


def _offset_year_back(env: Env) -> Value:
    if env.quarter:
        return ("DATE", f"{int(env.quarter[:4]) - 1}{env.quarter[4:]}")
    return ("DATE", str(env.base.year - 1))


def offset(m: re.Match[str], env: Env) -> Value | None:
    if m.groupdict().get("adj"):
        return _offset_year_back(env)
    word = _lower(m, "dir") or _lower(m, "dir2")
    sign = -1 if word in ("ago", "earlier", "before", "previously") else 1
    if m.groupdict().get("vague"):
        return ("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    n = parse_number(m["n"])
    if n is None or n != int(n):
        return None
    n = int(n) * sign
    base = env.anchor if word in ("ago", "from now", "hence") else env.base
    code = _unit_code(m["unit"])
    if code == "Y" and n == -1 and env.quarter and word in ("ago", "earlier"):
        return ("DATE", f"{int(env.quarter[:4]) - 1}{env.quarter[4:]}")
    if code in ("S", "H") or (code == "M" and m["unit"].lower().startswith("min")):
        return ("DATE", base.isoformat())
    if code == "D":
        return ("DATE", (base + dt.timedelta(days=n)).isoformat())
    if code == "W":
        return ("DATE", cal.iso_week(base + dt.timedelta(weeks=n)))
    if code == "M":
        day = cal.add_months(base, n)
        return ("DATE", cal.fmt_month(day.year, day.month))
    if code == "Q":
        day = cal.add_months(base, 3 * n)
        return ("DATE", f"{day.year}-Q{cal.quarter(day)}")
    if code == "Y":
        return ("DATE", str(base.year + n))
    if code == "DE":
        return ("DATE", str(base.year + 10 * n))
    if code == "CE":
        return ("DATE", f"{base.year // 100 + n:02d}")
    return None


def part_of_year(m: re.Match[str], env: Env) -> Value | None:
    ordinal = _lower(m, "ord")
    n = lexicon().ordinals.get(ordinal)
    if n is None:
        n = int(re.match(r"\d+", ordinal).group())
    unit = _lower(m, "unit")
    letter, count = ("Q", 4) if unit.startswith("quarter") else ("H", 2)
    if n == -1:
        n = count
    if not 1 <= n <= count:
        return None
    if m["year"] or m["year2"]:
        year = year_number(m["year"] or m["year2"])
    else:
        current = cal.quarter(env.anchor) if letter == "Q" else (env.anchor.month - 1) // 6 + 1
        year = env.anchor.year
        if n > current and env.direction != 1:
            year -= 1
    return ("DATE", f"{year}-{letter}{n}")


def _day_of(text: str, env: Env) -> dt.date:
    """The day a clock time is pinned to: a weekday, today/yesterday/tomorrow, or "Nov. 9"."""
    lex = lexicon()
    words = text.lower().replace(".", "").split()
    if words[0] in lex.weekdays:
        return cal.weekday_near(env.anchor, lex.weekdays[words[0]], 1 if env.direction == 1 else -1)
    if words[0] in _DAY_SHIFT:
        return env.anchor + dt.timedelta(days=_DAY_SHIFT[words[0]])
    month, day = lex.months[words[0]], int(re.match(r"\d+", words[1]).group())
    year = cal.day_year(env.anchor, month, day, None)
    return cal.safe_date(year, month, day) or env.base


def clock(m: re.Match[str], env: Env) -> Value | None:
    gd = m.groupdict()
    word = _lower(m, "word")
    if word:
        hour, minute = (12, 0) if word == "noon" else (0, 0)
    elif gd.get("mil"):
        hour, minute = int(m["mil"][:2]), int(m["mil"][2:])
    elif gd.get("h24"):
        hour, minute = int(m["h24"]), int(m["m24"])
    else:
        hour, minute = int(m["h"]), int(m["mi"] or 0)
        ampm = (m["ap"] or "").lower().replace(".", "").replace(" ", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
    if hour > 24 or minute > 59:
        return None
    date = _day_of(m["day"], env) if gd.get("day") else env.base
    value = f"{date.isoformat()}T{hour:02d}:{minute:02d}"
    tz = _lower(m, "tz")
    if tz in ("gmt", "utc", "z"):
        value += "Z"
    return ("TIME", value)


def const(kind: str, value: str) -> Callable[[re.Match[str], Env], Value]:
    return lambda m, env: (kind, value)


def set_word(m: re.Match[str], env: Env) -> Value:
    return ("SET", lexicon().sets[_lower(m, "word")])


def every(m: re.Match[str], env: Env) -> Value | None:
    word = _lower(m, "what")
    lex = lexicon()
    if word in lex.weekdays:
        return ("SET", f"XXXX-WXX-{lex.weekdays[word]}")
    if word in lex.months:
        return ("SET", f"XXXX-{lex.months[word]:02d}")
    n = 2 if m["other"] else 1
    return ("SET", _duration_value(n, word))


def _part_number(m: re.Match[str]) -> int | None:
    ordinal = _lower(m, "ord")
    if not ordinal:
        return None
    n = lexicon().ordinals.get(ordinal)
    return n if n is not None else int(re.match(r"\d+", ordinal).group())


def year_part(m: re.Match[str], env: Env) -> Value | None:
    """A quarter or half of a named year: "this year's third quarter", "next year's first
    half", "the 1988 second quarter", "last year's quarter" / "the 1988 period" (the
    quarter being reported on, in that year)."""
    if m.groupdict().get("year"):
        year = year_number(m["year"])
    else:
        year = env.anchor.year + _REL_SHIFT[_lower(m, "rel")]
    unit = _lower(m, "unit")
    n = _part_number(m)
    if unit == "half":
        n = 2 if n == -1 else n
        return ("DATE", f"{year}-H{n}") if n in (1, 2) else None
    if n is not None:
        n = 4 if n == -1 else n
        return ("DATE", f"{year}-Q{n}") if 1 <= n <= 4 else None
    return ("DATE", f"{year}{_reported_quarter(env)[4:]}")


def same_period(m: re.Match[str], env: Env) -> Value:
    """ "the same period last year", "the corresponding quarter a year earlier": the period
    the text is reporting on (the last month named, else the quarter), a year back."""
    unit = _lower(m, "unit")
    mention = env.mention or ""
    if unit in ("month", "period") and re.match(r"\d{4}-\d\d$", mention):
        return ("DATE", f"{int(mention[:4]) - 1}{mention[4:]}")
    if unit == "month":
        return ("DATE", cal.fmt_month(env.anchor.year - 1, env.anchor.month))
    if unit == "quarter" or env.quarter:
        quarter = _reported_quarter(env)
        return ("DATE", f"{int(quarter[:4]) - 1}{quarter[4:]}")
    return ("DATE", str(env.anchor.year - 1))


def holiday(m: re.Match[str], env: Env) -> Value | None:
    """A named holiday ("Christmas", "Thanksgiving Day", "Easter"): in the year given, else
    the last (rel "last", a past clause) or next (rel "next", a future clause) one when it
    lies more than two months away, else the nearest."""
    name = re.sub(r"[\s-]+", " ", m["name"].lower().replace("\u2019", "'"))
    rule = lexicon().holidays.get(name)
    if rule is None:
        return None
    rel = _lower(m, "rel") or ""
    direction = -1 if rel in ("last", "past", "this past") else 1 if rel in ("next", "coming", "this coming") \
        else env.direction
    if m["year"]:
        date = cal.holiday(rule, year_number(m["year"]))
    else:
        candidates = [cal.holiday(rule, env.anchor.year + k) for k in (-1, 0, 1)]
        nearest = min(candidates, key=lambda d: abs((d - env.anchor).days))
        date = nearest
        if rel == "this":
            date = candidates[1]
        elif direction and (abs((nearest - env.anchor).days) > 60 or rel):
            ahead = [d for d in candidates if (d - env.anchor).days * direction > 0]
            date = min(ahead, key=lambda d: abs((d - env.anchor).days)) if ahead else nearest
    if _lower(m, "unit") == "week":
        return ("DATE", cal.iso_week(date))
    return ("DATE", date.isoformat())


def and_a_half(m: re.Match[str], env: Env) -> Value | None:
    """ "a minute and a half", "two years and a half"."""
    n = parse_number(m["n"])
    return ("DURATION", _duration_value(n + 0.5, m["unit"])) if n is not None else None
