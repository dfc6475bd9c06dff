"""The world knowledge base: actors with stable ids, aliases, kind, country, sector, title and dates.

Two kinds of packaged data make it (``dragoman/data/actors``):

* ``kb/phoenix.tsv`` — converted from the Phoenix/PETRARCH actor dictionaries (MIT, notice in
  ``kb/LICENSE.phoenix``) by ``convert_phoenix`` (CLI: ``dragoman kb convert``), which users can run
  on newer dictionaries of the same format;
* ``world/*.actors.tsv`` and ``world/*.parties.tsv`` — written for Dragoman from public facts.

One row is one actor in one period: ``id, name, other names, kind, country, sector, title, start, end``
(``end`` exclusive). Rows sharing an id are the same actor; an undated row is its default. The KB
sits below the hand-written lexicon (office holders, organisations, countries): it is consulted for
names the lexicon does not know.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from dragoman.actors import petrarch
from dragoman.actors.lexicon import SECTORS, Entry, is_acronym
from dragoman.actors.normalize import stable_id

KB_COLUMNS = ("id", "name", "aliases", "kind", "country", "sector", "title", "start", "end")

# CAMEO country-like codes that are not ISO 3166 alpha-3.
CAMEO_TO_ISO = {"TMP": "TLS", "KSV": "XKX", "YUG": "SRB", "SCG": "SRB", "FRY": "SRB", "SRP": "SRB", "ROM": "ROU",
                "ZAR": "COD"}
# Region and other non-state first codes: no country.
_NO_COUNTRY = frozenset("INT MEA SAS WEU SEA EAF LAM ASA AFR SAF EUR EEU CAS WAF SAM NAF CFR EIN NMR KKL KNT DDR USR "
                        "CSK KRJ FRN ANG".split())
# Transnational first codes and their sector; a company or NGO code may name a country next ("MNCUSAMED").
_TRANSNATIONAL = {"MNC": "BUS", "NGO": "NGO", "NGM": "NGO", "IMG": "REB", "IGO": "IGO"}
_BRANCHES = frozenset({"JUD", "LEG", "COP", "SPY"})
# Name words that make a dictionary name an organisation rather than a person.
_ORG_WORDS = frozenset("""
party front army union council committee ministry agency bank group company corporation corp inc ltd co association
movement organization organisation forces force brigade brigades battalion militia league federation foundation fund
institute university college school church mosque news radio television tv times post herald daily press network
commission court tribunal office department government parliament assembly senate congress police guard guards
service services authority bureau centre center society club alliance coalition network airlines airways air bank
national international islamic people's peoples liberation revolutionary democratic republican socialist communist
cells nuclei action struggle resistance faction cell tigers mujahideen jihad brotherhood hezbollah hamas taliban
""".split())
_TITLE_PREFIXES = ("PRESIDENT_", "PRIME_MINISTER_", "MR_", "MR._", "MRS_", "MRS._", "MS_", "MS._", "SENATOR_", "DR_",
                   "DR._", "GENERAL_", "GEN._", "KING_", "QUEEN_", "FOREIGN_MINISTER_", "SECRETARY_", "MINISTER_",
                   "CHAIRMAN_", "SHEIKH_", "SHEIK_", "AMBASSADOR_", "GOVERNOR_", "MAYOR_", "REP._", "SEN._", "JUDGE_",
                   "COLONEL_", "COL._", "CAPTAIN_", "DEPUTY_", "VICE_PRESIDENT_", "PREMIER_", "CHANCELLOR_")


# -- converting PETRARCH/Phoenix dictionaries -------------------------------------------------
def _iso(code: str) -> str | None:
    code = CAMEO_TO_ISO.get(code, code)
    return None if code in _NO_COUNTRY else code


def _country_sector(code: str) -> tuple[str | None, str | None] | None:
    """A CAMEO actor code -> (ISO country, sector); None for codes that say nothing usable."""
    chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
    if not chunks:
        return None
    head, rest = chunks[0], chunks[1:]
    if head in _TRANSNATIONAL:
        base = _TRANSNATIONAL[head]
        country = None
        if head != "IGO" and rest and _is_country(rest[0]) and petrarch.CAMEO_SECTORS.get(rest[0]) != "REL":
            # "IMGMUSALQ": after a transnational code, MUS is the Muslim religion's code, not Mauritius
            country, rest = _iso(rest[0]), rest[1:]
        if base != "IGO":
            base = next((c for c in rest if c in ("MED", "EDU", "REL")), base)  # a media company: MED
        return country, base
    if head in petrarch.CAMEO_SECTORS:  # "[ELI]", "[MED]": a role with no country says too little
        return None
    country = _iso(head)
    sectors = [petrarch.CAMEO_SECTORS[c] for c in rest if c in petrarch.CAMEO_SECTORS]
    if not sectors:
        return (country, "GOV") if not rest else (country, None) if country else None
    if sectors[0] == "GOV" and len(sectors) > 1 and sectors[1] in _BRANCHES:
        return country, sectors[1]  # "USAGOVJUD": a court is the judiciary; "GOVMIL" (a ministry) stays GOV
    return country, sectors[0]


def _is_country(code: str) -> bool:
    from dragoman.actors.builtin import iso_codes

    return CAMEO_TO_ISO.get(code, code) in iso_codes()


_PARTICLES = frozenset("al el de del der van von bin ibn da di du la le ben ould".split())
_TITLE_WORDS = frozenset("""president presidents prime minister ministers premier secretary general mr mrs ms dr sir
senator sen rep representative governor mayor king queen prince princess emir sheikh sheik chairman chief ambassador
administration government regime foreign defense defence finance interior us u.s. american russian chinese british
french iranian israeli former ex vice deputy leader commander gen colonel col captain judge justice pope""".split())


def _display(raw: str, kind: str = "organization") -> str:
    """A dictionary name as news writes it: persons in title case ("CARLOS_EYI_OBAMA" -> "Carlos Eyi Obama")."""
    text = raw.strip("_ ").replace("_", " ").strip()
    if kind != "person":
        return petrarch._pretty(text)
    words = []
    for i, word in enumerate(text.split()):
        low = word.lower()
        if i and low in _PARTICLES:
            words.append(low)
        elif "." in word and len(word) <= 3:
            words.append(word.upper())
        else:
            words.append("-".join(p[:1].upper() + p[1:].lower() for p in word.split("-")))
    return " ".join(words)


def _kind(names: list[str], codes: list[tuple[str, dt.date | None, dt.date | None]], comment: str) -> str:
    words = {w.lower().strip(".,()'") for n in names for w in n.replace("_", " ").split()}
    if words & _ORG_WORDS:
        return "organization"
    if any(c.startswith(("MNC", "NGO", "IGO", "IMG")) for c, _, _ in codes) and "rulers" not in comment.lower():
        return "organization"
    first = names[0].strip("_ ").split("_")
    if "CountryInfo" in comment or "rulers" in comment or 2 <= len(first) <= 5:
        return "person"
    return "organization"


def _aliases(names: list[str], display: str, kind: str) -> list[str]:
    """Other names, without those that carry a title or role ("President X", "the X administration")."""
    out: list[str] = []
    for raw in names:
        name = raw.strip("_ ")
        if not name or name.upper().startswith(_TITLE_PREFIXES):
            continue
        if kind == "person" and {w.lower().strip(".,") for w in name.replace("_", " ").split()} & _TITLE_WORDS:
            continue
        pretty = _display(name, kind)
        if pretty != display and pretty not in out:
            out.append(pretty)
    return out


def convert_phoenix(paths: Iterable[Path], until: dt.date | None = None) -> Iterator[tuple[str, ...]]:
    """KB rows from PETRARCH/Phoenix actor dictionaries (states and country-less roles left out).

    ``until`` is the dictionaries' date: a term still open then is closed there, since nothing says
    the person held it later."""
    seen: set[str] = set()
    for path in paths:
        for names, bodies, comment in petrarch.actor_blocks(path):
            names = [n for n in names if n.strip("_ ")]
            codes = [parsed for b in bodies if (parsed := petrarch.parse_code(b)) is not None]
            if not names or not codes:
                continue
            resolved = [(cs, start, end) for code, start, end in codes
                        if (cs := _country_sector(code.split("/")[0])) is not None]
            if not resolved or all(not s for (c, s), _, _ in resolved):
                continue
            if all(len(code) == 3 and code not in _TRANSNATIONAL for code, _, _ in codes):
                continue  # a state or region (the built-in country list knows the states)
            kind = _kind(names, codes, comment)
            display = _display(names[0], kind)
            first = [w.lower().strip(".,") for w in display.split() if w.lower() != "the"][:1]
            if not first or first[0] in _TITLE_WORDS:
                continue  # "(The) President of the United States": an office, which the text resolves by date
            dated = [r for r in resolved if r[1] or r[2]]
            undated = [r for r in resolved if not (r[1] or r[2])]
            country = next((c for (c, s), _, _ in dated[::-1] + undated if c), None)
            ident = stable_id(display, country)
            if ident in seen:
                continue
            seen.add(ident)
            aliases = "|".join(_aliases(names[1:], display, kind))
            rows = [(cs, start, until if end is None and until and start and start < until else end)
                    for cs, start, end in dated] + undated[:1]
            for (c, s), start, end in _without_overlaps(rows):
                if not s:
                    continue
                yield (ident, display, aliases, kind, c or "", s or "", "", start.isoformat() if start else "",
                       end.isoformat() if end else "")


def _without_overlaps(rows):
    """Dated periods in order, each cut where the next begins; one undated default at most."""
    dated = sorted((r for r in rows if r[1] or r[2]), key=lambda r: (r[1] or dt.date.min))
    out = []
    for i, (cs, start, end) in enumerate(dated):
        nxt = dated[i + 1][1] if i + 1 < len(dated) else None
        if nxt is not None and (end is None or end > nxt):
            end = nxt
        if out and start is not None and out[-1][2] is not None and start < out[-1][2]:
            start = out[-1][2]
        if start is not None and end is not None and end <= start:
            continue
        out.append((cs, start, end))
    out.extend(r for r in rows if not (r[1] or r[2]))
    return out[: len(dated) + 1]


def write_kb(rows: Iterable[tuple[str, ...]], out: Path, header: str = "") -> int:
    """Write KB rows as TSV (with a comment header); returns the number of rows."""
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for line in header.splitlines():
            fh.write(f"# {line}\n".replace("# \n", "#\n"))
        fh.write("# " + "\t".join(KB_COLUMNS) + "\n")
        for row in rows:
            fh.write("\t".join(cell.replace("\t", " ") for cell in row) + "\n")
            n += 1
    return n


# -- reading ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class KbRow:
    id: str
    names: tuple[str, ...]
    entry: Entry


def _date(cell: str) -> dt.date | None:
    return dt.date.fromisoformat(cell) if cell else None


def read_kb_text(text: str, source: str) -> Iterator[KbRow]:
    """KB rows of one TSV text (comments and blank lines skipped)."""
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        cells += [""] * (9 - len(cells))
        ident, name, aliases, kind, country, sector, title, start, end = cells[:9]
        if sector not in SECTORS:
            continue
        entry = Entry(name, kind or None, country or None, sector, title or None, _date(start), _date(end),  # type: ignore[arg-type]
                      source=source, id=ident)
        yield KbRow(ident, (name, *(a for a in aliases.split("|") if a)), entry)


def read_parties_text(text: str, source: str, until: dt.date | None = None) -> Iterator[KbRow]:
    """Party rows (``id, name, other names, country, governing periods``) as dated KB rows: PTY while
    governing, OPP before (from 1990), between and after; a period may end after ``until`` (today)."""
    today = until or dt.date.today()
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t") + ["", "", "", ""]
        ident, name, aliases, country, periods = cells[:5]
        names = (name, *(a for a in aliases.split("|") if a))
        spans = sorted((_date(a) or dt.date(1900, 1, 1), _date(b)) for a, _, b in
                       (p.partition("..") for p in periods.split("|") if ".." in p))
        cursor = dt.date(1990, 1, 1)
        governing_now = False
        for start, end in spans:
            if start > cursor:
                yield KbRow(ident, names, Entry(name, "organization", country or None, "OPP", None, cursor, start,
                                                source=source, id=ident))
            yield KbRow(ident, names, Entry(name, "organization", country or None, "PTY", None, start, end,
                                            source=source, id=ident))
            governing_now = end is None or end > today
            cursor = end or today
        if not governing_now:
            yield KbRow(ident, names, Entry(name, "organization", country or None, "OPP", None, cursor, None,
                                            source=source, id=ident))


def _packaged_texts() -> list[tuple[str, str, bool]]:
    """(text, source, is_parties) of every packaged KB file, in a fixed order."""
    base = resources.files("dragoman").joinpath("data/actors")
    texts: list[tuple[str, str, bool]] = []
    for folder in ("kb", "world"):
        d = base.joinpath(folder)
        if not d.is_dir():
            continue
        for f in sorted(d.iterdir(), key=lambda p: p.name):
            if f.name.endswith((".actors.tsv", "phoenix.tsv", ".parties.tsv")):
                texts.append((f.read_text("utf-8"), f"{folder}/{f.name}", f.name.endswith(".parties.tsv")))
    return texts


MAX_NAME_WORDS = 7  # longer names are left out of the index: news writes them shorter
ACRONYM = "\x00"  # index prefix of capitals-only aliases
_FORMAT = 7  # bump when the index layout or name_key changes


class KnowledgeBase:
    """Name key -> KB entries; built once from the packaged files and cached on disk, entries made on demand."""

    def __init__(self, rows: list[tuple], index: dict[str, tuple[int, ...]], first_words: frozenset[str] | None = None,
                 max_words: int | None = None, given_names: frozenset[str] | None = None) -> None:
        self._rows = rows  # (name, kind, country, sector, title, start, end, source, id)
        self._index = index
        self._made: dict[int, Entry] = {}
        self.first_words = first_words if first_words is not None else \
            frozenset(w for key in index for w in _first_words(key))
        self.max_words = max_words or max((key.count(" ") + 1 for key in index), default=1)
        self.given_names = given_names if given_names is not None else _given_names(rows)
        self.name_span: dict[str, int] = {}  # first word -> words of the longest name it starts
        for key in index:
            words = key.lstrip(ACRONYM).split(" ")
            for first in _first_words(key):
                if self.name_span.get(first, 0) < len(words):
                    self.name_span[first] = len(words)

    def __len__(self) -> int:
        return len({row[8] for row in self._rows})

    def written(self) -> Iterator[tuple[str, str | None, str | None, str | None]]:
        """(name, kind, country, sector) of every row written for the project (world/), not converted."""
        for name, kind, country, sector, _title, _start, _end, source, _id in self._rows:
            if source.startswith("world/"):
                yield name, kind, country, sector

    def lookup(self, key: str) -> tuple[Entry, ...]:
        """The entries whose name or alias has this ``name_key``."""
        found = self._index.get(key)
        return tuple(self._entry(i) for i in found) if found else ()

    def lookup_acronym(self, key: str) -> tuple[Entry, ...]:
        """The entries whose capitals-only alias ("NPR") has this key: for text written in capitals."""
        return self.lookup(ACRONYM + key)

    def _entry(self, i: int) -> Entry:
        entry = self._made.get(i)
        if entry is None:
            name, kind, country, sector, title, start, end, source, ident = self._rows[i]
            entry = Entry(name, kind, country, sector, title, _date(start), _date(end), source=source, id=ident)
            self._made[i] = entry
        return entry

    @classmethod
    def build(cls, texts: Iterable[tuple[str, str, bool]], written: frozenset[str] = frozenset(),
              written_names: frozenset[str] = frozenset()) -> KnowledgeBase:
        """The KB of ``texts``; converted rows (``kb/``) of an actor whose id ``written`` holds, that a
        later written file describes, or one of whose names (keys) ``written_names`` holds, are left out:
        facts written for Dragoman supersede them, and one actor keeps one id."""
        from dragoman.actors.normalize import name_key

        texts = list(texts)
        parsed = [(source, list(read_parties_text(text, source) if parties else read_kb_text(text, source)))
                  for text, source, parties in texts]
        written = written | {row.id for source, rows_ in parsed if not source.startswith("kb/") for row in rows_}
        rows: list[tuple] = []
        index: dict[str, list[int]] = {}
        for source, found in parsed:
            for row in found:
                if source.startswith("kb/") and (row.id in written or any(name_key(n) in written_names
                                                                          for n in row.names)):
                    continue
                e = row.entry
                rows.append((e.name, e.kind, e.country, e.sector, e.title, e.start.isoformat() if e.start else "",
                             e.end.isoformat() if e.end else "", e.source, e.id))
                for name in row.names:
                    key = name_key(name)
                    if key and key.count(" ") < MAX_NAME_WORDS:
                        at = index.setdefault(ACRONYM + key if is_acronym(name) else key, [])
                        at.append(len(rows) - 1)
        return cls(rows, {k: tuple(v) for k, v in index.items()})


def _given_names(rows: list[tuple]) -> frozenset[str]:
    """Lower-case first words of at least three people's names and seldom an organisation's ("maria")."""
    from collections import Counter

    from dragoman.actors.normalize import name_key

    people: Counter[str] = Counter()
    orgs: Counter[str] = Counter()
    for ident in {row[8]: row for row in rows}.values():
        words = name_key(ident[0]).split()
        if len(words) >= 2 and words[0].isalpha() and len(words[0]) >= 3:
            (people if ident[1] == "person" else orgs)[words[0]] += 1
    return frozenset(w for w, n in people.items() if n >= 3 and n >= 3 * orgs[w])


def _first_words(key: str) -> tuple[str, ...]:
    first = key.lstrip(ACRONYM).split(" ", 1)[0]
    return first, first.split("-")[0], first.split("'")[0]


def _cache_path(texts: list[tuple[str, str, bool]]) -> Path | None:
    import hashlib

    digest = hashlib.sha256(str(_FORMAT).encode())
    for text, source, _ in texts:
        digest.update(source.encode())
        digest.update(text.encode())
    root = os.environ.get("DRAGOMAN_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "dragoman")
    return Path(root) / f"kb-{digest.hexdigest()[:16]}.pickle"


def packaged_kb() -> KnowledgeBase:
    """The packaged KB, from the on-disk cache when it matches the data (rebuilt and cached otherwise)."""
    import pickle

    texts = _packaged_texts()
    path = _cache_path(texts)
    if path is not None and path.is_file():
        try:
            return KnowledgeBase(*pickle.loads(path.read_bytes()))
        except Exception:  # noqa: BLE001 - a damaged cache is rebuilt
            pass
    from dragoman.actors.builtin import holder_rows, office_rows, organisation_parts
    from dragoman.actors.normalize import name_key

    offices = office_rows()
    holders = frozenset(stable_id(name, offices[office][0]) for office, name, *_ in holder_rows() if office in offices)
    organisations = frozenset(name_key(n) for names, _ in organisation_parts().entries for n in names)
    kb = KnowledgeBase.build(texts, holders, organisations)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(pickle.dumps((kb._rows, kb._index, kb.first_words, kb.max_words, kb.given_names), protocol=pickle.HIGHEST_PROTOCOL))
            tmp.replace(path)
        except OSError:
            pass
    return kb
