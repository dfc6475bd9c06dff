"""Interview transcripts: paragraphs that open with a speaker label.

``TAPPER: Do you think ...`` / ``"PENCE: Well, look, ...`` / ``Q: ...``: the
label (one to four upper-case words before a colon, after an optional
opening quotation mark) names who speaks in that paragraph. A first-person
speaker ("I think ...") in a labelled paragraph is the label's person, and a
quotation that starts with a label is that person's turn, the label left out.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dragoman.columns import columns
from dragoman.quotes.layout import Layout

_MAX_LABEL = 4
_OPENERS = frozenset({'"', "“", "``", "«", "„", "'", "‘"})


def turn_labels(doc: Doc, layout: Layout) -> dict[int, tuple[Token, Token]]:
    """Paragraph number -> (last word of its label, the colon after it), for labelled paragraphs."""
    out: dict[int, tuple[Token, Token]] = {}
    n = len(doc)
    for i in columns(doc).paragraph_starts:  # the first word of each paragraph
        j = i + 1 if doc[i].text in _OPENERS else i
        k = j
        while k < n and k - j < _MAX_LABEL and _label_word(doc[k]):
            k += 1
        if j < k < n and doc[k].text == ":" and layout.para[k] == layout.para[i]:
            out[layout.para[i]] = (doc[k - 1], doc[k])
    return out


def _label_word(t: Token) -> bool:
    """An upper-case word of a label ("TAPPER", "JAKE"; "Q", "A")."""
    return t.is_alpha and t.text.isupper() and (len(t.text) > 1 or t.text in ("Q", "A"))
