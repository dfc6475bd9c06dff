"""Writing reports: JSON, JSON Lines, and a readable terminal table."""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO

import msgspec
from rich.console import Console
from rich.table import Table
from rich.text import Text

from dragoman.records import Report

_encoder = msgspec.json.Encoder()


def write_jsonl(reports: Iterable[Report], out: IO[bytes]) -> None:
    for report in reports:
        out.write(_encoder.encode(report) + b"\n")


def write_json(reports: Iterable[Report], out: IO[bytes]) -> None:
    """An array of reports, whatever their number (none, one or many), indented for people.

    Reports are written as they come, so a long run holds none of them in memory."""
    out.write(b"[")
    for index, report in enumerate(reports):
        item = msgspec.json.format(_encoder.encode(report), indent=2).replace(b"\n", b"\n  ")  # no raw newline in JSON strings
        out.write((b",\n  " if index else b"\n  ") + item)
    out.write(b"\n]\n")


_CONTROLS = {c: f"\\x{c:02x}" for c in [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]}


def _safe(value: str) -> Text:
    """Text as the terminal should show it: control characters (escape sequences) as ``\\xNN``, no markup."""
    return Text(value.translate(_CONTROLS))


def _actor_name(report: Report, actor_id: str | None) -> str:
    actor = next((a for a in report.actors if a.id == actor_id), None)
    return actor.name if actor else "—"


def render_table(report: Report, console: Console) -> None:
    """A human view of one report: header, actors, quotes, events, times, places."""
    console.rule(Text(_safe(report.title or report.id).plain, style="bold"))
    console.print(_safe(f"source: {report.source}   published: {report.published or '—'}   "
                        f"dateline: {report.dateline or '—'}"))
    for error in report.errors:
        console.print(Text("error", style="red"),
                      _safe(f"({error.kind}{'/' + error.stage if error.stage else ''}): {error.message}"))

    def table(title: str, columns: list[str], rows: list[list[str]]) -> None:
        if not rows:
            return
        grid = Table(title=title, title_justify="left", show_lines=False, expand=True)
        for column in columns:
            grid.add_column(column, overflow="fold")
        for row in rows:
            grid.add_row(*(_safe(cell) for cell in row))
        console.print(grid)

    table("Actors", ["id", "name", "kind", "country", "sector", "title", "mentions"],
          [[a.id, a.name, a.kind, a.country or "—", a.sector or "—", a.title or "—", str(len(a.mentions))] for a in report.actors])
    table("Quotes", ["id", "speaker", "cue", "kind", "text"],
          [[q.id, _actor_name(report, q.speaker) if q.speaker else (q.speaker_text or "—"), q.cue or "—", q.kind,
            q.text if len(q.text) < 160 else q.text[:157] + "…"] for q in report.quotes])
    table("Events", ["id", "type", "cameo", "source", "target", "date", "place", "evidence"],
          [[e.id, e.type + (" (negated)" if e.negated else "") + (f" [{e.mode}]" if e.mode else ""), e.cameo or "—",
            _actor_name(report, e.source), _actor_name(report, e.target), e.date or "—",
            e.place.name if e.place else "—", report.text[e.evidence.start:e.evidence.end][:120]] for e in report.events])
    table("Times", ["text", "type", "value"], [[t.text, t.type, t.value or "—"] for t in report.times])
    table("Places", ["text", "country", "lat", "lon"],
          [[p.text, p.country or "—", f"{p.lat:.2f}" if p.lat is not None else "—",
            f"{p.lon:.2f}" if p.lon is not None else "—"] for p in report.places])
