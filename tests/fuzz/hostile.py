"""A corpus of hostile inputs, generated on the fly: what a web-scale crawl throws at a reader."""

from __future__ import annotations

import gzip
import io
import json
import os
import random
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

STORY = ("GENEVA - The foreign minister of Chile met her Peruvian counterpart on Monday. "
         "“We agreed to keep talking,” she said, adding that a deal was close.")


def _warc(path: Path, records: list[tuple[str, bytes, list[tuple[str, str]]]]) -> None:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for uri, payload, headers in records:
        http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(payload), http_headers=http))
    path.write_bytes(buffer.getvalue())


PAGE = f"<html><body><article><p>{STORY}</p><p>{STORY}</p></article></body></html>".encode()


def warc_record(uri: str | None, *, payload: bytes = PAGE, length: str | None = "auto", gz: bool = False) -> bytes:
    """One WARC response record written by hand, so its headers can be wrong."""
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + payload
    head = [b"WARC/1.0", b"WARC-Type: response", b"WARC-Record-ID: <urn:uuid:%s>" % (uri or "no-uri").encode(),
            b"WARC-Date: 2023-03-20T00:00:00Z", b"Content-Type: application/http; msgtype=response"]
    if uri is not None:
        head.append(b"WARC-Target-URI: " + uri.encode())
    if length is not None:
        head.append(b"Content-Length: " + (str(len(http)) if length == "auto" else length).encode())
    record = b"\r\n".join(head) + b"\r\n\r\n" + http + b"\r\n\r\n"
    return gzip.compress(record) if gz else record


def corrupt_gzip(data: bytes) -> bytes:
    """A gzip stream whose deflate data is damaged (zlib.error when read)."""
    damaged = bytearray(gzip.compress(data))
    for i in range(20, 40):
        damaged[i] ^= 0x55
    return bytes(damaged)


def jsonl(*objects: dict, encoding: str = "utf-8") -> bytes:
    return "".join(json.dumps(obj) + "\n" for obj in objects).encode(encoding)


DEEP_LINE = b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"


def reader_cases() -> dict[str, tuple[bytes, dict[str, str]]]:
    """Files that broke readers, each with good documents beside the bad one.

    {file name: (its bytes, {document source relative to the folder: "ok" | "fail"})}.
    """
    def ok(n: str) -> str:
        return f"https://ok.example/{n}"

    story = {"text": STORY}
    return {
        "warc_no_uri.warc": (warc_record(ok("a1")) + warc_record(None) + warc_record(ok("a2")),
                             {ok("a1"): "ok", "warc_no_uri.warc#2": "ok", ok("a2"): "ok"}),
        "warc_length_2_63.warc": (
            warc_record(ok("b1")) + warc_record("https://bad.example/b", length=str(2 ** 63)) + warc_record(ok("b2")),
            {ok("b1"): "ok", "https://bad.example/b": "fail"}),
        "warc_length_2_63.warc.gz": (
            warc_record(ok("c1"), gz=True) + warc_record("https://bad.example/c", length=str(2 ** 63), gz=True)
            + warc_record(ok("c2"), gz=True),
            {ok("c1"): "ok", "https://bad.example/c": "fail", ok("c2"): "ok"}),
        "warc_no_length.warc": (
            warc_record(ok("d1")) + warc_record("https://bad.example/d", length=None) + warc_record(ok("d2")),
            {ok("d1"): "ok", "https://bad.example/d": "fail"}),
        "warc_no_length.warc.gz": (
            warc_record(ok("e1"), gz=True) + warc_record("https://bad.example/e", length=None, gz=True)
            + warc_record(ok("e2"), gz=True),
            {ok("e1"): "ok", "https://bad.example/e": "fail", ok("e2"): "ok"}),
        "warc_length_max.warc": (
            warc_record(ok("f1")) + warc_record("https://bad.example/f", length=str(2 ** 63 - 1)) + warc_record(ok("f2")),
            {ok("f1"): "ok", "https://bad.example/f": "fail"}),
        "corrupt.html.gz": (corrupt_gzip(PAGE * 5), {"corrupt.html.gz": "fail"}),
        "corrupt.jsonl.gz": (corrupt_gzip(jsonl({"id": "z", **story}) * 20), {"corrupt.jsonl.gz": "fail"}),
        "deep.jsonl": (jsonl({"id": "deep1", **story}) + DEEP_LINE + b"\n" + jsonl({"id": "deep3", "text": STORY + " More."}),
                       {"deep.jsonl:1": "ok", "deep.jsonl:2": "fail", "deep.jsonl:3": "ok"}),
        "bom.jsonl": (b"\xef\xbb\xbf" + jsonl({"id": "bom1", **story}, {"id": "bom2", "text": STORY + " Two."}),
                      {"bom.jsonl:1": "ok", "bom.jsonl:2": "ok"}),
        "utf16.jsonl": (jsonl({"id": "u16a", **story}, {"id": "u16b", "text": STORY + " Two."}, encoding="utf-16"),
                        {"utf16.jsonl:1": "ok", "utf16.jsonl:2": "ok"}),
        "utf16le_nobom.jsonl": (jsonl({"id": "u16c", **story}, encoding="utf-16-le"), {"utf16le_nobom.jsonl:1": "ok"}),
        os.fsdecode(b"caf\xe9 \xff.txt"): (STORY.encode(), {"caf\\xe9 \\xff.txt": "ok"}),
        "markup[/b].txt": (b"", {"markup[/b].txt": "fail"}),  # a folder "markup[": rich markup in the source
    }


def build(folder: Path) -> dict[str, str]:
    """Write the corpus; returns {file name or source: "ok" | "fail"} for what each should give."""
    rng = random.Random(1234)
    folder.mkdir(parents=True, exist_ok=True)
    expect: dict[str, str] = {}

    def put(name: str, data: bytes | str, outcome: str) -> None:
        (folder / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        expect[name] = outcome

    for seed in range(3):
        put(f"random{seed}.txt", random.Random(seed).randbytes(5000), "fail")
    put("one_huge_line.txt", ("word " * 1_100_000).strip(), "fail")  # 5.5 MB, over the 1M-character text limit
    with (folder / "fifty_mb.txt").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    expect["fifty_mb.txt"] = "fail"
    put("deep.html", "<html><body>" + "<div>" * 50_000 + STORY + "</div>" * 50_000 + "</body></html>", "either")
    put("invalid_utf8.txt", STORY.encode() + b"\xff\xfe\xc3\x28 more", "fail")
    put("utf16_bom.txt", STORY.encode("utf-16"), "ok")
    put("utf16_nobom.txt", STORY.encode("utf-16-le"), "ok")
    put("controls.txt", "".join(ch + ("\x07" if i % 40 == 0 else "") for i, ch in enumerate(STORY)), "ok")
    put("unbalanced_quotes.txt", STORY + " “This never closes. " * 200, "ok")
    put("ten_thousand_quotes.txt", STORY + " " + "\"" * 10_000 + " " + "“" * 10_000 + " the end.", "ok")
    put("rtl.txt", "القاهرة - قال وزير الخارجية المصري يوم الاثنين إن المحادثات ستستمر. " * 5 + "שלום עולם " * 20, "ok")
    put("emoji.txt", STORY + " 🇨🇱🤝🇵🇪 " * 300 + "🔥" * 2000, "ok")
    put("russian.txt", "МОСКВА - Министр иностранных дел России заявил в понедельник, что переговоры продолжатся. " * 10, "ok")
    put("chinese.txt", "北京 - 中国外交部发言人周一表示，会谈将继续进行。" * 40, "ok")
    put("mixed_scripts.txt", " ".join(rng.choice(["Talks", "переговоры", "محادثات", "会谈", "😀", "“", "”", "«", "»"])
                                      for _ in range(3000)), "ok")
    put("only_script.html", "<html><head><script>" + "var a=1;" * 1000 + "</script></head><body></body></html>", "fail")
    put("binary.html", bytes(rng.randrange(256) for _ in range(20_000)), "fail")
    put("empty.txt", b"", "fail")
    lines = [json.dumps({"id": "j1", "text": STORY}), "{not json", json.dumps({"text": 42}), json.dumps([1, 2]),
             json.dumps({"id": "j5", "text": "“" * 10_000})]
    put("lines.jsonl", "\n".join(lines) + "\n", "lines")
    expect.update({"lines.jsonl:1": "ok", "lines.jsonl:2": "fail", "lines.jsonl:3": "fail", "lines.jsonl:4": "fail",
                   "lines.jsonl:5": "either"})
    bomb = gzip.compress(b"\0" * 100_000_000, compresslevel=9)  # 100 MB of zeros, about 100 KB compressed
    page = f"<html><body><article><p>{STORY}</p><p>{STORY}</p></article></body></html>".encode()
    _warc(folder / "crawl.warc.gz", [
        ("https://bomb.example.org/", bomb, [("Content-Type", "text/html"), ("Content-Encoding", "gzip")]),
        ("https://news.example.org/ok", page, [("Content-Type", "text/html; charset=utf-8")]),
    ])
    expect["crawl.warc.gz"] = "warc"
    expect.update({"https://bomb.example.org/": "fail", "https://news.example.org/ok": "ok"})
    put("truncated.warc.gz", (folder / "crawl.warc.gz").read_bytes()[:3000], "warc")
    for name, (data, documents) in reader_cases().items():
        (folder / name).parent.mkdir(exist_ok=True)
        (folder / name).write_bytes(data)
        expect.update(documents)
    return expect
