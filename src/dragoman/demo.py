"""The bundled demo articles: invented stories written for Dragoman (data/demo/README.md)."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

DEMO_FILE = "nairobi-talks-2024-06-12.txt"


def demo_path() -> Path:
    return Path(str(resources.files("dragoman").joinpath("data", "demo", DEMO_FILE)))


def demo_files() -> list[Path]:
    """Every bundled demo article (not the folder's README)."""
    folder = demo_path().parent
    return sorted(p for p in folder.iterdir() if p.is_file() and p.name != "README.md")


def copy_demo(target: Path) -> list[Path]:
    """Copy the demo articles into ``target`` (made when missing); the copies' paths."""
    target.mkdir(parents=True, exist_ok=True)
    return [Path(shutil.copyfile(path, target / path.name)) for path in demo_files()]
