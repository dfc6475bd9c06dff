"""`read` in-process on a blank model: one JSON shape, warnings and counts for undated documents, dates
from file names, and progress that knows its total (invented texts throughout)."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
import spacy
from rich.console import Console
from typer.testing import CliRunner

import dragoman.cli.analyse as analyse
from dragoman.cli import app
from dragoman.cli.progress import RunProgress, Tally, count, status_line
from dragoman.pipeline import Options, Pipeline
from dragoman.sources import Limits, read_inputs
from dragoman.sources.count import count_documents
from dragoman.sources.text import date_in_name

STORY = "The envoy of Norway said on Monday that the talks with the border officials would resume.\n"


@pytest.fixture()
def blank(monkeypatch):
    """`read` runs every stage on a blank English model (no model download in the unit tier)."""
    nlp = spacy.blank("en")
    monkeypatch.setattr(analyse, "Pipeline", lambda options: Pipeline(options, nlp=nlp))


def _read(*args) -> object:
    return CliRunner().invoke(app, ["read", *(str(a) for a in args)])


@pytest.mark.parametrize("n", [0, 1, 2])
def test_json_is_always_an_array(blank, tmp_path: Path, n: int):
    for index in range(n):
        (tmp_path / f"story{index}.txt").write_text(STORY.replace("Monday", ["Monday", "Tuesday"][index]))
    result = _read(tmp_path, "-f", "json", "--published", "2024-03-05")
    assert result.exit_code == 0, result.output
    reports = json.loads(result.stdout)
    assert isinstance(reports, list) and len(reports) == n
    assert all(r["schema"] == "dragoman/1" and r["published"] == "2024-03-05" for r in reports)


def test_an_undated_document_is_warned_of_and_counted(blank, tmp_path: Path):
    (tmp_path / "undated.txt").write_text(STORY)
    (tmp_path / "2024-03-05-dated.txt").write_text(STORY.replace("envoy", "minister"))
    result = _read(tmp_path)
    assert result.exit_code == 0, result.output
    by_name = {Path(r["source"]).name: r for r in map(json.loads, result.stdout.splitlines())}
    assert by_name["2024-03-05-dated.txt"]["published"] == "2024-03-05"
    assert by_name["undated.txt"]["published"] is None
    assert "undated.txt: no publication date" in result.stderr
    assert "dated.txt: no" not in result.stderr.replace("undated.txt: no", "")
    assert "2 documents: 2 read, 0 failed; 1 without a publication date" in result.stderr


def test_published_silences_the_warning(blank, tmp_path: Path):
    (tmp_path / "undated.txt").write_text(STORY)
    result = _read(tmp_path / "undated.txt", "--published", "2023-11-02")
    assert result.exit_code == 0 and "no publication date" not in result.stderr
    assert result.stderr.strip().endswith("1 documents: 1 read, 0 failed")


@pytest.mark.parametrize("name, date", [
    ("2024-03-05-title.txt", "2024-03-05"),
    ("talks_2024-03-05.txt", "2024-03-05"),
    ("nairobi-talks-2024-06-12.txt", "2024-06-12"),
    ("2024-03-05-updated-2024-03-05.txt", "2024-03-05"),  # the same date twice
    ("2024-03-05-to-2024-03-09.txt", None),  # two dates: which is the publication date?
    ("2024-02-30-title.txt", None),  # no such day
    ("12024-03-05.txt", None),  # a digit runs into it
    ("20240305.txt", None),  # one convention only: YYYY-MM-DD
    ("title.txt", None),
])
def test_date_in_name(name: str, date: str | None):
    assert date_in_name(name) == date


def test_the_name_date_yields_to_published_and_anchors_relative_dates(tmp_path: Path):
    path = tmp_path / "2024-03-05-talks.txt"
    path.write_text(STORY)
    (raw,) = read_inputs([path])
    assert raw.published == "2024-03-05"
    assert Pipeline(nlp=spacy.blank("en")).analyse_raw([raw]).__next__().published == "2024-03-05"
    overridden = Pipeline(Options(published="2024-01-01"), nlp=spacy.blank("en"))
    assert next(overridden.analyse_raw(read_inputs([path]))).published == "2024-01-01"


def test_counts_known_before_reading(tmp_path: Path):
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "a.txt").write_text(STORY)
    (corpus / "sub" / "b.html").write_text("<html><body><p>Hello</p></body></html>")
    (corpus / "c.jsonl").write_text('{"text": "one"}\n\n{"text": "two"}\n{"text": "three"}\n')
    with gzip.open(corpus / "d.jsonl.gz", "wt") as handle:
        handle.write('{"text": "four"}\n{"text": "five"}\n')
    (corpus / "notes.md").write_text("not read")
    (corpus / ".hidden.txt").write_text("not read")
    assert count_documents([corpus]) == 1 + 1 + 3 + 2
    assert count_documents([corpus / "a.txt"]) == 1
    assert count_documents([corpus / "c.jsonl", tmp_path / "missing.txt"]) == 4  # a missing file: one failure
    assert count_documents([corpus / "c.jsonl"]) == len(list(read_inputs([corpus / "c.jsonl"], Limits())))
    (tmp_path / "w.warc").write_bytes(b"WARC/1.0\r\n")
    assert count_documents([corpus, tmp_path / "w.warc"]) is None  # records known only by reading
    assert count_documents(["-"]) is None
    (tmp_path / "empty").mkdir()
    assert count_documents([tmp_path / "empty"]) is None


def test_status_line():
    assert status_line(0, 40, 0.0, 0) == "0/40 0%, 0 failed"
    assert status_line(10, 40, 5.0, 1) == "10/40 25% 2.0 doc/s 0:00:15 left, 1 failed"
    assert status_line(45, 40, 9.0, 0) == "45/45 100% 5.0 doc/s 0:00:00 left, 0 failed"  # a short count
    assert status_line(7, None, 2.0, 2) == "7 3.5 doc/s, 2 failed"


def _console(terminal: bool) -> tuple[Console, io.StringIO]:
    buffer = io.StringIO()
    return Console(file=buffer, force_terminal=terminal, width=120, color_system=None), buffer


def test_progress_on_a_terminal_shows_total_rate_and_failures():
    console, buffer = _console(True)
    ticks = iter([0.0, 2.0])
    with RunProgress(console, "reading", 4, clock=lambda: next(ticks)) as progress:
        progress.update(2, 1)
    shown = buffer.getvalue()
    assert "reading" in shown and "2/4 50% 1.0 doc/s 0:00:02 left, 1 failed" in shown


def test_no_progress_when_stderr_is_not_a_terminal():
    console, buffer = _console(False)
    with RunProgress(console, "reading", 4) as progress:
        progress.update(2, 1)
    assert buffer.getvalue() == ""


def test_tally_counts_failures_and_undated_reads():
    from dragoman.records import Error, Report

    tally = Tally()
    for report in [Report(id="a", source="a", text="x", published="2024-01-01"), Report(id="b", source="b", text="x"),
                   Report(id="c", source="c", errors=[Error(kind="empty", message="no text", source="c")])]:
        count(report, tally)
    assert (tally.total, tally.ok, tally.failed, tally.undated) == (3, 2, 1, 1)
    assert tally.summary() == "3 documents: 2 read, 1 failed; 1 without a publication date (relative dates unresolved)"


def test_load_warns_of_undated_documents_and_counts_them(monkeypatch, tmp_path: Path):
    import dragoman.store.load as store_load

    nlp = spacy.blank("en")
    monkeypatch.setattr(store_load, "Pipeline", lambda options: Pipeline(options, nlp=nlp))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "undated.txt").write_text(STORY)
    (corpus / "talks-2024-03-05.txt").write_text(STORY.replace("envoy", "minister"))
    result = CliRunner().invoke(app, ["load", str(corpus), "--db", str(tmp_path / "s.duckdb")])
    assert result.exit_code == 0, result.output
    assert "undated.txt: no publication date" in result.stderr
    assert "2 documents: 2 loaded, 0 already in the store, 0 failed; 1 without a publication date" in result.stderr


def test_a_folder_that_cannot_be_walked_leaves_the_total_open(tmp_path: Path, monkeypatch):
    import dragoman.sources.count as counting

    def refuse(path):
        raise PermissionError(13, "Permission denied")
        yield  # a generator, like the real walk

    monkeypatch.setattr(counting, "_walk", refuse)
    assert count_documents([tmp_path]) is None
