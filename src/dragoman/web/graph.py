"""The Network page's data: actors (by stable id) and who acts on whom, with counts by type and flag.

An edge's ``events`` counts asserted event clusters (a denied or hypothetical attack is no attack), its
colour is their dominant quad class; ``negated`` and ``unasserted`` count the others, so the page can mark
them. The heaviest ``edges`` pairs are kept (asserted events first).
"""

from __future__ import annotations

from typing import Any

import duckdb

from dragoman.store.query import ASSERTED, EventFilter, event_where

QUAD_CLASSES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
_KEY = "coalesce({side}_key, {side}_name || '|' || coalesce({side}_country, ''))"

_SQL = """
SELECT {source} AS source, min(source_name) AS source_name, min(source_country) AS source_country,
       {target} AS target, min(target_name) AS target_name, min(target_country) AS target_country,
       count(*) FILTER (WHERE {asserted}) AS events,
       count(*) FILTER (WHERE negated) AS n_negated,
       count(*) FILTER (WHERE NOT negated AND modality IS NOT NULL) AS n_unasserted,
       count(*) FILTER (WHERE {asserted} AND quad_class = 1) AS q1, count(*) FILTER (WHERE {asserted} AND quad_class = 2) AS q2,
       count(*) FILTER (WHERE {asserted} AND quad_class = 3) AS q3, count(*) FILTER (WHERE {asserted} AND quad_class = 4) AS q4
FROM event_clusters{where} GROUP BY ALL
ORDER BY events DESC, n_negated + n_unasserted DESC, source, target LIMIT ?
"""

# Asserted events per type of the kept pairs only.
_TYPES = """
SELECT k.s, k.t, type, count(*) AS n
FROM event_clusters JOIN (SELECT unnest(?::VARCHAR[]) AS s, unnest(?::VARCHAR[]) AS t) k
  ON k.s = {source} AND k.t = {target}{where}
GROUP BY ALL ORDER BY n DESC, type
"""


def network(cur: duckdb.DuckDBPyConnection, f: EventFilter, *, edges: int = 1000) -> dict[str, Any]:
    """Nodes (actors, with event and degree counts) and the ``edges`` heaviest directed pairs."""
    clause, params = event_where(f, date_column="first_date")
    clause += (" AND " if clause else " WHERE ") + "source_name IS NOT NULL AND target_name IS NOT NULL"
    keys = {"source": _KEY.format(side="source"), "target": _KEY.format(side="target")}
    pairs = cur.execute(_SQL.format(**keys, asserted=ASSERTED, where=clause), params + [edges]).fetchall()
    asserted, asserted_params = event_where(f, date_column="first_date", asserted=True)
    types: dict[tuple[str, str], dict[str, int]] = {}
    if pairs:
        ends = [[p[0] for p in pairs], [p[3] for p in pairs]]
        for s, t, kind, n in cur.execute(_TYPES.format(**keys, where=asserted), ends + asserted_params).fetchall():
            types.setdefault((s, t), {})[kind] = n
    nodes: dict[str, dict[str, Any]] = {}
    out = []
    for row in pairs:
        source, s_name, s_country, target, t_name, t_country, events, negated, unasserted, q1, q2, q3, q4 = row
        for key, name, country in ((source, s_name, s_country), (target, t_name, t_country)):
            node = nodes.setdefault(key, {"id": key, "name": name, "country": country, "events": 0, "degree": 0})
            node["events"] += events
        nodes[source]["degree"] += 1
        if target != source:
            nodes[target]["degree"] += 1
        quads = {str(q): n for q, n in ((1, q1), (2, q2), (3, q3), (4, q4)) if n}
        by_type = types.get((source, target), {})
        dominant = max(quads, key=lambda k: (quads[k], -int(k))) if quads else None
        out.append({"source": source, "target": target, "events": events, "negated": negated,
                    "unasserted": unasserted, "by_quad_class": quads, "by_type": by_type,
                    "quad_class": int(dominant) if dominant else None})
    return {"nodes": sorted(nodes.values(), key=lambda n: (-n["events"], -n["degree"], n["id"])), "edges": out,
            "quad_classes": {str(k): v for k, v in QUAD_CLASSES.items()}}
