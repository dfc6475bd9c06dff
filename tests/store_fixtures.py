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


# --- a corpus of invented news for the dashboard's screenshots and browser tests -----------------------------------

CAPITALS = [("Abuja", "NGA", 9.06, 7.49), ("Moscow", "RUS", 55.75, 37.62), ("Stockholm", "SWE", 59.33, 18.07),
            ("Beirut", "LBN", 33.89, 35.50), ("Paris", "FRA", 48.86, 2.35), ("Tokyo", "JPN", 35.68, 139.69),
            ("Brasilia", "BRA", -15.79, -47.88), ("Prague", "CZE", 50.08, 14.44), ("Warsaw", "POL", 52.23, 21.01),
            ("Mexico City", "MEX", 19.43, -99.13), ("Tbilisi", "GEO", 41.72, 44.79), ("Nairobi", "KEN", -1.29, 36.82),
            ("New Delhi", "IND", 28.61, 77.21), ("Cairo", "EGY", 30.04, 31.24), ("Buenos Aires", "ARG", -34.60, -58.38),
            ("Jakarta", "IDN", -6.21, 106.85), ("Canberra", "AUS", -35.28, 149.13), ("Ottawa", "CAN", 45.42, -75.70)]
VERBS = {"CONSULT": "met", "AGREE": "signed a deal with", "SUPPORT": "praised", "AID": "sent aid to",
         "REQUEST": "asked for help from", "ACCUSE": "accused", "REJECT": "rejected a proposal by",
         "THREATEN": "threatened", "PROTEST": "protested against", "SANCTION": "imposed sanctions on",
         "ASSAULT": "attacked", "COERCE": "arrested supporters of"}
CAMEO = {"CONSULT": "040", "AGREE": "057", "SUPPORT": "051", "AID": "070", "REQUEST": "020", "ACCUSE": "112",
         "REJECT": "120", "THREATEN": "130", "PROTEST": "140", "SANCTION": "163", "ASSAULT": "190", "COERCE": "170"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def corpus(articles: int = 200, *, seed: int = 18) -> list[Report]:
    """``articles`` invented news reports (about one in seven a syndicated copy of an earlier one): people of
    eighteen countries, events of twelve PLOVER types placed in capitals, some negated or hypothetical, quotes,
    times and places."""
    from dragoman.records import Place, PlaceRef, Time

    rng = random.Random(seed)
    people = [(f"{FIRST[i % 10]} {LAST[(i // 10) % 10]}", CAPITALS[(i * 7) % len(CAPITALS)][1]) for i in range(60)]
    reports: list[Report] = []
    while len(reports) < articles:
        n = len(reports)
        if n > 10 and rng.random() < 0.15:  # a copy of an earlier story, under another outlet's URL
            original = reports[rng.randrange(n)]
            if not original.id.startswith("copy"):
                reports.append(Report(id=f"copy-{n:03d}", source=f"https://wire.example.org/{n}", title=original.title,
                                      published=original.published, text=original.text + " (Wire copy.)",
                                      actors=original.actors, quotes=original.quotes, events=original.events,
                                      times=original.times, places=original.places))
                continue
        month, day = 1 + rng.randrange(6), 1 + rng.randrange(28)
        published = f"2024-{month:02d}-{day:02d}"
        city, country, lat, lon = CAPITALS[rng.randrange(len(CAPITALS))]
        cast = rng.sample(people, 3)
        text, actors, events, spans = f"{city.upper()} - ", {}, [], []

        def actor_id(person: tuple[str, str]) -> str:
            if person[0] not in actors:
                actors[person[0]] = Actor(id=f"A{len(actors) + 1}", name=person[0], kind="person", country=person[1],
                                          sector="GOV", mentions=[])
            return actors[person[0]].id

        weekday = rng.choice(WEEKDAYS)
        for k, (a, b) in enumerate([(cast[0], cast[1]), (cast[2], cast[0]), (cast[1], cast[2])][: 1 + rng.randrange(3)]):
            kind = rng.choice(list(VERBS))
            negated = rng.random() < 0.08
            modality = "hypothetical" if not negated and rng.random() < 0.06 else None
            start = len(text)
            if negated:
                text += f"A spokesman denied that {a[0]} had {VERBS[kind]} {b[0]}"
            else:
                text += f"{a[0]} {'may have ' if modality else ''}{VERBS[kind]} {b[0]}"
            a_start = text.index(a[0], start)
            b_start = text.index(b[0], a_start + len(a[0]))
            actor_id(a), actor_id(b)
            actors[a[0]].mentions.append((a_start, a_start + len(a[0])))
            actors[b[0]].mentions.append((b_start, b_start + len(b[0])))
            evidence = Span(start=start, end=len(text))
            if k == 0:
                text += f" in {city} on {weekday}"
                spans.append(("place", text.rindex(city), city))
                spans.append(("time", text.rindex(weekday), weekday))
            text += ". "
            events.append(Event(id=f"E{k + 1}", type=kind, cameo=CAMEO[kind], source=actors[a[0]].id,
                                target=actors[b[0]].id, date=published, negated=negated, modality=modality,
                                place=PlaceRef(name=city, country=country, lat=lat, lon=lon), evidence=evidence))
        said = rng.choice(["We will not accept this", "The talks were useful", "Our door remains open",
                           "This is a grave mistake", "We expect results within weeks"])
        q_start = len(text) + 1
        text += f"\u201c{said},\u201d {cast[0][0]} said."
        s_start = text.rindex(cast[0][0])
        actors[cast[0][0]].mentions.append((s_start, s_start + len(cast[0][0])))
        quotes = [Quote(id="Q1", text=said + ",", start=q_start, end=q_start + len(said) + 1, kind="direct",
                        speaker=actors[cast[0][0]].id, speaker_text=cast[0][0], cue="said", confidence=0.9)]
        times = [Time(text=t, start=s, end=s + len(t), type="DATE", value=published) for kind, s, t in spans if kind == "time"]
        places = [Place(text=t, start=s, end=s + len(t), name=city, country=country, lat=lat, lon=lon)
                  for kind, s, t in spans if kind == "place"]
        reports.append(Report(id=f"news-{n:03d}", source=f"https://daily.example.org/{n}",
                              title=f"{cast[0][0]} and {cast[1][0]} in {city}", published=published, text=text,
                              actors=list(actors.values()), quotes=quotes, events=events, times=times, places=places))
    return reports
