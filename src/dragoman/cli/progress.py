"""Progress and per-document messages on stderr while documents are read or loaded.

The bar is drawn only when stderr is a terminal; messages (errors, warnings) always go to stderr.
The status line shows the count (of the total when it is known before reading: files in a directory,
lines of a JSONL file, one file), the percentage, the rate, the time left and the failures so far.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, TextColumn

from dragoman.records import Report

UNDATED_HINT = ("no publication date: relative dates (\"on Monday\") stay unresolved "
                "(give --published, or a YYYY-MM-DD date in the file name)")


@dataclass
class Tally:
    """What a run has met so far."""

    total: int = 0
    ok: int = 0
    failed: int = 0
    undated: int = 0

    def summary(self) -> str:
        line = f"{self.total} documents: {self.ok} read, {self.failed} failed"
        if self.undated:
            line += f"; {self.undated} without a publication date (relative dates unresolved)"
        return line


def is_failure(report: Report) -> bool:
    """A document with nothing read (its errors say why), as against one with warnings."""
    return bool(report.errors) and not report.text


def is_undated(report: Report) -> bool:
    """A read document that no publication date anchors."""
    return not is_failure(report) and report.published is None


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"


def status_line(done: int, total: int | None, elapsed: float, failed: int) -> str:
    """``12/40 30% 2.1 doc/s 0:00:13 left, 1 failed``; without a total, the count, rate and failures."""
    if total is not None:
        total = max(total, done)  # a count made before reading may come out short
    parts = [f"{done}/{total} {100 * done / total:.0f}%" if total else f"{done}"]
    rate = done / elapsed if elapsed > 0 and done else None
    if rate:
        parts.append(f"{rate:.1f} doc/s")
        if total:
            parts.append(f"{_duration((total - done) / rate)} left")
    return " ".join(parts) + f", {failed} failed"


class RunProgress:
    """A bar with the status line, on ``console`` when it is a terminal (nothing otherwise)."""

    def __init__(self, console: Console, description: str, total: int | None, *, clock=time.monotonic) -> None:
        self.total = total
        self._clock = clock
        self._start = clock()
        self._progress = Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.fields[status]}"),
                                  console=console, disable=not console.is_terminal, transient=False)
        self._task = self._progress.add_task(description, total=total, status=status_line(0, total, 0.0, 0))

    def __enter__(self) -> RunProgress:
        self._progress.start()
        return self

    def __exit__(self, *exc) -> None:
        self._progress.stop()

    def update(self, done: int, failed: int) -> None:
        total = max(self.total, done) if self.total is not None else None
        self._progress.update(self._task, completed=done, total=total,
                              status=status_line(done, total, self._clock() - self._start, failed))


def tell(report: Report, console: Console) -> None:
    """A report's errors and warnings, one line each (never markup from the data)."""
    for error in report.errors:
        where = f" [{error.stage}]" if error.stage else ""
        label = "[yellow]warning[/yellow]" if error.kind == "truncated" else "[red]error[/red]"
        console.print(label + escape(f"{where} {error.source or report.source}: {error.message}"))
    if is_undated(report):
        console.print("[yellow]warning[/yellow] " + escape(f"{report.source}: {UNDATED_HINT}"))


def count(report: Report, tally: Tally) -> None:
    tally.total += 1
    if is_failure(report):
        tally.failed += 1
    else:
        tally.ok += 1
        tally.undated += is_undated(report)


def report_stream(reports: Iterable[Report], console: Console, tally: Tally, total: int | None) -> Iterator[Report]:
    """``reports`` passed on, each told and counted, with progress drawn on a terminal."""
    with RunProgress(console, "reading", total) as progress:
        for report in reports:
            count(report, tally)
            tell(report, console)
            progress.update(tally.total, tally.failed)
            yield report
