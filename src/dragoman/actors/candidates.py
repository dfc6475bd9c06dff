"""Candidate names for the actors stage: the model's entities and lexicon names the model did not
tag, repaired where the model cut them (hyphens, given names, particles, credit words) and without
what names no actor (things, credit lines, channels, adjectives)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from dragoman.actors import spans, words
from dragoman.actors.lexicon import Entry, Lexicon
from dragoman.actors.normalize import is_garbled, name_key
from dragoman.actors.words import POSSESSIVE, capitalised, country_starting, role_starting
from dragoman.tokenfind import flags

ENT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
THING_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "LANGUAGE"})  # not EVENT or LAW: "the NATO summit", "the NATO treaty"
_DETERMINERS = frozenset({"the", "a", "an", "this", "that"})
_CONNECTORS = frozenset("of the and for on in at to y e".split()) | spans.NAME_PARTICLES
_PARTICLES = frozenset({"al", "el", "de", "van", "von", "bin", "ibn", "la", "le", "da", "di", "du", "des", "ben"})
_MAX_WORDS = 10
# A compound adjective made from a name: "Post-Soviet", "Anti-Trump", "Trump-loving", "Kremlin-backed".
_HYPHEN_ADJECTIVE = re.compile(r"(?i)^(?:(?:post|pre|anti|pro|non|neo|pan)-[\w’'-]+|[\w’'. ]+-(?:loving|hating|backed|led|"
                               r"based|style|funded|owned|run|allied|linked|affiliated|leaning|born|era|bound|friendly))$")


@dataclass(slots=True)
class Candidate:
    start: int  # tokens
    end: int
    label: str  # an entity label, or LEX for a lexicon name the model did not tag


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end and (doc[start].lower_ in _DETERMINERS or doc[start].is_punct):
        start += 1
    for k in range(start, end):
        if doc[k].text in ("(", "[", "“", "\""):
            end = k
            break
        if doc[k].text in (")", "]"):  # "[Narendra] Modi": an editor's insertion closes before the name
            start = k + 1
    while end > start and (doc[end - 1].text in POSSESSIVE or doc[end - 1].is_punct):
        end -= 1
    return start, end


def _reach(doc: Doc, start: int, words: int) -> int:
    """The token after ``words`` whitespace-separated words from ``start`` ("Co-operation" is one word of
    three tokens)."""
    k, n = start, len(doc)
    while k < n and words > 0:
        words -= bool(doc[k].whitespace_) or k + 1 == n
        k += 1
    return k


def _plausible(doc: Doc, start: int, end: int) -> bool:
    """Reject spans no actor has: garbled case, digits, no capital letter, run-ons."""
    if end - start > _MAX_WORDS:
        return False
    first = doc[start].text
    if not (first[:1].isupper() or (first.lower() in _PARTICLES and start + 1 < end and doc[start + 1].text == "-")):
        return False
    if _HYPHEN_ADJECTIVE.match(doc[start:end].text):
        return False  # "Trump-loving", "Post-Soviet", "Kremlin-backed": an adjective
    for tok in doc[start:end]:
        text = tok.text
        if is_garbled(text) or any(ch.isdigit() for ch in text):
            return False
        if tok.is_alpha and not text[0].isupper() and tok.lower_ not in _CONNECTORS \
                and not (tok.i > start and spans.HYPHENS.intersection((doc[tok.i - 1].text,))):
            return False  # "el cargo del": lower-case words are no part of a name
    return True


def candidates(doc: Doc, lex: Lexicon) -> list[Candidate]:
    """Entity spans worth resolving, plus lexicon names the model missed or cut short."""
    out: list[Candidate] = []
    n = len(doc)
    covered = bytearray(n)
    toks = list(doc)
    caps = flags(doc, words.capitalised_text)
    for start, end in spans.company_names(doc):  # "Vardo Telmi Ipari Kft.": whatever entities the model made
        out.append(Candidate(start, end, "ORG"))
        covered[start:end] = b"\x01" * (end - start)
    for start, end in spans.nicknamed_names(doc):  # 'Orvin "Orv" Tallak'
        if not any(covered[start:end]):
            out.append(Candidate(start, end, "PERSON"))
            covered[start:end] = b"\x01" * (end - start)
    for i, tok in enumerate(toks):  # lexicon names of several words first: they beat a model's shorter entity
        if not caps[i] or covered[i] or tok.lower_ in _DETERMINERS or not lex.may_start(tok.text):
            continue
        for end in range(_reach(doc, i, lex.longest_name_from(tok.text)), i + 1, -1):
            found = lex.entries(words.span_text(doc, i, end) or "") if caps[end - 1] else ()
            if found and tok.ent_type_ in THING_LABELS and not _trusted(found):
                continue  # a film's or product's words that a knowledge-base name happens to match
            if found:
                if tok.ent_iob_ == "I" or (end < n and toks[end].ent_iob_ == "I"):
                    if tok.ent_type_ not in ("ORG", ""):  # do not cut into a person's or place's name
                        break
                    if _inside_named_org(doc, i, end, found, lex) or _conjunct_tail(doc, i, covered):
                        break
                out.append(Candidate(i, end, tok.ent_type_ or "LEX"))
                covered[i:end] = b"\x01" * (end - i)
                break
    for ent in doc.ents:
        if ent.label_ in ("ORG", "PERSON") and covered[ent.start] and not covered[ent.end - 1]:
            k = spans.person_after_org(doc, ent.start, ent.end, covered)
            if k is not None and words.org_head(doc[k:ent.end], lex) is None and _plausible(doc, k, ent.end):
                out.append(Candidate(k, ent.end, "PERSON"))  # "Amnesty International Jane Roe"
                covered[k:ent.end] = b"\x01" * (ent.end - k)
        if ent.label_ not in ENT_LABELS or any(covered[ent.start:ent.end]):
            continue
        start, end = _trim(doc, ent.start, ent.end)
        if ent.label_ in ("PERSON", "ORG") and end - start >= 2:
            end = words.headline_verb_at(doc, start, end, lex) or end  # "Ben Carson Defends ...": a headline's verb
        if ent.label_ == "ORG":
            start, end = _country_of_org(doc, start, end, lex)
        if ent.label_ in ("PERSON", "ORG") and start < end:
            start, end = _repaired(doc, start, end, ent.label_, lex, covered)
        given = spans.person_in_org_entity(doc, start, end, lex) if ent.label_ == "ORG" else None
        if given is not None and not covered[given]:
            out.append(Candidate(given, end, "PERSON"))  # "an attendee Om Prakash" with "Prakash" tagged ORG
            covered[given:end] = b"\x01" * (end - given)
            continue
        if ent.label_ == "NORP" and end - start >= 2 and lex.country_of_word(toks[start].text) \
                and all(t.text.isupper() and t.is_alpha for t in toks[start + 1:end]):
            out.append(Candidate(start, end, "ORG"))  # "Belarusian KGB": a state's institution by its acronym
            covered[start:end] = b"\x01" * (end - start)
            continue
        if start < end and _plausible(doc, start, end):
            out.append(Candidate(start, end, ent.label_ if (start, end) == (ent.start, ent.end) or ent.label_ != "ORG"
                                 or end - start > 1 or not lex.country_of_word(toks[start].text) else "GPE"))
            covered[start:end] = b"\x01" * (end - start)
    for i, tok in enumerate(toks):  # a capitalised title before capitalised words the model missed: "Governor X Y"
        if not caps[i] or covered[i] or tok.ent_type_:
            continue
        hit = role_starting(doc, i, min(n, i + lex.max_role_words), lex.titles, lex.max_role_words)
        if hit is None or not all(caps[i:hit[0]]):
            continue
        end = hit[0]
        while end < n and end - hit[0] < 4 and not covered[end] and caps[end] and toks[end].pos_ == "PROPN" \
                and not toks[end].ent_type_:
            end += 1
        if end - hit[0] >= 2 and _plausible(doc, hit[0], end):
            out.append(Candidate(hit[0], end, "PERSON"))
            covered[hit[0]:end] = b"\x01" * (end - hit[0])
    for i, tok in enumerate(toks):  # one-word lexicon names the model missed ("Kremlin", "US", "Arnor")
        if caps[i] and not covered[i] and not tok.is_punct:
            found = lex.entries(tok.text)
            if found and not _trusted(found) and _ends_longer_name(doc, i, caps, lex):
                continue  # "the Party for Socialism and Liberation": the last word of a name, not the newspaper
            if found and (tok.ent_type_ not in THING_LABELS or _trusted(found)):
                out.append(Candidate(i, i + 1, "LEX"))
    out = [c for c in out if not _names_a_thing(doc, c, lex) and not spans.is_credit(doc, c.start)
           and not spans.is_channel(doc, c.start, c.end, lex) and not _title_inside_name(doc, c, lex)]
    out.sort(key=lambda c: c.start)
    return out


def _repaired(doc: Doc, start: int, end: int, label: str, lex: Lexicon, covered: bytearray) -> tuple[int, int]:
    """A name the model cut: over hyphens, given names or particles on the left (a person), "X and"
    on the left (an organisation); never into another candidate."""
    new_start, new_end = spans.hyphen_tail(doc, start, end)
    new_end = spans.without_credit_word(doc, new_start, new_end)
    if label == "PERSON":
        new_start = spans.person_start(doc, new_start, new_end, lex)
        new_end = spans.person_end(doc, new_start, new_end, lex)
    else:
        new_start = _hyphen_word_start(doc, spans.org_start(doc, new_start))
    if any(covered[new_start:start]) or any(covered[end:new_end]):
        return start, end
    return new_start, new_end


def acronym_written_as_word(doc: Doc, c: Candidate, lex: Lexicon) -> tuple[Entry, ...]:
    """ "Nato", "Unicef": an acronym written as a word, when the model reads it as a name (not "Who")."""
    tok = doc[c.start]
    if c.end - c.start != 1 or not tok.text.istitle() or len(tok.text) > 6 or tok.pos_ != "PROPN" \
            or tok.ent_type_ not in ("ORG", "GPE", "NORP"):
        return ()
    return lex.entries(tok.text.upper())


def _trusted(entries: tuple[Entry, ...]) -> bool:
    """Entries of the written lexicon or a user's dictionaries, not the knowledge base's: they name an
    actor even where the model reads a title or a product ("Gondor and Osgiliath" as a work of art)."""
    return any(not e.source.startswith(("kb/", "world/")) for e in entries)


def _ends_longer_name(doc: Doc, i: int, caps, lex: Lexicon) -> bool:
    """The word at ``i`` closes a capitalised name joined by "and/of/for/&" ("Socialism and Liberation")
    whose earlier word names nothing the lexicon knows."""
    return i >= 2 and doc[i - 1].lower_ in ("and", "of", "for", "&") and bool(caps[i - 2]) \
        and not lex.entries(doc[i - 2].text) and doc[i - 2].ent_type_ not in ("GPE", "PERSON", "NORP")


def _names_a_thing(doc: Doc, c: Candidate, lex: Lexicon) -> bool:
    """A storm, a prize, a law, a film: a name inside such an entity, or that starts or ends with a
    word or two the lexicon marks as a thing ("Typhoon X", "X Prize", "X Act", "X Convention Center")."""
    span = doc[c.start:c.end]
    if any(t.ent_type_ in THING_LABELS for t in span) and not (c.label == "LEX" and _trusted(lex.entries(span.text))):
        return True
    k = c.end
    while k < len(doc) and k < c.end + 2 and capitalised(doc[k]):  # "Nobel" [Peace Prize]
        k += 1
    if _modifies_a_thing(doc, c, lex):
        return True
    first = lex.things["thing-first"]
    return name_key(span[0].text) in first or name_key(span[:2].text) in first \
        or name_key(doc[k - 1].text) in lex.things["thing-last"] \
        or k - 2 >= c.start and name_key(doc[k - 2:k].text) in lex.things["thing-last"]  # "X Convention Center"


def _inside_named_org(doc: Doc, start: int, end: int, found: tuple[Entry, ...], lex: Lexicon) -> bool:
    """A country's name inside an organisation's ("United States Supreme Court", "Parliament of the
    United Kingdom"): the organisation is the actor, not the country."""
    if not all(e.kind == "state" for e in found):
        return False
    ent = next((e for e in doc.ents if e.start <= start < e.end), None)
    if ent is None or ent.label_ not in ("ORG", "FAC") or (ent.start, ent.end) == (start, end):
        return False
    span = doc[ent.start:ent.end]
    known = any(e.kind == "organization" for e in lex.entries(_trim_text(span)))
    # "Netflix Japan", "Indonesia AirAsia": a known organisation's branch named for the country
    rest = doc[ent.start:start] if end == ent.end else doc[end:ent.end] if start == ent.start else None
    branch = rest is not None and len(rest) > 0 and any(e.kind == "organization" for e in lex.entries(_trim_text(rest)))
    return known or branch or words.org_head(span, lex) is not None


def _trim_text(span) -> str:
    """An entity's text without a leading "the" ("the Islamic State of Iraq and Syria")."""
    return span.text[4:] if span.text.lower().startswith("the ") else span.text


def _country_of_org(doc: Doc, start: int, end: int, lex: Lexicon) -> tuple[int, int]:
    """ "EEZ of Cyprus" tagged ORG: no organisation head word, so only the country is an actor."""
    for k in range(start + 1, end - 1):
        if doc[k].lower_ in ("of", "and"):
            hit = country_starting(doc, k + 1 if doc[k + 1].lower_ != "the" else k + 2, end, lex)
            if hit is not None and hit[0] == end and words.org_head(doc[start:k], lex) is None:
                return (k + 2 if doc[k + 1].lower_ == "the" else k + 1), end
    return start, end


def _conjunct_tail(doc: Doc, i: int, covered: bytearray) -> bool:
    """doc[i] starts the second conjunct of one organisation entity ("Peace and" + "Freedom Party"),
    whose first conjunct is no candidate of its own: the lexicon's name is a fragment."""
    if i < 2 or doc[i].ent_iob_ != "I" or doc[i].ent_type_ != "ORG" or doc[i - 1].lower_ not in ("and", "&"):
        return False
    return doc[i - 2].ent_iob_ in ("B", "I") and capitalised(doc[i - 2]) and not covered[i - 2]


def _hyphen_word_start(doc: Doc, start: int) -> int:
    """Extend an organisation's name over a capitalised hyphenated word on its left ("Co-operative"
    + "Commonwealth Federation"), not over a compound adjective ("Kremlin-backed")."""
    j = start - 1
    if j < 2 or not doc[j].is_alpha or not doc[j].whitespace_:
        return start
    while j >= 2 and doc[j - 1].text in spans.HYPHENS and not doc[j - 1].whitespace_ and not doc[j - 2].whitespace_ \
            and doc[j - 2].is_alpha:
        j -= 2
    if j == start - 1 or not capitalised(doc[j]) or _HYPHEN_ADJECTIVE.match(doc[j:start].text.strip()) \
            or doc[j].ent_type_ in ("GPE", "NORP", "PERSON"):
        return start
    return j


def _title_inside_name(doc: Doc, c: Candidate, lex: Lexicon) -> bool:
    """A military rank in the middle of a longer capitalised name ("GNU General" + "Public Licensed"): the
    word before the rank is capitalised, no sentence's first, and names nothing the lexicon knows (a
    company's word before a civil title, "Acme CEO Ana Ruiz", is the employer's)."""
    if c.label != "PERSON" or c.start < 2:
        return False
    hit = words.role_ending(doc, c.start, max(0, c.start - lex.max_role_words), lex.titles, lex.max_role_words)
    if hit is None or hit[1].sector != "MIL":
        return False
    k = hit[0] - 1
    if k < 0 or k == doc[k].sent.start:
        return False
    tok = doc[k]
    key = name_key(tok.text)
    return tok.is_alpha and capitalised(tok) and tok.pos_ == "PROPN" and not tok.ent_type_ \
        and not lex.entries(tok.text) and not lex.country_of_word(tok.text) \
        and key not in lex.titles and key not in lex.org_heads and key not in lex.groups


def _modifies_a_thing(doc: Doc, c: Candidate, lex: Lexicon) -> bool:
    """A full name that modifies a lower-case thing's noun ("the James Webb space telescope", "the John
    Roe memorial bridge"): the name is the thing's, no actor's."""
    last = doc[c.end - 1]
    head = last.head
    if c.end - c.start < 2 or last.dep_ != "compound" or head.pos_ != "NOUN" or not c.end <= head.i <= c.end + 1 \
            or capitalised(head) or any(capitalised(t) for t in doc[c.end:head.i]):
        return False
    return name_key(head.text) in lex.things["thing-last"] or name_key(doc[head.i - 1:head.i + 1].text) in lex.things["thing-last"]
