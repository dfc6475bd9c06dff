"""Implicit targets of domestic events (dragoman.events.domestic) on hand-built parses (no model):
invented sentences and actors."""

from __future__ import annotations

from dragoman.actors.table import ActorTable
from dragoman.events import extract_events
from dragoman.events.domestic import cues
from dragoman.records import Actor, Place
from tests.parses import context, parse


def actor(doc, i, name, kind, country, sector, n=1):
    tok = doc[i]
    return Actor(id=f"A{n}", name=name, kind=kind, country=country, sector=sector,
                 mentions=[(tok.idx, tok.idx + len(tok))])


def run(doc, actors, places=()):
    ctx = context(doc)
    table = ActorTable(actors)
    return extract_events(doc, ctx, table, places=list(places)), table


def test_cue_classes_are_data():
    kinds = cues()
    assert "curfew" in kinds["measure"] and "state_of_emergency" in kinds["measure"]
    assert "surrender" in kinds["yield"] and "emergency" not in kinds["measure"]


# "Rebels surrendered ."
SURRENDER = [
    ("Rebels", 1, "nsubj", "NOUN", "NNS", "rebel"),
    ("surrendered", 1, "ROOT", "VERB", "VBD", "surrender"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_surrendering_rebels_yield_to_their_state_inferred():
    doc = parse(SURRENDER)
    [ev], table = run(doc, [actor(doc, 0, "Tarvian rebels", "organization", "XTV", "REB")])
    target = table.get(ev.target)
    assert ev.type == "RETREAT" and target.kind == "state" and target.country == "XTV"
    assert ev.why and "own government" in ev.why and ev.confidence < 0.8


def test_a_named_government_is_preferred_to_the_state():
    doc = parse(SURRENDER + [("Government", 3, "ROOT", "NOUN", "NN", "government")])
    rebels = actor(doc, 0, "Tarvian rebels", "organization", "XTV", "REB")
    gov = actor(doc, 3, "Tarvian government", "organization", "XTV", "GOV", n=2)
    [ev], _ = run(doc, [rebels, gov])
    assert ev.target == "A2"


def test_an_office_holder_who_resigns_addresses_no_one():
    doc = parse([("Arlen", 1, "nsubj", "PROPN", "NNP", "Arlen"), ("resigned", 1, "ROOT", "VERB", "VBD", "resign"),
                 (".", 1, "punct", "PUNCT", ".", ".")])
    [ev] = run(doc, [actor(doc, 0, "Arlen", "person", "XTV", "GOV")])[0]
    assert (ev.source, ev.target) == ("A1", None)  # a monadic event: no one is addressed


# "Officials imposed a curfew in Corvale ."
CURFEW = [
    ("Officials", 1, "nsubj", "NOUN", "NNS", "official"),
    ("imposed", 1, "ROOT", "VERB", "VBD", "impose"),
    ("a", 3, "det", "DET", "DT", "a"),
    ("curfew", 1, "dobj", "NOUN", "NN", "curfew"),
    ("in", 1, "prep", "ADP", "IN", "in"),
    ("Corvale", 4, "pobj", "PROPN", "NNP", "Corvale"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def _corvale(doc, country="XTV"):
    tok = doc[5]
    return [Place(text="Corvale", start=tok.idx, end=tok.idx + 7, name="Corvale", country=country)]


def test_a_measure_in_a_place_targets_its_people():
    doc = parse(CURFEW)
    [ev], table = run(doc, [actor(doc, 0, "Tarvian officials", "organization", "XTV", "GOV")], _corvale(doc))
    target = table.get(ev.target)
    assert ev.type == "COERCE" and target.name == "people of Corvale"
    assert (target.country, target.sector) == ("XTV", "CVL") and ev.why


def test_a_measure_in_another_country_targets_that_state():
    doc = parse(CURFEW)
    [ev], table = run(doc, [actor(doc, 0, "Tarvian officials", "organization", "XTV", "GOV")],
                      _corvale(doc, "XQQ"))
    target = table.get(ev.target)
    assert target.kind == "state" and target.country == "XQQ"


def test_a_measure_with_no_place_has_no_target():
    doc = parse(CURFEW[:4] + [(".", 1, "punct", "PUNCT", ".", ".")])
    [ev] = run(doc, [actor(doc, 0, "Tarvian officials", "organization", "XTV", "GOV")])[0]
    assert (ev.type, ev.source, ev.target) == ("COERCE", "A1", None)


# "Police arrested protesters ."
ARREST = [
    ("Police", 1, "nsubj", "NOUN", "NNS", "police"),
    ("arrested", 1, "ROOT", "VERB", "VBD", "arrest"),
    ("protesters", 1, "dobj", "NOUN", "NNS", "protester"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_police_coercing_an_unplaced_group_act_on_their_country():
    doc = parse(ARREST)
    [ev], table = run(doc, [actor(doc, 0, "Tarvian police", "organization", "XTV", "COP")])
    target = table.get(ev.target)
    assert ev.type == "COERCE" and target.country == "XTV" and target.sector == "CVL" and ev.why


def test_an_army_coercing_an_unplaced_group_infers_nothing():
    doc = parse(ARREST)
    [ev] = run(doc, [actor(doc, 0, "Tarvian army", "organization", "XTV", "MIL")])[0]
    assert (ev.type, ev.target, ev.why) == ("COERCE", None, None)  # a monadic arrest: no target inferred


# "Officials declared a state of emergency in Corvale ."
EMERGENCY = [
    ("Officials", 1, "nsubj", "NOUN", "NNS", "official"),
    ("declared", 1, "ROOT", "VERB", "VBD", "declare"),
    ("a", 3, "det", "DET", "DT", "a"),
    ("state", 1, "dobj", "NOUN", "NN", "state"),
    ("of", 3, "prep", "ADP", "IN", "of"),
    ("emergency", 4, "pobj", "NOUN", "NN", "emergency"),
    ("in", 1, "prep", "ADP", "IN", "in"),
    ("Corvale", 6, "pobj", "PROPN", "NNP", "Corvale"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_a_state_of_emergency_is_a_framed_measure():
    doc = parse(EMERGENCY)
    tok = doc[7]
    places = [Place(text="Corvale", start=tok.idx, end=tok.idx + 7, name="Corvale", country="XTV")]
    [ev], table = run(doc, [actor(doc, 0, "Tarvian officials", "organization", "XTV", "GOV")], places)
    assert ev.type == "COERCE" and ev.rule == "V:declare =@emergency_rule"
    assert table.get(ev.target).name == "people of Corvale"


# "Arlen demanded an apology by Borin ."
APOLOGY_BY = [
    ("Arlen", 1, "nsubj", "PROPN", "NNP", "Arlen"),
    ("demanded", 1, "ROOT", "VERB", "VBD", "demand"),
    ("an", 3, "det", "DET", "DT", "an"),
    ("apology", 1, "dobj", "NOUN", "NN", "apology"),
    ("by", 3, "prep", "ADP", "IN", "by"),
    ("Borin", 4, "pobj", "PROPN", "NNP", "Borin"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_a_demanded_act_targets_its_performer():
    doc = parse(APOLOGY_BY)
    events, _ = run(doc, [actor(doc, 0, "Arlen", "person", "XTV", "GOV"),
                          actor(doc, 5, "Borin", "person", "XQQ", "GOV", n=2)])
    assert [(e.type, e.source, e.target) for e in events] == [("REQUEST", "A1", "A2")]


# "Dagestan rebels attacked Borin ."
REGION_GROUP = [
    ("Dagestan", 1, "compound", "PROPN", "NNP", "Dagestan"),
    ("rebels", 2, "nsubj", "NOUN", "NNS", "rebel"),
    ("attacked", 2, "ROOT", "VERB", "VBD", "attack"),
    ("Borin", 2, "dobj", "PROPN", "NNP", "Borin"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


def test_a_region_before_a_group_noun_is_its_country():
    doc = parse(REGION_GROUP)
    [ev], table = run(doc, [actor(doc, 3, "Borin", "person", "XQQ", "GOV")])
    source = table.get(ev.source)
    assert ev.type == "ASSAULT" and (source.country, source.sector) == ("RUS", "REB")


# "Ethnic Hungarians in Slovakia protested ."
ETHNIC = [
    ("Ethnic", 1, "amod", "ADJ", "JJ", "ethnic"),
    ("Hungarians", 4, "nsubj", "PROPN", "NNPS", "Hungarians"),
    ("in", 1, "prep", "ADP", "IN", "in"),
    ("Slovakia", 2, "pobj", "PROPN", "NNP", "Slovakia"),
    ("protested", 4, "ROOT", "VERB", "VBD", "protest"),
    (".", 4, "punct", "PUNCT", ".", "."),
]


def test_an_ethnic_community_belongs_to_the_place_it_lives_in():
    doc = parse(ETHNIC)
    [ev], table = run(doc, [actor(doc, 3, "Slovakia", "state", "SVK", "GOV")])
    source = table.get(ev.source)
    assert ev.type == "PROTEST" and source.country == "SVK" and source.sector == "CVL"
    assert ev.target == "A1"
