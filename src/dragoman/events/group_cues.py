"""Country cues of a group noun beyond a nationality before it or a country after it: a country
possessor ("Kenya's farmers"), and a place or group phrase whose own noun carries the country
("settlers in the West Bank city of Hebron", "doctors from two Swedish aid groups", "workers
affiliated with the Kenyan teachers' union")."""

from __future__ import annotations

from spacy.tokens import Token

from dragoman.actors.table import ActorTable

# prepositions that place a group or make it part of another: "in", "from", "of"; "with" only
# after a participle of belonging ("affiliated with", "allied with")
NEST_PREPS = frozenset({"in", "from", "of", "throughout", "across"})
BELONGING = frozenset({"affiliate", "ally", "link", "associate", "belong", "base"})
PRE_DEPS = frozenset({"amod", "compound", "nmod", "poss"})


def _state_code(word: Token, table: ActorTable, regions: bool = True) -> str | None:
    """The country of a word: its actor's, else the country (with ``regions``, region or city) it names."""
    from dragoman.events.groups import _country

    actor = table.actor_at(word.idx, word.idx + len(word))
    if actor is not None:
        return actor.country or None
    return _country(word, regions=regions)


def possessor_cue(tok: Token, table: ActorTable) -> tuple[str, Token] | None:
    """A country that owns the group: "Kenya's farmers", "Sudan's rebels"."""
    for c in tok.children:
        if c.dep_ == "poss" and c.i < tok.i and c.pos_ == "PROPN":
            code = _state_code(c, table)
            if code:
                return code, c
    return None


def _qualified(noun: Token, table: ActorTable) -> tuple[str, Token] | None:
    """The country a place or group noun carries: a nationality or country before it ("two
    Swedish aid groups", "a Kenyan jail", "the Kenyan teachers' union"), a place noun's "of" one
    after it ("the city of Hebron"), or its own name (a named organisation of a country)."""
    # a name straight after the preposition: its actor's country, or a country (a city there is a
    # venue: "ministers in Cairo")
    code = _state_code(noun, table, regions=False) if noun.pos_ == "PROPN" else None
    if code:
        return code, noun
    for c in noun.children:
        if c.i < noun.i and c.dep_ in PRE_DEPS:
            for w in (c, *(g for g in c.children if g.dep_ in ("poss", "compound", "amod"))):
                code = _state_code(w, table)
                if code:
                    return code, w
    from dragoman.events.groups import is_person_noun

    if is_person_noun(noun):  # "an assembly of ministers in Cairo": a venue, not the group's country
        return None
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                code = _state_code(g, table) if g.dep_ == "pobj" else None
                if code:
                    return code, g
    return None


def nested_cue(tok: Token, table: ActorTable) -> tuple[str, Token] | None:
    """The country of the place or group a group noun is in, from or part of, when that phrase's
    noun is qualified by one: "prisoners in a Kenyan jail", "doctors from Swedish aid groups"."""
    heads = [tok, *(c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in BELONGING)]
    for head in heads:
        for c in head.children:
            if c.dep_ != "prep" or c.lower_ not in (NEST_PREPS | ({"with", "to"} if head is not tok else set())):
                continue
            for g in c.children:
                if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN"):
                    found = _qualified(g, table)
                    if found is not None:
                        return found
    return None


def more_cues(tok: Token, table: ActorTable) -> list[tuple[str, Token]]:
    """The possessor's country, else the nested place's or group's: at most one cue."""
    found = possessor_cue(tok, table) or nested_cue(tok, table)
    return [found] if found is not None else []
