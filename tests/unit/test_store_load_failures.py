"""`load` under bad input: a failed document is a `failures` row, never a rolled-back batch or a lost one.

Reports come from Parquet (as the Spark job writes them), so no analysis runs: the pipeline holds a blank
spaCy model only for the run manifest.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import msgspec
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import spacy

from dragoman.pipeline import Pipeline
from dragoman.records import Quote
from dragoman.store.load import load
from tests.store_fixtures import story


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(nlp=spacy.blank("en"))


def _parquet(path: Path, values: list) -> Path:
    pq.write_table(pa.table({"report": values}), path)
    return path


def _json(report) -> str:
    return msgspec.json.encode(report).decode()


def _counts(db: Path) -> tuple[int, int, int, int, int, dict[str, int]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        documents, loaded, skipped, failed = con.execute(
            "SELECT documents, loaded, skipped, failed FROM runs ORDER BY started_at DESC LIMIT 1").fetchone()
        articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        kinds = dict(con.execute("SELECT kind, count(*) FROM failures GROUP BY 1").fetchall())
    finally:
        con.close()
    return documents, loaded, skipped, failed, articles, kinds


def _with(n: int, **changes):
    report = story(n)
    for key, value in changes.items():
        setattr(report, key, value)
    return report


def test_bad_rows_and_values_fail_alone_and_the_batch_is_kept(tmp_path: Path, pipeline: Pipeline):
    far = story(6)
    far.quotes = [Quote(id="Q1", text="x", start=2 ** 31, end=2 ** 31 + 1, kind="direct")]
    rows = [_json(story(1)), "not json", _json({"id": 5, "source": ["wrong", "types"]}), _json(story(2)),
            _json(_with(3, published="2023-02-30")), _json(_with(4, published="not a date")), _json(far),
            _json(story(5))]
    summary = load([_parquet(tmp_path / "r.parquet", rows)], tmp_path / "s.duckdb", pipeline=pipeline, write_every=64)
    assert (summary.loaded, summary.failed) == (3, 5)
    documents, loaded, skipped, failed, articles, kinds = _counts(tmp_path / "s.duckdb")
    assert (documents, loaded, skipped, failed, articles) == (8, 3, 0, 5, 3)
    assert sum(kinds.values()) == 5 and kinds.get("store") == 3
    messages = " ".join(message for _, _, message in summary.failures)
    assert "r.parquet#row2" in " ".join(source for source, _, _ in summary.failures)
    assert "2023-02-30" in messages


@pytest.mark.parametrize("make", [
    lambda path: path.write_bytes(b"PAR1 this is not parquet PAR1"),
    lambda path: pq.write_table(pa.table({"text": ["no report column"]}), path),
    lambda path: pq.write_table(pa.table({"report": [1, 2]}), path),
])
def test_a_parquet_file_that_is_not_reports_is_a_failure_beside_good_ones(tmp_path: Path, pipeline: Pipeline, make):
    bad = tmp_path / "bad.parquet"
    make(bad)
    good = _parquet(tmp_path / "good.parquet", [_json(story(1)), _json(story(2))])
    summary = load([bad, good], tmp_path / "s.duckdb", pipeline=pipeline)
    assert summary.loaded == 2 and summary.failed >= 1
    documents, loaded, skipped, failed, articles, _ = _counts(tmp_path / "s.duckdb")
    assert documents == loaded + skipped + failed and articles == 2


def test_one_id_with_two_texts_is_a_counted_conflict_not_a_silent_skip(tmp_path: Path, pipeline: Pipeline):
    db = tmp_path / "s.duckdb"
    other = _with(1, text=story(1).text + " A different ending.")
    first = _parquet(tmp_path / "a.parquet", [_json(story(1)), _json(story(1)), _json(other), _json(story(2))])
    summary = load([first], db, pipeline=pipeline)
    assert (summary.loaded, summary.skipped, summary.failed) == (2, 1, 1)
    (source, kind, message), = summary.failures
    assert kind == "conflict" and "orig-001" in message and "different text" in message
    again = load([_parquet(tmp_path / "b.parquet", [_json(other), _json(story(2))])], db, pipeline=pipeline)
    assert (again.loaded, again.skipped, again.failed) == (0, 1, 1)
    assert again.failures[0][1] == "conflict" and "in the store" in again.failures[0][2]
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT text FROM articles WHERE article_id = 'orig-001'").fetchone()[0] == story(1).text
    con.close()
