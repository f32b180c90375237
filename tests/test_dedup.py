"""cluster_events / merge_reports as pure functions, and the blocking index against brute force."""
from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

import pytest

from eventwire import dedup
from eventwire.dedup import EventRow, Report, cluster_events, merge_reports, tokens

DAY = date(2024, 3, 2).toordinal()


def row(aid: str, eid: str = "e1", **kw) -> EventRow:
    base = dict(plover="ASSAULT", plover_mode="explosion",
                acled_sub="Remote explosive/landmine/IED", actors=frozenset({"al shabaab"}),
                lat=2.0371, lon=45.3438, precision="city", country="SO", admin1="Banaadir",
                start=DAY, end=DAY, fatalities=18, published=DAY,
                tokens=tokens("car bomb exploded at a checkpoint in Mogadishu"))
    base.update(kw)
    return EventRow(article_id=aid, event_id=eid, **base)


def groups(rows) -> list[set[str]]:
    return sorted(({f"{a}/{e}" for a, e in c.members} for c in cluster_events(rows)),
                  key=lambda g: sorted(g))


def merged(*rows) -> bool:
    return len(cluster_events(rows)) == 1


def test_two_reports_of_one_event_merge():
    assert merged(row("a"), row("b", fatalities=22, published=DAY + 1))


def test_events_of_the_same_article_never_merge():
    assert not merged(row("a", "e1"), row("a", "e2"))
    # nor does a third article glue them together
    assert len(cluster_events([row("a", "e1"), row("a", "e2"), row("b")])) == 2


def test_different_named_actors_same_city_same_day_stay_apart():
    assert not merged(row("a"), row("b", actors=frozenset({"islamic state"})))


def test_unknown_actor_still_merges():
    assert merged(row("a"), row("b", actors=frozenset()))


def test_different_plover_types_or_assault_modes_stay_apart():
    assert not merged(row("a"), row("b", plover="COERCE", plover_mode=None, acled_sub="Arrests"))
    assert not merged(row("a"), row("b", plover_mode="aerial"))
    assert merged(row("a"), row("b", plover_mode=None))


@pytest.mark.parametrize("days, together", [(0, True), (1, True), (2, True), (3, False)])
def test_dates_within_two_days(days, together):
    assert merged(row("a"), row("b", start=DAY + days, end=DAY + days)) is together


def test_unknown_dates_match_only_the_same_article_day():
    assert merged(row("a", start=None, end=None), row("b"))
    assert not merged(row("a", start=None, end=None), row("b", published=DAY + 1))


def test_places_within_50_km_or_same_admin1():
    afgooye = dict(lat=2.1402, lon=45.1207)  # ~27 km from Mogadishu
    baidoa = dict(lat=3.1136, lon=43.6498, admin1="Bay")  # ~220 km
    assert merged(row("a"), row("b", **afgooye))
    assert not merged(row("a"), row("b", **baidoa))
    assert merged(row("a"), row("b", lat=None, lon=None, precision="admin1"))
    assert not merged(row("a"), row("b", lat=None, lon=None, precision="admin1", admin1="Bay"))


def test_placeless_events_need_actor_overlap():
    nowhere = dict(lat=None, lon=None, precision=None, admin1=None)
    assert merged(row("a", **nowhere), row("b", **nowhere))
    assert not merged(row("a", **nowhere), row("b", actors=frozenset(), **nowhere))
    assert not merged(row("a", **nowhere), row("b"))


def test_existing_clusters_keep_their_ids_and_are_never_merged():
    first = cluster_events([row("a"), row("b")])
    assert len(first) == 1
    cid = first[0].id
    assert cid == dedup.cluster_id_for(("a", "e1"))  # the first report founds it
    again = cluster_events([row("a", cluster_id=cid), row("b", cluster_id=cid), row("c")])
    assert [(c.id, c.new_members) for c in again] == [(cid, [("c", "e1")])]
    two = cluster_events([row("a", cluster_id="ev-x"), row("b", cluster_id="ev-y"), row("c")])
    assert {c.id: len(c.members) for c in two} in ({"ev-x": 2, "ev-y": 1}, {"ev-x": 1, "ev-y": 2})


def test_order_of_input_does_not_change_clusters():
    rows = [row("a"), row("b", published=DAY + 1), row("c", actors=frozenset({"islamic state"}))]
    assert groups(rows) == groups(rows[::-1])


def _random_rows(n: int, seed: int) -> list[EventRow]:
    rnd = random.Random(seed)
    cities = [(rnd.uniform(-65, 65), rnd.uniform(-179, 179)) for _ in range(12)]
    out = []
    for i in range(n):
        lat, lon = rnd.choice(cities)
        day = DAY + rnd.randrange(8)
        precise = rnd.random() < 0.8
        out.append(row(f"art{i // 2}", f"e{i % 2}", plover=rnd.choice(("ASSAULT", "PROTEST")),
                       plover_mode=rnd.choice((None, "explosion", "aerial")),
                       actors=frozenset(rnd.sample(["x", "y", "z"], rnd.randrange(2))),
                       lat=lat + rnd.uniform(-0.4, 0.4) if precise else None,
                       lon=lon + rnd.uniform(-0.6, 0.6) if precise else None,
                       precision="city" if precise else "admin1",
                       admin1=f"{lat:.0f}" if not precise or rnd.random() < 0.3 else None,
                       start=day, end=day + rnd.choice((0, 0, 1, 6)),
                       fatalities=rnd.choice((None, 3, 5)), published=day + rnd.randrange(2)))
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_blocking_index_finds_every_candidate_brute_force_would(seed, monkeypatch):
    rows = _random_rows(400, seed)
    fast = groups(rows)
    seen: list[EventRow] = []
    monkeypatch.setattr(dedup._BlockIndex, "add", lambda self, r: seen.append(r))
    monkeypatch.setattr(dedup._BlockIndex, "candidates", lambda self, r: list(seen))
    assert groups(rows) == fast
    assert len(fast) < len(rows)  # the data does merge, so the comparison means something


def _report(aid, published, killed, acled, precision="city", mode="asserted", conf=0.7):
    return Report(aid, "e1", aid.upper(), published, {
        "id": "e1", "type": {"plover": "ASSAULT", "acled_sub_event_type": None},
        "mode": mode, "actor1": None, "actor2": None,
        "place": {"name": "Mogadishu", "lat": 2.0, "lon": 45.3, "precision": precision},
        "date": {"start": "2024-03-02", "end": "2024-03-02", "precision": "day"},
        "fatalities": {"low": killed, "high": killed, "acled": acled},
        "sources": [], "evidence": [{"start": 0, "end": 3, "text": "car"}], "confidence": conf})


def test_merge_reports_fatalities_mode_place():
    out = merge_reports("ev-1", [_report("b", "2024-03-03", 22, 22, precision="admin1",
                                         mode="negated"),
                                 _report("a", "2024-03-02", 18, 18, conf=0.6)])
    assert (out["fatalities"]["low"], out["fatalities"]["high"], out["fatalities"]["acled"]) == \
        (18, 22, 22)
    assert out["mode"] == "asserted" and out["place"]["precision"] == "city"
    assert out["confidence"] == pytest.approx(1 - 0.3 * 0.4)
    assert [r["article_id"] for r in out["reports"]] == ["b", "a"]
    assert {e["article_id"] for e in out["evidence"]} == {"a", "b"}


def test_merge_reports_latest_toll_even_if_lower():
    out = merge_reports("ev-1", [_report("a", "2024-03-02", 30, 30),
                                 _report("b", "2024-03-05", 25, 25)])
    assert (out["fatalities"]["low"], out["fatalities"]["high"], out["fatalities"]["acled"]) == \
        (25, 30, 25)


def test_tokens_ignore_short_words_and_numbers():
    assert tokens("A car bomb killed 18 in Mogadishu") == {"bomb", "killed", "mogadishu"}


def test_replace_keeps_rows_hashable():
    r = row("a")
    assert replace(r, cluster_id="ev-1").key == r.key


def test_one_report_naming_the_attacker_and_another_only_the_victim_still_merge():
    first = row("a", actors=frozenset({"unidentified armed group"}),
                roles=("unidentified armed group", None), fatalities=18)
    later = row("b", actors=frozenset({"government of somalia"}),
                roles=(None, "government of somalia"), fatalities=22, published=DAY + 1)
    assert groups([first, later]) == [{"a/e1", "b/e1"}]
    # one report's unidentified attacker may be another's named group (a claim came later)
    claimed = row("c", actors=frozenset({"islamic state"}), roles=("islamic state", None))
    assert groups([first, claimed]) == [{"a/e1", "c/e1"}]
    rival = row("d", actors=frozenset({"al shabaab"}), roles=("al shabaab", None))
    assert groups([claimed, rival]) == [{"c/e1"}, {"d/e1"}]
