"""Event-coding evaluations beyond the article gold sets.

- PETRARCH validation suites: code each sentence with the suite's own test
  dictionaries (actors, agents, CAMEO verbs) and report exact agreement of
  the (source, target, code) set per sentence, at full-code and root-code level.
- PLOVER GSR (CAMEO manual examples): event type accuracy, source/target country.
- NGEC synthetic stories: document-level type accuracy (most frequent coded type).
- Article gold (seed, wikinews_dev): the project's article scorer on events
  only, plus how many predicted events match nothing in the gold.

The PETRARCH coder here is deliberately small: dictionary verbs (with their
``* NOUN`` object patterns) on the spaCy parse, actors by dictionary phrase,
agents appended to the nearest actor's code. It measures how far the
dictionaries plus our argument finding go, not a PETRARCH re-implementation.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from dragoman.events.arguments import expand, is_passive, verb_agents
from dragoman.records import Report

PETR1_DIR = "validate_petr1"
UD_PETR_DIR = "validate_ud_petr"
OLD_PLOVER = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
_BRACKET = re.compile(r"\[([^\]]*)\]")
_HEADER = re.compile(r"^---\s*(\S+)\s*\[([^\]]*)\]\s*---")
_NULL = {"---", "+++", ""}


def _jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def _strip(line: str) -> str:
    if line.lstrip().startswith("<!") or "-->" in line:
        return ""
    return line.split("#", 1)[0].rstrip()


# ---------------------------------------------------------------- dictionaries


@dataclass(slots=True)
class VerbDictionary:
    """CAMEO verb dictionary reduced to verb form -> code, plus ``* NOUN`` object overrides."""

    codes: dict[str, str] = field(default_factory=dict)
    objects: dict[tuple[str, str], str] = field(default_factory=dict)

    def code(self, verb: Token) -> str | None:
        for key in (verb.lemma_.upper(), verb.text.upper()):
            if key in self.codes:
                for obj in (c for c in verb.children if c.dep_ in ("dobj", "attr", "nsubjpass")):
                    hit = self.objects.get((key, obj.lemma_.upper())) or self.objects.get((key, obj.text.upper()))
                    if hit:
                        return hit
                return self.codes[key]
        return None


def read_verbs(path: Path) -> VerbDictionary:
    """Read a PETRARCH verb dictionary (TABARI-style or CAMEO 2.0 blocks)."""
    out = VerbDictionary()
    block_code: str | None = None
    verbs: list[str] = []
    in_synset = False
    for raw in path.read_text("utf-8", errors="replace").splitlines():
        line = _strip(raw)
        text = line.strip()
        if not text:
            continue
        head = _HEADER.match(text)
        if head:
            block_code, verbs, in_synset = head.group(2).strip(), [], False
            continue
        if text.startswith("&"):
            in_synset = True
            continue
        if in_synset and text.startswith("+"):
            continue
        if text.startswith("-"):
            codes = _BRACKET.findall(text)
            words = _BRACKET.sub("", text[1:]).split()
            if codes and len(words) == 2 and words[0] == "*" and words[1].isalpha():
                for v in verbs:
                    out.objects[(v, words[1].upper())] = codes[0].strip()
            continue
        if block_code is None:
            continue
        in_synset = False
        form = re.sub(r"\{[^}]*\}", "", text).lstrip("+").split()
        if not form:
            continue
        verb = form[0].split("_")[0].upper()
        code = (_BRACKET.findall(text) or [block_code])[0].strip()
        if verb and code not in _NULL:
            out.codes.setdefault(verb, code)
            verbs.append(verb)
    return out


@dataclass(slots=True)
class ActorDictionary:
    """Actor phrases (lower-case word tuples) -> code, stems -> code, agent phrases -> code."""

    phrases: dict[tuple[str, ...], str] = field(default_factory=dict)
    stems: list[tuple[str, str]] = field(default_factory=list)
    agents: dict[tuple[str, ...], str] = field(default_factory=dict)
    longest: int = 1


def _read_actor_file(path: Path, into: ActorDictionary) -> None:
    try:  # the actors stage's importer, when it is installed
        from dragoman.actors.petrarch import read_actors
    except ImportError:
        read_actors = None
    if read_actors is not None:
        part = read_actors(path)
        for names, entry in part.entries:
            for name in names:
                words = tuple(name.lower().split())
                if words and entry.code:
                    into.phrases.setdefault(words, entry.code)
        into.stems.extend((stem.lower(), entry.code) for stem, entry in part.stems if entry.code)
        return
    code = None
    for raw in path.read_text("utf-8", errors="replace").splitlines():
        line = _strip(raw).strip()
        if not line:
            continue
        codes = _BRACKET.findall(line)
        name = _BRACKET.sub("", line).lstrip("+").strip()
        if codes:
            code = codes[0].split()[0] if codes[0].split() else None
        if name and code and code not in _NULL:
            into.phrases.setdefault(tuple(name.replace("_", " ").lower().split()), code)


def _read_agent_file(path: Path, into: ActorDictionary) -> None:
    for raw in path.read_text("utf-8", errors="replace").splitlines():
        line = _strip(raw)
        codes = _BRACKET.findall(line)
        if not codes or "!" in line:
            continue
        head = re.sub(r"\{[^}]*\}", "", line.split("[", 1)[0]).strip()
        words = tuple(head.replace("_", " ").lower().split())
        if words:
            code = codes[0].strip()
            into.agents.setdefault(words, code)
            into.agents.setdefault(words[:-1] + (words[-1] + "s",), code)


def load_suite_dictionaries(folder: Path) -> tuple[ActorDictionary, VerbDictionary]:
    """The actor, agent and verb dictionaries of one validation-suite folder."""
    actors = ActorDictionary()
    verbs = VerbDictionary()
    for f in sorted(folder.glob("*.txt")):
        low = f.name.lower()
        if "actors" in low:
            _read_actor_file(f, actors)
        elif "agents" in low:
            _read_agent_file(f, actors)
        elif "verbs" in low:
            verbs = read_verbs(f)
    actors.longest = max((len(k) for k in (*actors.phrases, *actors.agents)), default=1)
    return actors, verbs


# ---------------------------------------------------------------- coding


def _mentions(doc: Doc, table: dict[tuple[str, ...], str], longest: int,
              stems: Iterable[tuple[str, str]] = ()) -> dict[int, str]:
    """Token index -> code for every dictionary phrase in the doc (longest match first)."""
    words = [t.text.lower() for t in doc]
    out: dict[int, str] = {}
    i = 0
    stems = list(stems)
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            code = table.get(tuple(words[i:i + n]))
            if code:
                for k in range(i, i + n):
                    out[k] = code
                i += n
                break
        else:
            code = next((c for s, c in stems if words[i].startswith(s)), None)
            if code and doc[i].pos_ in ("PROPN", "ADJ", "NOUN"):
                out[i] = code
            i += 1
    return out


def _agent_code(country: str, agent: str) -> str:
    if agent.startswith("~"):
        return country + agent[1:]
    if agent.endswith("~"):
        return agent[:-1] + country
    return agent


def _phrase_codes(tok: Token, actors: dict[int, str], agents: dict[int, str]) -> set[str]:
    """The codes of a noun phrase: its actors (the first, and those coordinated
    with it: "lawmakers in A and B"), each with the phrase's agent role appended."""
    span = [t for t in tok.subtree if t.i <= tok.i or t.dep_ in ("compound", "appos", "pobj", "prep", "conj")]
    span = [t for t in span if abs(t.i - tok.i) <= 8 and t.i in actors]
    if not span:
        return set()
    first = span[0]
    countries = [actors[first.i]] + [actors[t.i] for t in span[1:] if t.dep_ == "conj"]
    agent = agents.get(tok.i) or next((agents[t.i] for t in tok.subtree if t.i in agents and abs(t.i - tok.i) <= 8), None)
    return {_agent_code(c, agent) if agent and len(c) == 3 else c for c in countries}


def _targets(verb: Token) -> list[Token]:
    if is_passive(verb):
        out = [c for c in verb.children if c.dep_ == "nsubjpass"]
    else:
        out = [c for c in verb.children if c.dep_ in ("dobj", "dative", "attr")]
    for c in verb.children:
        if c.dep_ == "prep":
            out.extend(g for g in c.children if g.dep_ == "pobj")
        elif c.dep_ == "dobj":  # "restored ties with X"
            for p in (g for g in c.children if g.dep_ == "prep"):
                out.extend(g for g in p.children if g.dep_ == "pobj")
        elif c.dep_ == "xcomp":
            out.extend(g for g in c.children if g.dep_ == "dobj")
            for p in (g for g in c.children if g.dep_ == "prep"):
                out.extend(g for g in p.children if g.dep_ == "pobj")
    return out


def code_sentence(doc: Doc, actors: ActorDictionary, verbs: VerbDictionary) -> set[tuple[str, str, str]]:
    """(source, target, code) triples for one parsed sentence."""
    actor_at = _mentions(doc, actors.phrases, actors.longest, actors.stems)
    agent_at = _mentions(doc, {k: v for k, v in actors.agents.items()}, actors.longest)
    out: set[tuple[str, str, str]] = set()
    for tok in doc:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        code = verbs.code(tok)
        if not code:
            continue
        sources = {c for t in expand(verb_agents(tok)) for c in _phrase_codes(t, actor_at, agent_at)}
        targets = {c for t in expand(_targets(tok)) for c in _phrase_codes(t, actor_at, agent_at)}
        first, _, second = code.partition(":")
        for s in sources:
            for t in targets:
                if s == t:
                    continue
                if first not in _NULL:
                    out.add((s, t, first))
                if second and second not in _NULL:
                    out.add((t, s, second))
    return out


def _root(triples: Iterable[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    return {(s, t, c[:2]) for s, t, c in triples}


def score_petrarch(path: Path, dictionaries: Path, nlp: Language) -> dict[str, Any]:
    """Exact (source, target, code) agreement per sentence with a PETRARCH suite."""
    actors, verbs = load_suite_dictionaries(dictionaries)
    rows = list(_jsonl(path))
    exact = exact_root = 0
    tp = fp = fn = 0
    for row, doc in zip(rows, nlp.pipe(r["text"] for r in rows)):
        gold = {(e["source"], e["target"], e["code"]) for e in row.get("expected", [])}
        pred = code_sentence(doc, actors, verbs)
        exact += pred == gold
        exact_root += _root(pred) == _root(gold)
        tp += len(pred & gold)
        fp += len(pred - gold)
        fn += len(gold - pred)
    n = len(rows)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {
        "sentences": n,
        "exact_full": round(exact / n, 4) if n else 0.0,
        "exact_root": round(exact_root / n, 4) if n else 0.0,
        "events": {"precision": round(p, 4), "recall": round(r, 4),
                   "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0, "gold": tp + fn, "predicted": tp + fp},
        "dictionary": {"verbs": len(verbs.codes), "actors": len(actors.phrases), "agents": len(actors.agents)},
    }


# ---------------------------------------------------------------- PLOVER GSR and NGEC

Predict = Callable[[str], Report]


def _top(report: Report):
    return max(report.events, key=lambda e: e.confidence, default=None)


def _actor(report: Report, actor_id: str | None):
    return next((a for a in report.actors if a.id == actor_id), None)


def _gold_codes(value: Any) -> set[str]:
    items = value if isinstance(value, list) else []
    return {str(i.get("code", ""))[:3] for i in items if isinstance(i, dict) and i.get("code")}


def _country_ok(actor, codes: set[str]) -> bool:
    if actor is None:
        return False
    if actor.sector == "IGO" and "IGO" in codes:
        return True
    return bool(actor.country) and actor.country in codes


def score_gsr(path: Path, predict: Predict) -> dict[str, Any]:
    """PLOVER type accuracy (top event, any event) and source/target country accuracy."""
    n = coded = top_ok = any_ok = 0
    src = [0, 0]
    tgt = [0, 0]
    for row in _jsonl(path):
        gold = OLD_PLOVER.get(row["event"], row["event"])
        report = predict(row["text"])
        n += 1
        top = _top(report)
        coded += top is not None
        top_ok += bool(top and top.type == gold)
        any_ok += any(e.type == gold for e in report.events)
        s_codes, t_codes = _gold_codes(row.get("source")), _gold_codes(row.get("target"))
        if s_codes:
            src[1] += 1
            src[0] += bool(top and _country_ok(_actor(report, top.source), s_codes))
        if t_codes:
            tgt[1] += 1
            tgt[0] += bool(top and _country_ok(_actor(report, top.target), t_codes))
    ratio = lambda a, b: round(a / b, 4) if b else 0.0  # noqa: E731
    return {"records": n, "coded": ratio(coded, n), "type_top": ratio(top_ok, n), "type_any": ratio(any_ok, n),
            "source_country": ratio(*src), "target_country": ratio(*tgt)}


def document_type(report: Report) -> str | None:
    """The most frequent coded type of a document (ties: higher summed confidence)."""
    counts: Counter[str] = Counter()
    weight: Counter[str] = Counter()
    for e in report.events:
        counts[e.type] += 1
        weight[e.type] += e.confidence
    if not counts:
        return None
    return max(counts, key=lambda t: (counts[t], weight[t]))


def score_ngec(path: Path, predict: Predict, *, sample: int = 500, seed: int = 0) -> dict[str, Any]:
    """Document-level type accuracy on a seeded random sample of the synthetic stories."""
    rows = list(_jsonl(path))
    if sample and sample < len(rows):
        rows = random.Random(seed).sample(rows, sample)
    correct = coded = 0
    for row in rows:
        found = document_type(predict(row["text"]))
        coded += found is not None
        correct += found == OLD_PLOVER.get(row["event"], row["event"])
    n = len(rows)
    return {"documents": n, "sample_seed": seed, "coded": round(coded / n, 4) if n else 0.0,
            "type_accuracy": round(correct / n, 4) if n else 0.0,
            "type_accuracy_when_coded": round(correct / coded, 4) if coded else 0.0}


# ---------------------------------------------------------------- article gold (seed, wikinews)


def article_gold(path: Path) -> Iterator[dict[str, Any]]:
    """Gold articles with their text; the seed's text is read from ``file`` beside the eval folder."""
    if path.suffix == ".json":
        gold = json.loads(path.read_text("utf-8"))
        if "text" not in gold and gold.get("file"):
            sample = path.parent.parent / gold["file"]
            gold = {**gold, "text": sample.read_text("utf-8"), "source": str(sample), "raw_file": True}
        yield gold
        return
    yield from _jsonl(path)


def score_article_events(path: Path, pipeline) -> dict[str, Any]:
    """Event P/R/F1 (type + source + target, names by surname/containment; optional gold
    neutral; one-to-one pairing) over a gold file, with predictions matching nothing counted."""
    from dragoman.evaluation.gold import ArticleScore, _event_matches, score_article

    total = ArticleScore()
    nothing = predicted = 0
    for gold in article_gold(path):
        if gold.get("raw_file"):
            report = pipeline.read_text(gold["text"], source=gold["source"], doc_id=gold.get("id"))
        else:
            report = pipeline.read_text(gold["text"], title=gold.get("title"), published=gold.get("published"),
                                        doc_id=gold.get("id"), source=str(gold.get("id")))
        items = gold.get("events", [])
        score_article({"events": items}, report, total)
        predicted += len(report.events)
        nothing += sum(1 for e in report.events if not any(_event_matches(g, e, report) for g in items))
    figures = total.events.figures()
    date = total.event_date
    # Lenient precision: a prediction is false only when it matches no gold item at all, so the
    # dyads of one gold event with several acceptable targets ("A met B, C and D") are not
    # counted against the compound expansion the stage does.
    hits = total.events.tp_pred
    p_len = hits / (hits + nothing) if hits + nothing else 0.0
    r = figures["recall"]
    return {**figures, "events_predicted": predicted, "matching_nothing": nothing,
            "precision_lenient": round(p_len, 4),
            "f1_lenient": round(2 * p_len * r / (p_len + r), 4) if p_len + r else 0.0,
            "date_accuracy": round(date[0] / date[1], 4) if date[1] else None}
