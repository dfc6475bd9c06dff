"""Every regular expression of the dragoman package, found without a list kept by hand.

Three ways in, so that a new pattern cannot slip past the ReDoS check by where it is written:

- **compiled objects**: each module under ``src/dragoman`` is imported and its globals, class
  attributes and the dicts, lists, tuples, sets and instances of the package's classes they hold are
  searched for ``re.Pattern`` objects (so patterns built at import time from lexicons are found);
- **lazy tables**: zero-argument functions wrapped in ``functools.cache``/``lru_cache`` whose code
  speaks of patterns (the pattern tables built on first use, such as the time grammar) are called and
  their results searched the same way; ones that need the spaCy model are skipped by name
  (``LAZY_SKIP``);
- **source**: the ``ast`` of every module is scanned for ``re.compile``/``search``/``match``/``sub``/
  ``subn``/``findall``/``finditer``/``split``/``fullmatch`` calls whose pattern is a string literal (the
  patterns compiled inside functions), with their literal flags.

A pattern is identified by ``(pattern text, flags)``; each keeps the places it was found (``where``).
"""

from __future__ import annotations

import ast
import dataclasses
import functools
import importlib
import inspect
import pkgutil
import re
from dataclasses import dataclass, field
from pathlib import Path

import dragoman

PACKAGE_DIR = Path(dragoman.__file__).resolve().parent

# the extras (web, spark) a module may need; without them the module is left to the source scan
OPTIONAL = frozenset({"fastapi", "uvicorn", "starlette", "pyspark"})
# cached builders not to call: they load the spaCy model, or read the user's files by argument
LAZY_SKIP = frozenset({"dragoman.nlp.load_model"})

_RE_CALLS = frozenset({"compile", "search", "match", "sub", "subn", "findall", "finditer", "split", "fullmatch"})
_FLAG_NAMES = {name: getattr(re, name) for name in (
    "I", "IGNORECASE", "M", "MULTILINE", "S", "DOTALL", "X", "VERBOSE", "A", "ASCII", "U", "UNICODE")}
# flags that do not change what the pattern means (``re.U`` is the default for str patterns)
_COMPILE_FLAGS_MASK = re.I | re.M | re.S | re.X | re.A


@dataclass
class Found:
    pattern: str | bytes
    flags: int
    where: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple[str | bytes, int]:
        return self.pattern, self.flags


def module_names() -> list[str]:
    """Every module of the package, by dotted name."""
    names = ["dragoman"]
    for info in pkgutil.walk_packages([str(PACKAGE_DIR)], prefix="dragoman."):
        if info.name.rsplit(".", 1)[-1] != "__main__":  # runs the CLI when imported
            names.append(info.name)
    return sorted(names)


def _walk(value, where: str, out: dict, seen: set[int], depth: int = 0) -> None:
    """Add every pattern reachable from ``value`` through containers and dataclass/slots fields."""
    if depth > 6 or id(value) in seen:
        return
    if isinstance(value, re.Pattern):
        _add(out, value.pattern, value.flags, where)
        return
    if isinstance(value, (str, bytes, int, float, bool, type(None))):
        return
    seen.add(id(value))
    if isinstance(value, dict):
        for k, v in value.items():
            _walk(k, f"{where}[{k!r}]", out, seen, depth + 1)
            _walk(v, f"{where}[{k!r}]", out, seen, depth + 1)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for i, v in enumerate(value):
            _walk(v, f"{where}[{i}]", out, seen, depth + 1)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            _walk(getattr(value, f.name, None), f"{where}.{f.name}", out, seen, depth + 1)
    elif type(value).__module__.startswith("dragoman") and not callable(value):
        # an instance of one of our classes: its attributes, in __dict__ or in slots
        names = list(getattr(value, "__dict__", {}))
        for klass in type(value).__mro__:
            slots = getattr(klass, "__slots__", ())
            names += [slots] if isinstance(slots, str) else list(slots)
        for name in dict.fromkeys(names):
            _walk(getattr(value, name, None), f"{where}.{name}", out, seen, depth + 1)


def _add(out: dict, pattern, flags: int, where: str) -> None:
    flags = re.compile(pattern, flags).flags & _COMPILE_FLAGS_MASK  # inline (?i) counts; re.U is implied
    found = out.setdefault((pattern, flags), Found(pattern, flags))
    if where not in found.where:
        found.where.append(where)


def _is_lazy_table(value) -> bool:
    """A cached builder callable without arguments whose code speaks of patterns (``re.``,
    ``Pattern``, ``regex``): lexicon and gazetteer loaders are left alone, for speed."""
    if not isinstance(value, functools._lru_cache_wrapper):
        return False
    try:
        if not re.search(r"\bre\.|Pattern|regex", inspect.getsource(value.__wrapped__)):
            return False
    except (OSError, TypeError):
        return False
    try:
        params = inspect.signature(value).parameters.values()
    except (TypeError, ValueError):
        return False
    return all(p.default is not p.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) for p in params)


def from_objects(names: list[str]) -> dict:
    """Patterns held by the imported modules, their classes and their cached pattern tables."""
    out: dict = {}
    for name in names:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if (error.name or "").split(".")[0] in OPTIONAL:
                continue  # an extra not installed here: the source scan still sees its literals
            raise
        for attr, value in vars(module).items():
            if getattr(value, "__module__", name) != name and not isinstance(value, re.Pattern):
                continue  # imported from elsewhere: searched where it is defined
            where = f"{name}.{attr}"
            seen: set[int] = set()
            if inspect.isclass(value):
                for class_attr, class_value in vars(value).items():
                    _walk(class_value, f"{where}.{class_attr}", out, seen)
            elif _is_lazy_table(value) and where not in LAZY_SKIP:
                _walk(value(), f"{where}()", out, seen)
            else:
                _walk(value, where, out, seen)
    return out


def _literal(node) -> str | bytes | None:
    """The value of a string literal, or of a concatenation of string literals."""
    if isinstance(node, ast.Constant) and isinstance(node.value, (str, bytes)):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left), _literal(node.right)
        if left is not None and right is not None and type(left) is type(right):
            return left + right
    if isinstance(node, ast.JoinedStr) and all(isinstance(v, ast.Constant) for v in node.values):
        return "".join(v.value for v in node.values)
    return None


def _flags(node) -> int | None:
    """Literal ``re.X`` flags (or ``|`` of them); None when they are not literal."""
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "re":
        return _FLAG_NAMES.get(node.attr)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        left, right = _flags(node.left), _flags(node.right)
        return None if left is None or right is None else left | right
    if isinstance(node, ast.Constant) and node.value == 0:
        return 0
    return None


_FLAGS_POSITION = {"compile": 1, "search": 2, "match": 2, "fullmatch": 2, "findall": 2, "finditer": 2,
                   "split": 3, "sub": 4, "subn": 4}


def _calls(tree: ast.AST):
    """``(call, qualified name of the function holding it or "<module>")`` for every call."""
    def visit(node, scope):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                yield from visit(child, f"{scope}.{child.name}" if scope != "<module>" else child.name)
            else:
                if isinstance(child, ast.Call):
                    yield child, scope
                yield from visit(child, scope)
    yield from visit(tree, "<module>")


def from_source(root: Path = PACKAGE_DIR) -> tuple[dict, set[str]]:
    """Patterns written as literals in ``re.*`` calls, and the places (``path::function``) of the
    calls whose pattern or flags are not literal, which only the object search can see."""
    out: dict = {}
    dynamic: set[str] = set()
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root.parent).as_posix()
        for node, scope in _calls(ast.parse(path.read_text(encoding="utf-8"), filename=rel)):
            if not (isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name)
                    and node.func.value.id == "re" and node.func.attr in _RE_CALLS and node.args):
                continue
            pattern = _literal(node.args[0])
            flag_node = next((k.value for k in node.keywords if k.arg == "flags"), None)
            position = _FLAGS_POSITION[node.func.attr]
            if flag_node is None and len(node.args) > position:
                flag_node = node.args[position]
            flags = 0 if flag_node is None else _flags(flag_node)
            if pattern is None or flags is None:
                dynamic.add(f"{rel}::{scope}")
                continue
            _add(out, pattern, flags, f"{rel}:{node.lineno}")
    return out, dynamic


def all_patterns() -> tuple[list[Found], set[str]]:
    """Every distinct pattern of the package (objects and source merged), and the ``re`` calls whose
    pattern is built at run time."""
    merged = from_objects(module_names())
    literal, dynamic = from_source()
    for key, found in literal.items():
        target = merged.setdefault(key, Found(found.pattern, found.flags))
        target.where.extend(w for w in found.where if w not in target.where)
    return sorted(merged.values(), key=lambda f: (str(f.pattern), f.flags)), dynamic
