"""Corpus-level events and quotes: the same event or quote reported by many articles counts once."""

from __future__ import annotations

import duckdb

# Asserted events (not negated, not hypothetical or planned) of one (type, source, target) whose dates
# are at most one day apart form one cluster; negated and unasserted events stay per article only.
# Every column is chosen deterministically (ties broken by article and event id), so two loads of the same
# input give the same rows; the place and its coordinates are those of one member event (the place most
# members share), never a mixture of several.
_EVENT_CLUSTERS = """
CREATE OR REPLACE TEMP TABLE _ev AS
WITH e AS (
    SELECT e.*, a.source_domain, a.url, a.source AS article_source, coalesce(sm.story_id, e.article_id) AS story_id,
           coalesce(e.source_key, '') AS sk, coalesce(e.target_key, '') AS tk
    FROM events e JOIN articles a USING (article_id) LEFT JOIN story_members sm USING (article_id)
    WHERE NOT e.negated AND e.modality IS NULL
), lagged AS (
    SELECT *, lag(date) OVER (PARTITION BY type, sk, tk ORDER BY date NULLS LAST, article_id, event_id) AS prev
    FROM e
), grouped AS (
    SELECT *, sum(CASE WHEN prev IS NULL OR date IS NULL OR date - prev > 1 THEN 1 ELSE 0 END)
                OVER (PARTITION BY type, sk, tk ORDER BY date NULLS LAST, article_id, event_id
                      ROWS UNBOUNDED PRECEDING) AS grp
    FROM lagged
)
SELECT *, 'C' || substr(md5(type || '|' || sk || '|' || tk || '|' ||
          coalesce(min(date) OVER (PARTITION BY type, sk, tk, grp)::VARCHAR, min(article_id || event_id)
          OVER (PARTITION BY type, sk, tk, grp))), 1, 16) AS cluster_id
FROM grouped;

DELETE FROM event_cluster_members;
INSERT INTO event_cluster_members SELECT article_id, event_id, cluster_id FROM _ev;
DELETE FROM event_clusters;
INSERT INTO event_clusters
WITH ranked AS (  -- how many members of its cluster share each member's place
    SELECT *, count(place_name) OVER (PARTITION BY cluster_id, place_name, place_country, lat, lon) AS place_n FROM _ev
)
SELECT cluster_id, any_value(type), mode(cameo ORDER BY article_id, event_id),
       mode(quad_class ORDER BY article_id, event_id), round(avg(goldstein), 6),
       nullif(any_value(sk), ''), mode(source_name ORDER BY article_id, event_id),
       mode(source_country ORDER BY article_id, event_id),
       nullif(any_value(tk), ''), mode(target_name ORDER BY article_id, event_id),
       mode(target_country ORDER BY article_id, event_id),
       min(date), max(date),
       first(place_name ORDER BY place_n DESC, article_id, event_id),
       first(place_country ORDER BY place_n DESC, article_id, event_id),
       first(lat ORDER BY place_n DESC, article_id, event_id),
       first(lon ORDER BY place_n DESC, article_id, event_id),
       count(*), count(DISTINCT article_id), count(DISTINCT coalesce(source_domain, article_source)),
       count(DISTINCT story_id), min(article_id), min(coalesce(url, article_source)),
       first(evidence_text ORDER BY confidence DESC NULLS LAST, article_id, event_id)
FROM ranked GROUP BY cluster_id;
DROP TABLE _ev;
"""

_QUOTE_CLUSTERS = """
DELETE FROM quote_clusters;
INSERT INTO quote_clusters
SELECT q.quote_key, any_value(q.speaker_key), mode(q.speaker_name), arg_max(q.text, length(q.text)), mode(q.kind),
       count(*), count(DISTINCT q.article_id), count(DISTINCT coalesce(a.source_domain, a.source)),
       min(a.published), min(q.article_id)
FROM quotes q JOIN articles a USING (article_id)
GROUP BY q.quote_key;
"""


def refresh(con: duckdb.DuckDBPyConnection) -> None:
    """Recompute event and quote clusters from the per-article tables, in one transaction."""
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(_EVENT_CLUSTERS)
        con.execute(_QUOTE_CLUSTERS)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
