"""`eventwire bench` measures real work on both sides; the figures are reported, not asserted
against a speed (it is a benchmark, not a timed test)."""
import json

from typer.testing import CliRunner

from conftest import EXAMPLES
from eventwire.bench import run_bench
from eventwire.cli import app

TWO = [str(EXAMPLES / "articles" / "05_mogadishu_car_bomb.txt"),
       str(EXAMPLES / "articles" / "06_mogadishu_toll_rises.txt")]


def test_bench_times_spacy_extract_and_ingest_on_the_same_texts(pipeline):
    result = run_bench(TWO, pipeline=pipeline)
    assert result.articles == 2 and result.words > 100
    assert result.spacy_seconds > 0 and result.eventwire_seconds > 0 and result.ingest_seconds > 0
    figures = result.to_dict()
    assert figures["ratio"] == round(result.spacy_seconds / result.eventwire_seconds, 3)
    assert figures["ingest_words_per_s"] > 0 and result.peak_rss_mb > 100


def test_bench_cli_prints_json_figures():
    out = CliRunner().invoke(app, ["bench", *TWO, "--json"])
    assert out.exit_code == 0, out.output
    figures = json.loads(out.stdout)
    assert {"ratio", "ingest_ratio", "peak_rss_mb", "spacy_words_per_s"} <= set(figures)


def test_bench_without_a_corpus_is_a_clear_error(tmp_path):
    out = CliRunner().invoke(app, ["bench", str(tmp_path / "missing.txt")])
    assert out.exit_code == 1 and "nothing to benchmark" in out.stderr
