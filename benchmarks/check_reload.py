"""Load the dev corpus twice, and once killed midway and resumed; print whether the stores agree.

    python benchmarks/check_reload.py [--limit N] [--kill-after-commits 5]

Uses the texts of ../shared/eval (plus the canonical sample) when present, else the demo article.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import duckdb  # noqa: E402
from corpus import dev_texts, write_jsonl  # noqa: E402

TABLES = {"articles": "article_id, text", "actors": "article_id, actor_id, name, country, sector",
          "mentions": "article_id, actor_id, start_char", "quotes": "article_id, quote_id, text, speaker_name",
          "events": "article_id, event_id, type, source_name, target_name", "times": "article_id, n, value",
          "places": "article_id, n, name", "story_members": "article_id, story_id",
          "event_clusters": "cluster_id, num_articles", "quote_clusters": "cluster_id, num_articles"}


def fingerprint(db: Path) -> dict[str, tuple]:
    con = duckdb.connect(str(db), read_only=True)
    out = {}
    for table, columns in TABLES.items():
        out[table] = con.execute(f"SELECT count(*), sum(hash({columns})) FROM {table}").fetchone()
    con.close()
    return out


def load(db: Path, inputs: list[str], *extra: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "dragoman", "-v", "load", *inputs, "--db", str(db), *extra],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--kill-after-commits", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        inputs = [str(write_jsonl(dev_texts(args.limit), tmp_path / "corpus.jsonl"))]
        sample = Path(__file__).resolve().parents[2] / "shared" / "samples"
        if sample.is_dir():
            inputs.append(str(sample))
        clean = tmp_path / "clean.duckdb"
        assert load(clean, inputs).wait() in (0, 1)
        first = fingerprint(clean)
        assert load(clean, inputs).wait() in (0, 1)
        second = fingerprint(clean)
        killed = tmp_path / "killed.duckdb"
        victim = load(killed, inputs, "--write-every", "16")
        commits = 0
        for line in victim.stderr:
            commits += b"committed" in line
            if commits >= args.kill_after_commits:
                break
        os.kill(victim.pid, signal.SIGKILL)
        victim.wait()
        stored_at_kill = duckdb.connect(str(killed), read_only=True).execute("SELECT count(*) FROM articles").fetchone()[0]
        assert load(killed, inputs).wait() in (0, 1)
        resumed = fingerprint(killed)
        shutil.rmtree(tmp_path, ignore_errors=True)
    report = {"articles": first["articles"][0], "records": {t: v[0] for t, v in first.items()},
              "second_load_identical": first == second, "articles_stored_when_killed": stored_at_kill,
              "resumed_equals_clean_load": resumed == first}
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
