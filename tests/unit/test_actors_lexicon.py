"""The packaged actor lexicon is valid, and user dictionaries (CSV, YAML, PETRARCH/Phoenix) load."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest
import spacy
from spacy.tokens import Doc

from dragoman.actors import LexiconError, actor_codes, builtin_lexicon, extract_actors, load_lexicon
from dragoman.actors.builtin import _rows, holder_rows, office_rows
from dragoman.actors.lexicon import SECTORS, pick
from dragoman.actors.petrarch import parse_code, split_code
from dragoman.context import Context
from dragoman.records import Actor, Article

ISO3 = {c.alpha_3 for c in pycountry.countries} | {"XKX"}  # Kosovo, as news and event data code it


# -- the packaged data files ---------------------------------------------------------------
def test_countries_file_uses_real_iso_codes_and_no_code_twice():
    codes = [row[0] for row in _rows("countries.tsv")]
    assert set(codes) <= ISO3
    assert len(codes) == len(set(codes))
    assert len(codes) >= 190


def test_every_iso_country_is_a_state_in_the_lexicon():
    lex = builtin_lexicon()
    assert set(lex.country_names) == ISO3
    for code in ("RUS", "CHN", "USA", "GBR", "IRN"):
        entry = pick(lex.entries(lex.country_names[code]), None)
        assert entry is not None and (entry.kind, entry.country, entry.sector) == ("state", code, "GOV")


def test_organisations_have_valid_countries_and_sectors():
    for name, *rest in _rows("organisations.tsv"):
        country, sector = rest[1], rest[2]
        assert sector in SECTORS, name
        assert country == "" or country in ISO3, name
        if sector == "IGO":
            assert country == "", f"{name}: an international organisation has no country"


def test_roles_have_known_sectors_and_kinds():
    for phrase, sector, kind, *_ in _rows("roles.tsv"):
        assert phrase == phrase.lower(), phrase
        assert kind in ("title", "group", "org", "doer", "undergoer", "thing-first", "thing-last", "medium"), phrase
        assert sector in SECTORS or (sector == "-" and kind in ("title", "thing-first", "thing-last", "medium")), phrase


def test_offices_are_known_and_coded():
    offices = office_rows()
    for office, (country, sector, title) in offices.items():
        assert country is None or country in ISO3, office
        assert sector in SECTORS and title, office
    assert {o for o, *_ in holder_rows()} <= set(offices)


def test_office_holder_dates_are_ordered_and_terms_do_not_overlap():
    terms = defaultdict(list)
    for office, name, start, end, *_ in holder_rows():
        assert start is not None, (office, name)
        assert end is None or start < end, (office, name)
        terms[office].append((start, end or dt.date.max, name))
    for office, spans in terms.items():
        spans.sort()
        for (s1, e1, n1), (s2, _, n2) in zip(spans, spans[1:]):
            assert e1 <= s2, f"{office}: {n1} and {n2} overlap"
        assert sum(e is dt.date.max for _, e, _ in spans) <= 1, f"{office}: two holders in office now"


def test_required_offices_cover_2000_to_2026():
    g20 = "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN MEX RUS SAU ZAF KOR TUR GBR USA".split()
    offices = office_rows()
    terms = defaultdict(list)
    for office, _, start, end, *_ in holder_rows():
        terms[office].append((start, end))
    for code in g20:
        assert f"{code}.foreign" in offices, code
        assert any(o.startswith(code + ".") and o != f"{code}.foreign" for o in offices), code
    for office in ("UN.sg", "NATO.sg", "EU.commission", "EU.council", "EU.high_rep"):
        assert office in offices
    for office, spans in terms.items():
        if (office.endswith(".foreign") and office[:3] in g20) or office in ("UN.sg", "NATO.sg", "USA.president", "CHN.president"):
            for year in (2001, 2013, 2025):
                day = dt.date(year, 6, 1)
                assert any(s <= day and (e is None or day < e) for s, e in spans), f"{office} has nobody in {year}"


def test_office_holder_lookup_by_date():
    lex = builtin_lexicon()
    assert lex.entry("Vladimir Putin", dt.date(2023, 3, 21)).title == "President"
    assert lex.entry("Vladimir Putin", dt.date(2010, 1, 1)).title == "Prime Minister"
    assert [e.name for e in lex.holders_of("CHN", "President", dt.date(2023, 3, 21))] == ["Xi Jinping"]
    assert lex.former("Pranab Mukherjee", dt.date(2020, 9, 3)).country == "IND"


# -- user dictionaries ------------------------------------------------------------------------
VOCAB = spacy.blank("en").vocab


def _actors(words, ents, lexicon, published="1995-01-01"):
    doc = Doc(VOCAB, words=words, ents=ents)
    ctx = Context(article=Article(id="t", source="t", text=doc.text, published=published),
                  published=dt.date.fromisoformat(published))
    return extract_actors(doc, ctx, lexicon).actors


def test_csv_lexicon(tmp_path: Path):
    path = tmp_path / "mine.csv"
    path.write_text("name,aliases,kind,country,sector,title,start,end\n"
                    "Freedonia Guard,FG|the Guard,organization,FRE,MIL,,,\n"
                    "Rufus Firefly,Firefly,person,FRE,GOV,President,1933-01-01,1934-01-01\n", "utf-8")
    lex = load_lexicon([path])
    assert lex.entry("FG", None).sector == "MIL"
    assert lex.entry("Firefly", dt.date(1933, 6, 1)).title == "President"
    assert lex.entry("Firefly", dt.date(1950, 1, 1)) is None
    assert lex.entry("Kremlin", None).country == "RUS", "the built-in lexicon stays underneath"
    (a,) = _actors(["Freedonia", "Guard", "attacked"], ["B-ORG", "I-ORG", "O"], lex)
    assert (a.country, a.sector) == ("FRE", "MIL")
    assert any("mine.csv" in w for w in a.why)


def test_csv_roles_and_bad_rows(tmp_path: Path):
    roles = tmp_path / "roles.csv"
    roles.write_text("phrase,sector,kind,title\nhigh chancellor,GOV,title,High Chancellor\n", "utf-8")
    assert load_lexicon([roles]).titles["high chancellor"].sector == "GOV"
    bad = tmp_path / "bad.csv"
    bad.write_text("name,sector\nSomeone,XXX\n", "utf-8")
    with pytest.raises(LexiconError, match="unknown sector"):
        load_lexicon([bad])
    with pytest.raises(LexiconError, match="not found"):
        load_lexicon([tmp_path / "missing.csv"])


def test_yaml_lexicon(tmp_path: Path):
    path = tmp_path / "mine.yaml"
    path.write_text("actors:\n  - name: Sylvania\n    kind: state\n    country: SYL\n    sector: GOV\n"
                    "    aliases: [Sylvanian]\nroles:\n  - {phrase: grand vizier, sector: GOV, kind: title}\n", "utf-8")
    lex = load_lexicon([path])
    assert lex.country_of_word("Sylvania") == "SYL"
    assert lex.titles["grand vizier"].sector == "GOV"


def test_user_entry_replaces_builtin_entry(tmp_path: Path):
    path = tmp_path / "mine.csv"
    path.write_text("name,kind,country,sector\nKremlin,organization,RUS,MIL\n", "utf-8")
    assert load_lexicon([path]).entry("Kremlin", None).sector == "MIL"
    assert builtin_lexicon().entry("Kremlin", None).sector == "GOV"


PETRARCH_ACTORS = """\
<!-- invented test dictionary -->
ZENDA_ [ZEN]
+ZENDAN
STRELSAU  [ZENGOV] # the capital stands for the government
RUDOLF_RASSENDYLL_
+RASSENDYLL
\t[ZENCIV <950601]
\t[ZENGOV 950601-990815]
\t[ZENELI >990816]
HENTZAU_GANG [ZENCRM]
WORLD_LEAGUE_ [IGOWLG]
RURITAN [RUR]
"""

PETRARCH_AGENTS = """\
!PERSON! = MAN, WOMAN
ARCHDUKE [~GOV]
MILITIA!PERSON! [~REB]
CLERIC {CLERICS} [~REL]
FOREIGN_MINISTER [~GOVFRM]
"""


def test_petrarch_actor_dictionary_with_date_restrictions(tmp_path: Path):
    path = tmp_path / "test.actors.txt"
    path.write_text(PETRARCH_ACTORS, "utf-8")
    lex = load_lexicon([path])
    assert lex.entry("Zenda", None).kind == "state" and lex.country_of_word("Zendan") == "ZEN"
    assert lex.entry("Rassendyll", dt.date(1994, 1, 1)).sector == "CVL"
    assert lex.entry("Rassendyll", dt.date(1997, 1, 1)).sector == "GOV"
    assert lex.entry("Rudolf Rassendyll", dt.date(2001, 1, 1)).code == "ZENELI"
    assert lex.entry("World League", None).country is None
    assert lex.entry("Ruritania", None).country == "RUR", "a name without a trailing _ matches longer words"


def test_petrarch_agent_dictionary(tmp_path: Path):
    path = tmp_path / "test.agents.txt"
    path.write_text(PETRARCH_AGENTS, "utf-8")
    lex = load_lexicon([path])
    assert lex.titles["archduke"].sector == "GOV"
    assert lex.titles["militiawoman"].sector == "REB" and lex.groups["militiamen"].sector == "REB"
    assert lex.groups["clerics"].sector == "REL"
    assert lex.titles["foreign minister"].code == "~GOVFRM"


def test_petrarch_dictionaries_drive_the_stage(tmp_path: Path):
    (tmp_path / "a.txt").write_text(PETRARCH_ACTORS, "utf-8")
    (tmp_path / "b.txt").write_text(PETRARCH_AGENTS, "utf-8")
    lex = load_lexicon([tmp_path])
    found = _actors(["Zenda", "cleric", "met", "Rassendyll", "."], ["O"] * 5, lex, published="1997-01-01")
    codes = {a.name: actor_codes(a) for a in found}
    assert "ZENREL" in codes["Zenda cleric"]
    assert "ZENGOV" in codes["Rudolf Rassendyll"]


def test_code_parsing():
    assert parse_code("AFGGOV >011222") == ("AFGGOV", dt.date(2001, 12, 22), None)
    assert parse_code("HOB < 950601") == ("HOB", None, dt.date(1995, 6, 1))
    assert parse_code("HOBGOV 19950601 - 19990815") == ("HOBGOV", dt.date(1995, 6, 1), dt.date(1999, 8, 15))
    assert parse_code("---") is None
    assert split_code("GONGOVFRM") == ("GON", "GOV", False)
    assert split_code("IGOUNO") == (None, "IGO", False)
    assert split_code("ARN") == ("ARN", "GOV", True)


def test_actor_codes():
    assert actor_codes(Actor(id="A1", name="Russia", kind="state", country="RUS", sector="GOV")) == {"RUS"}
    assert actor_codes(Actor(id="A1", name="x", kind="organization", country="RUS", sector="MIL")) == {"RUSMIL"}
    assert actor_codes(Actor(id="A1", name="x", kind="organization", sector="IGO", why=["u: x [IGOUNO]"])) \
        == {"IGO", "IGOUNO"}


def test_verb_and_issue_dictionaries_in_a_folder_are_skipped(tmp_path: Path):
    (tmp_path / "verbs.txt").write_text("&CURRENCY\n+DOLLARS\n\nABANDON [080]\nACCUSE [112]\n", "utf-8")
    (tmp_path / "issues.txt").write_text('<ISSUE CATEGORY="X">\nn:school [EDUCATION]\n', "utf-8")
    (tmp_path / "actors.txt").write_text("ZENDA_ [ZEN]\n", "utf-8")
    lex = load_lexicon([tmp_path])
    assert lex.entry("Zenda", None).country == "ZEN"
    assert not lex.entries("Abandon") and not lex.entries("school")
