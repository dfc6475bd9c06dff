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
