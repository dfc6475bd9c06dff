"""Property-based fuzzing of the parts that see raw input first (no model needed)."""

from __future__ import annotations

import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dragoman.clean import clean
from dragoman.errors import DragomanError
from dragoman.sources import Limits, read_stream, sniff
from dragoman.sources.base import decode
from dragoman.sources.jsonl import parse_line
from dragoman.store import minhash
from dragoman.truecase import title_case

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NEWSY = st.lists(st.sampled_from(list("aAbBcCxXyYzZ “”\"'‘’«»„ .,:;-—\n\t0123456789")
                                 + ["MOSCOW - ", "date 2023-01-02 Share:", "By Jo Li", "Photo: x", "viSiT", "\n\n"])).map("".join)


@FUZZ
@given(st.one_of(st.text(), NEWSY))
def test_clean_never_raises_and_keeps_offsets_valid(raw: str):
    cleaned = clean(raw)
    for start, end in cleaned.headlines:
        assert 0 <= start <= end <= len(cleaned.text)
    assert not any(ord(ch) < 32 and ch not in "\n\t" for ch in cleaned.text)


@FUZZ
@given(st.text())
def test_title_case_keeps_length(text: str):
    assert len(title_case(text)) == len(text)


@FUZZ
@given(st.binary(max_size=4096))
def test_decode_returns_text_or_a_catalogued_error(data: bytes):
    try:
        assert isinstance(decode(data, "fuzz", Limits(max_bytes=2048)), str)
    except DragomanError as exc:
        assert exc.source == "fuzz" and exc.kind


@FUZZ
@given(st.binary(max_size=2048))
def test_jsonl_lines_fail_only_with_catalogued_errors(line: bytes):
    try:
        parse_line(line, "f.jsonl:1", Limits())
    except DragomanError:
        pass


@FUZZ
@given(st.binary(max_size=4096))
def test_stdin_never_raises(data: bytes):
    sniff(data)
    for item in read_stream(io.BytesIO(data), "<stdin>", Limits(max_bytes=3000)):
        assert item.source


@FUZZ
@given(st.text(min_size=1))
def test_minhash_is_deterministic_and_self_similar(text: str):
    a, b = minhash.signature(text), minhash.signature(text)
    assert minhash.similarity(a, b) == 1.0
    assert len(minhash.band_keys(a)) == minhash.BANDS
