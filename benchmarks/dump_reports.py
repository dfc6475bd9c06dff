"""Dump the reports of gold or corpus files as JSON Lines, to check a change leaves every report identical.

    python benchmarks/dump_reports.py OUT.jsonl FILE.jsonl[:LIMIT] ...

Each input line is a document (``id``, ``text``, optional ``title`` and ``published``); no time limit is
applied, so the dump does not depend on the machine's load. Compare two dumps with ``cmp`` or ``diff``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from dragoman.output import write_jsonl
from dragoman.pipeline import Options, Pipeline
from dragoman.sources.base import RawDocument


def documents(spec: str) -> list[RawDocument]:
    path, _, limit = spec.partition(":")
    rows = [json.loads(line) for line in Path(path).read_text("utf-8").splitlines() if line.strip()]
    rows = rows[: int(limit)] if limit else rows
    return [RawDocument(source=str(row.get("id", i)), text=row["text"], title=row.get("title"),
                        published=row.get("published"), id=row.get("id")) for i, row in enumerate(rows)]


def main() -> None:
    out, *specs = sys.argv[1:]
    pipeline = Pipeline(Options(timeout=None))
    with open(out, "wb") as handle:
        for spec in specs:
            write_jsonl(pipeline.analyse_raw(documents(spec)), handle)


if __name__ == "__main__":
    main()
