"""The shared spaCy helpers (nlp.py): per-article caches must always answer for the Doc asked."""
from eventwire.nlp import children, doc_ents, doc_text, doc_tokens, sent_of, span_text


def test_token_and_entity_caches_follow_the_doc_asked_for(nlp):
    first = nlp("Troops entered Mosul on Monday.")
    second = nlp("Protesters marched in Khartoum and Omdurman.")
    for doc in (first, second, first, second):
        assert [t.text for t in doc_tokens(doc)] == [t.text for t in doc]
        assert all(t.doc is doc for t in doc_tokens(doc))
        assert [(e.start, e.end, e.label_) for e in doc_ents(doc)] == \
            [(e.start, e.end, e.label_) for e in doc.ents]


def test_span_text_is_the_span_s_own_text(nlp):
    doc = nlp("Gunmen attacked a convoy.  Police said two died.\n\nA curfew followed.")
    assert doc_text(doc) == doc.text
    for span in [*doc.sents, *doc.ents, doc[1:4], doc[3:7]]:
        assert span_text(span) == span.text


def test_paragraph_bounds_split_at_a_blank_line():
    from eventwire.nlp import paragraph_bounds
    text = "First para.\n\nSecond one, two sentences. Yes.\n\nThird."
    second = text.index("Second")
    assert paragraph_bounds(text, second + 5) == (second, text.index("\n\nThird"))
    assert paragraph_bounds(text, 3) == (0, text.index("\n\n"))
    assert paragraph_bounds(text, len(text) - 2) == (text.index("Third"), len(text))


def test_children_and_sentences_are_spacy_s_for_the_doc_asked_for(nlp):
    first = nlp("Rebels, who had shelled the town, withdrew. Troops of the army moved in on Monday.")
    second = nlp("Protesters marched in Khartoum and Omdurman.\nPolice fired tear gas at them.")
    for doc in (first, second, first):
        for token in doc:
            assert [c.i for c in children(token)] == [c.i for c in token.children]
            assert all(c.doc is doc for c in children(token))
            assert (sent_of(token).start, sent_of(token).end) == (token.sent.start, token.sent.end)
        for span in [*doc.ents, doc[1:4], doc[5:12], doc[0:len(doc)]]:
            assert (sent_of(span).start, sent_of(span).end) == (span.sent.start, span.sent.end)


def test_token_columns_and_offsets_are_spacy_s_for_the_doc_asked_for(nlp):
    from eventwire.nlp import token_column, token_ends, token_starts, tokens_where
    first = nlp("Militants said they attacked the base. Soldiers repelled them, officials said.")
    second = nlp("Police arrested 14 people in Rumonge.\nAccording to residents, shops closed.")
    for doc in (first, second, first):
        for attr in ("text", "lower_", "lemma_", "pos_", "dep_"):
            assert token_column(doc, attr) == [getattr(t, attr) for t in doc]
        verbs = tokens_where(doc, "pos_", ("VERB",))
        assert [t.i for t in verbs] == [t.i for t in doc if t.pos_ == "VERB"]
        assert all(t.doc is doc for t in verbs)
        assert token_starts(doc) == {t.idx: t.i for t in doc}
        assert token_ends(doc) == {t.idx + len(t): t.i for t in doc}
