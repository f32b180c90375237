"""Cross-article de-duplication: article events -> clusters (one cluster = one real-world event).

`cluster_events` is a pure function over `EventRow`s; `merge_reports` builds the merged contract
event of one cluster. The store calls both; neither touches the database.

How two article events are compared:
1. Blocking (both must hold, else they never merge):
   - same PLOVER type; for ASSAULT the plover_mode must be equal or one of them null;
   - dates: ranges within +-2 days of each other; an event with an unknown date only matches
     events of articles published the same day; ranges longer than 31 days never merge;
   - places: precise points (point/city/district) within 50 km; otherwise the same admin1
     (same country); events with no usable place only match other such events of the same
     country, and only when their actors overlap.
2. Score (weights in `WEIGHTS`, each component in [0, 1], 0.5 when unknown) - penalties:
   acled sub-event type, actor-name overlap, place distance, date gap, fatalities proximity,
   token Jaccard of the evidence text. Known, disjoint actors and differing acled sub-types
   are penalised. Merge when the score >= `THRESHOLD` with some member of a cluster
   (single link), never into a cluster that already holds an event of the same article.
Candidate search uses a hash index keyed by (type, 3-day bucket, 0.5 degree cell | admin1),
so the cost grows with the number of events, not with its square.

Stability: existing clusters keep their ids and members and are never merged with each
other; new events join the best-scoring cluster or found a new one, whose id is
"ev-" + sha1 of its first member.
"""
from __future__ import annotations

import hashlib
import math
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

EventKey = tuple[str, str]  # (article_id, event_id)

THRESHOLD = 0.6
WEIGHTS = {"subtype": 0.15, "actors": 0.25, "place": 0.2, "date": 0.15,
           "fatalities": 0.1, "text": 0.15}
DISJOINT_ACTORS_PENALTY = 0.35  # two named, different perpetrators/targets: not the same event
SUBTYPE_CONFLICT_PENALTY = 0.2
MAX_DAYS_APART = 2
MAX_KM = 50.0
MAX_RANGE_DAYS = 31
_BUCKET_DAYS = 3
_CELL_DEG = 0.5
_KM_PER_DEG = 111.2
_PRECISE = frozenset({"point", "city", "district"})
_TOKEN = re.compile(r"[^\W\d_]{4,}")


@dataclass(frozen=True, slots=True)
class EventRow:
    """What de-duplication needs of one article event. Dates are proleptic ordinals."""
    article_id: str
    event_id: str
    plover: str
    published: int | None = None
    plover_mode: str | None = None
    acled_sub: str | None = None
    actors: frozenset[str] = frozenset()
    roles: tuple[str | None, str | None] = (None, None)  # normalised (actor1, actor2) names
    lat: float | None = None
    lon: float | None = None
    precision: str | None = None
    country: str | None = None
    admin1: str | None = None
    start: int | None = None
    end: int | None = None
    fatalities: int | None = None
    tokens: frozenset[str] = frozenset()
    cluster_id: str | None = None  # set for events already clustered in the store

    @property
    def key(self) -> EventKey:
        return (self.article_id, self.event_id)

    @property
    def precise(self) -> bool:
        return self.lat is not None and self.lon is not None and self.precision in _PRECISE


@dataclass
class Cluster:
    id: str
    members: list[EventKey]
    new_members: list[EventKey]  # members added by this call (to be written)


def tokens(text: str) -> frozenset[str]:
    """Content-ish word tokens of evidence text, for the Jaccard component."""
    # interned: a million events share a small vocabulary (saves ~1 GB at 1M events)
    return frozenset(sys.intern(t.lower()) for t in _TOKEN.findall(text))


def normalise_actor(name: str) -> str:
    return sys.intern(" ".join(name.lower().replace("-", " ").split()))


def cluster_id_for(key: EventKey) -> str:
    return "ev-" + hashlib.sha1(f"{key[0]}\x1f{key[1]}".encode()).hexdigest()[:16]


def cluster_events(rows: Iterable[EventRow]) -> list[Cluster]:
    """Group article events into clusters; rows with `cluster_id` keep it (see module doc)."""
    rows = list(rows)
    index = _BlockIndex()
    clusters: dict[str, Cluster] = {}
    articles_of: dict[str, set[str]] = {}
    cluster_of: dict[EventKey, str] = {}

    def join(row: EventRow, cid: str, new: bool) -> None:
        cluster = clusters.get(cid)
        if cluster is None:
            cluster = clusters[cid] = Cluster(cid, [], [])
            articles_of[cid] = set()
        cluster.members.append(row.key)
        if new:
            cluster.new_members.append(row.key)
        articles_of[cid].add(row.article_id)
        cluster_of[row.key] = cid
        index.add(row)

    for row in rows:
        if row.cluster_id:
            join(row, row.cluster_id, new=False)
    fresh = sorted((r for r in rows if not r.cluster_id),
                   key=lambda r: (r.published is None, r.published or 0, r.article_id, r.event_id))
    for row in fresh:
        best_cid, best = None, THRESHOLD
        for cand in index.candidates(row):
            cid = cluster_of[cand.key]
            if row.article_id in articles_of[cid]:
                continue  # the events stage already merged mentions within one article
            s = score(row, cand)
            if s is not None and (s > best or s == best and (best_cid is None or cid < best_cid)):
                best_cid, best = cid, s  # ties go to the smaller id: independent of index order
        join(row, best_cid or cluster_id_for(row.key), new=True)
    return list(clusters.values())


def score(a: EventRow, b: EventRow) -> float | None:
    """Similarity of two article events in [-1, 1], or None when blocking keeps them apart."""
    if a.plover != b.plover:
        return None
    if a.plover == "ASSAULT" and a.plover_mode and b.plover_mode and a.plover_mode != b.plover_mode:
        return None
    date_s = _date_score(a, b)
    place_s = _place_score(a, b)
    if date_s is None or place_s is None:
        return None
    actor_s, disjoint = _actor_score(a, b)
    if place_s < 0:  # neither has a usable place: only actor overlap can link them
        if actor_s <= 0.5:
            return None
        place_s = 0.3
    if a.acled_sub and b.acled_sub:
        sub_s = 1.0 if a.acled_sub == b.acled_sub else 0.0
    else:
        sub_s = 0.5
    total = (WEIGHTS["subtype"] * sub_s + WEIGHTS["actors"] * actor_s
             + WEIGHTS["place"] * place_s + WEIGHTS["date"] * date_s
             + WEIGHTS["fatalities"] * _fatalities_score(a, b)
             + WEIGHTS["text"] * _jaccard(a.tokens, b.tokens))
    if disjoint:
        total -= DISJOINT_ACTORS_PENALTY
    if sub_s == 0.0:
        total -= SUBTYPE_CONFLICT_PENALTY
    return total


def _date_score(a: EventRow, b: EventRow) -> float | None:
    if a.start is None or b.start is None:
        if a.published is not None and a.published == b.published:
            return 0.5
        return None
    if a.end - a.start > MAX_RANGE_DAYS or b.end - b.start > MAX_RANGE_DAYS:
        return None
    gap = max(a.start, b.start) - min(a.end, b.end)  # <= 0 when the ranges overlap
    if gap > MAX_DAYS_APART:
        return None
    if gap > 0:
        return 0.6 - 0.2 * gap
    width = max(a.end - a.start, b.end - b.start)
    return 1.0 if width == 0 else max(0.4, 1.0 - width / 14)


def _place_score(a: EventRow, b: EventRow) -> float | None:
    """1 close .. 0 at 50 km; 0.5 same admin1; -1 neither has a usable place; None apart."""
    if a.precise and b.precise:
        km = distance_km(a.lat, a.lon, b.lat, b.lon)
        return None if km > MAX_KM else 1.0 - km / MAX_KM
    if a.admin1 and b.admin1:
        return 0.5 if (a.admin1, a.country) == (b.admin1, b.country) else None
    if _has_place(a) or _has_place(b):
        return None
    return -1.0 if a.country == b.country else None


def _has_place(r: EventRow) -> bool:
    return r.precise or bool(r.admin1)


def _actor_score(a: EventRow, b: EventRow) -> tuple[float, bool]:
    """Shared actors raise the score; actors are disjoint (a penalty) only when the same role is
    filled differently: one report naming the attacker and another only the target is no clash,
    nor is one report's unidentified attacker another's named group (the claim came later)."""
    a_actors, b_actors = a.actors - UNKNOWN_ACTORS, b.actors - UNKNOWN_ACTORS
    if not a_actors or not b_actors:
        return 0.5, False
    overlap = len(a_actors & b_actors)
    if overlap:
        return 0.5 + 0.5 * overlap / len(a_actors | b_actors), False
    a_roles, b_roles = _known_roles(a), _known_roles(b)
    if a_roles == (None, None) or b_roles == (None, None):
        return 0.0, True
    clash = any(x and y and x != y for x, y in zip(a_roles, b_roles))
    return (0.0, True) if clash else (0.25, False)


UNKNOWN_ACTORS = frozenset({"unidentified armed group"})


def _known_roles(r: EventRow) -> tuple[str | None, str | None]:
    return tuple(None if x in UNKNOWN_ACTORS else x for x in r.roles)


def _fatalities_score(a: EventRow, b: EventRow) -> float:
    if a.fatalities is None or b.fatalities is None:
        return 0.5
    hi = max(a.fatalities, b.fatalities)
    return 1.0 if hi == 0 else 1.0 - abs(a.fatalities - b.fatalities) / hi


def _jaccard(x: frozenset[str], y: frozenset[str]) -> float:
    if not x or not y:
        return 0.0
    return len(x & y) / len(x | y)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular approximation; exact enough below a few hundred km."""
    dlon = abs(lon1 - lon2)
    dlon = min(dlon, 360 - dlon)
    x = math.radians(dlon) * math.cos(math.radians((lat1 + lat2) / 2))
    y = math.radians(lat1 - lat2)
    return 6371.0 * math.hypot(x, y)


class _BlockIndex:
    """Rows by (plover, 3-day bucket, place key); candidates are read from neighbouring keys."""

    def __init__(self) -> None:
        self._buckets: dict[tuple, list[EventRow]] = {}

    def add(self, row: EventRow) -> None:
        for day in _day_keys(row, pad=0):
            for place in _place_keys(row):
                self._buckets.setdefault((row.plover, day, place), []).append(row)

    def candidates(self, row: EventRow) -> list[EventRow]:
        seen: set[EventKey] = set()
        out: list[EventRow] = []
        for day in _day_keys(row, pad=MAX_DAYS_APART):
            for place in _place_queries(row):
                for cand in self._buckets.get((row.plover, day, place), ()):
                    if cand.key not in seen:
                        seen.add(cand.key)
                        out.append(cand)
        return out


def _day_keys(row: EventRow, pad: int) -> list:
    """Day buckets of the date range, plus the article's day (where undated events meet)."""
    keys: list = [] if row.published is None else [("pub", row.published)]
    if row.start is not None and row.end - row.start <= MAX_RANGE_DAYS:
        keys.extend(range((row.start - pad) // _BUCKET_DAYS, (row.end + pad) // _BUCKET_DAYS + 1))
    return keys


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return (math.floor(lat / _CELL_DEG), math.floor((lon % 360) / _CELL_DEG))


def _place_keys(row: EventRow) -> list[tuple]:
    keys: list[tuple] = []
    if row.precise:
        keys.append(("g", *_cell(row.lat, row.lon)))
    if row.admin1:
        keys.append(("a", row.country, row.admin1))
    if not keys:
        keys.append(("n", row.country))
    return keys


def _place_queries(row: EventRow) -> list[tuple]:
    if not row.precise:
        return _place_keys(row)
    keys = list(_grid_neighbours(*_cell(row.lat, row.lon)))
    if row.admin1:
        keys.append(("a", row.country, row.admin1))
    return keys


@lru_cache(maxsize=65536)
def _grid_neighbours(lat_c: int, lon_c: int) -> tuple[tuple, ...]:
    """Cells that may hold a point within MAX_KM of a point in this cell (wider near the poles)."""
    poleward = min(89.0, max(abs(lat_c), abs(lat_c + 1)) * _CELL_DEG + MAX_KM / _KM_PER_DEG)
    lon_km = _CELL_DEG * _KM_PER_DEG * math.cos(math.radians(poleward))
    reach = max(1, math.ceil(MAX_KM / max(lon_km, 1e-6)))
    n_lon = int(360 / _CELL_DEG)
    return tuple(("g", lat_c + dy, (lon_c + dx) % n_lon)
                 for dy in (-1, 0, 1) for dx in range(-reach, reach + 1))


# -- merging the reports of one cluster into one contract event --------------------------------

_PLACE_RANK = {p: i for i, p in enumerate(("point", "city", "district", "admin1", "country",
                                           "region", "unresolved"))}
_DATE_RANK = {p: i for i, p in enumerate(("day", "week", "month", "season", "year", "unknown"))}


@dataclass(frozen=True)
class Report:
    """One article event of a cluster, as stored: its contract dict and article metadata."""
    article_id: str
    event_id: str
    outlet: str | None
    published: str | None  # ISO date/datetime of the article, for "the latest report"
    event: dict


def merge_reports(cluster_id: str, reports: Sequence[Report]) -> dict:
    """The cluster's event: most precise place/date, fatalities range, latest report's toll."""
    by_conf = sorted(reports, key=lambda r: -(r.event.get("confidence") or 0.0))
    best = by_conf[0].event
    merged = {"id": cluster_id, "event_id": cluster_id, "type": dict(best["type"]),
              "mode": _merge_mode(reports)}
    for role in ("actor1", "actor2"):
        merged[role] = next((r.event[role] for r in by_conf if r.event.get(role)), None)
    merged["place"] = _most_precise(by_conf, "place", _PLACE_RANK, "unresolved")
    merged["date"] = _merge_date(by_conf)
    merged["fatalities"] = _merge_fatalities(reports)
    merged["sources"] = list(dict.fromkeys(s for r in reports for s in r.event.get("sources", ())))
    merged["evidence"] = [{**span, "article_id": r.article_id}
                          for r in by_conf for span in r.event.get("evidence", ())]
    missing = 1.0
    for r in reports:
        missing *= 1.0 - min(1.0, max(0.0, r.event.get("confidence") or 0.0))
    merged["confidence"] = round(1.0 - missing, 3)  # independent reports corroborate
    if not merged["type"].get("acled_sub_event_type"):
        merged["type"]["acled_sub_event_type"] = next(
            (r.event["type"].get("acled_sub_event_type") for r in by_conf
             if r.event["type"].get("acled_sub_event_type")), None)
    merged["reports"] = [{"article_id": r.article_id, "event_id": r.event_id, "outlet": r.outlet}
                         for r in reports]
    return merged


def _merge_mode(reports: Sequence[Report]) -> str:
    modes = [r.event["mode"] for r in reports]
    return "asserted" if "asserted" in modes else max(set(modes), key=modes.count)


def _most_precise(reports: Sequence[Report], field: str, rank: dict, worst: str) -> dict | None:
    found = [r.event[field] for r in reports if r.event.get(field)]
    if not found:
        return None
    return min(found, key=lambda v: rank.get(v.get("precision") or worst, len(rank)))


def _merge_date(reports: Sequence[Report]) -> dict:
    dates = [r.event["date"] for r in reports]
    return min(dates, key=lambda d: (d.get("start") is None,
                                     _DATE_RANK.get(d.get("precision"), len(_DATE_RANK))))


def _merge_fatalities(reports: Sequence[Report]) -> dict | None:
    with_tolls = [r for r in reports if r.event.get("fatalities")]
    if not with_tolls:
        return None
    tolls = [r.event["fatalities"] for r in with_tolls]
    if len(tolls) == 1:  # one report: its own figures ("at least 18" keeps its open top)
        return dict(tolls[0])
    lows = [t["low"] for t in tolls if t.get("low") is not None]
    highs = [t["high"] if t.get("high") is not None else t.get("low") for t in tolls]
    highs = [h for h in highs if h is not None]
    # a later report supersedes an earlier toll ("toll rises to 22")
    latest = max(((r.published or "", i, r.event["fatalities"]) for i, r in enumerate(with_tolls)
                  if r.event["fatalities"].get("acled") is not None),
                 default=None, key=lambda x: (x[0], x[1]))
    last = latest[2] if latest else max(
        ((r.published or "", i, r.event["fatalities"]) for i, r in enumerate(with_tolls)),
        key=lambda x: (x[0], x[1]))[2]
    return {"low": min(lows) if lows else None, "high": max(highs) if highs else None,
            "acled": last.get("acled") if latest else None, "text": last.get("text"),
            "claimed_by": last.get("claimed_by")}
