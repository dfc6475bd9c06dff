"""Peak RSS of one process reading each input that used to take 3-7 GiB (tests/fuzz/memory_inputs.py).

    python benchmarks/bench_memory.py [--workers 1]

Each input is read alone by a fresh `dragoman read` (with ``--n-process N`` the peak is the largest worker's
or the parent's); prints MiB and seconds per input. The test tier asserts the whole folder stays under 1 GiB.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.fuzz.memory_inputs import peak_rss_kib, write  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        expect = write(folder)
        for name in sorted(expect):
            start = time.perf_counter()
            peak, _ = peak_rss_kib([sys.executable, "-m", "dragoman", "read", str(folder / name), "-o", "/dev/null",
                                    "--n-process", str(args.workers)])
            print(f"{name:24s} {peak / 1024:7.0f} MiB {time.perf_counter() - start:6.1f} s  expected {expect[name]}")


if __name__ == "__main__":
    main()
