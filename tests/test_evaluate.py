"""Scoring rules of `eventwire eval` that the figures in the README depend on."""
from collections import Counter

import pytest

from eventwire.evaluate import _names_match, _place_close, _score_places
from eventwire.model import Article

SOMALIA_GOLD = {"name": "Somalia", "lat": 6.0, "lon": 46.0, "country": "SO", "precision": "country"}
MOGADISHU_GOLD = {"name": "Mogadishu", "lat": 2.0371, "lon": 45.3438, "country": "SO",
                  "precision": "city"}


def test_a_country_level_gold_place_is_matched_by_iso_code_not_by_its_point():
    """Gazetteers put Somalia's point 200+ km apart: the country is what must match."""
    geonames_point = {"lat": 6.0, "lon": 48.0, "country": "SO", "precision": "country"}
    assert _place_close(SOMALIA_GOLD, geonames_point)
    kenya = {"lat": 1.0, "lon": 38.0, "country": "KE", "precision": "country"}
    assert not _place_close(SOMALIA_GOLD, kenya)
    mogadishu = {"lat": 2.0371, "lon": 45.3438, "country": "SO", "precision": "city"}
    assert not _place_close(SOMALIA_GOLD, mogadishu)  # a guess at a town is not "Somalia"


def test_other_gold_places_are_matched_within_161_km():
    afgooye = {"lat": 2.1381, "lon": 45.1212, "country": "SO", "precision": "city"}
    kismayo = {"lat": -0.3582, "lon": 42.5454, "country": "SO", "precision": "city"}
    assert _place_close(MOGADISHU_GOLD, afgooye)
    assert not _place_close(MOGADISHU_GOLD, kismayo)
    assert not _place_close(MOGADISHU_GOLD, None)
    assert _place_close(None, kismayo)  # no gold place: nothing to check


def test_a_statement_coded_with_its_own_mode_is_no_violation_of_its_sentence_mate(pipeline):
    """One sentence, two events: the asserted ban and the future extension. With the extension
    coded future, the asserted ban sharing its sentence is no violation; with it coded only as
    the asserted ban, it is."""
    from collections import Counter
    from eventwire import make_article
    from eventwire.evaluate import _score_mode
    text = ("The authorities had prohibited motorcycle traffic on 2 January, and said the ban would "
            "be extended to the next department from Monday.")
    extraction = pipeline.extract(make_article(text, published="2024-01-10"))
    gold = {"plover": "COERCE", "mode": "future", "trigger": "extended"}
    tally = Counter()
    _score_mode(gold, extraction, tally)
    coded_future = any(e.mode == "future" and e.type.plover == "COERCE" for e in extraction.events)
    assert tally["mode_violation"] == (0 if coded_future else 1)
    only_asserted = type(extraction)(**{**extraction.__dict__, "events": tuple(
        e for e in extraction.events if e.mode == "asserted")})
    tally = Counter()
    _score_mode(gold, only_asserted, tally)
    assert tally["mode_violation"] == 1


def test_an_asserted_event_that_is_an_asserted_gold_event_is_no_mode_violation(pipeline):
    """"Agreed to review the results, and the strikers said they would end the strike only if
    ...": the asserted concession in the sentence is the gold's asserted one, not the
    hypothetical coded as asserted; unaccounted for, it is charged."""
    from collections import Counter
    from eventwire import make_article
    from eventwire.evaluate import _score_events
    text = ("On Monday, the mine's owners agreed to review the hiring results, and the protesters "
            "said they would give in only if 50 of them were hired.")
    extraction = pipeline.extract(make_article(text, published="2024-03-12"))
    assert [(e.type.plover, e.mode) for e in extraction.events] == [("CONCEDE", "asserted")]
    asserted = {"plover": "CONCEDE", "mode": "asserted", "trigger": "agreed",
                "date": {"start": "2024-03-11", "end": "2024-03-11", "precision": "day"}}
    hypothetical = {"plover": "CONCEDE", "mode": "hypothetical", "trigger": "give in"}
    for events, charged in (([asserted, hypothetical], 0), ([hypothetical], 1)):
        tally = Counter()
        _score_events({"events": events}, extraction, tally)
        assert tally["mode_violation"] == charged


def test_actors_are_scored_on_found_events_with_gold_names_read_as_the_actors_stage_reads_them(
        pipeline):
    """'Lebanese army' in gold is our 'Military Forces of Lebanon'; a wrong or missing actor is a
    miss; an event not found (here: wrong date) is not scored for its actors."""
    from collections import Counter
    from eventwire import make_article
    from eventwire.evaluate import _canonical_actor_names, _score_events
    text = "The Lebanese army arrested 11 rioters in Tripoli on Monday."
    extraction = pipeline.extract(make_article(text, published="2024-03-12"))
    place = {"name": "Tripoli", "lat": 34.4367, "lon": 35.8497, "country": "LB",
             "precision": "city"}
    day = {"start": "2024-03-11", "end": "2024-03-11", "precision": "day"}
    gold = {"events": [{"plover": "COERCE", "actor1": "Lebanese army", "actor2": "Hezbollah",
                        "place": place, "date": day}]}
    canonical = _canonical_actor_names([gold], pipeline)
    assert canonical["Lebanese army"] == "Military Forces of Lebanon"
    tally = Counter()
    _score_events(gold, extraction, tally, canonical)
    assert (tally["actor1_hit"], tally["actor1_total"]) == (1, 1)
    assert (tally["actor2_hit"], tally["actor2_total"]) == (0, 1)
    other_day = {**gold["events"][0], "date": {"start": "2024-02-01", "end": "2024-02-01",
                                               "precision": "day"}}
    tally = Counter()
    _score_events({"events": [other_day]}, extraction, tally, canonical)
    assert tally["actor1_total"] == 0
    assert tally["actor1_gold"] == 1  # actor recall counts the event not found as a miss


def test_a_state_is_the_same_actor_named_alone_or_as_its_government():
    from collections import Counter
    from eventwire.evaluate import _score_actors
    tally = Counter()
    _score_actors({"actor1": "Government of Iran", "actor2": "Iran"},
                  {"actor1": {"name": "Iran"}, "actor2": {"name": "Military Forces of Iran"}},
                  tally, {}, {})
    assert (tally["actor1_hit"], tally["actor2_hit"]) == (1, 0)


def test_gold_naming_a_group_by_a_dictionary_alias_scores_its_canonical_name():
    from collections import Counter
    from eventwire.evaluate import _score_actors
    tally = Counter()
    _score_actors({"actor1": "UPC", "actor2": "UPC"},
                  {"actor1": {"name": "Union for Peace in the Central African Republic"},
                   "actor2": {"name": "Coalition of Patriots for Change"}}, tally, {}, {})
    assert (tally["actor1_hit"], tally["actor2_hit"]) == (1, 0)


def test_an_actor_the_article_introduces_with_its_acronym_scores_under_either_name():
    from eventwire.evaluate import _defined_acronyms
    pairs = _defined_acronyms("The Oromo Liberation Army (OLA), a rebel group, said. Fighting "
                              "broke out between the army and the Coordination of Azawad "
                              "Movements (CMA). Officials said (on Monday) nothing.")
    assert pairs["ola"] == "oromo liberation army" and pairs["oromo liberation army"] == "ola"
    assert pairs["cma"] == "coordination of azawad movements"
    assert len(pairs) == 4


def test_a_gold_event_found_in_full_keeps_its_prediction_and_a_partial_one_takes_its_like(
        pipeline):
    """A gold drone strike the system placed only in the country must not take the prediction
    that fully matches the recapture listed after it, leaving the drone strike's own prediction
    counted as a false event."""
    from collections import Counter
    from eventwire import make_article
    from eventwire.evaluate import _score_events
    text = ("Government troops recaptured the town of Afgooye on Sunday. On Saturday, a US drone "
            "struck a pickup truck in Somalia, killing four militants.")
    extraction = pipeline.extract(make_article(text, published="2024-03-13"))
    town = {"name": "Afgooye", "lat": 2.1414, "lon": 45.1211, "country": "SO",
            "precision": "city"}
    near_town = {"name": "Bariire", "lat": 2.18, "lon": 44.93, "country": "SO",
                 "precision": "city"}
    strike = {"plover": "ASSAULT", "acled_sub_event_type": "Air/drone strike", "place": near_town,
              "date": {"start": "2024-03-09", "end": "2024-03-09", "precision": "day"}}
    recapture = {"plover": "ASSAULT", "acled_sub_event_type": "Government regains territory",
                 "place": town,
                 "date": {"start": "2024-03-10", "end": "2024-03-10", "precision": "day"}}
    tally = Counter()
    _score_events({"events": [strike, recapture]}, extraction, tally)
    assert tally["event_hit"] == 1 and tally["false_events"] == 0
    assert (tally["sub_hit"], tally["sub_total"]) == (2, 2)


def test_a_statement_s_trigger_is_looked_for_as_written(pipeline):
    """The planned "march" is not found in "In March 2023, police fired water cannon at
    protesters", another, real event: gold triggers are exact substrings of the text."""
    from collections import Counter
    from eventwire import make_article
    from eventwire.evaluate import _score_mode
    extraction = pipeline.extract(make_article(
        "In March 2023, police fired water cannon at crowds outside parliament in Tbilisi during "
        "protests against a draft law.", published="2024-12-05"))
    assert any(e.type.plover == "PROTEST" and e.mode == "asserted" for e in extraction.events)
    tally = Counter()
    _score_mode({"plover": "PROTEST", "mode": "future", "trigger": "march"}, extraction, tally)
    assert tally["mode_violation"] == 0
    _score_mode({"plover": "PROTEST", "mode": "future", "trigger": "water cannon"}, extraction,
                tally)
    assert tally["mode_violation"] == 1


@pytest.mark.parametrize("gold, got, same", [
    ("BNP", "Bangladesh Nationalist Party", True),
    ("Baloch Yakjehti Committee", "BYC", True),
    ("BNP", "Awami League", False),
    ("US", "Islamic State", False),
    # an alias the dictionary gives the canonical name, though it spells other initials
    ("UPC", "Union for Peace in the Central African Republic", True),
    ("UPC", "Coalition of Patriots for Change", False),
])
def test_an_acronym_matches_the_name_it_spells(gold, got, same):
    assert _names_match(gold, got) is same


def test_a_gold_toponym_is_found_by_a_mention_that_adds_its_generic_word(pipeline):
    """"Bam province" in the text names the gold toponym "Bam"; a town of another name near it
    does not."""
    text = ("On 8 August, gunmen shot dead nine men on the road between Kongoussi and Tikare "
            "(Bam province).")
    extraction = next(pipeline.extract_many([Article(id="a", text=text,
                                                     published="2022-09-10")]))
    gold_place = {"lat": 13.33, "lon": -1.53, "country": "BF", "precision": "district"}
    tally = Counter()
    _score_places({"places": [{**gold_place, "name": "Bam"},
                              {**gold_place, "name": "Rollo"}]}, extraction, tally)
    assert (tally["places"], tally["place_hit"]) == (2, 1)
