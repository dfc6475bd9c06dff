"""Speakers behind a channel or a document: an "according to" source the parse made the subject, a
statement's issuer, the source a report cites, and a heading parsed as the subject.

Invented sentences with hand-written parses (see ``test_quotes_rules.build`` for the format).
"""

from __future__ import annotations

from tests.unit.test_quotes_rules import OKAFOR, build, run, speaker_name

NAMES = OKAFOR | {"Nordpress": ("Nordpress", "organization"), "Northern Alliance": ("Northern Alliance", "organization")}


def reported(spec: str) -> list[tuple[str, str | None]]:
    quotes, actors = run(build(spec), NAMES)
    return [(q.text, speaker_name(q, actors)) for q in quotes if q.kind != "direct"]


def test_according_source_parsed_as_subject_gives_way_to_the_apposition() -> None:
    # According to the agency Nordpress, the mayor, Ada Okafor, said the bridge will close.
    # (the parse makes Nordpress the subject of "said" and the mayor its apposition)
    assert reported(
        "According/VERB/prep/12/accord to/ADP/prep/0 the/DET/det/4 agency/NOUN/compound/4 "
        "Nordpress/PROPN/nsubj/12//B-ORG ,/PUNCT/punct/4 the/DET/det/7 mayor/NOUN/appos/4 ,/PUNCT/punct/7 "
        "Ada/PROPN/compound/10//B-PERSON Okafor/PROPN/appos/7//I-PERSON ,/PUNCT/punct/4 said/VERB/ROOT/12/say "
        "the/DET/det/14 bridge/NOUN/nsubj/16 will/AUX/aux/16 close/VERB/ccomp/12 ./PUNCT/punct/12"
    ) == [("the bridge will close", "Ada Okafor")]


def test_subject_without_according_stays() -> None:
    # Nordpress, the agency, said the bridge will close.
    assert reported(
        "Nordpress/PROPN/nsubj/4//B-ORG ,/PUNCT/punct/0 the/DET/det/3 agency/NOUN/appos/0 said/VERB/ROOT/4/say "
        "the/DET/det/6 bridge/NOUN/nsubj/8 will/AUX/aux/8 close/VERB/ccomp/4 ./PUNCT/punct/4"
    ) == [("the bridge will close", "Nordpress")]


def test_the_statement_speaks_for_whoever_issued_it() -> None:
    # Okafor, in a statement, said the bridge will close. The statement also said the road will reopen.
    assert reported(
        "Okafor/PROPN/nsubj/6//B-PERSON ,/PUNCT/punct/6 in/ADP/prep/6 a/DET/det/4 statement/NOUN/pobj/2 "
        ",/PUNCT/punct/6 said/VERB/ROOT/6/say the/DET/det/8 bridge/NOUN/nsubj/10 will/AUX/aux/10 "
        "close/VERB/ccomp/6 ./PUNCT/punct/6 The/DET/det/13 statement/NOUN/nsubj/15 also/ADV/advmod/15 "
        "said/VERB/ROOT/15/say the/DET/det/17 road/NOUN/nsubj/19 will/AUX/aux/19 reopen/VERB/ccomp/15 "
        "./PUNCT/punct/15"
    ) == [("the bridge will close", "Ada Okafor"), ("the road will reopen", "Ada Okafor")]


def test_a_new_statement_of_nobody_known_stays_a_statement() -> None:
    # A statement was read out. The statement said the road will reopen.
    assert reported(
        "A/DET/det/1 statement/NOUN/nsubjpass/3 was/AUX/auxpass/3 read/VERB/ROOT/3 out/ADP/prt/3 ./PUNCT/punct/3 "
        "The/DET/det/7 statement/NOUN/nsubj/8 said/VERB/ROOT/8/say the/DET/det/10 road/NOUN/nsubj/12 "
        "will/AUX/aux/12 reopen/VERB/ccomp/8 ./PUNCT/punct/8"
    ) == [("the road will reopen", "The statement")]


def test_in_a_statement_names_the_clause_subject() -> None:
    # Okafor has, in a statement, warned the bridge will close.  (the parse hangs "warned" on "statement")
    assert reported(
        "Okafor/PROPN/nsubj/1//B-PERSON has/AUX/ROOT/1/have ,/PUNCT/punct/1 in/ADP/prep/1 a/DET/det/5 "
        "statement/NOUN/pobj/3 ,/PUNCT/punct/5 warned/VERB/acl/5/warn the/DET/det/9 bridge/NOUN/nsubj/11 "
        "will/AUX/aux/11 close/VERB/ccomp/7 ./PUNCT/punct/1"
    ) == [("the bridge will close", "Ada Okafor")]


def test_reports_citing_sources_are_the_sources() -> None:
    # Reports citing party sources said Okafor will resign.
    assert reported(
        "Reports/NOUN/nsubj/4/report citing/VERB/acl/0/cite party/NOUN/compound/3 sources/NOUN/dobj/1/source "
        "said/VERB/ROOT/4/say Okafor/PROPN/nsubj/7//B-PERSON will/AUX/aux/7 resign/VERB/ccomp/4 ./PUNCT/punct/4"
    ) == [("party sources", "Reports"), ("Okafor will resign", "party sources")]


def test_heading_parsed_as_subject_gives_way_to_the_apposition_in_the_paragraph() -> None:
    # Northern Alliance
    #
    # Late on Sunday, Okafor announced the bridge will close.
    assert reported(
        "Northern/PROPN/compound/1//B-ORG Alliance/PROPN/nsubj/8//I-ORG PARA/SPACE/dep/1 Late/ADV/advmod/4 "
        "on/ADP/prep/8 Sunday/PROPN/pobj/4 ,/PUNCT/punct/8 Okafor/PROPN/appos/1//B-PERSON "
        "announced/VERB/ROOT/8/announce the/DET/det/10 bridge/NOUN/nsubj/12 will/AUX/aux/12 "
        "close/VERB/ccomp/8 ./PUNCT/punct/8"
    ) == [("the bridge will close", "Ada Okafor")]


def test_expressed_reports_its_clause() -> None:
    # Okafor has expressed she is ready to serve.
    assert reported(
        "Okafor/PROPN/nsubj/2//B-PERSON has/AUX/aux/2 expressed/VERB/ROOT/2/express she/PRON/nsubj/4 "
        "is/AUX/ccomp/2/be ready/ADJ/acomp/4 to/PART/aux/7 serve/VERB/xcomp/5 ./PUNCT/punct/2"
    ) == [("she is ready to serve", "Ada Okafor")]


def test_the_statement_keeps_its_words_as_the_text_of_the_issuer() -> None:
    # Okafor, in a statement, said the bridge will close. The statement also said the road will reopen.
    quotes, actors = run(build(
        "Okafor/PROPN/nsubj/6//B-PERSON ,/PUNCT/punct/6 in/ADP/prep/6 a/DET/det/4 statement/NOUN/pobj/2 "
        ",/PUNCT/punct/6 said/VERB/ROOT/6/say the/DET/det/8 bridge/NOUN/nsubj/10 will/AUX/aux/10 "
        "close/VERB/ccomp/6 ./PUNCT/punct/6 The/DET/det/13 statement/NOUN/nsubj/15 also/ADV/advmod/15 "
        "said/VERB/ROOT/15/say the/DET/det/17 road/NOUN/nsubj/19 will/AUX/aux/19 reopen/VERB/ccomp/15 "
        "./PUNCT/punct/15"), NAMES)
    assert [(q.speaker, q.speaker_text) for q in quotes] == [("A1", "Okafor"), ("A1", "The statement")]


def test_the_letter_of_someone_unnamed_speaks_itself() -> None:
    # A group of parents sent a letter. The letter said the school will close.
    assert reported(
        "A/DET/det/1 group/NOUN/nsubj/4 of/ADP/prep/1 parents/NOUN/pobj/2/parent sent/VERB/ROOT/4/send "
        "a/DET/det/6 letter/NOUN/dobj/4 ./PUNCT/punct/4 The/DET/det/9 letter/NOUN/nsubj/10 said/VERB/ROOT/10/say "
        "the/DET/det/12 school/NOUN/nsubj/14 will/AUX/aux/14 close/VERB/ccomp/10 ./PUNCT/punct/10"
    ) == [("the school will close", "The letter")]


def test_caption_line_parsed_as_subject_gives_way_to_the_name_in_the_cue_paragraph() -> None:
    # The spokesman of Nordpress
    #
    # Ada Okafor said: “We will win.”   (the parse coordinates the caption with the name)
    quotes, actors = run(build(
        "The/DET/det/1 spokesman/NOUN/nsubj/7 of/ADP/prep/1 Nordpress/PROPN/pobj/2//B-ORG PARA/SPACE/dep/3 "
        "Ada/PROPN/compound/6//B-PERSON Okafor/PROPN/conj/1//I-PERSON said/VERB/ROOT/7/say :/PUNCT/punct/7 "
        "“/PUNCT/punct/12 We/PRON/nsubj/12 will/AUX/aux/12 win/VERB/ccomp/7 ./PUNCT/punct/12 ”/PUNCT/punct/12"), NAMES)
    assert [(q.text, speaker_name(q, actors)) for q in quotes if q.kind == "direct"] == [("We will win.", "Ada Okafor")]


def test_attributed_quotation_joined_to_the_next_cue_is_not_its_content() -> None:
    # Lindqvist spoke. “We will win,” said Okafor; he described the plan as bold.
    # (the parse hangs “We will win,” said Okafor under "described")
    names = NAMES | {"Lindqvist": ("Per Lindqvist", "person")}
    quotes, actors = run(build(
        "Lindqvist/PROPN/nsubj/1//B-PERSON spoke/VERB/ROOT/1/speak ./PUNCT/punct/1 “/PUNCT/punct/6 "
        "We/PRON/nsubj/6 will/AUX/aux/6 win/VERB/ccomp/9 ,/PUNCT/punct/9 ”/PUNCT/punct/9 said/VERB/ccomp/13/say "
        "Okafor/PROPN/nsubj/9//B-PERSON ;/PUNCT/punct/13 he/PRON/nsubj/13 described/VERB/ROOT/13/describe "
        "the/DET/det/15 plan/NOUN/dobj/13 as/ADP/prep/15 bold/ADJ/pobj/16 ./PUNCT/punct/13"), names)
    assert [(q.text, speaker_name(q, actors)) for q in quotes] == [
        ("We will win", "Ada Okafor"), ("the plan as bold", "Ada Okafor")]


def test_inverted_speaker_parsed_as_the_object() -> None:
    # “We will win,” said a protester.   (the parse makes "protester" the object of "said")
    quotes, actors = run(build(
        "“/PUNCT/punct/3 We/PRON/nsubj/3 will/AUX/aux/3 win/VERB/ccomp/6 ,/PUNCT/punct/6 ”/PUNCT/punct/6 "
        "said/VERB/ROOT/6/say a/DET/det/8 protester/NOUN/dobj/6/protester ./PUNCT/punct/6"), NAMES)
    assert [(q.text, speaker_name(q, actors)) for q in quotes] == [("We will win", "a protester")]


def test_description_using_a_pseudonym_is_that_name() -> None:
    # “We will win,” said a protester using the pseudonym Katya.
    quotes, actors = run(build(
        "“/PUNCT/punct/3 We/PRON/nsubj/3 will/AUX/aux/3 win/VERB/ccomp/6 ,/PUNCT/punct/6 ”/PUNCT/punct/6 "
        "said/VERB/ROOT/6/say a/DET/det/8 protester/NOUN/dobj/6/protester using/VERB/acl/8/use the/DET/det/11 "
        "pseudonym/NOUN/dobj/9 Katya/PROPN/appos/11//B-PERSON ./PUNCT/punct/6"), NAMES | {"Katya": ("Katya", "person")})
    assert [(q.text, speaker_name(q, actors)) for q in quotes] == [("We will win", "Katya")]


def test_participle_as_adjective_is_no_cue() -> None:
    # Okafor called the proposed Nordpress deal “lousy”.
    quotes, actors = run(build(
        "Okafor/PROPN/nsubj/1//B-PERSON called/VERB/ROOT/1/call the/DET/det/5 proposed/VERB/amod/5/propose "
        "Nordpress/PROPN/compound/5//B-ORG deal/NOUN/dobj/1 “/PUNCT/punct/7 lousy/ADJ/amod/5 ”/PUNCT/punct/7 "
        "./PUNCT/punct/1"), NAMES)
    assert [(q.text, q.cue, speaker_name(q, actors)) for q in quotes if q.kind == "direct"] == [
        ("lousy", "called", "Ada Okafor")]


def test_passive_agent_inside_the_infinitive() -> None:
    # Nordpress was declared to be a “menace” by Okafor.
    quotes, actors = run(build(
        "Nordpress/PROPN/nsubjpass/2//B-ORG was/AUX/auxpass/2 declared/VERB/ROOT/2/declare to/PART/aux/4 "
        "be/AUX/xcomp/2/be a/DET/det/7 “/PUNCT/punct/7 menace/NOUN/attr/4 ”/PUNCT/punct/7 by/ADP/prep/7 "
        "Okafor/PROPN/pobj/9//B-PERSON ./PUNCT/punct/2"), NAMES)
    assert [(q.text, speaker_name(q, actors)) for q in quotes if q.kind == "direct"] == [("menace", "Ada Okafor")]


def test_content_stops_before_a_conjoined_report_of_others() -> None:
    # Okafor said prices rose and several said they left.
    assert reported(
        "Okafor/PROPN/nsubj/1//B-PERSON said/VERB/ROOT/1/say prices/NOUN/nsubj/3/price rose/VERB/ccomp/1/rise "
        "and/CCONJ/cc/3 several/ADJ/nsubj/6 said/VERB/conj/3/say they/PRON/nsubj/8 left/VERB/ccomp/6/leave "
        "./PUNCT/punct/1"
    ) == [("prices rose", "Ada Okafor"), ("they left", "several")]


def test_content_in_another_paragraph_is_no_content() -> None:
    # Prices rose.
    #
    # Okafor said so.   (the parse hangs the first paragraph's clause under "said")
    assert reported(
        "Prices/NOUN/nsubj/1/price rose/VERB/ccomp/5/rise ./PUNCT/punct/1 PARA/SPACE/dep/2 "
        "Okafor/PROPN/nsubj/5//B-PERSON said/VERB/ROOT/5/say so/ADV/advmod/5 ./PUNCT/punct/5"
    ) == []


def test_block_after_a_colon_cue_is_content() -> None:
    # Okafor added:
    #
    # Prices rose.
    assert reported(
        "Okafor/PROPN/nsubj/1//B-PERSON added/VERB/ROOT/1/add :/PUNCT/punct/1 PARA/SPACE/dep/2 "
        "Prices/NOUN/nsubj/5/price rose/VERB/ccomp/1/rise ./PUNCT/punct/5"
    ) == [("Prices rose", "Ada Okafor")]


def test_title_object_ending_in_a_person_actor_merged_into_an_organisation() -> None:
    # Former Envoy to the Nordic Council Per Lindqvist wrote: “We will win.”
    # (the tagger makes "Nordic Council Per Lindqvist" one organisation; the actors know Per Lindqvist)
    from dragoman.actors.table import ActorTable
    from dragoman.context import Context
    from dragoman.quotes import extract_quotes
    from dragoman.records import Actor, Article

    doc = build(
        "Former/ADJ/amod/1 Envoy/PROPN/nsubj/8/envoy to/ADP/prep/1 the/DET/det/7 Nordic/PROPN/compound/7//B-ORG "
        "Council/PROPN/compound/7//I-ORG Per/PROPN/compound/7//I-ORG Lindqvist/PROPN/pobj/2//I-ORG "
        "wrote/VERB/ROOT/8/write :/PUNCT/punct/8 “/PUNCT/punct/13 We/PRON/nsubj/13 will/AUX/aux/13 "
        "win/VERB/ccomp/8 ./PUNCT/punct/13 ”/PUNCT/punct/13")
    per = doc.text.index("Per Lindqvist")
    council = doc.text.index("Nordic Council")
    actors = ActorTable([Actor(id="A1", name="Per Lindqvist", kind="person", mentions=[(per, per + 13)]),
                         Actor(id="A2", name="Nordic Council", kind="organization", mentions=[(council, council + 14)])])
    article = Article(id="t", source="t", text=doc.text)
    quotes = extract_quotes(doc, Context(article=article, published=None), actors)
    assert [(q.text, q.speaker) for q in quotes if q.kind == "direct"] == [("We will win.", "A1")]
