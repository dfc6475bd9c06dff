"""User lexicons (``--lexicon PATH``): CSV, YAML, or PETRARCH/Phoenix dictionaries, files or directories.

CSV columns (header required): ``name, aliases, kind, country, sector, title, start, end``;
``aliases`` separated by ``|``, dates ISO (``end`` exclusive). A CSV whose header has
``phrase`` instead of ``name`` adds roles: ``phrase, sector, kind (title|group|org|doer|undergoer), title``.
YAML: ``{actors: [{name, aliases: [...], kind, country, sector, title, start, end}],
roles: [{phrase, sector, kind, title}]}`` (a bare list means actors).
Anything else is read as a PETRARCH/Phoenix actor or agent dictionary (verb dictionaries are skipped).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from dragoman.actors import petrarch
from dragoman.actors.builtin import builtin_lexicon
from dragoman.actors.lexicon import SECTORS, Entry, Lexicon, LexiconParts, Role
from dragoman.errors import DragomanError

_KINDS = {"person", "organization", "organisation", "state"}


class LexiconError(DragomanError, ValueError):
    """A user lexicon file that cannot be read."""

    kind = "lexicon"


def _date(value: Any, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise LexiconError(f"{where}: bad date {value!r} (want YYYY-MM-DD)") from None


def _actor(row: Mapping[str, Any], source: str, where: str) -> tuple[list[str], Entry]:
    name = str(row.get("name") or "").strip()
    if not name:
        raise LexiconError(f"{where}: an actor needs a name")
    aliases = row.get("aliases") or []
    if isinstance(aliases, str):
        aliases = aliases.split("|")
    kind = (str(row.get("kind") or "").strip().lower() or None)
    if kind is not None and kind not in _KINDS:
        raise LexiconError(f"{where}: kind must be person, organization or state, not {kind!r}")
    sector = (str(row.get("sector") or "").strip().upper() or None)
    if sector is not None and sector not in SECTORS:
        raise LexiconError(f"{where}: unknown sector {sector!r}")
    country = (str(row.get("country") or "").strip().upper() or None)
    entry = Entry(name, "organization" if kind == "organisation" else kind, country, sector,  # type: ignore[arg-type]
                  (str(row.get("title") or "").strip() or None),
                  _date(row.get("start"), where), _date(row.get("end"), where), source=source)
    return [name, *(a.strip() for a in aliases if a and a.strip())], entry


def _role(row: Mapping[str, Any], source: str, where: str) -> Role:
    phrase = str(row.get("phrase") or "").strip().lower()
    sector = str(row.get("sector") or "").strip().upper()
    kind = str(row.get("kind") or "title").strip().lower()
    if not phrase or sector not in SECTORS or kind not in ("title", "group", "org", "doer", "undergoer"):
        raise LexiconError(f"{where}: a role needs a phrase, a known sector and kind title|group|org")
    return Role(phrase, sector, kind, (str(row.get("title") or "").strip() or None), source=source)  # type: ignore[arg-type]


def _from_rows(actors: Iterable[Mapping[str, Any]], roles: Iterable[Mapping[str, Any]], path: Path) -> LexiconParts:
    part = LexiconParts()
    source = f"user lexicon {path.name}"
    for i, row in enumerate(actors, 1):
        part.entries.append(_actor(row, source, f"{path}: actor {i}"))
    for i, row in enumerate(roles, 1):
        part.roles.append(_role(row, source, f"{path}: role {i}"))
    return part


def read_csv(path: Path) -> LexiconParts:
    rows = list(csv.DictReader(io.StringIO(path.read_text("utf-8-sig"))))
    fields = {k.strip().lower() for k in (rows[0].keys() if rows else [])}
    rows = [{(k or "").strip().lower(): v for k, v in row.items()} for row in rows]
    if "phrase" in fields:
        return _from_rows([], rows, path)
    return _from_rows(rows, [], path)


def read_yaml(path: Path) -> LexiconParts:
    try:
        import yaml
    except ImportError:  # pragma: no cover - PyYAML is a dependency
        raise LexiconError(f"{path}: reading YAML lexicons needs PyYAML (pip install pyyaml)") from None
    try:
        data = yaml.safe_load(path.read_text("utf-8")) or {}
    except yaml.YAMLError as exc:
        raise LexiconError(f"{path}: not valid YAML: {exc}") from None
    if isinstance(data, list):
        data = {"actors": data}
    if not isinstance(data, dict):
        raise LexiconError(f"{path}: want a mapping with 'actors' and/or 'roles', or a list of actors")
    return _from_rows(data.get("actors") or [], data.get("roles") or [], path)


def read_file(path: Path) -> LexiconParts:
    """One user lexicon file, by its format."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return read_csv(path)
    if suffix in (".yaml", ".yml"):
        return read_yaml(path)
    if petrarch.holds_no_actors(path):
        return LexiconParts()  # a verb or issue dictionary in the same folder
    if petrarch.looks_like_agents(path):
        return petrarch.read_agents(path)
    return petrarch.read_actors(path)


def _files(paths: Sequence[Path]) -> list[Path]:
    out: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            out.extend(p for p in sorted(path.iterdir())
                       if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in (".csv", ".yaml", ".yml", ".txt"))
        elif path.is_file():
            out.append(path)
        else:
            raise LexiconError(f"lexicon not found: {path}")
    return out


@lru_cache(maxsize=8)
def _load(paths: tuple[Path, ...]) -> Lexicon:
    files = _files(paths)
    # Earlier files win over later ones, so read them last.
    parts = [read_file(p) for p in reversed(files)]
    return Lexicon.from_parts(parts, base=builtin_lexicon(), sources=tuple(str(p) for p in files))


def load_lexicon(paths: Sequence[Path | str] = ()) -> Lexicon:
    """The built-in lexicon with the user's files (CSV, YAML, PETRARCH/Phoenix; files or directories) over it."""
    if not paths:
        return builtin_lexicon()
    return _load(tuple(Path(p).resolve() for p in paths))
