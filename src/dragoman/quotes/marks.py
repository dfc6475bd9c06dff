"""Find quotations by their marks: straight, curly, low-9, guillemets, single.

A scan over raw text, no parsing. Each paragraph (a line) is scanned on its
own; a paragraph that opens a double quotation without closing it continues
into the next paragraph when that one opens with a mark again (the news
convention), and both segments share a ``group``. Apostrophes (don't, Xi's,
countries', '90s) are told from single marks by the letters around them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Double marks: opener -> closers it accepts. Straight marks toggle.
_DOUBLE_OPEN = {"“": "”\"", "„": "“”", "«": "»", "``": "''\"”"}
_DOUBLE_CLOSE_ONLY = frozenset("”»")
_STRAIGHT = frozenset({'"', "''"})
_SINGLE_OPEN = frozenset("‘‚'")
_SINGLE_CLOSE = frozenset("’'‘")
_TAG_RE = re.compile(r"<[A-Za-z][\w-]*(?:\s+[\w:-]+=(?:\"[^\"<>\n]*\"|'[^'<>\n]*'))+\s*/?>")
_TAG_QUOTES_RE = re.compile(r"[\"']")
_MARK_RE = re.compile(r"``|''|[\"“”„«»‘’‚']")
_PARA_RE = re.compile(r"[^\n]+")
_OPEN_BEFORE = frozenset(" \t([{—–-/:;“„«\"")


@dataclass(frozen=True, slots=True)
class QuoteMark:
    """One quotation: ``start``/``end`` bound the words inside the marks.

    ``open_at``/``close_at`` are the offsets of the marks themselves
    (``close_at`` is -1 when the paragraph ended first). ``depth`` is 1 for a
    quotation inside another one. Segments of one multi-paragraph quotation
    share ``group``.
    """

    start: int
    end: int
    open_at: int
    close_at: int
    depth: int
    group: int

    @property
    def closed(self) -> bool:
        return self.close_at >= 0


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _single_opens(text: str, i: int, mark: str) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if _is_word(before) or not (_is_word(after) or after in "[.…"):
        return False
    if after.isdigit():  # '90s, ’20s
        return False
    return before in _OPEN_BEFORE or before.isspace() or mark == "‘"


def _single_closes(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not _is_word(after)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _mask_markup(text: str) -> str:
    """``<tweet author="@x">``: the quotation marks of a markup tag's attributes blanked (same length)."""
    return _TAG_RE.sub(lambda m: _TAG_QUOTES_RE.sub(" ", m.group()), text)


def scan_quotes(text: str) -> list[QuoteMark]:
    """All quotations in ``text``, in order of their opening mark (none inside a markup tag)."""
    text = _mask_markup(text)
    found: list[QuoteMark] = []
    group = 0
    carry: int | None = None  # group id of a quotation left open by the previous paragraph
    unclosed: QuoteMark | None = None  # its segment, kept only if the quotation goes on
    for para in _PARA_RE.finditer(text):
        p_start, p_end = para.span()
        opened: tuple[int, str, int] | None = None  # (pos, mark, group) of the open double
        single: tuple[int, str] | None = None
        lead = p_start + len(para.group()) - len(para.group().lstrip())
        pending_carry = carry
        carry = None
        if unclosed is not None:
            first = _MARK_RE.search(text, lead, p_end)
            if first is not None and first.start() == lead and first.group() not in _DOUBLE_CLOSE_ONLY:
                found.append(unclosed)
            else:
                pending_carry = None
        unclosed = None
        for m in _MARK_RE.finditer(text, p_start, p_end):
            i, mark = m.start(), m.group()
            if mark in "‘’‚'" and mark != "''":
                if single is None:
                    if mark in _SINGLE_OPEN and _single_opens(text, i, mark):
                        single = (i, mark)
                elif mark in _SINGLE_CLOSE and _single_closes(text, i):
                    s, e = _trim(text, single[0] + 1, i)
                    if e > s:
                        depth = 1 if opened else 0
                        found.append(QuoteMark(s, e, single[0], i, depth, -1))
                    single = None
                continue
            if opened is None:
                if mark in _DOUBLE_CLOSE_ONLY and not (i == lead or text[i - 1].isspace()):
                    continue  # a stray closer
                if mark in _STRAIGHT and i > p_start and _is_word(text[i - 1]):
                    continue  # inches (5'10"), or an apostrophe pair
                if i == lead and pending_carry is not None:
                    g = pending_carry
                else:
                    group += 1
                    g = group
                opened = (i, mark, g)
                single = None
                continue
            o_pos, o_mark, g = opened
            closers = _DOUBLE_OPEN.get(o_mark, "\"”''")
            if mark in closers or (o_mark in _STRAIGHT and mark in _STRAIGHT):
                s, e = _trim(text, o_pos + len(o_mark), i)
                if e > s:
                    found.append(QuoteMark(s, e, o_pos, i, 0, g))
                opened = None
                single = None
        if opened is not None:
            o_pos, o_mark, g = opened
            s, e = _trim(text, o_pos + len(o_mark), p_end)
            # kept only if the next paragraph reopens the quotation (checked below)
            unclosed = QuoteMark(s, e, o_pos, -1, 0, g) if e > s else None
            carry = g
    found.sort(key=lambda q: (q.open_at, -q.end))
    return _number_singles(found)


def _number_singles(found: list[QuoteMark]) -> list[QuoteMark]:
    """Give single-mark quotations (group -1) groups of their own."""
    top = max((q.group for q in found), default=0)
    out = []
    for q in found:
        if q.group < 0:
            top += 1
            q = QuoteMark(q.start, q.end, q.open_at, q.close_at, q.depth, top)
        out.append(q)
    return out
