"""Actors stage: alias dictionary, demonym heads, persons, generic actors, coreference."""
from __future__ import annotations

import time
from pathlib import Path

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.actors import _countries, actor_at, alias_rows, find_actors
from eventwire.model import Actor

SIRTE = Path("/work/shared/examples/sirte.txt")


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


@pytest.fixture(scope="module")
def sirte(nlp):
    doc = nlp(SIRTE.read_text(encoding="utf-8"))
    return doc, find_actors(doc)


def by_name(actors: list[Actor], name: str) -> Actor:
    found = [a for a in actors if a.name == name]
    assert found, f"{name!r} not in {[a.name for a in actors]}"
    return found[0]


def texts(actor: Actor) -> list[str]:
    return [m.text for m in actor.mentions]


def run(nlp, text: str) -> list[Actor]:
    return find_actors(nlp(text))


# -- data files -----------------------------------------------------------------------------------
def test_alias_file_is_well_formed():
    rows = alias_rows()
    types = {"military", "police", "government", "rebel_group", "militant_group",
             "political_militia", "identity_militia", "protesters", "rioters", "civilians",
             "international_org", "country", "person", "political_party",
             "unidentified_armed_group", "media"}
    entities = [r for r in rows if r.kind == "entity"]
    assert len(entities) >= 100
    iso3 = set(_countries().names)
    for r in rows:
        assert r.kind in {"entity", "generic", "gov_side", "coref", "title", "weapon"}
        assert r.aliases, r.name
        if r.kind not in ("coref", "title"):
            assert r.type in types, r
        assert r.country is None or r.country in iso3, r
    header = (Path(__file__).parents[1] / "eventwire/data/actors.tsv").read_text()[:600]
    assert "CC0" in header and "own compilation" in header


def test_country_names_come_from_packages():
    c = _countries()
    assert c.names["RUS"] == "Russia" and c.names["LBY"] == "Libya"
    assert c.terms["Russian Federation"] == ("RUS", "name")
    assert c.terms["Libyan"] == ("LBY", "demonym")
    assert c.terms["Syrian Arab Republic"][0] == "SYR"


# -- dictionary -----------------------------------------------------------------------------------
def test_islamic_state_spellings_merge(nlp):
    actors = run(nlp, "ISIL fighters and Daesh militants attacked. Isis said the Islamic State "
                      "and ISIS were one. IS claimed it.")
    assert len(actors) == 1
    assert actors[0].name == "Islamic State" and actors[0].type == "militant_group"
    assert texts(actors[0]) == ["ISIL", "Daesh", "Isis", "Islamic State", "ISIS", "IS"]


def test_short_acronyms_are_case_sensitive(nlp):
    assert run(nlp, "It is what it is, and this is fine.") == []
    assert [a.name for a in run(nlp, "Is this what IS wants?")] == ["Islamic State"]


@pytest.mark.parametrize("text,name,type_,country", [
    ("Houthis fired missiles at ships.", "Houthis", "rebel_group", "YEM"),
    ("Ansar Allah fired missiles at ships.", "Houthis", "rebel_group", "YEM"),
    ("Al-Shabaab attacked a base.", "al-Shabaab", "militant_group", "SOM"),
    ("HTS captured Aleppo.", "Hayat Tahrir al-Sham", "militant_group", "SYR"),
    ("The RSF shelled El Fasher.", "Rapid Support Forces", "rebel_group", "SDN"),
    ("The Sudanese army said it repelled an attack.", "Sudanese Armed Forces", "military", "SDN"),
    ("The Africa Corps arrived in Bamako.", "Wagner Group", "military", "RUS"),
    ("The Saudi-led coalition struck Sanaa.", "Saudi-led coalition", "military", "SAU"),
    ("Doctors Without Borders evacuated staff.", "Medecins Sans Frontieres",
     "international_org", None),
    ("Maoists blew up a police vehicle near Bijapur.", "CPI (Maoist)", "rebel_group", "IND"),
])
def test_dictionary_entries(nlp, text, name, type_, country):
    a = by_name(run(nlp, text), name)
    assert (a.type, a.country) == (type_, country)


def test_context_aliases_need_the_country_or_the_full_name(nlp):
    assert "Free Syrian Army" not in [a.name for a in run(nlp, "The FSA said the talks failed.")]
    fsa = by_name(run(nlp, "Fighting raged in Syria. The FSA said it held the town."),
                  "Free Syrian Army")
    assert texts(fsa) == ["FSA", "it"]
    fsa = by_name(run(nlp, "The Free Syrian Army (FSA) said it held the town."),
                  "Free Syrian Army")
    assert texts(fsa) == ["Free Syrian Army", "FSA", "it"]
    actors = run(nlp, "In South Sudan, the unity government said rebels attacked Juba.")
    assert "Government of National Accord" not in [a.name for a in actors]
    assert by_name(actors, "Government of South Sudan").country == "SSD"


def test_group_followed_by_head_noun_keeps_one_actor(nlp):
    actors = run(nlp, "Houthi forces and Hamas militants clashed.")
    assert [a.name for a in actors] == ["Houthis", "Hamas"]


# -- demonyms and generic heads -------------------------------------------------------------------
@pytest.mark.parametrize("text,mention,name,type_,country", [
    ("Iraqi forces entered the town.", "Iraqi forces", "Military Forces of Iraq", "military",
     "IRQ"),
    ("Yesterday the Lebanese army deployed.", "Lebanese army", "Military Forces of Lebanon",
     "military", "LBN"),
    ("Syrian troops shelled the town.", "Syrian troops", "Military Forces of Syria", "military",
     "SYR"),
    ("Nigerian police arrested them.", "Nigerian police", "Police Forces of Nigeria", "police",
     "NGA"),
    ("The Russian foreign ministry said so.", "Russian foreign ministry", "Government of Russia",
     "government", "RUS"),
    ("The Malian government denied it.", "Malian government", "Government of Mali",
     "government", "MLI"),
    ("Iraq's army advanced.", "Iraq's army", "Military Forces of Iraq", "military", "IRQ"),
    ("Kazakh National Guard troops opened fire.", "Kazakh National Guard troops",
     "Military Forces of Kazakhstan", "military", "KAZ"),
    ("Guyanese soldiers retook the camp.", "Guyanese soldiers", "Military Forces of Guyana",
     "military", "GUY"),
    ("Surinamese police detained them.", "Surinamese police", "Police Forces of Suriname",
     "police", "SUR"),
    ("Timorese troops deployed.", "Timorese troops", "Military Forces of Timor Leste",
     "military", "TLS"),
    ("An Armenian conscript was shot dead.", "Armenian conscript", "Military Forces of Armenia",
     "military", "ARM"),
    ("Armenian air defence units shot down a drone.", "Armenian air defence units",
     "Military Forces of Armenia", "military", "ARM"),
])
def test_demonym_heads(nlp, text, mention, name, type_, country):
    a = by_name(run(nlp, text), name)
    assert (a.type, a.country) == (type_, country)
    assert texts(a) == [mention]


def test_bare_country_subject(nlp):
    actors = run(nlp, "Russia has insisted it will not arm the militia.")
    a = by_name(actors, "Russia")
    assert (a.type, a.country, texts(a)) == ("country", "RUS", ["Russia", "it"])


def test_country_as_party_and_plural_demonym(nlp):
    actors = run(nlp, "Israeli soldiers arrested 100 Palestinians. Pakistan cut ties with Chad.")
    assert by_name(actors, "Civilians").country == "PSE"
    assert texts(by_name(actors, "Chad")) == ["Chad"]
    assert by_name(actors, "Military Forces of Israel").mentions[0].text == "Israeli soldiers"


def test_country_as_modifier_or_place_is_not_an_actor(nlp):
    names = [a.name for a in run(nlp, "Fighting continued in Syria near the Iraq border.")]
    assert "Syria" not in names and "Iraq" not in names


def test_soldiers_without_demonym_take_article_country(nlp):
    text = ("Fighting broke out in Somalia on Monday. Somali officials said the "
            "attack was repelled. Soldiers killed four gunmen, and the army said civilians died.")
    actors = run(nlp, text)
    mil = by_name(actors, "Military Forces of Somalia")
    assert texts(mil) == ["Soldiers", "army"]
    assert by_name(actors, "Unidentified Armed Group").country == "SOM"
    assert by_name(actors, "Civilians").country == "SOM"


def test_other_groups_forces_are_not_the_army(nlp):
    names = [a.name for a in run(nlp, "Kurdish forces and rebel forces clashed in Syria.")]
    assert not any(n.startswith("Military Forces") for n in names)


def test_our_forces_is_left_unresolved(nlp):
    assert run(nlp, '"Our forces have total control," he said.') == []


def test_government_side_goes_to_named_government(nlp):
    text = ("The UN-backed Government of National Accord (GNA) said its forces advanced in "
            "Libya. Pro-government forces and loyalist troops entered Sirte, where government "
            "forces met little resistance.")
    gna = by_name(run(nlp, text), "Government of National Accord")
    assert {"Pro-government forces", "loyalist troops", "government forces"} <= set(texts(gna))


def test_forces_loyal_to_person_go_to_affiliation(nlp):
    actors = run(nlp, "In Libya, forces loyal to Khalifa Haftar seized the oil ports.")
    assert texts(by_name(actors, "Libyan National Army")) == ["forces"]


def test_no_actor_name_runs_into_a_bracket(nlp):
    """The small model tags "Belo (Boyo department" ORG; a name stops before its bracket."""
    actors = run(nlp, "On 6 February, soldiers raided a neighbourhood of Belo (Boyo department), "
                      "shot dead three young men and set fire to about 30 houses.")
    assert not any("(" in a.name and ")" not in a.name for a in actors)


def test_troops_backed_by_weapons_are_no_one_else_s(nlp):
    """The backer is in the "by" phrase; a group named later in the clause is the enemy."""
    actors = run(nlp, "In Myanmar, troops backed by helicopter gunships drove the PDF fighters "
                      "out of Wetlet.")
    assert "troops" not in texts(by_name(actors, "People's Defence Force"))


@pytest.mark.parametrize("text, mention", [
    ("On Sunday, armed Dinka cattle keepers attacked farming villages near Maridi.",
     "armed Dinka cattle keepers"),
    ("Armed Dinka cattle keepers attacked farming villages near Maridi on Sunday.",
     "Armed Dinka cattle keepers"),
])
def test_armed_cattle_keepers_of_a_people_are_its_militia(nlp, text, mention):
    assert mention in texts(by_name(run(nlp, text), "Dinka ethnic militia"))


def test_army_units_backed_by_a_militia_are_the_armys(nlp):
    actors = run(nlp, "In Burkina Faso, army units backed by VDP re-entered the town of Kaya on "
                      "Tuesday.")
    assert "army units" in texts(by_name(actors, "Military Forces of Burkina Faso"))


@pytest.mark.parametrize("text, mention", [
    ("Gunmen from the Kuki-Chin National Front (KNF) ambushed an army patrol.", "Gunmen"),
    ("Armed men believed to belong to the KNF abducted six labourers.", "Armed men"),
])
def test_gunmen_the_text_places_in_a_named_group_are_its(nlp, mention, text):
    actors = run(nlp, text)
    assert mention in texts(by_name(actors, "KNF"))
    assert all(a.type != "unidentified_armed_group" for a in actors)


def test_gunmen_from_a_village_stay_unidentified(nlp):
    actors = run(nlp, "Gunmen from the village of Toro killed two herders.")
    assert texts(by_name(actors, "Unidentified Armed Group")) == ["Gunmen"]


# -- generic / unknown actors ---------------------------------------------------------------------
@pytest.mark.parametrize("text,name,type_,mention", [
    ("Gunmen killed three people.", "Unidentified Armed Group", "unidentified_armed_group",
     "Gunmen"),
    ("Unidentified assailants opened fire.", "Unidentified Armed Group",
     "unidentified_armed_group", "Unidentified assailants"),
    ("A suicide bomber struck a market.", "Unidentified Armed Group",
     "unidentified_armed_group", "suicide bomber"),
    ("Militants attacked a checkpoint.", "Unidentified Armed Group", "unidentified_armed_group",
     "Militants"),
    ("The attackers fled.", "Unidentified Armed Group", "unidentified_armed_group", "attackers"),
    ("Militiamen seized the market town.", "Unidentified Armed Group",
     "unidentified_armed_group", "Militiamen"),
    ("Villagers said the soldiers left.", "Civilians", "civilians", "Villagers"),
    ("Two civilians were hurt.", "Civilians", "civilians", "civilians"),
    ("Demonstrators gathered downtown.", "Protesters", "protesters", "Demonstrators"),
    ("Rioters torched shops.", "Rioters", "rioters", "Rioters"),
])
def test_generic_actors(nlp, text, name, type_, mention):
    a = by_name(run(nlp, text), name)
    assert a.type == type_ and mention in texts(a)


def test_generic_country_from_context(nlp):
    actors = run(nlp, "Gunmen attacked a village in Nigeria, killing residents.")
    assert by_name(actors, "Unidentified Armed Group").country == "NGA"
    assert by_name(actors, "Civilians").country == "NGA"



@pytest.mark.parametrize("text, name, mention", [
    # an unnamed official acts for the institution (ACLED codes "Government of <Country>")
    ("In Kenya, the prime minister rejected calls to resign.", "Government of Kenya",
     "prime minister"),
    ("In Kenya, a police spokesman denied the report.", "Police Forces of Kenya",
     "police spokesman"),
    ("In Kenya, officers chased the attackers.", "Police Forces of Kenya", "officers"),
    ("In Kenya, army officers detained two men.", "Military Forces of Kenya", "army officers"),
])
def test_unnamed_officials_are_their_institution(nlp, text, name, mention):
    assert mention in texts(by_name(run(nlp, text), name))


def test_a_named_president_stays_a_person(nlp):
    actors = run(nlp, "President William Ruto rejected calls to resign.")
    assert [a.name for a in actors if a.type == "person"] == ["William Ruto"]


@pytest.mark.parametrize("text, mention, country", [
    ("A Ukrainian drone dropped explosives on a car.", "Ukrainian drone", "UKR"),
    ("Russian missiles struck the city.", "Russian missiles", "RUS"),
    ("A Turkish Bayraktar drone hit the convoy.", "Turkish Bayraktar drone", "TUR"),
])
def test_a_weapon_with_a_demonym_is_that_countrys_forces(nlp, text, mention, country):
    found = by_name(run(nlp, text), next(
        f"Military Forces of {n}" for n in [_countries().names[country]]))
    assert mention in texts(found) and found.country == country


def test_a_weapon_without_a_demonym_is_nobodys(nlp):
    actors = run(nlp, "In Ukraine, a drone struck a car.")
    assert not [a for a in actors if a.type == "military"]


@pytest.mark.parametrize("text, name", [
    ("The Polisario said its fighters had shelled the wall.", "Polisario Front"),
    ("MFDC fighters were blamed for the mine.", "MFDC"),
    ("Gunmen of the KNU attacked the post.", "Karen National Union"),
])
def test_more_armed_groups_in_the_dictionary(nlp, text, name):
    assert by_name(run(nlp, text), name).type in ("rebel_group", "political_militia",
                                                  "identity_militia", "militant_group")


def test_a_ministry_owned_by_a_named_group_is_that_group(nlp):
    """"the Polisario's defence ministry" is the Polisario's, not Morocco's."""
    actors = run(nlp, "In Morocco, the Polisario's defence ministry said it had shelled the wall.")
    assert "defence ministry" in texts(by_name(actors, "Polisario Front"))
    assert not [a for a in actors if a.name == "Government of Morocco"]

# -- persons --------------------------------------------------------------------------------------
def test_apposition_role_and_surname_link(nlp):
    text = ("Ahmed Karimi, a spokesman for the Free Syrian Army, said the town fell. "
            "Karimi added that more fighting was expected.")
    p = by_name(run(nlp, text), "Ahmed Karimi")
    assert p.type == "person" and p.role == "spokesman for the Free Syrian Army"
    assert p.affiliation == "Free Syrian Army" and p.country == "SYR"
    assert texts(p) == ["Ahmed Karimi", "Karimi"]


def test_premodifier_role_and_country(nlp):
    p = by_name(run(nlp, "Ukrainian foreign minister Dmytro Kuleba met reporters."),
                "Dmytro Kuleba")
    assert (p.role, p.country) == ("foreign minister", "UKR")


def test_title_role_and_linked_mentions(nlp):
    text = "General Mamadou Diallo visited the front. Later General Diallo said he was satisfied."
    p = by_name(run(nlp, text), "Mamadou Diallo")
    assert p.role == "general"
    assert texts(p) == ["General Mamadou Diallo", "General Diallo", "he"]


def test_pronoun_only_as_subject(nlp):
    text = "Omar Bashir spoke on Monday. Officials thanked him and he smiled."
    p = by_name(run(nlp, text), "Omar Bashir")
    assert texts(p) == ["Omar Bashir", "he"]


def test_person_tag_on_a_district_is_not_a_person(nlp):
    actors = run(nlp, "Troops seized the city's Jiza al-Bahrieh district on Monday.")
    assert all(a.type != "person" for a in actors)


# -- coreference ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, name, pronoun", [
    ("The Forum for Democratic Change, another opposition party, said it backed that demand.",
     "Forum for Democratic Change", "it"),
    ("Al-Shabaab said they had shot down the helicopter.", "al-Shabaab", "they"),
])
def test_it_or_they_in_what_a_group_says_is_that_group(nlp, text, name, pronoun):
    assert texts(by_name(run(nlp, text), name))[-1] == pronoun


def test_it_is_not_a_group_it_does_not_report(nlp):
    actors = run(nlp, "The army shelled the town and it burned for days.")
    assert all("it" not in texts(a) for a in actors)


def test_group_coreference(nlp):
    text = ("Boko Haram attacked a village in Nigeria. The jihadist group later released "
            "a video. The rebels of the M23 were not involved.")
    bh = by_name(run(nlp, text), "Boko Haram")
    assert texts(bh) == ["Boko Haram", "The jihadist group"]


@pytest.mark.parametrize("text,name", [
    ("Gunmen robbed a camp. The aid group Puentes Sin Fronteras said the group had treated nine "
     "women.", "Puentes Sin Fronteras"),
    ("Gunmen robbed a camp. Amnesty International, a rights group, said the group had documented "
     "the raid.", "Amnesty International"),
    ("FARC dissidents attacked a farm near Teorama. An ELN commander accused the dissidents of "
     "the killings.", "FARC"),
])
def test_the_group_is_the_actor_introduced_as_a_group(nlp, text, name):
    """A group named as such ("the aid group X") wins over a nearer armed group of compatible type."""
    actor = by_name(run(nlp, text), name)
    assert {"the group", "the dissidents"} & set(texts(actor))


def test_a_title_read_as_an_office_still_gives_the_role(nlp):
    actors = run(nlp, "Defence Minister Cho Yong-hwan warned Pyongyang on Thursday.")
    assert by_name(actors, "Cho Yong-hwan").role == "defence minister"


def test_a_demonym_before_model_names_owns_the_force(nlp):
    actors = run(nlp, "Two Romanian F-16 jets were scrambled during the night.")
    assert [a.name for a in actors] == ["Military Forces of Romania"]


def test_a_counterpart_with_a_demonym_is_that_government(nlp):
    actors = run(nlp, "Sierra Leone's foreign minister met his Guinean counterpart in Conakry.")
    assert texts(by_name(actors, "Government of Guinea")) == ["Guinean counterpart"]


def test_a_towns_police_are_police(nlp):
    """A place before "police" says which police, unlike a group before "forces"."""
    actors = run(nlp, "Abuja police arrested two men. Tigray forces shelled the town.")
    assert [a.type for a in actors] == ["police"]


def test_group_without_antecedent_is_dropped_or_generic(nlp):
    actors = run(nlp, "The group met on Monday. The militants fled.")
    assert [a.name for a in actors] == ["Unidentified Armed Group"]
    assert texts(actors[0]) == ["The militants"] or texts(actors[0]) == ["militants"]


# -- the Sirte report -----------------------------------------------------------------------------
def test_sirte_islamic_state(sirte):
    _, actors = sirte
    is_ = by_name(actors, "Islamic State")
    assert actors[0] is is_ and is_.id == "a1"
    assert {"Islamic State", "IS", "Daesh", "Isis", "The militant group"} <= set(texts(is_))


def test_sirte_unity_government(sirte):
    _, actors = sirte
    gna = by_name(actors, "Government of National Accord")
    assert (gna.type, gna.country) == ("government", "LBY")
    got = set(texts(gna))
    assert {"GNA", "Libyan unity government", "pro-government forces", "government forces",
            "loyalist forces", "loyalist soldiers"} <= got
    assert any("national unity government" in t for t in got)


def test_sirte_persons(sirte):
    _, actors = sirte
    issa = by_name(actors, "Reda Issa")
    assert issa.role == "spokesman for pro-government forces"
    assert issa.affiliation == "Government of National Accord"
    assert texts(issa) == ["Reda Issa", "Issa", "Issa"]
    haftar = by_name(actors, "Khalifa Haftar")
    assert (haftar.type, haftar.country, haftar.role) == ("person", "LBY", "general")
    assert {"General Khalifa Haftar", "General Haftar", "Haftar", "he"} <= set(texts(haftar))
    lavrov = by_name(actors, "Sergei Lavrov")
    assert (lavrov.role, lavrov.country) == ("foreign minister", "RUS")
    sarraj = by_name(actors, "Fayez al-Sarraj")
    assert sarraj.type == "person" and texts(sarraj) == ["Fayez al-Sarraj"]
    assert by_name(actors, "Libyan National Army").mentions[0].text == "Forces"


def test_sirte_countries_and_ids(sirte):
    doc, actors = sirte
    russia = by_name(actors, "Russia")
    # "Russia has insisted it will not arm Haftar": the "it" is Russia
    assert (russia.type, russia.country, texts(russia)) == ("country", "RUS",
                                                           ["Russia", "Russia", "it"])
    assert [a.id for a in actors] == [f"a{i}" for i in range(1, len(actors) + 1)]
    firsts = [a.mentions[0].start for a in actors]
    assert firsts == sorted(firsts)
    spans = [m for a in actors for m in a.mentions]
    assert all(doc.text[m.start:m.end] == m.text for m in spans)


def test_actor_at(sirte):
    doc, actors = sirte
    text = doc.text
    start = text.index("Reda Issa")
    end = text.index(", told AFP")
    assert actor_at(actors, start, end).name == "Reda Issa"
    pg = text.index("pro-government forces")
    assert actor_at(actors, start, end, head=pg + 5).name == "Government of National Accord"
    assert actor_at(actors, 0, 1).name == "Islamic State"
    nothing = text.index("coastal city")
    assert actor_at(actors, nothing, nothing + 12) is None


def test_speed(nlp, sirte):
    doc, _ = sirte
    t0 = time.perf_counter()
    for _ in range(20):
        find_actors(doc)
    per_doc = (time.perf_counter() - t0) / 20
    assert per_doc < 0.015, f"{per_doc * 1000:.1f} ms for {len(doc)} tokens"


# -- robustness -----------------------------------------------------------------------------------
WORDS = st.sampled_from(
    "IS is Isis the group militants Libyan Russian foreign minister Sergei Lavrov General Haftar "
    "he she , . ' 's ’s - forces loyal to aligned Iraqi army government pro-government Russia "
    "The Our civilians gunmen UN -backed unity Daesh Mr. President of \n \n\n “ ” ( ) 3 Sirte "
    "Reda Issa spokesman a for al-Shabaab Tatmadaw junta".split(" "))


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(WORDS, max_size=40), st.text(max_size=30))
def test_never_raises_and_offsets_match(nlp, blank, words, noise):
    text = " ".join(words) + noise
    for doc in (nlp(text), blank(text)):
        actors = find_actors(doc)
        for a in actors:
            assert a.mentions
            for m in a.mentions:
                assert doc.text[m.start:m.end] == m.text and m.start < m.end


def test_unknown_actors_named_only_where_a_place_was_found_are_dropped():
    from eventwire.actors import drop_toponyms
    from eventwire.model import Actor, Place, Span
    text = "Rebels shelled Saraqib, and the White Helmets said Saraqib was hit."
    town = [Span.of(text, m, m + 7) for m in (15, 51)]
    saraqib = Actor("a1", "Saraqib", None, None, tuple(town))
    helmets = Actor("a2", "White Helmets", None, None, (Span.of(text, 32, 45),))
    rebels = Actor("a3", "Rebels", "rebel_group", None, (Span.of(text, 0, 6),))
    place = Place("pl1", "Saraqib", 35.86, 36.8, "city", tuple(town), geonames_id=163270, country="SY")
    assert [a.name for a in drop_toponyms([saraqib, helmets, rebels], [place])] == [
        "White Helmets", "Rebels"]
    unlocated = Place("pl1", "Saraqib", None, None, "unresolved", tuple(town))
    assert len(drop_toponyms([saraqib, helmets, rebels], [unlocated])) == 3
    as_person = Actor("a4", "Saraqib", "person", None, (town[0],))
    assert drop_toponyms([as_person, rebels], [place]) == [rebels]


def test_a_force_named_on_its_aircraft_or_its_positions_is_that_force(nlp):
    doc = nlp("An air force helicopter struck a group of fighters near Mango, the Togolese army "
              "said. Rebels had shelled army positions near Dapaong. An army officer said so.")
    actors = find_actors(doc)
    army = by_name(actors, "Military Forces of Togo")
    assert "air force" in {m.text for m in army.mentions}
    # the positions shelled are the army's; the officer is a person, not the army
    assert [m.start for m in army.mentions if m.text == "army"] == [
        doc.text.index("army positions")]


@pytest.mark.parametrize("text, name", [
    ("Dozens of Israeli settlers torched three cars in Burin.", "Israeli settlers"),
    ("Paramilitary police officers fired tear gas in Kerewan, Gambia.", "Police Forces of Gambia"),
])
def test_settlers_and_paramilitary_police_are_actors(nlp, text, name):
    assert by_name(find_actors(nlp(text)), name)


def test_the_mounted_police_are_canada_s_police(nlp):
    found = find_actors(nlp("RCMP officers cleared the highway near Smithers on Wednesday."))
    assert [(a.name, a.type, a.country) for a in found] == [
        ("Police Forces of Canada", "police", "CAN")]


def test_an_acronym_in_brackets_is_the_organisation_it_spells(nlp):
    actors = run(nlp, "The Sahel Farmers Union (SFU) said on Monday that the SFU would close "
                      "the market.")
    assert texts(by_name(actors, "Sahel Farmers Union")) == [
        "Sahel Farmers Union", "SFU", "SFU"]


def test_an_acronym_bracketed_after_a_force_is_that_force_wherever_written(nlp):
    actors = run(nlp, "Taliban fighters overran three Afghan Local Police (ALP) checkpoints on "
                      "Monday; five ALP members were killed.")
    assert texts(by_name(actors, "Police Forces of Afghanistan")) == [
        "Afghan Local Police", "ALP"]


def test_a_shared_surname_with_another_given_name_is_another_person(nlp):
    actors = run(nlp, "Amina Diallo, a teacher, was killed on Monday, her brother Musa Diallo "
                      "told reporters.")
    assert texts(by_name(actors, "Amina Diallo")) == ["Amina Diallo"]
    assert texts(by_name(actors, "Musa Diallo")) == ["Musa Diallo"]


def test_a_surname_inside_an_organisation_s_name_is_not_the_person(nlp):
    actors = run(nlp, "Karim Baloch, a student, went missing on Monday. The Baloch Students "
                      "Committee said he had been taken by armed men.")
    assert "Baloch" not in texts(by_name(actors, "Karim Baloch"))
    assert "Baloch Students Committee" in [a.name for a in actors]


def test_a_group_the_tagger_calls_a_work_of_art_is_an_organisation(nlp):
    actors = run(nlp, "The army blamed the Bui Warriors.")
    assert texts(by_name(actors, "Bui Warriors")) == ["Bui Warriors"]


@pytest.mark.parametrize("text, name", [
    ("On Monday, police units retook the station in Arcahaie.", "Police Forces of Haiti"),
    ("On Monday, army units retook the town of Mirebalais.", "Military Forces of Haiti"),
])
def test_police_and_army_units_are_their_forces(nlp, text, name):
    assert texts(by_name(find_actors(nlp(text), "HTI"), name))


def test_an_organisation_s_name_does_not_end_in_a_preposition(nlp):
    actors = run(nlp, "The World Food Programme flew 20 tonnes of food to Bentiu on Monday.")
    assert not any(a.name.endswith(" on") for a in actors)


@pytest.mark.parametrize("home, name", [("CMR", "Ambazonian separatists"), ("IND", None)])
def test_separatists_in_cameroon_are_the_ambazonian_separatists(nlp, home, name):
    actors = find_actors(nlp("Armed separatists burned a school on Monday."), home)
    assert (name in [a.name for a in actors]) if name else \
        "Ambazonian separatists" not in [a.name for a in actors]


@pytest.mark.parametrize("text, name", [
    # the unit the phrase names
    ("The Benue state government imposed a dusk-to-dawn curfew on Agatu on Monday.",
     "Government of Benue"),
    ("On Thursday, the governor of Lac banned all boat traffic on the lake.", "Government of Lac"),
    # no name: the province of the place the paragraph names (the gazetteer's Amarah is Maysan's)
    ("The provincial government imposed a curfew on Amarah on Tuesday.", "Government of Maysan"),
    # the country's: a national government, a district governor, a governor with a demonym
    ("The government imposed a curfew on Amarah on Tuesday.", "Government of Iraq"),
    ("Taliban fighters set fire to the district governor's office in Qaisar.",
     "Government of Afghanistan"),
    ("The Palestinian governor of Hebron accused the Israeli army of protecting the settlers.",
     "Government of Palestine"),
])
def test_a_sub_national_government_acts_for_its_unit(pipeline, text, name):
    from eventwire import make_article
    actors = pipeline.extract(make_article(text, published="2022-06-24")).actors
    governments = [a.name for a in actors if a.type == "government"]
    assert governments == [name]


def test_where_an_official_spoke_from_is_not_the_province_of_the_government(pipeline):
    from eventwire import make_article
    text = ("Police cleared a blockade near Humahuaca in Jujuy on Saturday.\n\nArgentina's "
            "security minister, speaking in Buenos Aires, accused the provincial government of "
            "repression.")
    names = {a.name for a in pipeline.extract(make_article(text, published="2023-06-24")).actors}
    assert "Government of Jujuy" in names and not any("Buenos Aires" in n for n in names)


def test_a_name_in_apposition_to_a_role_takes_the_role_and_its_group(nlp):
    actors = run(nlp, "RSF fighters entered the town. An RSF spokesman, Mohamed Abbakar, denied "
                      "the allegations.")
    person = by_name(actors, "Mohamed Abbakar")
    assert (person.role, person.affiliation) == ("RSF spokesman", "Rapid Support Forces")


def test_a_shortened_name_and_its_common_noun_are_the_same_group(nlp):
    actors = run(nlp, "Fighting broke out between the Zliten Revolutionaries Brigade and a rival "
                      "unit. On Tuesday, gunmen from the Revolutionaries Brigade detained four "
                      "organisers. UNSMIL made a request the brigade rejected.")
    brigade = by_name(actors, "Zliten Revolutionaries Brigade")
    assert {"Revolutionaries Brigade", "the brigade"} <= set(texts(brigade))
    assert not any(a.name == "Revolutionaries Brigade" for a in actors)


@pytest.mark.parametrize("text, name, type_", [
    # the forces of Somalia's member states are theirs, not the federal army's
    ("Puntland forces drove al-Shabaab out of a village near Galkayo.",
     "Military Forces of Puntland", "military"),
    ("Jubaland troops clashed with federal soldiers near Beled Hawo.",
     "Military Forces of Jubaland", "military"),
    ("The Hirshabelle administration plans to send 500 fighters to Jalalaqsi next week.",
     "Government of Hirshabelle", "government"),
    # Syria's General Security is the Interior Ministry's police (in Lebanon it is another body)
    ("General Security fighters set up checkpoints in Homs on Monday.",
     "Police Forces of Syria", "police"),
    # Mozambique's Rapid Intervention Unit (UIR) is its riot police
    ("The Rapid Intervention Unit (UIR) fired tear gas at traders in Chimoio, Mozambique, on "
     "Monday.", "Police Forces of Mozambique", "police"),
    ("In Chimoio, Mozambique, the UIR fired tear gas at traders on Monday.",
     "Police Forces of Mozambique", "police"),
])
def test_regional_and_interior_forces(pipeline, text, name, type_):
    from eventwire import make_article
    actor = by_name(list(pipeline.extract(make_article(text, published="2025-03-10")).actors), name)
    assert actor.type == type_


def test_a_country_s_own_unit_name_is_not_its_forces_elsewhere(pipeline):
    from eventwire import make_article
    text = "The Rapid Intervention Unit fired tear gas at traders in Kampala, Uganda, on Monday."
    names = [a.name for a in pipeline.extract(make_article(text, published="2025-03-10")).actors]
    assert "Police Forces of Mozambique" not in names


@pytest.mark.parametrize("text, group, phrase", [
    ("On Saturday, another armed group, the Inkhil Military Council, said it had disbanded.",
     "Inkhil Military Council", "armed group"),
    ("Gunmen of a local armed faction, the Sons of Sanamayn Brigade, fired on the checkpoint.",
     "Sons of Sanamayn Brigade", "Gunmen"),
])
def test_an_unnamed_group_apposed_to_a_name_is_that_group(nlp, text, group, phrase):
    actors = run(nlp, text)
    assert phrase in texts(by_name(actors, group))
    assert not any(a.type == "unidentified_armed_group" for a in actors)


@pytest.mark.parametrize("text, country", [
    ("Iraqi and US forces retook the town of Hit on Tuesday.", "IRQ"),
    ("Kenyan and Somali troops entered the village at dawn.", "KEN"),
])
def test_forces_two_countries_field_together_are_the_first_named(nlp, text, country):
    """ACLED codes the first-named side as the actor and the other as its associate."""
    forces = [a for a in run(nlp, text) if a.type == "military"]
    assert [a.country for a in forces] == [country]


def test_a_road_the_model_reads_as_an_organisation_is_no_actor(nlp):
    names = [a.name for a in run(nlp, "Coca growers blocked the Pan-American Highway near "
                                      "Timbío on Tuesday.")]
    assert not any("Highway" in name for name in names)


@pytest.mark.parametrize("text, group", [
    ("Fighting between the Comandos de la Frontera, a group formed by former FARC guerrillas, and "
     "a dissident faction left seven people dead.", "Comandos de la Frontera"),
    ("Gunmen of the Sangre Nueva, a criminal gang that extorts traders, shot dead a bus driver.",
     "Sangre Nueva"),
])
def test_a_name_the_model_missed_that_an_apposition_calls_an_armed_group_is_one(nlp, text, group):
    found = {a.name: a.type for a in run(nlp, text)}
    assert found.get(group) == "militant_group"


def test_a_name_with_an_acronym_is_no_person_and_its_apposition_types_it(nlp):
    """The small model tags "Ani Kpi Gbe" a person; people go by no bracketed acronym."""
    actors = run(nlp, "Fighters of the Azande Ani Kpi Gbe (AAKG), a militia drawn from the "
                      "Zande community, attacked a camp outside Obo on Sunday. The AAKG denied it.")
    group = next(a for a in actors if "AAKG" in texts(a))
    assert group.type == "militant_group" and texts(group).count("AAKG") == 2


def test_a_group_s_security_agents_are_the_group_s_not_the_state_police(nlp):
    names = [a.name for a in run(nlp, "In Amran on Monday, Houthi security agents seized two "
                                      "employees of a UN agency from their homes.")]
    assert "Houthis" in names and not any(n.startswith("Police Forces") for n in names)


@pytest.mark.parametrize("text, name", [
    ("South Sudanese soldiers burned 30 huts near Moyo.", "Military Forces of South Sudan"),
    ("The minister met his South Sudanese counterpart.", "Government of South Sudan"),
    ("The South Sudanese army attacked a village.", "Military Forces of South Sudan"),
    ("Sudanese soldiers attacked a village.", "Military Forces of Sudan"),
])
def test_a_country_name_inside_a_longer_one_is_not_that_country(nlp, text, name):
    assert name in [a.name for a in run(nlp, text)]


@pytest.mark.parametrize("text, name, affiliation", [
    ("A senior commander of the IRGC's ground forces, General Hassan Moradi, warned on Friday.",
     "Hassan Moradi", "Islamic Revolutionary Guard Corps"),
    ("Brigadier Charles Onen, who commands UPDF troops in West Nile, told reporters.",
     "Charles Onen", "Military Forces of Uganda"),
    ("Mohamed Ali, who describes himself as the RSF's spokesman in Kosti, denied it.",
     "Mohamed Ali", "Rapid Support Forces"),
])
def test_a_role_phrase_or_a_relative_clause_names_whom_a_person_acts_for(nlp, text, name,
                                                                        affiliation):
    person = by_name(run(nlp, text), name)
    assert person.affiliation == affiliation


def test_a_town_an_apposition_calls_a_town_is_no_group(nlp):
    names = [a.name for a in run(nlp, "A suicide bomber rammed a minibus into the gate of an "
                                      "army base in Awdheegle, a town in the Lower Shabelle "
                                      "region, on Wednesday morning.")]
    assert "Awdheegle" not in names


def test_army_commandos_and_an_air_force_strike_are_the_force(nlp):
    """"Afghan army commandos" are the army (not a modifier of an unknown noun), and so is the
    air force of "an Afghan air force strike" (a force's strike is its own act)."""
    actors = run(nlp, "Afghan army commandos retook the compound on Tuesday, a day after an "
                      "Afghan air force strike hit a house in Nawa.")
    assert [(a.name, texts(a)) for a in actors] == [
        ("Military Forces of Afghanistan", ["Afghan army commandos", "Afghan air force"])]


def test_the_spla_is_south_sudan_s_army_and_a_bracketed_town_no_country(nlp):
    """"SPLA troops" are South Sudan's army, "the Sudan People's Liberation Army-in-Opposition"
    the rebels; "attacked Tonga (Panyikang county, Upper Nile state)" attacks a town, not the
    country Tonga."""
    actors = run(nlp, "On 2 May, fighters of the Sudan People's Liberation Army-in-Opposition "
                      "attacked Tonga (Panyikang county, Upper Nile state). Three days later, "
                      "SPLA troops recaptured the town.")
    assert sorted(a.name for a in actors) == ["Military Forces of South Sudan", "SPLM-IO"]


def test_dacoits_are_an_unidentified_armed_group(nlp):
    """"dacoits" (South Asia's armed bandits) are gunmen nobody names, as "bandits" are."""
    actors = run(nlp, "On Tuesday, dacoits fired several rockets at a police post near Ghotki.")
    assert [a.type for a in actors if "dacoits" in texts(a)] == ["unidentified_armed_group"]


def test_a_platform_a_statement_was_posted_on_is_no_person(nlp):
    actors = run(nlp, "A senior Houthi official, Hamid al-Sharafi, warned on Twitter that the "
                      "group would strike the ports.")
    assert "Twitter" not in {a.name for a in actors}
    assert by_name(actors, "Hamid al-Sharafi").type == "person"


def test_an_army_post_attacked_is_the_army(nlp):
    actors = run(nlp, "SPLM-N fighters attacked the army garrison in Abu Jubayhah. An army "
                      "officer was wounded.")
    army = [a for a in actors if a.type == "military"]
    assert [texts(a) for a in army] == [["army"]]


def test_uganda_s_army_is_named_by_its_own_name_not_myanmar_s_militia(nlp):
    actors = run(nlp, "Uganda People's Defence Force (UPDF) soldiers exchanged fire with raiders "
                      "near Nadunget.")
    assert by_name(actors, "Military Forces of Uganda").mentions
    assert "People's Defence Force" not in {a.name for a in actors}


def test_a_name_before_gang_is_that_armed_group_but_not_a_people_s_militia(nlp):
    actors = run(nlp, "Members of the Kokorat San Ras gang stormed the town of Grande Saline on "
                      "Monday. The Lebanese militia was not involved.")
    gang = by_name(actors, "Kokorat San Ras")
    assert gang.type == "political_militia"
    assert not [a for a in actors if a.name.startswith("Lebanese")]


@pytest.mark.parametrize("text, names", [
    ("Turkana raiders and armed men from the Nyangatom community fought near Todenyang.",
     ["Turkana ethnic militia", "Nyangatom ethnic militia"]),
    ("Armed Hema youths attacked a camp near Bule.", ["Hema ethnic militia"]),
    ("Marehan and Ogaden clan militias exchanged fire near Dolow.",
     ["Marehan clan militia", "Ogaden clan militia"]),
    ("Armed members of the Misseriya tribe blocked the road to Abyei.",
     ["Misseriya ethnic militia"]),
])
def test_the_fighters_of_a_people_or_clan_are_its_identity_militia(nlp, text, names):
    actors = run(nlp, text)
    militias = [a for a in actors if a.type == "identity_militia"]
    assert [a.name for a in militias] == names


@pytest.mark.parametrize("text", [
    "Three Turkana herders were shot dead near Todenyang.",  # unarmed victims
    "Fighters of the Mobondo militia overran the town. Mobondo fighters looted shops.",
    "Troops supported by Local Force militiamen clashed with the insurgents.",
    "The army blamed the Bui Warriors for the attack.",
    "Resistance fighters overran a police station.",
])
def test_victims_and_named_groups_are_no_people_s_militia(nlp, text):
    actors = run(nlp, text)
    assert not [a.name for a in actors if a.name.endswith(("ethnic militia", "clan militia"))]


def test_government_soldiers_are_the_state_s_not_a_member_state_s(pipeline):
    """A member state's administration named in the story does not own "government soldiers"
    (Libya's Government of National Accord, a government of the whole state, still would)."""
    from eventwire import make_article
    text = ("The Jubaland administration said on Monday that government soldiers recaptured "
            "three villages near Afmadow.")
    events = pipeline.extract(make_article(text, published="2023-09-06")).events
    assert [e.actor1.name for e in events] == ["Military Forces of Somalia"]


def test_a_force_named_in_full_and_its_bracketed_acronym_are_the_state_s_military(nlp):
    """"Armed Defence Forces of Mozambique (FADM)": the full name is the country's army, and the
    acronym (Portuguese initials) is the same actor, there and later."""
    actors = run(nlp, "The Armed Defence Forces of Mozambique (FADM) retook Alua on Tuesday. "
                      "FADM soldiers then shelled positions near Memba.")
    army = by_name(actors, "Military Forces of Mozambique")
    assert army.type == "military"
    assert texts(army) == ["Armed Defence Forces of Mozambique", "FADM", "FADM"]
    assert "FADM" not in {a.name for a in actors}


def test_the_force_firing_the_munitions_is_the_actor(nlp):
    actors = run(nlp, "In South Sudan, doctors said army shells released a thick gas over a "
                      "cattle camp.")
    assert [texts(a) for a in actors if a.type == "military"] == [["army"]]


def test_a_vehicle_the_ner_calls_a_person_is_no_actor(nlp):
    actors = run(nlp, "On 11 July, a police Land Cruiser carrying officers of the General Service "
                      "Unit struck a roadside bomb near Milihoi, in Kenya.")
    assert "Land Cruiser" not in {a.name for a in actors}


def test_mozambique_s_army_and_its_islamic_state_province_by_their_acronyms(nlp):
    actors = run(nlp, "On 9 February, FADM soldiers clashed with suspected Islamic State "
                      "Mozambique Province (ISMP) insurgents near Mazeze.")
    assert texts(by_name(actors, "Military Forces of Mozambique")) == ["FADM"]
    assert "ISMP" in texts(by_name(actors, "Islamic State Mozambique Province"))


def test_islamic_state_in_a_mozambican_story_is_its_province_there(nlp):
    doc = nlp("Islamic State fighters raided the coastal village of Mucojo, in Mozambique's "
              "Cabo Delgado province, on Monday.")
    assert "Islamic State Mozambique Province" in {a.name for a in find_actors(doc, home="MOZ")}
    assert "Islamic State" in {a.name for a in find_actors(nlp("Islamic State fighters attacked "
                                                              "Raqqa on Monday."))}


def test_a_name_that_names_a_camp_elsewhere_in_the_story_is_no_person(nlp):
    actors = run(nlp, "Shells struck the Zamzam displacement camp on Sunday. Women who fled "
                      "Zamzam at the weekend said they had been robbed.")
    assert not any(a.type == "person" for a in actors)


def test_an_army_a_state_s_defence_minister_tells_of_is_that_state_s(nlp):
    text = ("Gunmen attacked a checkpoint in southern Syria on Sunday. Israel's defence minister "
            "warned that the army would strike any armed group that came near the border.")
    names = {a.name for a in find_actors(nlp(text), home="SYR")}
    assert "Military Forces of Israel" in names and "Military Forces of Syria" not in names
    # a speaker from no ministry of defence leaves the army to the story's country
    other = text.replace("defence minister", "ambassador")
    assert "Military Forces of Syria" in {a.name for a in find_actors(nlp(other), home="SYR")}


def test_a_state_s_peacekeepers_are_its_troops_unless_a_un_mission_is_named(nlp):
    own = run(nlp, "On Tuesday, Russian peacekeepers pulled out of their base near Khojaly.")
    assert "Military Forces of Russia" in {a.name for a in own}
    mission = run(nlp, "Zambian peacekeepers of MINUSCA set up a base near Tiringoulou.")
    assert "Military Forces of Zambia" not in {a.name for a in mission}
