"""Readers under hostile input: each record behind one guard, each file behind another.

Every case puts good documents beside the bad one: the good ones are read, the bad one is a
``Failed`` with a message, and nothing raises.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from dragoman import pipeline as pipeline_module
from dragoman.pipeline import Pipeline
from dragoman.sources import Failed, Limits, RawDocument, read_data, read_inputs, read_stream
from tests.fuzz.hostile import DEEP_LINE, STORY, jsonl, reader_cases, warc_record

CASES = reader_cases()


def _outcomes(items, folder: Path) -> dict[str, str]:
    found = {}
    for item in items:
        name = item.source[len(str(folder)) + 1:] if item.source.startswith(str(folder)) else item.source
        assert name not in found, f"{name} reported twice"
        found[name] = "fail" if isinstance(item, Failed) else "ok"
    return found


def _assert_encodable(items) -> None:
    for item in items:
        json.dumps({"source": item.source}, ensure_ascii=False).encode("utf-8")
        if isinstance(item, Failed):
            assert item.error.message and item.error.kind
            f"{item.error.source}: {item.error.message}".encode("utf-8")
        else:
            for value in (item.text, item.id, item.title, item.url, item.published):
                assert value is None or value.encode("utf-8")


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_record_fails_alone_beside_good_documents(tmp_path: Path, name: str):
    data, expected = CASES[name]
    (tmp_path / name).parent.mkdir(exist_ok=True)
    (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text(STORY)
    items = list(read_inputs([tmp_path]))
    _assert_encodable(items)
    assert _outcomes(items, tmp_path) == {**expected, "good.txt": "ok"}


def test_every_case_at_once_through_one_run(tmp_path: Path):
    expected = {}
    for name, (data, documents) in CASES.items():
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_bytes(data)
        expected.update(documents)
    assert _outcomes(read_inputs([tmp_path, tmp_path / "missing.txt"]), tmp_path) == {**expected, "missing.txt": "fail"}


@pytest.mark.parametrize("length, message", [
    (None, "no Content-Length: it runs to the end of the archive, so any records after it are lost"),
    (str(2 ** 63 - 1), "the archive ends"),
    ("-5", "is not a byte count"),
])
def test_malformed_warc_lengths_are_errors_that_say_what_was_lost(tmp_path: Path, length, message):
    path = tmp_path / "a.warc"
    path.write_bytes(warc_record("https://ok.example/1") + warc_record("https://bad.example/", length=length)
                     + warc_record("https://ok.example/2"))
    good, bad = read_inputs([path])
    assert isinstance(good, RawDocument) and good.source == "https://ok.example/1"
    assert isinstance(bad, Failed) and bad.source == "https://bad.example/" and message in bad.error.message


def test_deep_json_on_stdin_fails_its_line_only():
    data = jsonl({"id": "a", "text": STORY}) + DEEP_LINE + b"\n" + jsonl({"id": "c", "text": STORY})
    items = list(read_stream(io.BytesIO(data), "<stdin>", Limits()))
    assert [type(i).__name__ for i in items] == ["RawDocument", "Failed", "RawDocument"]
    assert items[1].source == "<stdin>:2" and "nested too deeply" in items[1].error.message


def test_jsonl_line_over_the_limit_is_refused_while_reading(tmp_path: Path):
    path = tmp_path / "big.jsonl"
    path.write_bytes(jsonl({"id": "a", "text": STORY}) + b'{"text": "' + b"x" * 50_000 + b'"}\n'
                     + jsonl({"id": "c", "text": STORY}))
    items = list(read_inputs([path], Limits(max_bytes=10_000)))
    assert [type(i).__name__ for i in items] == ["RawDocument", "Failed", "RawDocument"]
    assert items[1].error.kind == "too_large" and items[1].source.endswith("big.jsonl:2")


def test_utf16_jsonl_on_stdin(tmp_path: Path):
    data = jsonl({"id": "a", "text": STORY}, {"id": "b", "text": STORY}, encoding="utf-16")
    assert [d.id for d in read_data(data, "<stdin>", Limits())] == ["a", "b"]


def test_any_exception_a_reader_raises_is_that_file_s_error(tmp_path: Path, monkeypatch):
    import dragoman.sources.text as text_source

    real_decode = text_source.decode

    def decode(data, source, limits):
        if source.endswith("b.txt"):
            raise ZeroDivisionError("a bug in a reader")
        return real_decode(data, source, limits)

    monkeypatch.setattr(text_source, "decode", decode)
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(STORY)
    items = list(read_inputs([tmp_path]))
    assert _outcomes(items, tmp_path) == {"a.txt": "ok", "b.txt": "fail", "c.txt": "ok"}
    assert "ZeroDivisionError: a bug in a reader" in items[1].error.message


def test_a_file_that_breaks_mid_stream_keeps_what_came_before(tmp_path: Path):
    import gzip

    good = jsonl(*({"id": f"g{i}", "text": STORY} for i in range(50)))
    compressed = gzip.compress(good + b"x" * 200_000)
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(compressed[: len(compressed) - 20])  # the end of the stream is missing
    items = list(read_inputs([path]))
    assert [type(i).__name__ for i in items] == ["RawDocument"] * 50 + ["Failed"]
    assert items[-1].source == str(path)


def test_lone_surrogates_never_leave_a_reader():
    doc = RawDocument(source="s\ud800", text="text \udc80 here", title="t\ud83d\ude00")
    (item,) = read_data(b"", "x", Limits(), kind="text")  # an empty document: a Failed
    assert isinstance(item, Failed)
    from dragoman.sources.base import guard

    made = guard("s", lambda: doc)
    assert made.text == "text \ufffd here" and made.title == "t\U0001F600" and made.source == "s\ufffd"


def test_cleaning_failure_is_that_document_s_report(monkeypatch):
    real = pipeline_module.build_article

    def build_article(raw, **kwargs):
        if raw.id == "bad":
            raise RecursionError("maximum recursion depth exceeded")
        return real(raw, **kwargs)

    monkeypatch.setattr(pipeline_module, "build_article", build_article)
    raws = [RawDocument(source=f"s{i}", text=STORY, id=i) for i in ("a", "bad", "c")]
    prepared = list(Pipeline().prepare(raws))
    assert [type(p).__name__ for p in prepared] == ["Article", "Report", "Article"]
    assert "RecursionError" in prepared[1].errors[0].message and prepared[1].id == "bad"


def test_byte_limit_holds_for_a_device_that_never_ends(tmp_path: Path):
    (tmp_path / "a.txt").write_text(STORY)
    items = list(read_inputs([tmp_path / "a.txt", "/dev/zero", "bad\x00name"], Limits(max_bytes=100_000)))
    assert [type(i).__name__ for i in items] == ["RawDocument", "Failed", "Failed"]
    assert items[1].error.kind == "too_large"
