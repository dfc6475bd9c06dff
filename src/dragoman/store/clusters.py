"""Corpus-level events and quotes: the same event or quote reported by many articles counts once."""

from __future__ import annotations

import duckdb

from dragoman.store.stats import refresh_stats

# Events of one (type, source, target, negated, modality) whose dates are at most one day apart form one
# cluster. Negated and unasserted (hypothetical, future, intended) events are clusters of their own, with
# their flags, never merged with asserted ones; an asserted cluster's id is the same as before they were kept.
# A cluster's "first report" is its earliest-published mention (then the smallest article and event id):
# it gives SOURCEURL, the story, IsRootEvent (the mention is in its article's lead paragraph) and DATEADDED.
# Every other column is chosen deterministically (ties broken by article and event id), so two loads of the
# same input give the same rows; the place and its coordinates are those of one member event (the place
# most members share), never a mixture of several.
_EVENT_CLUSTERS = """
CREATE OR REPLACE TEMP TABLE _ev AS
WITH e AS (
    SELECT e.*, a.source_domain, a.url, a.source AS article_source, coalesce(sm.story_id, e.article_id) AS story_id,
           coalesce(e.source_key, '') AS sk, coalesce(e.target_key, '') AS tk,
           CASE WHEN e.negated THEN '|negated' ELSE '' END
               || CASE WHEN e.modality IS NULL THEN '' ELSE '|' || e.modality END AS flags,
           coalesce(strftime(a.published, '%Y%m%d'), '99999999') || '|' || e.article_id || '|' || e.event_id AS first_key,
           e.evidence_start < coalesce(nullif(instr(a.text, chr(10) || chr(10)), 0) - 1, length(a.text)) AS in_lead,
           r.started_at AS loaded_at
    FROM events e JOIN articles a USING (article_id) LEFT JOIN story_members sm USING (article_id)
    LEFT JOIN runs r ON r.run_id = a.run_id
), lagged AS (
    SELECT *, lag(date) OVER (PARTITION BY type, sk, tk, flags ORDER BY date NULLS LAST, article_id, event_id) AS prev
    FROM e
), grouped AS (
    SELECT *, sum(CASE WHEN prev IS NULL OR date IS NULL OR date - prev > 1 THEN 1 ELSE 0 END)
                OVER (PARTITION BY type, sk, tk, flags ORDER BY date NULLS LAST, article_id, event_id
                      ROWS UNBOUNDED PRECEDING) AS grp
    FROM lagged
)
SELECT *, 'C' || substr(md5(type || '|' || sk || '|' || tk || '|' ||
          coalesce(min(date) OVER (PARTITION BY type, sk, tk, flags, grp)::VARCHAR, min(article_id || event_id)
          OVER (PARTITION BY type, sk, tk, flags, grp)) || flags), 1, 16) AS cluster_id
FROM grouped;

DELETE FROM event_cluster_members;
INSERT INTO event_cluster_members SELECT article_id, event_id, cluster_id FROM _ev;
DELETE FROM event_clusters;
INSERT INTO event_clusters BY NAME
WITH ranked AS (  -- how many members of its cluster share each member's place
    SELECT *, count(place_name) OVER (PARTITION BY cluster_id, place_name, place_country, lat, lon) AS place_n FROM _ev
)
SELECT cluster_id, any_value(type) AS type, mode(cameo ORDER BY article_id, event_id) AS cameo,
       mode(quad_class ORDER BY article_id, event_id) AS quad_class, round(avg(goldstein), 6) AS goldstein,
       mode(mode ORDER BY article_id, event_id) AS mode, bool_or(negated) AS negated,
       any_value(modality) AS modality,
       nullif(any_value(sk), '') AS source_key, mode(source_name ORDER BY article_id, event_id) AS source_name,
       mode(source_country ORDER BY article_id, event_id) AS source_country,
       mode(source_sector ORDER BY article_id, event_id) AS source_sector,
       nullif(any_value(tk), '') AS target_key, mode(target_name ORDER BY article_id, event_id) AS target_name,
       mode(target_country ORDER BY article_id, event_id) AS target_country,
       mode(target_sector ORDER BY article_id, event_id) AS target_sector,
       min(date) AS first_date, max(date) AS last_date,
       first(place_name ORDER BY place_n DESC, article_id, event_id) AS place_name,
       first(place_country ORDER BY place_n DESC, article_id, event_id) AS place_country,
       first(lat ORDER BY place_n DESC, article_id, event_id) AS lat,
       first(lon ORDER BY place_n DESC, article_id, event_id) AS lon,
       count(*) AS num_mentions, count(DISTINCT article_id) AS num_articles,
       count(DISTINCT coalesce(source_domain, article_source)) AS num_sources, count(DISTINCT story_id) AS num_stories,
       arg_min(article_id, first_key) AS first_article, arg_min(event_id, first_key) AS first_event,
       arg_min(coalesce(url, article_source), first_key) AS source_url, arg_min(story_id, first_key) AS story_id,
       arg_min(in_lead, first_key) AS is_root, min(loaded_at) AS date_added,
       first(evidence_text ORDER BY confidence DESC NULLS LAST, article_id, event_id) AS evidence_text
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
    """Recompute event and quote clusters, and the lists' statistics, from the per-article tables, in one
    transaction."""
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(_EVENT_CLUSTERS)
        con.execute(_QUOTE_CLUSTERS)
        refresh_stats(con)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
