"""Time stage: every resolution rule against fixed publication dates, and finding in real Docs."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.temporal import duration_before, find_times, is_duration, resolve

SIRTE_PUB = date(2016, 12, 6)  # a Tuesday
SIRTE = Path(__file__).resolve().parents[2] / "shared" / "examples" / "sirte.txt"
D = date


def span(expr: str, published: date | None = SIRTE_PUB, **kw) -> tuple:
    t = resolve(expr, published, **kw)
    return t.start, t.end, t.precision


@pytest.mark.parametrize("expr, expected", [
    # weekdays: the latest such day on or before publication; "last" is strictly before
    ("Monday", (D(2016, 12, 5), D(2016, 12, 5), "day")),
    ("on Monday", (D(2016, 12, 5), D(2016, 12, 5), "day")),
    ("Tuesday", (SIRTE_PUB, SIRTE_PUB, "day")),
    ("Wednesday", (D(2016, 11, 30), D(2016, 11, 30), "day")),
    ("last Tuesday", (D(2016, 11, 29), D(2016, 11, 29), "day")),
    ("on Saturday night", (D(2016, 12, 3), D(2016, 12, 3), "day")),
    ("early on Friday", (D(2016, 12, 2), D(2016, 12, 2), "day")),
    ("the weekend", (D(2016, 12, 3), D(2016, 12, 4), "day")),
    # relative days
    ("yesterday", (D(2016, 12, 5), D(2016, 12, 5), "day")),
    ("yesterday morning", (D(2016, 12, 5), D(2016, 12, 5), "day")),
    ("today", (SIRTE_PUB, SIRTE_PUB, "day")),
    ("tonight", (SIRTE_PUB, SIRTE_PUB, "day")),
    ("last night", (D(2016, 12, 5), D(2016, 12, 5), "day")),
    ("this morning", (SIRTE_PUB, SIRTE_PUB, "day")),
    ("the day before yesterday", (D(2016, 12, 4), D(2016, 12, 4), "day")),
    ("tomorrow", (D(2016, 12, 7), D(2016, 12, 7), "day")),
    # clock times attach to their day
    ("Monday at 3 pm", (D(2016, 12, 5), D(2016, 12, 5), "day")),
    ("3:30 p.m. local time on Monday", (D(2016, 12, 5), D(2016, 12, 5), "day")),
    ("yesterday at noon", (D(2016, 12, 5), D(2016, 12, 5), "day")),
    # calendar periods
    ("Last week", (D(2016, 11, 28), D(2016, 12, 4), "week")),
    ("this week", (D(2016, 12, 5), SIRTE_PUB, "week")),
    ("next week", (D(2016, 12, 12), D(2016, 12, 18), "week")),
    ("last month", (D(2016, 11, 1), D(2016, 11, 30), "month")),
    ("last year", (D(2015, 1, 1), D(2015, 12, 31), "year")),
    ("earlier this month", (D(2016, 12, 1), SIRTE_PUB, "month")),
    ("earlier this year", (D(2016, 1, 1), SIRTE_PUB, "year")),
    ("the past week", (D(2016, 11, 29), SIRTE_PUB, "week")),
    # windows ending at publication
    ("In recent weeks", (D(2016, 11, 8), SIRTE_PUB, "week")),
    ("in recent months", (D(2016, 9, 6), SIRTE_PUB, "month")),
    ("in recent days", (D(2016, 11, 29), SIRTE_PUB, "day")),
    ("over the past two weeks", (D(2016, 11, 22), SIRTE_PUB, "week")),
    ("the last three years", (D(2013, 12, 6), SIRTE_PUB, "year")),
    # N units ago
    ("three days ago", (D(2016, 12, 3), D(2016, 12, 3), "day")),
    ("two weeks ago", (D(2016, 11, 21), D(2016, 11, 27), "week")),
    ("two months ago", (D(2016, 10, 1), D(2016, 10, 31), "month")),
    # parts of years and months, seasons
    ("early 2015", (D(2015, 1, 1), D(2015, 4, 30), "season")),
    ("mid-2015", (D(2015, 5, 1), D(2015, 8, 31), "season")),
    ("late 2015", (D(2015, 9, 1), D(2015, 12, 31), "season")),
    ("late 2016", (D(2016, 9, 1), SIRTE_PUB, "season")),
    ("the end of last year", (D(2015, 9, 1), D(2015, 12, 31), "season")),
    ("the first half of 2015", (D(2015, 1, 1), D(2015, 6, 30), "season")),
    ("early June", (D(2016, 6, 1), D(2016, 6, 10), "month")),
    ("late June 2014", (D(2014, 6, 21), D(2014, 6, 30), "month")),
    ("early last week", (D(2016, 11, 28), D(2016, 11, 29), "week")),
    ("spring 2016", (D(2016, 3, 1), D(2016, 5, 31), "season")),
    ("summer 2016", (D(2016, 6, 1), D(2016, 8, 31), "season")),
    ("autumn 2015", (D(2015, 9, 1), D(2015, 11, 30), "season")),
    ("fall 2015", (D(2015, 9, 1), D(2015, 11, 30), "season")),
    ("winter 2016", (D(2015, 12, 1), D(2016, 2, 29), "season")),
    ("the summer of 2014", (D(2014, 6, 1), D(2014, 8, 31), "season")),
    ("last summer", (D(2016, 6, 1), D(2016, 8, 31), "season")),
    # months and years
    ("June 2014", (D(2014, 6, 1), D(2014, 6, 30), "month")),
    ("in June", (D(2016, 6, 1), D(2016, 6, 30), "month")),
    ("in December", (D(2016, 12, 1), SIRTE_PUB, "month")),
    ("last December", (D(2015, 12, 1), D(2015, 12, 31), "month")),
    ("2014", (D(2014, 1, 1), D(2014, 12, 31), "year")),
    ("in 2014", (D(2014, 1, 1), D(2014, 12, 31), "year")),
    ("the 1990s", (D(1990, 1, 1), D(1999, 12, 31), "year")),
    ("2014-16", (D(2014, 1, 1), D(2016, 12, 6), "year")),
    ("from 2012 to 2014", (D(2012, 1, 1), D(2014, 12, 31), "year")),
    ("between January and March", (D(2016, 1, 1), D(2016, 3, 31), "month")),
    # since X
    ("since October", (D(2016, 10, 1), SIRTE_PUB, "month")),
    ("since 2014", (D(2014, 1, 1), SIRTE_PUB, "year")),
    ("since last week", (D(2016, 11, 28), SIRTE_PUB, "week")),
    # absolute dates
    ("5 January 2022", (D(2022, 1, 5), D(2022, 1, 5), "day")),
    ("January 5, 2022", (D(2022, 1, 5), D(2022, 1, 5), "day")),
    ("the 5th of January 2022", (D(2022, 1, 5), D(2022, 1, 5), "day")),
    ("Wednesday, January 5, 2022", (D(2022, 1, 5), D(2022, 1, 5), "day")),
    ("2022-01-05", (D(2022, 1, 5), D(2022, 1, 5), "day")),
    ("05/01/2022", (D(2022, 1, 5), D(2022, 1, 5), "day")),  # ambiguous: day-first
    ("01/25/2022", (D(2022, 1, 25), D(2022, 1, 25), "day")),  # 25 > 12: month-first
    ("Jan. 5", (D(2016, 1, 5), D(2016, 1, 5), "day")),
    ("on 5 December", (D(2016, 12, 5), D(2016, 12, 5), "day")),
    ("on 7 December", (D(2015, 12, 7), D(2015, 12, 7), "day")),  # never after publication
    # durations end at publication
    ("seven-month", (D(2016, 5, 6), SIRTE_PUB, "month")),
    ("for three days", (D(2016, 12, 3), SIRTE_PUB, "day")),
    ("after months", (D(2016, 9, 6), SIRTE_PUB, "month")),
    ("a two-year", (D(2014, 12, 6), SIRTE_PUB, "year")),
])
def test_resolve_rules(expr, expected):
    assert span(expr) == expected


@pytest.mark.parametrize("expr", ["at 3 pm", "3 pm", "Feb 30, 2015", "31/02/2015", "the war",
                                  "", "   ", "35-year-old", "banana"])
def test_unresolvable_is_unknown_and_keeps_text(expr):
    t = resolve(expr, SIRTE_PUB)
    assert (t.start, t.end, t.precision, t.text) == (None, None, "unknown", expr)


@pytest.mark.parametrize("expr", ["last week", "Monday", "yesterday", "in recent weeks",
                                  "seven-month", "since 2014", "on 5 January", "in June",
                                  "early last week", "last summer"])
def test_relative_without_published_is_unresolved(expr):
    assert span(expr, None) == (None, None, "unknown")


@pytest.mark.parametrize("expr, expected", [
    ("5 January 2022", (D(2022, 1, 5), D(2022, 1, 5), "day")),
    ("2022-01-05", (D(2022, 1, 5), D(2022, 1, 5), "day")),
    ("June 2014", (D(2014, 6, 1), D(2014, 6, 30), "month")),
    ("early 2015", (D(2015, 1, 1), D(2015, 4, 30), "season")),
    ("2014", (D(2014, 1, 1), D(2014, 12, 31), "year")),
])
def test_absolute_without_published_resolves(expr, expected):
    assert span(expr, None) == expected


def test_publication_on_the_weekday_itself():
    monday = D(2016, 12, 5)
    assert span("Monday", monday) == (monday, monday, "day")
    assert span("last Monday", monday)[0] == D(2016, 11, 28)


def test_this_week_on_monday_and_year_boundaries():
    assert span("this week", D(2016, 12, 5)) == (D(2016, 12, 5), D(2016, 12, 5), "week")
    assert span("last month", D(2016, 1, 15)) == (D(2015, 12, 1), D(2015, 12, 31), "month")
    assert span("last week", D(2017, 1, 3)) == (D(2016, 12, 26), D(2017, 1, 1), "week")
    assert span("yesterday", D(2016, 3, 1)) == (D(2016, 2, 29), D(2016, 2, 29), "day")


def test_duration_anchor_and_helpers():
    assert span("seven-month", anchor_end=D(2016, 10, 1)) == (D(2016, 3, 1), D(2016, 10, 1), "month")
    assert is_duration("seven-month") and is_duration("for three days")
    assert not is_duration("last week") and not is_duration("2014")
    t = duration_before("for three days", D(2016, 1, 2))
    assert (t.start, t.end, t.precision) == (D(2015, 12, 30), D(2016, 1, 2), "day")
    assert duration_before("last week", D(2016, 1, 2)).precision == "unknown"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40), st.one_of(st.none(), st.dates()), st.one_of(st.none(), st.dates()))
def test_resolve_never_raises_and_is_ordered(expr, published, anchor):
    t = resolve(expr, published, anchor_end=anchor)
    assert t.text == expr
    if t.start is not None or t.end is not None:
        assert t.start is not None and t.end is not None and t.start <= t.end
    else:
        assert t.precision == "unknown"


PHRASES = ["last week", "yesterday", "Monday", "in recent weeks", "early last year", "in June",
           "since October", "the past two weeks", "on 5 January", "last summer", "this year",
           "two months ago", "late last year", "Saturday night"]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(PHRASES), st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 1, 1)))
def test_past_expressions_never_end_after_publication(expr, published):
    t = resolve(expr, published)
    assert t.start is not None and t.start <= t.end <= published


# ------------------------------------------------------------------ find_times on real Docs


def sirte_body() -> str:
    lines = SIRTE.read_text(encoding="utf-8").splitlines()
    return "\n".join(lines[2:]).strip()  # title and Published: line first


def test_find_times_sirte(nlp):
    doc = nlp(sirte_body())
    times = find_times(doc, SIRTE_PUB)
    by_text = {t.text: t for t in times}
    for needed in ("early 2015", "Last week", "In recent weeks", "in recent months", "seven-month"):
        assert needed in by_text, needed
    assert (by_text["Last week"].start, by_text["Last week"].end) == (D(2016, 11, 28), D(2016, 12, 4))
    assert by_text["In recent weeks"].end == SIRTE_PUB
    assert by_text["early 2015"].start.year == by_text["early 2015"].end.year == 2015
    starts = [t.span.start for t in times]
    assert starts == sorted(starts)
    for a, b in zip(times, times[1:]):
        assert a.span.end <= b.span.start
    for t in times:
        assert doc.text[t.span.start:t.span.end] == t.span.text == t.text


def test_find_times_without_published_keeps_relative_unresolved(nlp):
    times = find_times(nlp(sirte_body()), None)
    by_text = {t.text: t for t in times}
    assert by_text["Last week"].precision == "unknown"
    assert by_text["early 2015"].precision == "season"


@pytest.mark.parametrize("text, expected", [
    ("Rebels attacked the town on Monday at 3 pm local time.", ["Monday at 3 pm local time"]),
    ("Clashes broke out last night and continued this morning.", ["last night", "this morning"]),
    ("Talks lasted for three days after weeks of fighting.", ["for three days", "after weeks"]),
    ("The army took the town in mid-2015 and lost it in late 2016.", ["mid-2015", "late 2016"]),
    ("Protests have continued since October, and in May they spread.", ["since October", "May"]),
    ("The deal was signed on 5 January 2022 in Geneva.", ["5 January 2022"]),
    ("The 35-year-old was given a 10-year prison sentence.", []),
    ("Police arrived at 3 pm.", []),
    ("They may march to the capital in March.", ["March"]),
    ("The attack forced the garrison to fall back towards the town.", []),
    ("Talks resume next fall; the town fell in fall 2019.", ["next fall", "fall 2019"]),
])
def test_find_times_sentences(nlp, text, expected):
    found = [t.text for t in find_times(nlp(text), SIRTE_PUB)]
    assert found == expected


def test_find_times_blank_pipeline_uses_patterns_only():
    import spacy
    doc = spacy.blank("en")("In recent weeks the siege ended; last week talks began in early 2015 style.")
    assert [t.text for t in find_times(doc, SIRTE_PUB)] == ["In recent weeks", "last week", "early 2015"]


def test_anchored_dates_step_from_the_last_date_given(nlp):
    text = ("On 9 August 2023, gunmen attacked a convoy near the town. Police arrested two men the "
            "following day. Two days later, the army sent reinforcements. Later the same day, the "
            "road reopened. The previous week, rebels had raided a market.")
    spans = {t.text: (t.start, t.end, t.precision) for t in find_times(nlp(text), D(2023, 8, 20))}
    assert spans["the following day"] == (D(2023, 8, 10), D(2023, 8, 10), "day")
    # a count of days is from the report's first day; "the same day" follows the last one
    assert spans["Two days later"] == (D(2023, 8, 11), D(2023, 8, 11), "day")
    assert spans["Later the same day"] == (D(2023, 8, 11), D(2023, 8, 11), "day")
    assert spans["The previous week"] == (D(2023, 7, 31), D(2023, 8, 6), "week")  # before 11 Aug's


def test_anchored_dates_without_a_fitting_anchor(nlp):
    times = {t.text: t for t in find_times(nlp(
        "In 2019 the group split. The following day was quiet. Next week talks begin."), D(2023, 8, 20))}
    assert times["The following day"].precision == "unknown"  # a year cannot anchor a day
    assert (times["Next week"].start, times["Next week"].end) == (D(2023, 8, 21), D(2023, 8, 27))
    alone = resolve("the previous week", D(2023, 8, 20))  # no narrative: the week before publication
    assert (alone.start, alone.end) == (D(2023, 8, 7), D(2023, 8, 13))
    assert resolve("two days earlier", D(2023, 8, 20)).precision == "unknown"


def test_the_following_weekday_counts_from_the_last_date(nlp):
    times = {t.text: t for t in find_times(nlp(
        "On 23 July 2024, vendors marched in Mbale. They announced a sit-in for the following "
        "Monday."), D(2024, 7, 25))}
    assert (times["the following Monday"].start, times["the following Monday"].precision) == \
        (D(2024, 7, 29), "day")


def test_a_bare_name_still_to_come_reads_ahead():
    from eventwire.temporal import ahead
    published = D(2024, 4, 10)
    assert ahead(resolve("in May", published), published).start == D(2024, 5, 1)
    assert ahead(resolve("Thursday", published), published).start == D(2024, 4, 11)
    assert ahead(resolve("March 2022", published), published).start == D(2022, 3, 1)  # a year
    assert ahead(resolve("spring", published), published).start == D(2024, 3, 1)  # still on


def test_day_parts_step_from_the_last_date_counts_after_an_event_from_the_first(nlp):
    spans = {t.text: (t.start, t.precision) for t in find_times(nlp(
        "On 11 February 2024, militiamen stormed a post. The next morning, they looted shops. "
        "Two days after the blast, the leader spoke. Six days before the handover, gunmen shot "
        "a smuggler. Residents had been threatened for several weeks after its residents refused "
        "to pay."), D(2024, 2, 20))}
    assert spans["The next morning"] == (D(2024, 2, 12), "day")
    assert spans["Two days after the blast"] == (D(2024, 2, 13), "day")  # from the first day
    assert spans["Six days before the handover"] == (D(2024, 2, 5), "day")
    assert "several weeks after its residents" not in spans  # a duration, not a step


def test_a_coarser_date_between_is_passed_over(nlp):
    spans = {t.text: t.start for t in find_times(nlp(
        "On 9 August 2021, the group handed over the airport it had held since 2019. The handover "
        "followed a rally the previous day."), D(2021, 8, 11))}
    assert spans["the previous day"] == D(2021, 8, 8)


def test_a_flashback_does_not_move_the_story_s_day(nlp):
    spans = {t.text: t.start for t in find_times(nlp(
        "On 6 March 2024, students protesting over the abduction of a teacher, seized three days "
        "earlier, set fire to two vehicles. Later that night, a crowd beat a man."), D(2024, 3, 8))}
    assert spans["three days earlier"] == D(2024, 3, 3)
    assert spans["Later that night"] == D(2024, 3, 6)


def test_a_day_named_as_an_events_does_not_move_the_story_s_day(nlp):
    spans = {t.text: t.start for t in find_times(nlp(
        "On Wednesday, two militants were killed in a gunfight. One of them had taken part in "
        "Tuesday's attack. Five men were arrested the same evening."), D(2023, 5, 18))}
    assert spans["Tuesday"] == D(2023, 5, 16)
    assert spans["the same evening"] == D(2023, 5, 17)


def test_a_count_runs_from_the_last_date_written_out_not_from_a_step(nlp):
    spans = {t.text: t.start for t in find_times(nlp(
        "Kindamba was seized on 25 April 2017. During the night that followed, women were raped. "
        "Four civilians were killed on the morning of 26 April 2017 in a helicopter strike. The "
        "next day, gendarmes fled. Troops moved back into Kindamba two days later."),
        D(2017, 5, 2))}
    assert spans["two days later"] == D(2017, 4, 28)  # from 26 April, not from the next day


def test_a_count_from_a_named_event_runs_from_the_report_s_first_day(nlp):
    spans = {t.text: t.start for t in find_times(nlp(
        "On 9 August 2021, the group handed over the airport. On 12 August, elders met. The "
        "deal had been signed six days before the handover."), D(2021, 8, 14))}
    assert spans["six days before the handover"] == D(2021, 8, 3)


def test_the_night_before_is_the_day_before_the_last_date(nlp):
    spans = {t.text: t.start for t in find_times(nlp(
        "A gendarme was shot dead on 16 May 2024. The night before, rioters had ransacked an "
        "industrial zone. Voters queued the night before the election."), D(2024, 5, 24))}
    assert spans["The night before"] == D(2024, 5, 15)
    assert "the night before the election" not in spans  # a named event's eve: no date here


def test_a_day_part_before_a_clause_is_no_anchored_date(nlp):
    texts = [t.text for t in find_times(nlp(
        "On 3 April 2023, traders demonstrated. They dispersed in the afternoon after officials "
        "agreed to meet them."), D(2023, 4, 5))]
    assert not any("after" in t for t in texts)
