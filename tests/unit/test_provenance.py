"""Where an article was published (`url`) is kept from every input kind to the store, and `load` takes
`read`'s own output (dragoman/1 JSONL or JSON) without analysing it again."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import duckdb
import msgspec
import pytest
import spacy

from dragoman.pipeline import Pipeline
from dragoman.reports_io import is_report_file
from dragoman.sources import Limits, read_inputs
from dragoman.sources.html import extract_html
from dragoman.store.load import load
from dragoman.store.rows import report_rows, source_domain
from tests.store_fixtures import story
from tests.unit.test_sources import _warc

BODY = "<p>" + " ".join(["The minister said talks with the neighbours went well on Monday."] * 4) + "</p>"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(nlp=spacy.blank("en"))


def _page(head: str) -> bytes:
    return f"<html><head><title>T</title>{head}</head><body><article>{BODY}</article></body></html>".encode()


@pytest.mark.parametrize("head, url", [
    ('<link rel="canonical" href="https://news.example.com/a/1">', "https://news.example.com/a/1"),
    ('<meta property="og:url" content="https://og.example.net/story">', "https://og.example.net/story"),
    ('<link rel="canonical" href="/a/1">', None),  # relative: says nothing without the page's address
    ("", None),
])
def test_an_html_page_gives_its_canonical_or_og_url(head: str, url: str | None):
    assert extract_html(_page(head), "page.html", Limits()).url == url


def test_a_warc_target_uri_wins_over_the_page_canonical(tmp_path: Path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(_warc([("https://fetched.example.org/x", _page('<link rel="canonical" href="https://c.example.org/y">'),
                             "text/html")]))
    (doc,) = list(read_inputs([path]))
    assert doc.url == "https://fetched.example.org/x"


def test_the_url_reaches_the_report_and_the_store_row(tmp_path: Path, pipeline: Pipeline):
    path = tmp_path / "wires.jsonl"
    path.write_text(json.dumps({"id": "w1", "text": "KYIV - Officials met on Monday. " * 3,
                                "url": "https://www.wire.example.org/story/1"}) + "\n", "utf-8")
    (report,) = list(pipeline.run([path]))
    assert report.url == "https://www.wire.example.org/story/1" and report.source.endswith("wires.jsonl:1")
    (row,) = report_rows(report, "run")["articles"]
    assert row["url"] == report.url and row["source_domain"] == "wire.example.org"


@pytest.mark.parametrize("url, domain", [
    ("https://www.Example.org:8443/a", "example.org"), ("http://user@news.example.co.uk/x", "news.example.co.uk"),
    ("corpus/wires.jsonl:1", None), (None, None), ("http://[broken/", None),
])
def test_source_domain(url, domain):
    assert source_domain(url) == domain


def _jsonl(reports: list) -> bytes:
    return b"".join(msgspec.json.encode(r) + b"\n" for r in reports)


def test_load_takes_read_output_without_analysing_it_again(tmp_path: Path, pipeline: Pipeline):
    reports = [story(n) for n in range(3)]
    reports[0].url = "https://daily.example.org/0"
    lines = _jsonl(reports) + b"not json\n" + json.dumps({**json.loads(_jsonl([story(7)])), "schema": "other/9"}).encode() \
        + b"\n" + json.dumps({"schema": "dragoman/1", "id": 5}).encode() + b"\n"
    path = tmp_path / "reports.jsonl"
    path.write_bytes(lines)
    assert is_report_file(path)
    db = tmp_path / "s.duckdb"
    summary = load([path], db, pipeline=pipeline)
    assert (summary.loaded, summary.failed) == (3, 3)
    assert any("schema 'other/9'" in message for _, _, message in summary.failures)
    assert any(source.endswith("reports.jsonl:6") for source, _, _ in summary.failures)
    con = duckdb.connect(str(db), read_only=True)
    # A blank model finds no events: the stored events are the file's own, so nothing was analysed again.
    assert con.execute("SELECT count(*) FROM events").fetchone()[0] == 3
    assert con.execute("SELECT url, source_domain FROM articles WHERE article_id = 'orig-000'").fetchone() == (
        "https://daily.example.org/0", "daily.example.org")
    con.close()
    assert load([path], db, pipeline=pipeline).skipped == 3  # idempotent, like any input


def test_load_takes_read_json_one_report_or_an_array(tmp_path: Path, pipeline: Pipeline):
    one, many = tmp_path / "one.json", tmp_path / "many.json.gz"
    one.write_text(json.dumps(msgspec.to_builtins(story(1)), indent=2), "utf-8")
    many.write_bytes(gzip.compress(msgspec.json.encode([story(2), story(3)])))
    summary = load([one, many], tmp_path / "s.duckdb", pipeline=pipeline)
    assert (summary.loaded, summary.failed) == (3, 0)


def test_an_article_jsonl_is_not_a_report_file(tmp_path: Path):
    path = tmp_path / "articles.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "Some text about schema changes.", "schema": "x"}) + "\n", "utf-8")
    assert not is_report_file(path)
