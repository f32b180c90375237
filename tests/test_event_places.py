"""Where events happen (event_places.py), on the real pipeline: which toponyms of a sentence say
where and which say who. Sentences are our own."""
import pytest

from eventwire import make_article

PUBLISHED = "2024-03-12"


def events_of(pipeline, text, published=PUBLISHED):
    return pipeline.extract(make_article(text, published=published)).events


def only(events, plover):
    found = [e for e in events if e.type.plover == plover]
    assert found, f"no {plover} event in {[e.type.plover for e in events]}"
    return found[0]


def test_place_comes_from_the_event_clause_not_a_modifier(pipeline):
    text = ("On 4 May 2023, near Bandiagara, militants stopped a lorry travelling from Sevare "
            "to Bankass and abducted the driver.")
    abduction = only(events_of(pipeline, text, published="2023-05-06"), "ASSAULT")
    assert abduction.place is not None and abduction.place.name.startswith("Bandiagara")


def test_a_demonym_for_people_is_not_where_the_event_was(pipeline):
    """"Saudi state media" says who reported, not where; a denial with no place of its own
    follows up the lead event where it happened (would fail if demonyms counted as places)."""
    text = ("An air strike hit a crowded market in the northern Yemeni city of Saada on Thursday, "
            "killing 14 civilians.\n\nThe coalition denied targeting civilians. Its spokesman said "
            "in a statement carried by Saudi state media that the target was legitimate. The rebels "
            "vowed attacks on Saudi Arabia. Saudi Arabia said it would respond.")
    events = events_of(pipeline, text, published="2018-06-16")
    denial = next(e for e in events if e.type.plover == "ASSAULT" and e.mode == "negated")
    assert denial.place.name != "Saudi Arabia" and denial.place.country == "YE"


def test_who_brokered_a_dated_truce_is_no_place_of_it(pipeline):
    """"brokered by Russia and Turkey": an agent, not where the truce holds (would fail if
    agents counted as places: the truce was put in Russia)."""
    text = ("Idlib province is the last major area of Syria held by opposition groups. A 2020 "
            "truce brokered by Russia and Turkey has largely held.")
    agree = only(events_of(pipeline, text, published="2024-08-24"), "AGREE")
    assert agree.mode == "asserted" and agree.place.name.startswith("Idlib")
    assert agree.actor1.name == "Russia" and str(agree.date.start) == "2020-01-01"


def test_the_city_centre_in_a_later_paragraph_is_the_lede_s_city(pipeline):
    """The lede is the article's first paragraph (would fail if "the city centre" were not read
    as "the city", or if the lede were looked for from the second paragraph on)."""
    text = ("Two rival armed groups in the Libyan city of Zawiya signed a ceasefire on Saturday.\n\n"
            "Officials met in Tripoli, the capital of Libya, to broker it.\n\n"
            "Under the deal, both groups will withdraw heavy weapons from the city centre by the "
            "end of the month.")
    retreat = only(events_of(pipeline, text, published="2023-08-16"), "RETREAT")
    assert retreat.mode == "future" and retreat.place.name == "Zawiya"


def test_a_country_naming_the_officers_sanctioned_is_not_where_the_sanctions_were_imposed(pipeline):
    text = ("The European Union imposed sanctions on Monday on nine Myanmar military officers, "
            "citing air strikes that have killed civilians across the country.\n\n"
            "The measures, announced in Brussels, freeze the assets of those listed.")
    sanction = only(events_of(pipeline, text, published="2023-07-26"), "SANCTION")
    assert sanction.place.name == "Brussels"


def test_names_in_brackets_after_a_place_are_its_containers(pipeline):
    text = ("On 22 July 2019, in Brahmanbaria (Brahmanbaria Sadar, Chattogram), a mob beat a man "
            "to death.")
    assault = only(events_of(pipeline, text, published="2019-07-25"), "ASSAULT")
    assert "Brahmanbaria" in {m.text for m in assault.place.mentions}  # not Chattogram


def test_a_container_places_the_event_when_the_town_it_holds_is_unknown(pipeline):
    text = ("On 21 November 2022, two soldiers were killed when their truck ran over a mine on a "
            "track north of Karimama (Alibori).")
    assault = only(events_of(pipeline, text, published="2022-11-25"), "ASSAULT")
    assert assault.place.name == "Alibori"


def test_a_place_in_a_relative_clause_describes_its_noun_not_the_event(pipeline):
    text = ("Myanmar's junta rejected the sanctions on Monday. The military seized power in a coup "
            "in February 2021 and has since relied on air power against armed groups, which "
            "control large parts of Sagaing.")
    coup = [e for e in events_of(pipeline, text, published="2023-07-26")
            if e.type.plover == "COERCE" and str(e.date.start) == "2021-02-01"]
    assert coup and coup[0].place.precision == "country" and coup[0].place.country == "MM"


def test_a_national_strike_is_placed_in_the_country(pipeline):
    text = ("Thousands of teachers marched through central Bogota, Colombia, on Wednesday. Union "
            "leaders said they would call an indefinite national strike if Congress passed the bill.")
    strike = [e for e in events_of(pipeline, text, published="2024-06-13")
              if e.type.plover == "PROTEST" and e.mode == "hypothetical"]
    assert strike and strike[0].place.precision == "country"


def test_the_outlet_s_country_is_not_where_the_event_was(pipeline):
    """"said in a statement carried by Saudi state media that the strike had hit ...": the
    strike stays in Saada (would fail if the outlet's demonym placed it in Saudi Arabia)."""
    text = ("An air strike hit a crowded market in the Yemeni city of Saada on Thursday.\n\n"
            "Witnesses said two missiles hit the vegetable section of the market.\n\n"
            "A coalition spokesman said in a statement carried by Saudi state media that the strike "
            "had hit a legitimate military target.")
    strikes = [e for e in events_of(pipeline, text, published="2018-06-16")
               if e.type.plover == "ASSAULT" and e.mode == "asserted"]
    assert [e.place.country for e in strikes] == ["YE"]


def test_the_country_across_the_border_is_not_where_the_clash_was(pipeline):
    text = ("In September 2023, two soldiers were killed in a clash with ELN fighters near the "
            "river border with Colombia in Amazonas state, Venezuela.")
    clash = only(events_of(pipeline, text, published="2024-03-07"), "ASSAULT")
    assert clash.place.country == "VE"


def test_where_troops_came_from_is_not_where_they_fought(pipeline):
    text = ("On 11 February 2024, militiamen stormed an army outpost near Erigavo, Somalia. On 13 "
            "February 2024, troops from Burao recaptured the position after a brief exchange of fire.")
    retake = [e for e in events_of(pipeline, text, published="2024-02-15")
              if e.type.acled_sub_event_type == "Government regains territory"]
    assert retake and retake[0].place.name != "Burao"


def test_a_place_right_after_a_preposition_says_where_whatever_the_parse(pipeline):
    """The small model hangs "Kaga-Bandoro" on "fighters" as a modifier, and "Central Africa"
    ends the group's name: the handover was in Kaga-Bandoro, not in Africa."""
    text = ("On 25 August 2020, in Kaga-Bandoro (Kaga-Bandoro, Nana-Grébizi), fighters of the "
            "Patriotic Movement for Central Africa (MPC) vacated a former primary school they had "
            "been using as a base and handed it over to MINUSCA peacekeepers without incident, "
            "under an accord the group had signed with the prefect on 19 August.")
    events = events_of(pipeline, text, published="2020-08-27")
    assert {e.place.name for e in events if e.place is not None} == {"Kaga-Bandoro"}



def test_a_place_naming_whose_strongman_after_a_preposition_is_no_place(pipeline):
    """"loyal to Tobruk military strongman Khalifa Haftar": Tobruk says whose forces, not where
    they seized the ports (the preposition belongs to "loyal")."""
    text = ("Libya remains divided.\n\nForces loyal to Tobruk military strongman General Khalifa "
            "Haftar have seized the country's oil ports from forces aligned to the Government of "
            "National Accord.")
    event = only(events_of(pipeline, text), "ASSAULT")
    assert event.place is None or event.place.name != "Tobruk"

def test_an_event_with_no_place_falls_back_to_the_lede_s_place_not_the_most_named_country(pipeline):
    text = ("Protesters who had held the parliament in Sukhumi since Friday left the buildings on "
            "Sunday.\n\nThe standoff began as deputies gathered to ratify a pact with Russia. "
            "Opposition groups say the pact with Russia would let Russian firms buy land. Russia "
            "said it was watching. The leader accused his opponents of staging a coup.")
    accusation = only(events_of(pipeline, text, published="2024-11-18"), "ACCUSE")
    assert accusation.place is not None and accusation.place.country == "GE"


def test_the_victims_nationality_is_not_where_they_were_attacked(pipeline):
    text = ("On 8 June 2024, several dozen men who had taken part in a march in Larnaca went on a "
            "rampage, beating two Bangladeshi workers waiting at a bus stop.")
    events = events_of(pipeline, text, published="2024-06-10")
    assert events and all(e.place is not None and e.place.name != "Bangladesh" for e in events)


def test_where_the_victims_were_is_where_it_happened(pipeline):
    """The relative clause on the event's own object tells the place ("seized women who had
    gone to collect firewood outside Bosso"), unlike one on another noun."""
    events = events_of(pipeline, "Boko Haram fighters seized nine women who had gone to collect "
                                 "firewood outside Bosso on Sunday. Niger's army said it was "
                                 "searching the area.")
    assert only(events, "ASSAULT").place.name == "Bosso"


def test_a_named_region_beats_the_country_a_demonym_gives(pipeline):
    events = events_of(pipeline, "On Monday a Nigerien army drone struck a boat that was said to "
                                 "be carrying fighters across Lake Chad: residents counted seven "
                                 "dead, while the army said it had neutralised 12 terrorists.")
    assert only(events, "ASSAULT").place.name == "Lake Chad"


@pytest.mark.parametrize("text, plover, town, not_actor", [
    # the small model tags "El Obeid's" as an organisation
    ("Troops repelled an attack on El Obeid's western outskirts on Monday.", "ASSAULT",
     "El Obeid", "El Obeid's"),
    # ... and "Dera" as a place, "Khan" as a person
    ("On Wednesday, officers raided a house in Dera Ghazi Khan and detained three men.", "COERCE",
     "Dera Ghazi Khan", "Khan"),
])
def test_a_town_the_ner_misreads_is_where_not_who(pipeline, text, plover, town, not_actor):
    extraction = pipeline.extract(make_article(text, published=PUBLISHED))
    event = only(extraction.events, plover)
    assert event.place is not None and event.place.name == town
    assert not_actor not in {a.name for a in extraction.actors}


def test_a_town_naming_a_club_is_not_where(pipeline):
    text = ("Dozens of supporters attacked fans of Lokomotiva, the Zagreb club, who were drinking "
            "outside a bar on the Zadar seafront on Saturday.")
    attack = only(events_of(pipeline, text), "ASSAULT")
    assert attack.place is not None and attack.place.name == "Zadar"


def test_a_capital_that_denies_or_a_country_blamed_is_no_place_of_the_event(pipeline):
    """"The SDF blamed Turkey; Ankara denied targeting civilians": who is blamed and who denies,
    named by country and capital, are governments; the denial is placed where the strike was."""
    text = ("In January, a drone strike on a minibus near Manbij killed six farmers.\n\n"
            "The SDF blamed Turkey; Ankara denied targeting civilians.")
    events = events_of(pipeline, text, published="2025-05-16")
    denial = next(e for e in events if e.type.plover == "ASSAULT" and e.mode == "negated")
    assert denial.place.name.startswith("Manbij") and str(denial.date.start) == "2025-01-01"


def test_a_town_comes_before_the_district_that_holds_it(pipeline):
    text = "On Tuesday, soldiers clashed with militants near Butig, in Lanao del Sur province."
    clash = only(events_of(pipeline, text, published="2022-06-24"), "ASSAULT")
    assert clash.place is not None and clash.place.name == "Butig"


def test_a_name_in_the_outlet_someone_told_is_no_place(pipeline):
    """"told Bay of Bengal Monitor": "Bay" is not the Somali region."""
    text = ("On Wednesday, a military jet bombed a village in Ann township, about 80 km to the "
            "north-east, killing 14 people, according to the AA-run township administration. A "
            "monk from the village told Bay of Bengal Monitor that 23 people had been killed, most "
            "of them women and children who had been sheltering in the monastery.")
    events = events_of(pipeline, text, published="2024-06-21")
    assert all(e.place is None or e.place.country != "SO" for e in events)


def test_the_country_a_speaking_body_is_in_is_no_place_of_the_event(pipeline):
    """"The UN mission in South Sudan said ...": the rape was in the town the story is about, and
    "Sudan" inside "South Sudan" is no place either."""
    text = ("Fighters of the Sudan People's Liberation Army-in-Opposition (SPLA-IO) overran an "
            "army garrison in Tambura, in South Sudan's Western Equatoria state, on Sunday.\n\n"
            "The UN mission in South Sudan (UNMISS) said it had documented the rape of at least "
            "nine women by SPLA-IO fighters during the two days they held the town.")
    rape = next(e for e in events_of(pipeline, text, published="2024-10-19")
                if e.type.acled_sub_event_type == "Sexual violence")
    assert rape.place.name == "Tambura"


def test_the_town_of_a_clause_placed_only_in_a_province_is_the_town_last_named(pipeline):
    """"at a well outside the town": the town named before, not the province that holds it
    (would fail if the province its appositive names placed the killing)."""
    text = ("Gunmen from a militia that taxes farms around Djibo, in Burkina Faso's Sahel region, "
            "shot dead four herders at a well outside the town on Friday, residents said.")
    killing = only(events_of(pipeline, text), "ASSAULT")
    assert killing.place is not None and killing.place.name == "Djibo"


def test_the_trenches_a_later_paragraph_names_are_the_lede_s(pipeline):
    """"on the trenches" with a day of its own: the trenches the lede placed (would fail if
    only towns, bases and the like referred back)."""
    text = ("Ukrainian troops drove Russian forces out of two lines of trenches north of "
            "Vovchansk, in the Kharkiv region, on Monday, a brigade spokesman said.\n\nOn "
            "Wednesday, Russian drones dropped grenades filled with tear gas on the recaptured "
            "trenches, the spokesman said.")
    gas = [e for e in events_of(pipeline, text, published="2024-05-10")
           if e.type.acled_sub_event_type == "Chemical weapon"]
    assert [e.place.name for e in gas] == ["Vovchansk"]


def test_those_a_purpose_aims_at_are_where_the_conjoined_arrest_was(pipeline):
    """"fired tear gas to clear growers who had blocked the highway near Timbío, and detained 12
    of them": the arrests at Timbío (would fail if a place in a relative clause on the purpose's
    object were read as describing another noun)."""
    text = ("A bomb exploded as an army truck passed near El Tambo, in Colombia's Cauca "
            "department, on Monday, killing two soldiers, the army said.\n\nOn Wednesday, riot "
            "police fired tear gas to clear several hundred coca growers who had blocked the "
            "main highway near Timbío, and detained 12 of them.")
    arrests = only(events_of(pipeline, text, published="2024-05-10"), "COERCE")
    assert arrests.place.name == "Timbío"


def test_where_the_staff_told_are_places_the_act_they_were_told_of(pipeline):
    """"told staff of a medical charity in Adre (Ouaddai province)": a place inside the phrase
    of whom one tells, after "in", is where they are, not part of an outlet's name; and "Sila
    province" in a story set in Chad is no Selah in the US."""
    text = ("On 8 February, Chadian gendarmes arrested six men in Goz Beida (Sila province). On 10 "
            "February, four Sudanese refugee women told staff of a medical charity in Adré "
            "(Ouaddaï province) that they had been raped by armed men the previous day.")
    events = events_of(pipeline, text, "2024-02-17")
    rape = next(e for e in events if e.type.acled_sub_event_type == "Sexual violence")
    assert rape.place.name == "Adré"
    assert all(e.place is None or e.place.country == "TD" for e in events)


def test_the_compound_retaken_in_a_later_paragraph_is_the_lede_s_town(pipeline):
    """"retook the compound": the site the lede's event took, not the country the commandos'
    demonym names."""
    text = ("Taliban fighters overran the police headquarters of Nad Ali district, near Lashkar Gah "
            "in Afghanistan's Helmand province, on Sunday.\n\n"
            "Afghan army commandos retook the compound on Tuesday, the defence ministry said.")
    events = events_of(pipeline, text, published="2020-10-17")
    retaking = [e for e in events if e.type.acled_sub_event_type == "Government regains territory"]
    assert [(e.place.precision, e.actor1.name) for e in retaking] == [
        ("city", "Military Forces of Afghanistan")]


def test_a_country_closing_a_party_s_name_is_no_place_of_its_arson(pipeline):
    """"the ruling United Socialist Party of Venezuela": the country is part of the party's name
    (the NER's ORG ends before "of"), so the arson is where the protest was."""
    text = ("Protesters clashed with police in San Carlos del Zulia on Tuesday. Earlier in the day, "
            "protesters had set fire to the local office of the ruling United Socialist Party of "
            "Venezuela (PSUV).")
    events = events_of(pipeline, text, published="2024-08-01")
    assert {e.place.name for e in events} == {"San Carlos del Zulia"}


def test_a_town_a_blocked_road_leads_to_is_not_where_the_shooting_was(pipeline):
    text = ("On 3 May 2021, in Pamplona (Norte de Santander), riot police fired tear gas and live "
            "rounds at students blocking the road to Cúcuta during the national strike, killing "
            "a 19-year-old man.")
    events = pipeline.extract(make_article(text, published="2021-06-19")).events
    assert [e.place.name for e in events] == ["Pamplona"]


def test_a_capital_s_propaganda_is_the_government_s_word_not_where(pipeline):
    text = ("M23 rebels captured the town of Nyanzale in Rutshuru territory on Tuesday. Women told "
            "aid workers that M23 fighters had raped at least six women in Nyanzale. The rebels' "
            "spokesman denied that the group's fighters had harmed civilians, calling the "
            "accusations \"Kinshasa's propaganda\".")
    denial = next(e for e in events_of(pipeline, text, published="2023-11-09")
                  if e.mode == "negated" and e.type.plover == "ASSAULT")
    assert denial.place is not None and denial.place.name != "Kinshasa"


def test_a_toll_told_from_the_speaker_s_town_goes_on_with_the_story(pipeline):
    """The death toll, given by a source in another town, belongs to the lede's attack there."""
    text = ("Militants of JNIM stormed an army camp in Titao on Sunday and fought soldiers for "
            "hours, residents said.\n\nAn official in Ouahigouya, the regional capital, said nine "
            "soldiers had been killed.")
    events = events_of(pipeline, text, published="2024-06-12")
    assert [(e.place.name, e.fatalities.low if e.fatalities else None) for e in events] == [
        ("Titao", 9)]


def test_police_in_a_town_tell_of_an_event_there_in_the_lede(pipeline):
    events = events_of(pipeline, "Police in Kidal said gunmen killed two traders on Monday.",
                       published="2024-06-12")
    assert [e.place.name for e in events] == ["Kidal"]


def test_where_raiders_crossed_from_is_not_where_they_killed(pipeline):
    text = ("Rebels attacked a village near Bundibugyo on Friday.\n\nThe district chairman said "
            "five people had been killed and that the raiders had crossed from Congo at night.")
    events = events_of(pipeline, text, published="2024-06-12")
    assert {e.place.name for e in events} == {"Bundibugyo"}


def test_a_town_a_road_leads_from_is_a_reference_point(pipeline):
    text = ("A car bomb exploded at the gate of the army camp at Diéma, a market town on the road "
            "from Kayes to the capital, on Tuesday, and gunmen then tried to storm the camp.")
    events = events_of(pipeline, text, published="2024-11-21")
    assert {e.place.name for e in events} == {"Diéma"}


def test_a_country_in_what_a_protest_is_against_is_no_place_of_it(pipeline):
    text = ("On 29 May, in Aygehovit (Tavush), police dragged away about 150 villagers who had "
            "blocked the highway to protest against the handover of farmland to Azerbaijan.")
    events = events_of(pipeline, text, published="2024-06-12")
    assert {e.place.name for e in events if e.type.plover == "PROTEST"} == {"Aygehovit"}


def test_a_river_is_where_the_event_was_only_when_nothing_else_is(pipeline):
    text = ("Russian artillery firing from the occupied left bank of the Dnipro river struck the "
            "market in Bilozerka on Tuesday morning, Ukrainian officials said.")
    events = events_of(pipeline, text, published="2024-10-24")
    assert [e.place.name for e in events] == ["Bilozerka"]
