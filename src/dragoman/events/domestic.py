"""Implicit targets of domestic events: the party inside the source's own country (or the place
named) that the construction implies when the text names none, as CAMEO/PETRARCH code them.

- a measure on a population imposed, extended or lifted in a place ("imposed a curfew in X",
  "declared martial law in Y", "lifted the state of emergency in Z"): the people of that place (a
  place of another country: that state); with no place named, none;
- a yielding act or a protest of a non-state group ("the rebels surrendered", "declared a
  ceasefire", "demonstrated in Serbia"): its country's (or the place's) government, the state
  when none is named; not of an office holder ("the president resigned": no party addressed);
- coercion by a domestic institution (police, courts) of a group it does not place ("arrested
  20 protesters", "dispersed demonstrators", "arresting 12"): that group, of the source's country.

Each returns ``(actor, True, token, why)``: an inferred target (lower confidence) and the reason.
The cue words are data: ``data/events/domestic.txt`` (documented in that folder's README).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from dragoman.actors.builtin import builtin_lexicon
from dragoman.actors.normalize import stable_id
from dragoman.actors.table import ActorTable
from dragoman.events.groups import _country, _register, group_sector
from dragoman.events.predicates import Predicate
from dragoman.records import Actor, Place

STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# groups that stand against their own state: rebels, opposition, civilians, workers, students, clergy,
# farmers, refugees, prisoners
PARTIES = frozenset({"REB", "OPP", "CVL", "LAB", "EDU", "REL", "AGR", "REF", "CRM"})
DOMESTIC_FORCE = frozenset({"COP", "JUD"})  # institutions that act at home: police, courts
PLACE_PREPS = frozenset({"in", "throughout", "across", "over", "on", "around"})


@lru_cache(maxsize=1)
def cues() -> dict[str, frozenset[str]]:
    """Cue classes of ``data/events/domestic.txt``: class -> lemmas."""
    out: dict[str, set[str]] = {}
    text = resources.files("dragoman").joinpath("data/events/domestic.txt").read_text("utf-8")
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            cls, words = line.split(":", 1)
            out.setdefault(cls.strip(), set()).update(w.strip().lower() for w in words.split())
    return {k: frozenset(v) for k, v in out.items()}


def _lemmas(pred: Predicate) -> set[str]:
    tok = pred.token
    found = {tok.lemma_.lower(), tok.text.lower()}
    if pred.obj is not None and pred.obj.head.text.lower() != "of":
        found |= {pred.obj.lemma_.lower(), pred.obj.text.lower()}
    for c in tok.children:  # "martial law", "declared a ceasefire", "a state of emergency"
        if c.dep_ in ("dobj", "nsubjpass", "attr", "amod", "compound"):
            found |= {c.lemma_.lower()} | {g.lemma_.lower() for g in c.subtree if g.dep_ == "amod"}
            found |= {f"{c.lemma_.lower()}_of_{g.lemma_.lower()}" for p in c.children if p.dep_ == "prep"
                      and p.text.lower() == "of" for g in p.children if g.dep_ == "pobj"}
    return found


def _clause(tok: Token) -> Token:
    head = tok
    while head.pos_ != "VERB" and head.dep_ not in ("ROOT",) and head.head is not head:
        head = head.head
    return head


def _background(pred: Predicate) -> bool:
    """A measure described, not reported: in a participle modifier ("the martial law imposed by X")."""
    tok = pred.token
    if pred.kind == "V":
        return tok.dep_ == "acl"
    return any(c.dep_ == "acl" and c.tag_ == "VBN" for c in tok.children)


def _place(tok: Token, places: Sequence[Place]) -> Place | None:
    """A place named in the clause of ``tok`` under a locative preposition ("in Cizre")."""
    clause = _clause(tok)
    lo, hi = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
    for p in places:
        if lo <= p.start < hi and p.country:
            word = next((t for t in tok.doc if t.idx == p.start), None)
            if word is None:
                continue
            preps = []  # the prepositions up to the clause: "in the town of Cizre"
            for a in word.ancestors:
                if a.i == clause.i:
                    break
                if a.dep_ == "prep":
                    preps.append(a.text.lower())
            if any(w in PLACE_PREPS for w in preps):
                return p
    return _region(clause)


def _region(clause: Token) -> Place | None:
    """A region the place finder did not know, named under "in" in the clause by a word of the
    regions and cities table ("in West Darfur State")."""
    for prep in clause.children:
        if prep.dep_ != "prep" or prep.text.lower() not in PLACE_PREPS:
            continue
        for obj in (g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "PROPN"):
            words = [w for w in obj.subtree if w.dep_ in ("compound", "pobj") and w.i <= obj.i]
            code = next((c for w in words if (c := _country(w, regions=True))), None)
            if code:
                first = min(w.i for w in words)
                span = obj.doc[first:obj.i + 1]
                return Place(text=span.text, start=span.start_char, end=span.end_char, name=span.text, country=code)
    return None


def _country_name(code: str) -> str:
    return builtin_lexicon().country_names.get(code, code)


def people(code: str, where: str, table: ActorTable, span: tuple[int, int], why: str) -> Actor:
    """The population of a place or country as a group actor (CVL), found in or added to ``table``."""
    name = f"people of {where}"
    same = next((a for a in table.actors if a.kind == "organization" and a.name == name), None)
    return _register(table, same, span, lambda: Actor(
        id=table.next_id(), name=name, kind="organization", country=code, sector="CVL", mentions=[span],
        why=[f"events: {why}"], stable_id=f"{stable_id(name, code)}.cvl"))


def state(code: str, table: ActorTable, span: tuple[int, int], why: str) -> Actor:
    """A country's state, found in or added to ``table``."""
    found = next((a for a in table.actors if a.kind == "state" and a.country == code), None)
    return _register(table, found, span, lambda: Actor(
        id=table.next_id(), name=_country_name(code), kind="state", country=code, sector="GOV",
        mentions=[span], why=[f"events: {why}"], stable_id=f"state.{code.lower()}"))


def government(code: str, table: ActorTable, span: tuple[int, int], why: str) -> Actor:
    """A country's government: a named government body of that country, else its state."""
    govs = [a for a in table.actors if a.country == code and a.sector == "GOV" and a.kind == "organization"
            and "government" in a.name.lower()]
    if govs:
        return govs[0]
    return state(code, table, span, why)


def _span(tok: Token) -> tuple[int, int]:
    return tok.idx, tok.idx + len(tok)


def domestic_target(pred: Predicate, source: Actor, targets: Sequence[Token], table: ActorTable,
                    places: Sequence[Place]) -> list[tuple]:
    """The target a domestic construction implies when the text names none (see the module)."""
    tok = pred.token
    words = _lemmas(pred)
    kinds = cues()
    place = _place(tok, places)
    home = source.country
    span = _span(tok)
    if words & kinds.get("measure", frozenset()) and source.sector in STATE_SECTORS and not _background(pred):
        if place is not None and home and place.country != home:
            why = f"a measure imposed in {place.name}: its state"
            return [(state(place.country, table, span, why), True, tok, why)]
        if place is None or not place.country:
            return []  # no place named: the population is left wholly implicit ("declared an emergency")
        code, where = place.country, place.name
        why = f"a measure on a population ({tok.text!r}): the people of {where}"
        return [(people(code, where, table, span, why), True, tok, why)]
    code = home or (place.country if place is not None else None)
    if not code:
        return []
    if words & kinds.get("yield", frozenset()) or pred.entry.type == "PROTEST":
        if pred.entry.type not in ("RETREAT", "CONCEDE", "AGREE", "PROTEST"):
            return []
        if source.kind != "organization" or source.sector not in PARTIES:
            return []  # an office holder who resigns, a reporter who "calls": no party addressed
        if place is not None and place.country:
            code = place.country
        why = f"a non-state party's act ({tok.text!r}) addresses its own government"
        return [(government(code, table, span, why), True, tok, why)]
    if pred.entry.type in ("COERCE", "ASSAULT") and source.sector in DOMESTIC_FORCE:
        for t in targets:
            sector = group_sector(t) or ("CVL" if t.pos_ == "NUM" and t.dep_ != "nummod" else None)
            if sector is not None:
                name = f"{t.text} in {_country_name(code)}"
                why = f"people ({t.text!r}) coerced by a domestic institution: of its country"
                same = next((a for a in table.actors if a.kind == "organization" and a.name == name), None)
                actor = _register(table, same, _span(t), lambda name=name, sector=sector, t=t, why=why: Actor(
                    id=table.next_id(), name=name, kind="organization", country=code, sector=sector,
                    mentions=[_span(t)], why=[f"events: {why}"],
                    stable_id=f"{stable_id(name, code)}.{sector.lower()}"))
                return [(actor, True, t, why)]
    return []
