"""Time stage: finds time expressions in a Doc and resolves them against the publication date.

Candidates come from `data/temporal_patterns.tsv` run in windows around the words they need, and
from the NER's DATE/TIME entities; each is resolved by `time_expressions.resolve`'s grammar.
Choices made here:
  * anchored steps ("the following day", "later the same day", "the previous week") count from
    the last date the article gave before them that is precise enough, and chain; counts ("two
    days later") from the last date written out (not one a step gave), counts from a named event
    ("six days before the handover") from the report's first day; a flashback ("three days
    earlier") moves nothing after it; with no date they stay unresolved ("the previous week"
    alone = last week).
  * clock times alone ("3 pm") are skipped; durations followed by a noun they measure ("a
    three-day visit") and ages ("a 34-year-old") are no dates.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, LENGTH, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc

from .model import Span, TimeSpan
from .nlp import children, doc_text, sent_of
from .quotes import speech_verbs
from .time_expressions import (PRECISION_ORDER, UNIT_PRECISION, Hit, analyse, lexicon, period,
                               shift, to_timespan)

_PATTERNS = Path(__file__).parent / "data" / "temporal_patterns.tsv"


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
    lex, units = lexicon(), ("day", "week", "month", "year", "decade")
    words = {w: "M" for w in lex["months"]}
    words.update({w: "W" for w in [*lex["weekdays"], "weekend"]})
    words.update({w: "U" for u in units for w in (u, u + "s")})
    words.update({w: "S" for w in lex["seasons"]})
    words.update({w: "R" for w in [*lex["dayparts"], *lex["relative_days"]]})
    # a holiday with no core word of its own ("christmas"; "new year's eve" has "year")
    words.update({name.split()[0]: "H" for name in lex["holidays"]
                  if not any(w.split("'")[0] in words for w in name.split())})
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
                    if _whole_words(text, m.start(g), m.end(g)):
                        found.add((m.start(g), m.end(g), False))
    return found


def _whole_words(text: str, start: int, end: int) -> bool:
    """Not "day after" inside "on Sunday after the assault"."""
    return (start == 0 or not text[start - 1].isalnum()) and \
        (end >= len(text) or not text[end].isalnum())


def _from_anchor(hit: Hit, earlier: list[Hit]) -> Hit:
    """An anchored expression resolved against the last date before it precise enough for the
    step ("the following day" needs a day: a "since 2019" between is passed over); a step from a
    named event ("six days before the handover") counts from the report's first day."""
    unit, steps = hit.shift
    need = PRECISION_ORDER["day" if unit == "weekday" else UNIT_PRECISION[unit]]
    fitting = [a for a in earlier if PRECISION_ORDER[a.precision] <= need]
    written = [a for a in fitting if not a.stepped]
    if hit.count == "written" and written:
        anchor = written[-1]
    else:
        anchor = (fitting[0] if hit.count else fitting[-1]) if fitting else None
    if anchor is None:
        return hit
    if unit == "weekday":  # steps: the weekday's number
        day = anchor.start + timedelta(days=(steps - anchor.start.weekday() - 1) % 7 + 1)
        return Hit(day, day, "day", future=anchor.future, stepped=True)
    day = shift(anchor.start, unit, steps)
    if unit == "day":
        return Hit(day, day, "day", future=anchor.future, stepped=True)
    return Hit(*period(day, unit), UNIT_PRECISION[unit], future=anchor.future, stepped=True)


def _word_end(text: str, at: int) -> int:
    """`at` moved on to the end of the word it falls in: "12 November, agents" cut after "age"
    would read as an age."""
    at = min(at, len(text))
    while at < len(text) and text[at].isalnum():
        at += 1
    return at


def _follows_stop_noun(text: str, end: int) -> bool:
    m = _NEXT_WORD.match(text, end)
    return bool(m) and m.group(1).lower() in _stop_nouns()


@lru_cache(maxsize=1)
def _stop_nouns() -> frozenset[str]:
    return frozenset(lexicon()["duration_stop_nouns"])


def find_times(doc: Doc, published: date | None, keep_unresolved: bool = True,
               text: str | None = None) -> list[TimeSpan]:
    """Every time expression in `doc`, resolved against `published`, sorted, non-overlapping.

    Candidates come from our patterns and the NER's DATE/TIME entities; of overlapping ones a
    recognised expression beats an unrecognised one, then the longer wins. Unrecognised NER dates
    are kept (precision unknown) only if they name a month, weekday or time unit ("the next
    day"), never bare numbers. Pass `text` (== doc.text) if you have it: Doc.text re-joins every
    token and costs more than the rest of this stage.
    """
    text, scored, routines = doc_text(doc) if text is None else text, [], []
    weekday, on_a_day = _day_names()
    for start, end, ner_date in _candidates(doc, text):
        surface = text[start:end]
        if not surface.strip() or _AGE.search(text, start, _word_end(text, end + 5)) \
                or _RECURRING.search(text[max(0, start - 8):start]) and weekday.match(surface):
            continue  # "a weekly Monday shutdown", "every Friday": a routine, no day
        if _OVERNIGHT.fullmatch(surface) and on_a_day.match(text, end):
            continue  # "overnight on Friday", "overnight into Friday": the day named dates it
        hit = analyse(surface, published, None)
        if weekday.fullmatch(surface) and _names_a_routine(doc, start, end):
            routines.append((hit is not None, end - start, start, end, hit))
            continue
        if hit is not None and (hit.kind == "clock" or
                                (hit.kind == "duration" and _follows_stop_noun(text, end))):
            continue
        if hit is None and not (ner_date and keep_unresolved and _NER_KEEP.search(surface)):
            continue
        scored.append((hit is not None, end - start, start, end, hit))
    scored += _days_of_routines(doc, routines, scored)
    scored.sort(key=lambda c: (not c[0], -c[1], c[2]))
    taken: list[tuple[int, int, Hit | None]] = []
    for _, _, start, end, hit in scored:
        if all(end <= s or start >= e for s, e, _ in taken):
            taken.append((start, end, hit))
    out, earlier, written_days = [], [], []  # written_days: where days written out start
    previous: tuple[int, Hit | None] | None = None  # the last expression's start and reading
    for start, end, hit in sorted(taken, key=lambda t: t[0]):
        if hit is not None and hit.shift is not None and hit.shift[0] in ("day", "week") and \
                _GAP.search(text, start, end) and (_gap_to_a_clause(doc, text, start, previous)
                                                   or _gap_opens_a_clause(doc, start, end)):
            hit = None  # "pelted the station on Sunday, a day after a teenager was shot": the
            # gap dates the clause after it back from Sunday (events), no day of its own
        previous = (start, hit)
        # anchors chain ("two days later" counts from "the following day"), but a flashback
        # ("seized three days earlier") or a day named as an event's ("had taken part in
        # Tuesday's attack") does not move the story's day
        flashback = hit is not None and hit.shift is not None and hit.shift[1] < 0 \
            and hit.shift[0] != "weekday" or text.startswith(("'s ", "’s "), end)
        if hit is not None and hit.shift is not None:
            hit = _from_anchor(hit, earlier)
        elif _OVERNIGHT.fullmatch(text, start, end):
            hit = _night_of(hit, earlier)
        # "attacked on Sunday ..., the ministry said on Tuesday. Drones struck later that day",
        # "a third died in hospital on Tuesday night. Later that afternoon, ...": the day of a
        # statement or a death after the day of a deed moves no story day
        statement = any(a.precision == "day" and not a.stepped for a in earlier) and \
            _dates_an_aside(doc, start, end, written_days)
        recalled = hit is not None and hit.start is not None and \
            _recalled_in_passing(doc, start, end, hit, earlier)
        if hit is not None and hit.start is not None and hit.kind == "point" and not flashback \
                and not statement and not recalled:
            earlier.append(hit)
            if hit.precision == "day" and not hit.stepped:
                written_days.append(start)
        ts = to_timespan(hit, text[start:end], published, Span.of(text, start, end))
        if ts.start is not None or keep_unresolved:
            out.append(ts)
    return _join_coordinated(_drop_overnight_nouns(doc, out, text), text)


_OVERNIGHT = re.compile(r"(?i:overnight)")


_GAP = re.compile(r"(?i:\b(?:after|before)\b)")


def _gap_to_a_clause(doc: Doc, text: str, start: int, previous) -> bool:
    """A gap ("a day after") right after a comma that follows a day named in the same sentence:
    "pelted the station on Sunday, a day after a teenager was shot"."""
    if previous is None or previous[1] is None or previous[1].precision != "day" or \
            not text[:start].rstrip().endswith(","):
        return False
    words = doc.char_span(start, start + 1, alignment_mode="expand")
    sent = sent_of(words) if words is not None else None
    return sent is not None and sent.start_char <= previous[0]


def _gap_opens_a_clause(doc: Doc, start: int, end: int) -> bool:
    """"The withdrawal came a day after residents had marched": the gap counts from a deed of
    the sentence's own, not from the last date the article gave."""
    words = doc.char_span(start, end, alignment_mode="expand")
    return words is not None and any(t.lower_ in ("after", "before") and t.dep_ == "mark"
                                     for t in words)


_RECURRING = re.compile(r"(?i:\b(?:every|each|weekly)\s+)$")


def _days_of_routines(doc: Doc, routines: list[tuple], scored: list[tuple]) -> list[tuple]:
    """"opened fire on marchers after Friday prayers": with no other day in its sentence the
    prayers' weekday is the day ("after Friday prayers on 7 July": a kind of prayer, no day)."""
    kept = []
    for routine in routines:
        words = doc.char_span(routine[2], routine[3])
        sent = sent_of(words) if words is not None else None
        if sent is not None and not any(
                found and sent.start_char <= start < sent.end_char
                for found, _, start, _, _ in scored):
            kept.append(routine)
    return kept


def _names_a_routine(doc: Doc, start: int, end: int) -> bool:
    """The weekday modifies a routine noun ("Friday prayers", "the Sunday market")."""
    words = doc.char_span(start, end)
    return words is not None and words.root.dep_ == "compound" and \
        words.root.head.lemma_ in lexicon()["routine_nouns"]


@lru_cache(maxsize=1)
def _day_names() -> tuple[re.Pattern, re.Pattern]:
    """A weekday's full name; and "on" or "into" before a day, date or month ("overnight on
    Friday")."""
    lex = lexicon()

    def full_names(table: dict[str, int]) -> str:  # "friday", not "fri"
        longest = {}
        for word, number in table.items():
            longest[number] = max(longest.get(number, ""), word, key=len)
        return "|".join(longest.values())
    weekdays, months = full_names(lex["weekdays"]), full_names(lex["months"])
    return (re.compile(rf"(?i:{weekdays})\b"),
            re.compile(rf"\s+(?:on|into)\s+(?:the\s+)?(?:\d|(?i:{weekdays}|{months})\b)"))


def _dates_an_aside(doc: Doc, start: int, end: int, written_days: list[int]) -> bool:
    """The time hangs on a verb of dying ("died in hospital two days later") or on a speech
    verb after a deed dated in its sentence ("attacked on Sunday ..., the defence ministry said
    in a statement on Tuesday") or that answers a deed (`ANSWERING_VERBS`); any other statement
    that is the sentence's only day is its news ("said in a joint statement on Wednesday that
    they had merged. The same day, ...")."""
    words = doc.char_span(start, end, alignment_mode="expand")
    if words is None:
        return False
    node = words.root
    for _ in range(4):  # through "on" and "in a statement" to the verb
        if node.head.i == node.i or node.pos_ == "VERB" and node is not words.root:
            break
        node = node.head
    # a passive speech verb tells no statement ("a strike on Wednesday was observed by ..."), nor
    # one that does what it names ("declared a state of emergency on Wednesday")
    spoken = node.lemma_ in speech_verbs() and not any(
        c.dep_ == "auxpass" or c.dep_ == "dobj" and c.pos_ == "NOUN" for c in children(node)) \
        and (node.lemma_ in ANSWERING_VERBS
             or any(sent_of(words).start_char <= day < start for day in written_days))
    return node.pos_ == "VERB" and (spoken or node.lemma_ in DYING_VERBS)


def _recalled_in_passing(doc: Doc, start: int, end: int, hit: Hit, earlier: list[Hit]) -> bool:
    """"marched to the bend where, on 17 April 1996, police opened fire ... The next day": a day
    years before the story's, told in a relative clause, recalls the past and moves no story
    day."""
    days = [a for a in earlier if a.precision == "day"]
    if not days or days[-1].start - hit.start < timedelta(days=RECALLED_DAYS):
        return False
    words = doc.char_span(start, end, alignment_mode="expand")
    verb = next((t for t in words.root.ancestors if t.pos_ in ("VERB", "AUX")), None) \
        if words is not None else None
    return verb is not None and (verb.dep_ == "relcl" or any(
        c.lower_ in ("where", "when", "which", "who") for c in children(verb)))


RECALLED_DAYS = 365
DYING_VERBS = frozenset(("die", "succumb"))
# a statement that answers a deed already told is dated apart from it, even alone in its
# sentence ("In a statement on Monday, a spokesman denied ...": "the following day" counts from
# the deed)
ANSWERING_VERBS = frozenset(("deny", "reject", "dismiss", "dispute", "confirm", "acknowledge",
                             "admit", "condemn", "claim"))


def _night_of(hit: Hit, earlier: list[Hit]) -> Hit:
    """"Overnight, police stopped a truck" after "on 16 August": the night after the day the
    narrative last wrote out; with none, the night before publication."""
    written = [a for a in earlier if a.precision == "day" and not a.stepped]
    if not written:
        return hit
    day = written[-1].end
    return Hit(day, day + timedelta(days=1), "day", future=written[-1].future, stepped=True)


def _drop_overnight_nouns(doc: Doc, times: list[TimeSpan], text: str) -> list[TimeSpan]:
    """"in overnight raids on Wednesday", "an overnight curfew from Wednesday": "overnight"
    before a noun says what kind of raid or curfew; the day named beside it dates the event."""
    out = []
    for ts in times:
        if ts.span is not None and _OVERNIGHT.fullmatch(text, ts.span.start, ts.span.end):
            token = doc.char_span(ts.span.start, ts.span.end)
            if token is not None and token[0].dep_ in ("amod", "compound") and any(
                    o is not ts and o.precision == "day" and o.span is not None
                    and sent_of(token[0]).start_char <= o.span.start < sent_of(token[0]).end_char
                    for o in times):
                continue
        out.append(ts)
    return out


_COORDINATION = re.compile(r"\s*(?:,\s*)?(?:and|to|until|through|-|–)(?:\s+(?:on|throughout|again on))?\s*")


def _join_coordinated(times: list[TimeSpan], text: str) -> list[TimeSpan]:
    """"on Monday and Tuesday", "on Wednesday night and throughout Thursday": two days joined
    by "and" are one span of days, so what happened on both is dated by both; not ", and on
    18 May ...", which starts a clause of its own."""
    out: list[TimeSpan] = []
    for ts in times:
        prev = out[-1] if out else None
        if prev is not None and prev.precision == ts.precision == "day" and \
                prev.span is not None and ts.span is not None and \
                _COORDINATION.fullmatch(text[prev.span.end:ts.span.start]) and \
                not text[prev.span.end:ts.span.start].lstrip().startswith(", and") and \
                prev.end is not None and ts.start is not None and \
                0 < (ts.start - prev.end).days <= 6:
            out[-1] = replace(prev, end=ts.end, text=text[prev.span.start:ts.span.end],
                              span=Span.of(text, prev.span.start, ts.span.end))
            continue
        out.append(ts)
    return out
