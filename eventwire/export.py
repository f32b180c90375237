"""Exports of the de-duplicated events (`Store.events()` rows): one writer per format.

`write_events(rows, fmt, out)` with fmt in `FORMATS`; `out` is a path, a binary or a text stream
(parquet needs a path or a binary stream). It returns how many events were left out: only
GeoJSON leaves any out (events without coordinates); the others return 0.

- jsonl: the rows as they are (contract event fields + `event_id` + `reports`).
- csv: flat columns (`FLAT_COLUMNS`); lists joined with "; ".
- parquet: the flat columns, typed (dates date32, lat/lon float64, counts int64).
- geojson: a FeatureCollection of Point features, properties = the flat columns.
- acled-csv: ACLED's column names (`ACLED_COLUMNS`) and conventions. Where ours differ:
  * event_id_cnty: ISO alpha-3 + a number taken from our stable cluster id (not ACLED's
    per-country sequence), so it does not change between exports;
  * event_date: ISO YYYY-MM-DD, the first day of the event's date range;
  * time_precision: 1 day, 2 week, 3 anything vaguer (month, season, year, unknown);
  * assoc_actor_1/2, source_scale and tags are left empty (not extracted);
  * inter1/inter2 map our actor types to ACLED's classic codes (1 state forces, 2 rebel groups,
    3 political militias, 4 identity militias, 5 rioters, 6 protesters, 7 civilians, 8
    external/other); interaction is the classic two-digit code, smaller code first (10*inter1
    when there is no second actor); other typed actors (persons, media, parties) get 8;
  * civilian_targeting is "Civilian targeting" when either actor is civilians;
  * country is pycountry's common name, region from `data/acled_regions.tsv`;
  * geo_precision: 1 point/city, 2 district, 3 admin1/country/region, empty when unresolved;
  * notes: the evidence sentence of the best-supported report, not a written summary;
  * fatalities: the ACLED-style figure of the latest report, else the low estimate, else 0;
  * timestamp: the time of the export (Unix seconds), not of ACLED's last edit.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import IO, BinaryIO, TextIO

from .errors import UsageError

FORMATS = ("jsonl", "csv", "parquet", "geojson", "acled-csv")
FLAT_COLUMNS = (
    "event_id", "date_start", "date_end", "date_precision", "plover", "plover_mode",
    "acled_event_type", "acled_sub_event_type", "cameo_root", "mode", "actor1", "actor1_type",
    "actor1_country", "actor2", "actor2_type", "actor2_country", "place", "lat", "lon",
    "country", "admin1", "place_precision", "geonames_id", "fatalities_low", "fatalities_high",
    "fatalities", "confidence", "sources", "outlets", "article_ids", "n_reports", "evidence")
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags",
    "timestamp")
_INTER = {"government": 1, "military": 1, "police": 1, "rebel_group": 2, "militant_group": 2,
          "political_militia": 3, "unidentified_armed_group": 3, "identity_militia": 4,
          "rioters": 5, "protesters": 6, "civilians": 7, "international_org": 8}
_GEO_PRECISION = {"point": 1, "city": 1, "district": 2, "admin1": 3, "country": 3, "region": 3}
_TIME_PRECISION = {"day": 1, "week": 2}
_INT_COLUMNS = ("geonames_id", "fatalities_low", "fatalities_high", "fatalities", "n_reports")


def write_events(rows: Sequence[dict], fmt: str, out: BinaryIO | TextIO | Path) -> int:
    """Write `rows` in `fmt` to `out`; returns the number of events left out (GeoJSON only)."""
    writer = _WRITERS.get(fmt)
    if writer is None:
        raise UsageError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    return writer(rows, out)


# -- flat rows --------------------------------------------------------------------------------

def flat_row(ev: dict) -> dict:
    """One merged event as flat columns (`FLAT_COLUMNS`)."""
    t, d = ev["type"], ev["date"]
    place = ev.get("place") or {}
    fat = ev.get("fatalities") or {}
    reports = ev.get("reports") or []
    row = {"event_id": ev.get("event_id") or ev.get("id"), "date_start": d.get("start"),
           "date_end": d.get("end") or d.get("start"), "date_precision": d.get("precision"),
           "plover": t.get("plover"), "plover_mode": t.get("plover_mode"),
           "acled_event_type": t.get("acled_event_type"),
           "acled_sub_event_type": t.get("acled_sub_event_type"),
           "cameo_root": t.get("cameo_root"), "mode": ev.get("mode")}
    for role in ("actor1", "actor2"):
        actor = ev.get(role) or {}
        row |= {role: actor.get("name"), f"{role}_type": actor.get("type"),
                f"{role}_country": actor.get("country")}
    row |= {"place": place.get("name"), "lat": place.get("lat"), "lon": place.get("lon"),
            "country": place.get("country"), "admin1": place.get("admin1"),
            "place_precision": place.get("precision"), "geonames_id": place.get("geonames_id"),
            "fatalities_low": fat.get("low"), "fatalities_high": fat.get("high"),
            "fatalities": fat.get("acled"), "confidence": ev.get("confidence"),
            "sources": "; ".join(ev.get("sources") or ()),
            "outlets": "; ".join(dict.fromkeys(r["outlet"] for r in reports if r.get("outlet"))),
            "article_ids": "; ".join(dict.fromkeys(r["article_id"] for r in reports)),
            "n_reports": len(reports),
            "evidence": next((s["text"] for s in ev.get("evidence") or ()), None)}
    return row


@contextmanager
def _text(out: BinaryIO | TextIO | Path) -> Iterator[TextIO]:
    if isinstance(out, (str, Path)):
        with open(out, "w", encoding="utf-8", newline="") as fh:
            yield fh
    elif isinstance(out, io.TextIOBase):
        yield out
    else:
        wrapper = io.TextIOWrapper(out, encoding="utf-8", newline="")
        try:
            yield wrapper
        finally:
            wrapper.flush()
            wrapper.detach()  # leave the caller's stream open


def _write_jsonl(rows: Sequence[dict], out: BinaryIO | TextIO | Path) -> int:
    with _text(out) as fh:
        for ev in rows:
            fh.write(json.dumps(ev, ensure_ascii=False, default=str) + "\n")
    return 0


def _write_csv(rows: Sequence[dict], out: BinaryIO | TextIO | Path) -> int:
    _csv(out, FLAT_COLUMNS, (flat_row(ev) for ev in rows))
    return 0


def _csv(out: BinaryIO | TextIO | Path, columns: Sequence[str], records) -> None:
    with _text(out) as fh:
        writer = csv.DictWriter(fh, fieldnames=list(columns), lineterminator="\n")
        writer.writeheader()
        writer.writerows(records)


def _write_parquet(rows: Sequence[dict], out: BinaryIO | TextIO | Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq
    if isinstance(out, io.TextIOBase):
        raise UsageError("parquet is binary: give -o FILE (or a binary stream), not a text stream")
    flat = [flat_row(ev) for ev in rows]
    for r in flat:
        for key in ("date_start", "date_end"):
            r[key] = date.fromisoformat(r[key]) if r[key] else None
    types = {"date_start": pa.date32(), "date_end": pa.date32(), "lat": pa.float64(),
             "lon": pa.float64(), "confidence": pa.float64(),
             **{c: pa.int64() for c in _INT_COLUMNS}}
    schema = pa.schema([pa.field(c, types.get(c, pa.string())) for c in FLAT_COLUMNS])
    table = pa.Table.from_pylist(flat, schema=schema)
    pq.write_table(table, str(out) if isinstance(out, (str, Path)) else out)
    return 0


def _write_geojson(rows: Sequence[dict], out: BinaryIO | TextIO | Path) -> int:
    features, left_out = [], 0
    for ev in rows:
        props = flat_row(ev)
        if props["lat"] is None or props["lon"] is None:
            left_out += 1
            continue
        features.append({"type": "Feature", "id": props["event_id"],
                         "geometry": {"type": "Point", "coordinates": [props["lon"], props["lat"]]},
                         "properties": props})
    with _text(out) as fh:
        json.dump({"type": "FeatureCollection", "features": features}, fh, ensure_ascii=False)
        fh.write("\n")
    return left_out


# -- ACLED ------------------------------------------------------------------------------------

def acled_row(ev: dict, timestamp: int | None = None) -> dict:
    """One merged event in ACLED's columns and conventions (see the module docstring)."""
    t, d = ev["type"], ev["date"]
    place = ev.get("place") or {}
    fat = ev.get("fatalities") or {}
    country = _country(place.get("country"))
    inter1, inter2 = _inter(ev.get("actor1")), _inter(ev.get("actor2"))
    codes = sorted(c for c in (inter1, inter2) if c)
    interaction = (codes[0] * 10 + (codes[1] if len(codes) > 1 else 0)) if codes else None
    start = d.get("start")
    cid = ev.get("event_id") or ev.get("id") or ""
    digits = int(hashlib.sha1(cid.encode()).hexdigest()[:8], 16) if not cid.startswith("ev-") \
        else int(cid[3:11], 16)
    reports = ev.get("reports") or []
    return {
        "event_id_cnty": f"{country.alpha_3 if country else 'XXX'}{digits}",
        "event_date": start, "year": int(start[:4]) if start else None,
        "time_precision": _TIME_PRECISION.get(d.get("precision"), 3) if start else None,
        "event_type": t.get("acled_event_type"), "sub_event_type": t.get("acled_sub_event_type"),
        "actor1": (ev.get("actor1") or {}).get("name"), "assoc_actor_1": None, "inter1": inter1,
        "actor2": (ev.get("actor2") or {}).get("name"), "assoc_actor_2": None, "inter2": inter2,
        "interaction": interaction,
        "civilian_targeting": "Civilian targeting" if 7 in codes else None,
        "iso": int(country.numeric) if country else None,
        "region": _regions().get((place.get("country") or "").upper()),
        "country": _country_name(country), "admin1": place.get("admin1"),
        "location": place.get("name"), "latitude": place.get("lat"),
        "longitude": place.get("lon"), "geo_precision": _GEO_PRECISION.get(place.get("precision")),
        "source": "; ".join(dict.fromkeys(r["outlet"] for r in reports if r.get("outlet"))),
        "source_scale": None,
        "notes": next((s["text"] for s in ev.get("evidence") or ()), None),
        "fatalities": next((v for v in (fat.get("acled"), fat.get("low")) if v is not None), 0),
        "tags": None, "timestamp": int(time.time()) if timestamp is None else timestamp}


def _write_acled(rows: Sequence[dict], out: BinaryIO | TextIO | Path) -> int:
    now = int(time.time())
    _csv(out, ACLED_COLUMNS, (acled_row(ev, now) for ev in rows))
    return 0


def _inter(actor: dict | None) -> int | None:
    if not actor:
        return None
    return _INTER.get(actor.get("type") or "", 8 if actor.get("type") else None)


def _country(alpha2: str | None):
    if not alpha2:
        return None
    import pycountry
    return pycountry.countries.get(alpha_2=alpha2.upper())


def _country_name(country) -> str | None:
    if country is None:
        return None
    return getattr(country, "common_name", None) or country.name


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    path = Path(__file__).parent / "data" / "acled_regions.tsv"
    out: dict[str, str] = {}
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("#") or line.startswith("region\t") or not line.strip():
            continue
        region, codes = line.split("\t")
        out.update({code: region for code in codes.split()})
    return out


_WRITERS: dict[str, Callable[[Sequence[dict], IO], int]] = {
    "jsonl": _write_jsonl, "csv": _write_csv, "parquet": _write_parquet,
    "geojson": _write_geojson, "acled-csv": _write_acled}
