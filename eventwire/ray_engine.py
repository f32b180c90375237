"""Ray Data backend: the local engine's reading, `Pipeline` and store, spread over a Ray cluster.

The flow, written out (each step reuses the local code, so results are identical):

1. driver: inputs -> units, in the order `ingest.iter_inputs` reads them: one unit per file
   (folders walked as ingest walks them), a folder-level BadInput, or a ready Article (stdin,
   bench corpora).
2. read tasks: each file unit is parsed by `eventwire.ingest` itself -> one row per Article or
   BadInput, so bad input is judged exactly as locally.
3. extract actors: a pool of `concurrency` actors, each building `Pipeline()` once (spaCy model
   and gazetteer loaded once per worker); every batch of rows -> one row per Extraction, carried
   as JSON (the lossless record below, plus the contract form for shards).
4. driver: rows stream back in input order -> `Store.add` per `batch` articles, BadInputs to the
   quarantine, then `Store.dedup()` once over the whole store; or (`out=DIR`) Parquet shards for a
   data lake, loaded later with `load_shards`.

Extraction.to_dict() (the contract) drops fields the store writes (Article.origin, Actor
affiliation, Place.score, Quantity.acled), so rows carry a lossless record of the dataclasses
(`extraction_record`) which `extraction_from_dict` rebuilds on the driver.

A worker that dies (crash, OOM kill) is restarted and its batch retried (`max_restarts`,
`max_task_retries`); a batch that kills its worker every time fails the run after the retries.
"""
from __future__ import annotations

import json
import logging
import os
import resource
import time
import types
import warnings
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields, is_dataclass, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Union, get_args, get_origin, get_type_hints

import pyarrow as pa
import pyarrow.parquet as pq

from . import ingest
from .errors import BadInput, EventwireError, UsageError
from .model import Article, Extraction

MAX_RESTARTS = 3  # a worker restarted this often per actor before the run fails
MAX_TASK_RETRIES = 3  # a batch retried this often after its worker died
ROWS_PER_BATCH = 8  # small batches balance the workers; 32 measured slower and larger RSS
_WARM_UP = ("Rebels attacked an army base near Gao on 3 May 2021, killing 12 soldiers, a "
            "spokesman said. \"We will respond,\" the defence minister told reporters in Bamako.")  # articles per actor call: small enough to balance load across workers
SHARD_COLUMNS = ("unit", "item", "kind", "origin", "reason", "article_id", "extraction", "record")
WORKER_COLUMNS = ("worker", "worker_peak_mb", "worker_init_s", "worker_restarted",
                  "worker_cpu_s")

_UNIT_SCHEMA = pa.schema([("unit", pa.int64()), ("path", pa.string()), ("explicit", pa.bool_()),
                          ("bad", pa.string()), ("article", pa.string())])
_READ_SCHEMA = pa.schema([("unit", pa.int64()), ("item", pa.int64()), ("kind", pa.string()),
                          ("origin", pa.string()), ("reason", pa.string()),
                          ("article", pa.string())])
_OUT_SCHEMA = pa.schema([("unit", pa.int64()), ("item", pa.int64()), ("kind", pa.string()),
                         ("origin", pa.string()), ("reason", pa.string()),
                         ("article_id", pa.string()), ("extraction", pa.string()),
                         ("record", pa.string()), ("worker", pa.string()),
                         ("worker_peak_mb", pa.float64()), ("worker_init_s", pa.float64()),
                         ("worker_restarted", pa.bool_()), ("worker_cpu_s", pa.float64())])


@dataclass
class RayRun:
    """What a Ray run produced and what it cost."""
    extractions: list[Extraction] = field(default_factory=list)  # extract without out=
    bad: list[BadInput] = field(default_factory=list)
    articles: int = 0
    events: int = 0
    counts: dict[str, int] = field(default_factory=dict)  # ingest: added, skipped, events, ...
    workers: int = 0  # actor pool size asked for
    worker_ids: set[str] = field(default_factory=set)  # "node:pid" seen; more than `workers`
    worker_peak_mb: dict[str, float] = field(default_factory=dict)  # means restarts
    worker_init_s: dict[str, float] = field(default_factory=dict)
    restarted_workers: set[str] = field(default_factory=set)
    worker_cpu_s: dict[str, float] = field(default_factory=dict)
    seconds: float = 0.0
    shards: Path | None = None

    @property
    def quarantined(self) -> int:
        return len(self.bad)

    @property
    def restarted(self) -> int:
        """Workers that Ray restarted after their process died (their batch was retried)."""
        return len(self.restarted_workers)

    def summary(self) -> dict[str, Any]:
        return {"articles": self.articles, "events": self.events, "quarantined": self.quarantined,
                "workers": self.workers, "worker_restarts": self.restarted,
                "seconds": round(self.seconds, 2),
                "worker_peak_mb": max(self.worker_peak_mb.values(), default=0.0), **self.counts}


# --- Extraction <-> a lossless JSON-able dict ---------------------------------------------

def extraction_record(x: Extraction) -> dict:
    """Every field of the Extraction's dataclasses (dates as ISO text); `extraction_from_dict`
    inverts it exactly."""
    return _encode(x)


def extraction_from_dict(d: dict) -> Extraction:
    """The Extraction of an `extraction_record` dict."""
    return _decode(Extraction, d)


def article_record(a: Article) -> dict:
    return _encode(a)


def article_from_dict(d: dict) -> Article:
    return _decode(Article, d)


def _encode(value: Any) -> Any:
    if is_dataclass(value):
        return {f.name: _encode(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (tuple, list)):
        return [_encode(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def _decode(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = get_origin(hint)
    if origin in (Union, types.UnionType):
        kinds = [a for a in get_args(hint) if a is not type(None)]
        return _decode(kinds[0], value) if len(kinds) == 1 else value  # float | str: JSON keeps it
    if origin is tuple:
        item = get_args(hint)[0]
        return tuple(_decode(item, v) for v in value)
    if isinstance(hint, type) and is_dataclass(hint):
        hints = _hints(hint)
        return hint(**{name: _decode(hints[name], v) for name, v in value.items()})
    if hint is date:
        return date.fromisoformat(value)
    return value


@lru_cache(maxsize=None)
def _hints(cls: type) -> dict[str, Any]:
    return get_type_hints(cls)


# --- step 1: inputs -> units (driver) ---------------------------------------------------------

def plan_units(inputs: Sequence[str | os.PathLike] = (),
               articles: Iterable[Article] = ()) -> list[dict]:
    """The work list, in `iter_inputs` order, without reading the files."""
    units: list[dict] = []

    def add(**unit: Any) -> None:
        units.append({"unit": len(units), "path": None, "explicit": False, "bad": None,
                      "article": None, **unit})

    for item in inputs:
        if os.fspath(item) == "-":
            raise UsageError("the ray engine reads files and folders, not stdin ('-'); save the "
                             "input to a file or use the local engine")
        path = Path(item)
        if not path.is_dir():
            add(path=str(path), explicit=True)
            continue
        files, bad = ingest.list_folder(path)
        for item in bad:
            add(path=item.origin, bad=item.reason)
        for file in files:
            add(path=str(file))
    for article in articles:
        add(article=json.dumps(article_record(article), ensure_ascii=False))
    return units


# --- step 2: units -> Article / BadInput rows (read tasks) -------------------------------------

def _read_units(batch: pa.Table, published: str | None) -> pa.Table:
    rows: list[dict] = []
    for unit in batch.to_pylist():
        for item, got in enumerate(_read_unit(unit)):
            row = {"unit": unit["unit"], "item": item, "kind": "bad", "origin": None,
                   "reason": None, "article": None}
            if isinstance(got, BadInput):
                row |= {"origin": got.origin, "reason": got.reason}
            else:
                if got.published is None and published:
                    got = replace(got, published=published)
                row |= {"kind": "article", "origin": got.origin,
                        "article": json.dumps(article_record(got), ensure_ascii=False)}
            rows.append(row)
    return pa.Table.from_pylist(rows, schema=_READ_SCHEMA)


def _read_unit(unit: dict) -> Iterator[Article | BadInput]:
    if unit["bad"] is not None:
        yield BadInput(unit["path"], unit["bad"])
    elif unit["article"] is not None:
        yield article_from_dict(json.loads(unit["article"]))
    else:
        yield from ingest.iter_path(Path(unit["path"]), explicit=unit["explicit"])


# --- step 3: Article rows -> Extraction rows (actor pool) ----------------------------------------

class _Extractor:
    """One per worker: the Pipeline is built here, once, and reused for every batch."""

    def __init__(self, contract: bool, pipeline_factory: Callable[[], Any] | None = None):
        start = time.perf_counter()
        if pipeline_factory is None:
            from .pipeline import Pipeline
            self.pipeline = Pipeline()
            # Stages load lexicons and gazetteer indexes lazily: pay for that here, once.
            list(self.pipeline.extract_many([Article(id="warm-up", text=_WARM_UP)]))
        else:
            self.pipeline = pipeline_factory()
        self.contract = contract
        self.worker = f"{_node_ip()}:{os.getpid()}"
        self.restarted = _restarted()
        self.cpu_s = 0.0  # CPU time spent in batches: a cost measure that other load can't skew
        self.init_s = time.perf_counter() - start

    def __call__(self, batch: pa.Table) -> pa.Table:
        cpu_start = time.process_time()
        rows = batch.to_pylist()
        articles = [article_from_dict(json.loads(r["article"])) for r in rows
                    if r["kind"] == "article"]
        done = iter(self.pipeline.extract_many(articles))
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        out: list[dict] = []
        for r in rows:
            row = {k: r[k] for k in ("unit", "item", "kind", "origin", "reason")}
            row |= {"article_id": None, "extraction": None, "record": None,
                    "worker": self.worker, "worker_init_s": self.init_s,
                    "worker_restarted": self.restarted}
            if r["kind"] == "article":
                x = next(done)
                row |= {"article_id": x.article.id,
                        "record": json.dumps(extraction_record(x), ensure_ascii=False),
                        "extraction": json.dumps(x.to_dict(), ensure_ascii=False)
                        if self.contract else None}
            out.append(row)
        peak = max(peak, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
        self.cpu_s += time.process_time() - cpu_start
        for row in out:
            row |= {"worker_peak_mb": round(peak, 1), "worker_cpu_s": self.cpu_s}
        return pa.Table.from_pylist(out, schema=_OUT_SCHEMA)


def _node_ip() -> str:
    import ray

    return ray.util.get_node_ip_address()


def _restarted() -> bool:
    """True in an actor Ray rebuilt after its process died (False outside Ray, e.g. in tests)."""
    import ray

    context = ray.get_runtime_context()
    return context.get_actor_id() is not None and bool(context.was_current_actor_reconstructed)


# --- the Ray runtime and the dataset ---------------------------------------------------------------

def connect(address: str | None = None, num_cpus: int | None = None) -> int:
    """Join the cluster at `address`, or start a local runtime with `num_cpus` (default: all
    cores). Returns the CPUs available, which is the actor pool size."""
    import ray

    os.environ.setdefault("RAY_AUTH_MODE", "disabled")
    os.environ.setdefault("RAY_DATA_LOG_LEVEL", "WARNING")  # no per-run INFO lines on stderr
    if not ray.is_initialized():
        try:
            if address:
                ray.init(address=address, logging_level=logging.WARNING, log_to_driver=False)
            else:
                ray.init(num_cpus=num_cpus or os.cpu_count() or 1, include_dashboard=False,
                         logging_level=logging.WARNING, log_to_driver=False)
        except (ConnectionError, RuntimeError, ValueError) as exc:
            where = f"the Ray cluster at {address}" if address else "a local Ray runtime"
            raise EventwireError(f"cannot start or join {where}: {exc}; check --address (the "
                                 "head node's host:port, see `ray status`)") from None
    cpus = int(ray.cluster_resources().get("CPU", 1))
    return max(1, min(cpus, num_cpus) if num_cpus and address else cpus)


def build_dataset(units: list[dict], published: str | None = None, workers: int = 1,
                  contract: bool = False, progress: bool = False,
                  pipeline_factory: Callable[[], Any] | None = None,
                  max_restarts: int = MAX_RESTARTS, max_task_retries: int = MAX_TASK_RETRIES):
    """The lazy dataset of output rows (schema `_OUT_SCHEMA`), in input order."""
    import ray

    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True  # the store sees articles in input order
    ctx.enable_progress_bars = progress
    table = pa.Table.from_pylist(units, schema=_UNIT_SCHEMA)
    step = -(-len(units) // max(1, min(len(units), workers * 4)))
    # Blocks made here, not by repartition(): its tasks want a whole CPU, which the actors hold.
    ds = ray.data.from_arrow([table.slice(i, step) for i in range(0, len(units), step)])
    # Reading takes little CPU; a fraction keeps read tasks schedulable while actors hold cores.
    ds = ds.map_batches(_read_units, batch_format="pyarrow", batch_size=None,
                        fn_kwargs={"published": published}, num_cpus=0.25)
    with warnings.catch_warnings():
        # Ray 2.60 has no named parameter for actor restarts yet; ray_remote_args still works.
        warnings.simplefilter("ignore", DeprecationWarning)
        return ds.map_batches(
            _Extractor, batch_format="pyarrow", batch_size=ROWS_PER_BATCH,
            compute=ray.data.ActorPoolStrategy(size=workers),
            fn_constructor_kwargs={"contract": contract, "pipeline_factory": pipeline_factory},
            num_cpus=0.75, max_restarts=max_restarts, max_task_retries=max_task_retries)


def _iter_rows(ds, run: RayRun) -> Iterator[dict]:
    try:
        for batch in ds.iter_batches(batch_size=256, batch_format="pyarrow"):
            for row in batch.to_pylist():
                _note_worker(row, run)
                yield row
    except Exception as exc:  # Ray wraps worker failures in its own exception types
        if isinstance(exc, EventwireError):
            raise
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise EventwireError(f"the Ray run failed after retries: {first}; see the worker logs "
                             "(`ray logs`) and retry, or run with the local engine") from exc


def _note_worker(row: dict, run: RayRun) -> None:
    pid = row.get("worker")
    if pid is None:
        return
    run.worker_ids.add(pid)
    run.worker_peak_mb[pid] = max(run.worker_peak_mb.get(pid, 0.0), row["worker_peak_mb"] or 0.0)
    run.worker_init_s[pid] = row["worker_init_s"] or 0.0
    run.worker_cpu_s[pid] = max(run.worker_cpu_s.get(pid, 0.0), row.get("worker_cpu_s") or 0.0)
    if row.get("worker_restarted"):
        run.restarted_workers.add(pid)


# --- step 4: the public entry points ----------------------------------------------------------------

def extract_with_ray(inputs: Sequence[str | os.PathLike] = (), published: str | None = None,
                     address: str | None = None, num_cpus: int | None = None,
                     out: str | os.PathLike | None = None, articles: Iterable[Article] = (),
                     progress: bool = False, **options: Any) -> RayRun:
    """Extract every article of `inputs` (and `articles`) on Ray. Without `out`, the
    Extractions come back in input order in `RayRun.extractions`; with `out=DIR` they are
    written as Parquet shards there (see `SHARD_COLUMNS`; `extraction` is the contract JSON)."""
    start = time.perf_counter()
    run = RayRun(workers=connect(address, num_cpus))
    units = plan_units(inputs, articles)
    if not units:
        return run
    ds = build_dataset(units, published, run.workers, contract=out is not None,
                       progress=progress, **options)
    if out is not None:
        return _write_shards(ds, _empty_folder(Path(out)), run, start)
    for row in _iter_rows(ds, run):
        if row["kind"] == "bad":
            run.bad.append(BadInput(row["origin"], row["reason"]))
            continue
        x = extraction_from_dict(json.loads(row["record"]))
        run.extractions.append(x)
        run.articles += 1
        run.events += len(x.events)
    run.seconds = time.perf_counter() - start
    return run


def ingest_with_ray(inputs: Sequence[str | os.PathLike], store, published: str | None = None,
                    address: str | None = None, num_cpus: int | None = None, batch: int = 64,
                    progress: bool = False, **options: Any) -> RayRun:
    """`eventwire ingest` on Ray: extraction on the workers; the driver adds to `store` per
    `batch` articles (one transaction each, as locally), quarantines bad input, then runs
    `store.dedup()` over the whole store. Counts as the local ingest: added, skipped, events,
    quarantined, clusters."""
    start = time.perf_counter()
    run = RayRun(workers=connect(address, num_cpus))
    units = plan_units(inputs)
    rows = _iter_rows(build_dataset(units, published, run.workers, progress=progress, **options),
                      run) if units else iter(())
    _store_rows(rows, store, batch, run)
    store.dedup()
    run.counts["clusters"] = store.stats()["events"]
    run.seconds = time.perf_counter() - start
    return run


def load_shards(directory: str | os.PathLike, store, batch: int = 64) -> RayRun:
    """Bring shards written by `extract_with_ray(out=DIR)` into `store` (as `ingest` would have
    stored them, in input order), then de-duplicate. No Ray needed."""
    start = time.perf_counter()
    run = RayRun()
    folder = Path(directory)
    files = sorted(folder.glob("*.parquet")) if folder.is_dir() else []
    if not files:
        raise UsageError(f"{folder}: no .parquet shards here; write them with "
                         "`eventwire extract --engine ray --out DIR`")
    _store_rows(_shard_rows(files), store, batch, run)
    store.dedup()
    run.counts["clusters"] = store.stats()["events"]
    run.seconds = time.perf_counter() - start
    return run


def _shard_rows(files: list[Path]) -> Iterator[dict]:
    """Rows of every shard in input order: each shard holds one ordered run of rows, so shards
    sorted by their first (unit, item) and rows sorted within each give the input order."""
    firsts = []
    for f in files:
        keys = pq.read_table(f, columns=["unit", "item"])
        if keys.num_rows:
            firsts.append((min(zip(keys["unit"].to_pylist(), keys["item"].to_pylist())), f))
    for _first, f in sorted(firsts):
        table = pq.read_table(f, columns=list(SHARD_COLUMNS))
        yield from table.sort_by([("unit", "ascending"), ("item", "ascending")]).to_pylist()


def _store_rows(rows: Iterable[dict], store, batch: int, run: RayRun) -> None:
    counts = {"added": 0, "skipped": 0, "events": 0}
    chunk: list[Extraction] = []

    def flush() -> None:
        result = store.add(chunk)
        counts["added"] += result.added
        counts["skipped"] += result.skipped
        counts["events"] += result.events
        chunk.clear()

    for row in rows:
        if row["kind"] == "bad":
            run.bad.append(BadInput(row["origin"], row["reason"]))
            store.quarantine(row["origin"], row["reason"])
            continue
        x = extraction_from_dict(json.loads(row["record"]))
        run.articles += 1
        run.events += len(x.events)
        chunk.append(x)
        if len(chunk) >= batch:
            flush()
    if chunk:
        flush()
    run.counts |= counts | {"quarantined": len(run.bad)}


def _empty_folder(out: Path) -> Path:
    """`out`, created; shards of an earlier run there would mix with this run's."""
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {out}: a file is in the way; give a folder")
    if out.is_dir() and any(out.glob("*.parquet")):
        raise UsageError(f"--out {out} already holds .parquet shards; give a new folder")
    out.mkdir(parents=True, exist_ok=True)
    return out


def _write_shards(ds, out: Path, run: RayRun, start: float) -> RayRun:
    ds.select_columns([*SHARD_COLUMNS, *WORKER_COLUMNS]).write_parquet(str(out))
    for f in sorted(out.glob("*.parquet")):
        columns = ["kind", "origin", "reason", *WORKER_COLUMNS]
        for row in pq.read_table(f, columns=columns).to_pylist():
            _note_worker(row, run)
            if row["kind"] == "bad":
                run.bad.append(BadInput(row["origin"], row["reason"]))
            else:
                run.articles += 1
    run.shards = out
    run.seconds = time.perf_counter() - start
    return run


# --- bench: Ray vs the local engine on the same corpus ------------------------------------------

@dataclass
class RayBench:
    articles: int
    words: int
    workers: int
    local_seconds: float  # one process, warmed-up Pipeline
    ray_seconds: float  # end to end: dataset, actor start-up (model loads), results on the driver
    worker_init_seconds: float  # the slowest actor's Pipeline() build, inside ray_seconds
    worker_peak_mb: dict[str, float]
    local_cpu_seconds: float = 0.0
    ray_cpu_seconds: float = 0.0  # summed over workers, batches only

    def to_dict(self) -> dict:
        steady = max(self.ray_seconds - self.worker_init_seconds, 1e-9)
        return {"articles": self.articles, "words": self.words, "workers": self.workers,
                "local_seconds": round(self.local_seconds, 2),
                "ray_seconds": round(self.ray_seconds, 2),
                "worker_init_seconds": round(self.worker_init_seconds, 2),
                "local_words_per_s": round(self.words / self.local_seconds),
                "ray_words_per_s": round(self.words / self.ray_seconds),
                "ray_words_per_s_after_init": round(self.words / steady),
                "speedup": round(self.local_seconds / self.ray_seconds, 2),
                "local_cpu_seconds": round(self.local_cpu_seconds, 2),
                "ray_cpu_seconds": round(self.ray_cpu_seconds, 2),
                "worker_peak_mb": self.worker_peak_mb,
                "max_worker_peak_mb": max(self.worker_peak_mb.values(), default=0.0)}


def bench_ray(corpus: Sequence[str] | None = None, num_cpus: int | None = None,
              address: str | None = None) -> RayBench:
    """Throughput of the Ray engine against the local engine on the same articles (default: the
    bench corpus, sample plus GeoWebNews texts), and each worker's peak RSS."""
    from .bench import default_corpus
    from .pipeline import Pipeline

    articles = [a for a in ingest.iter_inputs(corpus) if isinstance(a, Article)] if corpus \
        else default_corpus()
    if not articles:
        raise UsageError("nothing to benchmark: give a corpus (files or folders), or run from the "
                         "repository root where examples/ is")
    pipeline = Pipeline()
    list(pipeline.extract_many(articles[:5]))  # warm-up, as `eventwire bench` does
    start, cpu_start = time.perf_counter(), time.process_time()
    for _x in pipeline.extract_many(articles):
        pass
    local_seconds = time.perf_counter() - start
    local_cpu = time.process_time() - cpu_start
    workers = connect(address, num_cpus)
    start = time.perf_counter()
    run = extract_with_ray(articles=articles, address=address, num_cpus=num_cpus)
    ray_seconds = time.perf_counter() - start
    return RayBench(len(articles), sum(len(a.text.split()) for a in articles), workers,
                    local_seconds, ray_seconds, max(run.worker_init_s.values(), default=0.0),
                    dict(run.worker_peak_mb), local_cpu, sum(run.worker_cpu_s.values()))


def render_bench(result: RayBench, console) -> None:
    """The `eventwire bench --engine ray` table (console: a rich Console)."""
    from rich.table import Table

    figures = result.to_dict()
    table = Table(title=f"{result.articles} articles, {result.words:,} words, "
                        f"{result.workers} Ray worker(s)", title_justify="left")
    for column in ("", "seconds", "words/s"):
        table.add_column(column, justify="right")
    table.add_row("local engine (1 process)", f"{figures['local_seconds']:.2f}",
                  f"{figures['local_words_per_s']:,}")
    table.add_row("ray engine (end to end)", f"{figures['ray_seconds']:.2f}",
                  f"{figures['ray_words_per_s']:,}")
    table.add_row("  of which worker start-up", f"{figures['worker_init_seconds']:.2f}", "")
    console.print(table)
    console.print(f"speed-up: [bold]{figures['speedup']:.2f}x[/]   peak RSS per worker: "
                  f"[bold]{figures['max_worker_peak_mb']:.0f} MB[/]")
