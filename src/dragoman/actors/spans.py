"""Name spans the model cuts, splits or mistakes: repaired before the actors stage reads them.

- a hyphenated name the model stops at the hyphen ("Tavit Mar" of "Tavit Mar-o-lin");
- a person's first given name the model leaves out ("Velan" of "Velan Oskar Dremmel"), or a
  lower-case particle it starts the name with ("dela Venn" of "Arvo dela Venn");
- an organisation name cut at "and" ("Ethics Committee" of "House Budget and Ethics Committee");
- a nickname in quotation marks inside a name ('Orvin "Orv" Tallak' is "Orvin Tallak");
- a company name ending in a legal form that the model splits into several entities or types as a
  person ("Vardo Telmi Ipari Kft.");
- text that names no actor: a photograph's credit ("Image: Jane Roe"), a platform that only carries
  a message ("posted on Twitter", "via Instagram", "her Twitter account").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.attrs import ORTH
from spacy.tokens import Doc

from dragoman.actors.lexicon import LEGAL_FORMS, Lexicon
from dragoman.actors.normalize import name_key
from dragoman.actors.words import capitalised, headline_verbs, role_starting
from dragoman.tokenfind import positions

HYPHENS = frozenset({"-", "‐", "‑"})
# Lower-case words inside a person's name ("Arvo dela Venn", "Luiz Inácio Lula da Silva").
NAME_PARTICLES = frozenset("al el de del della dela la le van von der den ter ten bin ibn da di du des dos das do ben zu".split())
# Words before a colon that introduce a photograph's or a document's credit line.
CREDIT_WORDS = frozenset("image images photo photos photograph photographs picture pictures credit credits video "
                         "illustration source courtesy".split())
# Words after a platform's name that make it the channel of a message, not an actor.
_CHANNEL_NOUNS = frozenset("account accounts post posts page feed handle channel video videos message messages "
                           "live story stories thread livestream profile".split())
_CHANNEL_LINKS = frozenset({"on", "via", "through", "using", "over", "to", "in"})
# Forms of address that are no part of a name and tell no role ("Mme X", "Princess X").
HONORIFICS = frozenset("mr mrs ms miss mme mlle m dr sir dame prince princess herr frau senor senora sr sra".split())
_MODIFIERS = frozenset("chief deputy senior acting former first vice general".split())
_MAX_GIVEN = 2  # given names added before a person's name


def _joined(doc: Doc, k: int) -> bool:
    """doc[k] is a hyphen written without spaces between two words."""
    return 0 < k < len(doc) - 1 and doc[k].text in HYPHENS and not doc[k - 1].whitespace_ \
        and not doc[k].whitespace_ and doc[k + 1].is_alpha


def hyphen_tail(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Extend a name over hyphen-joined words on either side ("Mar" -> "Mar-o-lin")."""
    while end < len(doc) - 1 and _joined(doc, end):
        end += 2
    while start >= 2 and _joined(doc, start - 1) and doc[start - 2].is_alpha and capitalised(doc[start - 2]):
        start -= 2
    return start, end


def _given_name(doc: Doc, k: int, lex: Lexicon) -> bool:
    """doc[k] can be a person's given name left out of the entity after it."""
    tok = doc[k]
    if not (tok.is_alpha and capitalised(tok) and tok.pos_ == "PROPN" and not tok.ent_type_) or tok.text.isupper():
        return False
    key = name_key(tok.text)
    return key not in HONORIFICS and key not in lex.titles and key[:-1] not in lex.titles and key not in lex.org_heads and key not in lex.groups \
        and not lex.country_of_word(tok.text) and key not in lex.capitals and key not in lex.places \
        and key not in headline_verbs() and not lex.entries(tok.text) and key not in _MODIFIERS \
        and role_starting(doc, k, min(len(doc), k + lex.max_role_words), lex.titles, lex.max_role_words) is None


def person_start(doc: Doc, start: int, end: int, lex: Lexicon) -> int:
    """Extend a person's name to the left over given names the model left out ("Velan" + "Oskar
    Dremmel") or before a lower-case particle it starts with ("Arvo" + "dela Venn"); drop a form of
    address it starts with ("Mme X")."""
    if end - start >= 2 and name_key(doc[start].text) in HONORIFICS:
        return start + 1
    if doc[start].lower_ in NAME_PARTICLES and start > 0 and _given_name(doc, start - 1, lex):
        start -= 1
    added = 0
    while start > 0 and added < _MAX_GIVEN and end - start < 4 and _given_name(doc, start - 1, lex) \
            and not (start > 1 and doc[start - 2].text in ("'s", "’s")):
        start -= 1
        added += 1
    return start


def org_start(doc: Doc, start: int) -> int:
    """Extend an organisation's name over "<Capitalised words> and" before it ("House Budget and"
    + "Ethics Committee"), when those words belong to no other entity."""
    if start < 2 or doc[start - 1].lower_ not in ("and", "&"):
        return start
    k = start - 1
    while k > 0 and start - k < 4 and capitalised(doc[k - 1]) and doc[k - 1].is_alpha and not doc[k - 1].ent_type_ \
            and doc[k - 1].pos_ == "PROPN":
        k -= 1
    if k == start - 1 or k == 0 or not (doc[k - 1].lower_ in ("the", "a", "an") or capitalised(doc[k - 1])):
        return start
    return k


# A legal form as the tokenizer leaves it, with or without dots ("Kft.", "S.A.", "GmbH").
_LEGAL_TOKENS = frozenset(LEGAL_FORMS | {f + "." for f in LEGAL_FORMS} | {".".join(f) + "." for f in LEGAL_FORMS if len(f) <= 4})


def _legal_form(text: str) -> bool:
    return text[:1].isupper() and text.lower().replace(".", "") in LEGAL_FORMS


def company_names(doc: Doc) -> list[tuple[int, int]]:
    """Capitalised words ending in a legal form ("Vardo Telmi Ipari Kft.", "Acme S.A."), whatever
    entities the model made of them."""
    out: list[tuple[int, int]] = []
    for i in positions(doc, _LEGAL_TOKENS):
        tok = doc[i]
        if i == 0 or not _legal_form(tok.text):
            continue
        if tok.ent_type_ == "ORG" and i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I":
            continue  # "United Bus Company of Tehran": the model's longer name stands
        k = i
        while k > 0 and i - k < 6 and (capitalised(doc[k - 1]) or doc[k - 1].text in ("&", "-")) \
                and not doc[k].is_sent_start and not _legal_form(doc[k - 1].text):
            k -= 1
        while k < i and not capitalised(doc[k]):
            k += 1
        if k < i and not (out and out[-1][1] > k):
            out.append((k, i + 1))
    return out


def is_credit(doc: Doc, start: int) -> bool:
    """A name right after "Image:", "Photo:", "Credit:" or "Photo by" is a credit line's."""
    if start >= 2 and doc[start - 1].text == ":" and doc[start - 2].lower_ in CREDIT_WORDS:
        return True
    return start >= 2 and doc[start - 1].lower_ == "by" and doc[start - 2].lower_ in CREDIT_WORDS


def without_credit_word(doc: Doc, start: int, end: int) -> int:
    """The end of a name before a credit line's word glued to it ("Ann Lee Image: Reuters")."""
    if end - start > 1 and end < len(doc) and doc[end].text == ":" and doc[end - 1].lower_ in CREDIT_WORDS:
        return end - 1
    return end


def is_channel(doc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """A platform named as the channel of a message ("wrote on Twitter", "via Instagram", "her
    Twitter account", "used Instagram to thank"), not acting itself."""
    if doc[start].lower_ not in _first_words(frozenset(lex.things.get("medium", ()))) \
            or name_key(doc[start:end].text) not in lex.things["medium"]:
        return False
    if end < len(doc) and doc[end].lower_ in _CHANNEL_NOUNS:
        return True
    if start > 0 and doc[start - 1].lower_ in _CHANNEL_LINKS:
        return True
    root = doc[end - 1]
    return root.dep_ == "dobj" and root.head.lemma_ == "use"


def person_after_org(doc: Doc, start: int, end: int, covered: bytearray) -> int | None:
    """Where a person's name starts inside an entity that begins with a known organisation's name
    ("Amnesty International" + "Jane Roe"): two or three capitalised words after the covered part."""
    k = start
    while k < end and covered[k]:
        k += 1
    if k == start or any(covered[k:end]) or not 2 <= end - k <= 4:
        return None
    names = [t for t in doc[k:end] if t.text not in HYPHENS]
    if not all(t.is_alpha and (capitalised(t) or doc[t.i - 1].text in HYPHENS) for t in names) or len(names) < 2:
        return None
    return k


def person_end(doc: Doc, start: int, end: int, lex: Lexicon) -> int:
    """Extend a person's name by one surname the model left out ("Garo" + "Vintel")."""
    if end < len(doc) and end - start < 4 and _given_name(doc, end, lex) \
            and not (end + 1 < len(doc) and capitalised(doc[end + 1])):
        return end + 1
    return end


QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})


def nicknamed_names(doc: Doc) -> list[tuple[int, int]]:
    """A person's name with a nickname in quotation marks inside it ('Orvin "Orv" Tallak'), whatever
    entities the model cut it into; ``without_nickname`` gives the name."""
    out: list[tuple[int, int]] = []
    n = len(doc)
    for q in positions(doc, QUOTES, ORTH):
        if not 1 <= q < n - 3 or doc[q].whitespace_ or not doc[q - 1].whitespace_:
            continue
        given = doc[q - 1]
        if not (given.is_alpha and capitalised(given) and given.ent_type_ == "PERSON"):
            continue
        close = next((k for k in range(q + 2, min(n, q + 5)) if doc[k].text in QUOTES), None)
        if close is None or close + 1 >= n or not all(capitalised(t) for t in doc[q + 1:close]):
            continue
        end = close + 1
        while end < n and end - close <= 2 and doc[end].is_alpha and capitalised(doc[end]) \
                and doc[end].ent_type_ == "PERSON":
            end += 1
        if end == close + 1:
            continue
        start = q - 1
        if start > 0 and doc[start - 1].ent_iob_ == "B" and doc[start - 1].ent_type_ == "PERSON" and doc[start - 1].is_alpha:
            start -= 1
        out.append((start, end))
    return out


def without_nickname(doc: Doc, start: int, end: int) -> str:
    """A name's words outside quotation marks ('Orvin "Orv" Tallak' -> "Orvin Tallak")."""
    kept, inside = [], False
    for tok in doc[start:end]:
        if tok.text in QUOTES:
            inside = not inside
        elif not inside:
            kept.append(tok.text)
    return " ".join(kept)


def person_in_org_entity(doc: Doc, start: int, end: int, lex: Lexicon) -> int | None:
    """Where a person's name starts when the model tagged only its last word ORG and left the given name
    out, after a lower-case noun ("an attendee [Om] Prakash" -> "Om Prakash")."""
    if end - start != 1 or start < 2 or not _given_name(doc, start - 1, lex):
        return None
    before = doc[start - 2]
    if not (before.pos_ == "NOUN" and before.is_lower) or lex.entries(doc[start].text) \
            or name_key(doc[start].text) in lex.org_heads or name_key(doc[start].text) in lex.places:
        return None
    return start - 1


@lru_cache(maxsize=8)
def _first_words(names: frozenset[str]) -> frozenset[str]:
    return frozenset(name.split()[0] for name in names if name)
