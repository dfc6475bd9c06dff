import jsonschema
import pytest

from dragoman.records import Actor, Event, Quote, Report, Span, report_from_dict, to_builtins
from dragoman.schema import generate_schema, shipped_schema


def test_shipped_schema_matches_the_records():
    assert shipped_schema() == generate_schema(), "run: dragoman schema > src/dragoman/schema/dragoman-1.schema.json"


def _report() -> Report:
    return Report(
        id="d1", source="x.txt", text="Ann met Bob.", published="2024-01-02",
        actors=[Actor(id="A1", name="Ann", kind="person", mentions=[(0, 3)]),
                Actor(id="A2", name="Bob", kind="person", mentions=[(8, 11)])],
        quotes=[Quote(id="Q1", text="x", start=0, end=1, kind="direct")],
        events=[Event(id="E1", type="CONSULT", source="A1", target="A2", evidence=Span(start=0, end=11))],
    )


def test_a_report_validates_and_round_trips(validate):
    data = validate(_report())
    assert data["schema"] == "dragoman/1"
    assert report_from_dict(data) == _report()


def test_every_contract_field_is_required(validate):
    data = to_builtins(_report())
    del data["events"][0]["negated"]
    with pytest.raises(jsonschema.ValidationError):
        validate(data)


def test_wrong_kind_is_rejected(validate):
    data = to_builtins(_report())
    data["actors"][0]["kind"] = "robot"
    with pytest.raises(jsonschema.ValidationError):
        validate(data)
