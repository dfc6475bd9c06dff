"""Read-only questions the web views ask beyond dragoman.store.query: articles, one article's report, quotes.

Every statement is fixed text with bound parameters; nothing from a request becomes SQL.
"""

from __future__ import annotations

from typing import Any

import duckdb

from dragoman.records import SCHEMA, report_from_dict, to_builtins
from dragoman.store.query import contains
from dragoman.store.query import where as store_where
from dragoman.web.deps import records



def _dicts(cur: duckdb.DuckDBPyConnection, sql: str, params: list) -> list[dict[str, Any]]:
    result = cur.execute(sql, params)
    columns = [d[0] for d in result.description]
    return records(columns, result.fetchall())


def articles(cur: duckdb.DuckDBPyConnection, *, text: str | None = None, since: str | None = None,
             until: str | None = None, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Articles, newest first, with how many records each holds (``article_stats``)."""
    where, params = store_where(("(title ILIKE ? OR source ILIKE ?)", contains(text)),
                                ("published >= CAST(? AS DATE)", since), ("published <= CAST(? AS DATE)", until))
    return _dicts(cur, f"""
        SELECT a.article_id, a.title, a.published, a.source, a.source_domain, a.dateline, a.n_chars,
               s.actors, s.quotes, s.events
        FROM (SELECT article_id, title, published, source, source_domain, dateline, n_chars FROM articles{where}
              ORDER BY published DESC NULLS LAST, article_id LIMIT ? OFFSET ?) a JOIN article_stats s USING (article_id)
        ORDER BY a.published DESC NULLS LAST, a.article_id""", params + [limit, offset])


def article_report(cur: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, Any] | None:
    """One article as a dragoman/1 report rebuilt from the store, offsets included; None when absent."""
    found = _dicts(cur, "SELECT article_id, source, title, published, dateline, text FROM articles WHERE article_id = ?",
                   [article_id])
    if not found:
        return None
    art = found[0]
    mentions: dict[str, list[list[int]]] = {}
    for m in _dicts(cur, "SELECT actor_id, start_char, end_char FROM mentions WHERE article_id = ? "
                         "ORDER BY start_char", [article_id]):
        mentions.setdefault(m["actor_id"], []).append([m["start_char"], m["end_char"]])
    actors = [{"id": a["actor_id"], "name": a["name"], "kind": a["kind"], "country": a["country"],
               "sector": a["sector"], "title": a["title"], "mentions": mentions.get(a["actor_id"], [])}
              for a in _dicts(cur, "SELECT * FROM actors WHERE article_id = ? ORDER BY actor_id", [article_id])]
    quotes = [{"id": x["quote_id"], "text": x["text"], "start": x["start_char"], "end": x["end_char"],
               "kind": x["kind"], "speaker": x["speaker_id"], "speaker_text": x["speaker_text"], "cue": x["cue"],
               "addressee": x["addressee_id"], "confidence": x["confidence"] or 0.0,
               "speaker_name": x["speaker_name"]}
              for x in _dicts(cur, "SELECT * FROM quotes WHERE article_id = ? ORDER BY start_char, quote_id",
                              [article_id])]
    events = [{"id": e["event_id"], "type": e["type"], "mode": e["mode"], "cameo": e["cameo"],
               "source": e["source_id"], "target": e["target_id"], "date": e["date_value"],
               "place": ({"name": e["place_name"], "country": e["place_country"], "lat": e["lat"], "lon": e["lon"]}
                         if e["place_name"] else None),
               "negated": bool(e["negated"]), "modality": e["modality"], "evidence": {"start": e["evidence_start"], "end": e["evidence_end"]},
               "quote": e["quote_id"], "confidence": e["confidence"] or 0.0, "rule": e["rule"],
               "quad_class": e["quad_class"], "source_name": e["source_name"], "target_name": e["target_name"]}
              for e in _dicts(cur, "SELECT * FROM events WHERE article_id = ? ORDER BY evidence_start, event_id",
                              [article_id])]
    times = [{"text": t["text"], "start": t["start_char"], "end": t["end_char"], "type": t["type"], "value": t["value"]}
             for t in _dicts(cur, "SELECT * FROM times WHERE article_id = ? ORDER BY n", [article_id])]
    places = [{"text": p["text"], "start": p["start_char"], "end": p["end_char"], "name": p["name"],
               "country": p["country"], "lat": p["lat"], "lon": p["lon"]}
              for p in _dicts(cur, "SELECT * FROM places WHERE article_id = ? ORDER BY n", [article_id])]
    return _conform({"schema": SCHEMA, "id": art["article_id"], "source": art["source"], "title": art["title"],
                     "published": art["published"], "dateline": art["dateline"], "text": art["text"] or "",
                     "headlines": [], "actors": actors, "quotes": quotes, "events": events, "times": times,
                     "places": places, "errors": []})


def _conform(report: dict[str, Any]) -> dict[str, Any]:
    """Every field the dragoman/1 records declare (defaults for what the store does not keep), extras kept."""
    full = to_builtins(report_from_dict(report))
    for key in ("actors", "quotes", "events"):
        for mine, theirs in zip(report[key], full[key]):
            theirs.update({k: v for k, v in mine.items() if k not in theirs})
    return full


def quote_mentions(cur: duckdb.DuckDBPyConnection, *, speaker: str | None = None, text: str | None = None,
                   since: str | None = None, until: str | None = None, limit: int = 100,
                   offset: int = 0) -> list[dict[str, Any]]:
    """Quotes as they appear in articles (each links to its evidence), newest first."""
    where, params = store_where(("q.speaker_name ILIKE ?", contains(speaker)), ("q.text ILIKE ?", contains(text)),
                                ("a.published >= CAST(? AS DATE)", since), ("a.published <= CAST(? AS DATE)", until))
    return _dicts(cur, "SELECT q.article_id, q.quote_id, q.speaker_name, q.speaker_text, q.kind, q.cue, q.text, "
                       "q.confidence, a.title, a.published FROM quotes q JOIN articles a USING (article_id)"
                       f"{where} ORDER BY a.published DESC NULLS LAST, q.article_id, q.start_char LIMIT ? OFFSET ?",
                  params + [limit, offset])


def speakers(cur: duckdb.DuckDBPyConnection, *, name: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
    """Who is quoted most."""
    where, params = (" AND speaker_name ILIKE ?", [f"%{name}%"]) if name else ("", [])
    return _dicts(cur, "SELECT speaker_name, count(*) AS quotes, count(DISTINCT article_id) AS articles FROM quotes "
                       f"WHERE speaker_name IS NOT NULL{where} GROUP BY speaker_name "
                       "ORDER BY quotes DESC, speaker_name LIMIT ?", params + [limit])
