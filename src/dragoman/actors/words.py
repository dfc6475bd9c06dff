"""Matching lexicon phrases at a token position: titles, country words, organisations.

Every matcher looks at a handful of n-grams ending or starting at one token and asks
the lexicon's dictionaries; nothing here walks a whole document.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from dragoman.actors.lexicon import Entry, Lexicon, Role
from dragoman.actors.normalize import is_garbled, name_key
from dragoman.columns import columns

# "Vice President", "Deputy Minister": a title so prefixed is not what "the president", "the minister" refers to.
RANK_PREFIXES = frozenset({"vice", "deputy", "former", "acting", "assistant", "under", "associate", "lieutenant"})

POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_HYPHENS = frozenset({"-", "‐", "‑"})
_NAME_PUNCT = frozenset({"-", "‐", "‑", ",", "&", "'", "’", "."})
# Words that break the link between an organisation's head word and what follows it.
_ORG_TAIL = frozenset({"of", "on", "for", "against", "in"})


def capitalised(token) -> bool:
    return capitalised_text(token.text)


@lru_cache(maxsize=65536)
def capitalised_text(text: str) -> bool:
    return bool(text) and text[0].isupper() and not is_garbled(text)


def sent_bounds(doc: Doc, i: int) -> tuple[int, int]:
    if doc.has_annotation("SENT_START"):
        return columns(doc).sent_bounds(i)
    return 0, len(doc)


def words_key(doc: Doc, start: int, end: int, *, names: bool = False) -> str | None:
    """The key of doc[start:end], or None when punctuation breaks it (names allow inner commas)."""
    if start >= end:
        return None
    cols = columns(doc)
    return name_key(cols.span_text(start, end)) if _unbroken(cols, start, end, names) else None


def _unbroken(cols, start: int, end: int, names: bool) -> bool:
    """Whether no punctuation breaks tokens start..end-1 (as ``words_key`` asks)."""
    allowed = _NAME_PUNCT if names else _HYPHENS
    punct, text = cols.punct, cols.text
    for k in range(start, end):
        if punct[k] and (text[k] not in allowed or (names and k in (start, end - 1))):
            return False
    return True


def span_text(doc: Doc, start: int, end: int) -> str | None:
    """The text of doc[start:end] for a name lookup (case kept: "WHO" is not "Who"), or None when
    punctuation breaks it, as ``words_key(names=True)``."""
    if start >= end:
        return None
    cols = columns(doc)
    return cols.span_text(start, end) if _unbroken(cols, start, end, True) else None


_EDGES: dict[int, tuple[dict, set[str]]] = {}


def lex_edges(table: dict[str, Role]) -> set[str]:
    """First and last words of a role table's phrases (computed once per table)."""
    cached = _EDGES.get(id(table))  # the cache holds the table, so its id cannot be reused
    if cached is None or cached[0] is not table:
        edges: set[str] = set()
        for key in table:
            words = key.split() or [""]
            edges.update((words[0], words[-1], words[0].split("-")[0], words[-1].split("-")[-1], words[-1] + "s"))
        cached = (table, edges)
        _EDGES[id(table)] = cached
    return cached[1]


def role_ending(doc: Doc, end: int, lo: int, table: dict[str, Role], max_words: int,
                plural: bool = False) -> tuple[int, Role] | None:
    """The longest role phrase in ``table`` that ends at token ``end`` (exclusive): (start, role)."""
    if end <= lo:
        return None
    text = columns(doc).text
    if name_key(text[end - 1]) not in lex_edges(table):
        return None
    for n in range(min(max_words, end - lo), 0, -1):
        if text[end - n].lower() == "the":
            continue
        key = words_key(doc, end - n, end) or ""
        role = table.get(key)
        if role is None and plural and key.endswith("s"):
            role = table.get(key[:-1])
        if role is not None:
            return end - n, role
    return None


def role_starting(doc: Doc, start: int, hi: int, table: dict[str, Role], max_words: int) -> tuple[int, Role] | None:
    """The longest role phrase in ``table`` that starts at token ``start``: (end, role)."""
    if start >= hi:
        return None
    text = columns(doc).text
    if text[start].lower() == "the" or name_key(text[start]) not in lex_edges(table):
        return None
    for n in range(min(max_words, hi - start), 0, -1):
        if text[start + n - 1] in POSSESSIVE:
            continue  # "government 's" keys as "government": the owner ends before its "'s"
        role = table.get(words_key(doc, start, start + n) or "")
        if role is not None:
            return start + n, role
    return None


def country_ending(doc: Doc, end: int, lo: int, lex: Lexicon, capitals: bool = False) -> tuple[int, str] | None:
    """A capitalised country name or adjective (or capital) ending at token ``end``: (start, code)."""
    text = columns(doc).text
    for n in range(min(4, end - lo), 0, -1):
        if not capitalised_text(text[end - n]):
            continue
        key = words_key(doc, end - n, end) or ""
        code = lex.country_of_word(key) or ((lex.capitals.get(key) or lex.places.get(key)) if capitals else None)
        if code:
            return end - n, code
        if n >= 2 and key in lex.places:
            return None  # "New Jersey": a place whose last word is a country's name is not that country
    return None


def country_starting(doc: Doc, start: int, hi: int, lex: Lexicon) -> tuple[int, str] | None:
    """A capitalised country name or adjective starting at token ``start``: (end, code)."""
    if start >= hi:
        return None
    text = columns(doc).text
    if not capitalised_text(text[start]):
        return None
    first = name_key(text[start])
    if first not in lex.country_first and first.split("-")[0] not in lex.country_first:
        return None
    for n in range(min(4, hi - start), 0, -1):
        code = lex.country_of_word(words_key(doc, start, start + n) or "")
        if code:
            if start > 0 and capitalised_text(text[start - 1]) and (words_key(doc, start - 1, start + n) or "") in lex.places:
                return None  # "Mexico" in "New Mexico"
            return start + n, code
    return None


def place_starting(doc: Doc, start: int, hi: int, lex: Lexicon) -> tuple[int, str] | None:
    """A country word, or a capital, city or region (``lex.places``) starting at ``start``: (end, code)."""
    hit = country_starting(doc, start, hi, lex)
    return hit if hit is not None else local_place_starting(doc, start, hi, lex)


def local_place_starting(doc: Doc, start: int, hi: int, lex: Lexicon) -> tuple[int, str] | None:
    """``place_starting`` where no country word starts at ``start``: a capital, city or region."""
    if start >= hi:
        return None
    text = columns(doc).text
    if not capitalised_text(text[start]):
        return None
    for n in range(min(4, hi - start), 0, -1):
        if not capitalised_text(text[start + n - 1]):
            continue
        key = words_key(doc, start, start + n) or ""
        code = lex.capitals.get(key) or lex.places.get(key)
        if code:
            return start + n, code
    return None


def _known_org(doc: Doc, start: int, end: int, lex: Lexicon) -> Entry | None:
    """The organisation a lexicon name stands for; None when the name is an organisation in several
    countries ("Labour"): the cue then says nothing rather than a wrong country."""
    orgs = [e for e in lex.entries(span_text(doc, start, end) or "") if e.kind == "organization"]
    if len({e.country for e in orgs}) > 1:
        return None
    if orgs and orgs[0].source.endswith("parties.tsv") and orgs[0].country not in named_countries(doc, lex):
        return None  # a party is known by its name alone only in its own country's news
    return orgs[0] if orgs else None


def named_countries(doc: Doc, lex: Lexicon) -> frozenset[str]:
    """The countries the text names (names, adjectives), found once per text."""
    found = doc.user_data.get(_NAMED)
    if found is None:
        codes: set[str] = set()
        i, n = 0, len(doc)
        text = columns(doc).text
        while i < n:
            hit = country_starting(doc, i, n, lex) if capitalised_text(text[i]) else None
            if hit is None:
                i += 1
                continue
            codes.add(hit[1])
            i = hit[0]
        found = doc.user_data[_NAMED] = frozenset(codes)
    return found


_NAMED = "dragoman.named_countries"


# Sectors a word before a company's head word can name ("Broadcasting", "Publishing", "University").
TRADE_SECTORS = frozenset({"MED", "EDU", "REL"})
# Words before "House" that make it a legislative chamber ("Lower House", "State House").
_CHAMBER_WORDS = frozenset("lower upper state federal national legislative representatives assembly".split())
# A generic head word's sector, and the sectors a word before it may name instead.
SPECIFIC = {"BUS": TRADE_SECTORS, "GOV": frozenset({"COP", "MIL", "SPY"})}


def org_head(span: Span, lex: Lexicon) -> tuple[Role, int] | None:
    """The head word of an organisation name (before "of/on/for"): (role, token index)."""
    doc = span.doc
    cut = next((k for k in range(span.start + 1, span.end) if doc[k].lower_ in _ORG_TAIL), span.end)
    for end in [*range(cut, span.start, -1), *range(span.end, cut, -1)]:
        hit = role_ending(doc, end, span.start, lex.org_heads, lex.max_role_words)
        if hit is not None and not (span.end - span.start == 1 and span.text.isupper()):  # "INC" is a name
            return hit[1], hit[0]
    return None


def describe_org(span: Span, lex: Lexicon) -> Entry:
    """An organisation as the text names it: sector from its head word, country from a country word in it."""
    head = org_head(span, lex)
    country = None
    for k in range(span.start, span.end):
        c = country_starting(span.doc, k, span.end, lex)
        if c:
            country = c[1]
            break
    if country is None:  # "Beijing Gender Health Education Institute"
        for k in range(span.start, span.end):
            hit = country_ending(span.doc, k + 1, span.start, lex, capitals=True)
            if hit:
                country = hit[1]
                break
    sector = head[0].sector if head else None
    if head and head[0].phrase == "house" and head[1] > span.start and country is None \
            and span.doc[head[1] - 1].lower_ not in _CHAMBER_WORDS:
        sector = None  # "Terrace House", "Random House": a chamber only as "the House", "Lower House", "X's House"
    if head and sector in SPECIFIC:  # "American Broadcasting Company", "County Police Department": the
        trade = (lex.org_heads.get(t.lower_) for t in span.doc[span.start:head[1]])  # word before says more
        sector = next((r.sector for r in trade if r is not None and r.sector in SPECIFIC[sector]), sector)
    parent = _parent_org(span, lex)
    if parent is not None:  # "Johns Hopkins Center for ...": a unit of a known organisation
        country = country or parent.country
        sector = sector if sector not in (None, "NGO") or parent.sector is None else parent.sector
    if country is None and sector == "MED" and head and head[1] > span.start:
        country = lex.media_brand(span.doc[span.start].text)  # "BBC Persian": a brand of BBC News
    if head is None and parent is None:
        country = None  # "London Pride", "Tomsk in Siberia": a place's name in what may be no organisation
    if sector in ("NGO", None) and head and any(t.lower_ in _SCHOLARLY or t.lower_.endswith(_DISCIPLINE) for t in span):
        sector = "EDU"  # "Institute for Economic Research", "Center for Systems Science and Engineering"
    return Entry(span.text, "organization", None if sector == "IGO" else country, sector, source="text")


def _parent_org(span: Span, lex: Lexicon) -> Entry | None:
    """A known organisation whose name begins a longer one ("Harvard Kennedy School", "Johns Hopkins Center
    for ..."); one-word names only from the written knowledge base, not the converted dictionaries."""
    doc = span.doc
    for n in range(min(lex.max_name_words, span.end - span.start - 1), 0, -1):
        if not capitalised(doc[span.start + n - 1]):
            continue
        entry = _known_org(doc, span.start, span.start + n, lex)
        if entry is not None and (n >= 2 or not entry.source.startswith("kb/")):
            return entry
        if doc[span.start + n].lower_ != "university":  # "Johns Hopkins" for Johns Hopkins University
            found = [e for e in lex.entries(doc[span.start:span.start + n].text + " University") if e.kind == "organization"]
            if len({e.country for e in found}) == 1:
                return found[0]
    return None


# Words that make an institute or centre a research body (EDU) rather than an advocacy group (NGO).
_SCHOLARLY = frozenset("research science sciences studies study scientific academic economics engineering aerospace space".split())
_DISCIPLINE = ("ology", "ologies", "metrics", "physics", "istry", "onomy", "ography", "matics", "netics", "istics")  # "Evolutionary Anthropology"


def _ent_start(doc: Doc, end: int) -> int | None:
    """The start of the ORG entity whose last token is doc[end - 1], if any."""
    tok = doc[end - 1]
    if tok.ent_type_ != "ORG" or (end < len(doc) and doc[end].ent_iob_ == "I"):
        return None
    k = end - 1
    while k > 0 and doc[k].ent_iob_ == "I":
        k -= 1
    return k


def org_ending(doc: Doc, end: int, lo: int, lex: Lexicon) -> tuple[int, Entry] | None:
    """An organisation ending at token ``end``: a lexicon name, an ORG entity, or a capitalised head word."""
    if end <= lo:
        return None
    for n in range(min(lex.max_name_words, end - lo), 0, -1):
        if capitalised(doc[end - n]):
            entry = _known_org(doc, end - n, end, lex)
            if entry is not None:
                return end - n, entry
    start = _ent_start(doc, end)
    if start is not None and start >= lo:
        if doc[start].lower_ == "the":
            start += 1
        if start < end:
            return start, describe_org(doc[start:end], lex)
    if capitalised(doc[end - 1]):
        hit = role_ending(doc, end, lo, lex.org_heads, lex.max_role_words)
        if hit is not None and all(capitalised(t) for t in doc[hit[0]:end]):
            first = hit[0]
            country = country_ending(doc, first, lo, lex)
            if country:
                first = country[0]
            return first, Entry(doc[first:end].text, "organization", country[1] if country else None, hit[1].sector,
                                source="text")
    return None


def org_starting(doc: Doc, start: int, hi: int, lex: Lexicon) -> tuple[int, Entry] | None:
    """An organisation starting at token ``start``: a lexicon name or an ORG entity."""
    if start >= hi:
        return None
    first = start + 1 if doc[start].lower_ == "the" else start
    if first >= hi or not capitalised(doc[first]):
        return None
    ent_end = None
    if doc[first].ent_type_ == "ORG":
        ent_end = first + 1
        while ent_end < hi and doc[ent_end].ent_iob_ == "I":
            ent_end += 1
    for n in range(min(lex.max_name_words, hi - first), 0, -1):
        if ent_end is not None and first + n < ent_end:
            break  # a known name inside a longer organisation's name ("Youth" in "Youth Forum Zimbabwe")
        entry = _known_org(doc, first, first + n, lex)
        if entry is not None:
            return first + n, entry
    if ent_end is not None:
        return ent_end, describe_org(doc[first:ent_end], lex)
    end = first  # a capitalised run with an organisation head word the model did not tag
    while end < hi and end - first < 6 and capitalised(doc[end]) and doc[end].ent_type_ in ("", "GPE", "ORG"):
        end += 1
    if end - first >= 2 and org_head(doc[first:end], lex) is not None:
        return end, describe_org(doc[first:end], lex)
    return None


@lru_cache(maxsize=1)
def headline_verbs() -> frozenset[str]:
    """Verbs that headlines glue to a name in title case ("Ben Carson Defends ..."): the quotes stage's
    speech and report cues and the event lexicon's hand-written verbs, as lemmas."""
    from dragoman.events.lexicon import load_lexicon as event_lexicon
    from dragoman.quotes.lexicon import load_lexicon as cue_lexicon

    cues = cue_lexicon()
    return frozenset(cues.speech | cues.indirect | cues.intent | frozenset(cues.characterise)) \
        | frozenset(lemma for lemma in event_lexicon(converted=False).verbs if lemma.isalpha())


@lru_cache(maxsize=1)
def event_verbs() -> frozenset[str]:
    """Lemmas that head an event lexicon entry (hand-written and converted) or mean arriving somewhere."""
    from dragoman.events.lexicon import load_lexicon as event_lexicon

    return event_lexicon().heads | frozenset({"arrive", "land", "travel", "fly", "return", "go", "come"})


def _verb_stems(low: str) -> tuple[str, ...]:
    """Lemmas a title-case verb form may have: "Defends", "Blasts", "Denies", "Announced", "Stopped"; a past
    form only with a stem of five letters or more, so that names such as "Sayed" or "Reed" stay whole."""
    if low.endswith("ies"):
        return (low[:-3] + "y",)
    if low.endswith("s"):
        return (low[:-1], low[:-2]) if low.endswith("es") else (low[:-1],)
    stems = (low[:-1], low[:-2], low[:-3]) if len(low) > 4 and low[-3] == low[-4] else (low[:-1], low[:-2])
    return tuple(s for s in (*stems, low[:-3] + "y" if low.endswith("ied") else "") if len(s) >= 5)


def headline_verb_at(doc: Doc, start: int, end: int, lex: Lexicon) -> int | None:
    """The first token after ``start`` in doc[start:end] that is a title-case headline verb ("Says",
    "Blasts", "Defends"), not a word of organisation names ("Forces", "Affairs"): where a glued name ends."""
    verbs = headline_verbs()
    for k in range(start + 1, end):
        word = doc[k].text
        if not word[:1].isupper() or not word.endswith(("s", "ed")) or name_key(word) in lex.org_heads \
                or name_key(word) in lex.groups or (k + 1 < len(doc) and doc[k + 1].lower_ in ("of", "for")):
            continue
        if not any(stem in verbs for stem in _verb_stems(word.lower())):
            continue
        if country_ending(doc, k + 1, start, lex) is not None or any(lex.entries(doc[j:k + 1].text)
                                                                     for j in range(start, k)):
            continue  # "United States", a known name: no verb
        return k
    return None
