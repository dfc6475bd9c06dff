"""The CLI is one package whose modules register on a shared app, with no import circle."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import dragoman.cli
from dragoman.cli import app

PACKAGE = Path(dragoman.cli.__file__).parent
MODULES = sorted(p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


@pytest.mark.parametrize("module", MODULES)
def test_no_module_imports_the_package_that_imports_it(module: str):
    imported = _imports(PACKAGE / f"{module}.py")
    assert "dragoman.cli" not in imported
    # common is the root: it imports no other CLI module
    if module == "common":
        assert not {name for name in imported if name.startswith("dragoman.cli.")}


@pytest.mark.parametrize("module", MODULES)
def test_each_module_imports_alone(module: str):
    result = subprocess.run([sys.executable, "-c", f"import dragoman.cli.{module}"], capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr.decode()


def test_the_app_has_every_command():
    out = CliRunner().invoke(app, ["--help"]).output
    for command in ("read", "demo", "eval", "schema", "load", "query", "export", "spark", "serve", "kb", "lexicon"):
        assert f" {command} " in out


def test_python_m_dragoman_and_the_entry_point_run_the_same_main():
    import tomllib

    pyproject = tomllib.loads((PACKAGE.parents[2] / "pyproject.toml").read_text("utf-8"))
    assert pyproject["project"]["scripts"]["dragoman"] == "dragoman.cli:main"
    result = subprocess.run([sys.executable, "-m", "dragoman", "--help"], capture_output=True, timeout=120)
    assert result.returncode == 0 and b"export" in result.stdout
