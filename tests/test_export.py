"""Every export format, written from real `Store.events()` rows and read back with
pandas / pyarrow / json."""
from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from eventwire.errors import UsageError
from eventwire.export import ACLED_COLUMNS, FLAT_COLUMNS, write_events
from eventwire.model import ActorRef, Place
from eventwire.store import open_store
from test_store import A, B, report

PROTEST = report("nation-1", "Protesters marched in Nairobi on Tuesday over taxes.",
                 "2024-06-25", "Nation", plover="PROTEST", sub="Peaceful protest",
                 actor1=ActorRef(name="Protesters (Kenya)", text="Protesters", type="protesters"),
                 killed=None, trigger="marched", day=date(2024, 6, 25),
                 place=Place(id="p1", name="Nairobi", lat=-1.2833, lon=36.8167,
                             precision="city", mentions=(), country="KE",
                             admin1="Nairobi Area"))
KILLING = report("libya-1", "Gunmen killed two civilians somewhere in Libya on Friday.",
                 "2024-05-11", "Libya Observer", plover="ASSAULT", sub="Attack",
                 mode="beat", actor1=ActorRef(name="Unidentified Armed Group (Libya)",
                                               type="unidentified_armed_group"),
                 actor2=ActorRef(name="Civilians (Libya)", type="civilians"), killed=2,
                 trigger="killed", day=date(2024, 5, 10),
                 place=Place(id="p1", name="Libya", lat=None, lon=None, precision="country",
                             mentions=(), country="LY"))


@pytest.fixture(scope="module")
def rows(tmp_path_factory) -> list[dict]:
    with open_store(tmp_path_factory.mktemp("export") / "e.duckdb") as store:
        store.add([A, B, PROTEST, KILLING])
        events = store.events()
    assert len(events) == 3
    return events


def by_place(records: list[dict], key: str) -> dict:
    return {r[key]: r for r in records}


def test_jsonl_is_the_rows(rows, tmp_path: Path):
    out = tmp_path / "e.jsonl"
    assert write_events(rows, "jsonl", out) == 0
    back = [json.loads(line) for line in out.read_text().splitlines()]
    assert back == json.loads(json.dumps(rows))
    bomb = next(e for e in back if e["type"]["plover"] == "ASSAULT" and e["place"]["lat"])
    assert {r["article_id"] for r in bomb["reports"]} == {"reuters-1", "afp-1"}


def test_csv_flat_columns(rows):
    buf = io.StringIO()
    write_events(rows, "csv", buf)
    df = pd.read_csv(io.StringIO(buf.getvalue()))
    assert list(df.columns) == list(FLAT_COLUMNS)
    bomb = df[df.place == "Mogadishu"].iloc[0]
    assert (bomb.fatalities_low, bomb.fatalities_high, bomb.fatalities) == (18, 22, 22)
    assert bomb.n_reports == 2 and set(bomb.article_ids.split("; ")) == {"reuters-1", "afp-1"}
    assert bomb.date_start == "2024-03-02" and bomb.lat == pytest.approx(2.0371)
    assert df[df.place == "Nairobi"].iloc[0].actor1 == "Protesters (Kenya)"


def test_parquet_is_typed(rows, tmp_path: Path):
    out = tmp_path / "e.parquet"
    write_events(rows, "parquet", out)
    table = pq.read_table(out)
    schema = table.schema
    assert str(schema.field("date_start").type) == "date32[day]"
    assert str(schema.field("lat").type) == "double"
    assert str(schema.field("fatalities").type) == "int64"
    records = by_place(table.to_pylist(), "place")
    assert records["Mogadishu"]["date_start"] == date(2024, 3, 2)
    assert records["Mogadishu"]["fatalities"] == 22
    assert records["Libya"]["lat"] is None and records["Libya"]["fatalities"] == 2
    binary = io.BytesIO()
    write_events(rows, "parquet", binary)
    assert pq.read_table(io.BytesIO(binary.getvalue())).num_rows == 3
    with pytest.raises(UsageError, match="binary"):
        write_events(rows, "parquet", io.StringIO())


def test_geojson_leaves_out_events_without_coordinates(rows, tmp_path: Path):
    out = tmp_path / "e.geojson"
    assert write_events(rows, "geojson", out) == 1
    gj = json.loads(out.read_text())
    assert gj["type"] == "FeatureCollection" and len(gj["features"]) == 2
    for f in gj["features"]:
        assert f["type"] == "Feature" and f["geometry"]["type"] == "Point"
        lon, lat = f["geometry"]["coordinates"]
        assert (lat, lon) == (f["properties"]["lat"], f["properties"]["lon"])
        assert not any(isinstance(v, (dict, list)) for v in f["properties"].values())
    nairobi = next(f for f in gj["features"] if f["properties"]["place"] == "Nairobi")
    assert nairobi["geometry"]["coordinates"] == [36.8167, -1.2833]


def test_acled_csv_columns_and_conventions(rows):
    buf = io.BytesIO()
    write_events(rows, "acled-csv", buf)
    df = pd.read_csv(io.BytesIO(buf.getvalue()), dtype={"event_id_cnty": str})
    assert list(df.columns) == list(ACLED_COLUMNS)
    got = by_place(df.to_dict("records"), "location")
    bomb, protest, killing = got["Mogadishu"], got["Nairobi"], got["Libya"]
    assert bomb["event_id_cnty"].startswith("SOM") and bomb["iso"] == 706
    assert (bomb["event_date"], bomb["year"], bomb["time_precision"]) == ("2024-03-02", 2024, 1)
    assert bomb["sub_event_type"] == "Remote explosive/landmine/IED"
    assert (bomb["inter1"], bomb["interaction"]) == (2, 20)
    assert bomb["fatalities"] == 22 and bomb["geo_precision"] == 1
    assert bomb["region"] == "Eastern Africa" and bomb["country"] == "Somalia"
    assert set(bomb["source"].split("; ")) == {"Reuters", "AFP"}
    assert "car bomb" in bomb["notes"]
    assert (protest["inter1"], protest["interaction"], protest["iso"]) == (6, 60, 404)
    assert pd.isna(protest["civilian_targeting"]) and protest["fatalities"] == 0
    assert (killing["inter1"], killing["inter2"], killing["interaction"]) == (3, 7, 37)
    assert killing["civilian_targeting"] == "Civilian targeting"
    assert killing["geo_precision"] == 3 and pd.isna(killing["latitude"])
    assert (killing["iso"], killing["region"], killing["country"]) == (434, "Northern Africa",
                                                                       "Libya")
    # the id is stable between exports
    again = io.BytesIO()
    write_events(rows, "acled-csv", again)
    assert pd.read_csv(io.BytesIO(again.getvalue()), dtype=str).event_id_cnty.tolist() == \
        df.event_id_cnty.tolist()


def test_unknown_format_is_a_usage_error(rows):
    with pytest.raises(UsageError, match="acled-csv"):
        write_events(rows, "xlsx", io.StringIO())
