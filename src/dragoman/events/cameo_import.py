"""Convert a CAMEO/PETRARCH verb dictionary into Dragoman event-lexicon entries.

The input is a PETRARCH-format verb dictionary (the layout of ``CAMEO.2.0.txt``):

- synsets: a ``&LABEL`` line followed by ``+WORD`` lines (``_`` joins the words of a phrase; a
  label or phrase ending in ``_`` makes no plurals);
- verb blocks: a ``--- NAME [code] ---`` header, then the block's verbs, one a line
  (``VERB {irregular forms} [code]``; ``+VERB_PARTICLE`` for a phrasal verb), then patterns
  ``- words [code] # comment`` that hold for every verb of the block. In a pattern ``*`` is the
  verb, ``+`` the target, ``$`` the source, ``^`` any phrase, ``%`` a compound actor,
  ``(PREP ...)`` a prepositional phrase, ``{A B}`` a noun phrase, ``&LABEL`` a synset.
  Codes are ``[source->target code]``, ``[a:b]`` (b is the reverse event, target->source) or
  ``[---]`` (no event). A header's code is its first bracket (``--- DELAY [120] [031:031] ---``
  codes DELAY 120, as PETRARCH reads it); a comment may stand before the header's closing ``---``.

Each verb and pattern becomes lexicon lines (format: ``dragoman/data/events/README.md``): the
verb lemma, the prepositions and particles the pattern requires as bare words, its one object
noun as ``=word`` (a synset gives one entry per member), the PLOVER type and mode of the CAMEO
code (the table ``dragoman/data/events/cameo_plover.txt``), the code (``a:b`` for a paired code whose
reverse event b has the same PLOVER type: the event stage codes the target doing b to the source too),
and target slots from the
pattern's ``+`` (``obj`` after the verb, the preposition inside ``(PREP +)``), else the table's
default slots plus any bare ``(PREP)``. A compound actor before the verb, with auxiliaries only
between them (``- % HAVE * [191]``), becomes the particle ``~and``: the verb's subject is
coordinated ("A and B have postponed ..."), and the subjects act on each other.

What the lexicon cannot say is skipped and counted by reason: other words before the verb (subject
constraints), a source after the verb, compound actors after it, several object words, noun phrases with
modifiers, multi-word nouns, alternatives, undefined synsets, reverse-only and null codes, codes
with no PLOVER type (01x public statements among them).

Filters (counted too), chosen on aggregate precision on the development sets:

- patterns of another sense: a block gathers synonyms of one sense, but a pattern coding another
  type than the block's, whose comment names one of the block's verbs ("- * REPORT [110] # BLAST"
  in the block of explosions), holds for that verb only (``authored``; PETRARCH applies it to
  every verb of the block, so that "detonated a report" would criticise);

- ambiguous bare verbs: a verb's bare entry is dropped when its block also has patterns of
  another PLOVER type or of no event (``---``, 01x): the dictionary itself says the verb alone
  does not settle the event;
- against a reference lexicon (the packaged hand-written one): no entry for a verb the
  reference already has (its hand-written patterns win for the whole verb) or uses as a speech
  verb or modality cue (they have their own roles), and no entry whose object is an event noun the reference
  codes with the same type ("levy sanctions": the noun entry codes it, with its own slots);
- optionally (``common``), no bare entries for the verbs listed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from dragoman.events.lexicon import PLOVER_TYPES, Lexicon
from dragoman.events.predicates import JOINT_SUBJECT

# Words that, bare after the verb, are particles ("set off", "put down") rather than objects.
ADVERB_PARTICLES = frozenset(
    "up down out off in on back away over forward aside around through along ahead apart together "
    "about across behind by forth into onto to with for at from against under".split()
)
# Bare words of a pattern that are prepositions: "- * OF +" is "warn of X" (target slot "of"), not an
# object "of". (Verb lines keep ADVERB_PARTICLES: "+TAKE_PART_IN" is no phrasal verb "take in".)
PREPOSITIONS = ADVERB_PARTICLES | frozenset(
    "of in near among amid amidst between toward towards upon within without via inside outside beyond".split()
)
# Determiners a pattern writes before its noun ("- * THEIR ^ ABOUT +"): no object constraint.
# auxiliaries a pattern may write between a compound actor and the verb ("% HAVE *")
AUXILIARIES = frozenset("have has had will would shall should can could may might".split())
DETERMINERS = frozenset("a an the their its his her our my your this that these those".split())
# Words that make a phrasal verb line something other than verb + particles/object.
_VERB_NOISE = frozenset("and or the a an of".split())
AMBIGUOUS = "bare entry of an ambiguous verb (its patterns code other types or none)"
_CODE = re.compile(r"^\d{2,4}$")
_TOKEN = re.compile(r"[(){}]|[^\s(){}]+")
# "---  MEET   [040]  ---": the name (stripped by the reader), then the block's code: the FIRST bracket
# ("--- DELAY [120]  [031:031]  ---" is DELAY, 120: PETRARCH reads the first; a later bracket is no code
# of the block's verbs), then anything up to the closing "---" (read on the raw line: a comment may sit
# before it, "--- TROUBLED [---] # NOUN ---"). Each run possessive, each character read one way: linear.
_HEADER = re.compile(r"^---\s*+([^\[\n]*+)\[([^\[\]\n]*+)\](?:[^-\n]|-(?!--))*+---")
_BRACKETS = re.compile(r"\[([^\]]*)\]")
_FORMS = re.compile(r"\{[^}]*\}")


# ---------------------------------------------------------------- the CAMEO -> PLOVER table


@dataclass(frozen=True, slots=True)
class CodeMapping:
    """One row of the CAMEO -> PLOVER table; ``type`` None: no PLOVER event."""

    prefix: str
    type: str | None
    mode: str | None
    slots: tuple[str, ...]


@dataclass(slots=True)
class CodeTable:
    """CAMEO code prefixes -> PLOVER type, mode and default target slots (longest prefix wins)."""

    rows: dict[str, CodeMapping] = field(default_factory=dict)

    def lookup(self, code: str) -> CodeMapping | None:
        for n in range(len(code), 1, -1):
            row = self.rows.get(code[:n])
            if row is not None:
                return row
        return None


def _dash(value: str) -> str | None:
    value = value.strip()
    return None if value in ("", "-") else value


def read_code_table(lines: Iterable[str], name: str = "<table>") -> CodeTable:
    table = CodeTable()
    for n, line in enumerate(lines, 1):
        text = line.split("#", 1)[0].strip()
        if not text:
            continue
        cols = [c.strip() for c in text.split("|")]
        if len(cols) != 4 or not _CODE.match(cols[0]):
            raise ValueError(f"{name}:{n}: expected 'code | type | mode | slots'")
        typ = _dash(cols[1])
        if typ is not None and typ not in PLOVER_TYPES:
            raise ValueError(f"{name}:{n}: {typ!r} is not a PLOVER type")
        slots = tuple(s.strip() for s in (_dash(cols[3]) or "").split(",") if s.strip())
        table.rows[cols[0]] = CodeMapping(cols[0], typ, _dash(cols[2]), slots)
    return table


def default_code_table() -> CodeTable:
    ref = resources.files("dragoman").joinpath("data/events/cameo_plover.txt")
    return read_code_table(ref.read_text(encoding="utf-8").splitlines(), "cameo_plover.txt")


# ---------------------------------------------------------------- reading the dictionary


@dataclass(slots=True)
class Verb:
    head: str
    particles: tuple[str, ...] = ()
    objects: tuple[str, ...] = ()
    code: str | None = None  # its own code, else the block's


@dataclass(slots=True)
class Block:
    name: str
    code: str | None
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[tuple[str, str]] = field(default_factory=list)  # (pattern text, code text)
    authors: list[str | None] = field(default_factory=list)  # per pattern: the verb its comment names


def _author(raw: str) -> str | None:
    """The verb a pattern line's comment names ("- * REPORT [110]  # BLAST": "blast"), if any."""
    if "#" not in raw:
        return None
    word = raw.split("#", 1)[1].split()
    return word[0].lower() if word and re.fullmatch(r"[A-Z][A-Z_'-]+", word[0]) else None


def _authored_by(verb: Verb, author: str | None) -> bool:
    return author is not None and author in (verb.head, "_".join((verb.head, *verb.particles, *verb.objects)))


@dataclass(slots=True)
class Dictionary:
    synsets: dict[str, list[str]] = field(default_factory=dict)
    blocks: list[Block] = field(default_factory=list)
    skipped_verbs: Counter = field(default_factory=Counter)


def _strip_comment(line: str) -> str:
    # '#' and the legacy ';' start comments; '<!-- ... -->' lines are comments too
    if line.lstrip().startswith("<!--"):
        return ""
    return re.split(r"[#;]", line, maxsplit=1)[0].rstrip()


def _null(code: str | None) -> str | None:
    return None if code is None or code.strip() in ("", "---", "+++") else code.strip()


def _parse_verb(text: str) -> Verb | str:
    """A verb line as a Verb, or the reason it cannot be one."""
    codes = _BRACKETS.findall(text)
    body = _FORMS.sub(" ", _BRACKETS.sub(" ", text)).strip().lstrip("+").strip()
    words = [w.lower() for w in re.split(r"[_\s]+", body) if w]
    if not words or not all(re.fullmatch(r"[a-z][a-z'-]*", w) for w in words):
        return "verb form not a word"
    if len(words[0]) < 3 or any(w in _VERB_NOISE for w in words[1:]) or (
        len(words) > 1 and words[0].endswith("ed")
    ):
        return "verb form not a lemma"
    particles = tuple(w for w in words[1:] if w in ADVERB_PARTICLES)
    objects = tuple(w for w in words[1:] if w not in ADVERB_PARTICLES)
    if len(objects) > 1:
        return "verb phrase with several nouns"
    return Verb(words[0], particles, objects, _null(codes[0]) if codes else None)


def read_dictionary(lines: Iterable[str]) -> Dictionary:
    """Synsets and verb blocks of a PETRARCH verb dictionary."""
    out = Dictionary()
    synset: list[str] | None = None
    block: Block | None = None
    for raw in lines:
        if not raw.strip():  # a blank line ends a synset (a comment line does not)
            synset = None
            continue
        if raw.startswith("#") and "TRANSFORMATIONS" in raw:
            break
        text = _strip_comment(raw).strip()
        if not text:
            continue
        if text.startswith("~"):  # transformations: not verb patterns
            continue
        head = _HEADER.match(raw.strip()) if text.startswith("---") else None
        if head:
            synset = None
            block = Block(head.group(1).strip(), _null(head.group(2)))
            out.blocks.append(block)
            continue
        if text.startswith("&") and not text.startswith("&&"):
            label = text.split()[0]
            synset = out.synsets.setdefault(label.rstrip("_"), [])
            continue
        if synset is not None and text.startswith("+"):
            synset.append(text[1:].strip())
            continue
        if block is None:
            continue
        if text.startswith("-"):
            codes = _BRACKETS.findall(text)
            body = _BRACKETS.sub(" ", text[1:]).strip()
            block.patterns.append((body, codes[0].strip() if codes else ""))
            block.authors.append(_author(raw))
            continue
        verb = _parse_verb(text)
        if isinstance(verb, str):
            out.skipped_verbs[verb] += 1
        else:
            block.verbs.append(verb)
    return out


# ---------------------------------------------------------------- patterns


class Skip(Exception):
    """A pattern the lexicon cannot express; the message is the reason."""


@dataclass(slots=True)
class Requirement:
    """What one pattern asks of the verb's dependents."""

    particles: list[list[str]] = field(default_factory=list)  # each: alternatives
    objects: list[list[str]] = field(default_factory=list)  # each: alternatives
    targets: list[str] = field(default_factory=list)  # explicit slots from '+'
    bare_preps: list[str] = field(default_factory=list)  # '(PREP)': a likely target slot


def _group(tokens: list[str], i: int, close: str) -> tuple[list[str], int]:
    """The tokens up to the matching ``close``, and the index after it."""
    depth, out = 0, []
    opener = "(" if close == ")" else "{"
    while i < len(tokens):
        t = tokens[i]
        if t == opener:
            depth += 1
        elif t == close:
            if depth == 0:
                return out, i + 1
            depth -= 1
        out.append(t)
        i += 1
    raise Skip("unbalanced brackets")


def synset_words(members: list[str]) -> list[str]:
    """A synset's single-word members, lower case (its phrases cannot be an object lemma)."""
    words = [m.rstrip("_").lower() for m in members if m and not re.search(r"[\s_]", m.rstrip("_"))]
    return list(dict.fromkeys(w for w in words if re.fullmatch(r"[a-z][a-z'.-]*", w)))


def set_name(label: str) -> str:
    return label.lstrip("&").rstrip("_").lower()


def _word_alternatives(token: str, synsets: dict[str, list[str]], as_set: bool = False) -> list[str]:
    """One word slot: a word, or a synset - its single-word members, or (``as_set``) ``[@name]``."""
    if token.startswith("&"):
        members = synsets.get(token.rstrip("_"))
        if members is None:
            raise Skip("undefined synset")
        words = synset_words(members)
        if not words:
            raise Skip("synset of phrases")
        return ["@" + set_name(token)] if as_set else words
    if token.startswith("!"):
        raise Skip("macro")
    if "/" in token:
        raise Skip("alternatives")
    if "_" in token or "*" in token:
        raise Skip("multi-word noun")
    word = token.lower()
    if not re.fullmatch(r"[a-z][a-z'.-]*", word):
        raise Skip("not a word")
    return [word]


def _noun_phrase(tokens: list[str], synsets: dict[str, list[str]]) -> list[str]:
    words = [t for t in tokens if t not in ("{", "}")]
    if len(words) != 1:
        raise Skip("noun phrase with modifiers")
    return _word_alternatives(words[0], synsets, as_set=True)


def parse_pattern(body: str, synsets: dict[str, list[str]]) -> Requirement:
    """What a pattern (the text between ``-`` and the code) requires; raises Skip."""
    tokens = _TOKEN.findall(body)
    if "*" not in tokens:
        raise Skip("no verb position")
    star = tokens.index("*")
    req = Requirement()
    before = [t.lower() for t in tokens[:star]]
    if before[:1] == ["%"] and all(t in AUXILIARIES for t in before[1:]):
        req.particles.append([JOINT_SUBJECT])  # "- % HAVE * [191]": coordinated subjects, each on the other
    elif any(t != "$" for t in before):
        raise Skip("words before the verb")
    i = star + 1
    prep: str | None = None  # the bare preposition a later '+' is the object of ("- * AT ^ +": "at")
    while i < len(tokens):
        t = tokens[i]
        if t == "(":
            inner, i = _group(tokens, i + 1, ")")
            _prep_phrase(inner, synsets, req)  # a bare "(AT)": a later '+' is its object
            prep = inner[0].lower() if len(inner) == 1 and inner[0].lower() in PREPOSITIONS else None
            continue
        if t == "{":
            inner, i = _group(tokens, i + 1, "}")
            req.objects.append(_noun_phrase(inner, synsets))
            continue
        i += 1
        if _actor_marker(t, req, [prep] if prep else ["obj"]):
            prep = None if t == "+" else prep
            continue
        if t == "*":
            raise Skip("several verb positions")
        elif t.lower() in PREPOSITIONS:
            req.particles.append([t.lower()])
            prep = t.lower()
        elif t.lower() in DETERMINERS:
            continue
        else:
            req.objects.append(_word_alternatives(t, synsets, as_set=True))
    if len(req.objects) > 1:
        raise Skip("several object words")
    return req


def _actor_marker(token: str, req: Requirement, slots: list[str]) -> bool:
    """Handle a pattern's actor markers: ``+`` the target (in ``slots``), ``^`` a skipped word; ``$`` (a
    source after the verb) and ``%`` (a compound actor) cannot be expressed. False for any other token."""
    if token == "+":
        req.targets.extend(slots)
    elif token == "$":
        raise Skip("source after the verb")
    elif token == "%":
        raise Skip("compound actor")
    return token in ("+", "^")


def _prep_phrase(inner: list[str], synsets: dict[str, list[str]], req: Requirement) -> None:
    if not inner:
        raise Skip("empty phrase")
    prep, rest = inner[0], inner[1:]
    if prep.startswith("&"):
        preps = _word_alternatives(prep, synsets)
    elif prep in ("+", "$", "^", "%", "(", "{"):
        raise Skip("phrase without a preposition")
    else:
        preps = _word_alternatives(prep, synsets)
    req.particles.append(preps)
    if not rest:
        req.bare_preps.extend(preps)
        return
    i = 0
    while i < len(rest):
        t = rest[i]
        if t == "{":
            group, i = _group(rest, i + 1, "}")
            req.objects.append(_noun_phrase(group, synsets))
            continue
        if t == "(":
            group, i = _group(rest, i + 1, ")")
            _prep_phrase(group, synsets, req)
            continue
        i += 1
        if _actor_marker(t, req, preps):
            continue
        if t in ("a", "A", "the", "THE", "an", "AN"):
            continue
        else:
            req.objects.append(_word_alternatives(t, synsets, as_set=True))


# ---------------------------------------------------------------- conversion


@dataclass(frozen=True, slots=True)
class Converted:
    head: str
    particles: tuple[str, ...]
    objects: tuple[str, ...]
    type: str
    mode: str | None
    cameo: str
    targets: tuple[str, ...]
    block: str
    reverse: str | None = None  # the reverse event's code (``[a:b]``: the target does b to the source)

    @property
    def pattern(self) -> str:
        return " ".join((self.head, *self.particles, *("=" + o for o in self.objects)))

    @property
    def bare(self) -> bool:
        return not self.particles and not self.objects

    def line(self) -> str:
        code = f"{self.cameo}:{self.reverse}" if self.reverse else self.cameo
        return (f"V | {self.pattern} | {self.type} | {self.mode or '-'} | {code} | "
                f"{','.join(self.targets) or '-'}")


@dataclass(slots=True)
class Conversion:
    entries: list[Converted] = field(default_factory=list)
    sets: dict[str, list[str]] = field(default_factory=dict)  # the word sets the entries name
    verbs: int = 0  # verb lines read
    patterns: int = 0  # pattern lines read
    converted_verbs: int = 0  # verb lines that gave a bare entry
    converted_patterns: int = 0  # pattern lines that gave entries
    skipped: Counter = field(default_factory=Counter)  # reason -> pattern or verb lines
    dropped: Counter = field(default_factory=Counter)  # reason -> entries (filters, duplicates)

    def summary(self) -> str:
        lines = [
            f"verb lines: {self.verbs} read, {self.converted_verbs} coded as bare entries",
            f"pattern lines: {self.patterns} read, {self.converted_patterns} converted, "
            f"{self.patterns - self.converted_patterns} skipped",
            f"entries written: {len(self.entries)}",
        ]
        lines += [f"  skipped ({n}): {reason}" for reason, n in self.skipped.most_common()]
        lines += [f"  entries dropped ({n}): {reason}" for reason, n in self.dropped.most_common()]
        return "\n".join(lines)


REVERSE_OTHER_TYPE = "reverse event of another PLOVER type than the forward one (reverse left out)"


def _reverse(text: str, row: CodeMapping, table: CodeTable, dropped: Counter | None = None) -> str | None:
    """The reverse code of a paired code cell (``[032:033]``: "X arrived in Y" is also Y hosting X),
    when it is an event of the forward code's PLOVER type (the lexicon line has one type column)."""
    second = text.strip().partition(":")[2].strip()
    if not _CODE.match(second) or second.startswith("01"):
        return None
    back = table.lookup(second)
    if back is None or back.type != row.type:
        if dropped is not None:
            dropped[REVERSE_OTHER_TYPE] += 1
        return None
    return second


def _code(text: str, table: CodeTable) -> tuple[str, CodeMapping]:
    """The source->target code of a code cell and its table row; raises Skip."""
    first, colon, _second = text.strip().partition(":")
    first = first.strip()
    if colon and not first:
        raise Skip("reverse-only code")
    if first in ("", "---", "+++"):
        raise Skip("null code")
    if not _CODE.match(first):
        raise Skip("malformed code")
    if first.startswith("01"):
        raise Skip("CAMEO 01x (public statement)")
    row = table.lookup(first)
    if row is None or row.type is None:
        raise Skip("code with no PLOVER type")
    return first, row


def _expand(groups: list[list[str]]) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = [()]
    for alternatives in groups:
        out = [prefix + (a,) for prefix in out for a in alternatives]
    return out


# PETRARCH's own reading of a verb or pattern with no '+': the target is the first actor after the
# verb in its phrase, its object or the object of whatever preposition ("arrived IN Y", "left FOR Y",
# "warned OF Y", "appealed for peace IN Y"). ``vp_targets`` gives such entries these slots.
VP_SLOTS = ("obj", "to", "in", "for", "of", "about", "at", "on", "against", "with", "into", "from",
            "toward", "towards", "near", "over", "upon", "among", "between")


def _slots(req: Requirement, row: CodeMapping, vp_targets: bool = False) -> tuple[str, ...]:
    if req.targets:
        return tuple(dict.fromkeys(req.targets))
    return tuple(dict.fromkeys((*row.slots, *req.bare_preps, *(VP_SLOTS if vp_targets else ()))))


def convert(
    lines: Iterable[str],
    table: CodeTable | None = None,
    reference: Lexicon | None = None,
    common: frozenset[str] = frozenset(),
    ambiguous: bool = True,
    authored: bool = True,
    vp_targets: bool = False,
) -> Conversion:
    """Lexicon entries for a PETRARCH verb dictionary, with counts of what was skipped.

    ``reference``: the hand-written lexicon the output goes beside (see the module doc for the
    filters it drives). ``common``: verbs too common to be events on their own - their bare
    entries are dropped, their constrained ones kept. ``ambiguous``: drop the bare entry of a
    verb whose block also has patterns of another PLOVER type or of no event. ``authored``: a
    pattern that codes another type than its block's and whose comment names a verb of the block
    holds for that verb only (the pattern is of that verb's other sense: in the block of
    explosions, "BLAST * REPORT" criticises, and "DETONATE * REPORT" means nothing).
    ``vp_targets``: an entry whose pattern names no target ('+') takes it where PETRARCH does, as the
    object or the object of any preposition after the verb (``VP_SLOTS``), not only the CAMEO code's
    usual slots: a user's dictionary written for PETRARCH relies on that reading.
    """
    table = table or default_code_table()
    dic = read_dictionary(lines)
    conv = Conversion()
    conv.skipped.update({f"verb line: {k}": v for k, v in dic.skipped_verbs.items()})
    conv.verbs = sum(dic.skipped_verbs.values())
    seen: dict[str, Converted] = {}
    words = {set_name(label): synset_words(members) for label, members in dic.synsets.items()}

    def emit(entry: Converted) -> None:
        if entry.pattern in seen:
            same = seen[entry.pattern].type == entry.type
            conv.dropped["duplicate pattern (first kept)" if same else "duplicate pattern, other type (first kept)"] += 1
            return
        why = _filtered(entry, reference, common, words)
        if why:
            conv.dropped[why] += 1
            return
        seen[entry.pattern] = entry
        conv.entries.append(entry)

    for block in dic.blocks:
        authors = block.authors or [None] * len(block.patterns)

        try:
            block_type = _code(block.code, table)[1].type if block.code else None
        except Skip:
            block_type = None

        def holds(verb: Verb, author: str | None, typ: str | None = None) -> bool:
            """Whether a pattern holds for a verb: every verb, unless ``authored`` and the
            pattern, coding another type than the block's, was written for another verb of the
            block (its comment names it)."""
            return not authored or author is None or _authored_by(verb, author) or \
                (typ is not None and typ == block_type) or not any(_authored_by(v, author) for v in block.verbs)

        # PLOVER types the block's patterns give (None: a pattern that codes no event), whoever
        # they were written for: a verb whose block disagrees with its bare code is ambiguous
        types: set[str | None] = set()
        for _body, code in block.patterns:
            try:
                types.add(_code(code, table)[1].type)
            except Skip:
                types.add(None)
        for (body, code), author in zip(block.patterns, authors):
            conv.patterns += 1
            try:
                cameo, row = _code(code, table)
                reverse = _reverse(code, row, table, conv.dropped)
                req = parse_pattern(body, dic.synsets)
                usable = [v for v in block.verbs if not (v.objects and req.objects)]
                if not usable:
                    raise Skip("several object words")
            except Skip as why:
                conv.skipped[str(why)] += 1
                continue
            conv.converted_patterns += 1
            slots = _slots(req, row, vp_targets)
            for verb in usable:
                if not holds(verb, author, row.type):
                    conv.dropped["pattern written for another verb of its block"] += 1
                    continue
                for particles in _expand(req.particles):
                    for objects in _expand(req.objects):
                        parts = tuple(dict.fromkeys((*verb.particles, *particles)))
                        entry = Converted(verb.head, parts, (*verb.objects, *objects), row.type, row.mode,
                                          cameo, slots, block.name, reverse)
                        if ambiguous and entry.bare and types - {row.type}:
                            conv.dropped[AMBIGUOUS] += 1
                            continue
                        emit(entry)
        for verb in block.verbs:
            conv.verbs += 1
            code = verb.code or block.code
            if code is None:
                continue
            try:
                cameo, row = _code(code, table)
            except Skip as why:
                conv.skipped[f"verb line: {why}"] += 1
                continue
            conv.converted_verbs += 1
            entry = Converted(verb.head, verb.particles, verb.objects, row.type, row.mode, cameo,
                              _slots(Requirement(), row, vp_targets), block.name,
                              _reverse(code, row, table, conv.dropped))
            if ambiguous and entry.bare and types - {row.type}:
                conv.dropped[AMBIGUOUS] += 1
                continue
            emit(entry)
    used = {o[1:] for e in conv.entries for o in e.objects if o.startswith("@")}
    for label, members in dic.synsets.items():
        if set_name(label) in used:
            conv.sets[set_name(label)] = synset_words(members)
    return conv


def _codes_noun_event(entry: Converted, reference: Lexicon, sets: dict[str, list[str]]) -> bool:
    words = [w for o in entry.objects for w in (sets.get(o[1:], []) if o.startswith("@") else [o])]
    for word in words:
        for form in {word, word[:-1] if word.endswith("s") else word}:
            if any(e.type == entry.type for e in reference.nouns.get(form, ())):
                return True
    return False


def _filtered(entry: Converted, reference: Lexicon | None, common: frozenset[str],
              sets: dict[str, list[str]]) -> str | None:
    if entry.bare and entry.head in common:
        conv_reason = "bare entry of a very common verb"
        return conv_reason
    if reference is None:
        return None
    if entry.head in reference.speech or entry.head in reference.modality:
        return "verb is a hand-written speech verb or modality cue"
    if entry.objects and _codes_noun_event(entry, reference, sets):
        return "object is a hand-written event noun of the same type (the noun entry codes it)"
    if entry.head in reference.verbs:
        return "verb already in the hand-written lexicon"
    return None


def write_lexicon(conv: Conversion, source: str = "") -> str:
    """The converted entries as lexicon text, grouped by CAMEO block, with a summary header."""
    out = [
        "# Dragoman event lexicon converted from a CAMEO/PETRARCH verb dictionary"
        + (f" ({source})" if source else "") + ".",
        "# Generated by `dragoman lexicon convert-cameo`: do not edit by hand; edit lexicon.txt instead",
        "# (hand-written entries win over these where both have the same pattern).",
        "# Format: README.md in this folder. CAMEO -> PLOVER mapping: cameo_plover.txt.",
        "# Converted data: the source dictionary's licence applies (packaged cameo2.txt: LICENSE.cameo2, MIT).",
        "#",
        *("# " + line for line in conv.summary().splitlines()),
        "",
        "# Word sets (from the dictionary's synsets): `=@name` in a pattern is any of these words.",
        *(f"@{name} = {' '.join(words)}" for name, words in sorted(conv.sets.items())),
        "",
    ]
    block = None
    for entry in conv.entries:
        if entry.block != block:
            block = entry.block
            out.append(f"# --- {block}")
        out.append(entry.line())
    return "\n".join(out) + "\n"


def convert_file(path: str | Path, reference: Lexicon | None = None,
                 common: frozenset[str] = frozenset(), ambiguous: bool = True,
                 vp_targets: bool = False) -> Conversion:
    text = Path(path).read_text(encoding="utf-8", errors="replace")
    return convert(text.splitlines(), reference=reference, common=common, ambiguous=ambiguous,
                   vp_targets=vp_targets)
