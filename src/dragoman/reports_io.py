"""Reading dragoman/1 reports back: the Parquet that the Spark job writes, and the JSONL/JSON of `dragoman read`."""

from __future__ import annotations

import codecs
import gzip
import re
from collections.abc import Iterator
from pathlib import Path

import msgspec
import pyarrow.dataset as ds

from dragoman.records import SCHEMA, Report

_decoder = msgspec.json.Decoder(Report)


def is_report_parquet(path: Path) -> bool:
    """A .parquet file, or a folder holding them (the Spark job's output)."""
    if path.is_file():
        return path.suffix == ".parquet"
    return path.is_dir() and next(path.rglob("*.parquet"), None) is not None


def report_values(path: Path, batch_rows: int = 1024) -> Iterator[object]:
    """Every value of the ``report`` column, undecoded, in file order."""
    dataset = ds.dataset(str(path), format="parquet", partitioning="hive")
    for batch in dataset.to_batches(columns=["report"], batch_size=batch_rows):
        yield from batch.column(0).to_pylist()


def decode_report(value: object) -> Report:
    """One stored report; raises on a value that is not a dragoman/1 report in JSON."""
    if not isinstance(value, (str, bytes)):
        raise TypeError(f"the report column holds {type(value).__name__}, not JSON text")
    return _decoder.decode(value)


def read_report_parquet(path: Path, batch_rows: int = 1024) -> Iterator[Report]:
    """Every report stored in the ``report`` column, in file order."""
    for value in report_values(path, batch_rows):
        yield decode_report(value)


# Reports as `dragoman read` writes them: JSON Lines (one report a line), or JSON (one report, or an array).
REPORT_SUFFIXES = (".jsonl", ".ndjson", ".json", ".jsonl.gz", ".ndjson.gz", ".json.gz")
_SNIFF_BYTES = 1 << 16
_SCHEMA_MARK = re.compile(rb'^\s*[\[{].{0,4096}?"schema"\s*:\s*"dragoman/', re.S)


def _open(path: Path):
    return gzip.open(path, "rb") if path.name.lower().endswith(".gz") else path.open("rb")


def is_report_file(path: Path) -> bool:
    """A JSONL/JSON file of dragoman/1 reports (its first record says ``"schema": "dragoman/..."``), which
    loads without analysis; a JSONL file of articles does not."""
    if not (path.is_file() and path.name.lower().endswith(REPORT_SUFFIXES)):
        return False
    try:
        with _open(path) as handle:
            head = handle.read(_SNIFF_BYTES).lstrip(codecs.BOM_UTF8)
    except (OSError, EOFError, gzip.BadGzipFile):
        return False
    return bool(_SCHEMA_MARK.match(head))


class NotAReport(ValueError):
    """A record of a report file that is not a dragoman/1 report; ``source`` says which."""

    kind = "malformed"

    def __init__(self, source: str, message: str) -> None:
        super().__init__(message)
        self.source = source


def _checked(value: object, where: str) -> Report:
    """One report, its types and required fields verified against dragoman/1 (msgspec's typed decoding)."""
    if not isinstance(value, dict):
        raise NotAReport(where, f"expected a {SCHEMA} report object, got {type(value).__name__}")
    if value.get("schema") != SCHEMA:
        raise NotAReport(where, f"schema {value.get('schema')!r} is not {SCHEMA!r}")
    try:
        return msgspec.convert(value, Report)
    except msgspec.ValidationError as exc:
        raise NotAReport(where, f"not a valid {SCHEMA} report: {exc}") from None


def report_file_values(path: Path, source: str) -> Iterator[tuple[str, object]]:
    """(where, decoded JSON) for every report in the file; a line that is not JSON is its own NotAReport."""
    with _open(path) as handle:
        if path.name.lower().endswith((".json", ".json.gz")):
            data = msgspec.json.decode(handle.read())
            items = data if isinstance(data, list) else [data]
            for number, item in enumerate(items, start=1):
                yield f"{source}#{number}", item
            return
        for number, line in enumerate(handle, start=1):
            if line.strip():
                where = f"{source}:{number}"
                try:
                    yield where, msgspec.json.decode(line)
                except msgspec.DecodeError as exc:
                    yield where, NotAReport(where, f"not valid JSON: {exc}")


def read_report_file(path: Path, source: str) -> Iterator[Report | NotAReport]:
    """Every report of a report file, verified; a record that is not one is a NotAReport in its place."""
    for where, value in report_file_values(path, source):
        if isinstance(value, NotAReport):
            yield value
            continue
        try:
            yield _checked(value, where)
        except NotAReport as exc:
            yield exc
