"""The JSON Schema of dragoman/1, generated from the typed records."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

import msgspec

from dragoman.records import Report

SCHEMA_FILE = "dragoman-1.schema.json"


def generate_schema() -> dict:
    schema = msgspec.json.schema(Report)
    for definition in schema.get("$defs", {}).values():
        # Every field is always written, so every field is required.
        if "properties" in definition:
            definition["required"] = sorted(definition["properties"])
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "dragoman/1 report"
    return schema


def schema_text() -> str:
    return json.dumps(generate_schema(), indent=2, sort_keys=True) + "\n"


@lru_cache(maxsize=1)
def shipped_schema() -> dict:
    """The schema file shipped in the package (kept equal to the generated one by a test)."""
    return json.loads(resources.files("dragoman").joinpath("schema", SCHEMA_FILE).read_text("utf-8"))
