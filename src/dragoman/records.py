"""Typed records of the dragoman/1 output contract, in one place.

Offsets are character offsets into ``Report.text``, end exclusive. The JSON
Schema shipped with the package is generated from these types
(``dragoman.schema``).
"""

from __future__ import annotations

from typing import Literal

import msgspec

SCHEMA = "dragoman/1"

ActorKind = Literal["person", "organization", "state"]
QuoteKind = Literal["direct", "indirect", "mixed"]
ContentForm = Literal["clause", "phrase"]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]


class Article(msgspec.Struct, kw_only=True):
    """One input document after reading and cleaning."""

    id: str
    source: str
    text: str
    title: str | None = None
    published: str | None = None
    dateline: str | None = None
    url: str | None = None
    headlines: list[tuple[int, int]] = msgspec.field(default_factory=list)
    warnings: list[str] = msgspec.field(default_factory=list)  # what the limits for news text removed


class Actor(msgspec.Struct, kw_only=True):
    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    sector: str | None = None
    title: str | None = None
    mentions: list[tuple[int, int]] = msgspec.field(default_factory=list)
    why: list[str] = msgspec.field(default_factory=list)  # the evidence that resolved the actor
    stable_id: str | None = None  # the same actor across articles: the knowledge base's id, else from the name


class Quote(msgspec.Struct, kw_only=True):
    id: str
    text: str
    start: int
    end: int
    kind: QuoteKind
    content: ContentForm | None = None  # reported speech only: a clause ("said that ...") or a phrase ("denied the report")
    speaker: str | None = None
    speaker_text: str | None = None
    cue: str | None = None
    addressee: str | None = None
    confidence: float = 0.0


class Span(msgspec.Struct, kw_only=True):
    start: int
    end: int


class PlaceRef(msgspec.Struct, kw_only=True):
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


class Event(msgspec.Struct, kw_only=True):
    id: str
    type: str
    mode: str | None = None
    cameo: str | None = None
    source: str | None = None
    target: str | None = None
    date: str | None = None
    place: PlaceRef | None = None
    negated: bool = False
    modality: Literal["hypothetical", "future", "intended"] | None = None  # PLOVER auxiliary mode; None when asserted
    evidence: Span
    quote: str | None = None
    confidence: float = 0.0
    rule: str | None = None
    why: str | None = None  # how an implicit argument was inferred ("the people of X": a curfew's)


class Time(msgspec.Struct, kw_only=True):
    text: str
    start: int
    end: int
    type: TimeType
    value: str | None = None


class Place(msgspec.Struct, kw_only=True):
    text: str
    start: int
    end: int
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


class Error(msgspec.Struct, kw_only=True):
    """Why a document (or one stage of it) failed."""

    kind: str
    message: str
    source: str | None = None
    stage: str | None = None


class Report(msgspec.Struct, kw_only=True):
    """Everything Dragoman found in one article: the dragoman/1 record."""

    schema: str = SCHEMA
    id: str
    source: str
    url: str | None = None  # where the article was published (JSONL ``url``, WARC target URI, HTML canonical/og:url)
    title: str | None = None
    published: str | None = None
    dateline: str | None = None
    text: str = ""
    headlines: list[Span] = msgspec.field(default_factory=list)
    actors: list[Actor] = msgspec.field(default_factory=list)
    quotes: list[Quote] = msgspec.field(default_factory=list)
    events: list[Event] = msgspec.field(default_factory=list)
    times: list[Time] = msgspec.field(default_factory=list)
    places: list[Place] = msgspec.field(default_factory=list)
    errors: list[Error] = msgspec.field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def to_builtins(report: Report) -> dict:
    """The report as plain JSON-ready Python objects (lists, not tuples)."""
    return msgspec.json.decode(msgspec.json.encode(report))


def report_from_dict(data: dict) -> Report:
    """Parse and validate a dragoman/1 object."""
    return msgspec.convert(data, Report)
