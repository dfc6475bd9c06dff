"""A fuzz harness that keeps finding: coverage-guided mutation of real-format samples through the readers
(atheris, in process, no model), and structure-aware batches through `dragoman read` (the real model).

What counts as a finding:
- readers: an exception past the guard, a failure of kind ``unexpected`` (the guard kept the run going,
  but no reader expected it: a bug), a document whose text cannot be encoded or cleaned, an input slower
  than the per-input time limit or a process over the memory limit (atheris reports both);
- batches: a traceback, an exit status other than 0/1, a good document lost or failed, a stage that
  failed, a process over 1 GiB.

Every finding is written to ``tests/fuzz/cases`` (readers) so it becomes a case of the hostile corpus
that ``test_fuzz_cases.py`` replays; ``benchmarks/fuzz_run.py`` runs both parts for a set time.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.fuzz.hostile import PAGE, STORY, jsonl, warc_record

ROOT = Path(__file__).parents[2]
CASES = Path(__file__).parent / "cases"
GIB_KIB = 1024 * 1024
MAX_BYTES = 200_000  # the readers' byte limit while fuzzing: small inputs, many executions

# (file name the bytes are read as, whether the harness gzips them first). The first byte of a fuzz input
# picks the row; compressing in the harness lets mutations work on the payload a .gz file holds.
FORMATS: list[tuple[str, bool]] = [
    ("doc.txt", False), ("page.html", False), ("page.html.gz", True), ("lines.jsonl", False),
    ("lines.jsonl.gz", True), ("crawl.warc", False), ("crawl.warc.gz", False), ("raw.jsonl.gz", False),
    ("stdin", False),
]

TOKENS = [b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b'"', b"\\u", b'"\\ud800"', b"{", b"[" * 64, b"]", b"\r\n\r\n",
          b"\n", b"Content-Length: ", b"99999999999999999999", b"-1", b"WARC/1.0\r\n", b"WARC-Type: response\r\n",
          b"<div>" * 64, b"</p><p>", b"&amp;" * 32, b"&#0;", b"Share Tweet " * 12 + b"More", b"\xe2\x80\x9c" * 50,
          b'"published": "2023-02-30"', b'"text": 42', b'"id": null', b"<script>", b"<!--", b"\x1b[2J",
          b"\xf0\x9f\x87\xba\xf0\x9f\x87\xb8" * 20]


def seeds() -> dict[str, bytes]:
    """A good sample per format, named by its FORMATS row."""
    lines = jsonl({"id": "s1", "text": STORY, "title": "Talks go on", "published": "2023-03-20",
                   "url": "https://news.example/1"}, {"id": "s2", "text": STORY + " Later."})
    uri = "https://news.example/w"
    return {
        "doc.txt": STORY.encode(), "page.html": PAGE, "page.html.gz": PAGE, "lines.jsonl": lines,
        "lines.jsonl.gz": lines, "crawl.warc": warc_record(uri + "1") + warc_record(uri + "2"),
        "crawl.warc.gz": warc_record(uri + "1", gz=True) + warc_record(uri + "2", gz=True),
        "raw.jsonl.gz": gzip.compress(lines), "stdin": lines,
    }


def encode_input(name: str, data: bytes) -> bytes:
    """A fuzz input: the format's index, then the file's bytes."""
    return bytes([[n for n, _ in FORMATS].index(name)]) + data


def decode_input(data: bytes) -> tuple[str, bytes]:
    """(file name, bytes as the reader sees them) of a fuzz input."""
    if not data:
        return FORMATS[0][0], b""
    name, compress = FORMATS[data[0] % len(FORMATS)]
    body = data[1:]
    return name, gzip.compress(body, compresslevel=1) if compress else body


def mutate(data: bytes, rng: random.Random, pool: list[bytes]) -> bytes:
    """One structure-aware change: a hostile token, a repeat, a cut, a splice, a flipped byte."""
    buf = bytearray(data)
    at = rng.randrange(len(buf) + 1)
    choice = rng.randrange(6)
    if choice == 0:
        buf[at:at] = rng.choice(TOKENS)
    elif choice == 1 and buf:
        end = min(len(buf), at + rng.randrange(1, 64))
        buf[at:end] = bytes(buf[at:end]) * rng.choice([2, 10, 200])
    elif choice == 2 and buf:
        del buf[at:at + rng.randrange(1, 256)]
    elif choice == 3:
        other = rng.choice(pool)
        start = rng.randrange(len(other) + 1)
        buf[at:at] = other[start:start + rng.randrange(1, 512)]
    elif choice == 4 and buf:
        buf[rng.randrange(len(buf))] ^= 1 << rng.randrange(8)
    else:
        del buf[at:]
    return bytes(buf)


def check_reader(name: str, data: bytes) -> list[str]:
    """Findings of one file through the in-memory and the file readers, then the cleaner."""
    from dragoman.clean import clean
    from dragoman.sources import Failed, Limits, read_data, read_path, read_stream

    limits = Limits(max_bytes=MAX_BYTES)
    findings: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / (name if name != "stdin" else "stdin.bin")
        path.write_bytes(data)
        runs = [read_stream(io.BytesIO(data), "<stdin>", limits)] if name == "stdin" else \
            [read_data(data, name, limits), read_path(path, limits)]
        for items in runs:
            for item in items:
                if isinstance(item, Failed):
                    if item.error.kind == "unexpected":
                        findings.append(f"{name}: {item.error.message}")
                    continue
                json.dumps([item.source, item.text, item.id, item.title, item.published, item.url],
                           ensure_ascii=False).encode("utf-8")
                clean(item.text)
    return findings


def save_case(data: bytes, folder: Path = CASES) -> Path:
    """Keep a finding as a hostile-corpus case (named by its content, so saving twice is harmless)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{decode_input(data)[0]}-{hashlib.sha1(data).hexdigest()[:12]}.bin"
    path.write_bytes(data)
    return path


def atheris_main(argv: list[str]) -> None:
    """libFuzzer's loop over ``check_reader`` with our mutator; argv takes libFuzzer's flags and corpus dirs."""
    import atheris

    with atheris.instrument_imports(include=["dragoman"]):
        import dragoman.clean  # noqa: F401 - instrumented for coverage
        import dragoman.sources  # noqa: F401

    pool = list(seeds().values())

    def one_input(data: bytes) -> None:
        findings = check_reader(*decode_input(data))
        if findings:
            raise AssertionError("; ".join(findings))

    def custom_mutator(data: bytes, max_size: int, seed: int) -> bytes:
        rng = random.Random(seed)
        if not data or rng.random() < 0.3:
            return atheris.Mutate(data, max_size)
        head, body = data[:1], data[1:]
        for _ in range(rng.randrange(1, 4)):
            body = mutate(body, rng, pool)
        return (head + body)[:max_size]

    atheris.Setup(argv, one_input, custom_mutator=custom_mutator)
    atheris.Fuzz()


def write_seed_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in seeds().items():
        (folder / name).write_bytes(encode_input(name, data))
    for case in sorted(CASES.glob("*.bin")):
        (folder / case.name).write_bytes(case.read_bytes())
    return folder


def run_atheris(seconds: int, work: Path, *, rss_limit_mb: int = 1024, timeout_s: int = 10) -> dict:
    """Fuzz the readers for ``seconds`` in child processes (a new one after each finding); findings become
    cases. Returns the run's figures."""
    corpus = write_seed_corpus(work / "corpus")
    crashes = work / "crashes"
    crashes.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + seconds
    executions, peak_mb, coverage, runs, found, slow_on_load = 0, 0, None, 0, [], 0
    while (left := int(deadline - time.monotonic())) > 0:
        command = [sys.executable, "-m", "tests.fuzz.harness", f"-max_total_time={left}", f"-timeout={timeout_s}",
                   f"-rss_limit_mb={rss_limit_mb}", f"-max_len={MAX_BYTES // 4}", f"-artifact_prefix={crashes}/",
                   "-print_final_stats=1", str(corpus)]
        log = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=left + 300).stderr
        runs += 1
        stats = dict(line.removeprefix("stat::").split(":", 1) for line in log.splitlines() if line.startswith("stat::"))
        executions += int(stats.get("number_of_executed_units", "0").strip() or 0)
        peak_mb = max(peak_mb, int(stats.get("peak_rss_mb", "0").strip() or 0))
        coverage = _last_cov(log) or coverage
        new, unconfirmed = [], 0
        for path in sorted(crashes.iterdir()):
            if path.name.startswith("timeout-") and not _still_slow(path.read_bytes(), timeout_s):
                unconfirmed += 1  # slow only on a busy machine: replayed alone it is fast
            else:
                new.append(save_case(path.read_bytes()))
            path.unlink()
        slow_on_load += unconfirmed
        if not new and not unconfirmed:
            break
        found += [str(path.relative_to(ROOT)) for path in new if str(path.relative_to(ROOT)) not in found]
    return {"seconds": seconds, "processes": runs, "executions": executions, "peak_rss_mb": peak_mb,
            "coverage": coverage, "findings": found, "timeouts_not_reproduced": slow_on_load}


def _still_slow(data: bytes, timeout_s: int) -> bool:
    """Whether a timeout libFuzzer reported holds when the input is replayed alone (after a warm-up)."""
    check_reader(*decode_input(data))
    start = time.monotonic()
    check_reader(*decode_input(data))
    return time.monotonic() - start > timeout_s / 2


def _last_cov(log: str) -> int | None:
    """The last ``cov:`` figure libFuzzer printed (edges covered)."""
    values = [line.split(" cov: ")[1].split()[0] for line in log.splitlines() if " cov: " in line]
    return int(values[-1]) if values and values[-1].isdigit() else None


GOOD_FORMATS = ["doc.txt", "page.html", "lines.jsonl", "crawl.warc.gz"]


@dataclass
class BatchResult:
    documents: int = 0
    good_lost: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    peak_rss_kib: int = 0


def _good_story(i: int) -> str:
    return STORY.replace("Monday", ["Tuesday", "Wednesday", "Thursday", "Friday"][i % 4]) + f" Report {i}."


def write_batch(folder: Path, rng: random.Random, n_bad: int = 6) -> list[str]:
    """Good files beside mutated ones; returns the good documents' sources."""
    folder.mkdir(parents=True, exist_ok=True)
    good: list[str] = []
    for i in range(4):
        path = folder / f"good{i}.txt"
        path.write_text(_good_story(i), encoding="utf-8")
        good.append(str(path))
    pool = list(seeds().values())
    base = seeds()
    for i in range(n_bad):
        name = rng.choice([n for n, _ in FORMATS if n != "stdin"])
        data = encode_input(name, base[name])
        for _ in range(rng.randrange(1, 8)):
            data = data[:1] + mutate(data[1:], rng, pool)
        file_name, payload = decode_input(data)
        (folder / f"bad{i}-{file_name}").write_bytes(payload)
    return good


# Runs a command with its stderr to a file; prints its exit status and the peak RSS (KiB) of its processes.
_MEASURED = ("import resource, subprocess, sys; "
             "r = subprocess.run(sys.argv[2:], stderr=open(sys.argv[1], 'wb'), stdout=subprocess.DEVNULL); "
             "print(r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def run_batch(folder: Path, rng: random.Random, *, n_process: int = 1) -> BatchResult:
    """One `dragoman read` over a batch of good and mutated files; the findings of that run."""
    good = write_batch(folder / "in", rng)
    out, err = folder / "out.jsonl", folder / "stderr.txt"
    command = [sys.executable, "-m", "dragoman", "read", str(folder / "in"), "-o", str(out), "--timeout", "30",
               "--n-process", str(n_process)]
    measured = subprocess.run([sys.executable, "-c", _MEASURED, str(err), *command], capture_output=True, text=True,
                              cwd=ROOT, timeout=900)
    status, peak = (int(v) for v in measured.stdout.split())
    result = BatchResult(peak_rss_kib=peak)
    stderr = err.read_text(encoding="utf-8", errors="replace")
    if status not in (0, 1) or "Traceback" in stderr:
        result.problems.append(f"exit status {status}: {stderr[-500:]}")
    if peak >= GIB_KIB:
        result.problems.append(f"peak RSS {peak // 1024} MiB")
    reports = [json.loads(line) for line in out.read_text(encoding="utf-8").split("\n") if line] if out.exists() else []
    result.documents = len(reports)
    by_source = {r["source"]: r for r in reports}
    for source in good:
        report = by_source.get(source)
        if report is None or not report.get("text") or report.get("errors"):
            result.good_lost.append(source)
    for report in reports:
        for error in report.get("errors", []):
            if error.get("kind") in ("unexpected", "stage_failed"):
                result.problems.append(f"{report['source']}: {error['kind']}: {error['message'][:200]}")
    return result


if __name__ == "__main__":
    atheris_main(sys.argv)
