"""Cue, speaker, addressee and reported-speech rules on hand-built Docs.

Each sentence is invented; the parse is written by hand as
``word/POS/dep/head[/lemma[/ENT]]`` (head is a token index, ENT an IOB tag).
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from dragoman.actors.table import ActorTable
from dragoman.context import Context
from dragoman.quotes import extract_quotes
from dragoman.records import Actor, Article, Quote

# a blank English vocab: lexical attributes (lower_, is_punct) but no model
VOCAB = spacy.blank("en").vocab
_NO_SPACE_BEFORE = {",", ".", ":", "”", "’", "’s", "!", "?", "\n\n"}
_NO_SPACE_AFTER = {"“", "‘", "\n\n"}


def build(spec: str) -> Doc:
    words, pos, deps, heads, lemmas, ents = [], [], [], [], [], []
    for item in spec.split():
        parts = item.split("/") + [""] * 2
        word = parts[0].replace("_", " ") if parts[0] != "_" else parts[0]
        if word == "PARA":
            word = "\n\n"
        words.append(word)
        pos.append(parts[1])
        deps.append(parts[2])
        heads.append(int(parts[3]))
        lemmas.append(parts[4] or word.lower())
        ents.append(parts[5] or "O")
    spaces = [
        not (i + 1 < len(words) and (words[i + 1] in _NO_SPACE_BEFORE or words[i] in _NO_SPACE_AFTER))
        for i in range(len(words))
    ]
    spaces[-1] = False
    return Doc(VOCAB, words=words, spaces=spaces, pos=pos, deps=deps, heads=heads, lemmas=lemmas, ents=ents)


def table(doc: Doc, names: dict[str, tuple[str, str]]) -> ActorTable:
    """Actors for the entity spans of ``doc``: surface text -> (name, kind), grouped by name."""
    actors: dict[str, Actor] = {}
    for ent in doc.ents:
        name, kind = names[ent.text]
        actor = actors.setdefault(name, Actor(id=f"A{len(actors) + 1}", name=name, kind=kind))
        actor.mentions.append((ent.start_char, ent.end_char))
    return ActorTable(actors.values())


def run(doc: Doc, names: dict[str, tuple[str, str]], headlines: list[tuple[int, int]] | None = None) -> tuple[list[Quote], ActorTable]:
    actors = table(doc, names)
    article = Article(id="t", source="t", text=doc.text, headlines=headlines or [])
    return extract_quotes(doc, Context(article=article, published=None), actors), actors


def speaker_name(q: Quote, actors: ActorTable) -> str | None:
    actor = actors.get(q.speaker)
    return actor.name if actor else q.speaker_text


OKAFOR = {"Okafor": ("Ada Okafor", "person"), "Ada Okafor": ("Ada Okafor", "person")}


def test_cue_after() -> None:
    # “We will win,” Okafor said.
    doc = build("“/PUNCT/punct/7 We/PRON/nsubj/3 will/AUX/aux/3 win/VERB/ccomp/7/win ,/PUNCT/punct/7 "
                "”/PUNCT/punct/7 Okafor/PROPN/nsubj/7//B-PERSON said/VERB/ROOT/7/say ./PUNCT/punct/7")
    quotes, actors = run(doc, OKAFOR)
    assert [(q.text, q.kind, q.cue, speaker_name(q, actors)) for q in quotes] == [("We will win", "direct", "said", "Ada Okafor")]


def test_inverted_cue() -> None:
    # “We will win,” said Okafor.
    doc = build("“/PUNCT/punct/6 We/PRON/nsubj/3 will/AUX/aux/3 win/VERB/ccomp/6 ,/PUNCT/punct/6 "
                "”/PUNCT/punct/6 said/VERB/ROOT/6/say Okafor/PROPN/nsubj/6//B-PERSON ./PUNCT/punct/6")
    quotes, actors = run(doc, OKAFOR)
    assert speaker_name(quotes[0], actors) == "Ada Okafor"


def test_colon_introduction() -> None:
    # Okafor said: “We will win.”
    doc = build("Okafor/PROPN/nsubj/1//B-PERSON said/VERB/ROOT/1/say :/PUNCT/punct/1 “/PUNCT/punct/6 "
                "We/PRON/nsubj/6 will/AUX/aux/6 win/VERB/ccomp/1 ./PUNCT/punct/6 ”/PUNCT/punct/6")
    quotes, actors = run(doc, OKAFOR)
    assert [(q.text, q.cue, speaker_name(q, actors)) for q in quotes] == [("We will win.", "said", "Ada Okafor")]


def test_cue_in_the_middle_serves_both_halves() -> None:
    # “We will win,” she said, “and soon.”   (she -> Okafor from the previous sentence)
    doc = build("Ada/PROPN/compound/1//B-PERSON Okafor/PROPN/nsubj/2//I-PERSON spoke/VERB/ROOT/2/speak ./PUNCT/punct/2 "
                "“/PUNCT/punct/11 We/PRON/nsubj/7 will/AUX/aux/7 win/VERB/ccomp/11 ,/PUNCT/punct/11 ”/PUNCT/punct/11 "
                "she/PRON/nsubj/11 said/VERB/ROOT/11/say ,/PUNCT/punct/11 “/PUNCT/punct/15 and/CCONJ/cc/15 "
                "soon/ADV/advmod/11 ./PUNCT/punct/11 ”/PUNCT/punct/11")
    quotes, actors = run(doc, OKAFOR)
    assert [(q.text, speaker_name(q, actors), q.speaker_text) for q in quotes] == [
        ("We will win", "Ada Okafor", "she"), ("and soon.", "Ada Okafor", "she")]
    assert (doc.text.index("she"), doc.text.index("she") + 3) in actors.get("A1").mentions


def test_partial_quote_inside_reported_speech() -> None:
    # Okafor said the plan “works well” for farmers.
    doc = build("Okafor/PROPN/nsubj/1//B-PERSON said/VERB/ROOT/1/say the/DET/det/3 plan/NOUN/nsubj/6 "
                "“/PUNCT/punct/6 works/ADV/advmod/6/work well/VERB/ccomp/1 ”/PUNCT/punct/6 for/ADP/prep/6 "
                "farmers/NOUN/pobj/8/farmer ./PUNCT/punct/1")
    quotes, actors = run(doc, OKAFOR)
    kinds = {q.kind: (q.text, speaker_name(q, actors)) for q in quotes}
    assert kinds["direct"] == ("works well", "Ada Okafor")
    assert kinds["mixed"] == ("the plan “works well” for farmers", "Ada Okafor")


def test_headline_attribution() -> None:
    # Dam Plan Is “Reckless”, Says Okafor
    doc = build("Dam/PROPN/compound/1 Plan/PROPN/nsubj/2 Is/AUX/ccomp/7/be “/PUNCT/punct/4 Reckless/ADJ/acomp/2/reckless "
                "”/PUNCT/punct/4 ,/PUNCT/punct/7 Says/VERB/ROOT/7/say Okafor/PROPN/nsubj/7//B-PERSON")
    quotes, actors = run(doc, OKAFOR, headlines=[(0, len(doc.text))])
    assert [(q.text, speaker_name(q, actors)) for q in quotes] == [("Reckless", "Ada Okafor")]


def test_scare_quote_without_speaker_is_left_out() -> None:
    # The so-called “green corridor” opened.
    doc = build("The/DET/det/3 so-called/ADJ/amod/3 “/PUNCT/punct/3 green/ADJ/amod/4 corridor/NOUN/nsubj/6 "
                "”/PUNCT/punct/4 opened/VERB/ROOT/6/open ./PUNCT/punct/6")
    assert run(doc, {})[0] == []


def test_told_gives_addressee() -> None:
    # “Come back,” Okafor told Lindqvist.
    names = OKAFOR | {"Lindqvist": ("Per Lindqvist", "person")}
    doc = build("“/PUNCT/punct/6 Come/VERB/ccomp/6/come back/ADV/advmod/1 ,/PUNCT/punct/6 ”/PUNCT/punct/6 "
                "Okafor/PROPN/nsubj/6//B-PERSON told/VERB/ROOT/6/tell Lindqvist/PROPN/dobj/6//B-PERSON ./PUNCT/punct/6")
    quotes, actors = run(doc, names)
    assert actors.get(quotes[0].addressee).name == "Per Lindqvist"


def test_meeting_with_gives_addressee() -> None:
    # Okafor said in a meeting with Lindqvist that talks went well.
    names = OKAFOR | {"Lindqvist": ("Per Lindqvist", "person")}
    doc = build("Okafor/PROPN/nsubj/1//B-PERSON said/VERB/ROOT/1/say in/ADP/prep/1 a/DET/det/4 meeting/NOUN/pobj/2 "
                "with/ADP/prep/4 Lindqvist/PROPN/pobj/5//B-PERSON that/SCONJ/mark/9 talks/NOUN/nsubj/9/talk "
                "went/VERB/ccomp/1/go well/ADV/advmod/9 ./PUNCT/punct/1")
    quotes, actors = run(doc, names)
    assert [(q.kind, q.text, actors.get(q.addressee).name) for q in quotes] == [("indirect", "talks went well", "Per Lindqvist")]


def test_floating_quote_continues_previous_speaker() -> None:
    # “We will win,” Okafor said. PARA “The river is ours.”
    doc = build("“/PUNCT/punct/7 We/PRON/nsubj/3 will/AUX/aux/3 win/VERB/ccomp/7 ,/PUNCT/punct/7 ”/PUNCT/punct/7 "
                "Okafor/PROPN/nsubj/7//B-PERSON said/VERB/ROOT/7/say ./PUNCT/punct/7 PARA/SPACE/dep/8 "
                "“/PUNCT/punct/13 The/DET/det/12 river/NOUN/nsubj/13 is/AUX/ROOT/13/be ours/PRON/attr/13 "
                "./PUNCT/punct/13 ”/PUNCT/punct/13")
    quotes, actors = run(doc, OKAFOR)
    assert [(q.text, speaker_name(q, actors)) for q in quotes] == [("We will win", "Ada Okafor"), ("The river is ours.", "Ada Okafor")]
    assert quotes[1].confidence < quotes[0].confidence


def test_pronoun_prefers_subject_over_recent_object() -> None:
    # Okafor praised Lindqvist. “It was fair,” he said.  (he -> Okafor: subject and gender unknown)
    names = {"Okafor": ("Ada Okafor", "person"), "Lindqvist": ("Per Lindqvist", "person")}
    doc = build("Okafor/PROPN/nsubj/1//B-PERSON praised/VERB/ROOT/1/praise Lindqvist/PROPN/dobj/1//B-PERSON ./PUNCT/punct/1 "
                "“/PUNCT/punct/11 It/PRON/nsubj/6 was/AUX/ccomp/11/be fair/ADJ/acomp/6 ,/PUNCT/punct/11 ”/PUNCT/punct/11 "
                "he/PRON/nsubj/11 said/VERB/ROOT/11/say ./PUNCT/punct/11")
    quotes, actors = run(doc, names)
    assert speaker_name(quotes[0], actors) == "Ada Okafor"


def test_pronoun_gender_from_title() -> None:
    # Mr. Lindqvist met Ms. Okafor. “It was fair,” she said.
    names = {"Okafor": ("Ada Okafor", "person"), "Lindqvist": ("Per Lindqvist", "person")}
    doc = build("Mr./PROPN/compound/1 Lindqvist/PROPN/nsubj/2//B-PERSON met/VERB/ROOT/2/meet Ms./PROPN/compound/4 "
                "Okafor/PROPN/dobj/2//B-PERSON ./PUNCT/punct/2 “/PUNCT/punct/13 It/PRON/nsubj/8 was/AUX/ccomp/13/be "
                "fair/ADJ/acomp/8 ,/PUNCT/punct/13 ”/PUNCT/punct/13 she/PRON/nsubj/13 said/VERB/ROOT/13/say ./PUNCT/punct/13")
    quotes, actors = run(doc, names)
    assert speaker_name(quotes[0], actors) == "Ada Okafor"


def test_nominal_title_match() -> None:
    # Minister Okafor arrived. The minister said talks failed.
    doc = build("Minister/PROPN/compound/1 Okafor/PROPN/nsubj/2//B-PERSON arrived/VERB/ROOT/2/arrive ./PUNCT/punct/2 "
                "The/DET/det/5 minister/NOUN/nsubj/6 said/VERB/ROOT/6/say talks/NOUN/nsubj/8/talk failed/VERB/ccomp/6/fail "
                "./PUNCT/punct/6")
    quotes, actors = run(doc, OKAFOR)
    assert [(q.kind, q.text, speaker_name(q, actors), q.speaker_text) for q in quotes] == [
        ("indirect", "talks failed", "Ada Okafor", "The minister")]


def test_unnamed_source_keeps_its_description() -> None:
    # A port official said ships waited.
    doc = build("A/DET/det/2 port/NOUN/compound/2 official/NOUN/nsubj/3 said/VERB/ROOT/3/say ships/NOUN/nsubj/5/ship "
                "waited/VERB/ccomp/3/wait ./PUNCT/punct/3")
    quotes, _ = run(doc, {})
    assert [(q.text, q.speaker, q.speaker_text) for q in quotes] == [("ships waited", None, "A port official")]


def test_according_to() -> None:
    # According to Okafor, ships waited.
    doc = build("According/VERB/prep/5/accord to/ADP/prep/0 Okafor/PROPN/pobj/1//B-PERSON ,/PUNCT/punct/5 "
                "ships/NOUN/nsubj/5/ship waited/VERB/ROOT/5/wait ./PUNCT/punct/5")
    quotes, actors = run(doc, OKAFOR)
    assert [(q.kind, q.text, q.cue, speaker_name(q, actors)) for q in quotes] == [("indirect", "ships waited", "According to", "Ada Okafor")]


def test_told_reporters_that() -> None:
    # Okafor told reporters that ships waited.
    doc = build("Okafor/PROPN/nsubj/1//B-PERSON told/VERB/ROOT/1/tell reporters/NOUN/dobj/1/reporter that/SCONJ/mark/5 "
                "ships/NOUN/nsubj/5/ship waited/VERB/ccomp/1/wait ./PUNCT/punct/1")
    quotes, actors = run(doc, OKAFOR)
    assert [(q.text, q.cue, speaker_name(q, actors), q.addressee) for q in quotes] == [("ships waited", "told", "Ada Okafor", None)]


def test_warned_that_and_conjoined_that_clause() -> None:
    # Okafor warned that prices rose and that stocks fell.
    doc = build("Okafor/PROPN/nsubj/1//B-PERSON warned/VERB/ROOT/1/warn that/SCONJ/mark/4 prices/NOUN/nsubj/4/price "
                "rose/VERB/ccomp/1/rise and/CCONJ/cc/1 that/SCONJ/mark/8 stocks/NOUN/nsubj/8/stock fell/VERB/conj/1/fall "
                "./PUNCT/punct/1")
    quotes, _ = run(doc, OKAFOR)
    assert [(q.text, q.cue) for q in quotes] == [("prices rose and that stocks fell", "warned")]


def test_parenthetical_he_said() -> None:
    # The dam, Okafor said, is safe.
    doc = build("The/DET/det/1 dam/NOUN/nsubj/6 ,/PUNCT/punct/4 Okafor/PROPN/nsubj/4//B-PERSON said/VERB/parataxis/6/say "
                ",/PUNCT/punct/4 is/AUX/ROOT/6/be safe/ADJ/acomp/6 ./PUNCT/punct/6")
    quotes, actors = run(doc, OKAFOR)
    assert [(q.text, speaker_name(q, actors)) for q in quotes] == [("The dam, Okafor said, is safe", "Ada Okafor")]


def test_direct_quote_with_cue_is_not_also_reported() -> None:
    # Okafor said: “Ships waited.”   -- the ccomp is the quotation itself
    doc = build("Okafor/PROPN/nsubj/1//B-PERSON said/VERB/ROOT/1/say :/PUNCT/punct/1 “/PUNCT/punct/5 "
                "Ships/NOUN/nsubj/5/ship waited/VERB/ccomp/1/wait ./PUNCT/punct/5 ”/PUNCT/punct/5")
    assert [q.kind for q in run(doc, OKAFOR)[0]] == ["direct"]


def test_statement_speaks_for_its_author() -> None:
    # The ministry released a statement which said ships waited.
    names = {"ministry": ("Ministry of Ports", "organization")}
    doc = build("The/DET/det/1 ministry/NOUN/nsubj/2//B-ORG released/VERB/ROOT/2/release a/DET/det/4 "
                "statement/NOUN/dobj/2 which/PRON/nsubj/6 said/VERB/relcl/4/say ships/NOUN/nsubj/8/ship "
                "waited/VERB/ccomp/6/wait ./PUNCT/punct/2")
    quotes, actors = run(doc, names)
    assert [(q.text, speaker_name(q, actors)) for q in quotes] == [("ships waited", "Ministry of Ports")]


def test_description_with_a_name() -> None:
    # A farmer named Okafor said ships waited.
    doc = build("A/DET/det/1 farmer/NOUN/nsubj/4 named/VERB/acl/1/name Okafor/PROPN/oprd/2//B-PERSON "
                "said/VERB/ROOT/4/say ships/NOUN/nsubj/6/ship waited/VERB/ccomp/4/wait ./PUNCT/punct/4")
    quotes, actors = run(doc, OKAFOR)
    assert speaker_name(quotes[0], actors) == "Ada Okafor"


def test_colon_at_the_end_of_the_previous_paragraph() -> None:
    # Okafor continued: PARA “Ships wait.”
    doc = build("Okafor/PROPN/nsubj/1//B-PERSON continued/VERB/ROOT/1/continue :/PUNCT/punct/1 PARA/SPACE/dep/2 "
                "“/PUNCT/punct/6 Ships/NOUN/nsubj/6/ship wait/VERB/ROOT/6 ./PUNCT/punct/6 ”/PUNCT/punct/6")
    quotes, actors = run(doc, OKAFOR)
    assert [(q.text, q.cue, speaker_name(q, actors)) for q in quotes] == [("Ships wait.", "continued", "Ada Okafor")]


def test_first_person_cue_inside_a_quotation_is_its_speaker() -> None:
    # “I kept saying, ‘Wait,’” Okafor said.
    doc = build("“/PUNCT/punct/11 I/PRON/nsubj/2 kept/VERB/ccomp/11/keep saying/VERB/xcomp/2/say ,/PUNCT/punct/3 "
                "‘/PUNCT/punct/6 Wait/VERB/ccomp/3/wait ,/PUNCT/punct/6 ’/PUNCT/punct/6 ”/PUNCT/punct/11 "
                "Okafor/PROPN/nsubj/11//B-PERSON said/VERB/ROOT/11/say ./PUNCT/punct/11")
    quotes, actors = run(doc, OKAFOR)
    assert [(q.text, speaker_name(q, actors)) for q in quotes] == [
        ("I kept saying, ‘Wait,’", "Ada Okafor"), ("Wait", "Ada Okafor")]


def test_a_statement_saying() -> None:
    # The ministry issued a statement saying ships waited.
    names = {"ministry": ("Ministry of Ports", "organization")}
    doc = build("The/DET/det/1 ministry/NOUN/nsubj/2//B-ORG issued/VERB/ROOT/2/issue a/DET/det/4 "
                "statement/NOUN/dobj/2 saying/VERB/acl/4/say ships/NOUN/nsubj/7/ship waited/VERB/ccomp/5/wait "
                "./PUNCT/punct/2")
    quotes, actors = run(doc, names)
    assert [(q.text, speaker_name(q, actors)) for q in quotes] == [("ships waited", "Ministry of Ports")]


def test_title_cased_subheading_is_not_a_floating_quote() -> None:
    # “We will win,” Okafor said. PARA “Rivers Of Gold.”
    doc = build("“/PUNCT/punct/7 We/PRON/nsubj/3 will/AUX/aux/3 win/VERB/ccomp/7 ,/PUNCT/punct/7 ”/PUNCT/punct/7 "
                "Okafor/PROPN/nsubj/7//B-PERSON said/VERB/ROOT/7/say ./PUNCT/punct/7 PARA/SPACE/dep/8 "
                "“/PUNCT/punct/11 Rivers/NOUN/ROOT/11/river Of/ADP/prep/11 Gold/NOUN/pobj/12 ./PUNCT/punct/11 "
                "”/PUNCT/punct/11")
    quotes, _ = run(doc, OKAFOR)
    assert [q.text for q in quotes] == ["We will win"]


def test_according_to_scopes_over_the_whole_clause() -> None:
    # A crew found the ship after the storm passed, according to Okafor.
    doc = build("A/DET/det/1 crew/NOUN/nsubj/2 found/VERB/ROOT/2/find the/DET/det/4 ship/NOUN/dobj/2 "
                "after/SCONJ/mark/8 the/DET/det/7 storm/NOUN/nsubj/8 passed/VERB/advcl/2/pass ,/PUNCT/punct/8 "
                "according/VERB/prep/8/accord to/ADP/prep/10 Okafor/PROPN/pobj/11//B-PERSON ./PUNCT/punct/2")
    quotes, actors = run(doc, OKAFOR)
    assert [(q.text, speaker_name(q, actors)) for q in quotes] == [
        ("A crew found the ship after the storm passed", "Ada Okafor")]


def test_pronoun_never_points_into_what_was_said() -> None:
    # Okafor spoke. Lindqvist will lose, he said.
    names = {"Okafor": ("Ada Okafor", "person"), "Lindqvist": ("Per Lindqvist", "person")}
    doc = build("Okafor/PROPN/nsubj/1//B-PERSON spoke/VERB/ROOT/1/speak ./PUNCT/punct/1 "
                "Lindqvist/PROPN/nsubj/5//B-PERSON will/AUX/aux/5 lose/VERB/ccomp/8 ,/PUNCT/punct/8 "
                "he/PRON/nsubj/8 said/VERB/ROOT/8/say ./PUNCT/punct/8")
    quotes, actors = run(doc, names)
    assert [(q.text, speaker_name(q, actors)) for q in quotes] == [("Lindqvist will lose", "Ada Okafor")]


def test_apposition_names_the_speaker() -> None:
    # A spokesman, Okafor, said ships waited.
    doc = build("A/DET/det/1 spokesman/NOUN/nsubj/5 ,/PUNCT/punct/1 Okafor/PROPN/appos/1//B-PERSON ,/PUNCT/punct/1 "
                "said/VERB/ROOT/5/say ships/NOUN/nsubj/7/ship waited/VERB/ccomp/5/wait ./PUNCT/punct/5")
    quotes, actors = run(doc, OKAFOR)
    assert speaker_name(quotes[0], actors) == "Ada Okafor"


def test_according_to_a_document_by_its_author() -> None:
    # According to a memo by Okafor, ships waited.
    doc = build("According/VERB/prep/8/accord to/ADP/prep/0 a/DET/det/3 memo/NOUN/pobj/1 by/ADP/prep/3 "
                "Okafor/PROPN/pobj/4//B-PERSON ,/PUNCT/punct/8 ships/NOUN/nsubj/8/ship waited/VERB/ROOT/8/wait "
                "./PUNCT/punct/8")
    quotes, actors = run(doc, OKAFOR)
    assert [(q.text, speaker_name(q, actors)) for q in quotes] == [("ships waited", "Ada Okafor")]


def test_speaker_of_by_saying() -> None:
    # Okafor ended by saying “Ships wait.”
    doc = build("Okafor/PROPN/nsubj/1//B-PERSON ended/VERB/ROOT/1/end by/ADP/prep/1 saying/VERB/pcomp/2/say "
                "“/PUNCT/punct/6 Ships/NOUN/nsubj/6/ship wait/VERB/ccomp/3 ./PUNCT/punct/6 ”/PUNCT/punct/6")
    quotes, actors = run(doc, OKAFOR)
    assert [(q.text, q.cue, speaker_name(q, actors)) for q in quotes] == [("Ships wait.", "saying", "Ada Okafor")]


def test_bare_attribution_after_a_full_stop() -> None:
    # “Ships wait.” Okafor said.
    doc = build("“/PUNCT/punct/2 Ships/NOUN/nsubj/2/ship wait/VERB/ROOT/2 ./PUNCT/punct/2 ”/PUNCT/punct/2 "
                "Okafor/PROPN/nsubj/6//B-PERSON said/VERB/ROOT/6/say ./PUNCT/punct/6")
    quotes, actors = run(doc, OKAFOR)
    assert [(q.text, speaker_name(q, actors)) for q in quotes] == [("Ships wait.", "Ada Okafor")]


def test_according_to_after_a_quotation() -> None:
    # “Ships wait,” according to Okafor.
    doc = build("“/PUNCT/punct/2 Ships/NOUN/nsubj/2/ship wait/VERB/ROOT/2 ,/PUNCT/punct/2 ”/PUNCT/punct/2 "
                "according/VERB/prep/2/accord to/ADP/prep/5 Okafor/PROPN/pobj/6//B-PERSON ./PUNCT/punct/2")
    quotes, actors = run(doc, OKAFOR)
    assert [(q.text, q.cue, speaker_name(q, actors)) for q in quotes] == [("Ships wait", "according to", "Ada Okafor")]


def test_surname_alone_finds_the_person_actor() -> None:
    # Okafor said ships waited.  (the actor table knows only the full name elsewhere)
    doc = build("Okafor/PROPN/nsubj/1 said/VERB/ROOT/1/say ships/NOUN/nsubj/3/ship waited/VERB/ccomp/1/wait ./PUNCT/punct/1")
    actors = ActorTable([Actor(id="A1", name="Ada Okafor", kind="person", mentions=[])])
    article = Article(id="t", source="t", text=doc.text)
    (q,) = extract_quotes(doc, Context(article=article, published=None), actors)
    assert q.speaker == "A1"


def test_unparsed_doc_is_refused() -> None:
    doc = Doc(VOCAB, words=["“", "Hi", ",", "”", "she", "said", "."])
    with pytest.raises(ValueError, match="dependency-parsed"):
        extract_quotes(doc, Context(article=Article(id="t", source="t", text=doc.text), published=None), ActorTable())
