"""The quotes stage: direct and reported speech as :class:`Quote` records."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dragoman.actors.table import ActorTable
from dragoman.context import Context
from dragoman.quotes.cues import Cue, CueFinder, is_according
from dragoman.quotes.indirect import Reported, find_reported
from dragoman.quotes.layout import Layout
from dragoman.quotes.lexicon import CueLexicon, default_lexicon
from dragoman.quotes.marks import QuoteMark, scan_quotes
from dragoman.quotes.speakers import Speaker, SpeakerResolver
from dragoman.quotes.transcript import turn_labels
from dragoman.records import Quote

_HOW_WEIGHT = {"after": 1.0, "before": 1.0, "colon": 0.8, "headline": 0.8, "group": 0.9, "floating": 0.7,
               "transcript": 0.9}
_FLOATING_MIN_WORDS = 4
_SUBHEADING_MAX_WORDS = 8
_FIRST_PERSON = frozenset({"i", "we"})
_SELF = frozenset({"i", "we", "me", "us"})


@dataclass(slots=True)
class _Item:
    start: int
    end: int
    kind: str
    cue: Cue | None
    how: str
    para: int
    speaker_tok: Token | None = None
    verb: Token | None = None
    addressee: Token | None = None
    mark: QuoteMark | None = None
    k: int = -1  # index of the quotation mark pair, for direct quotes
    parent: int = -1  # index of the enclosing quotation, for nested ones
    content: str | None = None  # reported speech: "clause" or "phrase"


def extract_quotes(doc: Doc, ctx: Context, actors: ActorTable, *, lexicon: CueLexicon | None = None) -> list[Quote]:
    """Direct, mixed and indirect quotations of ``doc`` with resolved speakers.

    Pronoun speakers resolved to an actor are added to ``actors`` as mentions.
    A speaker that is no actor gets ``speaker`` None and its fullest name (or
    its description, "a police spokesperson") in ``speaker_text``.
    """
    if len(doc) and not doc.has_annotation("DEP"):
        raise ValueError("extract_quotes needs a dependency-parsed Doc (a pipeline with a parser)")
    lex = lexicon or default_lexicon()
    text = ctx.text_of(doc)
    marks = scan_quotes(text)
    layout = Layout(doc, marks, text)
    finder = CueFinder(doc, layout, lex)
    headlines = list(ctx.article.headlines)
    items = _direct_items(doc, ctx, layout, finder, headlines)
    headline_tokens = frozenset(
        i for s, e in headlines for i in range(layout.token_at(s), layout.token_at(max(s, e - 1)) + 1)
    )
    items += [_reported_item(doc, layout, r) for r in find_reported(doc, layout, lex, headline_tokens)]
    _transcript_turns(text, layout, items)
    items = [it for it in items if not _narrator(it, layout)]
    items.sort(key=lambda it: (it.start, it.kind != "direct"))
    quoted = [(q.open_at, q.close_at + 1 if q.closed else q.end) for q in marks if q.depth == 0]
    resolver = SpeakerResolver(doc, actors, lex, quoted)
    return _resolve(text, items, resolver)


def _transcript_turns(text: str, layout: Layout, items: list[_Item]) -> None:
    """In a labelled paragraph (``PENCE: ...``) the label speaks: a quotation that opens with the label
    starts after it, and a first-person speaker ("I think ...") is the label's person."""
    labels = turn_labels(layout.doc, layout)
    if not labels:
        return
    for it in items:
        label = labels.get(it.para)
        if label is None:
            continue
        name, colon = label
        if it.kind == "direct" and it.start <= name.idx and colon.idx < it.end and it.parent < 0:
            start = colon.idx + 1
            while start < it.end and text[start].isspace():
                start += 1
            it.start, it.cue, it.how, it.speaker_tok, it.verb = start, None, "transcript", name, name
            continue
        first = it.cue.speaker if it.cue is not None else it.speaker_tok
        if first is not None and first.lower_ in _SELF and layout.qid[first.i] == -1:
            if it.cue is not None:
                it.cue = Cue(it.cue.verb, name, it.cue.addressee, it.cue.how)
            else:
                it.speaker_tok = name


def _narrator(it: _Item, layout: Layout) -> bool:
    """Reported speech of the writer ("I believe ...", "we know ..." outside quotation marks): the
    article's own voice, not a quotation of anyone."""
    tok = it.speaker_tok
    return it.how == "reported" and tok is not None and tok.lower_ in _SELF and layout.qid[tok.i] == -1


def _direct_items(doc: Doc, ctx: Context, layout: Layout, finder: CueFinder, headlines: list) -> list[_Item]:
    marks = layout.quotes
    cues: list[Cue | None] = []
    for k, q in enumerate(marks):
        head = next(((s, e) for s, e in headlines if s <= q.start and q.end <= e), None)
        cues.append(finder.find(k, head))
    group_cue: dict[int, Cue] = {}
    for q, cue in zip(marks, cues):
        if cue is not None and q.group not in group_cue:
            group_cue[q.group] = cue
    items: list[_Item] = []
    for k, (q, cue) in enumerate(zip(marks, cues)):
        para = layout.para[layout.open_token(k)]
        in_head = ctx.in_headline(q.start, q.end)
        how = cue.how if cue is not None else ""
        if cue is None and q.group in group_cue:
            cue, how = group_cue[q.group], "group"
        if cue is None:
            if in_head or q.depth > 0 or not _floating(doc, layout, k):
                continue
            how = "floating"
        items.append(_Item(q.start, q.end, "direct", cue, how, para, mark=q, k=k, parent=layout.parent[k]))
    return items


def _floating(doc: Doc, layout: Layout, k: int) -> bool:
    """A quotation that stands as a sentence of its own (no cue needed)."""
    q = layout.quotes[k]
    i = layout.open_token(k)
    prev = doc[i - 1] if i > 0 else None
    starts = prev is None or prev.is_space or layout.is_terminator(prev) or (
        layout.qid[prev.i] >= 0 and layout.ends_sentence(layout.qid[prev.i])
    )
    words = [t for t in doc[layout.token_at(q.start):layout.token_at(q.end - 1) + 1] if t.is_alpha]
    if _subheading(words):
        return False
    return starts and len(words) >= _FLOATING_MIN_WORDS and (layout.ends_sentence(k) or not q.closed)


def _subheading(words: list[Token]) -> bool:
    """A short title-cased quotation ('All Bets Are Off.') is a section heading, not speech."""
    if not words or len(words) > _SUBHEADING_MAX_WORDS:
        return False
    capitalised = sum(1 for t in words if t.text[0].isupper())
    return capitalised >= 0.6 * len(words) and len(words) > 1


def _reported_item(doc: Doc, layout: Layout, r: Reported) -> _Item:
    start = doc[r.first].idx
    end = doc[r.last].idx + len(doc[r.last].text)
    kind = "mixed" if r.quoted_words else "indirect"
    return _Item(start, end, kind, None, "reported", layout.para[r.first], r.speaker, r.verb, r.addressee,
                 content="phrase" if r.phrase else "clause")


def _resolve(text: str, items: list[_Item], resolver: SpeakerResolver) -> list[Quote]:
    cache: dict[int, Speaker] = {}
    by_mark: dict[int, Speaker] = {}
    last: tuple[Speaker, int] | None = None
    quotes: list[Quote] = []
    for it in items:
        verb, speaker_tok, addressee = it.verb, it.speaker_tok, it.addressee
        if it.cue is not None:
            verb, speaker_tok, addressee = it.cue.verb, it.cue.speaker, it.cue.addressee
        speaker: Speaker | None = None
        if it.how == "transcript":
            speaker, verb = resolver.resolve(speaker_tok), None
        elif it.parent >= 0 and speaker_tok is not None and speaker_tok.lower_ in _FIRST_PERSON:
            speaker = by_mark.get(it.parent)  # 'I kept saying, "..."' inside someone's quotation
        elif verb is not None and speaker_tok is not None:
            speaker = cache.get(verb.i)
            if speaker is None:
                speaker = resolver.resolve(speaker_tok, (it.start, it.end))
                cache[verb.i] = speaker
        elif it.how == "floating" and last is not None and it.para - last[1] <= 1:
            speaker = last[0]
        nested = it.mark is not None and it.mark.depth > 0
        if speaker is not None and speaker.key and not nested:
            last = (speaker, it.para)
        if speaker is not None and it.k >= 0:
            by_mark[it.k] = speaker
        addr = resolver.addressee(addressee) if addressee is not None else None
        cue = None
        if verb is not None:  # "according to" is the cue of its phrase, else the verb
            cue = verb.doc[verb.i:verb.i + 2].text if is_according(verb, resolver.lex) else verb.text
        quotes.append(_record(text, it, speaker, cue, addr))
    for n, q in enumerate(quotes, 1):
        q.id = f"Q{n}"
    return quotes


def _record(text: str, it: _Item, sp: Speaker | None, cue: str | None, addr: str | None) -> Quote:
    weight = _HOW_WEIGHT.get(it.how, 0.8)
    content = None if it.kind == "direct" else it.content or "clause"
    if sp is None:
        return Quote(id="", text=text[it.start:it.end], start=it.start, end=it.end, kind=it.kind, content=content,
                     cue=cue, addressee=addr, confidence=0.3)
    said = (sp.text if sp.actor else (sp.name or sp.text)) or None  # None: a pronoun nobody was found for
    return Quote(id="", text=text[it.start:it.end], start=it.start, end=it.end, kind=it.kind, content=content,
                 speaker=sp.actor, speaker_text=said, cue=cue, addressee=addr,
                 confidence=round(sp.confidence * weight, 2))
