"""Reported speech whose content is no clause, and who may voice it: one test per cue table and kind.

Invented sentences with hand-written parses (see ``test_quotes_rules.build`` for the format).
"""

from __future__ import annotations

from dragoman.quotes import default_lexicon
from tests.unit.test_quotes_rules import OKAFOR, build, run, speaker_name

LINDQVIST = OKAFOR | {"Lindqvist": ("Per Lindqvist", "person")}


def reported(spec: str, names: dict | None = None) -> list[tuple[str, str | None]]:
    quotes, actors = run(build(spec), names if names is not None else LINDQVIST)
    return [(q.text, speaker_name(q, actors)) for q in quotes if q.kind != "direct"]


def test_cue_tables_are_loaded() -> None:
    lex = default_lexicon()
    assert "deny" in lex.objects and "for" in lex.prepositional["call"]
    assert "on" in lex.request["call"] and "show" in lex.evidence
    assert "critic" in lex.people and "er" in lex.people_endings and "cancer" in lex.not_people


def test_object_noun_phrase() -> None:
    # Okafor denied the report.
    assert reported("Okafor/PROPN/nsubj/1//B-PERSON denied/VERB/ROOT/1/deny the/DET/det/3 report/NOUN/dobj/1 "
                    "./PUNCT/punct/1") == [("the report", "Ada Okafor")]


def test_object_bare_pronoun_reports_nothing() -> None:
    # Okafor denied it.
    assert reported("Okafor/PROPN/nsubj/1//B-PERSON denied/VERB/ROOT/1/deny it/PRON/dobj/1 ./PUNCT/punct/1") == []


def test_prepositional_object_without_the_preposition() -> None:
    # Okafor called for a ceasefire.
    assert reported("Okafor/PROPN/nsubj/1//B-PERSON called/VERB/ROOT/1/call for/ADP/prep/1 a/DET/det/4 "
                    "ceasefire/NOUN/pobj/2 ./PUNCT/punct/1") == [("a ceasefire", "Ada Okafor")]


def test_request_with_a_direct_object() -> None:
    # Okafor urged Lindqvist to resign.
    assert reported("Okafor/PROPN/nsubj/1//B-PERSON urged/VERB/ROOT/1/urge Lindqvist/PROPN/dobj/1//B-PERSON "
                    "to/PART/aux/4 resign/VERB/xcomp/1 ./PUNCT/punct/1") == [("Lindqvist to resign", "Ada Okafor")]


def test_request_with_a_preposition() -> None:
    # Okafor called on Lindqvist to resign.
    assert reported("Okafor/PROPN/nsubj/1//B-PERSON called/VERB/ROOT/1/call on/ADP/prep/1 "
                    "Lindqvist/PROPN/pobj/2//B-PERSON to/PART/aux/5 resign/VERB/xcomp/1 ./PUNCT/punct/1") == [
        ("Lindqvist to resign", "Ada Okafor")]


def test_evidence_verb_with_a_document_subject() -> None:
    # The survey found rising costs.
    assert reported("The/DET/det/1 survey/NOUN/nsubj/2 found/VERB/ROOT/2/find rising/VERB/amod/4/rise "
                    "costs/NOUN/dobj/2/cost ./PUNCT/punct/2", {}) == [("rising costs", "The survey")]


def test_evidence_verb_with_a_person_subject_reports_nothing() -> None:
    # Okafor showed courage.
    assert reported("Okafor/PROPN/nsubj/1//B-PERSON showed/VERB/ROOT/1/show courage/NOUN/dobj/1 "
                    "./PUNCT/punct/1") == []


def test_people_noun_voices_an_opinion() -> None:
    # Critics denounced the plan.
    assert reported("Critics/NOUN/nsubj/1/critic denounced/VERB/ROOT/1/denounce the/DET/det/3 plan/NOUN/dobj/1 "
                    "./PUNCT/punct/1", {}) == [("the plan", "Critics")]


def test_agent_noun_ending_voices_an_opinion() -> None:
    # The developer rejected the ruling.
    assert reported("The/DET/det/1 developer/NOUN/nsubj/2 rejected/VERB/ROOT/2/reject the/DET/det/4 "
                    "ruling/NOUN/dobj/2 ./PUNCT/punct/2", {}) == [("the ruling", "The developer")]


def test_a_thing_that_cannot_voice_reports_nothing() -> None:
    # The cancer confirmed the fear.  /  The spot highlights the record.
    assert reported("The/DET/det/1 cancer/NOUN/nsubj/2 confirmed/VERB/ROOT/2/confirm the/DET/det/4 "
                    "fear/NOUN/dobj/2 ./PUNCT/punct/2", {}) == []
    assert reported("The/DET/det/1 dissolution/NOUN/nsubj/2 confirmed/VERB/ROOT/2/confirm the/DET/det/4 "
                    "fear/NOUN/dobj/2 ./PUNCT/punct/2", {}) == []


def test_speaker_inside_its_own_object_is_refused() -> None:
    # Criticizing Lindqvist.  (no subject: the name after the verb is its object, not its speaker)
    assert reported("Criticizing/VERB/ROOT/0/criticize Lindqvist/PROPN/dobj/0//B-PERSON ./PUNCT/punct/0") == []


def test_infinitive_deed_of_another_verb_reports_nothing() -> None:
    # Okafor refused to endorse Lindqvist.
    assert reported("Okafor/PROPN/nsubj/1//B-PERSON refused/VERB/ROOT/1/refuse to/PART/aux/3 "
                    "endorse/VERB/xcomp/1 Lindqvist/PROPN/dobj/3//B-PERSON ./PUNCT/punct/1") == []


def test_object_control_gives_the_speaker() -> None:
    # Lindqvist forced Okafor to admit that the plan failed.
    got = reported("Lindqvist/PROPN/nsubj/1//B-PERSON forced/VERB/ROOT/1/force Okafor/PROPN/dobj/1//B-PERSON "
                   "to/PART/aux/4 admit/VERB/xcomp/1 that/SCONJ/mark/8 the/DET/det/7 plan/NOUN/nsubj/8 "
                   "failed/VERB/ccomp/4/fail ./PUNCT/punct/1")
    assert got == [("the plan failed", "Ada Okafor")]


def test_unresolved_pronoun_is_no_name() -> None:
    # He said the plan failed.  (nobody before it)
    quotes, _ = run(build("He/PRON/nsubj/1 said/VERB/ROOT/1/say the/DET/det/3 plan/NOUN/nsubj/4 "
                          "failed/VERB/ccomp/1/fail ./PUNCT/punct/1"), {})
    assert [(q.text, q.speaker, q.speaker_text) for q in quotes] == [("the plan failed", None, None)]


def test_they_continues_a_plural_description() -> None:
    # Officials said the plan failed. They said talks would resume.
    doc = build("Officials/NOUN/nsubj/1/official said/VERB/ROOT/1/say the/DET/det/3 plan/NOUN/nsubj/4 "
                "failed/VERB/ccomp/1/fail ./PUNCT/punct/1 They/PRON/nsubj/7/they said/VERB/ROOT/7/say "
                "talks/NOUN/nsubj/10/talk would/AUX/aux/10 resume/VERB/ccomp/7 ./PUNCT/punct/7")
    doc[0].tag_ = "NNS"
    quotes, _ = run(doc, {})
    assert [(q.text, q.speaker_text) for q in quotes] == [("the plan failed", "Officials"),
                                                          ("talks would resume", "Officials")]


def test_the_writers_own_opinion_is_no_quotation() -> None:
    # I believe the plan failed.
    assert reported("I/PRON/nsubj/1 believe/VERB/ROOT/1 the/DET/det/3 plan/NOUN/nsubj/4 failed/VERB/ccomp/1/fail "
                    "./PUNCT/punct/1", {}) == []


def _each(pairs: dict[str, frozenset[str]]) -> list[tuple[str, str]]:
    return sorted((verb, word) for verb, words in pairs.items() for word in words)


def test_every_object_cue_reports_its_object() -> None:
    # Okafor <verb> the plan.
    for verb in sorted(default_lexicon().objects):
        got = reported(f"Okafor/PROPN/nsubj/1//B-PERSON {verb}/VERB/ROOT/1/{verb} the/DET/det/3 plan/NOUN/dobj/1 "
                       "./PUNCT/punct/1")
        assert got == [("the plan", "Ada Okafor")], verb


def test_every_prepositional_cue_reports_its_object() -> None:
    # Okafor <verb> <prep> the plan.
    for verb, prep in _each(default_lexicon().prepositional):
        got = reported(f"Okafor/PROPN/nsubj/1//B-PERSON {verb}/VERB/ROOT/1/{verb} {prep}/ADP/prep/1 the/DET/det/4 "
                       "plan/NOUN/pobj/2 ./PUNCT/punct/1")
        assert got == [("the plan", "Ada Okafor")], (verb, prep)


def test_every_request_cue_reports_addressee_and_infinitive() -> None:
    # Okafor <verb> [<word>] Lindqvist to resign.
    for verb, word in _each(default_lexicon().request):
        if word:
            spec = (f"Okafor/PROPN/nsubj/1//B-PERSON {verb}/VERB/ROOT/1/{verb} {word}/ADP/prep/1 "
                    "Lindqvist/PROPN/pobj/2//B-PERSON to/PART/aux/5 resign/VERB/xcomp/1 ./PUNCT/punct/1")
        else:
            spec = (f"Okafor/PROPN/nsubj/1//B-PERSON {verb}/VERB/ROOT/1/{verb} Lindqvist/PROPN/dobj/1//B-PERSON "
                    "to/PART/aux/4 resign/VERB/xcomp/1 ./PUNCT/punct/1")
        assert reported(spec) == [("Lindqvist to resign", "Ada Okafor")], (verb, word)


def test_every_evidence_cue_needs_a_document() -> None:
    # The poll <verb> rising costs.
    for verb in sorted(default_lexicon().evidence):
        got = reported(f"The/DET/det/1 poll/NOUN/nsubj/2 {verb}/VERB/ROOT/2/{verb} rising/VERB/amod/4/rise "
                       "costs/NOUN/dobj/2/cost ./PUNCT/punct/2", {})
        assert got == [("rising costs", "The poll")], verb


def test_name_and_colon_line_is_the_names_claim() -> None:
    # Okafor: Dam Plan Is Dead.
    got = reported("Okafor/PROPN/ROOT/0//B-PERSON :/PUNCT/punct/0 Dam/PROPN/compound/3 Plan/PROPN/nsubj/4 "
                   "Is/AUX/appos/0/be Dead/ADJ/acomp/4/dead ./PUNCT/punct/0")
    assert got == [("Dam Plan Is Dead", "Ada Okafor")]


def test_document_and_colon_line_is_the_documents_claim() -> None:
    # Poll: Voters Abandon The Party.
    got = reported("Poll/PROPN/ROOT/0/poll :/PUNCT/punct/0 Voters/NOUN/nsubj/3/voter Abandon/VERB/appos/0/abandon "
                   "The/DET/det/5 Party/PROPN/dobj/3 ./PUNCT/punct/0", {})
    assert got == [("Voters Abandon The Party", "Poll")]


def test_a_label_that_is_no_name_makes_no_claim() -> None:
    # Update: the road is open again.
    assert reported("Update/NOUN/ROOT/0/update :/PUNCT/punct/0 the/DET/det/3 road/NOUN/nsubj/4 is/AUX/appos/0/be "
                    "open/ADJ/acomp/4 again/ADV/advmod/4 ./PUNCT/punct/0", {}) == []


def test_intent_cues_report_their_infinitive() -> None:
    # Okafor declined to comment.  /  Okafor agreed to pay the fine.
    assert reported("Okafor/PROPN/nsubj/1//B-PERSON declined/VERB/ROOT/1/decline to/PART/aux/3 "
                    "comment/VERB/xcomp/1 ./PUNCT/punct/1") == [("to comment", "Ada Okafor")]
    assert reported("Okafor/PROPN/nsubj/1//B-PERSON agreed/VERB/ROOT/1/agree to/PART/aux/3 pay/VERB/xcomp/1 "
                    "the/DET/det/5 fine/NOUN/dobj/3 ./PUNCT/punct/1") == [("to pay the fine", "Ada Okafor")]


def test_a_poll_share_reports() -> None:
    # Sixty percent said the plan failed.
    got = reported("Sixty/NUM/nummod/1//B-PERCENT percent/NOUN/nsubj/2//I-PERCENT said/VERB/ROOT/2/say "
                   "the/DET/det/4 plan/NOUN/nsubj/5 failed/VERB/ccomp/2/fail ./PUNCT/punct/2",
                   {"Sixty percent": ("Sixty percent", "group")})
    assert got == [("the plan failed", "Sixty percent")]


def test_noun_phrase_report_split_off_a_reported_clause_is_dropped() -> None:
    # Okafor noted that the council rejected the plan and mentioned a vote.
    got = reported("Okafor/PROPN/nsubj/1//B-PERSON noted/VERB/ROOT/1/note that/SCONJ/mark/5 the/DET/det/4 "
                   "council/NOUN/nsubj/5 rejected/VERB/ccomp/1/reject the/DET/det/7 plan/NOUN/dobj/5 "
                   "and/CCONJ/cc/5 mentioned/VERB/conj/5/mention a/DET/det/11 vote/NOUN/dobj/9 ./PUNCT/punct/1")
    assert got == [("the council rejected the plan and mentioned a vote", "Ada Okafor")]


def test_phrase_content_is_marked_apart_from_clauses() -> None:
    # Okafor denied the report. Okafor said that talks failed.
    quotes, _ = run(build("Okafor/PROPN/nsubj/1//B-PERSON denied/VERB/ROOT/1/deny the/DET/det/3 report/NOUN/dobj/1 "
                          "./PUNCT/punct/1"), LINDQVIST)
    assert [(q.kind, q.content) for q in quotes] == [("indirect", "phrase")]
    quotes, _ = run(build("Okafor/PROPN/nsubj/1//B-PERSON said/VERB/ROOT/1/say that/SCONJ/mark/4 talks/NOUN/nsubj/4 "
                          "failed/VERB/ccomp/1/fail ./PUNCT/punct/1"), LINDQVIST)
    assert [(q.kind, q.content) for q in quotes] == [("indirect", "clause")]
