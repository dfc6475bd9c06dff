"""Events stage rules on hand-built parses (no model): invented sentences only."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc
from spacy.vocab import Vocab

from dragoman.actors.table import ActorTable
from dragoman.context import Context
from dragoman.events import event_modality, extract_events
from dragoman.records import Actor, Article, Place, Quote, Time

VOCAB = Vocab()


def parse(rows: list[tuple[str, int, str, str, str, str]]) -> Doc:
    """rows: (word, head index, dep, pos, tag, lemma); a space after every word but the last."""
    words = [r[0] for r in rows]
    return Doc(
        VOCAB,
        words=words,
        spaces=[True] * (len(words) - 1) + [False],
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        tags=[r[4] for r in rows],
        lemmas=[r[5] for r in rows],
    )


def table(doc: Doc, **people: int) -> ActorTable:
    """Actors named by keyword, each mentioned at one token index."""
    actors = []
    for n, (name, i) in enumerate(people.items(), 1):
        tok = doc[i]
        actors.append(Actor(id=f"A{n}", name=name, kind="person", mentions=[(tok.idx, tok.idx + len(tok))]))
    return ActorTable(actors)


def context(doc: Doc, published: str = "2031-05-14", headlines=()) -> Context:
    article = Article(id="t", source="t", text=doc.text, published=published, headlines=list(headlines))
    return Context(article=article, published=dt.date.fromisoformat(published))


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


def test_compound_subject_of_symmetric_event_first_named_acts_on_the_other():
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
    assert [(e.type, e.source, e.target) for e in events] == [("AGREE", "A1", "A2")]


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
