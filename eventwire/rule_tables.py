"""spaCy's two rule-based components, the attribute ruler (tag -> part of speech and
morphology, and its exceptions) and the lemmatizer, applied from lookup tables.

The stock attribute ruler runs a Matcher over every Doc and writes each match through a Span:
about a seventh of the whole parse. Its patterns only ever ask for a token's tag, lower case
form, dependency label and whether it is a space (and those of the next token), so which rules
fit each such combination is worked out once and remembered. As in the stock component, all
matching is done before anything is written, and rules apply in their order, later ones over
earlier ones. The lemmatizer's answer depends on a token's form, part of speech and morphology
only, and is remembered for each; the stock one re-reads each token through Token objects and
does not remember uninflected forms. The annotations are the same (tests/test_rule_tables.py
compares them); tables are kept to `MEMO_LIMIT` entries."""
from __future__ import annotations

import re
from collections.abc import Callable

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc

RULER, RULER_TABLE = "attribute_ruler", "attribute_table"
LEMMATIZER, LEMMA_TABLE = "lemmatizer", "lemma_table"
FEATURES = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}  # positions in a feature tuple
PURE_LEMMA_MODES = ("rule", "lookup", "pos_lookup")  # lemma from form, POS and morph alone
MEMO_LIMIT = 500_000  # combinations remembered before a table starts afresh

Test = Callable[[tuple], bool]


class Unsupported(ValueError):
    """A component set up in a way the tables do not cover; the stock component stays."""


def replace_rule_components(nlp: Language) -> list[str]:
    """Swap the pipeline's attribute ruler and lemmatizer for their table forms, in place; the
    names of those swapped (a stock component set up in a way the tables do not cover stays)."""
    swapped = []
    for stock, name, build in ((RULER, RULER_TABLE, AttributeTable),
                               (LEMMATIZER, LEMMA_TABLE, LemmaTable)):
        if stock not in nlp.pipe_names:
            continue
        try:
            build(nlp.get_pipe(stock))
        except Unsupported:
            continue
        if name not in Language.factories:
            Language.factory(name, func=_factory(stock, build))
        nlp.add_pipe(name, after=stock)
        nlp.remove_pipe(stock)
        swapped.append(stock)
    return swapped


def _factory(stock: str, build: Callable) -> Callable:
    def make(nlp: Language, name: str):  # spaCy's factories take these two names
        return build(nlp.get_pipe(stock))
    return make


class LemmaTable:
    """A pipeline component doing what `lemmatizer` does."""

    def __init__(self, lemmatizer: Lemmatizer):
        if lemmatizer.mode not in PURE_LEMMA_MODES:
            raise Unsupported(f"lemmatizer mode {lemmatizer.mode}")
        self.lemmatizer = lemmatizer
        self._lemmas: dict[tuple[int, int, int], int] = {}  # (orth, pos, morph) -> lemma

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        if len(self._lemmas) > MEMO_LIMIT:
            self._lemmas = {}
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        lemmas, overwrite = self._lemmas, self.lemmatizer.overwrite
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma and not overwrite:
                continue
            found = lemmas.get((orth, pos, morph))
            if found is None:
                found = lemmas[orth, pos, morph] = \
                    doc.vocab.strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            rows[i][3] = found
        doc.from_array([LEMMA], numpy.array([row[3] for row in rows], dtype="uint64"))
        return doc


class AttributeTable:
    """A pipeline component doing what `ruler` does."""

    def __init__(self, ruler: AttributeRuler):
        self.vocab = ruler.vocab
        self.assignments = [tuple(attrs.items()) for attrs in ruler.attrs]  # (attr id, value)
        # one-token rules as (number, test), filed under the tag or lower case form they need
        self.by_tag: dict[str, tuple] = {}
        self.by_lower: dict[str, tuple] = {}
        self.anywhere: tuple = ()
        self.pairs: list[tuple[int, Test, Test, int]] = []  # (number, first, second, target)
        for number, entry in enumerate(ruler.patterns):
            index = ruler.indices[number]
            for pattern in entry["patterns"]:
                if len(pattern) == 1 and index in (0, -1):
                    self._file((number, _test(pattern[0])), pattern[0])
                elif len(pattern) == 2 and index in (0, 1, -1, -2):
                    self.pairs.append((number, _test(pattern[0]), _test(pattern[1]), index % 2))
                else:
                    raise Unsupported(f"a pattern of {len(pattern)} tokens, index {index}")
        self._forget()

    def _file(self, rule: tuple, spec: dict) -> None:
        for key, table in (("TAG", self.by_tag), ("LOWER", self.by_lower)):
            value = spec.get(key)
            values = [value] if isinstance(value, str) else \
                value.get("IN") if isinstance(value, dict) else None
            if values:
                for value in values:
                    table[value] = table.get(value, ()) + (rule,)
                return
        self.anywhere += (rule,)

    def _forget(self) -> None:
        # keyed by the (tag, lower, dep, is_space) hashes of a token
        self._singles: dict[tuple, tuple[int, ...]] = {}  # -> one-token rules that fit
        self._firsts: dict[tuple, tuple] = {}  # -> (number, target) of pairs it can start
        self._seconds: dict[tuple, frozenset] = {}  # -> numbers of pairs it can end
        self._merged: dict[tuple, tuple] = {}  # rule numbers -> what they write, merged

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        if len(self._singles) > MEMO_LIMIT:
            self._forget()
        keys = [tuple(row) for row in doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()]
        rules = [self._single_rules(key) for key in keys]
        for i in range(len(keys) - 1):
            firsts = self._first_rules(keys[i])
            if firsts:
                seconds = self._second_rules(keys[i + 1])
                for number, target in firsts:
                    if number in seconds:
                        rules[i + target] = tuple(sorted(rules[i + target] + (number,)))
        self._write(doc, rules)
        return doc

    def _features(self, key: tuple) -> tuple:
        strings = self.vocab.strings
        return strings[key[0]], strings[key[1]], strings[key[2]], bool(key[3])

    def _single_rules(self, key: tuple) -> tuple[int, ...]:
        found = self._singles.get(key)
        if found is None:
            f = self._features(key)
            candidates = self.by_tag.get(f[0], ()) + self.by_lower.get(f[1], ()) + self.anywhere
            found = self._singles[key] = tuple(sorted(n for n, test in candidates if test(f)))
        return found

    def _first_rules(self, key: tuple) -> tuple:
        found = self._firsts.get(key)
        if found is None:
            f = self._features(key)
            found = self._firsts[key] = tuple((n, target) for n, first, _, target in self.pairs
                                              if first(f))
        return found

    def _second_rules(self, key: tuple) -> frozenset:
        found = self._seconds.get(key)
        if found is None:
            f = self._features(key)
            found = self._seconds[key] = frozenset(n for n, _, second, _ in self.pairs
                                                   if second(f))
        return found

    def _write(self, doc: Doc, rules: list[tuple[int, ...]]) -> None:
        changes: dict[int, dict[int, int]] = {}  # attr id -> {token: value}
        for i, numbers in enumerate(rules):
            for attr, value in self._merge(numbers):
                changes.setdefault(attr, {})[i] = value
        if not changes:
            return
        columns = list(changes)
        array = doc.to_array(columns).reshape((len(doc), len(columns)))
        for col, attr in enumerate(columns):
            for i, value in changes[attr].items():
                array[i, col] = value
        doc.from_array(columns, array)

    def _merge(self, numbers: tuple[int, ...]) -> tuple:
        found = self._merged.get(numbers)
        if found is None:
            written: dict[int, int] = {}
            for number in numbers:
                written.update(self.assignments[number])
            found = self._merged[numbers] = tuple(written.items())
        return found


def _test(spec: dict) -> Test:
    """One token's pattern as a test of a (tag, lower, dep, is_space) tuple, as spaCy's Matcher
    reads it (REGEX searches; IN and NOT_IN compare the strings)."""
    tests = []
    for key, value in spec.items():
        if key not in FEATURES:
            raise Unsupported(f"a pattern on {key}")
        at = FEATURES[key]
        if isinstance(value, (str, bool)):
            tests.append(lambda f, at=at, value=value: f[at] == value)
            continue
        op, arg = next(iter(value.items())) if isinstance(value, dict) and len(value) == 1 \
            else (None, None)
        if op == "IN":
            tests.append(lambda f, at=at, arg=frozenset(arg): f[at] in arg)
        elif op == "NOT_IN":
            tests.append(lambda f, at=at, arg=frozenset(arg): f[at] not in arg)
        elif op == "REGEX":
            tests.append(lambda f, at=at, rx=re.compile(arg): bool(rx.search(f[at])))
        else:
            raise Unsupported(f"{key} {value!r}")
    return lambda f: all(test(f) for test in tests)
