"""A politician's standing on the article's date when the text gives only a past office or a candidacy.

"former New Jersey governor X" among "other Republicans", "X, formerly the mayor of ...", "X, who was a
candidate in the Democratic primaries": the office is past, so the party decides, through the
knowledge base's governing periods (``world/*.parties.tsv``): a party that governs the person's country
on the date makes a party politician (PTY), any other an opposition one (OPP). The party is the one the
sentence names, else, for a candidate, the one the article names most.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from spacy.tokens import Doc

from dragoman.actors.lexicon import Entry, Lexicon, pick
from dragoman.actors.normalize import name_key
from dragoman.actors.words import capitalised, sent_bounds

CANDIDACY = frozenset("""candidate candidacy campaign primary caucus nomination nominee bid contender
    challenger hopeful race""".split())
_MAX_WORDS = 4


def _party_entries(text: str, lex: Lexicon) -> tuple[Entry, ...]:
    """Dated party rows for a name or an adjective ("Democratic", "Republicans", "Labour")."""
    key = name_key(text)
    for k in (key, key + " party", key.removesuffix("s"), key + "s"):
        found = tuple(e for e in lex.kb.lookup(k) if e.source.endswith("parties.tsv"))
        if found:
            return found
    return ()


def parties_in(doc: Doc, start: int, end: int, lex: Lexicon) -> list[tuple[int, tuple[Entry, ...]]]:
    """The parties named in doc[start:end]: (token, rows)."""
    found: list[tuple[int, tuple[Entry, ...]]] = []
    i = start
    while i < end:
        if not capitalised(doc[i]) or doc[i].ent_type_ == "PERSON":
            i += 1
            continue
        for n in range(min(_MAX_WORDS, end - i), 0, -1):
            if not capitalised(doc[i + n - 1]) and doc[i + n - 1].lower_ != "party":
                continue
            rows = _party_entries(doc[i:i + n].text, lex)
            if rows:
                found.append((i, rows))
                i += n
                break
        else:
            i += 1
    return found


def _of_country(rows: tuple[Entry, ...], country: str | None, named: Counter[str]) -> tuple[Entry, ...]:
    countries = {e.country for e in rows}
    if country is not None:
        return tuple(e for e in rows if e.country == country)
    ranked = [c for c, _ in named.most_common() if c in countries]
    if len(countries) == 1:
        return rows if ranked else ()
    return tuple(e for e in rows if e.country == ranked[0]) if ranked else ()


def standing(doc: Doc, start: int, end: int, lex: Lexicon, day: dt.date | None, country: str | None,
             named: Counter[str], article_parties: Counter[str] | None) -> tuple[str, str] | None:
    """(PTY|OPP, why) for a person whose office the text gives as past or who is a candidate, else None."""
    if day is None:
        return None
    lo, hi = sent_bounds(doc, start)
    running = any(doc[k].lemma_.lower() in CANDIDACY for k in range(lo, hi))
    parties = [(k, rows) for k, rows in parties_in(doc, lo, hi, lex) if not start <= k < end]
    names = {rows[0].name for _, rows in parties}
    rows: tuple[Entry, ...] = ()
    why = ""
    if len(names) == 1:
        k, rows = parties[0]
        why = f"text: {doc[k].text!r} in the sentence"
    elif not names and running and article_parties:
        best = [(name, n) for name, n in article_parties.most_common()
                if _of_country(_party_entries(name, lex), country, named)][:2]
        if len(best) == 1 or (best and best[0][1] > best[1][1]):
            rows = _party_entries(best[0][0], lex)
            why = f"text: a candidate, the article names {best[0][0]!r}"
    rows = _of_country(rows, country, named)
    entry = pick(rows, day)
    if entry is None or entry.sector not in ("PTY", "OPP"):
        return None
    state = "governs" if entry.sector == "PTY" else "does not govern"
    return entry.sector, f"{why}: {entry.name} {state} {entry.country} on the date"


def article_parties(doc: Doc, lex: Lexicon) -> Counter[str]:
    """How often the article names each party (by its canonical name)."""
    counts: Counter[str] = Counter()
    for _, rows in parties_in(doc, 0, len(doc), lex):
        counts[rows[0].name] += 1
    return counts
