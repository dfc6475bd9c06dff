"""The temporal lexicon (``dragoman/data/times/lexicon.json``), loaded once."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Lexicon:
    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, float]
    vague_numbers: tuple[str, ...]
    ordinals: dict[str, int]
    units: dict[str, str]
    time_units: tuple[str, ...]
    parts_of_day: dict[str, str]
    seasons: dict[str, str]
    decade_words: dict[str, int]
    present_ref: tuple[str, ...]
    past_ref: tuple[str, ...]
    future_ref: tuple[str, ...]
    sets: dict[str, str]
    modifiers: tuple[str, ...]
    approx: tuple[str, ...]
    holidays: dict[str, str]


@cache
def lexicon() -> Lexicon:
    """The packaged lexicon."""
    path = resources.files("dragoman").joinpath("data").joinpath("times").joinpath("lexicon.json")
    raw = json.loads(path.read_text("utf-8"))
    return Lexicon(**{k: tuple(v) if isinstance(v, list) else v for k, v in raw.items()})


def alternation(words) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any blank or hyphen."""
    items = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"[\s-]+") for w in items) + ")"
