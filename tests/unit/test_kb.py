"""The actor knowledge base: the PETRARCH/Phoenix converter on an invented dictionary, the KB files'
validity, and how the lexicon consults the KB."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from importlib import resources
from pathlib import Path

import pycountry
import pytest

from dragoman.actors import builtin_lexicon
from dragoman.actors.kb import KnowledgeBase, convert_phoenix, read_kb_text, read_parties_text, write_kb
from dragoman.actors.lexicon import SECTORS, pick

ISO3 = {c.alpha_3 for c in pycountry.countries} | {"XKX"}

INVENTED = """\
# an invented dictionary in the PETRARCH actor format
ARNOR_  [ARN]
+ARNORIAN_
ELENA_VOSS_  # CountryInfo.txt
+PRESIDENT_ELENA_VOSS_
+ELENA_K._VOSS_
    [ARNGOV 050101-091231]
    [ARNOPP >100101]
ACME_HOLDINGS_  [MNCUSAMED]
ARNOR_SUPREME_COURT_  [ARNGOVJUD]
NORTHERN_LIBERATION_FRONT_  [ARNREB]
WANDERING_ELDER_  [ELI]
"""


@pytest.fixture()
def rows(tmp_path: Path):
    path = tmp_path / "invented.actors.txt"
    path.write_text(INVENTED, "utf-8")
    return list(convert_phoenix([path], until=dt.date(2014, 1, 1)))


def test_converter_people_orgs_and_dates(rows):
    by_id = defaultdict(list)
    for row in rows:
        by_id[row[0]].append(row)
    assert "arnor.int" not in by_id and not any(r[1] == "Arnor" for r in rows), "states come from the country list"
    voss = by_id["elena-voss.arn"]
    assert [(r[3], r[4], r[5], r[7], r[8]) for r in voss] == [
        ("person", "ARN", "GOV", "2005-01-01", "2009-12-31"), ("person", "ARN", "OPP", "2010-01-01", "2014-01-01")]
    assert voss[0][2] == "Elena K. Voss", "a title in an alias is dropped, the other alias kept"
    assert by_id["acme-holdings.usa"][0][3:6] == ("organization", "USA", "MED")
    assert by_id["arnor-supreme-court.arn"][0][5] == "JUD", "GOV then JUD: the judiciary"
    assert by_id["northern-liberation-front.arn"][0][3:6] == ("organization", "ARN", "REB")
    assert not any("Wandering" in r[1] for r in rows), "a role with no country says too little"


def test_converter_output_reads_back(rows, tmp_path: Path):
    out = tmp_path / "kb.tsv"
    assert write_kb(rows, out, "header line") == len(rows)
    back = list(read_kb_text(out.read_text("utf-8"), "kb/test.tsv"))
    assert len(back) == len(rows)
    kb = KnowledgeBase.build([(out.read_text("utf-8"), "kb/test.tsv", False)])
    found = kb.lookup("elena k voss")
    assert found and pick(found, dt.date(2007, 5, 1)).sector == "GOV"
    assert pick(found, dt.date(2012, 5, 1)).sector == "OPP"


def test_written_rows_supersede_converted_rows():
    converted = "x-y.arn\tX Y\t\tperson\tARN\tGOV\t\t2001-01-01\t2002-01-01\n"
    written = "x-y.arn\tX Y\t\tperson\tARN\tOPP\t\t\t\n"
    kb = KnowledgeBase.build([(converted, "kb/a.tsv", False), (written, "world/b.actors.tsv", False)])
    assert {e.sector for e in kb.lookup("x y")} == {"OPP"}


def test_parties_govern_by_period():
    text = "p1.arn\tArnor Unity Party\tAUP\tARN\t2005-01-01..2010-01-01|2015-01-01..\n"
    rows = list(read_parties_text(text, "world/t.parties.tsv", until=dt.date(2020, 1, 1)))
    entries = [r.entry for r in rows]
    assert pick(entries, dt.date(2007, 1, 1)).sector == "PTY"
    assert pick(entries, dt.date(2012, 1, 1)).sector == "OPP"
    assert pick(entries, dt.date(2019, 1, 1)).sector == "PTY"
    assert all("AUP" in r.names for r in rows)


def _kb_texts():
    base = resources.files("dragoman").joinpath("data/actors")
    for folder in ("kb", "world"):
        for f in sorted(base.joinpath(folder).iterdir(), key=lambda p: p.name):
            if f.name.endswith(("phoenix.tsv", ".actors.tsv")):
                yield f.name, f.read_text("utf-8")


def test_packaged_kb_is_large_and_valid():
    ids: set[str] = set()
    periods = defaultdict(list)
    for name, text in _kb_texts():
        for row in read_kb_text(text, name):
            e = row.entry
            assert e.sector in SECTORS, (name, row.id)
            assert e.country is None or e.country in ISO3, (name, row.id, e.country)
            assert e.kind in ("person", "organization"), (name, row.id)
            assert e.start is None or e.end is None or e.start < e.end, (name, row.id)
            ids.add(row.id)
            if name.endswith(".actors.tsv") and e.dated:
                periods[row.id].append((e.start or dt.date.min, e.end or dt.date.max))
    assert len(ids) >= 25_000
    for ident, spans in periods.items():
        spans.sort()
        for (s1, e1), (s2, _) in zip(spans, spans[1:]):
            assert s2 >= e1, f"{ident}: overlapping periods"


def test_lexicon_consults_the_kb_below_its_own_names():
    lex = builtin_lexicon()
    assert lex.kb is not None and len(lex.kb) >= 25_000
    assert not lex.entries("Senate"), "a bare organisation head word is not a KB name"
    assert any(e.kind == "organization" for e in lex.entries("Gazprom Ltd")), "a legal form is dropped"
    state = pick(lex.entries("Russia"), dt.date(2020, 1, 1))
    assert state.kind == "state", "the country list wins over any KB row"


def test_a_religion_code_after_a_transnational_code_is_no_country():
    from dragoman.actors.kb import _country_sector

    assert _country_sector("IMGMUSALQ") == (None, "REB")  # Muslim militants, not Mauritius
    assert _country_sector("MNCUSAMED") == ("USA", "MED")
