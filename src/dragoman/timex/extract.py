"""Find temporal expressions in a parsed Doc and normalise them against the anchor date."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable
from functools import cache

from spacy.tokens import Doc, Span

from dragoman.records import Time
from dragoman.timex.grammar import Env, Rule, head_words, match_rule, normalise_with, rules
from dragoman.timex.lexicon import lexicon
from dragoman.timex.openers import word_opener
from dragoman.timex.tense import clause_tense, runs_up_to

_MONTH_RULES = {"month", "rel_month", "month_day", "day_month", "month_year", "part_of_day_month"}
_TEMPORAL_HEADS = {"year", "month", "day", "week", "quarter", "season", "summer", "winter",
                   "spring", "fall", "autumn", "period", "election", "budget", "census", "model"}
_DAY_VALUE = re.compile(r"(\d{4}-\d\d-\d\d)")
_QUARTER_VALUE = re.compile(r"\d{4}-Q\d$")
_PROBE = (dt.date(2001, 7, 4), dt.date(2014, 1, 15))
_WEEKDAY = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")
_CALENDAR_VALUE = re.compile(r"\d{4}(?:-\d\d){0,2}(?![\dW])")
# "the fiscal year ended March 31": the year is a stretch of time whose end the text gives
_PERIOD_ENDED = re.compile(r"\s+(?:that\s+|which\s+)?(?:ended|ending|ends|to\s+end)\b", re.IGNORECASE)
_ONE_DAY = re.compile(r"(?i)(?:one|some)\s+day")
_MODAL_BEFORE = re.compile(r"(?i)\b(?:will|would|could|might|may|can|shall|should|'ll)\s+$")
_YEAR_PERIOD = re.compile(r"(?:the|its|their|a)\s+(?:(?:fiscal|financial|calendar|full|business)\s+)?year",
                          re.IGNORECASE)


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# How far a match reaches on either side of the nearest head word it holds: 40 characters at
# most over every dev text; the margin keeps rare long spellings.
_REACH = 120
# the only characters besides ASCII letters that case-blind matching takes for ASCII letters
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
_WORD = re.compile(r"\w+")
# where a detector's match can start: a word character or apostrophe after neither, which is where
# a run of them starts (found faster than by a lookbehind)
_WORD_RUN = re.compile(r"[\w']+")

Window = tuple[int, int, int]  # matches start in [start, end); text is read up to the third offset


@cache
def _detectors() -> tuple[tuple[Rule, re.Pattern[str]], ...]:
    return tuple((r, re.compile(r"(?<![\w'])(?:" + r.regex.pattern + r")(?![\w])", re.IGNORECASE))
                 for r in rules())


@cache
def _openers() -> tuple[re.Pattern[str] | None, ...]:
    """For each detector, the characters that can open its match (None: run it by ``finditer``)."""
    return tuple(word_opener(regex) for _, regex in _detectors())


# for each rule's name, whether a character can open its match (filled as characters are met)
_OPENS: dict[str, dict[str, bool]] = {}


@cache
def _case_blind_regexes() -> dict[str, re.Pattern[str]]:
    return head_words().regexes(re.IGNORECASE)


@cache
def _families_of_words() -> dict[str, tuple[str, ...]]:
    heads = head_words()
    out: dict[str, tuple[str, ...]] = {}
    for family, words in heads.words.items():
        for word in words:
            out[word] = (*out.get(word, ()), family)
    return out


def _head_hits(text: str) -> dict[str, list[tuple[int, int]]]:
    """Where each head-word family's words are in ``text``. Read word by word in lower case, unless
    lower-casing would move an offset or change a letter the rules see; then by case-blind regexes."""
    hits: dict[str, list[tuple[int, int]]] = {family: [] for family in head_words().families}
    lowered = text.lower()
    if len(lowered) != len(text) or _FOLDS_TO_ASCII.search(text):
        for family, regex in _case_blind_regexes().items():
            hits[family] = [(m.start(), m.end()) for m in regex.finditer(text)]
        return hits
    families = _families_of_words()
    for m in _WORD.finditer(lowered):
        word = m.group()
        found = families.get(word, ())
        if word[-1] == "s":
            found += families.get(word[:-1], ())
        for family in found:
            hits[family].append(m.span())
    for family, regex in head_words().patterns.items():
        hits[family] += [m.span() for m in regex.finditer(lowered)]
    return hits


def _merge(windows: Iterable[Window]) -> list[Window]:
    merged: list[Window] = []
    for start, end, limit in sorted(windows):
        if merged and start <= merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(end, last[1]), max(limit, last[2]))
        else:
            merged.append((start, end, limit))
    return merged


def _windows(text: str) -> dict[str, list[Window]]:
    """For each head-word family, where a match holding one of its words can start (up to ``_REACH``
    before the word, and no later than the word itself) and how far to read from there (``_REACH``
    past the word, so that what follows a match is seen as in the whole text), within a paragraph:
    no expression runs across a blank line."""
    breaks = [(m.start(), m.end()) for m in _PARAGRAPH_BREAK.finditer(text)]
    starts = [0] + [end for _, end in breaks]
    ends = [start for start, _ in breaks] + [len(text)]
    windows = {}
    for family, spans in _head_hits(text).items():
        cut = []
        for start, end in spans:
            paragraph = bisect.bisect_right(starts, start) - 1
            cut.append((max(starts[paragraph], start - _REACH), start + 1, min(ends[paragraph], end + _REACH)))
        windows[family] = _merge(cut)
    return windows


def _candidates(text: str) -> list[tuple[int, int, str]]:
    """Every match of every rule. A rule runs only within reach of a head word it needs, which finds
    what running it over each whole paragraph would, at a fraction of the cost; and there only at
    the word starts whose first character can open its match."""
    windows = _windows(text)
    by_needs: dict[frozenset[str], list[Window]] = {}
    found = []
    starts = [m.start() for m in _WORD_RUN.finditer(text)]
    firsts = [text[p] for p in starts]
    met = set(firsts)
    for (rule, regex), opener in zip(_detectors(), _openers()):
        spans = by_needs.get(rule.needs)
        if spans is None:
            spans = by_needs[rule.needs] = _merge(w for family in rule.needs for w in windows[family])
        if opener is None:
            found += _scanned(text, rule.name, regex, spans)
            continue
        opens = _OPENS.setdefault(rule.name, {})
        for char in met - opens.keys():
            opens[char] = opener.match(char) is not None
        last_end = 0  # as over the whole text, a match resumes the search where it ends
        match = regex.match
        for start, end, limit in spans:
            first = bisect.bisect_left(starts, max(start, last_end))
            for k in range(first, bisect.bisect_left(starts, end, first)):
                if opens[firsts[k]] and starts[k] >= last_end:
                    m = match(text, starts[k], limit)
                    if m is not None:
                        found.append((m.start(), m.end(), rule.name))
                        last_end = m.end()
    return found


def _scanned(text: str, name: str, regex: re.Pattern[str], spans: list[Window]) -> list[tuple[int, int, str]]:
    """Every match of ``regex`` starting within ``spans``, by ``finditer``."""
    found = []
    last_end = 0
    for start, end, limit in spans:
        for m in regex.finditer(text, max(start, last_end), limit):
            if m.start() >= end:
                break
            if m.end() > m.start():
                found.append((m.start(), m.end(), name))
                last_end = m.end()
    return found


def _token_at(doc: Doc, start: int):
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _counts_things(tok) -> bool:
    """A bare number before a plural noun ("1500 troops") is a quantity, not a year;
    after a determiner ("the 1992 protests") it is a year."""
    if tok.dep_ != "nummod" or tok.head.lemma_.lower() in _TEMPORAL_HEADS or tok.head.tag_ not in ("NNS", "NNPS"):
        return False
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return before is None or before.tag_ not in ("DT", "PRP$", "POS", "JJ", "IN")


def _plausible(doc: Doc, full: str, start: int, end: int, rule: str) -> bool:
    """Reject the common false friends: "may" the modal, "1500 troops", "a second time", "the fall of".
    ``full`` is ``doc.text``, passed in because spaCy rebuilds it on every access."""
    text = full[start:end]
    words = text.split()
    if rule in _MONTH_RULES:
        months = lexicon().months
        month_word = next((w for w in re.split(r"[\s,-]+", text) if w.lower().rstrip(".") in months), "")
        if month_word[:1].islower():
            return False
        if rule == "month":
            tok = _token_at(doc, end - 1)
            if tok is not None and (tok.tag_ == "MD" or tok.pos_ in ("VERB", "AUX")):
                return False
    if rule == "year":
        if start > 0 and full[start - 1] in "$£€#":
            return False
        tok = _token_at(doc, end - 1)
        if tok is not None and _counts_things(tok):
            return False
        following = doc[tok.i + 1] if tok is not None and tok.i + 1 < len(doc) else None
        if following is not None and following.lower_ in ("percent", "%"):
            return False
    if rule == "duration" and re.match(r"(?i)an?\s+second", text):
        return False
    if rule == "duration" and re.search(r"(?i)years?[\s-]+old$", text):
        return False
    if rule == "duration" and re.search(r"(?i)quarters?$", text) and full[end:end + 4] == " of ":
        return False
    if rule == "season":
        after = full[end:end + 6].lower()
        if after.startswith(" of") and not re.match(r" of \d", after):
            return False
        before = full[max(0, start - 8):start]
        if len(words) == 1 and not re.search(r"(?i)\b(in|during|since|by|until|this|last|next)\s+$", before):
            return False
    return True


def _select(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Longest first, then leftmost; no overlaps."""
    chosen: list[tuple[int, int, str]] = []
    for s, e, name in sorted(spans, key=lambda x: (-(x[1] - x[0]), x[0])):
        if all(e <= cs or s >= ce for cs, ce, _ in chosen):
            chosen.append((s, e, name))
    return sorted(chosen)


def _strip_ent(ent: Span, full: str) -> tuple[int, int]:
    """An entity's extent without a leading preposition or a trailing possessive."""
    start, end = ent.start_char, ent.end_char
    lead = re.match(r"(?i)(?:on|in|at|by|since|until|during|from|of|for)\s+", full[start:end])
    start += lead.end() if lead else 0
    if full[end - 2:end] in ("'s", "’s"):
        end -= 2
    return start, end


_QUOTED = re.compile(r"“[^”]{1,2000}”|\"[^\"\n]{1,2000}\"|``.{1,2000}?''", re.DOTALL)


def _quoted(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text)]


def _speech_anchor(published: dt.date, ref: dt.date | None, inside_quote: bool) -> dt.date:
    """Deictic words in a direct quotation count from the day it was spoken: the day the
    report last named, when that lies in the week before publication."""
    if inside_quote and ref is not None and dt.timedelta(0) <= published - ref <= dt.timedelta(days=7):
        return ref
    return published


def _anchor_free(text: str, tense: str | None) -> bool:
    """True when the value does not depend on the anchor date."""
    a, b = (normalise_with(text, Env(p, tense)) for p in _PROBE)
    return a == b


def extract_times(doc: Doc, published: dt.date | None, text: str | None = None) -> list[Time]:
    """Every temporal expression in ``doc`` with its TIMEX3 type and value; ``text`` is ``doc.text``
    when the caller has it."""
    text = doc.text if text is None else text
    spans = [c for c in _candidates(text) if _plausible(doc, text, *c)]
    chosen = _select(spans)
    taken = [(s, e) for s, e, _ in chosen]
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        s, e = _strip_ent(ent, text)
        rule = match_rule(text[s:e]) if e > s else None
        if rule and all(e <= cs or s >= ce for cs, ce in taken) and _plausible(doc, text, s, e, rule):
            chosen.append((s, e, "ner"))
            taken.append((s, e))
    chosen.sort()
    out: list[Time] = []
    ref: dt.date | None = None
    quarter: str | None = None
    mention: str | None = None
    quotes = _quoted(text)
    for s, e, rule in chosen:
        span = doc.char_span(s, e, alignment_mode="expand")
        tense = clause_tense(span) if span is not None and len(span) else None
        expr = text[s:e]
        if span is not None and len(span) and _WEEKDAY.search(expr) and runs_up_to(span):
            tense = "future"
        anchor = published or _PROBE[0]
        inside = any(qs < s and e < qe for qs, qe in quotes)
        anchor = _speech_anchor(anchor, ref, inside)
        result = normalise_with(expr, Env(anchor, tense, ref, quarter, mention))
        if result is None:
            continue
        kind, value = result
        if published is None and not _anchor_free(expr, tense):
            value = None
        if _PERIOD_ENDED.match(text, e) and _YEAR_PERIOD.fullmatch(expr):
            kind, value = "DURATION", "P1Y"
        if _ONE_DAY.fullmatch(expr) and _MODAL_BEFORE.search(text, max(0, s - 12), s):
            kind, value = "DATE", "FUTURE_REF"  # "will one day be": some time ahead, not 24 hours
        out.append(Time(text=expr, start=s, end=e, type=kind, value=value))
        if value and _QUARTER_VALUE.match(value) and (rule in ("part_of_year", "rel_period") or (
                rule == "year_part" and value[:4] == str(anchor.year))):
            quarter = value
        named = _CALENDAR_VALUE.match(value or "")
        if named and kind == "DATE":
            mention = named.group()
        day = _DAY_VALUE.match(value or "")
        if day and kind in ("DATE", "TIME"):
            ref = dt.date.fromisoformat(day.group(1))
    return out
