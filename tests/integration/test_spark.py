"""The Spark job on local[2] gives exactly the single-process reports, and `load` ingests its Parquet."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest

from dragoman.demo import demo_path
from dragoman.pipeline import Pipeline
from dragoman.reports_io import read_report_parquet
from dragoman.store.load import load

pytestmark = pytest.mark.integration
pyspark = pytest.importorskip("pyspark", reason="pyspark is not installed (pip install '.[spark]')")
if shutil.which("java") is None:
    pytest.skip("no Java runtime for Spark", allow_module_level=True)

STORIES = {
    "warsaw.txt": ("Published: 2022-09-14\n\nWARSAW - Polish President Andrzej Duda met Lithuanian President Gitanas "
                   "Nauseda in Warsaw on Tuesday. “Our alliance is stronger than ever,” Duda said."),
    "lines.jsonl": json.dumps({"id": "j-1", "published": "2021-02-02", "text": "Kenya's foreign minister urged "
                               "Ethiopia to reopen talks on Monday, officials said."}) + "\n{broken line\n",
}


@pytest.fixture(scope="module")
def inputs(tmp_path_factory, gold_dir_optional) -> Path:
    folder = tmp_path_factory.mktemp("spark") / "in"
    folder.mkdir()
    shutil.copy(demo_path(), folder / "demo.txt")
    for name, text in STORIES.items():
        (folder / name).write_text(text)
    (folder / "junk.txt").write_bytes(bytes(range(256)) * 10)
    if gold_dir_optional is not None:  # the dev articles too, when the gold sets are present
        lines = (gold_dir_optional / "wikinews_dev.jsonl").read_text().splitlines()[:6]
        (folder / "wikinews.jsonl").write_text("\n".join(lines) + "\n")
    return folder


@pytest.fixture(scope="module")
def gold_dir_optional():
    from tests.conftest import eval_dir

    return eval_dir()


def test_spark_output_equals_single_process_output(inputs: Path, tmp_path: Path):
    from dragoman.spark import run_spark

    out = tmp_path / "out"
    summary = run_spark([str(inputs)], str(out), master="local[2]", partitions=2)
    spark_reports = {r.id: r for r in read_report_parquet(out)}
    local_reports = {r.id: r for r in Pipeline().run([str(inputs)])}
    assert summary.documents == len(local_reports) == len(spark_reports)
    assert summary.failed == sum(1 for r in local_reports.values() if r.errors and not r.text) >= 2
    assert spark_reports == local_reports
    dates = {p.name for p in out.iterdir() if p.is_dir()}
    assert "published_date=2022-09-14" in dates and "published_date=unknown" in dates

    spark_db, local_db = tmp_path / "spark.duckdb", tmp_path / "local.duckdb"
    load([str(out)], spark_db)
    load([str(inputs)], local_db)
    sql = "SELECT article_id, text FROM articles ORDER BY 1"
    assert duckdb.connect(str(spark_db), read_only=True).execute(sql).fetchall() == \
        duckdb.connect(str(local_db), read_only=True).execute(sql).fetchall()
