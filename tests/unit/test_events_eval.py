"""The PETRARCH-suite coder and the document-type rule, on invented dictionaries and parses."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from dragoman.evaluation.events_eval import code_sentence, document_type, load_suite_dictionaries, read_verbs
from dragoman.records import Event, Report, Span

VERBS = """\
&TIES
+CORDIAL

--- PRAISE  [051] ---
PRAISE {PRAISES PRAISED}
- * EFFORTS [057]

--- VISIT  [042:043] ---
VISIT
"""
ACTORS = "VELORIA [VEL]\n+VELORIAN\nTAMSK_REPUBLIC [TAM]\n"
AGENTS = "FOREIGN_MINISTER [~GOV]\n"


def _dicts(tmp_path):
    (tmp_path / "T.verbs.txt").write_text(VERBS)
    (tmp_path / "T.actors.txt").write_text(ACTORS)
    (tmp_path / "T.agents.txt").write_text(AGENTS)
    return load_suite_dictionaries(tmp_path)


def _doc(rows):
    words = [r[0] for r in rows]
    return Doc(Vocab(), words=words, spaces=[True] * len(words), heads=[r[1] for r in rows],
               deps=[r[2] for r in rows], pos=[r[3] for r in rows], lemmas=[r[4] for r in rows])


def test_verb_dictionary_blocks_patterns_and_paired_codes(tmp_path):
    (tmp_path / "v.txt").write_text(VERBS)
    verbs = read_verbs(tmp_path / "v.txt")
    assert verbs.codes == {"PRAISE": "051", "VISIT": "042:043"}
    assert verbs.objects[("PRAISE", "EFFORTS")] == "057"


def test_code_sentence_with_agent_and_paired_code(tmp_path):
    actors, verbs = _dicts(tmp_path)
    # "Velorian foreign minister visited Tamsk Republic"
    doc = _doc([
        ("Velorian", 2, "amod", "ADJ", "velorian"),
        ("foreign", 2, "amod", "ADJ", "foreign"),
        ("minister", 3, "nsubj", "NOUN", "minister"),
        ("visited", 3, "ROOT", "VERB", "visit"),
        ("Tamsk", 5, "compound", "PROPN", "Tamsk"),
        ("Republic", 3, "dobj", "PROPN", "Republic"),
    ])
    assert code_sentence(doc, actors, verbs) == {("VELGOV", "TAM", "042"), ("TAM", "VELGOV", "043")}


def test_document_type_is_the_most_frequent():
    def ev(t, c):
        return Event(id="E", type=t, evidence=Span(start=0, end=1), confidence=c)

    report = Report(id="r", source="r", events=[ev("ACCUSE", 0.5), ev("PROTEST", 0.9), ev("ACCUSE", 0.4)])
    assert document_type(report) == "ACCUSE"
    assert document_type(Report(id="e", source="e")) is None
