"""Where a regex's match can begin: the class of characters that can open it, read from its parse.

The times stage runs its rules only at word starts whose first character can open the rule, with
``match`` at each, instead of ``finditer`` over a whole window, which also tries every position past
the last one where a match may start.
"""

from __future__ import annotations

import re
from re import _constants as sre  # the parse of a pattern: the stdlib's own, read not altered
from re import _parser

_Items = list[tuple[object, object]]
_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_SPACE: r"\s"}


def _first(items) -> tuple[_Items | None, bool]:
    """What can open a match of the parsed sequence ``items`` (None: anything) and whether it can be empty."""
    out: _Items = []
    for op, av in items:
        if op is sre.LITERAL:
            return out + [(op, av)], False
        if op is sre.IN:
            return (None, False) if any(o is sre.NEGATE for o, _ in av) else (out + list(av), False)
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width: the next item opens the match
        if op is sre.SUBPATTERN:
            subs, least = [av[3]], 1
        elif op is sre.BRANCH:
            subs, least = av[1], 1
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            subs, least = [av[2]], av[0]
        else:
            return None, False
        empty = False
        for sub in subs:
            found, can_be_empty = _first(sub)
            if found is None:
                return None, False
            out += found
            empty = empty or can_be_empty
        if least and not empty:
            return out, False
    return out, True


def _class(items: _Items) -> str | None:
    parts = []
    for op, av in items:
        if op is sre.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is sre.RANGE:
            parts.append(re.escape(chr(av[0])) + "-" + re.escape(chr(av[1])))
        elif op is sre.CATEGORY and av in _CATEGORIES:
            parts.append(_CATEGORIES[av])
        else:
            return None
    return "[" + "".join(parts) + "]"


_WORDLIKE = re.compile(r"[\w']")


def _wordlike(op, av) -> bool:
    if op is sre.LITERAL:
        return _WORDLIKE.fullmatch(chr(av)) is not None
    if op is sre.RANGE:
        return all(_WORDLIKE.fullmatch(chr(c)) for c in range(av[0], av[1] + 1))
    return op is sre.CATEGORY and av in (sre.CATEGORY_DIGIT, sre.CATEGORY_WORD)


def word_opener(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """A one-character regex (with ``regex``'s flags) matching every character that can open a
    non-empty match of ``regex``, all of them word characters or apostrophes; None when the parse
    does not tell, a match can be empty, or another character can open one."""
    items, empty = _first(_parser.parse(regex.pattern, regex.flags).data)
    if items is None or empty or not all(_wordlike(op, av) for op, av in items):
        return None
    source = _class(items)
    return None if source is None else re.compile(source, regex.flags)
