"""The store against a real DuckDB file and a real PostgreSQL database (same tests, both backends):
idempotency, atomic batches, quarantine, merged events; DuckDB file errors."""
from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import jsonschema
import pytest

from eventwire.errors import StoreError, UsageError
from eventwire.model import (ActorRef, Article, Event, EventType, Extraction, Fatalities, Place,
                             Span, TimeSpan)
from eventwire.store import Store, open_store
from test_store_postgres import pg_server, pg_url  # noqa: F401  (fixtures)

_SCHEMA_PATHS = (Path(__file__).parents[1] / "eventwire/data/extraction.schema.json",
                 Path("/work/shared/contract/extraction.schema.json"))

SHABAAB = ActorRef(name="al-Shabaab", text="al-Shabaab", type="militant_group", country="SOM")
POLICE = ActorRef(name="Somali Police Force", text="police", type="police", country="SOM")


def mogadishu(precision: str = "city") -> Place:
    return Place(id="p1", name="Mogadishu", lat=2.0371, lon=45.3438, precision=precision,
                 mentions=(), geonames_id=53654, country="SO", admin1="Banaadir")


def report(aid: str, text: str, published: str, outlet: str, *, plover="ASSAULT",
           sub="Remote explosive/landmine/IED", mode="explosion", actor1=SHABAAB, actor2=None,
           day=date(2024, 3, 2), killed: int | None = 18, trigger="car bomb",
           place: Place | None = None) -> Extraction:
    start = text.index(trigger)
    sentence_end = text.find(".", start) + 1 or len(text)
    sent_start = text.rfind(".", 0, start) + 1
    while text[sent_start] == " ":
        sent_start += 1
    fat = Fatalities(low=killed, high=killed, acled=killed, text=f"{killed} people") \
        if killed is not None else None
    event = Event(id="e1", type=EventType(plover, mode if plover == "ASSAULT" else None,
                                          acled_event_type="Explosions/Remote violence"
                                          if plover == "ASSAULT" else "Protests",
                                          acled_sub_event_type=sub, cameo_root="18"),
                  mode="asserted", actor1=actor1, actor2=actor2,
                  place=place or mogadishu(), date=TimeSpan(day, day, "day", "Saturday"),
                  evidence=(Span.of(text, sent_start, sentence_end),), confidence=0.8,
                  fatalities=fat, sources=("police",))
    art = Article(id=aid, text=text, title=text[:30], published=published, outlet=outlet,
                  url=f"https://example.org/{aid}", origin=f"{aid}.txt")
    return Extraction(article=art, events=(event,))


A = report("reuters-1", "A car bomb exploded near a checkpoint in Mogadishu on Saturday, killing "
           "18 people, police said. Al-Shabaab claimed the attack.", "2024-03-02", "Reuters")
B = report("afp-1", "The death toll from Saturday's car bomb attack at a checkpoint in Mogadishu "
           "rose to 22, police said on Sunday. Al-Shabaab said it carried out the attack.",
           "2024-03-03", "AFP", killed=22)
C = report("aj-1", "Somalia mourned on Monday the 22 people killed when a car bomb exploded at a "
           "Mogadishu checkpoint on Saturday.", "2024-03-04", "Al Jazeera", killed=22)


@pytest.fixture(params=["duckdb", "postgres"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> str | Path:
    """Where a store lives: a DuckDB file, or a fresh PostgreSQL database."""
    if request.param == "duckdb":
        return tmp_path / "t.duckdb"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def store(db: str | Path) -> Store:
    with open_store(db) as s:
        yield s


def count(store: Store, table: str) -> int:
    return store._fetchone(f"SELECT count(*) FROM {table}")[0]


def test_add_twice_stores_once_by_id_and_by_content_hash(store: Store):
    assert store.add([A]).added == 1
    again = store.add([A])
    assert (again.added, again.skipped) == (0, 1)
    renamed = Extraction(article=Article(id="mirror-9", text=A.article.text), events=A.events)
    assert store.add([renamed]).skipped == 1
    assert store.is_stored(renamed.article) and store.is_stored(A.article)
    assert not store.is_stored(B.article)
    assert store.known_article_ids(["reuters-1", "nope"]) == {"reuters-1"}
    assert count(store, "articles") == 1 and count(store, "events") == 1


def test_duplicates_within_one_batch_are_stored_once(store: Store):
    result = store.add([A, A, B])
    assert (result.added, result.skipped, result.events) == (2, 1, 2)


def test_store_reopens_with_data(db: str | Path):
    with open_store(db) as s:
        s.add([A])
    with open_store(db) as s:
        assert s.known_article_ids(["reuters-1"]) == {"reuters-1"}


def test_batch_write_is_atomic(store: Store, monkeypatch: pytest.MonkeyPatch):
    real_insert = Store._insert

    def failing(self, table, rows):
        if table == "events":
            raise RuntimeError("disk full")
        return real_insert(self, table, rows)

    monkeypatch.setattr(Store, "_insert", failing)
    with pytest.raises(RuntimeError):
        store.add([A, B])
    assert count(store, "articles") == 0 and count(store, "actors") == 0
    monkeypatch.setattr(Store, "_insert", real_insert)
    assert store.add([A, B]).added == 2


def test_quarantine_and_runs(store: Store):
    run = store.start_run()
    store.quarantine("bad.jsonl:3", "no text field")
    store.finish_run(run, {"articles": 0, "quarantined": 1})
    rows = store.quarantined()
    assert [(r["origin"], r["reason"], r["run_id"]) for r in rows] == \
        [("bad.jsonl:3", "no text field", run)]
    finished, counts = store._fetchone(
        "SELECT finished, counts FROM ingest_runs WHERE run_id = ?", [run])
    assert finished is not None and json.loads(counts)["quarantined"] == 1


def test_two_reports_of_one_car_bomb_merge(store: Store):
    store.add([B])
    store.add([A])
    store.dedup()
    events = store.events()
    assert len(events) == 1
    ev = events[0]
    assert {r["article_id"] for r in ev["reports"]} == {"reuters-1", "afp-1"}
    assert {r["outlet"] for r in ev["reports"]} == {"Reuters", "AFP"}
    assert (ev["fatalities"]["low"], ev["fatalities"]["high"], ev["fatalities"]["acled"]) == \
        (18, 22, 22)
    assert ev["date"]["start"] == "2024-03-02" and ev["place"]["name"] == "Mogadishu"
    assert ev["confidence"] > 0.8  # corroborated by two outlets


def test_cluster_id_is_stable_when_a_third_report_arrives(store: Store):
    store.add([A, B])
    first = store.events()
    store.add([C])
    assert store.dedup() == 1
    second = store.events()
    assert len(second) == 1 and second[0]["event_id"] == first[0]["event_id"]
    assert len(second[0]["reports"]) == 3


def test_ied_and_arrest_in_same_city_same_day_stay_apart(store: Store):
    arrest = report("garowe-1", "Police arrested five suspects in Mogadishu on Saturday after a "
                    "raid on a house.", "2024-03-02", "Garowe Online", plover="COERCE",
                    sub="Arrests", actor1=POLICE, killed=None, trigger="arrested")
    store.add([A, arrest])
    events = store.events()
    assert len(events) == 2
    assert {e["type"]["plover"] for e in events} == {"ASSAULT", "COERCE"}


def test_filters(store: Store):
    other = report("nairobi-1", "Protesters marched in Nairobi on Tuesday over taxes.",
                   "2024-06-25", "Nation", plover="PROTEST", sub="Peaceful protest",
                   actor1=ActorRef(name="protesters", text="Protesters"), killed=None,
                   trigger="marched", day=date(2024, 6, 25),
                   place=Place(id="p1", name="Nairobi", lat=-1.2833, lon=36.8167,
                               precision="city", mentions=(), country="KE",
                               admin1="Nairobi Area"))
    store.add([A, B, other])
    assert len(store.events()) == 2
    assert [e["place"]["name"] for e in store.events(country="ke")] == ["Nairobi"]
    assert [e["type"]["plover"] for e in store.events(type="assault")] == ["ASSAULT"]
    assert [e["place"]["name"] for e in store.events(since="2024-04-01")] == ["Nairobi"]
    assert [e["place"]["name"] for e in store.events(until=date(2024, 3, 31))] == ["Mogadishu"]
    assert store.events(since="2024-03-01", until="2024-03-02", country="SO", type="PROTEST") == []
    # sorted by date
    assert [e["date"]["start"] for e in store.events()] == ["2024-03-02", "2024-06-25"]
    with pytest.raises(UsageError):
        store.events(since="last tuesday")


def test_events_match_the_contract_event_schema(store: Store):
    path = next(p for p in _SCHEMA_PATHS if p.exists())
    full = json.loads(path.read_text())
    schema = {"$schema": full["$schema"], "$defs": full["$defs"],
              **full["properties"]["events"]["items"]}
    store.add([A, B, C])
    events = store.events()
    assert events
    for ev in events:
        jsonschema.Draft202012Validator(schema).validate(ev)
        assert ev["id"] == ev["event_id"]
        assert all({"article_id", "event_id", "outlet"} <= set(r) for r in ev["reports"])


def test_bad_paths_raise_store_error(tmp_path: Path):
    with pytest.raises(StoreError, match="folder"):
        open_store(tmp_path)
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "missing" / "x.duckdb")
    junk = tmp_path / "junk.duckdb"
    junk.write_text("not a database\n" * 100)
    with pytest.raises(StoreError):
        open_store(junk)


def test_store_locked_by_another_process(tmp_path: Path):
    db = tmp_path / "locked.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
         "print('ready', flush=True); time.sleep(30)", str(db)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match="another process") as info:
            open_store(db)
        assert "\n" not in str(info.value)
    finally:
        holder.kill()
        holder.wait()
    time.sleep(0.1)
    open_store(db).close()
