"""A parsed document's token columns as plain Python lists, read once per document.

Word-level helpers that look at many small windows of a text (is this token punctuation, what does
doc[i:j] say) would otherwise build a spaCy Token (or Span) object for every look. The columns are read
from the Doc's arrays in one pass and kept in ``doc.user_data``, so every stage shares them.
"""

from __future__ import annotations

from spacy.attrs import IDX, IS_PUNCT, ORTH
from spacy.tokens import Doc

_KEY = "dragoman.columns"


class Columns:
    """``text[i]``, ``punct[i]`` (``Token.is_punct``), ``start[i]``/``end[i]`` (character offsets) of each
    token, and the document's text."""

    __slots__ = ("text", "punct", "start", "end", "doc_text", "n")

    def __init__(self, doc: Doc) -> None:
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, IDX, IS_PUNCT]).tolist() if len(doc) else []
        self.text = [strings[orth] for orth, _, _ in rows]
        self.start = [idx for _, idx, _ in rows]
        self.end = [idx + len(text) for idx, text in zip(self.start, self.text)]
        self.punct = [bool(flag) for _, _, flag in rows]
        self.doc_text = doc.text
        self.n = len(doc)

    def span_text(self, start: int, end: int) -> str:
        """The text of doc[start:end] (``Span.text``: no trailing space)."""
        return self.doc_text[self.start[start]:self.end[end - 1]] if start < end else ""


def columns(doc: Doc) -> Columns:
    """The columns of ``doc`` (read on first use, then kept with the document)."""
    found = doc.user_data.get(_KEY)
    if found is None or found.n != len(doc):
        found = doc.user_data[_KEY] = Columns(doc)
    return found
