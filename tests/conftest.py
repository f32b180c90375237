"""Shared fixtures: the real pipeline and spaCy model (loaded once per session), the shared
folder, and small helpers the parse tests use."""
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
def nlp():
    from eventwire.nlp import load_nlp
    return load_nlp()


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


def word(doc, text: str):
    """The first token of `doc` spelt `text`."""
    return next(t for t in doc if t.text == text)


def trigger(phrase: str, pos: str):
    """The lexicon's trigger for a lemma phrase and part of speech."""
    from eventwire.triggers import load_lexicon
    return load_lexicon().triggers[f"{phrase}|{pos}"]
