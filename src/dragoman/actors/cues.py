"""Reading a person's role from the words around the name.

Before the name: "Chinese President Xi Jinping", "Russia's foreign minister, Sergei
Lavrov", "NATO Secretary General Jens Stoltenberg", "Senate President Ana Costa",
"Executive director of the Harbour Relief Society, Tom Baines", "President of Ghana Kwame
Asante", "United States Senator from Ohio Jane Miller". After it, an appositive:
"Ravi Menon, a member of the Lok Sabha,". A title's sector yields to the sector of the
organisation it is held in ("a spokesperson for the police" is COP). "former" keeps the
country but makes the title weak evidence of the actor's role today.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from dragoman.actors.lexicon import Entry, Lexicon, Role
from dragoman.actors.words import (POSSESSIVE, capitalised, country_ending, org_ending, place_starting,
                                   org_starting, role_ending, role_starting, sent_bounds)

MODIFIERS = frozenset("""former then acting deputy first second senior top chief new outgoing incoming interim
    caretaker current late main largest leading powerful influential embattled ex special personal""".split())
_PERSON_NOUNS = frozenset({"man", "woman", "boy", "girl", "teenager", "teen", "native", "couple", "youth"})
_FORMERLY = frozenset({"former", "formerly", "ex", "ex-", "onetime", "one-time", "previously", "once", "then"})
PAST = frozenset({"former", "late", "ex", "then", "outgoing"})
_LINKS = frozenset({"of", "for", "at", "from", "with"})
_STOP = frozenset({",", ".", ";", ":", "(", ")", "\"", "“", "”", "—", "–"})
# Titles of whoever heads or speaks for a body, a state's or any other ("president of the rowing club").
HEAD_TITLES = frozenset("president chairman chairwoman chair chairperson director head chief leader founder "
                        "secretary treasurer spokesperson spokesman spokeswoman".split())
KEEP_ORG_SECTOR = frozenset({"IGO", "NGO", "MED", "BUS", "EDU", "REL", "COP", "MIL", "JUD", "LEG", "PTY", "REB", "SPY"})


@dataclass(slots=True)
class Cue:
    """What the text says about one person; ``why`` says where it came from."""

    country: str | None = None
    sector: str | None = None
    title: str | None = None
    org: Entry | None = None
    former: bool = False
    employer: str | None = None  # capitalised words before a title that name no known organisation
    narrated: bool = False  # "then-governor X": the role at the time of a narrated event
    owner: str | None = None  # "X, one of President Y's aides": the person whose staff X is
    why: list[str] = field(default_factory=list)
    used: list[tuple[int, int]] = field(default_factory=list)  # token ranges the cue consumed

    @property
    def found(self) -> bool:
        return bool(self.country or self.sector or self.title)


def role_title(role: Role, words: str) -> str:
    return role.title or " ".join(words.split()).title()


def org_sector(role: Role | None, org: Entry | None) -> str | None:
    """A person's sector given their title and the organisation they serve."""
    if org is not None and org.sector is None and role is not None and role.sector == "GOV" \
            and role.phrase.lower().split()[-1] in HEAD_TITLES:
        return None  # "president of the Lakeview Rowing Club": a body the text does not describe
    if org is None or org.sector is None:
        return (role.sector or None) if role else None
    if role is None or not role.sector or org.sector in KEEP_ORG_SECTOR:
        return org.sector
    return role.sector


def _title_ending(doc: Doc, end: int, lo: int, lex: Lexicon, plural: bool = True) -> tuple[int, Role] | None:
    """A title ending at ``end``, widened to "Secretary of Justice" / "Minister for Foreign Affairs"."""
    hit = role_ending(doc, end, lo, lex.titles, lex.max_role_words, plural=plural)
    if hit is None:
        return None
    t0, role = hit
    if t0 - 1 > lo and doc[t0 - 1].lower_ in ("of", "for"):
        outer = role_ending(doc, t0 - 1, lo, lex.titles, lex.max_role_words)
        if outer is not None and outer[1].sector == "GOV":
            return outer[0], Role(doc[outer[0]:end].text.lower(), outer[1].sector, "title",
                                  doc[outer[0]:end].text.title(), outer[1].source, outer[1].code)
    return t0, role


def _before_parenthesis(doc: Doc, start: int, lo: int) -> tuple[int, int]:
    """Where a short parenthesis right before ``start`` begins ("MP (Member of Parliament) X"), and the
    window's new low end (the model may start a sentence at the parenthesis); else (start, lo)."""
    if start - 1 <= 0 or doc[start - 1].text != ")":
        return start, lo
    for k in range(start - 2, max(0, start - 8), -1):
        if doc[k].text == "(":
            return k, max(min(lo, sent_bounds(doc, k - 1)[0]), start - 16) if k > 0 else lo
    return start, lo


def predicate_cue(doc: Doc, start: int, end: int, lex: Lexicon) -> Cue:
    """A title the sentence gives the person: "X was sworn in as Ohio's governor", "X became president",
    "X, who is the mayor of Y", "X's government" (the head of that government)."""
    cue = Cue()
    root = doc[end - 1]
    if end + 1 < len(doc) and doc[end].text in POSSESSIVE and doc[end + 1].lemma_.lower() in _LEADS:
        cue.sector = "GOV"
        cue.why.append(f"text: {doc[start:end + 2].text!r} (heads it)")
        return cue
    verb = root.head if root.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None or verb.lemma_.lower() not in _BECOME:  # "X, who was a candidate ...,"
        verb = next((c for c in root.children if c.dep_ == "relcl" and c.lemma_.lower() in _BECOME and
                     any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ == "who" for g in c.children)), None)
    if verb is None:
        return cue
    for child in verb.children:
        noun = None
        if child.dep_ in ("attr", "oprd") and child.i > root.i:
            noun = child
        elif child.dep_ == "prep" and child.lower_ == "as":
            noun = next((g for g in child.children if g.dep_ == "pobj"), None)
        if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        lo = noun.left_edge.i
        for k in range(lo, noun.i + 1):
            hit = role_starting(doc, k, noun.i + 1, lex.titles, lex.max_role_words)
            if hit is not None and hit[0] == noun.i + 1:
                cue.title, cue.sector = role_title(hit[1], doc[k:hit[0]].text), hit[1].sector or None
                place = country_ending(doc, k - (doc[k - 1].text in POSSESSIVE), lo, lex, capitals=True) if k > lo else None
                after = place_starting(doc, noun.i + 2, min(len(doc), noun.i + 8), lex) \
                    if noun.i + 2 < len(doc) and doc[noun.i + 1].lower_ == "of" else None
                cue.country = (place or (None, None))[1] or (after or (None, None))[1]
                cue.why.append(f"text: {doc[verb.i:noun.i + 1].text!r} (the person's role)")
                # "X served as mayor", "X was the deputy commander": a past role
                cue.former = _past(verb)
                return cue
    return cue


_ENVOYS = frozenset({"representative", "envoy", "ambassador", "emissary", "coordinator", "negotiator", "mediator",
                     "commissioner"})


def _current_role(doc: Doc, k: int, lo: int, lex: Lexicon, cue: Cue) -> int:
    """A present title coordinated before a former one ("<org> expert and former official X"): it decides
    the sector; returns where the cue now starts."""
    found = _title_ending(doc, k, lo, lex)
    if found is None or (found[0] > lo and doc[found[0] - 1].lower_ in PAST):
        return k + 1
    t1, role = found
    m = t1
    while m > lo and t1 - m < 2 and doc[m - 1].is_lower and doc[m - 1].pos_ in ("NOUN", "ADJ", "PROPN"):
        m -= 1  # "geostrategy"
    org = org_ending(doc, m, lo, lex)
    cue.former, cue.title = False, role_title(role, doc[t1:k].text)
    cue.org = org[1] if org else None
    cue.sector = org_sector(role, cue.org) or cue.sector
    cue.country = cue.country or (cue.org.country if cue.org else None)
    return org[0] if org else t1


def _envoy(role: Role) -> bool:
    return role.phrase.split()[-1] in _ENVOYS


def _past(verb) -> bool:
    """A role held in the past: "X served as mayor", "X has been a governor" (not "... since 2019")."""
    if verb.lemma_.lower() not in _HELD:
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    since = any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children)
    return (verb.tag_ == "VBD" or perfect) and not since


_BECOME = frozenset({"be", "become", "swear", "elect", "appoint", "name", "nominate", "serve", "remain", "install",
                     "inaugurate", "re-elect", "reelect"})
_HELD = frozenset({"be", "serve", "remain"})  # in the past tense, a role no longer held
_LEADS = frozenset({"government", "administration", "regime", "cabinet", "junta"})


def left_cue(doc: Doc, start: int, lex: Lexicon) -> Cue:
    """Title, country and organisation written before a name."""
    cue = Cue()
    lo = max(sent_bounds(doc, start)[0], start - 16)
    i, lo = _before_parenthesis(doc, start, lo)  # "Labour MP (Member of Parliament) X"
    comma = i > lo and doc[i - 1].text == ","
    if comma:
        i -= 1
    # Before a comma a plural ("police and county officials, X") only heads a list of names,
    # unless it is "one of" them ("One of South Sudan's vice presidents, X").
    name = doc[start:min(len(doc), start + 4)]
    listed = any(t.dep_ == "conj" and t.pos_ == "PROPN" for tok in name for t in [tok, *tok.children])
    one_of = any(doc[k].lower_ == "one" and doc[k + 1].lower_ == "of" for k in range(lo, max(lo, i - 1)))
    title = _title_ending(doc, i, lo, lex, plural=not comma or listed or one_of)
    tail: tuple[int, str | None, Entry | None] | None = None  # "of India", "for the State Department"
    # TITLE of|for|at|from (the) ORG-or-COUNTRY NAME
    run = i
    while run > max(lo, i - 4) and capitalised(doc[run - 1]):
        run -= 1
    place = (run, None) if run < i else None  # "Senator from Ohio": a place the lexicon does not know
    for kind, hit in (("org", org_ending(doc, i, lo, lex)), ("country", country_ending(doc, i, lo, lex, capitals=True)),
                      ("place", place)):
        if hit is None or title is not None:
            continue
        j = hit[0] - 1 if hit[0] - 1 >= lo and doc[hit[0] - 1].lower_ == "the" else hit[0]
        if j - 1 >= lo and doc[j - 1].lower_ in _LINKS:
            found = _title_ending(doc, j - 1, lo, lex)
            if found is not None:
                title = found
                tail = (hit[0], hit[1] if kind == "country" else None, hit[1] if kind == "org" else None)  # type: ignore[assignment]
                if kind == "country" and doc[j - 1].lower_ in ("for", "to") and _envoy(found[1]):
                    # "Special Representative for Iran X": an envoy to that state, of the one that sends them
                    title = (found[0], Role(found[1].phrase, "GOV", found[1].kind, found[1].title, found[1].source))
                    tail = (hit[0], None, None)
                    cue.why.append(f"text: {doc[found[0]:i].text!r} (an envoy to {hit[1]}, not of it)")
                if kind == "place" and doc[j - 1].lower_ not in ("from", "of"):
                    title, tail = None, None
                    continue
                break
    if title is None:
        if i == start and i - 1 > lo and doc[i - 1].text in POSSESSIVE:  # "the BBC's Jane Roe"
            org = org_ending(doc, i - 1, lo, lex)
            if org is not None and org[1].source != "text" and org[1].sector:
                cue.org, cue.sector, cue.country = org[1], org[1].sector, org[1].country
                cue.why.append(f"text: {doc[org[0]:i].text!r} before the name")
                cue.used.append((org[0], i))
                return cue
        if i == start and i - 1 > lo and doc[i - 1].lower_ in _PERSON_NOUNS:  # "Ohio man X", "a Leeds woman, X"
            place = country_ending(doc, i - 1, lo, lex, capitals=True)
            if place is not None:
                cue.country = place[1]
                cue.why.append(f"text: {doc[place[0]:i].text!r} before the name")
                cue.used.append((place[0], i))
                return cue
        if i == start:  # a bare country word: "Russian Sergei Lavrov"
            country = country_ending(doc, i, lo, lex)
            if country and doc[country[0]].ent_type_ in ("NORP", "GPE", ""):
                cue.country = country[1]
                cue.why.append(f"text: {doc[country[0]:i].text!r} before the name")
                cue.used.append((country[0], i))
        return cue
    t0, role = title
    if comma and t0 > lo and doc[t0 - 1].pos_ in ("ADP", "PRON") and doc[t0 - 1].lower_ not in MODIFIERS:
        return cue  # "via his lawyers, X": a phrase, not an appositive
    title_end = tail[0] if tail else i
    while title_end > t0 and doc[title_end - 1].lower_ in _LINKS | {"the"}:
        title_end -= 1
    cue.title, cue.sector = role_title(role, doc[t0:title_end].text), role.sector or None
    if tail is not None:
        cue.country, cue.org = tail[1], tail[2]
    j = t0
    while j > lo and doc[j - 1].lower_ in MODIFIERS | {"-"}:
        cue.former = cue.former or doc[j - 1].lower_ in PAST
        cue.narrated = cue.narrated or doc[j - 1].lower_ == "then"
        j -= 1
    if j > lo and doc[j - 1].text in POSSESSIVE:
        j -= 1
    if cue.org is None:
        org = org_ending(doc, j, lo, lex)
        country = country_ending(doc, j, lo, lex, capitals=True)  # "Ohio's governor", "Ohio governor"
        if country is None and org is None:  # "Italian economic development minister"
            k = j
            while k > lo and j - k < 3 and doc[k - 1].is_lower and doc[k - 1].pos_ in ("NOUN", "ADJ"):
                k -= 1
            if k < j:
                country = country_ending(doc, k, lo, lex)
        if org and (not country or org[0] <= country[0]):
            cue.org, j = org[1], org[0]
        elif country:
            cue.country, j = cue.country or country[1], country[0]
        while j > lo and doc[j - 1].lower_ in MODIFIERS:  # "former US Vice President"
            cue.former = cue.former or doc[j - 1].lower_ in PAST
            j -= 1
    if cue.org is not None:
        cue.sector = org_sector(role, cue.org)
        cue.country = cue.country or cue.org.country
    elif cue.country is None:  # "Vextel CEO X": perhaps an organisation the article describes elsewhere
        k = j
        while k > lo and j - k < 5 and (capitalised(doc[k - 1]) or doc[k - 1].text in ("-", "&")):
            k -= 1
        if k < j and capitalised(doc[k]):
            cue.employer = doc[k:j].text
    if cue.former and j - 1 > lo and doc[j - 1].lower_ == "and":
        j = _current_role(doc, j - 1, lo, lex, cue)  # "University geostrategy expert and former official X"
    cue.why.append(f"text: {doc[j:start].text.rstrip(' ,')!r} before the name")
    if role.code:
        cue.why.append(f"{role.source}: {role.phrase} [{role.code}]")
    cue.used.append((j, start))
    return cue


def right_cue(doc: Doc, end: int, lex: Lexicon) -> Cue:
    """An appositive after a name: "Sergei Lavrov, Russia's foreign minister," / "X, of the Red Cross,"."""
    cue = Cue()
    hi = sent_bounds(doc, end - 1)[1]
    if end + 1 < hi and doc[end].lower_ in ("of", "from", "at"):
        owned = _country_owned_org(doc, end + 1, hi, lex)
        if owned is not None:  # "Mei Chen of Vesnia's Harbour University": its country, its sector
            stop, cue.country, org_entry = owned
            cue.org, cue.sector = org_entry, org_entry.sector
            cue.why.append(f"text: {doc[end:stop].text!r} after the name")
            cue.used.append((end, stop))
            return cue
        org = org_starting(doc, end + 1, hi, lex)  # "Mei Chen of Open Harbour Alliance Taiwan"
        if org is not None and org[1].sector:
            cue.org, cue.sector, cue.country = org[1], org[1].sector, org[1].country
            cue.why.append(f"text: {doc[end:org[0]].text!r} after the name")
            cue.used.append((end, org[0]))
            return cue
        at = end + 1 + (doc[end + 1].lower_ == "the")
        for h in range(at, min(hi, at + 5)):
            if doc[h].text in _STOP:
                break
            head = _lower_head(doc, h, at, lex) if h + 1 >= hi or doc[h + 1].is_punct else None
            if head is not None:  # "X of the Hajo assembly"
                cue.org = Entry(doc[head[0]:h + 1].text, "organization", None, head[1].sector, source="text")
                cue.sector = head[1].sector
                place = place_starting(doc, at, head[0], lex) if head[0] > at else None
                cue.country = place[1] if place else None
                cue.why.append(f"text: {doc[end:h + 1].text!r} after the name")
                cue.used.append((end, h + 1))
                return cue
        place = place_starting(doc, at, hi, lex)
        if place is not None and (place[0] >= hi or not capitalised(doc[place[0]])):
            cue.country = place[1]  # "Archbishop X of Gdansk", "Y from Toronto"
            cue.why.append(f"text: {doc[end:place[0]].text!r} after the name")
        return cue
    if end >= hi or doc[end].text != ",":
        return cue
    j = end + 1
    if j < hi and doc[j].lower_ in ("such", "including", "like", "especially", "notably", "unlike", "as"):
        return cue  # "X, such as governor Y,": an example of X, not X's role
    if j + 1 < hi and doc[j].lower_ in ("speaking", "talking") and doc[j + 1].lower_ in ("for", "on"):
        return _speaking_for(doc, j, hi, lex)
    if j + 2 < hi and doc[j].like_num and doc[j + 1].text == "," and not doc[j + 2].like_num:
        j += 2  # "X, 39, a retired teacher,": past the age
    stop = j
    while stop < min(hi, j + 14):
        tok = doc[stop]
        if tok.text in _STOP or tok.pos_ in ("VERB", "AUX") or tok.lower_ in ("who", "which", "that", "said") or \
                (tok.lower_ == "and" and not doc[stop - 1].text.endswith("-")):  # "a photo- and videojournalist"
            break
        stop += 1
    if stop == j:
        return cue
    role: tuple[int, int, Role] | None = None
    country: str | None = None
    org: Entry | None = None
    if doc[j].lower_ == "of":  # "X, of the Wardak provincial council,": a member (whatever the model tagged)
        for h in range(stop - 1, j, -1):
            head = _lower_head(doc, h, j, lex)
            if head is not None:
                org = Entry(doc[head[0]:h + 1].text, "organization", None, head[1].sector, source="text")
                country = next((c[1] for c in (place_starting(doc, x, head[0], lex) for x in range(j + 1, head[0]))
                                if c is not None), None)
                break
    k = j
    while k < stop:
        if doc[k].ent_type_ == "PERSON" and role is not None and role[1] == k:
            owner = k
            while owner < stop and doc[owner].ent_type_ == "PERSON" and doc[owner].text not in POSSESSIVE:
                owner += 1
            if owner < stop and doc[owner].text in POSSESSIVE:  # "one of President Y's aides": Y's title
                cue.owner, role, country = doc[k:owner].text, None, None
                k = owner + 1
                continue
            return Cue()  # "X, Greek prime minister Y, ...": a list of titled names, not an appositive
        if role is None:
            hit = role_starting(doc, k, stop, lex.titles, lex.max_role_words)
            if hit is None and doc[k].lower_.endswith("s") and lex.titles.get(doc[k].lower_[:-1]):
                hit = (k + 1, lex.titles[doc[k].lower_[:-1]])  # "one of Y's aides"
            if hit is not None:
                role = (k, hit[0], hit[1])
                k = hit[0]
                continue
        if org is None:
            o = org_starting(doc, k, stop, lex)
            if o is not None:
                org, k = o[1], o[0]
                continue
        if country is None:
            c = place_starting(doc, k, stop, lex)
            if c is not None:
                country, k = c[1], c[0]
                continue
        if doc[k].ent_type_ == "PERSON" and role is None and org is None and country is None:
            owner = k
            while owner < stop and doc[owner].ent_type_ == "PERSON" and doc[owner].text not in POSSESSIVE:
                owner += 1
            if owner < stop and doc[owner].text in POSSESSIVE:
                k = owner + 1  # "X, Y's mother,": a relation to another person, not a list
                continue
            return cue  # another name: a list, not an appositive
        head = _lower_head(doc, k, j, lex) if org is None and role is None else None
        if head is not None and (head[1].sector in ("NGO", "BUS", "MED", "EDU", "REL") or doc[j].lower_ == "of"):
            # "of Christian relief organization The Olive Branch"; "X, of the Wardak provincial council," (a member)
            org = Entry(doc[head[0]:k + 1].text, "organization", None, head[1].sector, source="text")
        k += 1
    if role is None and (org is None or not (org.sector or org.country)):
        return cue
    if role is not None:
        cue.former = any(doc[k].lower_ in _FORMERLY for k in range(j, role[0]))
        cue.title, cue.sector = role_title(role[2], doc[role[0]:role[1]].text), role[2].sector or None
        if role[2].code:
            cue.why.append(f"{role[2].source}: {role[2].phrase} [{role[2].code}]")
    cue.org = org
    if org is not None:
        cue.sector = org_sector(role[2] if role else None, org)
    cue.country = country or (org.country if org else None)
    cue.why.append(f"text: appositive {doc[j:stop].text!r}")
    cue.used.append((j, stop))
    return cue


def _country_owned_org(doc: Doc, start: int, hi: int, lex: Lexicon) -> tuple[int, str, Entry] | None:
    """A country's organisation named by a possessive ("Vesnia's Harbour University"): (end, the
    country, the organisation with a sector)."""
    place = place_starting(doc, start, hi, lex)
    if place is None or place[0] >= hi:
        return None
    after = place[0] + (doc[place[0]].text in POSSESSIVE)  # the place may end before or after its "'s"
    if doc[after - 1].text not in POSSESSIVE:
        return None
    org = org_starting(doc, after, hi, lex)
    if org is None or not org[1].sector:
        return None
    return org[0], place[1], org[1]


def _speaking_for(doc: Doc, j: int, hi: int, lex: Lexicon) -> Cue:
    """ "X, speaking for the country's Health Ministry,": a spokesperson of that organisation."""
    cue = Cue()
    k = j + 2
    while k < hi and doc[k].text not in _STOP:
        org = org_starting(doc, k, hi, lex)
        if org is not None and org[1].sector:
            role = lex.titles.get("spokesperson")
            cue.org, cue.sector, cue.country = org[1], org_sector(role, org[1]), org[1].country
            cue.title = role.title if role else "Spokesperson"
            cue.why.append(f"text: {doc[j:org[0]].text!r} after the name")
            cue.used.append((j, org[0]))
            return cue
        k += 1
    return cue


def _lower_head(doc: Doc, k: int, lo: int, lex: Lexicon) -> tuple[int, Role] | None:
    """An organisation head word in lower case ending at token ``k`` ("provincial council", "organization")."""
    if capitalised(doc[k]):
        return None
    if k - 1 >= lo and not capitalised(doc[k - 1]):
        two = lex.org_heads.get(f"{doc[k - 1].lower_} {doc[k].lower_}")
        if two is not None:
            return k - 1, two
    one = lex.org_heads.get(doc[k].lower_)
    return (k, one) if one is not None else None


def inner_title(doc: Doc, start: int, end: int, lex: Lexicon) -> tuple[int, Role | None, str]:
    """Titles the model put inside a person's name ("Detective Constable Daniel Dubé"): (name start, role, words)."""
    k = start
    role: Role | None = None
    while k < end - 1 and capitalised(doc[k]):
        hit = role_starting(doc, k, end - 1, lex.titles, lex.max_role_words)
        if hit is None:
            break
        role = role or hit[1]
        k = hit[0]
    return k, role, doc[start:k].text


def place_in_name(doc: Doc, start: int, end: int, lex: Lexicon) -> int:
    """The name start after a place the model glued on ("[Ohio] Jane Miller" after "Senator from"); a
    first word that names no place is the person's ("the government of Abdrabbuh Mansur Hadi")."""
    if end - start >= 3 and start >= 2 and doc[start - 1].lower_ in ("from", "of"):
        place = place_starting(doc, start, end - 2, lex)
        if place is not None:
            return place[0]
    return start


RUN_FOR = frozenset("president presidency vice vice-president governor mayor senate office re-election reelection "
                    "prime".split())
# "X as his running mate", "X as the party's nominee": the nouns of a place on a ticket after "as".
TICKET = frozenset("mate running-mate nominee candidate".split())
_AS_WINDOW = 6


def candidacy(doc: Doc, end: int) -> bool:
    """ "X for president", "X, for vice president", "X as Y's new running mate", "X as its nominee": the
    person doc[..end] is running for the office (said in the sentence that names them, whatever their job)."""
    k = end + 1 if end < len(doc) and doc[end].text == "," else end
    if k + 1 < len(doc) and doc[k].lower_ == "for" and doc[k + 1].lower_ in RUN_FOR:
        return True
    head = doc[end - 1]  # the chooser is no candidate: "X chose Y as his running mate", "chosen by X as ..."
    chooser = head.dep_ in ("nsubj", "nsubjpass") or head.dep_ == "pobj" and head.head.lower_ == "by"
    if k < len(doc) and doc[k].lower_ == "as" and not chooser:
        hi = min(len(doc), k + 1 + _AS_WINDOW)
        for j in range(k + 1, hi):
            tok = doc[j]
            if tok.is_punct and tok.text != "-":
                return False
            if tok.lower_ in TICKET and (tok.lower_ != "mate" or doc[j - 1].lower_ == "running"):
                return True
    return False


def respectively(doc: Doc, names: list[tuple[int, int]], lex: Lexicon) -> list[tuple[str, int, int, Role | None]] | None:
    """ "his Greek, Cypriot and French counterparts, A, B and C, respectively": one country per name.

    ``names`` are the token spans of the listed names, in order; returns (country, start, end, role)
    per name, or None when the sentence has no such pairing.
    """
    first = names[0][0]
    lo = sent_bounds(doc, first)[0]
    j = first
    if j > lo and doc[j - 1].text == ",":
        j -= 1
    noun = j - 1  # "counterparts", "ministers"
    if noun <= lo or doc[noun].pos_ != "NOUN":
        return None
    role = lex.titles.get(doc[noun].lemma_.lower()) or lex.titles.get(doc[noun].lower_)
    k = noun
    countries: list[tuple[str, int, int]] = []
    while k > lo:
        hit = country_ending(doc, k, lo, lex)
        if hit is None:
            break
        countries.append((hit[1], hit[0], k))
        k = hit[0]
        if k > lo and doc[k - 1].lower_ in (",", "and"):
            k -= 1
            if k > lo and doc[k - 1].text == "," and doc[k].lower_ == "and":
                k -= 1
        else:
            break
    countries.reverse()
    if len(countries) != len(names):
        return None
    return [(code, s, e, role) for code, s, e in countries]
