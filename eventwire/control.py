"""Territorial control over time: who held a place, from when to when, and on what evidence.

`control_timeline(rows, place)` reads de-duplicated events (`Store.events()` rows) and keeps the
asserted, dated territory events at `place` (matched by place name, case- and accent-blind, or
by GeoNames id when `place` is a number):
- ACLED "Government regains territory", "Non-state actor overtakes territory" and "Non-violent
  transfer of territory": actor1 gains the place (ACLED codes the gaining actor first);
- PLOVER RETREAT: actor1 withdraws; actor2, when named, gains the place, else control is left
  open (the withdrawing actor's period ends, no new one starts).
Events are read in date order; a gain by the actor already holding the place corroborates the
period instead of starting a new one; a gain by another actor ends the current period on the
day the new one starts. The last period has `end=None` (still held, as far as the reports go).
"""
from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

GAIN_SUB_EVENTS = frozenset({"Government regains territory", "Non-state actor overtakes territory",
                             "Non-violent transfer of territory"})


@dataclass(frozen=True)
class Evidence:
    article_id: str | None
    text: str


@dataclass(frozen=True)
class ControlPeriod:
    holder: str
    start: date
    end: date | None  # None: still held as far as the reports go
    evidence: Evidence  # the report that the holder took the place
    event_id: str  # the merged event that started the period


@dataclass(frozen=True)
class _Change:
    day: date
    gains: str | None  # actor who takes the place (None: control left open)
    loses: str | None  # actor who withdraws (RETREAT)
    event: dict


def control_timeline(rows: Iterable[dict], place: str) -> list[ControlPeriod]:
    """The periods of control over `place`, oldest first (see the module docstring)."""
    changes = sorted((c for ev in rows if _at(ev, place) for c in _change(ev)),
                     key=lambda c: (c.day, c.event.get("event_id") or ""))
    periods: list[ControlPeriod] = []
    for change in changes:
        current = periods[-1] if periods and periods[-1].end is None else None
        if current and change.gains and _same(current.holder, change.gains):
            continue  # another report of the same holder's control
        if current and (change.gains or _same(current.holder, change.loses)):
            periods[-1] = ControlPeriod(current.holder, current.start, change.day,
                                        current.evidence, current.event_id)
        if change.gains:
            periods.append(ControlPeriod(change.gains, change.day, None,
                                         _evidence(change.event), _event_id(change.event)))
    return periods


def _change(ev: dict) -> list[_Change]:
    if ev.get("mode") != "asserted" or not (ev.get("date") or {}).get("start"):
        return []
    day = date.fromisoformat(ev["date"]["start"][:10])
    actor1, actor2 = _name(ev.get("actor1")), _name(ev.get("actor2"))
    kind = ev.get("type") or {}
    if kind.get("acled_sub_event_type") in GAIN_SUB_EVENTS and actor1:
        return [_Change(day, actor1, None, ev)]
    if kind.get("plover") == "RETREAT" and actor1:
        return [_Change(day, actor2, actor1, ev)]
    return []


def _at(ev: dict, place: str) -> bool:
    where = ev.get("place") or {}
    if place.strip().isdigit():
        return str(where.get("geonames_id")) == place.strip()
    return bool(where.get("name")) and _fold(where["name"]) == _fold(place)


def _name(actor: dict | None) -> str | None:
    return (actor or {}).get("name") or None


def _same(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and _fold(a) == _fold(b)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(ch for ch in text if not unicodedata.combining(ch))
                    .replace("-", " ").split())


def _evidence(ev: dict) -> Evidence:
    span = next(iter(ev.get("evidence") or ()), None)
    if span is None:
        return Evidence(None, "")
    return Evidence(span.get("article_id"), span.get("text", ""))


def _event_id(ev: dict) -> str:
    return ev.get("event_id") or ev.get("id") or ""
