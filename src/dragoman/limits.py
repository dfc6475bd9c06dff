"""Limits that follow from news, applied to cleaned text before the model sees it.

spaCy's memory grows with the tokens it parses at once (about 16 KB a token in the small model's
tok2vec), its tokenizer slows down with the square of a run of punctuation without a space, and our
stages walk sentences and parse trees. News is prose: sentences of at most a few hundred tokens, a
URL as its longest unspaced run, brackets nested two or three deep, articles of at most a few
thousand words. So:

- a *segment* (a line, or a sentence within it) that breaks a per-segment limit (tokens in one
  sentence, tokens in one unspaced run, bracket depth) is dropped, with a warning;
- the document is cut after the last segment within ``max_tokens``, with a warning;
- a document with nothing left is refused with the limit its first segment broke.

Token counts are estimates that never fall short of spaCy's: every word and every other
non-space character counts as one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from dragoman.errors import DocumentTooLarge

MAX_TOKENS = 25_000  # a long feature is 10,000 words; 25,000 tokens keep a worker well under 1 GiB
MAX_SENTENCE_TOKENS = 5_000  # a news sentence is 20-60 tokens; the quote stage is quadratic in quote marks per sentence
MAX_RUN_TOKENS = 200  # tokens in one run without a space: a long URL; the tokenizer is quadratic in it
MAX_NESTING = 12  # brackets inside brackets; news goes two or three deep

_TOKEN = re.compile(r"\w+|[^\w\s]")
_RUN = re.compile(r"\S+")
# A segment ends at a line break, or after sentence-final punctuation (and closing quotes/brackets) and a space.
_SEGMENT = re.compile(r"[^\n]*?(?:[.!?][\"'”’)\]]*[ \t]+|\n+|$)")
_OPEN, _CLOSE = "([{", ")]}"


@dataclass(frozen=True, slots=True)
class Limits:
    max_tokens: int = MAX_TOKENS
    max_sentence_tokens: int = MAX_SENTENCE_TOKENS
    max_run_tokens: int = MAX_RUN_TOKENS
    max_nesting: int = MAX_NESTING


@dataclass(frozen=True, slots=True)
class Limited:
    """Text within the limits, and a warning for each thing removed to get there."""

    text: str
    warnings: tuple[str, ...] = ()


def estimate_tokens(text: str) -> int:
    """An upper estimate of spaCy's token count: each word and each other non-space character."""
    return sum(1 for _ in _TOKEN.finditer(text))


def _segments(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    for match in _SEGMENT.finditer(text):
        if match.end() > pos:
            yield pos, match.end()
            pos = match.end()
        if pos >= len(text):
            return


def _depth(segment: str) -> int:
    depth = deepest = 0
    for char in segment:
        if char in _OPEN:
            depth += 1
            deepest = max(deepest, depth)
        elif char in _CLOSE and depth:
            depth -= 1
    return deepest


def _broken(segment: str, tokens: int, limits: Limits) -> str | None:
    """The per-segment limit ``segment`` breaks, in words, or None."""
    if tokens > limits.max_sentence_tokens:
        return f"a sentence of {tokens:,} tokens (limit {limits.max_sentence_tokens:,})"
    if tokens > limits.max_run_tokens:  # only then can one run be over the run limit
        longest = max((estimate_tokens(run.group()) for run in _RUN.finditer(segment)), default=0)
        if longest > limits.max_run_tokens:
            return f"{longest:,} tokens without a space (limit {limits.max_run_tokens:,})"
    if sum(segment.count(c) for c in _OPEN) > limits.max_nesting:
        depth = _depth(segment)
        if depth > limits.max_nesting:
            return f"brackets nested {depth} deep (limit {limits.max_nesting})"
    return None


def apply_limits(text: str, source: str | None = None, limits: Limits = Limits()) -> Limited:
    """``text`` within the limits; raises DocumentTooLarge when nothing of it is left."""
    kept: list[str] = []
    total = dropped = 0
    first_broken: str | None = None
    cut_at: int | None = None
    for start, end in _segments(text):
        segment = text[start:end]
        tokens = estimate_tokens(segment)
        broken = _broken(segment, tokens, limits)
        if broken:
            dropped += 1
            first_broken = first_broken or f"{broken} at character {start:,}"
            continue
        if total + tokens > limits.max_tokens:
            cut_at = start
            break
        kept.append(segment)
        total += tokens
    result = "".join(kept).strip()
    if not estimate_tokens(result):
        reason = first_broken or f"over {limits.max_tokens:,} tokens in its first sentence"
        raise DocumentTooLarge(f"nothing within the limits for news text: {reason}", source)
    warnings = []
    if dropped:
        warnings.append(f"{dropped:,} sentence(s) over the limits for news text left out, the first: {first_broken}")
    if cut_at is not None:
        warnings.append(f"text cut at character {cut_at:,}: over the limit of {limits.max_tokens:,} tokens "
                        f"({estimate_tokens(text):,} in all)")
    if not warnings:
        return Limited(text)
    return Limited(result, tuple(warnings))
