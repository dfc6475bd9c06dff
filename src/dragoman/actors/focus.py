"""The article's focus country: where the story happens, the last resort for an actor's country.

Votes, not a count of country names: a state named in the text counts once per mention; a place
the gazetteer resolves below the state (a city, county, province, US state) counts twice, since a
story is told from where it happens ("Northamptonshire police", "in Croydon"); the first state or
place the headline names counts three more. A dateline decides alone.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from dragoman.actors import words
from dragoman.actors.lexicon import Lexicon
from dragoman.actors.normalize import name_key
from dragoman.context import Context
from dragoman.tokenfind import flags

PLACE_WEIGHT = 2
HEADLINE_WEIGHT = 3
_WORD = re.compile(r"[^\W\d_][\w.'’-]*", re.UNICODE)


def place_votes(doc: Doc, lex: Lexicon) -> Counter[str]:
    """Places below the state (``lex.places``, capitals) the text names, by country; country names not."""
    votes: Counter[str] = Counter()
    caps = flags(doc, words.capitalised_text)
    i, n = 0, len(doc)
    while i < n:
        if not caps[i]:
            i += 1
            continue
        hit = words.country_starting(doc, i, n, lex)
        if hit is not None:
            i = hit[0]
            continue
        hit = words.local_place_starting(doc, i, n, lex)  # no country word starts here
        if hit is None or doc[i].ent_type_ == "PERSON":  # "Mara Lindqvist": a given name, no region
            i = hit[0] if hit is not None else i + 1
            continue
        votes[hit[1]] += 1
        i = hit[0]
    return votes


def headline_country(title: str | None, lex: Lexicon) -> str | None:
    """The first state or place the headline names ("UK urges US ..." -> GBR)."""
    if not title:
        return None
    tokens = [m.group(0).rstrip(".'’") if not m.group(0).endswith("S.") else m.group(0)
              for m in _WORD.finditer(title)]
    tokens = [re.sub(r"['’]s$", "", t) for t in tokens]
    for i, tok in enumerate(tokens):
        if not tok[:1].isupper():
            continue
        for n in range(min(4, len(tokens) - i), 0, -1):
            key = name_key(" ".join(tokens[i:i + n]))
            code = lex.country_of_word(key) or lex.capitals.get(key) or lex.places.get(key)
            if code:
                return code
    return None


def focus_country(doc: Doc, ctx: Context, lex: Lexicon, named: Counter[str]) -> tuple[str | None, str]:
    """(country, how it was found); ``named`` counts the country words of the text."""
    if ctx.dateline:
        key = name_key(ctx.dateline.split(",")[0])
        code = lex.country_words.get(key) or lex.capitals.get(key) or lex.places.get(key)
        if code:
            return code, "dateline"
    votes: Counter[str] = Counter(named)
    for code, count in place_votes(doc, lex).items():
        votes[code] += PLACE_WEIGHT * count
    head = headline_country(ctx.article.title, lex)
    if head:
        votes[head] += HEADLINE_WEIGHT
    if not votes:
        return None, ""
    code, _ = max(votes.items(), key=lambda kv: (kv[1], kv[0] == head))
    return code, "places and states the article names"
