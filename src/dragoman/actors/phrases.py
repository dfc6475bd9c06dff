"""Actors named by a country word and a role noun, and the country and sector of organisation names.

"Russian forces", "the Chinese government", "Hong Kong protesters", "soldiers from Gondor"
(a group); "Puerto Rico Senate", "Senate of the Philippines" (an institution); "the
Chinese president", "Russia's foreign minister" with no name after them (an unnamed
office holder, later joined to a named person or to the lexicon's holder on the date).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from dragoman.actors.lexicon import Entry, Lexicon, Role
from dragoman.actors.words import (POSSESSIVE, capitalised, country_ending, describe_org, org_head, role_ending,
                                   role_starting, sent_bounds)

MODIFIERS = frozenset("""former then acting deputy first senior top chief new outgoing incoming interim caretaker
    current main largest leading central federal national regional local provincial state""".split())
_BEFORE_LINKS = frozenset({"from", "in", "of", "for"})
_GAP_STOP = frozenset({",", ".", ";", ":", "(", ")", "\"", "“", "”"})
# A state's posts abroad: "embassy in Israel" is another state's embassy, the host's country is not its own.
POSTED_ABROAD = frozenset("embassy embassies consulate consulates consulate-general mission legation ambassador "
                          "ambassadors envoy envoys".split())


@dataclass(slots=True)
class Phrase:
    """A country word with a role noun; ``kind`` is group, institution or office."""

    start: int  # tokens
    end: int
    country: str
    role: Role
    kind: str
    title: str | None
    why: str
    before: bool = False  # the role noun came first ("soldiers from Gondor")
    name: str | None = None  # for a later country of a list ("the ambassadors of A, B and C")


def _kind(role: Role, doc: Doc, start: int, stop: int) -> str:
    if role.kind == "title":
        return "office"
    if role.kind == "org":
        return "institution"
    return "group"


_STATE_INSTITUTIONS = frozenset({"JUD", "COP", "LEG", "MIL", "SPY"})
_PLACE_MODIFIERS = frozenset({"city", "district", "municipal", "county", "provincial", "regional", "local"})
PLACE_INSTITUTION_WORDS = _PLACE_MODIFIERS


def phrase_after(doc: Doc, start: int, end: int, country: str, lex: Lexicon, *, place: bool = False) -> Phrase | None:
    """A role noun after the country word doc[start:end] ("Russian forces", "Puerto Rico Senate"); after
    a city or region (``place``) only a state institution's noun ("a Moscow court", "Tbilisi city court")."""
    hi = sent_bounds(doc, start)[1]
    j = end
    if j < hi and doc[j].text in POSSESSIVE:
        j += 1
    k = j
    while k < hi and k - j < 2 and (doc[k].lower_ in MODIFIERS or doc[k].lower_ in _PLACE_MODIFIERS):
        k += 1
    for first in dict.fromkeys((j, k)):
        if first >= hi:
            continue
        tables = [lex.org_heads] if place else [lex.groups, lex.titles, lex.org_heads]
        if capitalised(doc[first]) and not place:
            tables = [lex.org_heads, lex.groups, lex.titles]  # "Puerto Rico Senate", not "the Russian army"
        for table in tables:
            hit = role_starting(doc, first, hi, table, lex.max_role_words)
            if hit is None:
                continue
            stop, role = hit
            if table is lex.org_heads and not all(capitalised(t) for t in doc[first:stop]) \
                    and (role.sector not in _STATE_INSTITUTIONS or doc[first - 1].text in POSSESSIVE):
                continue  # "a Russian court", not "a Russian company"; "Russia's court" is a group's word
            if stop < hi and table is not lex.titles and doc[stop].pos_ in ("NOUN", "PROPN") \
                    and doc[stop].ent_type_ not in ("PERSON",) and not capitalised(doc[stop]):
                continue  # "Russian government bonds": the role noun modifies another noun
            if stop < hi and table is lex.titles and doc[stop].pos_ == "NOUN" and not capitalised(doc[stop]) \
                    and doc[stop - 1].dep_ in ("compound", "amod") and doc[stop - 1].head.i >= stop:
                continue  # "the German migrant rescue charity", "the US president election": a modifier
            if table is lex.org_heads:
                stop = _org_tail(doc, stop, hi)
            kind = _kind(role, doc, first, stop)
            title = (role.title or doc[first:stop].text.title()) if kind == "office" else None
            return Phrase(start, stop, country, role, kind, title, f"text: {doc[start:stop].text!r}")
    return None


def _org_tail(doc: Doc, stop: int, hi: int) -> int:
    """Extend "House" to "House of Representatives" (capitalised words after "of")."""
    if stop + 1 < hi and doc[stop].lower_ == "of" and capitalised(doc[stop + 1]):
        stop += 1
        while stop < hi and capitalised(doc[stop]):
            stop += 1
    return stop


def phrase_before(doc: Doc, start: int, end: int, country: str, lex: Lexicon) -> Phrase | None:
    """A role noun before "from/in/of (the) <country>" ("soldiers from Gondor", "Senate of the Philippines")."""
    lo = sent_bounds(doc, start)[0]
    if _starts_org_name(doc, start, end, lex):
        return None  # "President of the Gondorian Chess Federation": the federation's office, not the state's
    j = start
    if j > lo and doc[j - 1].lower_ == "the":
        j -= 1
    listed = False
    while j > lo and doc[j - 1].lower_ in (",", "and", "or"):  # "... of Arnor, Osgiliath and Gondor"
        k = j - 1
        while k > lo and doc[k - 1].lower_ in (",", "and", "or"):
            k -= 1
        hit = country_ending(doc, k, max(lo, k - 4), lex)
        if hit is None:
            return None
        j, listed = hit[0], True
        if j > lo and doc[j - 1].lower_ == "the":
            j -= 1
    if j <= lo or doc[j - 1].lower_ not in _BEFORE_LINKS:
        return None
    link = doc[j - 1].lower_
    j -= 1
    for table in (lex.org_heads, lex.groups, lex.titles):
        hit = role_ending(doc, j, lo, table, lex.max_role_words)
        if hit is None:
            continue
        first, role = hit
        if link == "in" and doc[j - 1].lower_ in POSTED_ABROAD:
            return None  # "its embassy in Israel": the host state is not the embassy's
        if table is lex.org_heads:
            if link != "of" or not capitalised(doc[first]):
                continue
            while first > lo and capitalised(doc[first - 1]) and doc[first - 1].lower_ != "the":
                first -= 1  # "Supreme Court of Puerto Rico"
        if first > lo and doc[first - 1].text in POSSESSIVE:
            return None  # "Taiwan's legislature of ..." belongs to the earlier word
        kind = _kind(role, doc, first, j)
        title = (role.title or doc[first:j].text.title()) if kind == "office" else None
        if listed:
            name = f"{doc[first:j + 1].text} {doc[start:end].text}"
            return Phrase(start, end, country, role, kind, title, f"text: {name!r} (a list)", before=True, name=name)
        return Phrase(first, end, country, role, kind, title, f"text: {doc[first:end].text!r}", before=True)
    return None


def _starts_org_name(doc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """The country word doc[start:end] opens a longer capitalised name with an organisation's head word
    ("the Iranian Chess Federation", "the Arnor Football Association")."""
    hi = min(sent_bounds(doc, start)[1], end + 6)
    k = end
    while k < hi and capitalised(doc[k]) and doc[k].ent_type_ != "PERSON":
        k += 1
    return k > end and org_head(doc[end:k], lex) is not None


def org_country_before(doc: Doc, start: int, lex: Lexicon) -> tuple[int, str] | None:
    """A country word or capital shortly before an organisation's name ("Taiwan's", "Berlin non-profit")."""
    lo = max(sent_bounds(doc, start)[0], start - 5)
    j = start
    if j > lo and doc[j - 1].text in POSSESSIVE:
        j -= 1
    while j > lo:
        hit = country_ending(doc, j, lo, lex, capitals=True)
        if hit is not None:
            return hit[0], hit[1]
        tok = doc[j - 1]
        if tok.text in _GAP_STOP or tok.pos_ in ("VERB", "AUX", "ADP", "DET", "PRON") or capitalised(tok):
            return None
        j -= 1
    return None


def organisation(span: Span, lex: Lexicon) -> tuple[Entry, int, list[str]]:
    """An ORG entity the lexicon does not know: (description, start token with a leading country word, why)."""
    entry = describe_org(span, lex)
    why = []
    start = span.start
    if entry.sector:
        why.append(f"text: organisation name {span.text!r} ({entry.sector} head word)")
    if entry.country is None and entry.sector != "IGO":
        hit = org_country_before(span.doc, span.start, lex)
        if hit is not None:
            entry = Entry(entry.name, entry.kind, hit[1], entry.sector, source="text")
            why.append(f"text: {span.doc[hit[0]:span.start].text!r} before the name")
            if hit[0] == span.start - 1 and span.doc[hit[0]].ent_type_ == "NORP":
                start = hit[0]  # "Turkish Ministry of Foreign Affairs": the adjective is part of the name
    elif entry.country:
        why.append("text: country word in the name")
    return entry, start, why


_SPECIFIC = ("MED", "NGO", "EDU", "REL", "REB", "CRM", "MIL", "COP", "JUD", "LEG", "PTY", "SPY", "IGO")


def described_as(doc: Doc, start: int, end: int, lex: Lexicon) -> tuple[str, str] | None:
    """The sector of "X is the largest broadcasting company": a specific head word in the predicate."""
    root = doc[end - 1]
    for k in range(start, end):
        if doc[k].head.i < start or doc[k].head.i >= end:
            root = doc[k]
            break
    if root.dep_ != "nsubj" or root.head.lemma_ != "be":
        return None
    for attr in root.head.children:
        if attr.dep_ != "attr":
            continue
        words = [t for t in attr.subtree if t.i >= attr.i - 4 and t.i <= attr.i]
        found = [lex.org_heads.get(t.lower_) for t in words]
        for role in found:
            if role is not None and role.sector in _SPECIFIC:
                return role.sector, f"text: described as {doc[words[0].i:attr.i + 1].text!r}"
    return None
