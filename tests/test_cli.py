"""The CLI over real files: contract output, bad input, exit codes, help for every command."""
import json

from typer.testing import CliRunner

from conftest import EXAMPLES, SIRTE
from eventwire.cli import app

runner = CliRunner()


def test_every_command_has_help():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    commands = [c.name or c.callback.__name__ for c in app.registered_commands]
    assert {"extract", "ingest", "events", "eval", "bench"} <= set(commands)
    for command in commands:
        sub = runner.invoke(app, [command, "--help"])
        assert sub.exit_code == 0, command
        assert len(sub.output.strip().splitlines()) > 3, command


def test_extract_jsonl_prints_one_contract_record(tmp_path):
    result = runner.invoke(app, ["extract", str(SIRTE), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [l for l in result.stdout.splitlines() if l.strip()]
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["article"]["published"] == "2016-12-06"
    assert record["events"]


def test_extract_reads_stdin_with_published_flag():
    result = runner.invoke(app, ["extract", "-", "--published", "2024-03-12"],
                           input="Police arrested 15 opposition activists in Karachi on Monday.\n")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout.splitlines()[0])
    assert record["article"]["published"] == "2024-03-12"


def test_bad_items_are_reported_and_the_batch_goes_on(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "bad.jsonl").write_text('{"text": "Troops clashed with rebels."}\n{nope\n')
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 0
    assert "empty.txt" in result.stderr and "bad.jsonl:2" in result.stderr
    assert len([l for l in result.stdout.splitlines() if l.strip()]) == 1
    assert "Traceback" not in result.output


def test_all_items_failing_exits_2(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    result = runner.invoke(app, ["extract", str(tmp_path / "empty.txt")])
    assert result.exit_code == 2
    assert "empty.txt" in result.stderr


def test_bad_flag_value_is_one_line_and_exit_1():
    result = runner.invoke(app, ["extract", str(SIRTE), "--published", "yesterday-ish"])
    assert result.exit_code == 1
    assert "YYYY-MM-DD" in result.stderr


def test_ingest_twice_stores_each_article_once(tmp_path):
    db = tmp_path / "ew.duckdb"
    first = runner.invoke(app, ["ingest", str(EXAMPLES / "articles"), "--db", str(db)])
    assert first.exit_code == 0, first.output
    second = runner.invoke(app, ["ingest", str(EXAMPLES / "articles"), "--db", str(db)])
    assert second.exit_code == 0, second.output
    assert "ingested 0 article(s)" in second.stderr
    listed = runner.invoke(app, ["events", "--db", str(db), "--format", "jsonl"])
    rows = [json.loads(l) for l in listed.stdout.splitlines() if l.strip()]
    assert rows and all(r["reports"] for r in rows)
    table = runner.invoke(app, ["events", "--db", str(db)])
    assert table.exit_code == 0 and "event(s)" in table.stdout


def test_events_export_formats_and_control(tmp_path):
    db = tmp_path / "sirte.duckdb"
    assert runner.invoke(app, ["ingest", str(SIRTE), "--db", str(db)]).exit_code == 0
    parquet = tmp_path / "events.parquet"
    result = runner.invoke(app, ["events", "--db", str(db), "--format", "parquet", "-o", str(parquet)])
    assert result.exit_code == 0, result.output
    import pyarrow.parquet as pq
    assert pq.read_table(parquet).num_rows > 0
    geo = runner.invoke(app, ["events", "--db", str(db), "--format", "geojson"])
    assert json.loads(geo.stdout)["type"] == "FeatureCollection"
    bad = runner.invoke(app, ["events", "--db", str(db), "--format", "xml"])
    assert bad.exit_code == 1 and "xml" in bad.stderr
    held = runner.invoke(app, ["control", "Sirte", "--db", str(db), "--json"])
    assert held.exit_code == 0, held.output
    holders = [json.loads(line)["holder"] for line in held.stdout.splitlines()]
    assert holders[:1] == ["Islamic State"] and len(holders) >= 2


def test_two_reports_of_the_mogadishu_bombing_become_one_event(tmp_path):
    db = tmp_path / "mog.duckdb"
    pair = [str(EXAMPLES / "articles" / f) for f in
            ("05_mogadishu_car_bomb.txt", "06_mogadishu_toll_rises.txt")]
    assert runner.invoke(app, ["ingest", *pair, "--db", str(db)]).exit_code == 0
    listed = runner.invoke(app, ["events", "--db", str(db), "--format", "jsonl", "--type", "ASSAULT"])
    bombs = [r for r in map(json.loads, listed.stdout.splitlines())
             if r["type"]["acled_sub_event_type"] == "Suicide bomb"]
    assert len(bombs) == 1
    bomb = bombs[0]
    assert {r["outlet"] for r in bomb["reports"]} == {"Horn Dispatch", "Benadir Post"}
    assert (bomb["fatalities"]["low"], bomb["fatalities"]["high"], bomb["fatalities"]["acled"]) == (18, 22, 22)
