"""Shared fixtures: the schema validator every produced report goes through."""

from __future__ import annotations

import os
from pathlib import Path

import jsonschema
import pytest

from dragoman.records import Report, to_builtins
from dragoman.schema import shipped_schema

REPO = Path(__file__).resolve().parents[1]


def eval_dir() -> Path | None:
    """The dev gold sets, when DRAGOMAN_EVAL_DIR points at them."""
    value = os.environ.get("DRAGOMAN_EVAL_DIR")
    return Path(value) if value and Path(value).is_dir() else None


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    path = eval_dir()
    if path is None:
        pytest.skip("DRAGOMAN_EVAL_DIR is not set or missing: dev gold sets not available")
    return path


def need(path: Path) -> Path:
    """The path, or skip the test when this copy of the gold sets lacks it."""
    if not path.exists():
        pytest.skip(f"{path.name} not in {path.parent}")
    return path


def assert_pinned(path: Path, sha256: str, remeasure: str) -> None:
    """A gold file is the one the floors were measured on."""
    import hashlib

    assert hashlib.sha256(need(path).read_bytes()).hexdigest() == sha256, (
        f"{path.name} changed: re-measure with {remeasure} and re-pin the floors and hash")


@pytest.fixture(scope="session")
def validate():
    """Check a report (or its dict) against the shipped dragoman/1 JSON Schema."""
    validator = jsonschema.Draft202012Validator(shipped_schema())

    def check(report: Report | dict) -> dict:
        data = to_builtins(report) if isinstance(report, Report) else report
        validator.validate(data)
        return data

    return check
