"""Goldstein scores and quad classes for events (data in data/store/)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


def _tsv(name: str) -> list[list[str]]:
    text = resources.files("dragoman").joinpath("data", "store", name).read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return rows[1:]  # header


@lru_cache(maxsize=1)
def _goldstein() -> dict[str, float]:
    return {code: float(value) for code, value, *_ in _tsv("cameo_goldstein.tsv")}


@lru_cache(maxsize=1)
def _plover() -> dict[str, tuple[int, str]]:
    return {kind: (int(quad), root) for kind, quad, root in _tsv("plover_quad.tsv")}


def cameo_root(cameo: str | None, plover_type: str | None = None) -> str | None:
    if cameo and len(cameo) >= 2 and cameo[:2].isdigit():
        return cameo[:2]
    return _plover().get(plover_type or "", (0, None))[1]


def quad_class(cameo: str | None, plover_type: str | None = None) -> int | None:
    """GDELT QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."""
    root = cameo_root(cameo, plover_type)
    if root is None:
        return None
    number = int(root)
    return 1 if number <= 5 else 2 if number <= 9 else 3 if number <= 14 else 4


def goldstein(cameo: str | None, plover_type: str | None = None) -> float | None:
    table = _goldstein()
    for code in (cameo, cameo[:3] if cameo else None, cameo_root(cameo, plover_type)):
        if code and code in table:
            return table[code]
    return None


@lru_cache(maxsize=1)
def _fips() -> dict[str, str]:
    return {iso3: fips for iso3, fips, *_ in _tsv("iso3_fips.tsv")}


def fips_country(iso3: str | None) -> str | None:
    """The FIPS 10-4 code GDELT uses for a place in the country ``iso3`` (ISO alpha-3); None when it has none."""
    return _fips().get((iso3 or "").upper())


@lru_cache(maxsize=1)
def _plover_scores() -> dict[tuple[str, str], float]:
    return {(kind, mode): float(score) for kind, mode, score in _tsv("plover_scores.tsv")}


def plover_score(plover_type: str | None, mode: str | None = None) -> float | None:
    """PLOVER's conflict-cooperation score of a type and mode (the type's own score for another mode)."""
    table = _plover_scores()
    return table.get((plover_type or "", (mode or "").lower()), table.get((plover_type or "", "-")))
