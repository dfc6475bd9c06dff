"""Actors the actors stage left unnamed, made where an event needs them as arguments: a group noun
with a country cue ("Iranian troops", "rebels in Sudan", "Hungarian and Romanian officials") becomes
an organisation of that country and sector; a nationality that qualifies an argument ("shelled Iraqi
towns", "restrictions on German goods") stands for its state, added when the article never named it.

Sectors come from the actors' role lexicon (``builtin_lexicon()``: its collective nouns, and its
titles read in the plural, "ministers", "judges"), then from ``data/events/groups.txt``.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from dragoman.actors.builtin import builtin_lexicon
from dragoman.actors.normalize import name_key, stable_id
from dragoman.actors.table import ActorTable
from dragoman.records import Actor

CUE_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})
PLACE_PREPS = frozenset({"in", "from", "of", "throughout", "across"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
FORMER = frozenset({"former", "ex", "retired", "onetime", "erstwhile"})
# "all Americans", "many Iranians": people addressed or counted, not their state
QUANTIFIERS = frozenset({"all", "every", "many", "most", "some", "few", "several", "ordinary", "fellow", "young"})
# sectors of the state: a bare group noun of these stands for a state named elsewhere
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "IGO"})
GENERIC_PEOPLE = frozenset({"people", "persons", "others", "men", "women", "residents", "citizens"})
# nominalisations name acts, not people: "army deployments", "police operations"
ACT_SUFFIXES = ("ments", "tions", "sions", "ings", "ances", "ences", "ures", "als", "ies", "ises", "izes")


@lru_cache(maxsize=1)
def extra_groups() -> dict[str, str]:
    """Collective nouns of event arguments beyond the actors' lexicon: plural word -> sector."""
    out: dict[str, str] = {}
    text = resources.files("dragoman").joinpath("data/events/groups.txt").read_text("utf-8")
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            *words, sector = line.split()
            out[" ".join(words).lower()] = sector
    return out


@lru_cache(maxsize=1)
def peoples() -> dict[str, str | None]:
    """Peoples and religions that qualify a group noun: word -> the country it stands for, or None."""
    out: dict[str, str | None] = {}
    text = resources.files("dragoman").joinpath("data/events/peoples.txt").read_text("utf-8")
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            word, code = line.split()
            out[word.lower()] = None if code == "-" else code
    return out


def people_cue(tok: Token) -> tuple[str | None, Token] | None:
    """A people or religion word right before a group noun ("Hausa politicians", "Muslim hackers",
    "Palestinian Islamic militants"): the country it stands for (None where several) and the word."""
    for c in tok.children:
        if c.i < tok.i and c.dep_ in CUE_DEPS and c.text[:1].isupper() and c.lower_ in peoples():
            return peoples()[c.lower_], c
    return None


def bare_agent(tok: Token, sector: str) -> bool:
    """A bare plural group noun outside the state that is the subject of a verb ("Prisoners rioted",
    "Rebels shelled the town"): a group actor of no country. State groups ("officials", "troops")
    stand for a state named elsewhere, and "people" names nobody in particular; a coordinated one
    ("clerics and lawmakers") takes its partner's country or none."""
    return (sector not in STATE_SECTORS and tok.lower_ not in GENERIC_PEOPLE
            and tok.dep_ == "nsubj" and tok.tag_ in PLURAL_TAGS and tok.head.pos_ == "VERB"
            and not any(c.dep_ in ("poss", "det", "conj") or (c.dep_ in CUE_DEPS and c.i < tok.i) for c in tok.children))


def group_sector(tok: Token) -> str | None:
    """The sector of a group noun ("troops": MIL, "security forces": COP, "ministers": GOV), else None."""
    lex = builtin_lexicon()
    low = tok.text.lower()
    comp = [c for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1]
    for key in ((f"{comp[0].text.lower()} {low}",) if comp else ()) + (low,):
        role = lex.groups.get(key)
        if role is not None and role.sector and role.sector != "-":
            return role.sector
    if tok.tag_ in PLURAL_TAGS:
        role = lex.titles.get(tok.lemma_.lower())
        if role is not None and role.sector and role.sector != "-":
            return role.sector
    mod = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i == tok.i - 1]
    found = (extra_groups().get(f"{mod[0].text.lower()} {low}") if mod else None) or extra_groups().get(low)
    if found is None and tok.tag_ in PLURAL_TAGS and not low.endswith(ACT_SUFFIXES):
        # "opposition candidates", "army officers": the modifier's (not "army deployments")
        for c in tok.children:
            role = lex.groups.get(c.text.lower()) if c.dep_ in ("compound", "amod") and c.i < tok.i else None
            if role is not None and role.sector and role.sector != "-":
                return role.sector
    return found


def is_person_noun(tok: Token) -> bool:
    """A noun that names people: a title or role, a group noun, or one a "who" clause qualifies."""
    lex = builtin_lexicon()
    low = tok.lemma_.lower() or tok.text.lower()
    if low in lex.titles or group_sector(tok) is not None or (tok.pos_ != "PROPN" and f"{low}s" in extra_groups()):
        return True
    return any(c.dep_ == "relcl" and any(w.tag_ == "WP" for w in c.children) for c in tok.children)


def _country(word: Token, regions: bool = False) -> str | None:
    """The country a capitalised word names; with ``regions``, a region or city too ("Darfur")."""
    if not word.text[:1].isupper():
        return None
    lex = builtin_lexicon()
    code = lex.country_of_word(word.text)
    if code is None and regions and word.ent_type_ not in ("PERSON", "ORG"):
        code = lex.places.get(name_key(word.text))
    return code


def _ethnic(tok: Token) -> bool:
    """"ethnic Albanians", "ethnic Albanian guerrillas": the nationality word names a people, not a state."""
    return any(w.text.lower() == "ethnic" for c in tok.children if c.i < tok.i for w in (c, *c.children))


def place_cue(tok: Token, table: ActorTable) -> tuple[str, Token] | None:
    """The country of a place a noun is placed in: "in/from/of X" after it, or in its participle
    ("guerrillas operating in Macedonia")."""
    heads = [tok, *(c for c in tok.children if c.dep_ == "acl")]
    for head in heads:
        for c in head.children:
            if c.dep_ != "prep" or c.text.lower() not in PLACE_PREPS:
                continue
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                actor = table.actor_at(g.idx, g.idx + len(g))
                code = actor.country if actor is not None and actor.kind == "state" else _country(g, regions=True)
                if code:
                    return code, g
    return None


def _inner_cues(mod: Token) -> list[Token]:
    """Nationality words one level inside a modifier of a group noun, when the modifier names no
    country itself: "Kenyan" of "Kenyan riot police" (parsed on "riot"), "Vietnamese" of
    "Vietnamese-led forces"."""
    if _country(mod, regions=True):
        return []
    return [g for g in mod.children if g.i < mod.i and g.dep_ in ("amod", "compound", "npadvmod")
            and name_key(g.text) in builtin_lexicon().demonyms]


def country_cues(tok: Token, table: ActorTable) -> list[tuple[str, Token]]:
    """Countries that qualify a noun, with the word that says so: nationality or country words
    before it (with their conjuncts: "Hungarian and Romanian"), or "in/from/of" a country after it;
    for an ethnic group ("ethnic Albanians in Serbia") the place first."""
    if _ethnic(tok):
        placed = place_cue(tok, table)
        if placed is not None:
            return [placed]
    out: list[tuple[str, Token]] = []
    for c in tok.children:
        if c.i < tok.i and c.dep_ in CUE_DEPS:
            for w in [c, *(g for g in c.children if g.dep_ == "conj"), *_inner_cues(c)]:
                code = _country(w, regions=True)  # "Darfur rebels": a region or city too
                if code and all(code != k for k, _ in out):
                    out.append((code, w))
    if out:
        return out
    if tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i < tok.i and not any(
            c.i < tok.i and c.dep_ in ("det", "poss", "amod", "compound") for c in tok.children):
        # "Danish media and government": the bare conjunct shares its head's nationality
        return [(code, w) for code, w in country_cues(tok.head, table) if w.i < tok.head.i]
    for c in tok.children:
        if c.dep_ == "prep" and c.text.lower() in PLACE_PREPS:
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                actor = table.actor_at(g.idx, g.idx + len(g))
                code = actor.country if actor is not None and actor.kind == "state" else _country(g)
                if code:
                    return [(code, g)]
    from dragoman.events.group_cues import more_cues  # a possessor, a nested place or group

    return more_cues(tok, table)


def _span(tok: Token, cue: Token) -> tuple[int, int]:
    first = min(cue.i, tok.i)
    last = max(cue.i, tok.i)
    doc = tok.doc
    return doc[first].idx, doc[last].idx + len(doc[last])


def _register(table: ActorTable, actor: Actor | None, span: tuple[int, int], make) -> Actor:
    if actor is None:
        actor = table.add(make())
    else:
        table.add_mention(actor.id, span)
    return actor


def group_actors(tok: Token, table: ActorTable) -> list[Actor]:
    """The group actors a group noun with country cues names, found in or added to ``table``."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in ("PERSON", "ORG", "GPE"):
        return []
    sector = group_sector(tok)
    if sector is None or any(w.lower_ in FORMER for c in tok.children if c.i < tok.i for w in (c, *c.children)):
        return []  # "former officials" no longer hold the role the noun's sector names
    out = []
    cues: list[tuple[str | None, Token]] = list(country_cues(tok, table))
    if not cues and (people := people_cue(tok)) is not None:
        cues = [people]  # "Hausa politicians": Nigeria's; "Muslim hackers": a group of no country
    if not cues and bare_agent(tok, sector):
        cues = [(None, tok)]  # "prisoners rioted": a group that acts, of no country named
    for code, cue in cues:
        head = tok.text.lower()
        same = next((a for a in table.actors if a.kind == "organization" and a.country == code
                     and a.sector == sector and a.name.lower().split()[-1:] == [head]), None)
        span = _span(tok, cue)
        if cue.i == tok.i:  # a bare group noun
            name = tok.text
        elif cue.head.i == tok.i and cue.i < tok.i:  # "Ugandan opposition candidates", less conjuncts
            skip = {t.i for c in cue.children if c.dep_ in ("cc", "conj") for t in c.subtree}
            name = " ".join(t.text for t in tok.doc[cue.i:tok.i + 1] if t.i not in skip)
        elif cue.i < tok.i:  # "Hungarian" of "Hungarian and Romanian officials"
            name = f"{cue.text} {tok.text}"
        elif cue.head.dep_ == "prep":  # "rebels in Sudan"
            name = f"{tok.text} {cue.head.text} {cue.text}"
        else:  # "prisoners in a Kenyan jail": the phrase up to the noun the cue qualifies
            name = tok.doc[tok.i:max(cue.i, cue.head.i) + 1].text
        out.append(_register(table, same, span, lambda name=name, code=code, span=span: Actor(
            id=table.next_id(), name=name, kind="organization", country=code, sector=sector,
            mentions=[span], why=[f"events: group noun {tok.text!r} with {'country' if code else 'people'} cue {cue.text!r}"],
            stable_id=f"{stable_id(name, code)}.{sector.lower()}")))
    return out


def people_state(tok: Token, table: ActorTable) -> Actor | None:
    """A nation named by its people as an argument ("warned the Saudis", "Palestinians blamed X"):
    its state, found in or added to ``table``; not people counted or addressed ("all Americans")."""
    if tok.pos_ not in ("PROPN", "NOUN") or tok.tag_ not in PLURAL_TAGS or not tok.text[:1].isupper():
        return None
    dets = [c.lower_ for c in tok.children if c.dep_ in ("det", "predet", "amod") and c.lower_ in QUANTIFIERS]
    if tok.dep_ not in ("nsubj", "dobj", "pobj", "dative") or dets or any(
            c.dep_ in CUE_DEPS or c.dep_ == "poss" for c in tok.children):
        return None
    lex = builtin_lexicon()
    key = name_key(tok.text)
    code = lex.demonyms.get(key[:-1]) if key.endswith("s") else None
    if not code:
        return None
    state = next((a for a in table.actors if a.kind == "state" and a.country == code), None)
    span = (tok.idx, tok.idx + len(tok))
    name = lex.country_names.get(code, tok.text)
    return _register(table, state, span, lambda: Actor(
        id=table.next_id(), name=name, kind="state", country=code, sector="GOV", mentions=[span],
        why=[f"events: the people {tok.text!r} as an event's argument"], stable_id=f"state.{code.lower()}"))


def people_of(tok: Token, table: ActorTable) -> Actor | None:
    """A nationality in the plural as a group of that country's people ("Palestinians",
    "young Algerians"), found in or added to ``table``: civilians (CVL) of that country."""
    if tok.tag_ not in PLURAL_TAGS or not tok.text[:1].isupper() or tok.ent_type_ in ("PERSON", "ORG", "GPE"):
        return None
    low = name_key(tok.text)
    lex = builtin_lexicon()
    code = next((lex.demonyms[k] for k in (low[:-1], low[:-2]) if low.endswith("s") and k in lex.demonyms), None)
    if code is None:
        return None
    placed = place_cue(tok, table) if _ethnic(tok) else None
    if placed is not None:  # "ethnic Albanians in south Serbia": a community of Serbia
        code = placed[0]
    span = (tok.idx, tok.idx + len(tok))
    name = tok.text
    same = next((a for a in table.actors if a.kind == "organization" and a.country == code and a.sector == "CVL"
                 and a.name == name), None)
    return _register(table, same, span, lambda: Actor(
        id=table.next_id(), name=name, kind="organization", country=code, sector="CVL", mentions=[span],
        why=[f"events: nationality {tok.text!r} in the plural, a group of its people"],
        stable_id=f"{stable_id(name, code)}.cvl"))


def capital_state(tok: Token, code: str, table: ActorTable) -> Actor:
    """The state a capital stands for as an event's argument ("arrived in Amman", "fired at
    Seoul"), found in or added to ``table`` when the article never named the country."""
    return state_actor(code, tok, table, f"events: capital {tok.text!r} as an event's argument")


def state_actor(code: str, tok: Token, table: ActorTable, why: str) -> Actor:
    """The state ``code`` as an event's argument at ``tok``, found in or added to ``table`` (the actors
    stage leaves out a state the text names only as a place)."""
    state = next((a for a in table.actors if a.kind == "state" and a.country == code), None)
    span = (tok.idx, tok.idx + len(tok))
    name = builtin_lexicon().country_names.get(code, tok.text)
    return _register(table, state, span, lambda: Actor(
        id=table.next_id(), name=name, kind="state", country=code, sector="GOV", mentions=[span],
        why=[why], stable_id=f"state.{code.lower()}"))


def nationality_state(tok: Token, table: ActorTable) -> Actor | None:
    """The state a nationality before an argument noun stands for ("Iraqi towns"), found in or
    added to ``table``; None when no nationality qualifies it."""
    if tok.pos_ not in ("NOUN", "PROPN") or is_person_noun(tok):
        return None  # "a U.S. national", "a Canadian tourist": a person, not the state
    lex = builtin_lexicon()
    for c in tok.children:
        if c.i > tok.i or c.dep_ not in ("amod", "compound"):
            continue
        code = _country(c)
        if not code or name_key(c.text) not in lex.demonyms:
            continue
        state = next((a for a in table.actors if a.kind == "state" and a.country == code), None)
        span = (c.idx, c.idx + len(c))
        name = lex.country_names.get(code, c.text)
        return _register(table, state, span, lambda: Actor(
            id=table.next_id(), name=name, kind="state", country=code, sector="GOV", mentions=[span],
            why=[f"events: nationality {c.text!r} qualifying an event's argument"], stable_id=f"state.{code.lower()}"))
    return None


def demonym_state(word: Token, table: ActorTable) -> Actor | None:
    """The state a nationality adjective stands for as the author of an act noun ("Chilean
    sanctions", "a Bolivian attack"), found in or added to ``table``."""
    code = _country(word)
    if word.pos_ not in ("ADJ", "PROPN") or not code or name_key(word.text) not in builtin_lexicon().demonyms:
        return None
    return state_actor(code, word, table, f"events: nationality {word.text!r} as an act's author")


def government_actor(code: str, table: ActorTable, span: tuple[int, int]) -> Actor:
    """The government of a country as an actor ("their government"): the one in ``table``, else one
    added, named by the country's nationality word ("Chinese government")."""
    lex = builtin_lexicon()
    found = next((a for a in table.actors if a.kind == "organization" and a.country == code and a.sector == "GOV"
                  and "government" in a.name.lower()), None)
    demonym = next((w for w, c in lex.demonyms.items() if c == code and " " not in w), None)
    name = f"{demonym.title()} government" if demonym else f"Government of {lex.country_names.get(code, code)}"
    return _register(table, found, span, lambda: Actor(
        id=table.next_id(), name=name, kind="organization", country=code, sector="GOV", mentions=[span],
        why=["events: a possessive pronoun's own government"], stable_id=f"{stable_id(name, code)}.gov"))
