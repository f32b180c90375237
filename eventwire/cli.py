"""`eventwire` command line: thin commands over the library; errors become one line + exit code."""
from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, \
    TimeElapsedColumn
from rich.table import Table

from .errors import BadInput, EventwireError

app = typer.Typer(
    help="eventwire: news reports in, a geolocated, dated, de-duplicated event dataset out, "
         "with evidence for every field.",
    no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
err = Console(stderr=True)
# Piped output (files, `| less`) gets wide tables instead of the 80-column fallback.
out = Console() if sys.stdout.isatty() else Console(width=180)

ALL_FAILED = 2

InputsArg = Annotated[list[str], typer.Argument(
    help="Files (.txt .html .htm .jsonl .csv), folders (read recursively) or '-' for stdin.")]
PublishedOpt = Annotated[Optional[str], typer.Option(
    "--published", help="Reference date (YYYY-MM-DD) for articles that give none.")]
DbOpt = Annotated[Optional[str], typer.Option(
    "--db", help="Store: a DuckDB file (default ./eventwire.duckdb) or a postgresql:// URL.")]

EngineOpt = Annotated[str, typer.Option(
    "--engine", help="local (this process) or ray (Ray workers; pip install 'eventwire[ray]').")]
AddressOpt = Annotated[Optional[str], typer.Option(
    "--address", help="With --engine ray: the Ray cluster to join (head host:port, or 'auto'); "
                      "default: a local Ray runtime.")]
NumCpusOpt = Annotated[Optional[int], typer.Option(
    "--num-cpus", help="With --engine ray: workers (default: every core of the runtime).")]


def main() -> None:
    app()


def _fail(message: str, code: int = 1) -> typer.Exit:
    err.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


def _published(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise _fail(f"--published {value!r} is not a date; use YYYY-MM-DD") from None


class _Reader:
    """Reads inputs, reports bad items one line each (and to the store's quarantine), counts."""

    def __init__(self, inputs: list[str], published: str | None, store=None):
        self.inputs, self.published, self.store = inputs, published, store
        self.good = self.bad = 0

    def articles(self):
        from .ingest import iter_inputs
        for item in iter_inputs(self.inputs, stdin=sys.stdin):
            if isinstance(item, BadInput):
                self.bad += 1
                _report_bad([item])
                if self.store is not None:
                    self.store.quarantine(item.origin, item.reason)
                continue
            self.good += 1
            if item.published is None and self.published:
                item = replace(item, published=self.published)
            yield item

    def exit_code(self) -> int:
        return ALL_FAILED if self.bad and not self.good else 0


def _ray_engine(engine: str):
    """The ray_engine module for --engine ray, None for local; a clear error otherwise."""
    if engine == "local":
        return None
    if engine != "ray":
        raise _fail(f"--engine {engine!r} is not one of local, ray")
    import importlib.util
    if importlib.util.find_spec("ray") is None:
        raise _fail("--engine ray needs Ray; run `pip install 'eventwire[ray]'`")
    from . import ray_engine
    return ray_engine


def _report_bad(bad) -> None:
    for item in bad:
        err.print(f"[yellow]skipped[/] {item.origin}: {item.reason}", highlight=False,
                  soft_wrap=True)


def _progress() -> Progress:
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                    MofNCompleteColumn(), TimeElapsedColumn(), console=err, transient=True)


@app.command()
def extract(
    inputs: InputsArg,
    fmt: Annotated[str, typer.Option("--format", "-f",
                                     help="jsonl (one contract record per line), json or table.")] = "jsonl",
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write here, not stdout.")] = None,
    published: PublishedOpt = None,
    engine: EngineOpt = "local", address: AddressOpt = None, num_cpus: NumCpusOpt = None,
    out_dir: Annotated[Optional[Path], typer.Option(
        "--out", help="With --engine ray: write Parquet shards to this folder (one row per "
                      "article, its contract record as JSON); store them with `eventwire load`.")] = None,
) -> None:
    """Extract events, actors, places, times, quotes, quantities and claims; print one record per
    article (stateless: nothing is stored)."""
    if fmt not in ("jsonl", "json", "table"):
        raise _fail(f"--format {fmt!r} is not one of jsonl, json, table")
    ray_engine = _ray_engine(engine)
    if ray_engine is None and out_dir is not None:
        raise _fail("--out writes shards from --engine ray; use -o/--output with the local engine")
    if ray_engine is not None:
        try:
            run = ray_engine.extract_with_ray(inputs, _published(published), address, num_cpus,
                                              out=out_dir)
        except EventwireError as exc:
            raise _fail(str(exc)) from None
        _report_bad(run.bad)
        if out_dir is None:
            _write_extractions(run.extractions, fmt, output)
        else:
            err.print(f"wrote {run.articles} article(s) to {out_dir}; {run.quarantined} "
                      f"skipped; store them with `eventwire load {out_dir}`", highlight=False)
        raise typer.Exit(ALL_FAILED if run.bad and not run.articles else 0)
    from .pipeline import Pipeline
    reader = _Reader(inputs, _published(published))
    try:
        pipeline = Pipeline()
        records = list(_with_progress(pipeline.extract_many(reader.articles()), "Extracting"))
    except EventwireError as exc:
        raise _fail(str(exc)) from None
    _write_extractions(records, fmt, output)
    raise typer.Exit(reader.exit_code())


def _with_progress(items: Iterator, label: str) -> Iterator:
    with _progress() as progress:
        task = progress.add_task(label, total=None)
        for item in items:
            progress.advance(task)
            yield item


def _write_extractions(records, fmt: str, output: Path | None) -> None:
    if fmt == "table":
        for record in records:
            out.print(_events_table(record.article.title or record.article.id,
                                    [e.to_dict() for e in record.events]))
        return
    if fmt == "json":
        text = json.dumps([r.to_dict() for r in records], ensure_ascii=False, indent=2) + "\n"
    else:
        text = "".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in records)
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


def _events_table(title: str, events: list[dict]) -> Table:
    table = Table(title=title, title_justify="left", show_lines=False)
    for column in ("date", "type", "sub-event", "mode", "actor1", "actor2", "place", "deaths"):
        table.add_column(column, overflow="fold")
    for e in events:
        fat = e.get("fatalities") or {}
        low, high = fat.get("low"), fat.get("high")
        deaths = "" if not fat else f"{low if low is not None else '?'}–{high if high is not None else '?'}"
        place = e.get("place") or {}
        when = e["date"]
        table.add_row(
            f"{when['start'] or '?'}{'' if when['precision'] == 'day' else ' ~' + when['precision']}",
            e["type"]["plover"], e["type"].get("acled_sub_event_type") or "", e["mode"],
            (e.get("actor1") or {}).get("name", ""), (e.get("actor2") or {}).get("name", ""),
            f"{place.get('name', '')} {place.get('country') or ''}".strip(), deaths)
    return table


@app.command()
def ingest(inputs: InputsArg, db: DbOpt = None, published: PublishedOpt = None,
           batch: Annotated[int, typer.Option(help="Articles per transaction.")] = 64,
           engine: EngineOpt = "local", address: AddressOpt = None,
           num_cpus: NumCpusOpt = None) -> None:
    """Extract and store (idempotent: an article already stored is skipped), then de-duplicate
    events across articles. Prints a summary."""
    from .pipeline import Pipeline
    from .store import open_store
    ray_engine = _ray_engine(engine)
    if ray_engine is not None:
        try:
            with open_store(db) as store:
                run_id = store.start_run()
                run = ray_engine.ingest_with_ray(inputs, store, _published(published), address,
                                                 num_cpus, batch=batch)
                store.finish_run(run_id, run.counts | {"worker_restarts": run.restarted})
        except EventwireError as exc:
            raise _fail(str(exc)) from None
        _report_bad(run.bad)
        _ingest_summary(run.counts)
        raise typer.Exit(ALL_FAILED if run.bad and not run.articles else 0)
    try:
        with open_store(db) as store:
            run_id = store.start_run()
            reader = _Reader(inputs, _published(published), store)
            counts = _ingest(store, Pipeline(), reader, batch)
            counts["quarantined"] = reader.bad
            store.dedup()
            counts["clusters"] = store.stats()["events"]
            store.finish_run(run_id, counts)
    except EventwireError as exc:
        raise _fail(str(exc)) from None
    _ingest_summary(counts)
    raise typer.Exit(reader.exit_code())


def _ingest_summary(counts: dict[str, int]) -> None:
    err.print(f"ingested {counts['added']} article(s), skipped {counts['skipped']} already stored, "
              f"{counts['events']} new article event(s); the store holds {counts['clusters']} "
              f"event(s) after de-duplication; {counts['quarantined']} quarantined", highlight=False)


@app.command()
def load(
    shards: Annotated[Path, typer.Argument(
        help="Folder of Parquet shards written by `eventwire extract --engine ray --out DIR`.")],
    db: DbOpt = None,
    batch: Annotated[int, typer.Option(help="Articles per transaction.")] = 64,
) -> None:
    """Store the extractions of Parquet shards (idempotent, as ingest), then de-duplicate."""
    from .ray_engine import load_shards
    from .store import open_store
    try:
        with open_store(db) as store:
            run_id = store.start_run()
            run = load_shards(shards, store, batch)
            store.finish_run(run_id, run.counts)
    except EventwireError as exc:
        raise _fail(str(exc)) from None
    _ingest_summary(run.counts)


def _ingest(store, pipeline, reader: _Reader, batch: int) -> dict[str, int]:
    """Extract and store batch by batch; each batch is one transaction, so an interrupted run
    leaves whole articles only and the next run resumes where it stopped."""
    counts = {"added": 0, "skipped": 0, "events": 0}
    with _progress() as progress:
        task = progress.add_task("Ingesting", total=None)
        for chunk in _chunks(reader.articles(), batch):
            stored = store.stored(chunk)
            fresh = [a for a in chunk if a.id not in stored]
            result = store.add(list(pipeline.extract_many(fresh)))
            counts["added"] += result.added
            counts["skipped"] += len(chunk) - len(fresh) + result.skipped
            counts["events"] += result.events
            progress.advance(task, len(chunk))
    return counts


def _chunks(items, size: int):
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


@app.command()
def events(
    db: DbOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, jsonl, csv, acled-csv, parquet or geojson.")] = "table",
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write here, not stdout.")] = None,
    since: Annotated[Optional[str], typer.Option(help="Only events ending on or after this date.")] = None,
    until: Annotated[Optional[str], typer.Option(help="Only events starting on or before this date.")] = None,
    country: Annotated[Optional[str], typer.Option(help="ISO 3166-1 alpha-2 country of the place.")] = None,
    type_: Annotated[Optional[str], typer.Option("--type", help="PLOVER type, e.g. ASSAULT.")] = None,
) -> None:
    """The de-duplicated events in the store, one row per real-world event."""
    from .store import open_store
    try:
        with open_store(db) as store:
            rows = store.events(since=since, until=until, country=country, type=type_)
    except EventwireError as exc:
        raise _fail(str(exc)) from None
    if fmt == "table":
        out.print(_events_table(f"{len(rows)} event(s)", rows))
        return
    from .export import write_events
    try:
        left_out = write_events(rows, fmt, output or sys.stdout.buffer)
    except EventwireError as exc:
        raise _fail(str(exc)) from None
    if left_out:
        err.print(f"{left_out} event(s) without coordinates left out of the GeoJSON", highlight=False)


@app.command()
def control(
    place: Annotated[str, typer.Argument(help="A place name (e.g. Sirte) or a GeoNames id.")],
    db: DbOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print periods as JSON lines.")] = False,
) -> None:
    """Who held PLACE over time, from territory events (regains / overtakes / withdraws), with
    the evidence for each period."""
    from .control import control_timeline
    from .store import open_store
    try:
        with open_store(db) as store:
            periods = control_timeline(store.events(), place)
    except EventwireError as exc:
        raise _fail(str(exc)) from None
    if as_json:
        for p in periods:
            sys.stdout.write(json.dumps({
                "holder": p.holder, "start": str(p.start) if p.start else None,
                "end": str(p.end) if p.end else None, "event_id": p.event_id,
                "article_id": p.evidence.article_id, "evidence": p.evidence.text},
                ensure_ascii=False) + "\n")
        return
    table = Table(title=f"control of {place}", title_justify="left")
    for column in ("holder", "from", "until", "evidence"):
        table.add_column(column, overflow="fold")
    for p in periods:
        table.add_row(p.holder, str(p.start or "?"), str(p.end or "now"), p.evidence.text)
    out.print(table)


@app.command()
def serve(
    db: DbOpt = None,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """HTTP API and the web page (map, timeline, table, article view) over the store."""
    from .api import serve as run_server
    try:
        run_server(db, host, port)
    except EventwireError as exc:
        raise _fail(str(exc)) from None


@app.command(name="eval")
def eval_(
    gold: Annotated[list[Path], typer.Argument(help="Gold files: examples/gold.jsonl, PLOVER or GeoWebNews JSONL.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print metrics as JSON.")] = False,
) -> None:
    """Score extraction against gold files (format detected from their fields)."""
    from .evaluate import evaluate_file, render
    results = []
    try:
        for path in gold:
            results.append(evaluate_file(path))
    except EventwireError as exc:
        raise _fail(str(exc)) from None
    if as_json:
        sys.stdout.write(json.dumps([r.to_dict() for r in results], indent=2) + "\n")
    else:
        for result in results:
            render(result, out)


@app.command()
def bench(
    inputs: Annotated[Optional[list[str]], typer.Argument(
        help="Corpus to time (default: the bundled sample plus the GeoWebNews texts).")] = None,
    repeat: Annotated[int, typer.Option(help="Passes over the corpus for each side.")] = 1,
    as_json: Annotated[bool, typer.Option("--json", help="Print figures as JSON.")] = False,
    engine: EngineOpt = "local", address: AddressOpt = None, num_cpus: NumCpusOpt = None,
) -> None:
    """Throughput of extraction vs bare spaCy nlp.pipe (the model's pipeline as its package
    ships it) on the same texts, and peak RSS (--engine ray: the Ray engine vs the local engine,
    and peak RSS per worker)."""
    ray_engine = _ray_engine(engine)
    if ray_engine is not None:
        try:
            ray_result = ray_engine.bench_ray(inputs or None, num_cpus, address)
        except EventwireError as exc:
            raise _fail(str(exc)) from None
        if as_json:
            sys.stdout.write(json.dumps(ray_result.to_dict(), indent=2) + "\n")
        else:
            ray_engine.render_bench(ray_result, out)
        return
    from .bench import render, run_bench
    try:
        result = run_bench(inputs or None, repeat=repeat)
    except EventwireError as exc:
        raise _fail(str(exc)) from None
    if as_json:
        sys.stdout.write(json.dumps(result.to_dict(), indent=2) + "\n")
    else:
        render(result, out)


if __name__ == "__main__":  # pragma: no cover
    main()
