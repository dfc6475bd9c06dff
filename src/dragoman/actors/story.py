"""A person's part in the story, the last evidence of a sector for someone the text gives no role.

Weak by design (used only when no title, appositive or knowledge says more):
* the verb the person does or undergoes, through the role lexicon's ``doer``/``undergoer`` verbs:
  "X was arrested", "police arrested X", "the judge sentenced X" (CRM), "the blast killed X" (CVL);
* a noun the text names the person by: "the gunman, identified as X", "a woman named X" (the noun's
  own role, else the noun's part in the sentence), "suspected to be X" (CRM);
* the object of a charge: "charges against X", "a murder case against X" (CRM);
* an age and nothing else, the mark of a private person in news ("X, 39,", "39-year-old X"): CVL.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dragoman.actors.lexicon import Lexicon

_NAMING = frozenset({"name", "identify", "call", "know", "describe"})
_SUSPECT = frozenset({"suspect", "believe", "allege", "presume"})
_CHARGES = frozenset({"charge", "case", "allegation", "accusation", "indictment", "prosecution", "conviction", "warrant"})
_AGE = ("year-old", "years-old")


def _named_by(root: Token) -> Token | None:
    """The noun a naming participle hangs the name on ("the gunman, identified as X" -> gunman)."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "as":
        head = head.head
    elif root.dep_ not in ("oprd", "attr", "dobj", "appos"):
        return None
    if head.pos_ == "VERB" and head.lemma_.lower() in _NAMING and head.dep_ in ("acl", "relcl", "appos") \
            and head.head.pos_ in ("NOUN", "PROPN") and head.head.i < root.i:
        return head.head
    return None


def _suspected(root: Token) -> bool:
    """ "suspected to be X", "believed to be X"."""
    if root.dep_ != "attr" or root.head.lemma_ != "be":
        return False
    verb = root.head.head if root.head.dep_ == "xcomp" else None
    return verb is not None and verb.lemma_.lower() in _SUSPECT


def _verb_part(tok: Token, lex: Lexicon) -> tuple[str, Token] | None:
    """The sector a verb gives the token that does or undergoes it, with the verb."""
    head = tok.head
    if tok.dep_ == "nsubjpass" or (tok.dep_ == "dobj" and head.pos_ == "VERB"):
        role = lex.verbs.get(("undergoer", head.lemma_.lower()))
    elif tok.dep_ == "nsubj":
        role = lex.verbs.get(("doer", head.lemma_.lower()))
    else:
        role = None
    if role is None:  # "X, who witnessed the crash,"
        for child in tok.children:
            if child.dep_ == "relcl":
                role = lex.verbs.get(("doer", child.lemma_.lower()))
                if role is not None:
                    head = child
                    break
    return (role.sector, head) if role is not None and role.sector else None


def _charged(root: Token) -> Token | None:
    """ "charges against X", "a murder charge against X": the charge noun."""
    if root.dep_ != "pobj" or root.head.lower_ != "against":
        return None
    noun = root.head.head
    for _ in range(3):
        if noun.lemma_.lower() in _CHARGES:
            return noun
        if noun.head is noun:
            break
        noun = noun.head
    return None


def _aged(doc: Doc, start: int, end: int) -> str | None:
    """ "X, 39," / "39-year-old X" / "X (39)": the age, when the text gives one."""
    if end + 2 < len(doc) and doc[end].text in (",", "(") and doc[end + 1].like_num \
            and doc[end + 2].text in (",", ")", ".", "and") and 0 < _number(doc[end + 1].text) < 120:
        return doc[end + 1].text
    k = start - 1
    if k >= 0 and doc[k].lower_.endswith(_AGE):
        return doc[k].text
    if k >= 4 and doc[k].lower_ == "old" and doc[k - 2].lower_ == "year" and doc[k - 4].like_num:
        return doc[k - 4:k + 1].text  # "25 - year - old X" split by the tokenizer
    return None


def _number(text: str) -> int:
    return int(text) if text.isdigit() else -1


def story_cue(doc: Doc, start: int, end: int, lex: Lexicon) -> tuple[str, str] | None:
    """(sector, why) from the person's part in the story, or None."""
    root = doc[end - 1]
    name = doc[start:end].text
    if _suspected(root):
        return "CRM", f"story: {name!r} is a suspect ({root.head.head.text!r} to be)"
    holder = _named_by(root)
    if holder is not None:
        role = lex.titles.get(holder.lemma_.lower()) or lex.titles.get(holder.lower_)
        if role is not None and role.sector in ("CRM", "CVL"):
            return role.sector, f"story: {name!r} is the {holder.text!r} the text names"
    part = _verb_part(holder if holder is not None else root, lex)
    if part is not None:
        return part[0], f"story: {name!r} with {part[1].text!r}"
    charge = _charged(root)
    if charge is not None:
        return "CRM", f"story: {charge.text!r} against {name!r}"
    age = _aged(doc, start, end)
    if age is not None:
        return "CVL", f"story: {name!r} given an age ({age}) and no role: a private person"
    return None
