"""Acts whose author and victim the text states apart: an attack reported without its author and
claimed later ("X claimed responsibility for the attack"), and a victim of an agentless passive
killed "in" an act whose author the article gave ("Y, who was killed in the airstrike")."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from dragoman.actors.table import ActorTable
from dragoman.events.arguments import claimer, is_passive
from dragoman.events.groups import state_actor
from dragoman.events.implicit import ACT_ANAPHORS
from dragoman.events.predicates import Predicate, lemma
from dragoman.records import Event

# types whose unattributed victims wait for a claim, and the act nouns a victim dies "in"
VIOLENT = frozenset({"ASSAULT"})
IN_PREPS = frozenset({"in", "during"})
VIOLENT_NOUNS = frozenset({"airstrike", "airstrikes", "strike", "strikes", "attack", "attacks", "bombing",
                           "bombings", "raid", "raids", "shelling", "assault", "ambush", "explosion", "blast"})


class Orphans:
    """Victims of violent acts stated without an author, in text order, for a later claim."""

    def __init__(self) -> None:
        self._acts: list[tuple[int, list[tuple], str | None]] = []

    def add(self, pred: Predicate, goals: list[tuple], country: str | None = None) -> None:
        """An unattributed act, with its victims and the country it took place in (either may be missing)."""
        if pred.entry.type in VIOLENT and (goals or country):
            self._acts.append((pred.token.idx, goals, country))

    def claimed(self, pred: Predicate, actors: ActorTable) -> list[tuple]:
        """The victims of the latest unattributed act before a claimed act noun; when the text names
        none, the state of the country the act took place in ("bombs hit a cathedral in Jolo")."""
        if pred.kind != "N" or pred.entry.type not in VIOLENT or not claimer(pred.token):
            return []
        return self.latest(pred.token, actors)

    def latest(self, tok: Token, actors: ActorTable) -> list[tuple]:
        """The victims of the latest unattributed act before ``tok``, else the state of its country."""
        before = [(goals, country) for at, goals, country in self._acts if at < tok.idx]
        if not before:
            return []
        goals, country = before[-1]
        if goals:
            return [(a, True, tok) for a, _, _ in goals]
        if country is None:
            return []
        state = state_actor(country, tok, actors, "events: the state where a claimed attack took place")
        return [(state, True, tok)]


def killed_in(pred: Predicate, earlier: Sequence[Event], actors: ActorTable, finder) -> list[tuple]:
    """The author of the act an agentless passive's victim suffered "in": the act noun's own
    possessor or "by" phrase, else the author of the latest violent event before it."""
    verb = pred.token
    if pred.kind != "V" or pred.entry.type not in VIOLENT or not is_passive(verb):
        return []
    for prep in (c for c in verb.children if c.dep_ == "prep" and lemma(c) in IN_PREPS):
        for noun in (g for g in prep.children if g.dep_ == "pobj"):
            if noun.lower_ not in VIOLENT_NOUNS and lemma(noun) not in ACT_ANAPHORS:
                continue
            own = [c for c in noun.children if c.dep_ == "poss"] + [
                g for c in noun.children if c.dep_ in ("prep", "agent") and lemma(c) == "by"
                for g in c.children if g.dep_ == "pobj"]
            if own:
                return finder.actors(own)
            if not any(c.dep_ == "det" and lemma(c) in ("the", "this", "that") for c in noun.children):
                return []
            before = [ev for ev in earlier if ev.type in VIOLENT and ev.evidence.end <= verb.idx and not ev.negated]
            actor = actors.get(before[-1].source) if before else None
            return [(actor, True, noun)] if actor is not None else []
    return []


