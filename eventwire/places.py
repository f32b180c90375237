"""Places stage: spaCy Doc (+ actors) -> geocoded `Place` records with their mentions.

Cascade:
  1. Mentions: GPE/LOC/FAC entities, plus gazetteer matches over runs of proper-noun tokens,
     so a toponym the small model tags PERSON/ORG ("Ras Lanuf", "Tripoli-based") is kept.
     A demonym used as an adjective ("Libyan forces", "the French embassy") is a mention of
     its country (or region: "European") at that precision: it names the place, if not
     literally. Demonyms naming people ("Libyans", "the French") or languages ("in French")
     are not places; all demonyms count as country context.
  2. Context: countries named in the text, demonyms, actors' countries, and patterns that
     tie one toponym to a country ("X, Country", "Country's X", "the Libyan city of X").
  3. Each distinct name is resolved once per article (one sense per discourse): candidates are
     scored by context first, population as a prior; a second pass adds the countries of
     the places resolved in the first pass. A name that is a country's is that country unless
     a pattern ties it elsewhere; a big city beats the province of its name unless "province"
     or "state" follows.
  4. A name found by the NER only, with no gazetteer entry, that lies inside an actor's
     mention ("Daesh") is not a place.
  5. A street or building the gazetteer lacks ("Moi Avenue") is placed at its city, at
     precision "district" (sub_city.py).

`strategy="population"` skips context (largest candidate wins): the baseline for the eval.
"""
from __future__ import annotations

import itertools
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

from . import model, sub_city
from .demonyms import demonyms_for
from .gazetteer import (MIN_POPULATION, Candidate, Gazetteer, load_gazetteer, normalize,
                        respellings)
from .nlp import doc_ents, doc_text, doc_tokens, token_column, token_ends, token_starts, words_text
from .quotes import outlet_suffixes
from .time_expressions import calendar_words

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Inside these entities a gazetteer match must be strong to count as a place.
GUARDED_LABELS = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})
SKIP_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL",
                         "ORDINAL", "LANGUAGE"})
ARABIC_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ez", "es"})
CONNECTORS = frozenset({"-", "al", "el", "ad", "as", "ar", "de", "of", "the", "du", "la", "le",
                        "del", "da", "do", "dos", "los", "las", "an", "ash", "at", "bin", "ibn",
                        "des", "les", "sur", "en", "di", "della", "das", "ez", "es", "e"})
TIED_PLACE_WEIGHT = 2.0
PLACE_NOUNS = frozenset({"city", "town", "village", "capital", "province", "region", "district",
                         "port", "state", "county", "governorate", "area", "suburb",
                         "neighbourhood", "neighborhood", "stronghold", "enclave", "border",
                         "island", "oasis", "coast", "camp", "base"})
FEATURE_WORDS = frozenset({"river", "lake", "valley", "strip", "mountains", "hills", "bay", "gulf",
                           "airport", "dam", "bridge", "crossing", "square", "road", "highway"})
ADMIN_CUES = frozenset({"province", "state", "governorate", "region", "oblast", "prefecture",
                        "department", "county", "territory", "cercle"})
# "the town of X", "near X": a weak (small or unknown-population) gazetteer name is a place here.
CUE_BEFORE = frozenset({"near", "outside", "around", "from", "in", "at", "to", "towards", "into",
                        "off", "through", "across", "via", "inside", "over"})
CUE_NOUNS = frozenset({"city", "town", "village", "district", "province", "region", "area",
                       "governorate", "suburb", "neighbourhood", "neighborhood", "camp"})
# words before a place's name that leave it the same place ("Greater Beirut", "Northern Rakhine")
NAME_QUALIFIERS = frozenset({"greater", "central", "upper", "lower", "old", "new", "northern",
                             "southern", "eastern", "western", "north", "south", "east", "west",
                             "mount", "lake", "port", "fort", "camp"})
BEARING_DEGREES = {"north": 0.0, "northeast": 45.0, "east": 90.0, "southeast": 135.0,
                   "south": 180.0, "southwest": 225.0, "west": 270.0, "northwest": 315.0}
BEARINGS = frozenset(BEARING_DEGREES)
DIRECTIONS = BEARINGS | {"outskirts", "edge", "centre", "center", "heart"}
BROAD_FEATURES = frozenset({"country", "continent", "ocean", "sea"})
ADMIN_CONTEXT = 0.3  # a candidate in a province the article names or is sure of
ADMIN_CONTEXT_EACH = 0.15  # and for each place past the second that it is sure of there
WORLD_CITY, WORLD_CITY_BONUS = 1_000_000, 0.5
BIG_CITY = 500_000  # beats an admin1 of its own name ("New York", "Washington")
ARTICLES = frozenset({"al", "el", "ad", "as", "ar", "an", "ash", "at", "az"})
MAX_NGRAM = 5
STRONG_POP = 100_000  # a city this large may be named inside an ORG/PERSON entity
LOOSE_POP = 5_000  # smallest city accepted from a bare proper-noun match
PRECISION = {"city": "city", "admin1": "admin1", "country": "country", "region": "region",
             "continent": "region", "ocean": "region", "sea": "region",
             "district": "district"}


@dataclass
class _Mention:
    start: int  # char offsets into doc.text
    end: int
    key: str  # normalised name
    ner: bool  # tagged GPE/LOC/FAC
    hint: set[str] = field(default_factory=set)  # ISO2 tied to this mention by a pattern
    admin_hint: set[str] = field(default_factory=set)
    admin_cue: bool = False  # "X province", "X state" follows
    demonym: str | None = None  # target of an adjectival demonym: ISO2 or a gazetteer name
    sub_city: bool = False  # a street, building or neighbourhood the gazetteer lacks
    inner: _Mention | None = None  # the place a building is named after ("Liverpool Academy")
    within: str | None = None  # key of the place an apposition puts it in ("X, a town in Y")
    in_province: bool = False  # a bracket after it names its province ("Tonga (Upper Nile state)")
    in_unknown_province: bool = False  # ... one the gazetteer lacks ("(Mayo-Tsanaga department)")
    # ("X, about 30 km east of Y"): Y's key, the distance in km and the bearing in degrees
    measured: tuple[str, float, float] | None = None


@lru_cache(maxsize=1)
def generic_names() -> frozenset[str]:
    """One-word names too common to be places alone, data/gazetteer_generic.tsv."""
    text = (Path(__file__).parent / "data" / "gazetteer_generic.tsv").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Normalised demonym -> ISO2 (or a region's gazetteer name), data/demonyms.tsv."""
    return {normalize(r.term): r.iso2 or r.region for r in demonyms_for("places")}


def _is_iso(target: str | None) -> bool:
    return target is not None and len(target) == 2 and target.isupper()


@lru_cache(maxsize=1 << 14)
def demonym_country(word: str) -> str | None:
    """ISO2 of a country demonym, singular or plural; None for regions' and other words."""
    table = demonyms()
    key = normalize(word)
    target = table.get(key) or (table.get(key[:-1]) if key.endswith("s") else None)
    return target if _is_iso(target) else None


def find_places(doc, actors=(), gazetteer: Gazetteer | None = None,
                strategy: str = "context") -> list[model.Place]:
    """Places named in `doc`, ids pl1, pl2, ... in order of first mention.
    `strategy="population"` resolves each name to its most populous candidate (the baseline)."""
    gaz = gazetteer or load_gazetteer()
    mentions = [m for m in _mentions(doc, gaz) if not _names_group(actors, m, gaz)]
    if not mentions:
        return []
    groups: dict[str, list[_Mention]] = defaultdict(list)
    for m in mentions:
        groups[m.key].append(m)
    if strategy == "population":
        resolved = {key: _resolve_population(gaz, key, ms) for key, ms in groups.items()}
        sub_city.resolve_named_after(mentions, resolved,
                                     lambda key, ms: _resolve_population(gaz, key, ms))
        return _places(doc, mentions, resolved, actors)
    context = _context(doc, gaz, actors, mentions)
    named = dict(context)  # countries the text itself names, before places vote
    resolved = {key: _resolve(gaz, key, ms, context) for key, ms in groups.items()}
    # Second pass: the countries of places resolved so far are context for the others.
    found: Counter = Counter()
    for key, (c, _) in resolved.items():
        if c is not None and c.country:
            # a place the text itself ties to its country ("Neves, a town in São Tomé's
            # Lembá district") tells the article's country as surely as the country's name
            tied = any(c.country in m.hint for m in groups[key])
            found[c.country] += TIED_PLACE_WEIGHT if tied else 0.5
    _list_cues(doc, mentions, resolved)
    if found:
        for country, weight in found.items():
            context[country] = context.get(country, 0.0) + weight
        # Provinces named in the article, or holding its sure places, favour their towns:
        # "Nelson" in a story about BC, "Riverdale" beside "New Jersey".
        # (the more of them a province holds, the more it favours: "Santa Rosa" beside Kimbiri,
        # Canayre and San Miguel is Ayacucho's, though Junín is named once too)
        admins = Counter((c.country, c.admin1) for c, score in resolved.values()
                         if c is not None and c.admin1 and
                         (c.feature == "admin1" or score >= 0.95))
        resolved = {key: _resolve(gaz, key, ms, context, admins) if not _settled(value)
                    else value for (key, ms), value in zip(groups.items(), resolved.values())}
    resolved = _without_lone_aliases(resolved, _with_named_provinces(named, groups, resolved))
    _provinces_of_their_towns(gaz, groups, resolved)
    _in_their_province(groups, resolved, named)
    _measured_from_towns(doc, groups, resolved)
    sub_city.resolve_named_after(mentions, resolved,
                                 lambda key, ms: _resolve(gaz, key, ms, context))
    return _places(doc, mentions, resolved, actors)


def _provinces_of_their_towns(gaz: Gazetteer, groups: dict[str, list[_Mention]],
                              resolved: dict) -> None:
    """"Carúpano (Sucre state)": a province named as a sure town's is the province of that name
    in the town's country (Venezuela's Sucre, not Colombia's), when the gazetteer has one."""
    for key, within, town, province in _towns_in_provinces(groups, resolved):
        if town is None or town.feature != "city" or not _settled(resolved[key]) or \
                province.country == town.country:
            continue
        namesake = next((c for c in gaz.lookup(within) if c.country == town.country
                         and c.feature == province.feature), None)
        if namesake is not None:
            resolved[within] = (namesake, 1.0)


def _towns_in_provinces(groups: dict[str, list[_Mention]], resolved: dict):
    """(name, its province's name, the town and the province resolved) for each name placed in
    a resolved province ("Carúpano (Sucre state)")."""
    for key, ms in groups.items():
        within = next((m.within for m in ms if m.within in resolved), None)
        province = resolved[within][0] if within else None
        if province is not None:
            yield key, within, resolved[key][0], province


def _in_their_province(groups: dict[str, list[_Mention]], resolved: dict,
                       named: dict[str, float]) -> None:
    """"Awdheegle, a town in the Lower Shabelle region": a town the gazetteer lacks is placed at
    the province its apposition puts it in (at the province's precision), not left out; only a
    province of a country the text is about ("Nkambe (Donga-Mantung department)" in Cameroon is
    in no Donga of Benin). So is a town the gazetteer knows only abroad: "Pensa (Sanmatenga
    province)" is no Penza in Russia. A town matched by another of its names and put in a place
    in another country is left unresolved: "Boni (Douentza cercle)" is no Bonn."""
    for key, within, town, province in _towns_in_provinces(groups, resolved):
        if town is not None and (town.country == province.country or town.feature != "city"):
            continue
        told = {c.country for k, (c, _) in resolved.items() if c is not None and k != within}
        told |= set(named)
        if province.country not in told and told:
            continue
        if province.feature in ("admin1", "district"):
            resolved[key] = resolved[within]
        elif town is not None and normalize(town.name) != key:
            resolved[key] = (None, 0.0)


# ", about 30 km east of ": what lies between a town and the town it is measured from
MEASURED_PHRASE = (r",\s+(?:about|some|roughly|around|nearly|almost)?\s*(\d+(?:\.\d+)?)\s*"
                   r"(km|kilomet(?:re|er)s?|miles?)\s+(?:to the\s+)?((?:north|south)?-?"
                   r"(?:east|west)|north|south)\s+of\s+")
MEASURED = re.compile(MEASURED_PHRASE + r"(?:the\s+)?$")
MEASURED_AHEAD = re.compile(MEASURED_PHRASE)
NEXT_TO = re.compile(r"\b(?:near|next to|outside)\s+(?:the\s+)?$")
MILE_KM = 1.609
MAX_MEASURED_KM = 100.0  # beyond this a road distance strays too far from the straight line
KM_PER_DEGREE = 111.2


def _measured_from_towns(doc, groups: dict[str, list[_Mention]], resolved: dict) -> None:
    """"Ségué, about 30 km east of Bankass": a town the gazetteer lacks, measured from one it
    has, is put at the point that distance and bearing give (a town's precision, no GeoNames
    id, a low score: the distance is most likely by road); "Sévaré, the garrison town next to
    Mopti" at the town it is next to."""
    body = doc_text(doc)
    for key, ms in groups.items():
        m = next((m for m in ms if m.measured), None)
        if resolved[key][0] is not None or m is None or m.measured[0] not in resolved:
            continue
        origin_key, km, degrees = m.measured
        origin = resolved[origin_key][0]
        if origin is None or origin.feature not in ("city", "district") or km > MAX_MEASURED_KM:
            continue
        north = km * math.cos(math.radians(degrees)) / KM_PER_DEGREE
        east = km * math.sin(math.radians(degrees)) / (
            KM_PER_DEGREE * max(math.cos(math.radians(origin.lat)), 0.1))
        resolved[key] = (Candidate(None, body[m.start:m.end], round(origin.lat + north, 5),
                                   round(origin.lon + east, 5), origin.country, origin.admin1,
                                   "city", 0), 0.5)


OTHER_NAME_RATIO = 0.65
FOREIGN_TOWN_POP = 20_000  # a town smaller than this, abroad, is most likely a namesake
SURE_COUNTRY = 3.0  # what the text says of a country before places vote that makes it the story's
MOST_PLACES = 5  # towns and provinces of one country that make a story overwhelmingly its own
# "Full Name (ABBR)": an acronym the text defines for a name
ACRONYM = re.compile(r"((?:[A-Z][\w'-]*\s+)(?:(?:of|for|the|and|de|du|des|la|el)\s+|[A-Z][\w'-]*\s+)*"
                     r"[A-Z][\w'-]*)\s+\(([A-Z][A-Za-z-]{1,9})\)")


def _with_named_provinces(named: dict[str, float], groups: dict[str, list[_Mention]],
                          resolved: dict) -> dict[str, float]:
    """"Rugombo (Cibitoke province)": a province written as one names its country as surely as
    the country's own name, so "Mugina" there is no Mugina across the border in Rwanda."""
    named = dict(named)
    for key, (c, _) in resolved.items():
        if c is not None and c.feature == "admin1" and c.country and \
                any(m.admin_cue for m in groups[key]):
            named[c.country] = max(named.get(c.country, 0.0), SURE_COUNTRY)
    return named


def _without_lone_aliases(resolved: dict, named: dict[str, float]) -> dict:
    """"Christiania" in a story about Copenhagen is no old name of Oslo, "White House" no
    Casablanca: a town matched only by another of its names, in a country the text names nowhere
    and no other place is in, while the text points to another country, is unresolved; so is a
    small namesake alone abroad (see `namesake`)."""
    # a town matched by another name, not another spelling ("Sukhumi" for Sokhumi) or a longer form
    other_names = {key for key, (c, _) in resolved.items() if c is not None
                   and c.feature in ("city", "district")
                   and SequenceMatcher(None, key, normalize(c.name)).ratio() < OTHER_NAME_RATIO}
    # two such towns ("Bajo" read as Bayeux) do not vouch for each other's country
    countries = Counter(c.country for key, (c, _) in resolved.items()
                        if c is not None and c.country and key not in other_names)
    towns = Counter(c.country for c, _ in resolved.values()
                    if c is not None and c.feature in ("city", "district", "admin1"))

    def lone(c: Candidate, key: str) -> bool:
        return key in other_names and c.country not in named and countries[c.country] == 0 \
            and bool((set(named) | set(countries)) - {c.country})

    def namesake(c: Candidate) -> bool:
        # "Garu" in Jharkhand is no Garu in Iran, "Tawila" in Darfur no Tawilah in Yemen: a
        # small town alone in a country the text never names, while it names another that
        # holds its towns ("Brazilian miners" abducted near Brownsweg make no story Brazilian)
        # (a larger town only when the story is overwhelmingly another country's: "Taza" in a
        # story from Kirkuk is no Taza in Morocco)
        # (or when most of its places are there: "Miski" in a story of five Chadian places is
        # no Myski in Siberia)
        sure, held = (SURE_COUNTRY, 1) if c.population < FOREIGN_TOWN_POP else \
            (4 * SURE_COUNTRY, 3) if c.population < 10 * FOREIGN_TOWN_POP else (None, None)
        return sure is not None and c.feature in ("city", "district") \
            and c.country not in named and towns[c.country] <= 1 \
            and any(weight >= sure and towns[other] >= held or weight >= SURE_COUNTRY
                    and towns[other] >= MOST_PLACES for other, weight in named.items())
    return {key: (None, 0.0) if c is not None and (lone(c, key) or namesake(c)) else (c, score)
            for key, (c, score) in resolved.items()}



def _list_cues(doc, mentions: list[_Mention], resolved) -> None:
    """"California, Washington, Utah": a name listed beside provinces is a province."""
    body = doc_text(doc)
    for a, b in zip(mentions, mentions[1:]):
        if body[a.end:b.start].strip() not in (",", "and", ", and", "or", ", or"):
            continue
        for m, other in ((a, b), (b, a)):
            cand = resolved[other.key][0]
            if cand is not None and cand.feature == "admin1" and m.demonym is None:
                m.admin_cue = True


def _settled(value) -> bool:
    """A resolution context cannot change: no candidate, or a sure one."""
    return value[0] is None or value[1] >= 0.95


def baseline_places(doc, actors=(), gazetteer: Gazetteer | None = None) -> list[model.Place]:
    """The population-only baseline: same mentions, largest candidate for each name."""
    return find_places(doc, actors, gazetteer, strategy="population")


# --- mentions -------------------------------------------------------------------------

LOOSE_OUTLET_WORDS = frozenset(("news", "channel", "network"))


@lru_cache(maxsize=1)
def _outlet_ends() -> tuple[str, ...]:
    """"the Houthis' Saba news agency": a name that an outlet's last words close is no place;
    but "South Florida news reports", "the English Channel" are."""
    return tuple(s for s in outlet_suffixes() if s.strip() not in LOOSE_OUTLET_WORDS)


def _mentions(doc, gaz: Gazetteer) -> list[_Mention]:
    ent_of = [None] * len(doc)
    for ent in doc_ents(doc):
        if any(t.text in "()" for t in ent):
            continue  # "Kaédi (Kaédi, Gorgol" tagged ORG: a name does not run across a bracket
        for i in range(ent.start, ent.end):
            ent_of[i] = ent
    taken = [False] * len(doc)
    out: list[_Mention] = []
    unknown: list[_Mention] = []  # NER places not in the gazetteer: "Greece Italy", "Asia-Pacific"
    for m in _state_abbreviations(doc, taken):
        out.append(m)
        for t in doc.char_span(m.start, m.end, alignment_mode="expand") or ():
            taken[t.i] = True
    for ent in doc_ents(doc):
        if any(taken[i] for i in range(ent.start, ent.end)):
            continue
        if ent.label_ in GUARDED_LABELS and apposed_place_noun(doc, ent.end):
            m = _entity_mention(doc, ent, gaz)  # "Awdheegle, a town in ..." tagged ORG
            if m is not None and not gaz.has_name(m.key):
                unknown.append(m)
            continue
        if ent.label_ in PLACE_LABELS:
            m = _entity_mention(doc, ent, gaz)
            if m is None:
                continue
            if not gaz.has_name(m.key):
                unknown.append(m)
                continue
            out.append(m)
            for t in doc.char_span(m.start, m.end, alignment_mode="expand") or ent:
                taken[t.i] = True
    inner = _ngram_mentions(doc, gaz, ent_of, taken, _named_countries(doc, gaz, out))
    out.extend(inner)
    # An unknown NER name is kept (unresolved) only when no known name was found inside it.
    out.extend(m for m in unknown if not any(m.start <= n.start < m.end for n in inner))
    out.extend(_demonym_mentions(doc, gaz, taken))
    end_tok = token_ends(doc)
    out = [_sub_city_run(doc, m, end_tok) for m in out]
    out.extend(_repeated_mentions(doc, gaz, out, ent_of))
    body = doc_text(doc)
    acronyms = _acronyms_of_others(body, out)
    suffixes = _outlet_ends()
    # (nor is a name an outlet's words introduce: "the state news agency SANA reported")
    introducers = tuple(s + " " for s in suffixes)
    out = sorted((m for m in out if body[m.start:m.end] not in acronyms
                  and not body[m.end:m.end + 16].lower().startswith(suffixes)
                  and not body[max(0, m.start - 16):m.start].lower().endswith(introducers)),
                 key=lambda m: m.start)
    start_tok = token_starts(doc)
    for m in out:
        k = end_tok.get(m.end)
        if k is not None and k + 1 < len(doc) and doc[k + 1].lower_ in ADMIN_CUES \
                and m.demonym is None:
            m.admin_cue = True  # the name is "Idlib province": the mention takes the noun in
            m.end = doc[k + 1].idx + len(doc[k + 1])
        first = start_tok.get(m.start, 0)
        # "the northern state of Para", not the city also called Para (but "the Guidan Roumdji
        # department of Niger" is a department in Niger)
        if first >= 3 and doc[first - 1].lower_ == "of" and doc[first - 2].lower_ in ADMIN_CUES \
                and doc[first - 3].pos_ in ("DET", "ADJ") and m.demonym is None:
            m.admin_cue = True
    return out


def _acronyms_of_others(body: str, found: list[_Mention]) -> frozenset[str]:
    """"the National Salvation Front (NAS)": an acronym the text gives a name that is no place
    is that name's, not a town ("NAS" is no Naas)."""
    return frozenset(short for match in ACRONYM.finditer(body)
                     for short in [match.group(2)] if short.isupper()
                     and not any(m.start < match.end(1) and match.start(1) < m.end for m in found))


def _sub_city_run(doc, m: _Mention, end_tok: dict[int, int]) -> _Mention:
    """"Collins Avenue": a place name that starts a street's or building's name is that street
    or building, not the town; a building keeps the town it is named after as `inner`."""
    k = end_tok.get(m.end) if m.demonym is None else None
    run = sub_city.run_after(doc, k, SKIP_LABELS) if k is not None else None
    if run is None:
        return m
    end, building = run
    return _Mention(m.start, end, normalize(doc_text(doc)[m.start:end]), True, sub_city=True,
                    inner=m if building else None)


def _repeated_mentions(doc, gaz: Gazetteer, found: list[_Mention], ent_of) -> list[_Mention]:
    """Other occurrences of a name already found as a place (one sense per discourse):
    "Samos" tagged GPE once and PERSON later, "Glenrock's future". Not inside a longer
    PERSON name ("Jill Hinton") and not a different, longer capitalised name."""
    body = doc_text(doc)
    seen = {(m.start, m.end) for m in found}
    covered = sorted((m.start, m.end) for m in found)
    tok_at = token_starts(doc)
    out = []
    # (an unknown name too: "Awdheegle, a town in ..." may be placed at its province)
    for surface, key in {body[m.start:m.end]: m.key for m in found
                         if m.demonym is None and (m.ner or gaz.has_name(m.key))}.items():
        if len(surface) < 3:
            continue
        at = body.find(surface)
        while at != -1:
            end = at + len(surface)
            if (at, end) not in seen and _standalone(body, at, end) and at in tok_at \
                    and not any(s < end and at < e for s, e in covered) \
                    and _free_occurrence(doc, tok_at[at], end, ent_of):
                out.append(_Mention(at, end, key, False))
            at = body.find(surface, end)
    return out


def _standalone(body: str, start: int, end: int) -> bool:
    before = body[start - 1] if start else " "
    after = body[end] if end < len(body) else " "
    return not (before.isalnum() or before == "-") and not (after.isalnum() or after == "-")


def _free_occurrence(doc, i: int, end: int, ent_of) -> bool:
    ent = ent_of[i]
    if _skipped(ent):
        return False
    if ent is not None and ent.label_ == "PERSON":
        return ent.start == i and ent.end_char == end
    j = i
    while j < len(doc) and doc[j].idx < end:
        j += 1
    # "Beverly Hills Cop": a longer capitalised name is another thing
    return not (j < len(doc) and doc[j].text[:1].isupper() and doc[j].pos_ == "PROPN"
                and doc[j - 1].whitespace_)


@lru_cache(maxsize=1)
def ap_states() -> dict[str, str]:
    """AP abbreviation ("Ill.") -> normalised state name, data/gazetteer_ap_states.tsv."""
    text = (Path(__file__).parent / "data" / "gazetteer_ap_states.tsv").read_text("utf-8")
    return {a: normalize(b) for a, b in (line.split("\t")[:2] for line in text.splitlines()
                                         if line.strip() and not line.startswith("#"))}


def _state_abbreviations(doc, taken) -> list[_Mention]:
    """"Peoria, Ill.": an AP state abbreviation after a town and a comma is the state."""
    tokens = doc_tokens(doc)
    out = []
    table = ap_states()
    for i in range(2, len(doc)):
        tok = tokens[i]
        if taken[i] or tokens[i - 1].text != "," or not tokens[i - 2].text[:1].isupper():
            continue
        text, end = tok.text, tok.idx + len(tok)
        if not text.endswith(".") and i + 1 < len(doc) and tokens[i + 1].text == "." \
                and not tok.whitespace_:
            text, end = text + ".", end + 1
        key = table.get(text)
        if key:
            out.append(_Mention(tok.idx, end, key, False, admin_cue=True))
    return out


def _demonym_mentions(doc, gaz: Gazetteer, taken) -> list[_Mention]:
    """Adjectival demonyms ("Syrian army", "South Korean officials") as mentions of their place."""
    tokens = doc_tokens(doc)
    table = demonyms()
    out = []
    n = len(doc)
    i = 0
    while i < n:
        tok = tokens[i]
        if taken[i] or not tok.text[:1].isupper() or tok.tag_ in ("NNS", "NNPS") or _pan(doc, i):
            i += 1
            continue
        for j in (i + 2, i + 1):
            if j > n or any(taken[k] for k in range(i, j)):
                continue
            target = table.get(normalize(words_text(doc, i, j)))
            if target and _adjectival(doc, i, j) and _demonym_target(gaz, target):
                out.append(_Mention(tok.idx, tokens[j - 1].idx + len(tokens[j - 1]), "@" + target,
                                    False, demonym=target))
                i = j - 1
                break
        i += 1
    return out


def _pan(doc, i: int) -> bool:
    """"the Pan-American Highway", "pan-African": a whole region's, no one country's."""
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "pan"


def _adjectival(doc, i: int, j: int) -> bool:
    """The demonym modifies a following word: "French engineer", not "in French", "the French"."""
    if j >= len(doc) or doc[j - 1].tag_ in ("NNS", "NNPS"):
        return False
    nxt = doc[j]
    return nxt.is_alpha and nxt.pos_ in ("NOUN", "PROPN", "ADJ") and doc[j - 1].head.i >= j


def _demonym_target(gaz: Gazetteer, target: str):
    if _is_iso(target):
        return gaz.country(target)
    cands = gaz.lookup(target)
    return cands[0] if cands else None


def _entity_mention(doc, ent, gaz: Gazetteer) -> _Mention | None:
    start, end = ent.start, ent.end
    while start < end and doc[start].lower_ in ("the", "a") :
        start += 1
    while end > start and doc[end - 1].text in ("'s", "’s", "'", "’", ".", ",", "-"):
        end -= 1
    if start >= end:
        return None
    span = _run_on(doc, gaz, start, end)
    key = normalize(span.text)
    if _bearing(doc, span) or not any(t.text[:1].isupper() for t in span):
        return None  # (nor is "the hills east" of a town, tagged GPE, a name)
    if not key or demonym_country(span.text) and not _country_named(gaz, key) \
            or key in generic_names() or _part_of_hyphened_word(doc, gaz, start) \
            or _ends_a_possessive_name(doc, gaz, start, end):
        return None
    if not gaz.has_name(key):
        sub = sub_city.names_street_or_building(span)
        if ent.label_ == "FAC" and not sub:
            return None
        return _Mention(span.start_char, span.end_char, key, True, sub_city=sub)
    return _Mention(span.start_char, span.end_char, key, True)


def _bearing(doc, span) -> bool:
    """"North-east of the city": a direction from somewhere, no province called North East."""
    words = [t.lower_ for t in span if t.text != "-"]
    return bool(words) and all(w in BEARINGS for w in words) and span.end < len(doc) \
        and doc[span.end].lower_ == "of"


def _ends_a_possessive_name(doc, gaz: Gazetteer, start: int, end: int) -> bool:
    """"Bay city" in "the Hawke's Bay city": the end of a name with a possessive, read whole
    from its first word."""
    return start >= 2 and _clitic(doc, start - 1) and any(
        gaz.has_name(normalize(words_text(doc, start - 2, k))) for k in range(start + 1, end + 1))


def _country_named(gaz: Gazetteer, key: str) -> bool:
    """"New Zealand's police minister": a country whose name is also its adjective is named."""
    return any(c.feature == "country" and normalize(c.name) == key for c in gaz.lookup(key)[:3])


NAME_PARTICLES = frozenset(("del", "de", "la", "do", "da", "di", "du", "des", "el", "al", "los",
                            "las", "dos"))


def _run_on(doc, gaz: Gazetteer, start: int, end: int):
    """The entity's words, or a longer place name they begin that the NER cut short ("Dera"
    tagged a place, "Khan" a person, in "Dera Ghazi Khan"; "Lanao" and "Sur" apart in "Lanao
    del Sur")."""
    longest = doc[start:end]
    for j in range(end + 1, min(start + MAX_NGRAM, len(doc)) + 1):
        if doc[j - 1].lower_ in NAME_PARTICLES and j < len(doc):
            continue
        if not doc[j - 1].text[:1].isupper() or doc[j - 1].pos_ != "PROPN":
            break
        if gaz.has_name(normalize(words_text(doc, start, j))):
            longest = doc[start:j]
    return longest


def _part_of_hyphened_word(doc, gaz: Gazetteer, i: int) -> bool:
    """"Ossi" in "Kye-Ossi": a name does not start after a capitalised word and a hyphen, unless
    that word is a well-known place too ("the Dhaka-Sylhet highway")."""
    return i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ \
        and not doc[i - 1].whitespace_ and doc[i - 2].text[:1].isupper() \
        and not any(_strong(c) for c in gaz.lookup(normalize(doc[i - 2].text)))


def _proper(tok) -> bool:
    return tok.text[:1].isupper() and (tok.pos_ == "PROPN" or tok.ent_type_ in PLACE_LABELS
                                       or not tok.is_sent_start)


def _article_start(doc, i: int) -> bool:
    """'al-Hudaydah': a lower-case Arabic article hyphened to a capitalised name."""
    tokens = doc_tokens(doc)
    return (tokens[i].lower_ in ARTICLES and i + 2 < len(doc) and tokens[i + 1].text == "-"
            and tokens[i + 2].text[:1].isupper() and not tokens[i].whitespace_)


def _named_countries(doc, gaz: Gazetteer, found: list[_Mention]) -> frozenset[str]:
    """Countries the NER places and demonyms name: "Jowhar" (tagged PERSON) after "in" is
    a town when the article is about Somalia."""
    out = {c.country for m in found for c in gaz.lookup(m.key)[:1] if c.country}
    tokens, texts = doc_tokens(doc), token_column(doc, "text")
    firsts = _demonym_first_words()
    capitalised = [i for i, word in enumerate(texts) if word[:1].isupper()]
    words = {texts[i] for i in capitalised} | {
        tokens[i].text_with_ws + texts[i + 1] for i in capitalised if i + 1 < len(texts) and (
            texts[i].lower() in firsts or not texts[i].isascii()
            and normalize(texts[i]) in firsts)}  # "Sri Lankan"
    out |= {iso for w in words if (iso := demonym_country(w))}
    return frozenset(out)


@lru_cache(maxsize=1)
def _demonym_first_words() -> frozenset[str]:
    """First words of the demonyms of two words ("sri" of "Sri Lankan")."""
    return frozenset(key.split()[0] for key in demonyms() if " " in key)


def _ngram_mentions(doc, gaz: Gazetteer, ent_of, taken, countries=frozenset()) -> list[_Mention]:
    tokens = doc_tokens(doc)
    out = []
    i, n = 0, len(doc)
    while i < n:
        tok = tokens[i]
        if taken[i] or not (_proper(tok) or _article_start(doc, i)):
            i += 1
            continue
        match = _longest_match(doc, gaz, i, ent_of, taken, countries)
        if match is None:
            i += 1
            continue
        j, key = match
        out.append(_Mention(tok.idx, tokens[j - 1].idx + len(tokens[j - 1]), key, False))
        i = j
    return out


def _longest_match(doc, gaz: Gazetteer, i: int, ent_of, taken, countries=frozenset()):
    tokens = doc_tokens(doc)
    best = None
    for j in range(i + 1, min(i + MAX_NGRAM, len(doc)) + 1):
        last = tokens[j - 1]
        if j - 1 > i and (taken[j - 1] or not (last.text[:1].isupper()
                                                or last.lower_ in CONNECTORS
                                                or _clitic(doc, j - 1))):
            break
        if j - 1 > i and tokens[j - 2].whitespace_ == "" and last.text == "-":
            continue
        if not last.text[:1].isupper():
            continue
        key = normalize(words_text(doc, i, j))
        if key in generic_names() or _part_of_hyphened_word(doc, gaz, i):
            continue
        if gaz.has_name(key) and _acceptable(doc, gaz, i, j, key, ent_of, countries) \
                and not _name_goes_on(doc, i, j):
            best = (j, key)
    return best


def _skipped(ent) -> bool:
    """Inside a date, number or the like no name is a place, unless the date is a lone proper
    noun no calendar knows ("outside the commissioner's office in Turbat", Turbat read as a
    DATE)."""
    return ent is not None and ent.label_ in SKIP_LABELS and not (
        ent.label_ in ("DATE", "TIME") and len(ent) == 1 and ent[0].tag_ == "NNP"
        and ent[0].is_alpha and ent[0].lower_ not in calendar_words())


def _clitic(doc, k: int) -> bool:
    """The "'s" of a name that has one ("Cox's Bazar"), glued to the word before."""
    return 0 < k < len(doc) and doc[k].lower_ in ("'s", "’s") and not doc[k - 1].whitespace_


def _name_goes_on(doc, i: int, j: int) -> bool:
    """"Ain" in "Ain al-Asad air base", "al-Ain" in "Ras al-Ain": an Arabic article joins the
    words before and after it into one name, so a part of it alone is no place ("Al Ain" in the
    Emirates)."""
    after = j + 1 < len(doc) and doc[j].lower_ in ARABIC_ARTICLES and doc[j + 1].text == "-" \
        and not doc[j].whitespace_
    article = i - 2 if i >= 3 and doc[i - 1].text == "-" else i  # "Ras al-|Ain" or "Ras |al-Ain"
    before = article > 0 and doc[article].lower_ in ARABIC_ARTICLES and \
        doc[article - 1].text[:1].isupper() and doc[article - 1].pos_ == "PROPN"
    return after or before


def _acceptable(doc, gaz: Gazetteer, i: int, j: int, key: str, ent_of,
                countries=frozenset()) -> bool:
    """A bare gazetteer match counts when the name is strong enough for where it stands."""
    ent = ent_of[i]
    if _skipped(ent):
        return False
    words = words_text(doc, i, j)
    if demonym_country(words) or normalize(words) in demonyms():
        return False
    cands = gaz.lookup(key)
    if _between_pair(doc, i, j) and (ent is None or ent.label_ != "PERSON"):
        return True  # "between Désarmes and Verrettes", tagged ORG or WORK_OF_ART
    if not all(doc[k].pos_ == "PROPN" or doc[k].lower_ in CONNECTORS or _clitic(doc, k)
               for k in range(i, j)):
        # Capitalised common words ("Police", "Mobile") only pass as countries.
        return any(c.feature == "country" for c in cands)
    if _comma_region(doc, gaz, j):
        return ent is None or ent.label_ != "PERSON" or (ent.start == i and ent.end == j)
    name_goes_on = _part_of_longer_name(doc, gaz, i, j, ent)
    if ent is not None and ent.label_ in GUARDED_LABELS:
        # "Croix-des-Bouquets" tagged PERSON on "Croix" alone: a hyphened name is one word
        possessor = ent.start == i and ent.end == i + 1 and _clitic(doc, i + 1)  # "Hawke's Bay"
        owner = ent.start == i and ent.end == j + 1 and _clitic(doc, j)  # "Sri Lanka's" navy
        if ent.label_ == "PERSON" and (ent.start != i or ent.end != j) and not (
                possessor or owner) and any(doc[k].whitespace_ for k in range(i, j - 1)):
            return False
        whole = ent.start == i and ent.end == j  # not "Cornell" in "Cornell University"
        if whole and (_place_cue(doc, i) or apposed_place_noun(doc, j) or _unit_after(doc, j)
                      or (_after_preposition(doc, i)
                          and any(c.country in countries for c in cands[:5]))):
            return True
        if name_goes_on and ent.label_ == "PERSON" and ent.start == i:
            # "Hassan Abdi Nur": a given name, unless a province or a town of a country the
            # text names ("Kirkuk Governor Rakan al-Jubouri")
            return any(_strong(c) and (c.feature != "city" or c.country in countries)
                       for c in cands)
        if name_goes_on:
            return _strong_namesake(cands, key, countries, ent.start < i)
        if ent.label_ in ("PERSON", "NORP") and _names_fighters(doc, j):
            return False
        return any(_strong(c) for c in cands) or ent.label_ != "PERSON" and (
            _cued(doc, i, j) or _cued_loosely(doc, i, cands))
    if name_goes_on:
        tail = ent.start < i if ent is not None else _name_before(doc, i)
        return _strong_namesake(cands, key, countries, tail)
    return any(_strong(c) or c.population >= LOOSE_POP for c in cands) or _cued(doc, i, j) \
        or _place_cue(doc, i) \
        or _after_preposition(doc, i) and any(c.country in countries for c in cands[:5])


FIGHTER_NOUNS = frozenset({"militant", "fighter", "rebel", "insurgent", "gunman", "cadre",
                           "group", "militia", "faction", "volunteer", "militiaman",
                           "vigilante"})


def _names_fighters(doc, j: int) -> bool:
    """"suspected Kuki militants", "a Kuki armed group": a name the NER took for a person or a
    people that describes fighters names their people, not a town (Kuki, Japan)."""
    head = doc[j - 1].head
    return doc[j - 1].dep_ in ("compound", "nmod", "amod") and head.lemma_ in FIGHTER_NOUNS


def _part_of_longer_name(doc, gaz: Gazetteer, i: int, j: int, ent) -> bool:
    """"near Faraba Banta": the cue is the whole name's, so its first word is only a place of its
    own if a well-known one ("Narva River" is still Narva's); so is its last word ("Ras Ajdir")
    and a surname the NER left untagged ("Habiba Omar"), and the first half of a hyphened word
    ("Kuki" of "the Kuki-Chin National Front")."""
    if _hyphen_joins_next(doc, j):
        return True
    if ent is None:
        return _name_before(doc, i) and not doc[i - 1].is_sent_start and \
            not gaz.has_name(normalize(doc[i - 1].text))
    runs_on = ent.end > j and doc[j].text[:1].isupper() and \
        doc[j].lower_ not in PLACE_NOUNS | ADMIN_CUES | FEATURE_WORDS
    return runs_on or ent.start < i and _name_before(doc, i)


def _hyphen_joins_next(doc, j: int) -> bool:
    return j + 1 < len(doc) and doc[j].text == "-" and not doc[j - 1].whitespace_ \
        and not doc[j].whitespace_ and doc[j + 1].text[:1].isupper()


def _name_before(doc, i: int) -> bool:
    """"Ras Ajdir", "Habiba Omar": a capitalised name word before this one, other than a word
    that leaves a place the same ("Greater Beirut", "Lake Chad")."""
    k = i - 1
    while k > 0 and doc[k].lower_ in NAME_PARTICLES and doc[k].is_lower:
        k -= 1  # "Comandos de la Frontera": the name runs on through its particles
    return k >= 0 and k < i and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() and \
        doc[k].lower_ not in PLACE_NOUNS | FEATURE_WORDS | NAME_QUALIFIERS



def _strong_namesake(cands: list[Candidate], key: str, countries: frozenset[str],
                     tail: bool = False) -> bool:
    """A part of a longer name is a place only if it is a well-known one: a country or province
    ("the US Federal Reserve"), or a city by its own name or in a country the text names:
    "Intan" of "Intan Jaya" (Indonesia) is not Yingtan, whose alternate name it is. The last
    word of a name (`tail`) is a country, or a place in a country the text names (when it
    names any): "Dara" of "Momand Dara district" (Afghanistan) is not Daraa in Syria."""
    if tail and countries:
        return any(_strong(c) and (c.feature == "country" or c.country in countries)
                   for c in cands)
    return any(_strong(c) and (c.feature != "city" or normalize(c.name) == key
                               or c.country in countries) for c in cands)


def _comma_region(doc, gaz: Gazetteer, j: int) -> bool:
    """"Croft, Yorkshire", "Bowling Green, Kentucky": a name followed by its province or country."""
    if j + 1 >= len(doc) or doc[j].text != "," or not doc[j + 1].text[:1].isupper():
        return False
    for k in (j + 3, j + 2):
        if k <= len(doc):
            cands = gaz.lookup(words_text(doc, j + 1, k))[:3]
            if any(c.feature in ("admin1", "country") for c in cands):
                return True
    return False


def _unit_after(doc, j: int) -> bool:
    """"Kotido district", "(Banikoara commune)", "the Yitzhar settlement": the noun after the
    name says what kind of place it is."""
    return j < len(doc) and doc[j].lower_ in UNIT_NOUNS


def _place_cue(doc, i: int) -> bool:
    """"north of X", "government-held X", "between Idlib and X", "the hillside neighbourhoods
    of X": only places stand here."""
    prev = doc[i - 1].lower_ if i >= 1 else ""
    if prev == "of" and i >= 2 and (doc[i - 2].lower_ in DIRECTIONS or
                                    doc[i - 2].lemma_ in CUE_NOUNS - {"area"}):
        return True
    if prev in ("held", "controlled") and i >= 2 and doc[i - 2].text == "-":
        return True
    return prev == "between"


APPOSED_PLACE_NOUNS = CUE_NOUNS - {"area"} | {"capital"}


def apposed_place_noun(doc, j: int) -> bool:
    """"X, the main town of Intan Jaya regency", "X, a village in Y", "X, the capital of Central
    Darfur", "X (Ouham prefecture)", "X, about 30 km east of Y": the apposition says X is a
    place, whatever the NER tagged it."""
    if j < len(doc) and doc[j].text == "(":
        inside = itertools.takewhile(lambda t: t.text != ")", doc[j + 1:j + 6])
        return any(t.lower_ in ADMIN_CUES for t in inside)
    if j >= len(doc) or doc[j].text != ",":
        return False
    if MEASURED_AHEAD.match(doc_text(doc), doc[j].idx):
        return True  # "Ségué, about 30 km east of Bankass"
    window = doc[j + 1:j + 6]
    if not window or window[0].lower_ not in ("a", "an", "the"):
        return False
    for t in window[1:]:
        if t.lemma_ in APPOSED_PLACE_NOUNS:
            return True
        if t.pos_ not in ("ADJ", "NOUN", "ADV") or t.text == ",":
            return False
    return False


def _between_pair(doc, i: int, j: int) -> bool:
    """"between X and Y": both names are places."""
    if i >= 1 and doc[i - 1].lower_ == "between":
        return j < len(doc) and doc[j].lower_ == "and"
    return i >= 3 and (j == len(doc) or not doc[j].is_alpha) and _second_of_between(doc, i)


def _second_of_between(doc, i: int) -> bool:
    """The name at `i` follows the "and" of "between X and"."""
    return doc[i - 1].lower_ == "and" and \
        any(doc[k].lower_ == "between" for k in range(max(i - 5, 0), i - 1))


def _after_preposition(doc, i: int) -> bool:
    """"in X", "in rural X", "to X", "and X" after "between": a place may follow."""
    if i >= 2 and doc[i - 1].pos_ == "ADJ" and doc[i - 1].is_lower:
        i -= 1  # "in rural El Bagre", "in northern X"
    if i < 1:
        return False
    prev = doc[i - 1].lower_
    if prev == "and":
        return _second_of_between(doc, i)
    return prev in CUE_BEFORE or prev == "of"


def _cued_loosely(doc, i: int, cands: list[Candidate]) -> bool:
    """"from Dewsbury" tagged ORG: a preposition of place before a town of some size."""
    return i >= 1 and doc[i - 1].lower_ in CUE_BEFORE and \
        any(c.population >= LOOSE_POP for c in cands)


def _cued(doc, i: int, j: int) -> bool:
    """Words around the name say it is a place: "the town of X", "near X", "around X",
    "X province"."""
    if _unit_after(doc, j):
        return True
    if i >= 1 and doc[i - 1].lower_ in ("near", "outside", "around", "towards", "toward"):
        return True
    return i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in CUE_NOUNS


def _strong(c: Candidate) -> bool:
    return c.feature in ("country", "admin1", "region", "continent", "ocean", "sea") or \
        c.population >= STRONG_POP


# --- context --------------------------------------------------------------------------

def _context(doc, gaz: Gazetteer, actors, mentions: list[_Mention]) -> dict[str, float]:
    """ISO2 -> weight of evidence that the article is about that country."""
    ctx: Counter = Counter()
    for actor in actors:
        iso2 = gaz.iso2(actor.country) if actor.country else None
        if iso2:
            ctx[iso2] += 1.0
    inside = [(m.start, m.end) for m in mentions if m.demonym is None]
    tokens = doc_tokens(doc)
    for i, word in enumerate(token_column(doc, "text")):
        if word[:1].isupper():
            iso = demonym_country(word)
            # "British" in "British Columbia" is no evidence for the UK
            if iso and not any(s <= tokens[i].idx < e for s, e in inside):
                ctx[iso] += 1.0
    _patterns(doc, gaz, [m for m in mentions if m.demonym is None])
    for m in mentions:
        country = _first_country(gaz, m.key) if m.demonym is None else None
        if country is not None and not m.in_province:  # "Tonga (Upper Nile state)" is a town
            ctx[country.country] += 2.0
    return dict(ctx)


def _first_country(gaz: Gazetteer, key: str) -> Candidate | None:
    """The country a name's first candidate is, if it is one."""
    first = gaz.lookup(key)[:1]
    return first[0] if first and first[0].feature == "country" else None


def _patterns(doc, gaz: Gazetteer, mentions: list[_Mention]) -> None:
    """Ties a mention to a country/admin1 named right beside it."""
    by_start = {m.start: m for m in mentions}
    by_char = token_starts(doc)
    body = doc_text(doc)
    for k, m in enumerate(mentions):
        i = by_char.get(m.start)
        if i is None:
            continue
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        j = by_char.get(m.end) if m.end in by_char else by_char.get(m.end + 1)
        bracketed = [o for o in mentions[k + 1:k + 4] if _bracketed(body, m.end, o.start)]
        if bracketed and j is not None and doc[j].text == "(":
            # "Kabo (Ouham prefecture)", "Tonga (Panyikang county, Upper Nile state)": the
            # province a town lies in (the first the gazetteer knows)
            province = next((o for o in bracketed if gaz.lookup(o.key)), bracketed[0])
            m.within = province.key
            # ("Democratic People's Republic of Korea (DPRK)" names no province)
            m.in_province = _first_country(gaz, province.key) is None
            if m.in_province and _first_country(gaz, m.key) is not None:
                # a country's name: its namesake towns abroad are no better ("Tonga" of
                # Cameroon); a town's province is left to decide only if it is never resolved
                _hint_from(gaz, province.key, m, in_brackets=True)
        elif j is not None and placed_in_brackets(doc, j):
            m.in_unknown_province = True  # "Tourou (Mayo-Tsanaga department)"
        elif nxt is not None and j is not None and j + 1 < len(doc) \
                and doc[j].text in (",", "in") and nxt.start == doc[j + 1].idx:
            _hint_from(gaz, nxt.key, m)  # "X, Country" / "X in Country" / "X, Texas"
        elif nxt is not None and j is not None and _described_in(doc, j, nxt.start):
            _hint_from(gaz, nxt.key, m, any_feature=True)
            m.within = nxt.key
            if NEXT_TO.search(body[m.end:nxt.start]):
                m.measured = (nxt.key, 0.0, 0.0)  # "a small town near Dresden": at Dresden
        elif nxt is not None and (found := MEASURED.match(body[m.end:nxt.start])):
            number, unit, bearing = found.groups()
            m.measured = (nxt.key, float(number) * (MILE_KM if unit.startswith("mile") else 1.0),
                          BEARING_DEGREES[bearing.replace("-", "")])
        # "Country's X", "Libyan city of X", "Libya's eastern city of X"
        window = doc[max(i - 6, 0):i]
        for tok in reversed(window):
            if tok.text[:1].isupper():
                iso = demonym_country(tok.text)
                prev = by_start.get(tok.idx)
                if iso and _place_noun_between(doc, tok.i + 1, i):
                    m.hint.add(iso)
                elif prev is not None and _possessive_or_noun(doc, tok.i, i, prev):
                    _hint_from(gaz, prev.key, m)
                break


BRACKETED_UNITS = ADMIN_CUES | {"district", "territory", "commune", "municipality", "cercle"}
UNIT_NOUNS = CUE_NOUNS | BRACKETED_UNITS | {"division", "subcounty", "sector", "settlement"}


def placed_in_brackets(doc, end: int) -> bool:
    """"Tonga (Panyikang county, Upper Nile state)": a name the bracket after it places in a
    province is a town, though it is a country's name too."""
    if end >= len(doc) or doc[end].text != "(":
        return False
    for tok in doc[end + 1:end + 12]:
        if tok.text == ")":
            return False
        if tok.lower_ in BRACKETED_UNITS:
            return True
    return False


def _bracketed(body: str, end: int, next_start: int) -> bool:
    """The next place is named inside the bracket that follows a name (before it closes)."""
    between = body[end:next_start]
    return between.lstrip().startswith("(") and ")" not in between and len(between) < 40


def _described_in(doc, j: int, next_start: int) -> bool:
    """"Neves, a fishing town in São Tomé's Lembá district", "Kamenz, a small town near
    Dresden", "Qarabagh, in the south-west of Ghazni province": an apposition that tells which
    country's or province's place it is."""
    if doc[j].text != ",":
        return False
    window = [t for t in doc[j + 1:j + 9] if t.idx < next_start]  # "in the south-west of"
    if window and window[-1].lower_ == "the":
        window.pop()  # "a town in the Lower Shabelle region"
    if len(window) > 2 and window[-1].lower_ == "to" and window[-2].lower_ == "next":
        window.pop()  # "Sévaré, the garrison town next to Mopti"
    if len(window) < 2 or window[-1].lower_ not in ("in", "near", "of", "next"):
        return False
    if window[0].lower_ in ("in", "near"):  # "Qarabagh, in the south-west of Ghazni province"
        return True
    return window[0].lower_ in ("a", "an", "the") and any(t.lower_ in PLACE_NOUNS for t in window)


def _place_noun_between(doc, a: int, b: int) -> bool:
    return any(doc[t].lower_ in PLACE_NOUNS for t in range(a, b))


def _possessive_or_noun(doc, t: int, i: int, prev: _Mention) -> bool:
    following = [doc[k].lower_ for k in range(t + 1, i) if doc[k].idx >= prev.end]
    return bool(following) and (following[0] in ("'s", "’s") or
                                any(w in PLACE_NOUNS for w in following))


def _hint_from(gaz: Gazetteer, key: str, m: _Mention, any_feature: bool = False,
               in_brackets: bool = False) -> None:
    """Ties `m` to the country (or province) the mention `key` names; with `any_feature`, to
    the country of whatever `key` names first, a town included ("a town near Dresden")."""
    if not in_brackets and _first_country(gaz, m.key) is not None:
        return  # "Mexico, the US and Canada" is a list, not a place inside a country
    cands = gaz.lookup(key)[:3]
    if any_feature and cands and cands[0].country and \
            not any(c.feature in ("country", "admin1") for c in cands):
        m.hint.add(cands[0].country)
        return
    for c in cands:
        if c.feature == "country" and c.country:
            m.hint.add(c.country)
            return
        if c.feature == "admin1" and c.country:
            # "Kurunegala, North Western": every province of that name is a possible tie
            for other in cands:
                if other.feature == "admin1" and other.country and normalize(other.name) == \
                        normalize(c.name):
                    m.admin_hint.add(other.admin1 or "")
                    m.hint.add(other.country)
            return


# --- resolution -----------------------------------------------------------------------

def _score(c: Candidate, key: str, ms: list[_Mention], context: dict[str, float],
           total: float) -> float:
    # GeoNames leaves some towns' population at 0 ("São Gonçalo", a city of a million); every
    # city the gazetteer holds has at least 1,000 people or is a seat of government
    population = c.population or (MIN_POPULATION if c.feature == "city" else 0)
    score = math.log10(population + 10) / 5.0
    if c.feature == "city" and c.population >= WORLD_CITY:
        score += WORLD_CITY_BONUS  # "London" in a US story is still London
    if c.feature == "country":
        score += 1.5
    elif c.feature in ("region", "continent", "ocean", "sea"):
        score += 0.8
    elif c.feature == "admin1":
        score -= 0.05
    if c.country and total:
        score += 1.5 * context.get(c.country, 0.0) / total
    if any(c.country in m.hint for m in ms):
        score += 3.0
    if c.admin1 and any(c.admin1 in m.admin_hint for m in ms):
        score += 1.0
    if normalize(c.name) == key:
        score += 0.3  # alternate names are noisier than a place's own name
    if c.feature == "district":
        score -= 0.2
    return score


def _resolve_population(gaz: Gazetteer, key: str, ms: list[_Mention]):
    if ms[0].demonym is not None:
        return _demonym_target(gaz, ms[0].demonym), 1.0
    cands = gaz.lookup(key)
    return (cands[0], 0.5) if cands else (None, 0.0)


def _resolve(gaz: Gazetteer, key: str, ms: list[_Mention], context: dict[str, float],
             admins: Counter | None = None):
    if ms[0].demonym is not None:
        return _demonym_target(gaz, ms[0].demonym), 1.0
    cands = gaz.lookup(key)
    if any(m.admin_cue for m in ms) and not any(c.feature == "admin1" for c in cands):
        # "Raqqa province": the city is Raqqa, the province GeoNames' Ar-Raqqah
        cands = [c for k in respellings(key) for c in gaz.lookup(k)
                 if c.feature == "admin1"] + cands
    if not cands:
        return None, 0.0
    if any(m.in_province for m in ms):  # "Tonga (Upper Nile state)": no country is in a province
        cands = [c for c in cands if c.feature != "country"]
        if not cands:
            return None, 0.0
    broad = [c for c in cands[:3] if c.feature in BROAD_FEATURES]
    broad = broad[0] if len(broad) == 1 else None  # "Congo": two countries, context decides
    if any(m.admin_cue for m in ms) and any(c.feature == "admin1" for c in cands):
        # "Niger State", "the state of Niger": Nigeria's state, no country
        cands = [c for c in cands if c.feature != "country"]
        broad = None
    if broad is not None and not any(m.hint - {broad.country} for m in ms):
        # "Mexico" is the country even in a story full of US towns; "Mexico, Missouri" is not.
        return broad, 0.95
    own = sum(1 for m in ms if not m.hint)  # a country's own mentions are not evidence for it
    total = max(sum(context.values()), 1.0)
    ctx = dict(context)
    top = cands[0]
    if top.feature == "country" and top.country in ctx:
        ctx[top.country] = max(ctx[top.country] - 2.0 * own, 0.0)
    big = {c.country for c in cands[:20] if c.feature == "city" and c.population >= BIG_CITY}
    admin_cue = any(m.admin_cue for m in ms)
    scored = sorted(((_score(c, key, ms, ctx, total) + _admin_bias(c, big, admin_cue)
                      + (_admin_context(admins[(c.country, c.admin1)]) if admins
                         and c.feature != "admin1" else 0.0), -k, c)
                     for k, c in enumerate(cands[:50])), reverse=True)
    best, second = scored[0], scored[1] if len(scored) > 1 else None
    if _stray(best[2], key, ms, cands[:50]) or _province_abroad(best[2], ms, cands, context):
        return None, 0.0
    margin = best[0] - second[0] if second else best[0]
    return best[2], round(min(1.0, 0.5 + margin / 2), 3)


def _admin_context(places_there: int) -> float:
    """A province the article names or is sure of favours its towns; one holding three or more
    of its sure places, more (a town with no province on record is not known to lie outside)."""
    if not places_there:
        return 0.0
    return ADMIN_CONTEXT + ADMIN_CONTEXT_EACH * max(0, min(places_there - 2, 2))


def _stray(c: Candidate, key: str, ms: list[_Mention], cands: list[Candidate]) -> bool:
    """A small town the text ties to a country or province none of its namesakes is in ("Saku,
    Marsabit" in Kenya is no town in Japan): the gazetteer lacks the right one, and a wrong
    continent is worse than no point. So is a city of any size reached only by one of its other
    names ("Boni (Douentza cercle)" is no Bonn, "Mambasa" in Ituri no Mombasa)."""
    hinted = set().union(*(m.hint for m in ms))
    return bool(hinted) and c.feature in ("city", "district") \
        and (c.population < STRONG_POP or normalize(c.name) != key) \
        and not any(other.country in hinted for other in cands)


def _province_abroad(c: Candidate, ms: list[_Mention], cands: list[Candidate],
                     context: dict[str, float]) -> bool:
    """"Sila province" in a story set in Chad is no town called Selah in the US, "Tourou
    (Mayo-Tsanaga department)" in one set in Cameroon no Turku: a name the text calls a province,
    or puts in one, that the gazetteer knows only as towns in countries the text does not point
    to, is left unresolved."""
    return any(m.admin_cue or m.in_unknown_province for m in ms) and c.feature == "city" and \
        not any(o.feature in ("admin1", "district") for o in cands) and \
        any(context.values()) and not context.get(c.country or "", 0.0)


def _admin_bias(c: Candidate, big_city_countries: set, admin_cue: bool) -> float:
    """"X province" wants the province; a bare name shared with a big city is the city."""
    if c.feature == "district":  # "Soum province": provinces are admin2 in many countries
        return 1.0 if admin_cue else 0.0
    if c.feature != "admin1":
        return 0.0
    if admin_cue:
        return 1.0
    return -1.0 if c.country in big_city_countries else 0.0


def _names_group(actors, m: _Mention, gaz: Gazetteer) -> bool:
    """"ELN" is the guerrilla group, not Elne: a name the actors stage reads as an armed group's
    is no place, nor is a region its name ends with ("Islamic State Khorasan Province"); a
    country in it still is ("Tehrik-i-Taliban Pakistan")."""
    for actor in actors:
        if actor.type not in model.NAMED_GROUP_TYPES:
            continue
        for a in actor.mentions:
            if a.start == m.start and a.end == m.end or a.start < m.start and a.end == m.end \
                    and not m.key.startswith("@") and not _country_named(gaz, m.key):
                return True
    return False


def _inside_actor(actors, m: _Mention) -> bool:
    return any(a.start < m.end and m.start < a.end for actor in actors for a in actor.mentions)


def _places(doc, mentions: list[_Mention], resolved, actors=()) -> list[model.Place]:
    body = doc_text(doc)
    order: list = []
    spans: dict = defaultdict(list)
    info: dict = {}
    main_city = sub_city.main_city(mentions, resolved)
    for k, m in enumerate(mentions):
        cand, score = resolved[m.key]
        at_city = False
        if cand is None and m.sub_city:
            m, cand, score, at_city = sub_city.fall_back(doc, mentions, k, resolved, main_city)
        ident = ("sub", m.key) if at_city else (
            (cand.geonames_id, cand.name, cand.lat, cand.lon) if cand else ("?", m.key))
        if cand is None and (not m.ner or _inside_actor(actors, m)):
            continue
        if ident not in info:
            order.append(ident)
            info[ident] = (cand, score, body[m.start:m.end])
        spans[ident].append(model.Span.of(body, m.start, m.end))
    places = []
    for n, ident in enumerate(order, 1):
        cand, score, text = info[ident]
        if cand is None:
            places.append(model.Place(id=f"pl{n}", name=text, lat=None, lon=None,
                                      precision="unresolved", mentions=tuple(spans[ident])))
            continue
        if ident[0] == "sub":  # a street or building placed at its city
            places.append(sub_city.district_place(f"pl{n}", text, cand, tuple(spans[ident])))
            continue
        places.append(model.Place(
            id=f"pl{n}", name=cand.name, lat=cand.lat, lon=cand.lon,
            precision=PRECISION.get(cand.feature, "city"), mentions=tuple(spans[ident]),
            geonames_id=cand.geonames_id, country=cand.country, admin1=cand.admin1,
            score=score))
    return places
