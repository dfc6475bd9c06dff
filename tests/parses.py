"""Hand-built parses of invented sentences (no model) for the unit tests of rule code."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc
from spacy.vocab import Vocab

from dragoman.context import Context
from dragoman.records import Article

VOCAB = Vocab()

Row = tuple[str, int, str, str, str, str]


def parse(rows: list[Row], glued: tuple[str, ...] = ()) -> Doc:
    """rows: (word, head index, dep, pos, tag, lemma); a space after every word but the last and
    those followed by a ``glued`` word ("," or ".")."""
    words = [r[0] for r in rows]
    return Doc(VOCAB, words=words, spaces=[w not in glued for w in words[1:]] + [False],
               heads=[r[1] for r in rows], deps=[r[2] for r in rows], pos=[r[3] for r in rows],
               tags=[r[4] for r in rows], lemmas=[r[5] for r in rows])


def context(doc: Doc, published: str = "2031-05-14", headlines=()) -> Context:
    """The context of an invented article whose text is ``doc``'s."""
    article = Article(id="t", source="t", text=doc.text, published=published, headlines=list(headlines))
    return Context(article=article, published=dt.date.fromisoformat(published))


def state_pairs(rows: list[Row], parties: dict[int, str], glued: tuple[str, ...] = (",", "."), lexicon=None):
    """(source, target) of the events coded in a parse whose ``parties`` (token index -> code) are
    states mentioned at those tokens."""
    from dragoman.actors.table import ActorTable
    from dragoman.events import extract_events
    from dragoman.records import Actor

    doc = parse(rows, glued)
    actors = ActorTable([Actor(id=code, name=doc[i].text, kind="state", country=code,
                               mentions=[(doc[i].idx, doc[i].idx + len(doc[i]))]) for i, code in parties.items()])
    return [(e.source, e.target) for e in extract_events(doc, context(doc), actors, lexicon=lexicon)]
