"""A corpus of hostile inputs, generated on the fly: what a web-scale crawl throws at a reader."""

from __future__ import annotations

import gzip
import io
import json
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
    return expect
