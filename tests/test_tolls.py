"""tolls: an event's fatalities from the killed counts of its sentence, toll updates, totals over
a period, the 'Fatalities: N' field (sentences written for these tests, and the Sirte report)."""
from __future__ import annotations


from eventwire.quantities import find_quantities
from eventwire.tolls import (event_tolls, is_campaign_total, is_toll_update, reported_total,
                             rival_tolls)

from conftest import SIRTE


def quantities(nlp, text):
    return find_quantities(nlp(text))


def one(nlp, text):
    found = quantities(nlp, text)
    assert len(found) == 1, found
    return found[0]


def tolls(nlp, text, start=0, end=None):
    found = quantities(nlp, text)
    return event_tolls(found, text, start, len(text) if end is None else end)


def test_campaign_totals_and_toll_updates(nlp):
    text = "More than 300 people have been killed in the province since October."
    assert is_campaign_total(one(nlp, text), text)
    text = "Gunmen killed 12 people on Monday, the deadliest attack in the town since 2019."
    assert not is_campaign_total(one(nlp, text), text)
    text = "The death toll rose to 45 on Sunday."
    assert is_toll_update(one(nlp, text), text)


def test_a_period_cue_in_another_clause_does_not_make_a_campaign_total(nlp):
    text = ("Shells hit the market on Monday, killing at least nine people, officials said, in "
            "the worst attack on the town this year.")
    assert not is_campaign_total(one(nlp, text), text)
    text = "So far this year, more than 300 people have been killed in the province."
    assert is_campaign_total(one(nlp, text), text)


def test_event_tolls(nlp):
    assert (tolls(nlp, "At least six farmers and two gendarmes were killed.").low) == 8
    rival = tolls(nlp, "Police said six people were killed in the raid, but villagers said at "
                       "least 11 people had died.")
    assert (rival.low, rival.high) == (6, 11)
    restated = tolls(nlp, "The blast killed three soldiers. Medics said they recovered three "
                          "bodies.")
    assert restated.low == 3
    partial = tolls(nlp, "At least five fighters were killed, two of them commanders.")
    assert partial.low == 5
    assert tolls(nlp, "More than 300 people have been killed since October.") is None
    zero = tolls(nlp, "The two groups clashed on the ridge, with no casualties reported.")
    assert (zero.low, zero.high) == (0, 0)


def test_toll_update_supersedes_the_first_report(nlp):
    text = ("A car bomb killed 18 people at a market on Saturday, police said.\n\n"
            "Officials said on Sunday that the toll had risen to 24.\n\n"
            "In March, another bomb killed nine people in the city.")
    first_sentence = text.index(".") + 1
    updated = tolls(nlp, text, 0, first_sentence)
    assert (updated.low, updated.text) == (24, "24")
    march = text.index("In March")
    assert tolls(nlp, text, march, len(text)).low == 9  # a different event keeps its own


def test_reported_total_field(nlp):
    text = "Gunmen attacked a bus near the town and abducted five passengers. Fatalities: 0."
    total = reported_total(quantities(nlp, text))
    assert (total.low, total.high) == (0, 0)
    assert reported_total(quantities(nlp, "Gunmen killed two men.")) is None


def test_sirte_battle_toll(nlp):
    body = SIRTE.read_text(encoding="utf-8").split("\n", 2)[2]
    start = body.index("The battle for the coastal city")
    end = body.index("Issa added.", start) + len("Issa added.")
    toll = tolls(nlp, body, start, end)
    assert toll.low >= 100 and toll.acled >= 100
    assert "an unknown number of IS fighters" in toll.text  # the IS toll is unknown, not zero
    assert toll.high is None


def test_a_part_counts_when_no_count_of_its_group_came_first(nlp):
    """"two of the students" is the toll when the students were not counted; "among them a
    child" adds nothing to "four civilians"."""
    assert tolls(nlp, "Soldiers opened fire on students; two of the students were killed.").low == 2
    assert tolls(nlp, "Four civilians, among them a child, were killed in the strike.").low == 4


def test_two_sources_naming_the_same_kind_of_victim_differently_are_rivals(nlp):
    """"seven dead militants" and "12 terrorists" from two sources are one toll of 7-12, not
    19; seven civilians and three soldiers still add up."""
    rival = tolls(nlp, "A drone struck a boat on Lake Chad: local sources counted seven dead "
                       "militants, while the army said it had killed 12 terrorists.")
    assert (rival.low, rival.high) == (7, 12)
    assert tolls(nlp, "Gunmen killed seven civilians and three soldiers in Mopti.").low == 10


def test_rival_tolls_are_exact_counts_of_the_same_dead_by_different_sources():
    from eventwire.model import Fatalities

    def toll(low, text, by):
        return Fatalities(low=low, high=low, acled=low, text=text, claimed_by=by)

    assert rival_tolls([toll(11, "at least 11 people", "officials"), toll(18, "18", "elders")])
    assert rival_tolls([toll(27, "27 government soldiers", "rebels"),
                        toll(6, "six of its soldiers", "army")])
    assert not rival_tolls([toll(3, "several soldiers", "officials"),
                            toll(4, "four soldiers", "media wing")])
    assert not rival_tolls([toll(14, "at least 14 people", "monitors"),
                            toll(2, "two of the attackers", "group")])
    assert not rival_tolls([toll(12, "12 soldiers", "army"), toll(30, "30 militants", "army")])
    assert not rival_tolls([toll(12, "12 soldiers", "army"), toll(30, "30 militants", "rebels")])
    assert not rival_tolls([toll(12, "12 people", None), toll(30, "30 people", "rebels")])
