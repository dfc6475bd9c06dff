"""What the dashboard's lists count, computed once per load (with the clusters) instead of on every request.

- ``article_stats``: per article, its story, publication day and title, how many other articles share its
  story (``copies``), how many actors, quotes and events it holds, its actors' ``countries``, its events'
  ``types``, ``quad_classes`` and ``type_quad_classes`` (``TYPE|quad class`` of each event).
- ``actor_rows``: the actors' rows with their article's story and publication day, in publication order
  (a date range reads only its part of the table).
- ``actor_stats``: per actor (stable key), the most frequent name, kind, country and sector of its rows, the
  articles and stories naming it and its mentions; ``one_name`` / ``one_country``: every row of the actor has
  the same name / country (or none has one), so a filter on them keeps all of its rows or none.
- ``quote_stats``: the quote clusters' columns, with each cluster's stories and its first report's quote id,
  title, and most frequent speaker text and cue.
- ``network_pairs`` / ``network_types``: the Network page's figures over every event cluster (web/graph.py):
  per directed pair of actors, its asserted, negated and unasserted clusters and asserted ones per quad class,
  and its asserted clusters per type.
- ``place_stats``: the located places the articles name (coordinates to three decimals, as the map draws
  them), with how many articles name each, most named first.

Figures are those the per-request queries computed before (web/lists.py), with one difference: a most
frequent value shared by several (a tie) is the first in article order, where it was arbitrary.
"""

from __future__ import annotations

import duckdb

from dragoman.store.query import ASSERTED

_ONE = "count(DISTINCT {c}) + (count({c}) < count(*))::INTEGER <= 1"

# An actor's figures over some of its rows (``actor_rows``); web/lists.py counts filtered rows with it.
ACTOR_FIGURES = ("actor_key, mode(name ORDER BY article_id, actor_id) AS name, "
                 "mode(kind ORDER BY article_id, actor_id) AS kind, mode(country ORDER BY article_id, actor_id) "
                 "AS country, mode(sector ORDER BY article_id, actor_id) AS sector, "
                 "count(DISTINCT article_id) AS articles, count(DISTINCT story_id) AS stories, "
                 "sum(n_mentions) AS mentions")

# The located places named by the articles ``{selected}`` keeps (web/geo.py), with how many articles name each.
PLACE_FIGURES = ("SELECT p.name, p.country, round(p.lat, 3) AS lat, round(p.lon, 3) AS lon, "
                 "count(DISTINCT p.article_id) AS articles FROM places p WHERE p.lat IS NOT NULL AND p.lon IS NOT NULL"
                 "{selected} GROUP BY ALL")
PLACES = PLACE_FIGURES.format(selected="")

# An actor's node in the network: its stable key, else its name and country.
NODE_KEY = "coalesce({side}_key, {side}_name || '|' || coalesce({side}_country, ''))"
_NODES = {"source": NODE_KEY.format(side="source"), "target": NODE_KEY.format(side="target")}
# The network's pairs of actors among the event clusters ``{where}`` keeps (source and target named).
PAIR_FIGURES = f"""
SELECT {_NODES["source"]} AS source, min(source_name) AS source_name, min(source_country) AS source_country,
       {_NODES["target"]} AS target, min(target_name) AS target_name, min(target_country) AS target_country,
       count(*) FILTER (WHERE {ASSERTED}) AS events,
       count(*) FILTER (WHERE negated) AS n_negated,
       count(*) FILTER (WHERE NOT negated AND modality IS NOT NULL) AS n_unasserted,
       count(*) FILTER (WHERE {ASSERTED} AND quad_class = 1) AS q1,
       count(*) FILTER (WHERE {ASSERTED} AND quad_class = 2) AS q2,
       count(*) FILTER (WHERE {ASSERTED} AND quad_class = 3) AS q3,
       count(*) FILTER (WHERE {ASSERTED} AND quad_class = 4) AS q4
FROM event_clusters{{where}} GROUP BY ALL"""
NAMED = " WHERE source_name IS NOT NULL AND target_name IS NOT NULL"

STATS = f"""
DELETE FROM article_stats;
INSERT INTO article_stats BY NAME
SELECT a.article_id, coalesce(sm.story_id, a.article_id) AS story_id, a.published, a.title,
       coalesce(st.n, 1) - 1 AS copies, coalesce(na.n, 0) AS actors, coalesce(nq.n, 0) AS quotes,
       coalesce(ne.n, 0) AS events, coalesce(na.countries, []) AS countries, coalesce(ne.types, []) AS types,
       coalesce(ne.quad_classes, []) AS quad_classes, coalesce(ne.type_quad_classes, []) AS type_quad_classes
FROM articles a LEFT JOIN story_members sm USING (article_id)
LEFT JOIN (SELECT story_id, count(*) AS n FROM story_members GROUP BY story_id) st
       ON st.story_id = coalesce(sm.story_id, a.article_id)
LEFT JOIN (SELECT article_id, count(*) AS n, list(DISTINCT country) FILTER (WHERE country IS NOT NULL) AS countries
           FROM actors GROUP BY article_id) na ON na.article_id = a.article_id
LEFT JOIN (SELECT article_id, count(*) AS n FROM quotes GROUP BY article_id) nq ON nq.article_id = a.article_id
LEFT JOIN (SELECT article_id, count(*) AS n, list(DISTINCT type) FILTER (WHERE type IS NOT NULL) AS types,
                  list(DISTINCT quad_class) FILTER (WHERE quad_class IS NOT NULL) AS quad_classes,
                  list(DISTINCT type || '|' || quad_class) FILTER (WHERE type IS NOT NULL AND quad_class IS NOT NULL)
                      AS type_quad_classes
           FROM events GROUP BY article_id) ne ON ne.article_id = a.article_id;

DELETE FROM actor_rows;
INSERT INTO actor_rows BY NAME
SELECT x.actor_key, x.article_id, x.actor_id, x.name, x.kind, x.country, x.sector, x.n_mentions, s.story_id,
       s.published
FROM actors x JOIN article_stats s USING (article_id) ORDER BY s.published NULLS LAST, x.article_id, x.actor_id;

DELETE FROM actor_stats;
INSERT INTO actor_stats BY NAME
SELECT {ACTOR_FIGURES}, {_ONE.format(c="name")} AS one_name, {_ONE.format(c="country")} AS one_country
FROM actor_rows GROUP BY actor_key;

DELETE FROM quote_stats;
INSERT INTO quote_stats BY NAME
SELECT c.cluster_id, c.speaker_key, c.speaker_name, c.text, c.kind, c.num_mentions, c.num_articles, c.num_sources,
       c.first_date, c.first_article, m.stories, m.first_quote, m.title, m.speaker_text, m.cue
FROM quote_clusters c JOIN (
    SELECT q.quote_key, count(DISTINCT s.story_id) AS stories,
           arg_min(q.quote_id, q.article_id || '|' || q.quote_id) FILTER (WHERE q.article_id = c0.first_article)
               AS first_quote,
           any_value(s.title) FILTER (WHERE q.article_id = c0.first_article) AS title,
           mode(q.speaker_text ORDER BY q.article_id, q.quote_id) AS speaker_text,
           mode(q.cue ORDER BY q.article_id, q.quote_id) AS cue
    FROM quotes q JOIN quote_clusters c0 ON c0.cluster_id = q.quote_key JOIN article_stats s USING (article_id)
    GROUP BY q.quote_key) m ON m.quote_key = c.cluster_id;

DELETE FROM network_pairs;
INSERT INTO network_pairs BY NAME {PAIR_FIGURES.format(where=NAMED)};

DELETE FROM network_types;
INSERT INTO network_types BY NAME
SELECT {_NODES["source"]} AS source, {_NODES["target"]} AS target, type, count(*) AS n
FROM event_clusters{NAMED} AND {ASSERTED} GROUP BY ALL;

DELETE FROM place_stats;
INSERT INTO place_stats BY NAME
SELECT * FROM ({PLACES}) ORDER BY articles DESC, name;
"""


def refresh_stats(con: duckdb.DuckDBPyConnection) -> None:
    """Recompute the list statistics (inside the caller's transaction, after the clusters)."""
    con.execute(STATS)
