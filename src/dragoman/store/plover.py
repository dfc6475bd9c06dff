"""PLOVER/POLECAT-style event records: one JSON object per event cluster, in the PLOVER data format's
field names (``id``, ``date``, ``event``, ``mode``, ``context``, ``actor``, ``recipient``, ``event_loc``,
...). Every field is documented in the README ("PLOVER export"); ``tests/unit/plover.schema.json``
checks them against the PLOVER specification.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from dragoman import __version__
from dragoman.store.coding import plover_score
from dragoman.store.gdelt import GEO_COUNTRY, GEO_NONE, GEO_US_STATE, geo_type

# PLOVER location resolution: 1 country, 2 province, 3 district, 4 city, 5 sub-city.
_RESOLUTION = {GEO_COUNTRY: 1, GEO_US_STATE: 2}

# The event clusters with what the records need of their actors and first report; the caller adds
# the WHERE clause (on the cluster's columns).
QUERY = """WITH people AS (
    SELECT actor_key, mode(title) AS title, mode(kind) AS kind FROM actors GROUP BY actor_key
)
SELECT c.cluster_id, c.type, c.mode, c.cameo, c.quad_class, c.goldstein, c.negated, c.modality,
    c.source_key, c.source_name, c.source_country, c.source_sector, s.title AS source_title, s.kind AS source_kind,
    c.target_key, c.target_name, c.target_country, c.target_sector, t.title AS target_title, t.kind AS target_kind,
    c.first_date, c.last_date, c.place_name, c.place_country, c.lat, c.lon, c.num_mentions, c.num_articles,
    c.num_sources, c.num_stories, c.story_id, c.source_url, c.evidence_text, c.first_article,
    a.title AS article_title, a.published, a.source_domain, e.evidence_start, e.evidence_end, e.confidence
FROM (SELECT * FROM event_clusters{where}) c
LEFT JOIN people s ON s.actor_key = c.source_key
LEFT JOIN people t ON t.actor_key = c.target_key
LEFT JOIN articles a ON a.article_id = c.first_article
LEFT JOIN events e ON e.article_id = c.first_article AND e.event_id = c.first_event
ORDER BY c.first_date NULLS LAST, c.cluster_id"""


def _day(value) -> str | None:
    return value.isoformat() if value is not None else None


def _entity(prefix: str, c: dict) -> list[dict]:
    """PLOVER's actor/recipient: a list of entity objects (empty when the event names none)."""
    if c[f"{prefix}_name"] is None:
        return []
    return [{
        "code": c[f"{prefix}_country"],
        "sector": c[f"{prefix}_sector"],
        "entity_text": c[f"{prefix}_name"],
        "identifier_id": c[f"{prefix}_key"],
        "identifier_text": c[f"{prefix}_name"],
        "office": c[f"{prefix}_title"],
        "kind": c[f"{prefix}_kind"],
    }]


def _location(c: dict) -> dict | None:
    if c["place_name"] is None:
        return None
    kind = geo_type(c["place_name"], c["place_country"])
    return {
        "extracted_place": c["place_name"],
        "resolved_place": c["place_name"],
        "lat": c["lat"],
        "lon": c["lon"],
        "country_code": c["place_country"],
        "resolution": None if kind == GEO_NONE else _RESOLUTION.get(kind, 4),
    }


# Dragoman's modality -> PLOVER's auxiliary mode; a plan or intention ("intended") is PLOVER's future.
_AUXILIARY = {"hypothetical": "hypothetical", "future": "future", "intended": "future"}


def _context(c: dict) -> list[str]:
    """PLOVER's auxiliary modes, which PLOVER puts in ``context``: negation, hypothetical, future.
    (Dragoman codes no topical context; the exact modality is in ``modality``.)"""
    flags = ["negation"] if c["negated"] else []
    return flags + ([_AUXILIARY[c["modality"]]] if c["modality"] in _AUXILIARY else [])


def record(c: dict) -> dict:
    """One event cluster as a PLOVER record."""
    last = c["last_date"] if c["last_date"] != c["first_date"] else None
    return {
        "id": c["cluster_id"],
        "has_event": True,
        "date": _day(c["first_date"]),
        "enddate": _day(last),
        "event": [c["type"]],
        "mode": [c["mode"]] if c["mode"] else [],
        "context": _context(c),
        "actor": _entity("source", c),
        "recipient": _entity("target", c),
        "event_loc": _location(c),
        "event_text": [c["evidence_text"]] if c["evidence_text"] else [],
        "quad_code": c["quad_class"],
        "event_scale": plover_score(c["type"], c["mode"]),
        "text_info": {"start": c["evidence_start"], "end": c["evidence_end"]},
        "cite_info": {
            "url": c["source_url"],
            "title": c["article_title"],
            "publication": c["source_domain"],
            "language": "en",
            "coder": f"Dragoman {__version__}",
            "codebook": "PLOVER",
        },
        "coder": f"Dragoman {__version__}",
        # Fields of Dragoman's own (PLOVER allows more named fields).
        "negated": bool(c["negated"]),
        "modality": c["modality"],
        "story_id": c["story_id"],
        "story_date": _day(c["published"]),
        "article_id": c["first_article"],
        "cameo": c["cameo"],
        "goldstein": c["goldstein"],
        "confidence": c["confidence"],
        "num_mentions": c["num_mentions"],
        "num_articles": c["num_articles"],
        "num_sources": c["num_sources"],
        "num_stories": c["num_stories"],
    }


def records(clusters: Iterable[dict]) -> Iterator[dict]:
    """PLOVER records; a cluster with no date is skipped (PLOVER requires ``date``)."""
    for cluster in clusters:
        if cluster["first_date"] is not None:
            yield record(cluster)
