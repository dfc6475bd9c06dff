"""Scorers for temporal expressions: TempEval-3, MEANTIME and the Wikinews dev set.

TempEval-3 (UzZaman et al. 2013) counts a system timex as a *strict* match when its
extent equals a gold extent and a *relaxed* match when the two overlap; pairs are
one-to-one. Value F1 counts relaxed matches whose value also agrees, over the
system's timexes (precision) and the gold timexes (recall).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dragoman.records import Time

Predict = Callable[[str, str], list[Time]]


@dataclass
class Counts:
    """Tallies for one split; ``scores()`` turns them into P/R/F1."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0
    errors: list[dict] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        for name in ("gold", "system", "strict", "relaxed", "value", "type"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.extend(other.errors)

    def scores(self) -> dict[str, float | int]:
        def prf(hits: int) -> tuple[float, float, float]:
            p = hits / self.system if self.system else 0.0
            r = hits / self.gold if self.gold else 0.0
            return p, r, (2 * p * r / (p + r) if p + r else 0.0)

        out: dict[str, float | int] = {"gold": self.gold, "system": self.system}
        for name in ("strict", "relaxed", "value", "type"):
            p, r, f = prf(getattr(self, name))
            out |= {f"{name}_p": round(p, 4), f"{name}_r": round(r, 4), f"{name}_f1": round(f, 4)}
        return out


def _read_jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _pair(gold: list[dict], system: list[Time]) -> list[tuple[dict, Time]]:
    """One-to-one pairs of overlapping gold and system timexes, exact extents first."""
    pairs: list[tuple[dict, Time]] = []
    used: set[int] = set()
    rest = []
    for g in gold:
        hit = next((i for i, s in enumerate(system) if i not in used
                    and s.start == g["start"] and s.end == g["end"]), None)
        if hit is None:
            rest.append(g)
        else:
            used.add(hit)
            pairs.append((g, system[hit]))
    for g in rest:
        hit = next((i for i, s in enumerate(system) if i not in used
                    and s.start < g["end"] and g["start"] < s.end), None)
        if hit is not None:
            used.add(hit)
            pairs.append((g, system[hit]))
    return pairs


def score_document(gold: list[dict], system: list[Time], doc_id: str = "") -> Counts:
    """Counts for one document's gold timexes (``start``, ``end``, ``type``, ``value``)."""
    counts = Counts(gold=len(gold), system=len(system))
    paired = set()
    for g, s in _pair(gold, system):
        paired.add(id(g))
        counts.relaxed += 1
        counts.strict += s.start == g["start"] and s.end == g["end"]
        counts.type += s.type == g["type"]
        if s.value == g["value"]:
            counts.value += 1
        else:
            counts.errors.append({"doc": doc_id, "kind": "value", "gold": g["text"], "gold_value": g["value"],
                                  "system": s.text, "system_value": s.value})
    counts.errors += [{"doc": doc_id, "kind": "missed", "gold": g["text"], "gold_value": g["value"]}
                      for g in gold if id(g) not in paired]
    gold_spans = [(g["start"], g["end"]) for g in gold]
    counts.errors += [{"doc": doc_id, "kind": "spurious", "system": s.text, "system_value": s.value}
                      for s in system if not any(s.start < e and b < s.end for b, e in gold_spans)]
    return counts


def _score(docs: Iterable[tuple[str, str, str, list[dict]]], predict: Predict) -> Counts:
    total = Counts()
    for doc_id, text, anchor, gold in docs:
        total.add(score_document(gold, predict(text, anchor), doc_id))
    return total


def score_tempeval(gold_path: Path, predict: Predict, *, errors: bool = False) -> dict:
    """TempEval-3 strict/relaxed detection and value/type P/R/F1 over one
    ``tempeval3_*.jsonl`` file; ``predict(text, dct)`` gives the system's timexes."""
    docs = ((r["id"], r["text"], r["dct"][:10], r["timexes"]) for r in _read_jsonl(Path(gold_path)))
    counts = _score(docs, predict)
    return counts.scores() | ({"errors": counts.errors} if errors else {})


MEANTIME_TIMEX_SENTENCES = 6


def score_meantime(gold_path: Path, predict: Predict, *, errors: bool = False) -> dict:
    """The TempEval-3 measures over MEANTIME (``meantime_en.jsonl``), anchored on each
    document's date. MEANTIME marks times only in a document's first six sentences
    (title, date, four of body), so system times after them are not counted; empty
    (textless) gold timexes are left out."""
    total = Counts()
    for r in _read_jsonl(Path(gold_path)):
        sentences = r["sentences"][:MEANTIME_TIMEX_SENTENCES]
        limit = sentences[-1][1] if sentences else len(r["text"])
        gold = [t for t in r["timexes"] if t["start"] is not None]
        system = [t for t in predict(r["text"], r["date"][:10]) if t.start < limit]
        total.add(score_document(gold, system, r["id"]))
    counts = total
    return counts.scores() | ({"errors": counts.errors} if errors else {})


def _locate(text: str, items: list[dict]) -> list[tuple[dict, int, int]]:
    """Gold items given as text only, placed at their occurrences in reading order."""
    placed = []
    cursor = 0
    for item in items:
        at = text.find(item["text"], cursor)
        if at < 0:
            at = text.find(item["text"])
        if at < 0:
            continue
        placed.append((item, at, at + len(item["text"])))
        cursor = at + 1
    return placed


def score_wikinews_times(gold_path: Path, predict: Predict, *, errors: bool = False) -> dict:
    """Time value accuracy on ``wikinews_dev.jsonl``: the share of required gold
    times that a system time overlapping them normalises to the same value."""
    required = correct = found = 0
    misses: list[dict] = []
    for row in _read_jsonl(Path(gold_path)):
        system = predict(row["text"], row["published"])
        for item, start, end in _locate(row["text"], row.get("times", [])):
            hit = next((s for s in system if s.start < end and start < s.end), None)
            if item.get("optional"):
                continue
            required += 1
            found += hit is not None
            if hit is not None and hit.value == item["value"]:
                correct += 1
            else:
                misses.append({"doc": row["id"], "gold": item["text"], "gold_value": item["value"],
                               "system": hit.text if hit else None, "system_value": hit.value if hit else None})
    out = {"required": required, "detected": found, "correct": correct,
           "accuracy": round(correct / required, 4) if required else 0.0}
    return out | ({"errors": misses} if errors else {})
