"""Reading dragoman/1 reports back from the Parquet that the Spark job writes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import msgspec
import pyarrow.dataset as ds

from dragoman.records import Report

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
