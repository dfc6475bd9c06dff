"""`dragoman spark`: the same per-article pipeline inside Spark, writing dragoman/1 as Parquet.

Files are read into documents, which are spread over the partitions (so one big JSONL or WARC file is
shared out too); each executor's Python worker loads the model once (``mapPartitions``) and runs every
stage itself, returning one compact row per document: the full report as JSON plus a few columns to
filter on.
Output is Parquet partitioned by publication date; ``dragoman load OUTPUT`` (or DuckDB) reads it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import msgspec

from dragoman.pipeline import Options, Pipeline
from dragoman.sources import Failed, Limits, RawDocument, read_data

ROW_FIELDS = ("id", "source", "title", "published", "n_actors", "n_quotes", "n_events", "failed", "error", "report",
              "published_date")
UNKNOWN_DATE = "unknown"
_encoder = msgspec.json.Encoder()
_PIPELINE: Pipeline | None = None


def _pipeline(options: Options) -> Pipeline:
    """One pipeline (and model) per Python worker process, reused across partitions."""
    global _PIPELINE
    if _PIPELINE is None or _PIPELINE.options != options:
        _PIPELINE = Pipeline(options)
    return _PIPELINE


def read_files(files: Iterable[tuple[str, bytes]], options: Options) -> Iterator[RawDocument | Failed]:
    """(path, bytes) records -> their documents (a JSONL or WARC file holds many); unreadable ones as
    ``Failed``."""
    limits = Limits(max_bytes=options.max_bytes)
    for path, data in files:
        yield from read_data(bytes(data), local_name(path), limits)


def analyse_documents(documents: Iterable[RawDocument | Failed], options: Options) -> Iterator[tuple]:
    """Documents -> one row per document; a bad document becomes a row with its error."""
    pipeline = _pipeline(options)
    for report in pipeline.analyse_raw(documents):
        failed = bool(report.errors) and not report.text
        yield (report.id, report.source, report.title, report.published, len(report.actors), len(report.quotes),
               len(report.events), failed, report.errors[0].message if report.errors else None,
               _encoder.encode(report).decode("utf-8"), report.published or UNKNOWN_DATE)


def local_name(uri: str) -> str:
    """Spark's "file:/x/y" is the path "/x/y", as the single-process reader names it; other URIs stay."""
    if uri.startswith("file://"):
        return uri[len("file://"):]
    return uri[len("file:"):] if uri.startswith("file:/") else uri


@dataclass(slots=True)
class SparkSummary:
    documents: int
    failed: int
    output: str


def _schema():
    from pyspark.sql.types import BooleanType, IntegerType, StringType, StructField, StructType

    kinds = {"n_actors": IntegerType(), "n_quotes": IntegerType(), "n_events": IntegerType(), "failed": BooleanType()}
    return StructType([StructField(name, kinds.get(name, StringType()), True) for name in ROW_FIELDS])


def run_spark(inputs: Sequence[str], output: str, *, master: str | None = "local[*]", options: Options | None = None,
              partitions: int | None = None, spark=None) -> SparkSummary:
    """Run the job; inputs are files or folders, local or any Hadoop-compatible URI.

    ``master=None`` takes the master from the environment (spark-submit).
    """
    from pyspark.sql import SparkSession

    options = options or Options()
    own_session = spark is None
    if own_session:
        builder = SparkSession.builder
        if master:
            builder = builder.master(master)
        if master and master.startswith("local"):
            # Local workers run this very interpreter, so they see the installed package and model.
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        spark = (builder.appName("dragoman")
                 .config("spark.pyspark.python", sys.executable).config("spark.ui.enabled", "false")
                 .config("spark.ui.showConsoleProgress", "false")
                 .config("spark.sql.sources.partitionOverwriteMode", "dynamic").getOrCreate())
    try:
        sc = spark.sparkContext
        sc.setLogLevel("ERROR")
        files = sc.union([sc.binaryFiles(path) for path in inputs])
        documents = files.mapPartitions(lambda part: read_files(part, options))
        documents = documents.repartition(partitions or sc.defaultParallelism)
        rows = documents.mapPartitions(lambda part: analyse_documents(part, options))
        frame = spark.createDataFrame(rows, _schema()).cache()
        frame.write.mode("overwrite").partitionBy("published_date").parquet(output)
        documents = frame.count()
        failed = frame.filter("failed").count()
        frame.unpersist()
        return SparkSummary(documents=documents, failed=failed, output=output)
    finally:
        if own_session:
            spark.stop()


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point for spark-submit: ``spark-submit .../dragoman/spark.py INPUT... OUTPUT``."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) < 2:
        raise SystemExit("usage: spark.py INPUT... OUTPUT")
    summary = run_spark(args[:-1], args[-1], master=None)
    raise SystemExit(1 if summary.failed else 0)


if __name__ == "__main__":
    # run the installed module's main: Spark then ships its functions by reference, not this script's copies
    from dragoman.spark import main as installed_main

    installed_main()
