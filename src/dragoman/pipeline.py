"""Sources -> articles -> spaCy -> stages -> reports, in batches, with failures captured."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import TypeVar

from spacy.language import Language

from dragoman.actors import Lexicon, load_lexicon
from dragoman.events.lexicon import Lexicon as EventLexicon
from dragoman.events.lexicon import load_lexicon as load_event_lexicon
from dragoman.articles import MAX_TEXT_CHARS, build_article
from dragoman.errors import DocumentTimeout, DragomanError, UnexpectedFailure, WorkerDied
from dragoman.limits import MAX_TOKENS, estimate_tokens
from dragoman.nlp import load_model
from dragoman.records import Article, Error, Report
from dragoman.sources import Failed, Limits, RawDocument, read_inputs
from dragoman.sources.base import DEFAULT_MAX_BYTES, MAX_MESSAGE_CHARS, encodable
from dragoman.stages import analyse
from dragoman.timelimit import time_limit
from dragoman.workers import run_tasks

T = TypeVar("T")


@dataclass(frozen=True, kw_only=True)
class Options:
    """Every setting of a run, declared once."""

    model: str | None = None
    batch_size: int = 16
    n_process: int = 1
    published: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    max_chars: int = MAX_TEXT_CHARS
    lexicons: tuple[Path, ...] = field(default_factory=tuple)
    event_lexicons: tuple[Path, ...] = field(default_factory=tuple)  # event lexicon files added to the packaged one
    timeout: float | None = 60.0


def failure_report(source: str, error: DragomanError | Exception, *, doc_id: str | None = None) -> Report:
    """The report of a document that could not be analysed."""
    kind = getattr(error, "kind", UnexpectedFailure.kind)
    message = getattr(error, "message", None) or f"{type(error).__name__}: {error}"
    source, message = encodable(source), encodable(message)[:MAX_MESSAGE_CHARS]
    return Report(id=doc_id or f"failed:{source}", source=source, errors=[Error(kind=kind, message=message, source=source)])


class Pipeline:
    """The one entry point the CLI, the web service and the Spark job share."""

    def __init__(self, options: Options | None = None, *, nlp: Language | None = None) -> None:
        self.options = options or Options()
        self._nlp = nlp
        self._lexicon: Lexicon | None = None

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_model(self.options.model)
        return self._nlp

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            self._lexicon = load_lexicon(self.options.lexicons)
        return self._lexicon

    @property
    def event_lexicon(self) -> EventLexicon | None:
        """The packaged event lexicon with the user's event lexicon files, when there are any."""
        return load_event_lexicon(*self.options.event_lexicons) if self.options.event_lexicons else None

    def article(self, raw: RawDocument) -> Article:
        with time_limit(self.options.timeout, raw.source):
            return build_article(raw, published=self.options.published, max_chars=self.options.max_chars)

    def read_text(self, text: str, *, source: str = "<text>", title: str | None = None,
                  published: str | None = None, doc_id: str | None = None) -> Report:
        """Analyse one text given in memory."""
        raw = RawDocument(source=source, text=text, title=title, published=published, id=doc_id)
        return next(self.analyse_raw([raw]))

    def _read(self, items: Iterable[RawDocument | Failed]) -> Iterator[RawDocument | Failed]:
        """The documents of ``items``, each read (HTML extracted, say) within the time limit."""
        iterator = iter(items)
        while True:
            with time_limit(self.options.timeout) as clock:
                try:
                    item = next(iterator)
                except StopIteration:
                    return
                except DocumentTimeout as exc:  # expired outside any reader's guard: the rest of that input is lost
                    yield Failed(exc.source or "<input>", exc)
                    return
            if clock.expired and isinstance(item, Failed):  # the guard turned our timeout into a read error
                item = Failed(item.source, DocumentTimeout(
                    f"reading took longer than the time limit of {self.options.timeout:g} s (--timeout)", item.source))
            yield item

    def prepare(self, items: Iterable[RawDocument | Failed]) -> Iterator[Article | Report]:
        """Clean raw documents into articles; unreadable ones become failure reports."""
        for item in self._read(items):
            if isinstance(item, Failed):
                yield failure_report(item.source, item.error)
                continue
            try:
                article = self.article(item)
            except Exception as exc:  # noqa: BLE001 - any failure to clean one document is that document's error
                yield failure_report(item.source, exc, doc_id=item.id)
                continue
            yield article

    def analyse_articles(self, items: Iterable[Article | Report]) -> Iterator[Report]:
        """Reports in input order; failure reports pass through untouched."""
        batches = _batched(items, self.options.batch_size)
        if self.options.n_process > 1:
            yield from self._parallel(batches)
            return
        for batch in batches:
            yield from self._analyse_batch(batch)

    def analyse_raw(self, items: Iterable[RawDocument | Failed]) -> Iterator[Report]:
        return self.analyse_articles(self.prepare(items))

    def run(self, inputs: Iterable[str | Path]) -> Iterator[Report]:
        """Reports for every document named by ``inputs`` (files, directories, ``-``)."""
        return self.analyse_raw(read_inputs(inputs, Limits(max_bytes=self.options.max_bytes)))

    def _analyse_batch(self, batch: list[Article | Report]) -> list[Report]:
        articles = [item for item in batch if isinstance(item, Article)]
        reports = iter(self._parse_and_analyse(articles))
        return [next(reports) if isinstance(item, Article) else item for item in batch]

    def _parse_and_analyse(self, articles: list[Article]) -> list[Report]:
        return [report for group in _token_groups(articles, MAX_TOKENS) for report in self._parse_group(group)]

    def _parse_group(self, articles: list[Article]) -> list[Report]:
        """Parse together; if that takes longer than one document may (or fails), each alone with its own limit."""
        if not articles:
            return []
        try:
            with time_limit(self.options.timeout):
                docs = list(self.nlp.pipe((a.text for a in articles), batch_size=self.options.batch_size))
        except Exception:  # isolate the document that broke (or stalled) the batch
            return [self._one(article) for article in articles]
        return [self._analyse_one(article, doc) for article, doc in zip(articles, docs)]

    def _one(self, article: Article) -> Report:
        try:
            with time_limit(self.options.timeout, article.source):
                doc = self.nlp(article.text)
        except Exception as exc:
            return failure_report(article.source, exc, doc_id=article.id)
        return self._analyse_one(article, doc)

    def _analyse_one(self, article: Article, doc) -> Report:
        try:
            with time_limit(self.options.timeout, article.source):
                report = analyse(article, doc, lexicon=self.lexicon, event_lexicon=self.event_lexicon)
        except Exception as exc:
            return failure_report(article.source, exc, doc_id=article.id)
        report.errors[:0] = [Error(kind="truncated", message=w, source=article.source) for w in article.warnings]
        return report

    def _parallel(self, batches: Iterable[list[Article | Report]]) -> Iterator[Report]:
        """Workers each load the model once, run every stage, and send back compact reports; a worker
        that dies (killed by the kernel) costs only the documents that killed it."""
        yield from run_tasks(batches, n_workers=self.options.n_process, init=_worker_init, init_arg=self.options,
                             work=_worker_batch, on_death=_died)


_WORKER: Pipeline | None = None


def _worker_init(options: Options) -> None:
    global _WORKER
    _WORKER = Pipeline(replace(options, n_process=1))
    _WORKER.nlp  # noqa: B018 - a model that cannot load is the worker's start-up error, raised in the parent


def _worker_batch(batch: list[Article | Report]) -> list[Report]:
    assert _WORKER is not None
    return _WORKER._analyse_batch(batch)


def _died(item: Article | Report, reason: str) -> Report:
    if isinstance(item, Report):
        return item
    return failure_report(item.source, WorkerDied(reason, item.source), doc_id=item.id)


def _token_groups(articles: list[Article], max_tokens: int) -> Iterator[list[Article]]:
    """Articles in groups of at most ``max_tokens`` estimated tokens (spaCy's memory grows with them)."""
    group: list[Article] = []
    total = 0
    for article in articles:
        tokens = estimate_tokens(article.text)
        if group and total + tokens > max_tokens:
            yield group
            group, total = [], 0
        group.append(article)
        total += tokens
    if group:
        yield group


def _batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while batch := list(islice(iterator, max(1, size))):
        yield batch
