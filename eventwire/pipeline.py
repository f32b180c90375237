"""The one place the stages meet: Article -> Extraction, batched over `nlp.pipe`.

Order matters: actors first (places, quotes and events read them), then places and times, then
quantities and quotes, then events (which read all of the above), then claims.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from . import actors, claims, events, places, quantities, quotes, temporal
from .gazetteer import Gazetteer, load_gazetteer
from .model import Article, Extraction
from .nlp import load_nlp


@dataclass
class Pipeline:
    """Holds the loaded model and gazetteer; reuse one instance for many articles."""
    nlp: Language | None = None
    gazetteer: Gazetteer | None = None
    batch_size: int = 32

    def __post_init__(self) -> None:
        self.nlp = self.nlp or load_nlp()
        self.gazetteer = self.gazetteer or load_gazetteer()

    def extract(self, article: Article) -> Extraction:
        return next(iter(self.extract_many([article])))

    def extract_many(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        pairs = ((article.text, article) for article in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=self.batch_size):
            yield self.extract_doc(doc, article)

    def extract_doc(self, doc: Doc, article: Article) -> Extraction:
        """Run every stage on a parsed article. A stage that fails is reported in `errors` and the
        others still run, so one odd article never costs the rest of the batch."""
        errors = list(article.notes)
        # spaCy keeps the text it parsed verbatim, and re-joining the tokens costs a stage's time
        doc.user_data.setdefault("text", article.text)

        def run(stage: str, call, default):
            try:
                return tuple(call())
            except Exception as exc:  # a bug in a stage must not drop the article
                errors.append(f"{stage} stage failed: {type(exc).__name__}: {exc}")
                return default

        published = article.published_date
        found_actors = run("actors", lambda: actors.find_actors(doc), ())
        found_places = run("places", lambda: places.find_places(doc, found_actors, self.gazetteer), ())
        home = actors.home_country(found_places)
        # "the police" are the police of where it happens
        if actors.rehome(found_actors, home, doc):
            found_actors = run("actors", lambda: actors.find_actors(doc, home), ())
        found_actors = tuple(actors.drop_toponyms(found_actors, found_places))
        found_actors = run("actors", lambda: actors.local_governments(
            found_actors, found_places, doc), found_actors)
        found_times = run("temporal", lambda: temporal.find_times(doc, published), ())
        found_quantities = run("quantities", lambda: quantities.find_quantities(doc), ())
        found_quotes = run("quotes", lambda: quotes.find_quotes(doc, found_actors), ())
        found_events = run("events", lambda: events.find_events(
            doc, found_actors, found_places, found_times, found_quantities, found_quotes,
            published), ())
        found_claims = run("claims", lambda: claims.find_claims(doc, found_quantities, found_quotes), ())
        return Extraction(article=article, actors=found_actors, places=found_places,
                          events=found_events, quotes=found_quotes, quantities=found_quantities,
                          claims=found_claims, errors=tuple(errors))
