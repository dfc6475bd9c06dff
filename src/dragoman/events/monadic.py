"""Monadic events: an act with one actor ("the teachers went on strike", "the president resigned",
"the army mobilised reservists", "the rebels rejected the plan"), coded with its source and no
target when neither the sentence nor the article names anyone it is aimed at, as CAMEO and PLOVER
code them."""

from __future__ import annotations

from spacy.tokens import Token

from dragoman.events.arguments import is_passive
from dragoman.events.groups import is_person_noun
from dragoman.events.lexicon import Entry, Lexicon
from dragoman.events.predicates import Predicate, lemma
from dragoman.records import Actor

# Kinds of entry that code an act of their own; a criticism (C), a judgement (J) or a choice
# needs the one it is about.
ACT_KINDS = frozenset({"V", "N", "L"})
# Types that are no act without the party they are about: meeting, praising, helping, working
# with or accusing someone. Their lexicon entries read that party from the text; without it the
# word is mostly of another sense ("spoke on television", "received an award", "helped to win"),
# unless the entry's object fixes the sense ("granted asylum", "provided food aid").
DYADIC_TYPES = frozenset({"CONSULT", "SUPPORT", "AID", "COOPERATE", "ACCUSE"})
# Modes of those types whose act has one actor: an investigation opened.
ONE_ACTOR_MODES = frozenset({"investigate"})
# Types whose general verbs are acts only with what is yielded, asked or agreed ("agreed to
# withdraw", "demanded that ...", "allowed observers in"): used alone they are mostly other senses.
COMPLEMENTED_TYPES = frozenset({"CONCEDE", "REQUEST", "AGREE"})
COMPLEMENT_DEPS = frozenset({"dobj", "xcomp", "ccomp", "nsubjpass", "dative"})
# A monadic event is less certain than one with both parties: it loses a dyadic event's place.
CONFIDENCE_FACTOR = 0.75
# Types of act nouns whose possessor is their victim ("X's arrest", "X's murder").
VICTIM_TYPES = frozenset({"ASSAULT", "COERCE"})
# Named-entity labels and nouns of people: the victims of an act of force.
PEOPLE_LABELS = frozenset({"PERSON", "NORP", "ORG", "GPE"})
PEOPLE_NOUNS = frozenset({"people", "person", "civilian", "man", "woman", "child", "resident", "citizen",
                          "soldier", "officer", "student", "worker", "protester", "prisoner", "member"})
# Pronouns that stand for a thing whose sense no actor tells ("it was recognised by X").
THING_PRONOUNS = frozenset({"it", "this", "that", "these", "those", "which"})
# Prepositions that make an event noun the act of the verb's subject ("went *on* strike",
# "broke *into* riots").
ACT_PREPS = frozenset({"on", "into"})


def _people(tok: Token) -> bool:
    """A noun that names people: a name, a nationality, a person or group noun, or a counted
    plural ("three Albanians", "23 people")."""
    return (tok.pos_ == "PROPN" or tok.ent_type_ in PEOPLE_LABELS or is_person_noun(tok)
            or lemma(tok) in PEOPLE_NOUNS or any(c.dep_ == "nummod" for c in tok.children))


def _unknown_object(verb: Token, type_: str, lex: Lexicon) -> bool:
    """A verb whose entry constrains no object, with a direct object that names no act: its sense
    is not known without the party it acts on ("released a statement", "it was recognised"; "rejected a proposal" is
    known: "proposal" is an act). People are the victims of violence and force ("killed three
    villagers"), not its sense."""
    objects = ("dobj", "nsubjpass") if is_passive(verb) else ("dobj",)
    return any(c.dep_ in objects and (c.pos_ in ("NOUN", "PROPN") and lemma(c) not in lex.nouns
                                      and c.text.lower() not in lex.nouns or c.text.lower() in THING_PRONOUNS)
               and not (type_ in VICTIM_TYPES and _people(c))
               for c in verb.children)


def _own_noun(noun: Token, agent: Token, pred_type: str) -> bool:
    """An event noun is its source's own act when the source owns it ("the union's strike", "a
    strike by teachers") or performs it ("staged a strike", "went on strike")."""
    if agent.head == noun and agent.dep_ == "poss":
        return pred_type not in VICTIM_TYPES
    if agent.head == noun or agent.head.head == noun:
        return True
    return noun.dep_ == "dobj" or (noun.dep_ == "pobj" and lemma(noun.head) in ACT_PREPS)


def one_actor(pred: Predicate, source: Actor, agent: Token, lex: Lexicon) -> bool:
    """Whether the act ``pred`` names is coded with ``source`` (found at ``agent``) alone when no
    target is found."""
    entry = pred.entry
    if pred.kind not in ACT_KINDS or not entry.type:
        return False
    if entry.type in DYADIC_TYPES and entry.mode not in ONE_ACTOR_MODES and not (pred.kind == "V" and entry.objects):
        return False  # (a verb whose object fixes its sense codes it: "granted asylum", "provided aid")
    if entry.type == "ASSAULT" and source.sector == "BUS":
        return False
    if pred.kind == "V" and not entry.objects and _unknown_object(pred.token, entry.type, lex):
        return False
    if pred.kind == "V" and entry.type in COMPLEMENTED_TYPES and not entry.objects and not entry.particles \
            and not any(c.dep_ in COMPLEMENT_DEPS for c in pred.token.children):
        return False  # "he conceded" (a goal?), "she asked about it", "pleaded guilty"
    if pred.obj is not None and lemma(pred.obj) in {k.split()[-1] for k in lex.criticism}:
        return False  # "said X committed crimes": an allegation, coded as the speaker's criticism
    if pred.kind == "V" and is_passive(pred.token) and agent.head.dep_ != "agent":
        return False  # "the officers were suspended": the subject undergoes the act
    return pred.kind != "N" or _own_noun(pred.token, agent, entry.type)


def own_intent(pred: Predicate, recoded: Entry, agent: Token) -> bool:
    """Whether a monadic act recoded as a stated intent ("X declined to resign", "X agreed to
    withdraw") is still the source's: a noun whose own agent ("an apology *by X*") is demanded by
    someone else is not."""
    return not (recoded.type == "REQUEST" and pred.kind == "N" and pred.token in (agent.head, agent.head.head))
