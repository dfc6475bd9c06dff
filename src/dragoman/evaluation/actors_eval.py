"""Scoring the actors stage alone: gold actors (seed, Wikinews) and PETRARCH code coverage.

Gold actors match predicted actors by name (surname, containment or acronym, ``name_match``), one
to one, the closest names first (same name, then containment, then surname). ``country_sector`` is the share of matched required gold actors
whose country and sector are both right; ``recall`` the share of required gold actors matched.
PETRARCH coverage is the share of expected source/target codes of the PETRARCH-1 unit tests
that some actor of the sentence carries (``actor_codes``), exactly and by the first three letters.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from dragoman.actors import Lexicon, actor_codes, extract_actors
from dragoman.context import Context
from dragoman.evaluation.matching import name_closeness
from dragoman.records import Actor, Article


@dataclass(slots=True)
class ActorScore:
    gold: int = 0
    matched: int = 0
    country_sector: int = 0
    country: int = 0
    sector: int = 0
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    def add(self, other: ActorScore) -> None:
        for name in ("gold", "matched", "country_sector", "country", "sector"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses += other.misses
        self.wrong += other.wrong

    def figures(self) -> dict[str, Any]:
        def share(n: int, d: int) -> float:
            return round(n / d, 4) if d else 0.0

        return {"gold": self.gold, "matched": self.matched, "recall": share(self.matched, self.gold),
                "country_sector": share(self.country_sector, self.matched), "country": share(self.country, self.matched),
                "sector": share(self.sector, self.matched)}


def pair_actors(gold_actors: Sequence[dict[str, Any]], actors: Sequence[Actor]) -> dict[int, int]:
    """One-to-one gold -> predicted pairs: closest names first, required gold before optional."""
    options = [(-name_closeness(g["name"], a.name), bool(g.get("optional")), gi, pi)
               for gi, g in enumerate(gold_actors) for pi, a in enumerate(actors)]
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for close, _, gi, pi in sorted(o for o in options if o[0] < 0):
        if gi not in pairs and pi not in taken:
            pairs[gi] = pi
            taken.add(pi)
    return pairs


def score_actors(gold_actors: Sequence[dict[str, Any]], actors: Sequence[Actor]) -> ActorScore:
    """Match gold actors to predicted ones and count country/sector agreement."""
    score = ActorScore()
    pairs = pair_actors(gold_actors, actors)
    for gi, g in enumerate(gold_actors):
        required = not g.get("optional")
        score.gold += required
        pick = pairs.get(gi)
        if pick is None:
            if required:
                score.misses.append(f"{g['name']} ({g.get('country')} {g.get('sector')})")
            continue
        if not required:
            continue
        a = actors[pick]
        country_ok = (g.get("country") or None) == (a.country or None)
        sector_ok = g.get("sector") == a.sector
        score.matched += 1
        score.country += country_ok
        score.sector += sector_ok
        score.country_sector += country_ok and sector_ok
        if not (country_ok and sector_ok):
            score.wrong.append(f"{g['name']}: gold {g.get('country')} {g.get('sector')}, got {a.name!r} {a.country} {a.sector}")
    return score


def _parse_day(value: str | None) -> dt.date | None:
    if not value:
        return None
    value = value.strip()
    try:
        if len(value) == 8 and value.isdigit():
            return dt.date(int(value[:4]), int(value[4:6]), int(value[6:]))
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def actors_of(nlp: Language, text: str, published: str | None, lexicon: Lexicon | None = None,
              dateline: str | None = None) -> list[Actor]:
    """Run the model and the actors stage over one text."""
    article = Article(id="eval", source="eval", text=text, published=published, dateline=dateline)
    ctx = Context(article=article, published=_parse_day(published))
    return extract_actors(nlp(text), ctx, lexicon).actors


def score_gold_file(path: Path, nlp: Language, lexicon: Lexicon | None = None, samples: Path | None = None) -> ActorScore:
    """Score a seed_gold.json (text from ``samples``'s parent) or a wikinews-style JSONL file."""
    total = ActorScore()
    for record in _gold_records(path, samples):
        actors = actors_of(nlp, record["text"], record.get("published"), lexicon, record.get("dateline"))
        total.add(score_actors(record.get("actors", []), actors))
    return total


def _gold_records(path: Path, samples: Path | None) -> Iterable[dict[str, Any]]:
    if path.suffix == ".json":
        record = json.loads(path.read_text("utf-8"))
        base = samples or path.parent.parent
        record["text"] = (base / record["file"]).read_text("utf-8")
        yield record
        return
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


@dataclass(slots=True)
class Coverage:
    codes: int = 0
    exact: int = 0
    country: int = 0
    sentences: int = 0
    missed: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, Any]:
        return {"sentences": self.sentences, "codes": self.codes,
                "exact": round(self.exact / self.codes, 4) if self.codes else 0.0,
                "first_three_letters": round(self.country / self.codes, 4) if self.codes else 0.0}


def petrarch_coverage(path: Path, nlp: Language, lexicon: Lexicon) -> Coverage:
    """Share of the expected source/target codes of a PETRARCH validation file that the actors carry."""
    cov = Coverage()
    with path.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    for row in rows:
        expected = [c for e in row.get("expected") or [] for c in (e.get("source"), e.get("target"))
                    if c and c.isalnum() and c.isupper()]
        if not expected:
            continue
        cov.sentences += 1
        actors = actors_of(nlp, row["text"], row.get("date"), lexicon)
        codes = set().union(*(actor_codes(a) for a in actors)) if actors else set()
        prefixes = {c[:3] for c in codes}
        for code in expected:
            cov.codes += 1
            cov.exact += code in codes
            cov.country += code[:3] in prefixes
            if code not in codes:
                cov.missed.append(f"{row.get('id')}: {code} not in {sorted(codes)}")
    return cov
