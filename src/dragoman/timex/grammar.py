"""The temporal grammar: one regex per kind of expression, each with its normaliser.

A rule's regex serves twice: ``finditer`` over running text finds candidates, and
``fullmatch`` over a candidate's text normalises it. Rules return ``(type, value)``
in TIMEX3 terms, or None when the words match but name no time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from dragoman.timex import resolve as r
from dragoman.timex.lexicon import alternation, lexicon
from dragoman.timex.numbers import number_pattern, spoken_year_pattern, vague_pattern
from dragoman.timex.resolve import Env, Resolver, Value

__all__ = ["Env", "HeadWords", "Rule", "Value", "head_words", "match_rule", "normalise_with", "rules"]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    regex: re.Pattern[str]
    resolve: Resolver
    needs: frozenset[str]  # head-word families: every match holds a word of one of them


# ---- fragments ---------------------------------------------------------------


@cache
def _fragments() -> dict[str, str]:
    lex = lexicon()
    full_months = [m for m in lex.months if len(m) > 3 or m == "may"]
    full_days = [d for d in lex.weekdays if d.endswith("day")]
    units = alternation(lex.units) + "s?"
    return {
        "MONTH": alternation(lex.months) + r"\.?",
        "FMONTH": alternation(full_months),
        "WD": alternation(lex.weekdays) + r"\.?",
        "FWD": alternation(full_days),
        "DAY": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?",
        "YEAR": r"(?:1[0-9]\d\d|20\d\d|" + spoken_year_pattern() + ")",
        "DYEAR": r"(?:1[0-9]\d\d|20\d\d|" + spoken_year_pattern(strict=True) + ")",
        "PART": alternation(lex.parts_of_day),
        "SEASON": alternation(lex.seasons),
        "UNIT": units,
        "UNITS": alternation(lex.units) + "s",
        "NUM": number_pattern(),
        "VAGUE": vague_pattern(),
        "ORD": alternation(lex.ordinals),
        "APPROX": r"(?:(?:" + alternation(lex.approx) + r")\s+(?!the\b))?",
        "MOD": r"(?:(?:the\s+)?(?:very\s+)?(?:" + alternation(lex.modifiers)
        + r"|earlier|later)(?:[\s-]+of)?[\s-]+(?:the\s+)?)?",
        "REL": r"(?:this[\s-]+past|this[\s-]+coming|last|next|this|past|previous|coming|current|following)",
        "PRESENT": alternation(lex.present_ref),
        "PAST": alternation(lex.past_ref),
        "FUTURE": alternation(lex.future_ref),
        "TZ": r"(?:gmt|utc|z|est|edt|cst|cdt|mst|mdt|pst|pdt|bst|cet|cest)",
    }


# ---- the rules ---------------------------------------------------------------

_RULES: list[tuple[str, str, Resolver, str]] = [
    ("iso", r"(?P<y>\d{{4}})-(?P<m>[01]\d)-(?P<d>[0-3]\d)", r.iso, "year_digits"),
    ("slashed", r"(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>\d{{4}}|\d\d)", r.slashed, "slash"),
    ("month_day", r"{MOD}(?:(?P<wd>{WD}),?\s+)?(?P<month>{MONTH})\s+(?P<day>{DAY})(?!\d|:\d)"
     r"(?:(?:,\s*|\s+)(?P<year>{YEAR}))?(?:\s+(?P<part>{PART}))?", r.month_day, "month"),
    ("day_month", r"{MOD}(?:(?P<wd>{WD}),?\s+)?(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?(?P<month>{MONTH})"
     r"(?:,?\s+(?P<year>{YEAR}))?", r.month_day, "month"),
    ("part_of_day_month", r"(?:the\s+)?(?P<part>{PART})\s+of\s+(?P<month>{MONTH})\s+(?P<day>{DAY})"
     r"(?:,?\s+(?P<year>{YEAR}))?", r.month_day, "month"),
    ("month_year", r"{MOD}(?P<month>{MONTH}),?\s+(?:of\s+)?(?P<year>{YEAR})", r.month_year, "month"),
    ("rel_month", r"{MOD}(?P<rel>{REL})\s+(?P<month>{FMONTH})", r.rel_month, "month"),
    ("month", r"{MOD}(?P<month>{FMONTH})", r.month, "month"),
    ("month_rel_year", r"{MOD}(?P<month>{MONTH})(?:\s+(?P<day>{DAY}))?,?\s+(?:of\s+)?"
     r"(?P<rel>last|this|next)\s+year", r.month_rel_year, "month"),
    ("rel_year_month", r"{MOD}(?P<rel>last|this|next)\s+year,?\s+(?:in\s+)?(?P<month>{MONTH})"
     r"(?:\s+(?P<day>{DAY}))?", r.month_rel_year, "month"),
    ("year_part", r"(?P<rel>this|next|last)\s+year['’]s\s+(?:(?:fiscal|calendar)\s+)?"
     r"(?:(?P<ord>{ORD}|[1-4](?:st|nd|rd|th))[\s-]+|(?!half))(?P<unit>quarter|half|period)", r.year_part, "year"),
    ("dated_part", r"(?:the\s+)?(?:fiscal\s+)?(?P<year>{YEAR})\s+(?:(?:fiscal|calendar)\s+)?"
     r"(?:(?P<ord>{ORD}|[1-4](?:st|nd|rd|th))[\s-]+|(?!half))(?P<unit>quarter|half|period)"
     r"(?![\s-]+(?:of|ended|ending)\b)",
     r.year_part, "quarter period"),
    ("same_period", r"the\s+(?:same|corresponding|comparable|like)\s+(?P<unit>period|quarter|month)\s+(?:of\s+|in\s+)?"
     r"(?:last\s+year|the\s+(?:previous|prior|preceding|last)\s+year|a\s+year\s+(?:ago|earlier|before))",
     r.same_period, "year"),
    ("holiday", r"(?:(?P<rel>this[\s-]+past|this[\s-]+coming|last|next|this|past|coming)\s+)?(?P<name>{HOLIDAY})"
     r"(?:\s+(?P<unit>week))?(?:,?\s+(?P<year>{YEAR}))?", r.holiday, "holiday"),
    ("the_period", r"(?P<det>the|that)\s+(?P<adjs>(?:(?:current|same|full|fiscal|comparable)\s+)*)"
     r"(?P<unit>quarter|year)"
     r"(?![\s-]+(?:earlier|ago|old))", r.the_period, "quarter year"),
    ("report_period", r"the\s+(?:(?:comparable|corresponding|same)\s+)?"
     r"(?P<which>latest|year[\s-]+earlier|year[\s-]+ago)\s+(?:three[\s-]+month\s+)?(?P<unit>period|quarter)",
     r.report_period, "quarter period"),
    ("year", r"{MOD}(?:(?:fiscal|calendar|model\s+year|fiscal\s+year)\s+)?(?P<year>{DYEAR})"
     r"(?![\d%-]|\.\d|,\d{{3}})"
     r"|{MOD}(?:the\s+)?year\s+(?P<year2>{YEAR})(?![\d%-])", r.year, "year_digits spoken year"),
    ("decade", r"{MOD}(?:the\s+)?(?:(?P<c>1\d|20)(?P<d>\d)0'?s|'(?P<d2>\d)0s|"
     r"(?:(?P<cw>seventeen|eighteen|nineteen)[\s-]+)?"
     r"(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))", r.decade, "decade_name"),
    ("century", r"{MOD}(?:the\s+)?(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{ORD})[\s-]+century", r.century, "century"),
    ("this_century", r"{MOD}(?P<rel>this|last|next|past|previous)\s+century", r.this_century, "century"),
    ("the_decade", r"the\s+(?:last|past|previous|next|coming)\s+(?P<unit>decade|century)", r.one_unit, "decade century"),
    ("deictic_day", r"{MOD}(?P<rel>today|tonight|yesterday|tomorrow)(?:\s+(?P<part>{PART}))?", r.deictic_day, "deictic"),
    ("part_deictic", r"(?:(?:early|late|mid)[\s-]*)?(?P<part>{PART})\s+(?P<rel>yesterday|today|tomorrow)",
     r.deictic_day, "deictic"),
    ("deictic_part", r"{MOD}(?P<rel>this|last)\s+(?P<part>{PART})", r.deictic_day, "part"),
    ("other_day", r"{MOD}(?:(?:the|that)\s+(?P<rel>same|following|next|previous|preceding)|that)\s+"
     r"(?:(?P<d>day|date)|(?P<part>{PART}))", r.other_day, "day period part"),
    ("day_shift", r"(?:the\s+)?day\s+(?P<shift>before|after)(?!\s+(?:yesterday|tomorrow))", r.other_day, "day"),
    ("weekday", r"{MOD}(?:(?:the\s+)?(?P<rel>{REL})\s+)?(?P<wd>{FWD})(?:\s+(?P<part>{PART}))?"
     r"(?![\s,]+{MONTH}\s*\d)", r.weekday, "weekday"),
    ("part_alone", r"(?:(?:early|late|mid|earlier|later)[\s-]+)?(?:(?:in|during)\s+)?(?:the|that)\s+"
     r"(?P<part>morning|afternoon|evening|night)"
     r"|(?:early|late|mid)[\s-]*(?P<part2>morning|afternoon|evening)", r.part_alone, "part"),
    ("rel_period", r"{MOD}(?:the\s+)?(?P<rel>{REL})\s+(?P<unit>week|weekend|month|quarter|year|decade|{SEASON})"
     r"(?![\s-]+(?:old|long))", r.rel_period, "unit season"),
    ("the_weekend", r"{MOD}the\s+weekend", r.the_weekend, "weekend"),
    ("season", r"{MOD}(?:the\s+)?(?P<season>{SEASON})(?:\s+(?:of\s+)?(?P<year>{YEAR}))?", r.season, "season"),
    ("part_of_year", r"(?:the\s+)?(?P<ord>{ORD}|[1-4](?:st|nd|rd|th))[\s-]+(?P<unit>quarter|half)"
     r"(?:[\s-]+of[\s-]+(?:fiscal\s+)?(?P<year>{YEAR})|,?\s+(?P<year2>{YEAR}))?", r.part_of_year, "quarter period"),
    ("offset", r"{APPROX}(?:(?P<vague>{VAGUE})|(?P<n>{NUM}))[\s-]+(?P<unit>{UNIT})\s+"
     r"(?:(?P<dir>ago|from\s+now|hence)|(?P<dir2>before|after)(?=\s*[.,;:)]|\s*$))", r.offset, "unit"),
    ("year_earlier", r"(?:(?P<n>a|one)[\s-]+(?P<unit>year)[\s-]+(?P<dir>earlier|before)"
     r"|(?P<adj>year[\s-]+(?:earlier|ago)))", r.offset, "year"),
    ("and_a_half", r"{APPROX}(?P<n>{NUM})[\s-]+(?P<unit>{UNIT})\s+and\s+a\s+half", r.and_a_half, "unit"),
    ("half_unit", r"{APPROX}(?:a[\s-]+)?half[\s-]+(?:an?[\s-]+)?(?P<unit>{UNIT})", r.half_unit, "unit"),
    ("duration", r"{APPROX}(?:the\s+)?(?:(?:past|last|next|previous|first|coming|following|final|other|"
     r"additional|further|remaining)\s+)?(?:(?P<vague>{VAGUE})|(?P<n>{NUM}))[\s-]+"
     r"(?:more\s+|full\s+|straight\s+|consecutive\s+)?(?:(?:trading|business|working|calendar|school)\s+)?"
     r"(?P<unit>{UNIT})"
     r"(?:[\s-]+old)?(?!\s+old)", r.duration, "unit"),
    ("bare_units", r"(?:the\s+)?(?P<rel>past|last|next|recent|coming|previous)\s+(?P<unit>{UNITS})",
     r.bare_units, "unit"),
    ("clock", r"(?:(?P<h>[01]?\d)(?::(?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.?\s?m\b\.?)|(?P<word>noon|midnight)"
     r"|(?P<mil>[0-2]\d[0-5]\d)(?=\s+(?:gmt|utc|z)\b)|(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?=\s+{TZ}\b))"
     r"(?:\s+(?P<tz>{TZ})\b)?"
     r"(?:,?\s+(?:on\s+)?(?P<day>{FWD}|today|yesterday|tomorrow|{MONTH}\s+{DAY}))?", r.clock, "clock"),
    ("present", r"{PRESENT}", r.const("DATE", "PRESENT_REF"), "ref"),
    ("past", r"{PAST}", r.const("DATE", "PAST_REF"), "ref"),
    ("future", r"{FUTURE}", r.const("DATE", "FUTURE_REF"), "ref"),
    ("set_word", r"(?P<word>{SETWORDS})", r.set_word, "set"),
    ("every", r"(?:every|each|per)\s+(?P<other>other\s+)?(?P<what>{FWD}|{FMONTH}|{UNIT})", r.every, "weekday month unit"),
]


@cache
def rules() -> tuple[Rule, ...]:
    """The compiled grammar, in priority order."""
    frags = _fragments() | {"SETWORDS": alternation(lexicon().sets),
                             "HOLIDAY": alternation(lexicon().holidays).replace("'", "['’]")}
    compiled = []
    for name, source, resolver, needs in _RULES:
        regex = re.compile(source.format(**frags), re.IGNORECASE)
        compiled.append(Rule(name, regex, resolver, frozenset(needs.split())))
    return tuple(compiled)


@dataclass(frozen=True, slots=True)
class HeadWords:
    """The families of head words that rules ``need``: every match of a rule holds a word of one of
    its families, so text with none of them cannot match it. A family's words are whole words (or
    such a word and a plural "s"); some families are found by a pattern as well or instead."""

    words: dict[str, frozenset[str]]
    patterns: dict[str, re.Pattern[str]]

    @property
    def families(self) -> frozenset[str]:
        return frozenset(self.words) | frozenset(self.patterns)

    def regexes(self, flags: int = 0) -> dict[str, re.Pattern[str]]:
        """One regex per family, for text that cannot be read word by word in lower case."""
        out = {name: re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(words))) + r")s?\b", flags)
               for name, words in self.words.items()}
        for name, pattern in self.patterns.items():
            source = f"{out[name].pattern}|{pattern.pattern}" if name in out else pattern.pattern
            out[name] = re.compile(source, flags)
        return out


@cache
def head_words() -> HeadWords:
    """The head-word families of the grammar, from the lexicon."""
    lex = lexicon()
    last_words = [phrase.split()[-1] for phrase in lex.present_ref + lex.past_ref + lex.future_ref]
    words = {
        "month": lex.months, "weekday": lex.weekdays, "unit": lex.units, "season": lex.seasons,
        "decade_name": lex.decade_words, "set": lex.sets, "ref": last_words,
        "holiday": [max(re.findall(r"\w+", name.replace("'s", "").replace(" day", "").replace(" eve", "")), key=len)
                    for name in lex.holidays],
        "period": ["period", "half", "date"], "deictic": ["today", "tonight", "yesterday", "tomorrow"],
        "spoken": ["fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "two", "twenty"],
        "clock": ["noon", "midnight"], "year": ["year"], "day": ["day"], "weekend": ["weekend"],
        "quarter": ["quarter"], "century": ["century", "centuries"], "decade": ["decade"],
    }
    patterns = {
        "part": re.compile("|".join(lex.parts_of_day)),  # also inside "midmorning"
        "year_digits": re.compile(r"\d{4}"),
        "slash": re.compile(r"\d/\d"),
        "decade_name": re.compile(r"\d0'?s"),
        "clock": re.compile(r"\d\s*[ap]\.?\s?m|\d:\d|\d{4}"),
    }
    return HeadWords({name: frozenset(ws) for name, ws in words.items()}, patterns)


def match_rule(text: str) -> str | None:
    """The name of the first rule that covers the whole of ``text``."""
    text = " ".join(text.split()).strip(" ,.;:")
    return next((rule.name for rule in rules() if rule.regex.fullmatch(text)), None)


def normalise_with(text: str, env: Env) -> Value | None:
    """``(type, value)`` of a whole temporal expression, or None when no rule covers it."""
    text = " ".join(text.split()).strip(" ,.;:")
    for rule in rules():
        m = rule.regex.fullmatch(text)
        if m:
            result = rule.resolve(m, env)
            if result:
                return result
    return None
