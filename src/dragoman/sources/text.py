"""Plain text files; a date written YYYY-MM-DD in the file name is the publication date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

from dragoman.sources.base import Failed, Limits, RawDocument, decode, guard, read_bytes, source_name

# A date YYYY-MM-DD with no digit right before or after it: `2024-03-05-talks.txt`, `talks_2024-03-05.txt`.
_NAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)")


def date_in_name(name: str) -> str | None:
    """The one real date (1900-2099) written YYYY-MM-DD in a file name; None when there is none, or when
    the name holds two different dates (which one is the publication date cannot be told)."""
    days = set()
    for match in _NAME_DATE.finditer(name):
        try:
            days.add(dt.date(*(int(part) for part in match.groups())).isoformat())
        except ValueError:  # 2024-02-30: not a date
            continue
    return days.pop() if len(days) == 1 else None


def read_text_file(path: Path, limits: Limits) -> Iterator[RawDocument | Failed]:
    source = source_name(path)
    yield guard(source, lambda: RawDocument(source=source, text=decode(read_bytes(path, source, limits), source, limits),
                                            published=date_in_name(path.name)))
