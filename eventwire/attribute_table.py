"""spaCy's attribute ruler (tag -> part of speech and morphology, and its exceptions) applied
from lookup tables built out of the ruler's own patterns.

The stock component runs a Matcher over every Doc and writes each match through a Span: about
a seventh of the whole parse. Its patterns only ever ask for a token's tag, lower case form,
dependency label and whether it is a space (and those of the next token), so which rules fit
each such combination is worked out once and remembered. As in the stock component, all
matching is done before anything is written, and rules apply in their order, later ones over
earlier ones; the annotations are the same (tests/test_attribute_table.py compares them)."""
from __future__ import annotations

import re
from collections.abc import Callable

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

STOCK, NAME = "attribute_ruler", "attribute_table"
FEATURES = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}  # positions in a feature tuple
MEMO_LIMIT = 500_000  # feature combinations remembered before the tables start afresh

Test = Callable[[tuple], bool]


class Unsupported(ValueError):
    """A pattern asks for something the tables do not cover; the stock component stays."""


def replace_attribute_ruler(nlp: Language) -> bool:
    """Swap the pipeline's attribute ruler for its table form in place. False, with the stock
    component kept, when a pattern uses what the tables do not cover."""
    if STOCK not in nlp.pipe_names:
        return False
    try:
        AttributeTable(nlp.get_pipe(STOCK))
    except Unsupported:
        return False
    if NAME not in Language.factories:
        Language.factory(NAME, func=lambda nlp, name: AttributeTable(nlp.get_pipe(STOCK)))
    nlp.add_pipe(NAME, after=STOCK)
    nlp.remove_pipe(STOCK)
    return True


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
        (op, arg), = value.items() if isinstance(value, dict) and len(value) == 1 \
            else [(repr(value), None)]
        if op == "IN":
            tests.append(lambda f, at=at, arg=frozenset(arg): f[at] in arg)
        elif op == "NOT_IN":
            tests.append(lambda f, at=at, arg=frozenset(arg): f[at] not in arg)
        elif op == "REGEX":
            tests.append(lambda f, at=at, rx=re.compile(arg): bool(rx.search(f[at])))
        else:
            raise Unsupported(f"{key} {op}")
    return lambda f: all(test(f) for test in tests)
