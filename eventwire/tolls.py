"""Event tolls: the quantities stage's killed counts -> the fatalities of one event.

The events stage asks for the toll of the event its sentence reports (`event_tolls`) and for
the 'Fatalities: N' field closing an ACLED-style note (`reported_total`). Counts in a sentence
add up or compete by source, a later toll update replaces the earlier toll, and a total over a
period ('killed since October') is no event's toll. Cue words: data/quantity_lexicon.json.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .model import Fatalities, Quantity

_PARTITIVE = re.compile(r"\bof (?:them|those|these|the)\b", re.I)
_RECORD = re.compile(r"\b(?:deadliest|worst|bloodiest|biggest|largest|first)\b[^.]{0,40}$", re.I)
_SENTENCE_END = re.compile(r"[.!?][\"”’»]?(?:\s|$)")


@dataclass(frozen=True)
class _Cues:
    campaign: tuple[str, ...]  # 'so far this year': a total over a period
    campaign_since: frozenset[str]  # 'since October'
    updates: tuple[str, ...]  # 'rose to': a toll that replaces the earlier ones
    field_prefixes: tuple[str, ...]  # 'Fatalities:' closing an ACLED-style note
    victim_kind: dict[str, int]  # 'militants' and 'terrorists' are the same kind of victim
    vague: frozenset[str]  # 'several', 'dozens': first words of counts given as no number


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    raw = json.loads((Path(__file__).parent / "data" / "quantity_lexicon.json")
                     .read_text(encoding="utf-8"))
    return _Cues(campaign=tuple(raw["campaign_cues"]),
                 campaign_since=frozenset(raw["campaign_since"]),
                 updates=tuple(raw["toll_update_cues"]),
                 field_prefixes=tuple(f"{label}:" for label in raw["field_labels"]),
                 victim_kind={noun: n for n, kind in enumerate(raw["victim_kinds"])
                              for noun in kind},
                 vague=frozenset(k.split()[0] for k in raw["vague"] if k.split()[0] != "a"))


def is_campaign_total(q: Quantity, text: str) -> bool:
    """'300 people have been killed since October', 'so far this year, 300 ...': a total over a
    period, not the toll of the event its sentence reports. A period cue after the count only
    counts inside the count's own clause ("one of the heaviest bombardments this year", after a
    comma, dates the bombardment's rank, not the toll)."""
    cues = _cues()
    lo, hi = _sentence_bounds(text, q.start)
    sentence = text[lo:hi].lower()
    clause_end = _clause_end(sentence, q.end - lo)
    scope = sentence[:clause_end]
    if _campaign_pattern().search(scope):
        return True
    for m in re.finditer(r"\bsince\s+(\w+)", scope):
        word = m.group(1)
        if (word in cues.campaign_since or word.isdigit()) \
                and not _RECORD.search(sentence[:m.start()]):
            return True
    return False


@lru_cache(maxsize=1)
def _campaign_pattern() -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in _cues().campaign) + r")\b")


def _clause_end(sentence: str, after: int) -> int:
    """Where the clause holding position `after` ends: the next comma, semicolon or dash."""
    m = re.compile(r"[,;:]|\s[-–—]\s").search(sentence, max(after, 0))
    return m.start() if m else len(sentence)


def is_toll_update(q: Quantity, text: str) -> bool:
    """'the death toll rose to 22', 'has risen to 22': a toll that replaces the earlier ones."""
    lo, _ = _sentence_bounds(text, q.start)
    before = text[max(lo, q.start - 30):q.start].lower()
    return any(before.rstrip().endswith(cue) or f"{cue} " in before for cue in _cues().updates)


def reported_total(quantities: list[Quantity] | tuple[Quantity, ...]) -> Fatalities | None:
    """The 'Fatalities: N' field closing an ACLED-style note: the note's main event's toll."""
    labels = _cues().field_prefixes
    field = next((q for q in quantities if q.what == "killed" and q.text.lower().startswith(labels)),
                 None)
    if field is None:
        return None
    return Fatalities(low=field.low, high=field.high, acled=field.acled, text=field.text)


_AMONG = re.compile(r"\b(?:among them|among whom|including|of whom)\W*$", re.I)


def _part_of_group(q: Quantity, text: str) -> bool:
    """"three of them", "four civilians, among them a child": a part of a group already counted."""
    return bool(_PARTITIVE.search(q.text) or _AMONG.search(text[max(0, q.start - 20):q.start]))


def event_tolls(quantities: list[Quantity] | tuple[Quantity, ...], text: str, start: int,
                end: int) -> Fatalities | None:
    """The fatalities of the event reported in text[start:end] (its sentence), from the killed
    counts there: distinct groups add up ('seven civilians and three gendarmes' = 10), rival
    sources compete ('nine people, authorities said, but residents said at least 14' = 9-14),
    a restated count is counted once ('four soldiers' ... 'four bodies'), a part of a group
    counted before is not added ('three of them', 'among them a child'), a later toll update anywhere in the article
    whose nearest earlier toll is in this range replaces it ('the toll rose to 22'), and a
    total over a period is not an event's toll ('killed since October')."""
    mine: list[Quantity] = []
    owner_inside = False
    for q, update in _killed_counts(quantities, text):
        inside = start <= q.start < end
        if update and (inside or owner_inside):
            mine = [q]  # supersedes every earlier toll of this event
        elif inside and not (mine and _part_of_group(q, text)):
            mine.append(q)  # "two of the students" counts when no count of the group came first
        if not update:
            owner_inside = inside
    if not mine:
        return None
    return _combine(_accounts(mine))


_last: list = [None, None, ()]  # [quantities, text, their killed counts]: one article at a time


def _killed_counts(quantities: list[Quantity] | tuple[Quantity, ...],
                   text: str) -> tuple[tuple[Quantity, bool], ...]:
    """The article's killed counts in text order, each with whether it updates a toll; no field
    line, no total over a period. Worked out once per article, not once per event."""
    if _last[0] is not quantities or _last[1] is not text:
        labels = _cues().field_prefixes
        killed = [q for q in sorted(quantities, key=lambda q: q.start) if q.what == "killed"
                  and not q.text.lower().startswith(labels) and not is_campaign_total(q, text)]
        _last[:] = [quantities, text, tuple((q, is_toll_update(q, text)) for q in killed)]
    return _last[2]


def _accounts(counts: list[Quantity]) -> list[list[Quantity]]:
    """Counts grouped by who gives them; an unattributed count joins the account before it."""
    accounts: list[list[Quantity]] = []
    for q in counts:
        home = next((a for a in accounts if q.claimed_by and a[0].claimed_by
                     and a[0].claimed_by.lower() == q.claimed_by.lower()), None)
        if home is None and q.claimed_by is None and accounts:
            home = accounts[-1]
        if home is None:
            accounts.append([q])
        elif not any(_restates(p, q) for p in home):
            home.append(q)
    return accounts


def _restates(a: Quantity, b: Quantity) -> bool:
    generic = {"people", "dead", "bodies", "body", "toll", "deaths", "victims", None}
    heads = {(x.of or "").lower().split()[-1] if x.of else None for x in (a, b)}
    return (a.low, a.high) == (b.low, b.high) and bool(heads & generic)


def _combine(accounts: list[list[Quantity]]) -> Fatalities:
    texts = "; ".join(q.text for a in accounts for q in a)
    claimant = next((q.claimed_by for a in accounts for q in a if q.claimed_by), None)
    if not all(_rivals(a, b) for a in accounts for b in accounts if a is not b):
        accounts = [[q for a in accounts for q in a]]  # different victims: they add up
    totals = [_total(a) for a in accounts]
    if len(totals) == 1:
        low, high, acled = totals[0]
        return Fatalities(low=low, high=high, acled=acled, text=texts, claimed_by=claimant)
    lows = [t[0] for t in totals if t[0] is not None]
    low = min(lows) if lows else None
    high = max(lows) if lows and max(lows) != low else None
    acled = min(t[2] for t in totals)
    return Fatalities(low=low, high=high, acled=acled, text=texts, claimed_by=claimant)


def rival_tolls(tolls: list[Fatalities]) -> bool:
    """Tolls of one event told in different sentences by two or more named sources, each a
    single count given as a number, of the same dead: rival accounts ("at least 11 people,
    district officials said" ... "elders put the toll at 18"; "killed 27 government soldiers"
    ... "six of its soldiers had been killed"); not "several soldiers" beside "four soldiers",
    nor sources counting soldiers and militants."""
    single = [f for f in tolls if f.text and f.claimed_by and ";" not in f.text
              and not _PARTITIVE.search(f.text) and f.text.lower().split()[0] not in _cues().vague]
    if len(single) < len(tolls) or len({f.claimed_by.casefold() for f in single}) < 2 \
            or len({f.low for f in single}) < 2:
        return False
    heads = [{_head(f.text.split()[-1])} for f in single]
    return all(_same_victims(a, b) for a in heads for b in heads if a is not b)


def fighters_for_civilians(ours: Fatalities, theirs: Fatalities) -> bool:
    """"killing eight civilians, residents said" ... "the governor's office said the strike had
    killed 12 Taliban fighters": one side counting as fighters the dead another source counts as
    civilians disputes who died; it is no second count of other dead."""
    kinds = _cues().victim_kind

    def kind(f: Fatalities) -> int | None:
        return kinds.get(_head(f.text.split()[-1]).rstrip("s")) if f.text else None
    return theirs.claimed_by is not None and kind(ours) == 0 and kind(theirs) == 2


def _head(word: str) -> str:
    return word.lower() if word.isalpha() else ""  # a bare number counts the dead


def _rivals(a: list[Quantity], b: list[Quantity]) -> bool:
    """Two sources' accounts of the same victims: some counted noun is shared, generic or of
    the same kind ("seven dead militants" / "12 terrorists")."""
    return _same_victims({(q.of or "").lower().split()[-1:][0] if q.of else "" for q in a},
                         {(q.of or "").lower().split()[-1:][0] if q.of else "" for q in b})


def _same_victims(heads_a: set[str], heads_b: set[str]) -> bool:
    generic = {"people", "dead", "bodies", "body", "toll", "deaths", "victims", "persons", ""}
    kinds = _cues().victim_kind
    return bool(heads_a & generic or heads_b & generic or
                {h.rstrip("s") for h in heads_a} & {h.rstrip("s") for h in heads_b} or
                {kinds.get(h.rstrip("s")) for h in heads_a} &
                {kinds.get(h.rstrip("s")) for h in heads_b} - {None})


def _total(account: list[Quantity]) -> tuple[int | None, int | None, int]:
    known = [q for q in account if q.low is not None or q.high is not None or q.acled]
    low = sum(q.low if q.low is not None else (q.acled or 0) for q in known) if known else None
    high = sum(q.high for q in account) if all(q.high is not None for q in account) else None
    acled = sum(q.acled if q.acled is not None else (q.low or 0) for q in account)
    return low, high, acled


def _sentence_bounds(text: str, at: int) -> tuple[int, int]:
    lo = max(text.rfind("\n", 0, at), max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)),
                                          default=0))
    m = _SENTENCE_END.search(text, at)
    return max(lo, 0), (m.end() if m else len(text))
