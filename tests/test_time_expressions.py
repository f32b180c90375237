"""One time expression: every resolution rule against fixed publication dates."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.time_expressions import ahead, duration_before, is_duration, resolve

SIRTE_PUB = date(2016, 12, 6)  # a Tuesday
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


def test_a_bare_name_still_to_come_reads_ahead():
    published = D(2024, 4, 10)
    assert ahead(resolve("in May", published), published).start == D(2024, 5, 1)
    assert ahead(resolve("Thursday", published), published).start == D(2024, 4, 11)
    assert ahead(resolve("March 2022", published), published).start == D(2022, 3, 1)  # a year
    assert ahead(resolve("spring", published), published).start == D(2024, 3, 1)  # still on


def test_a_day_without_its_year_still_to_come_reads_ahead():
    published = D(2018, 12, 21)
    assert ahead(resolve("from 24 December", published), published).start == D(2018, 12, 24)
    assert ahead(resolve("January 3", published), published).start == D(2019, 1, 3)
    # a plan due a few days before the report is told as it was, not moved a year on
    assert ahead(resolve("on 18 December", published), published).start == D(2018, 12, 18)
    assert ahead(resolve("24 December 2017", published), published).start == D(2017, 12, 24)


@pytest.mark.parametrize("expr,expected", [
    ("New Year's Eve", (date(2021, 12, 31), date(2021, 12, 31), "day")),
    ("on New Year's Day", (date(2022, 1, 1), date(2022, 1, 1), "day")),
    ("Christmas Day 2020", (date(2020, 12, 25), date(2020, 12, 25), "day")),
    ("Christmas Eve", (date(2021, 12, 24), date(2021, 12, 24), "day")),
])
def test_a_fixed_date_holiday_is_its_day(expr, expected):
    assert span(expr, date(2022, 1, 3)) == expected


def test_a_weekday_written_with_a_yearless_day_picks_the_year_it_falls_on():
    """"starting on Sunday, November 10", told on Friday 8 November 2019, is two days on (the
    past reading, 10 November 2018, was a Saturday); a day that fits the past stays there."""
    published = D(2019, 11, 8)
    assert span("Sunday, November 10", published)[:2] == (D(2019, 11, 10), D(2019, 11, 10))
    assert span("on Monday, 4 November", published)[:2] == (D(2019, 11, 4), D(2019, 11, 4))
    assert span("Tuesday, December 3", published)[:2] == (D(2019, 12, 3), D(2019, 12, 3))
    # a year written out is kept, weekday or not
    assert span("Sunday, November 10, 2018", published)[:2] == (D(2018, 11, 10), D(2018, 11, 10))
