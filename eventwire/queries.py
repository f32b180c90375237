"""Read-only queries the HTTP API needs beyond `Store.events()`: one event, one article with
all its annotations, summary stats, and the in-memory filters (bbox, text search) over events.

Every function takes an open `Store` and only reads. SQL is kept to plain SELECTs with `?`
placeholders, run through the store's backend, so it works on DuckDB and PostgreSQL.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from .dedup import Report, merge_reports
from .errors import UsageError
from .store import Store

_NATURAL = re.compile(r"(\d+)")


def _rows(store: Store, sql: str, params: Sequence = ()) -> list[tuple]:
    # The store's own runner turns `?` into the backend's placeholder (DuckDB or PostgreSQL).
    return list(store._fetchall(sql, params))


def _natural(key: str) -> tuple:
    return tuple(int(p) if p.isdigit() else p for p in _NATURAL.split(key or ""))


def _spans(raw: str | None) -> list[dict]:
    return json.loads(raw) if raw else []


# -- one merged event -------------------------------------------------------------------------

def event(store: Store, event_id: str) -> dict | None:
    """The merged event `event_id` (a cluster id) with its reports, evidence and the quotes of
    the reporting articles; None when there is no such event."""
    rows = _rows(store,
                 "SELECT e.article_id, e.event_id, a.outlet, a.published, e.event_json, a.title, "
                 "a.url FROM event_clusters c JOIN events e ON e.article_id = c.article_id AND "
                 "e.event_id = c.event_id JOIN articles a ON a.id = e.article_id "
                 "WHERE c.cluster_id = ? ORDER BY a.published_day, a.ingested_at, e.article_id, "
                 "e.event_id", [event_id])
    if not rows:
        return None
    merged = merge_reports(event_id, [Report(r[0], r[1], r[2], r[3], json.loads(r[4]))
                                      for r in rows])
    meta = {r[0]: {"title": r[5], "published": r[3], "url": r[6]} for r in rows}
    for report in merged["reports"]:
        report.update(meta[report["article_id"]])
    article_ids = list(meta)
    merged["quotes"] = [q for aid in article_ids for q in _quotes(store, aid)]
    return merged


# -- one article with everything found in it ---------------------------------------------------

def article(store: Store, article_id: str) -> dict | None:
    """The article text and every annotation on it (events with evidence, quotes, places and
    actors with their mentions, quantities); offsets index `text`. None when not stored."""
    found = _rows(store, "SELECT id, title, published, outlet, url, text, errors FROM articles "
                         "WHERE id = ?", [article_id])
    if not found:
        return None
    aid, title, published, outlet, url, text, errors = found[0]
    return {"id": aid, "title": title, "published": published, "outlet": outlet, "url": url,
            "text": text, "errors": json.loads(errors) if errors else [],
            "events": _article_events(store, aid), "quotes": _quotes(store, aid),
            "places": _places(store, aid), "actors": _actors(store, aid),
            "quantities": _quantities(store, aid)}


def _article_events(store: Store, aid: str) -> list[dict]:
    rows = _rows(store, "SELECT e.event_id, c.cluster_id, e.event_json FROM events e "
                        "LEFT JOIN event_clusters c ON c.article_id = e.article_id "
                        "AND c.event_id = e.event_id WHERE e.article_id = ?", [aid])
    out = [{**json.loads(r[2]), "event_id": r[0], "cluster_id": r[1]} for r in rows]
    return sorted(out, key=lambda e: _natural(e["event_id"]))


def _quotes(store: Store, aid: str) -> list[dict]:
    rows = _rows(store, 'SELECT idx, text, speaker_name, speaker_role, channel, direct, "start", '
                        '"end" FROM quotes WHERE article_id = ? ORDER BY idx', [aid])
    keys = ("idx", "text", "speaker", "speaker_role", "channel", "direct", "start", "end")
    return [{"article_id": aid, **dict(zip(keys, r))} for r in rows]


def _places(store: Store, aid: str) -> list[dict]:
    rows = _rows(store, "SELECT place_id, name, lat, lon, precision, geonames_id, country, admin1, "
                        "score, mentions FROM places WHERE article_id = ?", [aid])
    keys = ("id", "name", "lat", "lon", "precision", "geonames_id", "country", "admin1", "score")
    out = [{**dict(zip(keys, r[:9])), "mentions": _spans(r[9])} for r in rows]
    return sorted(out, key=lambda p: _natural(p["id"]))


def _actors(store: Store, aid: str) -> list[dict]:
    rows = _rows(store, "SELECT actor_id, name, type, country, role, affiliation, mentions "
                        "FROM actors WHERE article_id = ?", [aid])
    keys = ("id", "name", "type", "country", "role", "affiliation")
    out = [{**dict(zip(keys, r[:6])), "mentions": _spans(r[6])} for r in rows]
    return sorted(out, key=lambda a: _natural(a["id"]))


def _quantities(store: Store, aid: str) -> list[dict]:
    rows = _rows(store, 'SELECT idx, what, "of", low, high, approx, claimed_by, text, "start", '
                        '"end" FROM quantities WHERE article_id = ? ORDER BY idx', [aid])
    keys = ("idx", "what", "of", "low", "high", "approx", "claimed_by", "text", "start", "end")
    return [dict(zip(keys, r)) for r in rows]


# -- summaries ---------------------------------------------------------------------------------

def stats(store: Store, events: Iterable[dict]) -> dict:
    """Store counts plus the merged events by PLOVER type and country, and their date range."""
    events = list(events)
    starts = [e["date"]["start"] for e in events if e["date"].get("start")]
    ends = [e["date"].get("end") or e["date"]["start"] for e in events if e["date"].get("start")]
    return {**store.stats(),
            "by_type": dict(Counter(e["type"]["plover"] for e in events).most_common()),
            "by_country": dict(Counter((e.get("place") or {}).get("country") or "unknown"
                                       for e in events).most_common()),
            "countries": _countries(e.get("place") or {} for e in events),
            "fatalities": sum(_toll(e) or 0 for e in events),
            "first_date": min(starts, default=None), "last_date": max(ends, default=None)}


def _countries(places: Iterable[dict]) -> list[dict]:
    """Countries with events: ISO alpha-2, name and ISO numeric (the map's outline ids)."""
    import pycountry

    counts = Counter(p.get("country") for p in places if p.get("country"))
    out = []
    for code, n in counts.most_common():
        found = pycountry.countries.get(alpha_2=code.upper())
        out.append({"code": code, "name": found.name if found else code,
                    "numeric": found.numeric if found else None, "events": n})
    return out


def _toll(event: dict) -> int | None:
    f = event.get("fatalities") or {}
    for key in ("acled", "low", "high"):
        if f.get(key) is not None:
            return f[key]
    return None


# -- in-memory filters over merged events -------------------------------------------------------

def parse_bbox(value: str) -> tuple[float, float, float, float]:
    """`minlon,minlat,maxlon,maxlat` in degrees; minlon > maxlon crosses the antimeridian."""
    parts = value.split(",")
    try:
        box = tuple(float(p) for p in parts)
    except ValueError:
        box = ()
    if len(box) != 4:
        raise UsageError(f"bbox {value!r} must be four numbers: minlon,minlat,maxlon,maxlat")
    minlon, minlat, maxlon, maxlat = box
    if not (-180 <= minlon <= 180 and -180 <= maxlon <= 180):
        raise UsageError(f"bbox {value!r}: longitudes must be within -180..180")
    if not (-90 <= minlat <= maxlat <= 90):
        raise UsageError(f"bbox {value!r}: latitudes must be within -90..90 with minlat <= maxlat")
    return box  # type: ignore[return-value]


def in_bbox(event: dict, box: tuple[float, float, float, float]) -> bool:
    place = event.get("place") or {}
    lat, lon = place.get("lat"), place.get("lon")
    if lat is None or lon is None:
        return False
    minlon, minlat, maxlon, maxlat = box
    lon_ok = minlon <= lon <= maxlon if minlon <= maxlon else (lon >= minlon or lon <= maxlon)
    return lon_ok and minlat <= lat <= maxlat


def matches_text(event: dict, q: str) -> bool:
    """Case-insensitive substring search over actor names and mentions, place name and admin1."""
    needle = q.casefold().strip()
    if not needle:
        return True
    fields = []
    for role in ("actor1", "actor2"):
        ref = event.get(role) or {}
        fields += [ref.get("name"), ref.get("text")]
    place = event.get("place") or {}
    fields += [place.get("name"), place.get("admin1")]
    return any(needle in f.casefold() for f in fields if f)
