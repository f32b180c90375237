"""Claims: Doc + quantities (+ quotes) -> list[Claim], competing statements about one subject.

1. Numeric claims. Quantities compete when they count the same thing (same `what`, and `of`
   with the same head word or one of them unknown) near each other (same paragraph, at most one
   sentence boundary apart) AND either their claimants differ or a contrast cue from
   `data/quantity_claims.json` ("but", "however", "closer to", "true number") lies between
   them or in the later one's sentence. A quantity inside a quote is claimed by the quote's
   speaker when it has no claimant of its own. One Claim per group: values are numbers (the low
   end, else the high end: "about 6,000" -> 6000), disputed when (max-min)/max > max_ratio.
   The subject is the counted noun phrase ("Isis fighters"), or "<of> <what>" for casualty
   counts ("loyalist soldiers killed"), or `what` alone.
2. Denials. "the army denied targeting civilians", "X denied responsibility", "X rejected the
   accusations": Claim(subject=<denied thing>, values=(ClaimValue("denied: <denied thing>",
   claimed_by=<denier>, start, end),), disputed=True); start/end cover the verb through the
   end of its object.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from spacy.tokens import Doc, Token

from .model import Claim, ClaimValue, Quantity, Quote
from .nlp import children, doc_text, tokens_where

_CASUALTY = frozenset(("killed", "wounded", "casualties", "displaced", "arrested", "abducted",
                       "missing", "surrendered"))
_FIRST_PERSON = frozenset(("we", "i", "us"))
_SENTENCE_END = re.compile(r"[.!?][\"”’»]?\s")

_DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class _Lexicon:
    contrast: re.Pattern
    denial: frozenset[str]
    rejection: frozenset[str]
    claim_nouns: frozenset[str]
    max_ratio: float
    any_nouns: frozenset[str]  # count nouns that match any group: 'people', 'dead', 'bodies'


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    raw = json.loads((_DATA / "quantity_claims.json").read_text(encoding="utf-8"))
    words = sorted(raw["contrast"], key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)
    return _Lexicon(contrast=pattern, denial=frozenset(raw["denial_verbs"]),
                    rejection=frozenset(raw["rejection_verbs"]),
                    claim_nouns=frozenset(raw["claim_nouns"]), max_ratio=raw["max_ratio"],
                    any_nouns=frozenset(raw["any_nouns"]))


def find_claims(doc: Doc, quantities: Sequence[Quantity],
                quotes: Sequence[Quote] = ()) -> list[Claim]:
    """Competing numeric values and denials in `doc`, in text order."""
    lex = _lexicon()
    counted = [_claimed_in_quote(q, quotes) for q in quantities if _value(q) is not None]
    counted.sort(key=lambda q: q.start)
    claims: list[Claim] = []
    if len(counted) > 1:  # Doc.text is rebuilt on every access: only when needed
        claims = [_numeric_claim(g, lex) for g in _groups(doc_text(doc), counted, lex) if len(g) > 1]
    claims.extend(_denials(doc, lex))
    return claims


# --- 1. numeric claims -----------------------------------------------------------------------

def _value(q: Quantity) -> int | None:
    return q.low if q.low is not None else q.high


def _claimed_in_quote(q: Quantity, quotes: Sequence[Quote]) -> Quantity:
    if q.claimed_by is not None and q.claimed_by.lower() not in _FIRST_PERSON:
        return q  # “We counted 14 bodies,” a resident said: the resident claims it
    for quote in quotes:
        if quote.start <= q.start and q.end <= quote.end and quote.speaker is not None:
            return replace(q, claimed_by=quote.speaker.name)
    return q


def _groups(text: str, counted: list[Quantity], lex: _Lexicon) -> list[list[Quantity]]:
    groups: list[list[Quantity]] = []
    for q in counted:
        home = next((g for g in reversed(groups) if _competes(text, g[-1], q, lex)), None)
        if home is None:
            groups.append([q])
        else:
            home.append(q)
    return groups


def _competes(text: str, a: Quantity, b: Quantity, lex: _Lexicon) -> bool:
    if a.what != b.what or not _same_thing(a.of, b.of, lex):
        return False
    between = text[a.end:b.start]
    if len(_SENTENCE_END.findall(between)) > 1:
        return False
    rivals = bool(a.claimed_by and b.claimed_by and a.claimed_by.lower() != b.claimed_by.lower())
    if "\n\n" in between:
        # 'killing three, doctors said.\n\nPolice said only one had died': a rival source
        # answering at the start of the next paragraph
        return rivals and between.count("\n\n") == 1 and \
            not _SENTENCE_END.search(between[between.index("\n\n"):] + " ")
    if rivals:
        return True
    tail = text[b.start:_sentence_end(text, b.end)]
    return bool(lex.contrast.search(between) or lex.contrast.search(tail))


def _same_thing(a: str | None, b: str | None, lex: _Lexicon) -> bool:
    if a is None or b is None:
        return True
    head_a, head_b = a.lower().split()[-1], b.lower().split()[-1]
    if head_a in lex.any_nouns or head_b in lex.any_nouns:
        return True  # 'nine people' vs 'at least 14 dead'
    return head_a.rstrip("s") == head_b.rstrip("s")


def _sentence_end(text: str, start: int) -> int:
    m = _SENTENCE_END.search(text, start)
    return m.start() + 1 if m else len(text)


def _numeric_claim(group: list[Quantity], lex: _Lexicon) -> Claim:
    values = tuple(ClaimValue(value=float(_value(q)), claimed_by=q.claimed_by, start=q.start,
                              end=q.end) for q in group)
    numbers = [float(v.value) for v in values]
    top = max(numbers)
    disputed = top > 0 and (top - min(numbers)) / top > lex.max_ratio
    return Claim(subject=_subject(group), values=values, disputed=disputed)


def _subject(group: list[Quantity]) -> str:
    of = next((q.of for q in group if q.of), None)
    what = group[0].what
    if of is None:
        return what
    return f"{of} {what}" if what in _CASUALTY else of


# --- 2. denials ------------------------------------------------------------------------------

def _denials(doc: Doc, lex: _Lexicon) -> list[Claim]:
    out: list[Claim] = []
    for t in tokens_where(doc, "pos_", ("VERB",)):
        lemma = t.lemma_.lower()
        if lemma not in lex.denial and lemma not in lex.rejection:
            continue
        # What is denied follows the verb; an "object" before it is a misparse.
        obj = next((c for c in children(t) if c.dep_ in ("dobj", "xcomp", "ccomp") and c.i > t.i),
                   None)
        if obj is None or (lemma in lex.rejection and obj.lemma_.lower() not in lex.claim_nouns):
            continue
        thing = _phrase(doc, obj)
        subj = next((c for c in children(t) if c.dep_ == "nsubj"), None)
        denier = _phrase(doc, subj, core=True) if subj is not None else None
        end = obj.right_edge.i
        while end > obj.i and doc[end].is_punct:
            end -= 1
        value = ClaimValue(value=f"denied: {thing}", claimed_by=denier, start=t.idx,
                           end=doc[end].idx + len(doc[end]))
        out.append(Claim(subject=thing, values=(value,), disputed=True))
    return out


def _phrase(doc: Doc, head: Token, core: bool = False) -> str:
    """The head's subtree (or, with core, its words up to the head) without a leading 'the'."""
    start = head.left_edge.i
    end = head.i if core else head.right_edge.i
    while start < head.i and doc[start].dep_ in ("det", "aux", "mark"):
        start += 1
    while end > head.i and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    return doc[start:end + 1].text
