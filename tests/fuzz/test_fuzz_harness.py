"""The fuzz harness: every case it ever found replays clean, and a bounded run finds nothing new."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.fuzz.harness import CASES, FORMATS, check_reader, decode_input, encode_input, mutate, run_atheris, run_batch, seeds

CASE_FILES = sorted(CASES.glob("*.bin"))


@pytest.mark.parametrize("case", CASE_FILES, ids=[p.name for p in CASE_FILES])
def test_every_case_the_fuzzer_found_reads_clean(case: Path):
    assert check_reader(*decode_input(case.read_bytes())) == []


@pytest.mark.parametrize("name", [n for n, _ in FORMATS])
def test_seeds_read_clean_and_survive_the_harness_mutations(name: str):
    data, rng, pool = seeds()[name], random.Random(name), list(seeds().values())
    assert check_reader(*decode_input(encode_input(name, data))) == []
    for _ in range(20):
        data = mutate(data, rng, pool)
        assert check_reader(*decode_input(encode_input(name, data))) == []


def test_a_finding_is_reported_not_swallowed(monkeypatch):
    import dragoman.sources.html as html

    def broken(*args, **kwargs):
        raise KeyError("a bug")

    monkeypatch.setattr(html, "extract_html", broken)
    monkeypatch.setattr("dragoman.sources.extract_html", broken)
    (finding, *_) = check_reader("page.html", seeds()["page.html"])
    assert "unexpected" not in finding and "KeyError" in finding


def test_bounded_coverage_guided_run_finds_nothing(tmp_path: Path):
    figures = run_atheris(20, tmp_path)
    assert figures["executions"] > 0 and figures["coverage"]
    assert figures["findings"] == [], figures


@pytest.mark.integration
def test_a_batch_of_mutated_files_loses_no_good_document(tmp_path: Path):
    result = run_batch(tmp_path, random.Random(7), n_process=2)
    assert result.documents >= 4
    assert result.good_lost == [] and result.problems == [], result
