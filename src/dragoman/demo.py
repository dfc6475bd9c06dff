"""The bundled demo article: an invented story written for Dragoman."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

DEMO_FILE = "nairobi-talks-2024-06-12.txt"


def demo_path() -> Path:
    return Path(str(resources.files("dragoman").joinpath("data", "demo", DEMO_FILE)))
