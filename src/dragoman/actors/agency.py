"""Whether a country named in a sentence acts or is acted upon (an actor) or only names a place, an origin or
a topic ("a tournament in Qatar", "Bermuda was hit by the storm", "Mexico's forests", "the President of the
United States"). The annotation rule it follows: states are actors when they act or are acted upon."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from dragoman.actors import words
from dragoman.actors.lexicon import Lexicon

LOCATIVE = frozenset("in at near across throughout inside outside within around into as".split())
# Verbs of a person's moving, and nouns of people by origin: "from" a country after them names a place.
MOVING = frozenset("move travel fly return emigrate immigrate relocate go come migrate flee escape head sail drive "
                   "walk commute take bring evacuate transfer ship smuggle".split())
PEOPLE_FROM = frozenset("migrant refugee national citizen tourist visitor immigrant emigrant student player athlete "
                        "people person worker resident traveller traveler pilgrim".split())
# A subject of these undergoes, holds or ranks ("Bermuda was hit", "the United States has the most cases").
UNDERGOING = frozenset("be have experience suffer record register see face remain lie sit border rank account total "
                       "top exceed surpass reach hit strike affect batter lash sweep flood shake rock devastate damage "
                       "become lose gain grow fall rise appear".split())
# An object of these is a place the weather, a disease or a traveller passes ("the storm cleared the Bahamas").
PASSING = frozenset("leave clear cross pass reach hit strike affect batter lash sweep flood shake rock devastate "
                    "damage enter spread tour comprise include cover span encompass".split())
# "have" with these is an interaction ("Turkey and Greece have had poor relations").
RELATIONS = frozenset("relation relationship tie talk dispute agreement deal treaty war conflict alliance contact "
                      "disagreement row feud".split())
# Prepositions whose object takes part whatever their head ("sanctions against Iran", "talks with Ukraine").
TAKING_PART = frozenset("against with between among versus vs. by".split())
# Prepositions whose object takes part when their head is an event or a statement ("pressure on Iran").
EVENTFUL = frozenset("on upon over from of for".split())
# Prepositions whose object receives or is addressed, unless someone only travels there.
RECEIVING = frozenset("to toward towards".split())
STATE_SECTORS = frozenset("GOV MIL COP SPY LEG JUD".split())
# Nouns that, owned by a country, are its acts ("Turkey's decision"), besides the event lexicon's heads.
DEEDS = frozenset("decision response move policy position stance plan proposal statement announcement demand "
                  "refusal warning threat offer request claim call bid role involvement approach strategy "
                  "effort efforts action actions".split())


# Event types whose action lands where it happens ("shot dead in Osgiliath"), besides arriving.
LANDING_TYPES = frozenset("ASSAULT COERCE MOBILIZE".split())
ARRIVING = frozenset("arrive land visit".split())


@lru_cache(maxsize=1)
def _eventful() -> frozenset[str]:
    """Lemmas of the hand-written event lexicon's verbs and nouns (the converted one holds most verbs of
    English), speech cues and the deeds above."""
    from dragoman.events.lexicon import load_lexicon as event_lexicon
    from dragoman.quotes.lexicon import load_lexicon as cue_lexicon

    events, cues = event_lexicon(converted=False), cue_lexicon()
    return frozenset(events.verbs) | frozenset(events.nouns) | cues.speech | cues.indirect | DEEDS


@lru_cache(maxsize=1)
def _landing() -> frozenset[str]:
    """Verbs and nouns whose action lands in the place after "in/at/into" ("arrived in", "shot dead in",
    "an offensive into")."""
    from dragoman.events.lexicon import load_lexicon as event_lexicon

    events = event_lexicon(converted=False)
    return ARRIVING | frozenset(lemma for table in (events.verbs, events.nouns) for lemma, entries in table.items()
                                if any(e.type in LANDING_TYPES for e in entries))


def _lands(owner: Token) -> bool:
    """The head of "in/at/into" is an action that lands there, itself or through its object ("began an
    offensive into Syria")."""
    landing = _landing()
    return owner.lemma_.lower() in landing and owner.pos_ in ("VERB", "AUX", "NOUN") \
        or any(c.dep_ == "dobj" and c.lemma_.lower() in landing for c in owner.children)


def only_located(doc: Doc, start: int, end: int) -> bool:
    """A country named only as where something is or happens: after "in/at/across…" where nothing happens
    to it ("a tournament in Portugal", "grew up in the Netherlands"), not where an event verb's action
    lands ("arrived in Gondor", "shot dead in Osgiliath"); after a city ("Doha, Qatar"); as an origin
    ("the nationals were from France", "fled from Syria"); or listed with such a place ("from France,
    Mexico and Canada")."""
    root = doc[start:end].root
    first = _first_of_list(root)
    if first is not root:
        start = first.left_edge.i if first.left_edge.lower_ != "the" else first.left_edge.i + 1
    if root.dep_ == "appos" and root.head.i < start and root.head.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    if root.dep_ != "conj" and start > 1 and doc[start - 1].text == "," and doc[start - 2].ent_type_ in ("GPE", "LOC"):
        return True  # "off the coast of California, United States,"
    before = start - 1 if start > 0 and doc[start - 1].lower_ != "the" else start - 2
    if before < 0:
        return False
    word, head = doc[before].lower_, doc[before].head
    lemma = head.lemma_.lower()
    if word == "from" and lemma in MOVING:
        return True  # "fled from Syria"; "flew to Sweden" may be a visit, an event
    if word == "from":  # "were from France", "migrants from Syria"; "demanded an explanation from Russia" acts
        return lemma == "be" or lemma in PEOPLE_FROM
    return word in LOCATIVE and word != "as" and not (head.pos_ in ("VERB", "AUX") and lemma in words.event_verbs())


def acts(doc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """The country doc[start:end] acts or is acted upon: the subject of a verb that is not one of undergoing
    or holding, an object, the object of "against/with/between", of an event's or a statement's preposition,
    the owner of a deed ("Russia's invasion") or of a state body ("the navies of China"), or listed with one
    that does."""
    token = _first_of_list(doc[start:end].root)
    if token.dep_ == "appos" and token.head.dep_ != "appos":
        token = _first_of_list(token.head)
    return _role_acts(token, lex)


def _role_acts(token: Token, lex: Lexicon) -> bool:
    dep, head = token.dep_, token.head
    lemma = head.lemma_.lower()
    if dep in ("nsubj", "nsubjpass"):
        if lemma == "have" or lemma in UNDERGOING and dep == "nsubj":
            return lemma == "have" and any(c.dep_ == "dobj" and c.lemma_.lower() in RELATIONS for c in head.children)
        return not (dep == "nsubjpass" and lemma in UNDERGOING)
    if dep in ("dobj", "dative"):
        return lemma not in PASSING and lemma not in MOVING
    if dep == "pobj":
        prep = head.lower_
        if prep in TAKING_PART:
            return prep != "by" or head.dep_ == "agent"  # "attacked by Russia", not "passed by Bermuda"
        owner = head.head
        if prep in LOCATIVE:  # "arrived in Gondor": where an event verb's action lands
            return _lands(owner)
        if prep == "of" and _state_body(owner, lex):
            return True
        if prep in RECEIVING:  # "handed control to China", "a letter to Iran"; not "flew to Sweden"
            return not any(w.lemma_.lower() in MOVING or w.lemma_.lower() in PASSING for w in (owner, owner.head))
        # "demanded an explanation from Russia": the noun's verb may be the event
        return prep in EVENTFUL and any(_eventful_word(w) for w in (owner, owner.head) if w is owner or owner.dep_ == "dobj")
    if dep == "poss":
        return _eventful_word(head) or _state_body(head, lex)
    return False


def _eventful_word(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return lemma in _eventful() and lemma not in MOVING and lemma not in PASSING


def _state_body(token: Token, lex: Lexicon) -> bool:
    """A common noun for a state's body or forces ("navies", "government", "police"), not a named one."""
    if token.pos_ != "NOUN" or words.capitalised(token):
        return False
    role = lex.groups.get(token.lower_) or lex.groups.get(token.lemma_.lower())
    return role is not None and role.sector in STATE_SECTORS


def _first_of_list(token: Token) -> Token:
    """A list takes the role of its first member ("Turkey and Greece")."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token
