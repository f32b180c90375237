"""Time stage: finds time expressions in a Doc and resolves them against the publication date.

Cascade for one expression (`resolve`):
  1. normalise: case, dashes, possessive "'s", clock times ("at 3 pm") and day parts
     ("Saturday night") are dropped, leading prepositions ("on", "in", "over", "for") and "the";
  2. rules, each a full match over the normalised text, first match wins: relative days, weekdays,
     calendar periods ("last week"), windows ("in recent weeks"), "N units ago", durations,
     absolute dates (ISO, numeric, "5 January 2022", "Jan. 5"), months, years, decades, seasons;
  3. wrappers that resolve their inner expression first: "since X", "early/mid/late X",
     "from X to Y", "Monday, 5 January 2022";
  4. dateparser, cached, only for absolute-looking leftovers (a digit or a month name).
A resolved span containing the publication date is cut at it unless the expression is explicitly
future ("next week", "tomorrow", "later this year").

Choices:
  * weekday / bare month / bare season = the latest one starting on or before publication;
    "last Monday" is strictly before it. "5 January" takes the publication year, or the year
    before if that would be after publication.
  * "last week" = previous ISO week; "this week" = its Monday to publication; "past week" and
    "the past N weeks" = N weeks back to publication. "in recent days/weeks/months/years" = 7 days /
    4 weeks / 3 months / 3 years back to publication (lexicon `recent_window`); precision follows
    the unit (day/week/month/year).
  * early/mid/late of a year = Jan-Apr / May-Aug / Sep-Dec, precision season; of a month = days
    1-10 / 11-20 / 21-end, precision month; of anything else = thirds of its days.
  * winter YEAR = 1 Dec YEAR-1 to end Feb YEAR (the winter holding January of YEAR).
  * numeric dates: day-first unless the second number is > 12 (wire copy is mostly day-first).
  * durations ("seven-month", "for three days", "after months") = N units back to `anchor_end`
    (else publication); "months" without a count = `unspecified_count` (3) units.
  * anchored steps ("the following day", "later the same day", "the previous week") count from
    the last date the article gave before them that is precise enough, and chain; counts ("two
    days later") from the last date written out (not one a step gave), counts from a named event
    ("six days before the handover") from the report's first day; a flashback ("three days
    earlier") moves nothing after it; with no date they stay unresolved ("the previous week"
    alone = last week).
  * clock times alone ("3 pm") are not resolved (wire reports often mean the previous day) and
    `find_times` skips them; with a day ("Monday at 3 pm") they resolve to that day.
"""
from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path

from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, LENGTH, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc

from .model import Span, TimeSpan
from .nlp import doc_text

_DATA = Path(__file__).parent / "data" / "temporal_lexicon.json"
_PATTERNS = Path(__file__).parent / "data" / "temporal_patterns.tsv"
_ORDER = {"day": 0, "week": 1, "month": 2, "season": 3, "year": 4, "unknown": 5}
_UNIT_PRECISION = {"day": "day", "week": "week", "month": "month", "year": "year", "decade": "year"}


@dataclass(frozen=True)
class _Hit:
    start: date | None
    end: date | None
    precision: str
    kind: str = "point"  # point | duration | clock (a bare clock time)
    future: bool = False  # explicitly future: not cut at publication
    # anchored ("the following day"): (unit, steps) from the date the narrative last gave;
    # start/end then hold the reading without one, if any
    shift: tuple[str, int] | None = None
    # "two days later": from the last date the report wrote out; "six days before the
    # handover": from its first day (the main event)
    count: str | None = None  # None | "written" | "first"
    stepped: bool = False  # resolved by a step from another date, not written out


_UNRESOLVED = _Hit(None, None, "unknown")


@lru_cache(maxsize=1)
def _lex() -> dict:
    return json.loads(_DATA.read_text(encoding="utf-8"))


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# ---------------------------------------------------------------- date arithmetic

def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _shift(d: date, unit: str, n: int) -> date:
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(weeks=n)
    return _add_months(d, n * {"month": 1, "year": 12, "decade": 120}[unit])


def _period(d: date, unit: str) -> tuple[date, date]:
    """The calendar week (ISO, Monday first), month or year holding `d`."""
    if unit == "week":
        s = d - timedelta(days=d.weekday())
        return s, s + timedelta(days=6)
    if unit == "month":
        return d.replace(day=1), _month_end(d.year, d.month)
    return date(d.year, 1, 1), date(d.year, 12, 31)


def _unit(word: str) -> str:
    return word.rstrip("s")


def _number(word: str | None) -> int:
    if not word:
        return 1
    if word.isdigit():
        return int(word)
    nums = _lex()["numbers"]
    if word in nums:
        return nums[word]
    return sum(nums.get(p, 0) for p in word.split("-"))  # twenty-five


def _year2(y: str) -> int:
    return int(y) if len(y) == 4 else (2000 + int(y) if int(y) < 50 else 1900 + int(y))


# ---------------------------------------------------------------- rule handlers

def _weekday(m: re.Match, ref: date | None, anchor: date | None) -> _Hit:
    if ref is None:
        return _UNRESOLVED
    mod, name = m.group(1), m.group(2)
    if name == "weekend":
        sat = ref - timedelta(days=(ref.weekday() - 5) % 7)
        if mod in ("last", "past", "previous") and ref.weekday() >= 5:
            sat -= timedelta(days=7)
        if mod in ("next", "coming"):
            sat += timedelta(days=7)
        return _Hit(sat, sat + timedelta(days=1), "day", future=mod in ("next", "coming"))
    wd = _lex()["weekdays"][name]
    day = ref - timedelta(days=(ref.weekday() - wd) % 7)
    if mod in ("last", "past", "previous") and day == ref:
        day -= timedelta(days=7)
    elif mod in ("next", "coming"):
        day = ref + timedelta(days=(wd - ref.weekday() - 1) % 7 + 1)
        return _Hit(day, day, "day", future=True)
    return _Hit(day, day, "day")


def _calendar_period(m: re.Match, ref: date | None, anchor: date | None) -> _Hit:
    if ref is None:
        return _UNRESOLVED
    mod, unit = m.group(1), m.group(2)
    if mod == "past" or unit == "decade":
        return _Hit(_shift(ref, unit, -1), ref, _UNIT_PRECISION[unit])
    step = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(mod, 0)
    s, e = _period(_shift(ref, unit, step), unit)
    return _Hit(s, e, unit, future=step > 0)


def _so_far(m: re.Match, ref: date | None, anchor: date | None) -> _Hit:
    if ref is None:
        return _UNRESOLVED
    s, e = _period(ref, m.group(2))
    if m.group(1) == "later":
        return _Hit(ref, e, m.group(2), future=True)
    return _Hit(s, ref, m.group(2))


def _window(m: re.Match, ref: date | None, anchor: date | None) -> _Hit:
    if ref is None:
        return _UNRESOLVED
    mod, count, unit = m.group(1), m.group(2), _unit(m.group(3))
    n = _number(count) if count else (_lex()["recent_window"][unit] if mod == "recent" else 1)
    if mod in ("next", "coming", "following"):
        return _Hit(ref, _shift(ref, unit, n), _UNIT_PRECISION[unit], future=True)
    return _Hit(_shift(ref, unit, -n), ref, _UNIT_PRECISION[unit])


def _ago(m: re.Match, ref: date | None, anchor: date | None) -> _Hit:
    if ref is None:
        return _UNRESOLVED
    unit = m.group(2)
    d = _shift(ref, unit, -_number(m.group(1)))
    if unit == "day":
        return _Hit(d, d, "day")
    s, e = _period(d, "year" if unit == "decade" else unit)
    return _Hit(s, e, _UNIT_PRECISION[unit])


def _duration(m: re.Match, ref: date | None, anchor: date | None) -> _Hit:
    end = anchor or ref
    if end is None:
        return replace(_UNRESOLVED, kind="duration")
    unit = _unit(m.group(2))
    n = _number(m.group(1)) if m.group(1) else _lex()["unspecified_count"]
    return _Hit(_shift(end, unit, -n), end, _UNIT_PRECISION[unit], kind="duration")


def _anchored(unit: str, steps: int, ref: date | None) -> _Hit:
    """A step from the date the narrative last gave (see `find_times`). Alone, only "the
    previous week" has a reading: the period before publication, as "last week"."""
    fallback = _UNRESOLVED
    if ref is not None and steps == -1 and unit != "day":
        fallback = _Hit(*_period(_shift(ref, unit, -1), unit), _UNIT_PRECISION[unit])
    return replace(fallback, shift=(unit, steps))


def _day_beside(m: re.Match, ref: date | None, anchor: date | None) -> _Hit:
    return _anchored("day", -1 if m.group(1) == "before" else 1, ref)


_STEP = {"following": 1, "next": 1, "previous": -1, "preceding": -1}  # "(that) same", "that": 0


def _step(m: re.Match, ref: date | None, anchor: date | None) -> _Hit:
    return _anchored(m.group(2), _STEP.get(m.group(1), 0), ref)


def _next_weekday(m: re.Match, ref: date | None, anchor: date | None) -> _Hit:
    """"the following Monday": the first Monday after the date the narrative last gave."""
    return replace(_UNRESOLVED, shift=("weekday", _lex()["weekdays"][m.group(1)]))


def _day_step(m: re.Match, ref: date | None, anchor: date | None) -> _Hit:
    """"the next morning", "that night": a day step whose day part `_normalise` dropped."""
    return _anchored("day", _STEP.get(m.group(1), 0), ref)


def _steps(m: re.Match, ref: date | None, anchor: date | None) -> _Hit:
    """"two days later" counts from the last date written out, "six days before the handover"
    from the report's first day (its main event); neither from a step ("the following
    morning" is a step of its own)."""
    n = _number(m.group(1))
    hit = _anchored(m.group(2), n if m.group(3) in ("later", "after") else -n, ref)
    return replace(hit, count="first" if m.group(4) else "written")


def _iso(m: re.Match, ref: date | None, anchor: date | None) -> _Hit:
    d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return _Hit(d, d, "day")


def _numeric(m: re.Match, ref: date | None, anchor: date | None) -> _Hit:
    a, b, y = int(m.group(1)), int(m.group(2)), _year2(m.group(3))
    day, month = (a, b) if b <= 12 else (b, a)
    d = date(y, month, day)
    return _Hit(d, d, "day")


def _day_month(day: int, month: int, year: str | None, ref: date | None) -> _Hit:
    if year:
        d = date(int(year), month, day)
        return _Hit(d, d, "day")
    if ref is None:
        return _UNRESOLVED
    y = ref.year if (month, day) <= (ref.month, ref.day) else ref.year - 1
    if month == 2 and day == 29 and not calendar.isleap(y):
        return _UNRESOLVED
    d = date(y, month, day)
    return _Hit(d, d, "day")


def _dmy(m: re.Match, ref: date | None, anchor: date | None) -> _Hit:
    return _day_month(int(m.group(1)), _lex()["months"][m.group(2)], m.group(3), ref)


def _mdy(m: re.Match, ref: date | None, anchor: date | None) -> _Hit:
    return _day_month(int(m.group(2)), _lex()["months"][m.group(1)], m.group(3), ref)


def _month_year(m: re.Match, ref: date | None, anchor: date | None) -> _Hit:
    y, mo = int(m.group(2)), _lex()["months"][m.group(1)]
    return _Hit(date(y, mo, 1), _month_end(y, mo), "month")


def _month(m: re.Match, ref: date | None, anchor: date | None) -> _Hit:
    if ref is None:
        return _UNRESOLVED
    mod, mo = m.group(1), _lex()["months"][m.group(2)]
    if mod in ("next", "coming"):
        y = ref.year if mo > ref.month else ref.year + 1
    elif mod == "this":
        y = ref.year
    elif mod in ("last", "past", "previous"):
        y = ref.year if mo < ref.month else ref.year - 1
    else:
        y = ref.year if mo <= ref.month else ref.year - 1
    return _Hit(date(y, mo, 1), _month_end(y, mo), "month", future=mod in ("next", "coming"))


def _year(m: re.Match, ref: date | None, anchor: date | None) -> _Hit:
    y = int(m.group(1))
    return _Hit(date(y, 1, 1), date(y, 12, 31), "year")


def _year_range(m: re.Match, ref: date | None, anchor: date | None) -> _Hit:
    a, b = int(m.group(1)), m.group(2)
    end = int(b) if len(b) == 4 else a // 100 * 100 + int(b)
    if end <= a:
        return _UNRESOLVED
    return _Hit(date(a, 1, 1), date(end, 12, 31), "year")


def _decade(m: re.Match, ref: date | None, anchor: date | None) -> _Hit:
    digits = m.group(1)
    if len(digits) == 2:
        if ref is None:
            return _UNRESOLVED
        y = 2000 + int(digits) if 2000 + int(digits) <= ref.year else 1900 + int(digits)
    else:
        y = int(digits)
    return _Hit(date(y, 1, 1), date(y + 9, 12, 31), "year")


def _season_span(name: str, label_year: int) -> tuple[date, date]:
    first, last = _lex()["seasons"][name]
    start_year = label_year - 1 if first > last else label_year
    return date(start_year, first, 1), _month_end(label_year, last)


def _season(m: re.Match, ref: date | None, anchor: date | None) -> _Hit | None:
    mod, name, year = m.group(1), m.group(2), m.group(3)
    if name == "fall" and not (mod or year):
        return None  # "forced the garrison to fall back": a verb, not autumn
    if year:
        return _Hit(*_season_span(name, int(year)), "season")
    if ref is None:
        return _UNRESOLVED
    spans = [_season_span(name, y) for y in range(ref.year - 2, ref.year + 3)]
    if mod in ("next", "coming"):
        s, e = next(sp for sp in spans if sp[0] > ref)
        return _Hit(s, e, "season", future=True)
    if mod in ("last", "past", "previous"):
        s, e = [sp for sp in spans if sp[1] < ref][-1]
    else:
        s, e = [sp for sp in spans if sp[0] <= ref][-1]
    return _Hit(s, e, "season")


# ---------------------------------------------------------------- patterns

@lru_cache(maxsize=1)
def _parts() -> dict[str, str]:
    lex = _lex()
    nums = _alt(k for k in lex["numbers"])
    return {
        "M": rf"({_alt(lex['months'])})\.?",
        "WD": rf"({_alt(lex['weekdays'])}|weekend)",
        "NUM": rf"(\d{{1,3}}|(?:{nums})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)",
        "D": r"(3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?",
        "Y": r"(1\d{3}|20\d{2})",
        "SEASON": rf"({_alt(lex['seasons'])})",
        "UNIT": r"(day|week|month|year|decade)",
        "UNITS": r"(days|weeks|months|years|decades)",
        "MOD": r"(last|this|next|past|previous|coming|current)",
        "DP": _alt(lex["dayparts"]),
        "LATER": r"(?:(?:later|earlier)\s+)?(?:on\s+)?(?:the\s+)?",
    }


def _rx(template: str) -> re.Pattern:
    return re.compile(template.format(**_parts()))


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[re.Pattern, object], ...]:
    return (
        (_rx(r"(?:{MOD}\s+)?{WD}"), _weekday),
        (_rx(r"{LATER}(?:day|morning|afternoon|evening|night)\s+(before|after)"), _day_beside),
        (_rx(r"{LATER}(following|previous|preceding|(?:that\s+)?same|that|next(?=\s+day))\s+"
             r"(day|week|month|year)"), _step),
        # "the next morning", "that night": the day part was dropped by `_normalise`
        (_rx(r"(?:(?:later|earlier)\s+)?(following|previous|preceding|next|(?:that\s+)?same|that)"),
         _day_step),
        (_rx(r"{NUM}\s+{UNIT}s?\s+(later|earlier|after|before)(\s+(?:the|its|his|her|their)\s+\S+)?"),
         _steps),
        (_rx(r"following\s+{WD}"), _next_weekday),
        (_rx(r"{MOD}\s+(week|month|year|decade)"), _calendar_period),
        (_rx(r"(earlier|later|so far)\s+(?:this|in the)\s+(week|month|year)"), _so_far),
        (_rx(r"(past|last|previous|recent|coming|next|following)\s+(?:{NUM}\s+)?{UNITS}"), _window),
        (_rx(r"{NUM}\s+{UNIT}s?\s+ago"), _ago),
        (_rx(r"(?:(?:after|a|an|nearly|almost|about|some|more than|at least|over)\s+)*"
             r"{NUM}[\s-]{UNIT}s?(?:[\s-]long)?"), _duration),
        (_rx(r"(?:after\s+)?(?:(many|several|a few|few)\s+)?{UNITS}(?:[\s-]long)?"), _duration),
        (_rx(r"(\d{{4}})[-/.](\d{{1,2}})[-/.](\d{{1,2}})"), _iso),
        (_rx(r"(\d{{1,2}})[/.](\d{{1,2}})[/.](\d{{4}}|\d{{2}})"), _numeric),
        (_rx(r"{D}(?:\s+of)?\s+{M}(?:,?\s+{Y})?"), _dmy),
        (_rx(r"{M}\s+{D}(?:,?\s+{Y})?"), _mdy),
        (_rx(r"{M},?\s+(?:of\s+)?{Y}"), _month_year),
        (_rx(r"(?:(last|this|next|past|previous|coming)\s+)?{M}"), _month),
        (_rx(r"(?:year\s+(?:of\s+)?)?{Y}"), _year),
        (_rx(r"{Y}\s*-\s*(\d{{4}}|\d{{2}})"), _year_range),
        (_rx(r"'?(1\d{{2}}0|20\d0|\d0)'?s"), _decade),
        (_rx(r"(?:(last|this|next|past|previous|coming)\s+)?{SEASON}(?:\s+(?:of\s+)?{Y})?"), _season),
    )


_TRANS = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2010": "-", "\u2011": "-", "\u2019": "'",
                        "\u2018": "'", "\u00a0": " "})
_CLOCK = re.compile(
    r",?\s*(?:(?:at|around|about|from|shortly after|just after|just before|after|before|by)\s+)?"
    r"\b(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b\.?|\d{1,2}:\d{2}\b|\d{4}\s*(?:gmt|utc|hrs)\b"
    r"|noon\b|midday\b|midnight\b|dawn\b|dusk\b|daybreak\b|sunrise\b|sunset\b)"
    r"(?:\s*\(?(?:local time|local|gmt|utc|est|edt|bst|cet)\)?)?")
_LEAD = re.compile(r"^(?:(?:on|in|at|during|around|about|throughout|within|over|for|of|as of|by|"
                   r"until|till|the)\s+)+")
_POSSESSIVE = re.compile(r"(?<=[a-z])'s?$")


@lru_cache(maxsize=1)
def _daypart_rx() -> re.Pattern:
    return _rx(r"(.+?)[\s-]+(?:{DP})")


def _normalise(text: str) -> str:
    s = " ".join(text.translate(_TRANS).lower().split()).strip(" ,.;:!?\"'()[]")
    s = _POSSESSIVE.sub("", s)
    s = " ".join(_CLOCK.sub(" ", s).split()).strip(" ,")
    s = _LEAD.sub("", s)
    if s not in _lex()["relative_days"]:
        m = _daypart_rx().fullmatch(s)
        if m and m.group(1) not in ("this", "last", "the"):
            s = m.group(1)
    return s.strip(" ,")


# ---------------------------------------------------------------- interpretation

_SINCE = re.compile(r"since\s+(.+)")
_PART = re.compile(r"(early|mid|middle of|late|end of|the end of|beginning of|the beginning of|"
                   r"start of|the start of|first half of|the first half of|second half of|"
                   r"the second half of)(?:\s*-\s*|\s+)(?:(?:on|in|of)\s+)?(.+)")
_RANGE = re.compile(r"(?:from|between)\s+(.+?)\s+(?:to|and|until|till|through)\s+(.+)")
_PART_SLICES = {"early": (0, 1), "beginning": (0, 1), "start": (0, 1), "mid": (1, 2),
                "late": (2, 3), "end": (2, 3)}  # "mid" also covers "middle of"


def _interpret(s: str, ref: date | None, anchor: date | None, depth: int = 0) -> _Hit | None:
    """Rules first, then wrappers; None when nothing recognises `s`."""
    rel = _lex()["relative_days"].get(s)
    if rel is not None:
        if ref is None:
            return _UNRESOLVED
        return _Hit(ref + timedelta(days=rel[0]), ref + timedelta(days=rel[1]), "day",
                    future=rel[0] > 0)
    for rx, handler in _rules():
        m = rx.fullmatch(s)
        if m:
            return handler(m, ref, anchor)
    if depth >= 2:
        return None
    for wrapper in (_since, _part, _range, _weekday_prefix):
        hit = wrapper(s, ref, anchor, depth + 1)
        if hit is not None:
            return hit
    return None


def _since(s: str, ref: date | None, anchor: date | None, depth: int) -> _Hit | None:
    m = _SINCE.fullmatch(s)
    inner = _interpret(_normalise(m.group(1)), ref, None, depth) if m else None
    if inner is None:
        return None
    if ref is None or inner.start is None or inner.start > ref:
        return _UNRESOLVED
    return _Hit(inner.start, ref, inner.precision)


def _part(s: str, ref: date | None, anchor: date | None, depth: int) -> _Hit | None:
    m = _PART.fullmatch(s)
    if not m:
        return None
    rest = _normalise(m.group(2))
    inner = _interpret(f"this {rest}" if rest in ("year", "month", "week") else rest,
                       ref, None, depth)
    if inner is None or inner.start is None:
        return inner
    word = m.group(1)
    s0, e0 = inner.start, inner.end
    if "half" in word:
        mid = _add_months(s0, 6) - timedelta(days=1) if inner.precision == "year" else \
            s0 + (e0 - s0) // 2
        return _Hit(s0, mid, "season") if "first" in word else \
            _Hit(mid + timedelta(days=1), e0, "season")
    lo, hi = next(v for k, v in _PART_SLICES.items() if k in word)
    if inner.precision == "year" and s0.month == 1 and e0.month == 12 and s0.year == e0.year:
        return _Hit(_add_months(s0, 4 * lo), _add_months(s0, 4 * hi) - timedelta(days=1),
                    "season", future=inner.future)
    if inner.precision == "month" and s0.day == 1 and e0 == _month_end(s0.year, s0.month):
        return _Hit(s0 + timedelta(days=10 * lo),
                    e0 if hi == 3 else s0 + timedelta(days=10 * hi - 1), "month",
                    future=inner.future)
    days = (e0 - s0).days + 1
    return _Hit(s0 + timedelta(days=days * lo // 3),
                s0 + timedelta(days=max(days * hi // 3 - 1, days * lo // 3)),
                inner.precision, future=inner.future)


def _range(s: str, ref: date | None, anchor: date | None, depth: int) -> _Hit | None:
    m = _RANGE.fullmatch(s)
    if not m:
        return None
    a = _interpret(_normalise(m.group(1)), ref, None, depth)
    b = _interpret(_normalise(m.group(2)), ref, None, depth)
    if a is None or b is None:
        return None
    if a.start is None or b.end is None or b.end < a.start:
        return _UNRESOLVED
    prec = max(a.precision, b.precision, key=_ORDER.__getitem__)
    return _Hit(a.start, b.end, prec, future=a.future or b.future)


@lru_cache(maxsize=1)
def _weekday_prefix_rx() -> re.Pattern:
    return _rx(r"{WD},?\s+(.+)")


def _weekday_prefix(s: str, ref: date | None, anchor: date | None, depth: int) -> _Hit | None:
    m = _weekday_prefix_rx().fullmatch(s)
    inner = _interpret(m.group(2), ref, anchor, depth) if m else None
    return inner if inner is not None and inner.precision in ("day", "unknown") else None


# ---------------------------------------------------------------- dateparser fallback

# Only absolute-looking leftovers: dateparser reads bare numbers ("59", "24 hours") as dates.
_DP_GATE = re.compile(r"\d{4}|\d[/.-]\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b")
_DP_PERIOD = {"day": "day", "time": "day", "week": "week", "month": "month", "year": "year"}


@lru_cache(maxsize=16)
def _dateparser(ref: date | None):
    from dateparser.date import DateDataParser  # slow import, only for leftovers

    settings = {"DATE_ORDER": "DMY", "PREFER_DATES_FROM": "past"}
    if ref is not None:
        settings["RELATIVE_BASE"] = datetime.combine(ref, datetime.min.time())
    return DateDataParser(languages=["en"], settings=settings)


def _fallback(s: str, ref: date | None) -> _Hit | None:
    if len(s) > 40 or not _DP_GATE.search(s) or (ref is None and not re.search(r"\d{4}", s)):
        return None
    try:
        data = _dateparser(ref).get_date_data(s)
    except (ValueError, OverflowError, TypeError, KeyError, IndexError, AttributeError):
        return None  # dateparser signals junk with assorted errors; junk stays unrecognised
    if data is None or data.date_obj is None:
        return None
    d, prec = data.date_obj.date(), _DP_PERIOD.get(data.period or "day", "day")
    if prec in ("day", "week"):
        return _Hit(d, d, "day")
    s0, e0 = _period(d, prec)
    return _Hit(s0, e0, prec)


# ---------------------------------------------------------------- public API

@lru_cache(maxsize=8192)
def _analyse(expression: str, published: date | None, anchor_end: date | None) -> _Hit | None:
    s = _normalise(expression)
    if not s:
        return replace(_UNRESOLVED, kind="clock") if _CLOCK.search(expression.lower()) else None
    try:
        hit = _interpret(s, published, anchor_end)
        return hit if hit is not None else _fallback(s, published)
    except (ValueError, OverflowError):
        return _UNRESOLVED  # impossible dates (31 February) and dates beyond year 1..9999


def _to_timespan(hit: _Hit | None, text: str, published: date | None,
                 span: Span | None = None) -> TimeSpan:
    if hit is None or hit.start is None or hit.end is None:
        return TimeSpan(None, None, "unknown", text=text, span=span)
    start, end = hit.start, hit.end
    if published is not None and not hit.future and start <= published < end:
        end = published
    if end < start:
        return TimeSpan(None, None, "unknown", text=text, span=span)
    return TimeSpan(start, end, hit.precision, text=text, span=span)


def resolve(expression: str, published: date | None,
            anchor_end: date | None = None) -> TimeSpan:
    """Resolve one time expression; durations end at `anchor_end` (default: `published`)."""
    return _to_timespan(_analyse(expression, published, anchor_end), expression, published)


_BARE_NAME = re.compile(r"(?:in |on |by |until )?(?:the )?([a-z]+)\.?")


def ahead(span: TimeSpan, published: date | None) -> TimeSpan:
    """The reading of a bare month, weekday or season still to come: "talks would be held in
    May" in April 2024 is May 2024, not May 2023; anything else is returned as it is."""
    m = _BARE_NAME.fullmatch(" ".join(span.text.lower().split()))
    lex = _lex()
    if published is None or span.end is None or span.end >= published or m is None or \
            m.group(1) not in (*lex["months"], *lex["weekdays"], *lex["seasons"]):
        return span
    later = resolve(f"next {m.group(1)}", published)
    return replace(later, text=span.text, span=span.span) if later.start is not None else span


def is_duration(expression: str) -> bool:
    """True for "seven-month", "for three days", "after months": spans to re-anchor at an event."""
    hit = _analyse(expression, None, None)
    return hit is not None and hit.kind == "duration"


def duration_before(expression: str, end: date) -> TimeSpan:
    """A duration expression as the range ending at `end`; unknown if it is not a duration."""
    hit = _analyse(expression, None, end)
    return _to_timespan(hit if hit is not None and hit.kind == "duration" else None,
                        expression, None)


# ---------------------------------------------------------------- finding expressions in a Doc

_NER_KEEP = re.compile(r"\b(?:day|week|month|year|decade|century|centuries|jan|feb|mar|apr|may|"
                       r"jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)", re.I)
_AGE = re.compile(r"[\s-]olds?\b|\baged?\b", re.I)
_NEXT_WORD = re.compile(r"[\s-]*([A-Za-z]+)")
_DIGIT_RUN = re.compile(r"\d+(?:[/.-]\d+)*s?")
_YEARISH = re.compile(r"(?:1[89]\d\d|20\d\d|\d{1,3}0s)s?")
_BEFORE, _AFTER = 40, 30  # chars a pattern may reach before/after its core token


@lru_cache(maxsize=1)
def _find_patterns() -> tuple[tuple[frozenset[str], re.Pattern], ...]:
    """(classes needed, pattern) rows of data/temporal_patterns.tsv, {NAME} pieces filled in."""
    parts, found = {}, []
    for line in _PATTERNS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, key, template = line.split("\t", 2)
        filled = re.sub(r"\{([A-Z]+)\}", lambda m: parts[m.group(1)], template)
        if kind == "part":
            parts[key] = filled
        else:
            found.append((frozenset(key), re.compile(filled)))
    return tuple(found)


@lru_cache(maxsize=1)
def _core_hashes() -> dict[int, str]:
    """Lower-case token hash (spaCy's LOWER) -> class, for words that every pattern needs."""
    lex, units = _lex(), ("day", "week", "month", "year", "decade")
    words = {w: "M" for w in lex["months"]}
    words.update({w: "W" for w in [*lex["weekdays"], "weekend"]})
    words.update({w: "U" for u in units for w in (u, u + "s")})
    words.update({w: "S" for w in lex["seasons"]})
    words.update({w: "R" for w in [*lex["dayparts"], *lex["relative_days"]]})
    return {get_string_id(w + dot): c for w, c in words.items() for dot in ("", ".")}


def _digit_class(run: str) -> str | None:
    if any(sep in run for sep in "/.-"):
        return "N"
    return "Y" if _YEARISH.fullmatch(run) else None


def _scan(doc: Doc) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, bool]]]:
    """Core-token hits (start, end, class) and NER DATE/TIME spans (start, end, is_date).

    Reads token attributes as one array: iterating Tokens or `doc.ents` costs more than the
    whole rest of this stage.
    """
    core, date_h, time_h = _core_hashes(), get_string_id("DATE"), get_string_id("TIME")
    hits, ents, open_ent = [], [], None
    for low, idx, n, iob, etype in doc.to_array([LOWER, IDX, LENGTH, ENT_IOB, ENT_TYPE]).tolist():
        if low in core:
            hits.append((idx, idx + n, core[low]))
        if open_ent is not None and iob != 1:  # 1 = inside an entity
            ents.append(open_ent)
            open_ent = None
        if iob == 3 and etype in (date_h, time_h):  # 3 = begins an entity
            open_ent = (idx, idx + n, etype == date_h)
        elif iob == 1 and open_ent is not None:
            open_ent = (open_ent[0], idx + n, open_ent[2])
    if open_ent is not None:
        ents.append(open_ent)
    return hits, ents


def _segments(text: str, hits: list[tuple[int, int, str]]) -> list[tuple[int, int, set[str]]]:
    """Text windows around the core tokens patterns need, with the classes found there.

    Python's regex engine pays per character and pattern, so running every pattern over the
    whole text costs several ms an article; windows with class filters cost a fraction of that.
    """
    hits = hits + [(m.start(), m.end(), c) for m in _DIGIT_RUN.finditer(text)
                   if (c := _digit_class(m.group()))]
    segs: list[tuple[int, int, set[str]]] = []
    for start, end, cls in sorted(hits):
        a, b = max(start - _BEFORE, 0), min(end + _AFTER, len(text))
        if segs and a <= segs[-1][1]:
            segs[-1] = (segs[-1][0], max(b, segs[-1][1]), segs[-1][2] | {cls})
        else:
            segs.append((a, b, {cls}))
    return segs


def _candidates(doc: Doc, text: str) -> set[tuple[int, int, bool]]:
    """(start, end, from_ner_date) character spans that may be time expressions."""
    hits, ents = _scan(doc)
    found = set(ents)
    segments = _segments(text, hits)
    for needs, rx in _find_patterns():
        g = "x" if "x" in rx.groupindex else 0
        for a, b, classes in segments:
            if not needs.isdisjoint(classes):
                for m in rx.finditer(text, a, b):
                    found.add((m.start(g), m.end(g), False))
    return found


def _from_anchor(hit: _Hit, earlier: list[_Hit]) -> _Hit:
    """An anchored expression resolved against the last date before it precise enough for the
    step ("the following day" needs a day: a "since 2019" between is passed over); a step from a
    named event ("six days before the handover") counts from the report's first day."""
    unit, steps = hit.shift
    need = _ORDER["day" if unit == "weekday" else _UNIT_PRECISION[unit]]
    fitting = [a for a in earlier if _ORDER[a.precision] <= need]
    written = [a for a in fitting if not a.stepped]
    if hit.count == "written" and written:
        anchor = written[-1]
    else:
        anchor = (fitting[0] if hit.count else fitting[-1]) if fitting else None
    if anchor is None:
        return hit
    if unit == "weekday":  # steps: the weekday's number
        day = anchor.start + timedelta(days=(steps - anchor.start.weekday() - 1) % 7 + 1)
        return _Hit(day, day, "day", future=anchor.future, stepped=True)
    day = _shift(anchor.start, unit, steps)
    if unit == "day":
        return _Hit(day, day, "day", future=anchor.future, stepped=True)
    return _Hit(*_period(day, unit), _UNIT_PRECISION[unit], future=anchor.future, stepped=True)


def _follows_stop_noun(text: str, end: int) -> bool:
    m = _NEXT_WORD.match(text, end)
    return bool(m) and m.group(1).lower() in _stop_nouns()


@lru_cache(maxsize=1)
def _stop_nouns() -> frozenset[str]:
    return frozenset(_lex()["duration_stop_nouns"])


def find_times(doc: Doc, published: date | None, keep_unresolved: bool = True,
               text: str | None = None) -> list[TimeSpan]:
    """Every time expression in `doc`, resolved against `published`, sorted, non-overlapping.

    Candidates come from our patterns and the NER's DATE/TIME entities; of overlapping ones a
    recognised expression beats an unrecognised one, then the longer wins. Unrecognised NER dates
    are kept (precision unknown) only if they name a month, weekday or time unit ("the next
    day"), never bare numbers. Pass `text` (== doc.text) if you have it: Doc.text re-joins every
    token and costs more than the rest of this stage.
    """
    text, scored = doc_text(doc) if text is None else text, []
    for start, end, ner_date in _candidates(doc, text):
        surface = text[start:end]
        if not surface.strip() or _AGE.search(text, start, min(end + 5, len(text))):
            continue
        hit = _analyse(surface, published, None)
        if hit is not None and (hit.kind == "clock" or
                                (hit.kind == "duration" and _follows_stop_noun(text, end))):
            continue
        if hit is None and not (ner_date and keep_unresolved and _NER_KEEP.search(surface)):
            continue
        scored.append((hit is not None, end - start, start, end, hit))
    scored.sort(key=lambda c: (not c[0], -c[1], c[2]))
    taken: list[tuple[int, int, _Hit | None]] = []
    for _, _, start, end, hit in scored:
        if all(end <= s or start >= e for s, e, _ in taken):
            taken.append((start, end, hit))
    out, earlier = [], []
    for start, end, hit in sorted(taken, key=lambda t: t[0]):
        # anchors chain ("two days later" counts from "the following day"), but a flashback
        # ("seized three days earlier") or a day named as an event's ("had taken part in
        # Tuesday's attack") does not move the story's day
        flashback = hit is not None and hit.shift is not None and hit.shift[1] < 0 \
            and hit.shift[0] != "weekday" or text.startswith(("'s ", "’s "), end)
        if hit is not None and hit.shift is not None:
            hit = _from_anchor(hit, earlier)
        if hit is not None and hit.start is not None and hit.kind == "point" and not flashback:
            earlier.append(hit)
        ts = _to_timespan(hit, text[start:end], published, Span.of(text, start, end))
        if ts.start is not None or keep_unresolved:
            out.append(ts)
    return out
