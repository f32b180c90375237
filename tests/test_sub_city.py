"""sub_city: streets, buildings and neighbourhoods the gazetteer lacks, placed at their city
(precision "district"), through the places stage on the real model."""
from __future__ import annotations

from eventwire.gazetteer import load_gazetteer
from eventwire.nlp import load_nlp
from eventwire.places import find_places

from test_places import place_named


def places_in(text):
    return find_places(load_nlp()(text), gazetteer=load_gazetteer())


def test_street_falls_back_to_the_city_beside_it():
    places = places_in("Police closed McCandless Street in Belfast after a car bomb was found.")
    street, city = place_named(places, "McCandless Street"), place_named(places, "Belfast")
    assert street.precision == "district" and street.name == "McCandless Street"
    assert (street.lat, street.lon, street.country) == (city.lat, city.lon, "GB")
    assert street.id != city.id


def test_district_falls_back_to_the_article_city():
    places = places_in("Riot police were deployed in Nairobi on Tuesday. Protesters blocked "
                       "Moi Avenue and marched to Uhuru Park.")
    city = place_named(places, "Nairobi")
    for name in ("Moi Avenue", "Uhuru Park"):
        place = place_named(places, name)
        assert place.precision == "district" and (place.lat, place.lon) == (city.lat, city.lon)


def test_street_without_a_known_city_stays_unresolved():
    places = [p for p in places_in("Protesters blocked Moi Avenue on Tuesday.")
              if any(m.text == "Moi Avenue" for m in p.mentions)]
    assert all(p.lat is None for p in places)


def test_town_name_starting_a_street_name_is_the_street():
    places = places_in("Police in Miami said protesters gathered on Collins Avenue late on Friday.")
    street, miami = place_named(places, "Collins Avenue"), place_named(places, "Miami")
    assert street.precision == "district" and street.country == "US"
    assert (street.lat, street.lon) == (miami.lat, miami.lon)
    assert not any(m.text == "Collins" for p in places for m in p.mentions)


def test_building_named_after_a_town_falls_back_to_the_town():
    places = places_in("She studied at Liverpool Hope University before moving abroad.")
    assert place_named(places, "Liverpool").country == "GB"


def test_a_named_neighbourhood_is_part_of_the_story_s_town():
    places = places_in("Riot police were deployed in Totana on Tuesday. That night, officers "
                       "stopped a crowd from entering the San José neighbourhood.")
    town = place_named(places, "Totana")
    part = place_named(places, "San José neighbourhood")
    assert part.precision == "district" and (part.lat, part.lon) == (town.lat, town.lon)
    suburb = places_in("A car bomb shook the Tripoli suburb of Tajoura on Monday.")
    assert place_named(suburb, "Tripoli").precision == "city"
