"""Flatten reports into table rows, with corpus-level keys for actors and quotes."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from functools import lru_cache
from urllib.parse import urlparse

from dragoman.records import Actor, Report
from dragoman.store.coding import goldstein, quad_class

Rows = dict[str, list[dict]]
_NON_WORD = re.compile(r"[^\w]+")


@lru_cache(maxsize=100_000)
def normalise_name(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"^the\s+", "", text.strip())
    return " ".join(text.split())


def actor_key(actor: Actor | None) -> str | None:
    """The same entity across articles: the actor's stable id (reports before it: kind, country, name)."""
    if actor is None:
        return None
    return actor.stable_id or f"{actor.kind}|{actor.country or ''}|{normalise_name(actor.name)}"


def quote_key(speaker: str | None, text: str) -> str:
    words = _NON_WORD.sub(" ", text.lower()).split()
    return hashlib.blake2b(f"{speaker or ''}\x1f{' '.join(words)}".encode(), digest_size=10).hexdigest()


def source_domain(url: str | None) -> str | None:
    """The site a URL belongs to: its host, lower-cased, without a leading ``www.``, port or credentials."""
    if not url:
        return None
    try:
        host = (urlparse(url.strip()).hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    return (host[4:] if host.startswith("www.") else host) or None


def article_url(report: Report) -> str | None:
    """The report's ``url``, else its source when that is a web address (a WARC record's target URI)."""
    if report.url:
        return report.url
    return report.source if report.source.lower().startswith(("http://", "https://")) else None


_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _day(value: str | None) -> str | None:
    """A day-precise TIMEX3 value, else None (a month, a week or a year is kept in ``date_value``)."""
    return value if value and _DAY.match(value) else None


def report_rows(report: Report, run_id: str) -> Rows:
    """Every row one report contributes, by table."""
    rows: Rows = defaultdict(list)
    aid = report.id
    actors = {a.id: a for a in report.actors}
    url = article_url(report)
    rows["articles"].append({
        "article_id": aid, "source": report.source, "url": url, "source_domain": source_domain(url),
        "title": report.title, "published": report.published, "dateline": report.dateline, "text": report.text,
        "n_chars": len(report.text), "run_id": run_id,
    })
    for actor in report.actors:
        rows["actors"].append({
            "article_id": aid, "actor_id": actor.id, "actor_key": actor_key(actor), "name": actor.name,
            "kind": actor.kind, "country": actor.country, "sector": actor.sector, "title": actor.title,
            "n_mentions": len(actor.mentions),
        })
        for start, end in sorted(set(map(tuple, actor.mentions))):
            rows["mentions"].append({"article_id": aid, "actor_id": actor.id, "start_char": start, "end_char": end})
    for quote in report.quotes:
        speaker = actors.get(quote.speaker or "")
        addressee = actors.get(quote.addressee or "")
        speaker_key = actor_key(speaker) or (normalise_name(quote.speaker_text) if quote.speaker_text else None)
        rows["quotes"].append({
            "article_id": aid, "quote_id": quote.id, "quote_key": quote_key(speaker_key, quote.text),
            "text": quote.text, "start_char": quote.start, "end_char": quote.end, "kind": quote.kind,
            "speaker_id": quote.speaker, "speaker_key": speaker_key,
            "speaker_name": speaker.name if speaker else quote.speaker_text, "speaker_text": quote.speaker_text,
            "cue": quote.cue, "addressee_id": quote.addressee, "addressee_name": addressee.name if addressee else None,
            "confidence": quote.confidence,
        })
    for event in report.events:
        source, target = actors.get(event.source or ""), actors.get(event.target or "")
        place = event.place
        rows["events"].append({
            "article_id": aid, "event_id": event.id, "type": event.type, "mode": event.mode, "cameo": event.cameo,
            "quad_class": quad_class(event.cameo, event.type), "goldstein": goldstein(event.cameo, event.type),
            "source_id": event.source, "source_key": actor_key(source), "source_name": source.name if source else None,
            "source_country": source.country if source else None, "source_sector": source.sector if source else None,
            "target_id": event.target, "target_key": actor_key(target), "target_name": target.name if target else None,
            "target_country": target.country if target else None, "target_sector": target.sector if target else None,
            "date": _day(event.date) or _day(report.published), "date_value": event.date, "place_name": place.name if place else None,
            "place_country": place.country if place else None, "lat": place.lat if place else None,
            "lon": place.lon if place else None, "negated": event.negated, "modality": event.modality,
            "evidence_start": event.evidence.start, "evidence_end": event.evidence.end,
            "evidence_text": report.text[event.evidence.start:event.evidence.end], "quote_id": event.quote,
            "confidence": event.confidence, "rule": event.rule,
        })
    for n, time in enumerate(report.times):
        rows["times"].append({"article_id": aid, "n": n, "text": time.text, "start_char": time.start,
                              "end_char": time.end, "type": time.type, "value": time.value})
    for n, place in enumerate(report.places):
        rows["places"].append({"article_id": aid, "n": n, "text": place.text, "start_char": place.start,
                               "end_char": place.end, "name": place.name, "country": place.country,
                               "lat": place.lat, "lon": place.lon})
    return rows
