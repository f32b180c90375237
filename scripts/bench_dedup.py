"""Benchmark cross-article de-duplication on synthetic events: time and peak RSS.

    python scripts/bench_dedup.py                 # 1M events through dedup.cluster_events
    python scripts/bench_dedup.py --store 1000000 # ... and through Store.dedup() on DuckDB

Synthetic data: real-world events spread over 3 years, 400 towns in 40 countries, 8 PLOVER
types; each is reported by 1-4 articles with jittered dates, places and tolls, so roughly
half the article events are duplicates. Not run by the tests (it takes minutes).
"""
from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eventwire.dedup import EventRow, cluster_events, normalise_actor, tokens  # noqa: E402

PLOVERS = ("ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "RETREAT", "THREATEN", "AID", "AGREE")
WORDS = ("attack bomb killed police army rebels village market checkpoint convoy soldiers "
         "protest march capital clashes fighters district town border camp airstrike").split()
START = date(2021, 1, 1).toordinal()


def synthetic(n: int, seed: int = 7):
    """Yields (article_id, event_id, plover, actor names, lat, lon, country, admin1, day,
    fatalities, evidence text) for about `n` article events."""
    rng = random.Random(seed)
    towns = [(f"C{i % 40:02d}", f"A{i % 40:02d}-{i % 7}", rng.uniform(-30, 40),
              rng.uniform(-20, 100)) for i in range(400)]
    actors = [f"Group {i}" for i in range(300)]
    made, real = 0, 0
    while made < n:
        real += 1
        country, admin1, lat, lon = rng.choice(towns)
        plover, day = rng.choice(PLOVERS), START + rng.randrange(3 * 365)
        a1, a2 = rng.choice(actors), rng.choice(actors)
        killed = rng.choice((None, 0, 1, 2, 5, 12))
        words = rng.sample(WORDS, 8)
        for k in range(min(rng.choice((1, 1, 2, 2, 3, 4)), n - made)):
            made += 1
            yield (f"art-{real}-{k}", "e1", plover, (a1, a2 if rng.random() < 0.5 else None),
                   lat + rng.uniform(-0.05, 0.05), lon + rng.uniform(-0.05, 0.05), country,
                   admin1, day + rng.choice((0, 0, 0, 1, -1)), killed,
                   " ".join(words[:6] + rng.sample(WORDS, 2)))


def rows(n: int) -> list[EventRow]:
    return [EventRow(article_id=aid, event_id=eid, plover=pl, published=day + 1,
                     actors=frozenset(normalise_actor(a) for a in acts if a), lat=lat, lon=lon,
                     precision="city", country=cc, admin1=a1, start=day, end=day,
                     fatalities=fat, tokens=tokens(text))
            for aid, eid, pl, acts, lat, lon, cc, a1, day, fat, text in synthetic(n)]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_pure(n: int) -> None:
    t0 = time.perf_counter()
    data = rows(n)
    t1 = time.perf_counter()
    clusters = cluster_events(data)
    t2 = time.perf_counter()
    print(f"cluster_events: {n} article events -> {len(clusters)} clusters; build rows "
          f"{t1 - t0:.1f} s, cluster {t2 - t1:.1f} s; peak RSS {peak_rss_mb():.0f} MB", flush=True)


def bench_store(n: int) -> None:
    import json
    from datetime import datetime

    from eventwire.store import open_store
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "b.duckdb") as store:
        t0 = time.perf_counter()
        arts, evs = [], []
        now = datetime.now()
        for aid, eid, pl, acts, lat, lon, cc, a1, day, fat, text in synthetic(n):
            d = date.fromordinal(day)
            arts.append({"id": aid, "content_hash": aid, "text": text, "ingested_at": now,
                         "published_day": d + timedelta(days=1)})
            evs.append({"article_id": aid, "event_id": eid, "plover": pl, "mode": "asserted",
                        "actor1_name": acts[0], "actor2_name": acts[1], "place_lat": lat,
                        "place_lon": lon, "place_precision": "city", "place_country": cc,
                        "place_admin1": a1, "date_start": d, "date_end": d,
                        "fatalities_acled": fat, "evidence": json.dumps([{"text": text}]),
                        "event_json": "{}"})
            if len(arts) >= 100_000:
                store._write({"articles": arts, "events": evs})
                arts, evs = [], []
        store._write({"articles": arts, "events": evs})
        t1 = time.perf_counter()
        clustered = store.dedup()
        t2 = time.perf_counter()
        clusters = store.stats()["events"]
        print(f"Store.dedup (DuckDB): {clustered} article events -> {clusters} clusters; load "
              f"{t1 - t0:.1f} s, dedup {t2 - t1:.1f} s; peak RSS {peak_rss_mb():.0f} MB",
              flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=1_000_000, help="article events (pure)")
    parser.add_argument("--store", type=int, default=0, help="also through Store.dedup()")
    args = parser.parse_args()
    if args.n:
        bench_pure(args.n)
    if args.store:
        bench_store(args.store)


if __name__ == "__main__":
    main()
