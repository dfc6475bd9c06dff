"""Each cue of the actors stage on invented sentences, parsed by hand (no model).

``doc()`` builds a Doc from "word/POS/ENT" tokens: a one-sentence parse whose heads point at the
main verb (marked ``*``), enough for the cues, which read words, entities and a few relations.
"""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.tokens import Doc

from dragoman.actors import extract_actors
from dragoman.context import Context
from dragoman.records import Article

VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower_, is_punct), no pipeline


def doc(spec: str, deps: dict[int, tuple[str, int]] | None = None, lemmas: dict[int, str] | None = None) -> Doc:
    """Tokens "word/POS/ENT" separated by spaces; ENT is an IOB tag like B-PERSON; ``*`` after the POS marks the root."""
    words, pos, ents, root = [], [], [], 0
    for i, item in enumerate(spec.split(" ")):
        word, tag, ent = (item.split("/") + ["", "O"])[:3] if item.count("/") >= 2 else (*item.split("/"), "O")
        if tag.endswith("*"):
            tag, root = tag[:-1], i
        words.append(word.replace("_", " "))
        pos.append(tag or ("PUNCT" if not word[0].isalnum() else "NOUN"))
        ents.append(ent or "O")
    heads = [root] * len(words)
    dep = ["dep"] * len(words)
    dep[root] = "ROOT"
    for i, (label, head) in (deps or {}).items():
        dep[i], heads[i] = label, head
    spaces = [not (i + 1 < len(words) and (words[i + 1] in {",", ".", "'s"})) for i in range(len(words))]
    return Doc(VOCAB, words=words, spaces=spaces, pos=pos, ents=ents, heads=heads, deps=dep,
               lemmas=[(lemmas or {}).get(i, w.lower()) for i, w in enumerate(words)])


def actors(d: Doc, published: str | None = "2023-03-21", **kw):
    article = Article(id="t", source="t", text=d.text, published=published, **kw)
    ctx = Context(article=article, published=dt.date.fromisoformat(published) if published else None)
    return extract_actors(d, ctx).actors


def by_name(found, name):
    matches = [a for a in found if a.name == name]
    assert matches, f"no actor {name!r} in {[a.name for a in found]}"
    return matches[0]


def test_nationality_adjective_and_title_before_a_name():
    d = doc("Chinese/ADJ/B-NORP President/PROPN Liu/PROPN/B-PERSON Wen/PROPN/I-PERSON spoke/VERB* ./PUNCT")
    (a,) = actors(d, published="2031-01-01")
    assert (a.name, a.kind, a.country, a.sector, a.title) == ("Liu Wen", "person", "CHN", "GOV", "President")
    assert a.why and a.why[0].startswith("text:")


def test_country_abbreviation_and_multiword_title():
    d = doc("US/PROPN/B-GPE Secretary/PROPN of/ADP State/PROPN Jane/PROPN/B-PERSON Roe/PROPN/I-PERSON left/VERB* ./PUNCT")
    found = actors(d, published="2031-01-01")
    a = by_name(found, "Jane Roe")
    assert (a.country, a.sector, a.title) == ("USA", "GOV", "Secretary of State")
    assert not any(x.kind == "state" for x in found), "the country word is a cue here, not an actor"


def test_possessive_country_title_and_comma_before_the_name():
    d = doc("Russia/PROPN/B-GPE 's/PART foreign/ADJ minister/NOUN ,/PUNCT Ivan/PROPN/B-PERSON Petrov/PROPN/I-PERSON "
            ",/PUNCT arrived/VERB* ./PUNCT")
    a = by_name(actors(d, published="2031-01-01"), "Ivan Petrov")
    assert (a.country, a.sector, a.title) == ("RUS", "GOV", "Foreign Minister")


def test_appositive_after_the_name():
    d = doc("Ivan/PROPN/B-PERSON Petrov/PROPN/I-PERSON ,/PUNCT Russia/PROPN/B-GPE 's/PART foreign/ADJ minister/NOUN "
            ",/PUNCT arrived/VERB* ./PUNCT")
    a = by_name(actors(d, published="2031-01-01"), "Ivan Petrov")
    assert (a.country, a.sector) == ("RUS", "GOV")


def test_appositive_organisation_sets_the_sector():
    d = doc("Ana/PROPN/B-PERSON Lima/PROPN/I-PERSON ,/PUNCT a/DET spokesperson/NOUN for/ADP the/DET "
            "Brazilian/ADJ/B-NORP police/NOUN ,/PUNCT said/VERB* ./PUNCT")
    a = by_name(actors(d, published="2031-01-01"), "Ana Lima")
    assert a.sector in ("GOV", "COP")


def test_organisation_before_a_title():
    d = doc("NATO/PROPN/B-ORG Secretary/PROPN General/PROPN Olav/PROPN/B-PERSON Berg/PROPN/I-PERSON warned/VERB* ./PUNCT")
    a = by_name(actors(d, published="2031-01-01"), "Olav Berg")
    assert (a.country, a.sector) == (None, "IGO")


def test_title_of_country_before_the_name_and_former():
    d = doc("Former/ADJ President/PROPN of/ADP India/PROPN/B-GPE Ravi/PROPN/B-PERSON Das/PROPN/I-PERSON died/VERB* ./PUNCT")
    a = by_name(actors(d, published="2031-01-01"), "Ravi Das")
    assert (a.country, a.sector) == ("IND", "GOV")


def test_legislator_title_gives_leg():
    d = doc("Senator/PROPN Mary/PROPN/B-PERSON Poe/PROPN/I-PERSON voted/VERB* ./PUNCT")
    a = by_name(actors(d, published="2031-01-01", dateline="WASHINGTON"), "Mary Poe")
    assert (a.sector, a.country) == ("LEG", "USA"), "country from the dateline when the text gives none"


def test_demonym_and_forces_make_a_military_group():
    d = doc("Russian/ADJ/B-NORP forces/NOUN shelled/VERB* the/DET city/NOUN ./PUNCT")
    (a,) = actors(d)
    assert (a.name, a.kind, a.country, a.sector) == ("Russian forces", "organization", "RUS", "MIL")


def test_a_noun_modifier_is_no_group():
    d = doc("Russian/ADJ/B-NORP government/NOUN bonds/NOUN fell/VERB* ./PUNCT")
    assert actors(d) == []


def test_pure_nationality_adjective_is_no_actor():
    d = doc("The/DET Chinese/ADJ/B-NORP economy/NOUN grew/VERB* ./PUNCT")
    assert actors(d) == []


def test_capital_acting_is_its_state():
    d = doc("Moscow/PROPN/B-GPE rejected/VERB* the/DET offer/NOUN ./PUNCT", deps={0: ("nsubj", 1)})
    (a,) = actors(d)
    assert (a.name, a.kind, a.country, a.sector) == ("Russia", "state", "RUS", "GOV")
    assert "capital" in a.why[0]


def test_capital_as_a_place_is_no_actor():
    d = doc("He/PRON arrived/VERB* in/ADP Moscow/PROPN/B-GPE ./PUNCT", deps={3: ("pobj", 2)})
    assert actors(d) == []


def test_country_is_a_state_actor():
    d = doc("Iran/PROPN/B-GPE admitted/VERB* the/DET attack/NOUN ./PUNCT", deps={0: ("nsubj", 1)})
    (a,) = actors(d)
    assert (a.kind, a.country, a.sector, a.name) == ("state", "IRN", "GOV", "Iran")


def test_lexicon_organisations():
    d = doc("The/DET Kremlin/PROPN/B-ORG and/CCONJ the/DET State/PROPN/B-ORG Department/PROPN/I-ORG "
            "disagreed/VERB* ./PUNCT")
    found = actors(d)
    assert (by_name(found, "Kremlin").country, by_name(found, "Kremlin").sector) == ("RUS", "GOV")
    assert (by_name(found, "State Department").country, by_name(found, "State Department").sector) == ("USA", "GOV")


def test_lexicon_name_the_model_missed():
    d = doc("the/DET Pentagon/PROPN said/VERB* ./PUNCT")
    (a,) = actors(d)
    assert (a.name, a.country, a.sector) == ("Pentagon", "USA", "MIL")


def test_international_organisation_and_its_acronym_are_one_actor():
    d = doc("The/DET International/PROPN/B-ORG Criminal/PROPN/I-ORG Court/PROPN/I-ORG and/CCONJ the/DET "
            "ICC/PROPN/B-ORG agreed/VERB* ./PUNCT")
    (a,) = actors(d)
    assert (a.name, a.country, a.sector, len(a.mentions)) == ("International Criminal Court", None, "IGO", 2)


def test_name_variants_are_one_actor_with_the_fullest_name():
    d = doc("Liu/PROPN/B-PERSON Wen/PROPN/I-PERSON met/VERB* aides/NOUN ;/PUNCT Liu/PROPN/B-PERSON said/VERB "
            "President/PROPN Liu/PROPN/B-PERSON left/VERB ./PUNCT")
    (a,) = actors(d, published="2031-01-01")
    assert a.name == "Liu Wen" and len(a.mentions) == 3 and a.title == "President"
    assert [d.text[s:e] for s, e in a.mentions] == ["Liu Wen", "Liu", "Liu"]


def test_ids_follow_first_mention():
    d = doc("Iran/PROPN/B-GPE and/CCONJ Iraq/PROPN/B-GPE met/VERB* ;/PUNCT Iran/PROPN/B-GPE left/VERB ./PUNCT",
            deps={0: ("nsubj", 3), 2: ("conj", 0)})
    found = actors(d)
    assert [(a.id, a.name) for a in found] == [("A1", "Iran"), ("A2", "Iraq")]


def test_office_holder_by_the_article_date():
    d = doc("President/PROPN Xi/PROPN/B-PERSON spoke/VERB* ./PUNCT")
    (a,) = actors(d, published="2023-03-21")
    assert (a.name, a.country, a.sector, a.title) == ("Xi Jinping", "CHN", "GOV", "President")
    assert any("office_holders.tsv" in w for w in a.why)


def test_office_holder_changes_with_the_date():
    d = doc("President/PROPN Putin/PROPN/B-PERSON spoke/VERB* ./PUNCT")
    assert actors(d, published="2010-01-01")[0].sector == "GOV"
    d2 = doc("Medvedev/PROPN/B-PERSON spoke/VERB* in/ADP Russia/PROPN/B-GPE ./PUNCT", deps={0: ("nsubj", 1)})
    (a,) = actors(d2, published="2010-06-01")
    assert (a.name, a.country, a.title) == ("Dmitry Medvedev", "RUS", "President")
    (b,) = actors(d2, published="2016-06-01")
    assert b.title == "Prime Minister"
    d3 = doc("Medvedev/PROPN/B-PERSON spoke/VERB* ./PUNCT", deps={0: ("nsubj", 1)})
    (c,) = actors(d3, published="2010-06-01")
    assert c.country is None, "a surname alone, with no country or title in the text, names nobody"


def test_unnamed_office_holder_joins_the_holder_on_the_date():
    d = doc("the/DET Chinese/ADJ/B-NORP president/NOUN arrived/VERB* ./PUNCT")
    (a,) = actors(d, published="2023-03-21")
    assert (a.name, a.kind, a.country, a.sector) == ("Xi Jinping", "person", "CHN", "GOV")


def test_unnamed_office_holder_joins_a_named_person():
    d = doc("Chinese/ADJ/B-NORP President/PROPN Liu/PROPN/B-PERSON Wen/PROPN/I-PERSON came/VERB* ;/PUNCT "
            "the/DET Chinese/ADJ/B-NORP president/NOUN smiled/VERB ./PUNCT")
    (a,) = actors(d, published="2031-01-01")
    assert a.name == "Liu Wen" and len(a.mentions) == 2


def test_garbled_entity_makes_no_actor_but_a_clean_word_in_it_may():
    found = actors(doc("BliNKEN/PROPN/B-ORG US/PROPN/I-ORG said/VERB* ./PUNCT"))
    assert [a.name for a in found] == ["United States"]


@pytest.mark.parametrize("spec", [
    "ruSSiaN/PROPN/B-ORG criMES/PROPN/I-ORG rose/VERB* ./PUNCT",
    "In/ADP 2022/NUM/B-ORG prices/NOUN rose/VERB* ./PUNCT",
    "the/DET pro/ADJ/B-ORG -/PUNCT/I-ORG democracy/NOUN/I-ORG camp/NOUN won/VERB* ./PUNCT",
])
def test_garbage_entities_make_no_actor(spec):
    assert actors(doc(spec)) == []


def test_organisation_head_word_and_country_word():
    d = doc("The/DET Libyan/ADJ/B-ORG House/PROPN/I-ORG of/ADP/I-ORG Representatives/PROPN/I-ORG voted/VERB* ./PUNCT")
    (a,) = actors(d)
    assert (a.name, a.country, a.sector) == ("Libyan House of Representatives", "LBY", "LEG")


def test_institution_named_with_of_and_a_country():
    d = doc("the/DET Senate/PROPN/B-ORG of/ADP the/DET Philippines/PROPN/B-GPE voted/VERB* ./PUNCT")
    found = actors(d)
    a = by_name(found, "Senate of the Philippines")
    assert (a.country, a.sector) == ("PHL", "LEG")


def test_country_word_with_a_capitalised_institution():
    d = doc("the/DET Puerto/PROPN/B-ORG Rico/PROPN/I-ORG Senate/PROPN/I-ORG sued/VERB* ./PUNCT")
    (a,) = actors(d)
    assert (a.name, a.country, a.sector) == ("Puerto Rico Senate", "PRI", "LEG")


def test_verb_evidence_is_weak_and_used_only_alone():
    d = doc("Tom/PROPN/B-PERSON Hale/PROPN/I-PERSON was/AUX arrested/VERB* ./PUNCT",
            deps={1: ("nsubjpass", 3)}, lemmas={3: "arrest"})
    (a,) = actors(d, published="2031-01-01")
    assert a.sector == "CRM"
    d2 = doc("Senator/PROPN Tom/PROPN/B-PERSON Hale/PROPN/I-PERSON was/AUX arrested/VERB* ./PUNCT",
             deps={2: ("nsubjpass", 4)}, lemmas={4: "arrest"})
    (b,) = actors(d2, published="2031-01-01")
    assert b.sector == "LEG"


def test_respectively_pairs_countries_with_names():
    d = doc("Greek/ADJ/B-NORP and/CCONJ Cypriot/ADJ/B-NORP ministers/NOUN ,/PUNCT Ana/PROPN/B-PERSON Pap/PROPN/I-PERSON "
            "and/CCONJ Ben/PROPN/B-PERSON Kyp/PROPN/I-PERSON ,/PUNCT respectively/ADV ,/PUNCT met/VERB* ./PUNCT")
    found = actors(d, published="2031-01-01")
    assert by_name(found, "Ana Pap").country == "GRC"
    assert by_name(found, "Ben Kyp").country == "CYP"


def test_candidate_for_an_office_is_opposition():
    d = doc("They/PRON backed/VERB* Mia/PROPN/B-PERSON Cruz/PROPN/I-PERSON for/ADP president/NOUN ./PUNCT")
    (a,) = actors(d, published="2031-01-01", dateline="WASHINGTON")
    assert (a.country, a.sector) == ("USA", "OPP")


def test_every_actor_says_why():
    d = doc("Russian/ADJ/B-NORP forces/NOUN and/CCONJ the/DET Kremlin/PROPN/B-ORG acted/VERB* ./PUNCT")
    assert all(a.why for a in actors(d))


def test_no_entities_no_actors():
    assert actors(doc("It/PRON rained/VERB* ./PUNCT")) == []


def test_organisation_described_by_a_copula():
    d = doc("Acme/PROPN/B-ORG Corporation/PROPN/I-ORG is/AUX* the/DET largest/ADJ television/NOUN network/NOUN ./PUNCT",
            deps={0: ("compound", 1), 1: ("nsubj", 2), 6: ("attr", 2), 5: ("compound", 6), 4: ("amod", 6), 3: ("det", 6)},
            lemmas={2: "be"})
    (a,) = actors(d, published="2031-01-01")
    assert a.sector == "MED"


def test_person_takes_the_sector_of_an_employer_described_elsewhere():
    d = doc("Acme/PROPN/B-ORG Corporation/PROPN/I-ORG is/AUX* a/DET television/NOUN network/NOUN ;/PUNCT "
            "Acme/PROPN CEO/PROPN Ana/PROPN/B-PERSON Ruiz/PROPN/I-PERSON spoke/VERB ./PUNCT",
            deps={0: ("compound", 1), 1: ("nsubj", 2), 5: ("attr", 2), 4: ("compound", 5)}, lemmas={2: "be"})
    a = by_name(actors(d, published="2031-01-01"), "Ana Ruiz")
    assert a.sector == "MED"


def test_a_surname_the_model_missed_is_still_a_mention():
    d = doc("President/PROPN Ana/PROPN/B-PERSON Lind/PROPN/I-PERSON came/VERB* ;/PUNCT Lind/PROPN left/VERB ./PUNCT")
    (a,) = actors(d, published="2031-01-01")
    assert [d.text[s:e] for s, e in a.mentions] == ["Ana Lind", "Lind"]


def test_a_name_without_its_legal_form_is_the_same_organisation():
    d = doc("Acme/PROPN/B-ORG Corporation/PROPN/I-ORG spoke/VERB* ;/PUNCT Acme/PROPN left/VERB ./PUNCT")
    (a,) = actors(d, published="2031-01-01")
    assert a.name == "Acme Corporation"
    assert [d.text[s:e] for s, e in a.mentions] == ["Acme Corporation", "Acme"]


def test_a_people_named_as_a_noun_acts_for_its_state():
    d = doc("the/DET French/PROPN/B-NORP left/VERB* ./PUNCT", deps={0: ("det", 1), 1: ("nsubj", 2)})
    (a,) = actors(d, published="2031-01-01")
    assert (a.name, a.kind, a.country, a.sector) == ("France", "state", "FRA", "GOV")
    adjective = doc("French/ADJ/B-NORP troops/NOUN left/VERB* ./PUNCT", deps={0: ("amod", 1), 1: ("nsubj", 2)})
    assert all(a.kind != "state" for a in actors(adjective, published="2031-01-01"))


def test_a_persons_campaign_is_an_organisation_of_their_country_and_sector():
    d = doc("Senator/PROPN Ana/PROPN/B-PERSON Lind/PROPN/I-PERSON of/ADP Kenya/PROPN/B-GPE spoke/VERB* ;/PUNCT "
            "the/DET Lind/PROPN/B-PERSON campaign/NOUN left/VERB ./PUNCT",
            deps={7: ("det", 9), 8: ("compound", 9), 9: ("nsubj", 10)})
    found = actors(d, published="2031-01-01")
    person, campaign = by_name(found, "Ana Lind"), by_name(found, "Lind campaign")
    assert campaign.kind == "organization" and (campaign.country, campaign.sector) == (person.country, person.sector)
    assert [d.text[s:e] for s, e in campaign.mentions] == ["Lind campaign"]


def test_an_office_holders_campaign_is_party_work():
    d = doc("President/PROPN Ana/PROPN/B-PERSON Lind/PROPN/I-PERSON of/ADP Kenya/PROPN/B-GPE spoke/VERB* ;/PUNCT "
            "the/DET Lind/PROPN/B-PERSON campaign/NOUN left/VERB ./PUNCT",
            deps={7: ("det", 9), 8: ("compound", 9), 9: ("nsubj", 10)})
    found = actors(d, published="2031-01-01")
    assert by_name(found, "Ana Lind").sector == "GOV" and by_name(found, "Lind campaign").sector == "PTY"


def test_bare_group_nouns_take_the_article_country():
    d = doc("Kenyan/ADJ/B-NORP officials/NOUN met/VERB* ;/PUNCT police/NOUN arrested/VERB protesters/NOUN ;/PUNCT "
            "a/DET government/NOUN fell/VERB ./PUNCT",
            deps={0: ("amod", 1), 1: ("nsubj", 2), 4: ("nsubj", 5), 6: ("dobj", 5), 8: ("det", 9), 9: ("nsubj", 10)})
    found = actors(d, published="2031-01-01")
    police, protesters = by_name(found, "police"), by_name(found, "protesters")
    assert (police.country, police.sector) == ("KEN", "COP")
    assert (protesters.country, protesters.sector) == ("KEN", "CVL")
    assert not any(d.text[s:e] == "government" for a in found for s, e in a.mentions), "'a government': no one in particular"


def test_a_bare_group_joins_the_named_group_with_the_same_noun_only():
    d = doc("Kenyan/ADJ/B-NORP police/NOUN met/VERB* Kenyan/ADJ/B-NORP people/NOUN ;/PUNCT police/NOUN "
            "arrested/VERB protesters/NOUN ./PUNCT",
            deps={0: ("amod", 1), 1: ("nsubj", 2), 3: ("amod", 4), 4: ("dobj", 2), 6: ("nsubj", 7), 8: ("dobj", 7)})
    found = actors(d, published="2031-01-01")
    police = by_name(found, "Kenyan police")
    assert [d.text[s:e] for s, e in police.mentions] == ["Kenyan police", "police"]
    protesters = by_name(found, "protesters")
    assert (protesters.country, protesters.sector) == ("KEN", "CVL")
    assert by_name(found, "Kenyan people").id != protesters.id


def test_a_senior_vice_president_is_a_company_officer():
    d = doc("Senior/ADJ vice/NOUN president/NOUN Ola/PROPN/B-PERSON Berg/PROPN/I-PERSON spoke/VERB* ./PUNCT")
    a = by_name(actors(d), "Ola Berg")
    assert a.sector == "BUS"


def test_a_rank_inside_a_longer_capitalised_name_is_no_rank():
    d = doc("It/PRON is/AUX* Norvex/PROPN/B-ORG 's/PART ZPL/PROPN General/PROPN Public/PROPN/B-PERSON "
            "Licensed/PROPN/I-PERSON software/NOUN ./PUNCT")
    assert not any(a.name == "Public Licensed" for a in actors(d)), "'ZPL General' + name: one longer name"


def test_a_rank_after_a_known_word_stays_a_rank():
    d = doc("US/PROPN/B-GPE Army/PROPN/B-ORG General/PROPN Tomas/PROPN/B-PERSON Brill/PROPN/I-PERSON "
            "spoke/VERB* ./PUNCT")
    assert by_name(actors(d), "Tomas Brill").sector == "MIL"
