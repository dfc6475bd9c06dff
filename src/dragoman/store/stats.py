"""What the dashboard's lists count, computed once per load (with the clusters) instead of on every request.

- ``article_stats``: per article, its story, publication day and title, how many other articles share its
  story (``copies``) and how many actors, quotes and events it holds.
- ``actor_stats``: per actor (stable key), the most frequent name, kind, country and sector of its rows, the
  articles and stories naming it and its mentions; ``one_name`` / ``one_country``: every row of the actor has
  the same name / country (or every one has none), so a filter on them keeps all of its rows or none.
- ``quote_stats``: per quote cluster, its stories, and its first report's quote id, title, speaker text and cue.

Every figure is what the per-request queries computed before (web/lists.py), from the same expressions.
"""

from __future__ import annotations

import duckdb

_ONE = "count(DISTINCT x.{c}) + (count(x.{c}) < count(*))::INTEGER <= 1"

STATS = f"""
DELETE FROM article_stats;
INSERT INTO article_stats BY NAME
SELECT a.article_id, coalesce(sm.story_id, a.article_id) AS story_id, a.published, a.title,
       coalesce(st.n, 1) - 1 AS copies, coalesce(na.n, 0) AS actors, coalesce(nq.n, 0) AS quotes,
       coalesce(ne.n, 0) AS events
FROM articles a LEFT JOIN story_members sm USING (article_id)
LEFT JOIN (SELECT story_id, count(*) AS n FROM story_members GROUP BY story_id) st
       ON st.story_id = coalesce(sm.story_id, a.article_id)
LEFT JOIN (SELECT article_id, count(*) AS n FROM actors GROUP BY article_id) na ON na.article_id = a.article_id
LEFT JOIN (SELECT article_id, count(*) AS n FROM quotes GROUP BY article_id) nq ON nq.article_id = a.article_id
LEFT JOIN (SELECT article_id, count(*) AS n FROM events GROUP BY article_id) ne ON ne.article_id = a.article_id;

DELETE FROM actor_stats;
INSERT INTO actor_stats BY NAME
SELECT x.actor_key, mode(x.name) AS name, mode(x.kind) AS kind, mode(x.country) AS country,
       mode(x.sector) AS sector, count(DISTINCT x.article_id) AS articles, count(DISTINCT s.story_id) AS stories,
       sum(x.n_mentions) AS mentions, {_ONE.format(c="name")} AS one_name, {_ONE.format(c="country")} AS one_country
FROM actors x JOIN article_stats s USING (article_id) GROUP BY x.actor_key;

DELETE FROM quote_stats;
INSERT INTO quote_stats BY NAME
SELECT q.quote_key AS cluster_id, count(DISTINCT s.story_id) AS stories,
       arg_min(q.quote_id, q.article_id || '|' || q.quote_id) FILTER (WHERE q.article_id = c.first_article)
           AS first_quote,
       any_value(s.title) FILTER (WHERE q.article_id = c.first_article) AS title,
       mode(q.speaker_text) AS speaker_text, mode(q.cue) AS cue
FROM quotes q JOIN quote_clusters c ON c.cluster_id = q.quote_key JOIN article_stats s USING (article_id)
GROUP BY q.quote_key;
"""


def refresh_stats(con: duckdb.DuckDBPyConnection) -> None:
    """Recompute the list statistics (inside the caller's transaction, after the clusters)."""
    con.execute(STATS)
