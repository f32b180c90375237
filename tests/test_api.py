"""The HTTP API over a real DuckDB store filled by the real pipeline from examples/articles."""
from __future__ import annotations

import json
import re
import shutil
import warnings

import pytest

from conftest import EXAMPLES

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from eventwire import api, queries
from eventwire.ingest import iter_inputs
from eventwire.store import open_store

TOKEN = "s3cret-token"
XSS_ARTICLE = """Protesters burn tyres in Mogadishu <script>window.__xss=1</script>
Published: 2024-05-02
Source: Test Wire

Police fired tear gas at protesters in Mogadishu on Thursday <img src=x onerror="window.__xss=2">, \
witnesses said. "We want water," said Ahmed Ali, a protest leader.
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory, pipeline):
    path = tmp_path_factory.mktemp("api") / "events.duckdb"
    articles = list(iter_inputs([EXAMPLES / "articles"]))
    with open_store(path) as store:
        store.add(list(pipeline.extract_many(articles)))
        store.dedup()
    return path


@pytest.fixture(scope="module")
def client(db):
    with TestClient(api.create_app(str(db))) as c:
        yield c


@pytest.fixture(scope="module")
def events(client):
    return client.get("/api/events", params={"limit": 10000}).json()["events"]


@pytest.fixture()
def writable(db, tmp_path, monkeypatch, pipeline):
    """A client on a copy of the store with the ingest token set."""
    copy = tmp_path / "copy.duckdb"
    shutil.copy(db, copy)
    monkeypatch.setenv(api.TOKEN_ENV, TOKEN)
    with TestClient(api.create_app(str(copy))) as c:
        yield c


def auth(token: str = TOKEN) -> dict:
    return {"Authorization": f"Bearer {token}"}


# -- events ----------------------------------------------------------------------------------

def test_events_are_the_stores_merged_events(client, db, events):
    body = client.get("/api/events", params={"limit": 10000}).json()
    assert body["total"] == len(events) > 20
    assert all(e["event_id"] and e["reports"] for e in events)
    assert any(e["place"] and e["place"]["lat"] is not None for e in events)


def test_paging_is_consistent(client, events):
    first = client.get("/api/events", params={"limit": 5}).json()
    second = client.get("/api/events", params={"limit": 5, "offset": 5}).json()
    ids = [e["event_id"] for e in first["events"] + second["events"]]
    assert ids == [e["event_id"] for e in events[:10]]
    assert first["total"] == len(events)


@pytest.mark.parametrize("params, check", [
    ({"type": "assault"}, lambda e: e["type"]["plover"] == "ASSAULT"),
    ({"country": "so"}, lambda e: e["place"]["country"] == "SO"),
    ({"since": "2024-01-01"}, lambda e: (e["date"]["end"] or e["date"]["start"]) >= "2024-01-01"),
    ({"until": "2023-06-30"}, lambda e: e["date"]["start"] <= "2023-06-30"),
])
def test_filters(client, events, params, check):
    found = client.get("/api/events", params={**params, "limit": 10000}).json()["events"]
    assert found and len(found) < len(events)
    assert all(check(e) for e in found)


def test_bbox_keeps_only_events_inside(client, events):
    box = "40,-2,52,12"  # Somalia and around
    found = client.get("/api/events", params={"bbox": box, "limit": 10000}).json()["events"]
    inside = [e for e in events if queries.in_bbox(e, (40, -2, 52, 12))]
    assert found and [e["event_id"] for e in found] == [e["event_id"] for e in inside]
    assert all(40 <= e["place"]["lon"] <= 52 and -2 <= e["place"]["lat"] <= 12 for e in found)


def test_bbox_across_the_antimeridian():
    event = {"place": {"lat": 0.0, "lon": 179.5}}
    assert queries.in_bbox(event, (170, -10, -170, 10))
    assert not queries.in_bbox(event, (-170, -10, 170, 10))


def test_text_search_over_actors_and_places(client, events):
    found = client.get("/api/events", params={"q": "shabaab", "limit": 10000}).json()["events"]
    assert found
    for e in found:
        names = " ".join(filter(None, [(e["actor1"] or {}).get("name"), (e["actor1"] or {}).get("text"),
                                       (e["actor2"] or {}).get("name"), (e["actor2"] or {}).get("text"),
                                       (e["place"] or {}).get("name")]))
        assert "shabaab" in names.lower()
    by_place = client.get("/api/events", params={"q": "mogadishu"}).json()
    assert by_place["total"] >= 2
    assert client.get("/api/events", params={"q": "zzzz-nothing"}).json()["total"] == 0


@pytest.mark.parametrize("params, status, words", [
    ({"since": "yesterday"}, 400, "since"),
    ({"until": "2024-13-01"}, 400, "until"),
    ({"bbox": "1,2,3"}, 400, "four numbers"),
    ({"bbox": "0,10,5,0"}, 400, "minlat"),
    ({"bbox": "a,b,c,d"}, 400, "bbox"),
    ({"type": "EXPLODE"}, 400, "PLOVER"),
    ({"limit": 0}, 422, "limit"),
    ({"limit": "many"}, 422, "limit"),
    ({"offset": -1}, 422, "offset"),
])
def test_bad_query_is_a_clear_4xx(client, params, status, words):
    resp = client.get("/api/events", params=params)
    assert resp.status_code == status
    assert words in resp.json()["error"]


# -- one event, one article -------------------------------------------------------------------

def test_event_by_id_has_reports_evidence_and_quotes(client, events):
    multi = max(events, key=lambda e: (len(e["evidence"]), len(e["reports"])))
    body = client.get(f"/api/events/{multi['event_id']}").json()
    assert body["event_id"] == multi["event_id"]
    assert body["type"] == multi["type"]
    assert [r["article_id"] for r in body["reports"]] == [r["article_id"] for r in multi["reports"]]
    assert all(r["title"] for r in body["reports"])
    assert isinstance(body["quotes"], list)
    for span in body["evidence"]:
        text = client.get(f"/api/articles/{span['article_id']}").json()["text"]
        assert text[span["start"]:span["end"]] == span["text"]


def test_unknown_event_and_article_are_404_json(client):
    for url in ("/api/events/ev-nope", "/api/articles/sha1:nope", "/api/nothing-here"):
        resp = client.get(url)
        assert resp.status_code == 404
        assert resp.json()["error"]


def test_article_annotations_index_its_text(client, events):
    aid = next(e["reports"][0]["article_id"] for e in events
               if "mogadishu" in ((e["place"] or {}).get("name") or "").lower())
    art = client.get(f"/api/articles/{aid}").json()
    text = art["text"]
    assert art["title"] and art["events"] and art["places"] and art["actors"]
    assert any(q["text"] for q in art["quotes"])
    for q in art["quotes"]:
        assert q["text"] in text[q["start"]:q["end"]] or text[q["start"]:q["end"]] in q["text"]
    for item in art["places"] + art["actors"]:
        for m in item["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
    for e in art["events"]:
        assert e["cluster_id"]
        for span in e["evidence"]:
            assert text[span["start"]:span["end"]] == span["text"]
    assert [e["event_id"] for e in art["events"]] == sorted(
        (e["event_id"] for e in art["events"]), key=lambda i: int(re.sub(r"\D", "", i) or 0))


def test_stats_match_the_events(client, events):
    stats = client.get("/api/stats").json()
    assert stats["events"] == len(events)
    assert sum(stats["by_type"].values()) == len(events)
    assert stats["articles"] == len(list(iter_inputs([EXAMPLES / "articles"])))
    somalia = next(c for c in stats["countries"] if c["code"] == "SO")
    assert somalia["name"] == "Somalia" and somalia["numeric"] == "706"
    assert stats["first_date"] <= stats["last_date"]


def test_place_control_history(client, events):
    taken = [e for e in events if e["mode"] == "asserted" and e["place"] and e["date"]["start"]
             and (e["type"]["plover"] == "RETREAT" or "territory" in
                  (e["type"].get("acled_sub_event_type") or ""))]
    assert taken
    histories = [client.get(f"/api/places/{e['place']['name']}/control") for e in taken]
    assert all(r.status_code == 200 for r in histories)
    periods = [p for r in histories for p in r.json()["periods"]]
    assert periods and all(p["holder"] and p["start"] and p["evidence"]["text"] for p in periods)
    by_id = client.get(f"/api/places/{taken[0]['place']['geonames_id']}/control").json()
    assert by_id["periods"] == histories[0].json()["periods"]
    assert client.get("/api/places/Nowhere-at-all/control").json()["periods"] == []


def test_unexpected_failure_is_json_500_without_traceback(db, monkeypatch, tmp_path):
    copy = tmp_path / "copy.duckdb"
    shutil.copy(db, copy)

    def boom(*a, **k):
        raise RuntimeError("secret internals")
    monkeypatch.setattr(queries, "stats", boom)
    with TestClient(api.create_app(str(copy)), raise_server_exceptions=False) as c:
        resp = c.get("/api/stats")
    assert resp.status_code == 500
    assert resp.json() == {"error": "internal error (RuntimeError); see the server log"}


# -- docs and page are offline -------------------------------------------------------------------

def test_docs_work_offline(client):
    page = client.get("/docs")
    assert page.status_code == 200
    urls = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert urls and all(u.startswith("/") for u in urls)
    for u in urls:
        assert client.get(u).status_code == 200, u
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/stats"} <= set(spec["paths"])
    assert "/api/ingest" not in spec["paths"]


def test_page_and_assets_are_local(client):
    page = client.get("/")
    assert page.status_code == 200
    assert "script-src 'self'" in page.headers["content-security-policy"]
    refs = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert all(r.startswith(("/", "data:")) for r in refs), refs
    for r in refs:
        if r.startswith("/"):
            assert client.get(r).status_code == 200, r
    js = client.get("/static/app.js").text
    assert not re.search(r"https?://(?!www\.w3\.org)", js)
    assert "innerHTML" not in js
    world = client.get("/static/vendor/countries-110m.json").json()
    assert world["objects"]["countries"]["geometries"]


# -- ingest ----------------------------------------------------------------------------------------

def test_ingest_absent_without_token(client):
    resp = client.post("/api/ingest", content="Title\n\nBody.", headers=auth())
    assert resp.status_code in (404, 405)


def test_ingest_needs_the_token(writable):
    assert writable.post("/api/ingest", content=XSS_ARTICLE).status_code == 401
    assert writable.post("/api/ingest", content=XSS_ARTICLE, headers=auth("wrong")).status_code == 403
    assert "/api/ingest" in writable.get("/openapi.json").json()["paths"]


def test_ingest_text_then_query_it(writable):
    before = writable.get("/api/stats").json()
    resp = writable.post("/api/ingest", content=XSS_ARTICLE,
                         headers={**auth(), "Content-Type": "text/plain"})
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["added"] == 1 and body["events"] >= 1
    (aid,) = body["article_ids"]
    art = writable.get(f"/api/articles/{aid}").json()
    assert "<img src=x onerror=" in art["text"]
    after = writable.get("/api/stats").json()
    assert after["articles"] == before["articles"] + 1
    again = writable.post("/api/ingest", content=XSS_ARTICLE, headers=auth()).json()
    assert again["added"] == 0 and again["skipped"] == 1


def test_ingest_jsonl_reports_bad_records(writable):
    lines = [json.dumps({"id": "api-1", "title": "Clash", "published": "2024-03-01",
                         "text": "Gunmen attacked a police post in Kano on Friday, killing two "
                                 "officers, police said."}),
             json.dumps({"title": "no text"}), "[1, 2]"]
    resp = writable.post("/api/ingest", content="\n".join(lines),
                         headers={**auth(), "Content-Type": "application/x-ndjson"})
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["article_ids"] == ["api-1"] and body["added"] == 1
    assert len(body["rejected"]) == 2 and "text" in body["rejected"][0]


@pytest.mark.parametrize("content, ctype, status, words", [
    ("", "text/plain", 400, "empty"),
    ("{not json", "application/json", 400, "not JSON"),
    ('{"title": "x"}', "application/json", 400, "text"),
    ("a,b\n1,2", "text/csv", 415, "Content-Type"),
    (b"\xff\xfe bad", "text/plain", 400, "UTF-8"),
])
def test_ingest_bad_bodies(writable, content, ctype, status, words):
    resp = writable.post("/api/ingest", content=content, headers={**auth(), "Content-Type": ctype})
    assert resp.status_code == status
    assert words in resp.json()["error"]


def test_ingest_body_over_the_limit_is_413(writable):
    big = "x" * (api.MAX_BODY_BYTES + 1)
    resp = writable.post("/api/ingest", content=big, headers={**auth(), "Content-Type": "text/plain"})
    assert resp.status_code == 413
    assert "MB" in resp.json()["error"]

    def chunks():  # no Content-Length: counted while streaming
        for _ in range(6):
            yield b"y" * (1024 * 1024)
    resp = writable.post("/api/ingest", content=chunks(), headers={**auth(), "Content-Type": "text/plain"})
    assert resp.status_code == 413
