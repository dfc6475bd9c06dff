"""Count implausible quote speakers over PolNeAR articles: pronouns left unresolved, headings, and names
with a glued headline word.

    DRAGOMAN_EVAL_DIR=../shared/eval python scripts/check_speakers.py [-n 200] [--show]

Reads the first N articles of polnear_dev.jsonl, then polnear_train.jsonl (texts only, no gold), runs the
pipeline and sorts every quote's speaker (its actor's name, else its speaker text) into:

- ``pronoun``: no actor and the speaker text is a bare pronoun ("I", "he", "we") -- nobody was found;
- ``heading``: the speaker text is a whole line of the article on its own (a section heading, a byline,
  a caption) or runs over a line break;
- ``glued``: a name with a capitalised verb or headline word in it ("Ben Carson Defends",
  "Trump Says"), a word of the cue lexicon in any of its forms.

Prints the counts (and with ``--show`` the offending speakers). Needs the pinned spaCy model.
"""

from __future__ import annotations

import argparse
import json
import os
import re
from collections import Counter
from pathlib import Path

from dragoman.pipeline import Options, Pipeline
from dragoman.quotes import default_lexicon

_PRONOUNS = frozenset("i me we us you he him she her they them it".split())


def _forms(lemma: str) -> set[str]:
    """Regular inflections of a verb lemma (enough for headline words: says, defends, slammed, warning)."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    out = {lemma, lemma + "s", lemma + "es", lemma + "d", lemma + "ed", stem + "ed", stem + "ing"}
    if lemma.endswith("y"):
        out |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    return out


# Inflected forms that are also plural nouns of names ("United States", "Citizenship Services").
_NAME_PLURALS = frozenset({"states", "services", "affairs", "reports", "posts", "records", "notes", "answers"})


def verb_forms() -> frozenset[str]:
    """Inflected forms (not the bare lemma: "Post", "State" are name words) of the cue lexicon's verbs."""
    lex = default_lexicon()
    words = lex.speech | lex.indirect | lex.intent | frozenset(v for v, _ in lex.phrasal) | frozenset(lex.characterise)
    forms = {f for w in words for f in _forms(w) if f != w}
    return frozenset(forms | {"slams", "blasts", "rips", "defends", "hits", "knocks"}) - _NAME_PLURALS


def classify(speaker: str, text: str, lines: set[str], verbs: frozenset[str], has_actor: bool) -> str | None:
    """Which kind of implausible speaker ``speaker`` is, or None."""
    s = speaker.strip()
    if not has_actor and s.lower() in _PRONOUNS:
        return "pronoun"
    if "\n" in s or (len(s.split()) >= 1 and s in lines):
        return "heading"
    words = re.findall(r"[A-Za-z][\w'’-]*", s)
    if len(words) > 1 and any(w[0].isupper() and w.lower() in verbs for w in words[1:]):
        return "glued"
    return None


def articles(eval_dir: Path, n: int) -> list[dict]:
    rows: list[dict] = []
    for name in ("polnear_dev.jsonl", "polnear_train.jsonl"):
        path = eval_dir / name
        if not path.exists():
            continue
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if len(rows) >= n:
                    return rows
                if line.strip():
                    row = json.loads(line)
                    rows.append({"id": row["id"], "text": row["text"], "title": row.get("title"),
                                 "published": row.get("date")})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=200, help="articles to read (default 200)")
    parser.add_argument("--eval-dir", type=Path, default=Path(os.environ.get("DRAGOMAN_EVAL_DIR", "../shared/eval")))
    parser.add_argument("--show", action="store_true", help="list the offending speakers")
    args = parser.parse_args()
    rows = articles(args.eval_dir, args.n)
    pipeline = Pipeline(Options())
    verbs = verb_forms()
    counts: Counter[str] = Counter()
    shown: list[str] = []
    quotes = 0
    for row in rows:
        report = pipeline.read_text(row["text"], title=row["title"], published=row["published"],
                                    doc_id=row["id"], source=row["id"])
        names = {a.id: a.name for a in report.actors}
        lines = {line.strip() for line in report.text.splitlines() if line.strip()}
        for q in report.quotes:
            speaker = names.get(q.speaker) or q.speaker_text
            if not speaker:
                continue
            quotes += 1
            kind = classify(speaker, report.text, lines, verbs, q.speaker is not None)
            if kind:
                counts[kind] += 1
                shown.append(f"{kind:8} {speaker!r:40} {row['id']}  {q.text[:60]!r}")
    print(f"articles {len(rows)}  quotes with a speaker {quotes}")
    for kind in ("pronoun", "heading", "glued"):
        print(f"{kind:8} {counts[kind]}")
    if args.show:
        print("\n".join(shown))


if __name__ == "__main__":
    main()
