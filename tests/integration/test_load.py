"""`dragoman load` end to end on the real model: idempotent, and a SIGKILL never corrupts the store."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

pytestmark = pytest.mark.integration

CITIES = ["Lisbon", "Oslo", "Nairobi", "Lima", "Hanoi", "Accra", "Quito", "Riga", "Dakar", "Tunis"]
FOREIGN_MINISTERS = ["Ana Ribeiro", "Erik Solberg", "Wanjiru Kamau", "Diego Paredes", "Tran Minh", "Kofi Mensah",
                     "Lucia Andrade", "Ilze Berzina", "Awa Diop", "Sami Ben Ali"]


def _corpus(folder: Path, n: int) -> Path:
    folder.mkdir()
    for i in range(n):
        city, minister = CITIES[i % 10], FOREIGN_MINISTERS[(i * 3) % 10]
        other = FOREIGN_MINISTERS[(i * 3 + 1) % 10]
        (folder / f"story{i:03d}.txt").write_text(
            f"Published: 2024-05-{1 + i % 28:02d}\n\n{city.upper()} - Foreign Minister {minister} met "
            f"Foreign Minister {other} in {city} on Monday, story {i}. “We discussed trade and fisheries,” "
            f"{minister.split()[-1]} said. The two ministers agreed to meet again next month.\n")
    return folder


def _load(db: Path, corpus: Path, *extra: str, verbose: bool = False) -> subprocess.Popen:
    flags = ["-v"] if verbose else []
    return subprocess.Popen([sys.executable, "-m", "dragoman", *flags, "load", str(corpus), "--db", str(db), *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _fingerprint(db: Path) -> dict[str, list]:
    con = duckdb.connect(str(db), read_only=True)
    tables = {"articles": "article_id, text", "actors": "article_id, actor_id, name", "quotes": "article_id, quote_id, text",
              "events": "article_id, event_id, type", "times": "article_id, n, value", "places": "article_id, n, name",
              "story_members": "article_id, story_id", "event_clusters": "cluster_id, num_articles"}
    return {t: con.execute(f"SELECT {cols} FROM {t} ORDER BY ALL").fetchall() for t, cols in tables.items()}


def test_loading_twice_adds_nothing(tmp_path: Path):
    corpus = _corpus(tmp_path / "corpus", 6)
    db = tmp_path / "s.duckdb"
    first = _load(db, corpus)
    assert first.wait(timeout=300) == 0, first.stderr.read().decode()
    before = _fingerprint(db)
    second = _load(db, corpus)
    assert second.wait(timeout=300) == 0
    assert "0 loaded, 6 already in the store" in second.stderr.read().decode()
    assert _fingerprint(db) == before
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*), count(finished_at) FROM runs").fetchone() == (2, 2)


def _kill_at(db: Path, corpus: Path, marker: bytes, occurrence: int) -> int:
    """Start a load, SIGKILL it when its log shows ``marker`` for the n-th time; return articles stored by then."""
    victim = _load(db, corpus, "--write-every", "2", "--batch-size", "2", verbose=True)
    seen = 0
    for line in victim.stderr:
        seen += marker in line
        if seen >= occurrence:
            break
    os.kill(victim.pid, signal.SIGKILL)
    victim.wait()
    return duckdb.connect(str(db), read_only=True).execute("SELECT count(*) FROM articles").fetchone()[0]


KILL_POINTS = {
    "after model load, before any write": (b"started", 1),
    "after the first transaction": (b"committed", 1),
    "midway": (b"committed", 8),
    "while clustering": (b"refreshing", 1),
}


@pytest.fixture(scope="module")
def clean_store(tmp_path_factory) -> tuple[Path, dict]:
    corpus = _corpus(tmp_path_factory.mktemp("kill") / "corpus", 40)
    db = corpus.parent / "clean.duckdb"
    assert _load(db, corpus, "--write-every", "2", "--batch-size", "2").wait(timeout=300) == 0
    return corpus, _fingerprint(db)


@pytest.mark.parametrize("point", list(KILL_POINTS))
def test_sigkill_then_rerun_equals_a_clean_load(tmp_path: Path, clean_store, point: str):
    corpus, clean = clean_store
    db = tmp_path / "killed.duckdb"
    stored = _kill_at(db, corpus, *KILL_POINTS[point])
    assert stored < 40 or point == "while clustering"
    rerun = _load(db, corpus, "--write-every", "2", "--batch-size", "2")
    assert rerun.wait(timeout=300) == 0, rerun.stderr.read().decode()
    assert _fingerprint(db) == clean


def test_two_concurrent_loads_give_a_clear_error(tmp_path: Path):
    corpus = _corpus(tmp_path / "corpus", 30)
    db = tmp_path / "s.duckdb"
    first = _load(db, corpus, "--write-every", "1", "--batch-size", "1", verbose=True)
    for line in first.stderr:  # the first load holds the database once its run has started
        if b"started" in line:
            break
    second = _load(db, corpus)
    assert second.wait(timeout=300) == 2
    assert b"being written by another process" in second.stderr.read()
    for _ in first.stderr:
        pass
    assert first.wait(timeout=300) == 0
    assert _fingerprint(db)["articles"].__len__() == 30
