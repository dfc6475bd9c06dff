"""Reciprocal events: two coordinated parties of a mutual act ("A and B met", "A and B renewed
ties", "A and B signed an accord"). With no other target named, each is the source of one event
and the target of the other's, as event coders (PETRARCH, ICEWS) record a dyad."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T", bound=tuple)

# types whose act is mutual between its parties; violence is not ("A and B attacked": whom?)
MUTUAL_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})


def reciprocal_pairs(parties: Sequence[T], kind: str, verb: bool = True, mutual: bool = False) -> list[tuple[T, T]]:
    """(source, target) pairs among coordinated parties with no other target: both directions
    for the two subjects of a verb of mutual act ("A and B met": A->B, B->A); otherwise (a noun's
    parties, a longer list such as a summit's roll call) the first named acting on each other
    one; ``mutual`` gives both directions whatever the type (a verb of a joint act: "A and B
    delayed their meeting"). ``parties`` are the finder's (actor, inferred, token) tuples, in text order."""
    distinct = [p for n, p in enumerate(parties) if all(q[0].id != p[0].id for q in parties[:n])]
    if len(distinct) == 2 and (kind in MUTUAL_TYPES or mutual) and verb:
        return [(distinct[0], distinct[1]), (distinct[1], distinct[0])]
    return [(distinct[0], t) for t in distinct[1:]]
