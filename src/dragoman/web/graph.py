"""The Network page's data: actors (by stable id) and who acts on whom, with counts by type and flag.

An edge's ``events`` counts asserted event clusters (a denied or hypothetical attack is no attack), its
colour is their dominant quad class; ``negated`` and ``unasserted`` count the others, so the page can mark
them. The heaviest ``edges`` pairs are kept (asserted events first).
"""

from __future__ import annotations

from typing import Any

import duckdb

from dragoman.store.query import EventFilter, event_where
from dragoman.store.stats import NODE_KEY, PAIR_FIGURES

QUAD_CLASSES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
_NODES = {"source": NODE_KEY.format(side="source"), "target": NODE_KEY.format(side="target")}
_ORDER = " ORDER BY events DESC, n_negated + n_unasserted DESC, source, target LIMIT ?"

# Asserted events per type of the kept pairs only: counted, or (every cluster's) read from network_types.
_TYPES = """
SELECT k.s, k.t, type, count(*) AS n
FROM event_clusters JOIN (SELECT unnest(?::VARCHAR[]) AS s, unnest(?::VARCHAR[]) AS t) k
  ON k.s = {source} AND k.t = {target}{where}
GROUP BY ALL ORDER BY n DESC, type
"""
_STORED_TYPES = """
SELECT k.s, k.t, type, n
FROM network_types JOIN (SELECT unnest(?::VARCHAR[]) AS s, unnest(?::VARCHAR[]) AS t) k
  ON k.s = source AND k.t = target
ORDER BY n DESC, type
"""


def network(cur: duckdb.DuckDBPyConnection, f: EventFilter, *, edges: int = 1000) -> dict[str, Any]:
    """Nodes (actors, with event and degree counts) and the ``edges`` heaviest directed pairs; with no filter,
    the pairs' figures are those computed at load (``network_pairs``, ``network_types``)."""
    clause, params = event_where(f, date_column="first_date")
    if clause:
        clause += " AND source_name IS NOT NULL AND target_name IS NOT NULL"
        pairs = cur.execute(f"SELECT * FROM ({PAIR_FIGURES.format(where=clause)}){_ORDER}", params + [edges]).fetchall()
    else:
        pairs = cur.execute(f"SELECT source, source_name, source_country, target, target_name, target_country, events, "
                            f"n_negated, n_unasserted, q1, q2, q3, q4 FROM network_pairs{_ORDER}", [edges]).fetchall()
    types: dict[tuple[str, str], dict[str, int]] = {}
    if pairs:
        ends = [[p[0] for p in pairs], [p[3] for p in pairs]]
        if clause:
            asserted, asserted_params = event_where(f, date_column="first_date", asserted=True)
            sql, sql_params = _TYPES.format(**_NODES, where=asserted), ends + asserted_params
        else:
            sql, sql_params = _STORED_TYPES, ends
        for s, t, kind, n in cur.execute(sql, sql_params).fetchall():
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
