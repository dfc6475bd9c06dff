"""Static ReDoS checks for Python regular expressions: regexploit, and two checks of our own.

Three checks, because regexploit misses what the cleaner's share bar, byline and metadata-date
patterns did before they were fixed (issue 19):

- **regexploit** (PyPI, 1.0) finds runs of unbounded repeats that can all match the same characters
  before a character that makes the match fail (``\\s*(.*?)\\s*\\[`` on a line of spaces; cubic or
  worse is reported, as its command line does). It does not know Python 3.11's possessive repeats
  and atomic groups: a possessive repeat is read here as its fewest copies (it never gives back what
  it took, so it cannot share a run with another repeat), an atomic group as an ordinary group.
- **exponential ambiguity** (``exponential``): a repeat whose body can match one string in two ways
  (``(a|a)*``, ``(a+)+``, ``(a|b|ab)*``, two optional runs of spaces side by side inside a repeat, as
  in the old share bar ``^(?:word(?:\\s+word)*\\s*[:|]?\\s*)+$``). On a line that finally fails, a
  backtracking engine tries every way: 2^n for n repetitions.
- **overlapping runs** (``polynomial``): two runs of single characters in sequence that can take the
  same character with nothing between them that it cannot cross (``\\s*(?:on)?\\s*:?``,
  ``\\d+\\.?\\d*``, ``[a-z/]*\\s*(.*)$``): the engine tries every split of a run between them,
  n^2 for n characters (n^k for k runs). Only single-character runs are compared (the case in practice).

Both of our checks work on the pattern's position automaton (Glushkov), with ways counted so that
``(a|a)`` and ``(a*)*`` keep their two ways. The exponential check is the classic one: a pattern has
exponential degree of ambiguity exactly when some state q can go back to itself on one string w by two
different paths. Both paths are followed at once in the product automaton (pairs of states that one
string can reach together); the pattern is ambiguous when two paths split on a cycle through the pair
(q, q). Characters are compared on a small alphabet built for each pattern (every literal character
and its case variants, range ends, and a few characters of each class), so two classes that overlap
are seen to overlap.

What the engine promises is kept: an atomic group ``(?>...)`` or a possessive repeat ``x*+`` keeps
one way of matching from where it starts, so two paths that enter it at the same moment go on
together, two paths already together inside it do not split there, and a possessive run is no run
for the overlap check. It commits only once it has matched, though: until then what it holds
backtracks as usual, so the inside of each one is also checked as a pattern of its own. What is over-approximated (reports that may be false, to be read and listed in
the allow-list with the reason): lookarounds and anchors are ignored, a bounded repeat over 4
(``x{0,200}``) is read as unbounded, and a pattern that can always succeed after the runs (``.*$`` on
one line) is still reported. Back-references are not supported (none is used).
"""

from __future__ import annotations

import functools
import re
import re._constants as C
import re._parser as P
import sys
import warnings
from dataclasses import dataclass, field

# a few characters of every class, so that classes are compared on characters they hold
_SAMPLES = " \t\n\r\x0b\x0c\u00a0\u2009\u3000aZz0_9-.,:;!?'\"’”“()[]{}/\\|&@#<>=+*~`^$%éÀßİıſK\u212a\u00b2٣\ue000"
_MAX_EXPANDED = 4  # bounded repeats up to this many copies are expanded, longer ones read as unbounded
MAX_PAIRS = 400_000  # product states explored before the check gives up (and reports so)


def canonical(pattern: str | bytes, flags: int = 0) -> tuple[list, int]:
    """The parse of ``pattern`` as both checks read it, and its flags: lookarounds dropped (both
    checks read them as matching nothing; regexploit only uses a negative lookahead to narrow a
    repeat, so dropping it can only add reports) and groups without flags spliced into their
    sequence. Two patterns with the same ``repr`` of it get the same reports."""
    if isinstance(pattern, bytes):
        pattern = pattern.decode("latin-1")
    tree = P.parse(pattern, flags)
    return _strip(tree), tree.state.flags & ~re.U


def _strip(items) -> list:
    out: list = []
    for op, av in items:
        if op in (C.ASSERT, C.ASSERT_NOT):
            continue
        if op is C.SUBPATTERN:
            _, add, remove, sub = av
            if not add and not remove:
                out.extend(_strip(sub))
            else:
                out.append((op, (None, add, remove, _strip(sub))))
        elif op is C.BRANCH:
            out.append((op, (None, [_strip(seq) for seq in av[1]])))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            out.append((op, (av[0], av[1], _strip(av[2]))))
        elif op is C.ATOMIC_GROUP:
            out.append((op, _strip(av)))
        elif op in (C.GROUPREF, C.GROUPREF_EXISTS):
            raise NotImplementedError("back-references are not supported by the ReDoS check")
        else:
            out.append((op, av))
    return out


def _parts(tree: list, flags: int):
    """The pattern, then the inside of each atomic group and possessive repeat on its own: an atomic
    group commits only once it has matched, so until then it backtracks like any pattern (a possessive
    repeat, within the one repetition that fails)."""
    yield tree, flags

    def inside(items, flags):
        for op, av in items:
            if op is C.SUBPATTERN:
                yield from inside(av[3], (flags | av[1]) & ~av[2])
            elif op is C.BRANCH:
                for seq in av[1]:
                    yield from inside(seq, flags)
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
                yield from inside(av[2], flags)
            elif op is C.POSSESSIVE_REPEAT:
                yield av[2], flags
                yield from inside(av[2], flags)
            elif op is C.ATOMIC_GROUP:
                yield av, flags
                yield from inside(av, flags)

    yield from inside(tree, flags)


def _category(name, ch: str) -> bool:
    return {
        C.CATEGORY_DIGIT: lambda c: re.match(r"\d", c) is not None,
        C.CATEGORY_NOT_DIGIT: lambda c: re.match(r"\D", c) is not None,
        C.CATEGORY_SPACE: lambda c: re.match(r"\s", c) is not None,
        C.CATEGORY_NOT_SPACE: lambda c: re.match(r"\S", c) is not None,
        C.CATEGORY_WORD: lambda c: re.match(r"\w", c) is not None,
        C.CATEGORY_NOT_WORD: lambda c: re.match(r"\W", c) is not None,
    }[name](ch)


def _variants(ch: str, ignore_case: bool) -> set[str]:
    if not ignore_case:
        return {ch}
    out = {ch, ch.lower(), ch.upper(), ch.casefold()}
    return {c for c in out if len(c) == 1}


def _in_class(items, ch: str, ignore_case: bool) -> bool:
    negate = bool(items) and items[0][0] is C.NEGATE
    hit = False
    for c in _variants(ch, ignore_case):
        for op, av in items:
            if op is C.LITERAL and ord(c) == av or op is C.RANGE and av[0] <= ord(c) <= av[1] \
                    or op is C.CATEGORY and _category(av, c):
                hit = True
    return hit != negate


def _matches(op, av, ch: str, flags: int) -> bool:
    ignore_case = bool(flags & re.I)
    if op is C.LITERAL:
        return any(ord(c) == av for c in _variants(ch, ignore_case))
    if op is C.NOT_LITERAL:
        return not any(ord(c) == av for c in _variants(ch, ignore_case))
    if op is C.ANY:
        return ch != "\n" or bool(flags & re.S)
    if op is C.IN:
        return _in_class(av, ch, ignore_case)
    raise ValueError(op)


def _alphabet(tree) -> str:
    chars = set(_SAMPLES)

    def visit(items):
        for op, av in items:
            if op in (C.LITERAL, C.NOT_LITERAL):
                chars.add(chr(av))
            elif op is C.RANGE:
                chars.update((chr(av[0]), chr(av[1])))
            elif op is C.IN:
                visit(av)
            elif op is C.BRANCH:
                for seq in av[1]:
                    visit(seq)
            elif op is C.SUBPATTERN:
                visit(av[3])
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
                visit(av[2])
            elif op in (C.ATOMIC_GROUP,):
                visit(av)
            elif op in (C.ASSERT, C.ASSERT_NOT):
                visit(av[1])

    visit(tree)
    for c in list(chars):
        chars.update(_variants(c, True))
    return "".join(sorted(chars))


def _cap(ways: list) -> list:
    """At most two of each way: two is all the check needs to see an ambiguity."""
    out: list = []
    for way in ways:
        if out.count(way) < 2:
            out.append(way)
    return out


@dataclass
class _Part:
    """A piece of the position automaton, counting ways (up to two): how many ways it matches
    nothing, the ways it starts (position, atomic groups entered there), the ways it ends at each
    position."""

    nullable: int
    first: list[tuple[int, frozenset[int]]] = field(default_factory=list)
    last: dict[int, int] = field(default_factory=dict)


class _Automaton:
    def __init__(self, tree: list, flags: int):
        self.flags = flags
        self.alphabet = _alphabet(tree)
        self._mask_cache: dict = {}
        self.masks: list[int] = [0]  # position 0 is the start
        self.groups: list[frozenset[int]] = [frozenset()]  # the atomic groups holding each position
        self.edges: list[list[tuple[int, frozenset[int]]]] = [[]]  # p -> [(q, atomic groups entered)]
        self._group_ids = 0
        root = self._sequence(tree, self.flags, frozenset())
        for q, entered in root.first:
            self._link(0, q, entered, 1)

    def _link(self, p: int, q: int, entered: frozenset[int], times: int) -> None:
        self.edges[p] = _cap(self.edges[p] + [(q, entered)] * times)

    def _position(self, op, av, flags: int, groups: frozenset[int]) -> _Part:
        key = (op, repr(av), flags & (re.I | re.S))
        mask = self._mask_cache.get(key)
        if mask is None:
            mask = sum(1 << i for i, ch in enumerate(self.alphabet) if _matches(op, av, ch, flags))
            self._mask_cache[key] = mask
        self.masks.append(mask)
        self.groups.append(groups)
        self.edges.append([])
        p = len(self.masks) - 1
        return _Part(0, [(p, frozenset())], {p: 1})

    def _concat(self, a: _Part, b: _Part) -> _Part:
        for p, count in a.last.items():
            for q, entered in b.first:
                self._link(p, q, entered, count)
        last = dict(b.last)
        for p, count in a.last.items():
            last[p] = min(2, last.get(p, 0) + count * b.nullable)
        return _Part(min(2, a.nullable * b.nullable), _cap(a.first + b.first * a.nullable),
                     {p: c for p, c in last.items() if c})

    def _sequence(self, items, flags: int, groups: frozenset[int]) -> _Part:
        part = _Part(1)
        for op, av in items:
            part = self._concat(part, self._node(op, av, flags, groups))
        return part

    def _atomic(self, build, groups: frozenset[int]) -> _Part:
        """An atomic group keeps one way: to start at a position, to end, to match nothing."""
        self._group_ids += 1
        g = self._group_ids
        inner = build(groups | {g})
        first = list(dict.fromkeys((q, e | {g}) for q, e in inner.first))
        return _Part(min(1, inner.nullable), first, {p: 1 for p in inner.last})

    def _star(self, build, groups) -> _Part:
        body = build(groups)
        for p, count in body.last.items():
            for q, entered in body.first:
                self._link(p, q, entered, count)
        return _Part(1, body.first, body.last)

    def _repeat(self, low: int, high, items, flags: int, groups: frozenset[int]) -> _Part:
        def build(gs):
            return self._sequence(items, flags, gs)
        unbounded = high is C.MAXREPEAT or high > _MAX_EXPANDED
        part = _Part(1)
        mandatory = min(low, 1) if unbounded else low
        for _ in range(mandatory):
            part = self._concat(part, build(groups))
        if unbounded:
            return self._concat(part, self._star(build, groups))
        for _ in range(high - mandatory):
            optional = build(groups)  # matched or skipped: one more way to match nothing
            part = self._concat(part, _Part(min(2, 1 + optional.nullable), optional.first, optional.last))
        return part

    def _node(self, op, av, flags: int, groups: frozenset[int]) -> _Part:
        if op in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN):
            return self._position(op, av, flags, groups)
        if op is C.SUBPATTERN:
            _, add, remove, items = av
            return self._sequence(items, (flags | add) & ~remove, groups)
        if op is C.BRANCH:
            parts = [self._sequence(seq, flags, groups) for seq in av[1]]
            last: dict[int, int] = {}
            for part in parts:
                for p, count in part.last.items():
                    last[p] = min(2, last.get(p, 0) + count)
            return _Part(min(2, sum(p.nullable for p in parts)), _cap([w for p in parts for w in p.first]), last)
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            return self._repeat(av[0], av[1], av[2], flags, groups)
        if op is C.POSSESSIVE_REPEAT:
            return self._atomic(lambda gs: self._repeat(av[0], av[1], av[2], flags, gs), groups)
        if op is C.ATOMIC_GROUP:
            return self._atomic(lambda gs: self._sequence(av, flags, gs), groups)
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            return _Part(1)  # read as matching nothing: over-approximates
        raise NotImplementedError(f"{op} is not supported by the ReDoS check")


def _moves(auto: _Automaton, p: int, p2: int):
    """The pairs of states one character takes (p, p2) to, as the engine may follow them together,
    each with whether the two paths split there (were together at p and take different moves)."""
    for i, (q, entered) in enumerate(auto.edges[p]):
        for j, (q2, entered2) in enumerate(auto.edges[p2]):
            if not auto.masks[q] & auto.masks[q2]:
                continue
            split = p == p2 and i != j
            if q != q2 and entered & entered2:
                continue  # both start the same atomic group at the same moment: one way only
            if split and (entered & entered2 or any(
                    g in auto.groups[q] and g not in entered or g in auto.groups[q2] and g not in entered2
                    for g in auto.groups[p])):
                continue  # together inside an atomic group (or entering it): it does not split
            yield ((q, q2) if q <= q2 else (q2, q)), split


@dataclass(frozen=True)
class Ambiguity:
    """A repeat that can match one string in two ways: ``prefix`` leads to it, ``pump`` goes round
    it two ways. ``attack(n)`` is the prefix, the pump n times and a character that fails the match."""

    prefix: str
    pump: str
    spoiler: str

    def attack(self, n: int) -> str:
        return self.prefix + self.pump * n + self.spoiler


def exponential(pattern: str | bytes, flags: int = 0) -> Ambiguity | None:
    """The exponential ambiguity of ``pattern`` (with an attack string), or None when it has none.
    Raises RuntimeError when the pattern is too large to decide within ``MAX_PAIRS``."""
    for tree, tree_flags in _parts(*canonical(pattern, flags)):
        found = _exponential(_Automaton(tree, tree_flags))
        if found is not None:
            return found
    return None


def _exponential(auto: _Automaton) -> Ambiguity | None:
    # pairs reachable from a pair (q, q): a search from every diagonal at once
    graph: dict[tuple[int, int], dict[tuple[int, int], bool]] = {}
    stack = [(q, q) for q in range(len(auto.masks))]
    seen = set(stack)
    while stack:
        pair = stack.pop()
        succ: dict[tuple[int, int], bool] = {}
        for nxt, split in _moves(auto, *pair):
            succ[nxt] = succ.get(nxt, False) or split
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
                if len(seen) > MAX_PAIRS:
                    raise RuntimeError(f"pattern too large for the ReDoS check ({MAX_PAIRS} pairs)")
        graph[pair] = succ
    for component in _components(graph):
        for u in component:
            for v, split in graph[u].items():
                if split and v in component:
                    return _witness(auto, graph, component, u, v)
    return None


@dataclass(frozen=True)
class Overlap:
    """Two runs of one character class that one string can split between them (``\\s*\\s*``,
    ``\\d+\\.?\\d*``): ``prefix`` leads to the first, ``char`` repeated feeds both. On a line that
    then fails, the engine tries every split: n^2 for n characters (more with more runs)."""

    prefix: str
    char: str

    def attack(self, n: int) -> str:
        return self.prefix + self.char * n + "\n\x00"  # a line break stops ".*" before "$" fails


def polynomial(pattern: str | bytes, flags: int = 0) -> Overlap | None:
    """Two runs of single characters in sequence that can take the same character, with nothing
    between them that this character cannot cross; None when there are none. A run that is
    possessive or inside an atomic group gives nothing back and does not count."""
    for tree, tree_flags in _parts(*canonical(pattern, flags)):
        found = _polynomial(_Automaton(tree, tree_flags))
        if found is not None:
            return found
    return None


def _polynomial(auto: _Automaton) -> Overlap | None:
    loops = {p for p in range(1, len(auto.masks))
             if any(q == p and auto.groups[p] <= entered for q, entered in auto.edges[p])}
    for p in sorted(loops):
        for i, ch in enumerate(auto.alphabet):
            bit = 1 << i
            if not auto.masks[p] & bit:
                continue
            seen, stack = {p}, [p]
            while stack:
                for q, _ in auto.edges[stack.pop()]:
                    if q in seen or not auto.masks[q] & bit:
                        continue
                    if q in loops:
                        single = {(a, a): {(b, b): False for b, _ in auto.edges[a]} for a in range(len(auto.masks))}
                        return Overlap(_path(auto, single, (0, 0), (p, p), set(single)), ch)
                    seen.add(q)
                    stack.append(q)
    return None


def _components(graph) -> list[set]:
    """Strongly connected components with a cycle (Tarjan, iterative)."""
    index: dict = {}
    low: dict = {}
    on_stack: set = set()
    stack: list = []
    out: list[set] = []
    counter = 0
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(graph[root]))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(graph[child])))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1 or node in graph[node]:
                    out.append(component)
    return out


def _char(auto: _Automaton, mask: int) -> str:
    """A character of ``mask``, a letter or space where the mask has one (easier to read)."""
    chars = [c for i, c in enumerate(auto.alphabet) if mask >> i & 1]
    return next((c for c in chars if c.isalnum() or c == " "), chars[0])


def _path(auto, graph, start, goal, within) -> str:
    """The string of a shortest path from pair ``start`` to pair ``goal`` inside ``within``."""
    back = {start: None}
    frontier = [start]
    while frontier and goal not in back:
        following = []
        for pair in frontier:
            for nxt in graph[pair]:
                if nxt in within and nxt not in back:
                    back[nxt] = pair
                    following.append(nxt)
        frontier = following
    text = []
    pair = goal
    while pair != start:
        text.append(_char(auto, auto.masks[pair[0]] & auto.masks[pair[1]]))
        pair = back[pair]
    return "".join(reversed(text))


def _witness(auto, graph, component, u, v) -> Ambiguity:
    """The strings of a split (u to v) on a cycle: a prefix reaching u, then the cycle."""
    single = {(p, p): {(q, q): False for q, _ in auto.edges[p]} for p in range(len(auto.masks))}
    prefix = _path(auto, single, (0, 0), u, set(single)) if u[0] else ""
    pump = _char(auto, auto.masks[v[0]] & auto.masks[v[1]]) + _path(auto, graph, v, u, component)
    return Ambiguity(prefix, pump, "\x00")


@functools.cache
def _regexploit():
    """regexploit's parser and search. Its table of the characters of each class (``\\w``...) is
    left empty in 1.0 (the lines that fill it are commented out), so every class is listed again each
    time it is compared, most of the time of a check: the listing is memoised here (same results)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # it imports sre_parse
        import regexploit.ast.char as char
        from regexploit.ast.sre import SreOpParser
        from regexploit.redos import find
    listing = char.list_category
    char.list_category = functools.cache(lambda category, full_unicode=False: tuple(listing(category, full_unicode)))
    return SreOpParser, find


def regexploit_findings(pattern: str | bytes, flags: int = 0, min_starriness: int = 3) -> list:
    """regexploit's reports of ``pattern`` (polynomial backtracking of the given degree or worse)."""
    SreOpParser, find = _regexploit()

    class Parser(SreOpParser):
        """regexploit's parser for Python 3.11: a possessive repeat gives nothing back, so it is read
        as its fewest copies (it adds no way to split a run between repeats); an atomic group is read
        as an ordinary group (what it holds is checked as if it could backtrack)."""

        def from_POSSESSIVE_REPEAT(self, data):  # noqa: N802 - regexploit's naming
            low, _, items = data
            return self.from_MAX_REPEAT((low, low, items)) if low else None

        def from_ATOMIC_GROUP(self, data):  # noqa: N802
            return self.sequence_or_singleton(data)

    tree, _ = canonical(pattern, flags)
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 10_000))
    try:
        parsed = Parser().sequence_or_singleton(tree)
        return [] if parsed is None else [r for r in find(parsed) if r.starriness >= min_starriness]
    finally:
        sys.setrecursionlimit(limit)


def describe(pattern: str | bytes, flags: int = 0) -> list[str]:
    """What the two checkers report about ``pattern``, one line each; empty when it is safe."""
    out = [f"regexploit (starriness {r.starriness}): {r.example()}" for r in regexploit_findings(pattern, flags)]
    found = exponential(pattern, flags)
    if found is not None:
        out.append(f"exponential ambiguity: prefix {found.prefix!r}, pumped {found.pump!r}")
    overlap = polynomial(pattern, flags)
    if overlap is not None:
        out.append(f"overlapping runs: prefix {overlap.prefix!r}, then {overlap.char!r} repeated")
    return out


__all__ = ["Ambiguity", "MAX_PAIRS", "Overlap", "describe", "exponential", "polynomial", "regexploit_findings"]
