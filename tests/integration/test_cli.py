"""The command line end to end, on the real model (integration tier)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dragoman.demo import demo_path

pytestmark = pytest.mark.integration
DRAGOMAN = [sys.executable, "-m", "dragoman"]


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*DRAGOMAN, *args], input=stdin, capture_output=True, timeout=300)


def test_version_names_every_part():
    out = run("--version").stdout.decode()
    for part in ("Dragoman 0.1.0", "Python 3.", "spaCy 3.8", "model en_core_web_sm"):
        assert part in out


@pytest.mark.parametrize("command", ["read", "eval", "demo", "schema"])
def test_every_command_has_help(command: str):
    result = run(command, "--help")
    assert result.returncode == 0
    assert "Usage" in result.stdout.decode()


def test_demo_article_report(validate):
    result = run("read", str(demo_path()), "--format", "json")
    assert result.returncode == 0, result.stderr.decode()
    (report,) = [validate(item) for item in json.loads(result.stdout)]  # -f json: always an array
    assert report["published"] == "2024-06-12"
    assert report["dateline"] == "NAIROBI"
    (start, end), = [(h["start"], h["end"]) for h in report["headlines"]]
    assert report["text"][start:end] == "Norway Pledges New Aid for Border Region, Says Envoy"
    names = {a["name"] for a in report["actors"]}
    assert {"Amina Wekesa", "Lars Haugland"} <= names
    assert "1 documents: 1 read, 0 failed" in result.stderr.decode()


def test_table_format_is_readable():
    result = run("read", str(demo_path()), "--format", "table")
    assert result.returncode == 0
    out = result.stdout.decode()
    assert "Actors" in out and "Amina Wekesa" in out


def test_stdin_and_published_override(validate):
    text = "GENEVA - The envoy said on Monday that talks would resume. She met the Swiss foreign minister."
    result = run("read", "-", "--published", "2021-06-09", stdin=text.encode())
    assert result.returncode == 0, result.stderr.decode()
    report = validate(json.loads(result.stdout))
    assert report["published"] == "2021-06-09" and report["dateline"] == "GENEVA"
    assert report["source"] == "<stdin>"


def test_bad_inputs_fail_alone_and_set_the_exit_status(tmp_path: Path, validate):
    good = tmp_path / "good.txt"
    good.write_text(demo_path().read_text())
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "huge.txt").write_bytes(b"The talks went on. " * 1_100_000)  # about 20 MB
    (tmp_path / "latin1.txt").write_bytes("Les pourparlers à Genève ont repris.".encode("latin-1"))
    (tmp_path / "broken.html").write_text("<html><head><script>x()</script></head><body><div><a>Home</a")
    (tmp_path / "lines.jsonl").write_text('{"id": "ok1", "text": "The president of Chile visited Peru on Monday."}\n{oops\n')
    out = tmp_path / "out.jsonl"
    result = run("read", str(tmp_path), "-o", str(out))
    assert result.returncode == 1
    reports = [validate(json.loads(line)) for line in out.read_text().splitlines()]
    by_source = {Path(r["source"]).name: r for r in reports}
    failed = {name for name, r in by_source.items() if r["errors"]}
    assert failed == {"empty.txt", "binary.txt", "huge.txt", "latin1.txt", "broken.html", "lines.jsonl:2"}
    assert by_source["good.txt"]["actors"] and by_source["lines.jsonl:1"]["text"]
    stderr = result.stderr.decode()
    for name in failed:
        assert name in stderr
    assert "8 documents: 2 read, 6 failed" in stderr


def test_parallel_workers_give_the_same_reports(tmp_path: Path):
    for index in range(4):
        (tmp_path / f"a{index}.txt").write_text(demo_path().read_text().replace("Tuesday", ["Monday", "Tuesday", "Wednesday", "Friday"][index]))
    one = run("read", str(tmp_path), "--n-process", "1", "--batch-size", "2")
    two = run("read", str(tmp_path), "--n-process", "2", "--batch-size", "2")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout
