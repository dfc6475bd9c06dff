"""The event lexicon: predicate patterns mapped to PLOVER type, mode and CAMEO code.

The lexicon is data (``dragoman/data/events/lexicon.txt``, documented in the
README beside it). Users extend it with their own files in the same format;
later files add entries, and an entry with the same pattern replaces the
earlier one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

PLOVER_TYPES = frozenset(
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT "
    "THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split()
)
KINDS = frozenset("VNCSM")
MODALITIES = frozenset({"hypothetical", "future", "intended", "negated"})


class LexiconError(ValueError):
    """A lexicon file line could not be read."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One predicate pattern.

    ``kind`` is V (verb), N (event noun), C (criticism noun), S (speech verb)
    or M (modality cue). ``particles`` must appear as particle/preposition
    children of the head; ``objects`` as its object (verbs) or modifier (nouns).
    ``targets`` names the slots whose actors are targets: ``obj`` or a preposition.
    """

    kind: str
    head: str
    particles: tuple[str, ...] = ()
    objects: tuple[str, ...] = ()
    type: str | None = None
    mode: str | None = None
    cameo: str | None = None
    targets: tuple[str, ...] = ()
    origin: str = ""

    @property
    def pattern(self) -> str:
        return " ".join((self.head, *self.particles, *("=" + o for o in self.objects)))

    @property
    def rule(self) -> str:
        """The name an event carries for the entry that fired."""
        return f"{self.kind}:{self.pattern}"

    @property
    def specificity(self) -> int:
        return len(self.particles) + len(self.objects)


@dataclass(slots=True)
class Lexicon:
    """Entries indexed for lookup by head lemma."""

    verbs: dict[str, list[Entry]] = field(default_factory=dict)
    nouns: dict[str, list[Entry]] = field(default_factory=dict)
    criticism: dict[str, Entry] = field(default_factory=dict)
    speech: set[str] = field(default_factory=set)
    modality: dict[str, str] = field(default_factory=dict)
    _heads: frozenset[str] | None = field(default=None, repr=False, compare=False)

    @property
    def heads(self) -> frozenset[str]:
        """Every lemma that heads a verb, noun or speech entry."""
        if self._heads is None:
            self._heads = frozenset(self.verbs) | frozenset(self.nouns) | frozenset(self.speech)
        return self._heads

    def add(self, entry: Entry) -> None:
        self._heads = None
        if entry.kind == "S":
            self.speech.add(entry.head)
        elif entry.kind == "M":
            self.modality[entry.head] = entry.mode or "hypothetical"
        elif entry.kind == "C":
            self.criticism[entry.pattern] = entry
        else:
            table = self.verbs if entry.kind == "V" else self.nouns
            bucket = table.setdefault(entry.head, [])
            bucket[:] = [e for e in bucket if e.pattern != entry.pattern]
            bucket.append(entry)
            bucket.sort(key=lambda e: -e.specificity)

    def __len__(self) -> int:
        return (
            sum(map(len, self.verbs.values()))
            + sum(map(len, self.nouns.values()))
            + len(self.criticism)
            + len(self.speech)
            + len(self.modality)
        )


def _dash(value: str) -> str | None:
    value = value.strip()
    return None if value in ("", "-") else value


def parse_line(line: str, origin: str = "") -> Entry | None:
    """One lexicon line as an Entry; None for blank and comment lines."""
    text = line.split("#", 1)[0].strip()
    if not text:
        return None
    cols = [c.strip() for c in text.split("|")]
    if len(cols) != 6:
        raise LexiconError(f"{origin}: expected 6 '|'-separated columns, got {len(cols)}")
    kind, pattern, typ, mode, cameo, targets = cols
    if kind not in KINDS:
        raise LexiconError(f"{origin}: unknown kind {kind!r}")
    words = pattern.lower().split()
    if not words:
        raise LexiconError(f"{origin}: empty pattern")
    typ_ = _dash(typ)
    if kind in "VNC" and typ_ not in PLOVER_TYPES:
        raise LexiconError(f"{origin}: {typ!r} is not a PLOVER type")
    if kind == "M" and _dash(mode) not in MODALITIES:
        raise LexiconError(f"{origin}: modality must be one of {sorted(MODALITIES)}")
    if kind == "C":
        head, particles, objects = " ".join(words), (), ()
    else:
        head = words[0]
        particles = tuple(w for w in words[1:] if not w.startswith("="))
        objects = tuple(w[1:] for w in words[1:] if w.startswith("="))
    slots = tuple(s.strip() for s in (_dash(targets) or "").split(",") if s.strip())
    return Entry(
        kind=kind,
        head=head,
        particles=particles,
        objects=objects,
        type=typ_,
        mode=_dash(mode),
        cameo=_dash(cameo),
        targets=slots,
        origin=origin,
    )


def read_entries(lines: Iterable[str], name: str = "<lexicon>") -> list[Entry]:
    """Parse lexicon lines, naming ``name:line`` as each entry's origin."""
    out = []
    for n, line in enumerate(lines, 1):
        entry = parse_line(line, f"{name}:{n}")
        if entry is not None:
            out.append(entry)
    return out


def _default_lines() -> list[str]:
    ref = resources.files("dragoman").joinpath("data/events/lexicon.txt")
    return ref.read_text(encoding="utf-8").splitlines()


@lru_cache(maxsize=8)
def _load(extra: tuple[str, ...]) -> Lexicon:
    lex = Lexicon()
    for entry in read_entries(_default_lines(), "lexicon.txt"):
        lex.add(entry)
    for path in extra:
        files = sorted(Path(path).glob("*.txt")) if Path(path).is_dir() else [Path(path)]
        for f in files:
            for entry in read_entries(f.read_text(encoding="utf-8").splitlines(), f.name):
                lex.add(entry)
    return lex


def load_lexicon(*extra: str | Path) -> Lexicon:
    """The packaged lexicon, extended by user files or folders of ``*.txt`` (cached)."""
    return _load(tuple(str(p) for p in extra))
