"""Hostile inputs through `read` and `load` on the real model: nothing crashes, nothing is lost."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tests.fuzz.hostile import STORY, build

pytestmark = pytest.mark.integration
CLI = [sys.executable, "-m", "dragoman"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    folder = tmp_path_factory.mktemp("hostile") / "in"
    return folder, build(folder)


def _name(source: str, folder: Path) -> str:
    return source[len(str(folder)) + 1:] if source.startswith(str(folder)) else source


def test_read_survives_every_hostile_input(corpus, tmp_path: Path, validate):
    folder, expect = corpus
    out = tmp_path / "out.jsonl"
    result = subprocess.run([*CLI, "read", str(folder), "-o", str(out)], capture_output=True, timeout=900)
    stderr = result.stderr.decode()
    assert result.returncode == 1, stderr
    assert "Traceback" not in stderr
    reports = [validate(json.loads(line)) for line in out.read_text().splitlines()]
    outcomes = {}
    for report in reports:
        outcomes.setdefault(_name(report["source"], folder), []).append("fail" if report["errors"] and not report["text"] else "ok")
    for name, wanted in expect.items():
        if wanted in ("lines", "warc"):
            continue  # containers: their documents are listed one by one
        assert name in outcomes, f"{name} was lost"
        if wanted != "either":
            assert set(outcomes[name]) == {wanted}, (name, outcomes[name])
    assert any(name.startswith("truncated.warc.gz") or name.startswith("https://") for name in outcomes)
    failed = sum(1 for r in reports if r["errors"] and not r["text"])
    assert f"{len(reports)} documents: {len(reports) - failed} read, {failed} failed" in stderr
    for report in reports:
        for error in report["errors"]:
            assert error["message"] and error["kind"] and error["source"]


def test_load_stores_the_good_and_counts_the_bad(corpus, tmp_path: Path):
    folder, _ = corpus
    db = tmp_path / "h.duckdb"
    result = subprocess.run([*CLI, "load", str(folder), "--db", str(db)], capture_output=True, timeout=900)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr.decode()
    con = duckdb.connect(str(db), read_only=True)
    documents, loaded, skipped, failed = con.execute("SELECT documents, loaded, skipped, failed FROM runs").fetchone()
    assert documents == loaded + skipped + failed and failed > 0 and loaded > 0
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == loaded
    assert con.execute("SELECT count(*) FROM failures WHERE stage IS NULL").fetchone()[0] == failed


def test_timeout_stops_one_document_not_the_batch(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_long.txt").write_text((STORY + " ") * 400)
    (folder / "b_short.txt").write_text(STORY)
    out = tmp_path / "out.jsonl"
    result = subprocess.run([*CLI, "read", str(folder), "--timeout", "0.3", "-o", str(out)], capture_output=True, timeout=300)
    reports = {Path(r["source"]).name: r for r in map(json.loads, out.read_text().splitlines())}
    assert set(reports) == {"a_long.txt", "b_short.txt"}
    assert [e["kind"] for e in reports["a_long.txt"]["errors"]] == ["timeout"]
    assert "--timeout" in result.stderr.decode()
    assert result.returncode == 1


def test_deep_json_on_stdin_fails_its_line_only(tmp_path: Path):
    from tests.fuzz.hostile import DEEP_LINE, jsonl

    data = jsonl({"id": "a", "text": STORY}) + DEEP_LINE + b"\n" + jsonl({"id": "c", "text": STORY + " Later."})
    result = subprocess.run([*CLI, "read", "-"], input=data, capture_output=True, timeout=300)
    stderr = result.stderr.decode()
    assert result.returncode == 1 and "Traceback" not in stderr
    reports = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [r["id"] for r in reports if r["text"]] == ["a", "c"]
    assert "3 documents: 2 read, 1 failed" in stderr


def test_one_id_with_two_texts_is_a_reported_conflict(tmp_path: Path):
    from tests.fuzz.hostile import jsonl

    path = tmp_path / "dup.jsonl"
    path.write_bytes(jsonl({"id": "dup", "text": STORY}, {"id": "dup", "text": STORY + " A later version."},
                           {"id": "dup", "text": STORY}))
    db = tmp_path / "d.duckdb"
    result = subprocess.run([*CLI, "load", str(path), "--db", str(db)], capture_output=True, timeout=300)
    stderr = result.stderr.decode()
    assert result.returncode == 1 and "Traceback" not in stderr and "different text" in stderr
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT documents, loaded, skipped, failed FROM runs").fetchone() == (3, 1, 1, 1)
    assert con.execute("SELECT kind, source FROM failures").fetchall() == [("conflict", f"{path}:2")]
