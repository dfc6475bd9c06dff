"""Inputs that drove a process to 3-7 GiB before the limits for news text: each under the default byte
and character limits, each written as a file beside good ones."""

from __future__ import annotations

import json
from pathlib import Path

N = 900_000  # characters: under the 1,000,000 the cleaned text may have
STORY = ("GENEVA - The foreign minister of Chile met her Peruvian counterpart on Monday. "
         "“We agreed to keep talking,” she said, adding that a deal was close.")


def hostile_texts() -> dict[str, str]:
    return {
        "quotes": '"' * N,
        "quotes_spaced": '" ' * (N // 2),
        "punctuation": ", . ; : ! ? " * (N // 12),
        "brackets": "(" * (N // 2) + ")" * (N // 2),
        "emoji_flags": "\U0001F1FA\U0001F1F8" * (N // 4),
        "said_pairs": '"x," he said. ' * (N // 14),
        "sentences": ("The minister met the envoy on Monday. " * 20 + "\n\n") * (N // 780),
    }


def entity_page() -> str:
    return "<html><body><article><p>" + "&amp; &quot; " * (N // 14) + "</p></article></body></html>"


def write(folder: Path) -> dict[str, str]:
    """The files; {file name: "ok" (a report with text) | "fail" (refused)}."""
    folder.mkdir(parents=True, exist_ok=True)
    expect = {}
    for name, text in hostile_texts().items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        expect[f"{name}.txt"] = "ok" if name in ("punctuation", "said_pairs", "sentences") else "fail"
    (folder / "entities.html").write_text(entity_page(), encoding="utf-8")
    expect["entities.html"] = "fail"
    for i in range(3):
        (folder / f"good{i}.txt").write_text(STORY, encoding="utf-8")
        expect[f"good{i}.txt"] = "ok"
    (folder / "many.jsonl").write_text("".join(json.dumps({"id": f"m{i}", "text": STORY}) + "\n" for i in range(20)))
    return expect


PEAK_RSS = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=False); "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def peak_rss_kib(command: list[str], **kwargs) -> tuple[int, str]:
    """The peak RSS (KiB) of the largest process ``command`` ran (itself or a worker), and its stdout."""
    import subprocess
    import sys
    out = subprocess.run([sys.executable, "-c", PEAK_RSS + "; sys.stdout.flush()", *command], capture_output=True,
                         text=True, **kwargs)
    *lines, peak = out.stdout.rstrip("\n").split("\n")
    return int(peak), "\n".join(lines) + ("\n" if lines else "")
