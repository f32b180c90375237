"""Streets, buildings and neighbourhoods the gazetteer lacks, placed at their city.

A name that ends in a word of data/gazetteer_subcity.tsv ("Moi Avenue", "Liverpool Hope
University") is a place inside a city. The places stage finds such mentions; once the names the
gazetteer has are resolved, an unresolved one is placed, at precision "district", at the city
named right beside it ("McCandless Street in Belfast"), else at the article's main city. A
building named after a town ("Liverpool Hope University") with no city known takes that town's
point instead, as a city-level guess.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from . import model
from .gazetteer import Candidate
from .nlp import doc_text

if TYPE_CHECKING:
    from .places import _Mention


@lru_cache(maxsize=1)
def sub_city_words() -> dict[str, str]:
    """Last word of a street's or building's name -> "street" or "building",
    data/gazetteer_subcity.tsv."""
    text = (Path(__file__).parent / "data" / "gazetteer_subcity.tsv").read_text("utf-8")
    return dict(line.split("\t")[:2] for line in text.splitlines()
                if line.strip() and not line.startswith("#"))


def names_street_or_building(span) -> bool:
    """"Moi Avenue", "Uhuru Park.": a name of two words or more ending in a sub-city word."""
    return len(span) > 1 and span[-1].lower_.rstrip(".") in sub_city_words()


NEIGHBOURHOOD_WORDS = frozenset(("neighbourhood", "neighborhood", "suburb"))


def run_after(doc, k: int, skip_labels: frozenset[str]) -> tuple[int, bool] | None:
    """"Collins Avenue", "Heathrow Animal Reception Center": a place name ending at token k
    that starts a street's or building's name is that street or building, not the town.
    Returns the char end of that name and whether it names a building; None if none follows."""
    if k + 1 < len(doc) and doc[k + 1].lower_ in NEIGHBOURHOOD_WORDS and not (
            k + 2 < len(doc) and doc[k + 2].lower_ == "of"):
        # "the San José neighbourhood": a part of the story's town, not a namesake abroad (but
        # "the Tripoli suburb of Tajoura" names the town)
        return doc[k + 1].idx + len(doc[k + 1]), False
    last = None
    for t in range(k + 1, min(k + 5, len(doc))):
        tok = doc[t]
        if not (tok.text[:1].isupper() and tok.is_alpha) or tok.ent_type_ in skip_labels:
            break
        if tok.lower_ in sub_city_words():
            last = t
    if last is None:
        return None
    return doc[last].idx + len(doc[last]), sub_city_words()[doc[last].lower_] == "building"


def resolve_named_after(mentions: list[_Mention], resolved,
                        resolve: Callable[[str, list[_Mention]], tuple]) -> None:
    """Resolves the towns buildings are named after, a fallback when no city is known."""
    for m in mentions:
        if m.inner is not None and m.inner.key not in resolved:
            resolved[m.inner.key] = resolve(m.inner.key, [m.inner])


def main_city(mentions: list[_Mention], resolved) -> Candidate | None:
    """The city the article is about: the most-mentioned resolved city, if it leads."""
    counts: Counter = Counter()
    first: dict = {}
    for m in mentions:
        cand = resolved[m.key][0]
        # A bare proper-noun match counts less: it may be a street ("Franklin")
        if cand is not None and cand.feature == "city" and not m.sub_city:
            counts[cand] += 1.0 if m.ner else 0.4
            first.setdefault(cand, m.start)
    if not counts:
        return None
    ranked = sorted(counts, key=lambda c: (-counts[c], first[c]))
    if len(ranked) > 1 and counts[ranked[1]] == counts[ranked[0]] \
            and ranked[1].country != ranked[0].country:
        return None  # two countries' cities, equally named: no main city
    return ranked[0]


def fall_back(doc, mentions: list[_Mention], k: int, resolved, main: Candidate | None):
    """Where the unresolved street or building mentions[k] is, as (mention, candidate, score,
    at_city): at a city (at_city True), else at the town a building is named after, else
    still unresolved. "Colorado State University": the place it is named after beats a guess."""
    m = mentions[k]
    city = _city_beside(doc, mentions, k, resolved) or (main if m.inner is None else None)
    if city is not None:
        return m, city, -1.0, True
    if m.inner is not None:
        m = m.inner
    return (m, *resolved[m.key], False)


def _city_beside(doc, mentions: list[_Mention], k: int, resolved) -> Candidate | None:
    """"Kingsley Road in Estey's Bridge", "McCandless Street, Belfast": the next city named."""
    if k + 1 >= len(mentions):
        return None
    m, nxt = mentions[k], mentions[k + 1]
    between = doc_text(doc)[m.end:nxt.start].strip().lower()
    cand = resolved[nxt.key][0]
    if between in (",", "in", "of") and cand is not None and cand.feature in ("city", "district"):
        return cand
    return None


def district_place(pid: str, text: str, city: Candidate,
                   mentions: tuple[model.Span, ...]) -> model.Place:
    """A street or building placed at its city: the street's name, the city's point."""
    return model.Place(id=pid, name=text, lat=city.lat, lon=city.lon, precision="district",
                       mentions=mentions, country=city.country, admin1=city.admin1, score=0.5)
