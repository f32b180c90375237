"""One time expression resolved against the publication date (the grammar the time stage uses).

Cascade (`resolve`):
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
  * anchored steps ("the following day", "two days later") are read here as a step and a unit
    (`Hit.shift`); `temporal.find_times` counts them from the article's earlier dates.
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

from .model import Span, TimeSpan

_DATA = Path(__file__).parent / "data" / "temporal_lexicon.json"
PRECISION_ORDER = {"day": 0, "week": 1, "month": 2, "season": 3, "year": 4, "unknown": 5}
UNIT_PRECISION = {"day": "day", "week": "week", "month": "month", "year": "year", "decade": "year"}


@dataclass(frozen=True)
class Hit:
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


_UNRESOLVED = Hit(None, None, "unknown")


@lru_cache(maxsize=1)
def lexicon() -> dict:
    return json.loads(_DATA.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def calendar_words() -> frozenset[str]:
    """Words that name a month, weekday, season, holiday or feast."""
    lex = lexicon()
    words = {w for key in ("months", "weekdays", "seasons", "holidays", "festivals")
             for name in lex[key] for w in name.split()}
    return frozenset(words)


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# ---------------------------------------------------------------- date arithmetic

def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def shift(d: date, unit: str, n: int) -> date:
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(weeks=n)
    return _add_months(d, n * {"month": 1, "year": 12, "decade": 120}[unit])


def period(d: date, unit: str) -> tuple[date, date]:
    """The calendar week (ISO, Monday first), month or year holding `d`."""
    if unit == "week":
        s = d - timedelta(days=d.weekday())
        return s, s + timedelta(days=6)
    if unit == "month":
        return d.replace(day=1), _month_end(d.year, d.month)
    return date(d.year, 1, 1), date(d.year, 12, 31)


def _unit(word: str) -> str:
    return word.rstrip("s")


def number_word(word: str | None) -> int:
    """"two", "25", "twenty-five" as a number; none (as in "a week") is one."""
    if not word:
        return 1
    if word.isdigit():
        return int(word)
    nums = lexicon()["numbers"]
    if word in nums:
        return nums[word]
    return sum(nums.get(p, 0) for p in word.split("-"))  # twenty-five


def _year2(y: str) -> int:
    return int(y) if len(y) == 4 else (2000 + int(y) if int(y) < 50 else 1900 + int(y))


# ---------------------------------------------------------------- rule handlers

def _weekday(m: re.Match, ref: date | None, anchor: date | None) -> Hit:
    if ref is None:
        return _UNRESOLVED
    mod, name = m.group(1), m.group(2)
    if name == "weekend":
        sat = ref - timedelta(days=(ref.weekday() - 5) % 7)
        if mod in ("last", "past", "previous") and ref.weekday() >= 5:
            sat -= timedelta(days=7)
        if mod in ("next", "coming"):
            sat += timedelta(days=7)
        return Hit(sat, sat + timedelta(days=1), "day", future=mod in ("next", "coming"))
    wd = lexicon()["weekdays"][name]
    day = ref - timedelta(days=(ref.weekday() - wd) % 7)
    if mod in ("last", "past", "previous") and day == ref:
        day -= timedelta(days=7)
    elif mod in ("next", "coming"):
        day = ref + timedelta(days=(wd - ref.weekday() - 1) % 7 + 1)
        return Hit(day, day, "day", future=True)
    return Hit(day, day, "day")


def _calendar_period(m: re.Match, ref: date | None, anchor: date | None) -> Hit:
    if ref is None:
        return _UNRESOLVED
    mod, unit = m.group(1), m.group(2)
    if mod == "past" or unit == "decade":
        return Hit(shift(ref, unit, -1), ref, UNIT_PRECISION[unit])
    step = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(mod, 0)
    s, e = period(shift(ref, unit, step), unit)
    return Hit(s, e, unit, future=step > 0)


def _so_far(m: re.Match, ref: date | None, anchor: date | None) -> Hit:
    if ref is None:
        return _UNRESOLVED
    s, e = period(ref, m.group(2))
    if m.group(1) == "later":
        return Hit(ref, e, m.group(2), future=True)
    return Hit(s, ref, m.group(2))


def _window(m: re.Match, ref: date | None, anchor: date | None) -> Hit:
    if ref is None:
        return _UNRESOLVED
    mod, count, unit = m.group(1), m.group(2), _unit(m.group(3))
    n = number_word(count) if count else (lexicon()["recent_window"][unit] if mod == "recent" else 1)
    if mod in ("next", "coming", "following"):
        return Hit(ref, shift(ref, unit, n), UNIT_PRECISION[unit], future=True)
    return Hit(shift(ref, unit, -n), ref, UNIT_PRECISION[unit])


def _ago(m: re.Match, ref: date | None, anchor: date | None) -> Hit:
    if ref is None:
        return _UNRESOLVED
    unit = m.group(2)
    d = shift(ref, unit, -number_word(m.group(1)))
    if unit == "day":
        return Hit(d, d, "day")
    s, e = period(d, "year" if unit == "decade" else unit)
    return Hit(s, e, UNIT_PRECISION[unit])


def _duration(m: re.Match, ref: date | None, anchor: date | None) -> Hit:
    end = anchor or ref
    if end is None:
        return replace(_UNRESOLVED, kind="duration")
    unit = _unit(m.group(2))
    n = number_word(m.group(1)) if m.group(1) else lexicon()["unspecified_count"]
    return Hit(shift(end, unit, -n), end, UNIT_PRECISION[unit], kind="duration")


def _anchored(unit: str, steps: int, ref: date | None) -> Hit:
    """A step from the date the narrative last gave (see `find_times`). Alone, only "the
    previous week" has a reading: the period before publication, as "last week"."""
    fallback = _UNRESOLVED
    if ref is not None and steps == -1 and unit != "day":
        fallback = Hit(*period(shift(ref, unit, -1), unit), UNIT_PRECISION[unit])
    return replace(fallback, shift=(unit, steps))


def _day_beside(m: re.Match, ref: date | None, anchor: date | None) -> Hit:
    return _anchored("day", -1 if m.group(1) == "before" else 1, ref)


_STEP = {"following": 1, "next": 1, "previous": -1, "preceding": -1}  # "(that) same", "that": 0


def _step(m: re.Match, ref: date | None, anchor: date | None) -> Hit:
    return _anchored(m.group(2), _STEP.get(m.group(1), 0), ref)


def _next_weekday(m: re.Match, ref: date | None, anchor: date | None) -> Hit:
    """"the following Monday": the first Monday after the date the narrative last gave."""
    return replace(_UNRESOLVED, shift=("weekday", lexicon()["weekdays"][m.group(1)]))


def _day_step(m: re.Match, ref: date | None, anchor: date | None) -> Hit:
    """"the next morning", "that night": a day step whose day part `_normalise` dropped."""
    return _anchored("day", _STEP.get(m.group(1), 0), ref)


def _steps(m: re.Match, ref: date | None, anchor: date | None) -> Hit:
    """"two days later" counts from the last date written out, "six days before the handover"
    from the report's first day (its main event); neither from a step ("the following
    morning" is a step of its own)."""
    n = number_word(m.group(1))
    hit = _anchored(m.group(2), n if m.group(3) in ("later", "after") else -n, ref)
    return replace(hit, count="first" if m.group(4) else "written")


def _iso(m: re.Match, ref: date | None, anchor: date | None) -> Hit:
    d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return Hit(d, d, "day")


def _numeric(m: re.Match, ref: date | None, anchor: date | None) -> Hit:
    a, b, y = int(m.group(1)), int(m.group(2)), _year2(m.group(3))
    day, month = (a, b) if b <= 12 else (b, a)
    d = date(y, month, day)
    return Hit(d, d, "day")


def _day_month(day: int, month: int, year: str | None, ref: date | None) -> Hit:
    if year:
        d = date(int(year), month, day)
        return Hit(d, d, "day")
    if ref is None:
        return _UNRESOLVED
    y = ref.year if (month, day) <= (ref.month, ref.day) else ref.year - 1
    if month == 2 and day == 29 and not calendar.isleap(y):
        return _UNRESOLVED
    d = date(y, month, day)
    return Hit(d, d, "day")


def _dmy(m: re.Match, ref: date | None, anchor: date | None) -> Hit:
    return _day_month(int(m.group(1)), lexicon()["months"][m.group(2)], m.group(3), ref)


def _mdy(m: re.Match, ref: date | None, anchor: date | None) -> Hit:
    return _day_month(int(m.group(2)), lexicon()["months"][m.group(1)], m.group(3), ref)


def _month_year(m: re.Match, ref: date | None, anchor: date | None) -> Hit:
    y, mo = int(m.group(2)), lexicon()["months"][m.group(1)]
    return Hit(date(y, mo, 1), _month_end(y, mo), "month")


def _month(m: re.Match, ref: date | None, anchor: date | None) -> Hit:
    if ref is None:
        return _UNRESOLVED
    mod, mo = m.group(1), lexicon()["months"][m.group(2)]
    if mod in ("next", "coming"):
        y = ref.year if mo > ref.month else ref.year + 1
    elif mod == "this":
        y = ref.year
    elif mod in ("last", "past", "previous"):
        y = ref.year if mo < ref.month else ref.year - 1
    else:
        y = ref.year if mo <= ref.month else ref.year - 1
    return Hit(date(y, mo, 1), _month_end(y, mo), "month", future=mod in ("next", "coming"))


def _year(m: re.Match, ref: date | None, anchor: date | None) -> Hit:
    y = int(m.group(1))
    return Hit(date(y, 1, 1), date(y, 12, 31), "year")


def _year_range(m: re.Match, ref: date | None, anchor: date | None) -> Hit:
    a, b = int(m.group(1)), m.group(2)
    end = int(b) if len(b) == 4 else a // 100 * 100 + int(b)
    if end <= a:
        return _UNRESOLVED
    return Hit(date(a, 1, 1), date(end, 12, 31), "year")


def _decade(m: re.Match, ref: date | None, anchor: date | None) -> Hit:
    digits = m.group(1)
    if len(digits) == 2:
        if ref is None:
            return _UNRESOLVED
        y = 2000 + int(digits) if 2000 + int(digits) <= ref.year else 1900 + int(digits)
    else:
        y = int(digits)
    return Hit(date(y, 1, 1), date(y + 9, 12, 31), "year")


def _season_span(name: str, label_year: int) -> tuple[date, date]:
    first, last = lexicon()["seasons"][name]
    start_year = label_year - 1 if first > last else label_year
    return date(start_year, first, 1), _month_end(label_year, last)


def _season(m: re.Match, ref: date | None, anchor: date | None) -> Hit | None:
    mod, name, year = m.group(1), m.group(2), m.group(3)
    if name == "fall" and not (mod or year):
        return None  # "forced the garrison to fall back": a verb, not autumn
    if year:
        return Hit(*_season_span(name, int(year)), "season")
    if ref is None:
        return _UNRESOLVED
    spans = [_season_span(name, y) for y in range(ref.year - 2, ref.year + 3)]
    if mod in ("next", "coming"):
        s, e = next(sp for sp in spans if sp[0] > ref)
        return Hit(s, e, "season", future=True)
    if mod in ("last", "past", "previous"):
        s, e = [sp for sp in spans if sp[1] < ref][-1]
    else:
        s, e = [sp for sp in spans if sp[0] <= ref][-1]
    return Hit(s, e, "season")


# ---------------------------------------------------------------- patterns

@lru_cache(maxsize=1)
def _parts() -> dict[str, str]:
    lex = lexicon()
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
        (_rx(r"{NUM}\s+{UNIT}s?\s+(later|earlier|after|before)"
             r"(\s+(?:the|its|his|her|their|a|an)\s+\S+)?"),
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


@lru_cache(maxsize=1)
def _holiday_rx() -> re.Pattern:
    """Any fixed-date holiday of the lexicon, the longest first ("christmas eve" before
    "christmas")."""
    names = sorted(lexicon()["holidays"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b")


def _normalise(text: str) -> str:
    s = " ".join(text.translate(_TRANS).lower().split()).strip(" ,.;:!?\"'()[]")
    s = _holiday_rx().sub(lambda m: lexicon()["holidays"][m.group(0)], s)  # -> "31 december"
    s = _POSSESSIVE.sub("", s)
    s = " ".join(_CLOCK.sub(" ", s).split()).strip(" ,")
    s = _LEAD.sub("", s)
    if s not in lexicon()["relative_days"]:
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


def _interpret(s: str, ref: date | None, anchor: date | None, depth: int = 0) -> Hit | None:
    """Rules first, then wrappers; None when nothing recognises `s`."""
    rel = lexicon()["relative_days"].get(s)
    if rel is not None:
        if ref is None:
            return _UNRESOLVED
        return Hit(ref + timedelta(days=rel[0]), ref + timedelta(days=rel[1]), "day",
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


def _since(s: str, ref: date | None, anchor: date | None, depth: int) -> Hit | None:
    m = _SINCE.fullmatch(s)
    inner = _interpret(_normalise(m.group(1)), ref, None, depth) if m else None
    if inner is None:
        return None
    if ref is None or inner.start is None or inner.start > ref:
        return _UNRESOLVED
    return Hit(inner.start, ref, inner.precision)


def _part(s: str, ref: date | None, anchor: date | None, depth: int) -> Hit | None:
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
        return Hit(s0, mid, "season") if "first" in word else \
            Hit(mid + timedelta(days=1), e0, "season")
    lo, hi = next(v for k, v in _PART_SLICES.items() if k in word)
    if inner.precision == "year" and s0.month == 1 and e0.month == 12 and s0.year == e0.year:
        return Hit(_add_months(s0, 4 * lo), _add_months(s0, 4 * hi) - timedelta(days=1),
                    "season", future=inner.future)
    if inner.precision == "month" and s0.day == 1 and e0 == _month_end(s0.year, s0.month):
        return Hit(s0 + timedelta(days=10 * lo),
                    e0 if hi == 3 else s0 + timedelta(days=10 * hi - 1), "month",
                    future=inner.future)
    days = (e0 - s0).days + 1
    return Hit(s0 + timedelta(days=days * lo // 3),
                s0 + timedelta(days=max(days * hi // 3 - 1, days * lo // 3)),
                inner.precision, future=inner.future)


def _range(s: str, ref: date | None, anchor: date | None, depth: int) -> Hit | None:
    m = _RANGE.fullmatch(s)
    if not m:
        return None
    a = _interpret(_normalise(m.group(1)), ref, None, depth)
    b = _interpret(_normalise(m.group(2)), ref, None, depth)
    if a is None or b is None:
        return None
    if a.start is None or b.end is None or b.end < a.start:
        return _UNRESOLVED
    prec = max(a.precision, b.precision, key=PRECISION_ORDER.__getitem__)
    return Hit(a.start, b.end, prec, future=a.future or b.future)


@lru_cache(maxsize=1)
def _weekday_prefix_rx() -> re.Pattern:
    return _rx(r"{WD},?\s+(.+)")


def _weekday_prefix(s: str, ref: date | None, anchor: date | None, depth: int) -> Hit | None:
    m = _weekday_prefix_rx().fullmatch(s)
    inner = _interpret(m.group(2), ref, anchor, depth) if m else None
    if inner is None or inner.precision not in ("day", "unknown"):
        return None
    if inner.start is not None and inner.precision == "day" and m.group(1) != "weekend" \
            and _yearless_day().fullmatch(m.group(2)):
        return _year_of_weekday(inner, lexicon()["weekdays"][m.group(1)])
    return inner


def _year_of_weekday(hit: Hit, weekday: int) -> Hit:
    """"Sunday, November 10" told on 8 November 2019 is the coming one: the year in which the
    day falls on the named weekday, when the year before does not."""
    if hit.start.weekday() == weekday:
        return hit
    try:
        later = hit.start.replace(year=hit.start.year + 1)
    except ValueError:  # 29 February
        return hit
    return replace(hit, start=later, end=later, future=True) if later.weekday() == weekday \
        else hit


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


def _fallback(s: str, ref: date | None) -> Hit | None:
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
        return Hit(d, d, "day")
    s0, e0 = period(d, prec)
    return Hit(s0, e0, prec)


# ---------------------------------------------------------------- public API

@lru_cache(maxsize=8192)
def analyse(expression: str, published: date | None, anchor_end: date | None) -> Hit | None:
    s = _normalise(expression)
    if not s:
        return replace(_UNRESOLVED, kind="clock") if _CLOCK.search(expression.lower()) else None
    try:
        hit = _interpret(s, published, anchor_end)
        return hit if hit is not None else _fallback(s, published)
    except (ValueError, OverflowError):
        return _UNRESOLVED  # impossible dates (31 February) and dates beyond year 1..9999


def to_timespan(hit: Hit | None, text: str, published: date | None,
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
    return to_timespan(analyse(expression, published, anchor_end), expression, published)


_BARE_NAME = re.compile(r"(?:in |on |by |until )?(?:the )?([a-z]+)\.?")


def ahead(span: TimeSpan, published: date | None) -> TimeSpan:
    """The reading of a bare month, weekday or season, or a day without its year, still to come:
    "talks would be held in May" in April 2024 is May 2024, not May 2023; anything else is
    returned as it is."""
    text, lex = " ".join(span.text.lower().split()), lexicon()
    if published is None or span.end is None or span.end >= published:
        return span
    if _yearless_day().fullmatch(text):  # "soldiers would be deployed from 24 December"
        return _a_year_on(span, published)
    m = _BARE_NAME.fullmatch(text)
    if m is None or m.group(1) not in (*lex["months"], *lex["weekdays"], *lex["seasons"]):
        return span
    later = resolve(f"next {m.group(1)}", published)
    return replace(later, text=span.text, span=span.span) if later.start is not None else span


RECENT_PLAN_DAYS = 30


@lru_cache(maxsize=1)
def _yearless_day() -> re.Pattern:
    """A day written without its year ("24 December", "on March 3"), in the grammar's own terms."""
    return _rx(r"(?:(?:from|on|by|until|before)\s+)?(?:the\s+)?(?:{D}(?:\s+of)?\s+{M}|{M}\s+{D})")


def _a_year_on(span: TimeSpan, published: date) -> TimeSpan:
    """The same day a year after its past reading, which is the latest one before publication;
    but "said it would hold talks on 20 December", told the day after, is a plan already due."""
    if (published - span.end).days <= RECENT_PLAN_DAYS:
        return span
    try:
        later = span.start.replace(year=span.start.year + 1)
    except ValueError:  # 29 February
        return span
    return replace(span, start=later, end=later)


def is_duration(expression: str) -> bool:
    """True for "seven-month", "for three days", "after months": spans to re-anchor at an event."""
    hit = analyse(expression, None, None)
    return hit is not None and hit.kind == "duration"


def duration_before(expression: str, end: date) -> TimeSpan:
    """A duration expression as the range ending at `end`; unknown if it is not a duration."""
    hit = analyse(expression, None, end)
    return to_timespan(hit if hit is not None and hit.kind == "duration" else None,
                        expression, None)
