"""The actors stage: ``extract_actors(doc, ctx) -> ActorTable`` (candidate names come from ``candidates``).

Order of evidence: the text first (titles, country words, appositives, organisation
head words, country word + collective noun, a past office's party standing), the lexicon
second (organisations, countries, office holders on the article's date, user dictionaries),
then the person's part in the story (``story``), and last the article's focus country
(``focus``) for an actor whose role is known but whose country is not.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from spacy.attrs import ORTH
from spacy.tokens import Doc

from dragoman.actors import agency, cues, phrases, spans, standing, words
from dragoman.actors.candidates import Candidate, acronym_written_as_word, candidates
from dragoman.actors.builtin import builtin_lexicon, roaming_roles
from dragoman.actors.collective import bare_groups, campaigns
from dragoman.actors.focus import focus_country
from dragoman.actors.story import story_cue
from dragoman.actors.coref import FALLBACK, LEXICON, OFFICE, TEXT, Cluster, Mention, corefer
from dragoman.actors.lexicon import LEGAL_FORMS, Entry, Lexicon, is_acronym, pick
from dragoman.actors.normalize import key_tokens, name_key, slug, stable_id
from dragoman.actors.table import ActorTable
from dragoman.actors.words import POSSESSIVE, capitalised, country_starting
from dragoman.columns import columns
from dragoman.context import Context
from dragoman.records import Actor
from dragoman.tokenfind import flags, positions

# Nouns after a name that make it a news outlet's ("the Vox website").
MEDIA_NOUNS = frozenset("website newspaper magazine tabloid broadcaster blog podcast newsletter".split())
# Sectors whose acronyms news spells out on first reference (unlike "FBI", "NATO", "ANC", "ISIS").
SPELLED_OUT = frozenset({"NGO", "BUS", "EDU"})
PLACE_PREPOSITIONS = frozenset("in at to from near into outside across around inside through via toward towards of on".split())


def _countries_named(doc: Doc, lex: Lexicon) -> Counter[str]:
    """How often the text names each country (names, adjectives, capitals): a cheap first pass."""
    counts: Counter[str] = Counter()
    caps = flags(doc, words.capitalised_text)
    i, n = 0, len(doc)
    while i < n:
        hit = country_starting(doc, i, n, lex) if caps[i] else None
        if hit is None:
            i += 1
            continue
        counts[hit[1]] += 1
        i = hit[0]
    return counts



def _in_context(entries: tuple[Entry, ...], mentioned: Counter[str]) -> tuple[Entry, ...]:
    """Entries of one name in several countries ("Labour Party"): those of the country the text names
    most; none when the text names none of them (an unresolved name beats a wrong country). A party
    needs its country named."""
    # A party is known by its name only in its own country's news ("Reform Party", "Act").
    entries = tuple(e for e in entries if not e.source.endswith("parties.tsv") or mentioned[e.country or ""])
    countries = {e.country for e in entries if e.country}
    if len(countries) < 2:
        return entries
    ranked = [c for c, _ in mentioned.most_common() if c in countries]
    if not ranked:
        return ()
    return tuple(e for e in entries if e.country in (ranked[0], None))


def _cut_entity(doc: Doc, p: phrases.Phrase) -> bool:
    """A country word and organisation noun that only begin an organisation's longer name ("German
    Institute" of "German Institute for Economic Research"): the name is the actor."""
    return p.kind == "institution" and not p.before and p.end < len(doc) and doc[p.end].ent_iob_ == "I" and doc[p.end].ent_type_ == "ORG" \
        and doc[p.end - 1].ent_type_ == "ORG"


def _span_used(used: bytearray, start: int, end: int) -> bool:
    return any(used[start:end])


def _mark(used: bytearray, ranges) -> None:
    for s, e in ranges:
        used[s:e] = b"\x01" * (e - s)


def _entry_why(entry: Entry) -> str:
    if entry.source.startswith("user"):
        return f"{entry.source}: {entry.name} [{entry.code}]" if entry.code else f"{entry.source}: {entry.name}"
    dates = f" {entry.start or ''}..{entry.end or ''}" if entry.dated else ""
    return f"lexicon: {entry.source}{dates}"


class _Reader:
    """Reads one document's mentions; holds the document, lexicon and date."""

    def __init__(self, doc: Doc, ctx: Context, lex: Lexicon) -> None:
        self.doc, self.ctx, self.lex, self.day = doc, ctx, lex, ctx.published
        self.used = bytearray(len(doc))
        self.mentions: list[Mention] = []
        self.countries: Counter[str] = Counter()
        self.cues: dict[int, cues.Cue] = {}  # last token of a person's name -> its cue
        self.taken = bytearray(len(doc))  # tokens inside a mention
        self.named: Counter[str] = Counter()  # country words of the whole text
        self.parties: Counter[str] | None = None  # parties the article names, read when first needed
        self._lower_text: str | None = None  # the text in lower case, made when first needed
        self._org_names: set[str] | None = None  # multi-word ORG names the model tagged somewhere in the text

    def mention(self, start: int, end: int, kind: str, **fields) -> Mention:
        doc = self.doc
        while end - start > 1 and doc[end - 1].text in POSSESSIVE:  # "the Iranian regime's": the owner's name
            end -= 1
        m = Mention(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text), doc[start:end].text, kind, **fields)
        self.mentions.append(m)
        self.taken[start:end] = b"\x01" * (end - start)
        return m

    def later_names(self, clusters: list[Cluster]) -> None:
        """Add a person's surname where the model tagged nothing ("..., Lind told Ruiz.")."""
        owners: dict[str, Cluster | None] = {}
        for c in clusters:
            if c.kind != "person":
                continue
            for m in c.mentions:
                words = m.text.split()
                if len(words) >= 2 and m.kind == "person":
                    for word in (words[-1],):
                        if len(word) > 2 and word[0].isupper():
                            owners[word] = c if owners.get(word, c) is c else None
        if not owners:
            return
        doc = self.doc
        for i in positions(doc, frozenset(owners), ORTH):
            tok = doc[i]
            c = owners[tok.text]
            if c is not None and not self.taken[tok.i] and not self.used[tok.i] and tok.pos_ in ("PROPN", "NOUN") \
                    and tok.ent_type_ in ("", "PERSON"):
                c.mentions.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text, "person",
                                          why=[f"text: {tok.text!r} names {c.name}"]))
                self.taken[tok.i] = 1

    def short_org_names(self, clusters: list[Cluster]) -> None:
        """Add an organisation's name without its legal form where the model tagged nothing
        ("Vextel" for "Vextel Corporation", "Acme" for "Acme Ltd.")."""
        owners: dict[str, Cluster | None] = {}
        for c in clusters:
            if c.kind != "organization":
                continue
            for m in c.mentions:
                words = m.text.split()
                if len(words) >= 2 and words[-1].lower().rstrip(".") in LEGAL_FORMS and words[0][:1].isupper():
                    short = " ".join(words[:-1])
                    owners[short] = c if owners.get(short, c) is c else None
        doc = self.doc
        for short, c in owners.items():
            if c is None or self.lex.country_of_word(short) or name_key(short) in self.lex.capitals:
                continue
            for hit in re.finditer(r"(?<![\w-])" + re.escape(short) + r"(?![\w-])", self.ctx.text_of(doc)):
                span = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
                if span is None or any(self.taken[span.start:span.end]) or any(self.used[span.start:span.end]):
                    continue
                c.mentions.append(Mention(hit.start(), hit.end(), short, "organization",
                                          why=[f"text: {short!r} names {c.name}"]))
                self.taken[span.start:span.end] = b"\x01" * (span.end - span.start)

    # -- people -------------------------------------------------------------------------
    def person(self, c: Candidate, entry: Entry | None) -> None:
        doc, lex = self.doc, self.lex
        end = c.end
        start = cues.place_in_name(doc, c.start, end, lex)
        left = cues.left_cue(doc, start, lex)
        start, inner_role, inner_words = cues.inner_title(doc, start, end, lex)
        right = cues.right_cue(doc, end, lex)
        cue = left if left.found else right
        if left.found and standing.running(right) and left.sector in standing.OCCUPATIONS and not standing.running(left):
            cue, left, right = right, right, left  # "Professor X, the party's presidential nominee": running decides
        if inner_role is not None and not cue.title:
            cue.title = inner_role.title or inner_words.title()
            cue.sector = cue.sector or inner_role.sector or None
            cue.why.append(f"text: title {inner_words!r} in the name")
        if left.found and right.found:  # fill what the left cue lacks from the appositive
            cue.country = cue.country or right.country
            cue.sector = cue.sector or right.sector
            cue.why += right.why
            cue.used += right.used
        if not cue.found:
            cue = self._respectively(start, end) or self._listed_with(c) or cues.predicate_cue(doc, start, end, lex)
        if cue.owner and not (cue.country and cue.sector):
            self._owner(cue)
        if cue.title and not cue.country:
            self._inherit_country(cue)
        _mark(self.used, cue.used)
        if cue.country:
            self.countries[cue.country] += 1
        strength = TEXT if cue.found else 0
        m = self.mention(start, end, "person", country=cue.country, sector=None if cue.former else cue.sector,
                         title=None if cue.former else cue.title, why=list(cue.why), strength=strength)
        if cue.org is not None and cue.org.source == "text" and cue.org.sector is None:
            m.org = cue.org.name  # the organisation may be described elsewhere in the article
        elif cue.employer:
            m.org = cue.employer
        if cue.former and (cue.sector or cue.title):  # weak: the role the person no longer holds
            self.mentions.append(Mention(m.start, m.start, "", "person", sector=cue.sector, title=cue.title,
                                         strength=FALLBACK, why=["text: former role"]))
        running = standing.running(cue)
        if cues.candidacy(doc, end):  # the party decides between PTY and OPP; a party the KB does not know: OPP
            party = None if cue.narrated else self._standing(start, end, cue)
            self.mentions.append(Mention(m.start, m.start, "", "person", sector=party[0] if party else "OPP",
                                         strength=TEXT, running=True,
                                         why=[f"text: {doc[start:end + 2].text!r} (a candidate)"]
                                         + ([party[1]] if party else [])))
        elif (cue.former or running) and not cue.narrated and (party := self._standing(start, end, cue)) is not None:
            m.sector = None  # a candidate's party decides between PTY and OPP
            self.mentions.append(Mention(m.start, m.start, "", "person", sector=party[0], strength=TEXT,
                                         running=running, why=[party[1]]))
        elif running and m.sector in ("PTY", "OPP"):
            m.running = True
            if m.sector == "PTY" and cue.org is not None and cue.org.source == "text":
                m.sector = "OPP"  # a nominee of a party the KB does not know governs nowhere: the opposition
        elif not cue.sector or cue.sector == "CVL" or cue.former:  # "X, formerly the firm's president, pleaded guilty"
            part = story_cue(doc, start, end, lex)
            if part is not None and not cue.sector:
                self.mentions.append(Mention(m.start, m.start, "", "person", sector=part[0], strength=FALLBACK,
                                             why=[part[1]]))
            elif part is not None and part[0] == "CRM":  # "X, a tennis player, was arrested": a suspect now
                m.sector = None
                self.mentions.append(Mention(m.start, m.start, "", "person", sector="CRM", strength=TEXT,
                                             why=[part[1]]))
        self.cues[doc[end - 1].i] = cue
        if any(t.text in spans.QUOTES for t in doc[start:end]):
            m.display = spans.without_nickname(doc, start, end)
        if entry is not None:
            m.entry = entry
            m.key = "entry:" + name_key(entry.name)
            m.why.append(_entry_why(entry))

    def _owner(self, cue: cues.Cue) -> None:
        """ "X, one of President Y's aides": X serves Y's state, in Y's sector."""
        owner = self.lex.entry(cue.owner or "", self.day)
        if owner is None:
            holders = {e.name: e for e in self.lex.holders_named((cue.owner or "").split()[-1], self.day)}
            owner = next(iter(holders.values())) if len(holders) == 1 else None
        if owner is None or owner.kind != "person":
            return
        cue.country = cue.country or owner.country
        cue.sector = cue.sector or owner.sector
        cue.why.append(f"text: works for {owner.name} ({owner.country} {owner.sector})")

    def _standing(self, start: int, end: int, cue: cues.Cue) -> tuple[str, str] | None:
        """PTY or OPP for a person whose office the text gives as past, or who is a candidate."""
        if self.parties is None:
            self.parties = standing.article_parties(self.doc, self.lex)
        return standing.standing(self.doc, start, end, self.lex, self.day, cue.country, self.named, self.parties)

    def _respectively(self, start: int, end: int) -> cues.Cue | None:
        """A name in "(his) Greek and Cypriot counterparts, A and B, respectively"."""
        doc = self.doc
        hi = words.sent_bounds(doc, start)[1]
        if not any(t.lower_ == "respectively" for t in doc[end:hi]):
            return None
        lo = words.sent_bounds(doc, start)[0]
        names = [(e.start, e.end) for e in doc.ents if e.label_ in ("PERSON", "ORG") and lo <= e.start < hi]
        # the run of names, joined only by commas and "and", that holds this one
        run: list[tuple[int, int]] = []
        for s, e in names:
            if run and not all(t.text == "," or t.lower_ == "and" for t in doc[run[-1][1]:s]):
                if any(rs <= start < re for rs, re in run):
                    break
                run = []
            run.append((s, e))
        index = next((i for i, (s, e) in enumerate(run) if s <= start < e), None)
        if index is None or len(run) < 2:
            return None
        pairs = cues.respectively(doc, run, self.lex)
        if pairs is None:
            return None
        code, s, e, role = pairs[index]
        title, sector = (role.title, role.sector or None) if role else (None, None)
        if role is None:  # "counterparts": the title of the person named earlier in the sentence
            for i in range(lo, run[0][0]):
                earlier = self.cues.get(i)
                if earlier is not None and earlier.title:
                    title, sector = earlier.title, earlier.sector
        return cues.Cue(code, sector, title, why=[f"text: {doc[s:e].text!r} paired by 'respectively'"])

    def _inherit_country(self, cue: cues.Cue) -> None:
        """ "Israeli prime minister A and energy minister B": B's title shares A's country."""
        if not cue.used:
            return
        k = min(s for s, _ in cue.used) - 1
        doc = self.doc
        while k > 0 and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ"):  # "and energy minister B"
            k -= 1
        if k < 1 or doc[k].lower_ not in ("and", ","):
            return
        earlier = self.cues.get(k - 1)
        if earlier is not None and earlier.country and earlier.title:
            cue.country = earlier.country
            cue.why.append(f"text: coordinated with {doc[k - 1].text!r} ({earlier.country})")

    def _listed_with(self, c: Candidate) -> cues.Cue | None:
        """The cue of the first name of a list ("Representatives Ann Lowe and Mark Dahl")."""
        root = self.doc[c.end - 1]
        if root.dep_ != "conj":
            return None
        head = root.head
        while head.dep_ == "conj" and head.i not in self.cues:
            head = head.head
        cue = self.cues.get(head.i)
        if cue is None or not cue.found:
            return None
        return cues.Cue(cue.country, cue.sector, cue.title, cue.org, cue.former, why=
                        [f"text: listed with {head.text!r}"])

    # -- country word + role noun --------------------------------------------------------
    def phrases(self, people: set[int]) -> None:
        doc, lex = self.doc, self.lex
        i, n = 0, len(doc)
        caps = flags(doc, words.capitalised_text)
        while i < n:
            if self.used[i] or i in people or not caps[i]:
                i += 1
                continue
            hit = country_starting(doc, i, n, lex)
            if hit is None:
                i = self._place_institution(i, people)
                continue
            end, code = hit
            self.countries[code] += 1
            found = phrases.phrase_after(doc, i, end, code, lex) or phrases.phrase_before(doc, i, end, code, lex)
            if found is not None and not _span_used(self.used, found.start, found.end) and \
                    not any(k in people for k in range(found.start, found.end)) and not _cut_entity(doc, found):
                self._phrase(found)
                i = max(end, found.end)
                continue
            i = end

    def _place_institution(self, i: int, people: set[int]) -> int:
        """A city's or region's court, police, council ("a Moscow court", "Tbilisi city court"): the
        institution of the place's country. Returns the next token to look at."""
        doc = self.doc
        if not any(w in phrases.PLACE_INSTITUTION_WORDS or w in self.lex.org_heads for w in columns(doc).lower[i + 1:i + 5]):
            return i + 1  # no institution noun close after it: no need to look the place up
        place = words.place_starting(doc, i, min(len(doc), i + 4), self.lex)
        if place is None:
            return i + 1
        found = phrases.phrase_after(doc, i, place[0], place[1], self.lex, place=True)
        if found is None or _span_used(self.used, found.start, found.end) or \
                any(k in people for k in range(found.start, found.end)) or doc[found.start].ent_type_ == "ORG":
            return place[0]
        self._phrase(found)
        return found.end

    def _phrase(self, p: phrases.Phrase) -> None:
        doc = self.doc
        start = p.start + 1 if doc[p.start].lower_ == "the" else p.start
        sector = p.role.sector or None
        country = None if sector == "IGO" else p.country
        why = [p.why + f" ({p.role.source})"]
        if p.role.code:
            why.append(f"{p.role.source}: {p.role.phrase} [{p.role.code}]")
        if p.kind == "office" and doc[start:p.end].root.dep_ == "attr":
            return  # "he is a U.S. citizen": a predicate describes its subject, no one new
        if p.kind == "office":
            # "the Chinese president" with no name after it: an unnamed office holder
            m = self.mention(start, p.end, "office", country=country, sector=sector, title=p.title, why=why,
                             strength=TEXT, key=f"office:{country}:{name_key(p.title or '')}")
        elif p.kind == "institution":
            m = self.mention(start, p.end, "organization", country=country, sector=sector, why=why, strength=TEXT,
                             key=f"org:{name_key(p.name or doc[start:p.end].text)}")
        else:
            m = self.mention(start, p.end, "organization", country=country, sector=sector, why=why, strength=TEXT,
                             key=f"group:{country}:{sector}")
            m.alias = p.before and not p.name
        if p.name:
            m.display = p.name
        _mark(self.used, [(p.start, p.end)])

    # -- organisations, states, capitals --------------------------------------------------
    def other(self, c: Candidate, entries: tuple[Entry, ...]) -> None:
        doc, lex = self.doc, self.lex
        text = doc[c.start:c.end].text
        key = name_key(text)
        if c.label == JOURNAL:  # a journal is the world's: its country is not the story's
            m = self.mention(c.start, c.end, "organization", sector="MED", strength=TEXT, key="org:" + key,
                             why=[f"text: published in {text!r} (a journal)"])
            m.abroad = True
            return
        entry = pick(entries, self.day)
        code = lex.country_words.get(key)
        people = lex.demonyms.get(key)
        if c.label == "NORP" and people and entry is None and self._people_of_state(c):
            self.countries[people] += 1
            self.mention(c.start, c.end, "state", country=people, sector="GOV", strength=TEXT,
                         why=[f"text: {text!r} (a people named for its state)"], key=f"state:{people}",
                         display=lex.country_names.get(people, text))
            return
        if code and (entry is None or entry.kind == "state"):
            if c.label == "NORP" or self._modifier(c) or self._branch(c):
                return
            self.countries[code] += 1
            why = [_entry_why(entry)] if entry is not None and entry.source.startswith("user") else \
                ["lexicon: country name (countries.tsv, pycountry)"]
            m = self.mention(c.start, c.end, "state", country=code, sector="GOV", why=why, strength=LEXICON,
                             key=f"state:{code}", display=lex.country_names.get(code) or (entry.name if entry else text),
                             entry=entry)
            m.located = agency.only_located(doc, c.start, c.end)
            m.acting = not m.located and agency.acts(doc, c.start, c.end, lex)
            return
        capital = lex.capitals.get(key)
        if capital and (entry is None or entry.kind == "state") and c.label in ("GPE", "LEX", "ORG"):
            self.countries[capital] += 1  # a place in the country counts towards the article's country
            if self._acts(c) and not agency.only_located(doc, c.start, c.end) and agency.acts(doc, c.start, c.end, lex):
                self.mention(c.start, c.end, "state", country=capital, sector="GOV", strength=TEXT,
                             why=[f"text: capital {text!r} acting for its state"], key=f"state:{capital}",
                             display=lex.country_names.get(capital, text))
            return
        if entry is not None and self._unspelled(text, entry):
            entry = None
        if c.end < len(doc) and doc[c.end].lower_ in MEDIA_NOUNS and (entry is None or entry.sector != "MED"):
            self.mention(c.start, c.end, "organization", sector="MED", strength=TEXT, key=f"org:{key}",
                         why=[f"text: {doc[c.start:c.end + 1].text!r} (a news outlet)"])
            return  # "the Vox website": a news outlet, whatever else bears the name
        if entry is not None:
            kind = entry.kind or _guess_kind(entry.name, c.label, lex)
            country = "" if entry.sector == "IGO" or entry.country is None else entry.country  # "": no state
            why = [_entry_why(entry)]
            based = _based_in(doc, c.start, lex) if kind == "organization" and country else None
            if based is not None and based[0] != country:  # the text's "UK-based" beats the lexicon's country
                country = based[0]
                why.insert(0, f"text: {doc[based[1]:c.start].text!r} before the name")
            self.mention(c.start, c.end, kind, country=country, sector=entry.sector, title=entry.title,
                         why=why, strength=TEXT if based is not None else LEXICON, key="entry:" + name_key(entry.name), entry=entry,
                         display=entry.name if len(entry.name) > len(text) and not is_acronym(text) else None)
            return
        described = _org_noun_before(doc, c.start, lex) if c.label in ("FAC", "LEX", "GPE", "LOC") or (
            c.label == "ORG" and words.org_head(doc[c.start:c.end], lex) is None) else None
        if described is not None:  # "news agency Fars": the noun before the name says what it is
            role, first = described
            hit = phrases.org_country_before(doc, first, lex)
            why = [f"text: {doc[first:c.start].text!r} before the name"]
            if hit is not None:
                why.append(f"text: {doc[hit[0]:first].text!r} before the name")
            self.mention(c.start, c.end, "organization", country=hit[1] if hit else None, sector=role.sector,
                         why=why, strength=TEXT, key="org:" + key)
            _mark(self.used, [(first, c.start)])
            return
        if c.label != "ORG":
            if key in lex.places and c.label in ("GPE", "LOC"):
                self.countries[lex.places[key]] += 1  # a city or region counts towards the article's country
            return
        org, start, why = phrases.organisation(doc[c.start:c.end], lex)
        if org.sector in (None, "BUS"):  # "Vextel Corporation is the largest broadcasting company"
            described = phrases.described_as(doc, c.start, c.end, lex)
            if described is not None:
                org = Entry(org.name, org.kind, org.country, described[0], source="text")
                why.append(described[1])
        if org.sector is None and self.ctx.in_headline(doc[c.start].idx, doc[c.end - 1].idx + len(doc[c.end - 1])):
            return  # a title-cased headline makes an organisation of any capitalised words
        if start < c.start:
            _mark(self.used, [(start, c.start)])
        country = org.country
        based = _based_in(doc, start, lex) if country is None else None
        if based is not None:
            country = based[0]
            why.append(f"text: {doc[based[1]:start].text!r} before the name")
        if country is None and c.end + 1 < len(doc) and doc[c.end].lower_ in ("in", "from"):
            at = c.end + 1 + (doc[c.end + 1].lower_ == "the")
            place = words.place_starting(doc, at, min(len(doc), at + 4), lex)
            if place is not None:  # "Saint Anne University in Canada", "a firm from Osaka"
                country = place[1]
                why.append(f"text: {doc[c.end:place[0]].text!r} after the name")
        m = self.mention(start, c.end, "organization", country=country, sector=org.sector, why=why,
                         strength=TEXT if org.sector or country else 0, key="org:" + name_key(doc[start:c.end].text))
        # "the Sun", "the Church", "the Foundation": a bare head word names no body of the story's country
        m.abroad = c.end - start == 1 and org.sector in _CIVIL_SECTORS and name_key(doc[start].text) in lex.org_heads

    def _people_of_state(self, c: Candidate) -> bool:
        """A demonym used as a noun that acts or is acted upon ("the British handed over ...",
        "talks with the French"), not an adjective ("British troops") or a person's nationality."""
        doc = self.doc
        root = doc[c.end - 1]
        return c.start > 0 and doc[c.start - 1].lower_ == "the" and root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") \
            and not any(ch.dep_ in ("compound", "amod") for ch in root.children if ch.i >= c.end)

    def _branch(self, c: Candidate) -> bool:
        """A country right after a known organisation's name is its branch's ("Netflix Japan"), and one the
        article's names end with is part of that name wherever the words recur ("Sustainable Australia
        describes itself ..." when the model tagged "the Sustainable Australia party" once)."""
        doc = self.doc
        if self._org_names is None:
            self._org_names = {name_key(e.text) for e in doc.ents if e.label_ == "ORG" and len(e) >= 2}
        for k in range(max(0, c.start - 3), c.start):
            if capitalised(doc[k]) and all(capitalised(t) for t in doc[k:c.start]) \
                    and (any(e.kind == "organization" for e in self.lex.entries(doc[k:c.start].text))
                         or name_key(doc[k:c.end].text) in self._org_names):
                return True
        return False

    def _unspelled(self, text: str, entry: Entry) -> bool:
        """An acronym of a civil-society, business or scholarly body that the article never spells out
        ("IRC" in a story on chat software): news spells such names out on first reference, so the
        acronym may be another's; and any acronym the article defines as something else ("the build
        system (CBS)")."""
        if not is_acronym(text):
            return False
        defined = _definition(self.ctx.text_of(self.doc), text)
        if defined is not None and name_key(defined) != name_key(entry.name):
            last = defined.split()[-1]  # "build system (CBS)": a thing; "Cuban Baseball Society (CBS)": another body
            if last.isalpha() and last.islower() or not set(key_tokens(entry.name)) & set(key_tokens(defined)):
                return True
        if entry.sector not in SPELLED_OUT or name_key(entry.name) == name_key(text):
            return False
        if self._lower_text is None:
            self._lower_text = self.doc.text.lower()
        return entry.name.lower() not in self._lower_text

    def _modifier(self, c: Candidate) -> bool:
        """A country name used as a noun modifier ("China-Russia ties"), not as an actor."""
        root = self.doc[c.end - 1]
        return root.dep_ == "compound" and root.head.i >= c.end and root.head.pos_ in ("NOUN", "PROPN") \
            and root.head.ent_type_ not in ("GPE",)

    def _acts(self, c: Candidate) -> bool:
        """A capital that acts ("Moscow said", "talks with Washington"), not a place ("in Moscow")."""
        doc = self.doc
        if c.start > 0 and doc[c.start - 1].lower_ in PLACE_PREPOSITIONS:
            return False
        if c.end < len(doc) and doc[c.end].text in ("-", "—", "–", ":") and c.start <= 2:
            return False  # a dateline
        root = doc[c.end - 1]
        return root.dep_ in ("nsubj", "nsubjpass", "poss", "dobj", "conj", "agent", "pobj") and root.dep_ != "compound"


def _org_noun_before(doc: Doc, start: int, lex: Lexicon):
    """A lower-case organisation noun right before a name ("news agency Fars", "the newspaper X"):
    (its role, its first token), for a media, party, armed or civil-society organisation."""
    hit = words.role_ending(doc, start, max(0, start - lex.max_role_words), lex.org_heads, lex.max_role_words)
    if hit is None or any(capitalised(t) for t in doc[hit[0]:start]):
        return None
    return (hit[1], hit[0]) if hit[1].sector in ("MED", "PTY", "REB", "NGO") else None


def _guess_kind(name: str, label: str, lex: Lexicon) -> str:
    """A dictionary entry that does not say: a person when tagged so, or named like one."""
    if label == "PERSON":
        return "person"
    words_ = name.lower().split()
    if label in ("LEX", "") and 2 <= len(words_) <= 4 and not any(w in lex.org_heads or w in lex.groups for w in words_) \
            and all(w[:1].isalpha() for w in words_) and not lex.country_of_word(name):
        return "person"
    return "organization"


def _person_like(doc: Doc, c: Candidate, person_words: set[str], lex: Lexicon) -> bool:
    """A PERSON entity, or another entity the model mislabelled: it shares its last word with a
    person's name, or starts with a title ("Detective Constable Alan Price" tagged ORG)."""
    if c.label == "PERSON":
        return True
    if c.label in ("NORP", "LEX"):
        return False
    last = name_key(doc[c.end - 1].text)
    if lex.country_of_word(last) or last in lex.capitals or words.org_head(doc[c.start:c.end], lex) is not None:
        return False
    if last in person_words or (c.end - c.start >= 2 and name_key(doc[c.start].text) in person_words):
        return True
    start, role, _ = cues.inner_title(doc, c.start, c.end, lex)
    return role is not None and c.end - start >= 2 and all(capitalised(t) for t in doc[start:c.end])


def _titled_name(doc: Doc, c: Candidate, lex: Lexicon) -> bool:
    """Two or three capitalised words right after a person's title ("MP Jane Roe" tagged ORG)."""
    if c.label != "ORG" or not 2 <= c.end - c.start <= 3 or c.start == 0:
        return False
    span = doc[c.start:c.end]
    if not all(t.is_alpha and capitalised(t) for t in span) or words.org_head(span, lex) is not None:
        return False
    end = c.start - 1 if doc[c.start - 1].text == "," else c.start  # "a State Department spokesperson, X"
    hit = words.role_ending(doc, end, max(0, end - lex.max_role_words), lex.titles, lex.max_role_words)
    return hit is not None and (hit[1].sector or "") not in ("", "IGO")


def _apposed_title(doc: Doc, c: Candidate, lex: Lexicon) -> bool:
    """Two or three capitalised words the model tagged ORG, followed by a person's title in apposition
    ("Jane Roe, the government commissioner for ...")."""
    if not 2 <= c.end - c.start <= 3 or c.end >= len(doc) or doc[c.end].text != ",":
        return False
    span = doc[c.start:c.end]
    if not all(t.is_alpha and capitalised(t) and not t.text.isupper() for t in span) \
            or words.org_head(span, lex) is not None or lex.entries(span.text) \
            or any(lex.country_of_word(t.text) or name_key(t.text) in lex.places for t in span):
        return False
    cue = cues.right_cue(doc, c.end, lex)
    return cue.title is not None and (cue.sector or "") != "IGO"


def _given_name_first(doc: Doc, c: Candidate, lex: Lexicon) -> bool:
    """An organisation-tagged span that reads as a person's name: two to four capitalised words, the
    first a given name of the knowledge base's people, no organisation head word ("Viktar Babaryka")."""
    if c.label != "ORG" or not 2 <= c.end - c.start <= 4 or lex.kb is None:
        return False
    span = doc[c.start:c.end]
    if not all(t.is_alpha or t.text in ("-", ".") or t.text.endswith(".") for t in span):
        return False
    if name_key(span[0].text) not in lex.kb.given_names or words.org_head(span, lex) is not None:
        return False
    return not any(lex.country_of_word(t.text) or name_key(t.text) in lex.places for t in span)


_AFTER_OFFICE = ("former ", "ousted ", "ex-")


def _after_office(entry: Entry) -> bool:
    """A knowledge-base row for the years after an office ("former President", OPP or CVL): no office held
    on the day, so a title the text gives ("President Obama signed ...": his time in office) beats it."""
    return (entry.title or "").lower().startswith(_AFTER_OFFICE)


def _same_office(title: str | None, entry: Entry) -> bool:
    """The text's title is the office the after-office row names ("President" for "former President")."""
    past = (entry.title or "").lower()
    for prefix in _AFTER_OFFICE:
        past = past.removeprefix(prefix)
    return bool(title) and name_key(title) == name_key(past)


def _fill_from_lexicon(cluster: Cluster, lex: Lexicon, day: dt.date | None, mentioned: Counter[str]) -> None:
    """Complete a person from the lexicon: an office held on the day (which beats a generic title in
    the text), else what the lexicon or knowledge base knows, else a former office."""
    have_country, cs = cluster.field("country")
    names = sorted({m.text for m in cluster.mentions if m.kind == "person" and m.text}, key=lambda t: (-len(t), t))
    entry = None
    for name in names:
        entry = lex.entry(name, day)
        if entry is not None:
            break
    in_office = entry is not None and entry.title is not None and entry.dated and day is not None and entry.valid_on(day) \
        and not (_after_office(entry) and _same_office(cluster.field("title")[0], entry))
    have_sector, ss = cluster.field("sector")
    if ss >= TEXT and entry is not None and _after_office(entry) and entry.sector != have_sector \
            and _same_office(cluster.field("title")[0], entry):
        if cs < TEXT and entry.country:  # "President Obama" in 2020: the text's title, the person's country
            first = cluster.mentions[0]
            cluster.mentions.append(Mention(first.start, first.start, "", "person", country=entry.country,
                                            why=[_entry_why(entry)], strength=LEXICON, entry=entry))
        return
    if ss >= TEXT and not in_office and (cs >= TEXT or (entry is not None and entry.sector != have_sector)):
        return  # the text says enough, or names a role the lexicon's namesake never had
    if entry is None and names and len(key_tokens(names[0])) == 1:
        title = cluster.field("title")[0]
        # A surname alone names an office holder only when the text names the holder's country or title.
        holders = [e for e in lex.holders_named(names[0], day)
                   if (have_country in (None, e.country)) and (title is None or name_key(title) == name_key(e.title or ""))
                   and (have_country is not None or title is not None or mentioned[e.country or ""])]
        if len({e.name for e in holders}) == 1:
            entry = holders[0]
    why = _entry_why(entry) if entry is not None else None
    if entry is None:
        for name in names:
            entry = lex.former(name, day)
            if entry is not None:
                why = f"lexicon: former office holder ({entry.source} until {entry.end})"
                break
    if entry is None:
        return
    first = cluster.mentions[0]
    cluster.mentions.append(Mention(first.start, first.start, "", "person",
                                    country=None if entry.sector == "IGO" else entry.country,
                                    sector=entry.sector, title=entry.title, why=[why or ""],
                                    strength=OFFICE if in_office else LEXICON, entry=entry,
                                    display=entry.name if len(key_tokens(names[0] if names else "")) < 2 else None))


def _employer_sectors(clusters: list[Cluster]) -> None:
    """A person whose cue named an organisation the text describes elsewhere takes its sector
    ("Vextel CEO X" when "Vextel ... is the largest broadcasting company": MED)."""
    orgs: list[tuple[frozenset[str], str, str, str | None]] = []
    for c in clusters:
        sector = c.field("sector")[0] if c.kind == "organization" else None
        if sector in cues.KEEP_ORG_SECTOR:
            country = c.field("country")[0]
            orgs.extend((frozenset(key_tokens(m.text)), sector, c.name, country) for m in c.mentions if m.text)
    if not orgs:
        return
    for c in clusters:
        for m in c.mentions:
            words = frozenset(key_tokens(m.org)) if m.org else None
            found = {(sector, name, country) for w, sector, name, country in orgs if words and words <= w}
            if len(found) == 1:
                m.sector, name, country = found.pop()
                m.country = m.country or country or None  # "Mahan's director": the airline's country
                m.why.append(f"text: works for {name} ({m.sector})")


_ARTICLE_SENTENCES = 3  # below this, a text is a sentence or a headline, where every name is named once


def _unsupported(cluster: Cluster) -> bool:
    """One word, named once in an article, that no cue and no dictionary support ("Photographs",
    "Corona", a place the model took for a name): not an actor."""
    spans_ = [m for m in cluster.mentions if m.end > m.start]
    return cluster.kind in ("person", "organization") and len(spans_) == 1 and len(cluster.name.split()) == 1 \
        and not any(m.why or m.entry is not None or m.country or m.sector for m in cluster.mentions)


def _acts(doc: Doc, cluster: Cluster) -> bool:
    """The actor's one mention is the subject of an active verb ("Politifact found ..."): it acts."""
    m = next(m for m in cluster.mentions if m.end > m.start)
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "nsubj"


def _actor(cluster: Cluster, index: int, fallback: str | None, lex: Lexicon, how: str = "") -> Actor:
    country, _ = cluster.field("country")
    sector, _ = cluster.field("sector")
    title, _ = cluster.field("title")
    why: list[str] = []
    for m in cluster.mentions:
        for w in m.why:
            if w and w not in why:
                why.append(w)
    if sector == "IGO" or country == "":
        country = None
    elif country is None and fallback and cluster.kind in ("person", "organization", "office") and sector is not None \
            and not (cluster.kind == "person" and _roams(title)) and not any(m.abroad for m in cluster.mentions):
        country = fallback
        why.append(f"article: main country {fallback} (last resort, a guess: {how or 'the article'})")
    if not why:
        why.append("none: no cue in the text and no knowledge of the name")
    kind = cluster.kind if cluster.kind in ("person", "organization", "state") else "person"
    name = _spelled_country(_with_country(cluster.name, kind, country, sector, lex,
                                          guessed=cluster.field("country")[1] <= FALLBACK), kind, lex)
    spans = sorted({(m.start, m.end) for m in cluster.mentions if m.end > m.start})
    return Actor(id=f"A{index}", name=name, kind=kind, country=country, sector=sector, title=title,
                 mentions=[tuple(s) for s in spans], why=why,
                 stable_id=_stable_id(cluster, kind, country, sector, lex))


_CIVIL_SECTORS = frozenset({"MED", "REL", "NGO", "BUS", "EDU"})
JOURNAL = "JOURNAL"  # a candidate's label once the text shows it is a journal
_PUBLISHING = frozenset({"publish", "appear"})


def _published_in(doc: Doc, start: int) -> bool:
    """The name at ``start`` follows "published in (the journal)" or "appeared in" ("findings published in
    Science Advances", "a study published on Monday in Nature"): a journal."""
    k = start - 1
    while k > 0 and start - k <= 2 and doc[k].lower_ in ("the", "journal"):
        k -= 1
    if k < 1 or doc[k].lower_ != "in" or doc[k].head.lemma_.lower() not in _PUBLISHING and not any(
            doc[j].lemma_.lower() in _PUBLISHING for j in range(max(0, k - 4), k)):
        return False
    return True


_DEFINITION_WORDS = 8


def _definition(text: str, acronym: str) -> str | None:
    """The words an article defines an acronym by: "... the CI/CD and build system (CBS)" -> "CI/CD and
    build system" (up to eight words before the parenthesis, within the clause), or None."""
    at = text.find(acronym)
    while at >= 0:
        left = text[max(0, at - 3):at].rstrip()
        end = at + len(acronym)
        if left.endswith("(") and text[end:end + 3].lstrip().startswith(")"):
            paren = at - (len(text[max(0, at - 3):at]) - len(left)) - 1
            before = text[max(0, paren - 200):paren]
            cut = max(before.rfind(ch) for ch in ".;:\n()")
            return " ".join(before[cut + 1:].split()[-_DEFINITION_WORDS:]) or None
        at = text.find(acronym, end)
    return None


_BASED_NOUNS = 3  # "UK-based [supermarket chain] Tesco"


def _based_in(doc: Doc, start: int, lex: Lexicon) -> tuple[str, int] | None:
    """(country, first token) of "<place>-based" before an organisation's name, over up to three common
    nouns or adjectives ("UK-based retailer Tesco", "Virginia-based Symplicity Corporation")."""
    k = start - 1
    while k >= 0 and start - 1 - k < _BASED_NOUNS and doc[k].pos_ in ("NOUN", "ADJ") and doc[k].text.islower() \
            and doc[k].lower_ != "based":
        k -= 1
    if k < 2 or doc[k].lower_ != "based" or doc[k - 1].text not in ("-", "–"):
        return None
    hyphen = k - 1
    for i in range(max(0, hyphen - 3), hyphen):
        hit = words.place_starting(doc, i, hyphen, lex)
        if hit is not None and hit[0] == hyphen:
            return hit[1], i
    return None


def _roams(title: str | None) -> bool:
    """The person's title is one of people who work abroad ("actor", "astronomer"): the place of the story
    is not theirs."""
    return bool(title) and title.split()[-1].lower() in roaming_roles()  # type: ignore[union-attr]


_STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})


def _with_country(name: str, kind: str, country: str | None, sector: str | None, lex: Lexicon, *,
                  guessed: bool = False) -> str:
    """A state institution the text names only by its head noun, whose country the text or lexicon
    says, takes its country's adjective ("the government" -> "Chinese government") or, for a name of
    several words, the name ("Congress" -> "United States Congress"): its canonical name. With the
    article's country as a guess, only a capitalised institution's name ("Senate", not "police")."""
    if kind != "organization" or not country or sector not in _STATE_SECTORS or (guessed and (not name[:1].isupper() or name_key(name) not in lex.org_heads)):
        return name
    key = name_key(name)
    if key not in lex.org_heads and key not in lex.groups:
        return name
    place = lex.country_names.get(country)
    if place and " " not in place:
        adjective = next((k for k, c in lex.demonyms.items() if c == country), None)
        place = adjective.title() if adjective else place
    return f"{place} {name}" if place else name


def _spelled_country(name: str, kind: str, lex: Lexicon) -> str:
    """An organisation's canonical name spells out a country abbreviation it starts with ("US Embassy" ->
    "United States Embassy", "U.K. Parliament" -> "United Kingdom Parliament")."""
    first, _, rest = name.partition(" ")
    letters = first.replace(".", "")
    if kind != "organization" or not rest or not letters.isupper() or len(letters) > 2 \
            or any(e.kind == "organization" for e in lex.entries(name)):
        return name  # "USA Today", a known name: as it is
    code = lex.country_words.get(name_key(first))
    full = lex.country_names.get(code) if code else None
    return f"{full} {rest}" if full and name_key(full) != name_key(first) else name


def _stable_id(cluster: Cluster, kind: str, country: str | None, sector: str | None, lex: Lexicon) -> str:
    """The knowledge base's id of the actor (whatever the date); else one made from what the text says:
    a state's country, a person's name (its country may be a guess), an organisation's or group's name
    and country."""
    for m in cluster.mentions:
        if m.entry is not None and m.entry.id:
            return m.entry.id
    if kind != "state":
        ids = {e.id for e in lex.entries(cluster.name) if e.kind == kind}
        if len(ids) == 1 and None not in ids:
            return ids.pop()  # type: ignore[return-value]
    if kind == "state" and country:
        return f"state.{country.lower()}"
    name = cluster.name
    if cluster.kind == "group":
        return f"{stable_id(name, country)}.{(sector or '').lower()}".rstrip(".")
    if kind == "person":
        return f"{slug(name)}.person"
    return stable_id(name, country)


def extract_actors(doc: Doc, ctx: Context, lexicon: Lexicon | None = None) -> ActorTable:
    """One canonical actor per entity in the article, with country, sector, title, mentions and why."""
    lex = lexicon or builtin_lexicon()
    reader = _Reader(doc, ctx, lex)
    cands = candidates(doc, lex)
    for c in cands:
        key = name_key(doc[c.start:c.end].text)
        if c.label == "PERSON" and (key in lex.capitals or lex.country_of_word(key) or key in lex.places):
            c.label = "GPE"  # "Kyiv" tagged as a person
        elif c.label == "ORG" and (key in lex.places or key in lex.capitals) and not lex.entries(doc[c.start:c.end].text) \
                and words.org_head(doc[c.start:c.end], lex) is None:
            c.label = "GPE"  # "Erbil" tagged as an organisation
        elif c.label == "ORG" and (_given_name_first(doc, c, lex) or _titled_name(doc, c, lex)
                                   or _apposed_title(doc, c, lex)):
            c.label = "PERSON"  # a person's name the model tagged as an organisation
        if _published_in(doc, c.start) and not lex.entries(doc[c.start:c.end].text):
            c.label = JOURNAL  # "published in Nature Sustainability": a journal, whatever the model said
    person_words = {w for c in cands if c.label == "PERSON" for w in key_tokens(doc[c.start:c.end].text)}
    mentioned = _countries_named(doc, lex)
    reader.named = mentioned
    people: set[int] = set()
    others: list[tuple[Candidate, tuple[Entry, ...]]] = []
    for c in cands:
        entries = _in_context(lex.entries(doc[c.start:c.end].text) or acronym_written_as_word(doc, c, lex), mentioned)
        entry = pick(entries, reader.day)
        if entry is not None and entry.kind in ("organization", "state"):
            others.append((c, entries))
        elif _person_like(doc, c, person_words, lex) or (entry or next(iter(entries), None)) is not None \
                and (entry or entries[0]).kind == "person":
            reader.person(c, entry)
            people.update(range(c.start, c.end))
        else:
            others.append((c, entries))
    reader.phrases(people)
    for c, entries in others:
        if not _span_used(reader.used, c.start, c.end):
            reader.other(c, entries)
    fallback, how = focus_country(doc, ctx, lex, mentioned)
    if fallback:  # "the police", "protesters": the article's own, unless the text says otherwise
        reader.mentions.extend(bare_groups(doc, lex, fallback, reader.taken, reader.used, reader.mentions))
    clusters = corefer(reader.mentions, lex, reader.day)
    reader.later_names(clusters)
    reader.short_org_names(clusters)
    _employer_sectors(clusters)
    standing.running_beats_job(clusters)
    for cluster in clusters:
        if cluster.kind == "person":
            _fill_from_lexicon(cluster, lex, reader.day, mentioned)
    article = sum(1 for _ in doc.sents) >= _ARTICLE_SENTENCES if doc.has_annotation("SENT_START") else False
    # A state the text only names as a place ("a tournament in Portugal") is no actor; one it names as a topic
    # or an owner ("Mexico's forests") stands by: an actor only if an event or a quote takes it up.
    clusters = [c for c in clusters if not (c.kind == "state" and all(m.located for m in c.mentions if m.end > m.start))
                and not (article and _unsupported(c) and not _acts(doc, c))]
    actors = [_actor(c, i, fallback, lex, how) for i, c in enumerate(clusters, 1)]
    bystanders = {a.id for a, c in zip(actors, clusters)
                  if c.kind == "state" and not any(m.acting for m in c.mentions if m.end > m.start)}
    return ActorTable(actors + campaigns(doc, actors), bystanders=bystanders)
