"""Parse the publication dates found in metadata (not in body text)."""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    name: index
    for index, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
         ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
         ("oct", "october"), ("nov", "november"), ("dec", "december")],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_PATTERNS = [
    re.compile(r"(?P<year>(?:19|20)\d\d)[-/.](?P<mnum>\d{1,2})[-/.](?P<day>\d{1,2})"),
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)", re.I),
    re.compile(r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)", re.I),
    re.compile(r"(?P<day>\d{1,2})[./](?P<mnum>\d{1,2})[./](?P<year>(?:19|20)\d\d)"),
]


def find_date(text: str) -> tuple[dt.date, int, int] | None:
    """The first calendar date written in ``text``, with its span."""
    found: list[tuple[int, int, dt.date]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            parts = match.groupdict()
            month = int(parts["mnum"]) if parts.get("mnum") else MONTHS[parts["month"].lower()]
            try:
                found.append((match.start(), match.end(), dt.date(int(parts["year"]), month, int(parts["day"]))))
            except ValueError:
                continue
            break
    if not found:
        return None
    start, end, date = min(found)
    return date, start, end


def parse_date(value: str | dt.date | None) -> dt.date | None:
    """A date from a metadata value ("2023-03-21", "March 21, 2023", an ISO timestamp)."""
    if value is None or isinstance(value, dt.date):
        return value
    hit = find_date(value.strip())
    return hit[0] if hit else None
