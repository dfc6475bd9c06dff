"""Grouping mentions into one actor per real-world entity.

People join by name words ("Xi" and "President Xi" join "Xi Jinping"; the most recently
mentioned candidate wins when a surname is shared), organisations by name or acronym
("ICC" and "International Criminal Court"), states by country code, groups by country and
sector ("Russian forces", "Russian troops"), and unnamed office holders ("the Chinese
president") join the named person of that country and title, or the lexicon's holder of
that office on the article's date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from dragoman.actors.lexicon import Entry, Lexicon
from dragoman.actors.normalize import key_tokens, name_key

OFFICE, TEXT, LEXICON, FALLBACK = 4, 3, 2, 1  # OFFICE: a term of office held on the article's date
_ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "on", "in", "to", "de", "la", "du", "des", "&"})


@dataclass(slots=True)
class Mention:
    """One span of text that names or describes an actor, with what is known about it."""

    start: int  # characters
    end: int
    text: str
    kind: str  # person | organization | state | group | office
    country: str | None = None
    sector: str | None = None
    title: str | None = None
    why: list[str] = field(default_factory=list)
    strength: int = 0
    key: str = ""
    display: str | None = None  # a canonical name that beats the surface form (states)
    entry: Entry | None = None
    alias: bool = False  # a form not to name the actor by ("the government of Syria")
    org: str | None = None  # key of an organisation a person's cue names but could not place
    located: bool = False  # a state named only as where something happens ("in Portugal")
    running: bool = False  # the sector comes from a candidacy ("the party's presidential nominee")
    acting: bool = True  # a state that acts or is acted upon here ("Turkey sentenced", "sanctions on Iran")
    abroad: bool = False  # no country from the article's focus: a journal, an international body


@dataclass(slots=True)
class Cluster:
    mentions: list[Mention]
    kind: str
    tokens: frozenset[str] = frozenset()
    key: str = ""

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)

    @property
    def last(self) -> int:
        return max(m.start for m in self.mentions)

    def field(self, name: str) -> tuple[str | None, int]:
        """The value of a field from the strongest mention that has one (earliest on ties)."""
        best: tuple[int, int] | None = None
        value = None
        for m in self.mentions:
            v = getattr(m, name)
            if v is None:
                continue
            rank = (-m.strength, m.start)
            if best is None or rank < best:
                best, value = rank, v
        return value, (-best[0] if best else 0)

    @property
    def name(self) -> str:
        for m in self.mentions:
            if m.display:
                return m.display
        named = [m for m in self.mentions if m.kind != "office" and m.text] or self.mentions
        proper = [m for m in named if not m.key.startswith("group:")] or [m for m in named if not m.alias] or named
        return max(proper, key=lambda m: (len(key_tokens(m.text)), len(m.text), -m.start)).text


def acronym(name: str) -> str:
    words = [w for w in name.replace("-", " ").split() if w.lower() not in _ACRONYM_SKIP]
    return "".join(w[0] for w in words if w[:1].isalpha()).upper() if len(words) > 1 else ""


def _person_cluster(clusters: list[Cluster], tokens: frozenset[str]) -> Cluster | None:
    best = None
    for c in clusters:
        if c.kind != "person" or not c.tokens:
            continue
        if tokens <= c.tokens or c.tokens <= tokens:
            if best is None or c.last > best.last:
                best = c
    return best


def _short_name(clusters: list[Cluster], m: Mention) -> Cluster | None:
    """"the Senate" after "Puerto Rico Senate": a short name whose words all occur in a recent organisation's name."""
    if m.country is not None or not m.key.startswith("org:"):
        return None
    words = frozenset(key_tokens(m.text))
    if not words or len(words) > 2:
        return None
    best, best_rank = None, (False, -1)
    for c in clusters:
        if c.kind == "organization" and any(words < frozenset(key_tokens(o.text)) for o in c.mentions):
            rank = (any(_head(o.text) in words for o in c.mentions), c.last)  # "House" names a House, not its committee
            if best is None or rank > best_rank:
                best, best_rank = c, rank
    return best


_GENERIC_HEAD_SECTORS = ("PTY", "BUS")


def _without_head(clusters: list[Cluster], m: Mention, lex: Lexicon) -> Cluster | None:
    """ "the Thai Raksa Chart party" after "Thai Raksa Chart Party": a party's or company's name without
    its generic last word ("Party", "Corporation") names the same organisation."""
    words = key_tokens(m.text)
    if len(words) < 2:
        return None
    for c in reversed(clusters):
        if c.kind != "organization" or (m.country and c.field("country")[0] not in (None, m.country)):
            continue
        for o in c.mentions:
            full = key_tokens(o.text)
            role = lex.org_heads.get(full[-1]) if len(full) == len(words) + 1 and full[:-1] == words else None
            if role is not None and role.sector in _GENERIC_HEAD_SECTORS:
                return c
    return None


def _head(name: str) -> str:
    """The head word of an organisation's name: the last word before "of/for/on" ("House" of "House of
    Representatives", "Committee" of "House Oversight Committee")."""
    words: list[str] = []
    for w in key_tokens(name):
        if w in ("of", "for", "on") and words:
            break
        words.append(w)
    return words[-1] if words else ""


def corefer(mentions: list[Mention], lex: Lexicon, day: dt.date | None) -> list[Cluster]:
    """Mentions (any order) -> clusters, one per actor."""
    clusters: list[Cluster] = []
    by_key: dict[str, Cluster] = {}
    offices: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if m.kind == "office":
            offices.append(m)
            continue
        if m.kind == "person":
            tokens = frozenset(key_tokens(m.entry.name if m.entry else m.text)) | frozenset(key_tokens(m.text))
            found = by_key.get(m.key) if m.key else None
            found = found or _person_cluster(clusters, frozenset(key_tokens(m.text)))
            if found is None:
                found = Cluster([], "person", tokens, m.key)
                clusters.append(found)
            found.mentions.append(m)
            if len(tokens) > len(found.tokens) and found.tokens <= tokens:
                found.tokens = tokens
            if m.key:
                by_key.setdefault(m.key, found)
            continue
        found = by_key.get(m.key)
        named = not m.key.startswith(("group:", "bare:"))  # "Kenyan police" is no acronym of "Kenyan people"
        if found is None and m.kind == "organization" and named:
            found = by_key.get("acronym:" + name_key(m.text).upper()) or by_key.get("acronym:" + acronym(m.text)) \
                or _short_name(clusters, m) or _without_head(clusters, m, lex)
        if found is None:
            found = Cluster([], m.kind, key=m.key)
            clusters.append(found)
            by_key[m.key] = found
        found.mentions.append(m)
        if m.kind == "organization" and named:
            short = acronym(m.text)
            if short:
                by_key.setdefault("acronym:" + short, found)
            if m.text.isupper() and " " not in m.text.strip():
                by_key.setdefault("acronym:" + name_key(m.text).upper(), found)
    for m in offices:
        _place_office(m, clusters, lex, day)
    clusters = _merge_institutions(clusters)
    return sorted(clusters, key=lambda c: c.first)


_INSTITUTION_SECTORS = frozenset({"LEG", "JUD", "MIL", "COP"})


def _merge_institutions(clusters: list[Cluster]) -> list[Cluster]:
    """Join a short organisation name ("Constitutional Court") to the one longer name containing it, and a
    group ("the legislature of Taiwan") to the one named institution of its country and sector."""
    orgs = [c for c in clusters if c.kind == "organization"]
    gone: set[int] = set()
    for c in orgs:
        if all(m.key.startswith("group:") for m in c.mentions):
            country, sector = c.field("country")[0], c.field("sector")[0]
            if sector not in _INSTITUTION_SECTORS:
                continue
            named = [o for o in orgs if o is not c and id(o) not in gone and o.field("sector")[0] == sector
                     and o.field("country")[0] == country and not all(m.key.startswith("group:") for m in o.mentions)]
        elif all(m.country is None for m in c.mentions):
            words = frozenset().union(*(frozenset(key_tokens(m.text)) for m in c.mentions))
            if not words or len(words) > 3:
                continue
            named = [o for o in orgs if o is not c and id(o) not in gone
                     and any(words < frozenset(key_tokens(m.text)) for m in o.mentions)]
        else:
            continue
        if len(named) == 1:
            named[0].mentions.extend(c.mentions)
            gone.add(id(c))
    return [c for c in clusters if id(c) not in gone]


def _place_office(m: Mention, clusters: list[Cluster], lex: Lexicon, day: dt.date | None) -> None:
    """Join an unnamed office holder to its person, else to the lexicon's holder, else keep it apart."""
    want = name_key(m.title or "")
    people = [c for c in clusters if c.kind == "person" and c.field("country")[0] == m.country
              and name_key(c.field("title")[0] or "") == want]
    if len(people) == 1:
        people[0].mentions.append(m)
        return
    holders = lex.holders_of(m.country, m.title, day)
    if len(holders) == 1:
        holder = holders[0]
        tokens = frozenset(key_tokens(holder.name))
        target = _person_cluster(clusters, tokens)
        m.why.append(f"lexicon: {holder.name} held this office on {day} ({holder.source})")
        m.display = None
        if target is None:
            m.kind = "person"
            named = Mention(m.start, m.end, m.text, "person", m.country, m.sector, m.title, m.why, m.strength,
                            display=holder.name, entry=holder)
            clusters.append(Cluster([named], "person", tokens))
            return
        target.mentions.append(m)
        return
    key = f"office:{m.country}:{want}"
    for c in clusters:
        if c.key == key:
            c.mentions.append(m)
            return
    clusters.append(Cluster([m], "office", key=key))
