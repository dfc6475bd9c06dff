"""The packaged lexicon: data files under ``dragoman/data/actors`` (see the README there), read once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

import pycountry

from dragoman.actors.lexicon import SECTORS, Entry, Lexicon, LexiconParts, Role

DATA = "data/actors"


def _rows(name: str) -> Iterator[list[str]]:
    """The tab-separated rows of a packaged data file, without comments and blank lines."""
    text = resources.files("dragoman").joinpath(DATA, name).read_text("utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield [cell.strip() for cell in line.split("\t")]


def _alts(cell: str) -> list[str]:
    return [a.strip() for a in cell.split("|") if a.strip()]


def _date(cell: str) -> dt.date | None:
    return dt.date.fromisoformat(cell) if cell else None


def _cell(row: list[str], i: int) -> str:
    return row[i] if i < len(row) else ""


def country_parts() -> LexiconParts:
    """Every ISO 3166 country (pycountry) with the names, adjectives and capitals of countries.tsv."""
    part = LexiconParts()
    extra = {row[0]: row for row in _rows("countries.tsv")}
    for country in pycountry.countries:
        code = country.alpha_3
        row = extra.get(code, [])
        display = _cell(row, 1) or getattr(country, "common_name", None) or country.name
        names = [display, country.name, *(_alts(_cell(row, 2)))]
        for attr in ("common_name", "official_name"):
            if getattr(country, attr, None):
                names.append(getattr(country, attr))
        part.country_names[code] = display
        part.entries.append((names, Entry(display, "state", code, "GOV", source="countries.tsv")))
        for word in _alts(_cell(row, 3)):
            part.demonyms[_key(word)] = code
        for city in _alts(_cell(row, 4)):
            part.capitals[_key(city)] = code
    return part


def _key(text: str) -> str:
    from dragoman.actors.normalize import name_key

    return name_key(text)


def organisation_parts() -> LexiconParts:
    part = LexiconParts()
    for row in _rows("organisations.tsv"):
        name, aliases, country, sector = (_cell(row, i) for i in range(4))
        part.entries.append(([name, *_alts(aliases)], Entry(name, "organization", country or None, sector,
                                                            source="organisations.tsv")))
    return part


def role_parts() -> LexiconParts:
    part = LexiconParts()
    for row in _rows("roles.tsv"):
        phrase, sector, kind, title = (_cell(row, i) for i in range(4))
        part.roles.append(Role(phrase, "" if sector == "-" else sector, kind, title or None,  # type: ignore[arg-type]
                               source="roles.tsv"))
    return part


def office_rows() -> dict[str, tuple[str | None, str, str]]:
    """Office id -> (country, sector, title) from offices.tsv."""
    return {row[0]: (_cell(row, 1) or None, _cell(row, 2), _cell(row, 3)) for row in _rows("offices.tsv")}


def holder_rows() -> list[tuple[str, str, dt.date | None, dt.date | None, list[str]]]:
    """(office, name, start, end, other names) from office_holders.tsv."""
    return [(row[0], row[1], _date(_cell(row, 2)), _date(_cell(row, 3)), _alts(_cell(row, 4)))
            for row in _rows("office_holders.tsv")]


def office_parts() -> LexiconParts:
    part = LexiconParts()
    offices = office_rows()
    for office, name, start, end, aliases in holder_rows():
        country, sector, title = offices[office]
        entry = Entry(name, "person", country, sector, title, start, end, source=f"office_holders.tsv {office}")
        part.entries.append(([name, *aliases], entry))
    return part


def check_sector(sector: str | None) -> bool:
    return sector is None or sector in SECTORS


@lru_cache(maxsize=1)
def builtin_lexicon() -> Lexicon:
    """The packaged lexicon (built on first use, then shared)."""
    parts = [role_parts(), office_parts(), organisation_parts(), country_parts()]
    return Lexicon.from_parts(parts, sources=("builtin",))
