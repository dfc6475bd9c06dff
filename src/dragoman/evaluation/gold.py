"""Scoring reports against seed_gold.json / wikinews_dev.jsonl style gold (quotes, actors, events, times, places)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import msgspec

from dragoman.evaluation.matching import fragment_match, name_closeness, name_match, text_overlap
from dragoman.evaluation.scores import Counts, ratio
from dragoman.records import Report

Gold = dict[str, Any]


def _pair(gold_items: Sequence[Gold], preds: Sequence[Any], same: Callable[[Gold, Any], bool], *,
          prefer: Callable[[Gold, Any], float] | None = None,
          repeats_neutral: bool = False) -> tuple[dict[int, int], Counts]:
    """Greedy one-to-one matching, required gold first; returns gold index -> pred index.

    ``prefer`` ranks the matching predictions (highest first; a bool puts those it accepts first). With ``repeats_neutral``
    a prediction that matches an already paired gold item (the same statement or event recorded twice,
    at another granularity or with another of its targets) is neutral rather than false.
    """
    order = sorted(range(len(gold_items)), key=lambda i: bool(gold_items[i].get("optional")))
    taken: set[int] = set()
    pairs: dict[int, int] = {}
    for gi in order:
        matching = [pi for pi, pred in enumerate(preds) if pi not in taken and same(gold_items[gi], pred)]
        if prefer:
            matching.sort(key=lambda pi: -float(prefer(gold_items[gi], preds[pi])))
        if matching:
            pairs[gi] = matching[0]
            taken.add(matching[0])
    counts = Counts(gold=sum(1 for g in gold_items if not g.get("optional")), pred=len(preds))
    for gi, pi in pairs.items():
        if gold_items[gi].get("optional"):
            counts.neutral += 1
        else:
            counts.tp_gold += 1
            counts.tp_pred += 1
    # A prediction that matches an optional item it was not paired with is neutral too.
    paired = [gold_items[gi] for gi in pairs] if repeats_neutral else []
    for pi, pred in enumerate(preds):
        if pi not in taken and any(same(g, pred) for g in gold_items if g.get("optional") or g in paired):
            counts.neutral += 1
    return pairs, counts


def _actor_name(report: Report, actor_id: str | None) -> str | None:
    actor = next((a for a in report.actors if a.id == actor_id), None)
    return actor.name if actor else None


class ArticleScore:
    """Counts for one article, added up over a gold set by ``GoldScorer``."""

    def __init__(self) -> None:
        self.quotes = {"all": Counts(), "direct": Counts(), "indirect": Counts()}
        self.speaker = [0, 0]
        self.addressee = [0, 0]
        self.actors = Counts()
        self.actor_country_sector = [0, 0]
        self.actor_country = [0, 0]
        self.actor_sector = [0, 0]
        self.events = Counts()
        self.event_date = [0, 0]
        self.event_place = [0, 0]
        self.times = Counts()
        self.time_value = [0, 0]
        self.places = Counts()
        self.place_country = [0, 0]


def score_article(gold: Gold, report: Report, into: ArticleScore) -> None:
    _score_quotes(gold.get("quotes", []), report, into)
    _score_actors(gold.get("actors", []), report, into)
    _score_events(gold.get("events", []), report, into)
    _score_times(gold.get("times", []), report, into)
    _score_places(gold.get("places", []), report, into)


def _same_kind(gold: Gold, quote: Any) -> bool:
    return quote.kind == gold.get("kind", "direct")


def _score_quotes(gold_quotes: list[Gold], report: Report, s: ArticleScore) -> None:
    # The guide's indirect quotations are reported clauses; phrase content ("X denied the report", which
    # PolNeAR counts as an attribution) is not annotated here, so it is neither required nor counted.
    report = msgspec.structs.replace(report, quotes=[q for q in report.quotes if q.content != "phrase"])
    pairs, counts = _pair(gold_quotes, report.quotes, lambda g, q: fragment_match(g["text"], q.text),
                          prefer=_same_kind, repeats_neutral=True)
    s.quotes["all"].add(counts)
    for kind in ("direct", "indirect"):
        gold_kind = [g if g.get("kind", "direct") == kind or (kind == "direct" and g.get("kind") == "mixed") else {**g, "optional": True}
                     for g in gold_quotes]
        preds = [q for q in report.quotes if (q.kind in ("direct", "mixed")) == (kind == "direct")]
        s.quotes[kind].add(_pair(gold_kind, preds, lambda g, q: fragment_match(g["text"], q.text),
                                 prefer=_same_kind, repeats_neutral=True)[1])
    for gi, pi in pairs.items():
        g, q = gold_quotes[gi], report.quotes[pi]
        if g.get("optional"):
            continue
        s.speaker[1] += 1
        s.speaker[0] += name_match(g.get("speaker"), _actor_name(report, q.speaker) or q.speaker_text)
        if g.get("addressee"):
            s.addressee[1] += 1
            s.addressee[0] += name_match(g["addressee"], _actor_name(report, q.addressee))


def _score_actors(gold_actors: list[Gold], report: Report, s: ArticleScore) -> None:
    # Among matching names the closest first: "United States" must not take the gold "United States
    # Supreme Court" while a prediction of that name exists.
    pairs, counts = _pair(gold_actors, report.actors, lambda g, a: name_match(g["name"], a.name),
                          prefer=lambda g, a: name_closeness(g["name"], a.name))
    s.actors.add(counts)
    for gi, pi in pairs.items():
        g, a = gold_actors[gi], report.actors[pi]
        if g.get("optional"):
            continue
        country_ok = (g.get("country") or None) == (a.country or None)
        sector_ok = "sector" not in g or g.get("sector") == a.sector
        for tally, ok in ((s.actor_country_sector, country_ok and sector_ok), (s.actor_country, country_ok), (s.actor_sector, sector_ok)):
            tally[0] += ok
            tally[1] += 1


def _event_matches(g: Gold, e: Any, report: Report) -> bool:
    types = g["type"] if isinstance(g["type"], list) else [g["type"]]
    targets = g.get("target") or []
    targets = targets if isinstance(targets, list) else [targets]
    return (e.type in types and name_match(g.get("source"), _actor_name(report, e.source))
            and any(name_match(t, _actor_name(report, e.target)) for t in targets))


def dyadic(events: list[Any]) -> list[Any]:
    """The events with a target: those an article gold, which annotates events between two actors,
    can hold."""
    return [e for e in events if e.target is not None]


def _score_events(gold_events: list[Gold], report: Report, s: ArticleScore) -> None:
    # A dragoman/1 event has one target; a gold event may list several, so a further prediction of a
    # paired gold event (same type and source, another of its targets) is that event again.
    # The guide annotates events between two actors: a monadic event (no target) is outside it.
    events = dyadic(report.events)
    pairs, counts = _pair(gold_events, events, lambda g, e: _event_matches(g, e, report), repeats_neutral=True)
    s.events.add(counts)
    for gi, pi in pairs.items():
        g, e = gold_events[gi], events[pi]
        if g.get("optional"):
            continue
        if g.get("date"):
            s.event_date[1] += 1
            s.event_date[0] += e.date == g["date"]
        if g.get("place_country"):
            s.event_place[1] += 1
            s.event_place[0] += bool(e.place and e.place.country == g["place_country"])


def _score_times(gold_times: list[Gold], report: Report, s: ArticleScore) -> None:
    pairs, counts = _pair(gold_times, report.times, lambda g, t: text_overlap(g["text"], t.text))
    s.times.add(counts)
    s.time_value[1] += sum(1 for g in gold_times if not g.get("optional"))
    s.time_value[0] += sum(1 for gi, pi in pairs.items()
                           if not gold_times[gi].get("optional") and report.times[pi].value == gold_times[gi].get("value"))


def _score_places(gold_places: list[Gold], report: Report, s: ArticleScore) -> None:
    pairs, counts = _pair(gold_places, report.places, lambda g, p: text_overlap(g["text"], p.text))
    s.places.add(counts)
    for gi, pi in pairs.items():
        if gold_places[gi].get("country"):
            s.place_country[1] += 1
            s.place_country[0] += report.places[pi].country == gold_places[gi]["country"]


def summarise(s: ArticleScore, articles: int) -> dict[str, Any]:
    """The figures of a whole gold set."""
    return {
        "articles": articles,
        "quotes": {kind: c.figures() for kind, c in s.quotes.items()}
        | {"speaker": ratio(*s.speaker), "addressee": ratio(*s.addressee)},
        "actors": s.actors.figures() | {"country_sector": ratio(*s.actor_country_sector),
                                         "country": ratio(*s.actor_country), "sector": ratio(*s.actor_sector)},
        "events": s.events.figures() | {"date": ratio(*s.event_date), "place_country": ratio(*s.event_place)},
        "times": s.times.figures() | {"value": ratio(*s.time_value)},
        "places": s.places.figures() | {"country": ratio(*s.place_country)},
    }
