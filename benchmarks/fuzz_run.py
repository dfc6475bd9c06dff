"""A long fuzz run over every input format: coverage-guided reader fuzzing (atheris) beside batches of
mutated files through `dragoman read` with the real model.

    python benchmarks/fuzz_run.py --minutes 30 --out benchmarks/results/fuzz_30min.json

Reader findings are written to tests/fuzz/cases (the hostile corpus the tests replay); the figures
(executions, coverage, batches, documents, good documents lost, peak RSS, problems) go to --out.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.fuzz.harness import GIB_KIB, run_atheris, run_batch  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=30)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--n-process", type=int, default=2, help="workers of each batch's `dragoman read`")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    seconds = int(args.minutes * 60)
    with tempfile.TemporaryDirectory() as work:
        readers: dict = {}
        thread = threading.Thread(target=lambda: readers.update(run_atheris(seconds, Path(work) / "atheris")))
        thread.start()
        rng, deadline = random.Random(args.seed), time.monotonic() + seconds
        batches, documents, lost, problems, peak = 0, 0, [], [], 0
        while time.monotonic() < deadline:
            result = run_batch(Path(work) / f"batch{batches}", rng, n_process=args.n_process)
            batches += 1
            documents += result.documents
            lost += result.good_lost
            problems += result.problems
            peak = max(peak, result.peak_rss_kib)
        thread.join()
    figures = {
        "minutes": args.minutes, "readers": readers,
        "batches": {"runs": batches, "documents": documents, "good_documents_lost": len(lost),
                    "peak_rss_mib": peak // 1024, "over_1_gib": peak >= GIB_KIB, "problems": problems[:50]},
        "uncaught_exceptions": len(readers.get("findings", [])) + sum("exit status" in p for p in problems),
    }
    text = json.dumps(figures, indent=2)
    if args.out:
        args.out.write_text(text + "\n")
    print(text)


if __name__ == "__main__":
    main()
