"""The attribute ruler and lemmatizer read from tables (rule_tables.py) write what spaCy's own
components write: the same parts of speech, morphology, lemmas, tags and labels, token for
token."""
from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler

from eventwire.nlp import MODEL_NAME, load_stock_nlp
from eventwire.rule_tables import (LEMMA_TABLE, LEMMATIZER, RULER, RULER_TABLE,
                                   replace_rule_components)

from conftest import EXAMPLES

COLUMNS = [TAG, POS, MORPH, LEMMA, DEP, HEAD]

# the ruler's exceptions: two-token rules ("gon na", "ai n't", "y' all", "there is"), rules
# on the dependency label ("but" as an adverb, "it" as subject or object, auxiliaries,
# determiners standing alone) and on spaces
EXCEPTIONS = [
    "We 're gon na retake the town , and they ai n't got ta stop us , y' all know it .",
    "There is no ceasefire . There were clashes , but nothin' changed , let 's say .",
    "I told him . He told me . You saw it and it saw you . That is what those were .",
    "The army has been shelling it , but the rebels did n't withdraw ; they have n't .",
    "Rebels  seized \n\n  the town . \n Police said it was calm .   \n",
    "Do they ? They do . Had he ? Whether or not , since Monday , though , he would .",
]


def _table_nlp():
    nlp = spacy.load(MODEL_NAME)
    assert replace_rule_components(nlp) == [RULER, LEMMATIZER]
    return nlp


@pytest.fixture(scope="module")
def both():
    return load_stock_nlp(), _table_nlp()


def _annotations(doc) -> tuple:
    return doc.to_array(COLUMNS).tolist(), [str(t.morph) for t in doc]


def _same(both, texts: list[str]) -> None:
    stock, table = both
    for text, ours, theirs in zip(texts, table.pipe(texts), stock.pipe(texts)):
        assert _annotations(ours) == _annotations(theirs), text


def test_the_tables_take_the_stock_components_places(both):
    stock, table = both
    assert [name for name in table.pipe_names if name not in (RULER_TABLE, LEMMA_TABLE)] == \
        [name for name in stock.pipe_names if name not in (RULER, LEMMATIZER)]
    assert table.pipe_names.index(RULER_TABLE) == stock.pipe_names.index(RULER)
    assert table.pipe_names.index(LEMMA_TABLE) == stock.pipe_names.index(LEMMATIZER)


def test_the_exceptions_come_out_as_the_ruler_writes_them(both):
    _same(both, EXCEPTIONS)
    _, table = both
    doc = table("They ai n't gon na talk .")
    assert [t.lemma_ for t in doc][1:5] == ["be", "not", "go", "to"]


def test_sample_articles_come_out_the_same(both):
    texts = [p.read_text(encoding="utf-8") for p in sorted((EXAMPLES / "articles").glob("*.txt"))]
    _same(both, texts[::25])


WORDS = ["gon", "na", "got", "ta", "ai", "n't", "y'", "all", "let", "'s", "There", "there", "is",
         "are", "it", "I", "you", "but", "that", "which", "do", "did", "have", "had", "be",
         "rebels", "seized", "Mosul", "said", "not", "nothin'", "since", "\n", "  ", ",", ".",
         "will", "if", "am", "'m", "'re", "'ve", "the"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=30))
def test_any_sequence_of_the_rules_words_comes_out_the_same(both, words):
    _same(both, [" ".join(words)])


def test_an_empty_text_passes_through(both):
    _, table = both
    assert len(table("")) == 0


@pytest.mark.parametrize("patterns", [
    [{"patterns": [[{"POS": "NOUN"}]], "attrs": {"LEMMA": "x"}}],  # a feature not tabled
    [{"patterns": [[{"LOWER": "a"}, {"LOWER": "b"}, {"LOWER": "c"}]], "attrs": {"LEMMA": "x"}}],
    [{"patterns": [[{"LENGTH": {">=": 3}}]], "attrs": {"LEMMA": "x"}}],
    [{"patterns": [[{"LOWER": {"FUZZY": "rebel"}}]], "attrs": {"LEMMA": "x"}}],
])
def test_patterns_the_tables_cannot_read_keep_the_stock_ruler(patterns):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe(RULER)
    assert isinstance(ruler, AttributeRuler)
    ruler.add_patterns(patterns)
    assert replace_rule_components(nlp) == []
    assert nlp.pipe_names == [RULER]


def test_lemmas_the_ruler_wrote_are_kept_and_the_rest_looked_up(both):
    _, table = both
    doc = table("They ai n't gon na talk ; the rebels were seizing towns .")
    assert [t.lemma_ for t in doc] == ["they", "be", "not", "go", "to", "talk", ";", "the",
                                       "rebel", "be", "seize", "town", "."]


def test_arrays_compared_are_the_full_annotation(both):
    """Guard for the comparison itself: a changed part of speech shows in the arrays."""
    _, table = both
    doc = table("Rebels seized the town.")
    before = _annotations(doc)
    doc[1].pos_ = "NOUN"
    assert _annotations(doc) != before
