"""Importer for PETRARCH/TABARI/Phoenix actor and agent dictionaries, and CAMEO-style actor codes.

Actor files list a name (words joined by ``_``), ``+`` synonym lines and codes in brackets,
optionally date-restricted: ``[AFGGOV >011222]``, ``[HOB <950601]``, ``[IGOUNO 970101-061231]``.
A name without a trailing ``_`` also matches longer words (``ARGENTIN`` -> "Argentina").
Agent files map common nouns to codes: ``FOREIGN_MINISTER [~GOVFRM]`` (a suffix added to a
country's code) or ``MSF [NGO~]`` (a prefix), with ``!MACRO! = A, B`` substitutions and
``{PLURAL}`` forms.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from pathlib import Path

from dragoman.actors.lexicon import Entry, LexiconParts, Role
from dragoman.records import Actor

# CAMEO/Phoenix three-letter role codes -> dragoman sectors.
CAMEO_SECTORS = {
    **{s: s for s in "GOV LEG JUD MIL COP SPY PTY OPP REB IGO NGO MED BUS EDU REL CVL CRM".split()},
    "ELI": "GOV", "MOP": "OPP", "PRO": "CVL", "CIV": "CVL", "REF": "CVL", "LAB": "CVL", "AGR": "CVL",
    "HLH": "CVL", "HRI": "NGO", "ENV": "NGO", "NGM": "NGO", "UAF": "REB", "INS": "REB", "SEP": "REB",
    "IMG": "REB", "MNC": "BUS", "CHR": "REL", "MUS": "REL", "JEW": "REL", "BUD": "REL", "HIN": "REL",
    "BAH": "REL", "SHI": "REL", "SUN": "REL", "CTH": "REL", "ORT": "REL", "CPT": "REL", "MOS": "REL",
}
# Codes that stand first and are not a country.
_TRANSNATIONAL = {"IGO": "IGO", "NGO": "NGO", "NGM": "NGO", "IMG": "REB", "MNC": "BUS"}
_BRACKET = re.compile(r"\[([^\]]*)\]")
_MACRO = re.compile(r"^\s*!(\w+)!\s*=\s*(.+)$")
_NULL_CODES = {"---", "+++", ""}


def _strip_comment(line: str) -> str:
    if line.lstrip().startswith("<!") or "-->" in line:
        return ""
    return line.split("#", 1)[0].rstrip()


def _pdate(text: str) -> dt.date | None:
    digits = text.strip()
    try:
        if len(digits) == 8:
            return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
        if len(digits) == 6:
            yy = int(digits[:2])
            return dt.date(2000 + yy if yy < 30 else 1900 + yy, int(digits[2:4]), int(digits[4:]))
    except ValueError:
        return None
    return None


def parse_code(body: str) -> tuple[str, dt.date | None, dt.date | None] | None:
    """``"AFGGOV >011222"`` -> ("AFGGOV", 2001-12-22, None); None for null codes or bad dates."""
    body = body.strip()
    match = re.match(r"^([A-Za-z0-9~/]*+)\s*+(.*)$", body)  # possessive: the code is never re-split
    if not match:
        return None
    code, restriction = match.group(1).upper(), match.group(2).replace(" ", "")
    if code.split("/")[0] in _NULL_CODES:
        return None
    start = end = None
    if restriction.startswith("<"):
        end = _pdate(restriction[1:])
        if end is None:
            return None
    elif restriction.startswith(">"):
        start = _pdate(restriction[1:])
        if start is None:
            return None
    elif "-" in restriction:
        a, b = restriction.split("-", 1)
        start, end = _pdate(a), _pdate(b)
        if start is None or end is None:
            return None
    return code, start, end


def split_code(code: str) -> tuple[str | None, str | None, bool]:
    """A CAMEO actor code -> (country, sector, is_bare_state): "GONGOV" -> ("GON", "GOV", False)."""
    chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
    if not chunks:
        return None, None, False
    if chunks[0] in _TRANSNATIONAL:
        return None, _TRANSNATIONAL[chunks[0]], False
    sectors = [CAMEO_SECTORS[c] for c in chunks[1:] if c in CAMEO_SECTORS]
    if len(chunks) == 1:
        if chunks[0] in CAMEO_SECTORS:  # "[ELI]": a role with no country
            return None, CAMEO_SECTORS[chunks[0]], False
        return chunks[0], "GOV", True
    return chunks[0], sectors[0] if sectors else None, False


_SMALL = frozenset({"THE", "OF", "AND", "FOR", "AL", "EL", "DE", "BIN", "VAN", "VON", "DA", "DI", "LA", "LE"})


def _pretty(raw: str) -> str:
    """ "KOFI_ANNAN" -> "Kofi Annan"; short capitals stay ("UN", "U.S."), small words go lower."""
    out = []
    for i, word in enumerate(raw.replace("_", " ").split()):
        if any(c.islower() for c in word):
            out.append(word)
        elif word in _SMALL:
            out.append(word.lower() if i else word.capitalize())
        elif len(word.strip(".")) <= 3 or "." in word:
            out.append(word)
        else:
            out.append("-".join(part.capitalize() for part in word.split("-")))
    return " ".join(out)


def actor_blocks(path: Path) -> list[tuple[list[str], list[str], str]]:
    """The blocks of an actor dictionary: (names with ``_``, bracketed code bodies, comment text)."""
    blocks: list[tuple[list[str], list[str], str]] = []
    for raw in path.read_text("utf-8", errors="replace").splitlines():
        line = _strip_comment(raw)
        comment = raw.split("#", 1)[1] if "#" in raw else ""
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("+") and blocks:
            name = _BRACKET.split(stripped[1:])[0].strip()
            blocks[-1][0].append(name)
            blocks[-1][1].extend(_BRACKET.findall(stripped))
        elif stripped.startswith("[") and blocks:
            blocks[-1][1].extend(_BRACKET.findall(stripped))
            blocks[-1] = (blocks[-1][0], blocks[-1][1], blocks[-1][2] + comment)
        else:
            name = stripped.split("[", 1)[0].strip()
            blocks.append(([name] if name else [], _BRACKET.findall(stripped), comment))
    return blocks


def read_actors(path: Path) -> LexiconParts:
    """A PETRARCH/Phoenix actor dictionary as lexicon parts."""
    part = LexiconParts()
    source = f"user dictionary {path.name}"
    for names, codes, _ in actor_blocks(path):
        names = [n for n in names if n.strip("_ ")]
        if not names:
            continue
        display = _pretty(names[0].strip("_ "))
        for body in codes:
            parsed = parse_code(body)
            if parsed is None:
                continue
            code, start, end = parsed
            country, sector, bare = split_code(code.split("/")[0])  # "FRO/BIL/SAM": the first leads
            entry = Entry(display, "state" if bare else None, country, sector, start=start, end=end, source=source,
                          code=code)
            part.entries.append(([n.strip("_ ").replace("_", " ") for n in names], entry))
            for name in names:
                words = name.strip().replace("_", " ").split()
                if len(words) == 1 and not name.rstrip().endswith("_") and len(words[0]) >= 4:
                    part.stems.append((words[0], entry))
    return part


def _expand(phrase: str, macros: dict[str, list[str]]) -> list[str]:
    pieces = re.split(r"!(\w+)!", phrase)
    options = [[p] if i % 2 == 0 else macros.get(p, [p]) for i, p in enumerate(pieces)]
    return ["".join(combo) for combo in itertools.product(*options)]


def read_agents(path: Path) -> LexiconParts:
    """A PETRARCH/Phoenix agent dictionary as roles (titles and their plural group nouns)."""
    part = LexiconParts()
    source = f"user dictionary {path.name}"
    macros: dict[str, list[str]] = {}
    for raw in path.read_text("utf-8", errors="replace").splitlines():
        line = _strip_comment(raw)
        macro = _MACRO.match(line)
        if macro:
            macros[macro.group(1)] = [w.strip() for w in macro.group(2).split(",") if w.strip()]
            continue
        codes = _BRACKET.findall(line)
        if not codes:
            continue
        code = codes[0].strip().upper()
        body = code.replace("~", "")
        sector = CAMEO_SECTORS.get(body[:3])
        if sector is None:
            continue
        head = line.split("[", 1)[0]
        plural_match = re.search(r"\{([^}]*)\}", head)
        phrase = re.sub(r"\{[^}]*\}", "", head).strip()
        for form in _expand(phrase, macros):
            words = form.replace("_", " ").split()
            if not words:
                continue
            singular = " ".join(words).lower()
            part.roles.append(Role(singular, sector, "title", singular.title(), source=source, code=code))
            if plural_match is not None:
                plural = plural_match.group(1).replace("_", " ").strip().lower()
            else:
                plural = _plural(singular)
            if plural:
                part.roles.append(Role(plural, sector, "group", None, source=source, code=code))
    return part


def _plural(phrase: str) -> str:
    """English plural of a phrase's last word, as PETRARCH forms it ("militiaman" -> "militiamen")."""
    if phrase.endswith("man"):
        return phrase[:-3] + "men"
    if phrase.endswith(("s", "x", "ch", "sh")):
        return phrase + "es"
    if phrase.endswith("y") and phrase[-2:-1] not in ("a", "e", "i", "o", "u"):
        return phrase[:-1] + "ies"
    return phrase + "s"


def holds_no_actors(path: Path) -> bool:
    """Verb dictionaries (``&SYNSET`` blocks, numeric event codes) and issue codings hold no actors."""
    head = path.read_text("utf-8", errors="replace")[:50000]
    if "<ISSUE" in head:
        return True
    codes = [c.split()[0] for c in _BRACKET.findall(head) if c.split()]
    numeric = sum(c.strip("-:").isdigit() for c in codes)
    return "\n&" in head or bool(codes and numeric > len(codes) / 2)


def looks_like_agents(path: Path) -> bool:
    """Agent files use ``[~CODE]`` / ``[CODE~]``; actor files do not."""
    head = path.read_text("utf-8", errors="replace")[:20000]
    return "~" in "".join(_BRACKET.findall(head))


_WHY_CODE = re.compile(r"\[([A-Z0-9~/]{3,})\]")


def actor_codes(actor: Actor) -> set[str]:
    """CAMEO-style codes an actor carries: its dictionary codes (recorded in ``why``; an agent's
    ``~GOVFRM`` joins the actor's country: ``ARNGOVFRM``) and one derived from country and sector
    (a state: its country; an IGO: "IGO"; otherwise country + sector)."""
    codes = set()
    for why in getattr(actor, "why", None) or ():
        for found in _WHY_CODE.findall(why):
            for code in found.split("/"):
                if code.startswith("~"):
                    codes.add((actor.country or "") + code[1:])
                elif code.endswith("~"):
                    codes.add(code[:-1] + (actor.country or ""))
                elif code:
                    codes.add(code)
    if actor.kind == "state" and actor.country:
        codes.add(actor.country)
    elif actor.country:
        codes.add(actor.country + (actor.sector or ""))
    elif actor.sector:
        codes.add(actor.sector)
    return codes
