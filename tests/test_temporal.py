"""Time stage: finding time expressions in real Docs and stepping anchored ones from the last date."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventwire.temporal import find_times
from eventwire.time_expressions import resolve

SIRTE_PUB = date(2016, 12, 6)  # a Tuesday
SIRTE = Path(__file__).resolve().parents[2] / "shared" / "examples" / "sirte.txt"
D = date


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


def test_a_day_years_back_recalled_in_a_relative_clause_moves_no_story_day(nlp):
    text = ("On Sunday, about 3,000 members marched to the bend where, on 17 April 1996, police "
            "opened fire on landless workers. The next day, police fired tear gas in Maraba.")
    spans = {t.text: t.start for t in find_times(nlp(text), D(2016, 4, 22))}
    assert spans["17 April 1996"] == D(1996, 4, 17)
    assert spans["The next day"] == D(2016, 4, 18)


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


def test_a_day_something_was_declared_is_a_story_day(nlp):
    spans = {t.text: t.start for t in find_times(nlp(
        "Police shot two protesters on Tuesday. On Wednesday the government declared a state of "
        "emergency, and 400 soldiers arrived that night."), D(2025, 3, 7))}
    assert spans["that night"] == D(2025, 3, 5)


def test_a_gap_before_a_clause_counts_from_that_clause_not_the_last_date(nlp):
    spans = {t.text: t.start for t in find_times(nlp(
        "The group signed an accord on 19 August. The withdrawal came a day after residents had "
        "marched to the compound."), D(2020, 8, 28))}
    assert spans["day after"] is None


def test_a_weekday_naming_a_routine_is_no_day(nlp):
    texts = [t.text for t in find_times(nlp(
        "Hundreds gathered outside the mosque after Friday prayers on 7 July. The Friday attack "
        "killed three."), D(2023, 7, 16))]
    assert texts == ["7 July", "Friday"]


def test_a_routine_weekday_is_the_day_when_its_sentence_names_no_other(nlp):
    found = [(t.text, t.start) for t in find_times(nlp(
        "Riot police opened fire on protesters marching through Zahedan after Friday prayers, "
        "killing three people."), D(2023, 1, 28))]
    assert found == [("Friday", D(2023, 1, 27))]


def test_a_passive_speech_verb_dates_no_statement(nlp):
    spans = {t.text: t.start for t in find_times(nlp(
        "Riot police clashed with dockers on Thursday. A general strike on Tuesday was observed "
        "by most shops, and a strike in the next town on the same day closed the port."),
        D(2021, 3, 13))}
    assert spans["on the same day"] == D(2021, 3, 9)


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


def test_a_holiday_is_found_in_text(nlp):
    doc = nlp("Rioting broke out in Rotterdam shortly before midnight on New Year's Eve.")
    times = find_times(doc, D(2022, 1, 3))
    assert [(t.text, t.start) for t in times] == [("New Year's Eve", D(2021, 12, 31))]


@pytest.mark.parametrize("text, span", [
    ("Protesters marched in Lima on Monday and Tuesday.", ("2024-03-11", "2024-03-12")),
    ("Police fired tear gas on Tuesday night and throughout Wednesday.",
     ("2024-03-12", "2024-03-13")),
])
def test_two_days_joined_by_and_are_one_span(nlp, text, span):
    times = find_times(nlp(text), date(2024, 3, 13))
    assert [(t.start.isoformat(), t.end.isoformat()) for t in times] == [span]


def test_days_of_two_clauses_stay_apart(nlp):
    times = find_times(nlp("Rebels attacked on Monday and police arrested 12 on Friday."),
                       date(2024, 3, 13))
    assert len(times) == 2


def test_a_pattern_does_not_start_inside_a_word(nlp):
    """"day after" is no expression of its own inside "on Sunday after a two-day assault"."""
    times = find_times(nlp("Troops recaptured the town on Sunday after a two-day assault."),
                       date(2019, 8, 20))
    assert times[0].text == "Sunday" and times[0].start == date(2019, 8, 18)


def test_overnight_after_a_written_day_is_that_night(nlp):
    times = find_times(nlp("Mortars hit the depot shortly before midnight on 3 May 2022. "
                           "Overnight, soldiers stopped a van on the coast road."), D(2022, 5, 6))
    assert [(t.text, t.start, t.end) for t in times][1] == ("Overnight", D(2022, 5, 3),
                                                          D(2022, 5, 4))
    alone = find_times(nlp("Mortars hit the depot overnight."), D(2022, 5, 6))
    assert (alone[0].start, alone[0].end) == (D(2022, 5, 5), D(2022, 5, 6))


def test_overnight_before_a_noun_gives_way_to_the_day_beside_it(nlp):
    times = find_times(nlp("Gendarmes held 20 men in overnight sweeps on Tuesday."), D(2022, 5, 6))
    assert [t.text for t in times] == ["Tuesday"]
    kept = find_times(nlp("An overnight raid left two dead."), D(2022, 5, 6))
    assert [t.text for t in kept] == ["overnight"]


def test_overnight_into_a_named_day_is_dated_by_that_day(nlp):
    times = find_times(nlp("Police detained 16 people in raids overnight into Friday."),
                       D(2024, 9, 14))
    assert [(t.text, t.start) for t in times] == [("Friday", D(2024, 9, 13))]


def test_overnight_on_a_named_day_is_dated_by_that_day(nlp):
    times = find_times(nlp("Two gangs traded fire overnight on Friday near the river."),
                       D(2024, 5, 28))
    assert [(t.text, t.start) for t in times] == [("Friday", D(2024, 5, 24))]


@pytest.mark.parametrize("text", [
    "Traders keep a weekly Monday shutdown in the town.",
    "Crowds march through the capital every Friday.",
])
def test_a_weekday_that_recurs_is_no_date(nlp, text):
    assert [t for t in find_times(nlp(text), D(2022, 8, 10)) if t.start is not None] == []


@pytest.mark.parametrize("text", [
    "Youths stoned the police station on Sunday evening, a day after a teenager was shot dead.",
    "Police arrested five men on Monday, two days after the attack.",
])
def test_a_gap_after_a_named_day_has_no_day_of_its_own(nlp, text):
    times = find_times(nlp(text), D(2022, 6, 24))
    assert [t.start for t in times][1:] == [None]


@pytest.mark.parametrize("statement, day", [
    # a statement that is its sentence's only day is the news the next step counts from ...
    ("The two militias said in a joint statement on Wednesday that they had merged.",
     D(2020, 1, 15)),
    # ... but a denial answers the deed, whose day it leaves in place
    ("In a statement on Wednesday, the militia denied that its men had been involved.",
     D(2020, 1, 14)),
])
def test_the_same_day_after_a_statement(nlp, statement, day):
    text = f"On Tuesday, a roadside bomb hit an army truck near Ndop. {statement} The same day, " \
           "the prefect banned motorbikes."
    times = find_times(nlp(text), D(2020, 1, 16))
    assert next(t for t in times if t.text == "The same day").start == day


def test_a_date_before_agents_is_no_age(nlp):
    """"12 November, agents": the age check reads whole words ("age" cut from "agents" is none);
    "aged 12" and "12-year-old" still are ages."""
    doc = nlp("On 12 November, agents of the intelligence service arrested four men.")
    assert [str(t.start) for t in find_times(doc, date(2018, 11, 17))] == ["2018-11-12"]
    assert find_times(nlp("A 12-year-old boy was shot."), date(2018, 11, 17)) == []
