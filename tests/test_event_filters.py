"""Which triggers report an event of their own (event_filters.py), on the real English model.

Small sentences of our own; each test finds its trigger by word, so a failure names the sentence
and the word that was misread.
"""
import pytest

from conftest import heads_of, trigger, word
from eventwire import event_filters
from eventwire.triggers import load_lexicon


@pytest.mark.parametrize("text, trigger_word, inert", [
    ("The Government of National Accord met in Tripoli.", "Accord", True),
    ("The rebels accord the prisoners a hearing.", "accord", False),
])
def test_names_are_inert(nlp, text, trigger_word, inert):
    assert event_filters.is_inert(word(nlp(text), trigger_word)) is inert


def test_present_habits_are_not_events_but_headlines_are(nlp):
    doc = nlp("Rebels attack base\nThe agency, which monitors attacks, carries out surveys.")
    assert not event_filters.is_habitual(word(doc, "attack"))
    assert event_filters.is_habitual(word(doc, "carries"))


def test_a_denial_reports_another_trigger(nlp):
    doc = nlp("The army denied shelling the village.")
    denied, shelling = word(doc, "denied"), word(doc, "shelling")
    heads = {shelling.i: trigger("shell", "VERB"), denied.i: trigger("deny", "VERB")}
    assert event_filters.reports_other(denied, heads, load_lexicon())
    assert not event_filters.reports_other(shelling, heads, load_lexicon())


def test_must_in_a_reported_clause_is_a_demand(nlp):
    doc = nlp("The minister said that the rebels must release the hostages.")
    found = event_filters.modal_demands(doc)
    assert [span.text for _, span in found] == ["said"]
    assert event_filters.modal_demands(nlp("The rebels must release the hostages.")) == []


@pytest.mark.parametrize("text, trigger_word, generic", [
    ("The camp is regularly exposed to shelling from the hills.", "shelling", True),
    ("The town has seen repeated protests since the election.", "protests", True),
    ("The firm sells fuel used in air strikes.", "strikes", True),
    ("Attacks on convoys have become frequent this year.", "Attacks", True),
    ("Rebels attacked a convoy near the border on Monday.", "attacked", False),
    ("The attacks on convoys killed nine drivers.", "attacks", False),
    ("The group has attacked similar shops in the province in recent months.", "attacked", True),
    ("Gangs have kidnapped hundreds of pupils over the past three years.", "kidnapped", True),
    ("The group has attacked a shop in the province this morning.", "attacked", False),
    ("The army has driven the rebels from dozens of villages this year.", "driven", False),
    ("The use of such munitions is banned under the convention.", "banned", True),
    ("The use of such munitions was banned in 1997.", "banned", False),
    ("The EU acted, citing air strikes that have killed civilians.", "strikes", True),
    ("The EU acted, citing air strikes that have killed civilians.", "killed", True),
    ("The EU acted, citing the air strikes that killed civilians in May.", "strikes", False),
])
def test_kinds_of_events_and_habits_are_generic(nlp, text, trigger_word, generic):
    # a lead sentence first: the frequency rule spares headlines and single sentences
    doc = nlp("Lead sentence here.\n" + text)
    assert event_filters.is_generic(word(doc, trigger_word), load_lexicon()) is generic


def test_irregular_past_left_unlemmatized_is_no_habit(nlp):
    doc = nlp("Lead sentence here.\nGovernment forces retook the town of Kidal on Sunday.")
    assert not event_filters.is_habitual(word(doc, "retook"))


def test_what_an_accusation_alleges_is_its_content(nlp):
    doc = nlp("The rebels accused the army of shelling the market.")
    heads = heads_of(doc, load_lexicon())
    assert event_filters.is_alleged(word(doc, "shelling"), heads, load_lexicon())
    assert not event_filters.is_alleged(word(doc, "accused"), heads, load_lexicon())


@pytest.mark.parametrize("text, forecast", [
    ("Analysts warned that the militants could attack the capital.", True),
    ("The army warned that it would crush any uprising.", False),
    ("The governor warned that police will disperse the rally.", False),
    # the warner's own men, by a pronoun or by the group a named group's official speaks for
    ("A Fano commander warned that his fighters could attack Debre Tabor.", False),
    ("An SDF official warned that the alliance's fighters could attack the town.", False),
    ("Officials warned that the group's fighters could attack the town.", True),
])
def test_a_forecast_is_no_threat(nlp, text, forecast):
    assert event_filters.warns_of_others(word(nlp(text), "warned")) is forecast


@pytest.mark.parametrize("text, verb, loose", [
    ("The boy fell from the roof.", "fell", True),
    ("The town fell to the rebels on Friday.", "fell", False),
    ("Police cleared the camp so that the trees could be felled for a tunnel.", "felled", True),
])
def test_only_places_fall(nlp, text, verb, loose):
    fall = load_lexicon().triggers["fall|VERB"]
    assert event_filters.loose_fall(word(nlp(text), verb), fall, load_lexicon()) is loose


def test_a_denial_of_an_attack_named_by_its_object(nlp):
    doc = nlp("The group denied carrying out the bombing.")
    heads = heads_of(doc, load_lexicon())
    assert event_filters.reports_other(word(doc, "denied"), heads, load_lexicon())


def test_an_attacked_patrol_is_a_target_not_a_deployment(nlp):
    lexicon = load_lexicon()
    doc = nlp("Rebels ambushed an army patrol near the river.")
    heads = heads_of(doc, lexicon)
    patrol = word(doc, "patrol")
    assert patrol.i in heads and not event_filters.reports_event(patrol, heads[patrol.i], heads, load_lexicon())
    doc = nlp("The army began a patrol along the river.")
    heads = heads_of(doc, lexicon)
    patrol = word(doc, "patrol")
    assert patrol.i in heads and not event_filters.is_target(patrol, heads[patrol.i], heads)


@pytest.mark.parametrize("text, trigger_word, seized", [
    ("Soldiers seized 14 rifles, two grenade launchers and ammunition.", "grenade", True),
    ("Police recovered eight kilograms of explosives and two suicide vests.", "suicide", True),
    ("Soldiers defused a roadside bomb near the market.", "roadside", True),
    ("A roadside bomb struck a convoy near the market.", "roadside", False),
    ("Militants threw a grenade at the checkpoint.", "grenade", False),
    # a launcher is no grenade thrown, however the parser joined the words
    ("Troops opened fire with small arms and grenade launchers on Armenian positions.",
     "grenade", True),
    ("Burmese troops have captured part of a Karen guerrilla stronghold.", "captured", False),
])
def test_seized_weapons_are_no_attack(nlp, text, trigger_word, seized):
    assert event_filters.is_seized(word(nlp(text), trigger_word), load_lexicon()) is seized


@pytest.mark.parametrize("text, trigger_word, key, reports", [
    ("A drone released two explosive charges onto the roof.", "released", "release|VERB", False),
    ("The rebels released two hostages on Monday.", "released", "release|VERB", True),
    ("Soldiers stayed in the area despite a peace deal.", "deal", "deal|NOUN", False),
    # kept for the events stage, which makes it the reported event negated or drops it
    ("An adviser rejected the accusation as propaganda.", "rejected", "reject|VERB", True),
    ("The government rejected an offer to host talks.", "rejected", "reject|VERB", True),
    ("Security units detained at least 15 men in house raids in the town.", "raids", "raid|ANY",
     False),
    # where and how the arrests were made: the meeting, the search operation
    ("Police detained nine members at a party meeting in Gitega.", "meeting", "meeting|NOUN",
     False),
    ("During a search operation near Moroto, soldiers recovered 12 guns and detained six men.",
     "operation", "search operation|NOUN", False),
    # a standing state, a symptom
    ("Fighters attacked the base, which they have besieged for months, on Monday.", "besieged",
     "besiege|VERB", False),
    ("Fourteen soldiers were treated for choking and burning eyes.", "burning", "burn|VERB",
     False),
    # why a crowd turned on a man already told of, no accusation
    ("The settlers suspected him of stealing a motorcycle.", "suspected", "suspect|VERB", False),
    ("Police suspected insurgents of planting the bomb.", "suspected", "suspect|VERB", True),
    # why the victims were shot, no rejection between parties
    ("They shot them because the men had refused to pay.", "refused", "refuse|VERB", False),
    ("The gang threatened the village after residents refused to pay a levy.", "refused",
     "refuse|VERB", False),
    ("The traders refused to pay the new tax on Monday.", "refused", "refuse|VERB", True),
    # what a school reopened "in defiance of" is a standing call, no protest of its own
    ("Fighters burned down the school in Njinikom, which had reopened in defiance of their "
     "boycott of classes.", "boycott", "boycott|ANY", False),
    # rockets release gas, not people
    ("Rockets fired by the army released what the medics believed was chlorine gas.",
     "released", "release|VERB", False),
    # the side fighters fought in says who they are; a dated fight with another side is one
    ("Nine men who had fought with ISGS surrendered in Kollo.", "fought", "fight|VERB", False),
    ("Troops who fought with ISGS fighters near Kollo on Monday lost two men.", "fought",
     "fight|VERB", True),
    # what something was called, and whom force hit
    ("This was an agreement between Libyans, a spokesman said.", "agreement", "agreement|NOUN",
     False),
    ("Police used batons on those who refused to leave.", "refused", "refuse|VERB", False),
    # a state come upon, not a deed
    ("Troops who raided a rebel camp found it abandoned.", "abandoned", "abandon|VERB", False),
    ("The rebels abandoned the camp on Monday.", "abandoned", "abandon|VERB", True),
    # captives still held are how a kidnapping stands; a refused release is told
    ("The workers have not been released, police said.", "released", "release|VERB", False),
    ("None of them had been freed by 19 May.", "freed", "free|VERB", False),
    ("The army freed the hostages on Monday.", "freed", "free|VERB", True),
    # boats stopped carry no weapon; drones or explosives stopped are
    ("The navy intercepted a flotilla of Indian trawlers and detained 12 crew members.",
     "intercepted", "intercept|VERB", False),
    ("Border guards intercepted a truck carrying explosives near the crossing.", "intercepted",
     "intercept|VERB", True),
    # what a thing is made for, and what a source fears, are no events
    ("Soldiers seized five rifles and four drones adapted to drop explosives.", "drop",
     "drop explosive|VERB", False),
    ("A shopkeeper spoke, asking not to be named for fear of arrest.", "arrest", "arrest|ANY",
     False),
    # what those struck were about to do is why they were struck
    ("The aircraft struck a squad that was preparing to fire anti-tank missiles.", "missiles",
     "missile|NOUN", False),
])
def test_what_reports_no_event_of_its_own(nlp, text, trigger_word, key, reports):
    doc = nlp(text)
    token = word(doc, trigger_word)
    lexicon = load_lexicon()
    heads = {t.i: lexicon.triggers["detain|VERB"] for t in doc if t.lemma_ == "detain"}
    found = event_filters.reports_event(token, trigger(*key.split("|")), heads, load_lexicon())
    assert found is reports


def test_a_mining_concession_is_no_concession(nlp):
    doc = nlp("Gunmen overran a police post guarding a gold concession near Brownsweg.")
    token = word(doc, "concession")
    trigger = heads_of(doc, load_lexicon())[token.i]
    assert event_filters.only_describes(token, trigger, load_lexicon())


def test_a_meeting_a_strike_hits_is_its_target(nlp):
    doc = nlp("The strike had hit a meeting of commanders near Mendi.")
    lexicon = load_lexicon()
    heads = heads_of(doc, lexicon)
    meeting = word(doc, "meeting")
    assert event_filters.is_target(meeting, heads[meeting.i], heads)


@pytest.mark.parametrize("text, trigger_word", [
    ("The device was made safe by gendarmerie bomb-disposal experts.", "bomb"),
    ("Riot police fired tear gas.", "Riot"),
])
def test_an_event_word_naming_people_is_no_event(nlp, text, trigger_word):
    assert event_filters.names_a_party(word(nlp(text), trigger_word), load_lexicon())



def _plovers(pipeline, text: str) -> list[str]:
    from eventwire import make_article
    events = pipeline.extract(make_article(text, published="2024-03-12")).events
    return [e.type.plover for e in events]


@pytest.mark.parametrize("text, plover, coded", [
    # units sent to clear up after an event are no forces mobilised
    ("On Monday, a bomb disposal squad sent to the site near Kaduna that afternoon found a second "
     "device buried under the road.", "MOBILIZE", False),
    ("The army sent a squad of commandos to the town on Monday.", "MOBILIZE", True),
    # aid trucks seized are the looting's target, no aid
    ("Gunmen seized two aid trucks near Bara on Monday.", "AID", False),
    # homes evacuated are a precaution, no retreat
    ("On Monday, soldiers defused a pipe bomb left under a car in Strabane, after some 40 homes "
     "in the street were evacuated overnight.", "RETREAT", False),
    ("On Monday, the last French troops evacuated the base at Gao.", "RETREAT", True),
    # sharing cooperates only with a partner
    ("A video of the captives lying face down in the mud, posted online near Burgas on Monday, "
     "was widely shared.", "COOPERATE", False),
    ("On Monday, Bulgarian officials shared evidence with Greece about the smuggling ring.",
     "COOPERATE", True),
])
def test_a_word_codes_its_type_only_where_it_tells_that_act(pipeline, text, plover, coded):
    assert (plover in _plovers(pipeline, text)) == coded


@pytest.mark.parametrize("text, vowed", [
    ('The army commander in Marib said his troops would respond "with force" to any further '
     "attack.", True),
    ("The defence minister said the army would act with full force against the militia.", True),
    ('"The march is illegal and we will deal with anyone who joins it," the police chief told '
     "reporters.", True),
    ('"Nobody will be spared," the district officer told reporters.', True),
    ("The ministry said it would respond to the proposal next week.", False),
    ("Police said they would deal with the complaints quickly.", False),
    ("The army said it had responded with force to the attack.", False),
    # a warning names the threat already
    ("The army warned that its troops would respond with full force.", False),
    # revenge, pursuit of people, suppression and force as the manner are force too
    ('A clan leader said his clan would take revenge "for every one of our dead".', True),
    ("The commander said his forces would pursue the attackers across the border.", True),
    ("The militia leader said his men would take the castle by force if the talks failed.", True),
    ("The army said it would pursue peace talks with the rebels.", False),
    ("The minister said the cuts would be reversed by all means available.", False),
])
def test_force_vowed_in_reported_speech_is_a_threat(nlp, text, vowed):
    from eventwire.event_filters import FORCE_VOW, force_vows
    found = force_vows(nlp(text), load_lexicon(), heads={})
    assert any(trigger is FORCE_VOW for trigger, _ in found) is vowed


@pytest.mark.parametrize("text, act", [
    ('A clan leader said his clan would take revenge "for every one of our dead".', "take"),
    ("The ministry warned that any position that opened fire would be suppressed by all means.",
     "suppressed"),
    ("The army warned that its troops would respond with full force.", "respond"),
    ("Analysts said the army could pursue the attackers into the forest.", "pursue"),
    ("A Houthi spokesman said the group's fighters would enter Marib within weeks.", "enter"),
    ("Police said the protesters would enter Nairobi on Monday.", None),
    # force that is done, or not vowed, is no attack to come
    ("The army said it had responded with force to the attack.", None),
    ("The army said it would not pursue the attackers.", None),
])
def test_force_vowed_is_an_attack_that_may_come(nlp, text, act):
    from eventwire.event_filters import force_vows
    from eventwire.event_parse import THREATENED_ACTS
    found = [span.text for trigger, span in force_vows(nlp(text), load_lexicon(), heads={})
             if trigger in THREATENED_ACTS]
    assert found == ([act] if act else [])


@pytest.mark.parametrize("text, describes", [
    # a site struck in a gerund a party denies is the strike, denied
    ("The army denied striking the market in Kutum.", False),
    ("An earthquake struck the town on Monday.", True),
    ("The two sides struck a deal on Monday.", True),
])
def test_striking_a_site_in_a_denied_gerund_is_an_attack(nlp, text, describes):
    doc = nlp(text)
    token = next(t for t in doc if t.lemma_ == "strike" or t.lower_ in ("struck", "striking"))
    assert event_filters.only_describes(token, trigger("strike", "VERB"), load_lexicon()) \
        is describes


@pytest.mark.parametrize("text, describes", [
    # a measure imposed and lifted in one breath: how long it held, no concession
    ("On Tuesday, a curfew was imposed on the town that night and lifted at 6 am.", True),
    ("The governor lifted the curfew on Tuesday after talks with the protesters.", False),
])
def test_a_curfew_imposed_and_lifted_in_one_breath_is_no_concession(nlp, text, describes):
    doc = nlp(text)
    assert event_filters.only_describes(word(doc, "lifted"), trigger("lift", "VERB"),
                                        load_lexicon()) is describes


@pytest.mark.parametrize("text, trigger_word, scene", [
    # "the blast site" is where soldiers searched, not a blast
    ("Soldiers searching villages around the blast site arrested 18 men.", "blast", True),
    ("The blast killed three soldiers.", "blast", False),
])
def test_a_site_named_after_an_attack_is_a_place(nlp, text, trigger_word, scene):
    assert event_filters.is_scene(word(nlp(text), trigger_word), trigger("blast", "NOUN")) is scene


@pytest.mark.parametrize("text, generic", [
    # "several times this year" with a perfect is a series; one past act told as several shots
    # is still one act
    ("The ELN has attacked police posts in the department several times this year.", True),
    ("Gunmen attacked the post several times on Monday night.", False),
])
def test_a_perfect_done_several_times_is_a_series(nlp, text, generic):
    assert event_filters.is_generic(word(nlp(text), "attacked"), load_lexicon()) is generic


@pytest.mark.parametrize("text, noun, told", [
    # the measure rejected was taken before: no sanction of its own
    ("The front rejected the suspension as a delaying tactic.", "suspension", True),
    ("The front rejected a suspension of the talks.", "suspension", False),
])
def test_a_definite_measure_rejected_was_told_before(nlp, text, noun, told):
    doc = nlp(text)
    lexicon = load_lexicon()
    heads = heads_of(doc, lexicon)
    measure = word(doc, noun)
    assert event_filters.is_rejected_proposal(measure, heads[measure.i], heads, lexicon) is told


@pytest.mark.parametrize("text, verb, passing", [
    ("Army units sent as reinforcements retook Tera on Tuesday.", "sent", True),
    ("The army sent reinforcements to Tera on Tuesday.", "sent", False),
])
def test_how_fighters_came_is_told_in_passing(nlp, text, verb, passing):
    doc = nlp(text)
    heads = heads_of(doc, load_lexicon())
    sent = word(doc, verb)
    assert event_filters.describes_fighters(sent, heads[sent.i], heads) is passing


@pytest.mark.parametrize("text, trigger_word, condition", [
    # the "if" clause conditions the threat; the arrival is no event
    ("The TPLF could try to seize Mille if federal reinforcements did not arrive.", "arrive",
     True),
    ("Federal reinforcements did not arrive, and the TPLF seized Mille.", "arrive", False),
    ("The crowd reacted as if the soldiers had arrived.", "arrived", False),
    # whom a threat is for, described by an act, is no event either
    ("The ministry warned that any position that opened fire would be suppressed.", "opened",
     True),
    ("The army warned that anyone who attacked its convoys would be punished.", "attacked", True),
    ("The ministry said the position that opened fire had been destroyed.", "opened", False),
])
def test_a_condition_is_no_event(nlp, text, trigger_word, condition):
    assert event_filters.is_condition(word(nlp(text), trigger_word)) is condition


@pytest.mark.parametrize("text, generic", [
    # the villages recaptured since August are a tally to date, no one recapture
    ("The army plans to hold the villages it has recaptured since August.", True),
    ("The army plans to hold the village it recaptured in August.", False),
])
def test_places_taken_since_a_date_are_a_tally(nlp, text, generic):
    assert event_filters.is_generic(word(nlp(text), "recaptured"), load_lexicon()) is generic


@pytest.mark.parametrize("text, requested", [
    # what a demand asks for is its content, no deployment of its own
    ("Thousands marched to call for more federal troops to be sent to the region.", True),
    ("Thousands marched after more federal troops were sent to the region.", False),
    ("People marched to the office to demand that more federal troops be sent to the region.",
     True),
    ("People marched to the office and said that more federal troops were sent to the region.",
     False),
])
def test_what_a_demand_asks_for_is_no_event(nlp, text, requested):
    doc = nlp(text)
    heads = heads_of(doc, load_lexicon())
    sent = word(doc, "sent")
    assert event_filters.is_requested(sent, heads[sent.i], heads) is requested


@pytest.mark.parametrize("text, trigger_word, manner", [
    # how ground changed hands, no fight denied
    ("Fighters moved into the post hours later without a shot being fired.", "fired", True),
    ("Fighters occupied the post without firing a shot.", "firing", True),
    ("The group said its fighters had taken the town without firing on civilians.", "firing",
     False),
])
def test_no_shot_fired_is_no_event(nlp, text, trigger_word, manner):
    assert event_filters.fires_no_shot(word(nlp(text), trigger_word)) is manner


@pytest.mark.parametrize("text, verb, apart", [
    ("The surviving soldiers fell back towards the town of Nguigmi.", "fell", True),
    ("The soldiers fell back towards the town of Nguigmi.", "fell", False),
])
def test_survivors_falling_back_leave_as_part_of_the_attack(nlp, text, verb, apart):
    trigger = load_lexicon().triggers["fall back|VERB"]
    assert event_filters.survivors_fall_back(word(nlp(text), verb), trigger) is apart


@pytest.mark.parametrize("text, verb, apart", [
    ("The group said its fighters had killed 11 soldiers and had withdrawn without losses.",
     "withdrawn", True),
    ("Rebels attacked the town on Monday and withdrew from it two days later.", "withdrew",
     False),
    ("The army said it had withdrawn its troops from the border.", "withdrawn", False),
    ("Crowds stormed the building, and the leader withdrew days later.", "withdrew", False),
    ("Militants attacked an army post at Kangalom before dawn; the soldiers withdrew towards the "
     "mainland.", "withdrew", True),
    ("On Monday the soldiers withdrew towards the mainland.", "withdrew", False),
    ("Federal troops retook Mehal Meda after the militiamen withdrew into the hills.", "withdrew",
     True),
    ("Before withdrawing, the attackers looted shops in the market.", "withdrawing", True),
    ("The militants overran the town and looted two banks before withdrawing.", "withdrawing",
     False),
])
def test_raiders_pulling_back_end_their_attack(nlp, text, verb, apart):
    lexicon = load_lexicon()
    doc = nlp(text)
    assert event_filters.raiders_pull_back(word(doc, verb), lexicon.triggers["withdraw|VERB"],
                                           heads_of(doc, lexicon)) is apart


@pytest.mark.parametrize("text, holds", [
    ("The dissidents had taken control of Coteje and were patrolling the river in armed boats.",
     True),
    ("Soldiers were patrolling the river in armed boats.", False),
])
def test_patrols_by_those_who_took_the_ground_hold_it(nlp, text, holds):
    lexicon = load_lexicon()
    doc = nlp(text)
    assert event_filters.patrols_what_it_took(word(doc, "patrolling"), lexicon.triggers[
        "patrol|ANY"], heads_of(doc, lexicon)) is holds


@pytest.mark.parametrize("text, backs", [
    ("Chadian troops backed by a helicopter gunship retook the Kangalom post.", True),
    ("Rwanda backed the rebels with troops and weapons.", False),
])
def test_the_backing_of_a_force_that_acts_is_no_support_of_its_own(nlp, text, backs):
    token = next(t for t in nlp(text) if t.lemma_ == "back")
    trigger = load_lexicon().triggers["back|VERB"]
    assert event_filters.backs_the_doers(token, trigger) is backs


@pytest.mark.parametrize("text, noun, told", [
    ("Relatives set fire to the police station, angry that police had not stopped the fighting.",
     "fighting", True),
    ("Police stopped a convoy near the border.", "convoy", False),
    ("The army said it had stopped an attack on the base.", "attack", False),
])
def test_a_fighting_not_stopped_is_the_one_told(nlp, text, noun, told):
    assert event_filters.halted_as_told(word(nlp(text), noun), load_lexicon()) is told


def test_raiders_leaving_before_their_next_act_leave_no_ground(nlp):
    doc = nlp("Before they withdrew, the gunmen looted the market.")
    withdrew = word(doc, "withdrew")
    assert event_filters.is_moving_off(withdrew, trigger("withdraw", "VERB"))


def test_a_side_withdrawing_before_another_s_act_still_withdraws(nlp):
    doc = nlp("The army shelled the town for a week before the rebels withdrew.")
    withdrew = word(doc, "withdrew")
    assert not event_filters.is_moving_off(withdrew, trigger("withdraw", "VERB"))


def test_kidnappers_calling_anyone_make_a_demand_not_talks(nlp):
    doc = nlp("The kidnappers telephoned the village chief and demanded a ransom.")
    assert event_filters.phones_kin(word(doc, "telephoned"), trigger("telephone", "VERB"))
    doc = nlp("The president telephoned the prime minister and demanded an inquiry.")
    assert not event_filters.phones_kin(word(doc, "telephoned"), trigger("telephone", "VERB"))


def test_a_hyphened_trade_naming_a_gang_is_no_event(nlp):
    doc = nlp("Police arrested three members of a kidnap-for-ransom gang in Cotabato.")
    assert event_filters.names_a_party(word(doc, "kidnap"), load_lexicon())
    doc = nlp("Police said the gang had kidnapped two traders.")
    assert not event_filters.names_a_party(word(doc, "kidnapped"), load_lexicon())


@pytest.mark.parametrize("text, names", [
    ("Soldiers surrounded a house in which suspected BRN insurgents were hiding.", True),
    ("Police suspected the driver of smuggling arms.", False),
])
def test_suspected_before_its_object_with_no_subject_names_suspects(nlp, text, names):
    suspected = word(nlp(text), "suspected")
    assert event_filters.names_suspects(suspected, trigger("suspect", "VERB")) is names
