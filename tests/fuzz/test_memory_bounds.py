"""Peak RSS under 1 GiB for the inputs that used to take 3-7 GiB, in one process and in workers."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.fuzz.memory_inputs import peak_rss_kib, write

pytestmark = pytest.mark.integration
GIB_KIB = 1024 * 1024


@pytest.mark.parametrize("workers", [1, 2])
def test_hostile_inputs_stay_under_one_gib(tmp_path: Path, workers: int):
    expect = write(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    peak, _ = peak_rss_kib([sys.executable, "-m", "dragoman", "read", str(tmp_path / "in"), "-o", str(out),
                            "--n-process", str(workers), "--batch-size", "16"], timeout=900)
    assert peak < GIB_KIB, f"peak RSS {peak / 1024:.0f} MiB"
    reports = [json.loads(line) for line in out.read_text().split("\n") if line]
    by_file = {}
    for report in reports:
        name = Path(report["source"]).name.split(":")[0]
        by_file.setdefault(name, []).append(report)
    assert len(by_file["many.jsonl"]) == 20 and all(r["text"] for r in by_file["many.jsonl"])
    for name, outcome in expect.items():
        (report,) = by_file[name]
        assert bool(report["text"]) == (outcome == "ok"), (name, report["errors"])
        if outcome == "fail":
            assert report["errors"][0]["kind"] == "too_large"
