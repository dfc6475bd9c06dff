"""`dragoman export`: the store's records as JSONL, CSV or Parquet (the same columns), as PLOVER records or
as the GDELT 2.0 event table, filtered as `dragoman query` filters.

Negated and unasserted events are in every output with their flags (``negated``, ``modality``; PLOVER's
``context``), except GDELT's, whose 61 columns have no place for them: the GDELT table holds asserted
events only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from pathlib import Path

import duckdb

from dragoman.store import gdelt, plover
from dragoman.store.query import EventFilter, contains, event_where, where

TABLE_QUERIES = {
    "events": """SELECT cluster_id AS event_id, type, mode, cameo, quad_class, goldstein, negated, modality,
        source_key, source_name, source_country, source_sector, target_key, target_name, target_country, target_sector,
        first_date, last_date, place_name, place_country, lat, lon, num_mentions, num_articles, num_sources, num_stories,
        story_id, first_article, source_url, evidence_text
        FROM event_clusters{where} ORDER BY first_date NULLS LAST, cluster_id""",
    "article_events": """SELECT article_id, event_id, type, mode, cameo, quad_class, goldstein, negated, modality,
        source_key, source_name, source_country, source_sector, target_key, target_name, target_country, target_sector,
        date, date_value, place_name, place_country, lat, lon, evidence_start, evidence_end, evidence_text, quote_id,
        confidence, rule
        FROM events{where} ORDER BY article_id, event_id""",
    "quotes": """SELECT article_id, quote_id, quote_key, speaker_key, speaker_name, speaker_text, cue, addressee_name,
        kind, text, start_char, end_char, confidence, published
        FROM (SELECT q.*, a.published FROM quotes q JOIN articles a USING (article_id)){where}
        ORDER BY article_id, quote_id""",
    "actors": """SELECT actor_key, mode(name) AS name, any_value(kind) AS kind, any_value(country) AS country,
        mode(sector) AS sector, mode(title) AS title, count(DISTINCT article_id) AS articles, sum(n_mentions) AS mentions
        FROM actors{where} GROUP BY actor_key ORDER BY actor_key""",
    "articles": """SELECT a.article_id, a.source, a.url, a.source_domain, a.title, a.published, a.dateline,
        s.story_id, a.n_chars
        FROM articles a LEFT JOIN story_members s USING (article_id){where} ORDER BY a.article_id""",
}

FORMATS = ("jsonl", "csv", "parquet", "plover", "gdelt")
_COPY_OPTIONS = {"jsonl": "FORMAT json", "csv": "FORMAT csv, HEADER true", "parquet": "FORMAT parquet"}


class ExportError(ValueError):
    """An export that makes no sense (a table in a shape it cannot take, a filter it has no field for)."""


@dataclass(frozen=True, kw_only=True)
class ExportFilter(EventFilter):
    """`dragoman query`'s filters, plus the quote speaker; ``limit`` is not used by exports."""

    speaker: str | None = None


# Which filters each table can apply (the others are an error, not silently ignored).
_EVENT_FILTERS = {"actor", "country", "type", "quad_class", "since", "until", "text", "asserted_only"}
APPLICABLE = {
    "events": _EVENT_FILTERS,
    "article_events": _EVENT_FILTERS,
    "quotes": {"speaker", "text", "since", "until"},
    "actors": {"actor", "country"},
    "articles": {"since", "until"},
}
_NOT_FILTERS = {"limit", "offset"}


@dataclass(slots=True)
class ExportSummary:
    rows: int
    undated: int = 0  # events left out of a GDELT or PLOVER file for want of a date
    unasserted: int = 0  # negated and unasserted events left out of a GDELT file

    def notes(self, fmt: str) -> list[str]:
        out = []
        if self.unasserted:
            out.append(f"{self.unasserted} negated or unasserted events left out (GDELT has no field for the flags)")
        if self.undated:
            out.append(f"{self.undated} undated events left out ({fmt.upper()} requires a date)")
        return out


def _given(f: ExportFilter) -> set[str]:
    return {field.name for field in fields(f)
            if field.name not in _NOT_FILTERS and getattr(f, field.name) not in (None, "", False)}


def check(what: str, fmt: str, f: ExportFilter, *, header: bool = False) -> str:
    """The table's canonical name, or an ExportError saying why the combination makes no sense."""
    table = what.replace("-", "_")
    if table not in TABLE_QUERIES:
        raise ExportError(f"unknown table {what!r}: one of {', '.join(TABLE_QUERIES)}")
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: one of {', '.join(FORMATS)}")
    if fmt in ("gdelt", "plover") and table != "events":
        raise ExportError(f"-f {fmt} writes events (one row per event across articles); {what} cannot be written "
                          f"as {fmt}: use --what events, or -f jsonl, csv or parquet for {what}")
    if header and fmt != "gdelt":
        raise ExportError("--header is for -f gdelt (csv always has a header; jsonl, parquet and plover name "
                          "their fields)")
    extra = sorted(_given(f) - APPLICABLE[table])
    if extra:
        names = ", ".join("--" + name.replace("_", "-") for name in extra)
        raise ExportError(f"{names} cannot filter {what}: it takes "
                          + ", ".join("--" + n.replace("_", "-") for n in sorted(APPLICABLE[table])))
    return table


def _where(table: str, f: ExportFilter) -> tuple[str, list]:
    if table == "events":
        return event_where(f, date_column="first_date")
    if table == "article_events":
        return event_where(f, date_column="date")
    if table == "quotes":
        return where(("speaker_name ILIKE ?", contains(f.speaker)), ("text ILIKE ?", contains(f.text)),
                     ("published >= CAST(? AS DATE)", f.since), ("published <= CAST(? AS DATE)", f.until))
    if table == "actors":
        return where(("name ILIKE ?", contains(f.actor)), ("country = ?", f.country.upper() if f.country else None))
    return where(("a.published >= CAST(? AS DATE)", f.since), ("a.published <= CAST(? AS DATE)", f.until))


def _dicts(cursor: duckdb.DuckDBPyConnection, batch: int = 2048):
    names = [d[0] for d in cursor.description]
    while rows := cursor.fetchmany(batch):
        for row in rows:
            yield dict(zip(names, row))


def _write_lines(out: str | Path, lines) -> int:
    count = 0
    with open(out, "w", encoding="utf-8", newline="") as handle:
        for line in lines:
            handle.write(line)
            count += 1
    return count


def export(con: duckdb.DuckDBPyConnection, what: str, fmt: str, out: str | Path,
           filters: ExportFilter | None = None, *, header: bool = False) -> ExportSummary:
    """Write ``what`` (events, article_events, quotes, actors, articles) in ``fmt`` to ``out``."""
    f = filters or ExportFilter()
    table = check(what, fmt, f, header=header)
    if fmt in ("gdelt", "plover"):
        every, every_params = event_where(f, date_column="first_date")
        total = con.execute(f"SELECT count(*) FROM event_clusters{every}", every_params).fetchone()[0]
    if fmt == "gdelt":
        clause, params = event_where(f, date_column="first_date", asserted=True)
        asserted = con.execute(f"SELECT count(*) FROM event_clusters{clause}", params).fetchone()[0]
        clusters = _dicts(con.execute(gdelt.QUERY.format(where=clause), params))
        rows = _write_lines(out, gdelt.lines(clusters, header=header)) - header
        return ExportSummary(rows, undated=asserted - rows, unasserted=total - asserted)
    if fmt == "plover":
        records = plover.records(_dicts(con.execute(plover.QUERY.format(where=every), every_params)))
        rows = _write_lines(out, (json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in records))
        return ExportSummary(rows, undated=total - rows)
    clause, params = _where(table, f)
    path = str(out).replace("'", "''")
    (count,) = con.execute(f"COPY ({TABLE_QUERIES[table].format(where=clause)}) TO '{path}' ({_COPY_OPTIONS[fmt]})",
                           params).fetchone()
    return ExportSummary(count)
