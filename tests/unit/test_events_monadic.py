"""Monadic events (dragoman.events.monadic): acts with one actor, coded with no target, on
hand-built parses (no model) of invented sentences."""

from __future__ import annotations

from dragoman.actors.table import ActorTable
from dragoman.events import extract_events
from dragoman.records import Actor
from tests.parses import context, parse


def actor(doc, i, name, kind="organization", country="XTV", sector="GOV", n=1):
    tok = doc[i]
    return Actor(id=f"A{n}", name=name, kind=kind, country=country, sector=sector,
                 mentions=[(tok.idx, tok.idx + len(tok))])


def run(doc, actors):
    ctx = context(doc)
    return extract_events(doc, ctx, ActorTable(actors))


def coded(doc, actors):
    return [(e.type, e.source, e.target) for e in run(doc, actors)]


DOT = (".", 0, "punct", "PUNCT", ".", ".")


def test_a_strike_with_no_addressee_is_coded_with_its_source_alone():
    # "Borland unions went on strike ."
    doc = parse([("Borland", 1, "compound", "PROPN", "NNP", "Borland"), ("unions", 2, "nsubj", "NOUN", "NNS", "union"),
                 ("went", 2, "ROOT", "VERB", "VBD", "go"), ("on", 2, "prep", "ADP", "IN", "on"),
                 ("strike", 3, "pobj", "NOUN", "NN", "strike"), (".", 2, "punct", "PUNCT", ".", ".")])
    # (with a country, a group's protest addresses its own government: dragoman.events.implicit)
    [ev] = run(doc, [actor(doc, 0, "Borland unions", country=None, sector="LAB")])
    assert (ev.type, ev.mode, ev.source, ev.target) == ("PROTEST", "strike", "A1", None)
    assert ev.confidence < 0.8  # below a dyadic event's


def test_a_resignation_is_a_retreat_of_one_actor():
    # "Arlen resigned ." / "Arlen stood down ." / "Arlen quit his post ."
    doc = parse([("Arlen", 1, "nsubj", "PROPN", "NNP", "Arlen"), ("resigned", 1, "ROOT", "VERB", "VBD", "resign"),
                 (".", 1, "punct", "PUNCT", ".", ".")])
    assert coded(doc, [actor(doc, 0, "Arlen", kind="person")]) == [("RETREAT", "A1", None)]
    doc = parse([("Arlen", 1, "nsubj", "PROPN", "NNP", "Arlen"), ("quit", 1, "ROOT", "VERB", "VBD", "quit"),
                 ("his", 3, "poss", "PRON", "PRP$", "his"), ("post", 1, "dobj", "NOUN", "NN", "post"),
                 (".", 1, "punct", "PUNCT", ".", ".")])
    assert coded(doc, [actor(doc, 0, "Arlen", kind="person")]) == [("RETREAT", "A1", None)]


def test_killing_unnamed_people_is_an_assault_of_one_actor():
    # "Tarvian troops killed three villagers ."
    doc = parse([("Tarvian", 1, "amod", "ADJ", "JJ", "tarvian"), ("troops", 2, "nsubj", "NOUN", "NNS", "troop"),
                 ("killed", 2, "ROOT", "VERB", "VBD", "kill"), ("three", 4, "nummod", "NUM", "CD", "three"),
                 ("villagers", 2, "dobj", "NOUN", "NNS", "villager"), (".", 2, "punct", "PUNCT", ".", ".")])
    assert coded(doc, [actor(doc, 0, "Tarvian troops", sector="MIL")]) == [("ASSAULT", "A1", None)]


def test_a_general_verb_with_an_object_of_unknown_sense_is_no_monadic_event():
    # "The ministry released a statement ." (not a release of prisoners)
    doc = parse([("The", 1, "det", "DET", "DT", "the"), ("ministry", 2, "nsubj", "NOUN", "NN", "ministry"),
                 ("released", 2, "ROOT", "VERB", "VBD", "release"), ("a", 4, "det", "DET", "DT", "a"),
                 ("statement", 2, "dobj", "NOUN", "NN", "statement"), (".", 2, "punct", "PUNCT", ".", ".")])
    assert run(doc, [actor(doc, 1, "Tarvian ministry")]) == []


def test_a_thing_pronoun_undergoing_a_general_verb_is_of_unknown_sense():
    # "It was released by the ministry ." (a report? a prisoner?)
    doc = parse([("It", 2, "nsubjpass", "PRON", "PRP", "it"), ("was", 2, "auxpass", "AUX", "VBD", "be"),
                 ("released", 2, "ROOT", "VERB", "VBN", "release"), ("by", 2, "agent", "ADP", "IN", "by"),
                 ("the", 5, "det", "DET", "DT", "the"), ("ministry", 3, "pobj", "NOUN", "NN", "ministry"),
                 (".", 2, "punct", "PUNCT", ".", ".")])
    assert run(doc, [actor(doc, 5, "Tarvian ministry")]) == []


def test_acts_about_another_party_need_it():
    # "Arlen spoke ." (CONSULT), "Arlen praised ..." : no monadic meeting or praise
    doc = parse([("Arlen", 1, "nsubj", "PROPN", "NNP", "Arlen"), ("spoke", 1, "ROOT", "VERB", "VBD", "speak"),
                 (".", 1, "punct", "PUNCT", ".", ".")])
    assert run(doc, [actor(doc, 0, "Arlen", kind="person")]) == []


def test_an_undergone_act_is_not_its_subjects():
    # "Officers were suspended ." : the officers do not suspend
    doc = parse([("Officers", 2, "nsubjpass", "NOUN", "NNS", "officer"), ("were", 2, "auxpass", "AUX", "VBD", "be"),
                 ("suspended", 2, "ROOT", "VERB", "VBN", "suspend"), (".", 2, "punct", "PUNCT", ".", ".")])
    assert run(doc, [actor(doc, 0, "Tarvian officers", sector="COP")]) == []


def test_a_victims_arrest_is_not_his_act():
    # "Arlen's arrest angered them ." : no monadic arrest by Arlen
    doc = parse([("Arlen", 2, "poss", "PROPN", "NNP", "Arlen"), ("'s", 0, "case", "PART", "POS", "'s"),
                 ("arrest", 3, "nsubj", "NOUN", "NN", "arrest"), ("surprised", 3, "ROOT", "VERB", "VBD", "surprise"),
                 ("them", 3, "dobj", "PRON", "PRP", "they"), (".", 3, "punct", "PUNCT", ".", ".")])
    assert [e for e in run(doc, [actor(doc, 0, "Arlen", kind="person")]) if e.type == "COERCE"] == []


def test_a_refusal_of_a_monadic_act_is_the_refusers_rejection():
    # "Arlen refused to resign ."
    doc = parse([("Arlen", 1, "nsubj", "PROPN", "NNP", "Arlen"), ("refused", 1, "ROOT", "VERB", "VBD", "refuse"),
                 ("to", 3, "aux", "PART", "TO", "to"), ("resign", 1, "xcomp", "VERB", "VB", "resign"),
                 (".", 1, "punct", "PUNCT", ".", ".")])
    assert ("REJECT", "A1", None) in coded(doc, [actor(doc, 0, "Arlen", kind="person")])


def test_opening_fire_and_blowing_up_a_pipeline():
    # "Rebels opened fire ." / "Rebels blew up a pipeline ."
    doc = parse([("Rebels", 1, "nsubj", "NOUN", "NNS", "rebel"), ("opened", 1, "ROOT", "VERB", "VBD", "open"),
                 ("fire", 1, "dobj", "NOUN", "NN", "fire"), (".", 1, "punct", "PUNCT", ".", ".")])
    assert coded(doc, [actor(doc, 0, "Tarvian rebels", sector="REB")]) == [("ASSAULT", "A1", None)]
    doc = parse([("Rebels", 1, "nsubj", "NOUN", "NNS", "rebel"), ("blew", 1, "ROOT", "VERB", "VBD", "blow"),
                 ("up", 1, "prt", "ADP", "RP", "up"), ("a", 4, "det", "DET", "DT", "a"),
                 ("pipeline", 1, "dobj", "NOUN", "NN", "pipeline"), (".", 1, "punct", "PUNCT", ".", ".")])
    assert coded(doc, [actor(doc, 0, "Tarvian rebels", sector="REB")]) == [("COERCE", "A1", None)]


def test_a_commitment_states_an_intent_to_cooperate():
    # "Arlen committed to reforms ."
    doc = parse([("Arlen", 1, "nsubj", "PROPN", "NNP", "Arlen"), ("committed", 1, "ROOT", "VERB", "VBD", "commit"),
                 ("to", 1, "prep", "ADP", "IN", "to"), ("reforms", 2, "pobj", "NOUN", "NNS", "reform"),
                 (".", 1, "punct", "PUNCT", ".", ".")])
    assert coded(doc, [actor(doc, 0, "Arlen", kind="person")]) == [("AGREE", "A1", None)]


def test_massing_troops_is_a_mobilisation():
    # "Tarvia massed tanks ."
    doc = parse([("Tarvia", 1, "nsubj", "PROPN", "NNP", "Tarvia"), ("massed", 1, "ROOT", "VERB", "VBD", "mass"),
                 ("tanks", 1, "dobj", "NOUN", "NNS", "tank"), (".", 1, "punct", "PUNCT", ".", ".")])
    assert coded(doc, [actor(doc, 0, "Tarvia", kind="state")]) == [("MOBILIZE", "A1", None)]
