"""Every pattern the cleaner runs on input text takes time linear in the text, on its worst case.

No absolute timings: each case is timed at n and at 16n repetitions of its hostile unit, and the ratio
must stay well under what a quadratic pattern gives (linear: about 16; quadratic: about 256; the old
share-line pattern doubled its time with every word). A run that goes past the alarm is a failure too.
regexploit 1.0 finds nested ``(a+)+`` but not the share line's blow-up (two runs of optional spaces
around an optional separator inside a repeat): ``tests/unit/test_regex_redos.py`` adds our own static
check of exponential ambiguity, which finds it, and runs both on every pattern of the package; the
timings here cover the cleaner's quadratic cases too, which neither static check reports.
"""

from __future__ import annotations

import gc
import re
import signal
import time

import pytest

import dragoman.clean as clean_module
from dragoman.clean import _ends_with_photo_credit, clean

SCALE = 16
MAX_RATIO = 100.0  # about six times linear (room for a busy machine); a quadratic pattern gives 256
ALARM_S = 20

# pattern name -> (method, [worst-case makers: n -> text]); each maker builds a line the pattern
# must scan to its end and then reject (or match only after trying its alternatives).
CASES: dict[str, tuple[str, list]] = {
    "_CONTROL": ("sub", [lambda n: "a\x00" * n]),
    "_SPACES": ("sub", [lambda n: "a \t\u00a0" * n]),
    "_PARAGRAPH_BREAK": ("split", [lambda n: "\n" + " " * n + "x", lambda n: "\n \t" * n + "x", lambda n: "a\n" * n]),
    "_TITLE_END": ("search", [lambda n: "word " * n]),
    "_CLOSING": ("match", [lambda n: "”" * n + "x"]),
    "_SHARE_LINE": ("match", [
        lambda n: "Share Tweet " * n + "More",  # the reported case: 2^n before
        lambda n: "Share" + " " * n + "More",
        lambda n: "Share : / " * n + "More",
        lambda n: "Share on this " * n + "More",
        lambda n: "sharesave" * n + "!",
        lambda n: "commentshares" * n + "!",
        lambda n: "x" * n + "!",
    ]),
    "_JUNK_LINE": ("match", [lambda n: "related" + " " * n + ":" + " " * n + "x", lambda n: "follow " * n]),
    "_BYLINE": ("match", [
        lambda n: "By " + "Jo " * n + "!",
        lambda n: "By Jo" + " " * n + "," + " " * n + "Reuters!",
        lambda n: "By " + "Jo.-" * n + " and de al!",
        lambda n: "By Jo " + "de " * n + "!",
    ]),
    "_CAPTION": ("match", [
        lambda n: "x (photo: " * n + "x",
        lambda n: "photo" + " " * n + "by" + " " * n + "x",
        lambda n: "a" * n + " reuters x",
    ]),
    "_PHOTO_CREDIT": ("findall", [lambda n: "(photo" + " " * n + "x", lambda n: "(photo " * n]),
    "_META_DATE": ("match", [lambda n: "date" + " " * n + "on" + " " * n + ":" + " " * n + "x"]),
    "_DATELINE": ("match", [
        lambda n: "MOSCOW" + " " * n + "x",
        lambda n: "MOSCOW, Texas" + " " * n + "Mar" + " " * n + "x",
        lambda n: "MOSCOW (AP)" + " " * n + "x",
        lambda n: "MOSCOW --" + " " * n,
        lambda n: "AB " * n + "x",
        lambda n: "A" * n + " x",
    ]),
    "_SYMBOL_RUN": ("sub", [lambda n: ("!" * 20 + "a") * n, lambda n: "!" * n]),
    "_SENTENCE_END": ("findall", [lambda n: ". " * n, lambda n: "." + " " * n + "x", lambda n: ".”" * n]),
}


def _seconds(call, text: str) -> float:
    """Best of five timings of ``call(text)``, each repeated enough to rise above the clock's noise."""
    repeats = 1
    while True:
        start = time.perf_counter()
        for _ in range(repeats):
            call(text)
        if time.perf_counter() - start > 0.002 or repeats >= 1 << 16:
            break
        repeats *= 4
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(repeats):
            call(text)
        best = min(best, time.perf_counter() - start)
    return best / repeats


def _expire(signum, frame):  # noqa: ARG001
    raise TimeoutError(f"a pattern ran past {ALARM_S} s on its worst case")


def _growth(call, make, n: int) -> float:
    """The smallest of three time ratios (a busy machine only inflates one): n * SCALE characters over n."""
    return min(_growth_once(call, make, n) for _ in range(3))


def _growth_once(call, make, n: int) -> float:
    previous = signal.signal(signal.SIGALRM, _expire)  # the regex engine checks for signals as it runs
    signal.alarm(ALARM_S)
    gc.disable()  # a collection inside the larger run would count against the pattern
    try:
        return _seconds(call, make(n * SCALE)) / _seconds(call, make(n))
    finally:
        gc.enable()
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_every_pattern_of_the_cleaner_has_a_worst_case_here():
    patterns = {name for name, value in vars(clean_module).items() if isinstance(value, re.Pattern)}
    assert patterns == set(CASES), "give each new pattern its worst cases in CASES"


@pytest.mark.parametrize("name", sorted(CASES))
def test_pattern_time_grows_linearly(name: str):
    method, makers = CASES[name]
    pattern = getattr(clean_module, name)
    call = (lambda text: pattern.sub("", text)) if method == "sub" else getattr(pattern, method)
    for index, make in enumerate(makers):
        ratio = _growth(call, make, 400)
        assert ratio < MAX_RATIO, f"{name} case {index}: {SCALE}x the input took {ratio:.0f}x the time"


def test_reported_share_bar_is_junk_and_fast():
    line = "Share Tweet " * 16 + "More"
    assert _growth(clean_module._SHARE_LINE.match, lambda n: "Share Tweet " * n + "More", 16) < MAX_RATIO
    assert "More" in clean(f"Talks resumed on Monday in Geneva, officials said.\n{line}").text
    assert clean("Talks resumed on Monday in Geneva, officials said.\nShare Tweet Email").dropped_lines == 1


@pytest.mark.parametrize("make", [
    lambda n: "x (photo: " * n + "x)",
    lambda n: "(" * n + ")" * n,
    lambda n: "(photo" + " " * n + ": Jo Li)",
])
def test_bracketed_photo_credit_check_is_linear(make):
    assert _growth(_ends_with_photo_credit, make, 400) < MAX_RATIO


def test_bracketed_photo_credit_is_still_recognised():
    assert _ends_with_photo_credit("Lawmakers leave the chamber (Photo: Jo Li)")
    assert _ends_with_photo_credit("Lawmakers leave (the chamber) (image by Jo Li)  ")
    assert not _ends_with_photo_credit("(Photo: Jo Li) Lawmakers leave the chamber (on Monday)")
    assert not _ends_with_photo_credit("Lawmakers leave (photo: Jo) and talk")


@pytest.mark.parametrize("make", [
    lambda n: "Share Tweet " * n + "More",
    lambda n: ("date " + " " * 20 + "on 2023-01-02 " + "Share " * 10 + "\n") * n,
    lambda n: "MOSCOW, Texas, Mar 3 (AP) -- " + "By Jo Li and de " * n,
    lambda n: ("“Talks,” he said. " + "ViSiT " * 5 + "\n\n") * n,
])
def test_clean_as_a_whole_is_linear_on_hostile_text(make):
    assert _growth(clean, make, 50) < MAX_RATIO
