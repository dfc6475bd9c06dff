"""Collective actors the text names without a proper name: a person's campaign ("the Biden
campaign") and bare group nouns ("the police", "protesters", "the government") that stand for
the article's own country's group when no country word qualifies them."""

from __future__ import annotations

from spacy.tokens import Doc

from dragoman.actors.coref import FALLBACK, Mention
from dragoman.actors.lexicon import Lexicon
from dragoman.records import Actor
from dragoman.tokenfind import positions

CAMPAIGN_NOUNS = frozenset({"campaign"})
# group nouns read alone; those marked True only with "the" ("the government", not "a government")
BARE_GROUPS = {
    "police": False, "protesters": False, "protestors": False, "demonstrators": False,
    "rebels": False, "militants": False, "insurgents": False, "lawmakers": False, "legislators": False,
    "government": True, "opposition": True, "military": True, "army": True, "authorities": True,
}
_BARE_GROUP_WORDS = frozenset(BARE_GROUPS)
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "conj", "poss", "appos"})
QUANTIFIERS = frozenset({"the", "some", "many", "several", "thousands", "hundreds", "dozens", "of", "riot"})


def campaigns(doc: Doc, actors: list[Actor]) -> list[Actor]:
    """A person's campaign ("the Moreno campaign criticized ...") is an organisation of its own, of the
    person's country and sector; an office holder's campaign is their governing party's work (PTY)."""
    ends = {e: a for a in actors if a.kind == "person" for _, e in a.mentions}
    found: dict[str, Actor] = {}
    for i in positions(doc, CAMPAIGN_NOUNS):
        tok = doc[i]
        if i == 0:
            continue
        prev = doc[tok.i - 1]
        person = ends.get(prev.idx + len(prev.text))
        if person is None or prev.dep_ != "compound" or prev.head.i != tok.i:
            continue
        name = f"{person.name.split()[-1]} {tok.lower_}"
        start = next(s for s, e in person.mentions if e == prev.idx + len(prev.text))
        actor = found.get(name)
        if actor is None:
            actor = found[name] = Actor(id=f"A{len(actors) + len(found) + 1}", name=name, kind="organization",
                                        country=person.country,
                                        sector="PTY" if person.sector == "GOV" else person.sector,
                                        why=[f"text: {doc[prev.i:tok.i + 1].text!r} (the campaign of {person.name})"])
        actor.mentions.append((start, tok.idx + len(tok.text)))
    return list(found.values())



def bare_groups(doc: Doc, lex: Lexicon, country: str, taken: bytearray, used: bytearray,
                named: list[Mention] = ()) -> list[Mention]:
    """Mentions of bare group nouns that act or are acted upon, given the article's country;
    they join the group of that country and sector the text names elsewhere with the same noun
    ("Hong Kong police"), else make a group of their own ("protesters", not "Hong Kong people")."""
    heads = {(m.key, m.text.split()[-1].lower()) for m in named if m.key.startswith("group:") and m.text}
    out = []
    for i in positions(doc, _BARE_GROUP_WORDS):
        tok = doc[i]
        need_the = BARE_GROUPS.get(tok.lower_)
        role = lex.groups.get(tok.lower_)
        if need_the is None or role is None or not role.sector or taken[tok.i] or used[tok.i]:
            continue
        if tok.dep_ not in ARGUMENT_DEPS or tok.ent_type_:
            continue
        mods = [c for c in tok.children if c.i < tok.i]
        if any(c.dep_ in ("compound", "amod", "poss", "nmod") or c.text[:1].isupper() and c.lower_ != "the"
               for c in mods):
            continue  # "Hong Kong police", "Assad's government": named, the phrase readers' to read
        dets = [c.lower_ for c in mods if c.dep_ in ("det", "predet")]
        if need_the and dets != ["the"]:
            continue
        if dets and dets[0] not in QUANTIFIERS:
            continue  # "a government", "no police"
        key = f"group:{country}:{role.sector}"
        if (key, tok.lower_) not in heads:
            key = f"bare:{country}:{role.sector}:{tok.lower_}"
        out.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text, "organization", country=country,
                           sector=role.sector, strength=FALLBACK, key=key, alias=True,
                           why=[f"text: {tok.text!r} with no country word (article: main country {country})"]))
        taken[tok.i] = 1
    return out
