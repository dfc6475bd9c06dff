"""How many documents a run's inputs hold, when that can be known before reading them (for progress)."""

from __future__ import annotations

import gzip
from collections.abc import Iterable
from pathlib import Path

from dragoman.sources import _kind, _walk


def count_file(path: Path) -> int | None:
    """Documents in one file: 1 for a text or HTML file, the non-blank lines of a JSONL file (as the
    reader takes them), None for a WARC archive (its records are only known by reading it)."""
    if path.name.lower().endswith((".json", ".json.gz")):  # `load` takes a JSON array of reports
        return None
    kind = _kind(path) or "text"
    if kind in ("text", "html"):
        return 1
    if kind != "jsonl":
        return None
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as handle:
            return sum(1 for line in handle if line.strip())
    except (OSError, EOFError, ValueError):  # the reader will tell what is wrong with it; its count stays open
        return None


def count_documents(inputs: Iterable[str | Path]) -> int | None:
    """Documents in every input (files, directories walked as the reader walks them), or None when any
    input's count cannot be known first (stdin, a WARC archive, a directory of nothing the reader takes)."""
    try:
        return _count(inputs)
    except (OSError, ValueError):  # a folder that cannot be walked: the reader reports it; the total stays open
        return None


def _count(inputs: Iterable[str | Path]) -> int | None:
    total = 0
    for item in inputs:
        if str(item) == "-":
            return None
        path = Path(item)
        if path.is_dir():
            files = list(_walk(path))
            if not files:
                return None
        elif path.exists():
            files = [path]
        else:
            total += 1  # the reader reports it missing: one failed document
            continue
        for file in files:
            count = count_file(file)
            if count is None:
                return None
            total += count
    return total or None
