"""Benchmark corpora: the dev articles when ../shared/eval is present, else our own demo article."""

from __future__ import annotations

import json
import os
from pathlib import Path

from dragoman.demo import demo_path

EVAL_FILES = ("wikinews_dev.jsonl", "meantime_en.jsonl", "tempeval3_timebank.jsonl", "tempeval3_aquaint.jsonl")


def dev_texts(limit: int | None = None) -> list[str]:
    """Article texts for timing: the dev sets' texts, or the demo article when they are absent."""
    folder = Path(os.environ.get("DRAGOMAN_EVAL_DIR", Path(__file__).resolve().parents[2] / "shared" / "eval"))
    texts: list[str] = []
    for name in EVAL_FILES:
        path = folder / name
        if path.exists():
            texts += [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines() if line.strip()]
    if not texts:
        texts = [demo_path().read_text("utf-8")] * 50
    return texts[:limit] if limit else texts


def write_jsonl(texts: list[str], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for index, text in enumerate(texts):
            handle.write(json.dumps({"id": f"bench-{index}", "text": text, "published": "2023-03-21"}) + "\n")
    return path
