"""Actors on news nobody annotated: coverage, the evidence kinds (`why`), a sample to hand-check, and
one stable id per real person across a store.

    DRAGOMAN_EVAL_DIR=../shared/eval python benchmarks/actors_coverage.py [--sample 100] [--polnear 200]
        [--checked results/actors_sample_checked.jsonl]

* Over wikinews_unlabelled.jsonl (181 articles): the share of actors mentioned at least twice that get a
  country, and the distribution of the first `why` of each actor by cue kind.
* A seeded random sample of actors (with the paragraph of their first mention) written to
  --sample-out (default: outside the repository, since it quotes the articles) for a person to mark
  `country_ok` / `sector_ok`; with --checked, the precision of country+sector on the marked sample.
  The checked samples kept in results/ have the quoted paragraphs removed.
* PolNeAR texts (dev then train, the first N) loaded into a real DuckDB store: the number of names that
  carry two or more stable ids, and of stable ids that carry two or more countries.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

from dragoman.pipeline import Pipeline
from dragoman.sources import RawDocument

HERE = Path(__file__).resolve().parent
EVAL = Path(os.environ.get("DRAGOMAN_EVAL_DIR", HERE.parents[1] / "shared" / "eval"))


def why_kind(why: str) -> str:
    """The cue kind of one `why` line: "text: 'X' before the name" -> "text: before the name"."""
    kind = re.sub(r"'[^']*'|\"[^\"]*\"", "", why)
    kind = re.sub(r"\b[A-Z]{3}\b", "CC", kind)
    kind = re.sub(r"\d{4}-\d\d-\d\d", "", kind)
    kind = re.sub(r"\(.*?\)|(?<=names) .*", "", kind)
    return " ".join(kind.split())[:60]


def unlabelled(pipeline: Pipeline, sample: int, seed: int) -> tuple[dict, list[dict]]:
    records = [json.loads(line) for line in (EVAL / "wikinews_unlabelled.jsonl").read_text("utf-8").splitlines() if line]
    raws = [RawDocument(source=r["id"], text=r["text"], title=r.get("title"), published=r.get("published"), id=r["id"])
            for r in records]
    twice = with_country = 0
    kinds: Counter[str] = Counter()
    pool: list[dict] = []
    for report in pipeline.analyse_raw(raws):
        for actor in report.actors:
            if len(actor.mentions) >= 2:
                twice += 1
                with_country += actor.country is not None or actor.sector == "IGO"
            kinds[why_kind(actor.why[0]) if actor.why else "(none)"] += 1
            start, end = actor.mentions[0] if actor.mentions else (0, 0)
            lo = report.text.rfind("\n", 0, start) + 1
            hi = report.text.find("\n", end)
            pool.append({"article": report.id, "published": report.published, "name": actor.name, "kind": actor.kind,
                         "country": actor.country, "sector": actor.sector, "title": actor.title,
                         "stable_id": actor.stable_id, "why": actor.why,
                         "context": report.text[lo:hi if hi > 0 else None][:600]})
    rng = random.Random(seed)
    picked = rng.sample(pool, min(sample, len(pool)))
    figures = {"articles": len(records), "actors": len(pool), "mentioned_twice": twice,
               "mentioned_twice_with_country": round(with_country / twice, 4) if twice else 0.0,
               "why_first": dict(kinds.most_common(40))}
    return figures, picked


def checked_precision(path: Path) -> dict:
    """Country+sector precision on a hand-marked sample: over coded real actors, and over everything coded."""
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    marked = [r for r in rows if "country_ok" in r and "sector_ok" in r]
    coded = [r for r in marked if r.get("coded", r.get("country") or r.get("sector"))]
    real = [r for r in coded if r.get("is_actor", True)]

    def both(items: list[dict]) -> int:
        return sum(bool(r["country_ok"] and r["sector_ok"]) for r in items)

    return {"checked": len(marked), "real_actors": sum(bool(r.get("is_actor", True)) for r in marked),
            "coded_real": len(real), "coded_real_right": both(real),
            "precision_coded_real": round(both(real) / len(real), 4) if real else 0.0,
            "coded": len(coded), "coded_right": both(coded),
            "precision_coded": round(both(coded) / len(coded), 4) if coded else 0.0,
            "real_uncoded": sum(1 for r in marked if r.get("is_actor", True) and r not in coded)}


def polnear_ids(n: int) -> dict:
    """Load the first ``n`` PolNeAR texts with `dragoman load` into a fresh store and count split ids."""
    from dragoman.store import connect
    from dragoman.store.load import load

    texts: list[dict] = []
    for name in ("polnear_dev.jsonl", "polnear_train.jsonl"):
        path = EVAL / name
        if path.exists():
            with path.open(encoding="utf-8") as fh:
                texts += [json.loads(line) for _, line in zip(range(n - len(texts)), fh)]
    with tempfile.TemporaryDirectory() as tmp:
        corpus, db = Path(tmp) / "polnear.jsonl", Path(tmp) / "polnear.duckdb"
        corpus.write_text("".join(json.dumps({"id": r["id"], "text": r["text"], "title": r.get("title"),
                                              "published": r.get("date")}) + "\n" for r in texts), "utf-8")
        load([corpus], db)
        con = connect(db, read_only=True)
        split_names = con.execute("""SELECT name, count(DISTINCT actor_key) FROM actors WHERE kind = 'person'
                                     GROUP BY name HAVING count(DISTINCT actor_key) > 1 ORDER BY 2 DESC, 1""").fetchall()
        split_ids = con.execute("""SELECT actor_key, count(DISTINCT country) FROM actors WHERE kind = 'person'
                                   GROUP BY actor_key HAVING count(DISTINCT country) > 1 ORDER BY 2 DESC, 1""").fetchall()
        people = con.execute("SELECT count(DISTINCT actor_key) FROM actors WHERE kind = 'person'").fetchone()[0]
        con.close()
    return {"articles": len(texts), "person_ids": people, "names_with_2plus_ids": len(split_names),
            "examples": [list(r) for r in split_names[:15]], "ids_with_2plus_countries": len(split_ids),
            "id_examples": [list(r) for r in split_ids[:15]]}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sample", type=int, default=100)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--polnear", type=int, default=200)
    parser.add_argument("--checked", type=Path, help="the sample file with country_ok/sector_ok marks")
    parser.add_argument("--sample-out", type=Path, default=Path(tempfile.gettempdir()) / "dragoman-actors-sample.jsonl")
    args = parser.parse_args()
    pipeline = Pipeline()
    out: dict = {}
    if (EVAL / "wikinews_unlabelled.jsonl").exists():
        out["unlabelled"], picked = unlabelled(pipeline, args.sample, args.seed)
        with args.sample_out.open("w", encoding="utf-8") as fh:
            for row in picked:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    if args.checked and args.checked.exists():
        out["hand_check"] = checked_precision(args.checked)
    if args.polnear and (EVAL / "polnear_dev.jsonl").exists():
        out["polnear_store"] = polnear_ids(args.polnear)
    json.dump(out, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
