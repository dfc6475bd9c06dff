"""Speech verbs and cue words, loaded once from ``data/quotes/cues.toml``."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Pronoun:
    """What a pronoun may refer to: ``kind`` person|group|thing|self, gender m|f|None."""

    kind: str
    gender: str | None = None


@dataclass(frozen=True, slots=True)
class CueLexicon:  # noqa: PLR0902 - one field per table of the data file
    """The cue tables of one data file (see data/quotes/README.md)."""

    speech: frozenset[str]
    indirect: frozenset[str]
    intent: frozenset[str]
    phrasal: frozenset[tuple[str, str]]  # (lemma, particle): "point out"
    characterise: dict[str, frozenset[str]]  # lemma -> words opening the verdict ("" none): "as", "of"
    objects: frozenset[str]  # verbs whose noun-phrase object is the content: "denied the report"
    prepositional: dict[str, frozenset[str]]  # lemma -> prepositions opening the content: "call" -> "for"
    request: dict[str, frozenset[str]]  # lemma -> words before the addressee ("" none): "urge", "call" -> "on"
    evidence: frozenset[str]  # verbs that report only with a document subject: "a poll shows ..."
    addressee: frozenset[str]
    according: dict[str, str]  # first word -> second word ("according" -> "to")
    meeting: frozenset[str]
    colon_nouns: frozenset[str]
    pronouns: dict[str, Pronoun]
    person_nouns: frozenset[str]
    group_nouns: frozenset[str]
    people: frozenset[str]  # nouns of people with no title: "critics", "voters", "experts"
    people_endings: tuple[str, ...]  # endings of agent nouns: "-er" (developer), "-ist" (activist)
    not_people: frozenset[str]  # nouns with such an ending that name no one: "cancer", "paper"
    documents: frozenset[str]
    voices: frozenset[str]
    naming: frozenset[str]
    male: frozenset[str]
    female: frozenset[str]
    citing: frozenset[str] = frozenset()  # "reports citing sources": the cited source speaks
    name_nouns: frozenset[str] = frozenset()  # "using the pseudonym Katya": the name a naming verb's object holds

    @property
    def reporting(self) -> frozenset[str]:
        """Verbs that report speech when they take a clause: speech verbs and reporting verbs."""
        return _union(self.indirect, self.speech)

    @property
    def reporting_cues(self) -> frozenset[str]:
        """Words that can open reported speech: reporting, intent and phrasal verbs and "according"
        (built once per lexicon: the same set object keeps the word lookups that use it cached)."""
        cached = _CUES.get(id(self))
        if cached is None or cached[0] is not self:
            extra = (self.intent | frozenset(self.according) | frozenset(v for v, _ in self.phrasal)
                     | frozenset(self.characterise) | self.objects | frozenset(self.prepositional)
                     | frozenset(self.request) | self.evidence)
            cached = _CUES[id(self)] = (self, _union(self.reporting, extra))
        return cached[1]


_CUES: dict[int, tuple[CueLexicon, frozenset[str]]] = {}  # id -> (the lexicon, its reporting cues); holds the
# lexicon, so its id is not reused


@lru_cache(maxsize=16)
def _union(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    return a | b


def _words(values: list[str]) -> frozenset[str]:
    return frozenset(v.lower() for v in values)


def _pairs(rows: list[list[str]]) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for verb, word in rows:
        out.setdefault(verb.lower(), set()).add(word.lower())
    return {k: frozenset(v) for k, v in out.items()}


def parse_lexicon(data: dict) -> CueLexicon:
    """Build a :class:`CueLexicon` from the parsed TOML tables."""
    verbs, phrases = data["verbs"], data["phrases"]
    return CueLexicon(
        speech=_words(verbs["speech"]),
        indirect=_words(verbs["indirect"]),
        intent=_words(verbs.get("intent", [])),
        phrasal=frozenset((a.lower(), b.lower()) for a, b in verbs.get("phrasal", [])),
        characterise=_pairs(verbs.get("characterise", [])),
        objects=_words(verbs.get("object", [])),
        prepositional=_pairs(verbs.get("prepositional", [])),
        request=_pairs(verbs.get("request", [])),
        evidence=_words(verbs.get("evidence", [])),
        addressee=_words(verbs["addressee"]),
        according={a.lower(): b.lower() for a, b in phrases["according"]},
        meeting=_words(phrases["meeting"]),
        colon_nouns=_words(phrases["colon_nouns"]),
        pronouns={k.lower(): Pronoun(v["kind"], v.get("gender")) for k, v in data["pronouns"].items()},
        person_nouns=_words(data["nominals"]["person"]),
        group_nouns=_words(data["nominals"]["group"]),
        people=_words(data["nominals"].get("people", [])),
        people_endings=tuple(w.lower() for w in data["nominals"].get("people_endings", [])),
        not_people=_words(data["nominals"].get("not_people", [])),
        documents=_words(data["nominals"]["documents"]),
        voices=_words(data["nominals"].get("voices", [])),
        naming=_words(data["nominals"]["naming"]),
        male=_words(data["gender"]["m"]),
        female=_words(data["gender"]["f"]),
        citing=_words(phrases.get("citing", [])),
        name_nouns=_words(data["nominals"].get("name_nouns", [])),
    )


def load_lexicon(path: str | Path | None = None) -> CueLexicon:
    """Load a cue lexicon from ``path``, or the packaged default."""
    if path is None:
        return default_lexicon()
    with open(path, "rb") as fh:
        return parse_lexicon(tomllib.load(fh))


@lru_cache(maxsize=1)
def default_lexicon() -> CueLexicon:
    """The packaged lexicon, parsed once per process."""
    ref = resources.files("dragoman") / "data" / "quotes" / "cues.toml"
    return parse_lexicon(tomllib.loads(ref.read_text(encoding="utf-8")))
