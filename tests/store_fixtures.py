"""Hand-built reports for store tests: invented stories, no model needed."""

from __future__ import annotations

import random

from dragoman.records import Actor, Event, Quote, Report, Span

FIRST = ["Amara", "Boris", "Chen", "Dalia", "Emeka", "Farid", "Greta", "Hiro", "Ines", "Jonas"]
LAST = ["Okafor", "Petrov", "Lindqvist", "Haddad", "Moreau", "Tanaka", "Silva", "Novak", "Kowalski", "Ruiz"]
COUNTRIES = ["NGA", "RUS", "SWE", "LBN", "FRA", "JPN", "BRA", "CZE", "POL", "MEX"]


def story(n: int, *, copy: bool = False) -> Report:
    """Story ``n``; the copy is the same story syndicated with small edits under another URL."""
    rng = random.Random(n)
    a = f"{FIRST[n % 10]} {LAST[(n // 10) % 10]}"
    b = f"{FIRST[(n + 3) % 10]} {LAST[(n // 10 + 5) % 10]}"
    day = f"2024-{1 + n % 12:02d}-{1 + n % 27:02d}"
    filler = " ".join(rng.choice(["Talks", "covered", "trade", "energy", "borders", "and", "security", "water",
                                   "rights", "fishing", "quotas", "for", "the", "coming", "season"]) for _ in range(60))
    lead = f"{a} met {b} in the capital on Monday. “We agreed on a plan,” {a} said. {filler}."
    text = lead + (" This story was updated with more detail." if copy else " Reporting by our staff.")
    actors = [Actor(id="A1", name=a, kind="person", country=COUNTRIES[n % 10], sector="GOV", mentions=[(0, len(a))]),
              Actor(id="A2", name=b, kind="person", country=COUNTRIES[(n + 3) % 10], sector="GOV",
                    mentions=[(len(a) + 5, len(a) + 5 + len(b))])]
    start = text.index("We agreed")
    return Report(
        id=f"{'copy' if copy else 'orig'}-{n:03d}", source=f"https://{'wire' if copy else 'daily'}.example.org/{n}",
        text=text, published=day, actors=actors,
        quotes=[Quote(id="Q1", text="We agreed on a plan", start=start, end=start + 19, kind="direct", speaker="A1")],
        events=[Event(id="E1", type="CONSULT", cameo="040", source="A1", target="A2", date=day,
                      evidence=Span(start=0, end=len(a) + 5 + len(b)))],
    )
