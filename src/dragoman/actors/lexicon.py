"""The actor lexicon: names, country words, roles and office holders, as fast lookups.

A ``Lexicon`` is built once from data files (``dragoman.actors.builtin`` for the
packaged ones, ``dragoman.actors.userfiles``/``petrarch`` for a user's) and then
only read. ``Lexicon.merged`` stacks a user's lexicon over the built-in one: a
user's entry for a name wins over the built-in entry for the same name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from dragoman.actors.normalize import name_key

if TYPE_CHECKING:
    from dragoman.actors.kb import KnowledgeBase

RoleKind = Literal["title", "group", "org", "doer", "undergoer", "thing-first", "thing-last", "medium"]
EntryKind = Literal["person", "organization", "state"]

LEGAL_FORMS = frozenset("""corporation corp inc incorporated ltd limited plc llc company co holdings gmbh ag sa nv
    kft zrt nyrt srl spa bv oy oyj sarl pte ltda sas sro spzoo""".split())
SECTORS = frozenset("GOV LEG JUD MIL COP SPY PTY OPP REB IGO NGO MED BUS EDU REL CVL CRM".split())


@dataclass(frozen=True, slots=True)
class Entry:
    """One known actor name, valid from ``start`` (inclusive) to ``end`` (exclusive) when dated."""

    name: str
    kind: EntryKind | None
    country: str | None
    sector: str | None
    title: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    source: str = "builtin"
    code: str | None = None
    id: str | None = None  # the knowledge base's stable id, when the entry comes from it

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def valid_on(self, day: dt.date | None) -> bool:
        if day is None:
            return True
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class Role:
    """A title ("foreign minister"), a collective noun ("forces") or an organisation head word ("ministry")."""

    phrase: str
    sector: str
    kind: RoleKind
    title: str | None = None
    source: str = "builtin"
    code: str | None = None


@dataclass(slots=True)
class LexiconParts:
    """What one data file contributes; ``Lexicon.from_parts`` turns parts into lookups."""

    entries: list[tuple[list[str], Entry]] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    country_names: dict[str, str] = field(default_factory=dict)  # code -> display name
    demonyms: dict[str, str] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)
    stems: list[tuple[str, Entry]] = field(default_factory=list)
    places: dict[str, str] = field(default_factory=dict)  # key of a city or region -> country code


class Lexicon:
    """Read-only lookups over actor names, country words, roles and dated entries."""

    def __init__(self) -> None:
        self.names: dict[str, tuple[Entry, ...]] = {}
        self.kb: KnowledgeBase | None = None  # the knowledge base, consulted below ``names``
        self.acronyms: dict[str, tuple[Entry, ...]] = {}  # names written in capitals only ("WHO")
        self.stems: dict[str, tuple[Entry, ...]] = {}
        self.country_names: dict[str, str] = {}  # display name per code
        self.country_words: dict[str, str] = {}  # key of a country's name -> code
        self.demonyms: dict[str, str] = {}
        self.capitals: dict[str, str] = {}
        self.places: dict[str, str] = {}  # cities and regions, for cues only ("a Toronto lawyer")
        self.titles: dict[str, Role] = {}
        self.groups: dict[str, Role] = {}
        self.org_heads: dict[str, Role] = {}
        self.things: dict[str, set[str]] = {"thing-first": set(), "thing-last": set(), "medium": set()}  # "Typhoon X", "X Prize", "on Twitter"
        self.verbs: dict[tuple[str, str], Role] = {}  # (doer|undergoer, lemma) -> role
        self.by_token: dict[str, tuple[str, ...]] = {}  # name word -> keys of dated person names
        self.offices: dict[tuple[str | None, str], tuple[Entry, ...]] = {}  # (country, title key) -> holders
        self.first_words: set[str] = set()  # first word of every name and country word (a cheap pre-check)
        self.name_span: dict[str, int] = {}  # first word of a name -> words of the longest name it starts
        self.country_first: set[str] = set()  # first words of country names and adjectives
        self.max_name_words = 1
        self.max_role_words = 1
        self.sources: tuple[str, ...] = ()
        self._brands: dict[str, str] | None = None  # built on first use: see ``media_brand``

    # -- building -------------------------------------------------------------------------
    @classmethod
    def from_parts(cls, parts: Iterable[LexiconParts], *, base: Lexicon | None = None, sources: Iterable[str] = (),
                   kb: KnowledgeBase | None = None) -> Lexicon:
        """A lexicon of ``parts`` stacked over ``base`` (parts win for the same name), with the knowledge
        base ``kb`` (else ``base``'s) consulted only for names no part knows."""
        lex = cls()
        if base is not None:
            lex._copy_from(base)
        lex.sources = lex.sources + tuple(sources)
        for part in parts:
            lex._add(part)
        if kb is not None:
            lex.kb = kb
            lex.max_name_words = max(lex.max_name_words, kb.max_words)
        return lex

    def _copy_from(self, other: Lexicon) -> None:
        for attr in ("names", "acronyms", "stems", "country_names", "country_words", "demonyms", "capitals", "places", "titles", "groups",
                     "org_heads", "verbs", "by_token", "offices"):
            setattr(self, attr, dict(getattr(other, attr)))
        self.first_words = set(other.first_words)
        self.name_span = dict(other.name_span)
        self.country_first = set(other.country_first)
        self.things = {kind: set(words) for kind, words in other.things.items()}
        self.max_name_words, self.max_role_words, self.sources = other.max_name_words, other.max_role_words, other.sources
        self.kb = other.kb
        self._fresh: set[str] = set()
        self._brands = None

    def _add(self, part: LexiconParts) -> None:
        fresh: set[str] = getattr(self, "_fresh", set())
        self._fresh = fresh
        self.country_names.update(part.country_names)
        self.demonyms.update(part.demonyms)
        self.capitals.update(part.capitals)
        for key, code in part.places.items():
            self.places.setdefault(key, code)
        self.country_first.update(w for k in part.demonyms if k for w in (k.split()[0], k.split()[0].split("-")[0]))
        self.first_words.update(k.split()[0].split("-")[0] for k in (*part.demonyms, *part.capitals) if k)
        self.first_words.update(k.split()[0] for k in (*part.demonyms, *part.capitals) if k)
        for names, entry in part.entries:
            for raw in names:
                key = name_key(raw)
                if not key:
                    continue
                if is_acronym(raw) and entry.kind != "state":  # "WHO" names the organisation; "Who" does not
                    if entry not in self.acronyms.get(key, ()):
                        self.acronyms[key] = self.acronyms.get(key, ()) + (entry,)
                    self.first_words.add(key)
                    continue
                # The first part that names a key replaces what a base lexicon had for it.
                old = self.names.get(key, ()) if key in fresh else ()
                if entry not in old:
                    self.names[key] = old + (entry,)
                fresh.add(key)
                words = key.split()
                for first in (words[0], words[0].split("-")[0], words[0].split("'")[0]):
                    self.first_words.add(first)
                    self.name_span[first] = max(self.name_span.get(first, 1), len(words))
                self.max_name_words = max(self.max_name_words, len(words))
                if entry.kind == "person" and entry.dated:
                    office = (entry.country, name_key(entry.title or ""))
                    if entry not in self.offices.get(office, ()):
                        self.offices[office] = self.offices.get(office, ()) + (entry,)
                    for word in words:
                        keys = self.by_token.get(word, ())
                        if key not in keys:
                            self.by_token[word] = keys + (key,)
                if entry.kind == "state" and entry.country:
                    self.country_words[key] = entry.country
                    self.country_first.update((words[0], words[0].split("-")[0]))
        for stem, entry in part.stems:
            self.stems[name_key(stem)] = (entry,) + self.stems.get(name_key(stem), ())
        for role in part.roles:
            if role.kind in ("doer", "undergoer"):
                self.verbs[(role.kind, role.phrase.lower())] = role
                continue
            if role.kind in self.things:
                self.things[role.kind].add(name_key(role.phrase))
                continue
            table = {"title": self.titles, "group": self.groups, "org": self.org_heads}[role.kind]
            table[name_key(role.phrase)] = role
            self.max_role_words = max(self.max_role_words, len(role.phrase.split()))

    def longest_name_from(self, word: str) -> int:
        """Words of the longest name (lexicon, knowledge base, or any with a user's stems) starting with ``word``."""
        if self.stems:
            return self.max_name_words
        key = name_key(word)
        return max(self.name_span.get(key, 1), self.kb.name_span.get(key, 1) if self.kb is not None else 1)

    def may_start(self, word: str) -> bool:
        """False when no name or country word starts with ``word`` (so longer lookups can be skipped)."""
        key = name_key(word)
        return key in self.first_words or bool(self.stems) or (self.kb is not None and key in self.kb.first_words)

    # -- lookups ----------------------------------------------------------------------------
    def media_brand(self, word: str) -> str | None:
        """The country of the news organisations whose names begin with the brand ``word`` ("BBC" of BBC News,
        for "BBC Persian"), when they share one and no other kind of organisation's name begins so."""
        if self._brands is None:
            rows = [(e.name, e.kind, e.country, e.sector) for entries in self.names.values() for e in entries]
            rows += list(self.kb.written()) if self.kb is not None else []
            countries: dict[str, set[str | None]] = {}
            for name, kind, country, sector in rows:
                first = name.split()[0] if kind == "organization" else ""
                if first.isupper() and first.isalpha():  # a brand in capitals ("BBC"), not a word ("News")
                    countries.setdefault(name_key(first), set()).add(country if sector == "MED" else None)
            self._brands = {w: next(iter(cs)) for w, cs in countries.items()
                            if len(cs) == 1 and None not in cs and len(w) > 1}  # type: ignore[misc]
        return self._brands.get(name_key(word))

    def entries(self, text: str) -> tuple[Entry, ...]:
        """Every entry for a name (exact key, then without a legal form, then a dictionary stem of a
        one-word name)."""
        key = name_key(text)
        found = self._entries(key, is_acronym(text))
        if not found and " " in text.strip() and name_key(text.rsplit(None, 1)[1]).rstrip(".,") in LEGAL_FORMS:
            found = tuple(e for e in self.entries(text.rsplit(None, 1)[0].rstrip(" ,")) if e.kind == "organization")
        return found

    def _entries(self, key: str, capitals: bool = False) -> tuple[Entry, ...]:
        """The lexicon's entries, then the knowledge base's (its dated roles complete an office holder's
        terms: "X" as opposition leader between two offices); a user's stems last. Names written in
        capitals also match capitals-only aliases ("WHO")."""
        found = self.names.get(key, ()) + (self.acronyms.get(key, ()) if capitals else ())
        if self.kb is not None and not self.is_common_word(key):
            more = self.kb.lookup(key) + (self.kb.lookup_acronym(key) if capitals else ())
            if more and (not found or any(e.dated for e in found)):
                found = found + tuple(e for e in more if e.dated or not found)
        if found:
            return found
        if self.stems and " " not in key:
            for n in range(len(key) - 1, 3, -1):
                found = self.stems.get(key[:n])
                if found:
                    return found
        return ()

    def is_common_word(self, key: str) -> bool:
        """A key that the lexicon reads as a role, group, organisation head or country word ("Senate",
        "Belarusian", "police"): the knowledge base's names for it are not taken."""
        return key in self.titles or key in self.groups or key in self.org_heads or key in self.demonyms \
            or key in self.country_words or key in self.capitals

    def entry(self, text: str, day: dt.date | None) -> Entry | None:
        """The entry a name has on ``day``: a dated entry valid then, else an undated one."""
        return pick(self.entries(text), day)

    def country_of_word(self, text: str) -> str | None:
        """The country a name, adjective or abbreviation stands for ("Russia's", "Chinese", "U.S.")."""
        key = name_key(text)
        return self.country_words.get(key) or self.demonyms.get(key)

    def holders_named(self, word: str, day: dt.date | None) -> list[Entry]:
        """Dated person entries with ``word`` in their name, valid on ``day``."""
        out = []
        for key in self.by_token.get(name_key(word), ()):
            out.extend(e for e in self.names.get(key, ()) if e.kind == "person" and e.dated and e.valid_on(day))
        return out

    def holders_of(self, country: str | None, title: str | None, day: dt.date | None) -> list[Entry]:
        """Office holders of one country and title on ``day`` ("the Chinese president" -> Xi Jinping)."""
        if not title or day is None:
            return []
        return [e for e in self.offices.get((country, name_key(title)), ()) if e.valid_on(day)]

    def former(self, text: str, day: dt.date | None) -> Entry | None:
        """The latest dated entry of a name that ended before ``day`` (a former office holder)."""
        if day is None:
            return None
        # Converted dictionaries hold many minor office holders: a namesake's old term says too little.
        past = [e for e in self.entries(text) if e.end is not None and e.end <= day and not e.source.startswith("kb/")]
        return max(past, key=lambda e: e.end) if past else None


def is_acronym(text: str) -> bool:
    """A short name marked by its capitals: two to six letters, no space, two capitals or more ("WHO",
    "U.S.", "AT&T", "LeT"); such a name is not the word written otherwise ("Who", "Let")."""
    letters = [ch for ch in text if ch.isalpha()]
    return 2 <= len(letters) <= 6 and " " not in text.strip() and sum(ch.isupper() for ch in letters) >= 2


def pick(entries: Iterable[Entry], day: dt.date | None) -> Entry | None:
    """The entry valid on ``day``: dated and valid first, then an undated default, then the latest."""
    entries = tuple(entries)
    if not entries:
        return None
    if day is not None:
        for e in entries:
            if e.dated and e.valid_on(day):
                return e
    for e in entries:
        if not e.dated:
            return e
    if day is None:
        return max(entries, key=lambda e: e.start or dt.date.min)
    return None
