"""Places stage: spaCy Doc (+ actors) -> geocoded `Place` records with their mentions.

Cascade:
  1. Mentions: GPE/LOC/FAC entities, plus gazetteer matches over runs of proper-noun tokens,
     so a toponym the small model tags PERSON/ORG ("Ras Lanuf", "Tripoli-based") is kept.
     Demonyms ("Libyan") are not places but count as country context.
  2. Context: countries named in the text, demonyms, actors' countries, and patterns that
     tie one toponym to a country ("X, Country", "Country's X", "the Libyan city of X").
  3. Each distinct name is resolved once per article (one sense per discourse): candidates are
     scored by context first, population as a prior; a second pass adds the countries of
     the places resolved in the first pass.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import model
from .gazetteer import Candidate, Gazetteer, load_gazetteer, normalize
from .nlp import doc_text

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Inside these entities a gazetteer match must be strong to count as a place.
GUARDED_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})
SKIP_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL",
                         "ORDINAL", "LANGUAGE"})
CONNECTORS = frozenset({"-", "al", "el", "ad", "as", "ar", "de", "of", "the", "du", "la", "le",
                        "del", "da", "do", "dos", "los", "las", "an", "ash", "at", "bin", "ibn"})
PLACE_NOUNS = frozenset({"city", "town", "village", "capital", "province", "region", "district",
                         "port", "state", "county", "governorate", "area", "suburb",
                         "neighbourhood", "neighborhood", "stronghold", "enclave", "border",
                         "island", "oasis", "coast", "camp", "base"})
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


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Normalised demonym -> ISO2, from data/places_demonyms.tsv."""
    text = (Path(__file__).parent / "data" / "places_demonyms.tsv").read_text("utf-8")
    table = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            name, iso = line.split("\t")[:2]
            table[normalize(name)] = iso.strip()
    return table


def demonym_country(word: str) -> str | None:
    table = demonyms()
    key = normalize(word)
    return table.get(key) or (table.get(key[:-1]) if key.endswith("s") else None)


def find_places(doc, actors=(), gazetteer: Gazetteer | None = None) -> list[model.Place]:
    """Places named in `doc`, ids pl1, pl2, ... in order of first mention."""
    gaz = gazetteer or load_gazetteer()
    mentions = _mentions(doc, gaz)
    if not mentions:
        return []
    context = _context(doc, gaz, actors, mentions)
    groups: dict[str, list[_Mention]] = defaultdict(list)
    for m in mentions:
        groups[m.key].append(m)
    resolved = {key: _resolve(gaz, key, ms, context) for key, ms in groups.items()}
    # Second pass: the countries of places resolved so far are context for the others.
    found = Counter(c.country for c, _ in resolved.values() if c is not None and c.country)
    for country, n in found.items():
        context[country] = context.get(country, 0.0) + 0.5 * n
    resolved = {key: _resolve(gaz, key, ms, context) for key, ms in groups.items()}
    return _places(doc, mentions, resolved)


# --- mentions -------------------------------------------------------------------------

def _mentions(doc, gaz: Gazetteer) -> list[_Mention]:
    ent_of = [None] * len(doc)
    for ent in doc.ents:
        for i in range(ent.start, ent.end):
            ent_of[i] = ent
    taken = [False] * len(doc)
    out: list[_Mention] = []
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS:
            m = _entity_mention(doc, ent, gaz)
            if m is not None:
                out.append(m)
                for i in range(ent.start, ent.end):
                    taken[i] = True
    out.extend(_ngram_mentions(doc, gaz, ent_of, taken))
    out.sort(key=lambda m: m.start)
    return out


def _entity_mention(doc, ent, gaz: Gazetteer) -> _Mention | None:
    start, end = ent.start, ent.end
    while start < end and doc[start].lower_ in ("the", "a") :
        start += 1
    while end > start and doc[end - 1].text in ("'s", "’s", "'", "’", ".", ",", "-"):
        end -= 1
    if start >= end:
        return None
    span = doc[start:end]
    key = normalize(span.text)
    if not key or demonym_country(span.text):
        return None
    if not gaz.has_name(key) and ent.label_ == "FAC":
        return None
    return _Mention(span.start_char, span.end_char, key, True)


def _proper(tok) -> bool:
    return tok.text[:1].isupper() and (tok.pos_ == "PROPN" or tok.ent_type_ in PLACE_LABELS
                                       or not tok.is_sent_start)


def _article_start(doc, i: int) -> bool:
    """'al-Hudaydah': a lower-case Arabic article hyphened to a capitalised name."""
    return (doc[i].lower_ in ARTICLES and i + 2 < len(doc) and doc[i + 1].text == "-"
            and doc[i + 2].text[:1].isupper() and not doc[i].whitespace_)


def _ngram_mentions(doc, gaz: Gazetteer, ent_of, taken) -> list[_Mention]:
    out = []
    i, n = 0, len(doc)
    while i < n:
        tok = doc[i]
        if taken[i] or not (_proper(tok) or _article_start(doc, i)):
            i += 1
            continue
        match = _longest_match(doc, gaz, i, ent_of, taken)
        if match is None:
            i += 1
            continue
        j, key = match
        out.append(_Mention(tok.idx, doc[j - 1].idx + len(doc[j - 1]), key, False))
        i = j
    return out


def _longest_match(doc, gaz: Gazetteer, i: int, ent_of, taken):
    best = None
    for j in range(i + 1, min(i + MAX_NGRAM, len(doc)) + 1):
        last = doc[j - 1]
        if j - 1 > i and (taken[j - 1] or not (last.text[:1].isupper()
                                                or last.lower_ in CONNECTORS)):
            break
        if j - 1 > i and doc[j - 2].whitespace_ == "" and last.text == "-":
            continue
        if not last.text[:1].isupper():
            continue
        key = normalize(doc[i:j].text)
        if gaz.has_name(key) and _acceptable(doc, gaz, i, j, key, ent_of):
            best = (j, key)
    return best


def _acceptable(doc, gaz: Gazetteer, i: int, j: int, key: str, ent_of) -> bool:
    """A bare gazetteer match counts when the name is strong enough for where it stands."""
    ent = ent_of[i]
    if ent is not None and ent.label_ in SKIP_LABELS:
        return False
    if ent is not None and ent.label_ == "NORP" or demonym_country(doc[i:j].text):
        return False
    cands = gaz.lookup(key)
    if not all(doc[k].pos_ == "PROPN" or doc[k].lower_ in CONNECTORS for k in range(i, j)):
        # Capitalised common words ("Police", "Mobile") only pass as countries.
        return any(c.feature == "country" for c in cands)
    if ent is not None and ent.label_ in GUARDED_LABELS:
        if ent.label_ == "PERSON" and (ent.start != i or ent.end != j):
            return False
        return any(_strong(c) for c in cands)
    return any(_strong(c) or c.population >= LOOSE_POP for c in cands)


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
    for tok in doc:
        if tok.text[:1].isupper():
            iso = demonym_country(tok.text)
            if iso:
                ctx[iso] += 1.0
    for m in mentions:
        for c in gaz.lookup(m.key)[:1]:
            if c.feature == "country":
                ctx[c.country] += 2.0
    _patterns(doc, gaz, mentions)
    return dict(ctx)


def _patterns(doc, gaz: Gazetteer, mentions: list[_Mention]) -> None:
    """Ties a mention to a country/admin1 named right beside it."""
    by_start = {m.start: m for m in mentions}
    by_char = {t.idx: t.i for t in doc}
    for k, m in enumerate(mentions):
        i = by_char.get(m.start)
        if i is None:
            continue
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        j = by_char.get(m.end) if m.end in by_char else by_char.get(m.end + 1)
        # "X, Country" / "X in Country" / "X, Texas"
        if nxt is not None and j is not None and j + 1 < len(doc) \
                and doc[j].text in (",", "in") and nxt.start == doc[j + 1].idx:
            _hint_from(gaz, nxt.key, m)
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


def _place_noun_between(doc, a: int, b: int) -> bool:
    return any(doc[t].lower_ in PLACE_NOUNS for t in range(a, b))


def _possessive_or_noun(doc, t: int, i: int, prev: _Mention) -> bool:
    following = [doc[k].lower_ for k in range(t + 1, i) if doc[k].idx >= prev.end]
    return bool(following) and (following[0] in ("'s", "’s") or
                                any(w in PLACE_NOUNS for w in following))


def _hint_from(gaz: Gazetteer, key: str, m: _Mention) -> None:
    for c in gaz.lookup(key)[:3]:
        if c.feature == "country" and c.country:
            m.hint.add(c.country)
            return
        if c.feature == "admin1" and c.country:
            m.admin_hint.add(c.admin1 or "")
            m.hint.add(c.country)
            return


# --- resolution -----------------------------------------------------------------------

def _score(c: Candidate, key: str, ms: list[_Mention], context: dict[str, float],
           total: float) -> float:
    score = math.log10(c.population + 10) / 8.0
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
        score += 0.1
    return score


def _resolve(gaz: Gazetteer, key: str, ms: list[_Mention], context: dict[str, float]):
    cands = gaz.lookup(key)
    if not cands:
        return None, 0.0
    own = sum(1 for m in ms if not m.hint)  # a country's own mentions are not evidence for it
    total = max(sum(context.values()), 1.0)
    ctx = dict(context)
    top = cands[0]
    if top.feature == "country" and top.country in ctx:
        ctx[top.country] = max(ctx[top.country] - 2.0 * own, 0.0)
    scored = sorted(((_score(c, key, ms, ctx, total), -k, c) for k, c in enumerate(cands[:50])),
                    reverse=True)
    best, second = scored[0], scored[1] if len(scored) > 1 else None
    margin = best[0] - second[0] if second else best[0]
    return best[2], round(min(1.0, 0.5 + margin / 2), 3)


def _places(doc, mentions: list[_Mention], resolved) -> list[model.Place]:
    body = doc_text(doc)
    order: list = []
    spans: dict = defaultdict(list)
    info: dict = {}
    for m in mentions:
        cand, score = resolved[m.key]
        if cand is None and not m.ner:
            continue
        ident = (cand.geonames_id, cand.name, cand.lat, cand.lon) if cand else ("?", m.key)
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
        places.append(model.Place(
            id=f"pl{n}", name=cand.name, lat=cand.lat, lon=cand.lon,
            precision=PRECISION.get(cand.feature, "city"), mentions=tuple(spans[ident]),
            geonames_id=cand.geonames_id, country=cand.country, admin1=cand.admin1,
            score=score))
    return places
