"""The store commands' command line, in-process: errors for combinations that make no sense, a note when
a list is cut, and filters shared by `query` and `export`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dragoman.cli import app
from dragoman.store import connect
from dragoman.store.clusters import refresh
from dragoman.store.writer import write_batch
from tests.unit.test_store_export import GDELT_2_EVENT_COLUMNS, _report


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "s.duckdb"
    con = connect(path)
    write_batch(con, [_report(n, url=f"https://s{n}.example.org/{n}", day=f"2024-03-{1 + 3 * n:02d}") for n in range(4)],
                "run-1")
    refresh(con)
    con.close()
    return path


def _run(*args: str):
    return CliRunner().invoke(app, [str(a) for a in args])


@pytest.mark.parametrize("args, message", [
    (["--what", "quotes", "-f", "gdelt"], "-f gdelt writes events"),
    (["--what", "actors", "-f", "plover"], "-f plover writes events"),
    (["--header"], "--header is for -f gdelt"),
    (["--speaker", "Varga"], "--speaker cannot filter events"),
])
def test_export_refuses_what_makes_no_sense(db: Path, tmp_path: Path, args, message):
    out = tmp_path / "out"
    result = _run("export", out, "--db", db, *args)
    assert result.exit_code == 2 and message in result.output and not out.exists()


def test_export_filters_and_gdelt_header(db: Path, tmp_path: Path):
    out = tmp_path / "events.tsv"
    result = _run("export", out, "--db", db, "-f", "gdelt", "--header", "--since", "2024-03-04")
    assert result.exit_code == 0, result.output
    lines = out.read_text("utf-8").splitlines()
    assert lines[0].split("\t") == GDELT_2_EVENT_COLUMNS and len(lines) == 1 + 3
    assert "negated or unasserted events left out" in result.output
    out = tmp_path / "events.jsonl"
    assert _run("export", out, "--db", db, "--what", "article-events", "--type", "threaten").exit_code == 0
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(rows) == 4 and all(r["negated"] for r in rows)


def test_query_notes_a_cut_list_and_limit_zero_lists_all(db: Path):
    cut = _run("query", "events", "--db", db, "--limit", "5", "-f", "jsonl")
    assert cut.exit_code == 0 and "the first 5 rows only" in cut.output
    everything = _run("query", "events", "--db", db, "--limit", "0", "-f", "jsonl")
    rows = [json.loads(line) for line in everything.output.splitlines() if line.startswith("{")]
    assert len(rows) == 12 and "rows only" not in everything.output
    assert {r["negated"] for r in rows} == {True, False} and {r["modality"] for r in rows} == {None, "hypothetical"}
    asserted = _run("query", "events", "--db", db, "--limit", "0", "-f", "jsonl", "--asserted-only")
    assert sum(line.startswith("{") for line in asserted.output.splitlines()) == 4
