"""The event lexicon: predicate patterns mapped to PLOVER type, mode and CAMEO code.

The lexicon is data (``dragoman/data/events/lexicon.txt``, documented in the
README beside it), followed by entries converted from the CAMEO verb dictionary
(``cameo2.txt``, written by ``dragoman.events.cameo_import``), which only add
patterns: where both have the same kind and pattern the hand-written entry wins.
Users extend it with their own files in the same format; later files add
entries, and an entry with the same pattern replaces the earlier one.
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
KINDS = frozenset("VNCSML")
MODALITIES = frozenset({"hypothetical", "future", "intended", "negated"})


class LexiconError(ValueError):
    """A lexicon file line could not be read."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One predicate pattern.

    ``kind`` is V (verb), N (event noun), C (criticism noun), S (speech verb),
    M (modality cue) or L (support verb: its object noun names the event by the verb of that
    lemma, "carried out strikes on X"; ``type``, when set, the only type it supports). ``particles`` must appear as particle/preposition
    children of the head; ``objects`` as its object (verbs) or modifier (nouns).
    ``targets`` names the slots whose actors are targets: ``obj`` or a preposition.
    ``object_names`` is how the object constraint is written (``treaty``, or
    ``@weapon`` for a word set, whose members are then ``objects``).
    ``reverse`` is the CAMEO code of the reverse event a paired code names (cameo cell ``042:043``:
    "X arrived in Y" is also Y hosting X, coded with the same type).
    ``rank`` -1 is a user entry, 0 a hand-written one, 1 a converted one: a head's entries are
    tried by rank (a user's dictionary first: its word on its verbs), then the most specific first.
    """

    kind: str
    head: str
    particles: tuple[str, ...] = ()
    objects: tuple[str, ...] | frozenset[str] = ()
    type: str | None = None
    mode: str | None = None
    cameo: str | None = None
    targets: tuple[str, ...] = ()
    origin: str = ""
    object_names: tuple[str, ...] = ()
    rank: int = 0
    reverse: str | None = None

    @property
    def pattern(self) -> str:
        names = self.object_names or self.objects
        return " ".join((self.head, *self.particles, *("=" + o for o in names)))

    @property
    def rule(self) -> str:
        """The name an event carries for the entry that fired."""
        return f"{self.kind}:{self.pattern}"

    @property
    def specificity(self) -> int:
        return len(self.particles) + len(self.object_names or self.objects)


@dataclass(slots=True)
class Lexicon:
    """Entries indexed for lookup by head lemma."""

    verbs: dict[str, list[Entry]] = field(default_factory=dict)
    nouns: dict[str, list[Entry]] = field(default_factory=dict)
    criticism: dict[str, Entry] = field(default_factory=dict)
    speech: set[str] = field(default_factory=set)
    modality: dict[str, str] = field(default_factory=dict)
    support: dict[str, list[Entry]] = field(default_factory=dict)
    _heads: frozenset[str] | None = field(default=None, repr=False, compare=False)
    _verb_heads: frozenset[str] | None = field(default=None, repr=False, compare=False)
    _index: dict[tuple[str, str], Entry] = field(default_factory=dict, repr=False, compare=False)

    @property
    def heads(self) -> frozenset[str]:
        """Every lemma that heads a verb, noun or speech entry."""
        if self._heads is None:
            self._heads = frozenset(self.verbs) | frozenset(self.nouns) | frozenset(self.speech)
        return self._heads

    @property
    def verb_heads(self) -> frozenset[str]:
        """Every lemma that heads a verb entry."""
        if self._verb_heads is None:
            self._verb_heads = frozenset(self.verbs)
        return self._verb_heads

    def add(self, entry: Entry, replace: bool = True) -> None:
        """Add an entry; one with the same kind and pattern replaces the old one (``replace``)
        or, with ``replace=False``, leaves it in place."""
        self.extend((entry,), replace)

    def extend(self, entries: Iterable[Entry], replace: bool = True) -> None:
        """Add entries (as ``add``), sorting each head's entries once."""
        self._heads = self._verb_heads = None
        touched: set[tuple[str, str]] = set()
        for entry in entries:
            if entry.kind == "S":
                self.speech.add(entry.head)
            elif entry.kind == "M":
                self.modality[entry.head] = entry.mode or "hypothetical"
            elif entry.kind == "L":
                bucket = self.support.setdefault(entry.head, [])
                bucket[:] = [e for e in bucket if e.pattern != entry.pattern or not replace]
                if all(e.pattern != entry.pattern for e in bucket):
                    bucket.append(entry)
            elif entry.kind == "C":
                if replace or entry.pattern not in self.criticism:
                    self.criticism[entry.pattern] = entry
            else:
                key = (entry.kind, entry.pattern)
                old = self._index.get(key)
                if old is not None and not replace:
                    continue
                table = self.verbs if entry.kind == "V" else self.nouns
                bucket = table.setdefault(entry.head, [])
                if old is not None:
                    bucket.remove(old)
                bucket.append(entry)
                self._index[key] = entry
                touched.add((entry.kind, entry.head))
        for kind, head in touched:
            # hand-written before converted, then the most specific first; stable otherwise
            (self.verbs if kind == "V" else self.nouns)[head].sort(key=lambda e: (e.rank, -e.specificity))

    def __len__(self) -> int:
        return (
            sum(map(len, self.verbs.values()))
            + sum(map(len, self.nouns.values()))
            + len(self.criticism)
            + len(self.speech)
            + len(self.modality)
            + sum(map(len, self.support.values()))
        )


def _dash(value: str) -> str | None:
    value = value.strip()
    return None if value in ("", "-") else value


def _read_set(text: str, origin: str, sets: dict[str, tuple[str, ...]]) -> None:
    name, eq, words = text[1:].partition("=")
    name = name.strip().lower()
    members = tuple(dict.fromkeys(words.lower().split()))
    if not eq or not name or not members or not name.replace("_", "").isalnum():
        raise LexiconError(f"{origin}: a word set is written '@name = word word ...'")
    sets[name] = members


def parse_line(line: str, origin: str = "", sets: dict[str, tuple[str, ...]] | None = None,
               rank: int = 0) -> Entry | None:
    """One lexicon line as an Entry; None for blank and comment lines.

    ``@name = word word ...`` lines define word sets (into ``sets``) that a later pattern names
    as ``=@name``: the object is any of the words.
    """
    text = line.split("#", 1)[0].strip()
    if not text:
        return None
    if text.startswith("@"):
        _read_set(text, origin, sets if sets is not None else {})
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
    if (kind in "VNC" or (kind == "L" and typ_ is not None)) and typ_ not in PLOVER_TYPES:
        raise LexiconError(f"{origin}: {typ!r} is not a PLOVER type")
    if kind == "M" and _dash(mode) not in MODALITIES:
        raise LexiconError(f"{origin}: modality must be one of {sorted(MODALITIES)}")
    object_names: tuple[str, ...] = ()
    objects: tuple[str, ...] = ()
    if kind == "C":
        head, particles = " ".join(words), ()
    else:
        head = words[0]
        particles = tuple(w for w in words[1:] if not w.startswith("="))
        object_names = tuple(w[1:] for w in words[1:] if w.startswith("="))
        for o in object_names:
            if o.startswith("@"):
                if sets is None or o[1:] not in sets:
                    raise LexiconError(f"{origin}: word set {o!r} is not defined before its use")
                objects += sets[o[1:]]
            else:
                objects += (o,)
        if objects == object_names:
            object_names = ()
        elif len(objects) > 8:  # a word set: looked up, not scanned
            objects = frozenset(objects)  # type: ignore[assignment]
    slots = tuple(s.strip() for s in (_dash(targets) or "").split(",") if s.strip())
    code, _, reverse = (_dash(cameo) or "").partition(":")
    return Entry(
        kind=kind,
        head=head,
        particles=particles,
        objects=objects,
        type=typ_,
        mode=_dash(mode),
        cameo=code.strip() or None,
        targets=slots,
        origin=origin,
        object_names=object_names,
        rank=rank,
        reverse=reverse.strip() or None,
    )


def read_entries(lines: Iterable[str], name: str = "<lexicon>",
                 sets: dict[str, tuple[str, ...]] | None = None, rank: int = 0) -> list[Entry]:
    """Parse lexicon lines, naming ``name:line`` as each entry's origin.

    ``sets``: the word sets defined so far (updated with this file's ``@name`` lines);
    ``rank``: 1 for converted entries (see ``Entry``).
    """
    out = []
    sets = {} if sets is None else sets
    for n, line in enumerate(lines, 1):
        entry = parse_line(line, f"{name}:{n}", sets, rank)
        if entry is not None:
            out.append(entry)
    return out


# The packaged files in load order: the hand-written lexicon, then the entries converted
# from the CAMEO verb dictionary, which never replace a hand-written entry.
PACKAGED = ("lexicon.txt", "cameo2.txt")


def _default_lines(name: str = "lexicon.txt") -> list[str]:
    ref = resources.files("dragoman").joinpath(f"data/events/{name}")
    if not ref.is_file():
        return []
    return ref.read_text(encoding="utf-8").splitlines()


@lru_cache(maxsize=8)
def _load(extra: tuple[str, ...], converted: bool = True) -> Lexicon:
    lex = Lexicon()
    sets: dict[str, tuple[str, ...]] = {}
    lex.extend(read_entries(_default_lines(PACKAGED[0]), PACKAGED[0], sets))
    if converted:
        lex.extend(read_entries(_default_lines(PACKAGED[1]), PACKAGED[1], sets, rank=1), replace=False)
    for path in extra:
        files = sorted(Path(path).glob("*.txt")) if Path(path).is_dir() else [Path(path)]
        for f in files:
            lex.extend(read_entries(f.read_text(encoding="utf-8").splitlines(), f.name, sets, rank=-1))
    return lex


def load_lexicon(*extra: str | Path, converted: bool = True) -> Lexicon:
    """The packaged lexicon, extended by user files or folders of ``*.txt`` (cached).

    ``converted=False`` leaves out the entries converted from the CAMEO dictionary.
    """
    return _load(tuple(str(p) for p in extra), converted)
