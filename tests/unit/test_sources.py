import gzip
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dragoman.sources import Failed, Limits, RawDocument, read_inputs, read_stream, sniff

STORY = "ROME - Italy's prime minister met the Pope on Friday, officials said. The talks lasted an hour."
PAGE = f"""<!doctype html><html><head><title>Talks at the Vatican</title>
<meta property="article:published_time" content="2022-05-06T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Talks at the Vatican</h1><p>{STORY}</p>
<p>The prime minister said the meeting was cordial and that both sides would meet again next month.</p></article>
<footer>Share on Facebook</footer></body></html>"""


def docs(paths, **limits):
    return list(read_inputs([str(p) for p in paths], Limits(**limits)))


def test_plain_utf8_and_utf16_text(tmp_path: Path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(STORY.encode("utf-16"))  # with BOM
    (tmp_path / "c.txt").write_bytes(STORY.encode("utf-16-le"))  # without BOM
    found = docs([tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"])
    assert [d.text for d in found] == [STORY] * 3


@pytest.mark.parametrize(
    "content, kind",
    [(b"", "empty"), (b"  \n\n ", "empty"), (b"\x00\x01\x02\xff" * 100, "binary"), (b"caf\xe9 au lait", "encoding")],
)
def test_bad_text_files_fail_with_a_named_error(tmp_path: Path, content: bytes, kind: str):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    (failure,) = docs([path])
    assert isinstance(failure, Failed)
    assert failure.error.kind == kind
    assert str(path) in str(failure.error)


def test_too_large_file_is_refused_before_reading(tmp_path: Path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 300)
    (failure,) = docs([path], max_bytes=1000)
    assert failure.error.kind == "too_large"
    assert "--max-bytes" in failure.error.message


def test_html_page_gives_title_date_and_main_text(tmp_path: Path):
    path = tmp_path / "page.html"
    path.write_text(PAGE)
    (doc,) = docs([path])
    assert doc.title == "Talks at the Vatican"
    assert doc.published == "2022-05-06"
    assert doc.text.startswith("ROME - Italy's prime minister")
    assert "Share on Facebook" not in doc.text and "Home" not in doc.text


def test_html_without_main_text_fails(tmp_path: Path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><script>var a = 1;</script></head><body><nav><a href='/'>Home</a></nav></body")
    (failure,) = docs([path])
    assert failure.error.kind == "no_text"


def test_jsonl_bad_lines_fail_alone(tmp_path: Path):
    path = tmp_path / "batch.jsonl"
    path.write_text('{"id": "x1", "text": "%s", "published": "2022-01-02", "url": "https://example.org/a"}\n'
                    "{broken\n\n[1, 2]\n"
                    '{"id": "x4", "text": "Second story."}\n' % STORY)
    found = docs([path])
    assert [type(d).__name__ for d in found] == ["RawDocument", "Failed", "Failed", "RawDocument"]
    assert found[0].id == "x1" and found[0].published == "2022-01-02" and found[0].url == "https://example.org/a"
    assert found[1].source.endswith("batch.jsonl:2")
    assert found[2].error.kind == "malformed"


def _warc(records: list[tuple[str, bytes, str]]) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for uri, payload, content_type in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(payload), http_headers=headers))
    return buffer.getvalue()


def test_warc_response_records_with_html_become_articles(tmp_path: Path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(_warc([
        ("https://news.example.org/vatican", PAGE.encode(), "text/html; charset=utf-8"),
        ("https://news.example.org/logo.png", b"\x89PNG....", "image/png"),
        ("https://news.example.org/blank", b"<html><body></body></html>", "text/html"),
    ]))
    found = docs([path])
    assert len(found) == 2
    assert isinstance(found[0], RawDocument) and found[0].url == "https://news.example.org/vatican"
    assert found[0].id.startswith("<urn:uuid:")
    assert isinstance(found[1], Failed) and found[1].source == "https://news.example.org/blank"


def test_corrupt_warc_fails_without_raising(tmp_path: Path):
    path = tmp_path / "bad.warc.gz"
    path.write_bytes(gzip.compress(b"this is not a warc file at all\r\n\r\n"))
    assert all(isinstance(d, Failed) for d in docs([path]))


def test_directory_is_walked_recursively_in_order(tmp_path: Path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text(STORY)
    (tmp_path / "a.htm").write_text(PAGE)
    (tmp_path / "notes.md").write_text("ignored")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text("ignored")
    assert [Path(d.source).name for d in docs([tmp_path])] == ["a.htm", "two.txt"]


def test_missing_path_is_a_failure():
    (failure,) = docs(["/no/such/file.txt"])
    assert failure.error.kind == "unsupported"


@pytest.mark.parametrize("data, kind", [(b"WARC/1.1\r\n", "warc"), (b'{"text": "x"}\n', "jsonl"),
                                        (b"<!DOCTYPE html><html>", "html"), (STORY.encode(), "text")])
def test_stdin_kind_is_sniffed(data: bytes, kind: str):
    assert sniff(data) == kind


def test_stdin_stream_reads_text():
    (doc,) = read_stream(io.BytesIO(STORY.encode()), "<stdin>", Limits())
    assert doc.text == STORY and doc.source == "<stdin>"
