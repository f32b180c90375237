"""End to end on the seed report: the output validates against the shared contract."""
import json

import jsonschema
import pytest

from conftest import SCHEMA
from eventwire import extract, make_article
from eventwire.model import Article


@pytest.fixture(scope="module")
def schema():
    return json.loads(SCHEMA.read_text())


def test_sirte_extraction_validates_against_the_contract(sirte, schema):
    record = sirte.to_dict()
    jsonschema.Draft202012Validator(schema).validate(record)


def test_packaged_schema_is_the_contract(schema):
    from importlib import resources
    packaged = json.loads(resources.files("eventwire").joinpath("data", "extraction.schema.json").read_text())
    assert packaged == schema


def test_every_span_in_the_output_matches_the_text(sirte):
    record = sirte.to_dict()
    text = record["article"]["text"]
    spans = [s for e in record["events"] for s in e["evidence"]]
    spans += [m for group in ("actors", "places") for item in record[group] for m in item["mentions"]]
    assert spans
    for span in spans:
        assert text[span["start"]:span["end"]] == span["text"]
    for item in record["quotes"] + record["quantities"]:
        assert 0 <= item["start"] < item["end"] <= len(text)


def test_sirte_article_fields(sirte):
    article = sirte.article
    assert article.published == "2016-12-06"
    caption = "The victory in Sirte follows a seven-month campaign against IS in the city"
    assert article.text.count(caption) == 1
    by_name = {p.name: p for p in sirte.places}
    assert by_name["Sirte"].country == "LY" and by_name["Tobruk"].country == "LY"


def test_library_extract_matches_the_batch_pipeline(pipeline):
    text = "Police arrested 15 opposition activists in Karachi on Monday, officials said."
    single = extract(text, published="2024-03-12")
    batch = next(pipeline.extract_many([make_article(text, published="2024-03-12")]))
    assert single.to_dict() == batch.to_dict()
    assert single.events


def test_a_failing_stage_is_reported_and_the_others_still_run(pipeline, monkeypatch):
    from eventwire import quotes

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(quotes, "find_quotes", broken)
    result = pipeline.extract(Article(id="x", text="Police arrested 15 activists in Karachi."))
    assert any("quotes stage failed" in e for e in result.errors)
    assert result.places
