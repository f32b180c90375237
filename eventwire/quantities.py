"""Counted quantities: Doc -> list[Quantity] ("at least 25 people killed", "hundreds of soldiers").

Cascade, one left-to-right pass over the tokens:
1. a number phrase: digits ("1,200", "1.5 million"), number words ("twenty-five"), or a vague
   count from `data/quantity_lexicon.json` ("dozens", "hundreds of thousands", "an unknown number");
2. its qualifier just before it ("at least", "more than", "nearly") or a range ("between 10 and 15",
   "10 to 15") sets low/high/approx. "more than N" gives low N (the figure to record); "nearly N" gives
   high N, approx. `acled` is the conservative number: the vague word's ACLED value, else low,
   else high, and 0 for "an unknown number";
3. the counted noun: the pobj of a following "of" ("hundreds of loyalist soldiers"), else the noun
   the number modifies ("6,000 Isis fighters"); `of` is that noun phrase;
4. `what`: a casualty-type noun ("dead", "injured") wins; then the first verb above the number in
   the parse ("killed at least 12 people", "12 were killed") or a death noun on the way ("cost the
   lives of hundreds"); then the noun's class ("fighters", "protesters", "people"). A generic noun
   ("the true number was closer to 3,000") takes what/of from the previous quantity in the
   paragraph. Anything else (miles, years, money, "several parts") is not emitted;
5. `claimed_by`: "according to X", or the subject of a claim verb above the number ("the US
   claimed ...", "police said ...").
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from .model import Quantity
from .nlp import children, doc_ents, doc_text, doc_tokens, sent_of

_NOUNS = frozenset(("NOUN", "PROPN", "PRON", "ADJ"))
_CASUALTY = frozenset(("killed", "wounded", "casualties", "displaced", "arrested", "abducted",
                       "missing"))
_DIGITS = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$")
_RANGE_JOINERS = frozenset(("to", "-", "–", "or"))
_ARGS = frozenset(("nsubj", "nsubjpass", "dobj"))
_ANAPHORS = frozenset(("he", "she", "they", "it", "we"))

_DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class _Lexicon:
    vague: dict[tuple[str, ...], dict]
    starters: frozenset[str]  # first words of vague counts and number words
    qualifiers: dict[tuple[str, ...], str]
    number_words: dict[str, int]
    multipliers: dict[str, int]
    noun_what: dict[str, str]
    people: frozenset[str]
    verb_what: dict[str, str]
    phrasal_what: dict[tuple[str, str], str]
    adjectives: dict[str, str]
    generic: frozenset[str]
    units: frozenset[str]
    claim_verbs: frozenset[str]
    skip_labels: frozenset[str]
    none_nouns: frozenset[str]  # 'no casualties were reported' -> killed 0
    death_nouns: frozenset[str]  # 'cost the lives of', 'the killing of two activists'
    field_labels: dict[str, str]  # 'Fatalities: 2' closing an ACLED-style note
    kin: frozenset[str]  # 'a man, his wife and their son': each relative listed is one more


@dataclass(frozen=True)
class _Number:
    start: int  # token index of the phrase's first token (qualifier included)
    end: int  # token index after the number phrase
    num_start: int  # first token of the number itself
    low: int | None
    high: int | None
    approx: bool
    acled: int | None


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    raw = json.loads((_DATA / "quantity_lexicon.json").read_text(encoding="utf-8"))
    verbs, phrasal = {}, {}
    for what, lemmas in raw["verbs"].items():
        for lemma in lemmas:
            verb, *rest = lemma.split()
            if rest:  # 'give up' (a particle), 'take into custody' (a preposition and its object)
                phrasal[(verb, " ".join(rest))] = what
            else:
                verbs[lemma] = what
    return _Lexicon(
        vague={tuple(k.split()): v for k, v in raw["vague"].items()},
        starters=frozenset([k.split()[0] for k in raw["vague"]] + list(raw["number_words"])),
        qualifiers={tuple(k.split()): v for k, v in raw["qualifiers"].items()},
        number_words=raw["number_words"], multipliers=raw["multipliers"],
        noun_what={n: what for what, nouns in raw["counted_nouns"].items() for n in nouns},
        people=frozenset(raw["people_nouns"]), verb_what=verbs, phrasal_what=phrasal,
        adjectives=raw["adjectives"], generic=frozenset(raw["generic_count_nouns"]),
        units=frozenset(raw["units"]), claim_verbs=frozenset(raw["claim_verbs"]),
        skip_labels=frozenset(raw["skip_entity_labels"]),
        none_nouns=frozenset(raw["none_nouns"]), death_nouns=frozenset(raw["death_nouns"]),
        field_labels=raw["field_labels"], kin=frozenset(raw["kin_nouns"]))


def find_quantities(doc: Doc) -> list[Quantity]:
    """Every counted quantity of people in `doc`, in text order."""
    tokens = doc_tokens(doc)
    lex = _lexicon()
    out: list[Quantity] = []
    i, n = 0, len(doc)
    text = doc_text(doc)
    while i < n:
        tok = tokens[i]
        special = _special(doc, text, i, lex)
        if special is not None:
            out.append(special)
            i += 2
            continue
        if not (tok.like_num or tok.lower_ in lex.starters):
            i += 1
            continue
        num = _match_number(doc, i, lex)
        if num is None:
            i += 1
            continue
        quantity = _build(doc, text, num, lex, out)
        if quantity is not None:
            out.append(quantity)
        i = max(num.end, i + 1)
    return out


SPECIAL_STARTS = frozenset(("no", "nobody", "a", "an"))  # the words _special reads counts from


def _special(doc: Doc, text: str, i: int, lex: _Lexicon) -> Quantity | None:
    """Counts without a number word: 'Fatalities: 2', 'no casualties', 'killed a woman' (one)."""
    tokens = doc_tokens(doc)
    tok = tokens[i]
    low = tok.lower_
    if low not in SPECIAL_STARTS and low not in lex.field_labels:
        return None
    if low in lex.field_labels and i + 2 < len(doc) and tokens[i + 1].text == ":" \
            and _DIGITS.match(tokens[i + 2].text):
        value = int(float(tokens[i + 2].text.replace(",", "")))
        return _quantity(text, tokens[i], tokens[i + 2], lex.field_labels[low], value, value, None)
    nxt = tokens[i + 1] if i + 1 < len(doc) else None
    if low == "no" and nxt is not None and nxt.lemma_.lower() in lex.none_nouns:
        return _quantity(text, tok, nxt, "killed", 0, 0, None)
    if low == "no" and nxt is not None and tok.dep_ == "det" and tok.head.i == nxt.i and (
            nxt.lemma_.lower() in lex.people or lex.noun_what.get(nxt.lemma_.lower()) == "fighters"):
        what, _ = _verb_what(doc, nxt, lex, nxt)
        if what in _CASUALTY:  # 'no soldier had been killed'
            return _quantity(text, tok, nxt, what, 0, 0, _claimant(doc, nxt, lex), of=nxt.text)
    nobody = tok if low == "nobody" else nxt if low == "no" and nxt is not None and \
        nxt.lower_ == "one" else None
    if nobody is not None and nobody.dep_ in ("nsubj", "nsubjpass"):
        what, _ = _verb_what(doc, nobody, lex, nobody)
        if what in _CASUALTY:  # 'no one was hurt': nobody killed either
            return _quantity(text, tok, nobody, "killed" if what == "wounded" else what, 0, 0,
                             _claimant(doc, nobody, lex))
    if low in ("a", "an") and tok.dep_ == "det" and tok.head.tag_ == "NN" and tok.head.i > i:
        noun = tok.head
        lemma = noun.lemma_.lower()
        # ("killing members of a family": the family is whose members were killed)
        of_whom = noun.dep_ == "pobj" and noun.head.lower_ == "of"
        if (lemma in lex.people or lex.noun_what.get(lemma) == "fighters") and not of_whom:
            what, _ = _verb_what(doc, noun, lex, noun)
            if what in _CASUALTY:  # 'killing a child', 'a guard was shot dead'
                listed = _listed_people(noun, lex)
                return _quantity(text, tok, listed[-1], what, len(listed), len(listed),
                                 _claimant(doc, noun, lex), of=noun.text)
    return None


def _listed_people(noun: Token, lex: _Lexicon) -> list[Token]:
    """"shot dead a man, his wife and their adult son": the person and each relative listed with
    them, three."""
    listed = [noun]
    for other in noun.conjuncts:
        if other.i > noun.i and other.tag_ == "NN" and \
                other.lemma_.lower() in lex.people | lex.kin and \
                any(c.dep_ == "poss" for c in other.children):  # ("a woman": counted apart)
            listed.append(other)
    return listed


def _quantity(text: str, first: Token, last: Token, what: str, low: int, high: int,
              claimed_by: str | None, of: str | None = None) -> Quantity:
    start, end = first.idx, last.idx + len(last)
    return Quantity(what=what, low=low, high=high, text=text[start:end], start=start, end=end,
                    of=of, claimed_by=claimed_by, acled=low)


# --- 1-2. number phrase and qualifier -------------------------------------------------------

def _match_number(doc: Doc, i: int, lex: _Lexicon) -> _Number | None:
    low_i = doc[i].lower_
    for words, entry in _vague_at(doc, i, lex):
        end = i + len(words)
        return _qualify(doc, i, end, entry["low"], entry["high"], entry["acled"], lex,
                        vague=entry["low"] != entry["high"] or entry["low"] is None)
    if not (doc[i].like_num or low_i in lex.number_words) or low_i in lex.multipliers:
        return None
    if doc[i].ent_type_ == "ORDINAL":
        return None
    value, end = _parse_number(doc, i, lex)
    if value is None:
        return None
    return _qualify(doc, i, end, value, value, value, lex, vague=False)


def _vague_at(doc: Doc, i: int, lex: _Lexicon):
    # Longest first, so "hundreds of thousands" beats "hundreds".
    if doc[i].lower_ not in lex.starters:
        return
    for length in (4, 3, 2, 1):
        if i + length > len(doc):
            continue
        words = tuple(doc[j].lower_ for j in range(i, i + length))
        entry = lex.vague.get(words)
        if entry is not None:
            yield words, entry
            return


def _parse_number(doc: Doc, i: int, lex: _Lexicon) -> tuple[int | None, int]:
    """The integer value of the number tokens from i, and the index after them."""
    total, current, j, seen, prev_digit = 0, 0, i, False, False
    while j < len(doc):
        word = doc[j].lower_
        parts = word.split("-") if "-" in word and not word[0].isdigit() else [word]
        piece = _word_value(parts, lex)
        if piece is not None and not (seen and (_DIGITS.match(word) or prev_digit)):
            current += piece
            prev_digit = bool(_DIGITS.match(word))
        elif word in lex.multipliers and seen:
            mult = lex.multipliers[word]
            if mult >= 1000:
                total, current = total + current * mult, 0
            else:
                current *= mult
        elif word == "-" and seen and not prev_digit and j + 1 < len(doc) \
                and doc[j + 1].lower_ in lex.number_words:
            j += 1
            continue
        elif word == "and" and seen and j + 1 < len(doc) and doc[j + 1].lower_ in lex.number_words \
                and _prev_is_hundred(doc, j):
            j += 1
            continue
        else:
            break
        seen = True
        j += 1
    if not seen:
        return None, i
    return int(round(total + current)), j


def _prev_is_hundred(doc: Doc, j: int) -> bool:
    return doc[j - 1].lower_ == "hundred"


def _word_value(parts: list[str], lex: _Lexicon) -> float | None:
    value = 0.0
    for part in parts:
        if part in lex.number_words:
            value += lex.number_words[part]
        elif _DIGITS.match(part):
            value += float(part.replace(",", ""))
        else:
            return None
    return value


def _qualify(doc: Doc, start: int, end: int, low: int | None, high: int | None,
             acled: int | None, lex: _Lexicon, vague: bool) -> _Number:
    """Apply a qualifier before the number, or a range after it."""
    num_start = start
    if end < len(doc) and doc[end].lower_ in _RANGE_JOINERS and not vague:
        other, after = _parse_number(doc, end + 1, lex) if end + 1 < len(doc) else (None, end)
        if other is not None and low is not None and other > low:
            return _Number(start, after, num_start, low, other, False, low)
    kind, q_start = _qualifier_before(doc, start, lex)
    if kind == "between" and not vague and end + 1 < len(doc) and doc[end].lower_ == "and":
        other, after = _parse_number(doc, end + 1, lex)
        if other is not None:
            return _Number(q_start, after, num_start, low, other, False, low)
    base = low
    if kind is None or base is None or kind == "between":
        return _Number(start, end, num_start, low, high, vague, acled)
    if kind == "min":
        low, high = base, None
    elif kind == "gt":
        low, high = base, None  # 'more than 30': 30 is the figure to record
    elif kind == "max":
        low, high = None, (high if vague and high else base)
    elif kind == "lt":
        low, high = None, base - 1
    elif kind == "approx_below":
        low, high = None, base
    approx = vague or kind in ("approx", "approx_below")
    acled = low if low is not None else high
    if vague and kind == "approx":
        acled = base
    return _Number(q_start, end, num_start, low, high, approx, acled)


def _qualifier_before(doc: Doc, start: int, lex: _Lexicon) -> tuple[str | None, int]:
    if start and doc[start - 1].lower_ == "between":
        return "between", start - 1
    for length in (3, 2, 1):
        if start - length < 0:
            continue
        words = tuple(t.lower_ for t in doc[start - length:start])
        kind = lex.qualifiers.get(words)
        if kind is not None:
            return kind, start - length
    return None, start


# --- 3-5. counted noun, what, claimant ------------------------------------------------------

def _build(doc: Doc, text: str, num: _Number, lex: _Lexicon,
           earlier: list[Quantity]) -> Quantity | None:
    first = doc[num.num_start]
    if first.ent_type_ in lex.skip_labels and not _counts_people(doc, num, lex):
        return None
    if num.num_start and doc[num.num_start - 1].lower_ in ("aged", "age", "$", "£", "€", "no."):
        return None
    noun, of_start = _counted_noun(doc, num)
    if noun is not None and noun.lemma_.lower() in lex.units:
        return None
    what, generic = _what(doc, num, noun, lex)
    of = _of_text(doc, of_start, noun) if noun is not None and noun.pos_ != "PRON" else None
    prev = earlier[-1] if earlier else None
    if noun is not None and noun.pos_ == "PRON" and _partitive(doc, num, noun) and prev \
            and _right_after(text, prev, first.idx):
        what, of = prev.what, prev.of  # 'four combatants were killed, three of them from X'

    # 'the figure', or a bare number a source gives ('said it had counted 68'): the count
    # before it in the paragraph, told again
    restated = noun is None and first.dep_ in ("dobj", "attr") and \
        first.head.lemma_.lower() in lex.claim_verbs
    if (generic or restated) and what is None:
        prev = _previous_in_paragraph(doc, text, num, earlier)
        if prev is None:
            return None
        what, of = prev.what, prev.of
    if what is None:
        return None
    end_i = max(num.end, noun.i + 1) if noun is not None and noun.i < num.end + 8 else num.end
    start_c, end_c = doc[num.start].idx, doc[end_i - 1].idx + len(doc[end_i - 1])
    return Quantity(what=what, low=num.low, high=num.high, text=text[start_c:end_c],
                    start=start_c, end=end_c, of=of, approx=num.approx,
                    claimed_by=_claimant(doc, first, lex), acled=num.acled)


def _right_after(text: str, prev: Quantity, at: int) -> bool:
    """'four combatants were killed, three of them': the clause just after the count."""
    between = text[prev.end:at] if prev.end <= at else ""
    return len(between) <= 40 and between.rstrip().endswith(",") and \
        not any(c in between for c in ".;!?\n")


def _counts_people(doc: Doc, num: _Number, lex: _Lexicon) -> bool:
    noun, _ = _counted_noun(doc, num)
    if noun is None:
        return False
    lemma = noun.lemma_.lower()
    return lemma in lex.people or lemma in lex.noun_what


def _counted_noun(doc: Doc, num: _Number) -> tuple[Token | None, int]:
    """The noun being counted and the token index where its phrase starts."""
    end = num.end
    if end < len(doc) and doc[end].lower_ == "of":
        pobj = next((c for c in children(doc[end]) if c.dep_ == "pobj"), None)
        if pobj is not None:
            return pobj, end + 1
        return None, end
    for t in doc[num.num_start:end]:
        head = t.head
        if head.i >= end and head.i - end <= 4 and head.pos_ in _NOUNS and head.pos_ != "PRON":
            return head, end
    if end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN"):
        j = end
        while j + 1 < len(doc) and doc[j + 1].pos_ in ("NOUN", "PROPN") and j - end < 3:
            j += 1
        return doc[j], end
    return None, end


def _of_text(doc: Doc, of_start: int, noun: Token) -> str | None:
    start = of_start
    while start < noun.i and doc[start].dep_ in ("det", "poss", "predet", "case", "punct"):
        start += 1
    if start > noun.i:
        return None
    return doc[start:noun.i + 1].text


def _what(doc: Doc, num: _Number, noun: Token | None, lex: _Lexicon) -> tuple[str | None, bool]:
    """(what, is_generic): the class of the count, and whether the noun is 'number'/'figure'."""
    noun_cat, generic = None, False
    if noun is not None:
        lemma = noun.lemma_.lower()
        noun_cat = lex.noun_what.get(lemma) or lex.noun_what.get(noun.lower_)
        if noun_cat is None and (lemma in lex.people or noun.lower_ in lex.people):
            noun_cat = "people"
        generic = lemma in lex.generic
        adj = _adjective_what(doc, noun, lex, num.end if noun.i > num.end - 1 else len(doc))
        if adj is not None and noun_cat not in _CASUALTY:
            noun_cat = adj
    verb_cat, subject_generic = _verb_what(doc, noun or doc[num.num_start], lex,
                                          noun or doc[num.end - 1])
    if noun is not None and _partitive(doc, num, noun) and verb_cat in _CASUALTY:
        return verb_cat, False  # 'four of the wounded died'
    if noun_cat in _CASUALTY:
        return noun_cat, False
    if noun is None and verb_cat is None:
        generic = subject_generic
    if verb_cat is not None and (noun is None or noun_cat is not None or generic):
        return verb_cat, False
    if verb_cat in _CASUALTY and noun.dep_ == "nsubjpass" and noun.lemma_.lower() not in lex.units:
        return verb_cat, False  # '11 dahalo had been killed': only the living are killed
    if noun is None and doc[num.num_start].ent_type_ in lex.skip_labels:
        return None, False
    return noun_cat, generic and noun_cat is None


def _partitive(doc: Doc, num: _Number, noun: Token) -> bool:
    """'four of the wounded', 'three of them': a part of a group named before."""
    if num.end >= len(doc) or doc[num.end].lower_ != "of":
        return False
    return noun.pos_ == "PRON" or any(c.lower_ in ("the", "those", "these") for c in children(noun))


def _adjective_what(doc: Doc, noun: Token, lex: _Lexicon, num_end: int = -1) -> str | None:
    for c in children(noun):
        if c.dep_ in ("amod", "acomp") and c.lower_ in lex.adjectives \
                and (c.i > noun.i or num_end <= c.i):  # '4 dead soldiers', 'soldiers dead'
            return _adj_cat(c.lower_, lex)
    if noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ in lex.adjectives:
        return _adj_cat(doc[noun.i + 1].lower_, lex)
    return None


def _adj_cat(word: str, lex: _Lexicon) -> str:
    cat = lex.adjectives[word]
    return "wounded" if cat == "killed_or_wounded" else cat


def _verb_what(doc: Doc, target: Token, lex: _Lexicon,
               last: Token) -> tuple[str | None, bool]:
    """The category from the first verb governing `target` (or a death noun on the way)."""
    for c in children(target):
        if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB":
            cat = _verb_cat(c, lex)
            if cat is not None:
                return cat, False
    after = _verb_after(doc, last, lex)
    if after is not None:
        return after, False
    t, steps, via_noun = target, 0, False
    while t.head is not t and steps < 8:
        t, steps = t.head, steps + 1
        if t.pos_ == "NOUN" and t.lemma_.lower() in lex.death_nouns:
            return "killed", False
        via_noun = via_noun or (t.pos_ in ("NOUN", "PROPN") and t.dep_ in _ARGS)
        if t.pos_ in ("VERB", "AUX"):
            cat = _verb_cat(t, lex, target)
            if cat is None:
                cat = _outcome_cat(doc, t, target, lex)
            # ("A doctor put the death toll at 14": the verb's subject gives the toll)
            if cat is None and not via_noun and not (target.head.i == t.i
                                                     and target.dep_ == "nsubj"):
                cat = _subject_cat(t, target, lex)
            generic = any(c.dep_ in _ARGS and c.lemma_.lower() in lex.generic
                          for c in children(t))
            return cat, generic
    return None, False


def _outcome_cat(doc: Doc, verb: Token, target: Token, lex: _Lexicon) -> str | None:
    """'shot five men dead', 'were found dead', 'shot dead five men': the state the verb leaves
    the counted in; not its doer ('an officer shot dead a man')."""
    outcome = doc[verb.i + 1] if verb.i + 1 < len(doc) and doc[verb.i + 1].pos_ == "ADJ" else None
    if outcome is not None and target.i > outcome.i and target.dep_ in ("dobj", "pobj") \
            and target.head.i in (verb.i, outcome.i):
        return _adj_only(outcome, lex)  # 'shot dead five men', however parsed
    if target.head.i == verb.i and target.dep_ == "nsubj" and outcome is not None and \
            any(c.dep_ in ("dobj", "pobj") for c in children(verb) + children(outcome)):
        return None
    for c in children(verb):
        if c.dep_ in ("xcomp", "oprd", "acomp") and c.i > target.i:
            cat = _verb_cat(c, lex) or _adj_only(c, lex)
            if cat:
                return cat
    return None


def _verb_after(doc: Doc, target: Token, lex: _Lexicon) -> str | None:
    """'30 wounded', '250 were injured': the verb right after the count, whatever the parse."""
    j = target.i + 1
    while j < len(doc) and doc[j].pos_ == "AUX":
        j += 1
    if j < len(doc) and doc[j].pos_ == "VERB" and doc[j].tag_ in ("VBN", "VBD"):
        return _verb_cat(doc[j], lex)
    return None


def _subject_cat(verb: Token, target: Token, lex: _Lexicon) -> str | None:
    """'the death toll rose to 45', 'put the toll at 45': a casualty noun as the verb's argument."""
    for c in children(verb):
        if c.dep_ in _ARGS and c.i != target.i:
            cat = lex.noun_what.get(c.lemma_.lower())
            if cat in _CASUALTY:
                return cat
            if c.lemma_.lower() in lex.generic:
                for t in c.subtree:  # 'the number of people killed ... has risen to 22'
                    cat = _verb_cat(t, lex) if t.pos_ == "VERB" else lex.noun_what.get(t.lemma_)
                    if cat in _CASUALTY:
                        return cat
    return None


def _adj_only(t: Token, lex: _Lexicon) -> str | None:
    return _adj_cat(t.lower_, lex) if t.lower_ in lex.adjectives else None


def _verb_cat(t: Token, lex: _Lexicon, counted: Token | None = None) -> str | None:
    lemma = t.lemma_.lower()
    # the preposition may hang on the counted object: 'treated 14 people for shrapnel wounds'
    objects = list(children(counted)) if counted is not None and counted.head.i == t.i else []
    for c in list(children(t)) + objects:
        rest = c.lower_ if c.dep_ == "prt" else None
        if c.dep_ == "prep":  # 'taken into custody', 'treated for injuries'
            pobj = next((g for g in children(c) if g.dep_ == "pobj"), None)
            rest = f"{c.lower_} {pobj.lemma_.lower()}" if pobj is not None else None
        cat = lex.phrasal_what.get((lemma, rest)) if rest else None
        if cat is not None:
            return cat
    return lex.verb_what.get(lemma)


def _previous_in_paragraph(doc: Doc, text: str, num: _Number,
                           earlier: list[Quantity]) -> Quantity | None:
    if not earlier:
        return None
    start = doc[num.num_start].idx
    para_start = text.rfind("\n", 0, start)
    prev = earlier[-1]
    return prev if prev.start > para_start else None


def _claimant(doc: Doc, token: Token, lex: _Lexicon) -> str | None:
    """'according to X' in the sentence, or the subject of a claim verb above the number."""
    sent = sent_of(token)
    for t in sent:
        if t.lower_ == "according":
            to = next((c for c in children(t) if c.lower_ == "to"), None)
            obj = next((c for c in children(to) if c.dep_ == "pobj"), None) if to else None
            if obj is not None:
                return _core_text(doc, obj)
    # "X said eight were killed; Y said 31 bodies were brought in": the parse may hang the
    # first count on Y's verb across the semicolon, so a claim verb in the count's own part of
    # the sentence comes first
    start = max((t.i + 1 for t in sent if t.text == ";" and t.i < token.i), default=sent.start)
    end = min((t.i for t in sent if t.text == ";" and t.i > token.i), default=sent.end)
    for anc in sorted(token.ancestors, key=lambda t: not start <= t.i < end):  # stable
        if anc.pos_ == "VERB" and anc.lemma_.lower() in lex.claim_verbs:
            subj = next((c for c in children(anc) if c.dep_ == "nsubj"), None)
            if subj is not None and token.i not in _own_words(subj):
                return _resolve_pronoun(doc, subj) if subj.lower_ in _ANAPHORS \
                    else _core_text(doc, subj)
    return None


def _own_words(head: Token) -> set[int]:
    """The noun phrase's token indices, without what the parse hangs on it as an apposition or
    a clause ("a monk ..., most of them women": the women are the count's)."""
    hung = {t.i for c in children(head) if c.dep_ in ("appos", "relcl", "acl")
            for t in c.subtree}
    return {t.i for t in head.subtree} - hung


def _core_text(doc: Doc, head: Token) -> str:
    """The head's noun phrase without appositions, clauses or a leading determiner."""
    start = head.left_edge.i
    while start < head.i and doc[start].dep_ in ("det", "punct", "case"):
        start += 1
    return doc[start:head.i + 1].text


def _resolve_pronoun(doc: Doc, pron: Token) -> str:
    person = None
    for ent in doc_ents(doc):
        if ent.start >= pron.i:
            break
        if ent.label_ == "PERSON":
            person = ent.text
    return person or pron.text
