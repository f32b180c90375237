"""control_timeline over hand-built merged events (no NLP): who held a place, when."""
from __future__ import annotations

from datetime import date

from eventwire.control import ControlPeriod, Evidence, control_timeline

IS = "Islamic State"
GNA = "Government of National Accord"
HAFTAR = "Libyan National Army"


def ev(eid: str, day: str, *, sub: str | None = None, plover: str = "ASSAULT",
       actor1: str | None = None, actor2: str | None = None, place: str = "Sirte",
       mode: str = "asserted", precision: str = "day", text: str = "", aid: str = "bbc-1",
       geonames_id: int | None = 2210554) -> dict:
    return {"id": eid, "event_id": eid, "mode": mode,
            "type": {"plover": plover, "acled_sub_event_type": sub},
            "actor1": {"name": actor1} if actor1 else None,
            "actor2": {"name": actor2} if actor2 else None,
            "place": {"name": place, "lat": 31.2, "lon": 16.6, "precision": "city",
                      "geonames_id": geonames_id},
            "date": {"start": day, "end": day, "precision": precision},
            "evidence": [{"start": 0, "end": len(text), "text": text, "article_id": aid}]}


SIRTE_ROWS = [
    ev("ev-3", "2016-12-06", plover="RETREAT", actor1=IS, actor2=GNA,
       text="The Islamic State militant group has been ousted out of Sirte."),
    ev("ev-1", "2015-01-01", sub="Non-state actor overtakes territory", plover="ASSAULT",
       actor1=IS, precision="season", text="The militant group took over Sirte in early 2015."),
    ev("ev-2", "2016-12-05", sub="Government regains territory", actor1=GNA, actor2=IS,
       text="The government forces seized the city's last district held by IS."),
    ev("ev-4", "2016-12-07", sub="Government regains territory", actor1=GNA, mode="future",
       text="Forces will take the rest of the city."),
    ev("ev-5", "2016-09-14", sub="Non-state actor overtakes territory", actor1=HAFTAR,
       place="Ras Lanuf", geonames_id=None, text="Haftar's forces seized Ras Lanuf."),
    ev("ev-6", "2016-06-01", sub="Armed clash", actor1=GNA, actor2=IS, text="Fighting in Sirte."),
]


def test_sirte_held_by_islamic_state_then_by_the_gna():
    periods = control_timeline(SIRTE_ROWS, "sirte")
    assert [(p.holder, p.start, p.end) for p in periods] == [
        (IS, date(2015, 1, 1), date(2016, 12, 5)),
        (GNA, date(2016, 12, 5), None)]
    assert periods[0] == ControlPeriod(
        IS, date(2015, 1, 1), date(2016, 12, 5),
        Evidence("bbc-1", "The militant group took over Sirte in early 2015."), "ev-1")
    assert periods[1].event_id == "ev-2"  # the later RETREAT report corroborates, not restarts


def test_place_by_geonames_id_and_other_places_apart():
    assert [p.holder for p in control_timeline(SIRTE_ROWS, "2210554")] == [IS, GNA]
    ras_lanuf = control_timeline(SIRTE_ROWS, "Ras Lanuf")
    assert [(p.holder, p.start, p.end) for p in ras_lanuf] == [(HAFTAR, date(2016, 9, 14), None)]
    assert control_timeline(SIRTE_ROWS, "Tobruk") == []


def test_retreat_without_a_successor_leaves_control_open():
    rows = [ev("a", "2020-03-01", sub="Non-state actor overtakes territory", actor1=IS),
            ev("b", "2020-05-10", plover="RETREAT", actor1=IS),
            ev("c", "2020-05-20", plover="RETREAT", actor1=GNA),  # not the holder: no effect
            ev("d", "2021-01-02", sub="Non-violent transfer of territory", actor1=HAFTAR)]
    periods = control_timeline(rows, "Sirte")
    assert [(p.holder, p.start, p.end) for p in periods] == [
        (IS, date(2020, 3, 1), date(2020, 5, 10)), (HAFTAR, date(2021, 1, 2), None)]


def test_negated_and_undated_events_do_not_count():
    rows = [ev("a", "2020-03-01", sub="Government regains territory", actor1=GNA,
               mode="negated"),
            {**ev("b", "2020-03-01", sub="Government regains territory", actor1=GNA),
             "date": {"start": None, "end": None, "precision": "unknown"}}]
    assert control_timeline(rows, "Sirte") == []
