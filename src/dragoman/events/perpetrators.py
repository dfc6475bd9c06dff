"""Unnamed perpetrators of violence ("multiple assailants attacked X", "gunmen kidnapped Y"): the
noun phrase becomes an actor of its own (an organisation of sector CRM, with no country),
so that the act on a named victim is coded."""

from __future__ import annotations

from spacy.tokens import Token

from dragoman.actors.normalize import stable_id
from dragoman.actors.table import ActorTable
from dragoman.events.groups import _register
from dragoman.records import Actor

PERPETRATORS = frozenset({"assailant", "attacker", "gunman", "gunmen", "assassin", "kidnapper", "abductor",
                          "bomber", "hijacker", "raider", "shooter", "stabber", "arsonist"})
VIOLENT = frozenset({"ASSAULT", "COERCE"})


def perpetrator(tok: Token, kind: str, table: ActorTable) -> Actor | None:
    """An actor for a perpetrator noun acting in a violent or coercive event, found in or added to
    ``table``; None for other nouns or types."""
    if kind not in VIOLENT or tok.pos_ != "NOUN" or tok.lemma_.lower() not in PERPETRATORS:
        return None
    first = min((c.i for c in tok.children if c.i < tok.i and c.dep_ in ("amod", "nummod", "compound")),
                default=tok.i)
    words = tok.doc[first:tok.i + 1]
    name = words.text[:1].upper() + words.text[1:]
    span = (words.start_char, words.end_char)
    same = next((a for a in table.actors if a.name.lower() == name.lower()), None)
    return _register(table, same, span, lambda: Actor(
        id=table.next_id(), name=name, kind="organization", sector="CRM", mentions=[span],
        why=[f"events: unnamed perpetrators {words.text!r} of a violent act"],
        stable_id=f"{stable_id(name, None)}.crm"))
