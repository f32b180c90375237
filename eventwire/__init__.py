"""eventwire: conflict and political news reports -> a geolocated, time-resolved event dataset.

    >>> import eventwire
    >>> x = eventwire.extract(text, title="...", published="2016-12-06")
    >>> [e.type.plover for e in x.events]

`extract` runs the whole pipeline on one text; `Pipeline` batches many articles over
`nlp.pipe`. Every result is a typed record from `eventwire.model` with `to_dict()` in the
output contract (`eventwire/data/extraction.schema.json`).
"""
from __future__ import annotations

from datetime import date
from functools import lru_cache

from .model import Article, Extraction
from .pipeline import Pipeline

__all__ = ["extract", "make_article", "Pipeline", "Article", "Extraction"]
__version__ = "0.1.0"


def make_article(text: str, title: str | None = None, published: str | date | None = None,
                 outlet: str | None = None, url: str | None = None, id: str | None = None) -> Article:
    """An Article from raw text, cleaned as ingest cleans files (repeated lines dropped)."""
    from .ingest import clean_body, content_id, normalise_published
    body = clean_body(text)
    iso, note = normalise_published(published.isoformat() if isinstance(published, date) else published)
    return Article(id=id or content_id(title, body), text=body, title=title, published=iso,
                   outlet=outlet, url=url, notes=(note,) if note else ())


@lru_cache(maxsize=1)
def _default_pipeline() -> Pipeline:
    return Pipeline()


def extract(text: str, title: str | None = None, published: str | date | None = None,
            outlet: str | None = None, url: str | None = None, id: str | None = None) -> Extraction:
    """Extract one article. `published` anchors relative dates ("last week")."""
    article = make_article(text, title=title, published=published, outlet=outlet, url=url, id=id)
    return _default_pipeline().extract(article)
