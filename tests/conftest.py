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
