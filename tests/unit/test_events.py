"""Events stage rules on hand-built parses (no model): invented sentences only."""

from __future__ import annotations

from spacy.tokens import Doc

from dragoman.actors.table import ActorTable
from dragoman.events import event_modality, extract_events
from dragoman.records import Actor, Place, Quote, Time
from tests.parses import context, parse


def table(doc: Doc, **people: int) -> ActorTable:
    """Actors named by keyword, each mentioned at one token index."""
    actors = []
    for n, (name, i) in enumerate(people.items(), 1):
        tok = doc[i]
        actors.append(Actor(id=f"A{n}", name=name, kind="person", mentions=[(tok.idx, tok.idx + len(tok))]))
    return ActorTable(actors)


def run(doc: Doc, actors: ActorTable, **kw):
    return extract_events(doc, context(doc, headlines=kw.pop("headlines", ())), actors, **kw)


# "Arlen praised Borin ."
PRAISE = [
    ("Arlen", 1, "nsubj", "PROPN", "NNP", "Arlen"),
    ("praised", 1, "ROOT", "VERB", "VBD", "praise"),
    ("Borin", 1, "dobj", "PROPN", "NNP", "Borin"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_active_verb_gives_source_target_type_code_and_rule():
    doc = parse(PRAISE)
    [ev] = run(doc, table(doc, Arlen=0, Borin=2))
    assert (ev.id, ev.type, ev.cameo, ev.mode, ev.source, ev.target) == ("E1", "SUPPORT", "051", "praise", "A1", "A2")
    assert ev.rule == "V:praise"
    assert doc.text[ev.evidence.start:ev.evidence.end] == "Arlen praised Borin"
    assert ev.date == "2031-05-14" and not ev.negated and event_modality(ev) is None
    assert 0 < ev.confidence <= 1


def test_no_event_without_an_actor_target():
    doc = parse(PRAISE)
    assert run(doc, table(doc, Arlen=0)) == []


def test_negation_is_flagged():
    # "Arlen did not meet Borin ."
    doc = parse([
        ("Arlen", 3, "nsubj", "PROPN", "NNP", "Arlen"),
        ("did", 3, "aux", "AUX", "VBD", "do"),
        ("not", 3, "neg", "PART", "RB", "not"),
        ("meet", 3, "ROOT", "VERB", "VB", "meet"),
        ("Borin", 3, "dobj", "PROPN", "NNP", "Borin"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ])
    [ev] = run(doc, table(doc, Arlen=0, Borin=4))
    assert ev.type == "CONSULT" and ev.negated


def test_modal_auxiliary_marks_hypothetical():
    # "Arlen may sanction Borin ."
    doc = parse([
        ("Arlen", 2, "nsubj", "PROPN", "NNP", "Arlen"),
        ("may", 2, "aux", "AUX", "MD", "may"),
        ("sanction", 2, "ROOT", "VERB", "VB", "sanction"),
        ("Borin", 2, "dobj", "PROPN", "NNP", "Borin"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ])
    [ev] = run(doc, table(doc, Arlen=0, Borin=3))
    assert ev.type == "SANCTION" and event_modality(ev) == "hypothetical" and not ev.negated
    assert ev.confidence < 0.8


def test_plans_to_visit_is_future_with_shared_subject():
    # "Arlen plans to visit Borin ."
    doc = parse([
        ("Arlen", 1, "nsubj", "PROPN", "NNP", "Arlen"),
        ("plans", 1, "ROOT", "VERB", "VBZ", "plan"),
        ("to", 3, "aux", "PART", "TO", "to"),
        ("visit", 1, "xcomp", "VERB", "VB", "visit"),
        ("Borin", 3, "dobj", "PROPN", "NNP", "Borin"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    [ev] = run(doc, table(doc, Arlen=0, Borin=4))
    assert (ev.type, ev.mode, ev.source, event_modality(ev)) == ("CONSULT", "visit", "A1", "future")


def test_passive_by_phrase_is_the_agent():
    # "Borin was condemned by Arlen ."
    doc = parse([
        ("Borin", 2, "nsubjpass", "PROPN", "NNP", "Borin"),
        ("was", 2, "auxpass", "AUX", "VBD", "be"),
        ("condemned", 2, "ROOT", "VERB", "VBN", "condemn"),
        ("by", 2, "agent", "ADP", "IN", "by"),
        ("Arlen", 3, "pobj", "PROPN", "NNP", "Arlen"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ])
    [ev] = run(doc, table(doc, Borin=0, Arlen=4))
    assert ev.type == "ACCUSE" and ev.source == "A2" and ev.target == "A1"


def test_light_verb_with_event_noun_and_preposition_target():
    # "Arlen issued an arrest warrant for Borin ."
    doc = parse([
        ("Arlen", 1, "nsubj", "PROPN", "NNP", "Arlen"),
        ("issued", 1, "ROOT", "VERB", "VBD", "issue"),
        ("an", 4, "det", "DET", "DT", "an"),
        ("arrest", 4, "compound", "NOUN", "NN", "arrest"),
        ("warrant", 1, "dobj", "NOUN", "NN", "warrant"),
        ("for", 4, "prep", "ADP", "IN", "for"),
        ("Borin", 5, "pobj", "PROPN", "NNP", "Borin"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    [ev] = run(doc, table(doc, Arlen=0, Borin=6))
    assert (ev.type, ev.cameo, ev.source, ev.target) == ("COERCE", "173", "A1", "A2")
    assert ev.rule == "V:issue =warrant"


def test_nominal_event_takes_the_agent_of_its_governing_verb():
    # "Arlen spoke in a meeting with Borin on Tuesday ."
    doc = parse([
        ("Arlen", 1, "nsubj", "PROPN", "NNP", "Arlen"),
        ("spoke", 1, "ROOT", "VERB", "VBD", "speak"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        ("a", 4, "det", "DET", "DT", "a"),
        ("meeting", 2, "pobj", "NOUN", "NN", "meeting"),
        ("with", 4, "prep", "ADP", "IN", "with"),
        ("Borin", 5, "pobj", "PROPN", "NNP", "Borin"),
        ("on", 4, "prep", "ADP", "IN", "on"),
        ("Tuesday", 7, "pobj", "PROPN", "NNP", "Tuesday"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    tue = doc[8]
    times = [Time(text="Tuesday", start=tue.idx, end=tue.idx + 7, type="DATE", value="2031-05-13")]
    events = run(doc, table(doc, Arlen=0, Borin=6), times=times)
    [ev] = [e for e in events if e.rule == "N:meeting"]
    assert (ev.type, ev.source, ev.target, ev.date) == ("CONSULT", "A1", "A2", "2031-05-13")


def test_compound_subject_of_mutual_event_each_acts_on_the_other():
    # "Arlen and Borin signed a treaty ."
    doc = parse([
        ("Arlen", 3, "nsubj", "PROPN", "NNP", "Arlen"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("Borin", 0, "conj", "PROPN", "NNP", "Borin"),
        ("signed", 3, "ROOT", "VERB", "VBD", "sign"),
        ("a", 5, "det", "DET", "DT", "a"),
        ("treaty", 3, "dobj", "NOUN", "NN", "treaty"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ])
    events = run(doc, table(doc, Arlen=0, Borin=2))
    assert [(e.type, e.source, e.target) for e in events] == [("AGREE", "A1", "A2"), ("AGREE", "A2", "A1")]


def test_first_person_inside_a_quote_is_the_speaker_and_quote_is_linked():
    # "I thank Borin" (a quotation by Arlen, who is mentioned elsewhere)
    doc = parse([
        ("I", 1, "nsubj", "PRON", "PRP", "I"),
        ("thank", 1, "ROOT", "VERB", "VBP", "thank"),
        ("Borin", 1, "dobj", "PROPN", "NNP", "Borin"),
        ("Arlen", 1, "npadvmod", "PROPN", "NNP", "Arlen"),
    ])
    actors = table(doc, Arlen=3, Borin=2)
    quote = Quote(id="Q1", text="I thank Borin", start=0, end=13, kind="direct", speaker="A1")
    [ev] = run(doc, actors, quotes=[quote])
    assert (ev.type, ev.source, ev.target, ev.quote) == ("SUPPORT", "A1", "A2", "Q1")
    assert ev.confidence < 0.85


def test_place_from_a_locative_phrase_in_the_clause():
    # "Arlen visited Borin in Corvale ."
    doc = parse([
        ("Arlen", 1, "nsubj", "PROPN", "NNP", "Arlen"),
        ("visited", 1, "ROOT", "VERB", "VBD", "visit"),
        ("Borin", 1, "dobj", "PROPN", "NNP", "Borin"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        ("Corvale", 3, "pobj", "PROPN", "NNP", "Corvale"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    tok = doc[4]
    places = [Place(text="Corvale", start=tok.idx, end=tok.idx + 7, name="Corvale", country="XCV")]
    [ev] = run(doc, table(doc, Arlen=0, Borin=2), places=places)
    assert ev.place is not None and (ev.place.name, ev.place.country) == ("Corvale", "XCV")


def test_predicates_inside_an_embedded_headline_are_skipped():
    doc = parse(PRAISE)
    assert run(doc, table(doc, Arlen=0, Borin=2), headlines=[(0, len(doc.text))]) == []


def test_repeated_statement_of_one_event_is_reported_once():
    # "Arlen praised Borin . Arlen praised Borin ."
    rows = PRAISE + [(w, h + 4, d, p, t, lem) for w, h, d, p, t, lem in PRAISE]
    doc = parse(rows)
    actors = ActorTable([
        Actor(id="A1", name="Arlen", kind="person", mentions=[(0, 5), (doc[4].idx, doc[4].idx + 5)]),
        Actor(id="A2", name="Borin", kind="person",
              mentions=[(doc[2].idx, doc[2].idx + 5), (doc[6].idx, doc[6].idx + 5)]),
    ])
    assert len(run(doc, actors)) == 1


def test_critical_statement_accuses_the_subject_of_the_reported_clause():
    # "Arlen said Borin committed crimes ."
    doc = parse([
        ("Arlen", 1, "nsubj", "PROPN", "NNP", "Arlen"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("Borin", 3, "nsubj", "PROPN", "NNP", "Borin"),
        ("committed", 1, "ccomp", "VERB", "VBD", "commit"),
        ("crimes", 3, "dobj", "NOUN", "NNS", "crime"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    [ev] = run(doc, table(doc, Arlen=0, Borin=2))
    assert (ev.type, ev.source, ev.target, ev.rule) == ("ACCUSE", "A1", "A2", "C:crime")


def test_plain_reporting_is_not_an_event():
    # "Arlen said Borin committed funds ."
    doc = parse([
        ("Arlen", 1, "nsubj", "PROPN", "NNP", "Arlen"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("Borin", 3, "nsubj", "PROPN", "NNP", "Borin"),
        ("committed", 1, "ccomp", "VERB", "VBD", "commit"),
        ("funds", 3, "dobj", "NOUN", "NNS", "fund"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    assert run(doc, table(doc, Arlen=0, Borin=2)) == []


def test_support_for_x_to_do_targets_x():
    # "Arlen expressed support for Borin to be reelected ."
    doc = parse([
        ("Arlen", 1, "nsubj", "PROPN", "NNP", "Arlen"),
        ("expressed", 1, "ROOT", "VERB", "VBD", "express"),
        ("support", 1, "dobj", "NOUN", "NN", "support"),
        ("for", 7, "mark", "SCONJ", "IN", "for"),
        ("Borin", 7, "nsubjpass", "PROPN", "NNP", "Borin"),
        ("to", 7, "aux", "PART", "TO", "to"),
        ("be", 7, "auxpass", "AUX", "VB", "be"),
        ("reelected", 2, "relcl", "VERB", "VBN", "reelect"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    [ev] = run(doc, table(doc, Arlen=0, Borin=4))
    assert (ev.type, ev.source, ev.target, ev.rule) == ("SUPPORT", "A1", "A2", "V:express =support")


def test_a_year_inside_a_name_does_not_date_the_event():
    # "Arlen praised Borin in the 2029 report ."
    doc = parse([
        ("Arlen", 1, "nsubj", "PROPN", "NNP", "Arlen"),
        ("praised", 1, "ROOT", "VERB", "VBD", "praise"),
        ("Borin", 1, "dobj", "PROPN", "NNP", "Borin"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("2029", 6, "nummod", "NUM", "CD", "2029"),
        ("report", 3, "pobj", "NOUN", "NN", "report"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    year = doc[5]
    times = [Time(text="2029", start=year.idx, end=year.idx + 4, type="DATE", value="2029")]
    [ev] = run(doc, table(doc, Arlen=0, Borin=2), times=times)
    assert ev.date == "2031-05-14"


def test_a_date_on_an_event_noun_dates_the_event():
    # "Arlen praised Borin at the 2029 summit ."
    doc = parse([
        ("Arlen", 1, "nsubj", "PROPN", "NNP", "Arlen"),
        ("praised", 1, "ROOT", "VERB", "VBD", "praise"),
        ("Borin", 1, "dobj", "PROPN", "NNP", "Borin"),
        ("at", 1, "prep", "ADP", "IN", "at"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("2029", 6, "nummod", "NUM", "CD", "2029"),
        ("summit", 3, "pobj", "NOUN", "NN", "summit"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    year = doc[5]
    times = [Time(text="2029", start=year.idx, end=year.idx + 4, type="DATE", value="2029")]
    [ev] = [e for e in run(doc, table(doc, Arlen=0, Borin=2), times=times) if e.type == "SUPPORT"]
    assert ev.date == "2029"


def test_definite_description_names_an_organisation_mentioned_before():
    # "Borin praised the commission ."  (after "Tarn Election Commission" was named)
    doc = parse([
        ("Borin", 1, "nsubj", "PROPN", "NNP", "Borin"),
        ("praised", 1, "ROOT", "VERB", "VBD", "praise"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("commission", 1, "dobj", "NOUN", "NN", "commission"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    actors = ActorTable([
        Actor(id="A1", name="Borin", kind="person", mentions=[(0, 5)]),
        Actor(id="A2", name="Tarn Election Commission", kind="organization", mentions=[(0, 0)]),
    ])
    [ev] = run(doc, actors)
    assert (ev.source, ev.target) == ("A1", "A2") and ev.confidence < 0.85


def org(actor_id: str, name: str, sector: str, *mentions: tuple[int, int]) -> Actor:
    return Actor(id=actor_id, name=name, kind="organization", sector=sector, mentions=list(mentions) or [(0, 0)])


def test_pronoun_of_a_reported_clause_stands_for_every_coordinated_reporter():
    # "Arlen and Borin announced they had formed an alliance ."
    doc = parse([
        ("Arlen", 3, "nsubj", "PROPN", "NNP", "Arlen"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("Borin", 0, "conj", "PROPN", "NNP", "Borin"),
        ("announced", 3, "ROOT", "VERB", "VBD", "announce"),
        ("they", 6, "nsubj", "PRON", "PRP", "they"),
        ("had", 6, "aux", "AUX", "VBD", "have"),
        ("formed", 3, "ccomp", "VERB", "VBN", "form"),
        ("an", 8, "det", "DET", "DT", "an"),
        ("alliance", 6, "dobj", "NOUN", "NN", "alliance"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ])
    events = run(doc, table(doc, Arlen=0, Borin=2))
    assert [(e.type, e.source, e.target, e.rule) for e in events] == [
        ("COOPERATE", "A1", "A2", "V:form =alliance"), ("COOPERATE", "A2", "A1", "V:form =alliance")]


# "Borin accused the network ."
ACCUSED_THE_NETWORK = [
    ("Borin", 1, "nsubj", "PROPN", "NNP", "Borin"),
    ("accused", 1, "ROOT", "VERB", "VBD", "accuse"),
    ("the", 3, "det", "DET", "DT", "the"),
    ("network", 1, "dobj", "NOUN", "NN", "network"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_the_network_is_the_most_mentioned_media_organisation_before_it():
    doc = parse(ACCUSED_THE_NETWORK)
    actors = ActorTable([
        Actor(id="A1", name="Borin", kind="person", mentions=[(0, 5)]),
        org("A2", "Tarn Radio Act", "MED", (0, 0)),
        org("A3", "Osgil Broadcasting Corporation", "MED", (0, 0), (1, 1)),
        org("A4", "Tarn Courier", "MED", (100, 112)),  # named only later
        org("A5", "Tarn Senate", "LEG", (0, 0), (1, 1), (2, 2)),
    ])
    [ev] = run(doc, actors)
    assert (ev.type, ev.source, ev.target) == ("ACCUSE", "A1", "A3")


def test_senators_stand_for_the_senate():
    # "Then senators condemned Arlen ."
    doc = parse([
        ("Then", 2, "advmod", "ADV", "RB", "then"),
        ("senators", 2, "nsubj", "NOUN", "NNS", "senator"),
        ("condemned", 2, "ROOT", "VERB", "VBD", "condemn"),
        ("Arlen", 2, "dobj", "PROPN", "NNP", "Arlen"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ])
    actors = ActorTable([
        Actor(id="A1", name="Arlen", kind="person", mentions=[(24, 29)]),
        org("A2", "Tarn Congress", "LEG", (0, 0), (1, 1)),
        org("A3", "Tarn Senate", "LEG", (2, 2)),
    ])
    [ev] = run(doc, actors)
    assert (ev.type, ev.source, ev.target) == ("ACCUSE", "A3", "A1")


def test_a_nationality_adjective_on_the_object_names_its_state():
    # "Arlen alleged Iranian involvement ."
    doc = parse([
        ("Arlen", 1, "nsubj", "PROPN", "NNP", "Arlen"),
        ("alleged", 1, "ROOT", "VERB", "VBD", "allege"),
        ("Iranian", 3, "amod", "ADJ", "JJ", "iranian"),
        ("involvement", 1, "dobj", "NOUN", "NN", "involvement"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    actors = ActorTable([
        Actor(id="A1", name="Arlen", kind="person", mentions=[(0, 5)]),
        Actor(id="A2", name="Iran", kind="state", country="IRN", mentions=[(200, 204)]),
    ])
    [ev] = run(doc, actors)
    assert (ev.type, ev.source, ev.target) == ("ACCUSE", "A1", "A2")


def test_the_possessor_of_the_object_is_the_target():
    # "Arlen threatened Borin 's renewal ."
    doc = parse([
        ("Arlen", 1, "nsubj", "PROPN", "NNP", "Arlen"),
        ("threatened", 1, "ROOT", "VERB", "VBD", "threaten"),
        ("Borin", 4, "poss", "PROPN", "NNP", "Borin"),
        ("'s", 2, "case", "PART", "POS", "'s"),
        ("renewal", 1, "dobj", "NOUN", "NN", "renewal"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    [ev] = run(doc, table(doc, Arlen=0, Borin=2))
    assert (ev.type, ev.source, ev.target) == ("THREATEN", "A1", "A2")


def test_a_by_phrase_the_parse_hung_further_on_names_the_author_of_the_deed():
    # "Arlen condemned the recognition of Osgil as capital by Borin ."
    doc = parse([
        ("Arlen", 1, "nsubj", "PROPN", "NNP", "Arlen"),
        ("condemned", 1, "ROOT", "VERB", "VBD", "condemn"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("recognition", 1, "dobj", "NOUN", "NN", "recognition"),
        ("of", 3, "prep", "ADP", "IN", "of"),
        ("Osgil", 4, "pobj", "PROPN", "NNP", "Osgil"),
        ("as", 1, "prep", "ADP", "IN", "as"),
        ("capital", 6, "pobj", "NOUN", "NN", "capital"),
        ("by", 7, "prep", "ADP", "IN", "by"),
        ("Borin", 8, "pobj", "PROPN", "NNP", "Borin"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    [ev] = run(doc, table(doc, Arlen=0, Borin=9))
    assert (ev.type, ev.source, ev.target) == ("ACCUSE", "A1", "A2")


def test_the_operation_is_the_act_of_the_latest_assault_before_it():
    # "Arlen invaded Osgil . The operation was condemned by Borin ."
    doc = parse([
        ("Arlen", 1, "nsubj", "PROPN", "NNP", "Arlen"),
        ("invaded", 1, "ROOT", "VERB", "VBD", "invade"),
        ("Osgil", 1, "dobj", "PROPN", "NNP", "Osgil"),
        (".", 1, "punct", "PUNCT", ".", "."),
        ("The", 5, "det", "DET", "DT", "the"),
        ("operation", 7, "nsubjpass", "NOUN", "NN", "operation"),
        ("was", 7, "auxpass", "AUX", "VBD", "be"),
        ("condemned", 7, "ROOT", "VERB", "VBN", "condemn"),
        ("by", 7, "agent", "ADP", "IN", "by"),
        ("Borin", 8, "pobj", "PROPN", "NNP", "Borin"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ])
    events = run(doc, table(doc, Arlen=0, Osgil=2, Borin=9))
    assert [(e.type, e.source, e.target) for e in events] == [("ASSAULT", "A1", "A2"), ("ACCUSE", "A3", "A1")]
    assert events[1].confidence < events[0].confidence  # the target was inferred


def test_naming_as_terrorists_and_mourning_are_events():
    # "Arlen named Borin as terrorists ."
    doc = parse([
        ("Arlen", 1, "nsubj", "PROPN", "NNP", "Arlen"),
        ("named", 1, "ROOT", "VERB", "VBD", "name"),
        ("Borin", 1, "dobj", "PROPN", "NNP", "Borin"),
        ("as", 1, "prep", "ADP", "IN", "as"),
        ("terrorists", 3, "pobj", "NOUN", "NNS", "terrorist"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    [ev] = run(doc, table(doc, Arlen=0, Borin=2))
    assert (ev.type, ev.source, ev.target, ev.rule) == ("ACCUSE", "A1", "A2", "V:name =terrorist")
    # "Arlen mourned the death of Borin ."
    doc = parse([
        ("Arlen", 1, "nsubj", "PROPN", "NNP", "Arlen"),
        ("mourned", 1, "ROOT", "VERB", "VBD", "mourn"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("death", 1, "dobj", "NOUN", "NN", "death"),
        ("of", 3, "prep", "ADP", "IN", "of"),
        ("Borin", 4, "pobj", "PROPN", "NNP", "Borin"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    [ev] = run(doc, table(doc, Arlen=0, Borin=5))
    assert (ev.type, ev.source, ev.target, ev.cameo) == ("SUPPORT", "A1", "A2", "018")


def test_the_summit_and_the_talks_stand_for_their_main_convener():
    # "Arlen met Borin and Cale . Dunn joined the talks . Egan denounced the summit ."
    doc = parse([
        ("Arlen", 1, "nsubj", "PROPN", "NNP", "Arlen"),
        ("met", 1, "ROOT", "VERB", "VBD", "meet"),
        ("Borin", 1, "dobj", "PROPN", "NNP", "Borin"),
        ("and", 2, "cc", "CCONJ", "CC", "and"),
        ("Cale", 2, "conj", "PROPN", "NNP", "Cale"),
        (".", 1, "punct", "PUNCT", ".", "."),
        ("Dunn", 7, "nsubj", "PROPN", "NNP", "Dunn"),
        ("joined", 7, "ROOT", "VERB", "VBD", "join"),
        ("the", 9, "det", "DET", "DT", "the"),
        ("talks", 7, "dobj", "NOUN", "NNS", "talk"),  # the model's lemma; the pattern says "=talks"
        (".", 7, "punct", "PUNCT", ".", "."),
        ("Egan", 12, "nsubj", "PROPN", "NNP", "Egan"),
        ("denounced", 12, "ROOT", "VERB", "VBD", "denounce"),
        ("the", 14, "det", "DET", "DT", "the"),
        ("summit", 12, "dobj", "NOUN", "NN", "summit"),
        (".", 12, "punct", "PUNCT", ".", "."),
    ])
    events = run(doc, table(doc, Arlen=0, Borin=2, Cale=4, Dunn=6, Egan=11))
    got = [(e.type, e.source, e.target, e.rule) for e in events]
    assert ("CONSULT", "A4", "A1", "V:join =talks") in got
    assert ("ACCUSE", "A5", "A1", "V:denounce") in got  # Arlen met most: the summit is Arlen's


def test_which_after_a_comma_answers_the_clause_before_it():
    # "Arlen apologized to Borin during the hearing , which Borin accepted ."
    doc = parse([
        ("Arlen", 1, "nsubj", "PROPN", "NNP", "Arlen"),
        ("apologized", 1, "ROOT", "VERB", "VBD", "apologize"),
        ("to", 1, "prep", "ADP", "IN", "to"),
        ("Borin", 2, "pobj", "PROPN", "NNP", "Borin"),
        ("during", 1, "prep", "ADP", "IN", "during"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("hearing", 4, "pobj", "NOUN", "NN", "hearing"),
        (",", 6, "punct", "PUNCT", ",", ","),
        ("which", 10, "dobj", "PRON", "WDT", "which"),
        ("Borin", 10, "nsubj", "PROPN", "NNP", "Borin"),
        ("accepted", 6, "relcl", "VERB", "VBD", "accept"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    actors = ActorTable([
        Actor(id="A1", name="Arlen", kind="person", mentions=[(0, 5)]),
        Actor(id="A2", name="Borin", kind="person", mentions=[(20, 25), (53, 58)]),
    ])
    events = run(doc, actors)
    assert [(e.type, e.source, e.target) for e in events] == [("CONCEDE", "A1", "A2"), ("AGREE", "A2", "A1")]


def test_protesters_address_their_own_government_when_no_one_is_named():
    # "Protesters marched ."
    doc = parse([
        ("Protesters", 1, "nsubj", "NOUN", "NNS", "protester"),
        ("marched", 1, "ROOT", "VERB", "VBD", "march"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    actors = ActorTable([
        Actor(id="A1", name="protesters", kind="organization", country="KEN", sector="CVL", mentions=[(0, 10)]),
        Actor(id="A2", name="Kenya", kind="state", country="KEN", sector="GOV", mentions=[(100, 105)]),
        Actor(id="A3", name="Kenyan government", kind="organization", country="KEN", sector="GOV",
              mentions=[(200, 217)]),
        Actor(id="A4", name="Tanzanian government", kind="organization", country="TZA", sector="GOV",
              mentions=[(300, 320)]),
    ])
    [ev] = run(doc, actors)
    assert (ev.type, ev.source, ev.target) == ("PROTEST", "A1", "A3") and ev.confidence < 0.8


def test_submitting_a_request_to_someone_is_a_request():
    # "Arlen submitted a request to Borin ."
    doc = parse([
        ("Arlen", 1, "nsubj", "PROPN", "NNP", "Arlen"),
        ("submitted", 1, "ROOT", "VERB", "VBD", "submit"),
        ("a", 3, "det", "DET", "DT", "a"),
        ("request", 1, "dobj", "NOUN", "NN", "request"),
        ("to", 1, "prep", "ADP", "IN", "to"),
        ("Borin", 4, "pobj", "PROPN", "NNP", "Borin"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    [ev] = run(doc, table(doc, Arlen=0, Borin=5))
    assert (ev.type, ev.source, ev.target, ev.rule) == ("REQUEST", "A1", "A2", "V:submit =request")


def test_a_participle_clause_shares_the_date_of_its_main_clause():
    # "Arlen filed a petition on 2029-03-02 , accusing Borin ."
    doc = parse([
        ("Arlen", 1, "nsubj", "PROPN", "NNP", "Arlen"),
        ("filed", 1, "ROOT", "VERB", "VBD", "file"),
        ("a", 3, "det", "DET", "DT", "a"),
        ("petition", 1, "dobj", "NOUN", "NN", "petition"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("2029-03-02", 4, "pobj", "NUM", "CD", "2029-03-02"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("accusing", 1, "advcl", "VERB", "VBG", "accuse"),
        ("Borin", 7, "dobj", "PROPN", "NNP", "Borin"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    day = doc[5]
    times = [Time(text=day.text, start=day.idx, end=day.idx + len(day), type="DATE", value="2029-03-02")]
    [ev] = [e for e in run(doc, table(doc, Arlen=0, Borin=8), times=times) if e.target]  # (and the petition)
    assert (ev.type, ev.source, ev.target, ev.date) == ("ACCUSE", "A1", "A2", "2029-03-02")


def test_a_capital_read_as_a_place_stands_for_its_government_as_an_argument():
    # "Arlen dismissed the claim from Paris ."
    doc = parse([
        ("Arlen", 1, "nsubj", "PROPN", "NNP", "Arlen"),
        ("dismissed", 1, "ROOT", "VERB", "VBD", "dismiss"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("claim", 1, "dobj", "NOUN", "NN", "claim"),
        ("from", 3, "prep", "ADP", "IN", "from"),
        ("Paris", 4, "pobj", "PROPN", "NNP", "Paris"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    actors = ActorTable([
        Actor(id="A1", name="Arlen", kind="person", mentions=[(0, 5)]),
        Actor(id="A2", name="France", kind="state", country="FRA", sector="GOV", mentions=[(100, 106)]),
        Actor(id="A3", name="French government", kind="organization", country="FRA", sector="GOV",
              mentions=[(200, 217)]),
    ])
    [ev] = run(doc, actors)
    assert (ev.type, ev.source, ev.target) == ("REJECT", "A1", "A3")


def test_an_agentless_impeachment_is_the_legislature_that_impeached_before():
    # "The House impeached Arlen . Borin was impeached in 2029 ."
    doc = parse([
        ("The", 1, "det", "DET", "DT", "the"),
        ("House", 2, "nsubj", "PROPN", "NNP", "House"),
        ("impeached", 2, "ROOT", "VERB", "VBD", "impeach"),
        ("Arlen", 2, "dobj", "PROPN", "NNP", "Arlen"),
        (".", 2, "punct", "PUNCT", ".", "."),
        ("Borin", 7, "nsubjpass", "PROPN", "NNP", "Borin"),
        ("was", 7, "auxpass", "AUX", "VBD", "be"),
        ("impeached", 7, "ROOT", "VERB", "VBN", "impeach"),
        ("in", 7, "prep", "ADP", "IN", "in"),
        ("2029", 8, "pobj", "NUM", "CD", "2029"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ])
    actors = ActorTable([
        org("A1", "Tarn House", "LEG", (4, 9)),
        org("A2", "Tarn Senate", "LEG", (300, 311)),
        Actor(id="A3", name="Arlen", kind="person", country="TRN", mentions=[(20, 25)]),
        Actor(id="A4", name="Borin", kind="person", country="TRN", mentions=[(28, 33)]),
    ])
    for a in actors.actors:
        a.country = "TRN"
    events = run(doc, actors)
    assert [(e.type, e.source, e.target) for e in events] == [("SANCTION", "A1", "A3"), ("SANCTION", "A1", "A4")]
    assert events[1].confidence < events[0].confidence
