"""Reading inside the time limit: a page that keeps HTML extraction busy fails alone, as a timeout."""

from __future__ import annotations

import time
from pathlib import Path

from dragoman.pipeline import Options, Pipeline
from dragoman.sources import Failed, Limits, RawDocument, read_inputs


def test_html_extraction_is_inside_the_time_limit(tmp_path: Path):
    (tmp_path / "a_links.html").write_text(
        "<html><body>" + "<p><a href='/x'>link text here</a> and more</p>" * 60_000 + "</body></html>")
    (tmp_path / "b_good.txt").write_text("The foreign minister of Chile met her Peruvian counterpart in Lima on Monday.")
    start = time.perf_counter()
    items = list(Pipeline(Options(timeout=0.3))._read(read_inputs([tmp_path], Limits())))
    assert time.perf_counter() - start < 5
    assert isinstance(items[0], Failed) and items[0].error.kind == "timeout"
    assert "time limit" in items[0].error.message
    assert isinstance(items[1], RawDocument) and items[1].source.endswith("b_good.txt")
