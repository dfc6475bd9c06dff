"""The resolved actors of one article, searchable by character span."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from dragoman.records import Actor, Event, Quote


class ActorTable:
    """Actors with their mentions; answers "who is mentioned here?"."""

    def __init__(self, actors: Iterable[Actor] = (), *, bystanders: Iterable[str] = ()) -> None:
        self.actors: list[Actor] = list(actors)
        self.bystanders = frozenset(bystanders)  # ids of states named but not acting: actors only if taken up
        self._reindex()

    def _reindex(self) -> None:
        spans = [(s, e, a) for a in self.actors for s, e in a.mentions]
        spans.sort(key=lambda x: (x[0], x[1]))
        self._spans = spans
        self._starts = [s for s, _, _ in spans]
        self._longest = max((e - s for s, e, _ in spans), default=0)
        self._by_id = {a.id: a for a in self.actors}

    def get(self, actor_id: str | None) -> Actor | None:
        return self._by_id.get(actor_id) if actor_id else None

    def mentions_in(self, start: int, end: int) -> list[tuple[Actor, tuple[int, int]]]:
        """Mentions overlapping [start, end), in text order."""
        lo = bisect_left(self._starts, start - self._longest)  # nothing earlier can reach ``start``
        hi = bisect_right(self._starts, end)
        return [(a, (s, e)) for s, e, a in self._spans[lo:hi] if s < end and e > start]

    def actor_at(self, start: int, end: int) -> Actor | None:
        """The actor whose mention best covers [start, end), if any."""
        best, best_overlap = None, 0
        for actor, (s, e) in self.mentions_in(start, end):
            overlap = min(e, end) - max(s, start)
            if overlap > best_overlap:
                best, best_overlap = actor, overlap
        return best

    def add_mention(self, actor_id: str, span: tuple[int, int]) -> None:
        """Record a further mention (a resolved pronoun, say) of an actor."""
        actor = self._by_id[actor_id]
        if span not in actor.mentions:
            actor.mentions.append(span)
            actor.mentions.sort()
            self._reindex()

    def add(self, actor: Actor) -> Actor:
        """Add a new actor (its id must be unique) and return it."""
        if actor.id in self._by_id:
            raise ValueError(f"duplicate actor id {actor.id}")
        self.actors.append(actor)
        self._reindex()
        return actor

    def reported(self, quotes: Iterable[Quote], events: Iterable[Event]) -> list[Actor]:
        """The actors a report lists: every one but the bystanders that no quote or event takes up."""
        used = {q.speaker for q in quotes} | {q.addressee for q in quotes} \
            | {e.source for e in events} | {e.target for e in events}
        return [a for a in self.actors if a.id not in self.bystanders or a.id in used]

    def next_id(self) -> str:
        return f"A{len(self.actors) + 1}"
