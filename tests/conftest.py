"""Shared fixtures: the real pipeline (loaded once per session) and the shared folder."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("EVENTWIRE_SHARED", REPO.parent / "shared"))
SIRTE = SHARED / "examples" / "sirte.txt"
SCHEMA = SHARED / "contract" / "extraction.schema.json"
EXAMPLES = REPO / "examples"


@pytest.fixture(scope="session")
def pipeline():
    from eventwire.pipeline import Pipeline
    return Pipeline()


@pytest.fixture(scope="session")
def sirte(pipeline):
    """The Sirte seed report, read as `eventwire extract` reads it, and its extraction."""
    from eventwire.ingest import iter_inputs
    (article,) = list(iter_inputs([SIRTE]))
    return pipeline.extract(article)


def heads_of(doc, lexicon):
    """Trigger head token index -> trigger, as the events stage builds it."""
    from eventwire.event_parse import head_token
    from eventwire.triggers import trigger_spans
    return {head_token(s, t).i: t for t, s in trigger_spans(doc)}
