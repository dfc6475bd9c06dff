"""A parsed document's token columns as plain Python lists, read once per document.

Word-level helpers that look at many small windows of a text (is this token punctuation, what does
doc[i:j] say) would otherwise build a spaCy Token (or Span) object for every look. The columns are read
from the Doc's arrays in one pass and kept in ``doc.user_data``, so every stage shares them.
"""

from __future__ import annotations

from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LOWER, ORTH, SENT_START, SPACY
from spacy.tokens import Doc

_KEY = "dragoman.columns"


class Columns:
    """``text[i]``, ``lower[i]`` (``Token.lower_``), ``punct[i]`` (``Token.is_punct``), ``space[i]`` (``Token.is_space``), ``start[i]``/``end[i]``
    (character offsets) of each token, and the document's text; sentence bounds and paragraph starts on
    first use."""

    __slots__ = ("text", "lower", "punct", "space", "start", "end", "doc_text", "n", "_sent_flags", "_sents", "_paragraphs")

    def __init__(self, doc: Doc) -> None:
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, IDX, IS_PUNCT, IS_SPACE, SENT_START, LOWER, SPACY]).tolist() if len(doc) else []
        self.text = [strings[row[0]] for row in rows]
        self.lower = [strings[row[5]] for row in rows]
        self.start = [row[1] for row in rows]
        self.end = [idx + len(text) for idx, text in zip(self.start, self.text)]
        self.punct = [bool(row[2]) for row in rows]
        self.space = [bool(row[3]) for row in rows]
        self._sent_flags = [row[4] for row in rows]  # 1 opens a sentence (uint64: -1 reads as 2**64 - 1)
        # Doc.text, joined here without building a Token for each word
        self.doc_text = "".join([text + " " if row[6] else text for text, row in zip(self.text, rows)])
        self.n = len(doc)
        self._sents: tuple[list[int], list[int]] | None = None
        self._paragraphs: list[int] | None = None

    def sent_bounds(self, i: int) -> tuple[int, int]:
        """(start, end) of the sentence of token ``i``, as ``doc[i].sent`` gives them (the document has
        sentence boundaries)."""
        if self._sents is None:
            flags = self._sent_flags
            starts, ends = [0] * self.n, [self.n] * self.n
            first = 0
            for k in range(self.n):
                if flags[k] == 1:
                    first = k
                starts[k] = first
            last = self.n
            for k in range(self.n - 1, -1, -1):
                ends[k] = last
                if flags[k] == 1:
                    last = k
            self._sents = (starts, ends)
        return self._sents[0][i], self._sents[1][i]

    @property
    def paragraph_starts(self) -> list[int]:
        """The first word of each paragraph: a token that is no space, first in the text or after a space
        token holding a line break."""
        if self._paragraphs is None:
            space, text = self.space, self.text
            self._paragraphs = [i for i in range(self.n) if not space[i]
                                and (i == 0 or (space[i - 1] and "\n" in text[i - 1]))]
        return self._paragraphs

    def span_text(self, start: int, end: int) -> str:
        """The text of doc[start:end] (``Span.text``: no trailing space)."""
        return self.doc_text[self.start[start]:self.end[end - 1]] if start < end else ""


def columns(doc: Doc) -> Columns:
    """The columns of ``doc`` (read on first use, then kept with the document)."""
    found = doc.user_data.get(_KEY)
    if found is None:
        found = doc.user_data[_KEY] = Columns(doc)
    return found
