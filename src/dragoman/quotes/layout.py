"""Where each token sits: which paragraph, which quotation, char-to-token lookup."""

from __future__ import annotations

from bisect import bisect_right

from spacy.attrs import IDX, IS_SPACE
from spacy.tokens import Doc, Token

from dragoman.quotes.marks import QuoteMark

_INNER_MARKS = "'’\"”»"
TERMINATORS = frozenset({".", "!", "?", "…", "...", "?!"})


class Layout:
    """Per-token paragraph number and innermost enclosing quotation (-1: none).

    Quotation ``k`` covers its marks too, so a token of a closing mark belongs
    to the quotation it closes.
    """

    def __init__(self, doc: Doc, quotes: list[QuoteMark], text: str | None = None) -> None:
        self.doc = doc
        self.text = doc.text if text is None else text  # Doc.text is rebuilt on every access
        self.quotes = quotes
        self._starts = doc.to_array(IDX).tolist() if len(doc) else []
        self.para = self._paragraphs(doc)
        self.qid = [-1] * len(doc)
        # outer quotations first, so nested ones overwrite their tokens
        for k in sorted(range(len(quotes)), key=lambda k: quotes[k].depth):
            q = quotes[k]
            end = q.close_at + 1 if q.closed else q.end
            i, j = self.token_at(q.open_at), self.token_at(max(q.open_at, end - 1)) + 1
            for t in range(i, j):
                self.qid[t] = k
        self.parent = [self._parent(k) for k in range(len(quotes))]

    @staticmethod
    def _paragraphs(doc: Doc) -> list[int]:
        """Per token, how many tokens holding a line break come up to and including it (a line break
        is always in a whitespace token of its own)."""
        out, n = [], 0
        for i, space in enumerate(doc.to_array(IS_SPACE).tolist() if len(doc) else []):
            if space and "\n" in doc[i].text:
                n += 1
            out.append(n)
        return out

    def _parent(self, k: int) -> int:
        q = self.quotes[k]
        if q.depth == 0:
            return -1
        i = self.token_at(q.open_at)
        # the token just before the inner opening mark lies in the outer quotation
        return self.qid[i - 1] if i > 0 else -1

    def token_at(self, char: int) -> int:
        """Index of the token containing (or nearest before) ``char``."""
        return max(0, bisect_right(self._starts, char) - 1)

    def open_token(self, k: int) -> int:
        return self.token_at(self.quotes[k].open_at)

    def close_token(self, k: int) -> int | None:
        q = self.quotes[k]
        return self.token_at(q.close_at) if q.closed else None

    def inner_tokens(self, k: int) -> range:
        q = self.quotes[k]
        return range(self.token_at(q.start), self.token_at(q.end - 1) + 1)

    def is_terminator(self, t: Token) -> bool:
        return t.text in TERMINATORS

    def ends_sentence(self, k: int) -> bool:
        """True when quotation ``k`` ends with . ! ? (a whole sentence quoted)."""
        q = self.quotes[k]
        tail = self.text[q.start:q.close_at if q.closed else q.end].rstrip().rstrip(_INNER_MARKS).rstrip()
        return bool(tail) and tail[-1] in ".!?…"
