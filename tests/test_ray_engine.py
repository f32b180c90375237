"""The Ray engine gives the local engine's results: same extractions, same de-duplicated events,
same quarantine; a crashed worker's batch is retried. Runs a local Ray runtime with 2 CPUs."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES
from eventwire.cli import app
from eventwire.errors import UsageError
from eventwire.ingest import iter_inputs
from eventwire.model import Article, Extraction
from eventwire.ray_engine import (
    connect, extract_with_ray, extraction_from_dict, extraction_record, ingest_with_ray,
    load_shards, plan_units)
from eventwire.store import open_store

SAMPLE = EXAMPLES / "articles"
GOOD = len(list(SAMPLE.glob("*.txt"))) + 1  # the sample articles and the one good feed record
# Written for this test: one good record, then a line that is not JSON.
GOOD_RECORD = {"id": "ray-test-1", "published": "2024-03-02", "title": "Clashes near a river town",
               "text": "Gunmen attacked a police post near the river town of Baidoa on Friday, "
                       "killing three officers, a local official said."}


@pytest.fixture(scope="module")
def ray_runtime():
    import ray
    connect(num_cpus=2)
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[str]:
    """The sample articles plus bad input: an empty file, a malformed JSONL line, an empty
    folder."""
    root = tmp_path_factory.mktemp("corpus")
    bad = root / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_text("")
    (bad / "feed.jsonl").write_text(json.dumps(GOOD_RECORD) + "\n{\"text\": \"cut off\n")
    (root / "nothing").mkdir()
    return [str(SAMPLE), str(bad), str(root / "nothing")]


def _stable(rows: list[dict]) -> list[dict]:
    volatile = {"at", "ingested_at", "run_id"}
    return [{k: v for k, v in r.items() if k not in volatile} for r in rows]


def _store_view(path: Path) -> tuple[list[dict], list[dict], dict]:
    with open_store(path) as store:
        return _stable(store.events()), _stable(store.quarantined()), store.stats()


def test_lossless_record_round_trips(sirte, pipeline):
    article = Article(id="t", text="Rebels shelled the town of Kidal on 3 May 2023, killing 4.",
                      published="2023-05-04", origin="here.txt", notes=("a note",))
    for x in (sirte, pipeline.extract(article)):
        back = extraction_from_dict(json.loads(json.dumps(extraction_record(x))))
        assert back == x
        assert back.to_dict() == x.to_dict()


def test_plan_units_follows_ingest_order(corpus):
    units = plan_units(corpus)
    local_origins = []
    for item in iter_inputs(corpus):
        head, _, line = item.origin.rpartition(":")
        origin = head if line.isdigit() else item.origin  # records: "file.jsonl:3"
        if origin not in local_origins:
            local_origins.append(origin)
    assert [u["path"] for u in units] == local_origins


def test_stdin_is_refused():
    with pytest.raises(UsageError, match="stdin"):
        plan_units(["-"])


def test_ray_ingest_matches_local_ingest(ray_runtime, corpus, pipeline, tmp_path):
    local_db, ray_db, shard_db = (tmp_path / n for n in ("local.duckdb", "ray.duckdb",
                                                         "shards.duckdb"))
    result = CliRunner().invoke(app, ["ingest", *corpus, "--db", str(local_db)])
    assert result.exit_code == 0, result.output

    with open_store(ray_db) as store:
        run_id = store.start_run()
        run = ingest_with_ray(corpus, store, num_cpus=2)
        store.finish_run(run_id, run.counts)
    assert run.articles == GOOD and run.quarantined == 3
    assert run.counts["added"] == GOOD and run.counts["quarantined"] == 3

    local_events, local_bad, local_stats = _store_view(local_db)
    ray_events, ray_bad, ray_stats = _store_view(ray_db)
    assert local_events and ray_events == local_events
    assert [q["origin"] for q in ray_bad] == [q["origin"] for q in local_bad]
    assert ray_bad == local_bad and len(ray_bad) == 3
    assert ray_stats == local_stats

    # The data-lake flow: shards of contract records, then `load_shards` into a fresh store.
    shards = tmp_path / "shards"
    run = extract_with_ray(corpus, num_cpus=2, out=shards)
    assert run.articles == GOOD and run.quarantined == 3 and list(shards.glob("*.parquet"))
    import pyarrow.parquet as pq
    rows = pq.read_table(shards).to_pylist()
    contract = {r["article_id"]: json.loads(r["extraction"]) for r in rows if r["kind"] == "article"}
    local = {x.article.id: x.to_dict() for x in pipeline.extract_many(
        a for a in iter_inputs(corpus) if isinstance(a, Article))}
    assert contract == local
    with open_store(shard_db) as store:
        loaded = load_shards(shards, store)
    assert loaded.counts["added"] == GOOD
    assert _store_view(shard_db) == (local_events, local_bad, local_stats)


def test_a_crashed_worker_is_restarted_and_its_batch_retried(ray_runtime, tmp_path):
    marker = str(tmp_path / "crashed")

    class CrashOnce:
        """A stand-in pipeline whose first call kills its worker process."""

        def extract_many(self, articles):
            try:
                os.close(os.open(marker, os.O_CREAT | os.O_EXCL))
            except FileExistsError:
                return [Extraction(article=a) for a in articles]
            os._exit(1)

    articles = [Article(id=f"a{i}", text=f"Report number {i}.") for i in range(40)]
    run = extract_with_ray(articles=articles, num_cpus=2, pipeline_factory=CrashOnce)
    assert os.path.exists(marker)
    assert [x.article.id for x in run.extractions] == [a.id for a in articles]
    assert run.restarted >= 1
