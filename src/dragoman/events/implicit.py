"""Arguments the text leaves implicit: an earlier act named again ("the operation was
condemned", "which the president accepted"), the government a protest addresses, the
institution an agentless passive act presupposes ("X was impeached")."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Token

from dragoman.actors.table import ActorTable
from dragoman.events.predicates import Predicate, lemma
from dragoman.records import Actor, Event

# "the operation was condemned", "denounced the conclusions of the summit": a definite act
# noun with no author of its own stands for the author of the earlier events of these types
# (the one who stated most of them, the latest on a tie)
FORCE = frozenset({"ASSAULT", "MOBILIZE", "COERCE"})
MEETING = frozenset({"CONSULT"})
DEAL = frozenset({"AGREE"})
ACT_ANAPHORS = {
    "operation": FORCE, "offensive": FORCE, "incursion": FORCE, "invasion": FORCE,
    "attack": frozenset({"ASSAULT"}), "strike": frozenset({"ASSAULT"}), "bombing": frozenset({"ASSAULT"}),
    "crackdown": frozenset({"COERCE"}), "deployment": frozenset({"MOBILIZE"}),
    "summit": MEETING, "talk": MEETING, "talks": MEETING, "meeting": MEETING, "negotiation": MEETING,
    "conference": MEETING, "agreement": DEAL, "deal": DEAL, "accord": DEAL, "treaty": DEAL, "pact": DEAL,
}
ANAPHOR_DETS = frozenset({"the", "this", "that"})
# verbs that judge or answer an act, whose object may be an earlier act ("accepted", "condemned")
JUDGING = frozenset({"ACCUSE", "REJECT", "SUPPORT", "AGREE", "CONCEDE"})


def _anaphor(tok: Token) -> frozenset[str] | None:
    """The event types a bare "the operation" / "this summit" may refer back to; None if it has an author."""
    types = ACT_ANAPHORS.get(tok.lemma_.lower()) or ACT_ANAPHORS.get(tok.text.lower())
    dets = [c.text.lower() for c in tok.children if c.dep_ in ("det", "poss")]
    if types is None or len(dets) != 1 or dets[0] not in ANAPHOR_DETS:
        return None
    if any(c.dep_ in ("prep", "agent") and c.text.lower() in ("of", "by", "between") for c in tok.children):
        return None
    return types


def _described(tok: Token, events: Sequence[Event]) -> list[Event]:
    """The events whose sentence repeats the modifiers of the act noun ("the *border* agreement":
    the border deal, not another one the article reported)."""
    mods = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ")}
    if not mods:
        return []
    out = []
    for ev in events:
        span = tok.doc.char_span(ev.evidence.start, ev.evidence.end, alignment_mode="expand")
        if span is not None and mods <= {t.lower_ for t in span[0].sent}:
            out.append(ev)
    return out


def _one_way(events: Sequence[Event]) -> list[Event]:
    """The events without the reverse of a mutual act ("A and B signed": A->B and B->A): the act
    has the first-named party as its author."""
    seen: set[tuple] = set()
    out = []
    for ev in events:
        key = (ev.evidence.start, ev.type, frozenset((ev.source, ev.target)))
        if key not in seen:
            seen.add(key)
            out.append(ev)
    return out


def act_author(pred: Predicate, targets: Sequence[Token], earlier: Sequence[Event], actors: ActorTable,
                source: str) -> list[tuple]:
    """The author of an earlier act that the predicate's object names: a bare act noun
    (ACT_ANAPHORS), or a non-restrictive "which" after a clause ("X apologised, which Y accepted")."""
    verb = pred.token
    picks: list[tuple[Token, frozenset[str] | None]] = []
    candidates = [*targets, *([pred.obj] if pred.obj is not None else [])]
    for tok in list(candidates):
        candidates += [g for c in tok.children if c.dep_ == "prep" and c.text.lower() == "of"
                       for g in c.children if g.dep_ == "pobj"]
    for tok in candidates:
        types = _anaphor(tok)
        if types is not None and (pred.entry.type in JUDGING or tok is pred.obj):
            picks.append((tok, types))
    if pred.entry.type in JUDGING and verb.dep_ == "relcl" and verb.i > 1 and verb.head.i < verb.i:
        rel = [c for c in verb.children if c.tag_ == "WDT" and c.text.lower() == "which"]
        if rel and verb.doc[rel[0].i - 1].text == ",":
            picks.append((rel[0], None))  # the clause before the comma, in this sentence
    for tok, types in picks:
        before = [ev for ev in earlier if ev.evidence.end <= tok.idx and ev.source != source and not ev.negated]
        if types is None:  # the clause just before "which"
            before = [ev for ev in before[-1:] if ev.evidence.start >= tok.sent.start_char]
        else:  # the act's author: the one who stated most such acts so far, the latest on a tie
            before = _one_way([ev for ev in before if ev.type in types])
            before = _described(tok, before) or before
            count = Counter(ev.source for ev in before)
            before.sort(key=lambda ev: count[ev.source])
        if before:
            actor = actors.get(before[-1].source)
            return [(actor, True, tok)] if actor is not None else []
    return []


# Protests and demands of non-state actors address their own government when the text names no one
ADDRESSED = frozenset({"PROTEST", "REQUEST"})
NON_STATE = frozenset({"CVL", "NGO", "OPP", "REB", "EDU", "REL"})


def own_government(pred: Predicate, source: Actor, actors: ActorTable, tok: Token) -> list[tuple]:
    """The government of a protesting or demanding group's own country: a "government" actor
    of that country, else its state (inferred, so with lower confidence)."""
    if pred.entry.type not in ADDRESSED or source.sector not in NON_STATE or not source.country:
        return []
    govs = [a for a in actors.actors if a.country == source.country and a.sector == "GOV"
            and (a.kind == "state" or (a.kind == "organization" and "government" in a.name.lower()))]
    govs.sort(key=lambda a: (a.kind == "organization", len(a.mentions)))
    return [(govs[-1], True, tok)] if govs else []


# Acts only one institution performs: "X was impeached" (no "by"): by X's legislature
INSTITUTION_OF_MODE = {"impeach": "LEG", "convict": "JUD"}
# ... and acts that the police of the victim's own country perform unless told otherwise:
# "X was arrested", "were detained"
INSTITUTION_OF_VERB = {"arrest": "COP", "detain": "COP", "sentence": "JUD", "acquit": "JUD"}
# ... and verb-object acts: "X was found guilty" (a court), "Y was held in contempt" (a legislature)
INSTITUTION_OF_OBJECT = {("find", "guilty"): "JUD", ("hold", "contempt"): "LEG"}


def institution(pred: Predicate, target: Actor, actors: ActorTable, tok: Token,
                 earlier: Sequence[Event]) -> list[tuple]:
    """The implicit agent of an agentless passive whose act only an institution performs: the
    institution of that sector and the target's country the article saw do it before, else the
    only such institution of the target's country it names."""
    sector = INSTITUTION_OF_MODE.get(pred.entry.mode or "")
    if sector is None and target.sector != "CRM":  # a suspect's arrest is crime news, not politics
        sector = INSTITUTION_OF_VERB.get(tok.lemma_.lower())
        if sector is None and pred.obj is not None:
            sector = INSTITUTION_OF_OBJECT.get((tok.lemma_.lower(), pred.obj.lemma_.lower()))
    if sector is None:
        return []
    if not target.country:
        return []
    found = [a for a in actors.actors if a.kind == "organization" and a.sector == sector
             and a.country == target.country and a.id != target.id]
    did = [a for ev in earlier if ev.mode == pred.entry.mode and not ev.negated
           for a in found if a.id == ev.source]
    if did:
        return [(did[-1], True, tok)]
    return [(found[0], True, tok)] if len(found) == 1 else []


# A judged act named by its nominalisation ("criticised the decision", "declined the request",
# "opposed the withdrawal") is owned by whoever did its verb earlier in the article ("X decided
# to ...", "Y requested ..."); a bare "the move" / "this step" by the author of the latest event.
NOMINALS = {
    "decision": ("decide",), "withdrawal": ("withdraw",), "request": ("request", "ask"),
    "proposal": ("propose",), "plan": ("plan",), "announcement": ("announce",), "ruling": ("rule",),
    "demand": ("demand",), "argument": ("argue",), "claim": ("claim",), "refusal": ("refuse",),
    "offer": ("offer",), "suggestion": ("suggest",), "appointment": ("appoint",), "order": ("order",),
    "accusation": ("accuse",), "allegation": ("allege",), "invitation": ("invite",), "ban": ("ban",),
    "nomination": ("nominate",), "recognition": ("recognize", "recognise"), "deployment": ("deploy",),
    "investigation": ("investigate", "inquiry", "probe"), "inquiry": ("investigate", "investigation", "probe"),
    "probe": ("investigate", "investigation", "inquiry"), "impeachment": ("impeach",),
    "demarcation": ("demarcate",), "annexation": ("annex",), "blockade": ("blockade",),
    "sanction": ("sanction",), "subpoena": ("subpoena",), "lawsuit": ("sue",), "veto": ("veto",),
}
# verbs whose object noun names an act of their subject ("announced a withdrawal", "opened an
# inquiry", "made the decision", "filed a lawsuit")
OWNING_VERBS = frozenset({"announce", "make", "take", "open", "launch", "begin", "start", "issue", "file",
                          "impose", "order", "submit", "present", "propose", "unveil", "declare", "pass"})
# how far on (characters) the owner of an act named first without one may be stated
LATER_REACH = 1500
VAGUE_ACTS = frozenset({"move", "step", "action", "measure", "act"})
# judgments of another's act: the act judged is the target's
STANCE_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT"})


def _bare_act(tok: Token) -> bool:
    dets = [c.text.lower() for c in tok.children if c.dep_ in ("det", "poss")]
    has_owner = any(c.dep_ in ("prep", "agent") and c.text.lower() in ("of", "by") for c in tok.children)
    return tok.pos_ == "NOUN" and len(dets) == 1 and dets[0] in ANAPHOR_DETS and not has_owner


def _asked(verb: Token) -> bool:
    """An act another party is asked or told to do ("asks Y to investigate Z") is not yet Y's act."""
    return verb.pos_ == "VERB" and verb.dep_ == "xcomp" and any(c.dep_ in ("dobj", "dative") for c in verb.head.children)


def _noun_owner(noun: Token, verb_agents) -> list[Token]:
    """Who an act noun is of: its possessor ("Trump's decision"), its "by" phrase, or the subject
    of the verb that announces or performs it ("X announced a withdrawal", "Y opened an inquiry")."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    performed = noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB" \
        and noun.head.lemma_.lower() in OWNING_VERBS
    # an indefinite act not performed by a verb is no particular act ("preferred an investigation by X")
    specific = performed or not any(c.dep_ == "det" and c.text.lower() in ("a", "an") for c in noun.children)
    if specific:
        owners += [g for c in noun.children if c.dep_ in ("prep", "agent") and c.text.lower() == "by"
                   for g in c.children if g.dep_ == "pobj"]
    if not owners and performed:
        owners = verb_agents(noun.head)
    return owners


# verbs that enact a measure, whose relative clause names the measure's author ("the decree X signed")
ENACTING_VERBS = frozenset({"sign", "enact", "adopt", "introduce", "impose", "declare", "pass", "issue"})


def _relative_owner(noun: Token) -> list[Token]:
    """The subject of a relative clause in which an act noun is announced, made or taken ("the
    decision, which X announced", "the step that Y took"), or a measure enacted with no relative
    word ("the state of emergency X declared", "the decree Y signed")."""
    out = []
    for c in (c for c in noun.children if c.dep_ == "relcl"):
        objs = [w for w in c.children if w.dep_ in ("dobj", "nsubjpass")]
        relative = any(w.tag_ in ("WDT", "WP") or w.lower_ == "that" for w in objs)
        reduced = not objs and lemma(c) in ENACTING_VERBS and c.i > noun.i
        if (relative and lemma(c) in OWNING_VERBS | ENACTING_VERBS) or reduced:
            out += [s for s in c.children if s.dep_ == "nsubj"]
    if not out and noun.dep_ in ("dobj", "pobj"):  # the parser hangs a reduced relative on the verb
        verb = noun.head if noun.dep_ == "dobj" else noun.head.head
        for c in (c for c in verb.children if c.dep_ == "advcl" and lemma(c) in ENACTING_VERBS):
            if any(w.dep_ in ("mark", "dobj", "advmod") and w.i < c.i for w in c.children):
                continue
            out += [s for s in c.children if s.dep_ == "nsubj" and s.left_edge.i == noun.right_edge.i + 1]
    return out


def _measure(tok: Token) -> bool:
    """A definite noun a relative clause ties to its author ("the law that X passed")."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ANAPHOR_DETS for c in tok.children)


def act_owner(pred: Predicate, targets: Sequence[Token], earlier: Sequence[Event], actors: ActorTable,
              finder, source: str) -> list[tuple]:
    """The owner of an earlier act a judging verb's object names by its nominalisation."""
    if pred.entry.type not in JUDGING:
        return []
    from dragoman.events.arguments import verb_agents  # arguments imports this module's users

    for tok in targets:
        told = [h for h in finder.actors(_relative_owner(tok)) if h[0].id != source] if _measure(tok) else []
        if told:  # "criticised the decision, which X announced"
            return [(told[0][0], True, tok)]
        if not _bare_act(tok):
            continue
        low = tok.lemma_.lower()
        if low in VAGUE_ACTS:
            before = [ev for ev in earlier if ev.evidence.end <= tok.idx and ev.source != source and not ev.negated]
            # a move others just judged is their target's ("A condemned B's plan. C also criticised the move")
            judged = bool(before) and before[-1].type in STANCE_TYPES and before[-1].target != source
            actor = actors.get(before[-1].target if judged else before[-1].source) if before else None
            return [(actor, True, tok)] if actor is not None else []
        verbs = NOMINALS.get(low)
        if not verbs:
            continue
        for prior in reversed(tok.doc[:tok.i]):
            if prior.pos_ in ("VERB", "NOUN") and (prior.lemma_.lower() in verbs or
                                                    (prior.lemma_.lower() == low and prior.i != tok.i)):
                if _asked(prior):
                    continue
                agents = verb_agents(prior) if prior.pos_ == "VERB" else _noun_owner(prior, verb_agents)
                hits = [h for h in finder.actors(agents) if h[0].id != source]
                if hits:
                    return [(hits[0][0], True, tok)]
        # named before its owner ("X criticised the decision. ... Trump defended his decision")
        for later in tok.doc[tok.i + 1:]:
            if later.idx - tok.idx > LATER_REACH:
                break
            if later.pos_ == "NOUN" and later.lemma_.lower() == low and (
                    any(c.dep_ == "poss" for c in later.children) or _by_owner(later)):
                hits = [h for h in finder.actors(_noun_owner(later, verb_agents)) if h[0].id != source]
                if hits:
                    return [(hits[0][0], True, tok)]
                break
    return []


def _by_owner(noun: Token) -> bool:
    return any(c.dep_ in ("prep", "agent") and c.text.lower() == "by" for c in noun.children)
