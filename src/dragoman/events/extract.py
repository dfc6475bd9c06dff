"""The events stage: PLOVER events (with CAMEO codes) between resolved actors."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from dragoman.actors.table import ActorTable
from dragoman.context import Context
from dragoman.events.addressees import addressees
from dragoman.events.anchors import dateline_ref, event_date, event_place
from dragoman.events.attendance import attendees, delegation_heads
from dragoman.events.derived import per_lexicon
from dragoman.events.arguments import (
    act_parties,
    complement_targets,
    critical_arguments,
    demanded_authors,
    governing_verb,
    inner_objects,
    is_passive,
    noun_arguments,
    object_parties,
    party_objects,
    verb_agents,
    verb_targets,
)
from dragoman.events.authorship import VIOLENT, Orphans, killed_in
from dragoman.events.blame import BLAME_ENTRY_HEAD, blame_clauses
from dragoman.events.carried import prepositional_objects
from dragoman.events.cancelled import cancelled
from dragoman.events.claims import bare_claims, claimed_entry
from dragoman.events.dedupe import merge_duplicates
from dragoman.events.domestic import domestic_target
from dragoman.events.endorsed import endorses_hostile_act
from dragoman.events.examples import named_members
from dragoman.events.experiencer import experiencer_arguments
from dragoman.events.finder import ActorFinder
from dragoman.events.for_clauses import for_clause_predicates, for_clause_subjects
from dragoman.events.gerunds import gerund_predicates
from dragoman.events.impacts import impact_victims, property_owners
from dragoman.events.judged import act_judged, act_pronoun, judged_act, quote_judgements
from dragoman.events.insurgency import attacked_state
from dragoman.events.intent import recode
from dragoman.events.implicit import act_author, act_owner, institution, own_government
from dragoman.events.lexicon import Lexicon, load_lexicon
from dragoman.events.measures import MEASURE_TYPES, restricted_parties
from dragoman.events.messages import message_authors, message_parties, records_an_act
from dragoman.events.modality import modality
from dragoman.events.monadic import CONFIDENCE_FACTOR, one_actor, own_intent
from dragoman.events.nominals import modifier_agents, of_authors, stray_agents
from dragoman.events.paired import reversed_predicate
from dragoman.events.passives import shared_patients
from dragoman.events.patients import undergoing_verb
from dragoman.events.purpose import hostile_purpose
from dragoman.events.perpetrators import perpetrator
from dragoman.events.possessors import other_possessors
from dragoman.events.predicates import JOINT_SUBJECT, Predicate, find_predicates, head_positions
from dragoman.events.reciprocal import MUTUAL_TYPES, reciprocal_pairs
from dragoman.events.selection import selection_predicates
from dragoman.events.responses import requester
from dragoman.events.requested import COOPERATIVE, request_heads, requested_act
from dragoman.records import Actor, Event, Place, Quote, Span, Time

# Types whose coordinated subjects act on each other ("A and B agreed").
SYMMETRIC = frozenset({"AGREE", "CONSULT", "COOPERATE", "ASSAULT"})
# types a verb of feeling codes from the one who feels ("X was disappointed by Y": X criticises Y)
FELT_TYPES = frozenset({"ACCUSE", "SUPPORT"})
# verbs that judge what their object names, which may be an act ("called it a stunt")
JUDGED = frozenset({"ACCUSE", "REJECT", "SUPPORT"})
# act nouns whose possessor is their victim ("X's murder", "X's arrest")
VICTIM_TYPES = frozenset({"ASSAULT", "COERCE"})
BASE_CONFIDENCE = {"V": 0.8, "N": 0.65, "C": 0.5, "J": 0.45}
@per_lexicon
def victim_nouns(lex: Lexicon) -> frozenset[str]:
    """Act nouns whose "of" object is the one acted upon ("the arrest of X", "the murder of Y")."""
    return frozenset(head for head, entries in lex.nouns.items() if any(e.type in VICTIM_TYPES for e in entries))


@per_lexicon
def deed_nouns(lex: Lexicon) -> frozenset[str]:
    """Nouns that name wrongs, whose author a "committed by X" participle names: the criticism
    nouns (crime, atrocity) and the violent and coercive event nouns (attack, killing)."""
    return frozenset(k.split()[-1] for k in lex.criticism) | victim_nouns(lex)


def _arguments(pred: Predicate) -> tuple[list[Token], list[Token]]:
    if pred.kind == "V":
        felt = experiencer_arguments(pred.token) if pred.entry.type in FELT_TYPES else None
        return felt if felt is not None else (verb_agents(pred.token), verb_targets(pred))
    if pred.kind == "N":
        return noun_arguments(pred)
    return critical_arguments(pred)


def _implausible(kind: str, source: Actor) -> bool:
    """A company does not assault ("was struck by a Volvo": a car, not an attack)."""
    return kind == "ASSAULT" and source.sector == "BUS"


def _self(source: Actor, target: Actor) -> bool:
    """A government body or office holder acting on its own state is no event between two actors."""
    if source.country is None or source.country != target.country or source.sector != "GOV":
        return False
    if target.kind == "organization" and target.sector == "GOV" and "government" in target.name.lower():
        return source.kind == "state"  # "Norway ... its government"
    return target.kind == "state" and source.kind != "state"


def _other_object(pred: Predicate, lex: Lexicon) -> bool:
    """A verb whose direct object names something other than the act itself ("A and B welcomed the
    resumption of ..."): its coordinated subjects do not act on each other."""
    if pred.kind != "V" or pred.obj is not None:
        return False
    return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() not in lex.nouns
               for c in pred.token.children)


# possessors of a joint act noun that keep it joint: "delayed *their* meeting"
JOINT_POSSESSORS = frozenset({"their"})


def _joint_object(pred: Predicate, lex: Lexicon) -> bool:
    """A verb whose direct object is a joint act of its coordinated subjects ("A and B delayed
    their meeting", "postponed talks"): an event noun of a mutual type, owned by none or by them,
    or an entry written for coordinated subjects."""
    if pred.kind != "V":
        return False
    if JOINT_SUBJECT in pred.entry.particles:  # a pattern written for coordinated subjects ("% HAVE *")
        return True
    return any(c.dep_ == "dobj" and c.pos_ == "NOUN"
               and any(e.type in MUTUAL_TYPES for e in lex.nouns.get(c.lemma_.lower(), ()))
               and all(p.text.lower() in JOINT_POSSESSORS for p in c.children if p.dep_ == "poss")
               for c in pred.token.children)


def _confidence(pred: Predicate, inferred: bool, aux: str | None) -> float:
    c = BASE_CONFIDENCE.get(pred.kind, 0.5) + (0.05 if pred.entry.specificity else 0.0)
    if inferred:
        c *= 0.7
    if aux:
        c *= 0.6
    return round(min(c, 0.95), 2)


def _evidence(tokens: Sequence[Token], ctx: Context) -> Span:
    """From the first argument phrase to the last of predicate and arguments,
    within the sentence and outside an embedded headline; ``tokens[0]`` is the predicate."""
    sent = tokens[0].sent
    starts = [max(t.left_edge.idx, sent.start_char) if t.pos_ in ("PROPN", "NOUN") else t.idx
              for t in tokens]
    start, end = min(starts), max(t.idx + len(t) for t in tokens)
    for h_start, h_end in ctx.article.headlines:
        if h_start <= start < h_end:
            start = min(h_end, tokens[0].idx)
    text = ctx.text_of(tokens[0].doc)
    while start < end and text[start].isspace():
        start += 1
    return Span(start=start, end=end)


def extract_events(
    doc: Doc,
    ctx: Context,
    actors: ActorTable,
    quotes: Sequence[Quote] = (),
    times: Sequence[Time] = (),
    places: Sequence[Place] = (),
    *,
    lexicon: Lexicon | None = None,
) -> list[Event]:
    """Events of one parsed article, in text order, ids E1, E2, ...

    Every event has a source and a target actor from ``actors``, or a source alone for an act with
    one actor (``events/monadic.py``); negated and
    unasserted (hypothetical, future, intended) events are kept and flagged.
    """
    lex = lexicon or load_lexicon()
    finder = ActorFinder(actors, quotes, victim_nouns(lex), deed_nouns(lex))
    dateline = dateline_ref(ctx)
    out: list[Event] = []
    stated: dict[int, bool] = {}
    seen: set[tuple] = set()

    def build(pred: Predicate, src: tuple, tgt: tuple, quote: Quote | None, negated: bool, aux: str | None) -> Event:
        tok = pred.token
        anchor = tok if pred.kind != "N" else (governing_verb(tok) or tok)
        date, explicit = event_date(tok, anchor, times, ctx, lex.nouns)
        ev = Event(
            id="",
            type=pred.entry.type or "",
            mode=pred.entry.mode,
            cameo=pred.entry.cameo,
            source=src[0].id,
            target=tgt[0].id if tgt else None,
            date=date,
            place=event_place(tok, anchor, places, ctx, dateline),
            negated=negated,
            evidence=_evidence([tok, src[2], *tgt[2:3]] if src[2].sent == tok.sent else [tok, *tgt[2:3]], ctx),
            quote=quote.id if quote else None,
            confidence=round(_confidence(pred, src[1] or bool(tgt and tgt[1]), aux)
                             * (1 if tgt else CONFIDENCE_FACTOR), 2),
            modality=aux,
            rule=pred.entry.rule,
            why=tgt[3] if len(tgt) > 3 else None,
        )
        stated[id(ev)] = explicit
        return ev

    orphans = Orphans()
    heads = head_positions(doc, lex)
    asking = request_heads(lex)
    claim = claimed_entry(lex)
    blame = next((e for e in lex.verbs.get(BLAME_ENTRY_HEAD, ()) if e.type == "ACCUSE"), None)
    deeds = deed_nouns(lex) | frozenset(lex.nouns)
    for sent in doc.sents:
        for verb in bare_claims(sent) if claim is not None else ():
            if ctx.in_headline(verb.idx, verb.idx + len(verb)):
                continue
            pred = Predicate(token=verb, entry=claim)
            for src in finder.actors(verb_agents(verb), agent=True)[:1]:
                for tgt in orphans.latest(verb, actors):
                    if src[0].id != tgt[0].id and (claim.type, src[0].id, tgt[0].id, verb.i) not in seen:
                        seen.add((claim.type, src[0].id, tgt[0].id, verb.i))
                        out.append(build(pred, src, tgt, finder.quote_at(verb.idx, verb.idx + len(verb)), False, None))
        for word, blamed, said in blame_clauses(sent, lex.speech, deeds) if blame is not None else ():
            if ctx.in_headline(word.idx, word.idx + len(word)):
                continue
            pred = Predicate(token=word, entry=blame)
            speakers = verb_agents(said)
            if any(blamed.lower_ in {t.lower_ for t in s.subtree} for s in speakers):
                continue  # "Boko Haram leader X said Boko Haram was behind it": a claim
            for src in finder.actors(speakers, agent=True)[:1]:
                for tgt in finder.actors([blamed]):
                    if src[0].id != tgt[0].id and (blame.type, src[0].id, tgt[0].id, word.i) not in seen:
                        seen.add((blame.type, src[0].id, tgt[0].id, word.i))
                        out.append(build(pred, src, tgt, finder.quote_at(word.idx, word.idx + len(word)), False, None))
        preds = [*find_predicates(sent, lex, heads), *gerund_predicates(sent, lex)]
        preds += [p for p in selection_predicates(sent) if all(q.token.i != p.token.i for q in preds)]
        preds += [p for p in for_clause_predicates(sent, lex) if all(q.token.i != p.token.i for q in preds)]
        preds = [p for p in preds if p.kind != "V" or p.obj is not None or not undergoing_verb(p.token, lex.nouns)]
        for pred in sorted(preds, key=lambda p: p.token.i):
            tok = pred.token
            if ctx.in_headline(tok.idx, tok.idx + len(tok)):
                continue
            if pred.kind == "N" and cancelled(tok):
                continue  # "the planned trip, which was cancelled"
            if pred.kind == "V" and endorses_hostile_act(tok, pred.entry.type, lex):
                continue  # "approved the attacks on X": no agreement with X
            if pred.kind == "V" and hostile_purpose(tok, pred.entry.type, lex):
                continue  # "came to Iraq to fight ISIS": a deployment, not a visit
            agents, targets = _arguments(pred)
            if pred.kind == "V":  # "condemned in a statement by X", "sent a letter urging Y"
                sender, recipients = message_parties(tok)
                agents = sender or agents or message_authors(tok)
                targets = targets + recipients + ([] if targets else shared_patients(tok))
            elif not agents:  # "the arrest of X by Y", "by Y" parsed under X
                agents = stray_agents(tok) or attendees(tok) or of_authors(tok, pred.entry.type)
            sources = finder.actors(agents, agent=True)
            if not sources:  # "one of these groups, the SDF, opposed ..."
                sources = finder.actors(named_members(agents), agent=True)
            if not sources and pred.kind == "N":  # "a Biden lawsuit against X"
                sources = [s for s in finder.actors(modifier_agents(tok), agent=True)
                           if s[0].kind in ("person", "organization")]
            if not sources and finder.actors(targets):  # "multiple assailants attacked X"
                sources = [(p, False, a) for a in agents[:1] for p in [perpetrator(a, pred.entry.type or "", actors)]
                           if p is not None]
            goals = finder.actors(targets)
            if not goals and pred.kind == "N":  # "the facilities were hit by strikes"
                targets = impact_victims(tok) or targets
                goals = finder.actors(targets)
            if not goals:  # "facilities belonging to X", "allies such as X"
                goals = finder.actors(property_owners(targets) + named_members(targets))
            if not goals and pred.kind == "V":  # "appealed for peace in Y"
                goals = finder.actors(inner_objects(tok, targets, pred.entry.targets))[:1]
            if not goals and pred.entry.type in MEASURE_TYPES:  # "restrictions on flights to Cuba"
                goals = finder.actors(restricted_parties(targets))
            if not sources and goals and pred.kind == "V" and is_passive(tok) and not agents:
                sources = killed_in(pred, out, actors, finder) or institution(pred, goals[0][0], actors, tok, out)
            if not sources:
                anchor = tok if pred.kind != "N" else (governing_verb(tok) or tok)
                where = event_place(tok, anchor, places, ctx) if pred.entry.type in VIOLENT else None
                orphans.add(pred, goals, where.country if where is not None else None)
                continue
            its = [t for t in targets if act_pronoun(t)] if pred.entry.type in JUDGED else []
            if its:  # "called it a stunt", "rejected it": "it" is no person nor the judge, else the act just reported
                goals = [g for g in goals if g[0].kind != "person" and g[0].id != sources[0][0].id] or \
                    act_judged(its[0], out, actors, sources[0][0].id)
            if not goals:
                goals = orphans.claimed(pred, actors)
            if not goals and pred.kind == "V":
                goals = act_author(pred, targets, out, actors, sources[0][0].id)
            if not goals and pred.kind == "V":
                goals = act_owner(pred, targets, out, actors, finder, sources[0][0].id)
            if not goals and pred.kind == "V":
                goals = [g for g in finder.actors(complement_targets(tok)) if g[0].id != sources[0][0].id]
            if not goals and pred.kind == "V":
                goals = [g for g in finder.actors(addressees(tok)) if g[0].id != sources[0][0].id]
            if not goals and pred.kind == "V":  # "withdrew from a treaty with X"
                goals = [g for g in finder.actors(act_parties(targets, lex.nouns, pred.entry.type != "ACCUSE"))
                         if g[0].id != sources[0][0].id]
            if not goals and pred.kind == "V" and pred.entry.type == "REQUEST":
                goals = [g for g in finder.actors(demanded_authors(tok) + for_clause_subjects(tok))
                         if g[0].id != sources[0][0].id]
            if not goals and pred.kind == "V" and "obj" in pred.entry.targets and not records_an_act(tok):
                goals = [g for g in finder.actors(object_parties(tok, lex.nouns)) if g[0].id != sources[0][0].id]
            if not goals and pred.kind == "V":  # "acted against X", "a protocol with X": a weaker reading
                goals = [(g[0], True, g[2]) for g in finder.actors(party_objects(tok)) if g[0].id != sources[0][0].id]
            if not goals and pred.kind == "V":
                goals = requester(pred, sources[0][0], out, actors)
            if pred.kind == "V" and all(g[0].id in {s[0].id for s in sources} for g in goals):
                # "questioned his authority": a possessor that is not the questioner
                goals = other_possessors(targets, actors, [s[0] for s in sources], pred.entry.type == "ACCUSE") or goals
            if not goals:
                goals = own_government(pred, sources[0][0], actors, tok)
            if not goals:
                goals = domestic_target(pred, sources[0][0], targets, actors, places)
            if not goals and pred.entry.type in VIOLENT:
                anchor = tok if pred.kind != "N" else (governing_verb(tok) or tok)
                goals = attacked_state(pred.entry.type, sources[0][0], targets, event_place(tok, anchor, places, ctx),
                                       tok, actors)
            if pred.kind == "C":
                goals = goals[:1]  # the first named party is the one criticised
            pairs = [(s, t) for s in sources for t in goals]
            # "A and B delayed their meeting": "their" is the subjects themselves, no other target
            joint = len(sources) > 1 and all(g[0].id in {s[0].id for s in sources} for g in goals) \
                and _joint_object(pred, lex)
            if joint or not goals and len(sources) > 1 and pred.entry.type in SYMMETRIC and not _other_object(pred, lex):
                # "A and B met": each the other; delegations meet, led by their first-named member;
                # "A and B delayed their meeting": each delays it with the other
                parties = delegation_heads(sources) if pred.kind == "N" and attendees(tok) else sources
                pairs = reciprocal_pairs(parties, pred.entry.type or "", pred.kind == "V", mutual=joint)
            pairs = [(s, t) for s, t in pairs if s[0].id != t[0].id and not _self(s[0], t[0])
                     and not _implausible(pred.entry.type or "", s[0])]
            if not pairs and goals and all(s[0].id == t[0].id or _self(s[0], t[0]) for s in sources for t in goals):
                # "withdrew the US from a treaty with Iran": the own state is carried along, the act's party is hit
                carried = [t for t in finder.actors(act_parties(prepositional_objects(tok), lex.nouns))
                           if not any(s[0].id == t[0].id or _self(s[0], t[0]) for s in sources)]
                # "imposed a curfew in Turkey" by Turkish authorities: not the state, its people
                pairs = [(s, t) for s in sources for t in carried or domestic_target(pred, s[0], targets, actors, places)]
            lone = not pairs and not goals  # an act with one actor: "the union went on strike"
            if lone:
                pairs = [(s, ()) for s in sources[:1] if one_actor(pred, s[0], s[2], lex)]
            if not pairs:
                continue
            asked = pred.entry.type != "REQUEST" and requested_act(tok if pred.kind != "N" else governing_verb(tok), asking)
            if asked and (lone or pred.entry.type not in COOPERATIVE):
                continue  # "urged Y to investigate Z": the request is the event, not the act asked for
            negated, aux = modality(pred, lex)
            aux = aux or ("intended" if asked else None)
            stated_intent = recode(pred, tok if pred.kind != "N" else governing_verb(tok), negated, aux)
            if stated_intent is not None and lone and not own_intent(pred, stated_intent[0], pairs[0][0][2]):
                continue  # "demanded an apology by X": X has not acted
            if stated_intent is not None:
                entry, negated, aux = stated_intent
                pred = Predicate(token=tok, entry=entry, obj=pred.obj, cue=pred.cue)
            quote = finder.quote_at(tok.idx, tok.idx + len(tok))
            for src, tgt in pairs:
                key = (pred.entry.type, src[0].id, tgt[0].id if tgt else None, tok.i)
                if key not in seen:
                    seen.add(key)
                    out.append(build(pred, src, tgt, quote, negated, aux))
                if tgt and pred.entry.reverse and (key := (pred.entry.type, tgt[0].id, src[0].id, tok.i)) not in seen:
                    seen.add(key)  # a paired code: "X arrived in Y" is also Y hosting X (once: "A and B met")
                    out.append(build(reversed_predicate(pred), tgt[:3], src, quote, negated, aux))
    for quote, word, judged_tok, direct, entry in quote_judgements(doc, quotes):
        speaker = actors.get(quote.speaker)
        if speaker is None or ctx.in_headline(word.idx, word.idx + len(word)):
            continue
        act = judged_tok.lemma_.lower()
        if any(e.type in VICTIM_TYPES for e in (*lex.nouns.get(act, ()), *lex.verbs.get(act, ()))
               if not e.objects and not e.particles):
            continue  # "X's murder is unacceptable": X is the victim, not the one judged
        pred = Predicate(token=word, entry=entry)
        named = finder.named(judged_tok) if direct else finder.actors([judged_tok])
        if not direct and judged_act(judged_tok):
            # "it" / "this" is no person, nor the speaker: else it stands for the act just reported
            named = [n for n in named if n[0].id != speaker.id and n[0].kind != "person"] or \
                act_judged(judged_tok, out, actors, speaker.id)
        for tgt in named:
            key = (entry.type, speaker.id, tgt[0].id, word.sent.start)
            if entry.type == "SUPPORT" and tgt[0].kind != "person":
                continue  # praise in a quote is of people ("an icon"); of things it is description
            if tgt[0].id != speaker.id and not _self(speaker, tgt[0]) and key not in seen:
                seen.add(key)
                out.append(build(pred, (speaker, True, word), tgt, quote, False, None))
    out = merge_duplicates(out, actors, stated)
    out.sort(key=lambda e: (e.evidence.start, e.evidence.end))
    for n, ev in enumerate(out, 1):
        ev.id = f"E{n}"
    return list(out)
