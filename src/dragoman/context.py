"""What every stage gets besides the parsed Doc."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Doc

from dragoman.records import Article


@dataclass(frozen=True, slots=True)
class Context:
    """The article being analysed and its anchor date for relative times."""

    article: Article
    published: dt.date | None

    @property
    def dateline(self) -> str | None:
        return self.article.dateline

    def text_of(self, doc: Doc) -> str:
        """``doc.text``, taken from the article when ``doc`` was parsed from it: spaCy rebuilds the
        text from every token on each access."""
        text, last = self.article.text, doc[-1] if len(doc) else None
        if last is not None and len(text) == last.idx + len(last.text_with_ws) and \
                text.startswith(doc[0].text) and text.endswith(last.text_with_ws):
            return text
        return doc.text

    def in_headline(self, start: int, end: int) -> bool:
        """True when [start, end) lies inside an embedded headline."""
        return any(s <= start and end <= e for s, e in self.article.headlines)
