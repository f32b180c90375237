"""`eventwire bench`: extraction throughput against bare spaCy `nlp.pipe` on the same texts.

Bare spaCy is the model's pipeline as its package ships it (`spacy.load`); eventwire parses with
the same model and batch size, its pipeline changed in two ways (line breaks end sentences; the
attribute ruler and lemmatizer are applied from tables, with the same annotations). Both sides
are warmed up first (model, gazetteer and lexicons loaded) so that the figures compare
steady-state work. The ratio is eventwire's throughput over bare spaCy's: 1.0 means our stages
cost nothing on top of it.
"""
from __future__ import annotations

import json
import resource
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table

from .errors import UsageError
from .ingest import iter_inputs
from .model import Article
from .nlp import load_stock_nlp
from .pipeline import Pipeline
from .store import open_store

DEFAULT_SAMPLE = Path("examples/articles")
DEFAULT_GWN = Path("../shared/data/gwn.jsonl")


@dataclass
class BenchResult:
    articles: int
    words: int
    repeat: int
    spacy_seconds: float
    eventwire_seconds: float
    ingest_seconds: float  # extract + store writes (DuckDB, batches of 64) + de-duplication
    peak_rss_mb: float

    @property
    def ratio(self) -> float:
        return self.spacy_seconds / self.eventwire_seconds if self.eventwire_seconds else 0.0

    @property
    def ingest_ratio(self) -> float:
        return self.spacy_seconds / self.ingest_seconds if self.ingest_seconds else 0.0

    def rate(self, seconds: float) -> tuple[float, float]:
        n = self.repeat
        return self.articles * n / seconds, self.words * n / seconds

    def to_dict(self) -> dict:
        data = asdict(self)
        data["ratio"] = round(self.ratio, 3)
        data["ingest_ratio"] = round(self.ingest_ratio, 3)
        for side in ("spacy", "eventwire", "ingest"):
            articles, words = self.rate(data[f"{side}_seconds"])
            data[f"{side}_articles_per_s"] = round(articles, 1)
            data[f"{side}_words_per_s"] = round(words)
        return data


def default_corpus() -> list[Article]:
    articles = [a for a in iter_inputs([DEFAULT_SAMPLE]) if isinstance(a, Article)] \
        if DEFAULT_SAMPLE.exists() else []
    if DEFAULT_GWN.exists():
        for line in DEFAULT_GWN.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            articles.append(Article(id=f"gwn-{record['id']}", text=record["text"]))
    return articles


def run_bench(inputs: list[str] | None = None, repeat: int = 1,
              pipeline: Pipeline | None = None) -> BenchResult:
    articles = [a for a in iter_inputs(inputs) if isinstance(a, Article)] if inputs \
        else default_corpus()
    if not articles:
        raise UsageError("nothing to benchmark: give a corpus (files or folders), or run from the "
                         "repository root where examples/ is")
    pipeline = pipeline or Pipeline()
    texts = [a.text for a in articles]
    list(pipeline.extract_many(articles[:5]))  # warm-up: lazy data loads happen here
    list(load_stock_nlp().pipe(texts[:5]))
    spacy_seconds = eventwire_seconds = ingest_seconds = 0.0
    for _ in range(repeat):
        spent = _time_interleaved(pipeline, articles)
        spacy_seconds += spent[0]
        eventwire_seconds += spent[1]
        ingest_seconds += spent[2]
    words = sum(len(t.split()) for t in texts)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return BenchResult(len(articles), words, repeat, spacy_seconds, eventwire_seconds,
                       ingest_seconds, round(peak, 1))


SLICE = 64  # articles per slice; also what `eventwire ingest` stores per transaction


def _time_interleaved(pipeline: Pipeline, articles: list[Article]) -> tuple[float, float, float]:
    """Seconds of bare spaCy, extraction and ingest (extraction + DuckDB writes + de-duplication,
    as `eventwire ingest` does) over the corpus, the three sides timed slice by slice in turn:
    a machine whose speed drifts during a run (a shared one does, by 20% and more) then slows all
    three alike, and the ratios stay fair. The side that goes first alternates per slice."""
    spent = [0.0, 0.0, 0.0]
    sides = (_time_spacy, _time_extract)  # spent[0], spent[1]; ingest is spent[2]
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        with open_store(Path(folder) / "bench.duckdb") as store:
            spent[2] += time.perf_counter() - start
            for n, i in enumerate(range(0, len(articles), SLICE)):
                chunk = articles[i:i + SLICE]
                for k in ((0, 1) if n % 2 == 0 else (1, 0)):
                    spent[k] += sides[k](pipeline, chunk)
                start = time.perf_counter()
                store.add(list(pipeline.extract_many(chunk)))
                spent[2] += time.perf_counter() - start
            start = time.perf_counter()
            store.dedup()
        spent[2] += time.perf_counter() - start
    return spent[0], spent[1], spent[2]


def _time_spacy(pipeline: Pipeline, articles: list[Article]) -> float:
    nlp = load_stock_nlp()
    start = time.perf_counter()
    for _doc in nlp.pipe((a.text for a in articles), batch_size=pipeline.batch_size):
        pass
    return time.perf_counter() - start


def _time_extract(pipeline: Pipeline, articles: list[Article]) -> float:
    start = time.perf_counter()
    for _extraction in pipeline.extract_many(articles):
        pass
    return time.perf_counter() - start


def render(result: BenchResult, console: Console) -> None:
    figures = result.to_dict()
    table = Table(title=f"{result.articles} articles, {result.words:,} words, x{result.repeat}",
                  title_justify="left")
    for column in ("", "seconds", "articles/s", "words/s"):
        table.add_column(column, justify="right")
    for side, label in (("spacy", "bare spaCy nlp.pipe"), ("eventwire", "eventwire extract"),
                        ("ingest", "eventwire ingest (DuckDB)")):
        table.add_row(label, f"{figures[side + '_seconds']:.2f}",
                      f"{figures[side + '_articles_per_s']:.1f}", f"{figures[side + '_words_per_s']:,}")
    console.print(table)
    console.print(f"ratio to bare spaCy throughput: extract [bold]{result.ratio:.2f}[/], ingest "
                  f"[bold]{result.ingest_ratio:.2f}[/]   peak RSS: [bold]{result.peak_rss_mb:.0f} MB[/]")
