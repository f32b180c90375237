"""The demonym table, data/demonyms.tsv, read once for both stages that use it: the actors
stage (ISO3: "Libyan forces" -> Military Forces of Libya) and the places stage (ISO2 or a
region: "the Libyan city of X", "European leaders")."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


@dataclass(frozen=True)
class Demonym:
    term: str
    iso2: str | None
    iso3: str | None
    region: str | None  # the gazetteer name of a place that is no country ("Europe")
    kind: str  # demonym | people | name | canonical
    stages: frozenset[str]  # "actors", "places"


@lru_cache(maxsize=1)
def _rows() -> tuple[Demonym, ...]:
    text = (Path(__file__).parent / "data" / "demonyms.tsv").read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return tuple(Demonym(term=r["term"], iso2=r["iso2"] or None, iso3=r["iso3"] or None,
                         region=r["region"] or None, kind=r["kind"],
                         stages=frozenset(r["stages"].split()))
                 for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def demonyms_for(stage: str) -> tuple[Demonym, ...]:
    """The rows `stage` ("actors" or "places") reads, in file order."""
    return tuple(r for r in _rows() if stage in r.stages)
