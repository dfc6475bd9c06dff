"""Finding event predicates in a parsed sentence: verbs, event nouns, critical statements."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Span, Token

from dragoman.events.derived import per_lexicon
from dragoman.events.guards import blocked
from dragoman.events.lexicon import Entry, Lexicon
from dragoman.events.naming import match_naming, naming_verbs
from dragoman.tokenfind import positions

VERB_POS = frozenset({"VERB"})
# the particle a verb with a coordinated subject has ("A and B postponed ..."): PETRARCH's "%"
JOINT_SUBJECT = "~and"
NOUN_POS = frozenset({"NOUN", "PROPN"})
PARTICLE_DEPS = frozenset({"prt", "prep", "agent", "dative"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
CONTENT_DEPS = frozenset({"ccomp", "xcomp", "parataxis"})
TIME_LABELS = frozenset({"DATE", "TIME"})
# Named-entity labels under which a noun is part of a name, not an event word.
NAME_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "LAW", "EVENT"})


@dataclass(slots=True)
class Predicate:
    """A lexicon entry that fired on a token.

    ``obj`` is the object (or modifier) token a ``=noun`` constraint matched;
    ``cue`` is, for a critical statement, the criticism noun in the content.
    """

    token: Token
    entry: Entry
    obj: Token | None = None
    cue: Token | None = None

    @property
    def kind(self) -> str:
        return self.entry.kind


def lemma(tok: Token) -> str:
    return tok.lemma_.lower() or tok.text.lower()


# prepositions of time and circumstance: what they govern is no object of the verb ("called off the
# strike *after* talks", "threw stones *during* demonstrations", "closed its border *because of* fighting")
CIRCUMSTANCE_PREPS = frozenset({"after", "before", "during", "since", "until", "till", "despite", "amid",
                                "amidst", "following", "because", "due", "owing"})


def _chained(tok: Token) -> list[Token]:
    """A verb's particle and preposition children, and the prepositions hanging from a particle
    ("pulled *out* *of* the deal", "walked *away* *from* the talks")."""
    out = []
    for c in tok.children:
        if c.dep_ in PARTICLE_DEPS:
            out.append(c)
            if c.dep_ in ("prt", "prep"):
                out.extend(g for g in c.children if g.dep_ == "prep")
    return out


def _objects_of(tok: Token) -> list[Token]:
    # a participle modifying a noun takes it as object ("the lawsuit filed by X")
    out = [tok.head] if tok.dep_ == "acl" and tok.tag_ == "VBN" else []
    for c in tok.children:
        if c.dep_ in ("dobj", "attr", "oprd", "nsubjpass"):
            out.append(c)
    for c in _chained(tok):
        if c.dep_ in ("prep", "prt") and lemma(c) not in CIRCUMSTANCE_PREPS and lemma(c.head) not in CIRCUMSTANCE_PREPS:
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def _with_compounds(obj: Token) -> list[Token]:
    """An object and the nouns compounded before it ("artillery shells")."""
    return [obj, *(c for c in obj.children if c.dep_ == "compound" and c.i < obj.i and c.pos_ == "NOUN")]


# nouns that only frame or count their "of" complement as a verb's object: "declared a state of
# emergency", "exploded a series of bombs", "held a round of talks", "suspended part of its aid"
FRAME_NOUNS = frozenset({
    "state", "series", "wave", "string", "spate", "round", "part", "portion", "batch",
    # quantities and measures: "handed over 700 kg of medicine", "gave 5 million dollars of aid"
    "kg", "kilogram", "ton", "tonne", "pound", "litre", "liter", "barrel", "worth", "amount", "quantity",
    "consignment", "load", "truckload", "planeload", "shipload", "crate", "box", "bag", "sack", "dose",
    "dollar", "euro",
})
# object nouns that name an act only through the noun compounded before them: "suspended aid
# deliveries", "ended mediation efforts", "froze the aid programme"
HOLLOW_NOUNS = frozenset({
    "effort", "mission", "process", "programme", "program", "delivery", "shipment", "package",
    "operation", "initiative", "scheme", "project",
})


def _frame_complement(obj: Token) -> list[Token]:
    """The "of" complement of a framing object noun ("a state of *emergency*"), else nothing."""
    if lemma(obj) not in FRAME_NOUNS:
        return []
    return [g for c in obj.children if c.dep_ == "prep" and lemma(c) == "of" for g in c.children if g.dep_ == "pobj"]


def _object_words(tok: Token) -> list[tuple[str, str, Token, bool]]:
    """(lemma, form, object token, names the object) for each object of a verb, the nouns compounded
    before it, and the "of" complement of a framing noun; a compound names the object when the
    object is a hollow noun ("aid deliveries")."""
    out = []
    for o in _objects_of(tok):
        for g in (o, *_frame_complement(o)):
            hollow = lemma(g) in HOLLOW_NOUNS
            out += [(lemma(m), m.text.lower(), g, m.i == g.i or hollow) for m in _with_compounds(g)]
    return out


def _particles_of(tok: Token) -> set[str]:
    """Particles and prepositions hanging from a verb; a preposition of a date or time ("on
    Thursday", "in March") is no part of a phrasal verb ("fire on")."""
    return {lemma(c) for c in _chained(tok)
            if not any(g.dep_ == "pobj" and g.ent_type_ in TIME_LABELS for g in c.children)}


def _restored(tok: Token) -> str | None:
    """The base of an "-ed" or "-ing" form whose final "e" the model's lemma dropped ("raped" ->
    "rap", "staged" -> "stag"): "rape", "stage"."""
    form = tok.text.lower()
    if form.endswith("ed"):
        return form[:-1]
    if form.endswith("ing"):
        return form[:-3] + "e"
    return None


@lru_cache(maxsize=8)
def _e_forms(heads: frozenset[str]) -> frozenset[str]:
    """The "-ed" and "-ing" forms of the heads ending in "e" ("raped", "raping")."""
    return frozenset(f for h in heads if len(h) > 2 and h.endswith("e") for f in (h + "d", h[:-1] + "ing"))


def _surface_entries(tok: Token, lex: Lexicon) -> list[Entry]:
    """A user's entries headed by the token's own inflected form: a PETRARCH dictionary writes
    "LEFT" or "MET" as a verb of its own block, apart from "LEAVE" and "MEET", and they are tried
    before the lemma's entries (one predicate either way)."""
    form = tok.text.lower()
    if form == lemma(tok):
        return []
    return [e for e in lex.verbs.get(form, ()) if e.rank < 0]


def match_verb(tok: Token, lex: Lexicon) -> Predicate | None:
    """The most specific verb entry whose constraints hold at ``tok``."""
    entries = _surface_entries(tok, lex) + (lex.verbs.get(lemma(tok)) or lex.verbs.get(_restored(tok) or "") or [])
    if not entries:
        return None
    particles = _particles_of(tok) | {"~" + c.dep_ for c in tok.children}
    if any(c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children) for c in tok.children):
        particles.add(JOINT_SUBJECT)
    objects: list[tuple[str, str, Token, bool]] | None = None
    for entry in entries:
        if entry.particles and not all(p in particles for p in entry.particles) or blocked(entry, tok, lex.modality):
            continue
        obj = None
        if entry.objects:
            if objects is None:  # once per token
                objects = _object_words(tok)
            # "talks" is lemmatised "talk": a pattern may name either form; a user's (PETRARCH-style)
            # pattern names a word that follows the verb, so a noun compounded in the object too
            obj = next((o for lem, form, o, head in objects
                        if (head or entry.rank < 0) and (lem in entry.objects or form in entry.objects)), None)
            if obj is None:
                continue
        return Predicate(tok, entry, obj=obj)
    return None


def match_noun(tok: Token, lex: Lexicon) -> Predicate | None:
    """The most specific event-noun entry whose constraints hold at ``tok``."""
    entries = lex.nouns.get(lemma(tok))
    if not entries:
        return None
    mods = {lemma(c): c for c in tok.children if c.dep_ in MODIFIER_DEPS}
    for entry in entries:
        if entry.objects:
            hit = next((mods[o] for o in entry.objects if o in mods), None)
            if hit is None:
                continue
            return Predicate(tok, entry, obj=hit)
        return Predicate(tok, entry)
    return None


def _bare_verb_entry(noun: Token, lex: Lexicon, allowed: str | None) -> Entry | None:
    """The unconstrained verb entry of a noun's lemma ("strike" -> V strike), hand-written first."""
    for entry in lex.verbs.get(lemma(noun), ()):
        if not entry.particles and not entry.objects and (allowed is None or entry.type == allowed):
            return entry
    return None


def match_support(tok: Token, lex: Lexicon) -> Predicate | None:
    """An event noun named by the lexicon's verb of its lemma, as the object of a support verb
    ("carried out strikes on X", "paid a visit to X", "lodged a protest with X"): the verb's
    entry read as a noun, with the support verb's target slots."""
    if not lex.support or tok.dep_ not in ("dobj", "nsubjpass") or lemma(tok) not in lex.verbs:
        return None
    verb = tok.head
    for support in lex.support.get(lemma(verb), ()):
        if support.particles and not all(p in _particles_of(verb) for p in support.particles):
            continue
        entry = _bare_verb_entry(tok, lex, support.type)
        if entry is not None:
            slots = tuple(dict.fromkeys((*support.targets, *(t for t in entry.targets if t != "obj"))))
            return Predicate(tok, replace(entry, kind="N", targets=slots, origin=support.origin or entry.origin))
    return None


def _content_of(verb: Token) -> list[Token]:
    """The reported-content heads of a speech verb (its clausal complements)."""
    return [c for c in verb.children if c.dep_ in CONTENT_DEPS]


def match_critical(tok: Token, lex: Lexicon) -> Predicate | None:
    """A speech verb whose reported content names a wrong (criticism noun)."""
    if not lex.criticism or lemma(tok) not in lex.speech:
        return None
    for head in _content_of(tok):
        for t in head.subtree:
            if t.pos_ not in NOUN_POS and t.pos_ != "ADJ":
                continue
            key = lemma(t)
            comp = next((lemma(c) for c in t.children if c.dep_ == "compound"), None)
            entry = (comp and lex.criticism.get(f"{comp} {key}")) or lex.criticism.get(key)
            if entry is not None:
                return Predicate(tok, entry, cue=t)
    return None


# "X said that Y must ...": a reported obligation of another party is a demand (CAMEO 10)
OBLIGATION_AUX = frozenset({"must", "should"})
DEMAND = Entry(kind="V", head="", type="REQUEST", mode="demand", cameo="100", origin="construction: reported obligation")


def match_obligation(tok: Token, lex: Lexicon) -> Predicate | None:
    """A verb whose reported clause says another, named party must or should act ("said",
    "reiterated", "declared that Y must ...")."""
    for clause in _content_of(tok):
        if clause.dep_ != "ccomp" or not any(c.dep_ == "aux" and lemma(c) in OBLIGATION_AUX for c in clause.children):
            continue
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and subjects[0].pos_ in ("PROPN", "NOUN"):
            return Predicate(tok, replace(DEMAND, head=lemma(tok)), cue=subjects[0])
    return None


def head_positions(doc: Doc, lex: Lexicon) -> set[int]:
    """The tokens whose lemma (or, lacking one, lower-case form) heads some entry: only they can be
    predicates."""
    heads, e_forms = _head_words(lex)
    return set(positions(doc, heads, LEMMA, fold=True)) | set(positions(doc, heads)) | set(positions(doc, e_forms))


@per_lexicon
def _head_words(lex: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """The lemmas that head an entry or a naming verb, and the "-ed"/"-ing" forms of the verb heads
    ending in "e" (the same sets for every document: their word ids and folds stay cached)."""
    return lex.heads | naming_verbs(), _e_forms(lex.verb_heads)


def find_predicates(sent: Span, lex: Lexicon, among: set[int] | None = None) -> Iterator[Predicate]:
    """Event predicates of one sentence, in token order; ``among``, when given, holds the only token
    positions worth trying (``head_positions``)."""
    used: set[int] = set()
    found: list[Predicate] = []
    toks = sent if among is None else [sent.doc[i] for i in range(sent.start, sent.end) if i in among]
    for tok in toks:
        if tok.pos_ in VERB_POS:
            named = match_naming(tok)
            pred = Predicate(tok, named[0], obj=named[1]) if named else match_verb(tok, lex) or match_critical(tok, lex) \
                or match_obligation(tok, lex)
            if pred is not None:
                found.append(pred)
                if pred.obj is not None:
                    used.add(pred.obj.i)
    for tok in toks:
        if tok.pos_ in NOUN_POS and tok.i not in used and tok.ent_type_ not in NAME_LABELS:
            pred = match_noun(tok, lex) or match_support(tok, lex)
            if pred is not None:
                found.append(pred)
    found.sort(key=lambda p: p.token.i)
    yield from found
