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

from dragoman.actors.coref import TEXT, Cluster
from dragoman.actors.cues import Cue
from dragoman.actors.lexicon import Entry, Lexicon, pick
from dragoman.actors.normalize import name_key
from dragoman.actors.words import capitalised, sent_bounds

CANDIDACY = frozenset("""candidate candidacy campaign primary caucus nomination nominee bid contender
    challenger hopeful race""".split())
_MAX_WORDS = 4
# Sectors of a job, which a candidacy named beside it outranks.
OCCUPATIONS = frozenset({"EDU", "NGO", "CVL", "BUS", "MED", "REL"})


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
    parties = [(k, rows) for k, rows in parties_in(doc, lo, hi, lex)
               if not start <= k < end and _linked(doc, start, end, k)]
    names = {rows[0].name for _, rows in parties}
    rows: tuple[Entry, ...] = ()
    why = ""
    if len(names) == 1:
        k, rows = parties[0]
        why = f"text: {doc[k].text!r} tied to the name"
    elif not names and running and article_parties:
        total = sum(article_parties.values())
        best = [(name, n) for name, n in article_parties.most_common()
                if name != UNKNOWN and _of_country(_party_entries(name, lex), country, named)][:1]
        if best and best[0][1] >= 2 and 3 * best[0][1] >= 2 * total:
            rows = _party_entries(best[0][0], lex)
            why = f"text: a candidate, the article names {best[0][0]!r}"
    rows = _of_country(rows, country, named)
    entry = pick(rows, day)
    if entry is None or entry.sector not in ("PTY", "OPP"):
        return None
    state = "governs" if entry.sector == "PTY" else "does not govern"
    return entry.sector, f"{why}: {entry.name} {state} {entry.country} on the date"


def _linked(doc: Doc, start: int, end: int, k: int) -> bool:
    """The party word at ``k`` and the name doc[start:end] are one phrase: one lies under the other in the
    parse with no other person's name on the way ("X, who was a candidate in the Democratic primaries",
    "Republicans such as X", "X, among other Republicans"), not merely in one sentence."""
    root, party = doc[end - 1], doc[k]
    if _path(root, party, start, end) or _path(party, root, start, end):
        return True
    # "Other Republicans have urged ..., such as former governor X": an example of the party's members
    verb = party.head if party.dep_ in ("nsubj", "nsubjpass") else None
    return verb is not None and _path(root, verb, start, end, example=True)


_EXAMPLE = frozenset({"including", "like", "among"})


def _path(low, high, start: int, end: int, example: bool = False) -> bool:
    """``high`` is an ancestor of ``low`` with no other person's name between (and, with ``example``,
    through "such as", "including", "like" or "among")."""
    tok, steps, through = low, 0, False
    while tok.i != high.i:
        if tok.head.i == tok.i or steps >= 12:
            return False
        tok, steps = tok.head, steps + 1
        if tok.ent_type_ == "PERSON" and not start <= tok.i < end and tok.i != high.i:
            return False
        through = through or tok.lower_ in _EXAMPLE or (tok.lower_ == "as" and any(c.lower_ == "such" for c in tok.children))
    return through or not example


UNKNOWN = "?"  # a "... Party" the knowledge base does not know


def article_parties(doc: Doc, lex: Lexicon) -> Counter[str]:
    """How often the article names each party (by its canonical name; UNKNOWN for others)."""
    counts: Counter[str] = Counter()
    known = set()
    for k, rows in parties_in(doc, 0, len(doc), lex):
        counts[rows[0].name] += 1
        known.add(k)
    for tok in doc:
        if tok.lower_ == "party" and capitalised(tok) and tok.i > 0 and capitalised(doc[tok.i - 1]) \
                and not any(j in known for j in range(max(0, tok.i - 4), tok.i + 1)):
            counts[UNKNOWN] += 1
    return counts


def running_beats_job(clusters: list[Cluster]) -> None:
    """A person the article shows running for office ("the party's presidential nominee") acts as a
    politician on its date, whatever their job ("activist", "businessman") elsewhere in it."""
    for cluster in clusters:
        if cluster.kind != "person" or cluster.field("sector")[0] not in OCCUPATIONS:
            continue
        run = next((m for m in cluster.mentions if m.running and m.sector), None)
        if run is not None:
            for m in cluster.mentions:
                if m.sector in OCCUPATIONS:
                    m.sector = None
            run.strength = max(run.strength, TEXT)


def running(cue: Cue) -> bool:
    """The cue names a candidacy ("presidential nominee", "running mate")."""
    return bool(cue.title) and name_key(cue.title).split()[-1] in CANDIDACY | {"mate"}
