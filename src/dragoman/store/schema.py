"""The store's tables, as numbered migrations recorded in ``schema_migrations``."""

from __future__ import annotations

MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "initial tables", """
CREATE TABLE runs (
    run_id VARCHAR PRIMARY KEY, started_at TIMESTAMP, finished_at TIMESTAMP, dragoman_version VARCHAR,
    model VARCHAR, config_hash VARCHAR, config JSON, inputs JSON,
    documents INTEGER, loaded INTEGER, skipped INTEGER, failed INTEGER, records INTEGER);
CREATE TABLE failures (
    run_id VARCHAR, source VARCHAR, kind VARCHAR, stage VARCHAR, message VARCHAR);
CREATE TABLE articles (
    article_id VARCHAR PRIMARY KEY, source VARCHAR, url VARCHAR, source_domain VARCHAR, title VARCHAR,
    published DATE, dateline VARCHAR, text VARCHAR, n_chars INTEGER, run_id VARCHAR);
CREATE TABLE article_bands (band_key UBIGINT, article_id VARCHAR, PRIMARY KEY (band_key, article_id));
CREATE TABLE article_signatures (article_id VARCHAR PRIMARY KEY, minhash UBIGINT[]);
CREATE TABLE story_members (article_id VARCHAR PRIMARY KEY, story_id VARCHAR);
CREATE TABLE actors (
    article_id VARCHAR, actor_id VARCHAR, actor_key VARCHAR, name VARCHAR, kind VARCHAR, country VARCHAR,
    sector VARCHAR, title VARCHAR, n_mentions INTEGER, PRIMARY KEY (article_id, actor_id));
CREATE TABLE mentions (
    article_id VARCHAR, actor_id VARCHAR, start_char INTEGER, end_char INTEGER,
    PRIMARY KEY (article_id, actor_id, start_char));
CREATE TABLE quotes (
    article_id VARCHAR, quote_id VARCHAR, quote_key VARCHAR, text VARCHAR, start_char INTEGER, end_char INTEGER,
    kind VARCHAR, speaker_id VARCHAR, speaker_key VARCHAR, speaker_name VARCHAR, speaker_text VARCHAR,
    cue VARCHAR, addressee_id VARCHAR, addressee_name VARCHAR, confidence DOUBLE,
    PRIMARY KEY (article_id, quote_id));
CREATE TABLE events (
    article_id VARCHAR, event_id VARCHAR, type VARCHAR, mode VARCHAR, cameo VARCHAR, quad_class TINYINT,
    goldstein DOUBLE, source_id VARCHAR, source_key VARCHAR, source_name VARCHAR, source_country VARCHAR,
    source_sector VARCHAR, target_id VARCHAR, target_key VARCHAR, target_name VARCHAR, target_country VARCHAR,
    target_sector VARCHAR, date DATE, date_value VARCHAR, place_name VARCHAR, place_country VARCHAR, lat DOUBLE, lon DOUBLE,
    negated BOOLEAN, modality VARCHAR, evidence_start INTEGER, evidence_end INTEGER, evidence_text VARCHAR, quote_id VARCHAR,
    confidence DOUBLE, rule VARCHAR, PRIMARY KEY (article_id, event_id));
CREATE TABLE times (
    article_id VARCHAR, n INTEGER, text VARCHAR, start_char INTEGER, end_char INTEGER, type VARCHAR,
    value VARCHAR, PRIMARY KEY (article_id, n));
CREATE TABLE places (
    article_id VARCHAR, n INTEGER, text VARCHAR, start_char INTEGER, end_char INTEGER, name VARCHAR,
    country VARCHAR, lat DOUBLE, lon DOUBLE, PRIMARY KEY (article_id, n));
CREATE TABLE event_clusters (
    cluster_id VARCHAR PRIMARY KEY, type VARCHAR, cameo VARCHAR, quad_class TINYINT, goldstein DOUBLE,
    source_key VARCHAR, source_name VARCHAR, source_country VARCHAR, target_key VARCHAR, target_name VARCHAR,
    target_country VARCHAR, first_date DATE, last_date DATE, place_name VARCHAR, place_country VARCHAR,
    lat DOUBLE, lon DOUBLE, num_mentions INTEGER, num_articles INTEGER, num_sources INTEGER,
    num_stories INTEGER, first_article VARCHAR, source_url VARCHAR, evidence_text VARCHAR);
CREATE TABLE event_cluster_members (article_id VARCHAR, event_id VARCHAR, cluster_id VARCHAR,
    PRIMARY KEY (article_id, event_id));
CREATE TABLE quote_clusters (
    cluster_id VARCHAR, speaker_key VARCHAR, speaker_name VARCHAR, text VARCHAR, kind VARCHAR,
    num_mentions INTEGER, num_articles INTEGER, num_sources INTEGER, first_date DATE, first_article VARCHAR);
CREATE INDEX events_date ON events (date);
CREATE INDEX events_type ON events (type);
"""),
    # Negated and unasserted events become clusters of their own (with their flags), and each cluster
    # keeps what the GDELT and PLOVER exports need of its first report. Filled by clusters.refresh().
    (2, "event cluster flags and first report", """
ALTER TABLE event_clusters ADD COLUMN mode VARCHAR;
ALTER TABLE event_clusters ADD COLUMN negated BOOLEAN DEFAULT false;
ALTER TABLE event_clusters ADD COLUMN modality VARCHAR;
ALTER TABLE event_clusters ADD COLUMN source_sector VARCHAR;
ALTER TABLE event_clusters ADD COLUMN target_sector VARCHAR;
ALTER TABLE event_clusters ADD COLUMN story_id VARCHAR;
ALTER TABLE event_clusters ADD COLUMN first_event VARCHAR;
ALTER TABLE event_clusters ADD COLUMN is_root BOOLEAN;
ALTER TABLE event_clusters ADD COLUMN date_added TIMESTAMP;
"""),
    # What the dashboard's lists count, computed once per load instead of on every request (store/stats.py).
    (3, "list statistics", """
CREATE TABLE article_stats (
    article_id VARCHAR, story_id VARCHAR, published DATE, title VARCHAR,
    copies INTEGER, actors INTEGER, quotes INTEGER, events INTEGER, countries VARCHAR[], types VARCHAR[],
    quad_classes TINYINT[], type_quad_classes VARCHAR[]);
CREATE TABLE actor_rows (
    actor_key VARCHAR, article_id VARCHAR, actor_id VARCHAR, name VARCHAR, kind VARCHAR, country VARCHAR,
    sector VARCHAR, n_mentions INTEGER, story_id VARCHAR, published DATE);
CREATE TABLE actor_stats (
    actor_key VARCHAR, name VARCHAR, kind VARCHAR, country VARCHAR, sector VARCHAR,
    articles INTEGER, stories INTEGER, mentions BIGINT, one_name BOOLEAN, one_country BOOLEAN);
CREATE TABLE quote_stats (
    cluster_id VARCHAR, speaker_key VARCHAR, speaker_name VARCHAR, text VARCHAR, kind VARCHAR,
    num_mentions INTEGER, num_articles INTEGER, num_sources INTEGER, first_date DATE, first_article VARCHAR,
    stories INTEGER, first_quote VARCHAR, title VARCHAR, speaker_text VARCHAR, cue VARCHAR);
CREATE TABLE network_pairs (
    source VARCHAR, source_name VARCHAR, source_country VARCHAR, target VARCHAR, target_name VARCHAR,
    target_country VARCHAR, events INTEGER, n_negated INTEGER, n_unasserted INTEGER, q1 INTEGER, q2 INTEGER,
    q3 INTEGER, q4 INTEGER);
CREATE TABLE network_types (source VARCHAR, target VARCHAR, type VARCHAR, n INTEGER);
CREATE TABLE place_stats (name VARCHAR, country VARCHAR, lat DOUBLE, lon DOUBLE, articles INTEGER);
"""),
]

# Migrations after which the derived tables (clusters, list statistics) must be computed again.
REFRESH_AFTER = {2, 3}

CURRENT_VERSION = MIGRATIONS[-1][0]

RECORD_TABLES = ("actors", "mentions", "quotes", "events", "times", "places")
