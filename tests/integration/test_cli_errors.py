"""Clear errors and documented exit statuses, never a traceback: bad paths, bad files, bad options."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from dragoman.store import connect
from dragoman.store.clusters import refresh
from dragoman.store.writer import write_batch
from tests.store_fixtures import story

pytestmark = pytest.mark.integration
STORY = "The foreign minister of Chile met her Peruvian counterpart in Lima on Monday."


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, "-m", "dragoman", *args], input=stdin, capture_output=True, timeout=300)
    assert b"Traceback" not in result.stderr, result.stderr.decode()
    return result


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text(STORY)
    return path


@pytest.fixture()
def store(tmp_path: Path) -> Path:
    path = tmp_path / "s.duckdb"
    con = connect(path)
    write_batch(con, [story(n) for n in range(3)], "run-1")
    refresh(con)
    con.close()
    return path


def test_read_to_a_missing_directory(article, tmp_path):
    result = run("read", str(article), "-o", str(tmp_path / "missing" / "out.jsonl"))
    assert result.returncode == 2 and b"cannot write" in result.stderr


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet", "gdelt"])
def test_export_to_an_unwritable_path(store, article, fmt):
    result = run("export", str(article / "x.out"), "--db", str(store), "-f", fmt)  # under a file: never writable
    assert result.returncode == 2 and b"error" in result.stderr


@pytest.mark.parametrize("command", [["query", "events"], ["query", "quotes"], ["export", "OUT"]])
def test_a_store_missing_a_table(store, tmp_path, command):
    con = duckdb.connect(str(store))
    con.execute("DROP TABLE event_clusters")
    con.close()
    args = [str(tmp_path / "x.jsonl") if part == "OUT" else part for part in command]
    result = run(*args, "--db", str(store))
    assert result.returncode == 2 and b"lacks the table(s) event_clusters" in result.stderr


@pytest.mark.parametrize("content", [b'{"x": ', b"[1, 2", b"\xff\xfe\x00garbage", b""])
def test_eval_on_a_file_that_is_not_json(tmp_path, content):
    gold = tmp_path / "gold.json"
    gold.write_bytes(content)
    result = run("eval", str(gold))
    assert result.returncode == 2 and b"cannot evaluate" in result.stderr


@pytest.mark.parametrize("value", ["1850-01-01", "2100-01-01", "2023-02-30", "yesterday", "2023-3-1"])
def test_published_outside_the_range_or_malformed_is_an_error(article, value):
    result = run("read", str(article), "--published", value)
    assert result.returncode == 2 and b"--published" in result.stderr and not result.stdout


def test_published_in_range_is_used(article):
    result = run("read", str(article), "--published", "1999-12-31")
    assert result.returncode == 0 and json.loads(result.stdout)["published"] == "1999-12-31"


def test_terminal_escapes_in_a_title_are_neutralised_in_the_table(tmp_path):
    line = json.dumps({"id": "x", "title": "Talks \x1b]0;owned\x07\x1b[31mred\x1b[0m [bold]b[/bold] \x9b2J",
                       "text": STORY})
    result = run("read", "-", "-f", "table", stdin=line.encode())
    assert result.returncode == 0
    out = result.stdout.decode()
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out
    assert "\\x1b[31mred" in out and "[bold]b[/bold]" in out


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_model_that_cannot_load_exits_2(article, workers):
    result = run("read", str(article), "--model", "/etc", "--n-process", workers)
    assert result.returncode == 2 and b"cannot load spaCy model" in result.stderr and not result.stdout
