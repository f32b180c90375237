"""Which matched triggers report an event of their own (the events stage drops the others).

- `is_inert` (names and modifiers), `is_seized` (weapons seized, not used);
- `reports_event`, the sum of: `reports_other` (a denial or report whose content is another
  trigger), `is_habitual` (present-tense habits), `is_generic` (kinds of events, habits, series,
  standing states), `is_alleged` (what an accusation alleges), `warns_of_others` (a forecast, not a
  threat), `loose_fall` ("the boy fell"), `is_target` (a patrol or meeting attacked),
  `releases_things` ("released two explosive charges"), `is_background` ("despite a peace deal"),
  `is_means_of_arrest` ("detained 15 men in house raids"), `is_spoils_of_fight` ("killed five
  militants and recovered weapons"), `arranges_event` ("a rally has been called for Saturday"),
  `no_casualties` ("no one was hurt"), `fired_at_nothing` ("fired shells into the sea");
- `modal_demands`: "X said Y must Z", a demand no lexicon trigger names; `force_vows`: "X said
  its troops would respond with force", a threat no lexicon trigger names, and the force it vows.
Each looks at one trigger token in the parse (`event_parse.py` reads the clause).
"""
from __future__ import annotations


from spacy.tokens import Doc, Span as SpacySpan, Token

from .actors import country_of_word
from .event_parse import (FORCE_VOW, LEFT_GROUPS, MODAL_DEMAND, PLANNED, PROJECTILES,
                          THREATENED_ADVANCE, THREATENED_FORCE, UNFOUGHT, VENGEANCE,
                          across_semicolon, answers_a_charge, bare_purpose, blows_up_shot_vehicle,
                          clause_head, dep_child, disposes_of_explosives, fires_on_vehicle,
                          first_conjunct, gerund_read_as_modifier, governors,
                          intercepts_projectiles, is_person, leaves_group, marks, names_people,
                          names_people_or_them, negates, nobody, opened_by_which,
                          pauses_contested_work, pressed,
                          prep_object, prevented, refers_back, stood_at, striking_state, subject_of,
                          suspected_as, verb_phrase, WARS)
from .nlp import children, doc_text, sent_of, tokens_where
from .places import PLACE_LABELS
from .quotes import speech_verbs
from .triggers import ARMED_TAKERS, Lexicon, Trigger, irregular_lemmas, lemma_of

NAME_ENTITIES = {"ORG", "PERSON", "GPE", "LOC", "FAC", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT"}
INQUIRY_PREPS = frozenset("into against of on over about".split())  # "an inquiry into ..."
FINDING_VERBS = frozenset("find discover leave".split())  # "found it abandoned"
CONDITION_MARKS = frozenset(("if", "unless"))


def reports_event(token: Token, trigger: Trigger, heads: dict[int, Trigger],
                  lexicon: Lexicon) -> bool:
    """Whether a matched trigger reports an event of its own (see the filters below)."""
    return not (reports_other(token, heads, lexicon) or is_habitual(token)
                or prevented(clause_head(token)) or asks_anonymity(token)
                or is_generic(token, lexicon) or is_alleged(token, heads, lexicon)
                or warns_of_others(token) or loose_fall(token, trigger, lexicon)
                or is_target(token, trigger, heads) or releases_things(token, trigger, lexicon)
                or is_background(token, trigger) or is_means_of_arrest(token, trigger, heads)
                or is_raid_of_rapes(token, heads) or counts_the_dead(token)
                or is_arrests_scene(token, trigger, heads) or is_scene(token, trigger)
                or is_spoils_of_fight(token, trigger, heads, lexicon)
                or is_thrown_in_riot(token, trigger, heads, lexicon)
                or stops_weapons(token, trigger)
                or hands_over_people(token, trigger, lexicon)
                or pledges_its_act(token, trigger, heads, lexicon)
                or repels_attack(token, trigger, heads)
                or is_moving_off(token, trigger) or was_doing_then(token, trigger)
                or names_a_party(token, lexicon)
                or is_rejected_proposal(token, trigger, heads, lexicon)
                or signs_a_paper(token, trigger, lexicon) or arranges_event(token, heads, lexicon)
                or no_casualties(token, lexicon) or only_describes(token, trigger, lexicon)
                or fired_at_nothing(token, trigger, lexicon)
                or is_agreed_term(token, trigger, heads) or investigates_nothing(token, trigger)
                or calls_a_protest(token, trigger, heads) or serves_its_like(token, trigger, heads)
                or gathers_for_no_cause(token, trigger, heads, lexicon)
                or sends_responders(token, trigger, lexicon)
                or leaves_no_ground(token, trigger, lexicon)
                or is_crowds_suspicion(token, trigger, lexicon) or wants_for_itself(token, trigger)
                or halts_unpressed(token, trigger, heads, lexicon)
                or blown_when_stopped(token, lexicon) or identifies_someone(token, trigger, lexicon)
                or lets_forces_act(token, trigger, lexicon)
                or holds_a_base(token, trigger, heads, lexicon)
                or describes_fighters(token, trigger, heads) or refuses_extortion(token, trigger)
                or charges_bodily(token, trigger, lexicon) or died_in_a_war(token, trigger)
                or is_suspected(token) or pushed_out_of_nowhere(token, trigger)
                or burns_the_body(token, trigger) or fought_in_a_group(token, trigger)
                or taken_somewhere(token, trigger, lexicon)
                or carries_off_people(token, trigger, lexicon) or is_condition(token)
                or is_requested(token, trigger, heads) or fires_no_shot(token)
                or absorbs_no_fighters(token, trigger, lexicon) or still_held(token, trigger)
                or intercepts_no_weapon(token, trigger, lexicon) or phones_kin(token, trigger)
                or held_when_attacked(token, trigger, heads) or cumulative_toll(token, trigger)
                or survivors_fall_back(token, trigger) or names_a_weapon(token, lexicon)
                or raiders_pull_back(token, trigger, heads) or backs_the_doers(token, trigger)
                or patrols_what_it_took(token, trigger, heads)
                or took_what_was_left(token, trigger, heads)
                or fights_with(token, trigger, heads) or sums_up(token)
                or fired_back(token, trigger, heads) or went_off_as_told(token, trigger, lexicon)
                or halted_as_told(token, lexicon) or goes_on_unhalted(token, lexicon)
                or went_without(token, trigger) or forced_back(token, trigger, heads)
                or terms_of_deal(token) or aimed_concession(token, trigger, heads)
                or grievance_of_neglect(token, lexicon) or suspected_on_arrest(token, heads)
                or names_suspects(token, trigger))


def suspected_on_arrest(token: Token, heads: dict[int, Trigger]) -> bool:
    """"arrested 27 people on suspicion of organising road blockades during the protests": what
    those arrested are suspected of is why they were held, no event the arrest tells."""
    suspicion = next((a for a in token.ancestors if a.lemma_ == "suspicion"), None)
    arrest = suspicion.head.head if suspicion is not None and suspicion.dep_ == "pobj" else None
    return arrest is not None and arrest.i in heads and heads[arrest.i].acled == "Arrests"


def grievance_of_neglect(token: Token, lexicon: Lexicon) -> bool:
    """"set fire to the office, angry that no soldiers had been sent to protect the cattle
    camps": what a crowd is angry was not done is its grievance, no event (done or denied)."""
    clause = clause_head(token)
    if clause.dep_ != "ccomp" or clause.head.lemma_ not in GRIEVANCE_WORDS:
        return False
    return any(c.dep_ == "neg" for c in children(clause)) or any(
        nobody(c, lexicon.modality) for c in children(clause)
        if c.dep_ in ("nsubj", "nsubjpass", "dobj"))


GRIEVANCE_WORDS = frozenset(("angry", "furious", "frustrated", "outraged", "incensed", "upset",
                             "anger", "angered"))


def took_what_was_left(token: Token, trigger: Trigger, heads: dict[int, Trigger]) -> bool:
    """"withdrew without a fight from three villages ..., which FARDC troops then occupied":
    ground taken as the other side leaves it is the handover told, no capture of its own."""
    if trigger.acled != "@territory":
        return False
    if token.dep_ == "relcl":
        ground = token.head
        left = ground.head.head if ground.dep_ == "pobj" else ground.head
    elif token.dep_ == "advcl" and any(t.lower_ in ("which", "that")
                                       for t in token.doc[token.head.i + 1:token.i]):
        left = token.head  # (the parser's reading of "..., which FARDC troops then occupied")
    else:
        return False
    return left.i in heads and heads[left.i].plover == "RETREAT"


def goes_on_unhalted(token: Token, lexicon: Lexicon) -> bool:
    """"attacks on soldiers ... have not stopped", "called on the LNA to stop shelling
    residential neighbourhoods": acts that went on and were not halted, or that someone is asked
    to halt, are no event of their own (nor one denied or to come)."""
    halt = token.head
    if halt.lemma_ not in lexicon.modality["halting_verbs"] or halt.pos_ not in ("VERB", "AUX"):
        return False
    if token.dep_ in ("nsubj", "nsubjpass"):
        return any(c.dep_ == "neg" for c in children(halt))
    # (not "fired tear gas to stop the march": a purpose, the march went on)
    return token.dep_ in ("dobj", "xcomp") and halt.dep_ in ("xcomp", "advcl") and \
        any(c.lower_ == "to" for c in children(halt)) and \
        halt.head.lemma_ in lexicon.modality["future_governors"]


def halted_as_told(token: Token, lexicon: Lexicon) -> bool:
    """"angry that police had not stopped the fighting": the fighting is the one told; whether
    it was stopped is no event, and the "not" denies no fighting."""
    return token.dep_ == "dobj" and token.head.lemma_ in lexicon.modality["halting_verbs"] and \
        refers_back(token, lexicon)


def went_off_as_told(token: Token, trigger: Trigger, lexicon: Lexicon) -> bool:
    """"an unknown attacker threw a hand grenade into the yard of the police station. It exploded
    next to a parked patrol car": "it" is the device the sentence before told of, whose throwing
    or planting is the event; its going off is how that went."""
    if trigger.plover != "ASSAULT" or token.lemma_ not in ("explode", "detonate") or \
            getattr(dep_child(token, "nsubj"), "lower_", None) != "it":
        return False
    sent = sent_of(token)
    if sent.start == 0:
        return False
    before = sent_of(token.doc[sent.start - 1])
    return any(t.lemma_.lower() in lexicon.modality["explosive_nouns"] for t in before)


def fired_back(token: Token, trigger: Trigger, heads: dict[int, Trigger]) -> bool:
    """"soldiers had shot two armed men who opened fire on them": the fire of the side shot at,
    aimed back at the shooters, is the same exchange, no attack of its own (unlike "killed
    militants who had attacked a village", a deed of their own)."""
    if trigger.plover != "ASSAULT" or token.dep_ != "relcl":
        return False
    shot = token.head
    at_shooters = any(o.lower_ in ("them", "him", "us") for c in children(token)
                      if c.dep_ == "prep" and c.lower_ in ("on", "at")
                      for o in children(c) if o.dep_ == "pobj")
    return at_shooters and shot.dep_ in ("dobj", "nsubjpass") and shot.head.i in heads and \
        heads[shot.head.i].plover == "ASSAULT"


def sums_up(token: Token) -> bool:
    """"police fired tear gas to disperse several hundred Serbs ..., the latest clash over
    Pristina's drive to shut down institutions": a noun set after a comma that calls the act
    told the latest of its kind sums it up, and what its phrase tells is background, no event
    of its own."""
    if "latest" not in doc_text(token.doc) and "newest" not in doc_text(token.doc):
        return False  # (most reports say neither: no walk up the parse)
    node = token
    while True:
        if node.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in ("latest", "newest")
                                       for c in children(node)):
            before = node.left_edge.i - 1
            if before >= 0 and node.doc[before].text == "," and node.left_edge.lower_ == "the":
                return True
        if node.head.i == node.i:
            return False
        node = node.head


def fights_with(token: Token, trigger: Trigger, heads: dict[int, Trigger]) -> bool:
    """"Tebu fighters ... fought with heavy machine guns and mortars around the castle": the
    weapons a clash is fought with are how it was fought, no shelling of their own."""
    if trigger.plover != "ASSAULT" or token.pos_ != "NOUN":
        return False
    noun = token
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    verb = noun.head.head
    return noun.dep_ == "pobj" and noun.head.lower_ == "with" and verb.i in heads and \
        heads[verb.i].acled == "Armed clash" and verb.pos_ == "VERB"


def names_a_weapon(token: Token, lexicon: Lexicon) -> bool:
    """"Russia launched 18 Shahed-type attack drones": a kind of drone or helicopter, no attack
    (what the drones did is told by its own verb)."""
    return token.lemma_ == "attack" and token.dep_ in ("compound", "amod") and \
        token.head.lemma_ in lexicon.modality["aircraft_nouns"]


def survivors_fall_back(token: Token, trigger: Trigger) -> bool:
    """"the surviving soldiers fell back towards the town of Nguigmi", "the surviving officers
    withdrew towards Saint-Marc": the survivors of an attack just told leave as part of it."""
    if trigger.plover != "RETREAT" or token.pos_ not in ("VERB", "AUX"):
        return False
    subject = subject_of(token)
    return subject is not None and any(c.lower_ == "surviving" for c in children(subject))


def patrols_what_it_took(token: Token, trigger: Trigger, heads: dict[int, Trigger]) -> bool:
    """"the dissidents had taken control of Coteje ... and were patrolling the river": patrols by
    those who have just taken the ground hold it, no deployment of their own."""
    if trigger.phrase[0] != "patrol" or token.pos_ != "VERB" or token.dep_ != "conj" or \
            dep_child(token, "nsubj", "nsubjpass") is not None:
        return False  # (a base set up there is established: "retook Furcy and installed a base")
    taking = heads.get(token.head.i)
    return taking is not None and taking.acled == "@territory"


def backs_the_doers(token: Token, trigger: Trigger) -> bool:
    """"Chadian troops backed by a helicopter gunship retook the post": the backing describes
    the force that acted, no support of its own."""
    return trigger.plover == "SUPPORT" and token.tag_ == "VBN" and token.dep_ == "acl" and \
        token.head.pos_ in ("NOUN", "PROPN") and prep_object(token, "by") is not None


def raiders_pull_back(token: Token, trigger: Trigger, heads: dict[int, Trigger]) -> bool:
    """"its fighters had killed 11 soldiers and had withdrawn without losses": attackers who
    pull back from no place named, after the attack their clause tells, end that attack (not
    "crowds stormed the building, and the then leader resigned": a subject of its own); so do
    the attacked ("attacked an army post ...; the soldiers fell back towards the mainland"), and
    those whose pulling back let the others take the ground ("retook Mehal Meda after the
    militiamen pulled back into the hills")."""
    if trigger.plover != "RETREAT" or token.pos_ != "VERB" or dep_child(token, "dobj") is not None \
            or prep_object(token, "from") is not None:
        return False
    if token.dep_ == "pcomp" and token.head.lower_ == "before":
        # ("Before withdrawing, the attackers broke into shops": the raid's last act; but not
        # "seized Mendi ..., looting two banks before pulling out", ground given up)
        raid = heads.get(token.head.head.i)
        taken = [heads.get(first_conjunct(gov).i) for gov in governors(token)]
        return raid is not None and raid.plover in ("ASSAULT", "COERCE") and not any(
            t is not None and t.acled == "@territory" for t in taken)
    subject = dep_child(token, "nsubj", "nsubjpass")
    if token.dep_ == "conj" and subject is None or token.dep_ == "advcl" and marks(token) & {
            "after", "when", "as"} and prep_object(token, "without") is None:
        # ("retook the town after the militiamen pulled back"; but "after al-Shabaab fighters
        # withdrew without a fight", the ground changed hands without one)
        attack = heads.get(token.head.i)
        return attack is not None and attack.plover == "ASSAULT"
    # (the defenders named back, after the attack its sentence tells; attackers who "melted
    # away into the hills" after a fight are told leaving on their own)
    # ("the rest of the detachment fell back towards Bocaranga": the detachment)
    whole = prep_object(subject, "of") if subject is not None and \
        subject.lemma_ in REMAINDER_NOUNS else None
    return subject is not None and (whole if whole is not None else subject).lemma_ in DEFENDERS \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in children(subject)) and any(
            heads[i].plover == "ASSAULT" for i in range(sent_of(token).start, token.i)
            if i in heads)


def forced_back(token: Token, trigger: Trigger, heads: dict[int, Trigger]) -> bool:
    """"overran the district centre ..., forcing the surviving policemen to retreat": those
    forced out of the ground taken leave with its taking, no retreat of their own (but a gas
    attack "forcing the soldiers to pull back to a second line" is a pullback of its own)."""
    forcing = token.head
    return trigger.plover == "RETREAT" and token.dep_ == "xcomp" and \
        forcing.lemma_ in ("force", "compel", "oblige") and any(
            g.i in heads and heads[g.i].acled == "@territory" for g in (forcing, forcing.head))


DEFENDERS = frozenset(("soldier", "troop", "defender", "policeman", "officer", "guard",
                       "detachment", "garrison"))
REMAINDER_NOUNS = frozenset(("rest", "remainder", "remnant", "survivor"))


def intercepts_no_weapon(token: Token, trigger: Trigger, lexicon: Lexicon) -> bool:
    """"intercepted a flotilla of Indian trawlers": boats, trucks or people stopped carry no
    weapon (unlike "intercepted two drones", "a truck carrying explosives")."""
    if trigger.phrase[0] not in ("intercept", "interception"):
        return False
    stopped = dep_child(token, "dobj", "nsubjpass") or prep_object(token, "of")
    if stopped is None or intercepts_projectiles(token):
        return False
    carrier = prep_object(stopped, "of") if stopped.lemma_ in FLEETS else stopped
    weapons = _weapon_words(lexicon)  # (fighters intercepted are fought)
    # ("intercepted the owner of a shrimp farm ... and took him away": a person stopped; and
    # "intercepted a group of infiltrating militants": fighters intercepted are fought)
    if carrier is None:
        return False
    people = names_people(carrier, lexicon) or carrier.lemma_ in lexicon.modality["taken_people"]
    return (carrier.lemma_ in VEHICLES or people) and \
        not any(t.lemma_ in weapons for t in stopped.subtree)


FLEETS = frozenset(("flotilla", "convoy", "fleet", "group", "column"))
VEHICLES = frozenset(("boat", "trawler", "vessel", "ship", "dhow", "dinghy", "canoe", "truck",
                      "lorry", "car", "vehicle", "bus", "van", "minibus", "pickup"))


def _weapon_words(lexicon: Lexicon) -> frozenset[str]:
    """What seizing disrupts weapons use: the second words of the "seize ..." rows."""
    return frozenset(t.phrase[-1] for t in lexicon.triggers.values()
                     if t.phrase[0] == "seize" and t.acled == "Disrupted weapons use") | \
        PROJECTILES | frozenset(lexicon.modality["explosive_nouns"])


def still_held(token: Token, trigger: Trigger) -> bool:
    """"The workers have not been released", "none of them had been freed by 19 May": captives
    still held are how a kidnapping stands, no release refused (unlike "will not free them",
    "refused to release them")."""
    if trigger.phrase[0] not in ("release", "free") or not any(
            c.dep_ == "auxpass" for c in children(token)):
        return False
    if not any(c.dep_ == "aux" and c.lemma_ == "have" for c in children(token)):
        return False
    subject = dep_child(token, "nsubjpass")
    return any(c.dep_ == "neg" for c in children(token)) or subject is not None and \
        subject.lower_ in ("none", "nobody")


def absorbs_no_fighters(token: Token, trigger: Trigger, lexicon: Lexicon) -> bool:
    """"300 of the brigade's fighters will be absorbed into the LNA" changes the group; costs
    absorbed into a budget change none."""
    if trigger.phrase[0] != "absorb":
        return False
    absorbed = dep_child(token, "nsubjpass", "dobj")
    if absorbed is None:
        return True
    return not names_people(prep_object(absorbed, "of") or absorbed, lexicon)


def fires_no_shot(token: Token) -> bool:
    """"moved into the post without a shot being fired", "occupied it without firing a shot",
    "without a fight": how ground changed hands, no fight denied (but "without firing on
    civilians" denies an attack on them)."""
    if token.head.lower_ != "without":
        return False
    if token.dep_ == "pobj":
        return token.lemma_ in UNFOUGHT
    return token.dep_ == "pcomp" and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_ in UNFOUGHT
                                         for c in children(token))


def aimed_concession(token: Token, trigger: Trigger, heads: dict[int, Trigger]) -> bool:
    """"Police fired tear gas to reopen the road": what force is used to achieve is its aim, no
    concession (but "agreed to reopen the road", "voted to repeal the law" give in)."""
    act = token.head
    return trigger.plover == "CONCEDE" and token.dep_ in ("advcl", "xcomp") and \
        token.tag_ == "VB" and any(c.lower_ == "to" for c in children(token)) and any(
            t.i in heads and heads[t.i].plover in FORCE_PLOVERS
            for t in (act, *(c for c in children(act) if c.dep_ == "dobj")))


FORCE_PLOVERS = frozenset(("ASSAULT", "COERCE", "PROTEST"))


def terms_of_deal(token: Token) -> bool:
    """"signed a peace agreement ..., under which the gangs promised to free their captives and
    surrender their weapons": the promise is the agreement's and what it promises its terms,
    no events of their own (but "a truce, under which Tebu fighters are to hand the castle over
    ... on Sunday" tells a handover to come)."""
    node = token
    for _ in range(4):
        if node.dep_ == "relcl" and node.head.lemma_ in DEAL_NOUNS and \
                node.lemma_ in PROMISING_VERBS and opened_by_which(node):
            return True
        if node.dep_ not in ("xcomp", "conj", "relcl") or node.head.i == node.i:
            return False
        node = node.head
    return False


DEAL_NOUNS = frozenset(("agreement", "deal", "accord", "pact", "truce", "ceasefire", "plan"))
PROMISING_VERBS = frozenset(("promise", "pledge", "agree", "commit", "undertake", "vow"))


def went_without(token: Token, trigger: Trigger) -> bool:
    """"the district had been left without reinforcements for weeks", "without aid": help
    that never came is no event, neither done nor denied."""
    return token.dep_ == "pobj" and token.head.lower_ == "without" and \
        trigger.plover in HELP_TYPES


HELP_TYPES = frozenset(("MOBILIZE", "AID", "SUPPORT"))


def is_requested(token: Token, trigger: Trigger, heads: dict[int, Trigger]) -> bool:
    """"marched ... to call for more federal troops to be sent", "urged the government to open
    talks": what a demand asks for is the demand's content, no event of its own (a protest
    called for is that protest, see `calls_a_protest`)."""
    if trigger.plover == "PROTEST":
        return False
    verb = clause_head(token)
    # "to call for troops to be sent", "to demand that the neighbourhood be retaken"
    subjunctive = verb.dep_ == "ccomp" and "that" in marks(verb) and (verb.tag_ == "VB" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VB" for c in children(verb)))
    asker = verb.head if "for" in marks(verb) or subjunctive else \
        token.head.head if token.dep_ == "pobj" and token.head.lower_ == "for" else None
    return asker is not None and asker.i in heads and heads[asker.i].plover == "REQUEST"


def is_condition(token: Token) -> bool:
    """"could try to seize Mille if federal reinforcements did not arrive", "will strike again
    unless the prisoners are freed", "would respond to any attack", "any position that opened
    fire will be suppressed": the condition of a threat or a forecast is no event of its own
    (the threat is)."""
    if token.dep_ == "pobj" and token.head.lower_ in ("to", "for", "against") and _any(token):
        return True  # "would respond to any attack", "a heavy price for any attack"
    verb = clause_head(token)
    if verb.dep_ == "relcl" and (verb.head.lower_ in ("anyone", "anybody", "whoever")
                                 or _any(verb.head)):
        return True  # "any position that opened fire", "anyone who attacks": whom it is for
    return verb.dep_ == "advcl" and bool(marks(verb) & CONDITION_MARKS) and not any(
        c.lower_ == "as" for c in children(verb) if c.i < token.i)  # "as if"


def _any(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "any" for c in children(noun))


def pushed_out_of_nowhere(token: Token, trigger: Trigger) -> bool:
    """"pushed Russian forces out of several blocks" takes ground; "held it for two days before
    the army pushed them out" only tells how a retaking told elsewhere went."""
    out = next((c for c in children(token) if c.lower_ == "out"), None)
    return trigger.phrase == ("push", "out") and (
        out is None or not any(c.lower_ == "of" for c in children(out)))


SUSPICION_NOUNS = frozenset(("suspicion", "charge", "allegation", "accusation"))


def is_suspected(token: Token) -> bool:
    """"detained 11 men on suspicion of having collaborated with the UPC", "on charges of
    attacking a convoy": what those held are suspected of is why they were held, no event of its
    own (the arrest is)."""
    node = token
    while node.dep_ in ("pcomp", "pobj", "conj") and node.head.i != node.i:
        node = node.head
        if node.lower_ == "of" and node.head.lemma_ in SUSPICION_NOUNS:
            return True
    return False


def died_in_a_war(token: Token, trigger: Trigger) -> bool:
    """"to light lamps for fighters killed in the civil war": the dead of a whole war, no one
    event."""
    war = prep_object(token, "in", "during") if trigger.plover == "ASSAULT" and \
        token.dep_ == "acl" and token.tag_ == "VBN" else None
    return war is not None and war.lemma_ in WARS


def carries_off_people(token: Token, trigger: Trigger, lexicon: Lexicon) -> bool:
    """"seized three lime pickers ... and drove off with them": people carried off are the
    abduction told, no goods looted."""
    if trigger.phrase[-1] != "with" or token.pos_ != "VERB":
        return False
    carried = prep_object(token, "with") or next(
        (prep_object(c, "with") for c in children(token) if c.dep_ in ("prt", "advmod")), None)
    items = [prep_object(c, "of") or c for c in (carried, *carried.conjuncts)] \
        if carried is not None else []  # "200 head of cattle"; "two children and 50 goats"
    return bool(items) and all(names_people_or_them(c, lexicon) for c in items)


def taken_somewhere(token: Token, trigger: Trigger, lexicon: Lexicon) -> bool:
    """"took them to the provincial capital": people taken to a town, no town taken (only a
    town that is taken's object is captured: "took the town of Kidal", "took Kidal")."""
    places = lexicon.modality["taken_places"]
    return trigger.phrase[0] == "take" and trigger.phrase[-1] in places and not any(
        c.dep_ == "dobj" and (c.lemma_ in places or c.pos_ == "PROPN") for c in children(token))


COMMAND_NOUNS = frozenset(("command", "banner", "flag", "leadership", "umbrella", "name"))


def fought_in_a_group(token: Token, trigger: Trigger) -> bool:
    """"nine young men who had fought with ISGS handed themselves over": the side they fought
    in tells who they are, no fight (unlike "troops who fought with ISGS fighters on Monday":
    the fighters are another side, and a day dates a fight); nor is fighting "under a single
    command"."""
    under = prep_object(token, "under") if trigger.phrase == ("fight",) else None
    if under is not None and under.lemma_ in COMMAND_NOUNS:
        return True  # "would fight under a single command": how a group is run, no fight
    side = prep_object(token, "with", "for", "alongside") if trigger.phrase == ("fight",) \
        and token.dep_ == "relcl" else None
    return side is not None and dep_child(token, "dobj") is None and (
        side.pos_ == "PROPN" or side.lemma_ in LEFT_GROUPS) and \
        not any(c.dep_ == "appos" for c in children(side)) and \
        not any(t.ent_type_ in ("DATE", "TIME") for t in token.subtree)


def charges_bodily(token: Token, trigger: Trigger, lexicon: Lexicon) -> bool:
    """"police fired tear gas and charged with batons at several hundred traders": a charge
    with weapons, or at people, is a rush, no charge laid."""
    if trigger.phrase != ("charge",) or token.pos_ != "VERB":
        return False
    weapon = prep_object(token, "with")
    return weapon is not None and weapon.lemma_ in lexicon.modality["blunt_weapons"] or \
        prep_object(token, "at", "into") is not None


BODY_PARTS = frozenset(("eye", "skin", "face", "throat", "lung", "hand", "foot", "body"))


def burns_the_body(token: Token, trigger: Trigger) -> bool:
    """"treated for choking and burning eyes": a symptom, no property destroyed."""
    burned = dep_child(token, "dobj") if token.pos_ == "VERB" else None
    return trigger.acled == "Looting/property destruction" and burned is not None and \
        burned.lemma_ in BODY_PARTS


EXTORTION = frozenset(("extortion", "protection"))


def phones_kin(token: Token, trigger: Trigger) -> bool:
    """"The kidnappers telephoned relatives and demanded a ransom": a call to captives' families,
    or any call by kidnappers or gunmen ("telephoned the church's pastor"), is how a demand is
    made, no consultation between parties."""
    if trigger.plover != "CONSULT" or trigger.plover_mode != "phone" or token.pos_ != "VERB":
        return False
    called, caller = dep_child(token, "dobj"), dep_child(token, "nsubj")
    return called is not None and called.lemma_ in KIN or \
        caller is not None and caller.lemma_ in ARMED_TAKERS


KIN = frozenset(("relative", "family", "parent", "kin", "relation"))


def refuses_extortion(token: Token, trigger: Trigger) -> bool:
    """"a bus whose owner had refused to pay extortion money", "because (or after) the men had
    refused to pay": why a victim was targeted, not a rejection between parties."""
    if trigger.plover != "REJECT" or token.pos_ != "VERB":
        return False
    paid = dep_child(token, "xcomp")
    if paid is None or paid.lemma_ != "pay":
        return False
    if token.dep_ == "advcl" and marks(token) & {"because", "after"}:
        return True
    money = dep_child(paid, "dobj")
    return money is not None and (money.lemma_ in EXTORTION or any(
        c.dep_ in ("compound", "amod") and c.lemma_ in EXTORTION for c in children(money)))


def cumulative_toll(token: Token, trigger: Trigger) -> bool:
    """"The Sinai Province group ... has killed hundreds of soldiers and policemen in the
    peninsula": a group's toll over the years, no one event (a war's toll "since Saturday" is
    told with its fighting)."""
    if trigger.plover != "ASSAULT" or token.tag_ != "VBN" or \
            not any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in children(token)):
        return False
    victims = dep_child(token, "dobj")
    return victims is not None and victims.lower_ in MASS_COUNTS and not any(
        t.lower_ in ("since", "so") for t in token.subtree)


MASS_COUNTS = frozenset(("hundreds", "thousands", "tens"))


def counts_the_dead(token: Token) -> bool:
    """"put the number of security personnel killed at five": a count of the dead of an event
    told (a toll its source gives), no killing of its own."""
    counted = token.head
    if counted.dep_ == "pobj" and counted.head.lower_ == "of":
        counted = counted.head.head
    return token.dep_ == "acl" and token.tag_ == "VBN" and counted.lemma_ in COUNT_NOUNS


COUNT_NOUNS = frozenset(("number", "toll", "count", "tally", "figure"))


def held_when_attacked(token: Token, trigger: Trigger, heads: dict[int, Trigger]) -> bool:
    """"crowds attacked Mapuche activists occupying the town halls": what the targets held when
    they were attacked is told of them in passing; the attack is the event."""
    targets = token.head
    return trigger.acled == "@territory" and token.dep_ == "acl" and token.tag_ == "VBG" and \
        targets.dep_ == "dobj" and targets.head.i in heads and \
        heads[targets.head.i].plover == "ASSAULT"


def describes_fighters(token: Token, trigger: Trigger, heads: dict[int, Trigger]) -> bool:
    """"army units sent as reinforcements retook Bankilare", "a unit of soldiers and gendarmes
    sent from Tillia retook Tassara": how the fighters came is told of them in passing; the
    fight is the event."""
    fighters = token.head
    while fighters.dep_ in ("conj", "pobj", "prep") and fighters.head.i != fighters.i:
        fighters = fighters.head
    return trigger.plover == "MOBILIZE" and token.dep_ == "acl" and token.tag_ == "VBN" and \
        fighters.dep_ == "nsubj" and fighters.head.i in heads and \
        heads[fighters.head.i].plover == "ASSAULT"


def holds_a_base(token: Token, trigger: Trigger, heads: dict[int, Trigger],
                 lexicon: Lexicon) -> bool:
    """"troops took over a four-storey house ... and turned it into a military post", "stormed a
    secondary school ... and took away 11 students": a building taken to be made a post, or to
    take or harm the people inside, is that act, no ground won."""
    taken = dep_child(token, "dobj") if trigger.acled == "@territory" else None
    return taken is not None and taken.lemma_ in lexicon.modality["dwelling_nouns"] and any(
        c.dep_ == "conj" and c.i in heads and (
            heads[c.i].acled == "Headquarters or base established"
            or heads[c.i].plover == "ASSAULT" and heads[c.i].acled != "@territory")
        for c in children(token))


def lets_forces_act(token: Token, trigger: Trigger, lexicon: Lexicon) -> bool:
    """"declared a state of emergency, allowing soldiers to patrol the streets": letting one's
    own forces act concedes nothing to anyone (letting protesters march or convoys in does)."""
    if trigger.phrase != ("allow",) or token.pos_ != "VERB":
        return False
    act = dep_child(token, "ccomp", "xcomp")
    allowed = dep_child(token, "dobj") or (dep_child(act, "nsubj") if act is not None else None)
    return allowed is not None and allowed.lemma_ in lexicon.modality["force_nouns"]


IDENTIFIED = frozenset(("body", "remains", "him", "her", "them", "face", "voice"))


def identifies_someone(token: Token, trigger: Trigger, lexicon: Lexicon) -> bool:
    """"I recognised my father only by his turban": knowing a person or a body again is no
    recognition of a party ("recognised the new council", "recognised them as a party")."""
    seen = dep_child(token, "dobj") if trigger.plover_mode == "recognize" else None
    cues = lexicon.modality
    return seen is not None and prep_object(token, "as") is None and (
        seen.lower_ in IDENTIFIED or seen.lemma_ in IDENTIFIED
        or seen.lemma_ in cues["captive_nouns"] or seen.lemma_ in cues["civilian_words"])


def blown_when_stopped(token: Token, lexicon: Lexicon) -> bool:
    """"Guards opened fire on a second vehicle ..., and it blew up": the car bomb went off
    because it was stopped; one event, the disruption (see `event_parse._car_bomb_stopped`)."""
    return blows_up_shot_vehicle(token, lexicon) and any(
        fires_on_vehicle(t, lexicon) for t in sent_of(token) if t.pos_ == "VERB")


def _struck_site(verb: Token, struck: Token, lexicon: Lexicon) -> bool:
    """"denied striking the market": a site struck, in a gerund a party denies or admits (with
    a subject of its own, "the rockets struck the district" tells how another event went),
    by fighters or a state ("the insurgents could strike the island itself", "the coalition
    struck Houthi positions"), or a strike still to come ("would strike any armed group")."""
    cues = lexicon.modality
    if _still_to_come(verb) and (struck.lemma_ in cues["armed_victims"] or struck.lemma_ == "group"
                                 and any(c.lower_ == "armed" for c in struck.lefts)):
        return True
    sites = ("force_assets", "dwelling_nouns", "territory_nouns")
    if not any(struck.lemma_ in cues[kind] for kind in sites):
        return False
    doer = subject_of(verb)
    return verb.tag_ == "VBG" and dep_child(verb, "nsubj") is None or _still_to_come(verb) or \
        doer is not None and doer.lemma_ in cues["armed_victims"] or striking_state(doer, lexicon)


def _still_to_come(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("would", "will", "could", "might")
               for c in children(verb))


UNNAMED = frozenset(("name", "identify"))


def asks_anonymity(token: Token) -> bool:
    """"a teacher who asked not to be named": a source's wish, no demand of any party; nor is
    what the source fears ("for fear of arrest", "fearing reprisals") an event."""
    if token.dep_ in ("pobj", "dobj") and token.head.lemma_ in FEARS or token.dep_ == "pobj" \
            and token.head.lower_ == "of" and token.head.head.lemma_ in FEARS:
        return True
    wish = dep_child(token, "xcomp")
    return token.lemma_ == "ask" and wish is not None and wish.lemma_ in UNNAMED and any(
        c.dep_ == "neg" for c in children(wish))


FEARS = frozenset(("fear",))


def wants_for_itself(token: Token, trigger: Trigger) -> bool:
    """"The party wants a caretaker government to organise an election" asks it of others; "the
    group wants to hold talks" or "wants justice" asks no one."""
    if trigger.phrase != ("want",):
        return False
    return not any(c.dep_ == "ccomp" and dep_child(c, "nsubj") is not None
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))
                   for c in children(token))


def names_suspects(token: Token, trigger: Trigger) -> bool:
    """"a house in which suspected BRN insurgents were hiding": "suspected" that the parser reads
    as a verb no one does, with its object right after it, only describes those it names."""
    suspected = dep_child(token, "dobj", "ccomp")  # ("suspected [BRN insurgents were hiding]")
    return trigger.phrase == ("suspect",) and suspected is not None and \
        suspected.left_edge.i == token.i + 1 and token.dep_ not in ("conj", "xcomp") and \
        dep_child(token, "nsubj", "nsubjpass") is None


def is_crowds_suspicion(token: Token, trigger: Trigger, lexicon: Lexicon) -> bool:
    """"A crowd seized a man they accused of selling fuel to the gang", fighters "hunting people
    they accused of siding with landowners": why the crowd turned on him, or why anyone hunted or
    hurt them, told in a relative clause, is no accusation of its own (police accusing those they
    arrest still accuse; and gold sets 6 and 7 code a crowd "accusing him of" theft as one); nor
    is suspecting one already told of ("suspected him of stealing")."""
    if trigger.phrase == ("suspect",) and token.pos_ == "VERB" and token.dep_ != "relcl":
        suspected = dep_child(token, "dobj")  # "The settlers suspected him of stealing a
        return suspected is not None and suspected.pos_ == "PRON"  # motorcycle": a motive
    victim = token.head
    if trigger.plover != "ACCUSE" or token.dep_ != "relcl" or victim.dep_ not in ("dobj", "conj"):
        return False
    while victim.dep_ == "conj":
        victim = victim.head
    if victim.dep_ != "dobj":
        return False
    cues = lexicon.modality
    if victim.head.lemma_ in cues["pursuing_verbs"] | cues["harming_verbs"] | \
            cues["casualty_verbs"]:
        return True
    verb = victim.head
    if verb.dep_ == "acl" and verb.head.head.pos_ == "VERB":  # "stopped a taxi carrying two men
        verb = verb.head.head                                  # they suspected of ..."
    doer = subject_of(verb)
    return doer is not None and doer.lemma_ in cues["mob_nouns"] | cues["crowd_nouns"] \
        | cues["gathered_groups"]


def leaves_no_ground(token: Token, trigger: Trigger, lexicon: Lexicon) -> bool:
    """Forces that leave a place give it up ("the contingent would leave Kazakhstan", "no plans
    to leave Baidoa"); a family leaving its village, or trucks leaving the country, do not.
    Fighters leaving a named group defect from it (see `retype`)."""
    if trigger.phrase != ("leave",):
        return False
    left = dep_child(token, "dobj")
    if left is not None and (left.ent_type_ in NAMED_PARTIES or left.lemma_ in LEFT_GROUPS):
        return not leaves_group(token, left)  # "had left the RSF": defection
    if left is None or not (left.ent_type_ in PLACE_LABELS
                            or left.pos_ == "PROPN" and left.ent_type_ not in NAMED_PARTIES
                            or left.lemma_ in lexicon.modality["territory_nouns"]
                            or left.lemma_ in lexicon.modality["force_assets"]):
        return True  # ("soldiers left their detachment in Gassan without a fight": a post)
    doer = subject_of(token)
    if doer is None:  # "there were no plans to leave Baidoa", "no intention of leaving Uvira"
        return not (token.head.pos_ == "NOUN" or token.head.dep_ == "prep"
                    and token.head.head.pos_ == "NOUN")
    return doer.pos_ != "PRON" and doer.ent_type_ not in NAMED_PARTIES \
        and doer.lemma_ not in lexicon.modality["party_nouns"]


def halts_unpressed(token: Token, trigger: Trigger, heads: dict[int, Trigger],
                    lexicon: Lexicon) -> bool:
    """A project halted, frozen or postponed with no protest or demand told ("the company halted
    operations after the attack") gives in to no one (a suspension is a sanction, see
    `retype`)."""
    return pauses_contested_work(trigger, lexicon) and trigger.phrase[0] != "suspend" \
        and not pressed(token, heads)


NAMED_PARTIES = frozenset(("ORG", "NORP"))  # the NER tags towns as persons too often
CAUSES = frozenset(("PROTEST", "REQUEST", "ACCUSE", "REJECT"))


def gathers_for_no_cause(token: Token, trigger: Trigger, heads: dict[int, Trigger],
                         lexicon: Lexicon) -> bool:
    """People who "gathered to demand", "to protest" or "to reject the results" protest, and so
    do those who "gathered peacefully"; those who gathered to collect bodies, to hear a ruling or
    at a wake do not. A gathering is a protest only as what police broke up."""
    if trigger.phrase == ("gathering",):  # "to break up a gathering of several hundred Tamils"
        return not (token.dep_ == "dobj" and verb_phrase(token.head) in DISPERSING)
    if trigger.phrase != ("gather",):
        return False
    return not any(c.dep_ == "advmod" and c.lower_ in lexicon.modality["peaceful_adverbs"]
                   for c in children(token)) and not any(
        c.dep_ in ("xcomp", "advcl") and c.i in heads and heads[c.i].plover in CAUSES
        for c in children(token))


DISPERSING = frozenset(("disperse", "scatter", "break up"))
# what force used "to clear" or "to remove" people blocking a road does to their protest
CLEARING = frozenset(("clear", "remove", "evict"))


def serves_its_like(token: Token, trigger: Trigger, heads: dict[int, Trigger]) -> bool:
    """"summoned the ambassador to lodge a protest", "400 soldiers arrived to reinforce the
    police": a complaint or a deployment whose purpose is more of the same is that act, not
    one to come (force used "to clear" a protest is already how that protest went); so is a
    base set up "to support operations against bandits"."""
    if trigger.plover not in SERVED or not bare_purpose(token):
        return False
    act = heads.get(token.head.i)
    return act is not None and act.plover == SERVED[trigger.plover]


SERVED = {"ACCUSE": "ACCUSE", "MOBILIZE": "MOBILIZE", "SUPPORT": "MOBILIZE"}


def calls_a_protest(token: Token, trigger: Trigger, heads: dict[int, Trigger]) -> bool:
    """"The opposition called for a general strike on Monday": a call for a protest is that
    protest, to come (ACLED and PLOVER code the strike, not the call)."""
    if trigger.plover != "REQUEST" or token.pos_ not in ("VERB", "AUX"):
        return False
    called = dep_child(token, "dobj") or prep_object(token, "for")
    return called is not None and called.i in heads and heads[called.i].plover == "PROTEST"


def investigates_nothing(token: Token, trigger: Trigger) -> bool:
    """"Police said they had opened an investigation": an inquiry into nothing named is the
    routine after the event told, not an accusation (PLOVER's INVESTIGATE names what is looked
    into: "an investigation into the killings", "a fraud inquiry"); nor is looking into whether
    something happened, or a motive ("a land dispute was being investigated as a motive")."""
    if trigger.plover_mode != "investigate":
        return False
    if token.pos_ in ("VERB", "AUX"):
        looked_into = dep_child(token, "dobj", "nsubjpass")
        # ("the police were investigating": nothing named is looked into)
        return looked_into is None and (dep_child(token, "ccomp") is not None
                                        or prep_object(token, "into") is None) or \
            looked_into is not None and dep_child(token, "auxpass") is not None \
            and prep_object(token, "as") is not None
    return token.pos_ == "NOUN" and not any(
        c.dep_ in ("compound", "amod") or c.dep_ == "prep" and c.lower_ in INQUIRY_PREPS
        for c in children(token))


def is_agreed_term(token: Token, trigger: Trigger, heads: dict[int, Trigger]) -> bool:
    """"had left the route agreed with the security committee": a participle telling what was
    agreed of a thing that is no pact of its own; but "the truce agreed in March" and "a
    timetable agreed with the authorities in August" are agreements, the second by its date."""
    return trigger.plover == "AGREE" and token.lemma_ == "agree" and token.dep_ == "acl" \
        and token.tag_ in ("VBN", "VBD") and dep_child(token, "nsubj") is None \
        and token.head.i not in heads and not any(t.ent_type_ == "DATE" for t in token.subtree)


IMPOSING_VERBS = frozenset(("impose", "declare", "introduce", "order"))


POINTING_PRONOUNS = frozenset(("this", "that", "it"))


def _outer_subject(verb: Token) -> Token | None:
    """The subject of the clause this one is joined to ("Houthi forces overran Maswarah, and the
    Giants Brigades drove them out"; "workers stormed the compound before riot police drove them
    out"), through a verb that shares it."""
    node = verb
    for _ in range(3):
        if node.dep_ not in ("advcl", "conj") or node.head.i == node.i:
            return None
        node = node.head
        subject = dep_child(node, "nsubj")
        if subject is not None:  # ("hundreds of workers": the workers)
            return prep_object(subject, "of") if subject.lemma_ in PART_WORDS else subject
    return None


def only_describes(token: Token, trigger: Trigger, lexicon: Lexicon) -> bool:
    """Words that say what someone or something is, not what was done: "men armed with sticks",
    "some of them armed" (no one armed them), "a police patrol" (a unit, unless it is sent or
    stepped up), "a gold concession" (a mining lease), "ready for any scenario", "meeting little
    resistance", "the last peacekeepers drove out" (they left), "pulled 24 buoys out of the river"
    (not forces), "the two teams met in the league" (a match), "struck a deal" (none hit), "had
    occupied since April" (a holding, not a taking), "were taken hostage and marched away",
    "lifted and carried away elderly protesters" (no ban lifted), "police arrived" (at a scene),
    "in support of Somali forces" (why it was done), "marchers mobilised by women's groups",
    "drones adapted to drop explosives" (what they are for), "a squad that was preparing to fire
    missiles" (who was struck), "riot police drove them out" after workers stormed a compound (a
    crowd pushed out, no ground taken), "taking the men back to their camp" (carried home)."""
    if trigger.phrase == ("arm",) and token.tag_ == "VBN":
        return prep_object(token, "by") is None
    made = token.head
    if token.dep_ == "xcomp" and made.tag_ in ("VBN", "VBD") and \
            made.lemma_ in lexicon.modality["made_for_participles"]:
        return True  # "four drones adapted to drop explosives": what a thing is made for
    aimed = clause_head(token)
    if aimed.dep_ == "xcomp" and aimed.head.lemma_ == "prepare" and aimed.head.dep_ == "relcl":
        return True  # "struck a squad that was preparing to fire missiles": whom it struck
    if token.pos_ == "NOUN" and token.dep_ == "attr" and token.head.lemma_ == "be" and \
            getattr(dep_child(token.head, "nsubj"), "lower_", None) in POINTING_PRONOUNS:
        return True  # "this was an agreement between Libyans": what it was called, no new act
    if trigger.plover == "REJECT" and token.dep_ == "relcl" and \
            token.head.lower_ in ("those", "anyone", "whoever", "everyone"):
        return True  # "used pepper spray on those who refused to leave": whom force hit
    if trigger.phrase == ("patrol",) and token.tag_ == "VBG" and token.dep_ in (
            "acl", "advcl", "ROOT") and dep_child(token, "aux") is None:
        return True  # "soldiers patrolling the border shot dead a man", "while patrolling"
    if trigger.phrase == ("patrol",) and token.pos_ == "NOUN":  # "fired at a police patrol"
        head = token.head.head if token.dep_ == "conj" else token.head
        return head.lemma_ not in lexicon.modality["deploying_verbs"]
    if trigger.plover_mode == "host" and _hosts_no_meeting(token, lexicon):
        return True  # "a base that hosts coalition troops"
    if trigger.phrase[0] in ("mobilise", "mobilize") and token.dep_ == "acl" and \
            token.head.lemma_ in lexicon.modality["crowd_nouns"]:
        return True  # "the marchers, mobilised by women's groups": who called the protest
    if trigger.acled == "Change to group/activity" and token.dep_ == "relcl":
        # "ISWAP, which split from Boko Haram in 2016": who the group is; not "announced in a
        # video that it had broken away", a complement the parser hung on the noun
        subject = dep_child(token, "nsubj")
        return subject is None or subject.tag_ in ("WDT", "WP")
    if trigger.phrase in (("pull", "out"), ("pull", "back")):  # "pulled 24 buoys out of the river"
        pulled = dep_child(token, "dobj")
        return pulled is not None and pulled.pos_ == "NOUN" and not names_people(pulled, lexicon) \
            and pulled.lemma_ not in PULLED_UNITS
    if trigger.phrase == ("drive", "out") and token.pos_ == "VERB":
        # "after the last peacekeepers drove out": they left; "before riot police drove them
        # out": a crowd pushed out of a building, no ground taken
        driven = dep_child(token, "dobj", "nsubjpass")
        if any(t.lower_ == "of" for t in token.subtree):
            return False
        cues = lexicon.modality
        if driven is not None and driven.tag_ == "PRP":
            driven = _outer_subject(token) or driven  # "them": who the outer clause tells of
        return driven is None or driven.tag_ == "PRP" or driven.lemma_ in cues["crowd_nouns"] \
            or driven.lemma_ in cues["gathered_groups"]
    if trigger.phrase[0] == "take" and token.pos_ == "VERB" and any(
            c.lower_ == "back" and c.dep_ in ("advmod", "prt") for c in children(token)) and \
            (taken := dep_child(token, "dobj")) is not None and names_people(taken, lexicon):
        return True  # "the lorry was taking the men back to their camp": carried home, not seized
    if trigger.phrase == ("march",) and token.tag_ in ("VBN", "VBD") and token.dep_ == "conj" \
            and dep_child(token, "nsubj") is None and dep_child(token.head, "auxpass") is not None:
        return True  # "were taken hostage and marched into the forest": driven, no protest
    if token.head.lemma_ in FINDING_VERBS and token.head.i < token.i and token.dep_ in (
            "oprd", "xcomp", "ccomp", "acomp") and token.tag_ in ("VBN", "VBD") and \
            dep_child(token, "aux", "auxpass") is None:
        return True  # "found it abandoned", "found the huts burned": a state come upon
    if trigger.phrase == ("arrive",):  # "600 more troops would arrive in Sinaloa"; not "police
        return not _counted_force(subject_of(token), lexicon)  # arrived", who came to a scene
    if trigger.phrase == ("lift",) and token.dep_ == "conj" and token.head.lemma_ in \
            IMPOSING_VERBS and dep_child(token, "nsubj", "nsubjpass", "dobj") is None:
        return True  # "a curfew was imposed that night and lifted at 6 am": how long it held
    if trigger.phrase == ("lift",) and token.pos_ == "VERB":  # "lifted and carried away elderly
        lifted = dep_child(token, "dobj")                      # protesters": bodies, no ban
        if lifted is None and token.dep_ != "conj":
            lifted = next((dep_child(c, "dobj") for c in children(token) if c.dep_ == "conj"), None)
        return lifted is not None and names_people(lifted, lexicon)
    if trigger.phrase == ("occupy",):  # "a camp that veterans had occupied since April": held
        after = token.nbor(1) if token.i + 1 < len(token.doc) else token  # parsed as any head
        return after.lower_ == "since" or any(c.dep_ == "prep" and c.lower_ in ("since", "for")
                                              for c in children(token))
    if trigger.phrase == ("meet",):  # "meeting little resistance", "met a violent end"
        met = dep_child(token, "dobj")
        players = subject_of(token) if token.pos_ == "VERB" else None
        return met is not None and met.lemma_ in lexicon.modality["met_things"] or \
            players is not None and players.lemma_ in lexicon.modality["playing_sides"]
    if trigger.phrase == ("strike",) and trigger.pos == "VERB":
        # "an officer struck her with a baton"; not "struck a deal", "the quake struck the town"
        struck = dep_child(token, "dobj", "nsubjpass")
        if struck is not None and struck.lemma_ in PART_WORDS:
            struck = prep_object(struck, "of") or struck  # "struck one of the supporters"
        if struck is None:  # ("warned that the ADF could strike again": fighters strike)
            striker = dep_child(token, "nsubj")
            return striker is None or not (striker.lemma_ in lexicon.modality["armed_victims"]
                                           or striker.ent_type_ in ("ORG", "NORP"))
        return not (struck.tag_ == "PRP" and struck.lower_ not in ("it", "its")
                                      or names_people(struck, lexicon)
                                      or struck.ent_type_ in ("ORG", "NORP")  # "Hezbollah"
                                      or struck.lemma_ == "target"  # "Hezbollah targets"
                                      or _struck_site(token, struck, lexicon))
    if trigger.phrase == ("ready",):  # "ready for any scenario"; "ready to negotiate" agrees
        # (but "fuel tanks that were ready to be shipped" are things in a state)
        return not any(c.dep_ == "xcomp" and dep_child(c, "auxpass") is None
                       for c in children(token))
    if trigger.phrase == ("swear",) and any(c.dep_ in ("prt", "prep") and c.lower_ == "in"
                                            for c in children(token)):
        return True  # "lawmakers swore in a new constitution": an oath of office, no threat
    if trigger.phrase == ("share",):  # "a video ... was widely shared": passed round, no partner
        shared = dep_child(token, "dobj")
        return prep_object(token, "with") is None and (
            shared is None or prep_object(shared, "with") is None)
    if trigger.phrase == ("evacuate",):  # "40 homes in the street were evacuated overnight"
        emptied = dep_child(token, "dobj", "nsubjpass")
        return emptied is not None and emptied.lemma_ in lexicon.modality["dwelling_nouns"] or \
            prep_object(token, "since") is not None  # "residents have been evacuated since May"
    if trigger.phrase == ("riot",):
        return token.dep_ in ("compound", "amod") and token.head.pos_ == "NOUN"
    if trigger.plover == "PROTEST" and token.pos_ == "NOUN" and _manner_of_leaving(token, lexicon):
        return True  # "broke away in protest the following month": why they left
    if trigger.phrase == ("support",) and token.dep_ == "pobj" and token.head.lower_ == "in":
        return True  # "an air strike in support of Somali forces": why the strike was made
    if token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ == "of" and \
            token.head.head.lemma_ == "defiance":
        return True  # "a school that had reopened in defiance of their boycott": a standing call
    if trigger.plover == "REQUEST" and token.lemma_ == "ask" and dep_child(token, "dobj") is None:
        sought = prep_object(token, "for")  # "went from house to house asking for men by name"
        if sought is not None and is_person(sought, lexicon):
            return True
    if trigger.plover == "REQUEST" and token.pos_ == "NOUN" and \
            getattr(prep_object(token, "for"), "lemma_", None) == "comment":
        return True  # "did not respond to a request for comment": the reporter's own question
    return trigger.phrase == ("concession",) and (any(
        c.dep_ in ("compound", "amod") and c.lemma_ in lexicon.modality["resource_nouns"]
        for c in children(token)) or _taken_or_held(token, lexicon))


def _counted_force(noun: Token | None, lexicon: Lexicon) -> bool:
    """Troops or police counted as they are sent: "400 soldiers", "300 more soldiers"."""
    return noun is not None and noun.lemma_ in lexicon.modality["force_nouns"] and any(
        c.dep_ == "nummod" or c.lower_ in ("more", "additional", "extra", "fresh")
        for c in children(noun))


def _manner_of_leaving(token: Token, lexicon: Lexicon) -> bool:
    """"broke away in protest", "resigned in protest": why they left, no protest of its own
    (unlike "shops closed in protest", a shutdown)."""
    if token.dep_ != "pobj" or token.head.lower_ != "in" or any(
            c.dep_ in ("det", "poss", "amod", "compound") for c in children(token)):
        return False
    return token.head.head.lemma_ in lexicon.modality["leaving_verbs"]


def _hosts_no_meeting(token: Token, lexicon: Lexicon) -> bool:
    """Hosting talks or a leader is a meeting; hosting troops or refugees is none."""
    guest = dep_child(token, "dobj", "nsubjpass") if token.pos_ in ("VERB", "AUX") else None
    return guest is not None and guest.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP") \
        and guest.lemma_ not in lexicon.modality["meeting_nouns"]


def _taken_or_held(noun: Token, lexicon: Lexicon) -> bool:
    """A noun that is seized, retaken or guarded is a place ("took the concession back")."""
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_ in lexicon.modality["site_verbs"]


PULLED_UNITS = {"patrol", "unit", "team", "staff", "personnel", "mission", "peacekeeper", "crew"}


def fired_at_nothing(token: Token, trigger: Trigger, lexicon: Lexicon) -> bool:
    """"fired about 150 shells into the sea", "fired shots into the air", "fired warning
    shots": a show of force or a warning, not an attack on anyone."""
    if trigger.plover != "ASSAULT":
        return False
    noun = token
    while noun.dep_ == "compound" and noun.head.i != noun.i:  # "artillery shells"
        noun = noun.head
    verb = noun.head if noun.pos_ == "NOUN" and noun.dep_ in ("dobj", "nsubjpass") else token
    fired = dep_child(verb, "dobj", "nsubjpass") if verb.pos_ == "VERB" else None
    if fired is not None and any(c.lower_ == "warning" for c in children(fired)):
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("into", "in") and any(
        o.dep_ == "pobj" and o.lemma_ in lexicon.modality["empty_targets"] for o in children(c))
        for c in children(verb))


def no_casualties(token: Token, lexicon: Lexicon) -> bool:
    """"No one was hurt in the fires", "none of the crew was killed", "the drivers were not
    harmed": the toll of what was just reported (none), not an attack of its own, nor one that
    is denied (but "no civilians had been harmed" answers for an attack on them)."""
    cues = lexicon.modality
    if token.pos_ != "VERB" or token.lemma_ not in cues["casualty_verbs"] | {"harm"}:
        return False
    victims = [c for c in children(token) if c.dep_ in ("nsubj", "nsubjpass")]
    # "The drivers were not harmed": those just told of came to no harm
    spared = any(c.dep_ == "neg" for c in children(token)) and any(
        v.pos_ == "PRON" or any(d.lower_ == "the" for d in children(v)) for v in victims)
    return spared or token.lemma_ != "harm" and any(nobody(v, cues) for v in victims)


def arranges_event(token: Token, heads: dict[int, Trigger], lexicon: Lexicon) -> bool:
    """"A second rally has been called for Saturday": calling or planning an event that is the
    verb's passive subject arranges that event (coded still to come), it asks no one for it."""
    if token.pos_ != "VERB" or token.lemma_ not in lexicon.modality["arranging_verbs"]:
        return False
    arranged = dep_child(token, "nsubjpass")
    return arranged is not None and arranged.i in heads


def signs_a_paper(token: Token, trigger: Trigger, lexicon: Lexicon) -> bool:
    """"leaflets signed by a previously unknown group", "signed a petition": signing a paper
    that is no agreement."""
    if trigger.phrase != ("sign",):
        return False
    signed = dep_child(token, "dobj", "nsubjpass") or (token.head if token.dep_ == "acl" else None)
    if signed is None and (dep_child(token, "auxpass") is not None or token.dep_ == "conj"):
        # "leaflets found ... were signed", "leaflets left at the site and signed by ...": the
        # papers read as the subject of the verb before
        signed = dep_child(token.head, "nsubj", "nsubjpass")
    return signed is not None and signed.lemma_ in lexicon.modality["signed_papers"]


def is_rejected_proposal(token: Token, trigger: Trigger, heads: dict[int, Trigger],
                         lexicon: Lexicon) -> bool:
    """"rejected the demand to halt the work", "rejected calls to resign": the demand or offer
    rejected is the other side's, already made, and what it asks for ("resign") is told by the
    refusal, which is the event."""
    if token.pos_ in ("VERB", "AUX"):
        demand = token.head if token.dep_ == "acl" else \
            dep_child(token.head, "dobj") if token.dep_ in ("advcl", "xcomp") else None
        # "denied reports that soldiers had been taken captive": negated, not told by a refusal
        return demand is not None and demand.lemma_ in lexicon.modality["proposal_nouns"] \
            and _rejected(demand, heads)
    # "rejected Bhutan's protest", "dismissed the accusation": the complaint was made before;
    # the rejection answers it, as backing does a demand ("said it backed that demand")
    backed = trigger.plover in ("REQUEST", "ACCUSE") and _answered(token, heads, "SUPPORT")
    # "rejected the suspension as a delaying tactic": a measure the text told before
    told_before = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                      for c in children(token))
    return token.pos_ == "NOUN" and (
        trigger.plover in ("REQUEST", "AGREE", "PROTEST", "ACCUSE") or told_before) and (
        _rejected(token, heads) or backed)


def _rejected(noun: Token, heads: dict[int, Trigger]) -> bool:
    return _answered(noun, heads, "REJECT")


def _answered(noun: Token, heads: dict[int, Trigger], plover: str) -> bool:
    answer = heads.get(noun.head.i) if noun.dep_ == "dobj" else None
    return answer is not None and answer.plover == plover


def names_a_party(token: Token, lexicon: Lexicon) -> bool:
    """"riot police", "protest leaders", "strike committee members", "bomb-disposal experts": an
    event noun that describes people is no event; nor a hyphened trade that names a gang
    ("members of a kidnap-for-ransom gang")."""
    if token.dep_ in ("nmod", "amod", "compound") and token.head.lemma_ in CRIME_RINGS and \
            token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == "-":
        return True
    if token.dep_ != "compound" or token.pos_ not in ("NOUN", "PROPN"):
        return False
    people = token.head
    while people.dep_ == "compound" and people.head.i != people.i:
        people = people.head
    return names_people(token.head, lexicon) or names_people(people, lexicon) \
        or people.lemma_ in lexicon.modality["bomb_disposal_doers"]


CRIME_RINGS = frozenset(("gang", "ring", "cell", "network", "syndicate", "racket"))


def sends_responders(token: Token, trigger: Trigger, lexicon: Lexicon) -> bool:
    """"A bomb disposal squad sent to the site", "rescue teams were dispatched": those who come to
    clear up after an event are no forces mobilised."""
    if trigger.plover != "MOBILIZE" or token.pos_ not in ("VERB", "AUX") or \
            trigger.phrase[0] not in ("send", "dispatch", "deploy"):
        return False  # "launched a rescue operation" still mobilises
    sent = dep_child(token, "dobj", "nsubjpass") or (token.head if token.dep_ == "acl" else None)
    words = lexicon.modality["responder_words"]
    sender = subject_of(token)  # "the ICRC plans to send a medical team to ...": aid
    bodies = lexicon.modality["aid_bodies"]
    if sender is not None and any(t.lemma_ in bodies or t.lower_ in bodies
                                  for t in sender.subtree):  # "... Committee of the Red Cross"
        return False
    return sent is not None and any(c.lemma_ in words or c.lower_ in words
                                    for c in sent.subtree if c.i < sent.i)


def is_moving_off(token: Token, trigger: Trigger) -> bool:
    """"As they withdrew towards the border, the attackers forced ...", "Before withdrawing
    towards the forest, the gunmen drove away ...": raiders on their way out, while or before
    something else happens, leave no ground anyone held; nor does a side "moving on" to no
    place."""
    on_the_way = bool(marks(token) & {"as", "while"}) or \
        token.dep_ == "pcomp" and token.head.lower_ == "before" and any(
            c.dep_ == "prep" and c.lower_ in ("toward", "towards") for c in children(token)) \
        or "before" in marks(token) and _pronoun_subject(token)  # "Before they withdrew, the ..."
    if trigger.phrase == ("move", "on"):  # "we must move on": no place moved on
        return prep_object(token, "on") is None
    return trigger.plover == "RETREAT" and token.pos_ == "VERB" and on_the_way and \
        prep_object(token, "from") is None


def _pronoun_subject(verb: Token) -> bool:
    """(The raiders themselves; "before the rebels withdrew" may end a siege by others.)"""
    subject = dep_child(verb, "nsubj")
    return subject is not None and subject.pos_ == "PRON"


def was_doing_then(token: Token, trigger: Trigger) -> bool:
    """"a soldier stepped on a landmine while patrolling": what troops were doing when something
    happened to them is no deployment of its own."""
    return trigger.plover == "MOBILIZE" and token.tag_ == "VBG" and \
        bool(marks(token) & {"as", "while"})


def releases_things(token: Token, trigger: Trigger, lexicon: Lexicon) -> bool:
    """Releasing or freeing is a concession when people go free, not when a drone "released two
    explosive charges", a canister "released a gas", rockets released what medics took for
    chlorine, or "a report released on Wednesday"."""
    if trigger.phrase not in (("release",), ("free",)) or token.pos_ not in ("VERB", "AUX"):
        return False
    if _from_hospital(token, lexicon) or _rescued(token):
        return True
    doer = subject_of(token) if token.dep_ != "acl" else None
    if doer is not None and doer.lemma_ in lexicon.modality["weapon_subjects"]:
        return True  # "rockets ... released what the medics believed was chlorine gas"
    freed = dep_child(token, "dobj", "nsubjpass") or (token.head if token.dep_ == "acl" else None)
    if freed is not None and (freed.like_num or freed.lemma_ in PART_WORDS):
        freed = prep_object(freed, "of") or freed  # "four of them", "all of whom", "dozens of"
    if freed is None or freed.pos_ == "PRON" or freed.ent_type_ in ("PERSON", "NORP", "ORG"):
        return False
    return not names_people(freed, lexicon) and not _taken_before(freed)


RESCUE_NOUNS = frozenset(("raid", "operation", "rescue", "exchange", "assault", "gunfight",
                          "shootout", "clash", "firefight", "swoop"))


def _rescued(token: Token) -> bool:
    """"Soldiers freed him unharmed that evening during a raid on a house", "freed all five
    hostages after an exchange of fire": captives others held, rescued by force, no one's
    concession."""
    return any(o.lemma_ in RESCUE_NOUNS for c in children(token)
               if c.dep_ == "prep" and c.lower_ in ("during", "in", "after")
               for o in children(c) if o.dep_ == "pobj")


CAPTURING_VERBS = frozenset(("abduct", "kidnap", "seize", "detain", "arrest", "capture", "take",
                             "hold", "snatch"))
ARRESTING_VERBS = frozenset(("detain", "arrest", "hold"))


def _taken_before(freed: Token) -> bool:
    """"abducted a priest and two catechists ... The two catechists were released": what the
    report told was taken earlier are people, whatever the noun; so are those only counted
    after an abduction ("abducted four young men ...; all four were released")."""
    if freed.like_num or freed.lower_ in ("all", "both"):
        return any(t.lemma_ in CAPTURING_VERBS - ARRESTING_VERBS and t.pos_ == "VERB"
                   for t in freed.doc[:freed.i])
    return freed.pos_ == "NOUN" and any(
        t.lemma_ == freed.lemma_ and any(a.lemma_ in CAPTURING_VERBS for a in t.ancestors)
        for t in freed.doc[:freed.i])


def _from_hospital(verb: Token, lexicon: Lexicon) -> bool:
    """"He was treated in hospital and released", "released from hospital": a patient sent home."""
    cues = lexicon.modality
    siblings = [verb.head] if verb.dep_ == "conj" else []
    siblings += [c for c in children(verb) if c.dep_ == "conj"]
    source = prep_object(verb, "from")
    return any(s.lemma_ in cues["medical_verbs"] for s in siblings) or \
        source is not None and source.lemma_ in cues["medical_places"]


PART_WORDS = {"hundred", "thousand", "dozen", "all", "some", "most", "many", "several", "few",
              "both", "each", "none", "one", "half", "rest", "majority"}


TARGET_TYPES = {"MOBILIZE", "CONSULT", "AID"}
ABDUCTION = "Abduction/forced disappearance"
HELD_PEOPLE = frozenset(("hostage", "captive", "abductee"))


def is_means_of_arrest(token: Token, trigger: Trigger, heads: dict[int, Trigger]) -> bool:
    """"detained at least 15 men in house raids", "raided a flat and took two suspects into
    custody", "raided a hideout, seizing two rifles, and arrested three": the raid is how the
    arrests (or the seizure) were made."""
    if trigger.plover == "ASSAULT" and token.lemma_ == "raid" and token.pos_ == "VERB":
        # (a raid on a place whose owner is named, "raided a CJNG camp, arresting two", is told
        # with the arrests, that learn from it whom they took)
        raided = dep_child(token, "dobj")
        owned = raided is not None and any(c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"
                                           for c in children(raided))
        linked = [c for c in children(token) if c.dep_ == "conj" or not owned
                  and c.dep_ == "advcl" and c.tag_ == "VBG"] + (
            [token.head] if token.dep_ == "conj" else [])
        linked += [c for v in linked for c in children(v) if c.dep_ == "conj"]
        return any(v.i in heads and heads[v.i].acled in RAID_YIELDS for v in linked)
    if trigger.plover not in ("ASSAULT", "MOBILIZE") or token.pos_ not in ("NOUN", "PROPN") \
            or token.dep_ != "pobj" or token.head.lower_ not in ("in", "during"):
        return False
    return _hung_on_arrest(token, heads)  # ("arrested six suspects in search operations")


RAID_YIELDS = frozenset(("Arrests", "Disrupted weapons use"))


def is_arrests_scene(token: Token, trigger: Trigger, heads: dict[int, Trigger]) -> bool:
    """"police arrested about 100 opposition supporters at a rally in Kisumu", "at a party
    meeting": the rally or the meeting is where the arrests were made, told as the arrests."""
    if trigger.plover not in ("PROTEST", "CONSULT") or token.pos_ != "NOUN" \
            or token.dep_ != "pobj" \
            or token.head.lower_ != "at" or any(c.dep_ == "det" and c.lower_ == "the"
                                                for c in children(token)):
        return False
    return _hung_on_arrest(token, heads)


SITE_NOUNS = frozenset(("site", "scene", "area", "crater"))


def is_scene(token: Token, trigger: Trigger) -> bool:
    """"burned them to death at a roadblock": a roadblock one stands at is where, not what; so
    is "the blast site" ("searching villages around the blast site")."""
    if token.dep_ == "compound" and token.head.lemma_ in SITE_NOUNS and \
            trigger.plover == "ASSAULT":
        return True
    return trigger.phrase == ("roadblock",) and stood_at(token)


def is_raid_of_rapes(token: Token, heads: dict[int, Trigger]) -> bool:
    """"soldiers had raped three women during a raid on a village": the raid is when the rapes
    were done, which ACLED codes apart from any killing (no attack of its own is told; "the
    raid" names back one told)."""
    verb = token.head.head
    return token.lemma_ == "raid" and token.dep_ == "pobj" and token.head.lower_ == "during" \
        and verb.i in heads and heads[verb.i].acled == "Sexual violence" and \
        not any(c.dep_ == "det" and c.lower_ == "the" for c in children(token))


def _hung_on_arrest(noun: Token, heads: dict[int, Trigger]) -> bool:
    """The preposition holding the noun hangs on an arrest, or on those arrested: the parser
    often attaches "in raids", "at a rally" to the arrested, not the verb."""
    verb = noun.head.head
    if verb.dep_ == "dobj":
        verb = verb.head
    # "during a search operation, soldiers recovered 23 guns and detained 14 suspects"
    return any(v.i in heads and heads[v.i].acled == "Arrests"
               for v in (verb, *(c for c in children(verb) if c.dep_ == "conj")))


def is_thrown_in_riot(token: Token, trigger: Trigger, heads: dict[int, Trigger],
                      lexicon: Lexicon) -> bool:
    """"protesters who hurled stones and petrol bombs at police", "pelted police with paint
    bombs", "came under attack from rioters hurling petrol bombs": what a crowd throws is how
    its riot went, not a bombing of its own."""
    if trigger.plover != "ASSAULT" or token.pos_ not in ("NOUN", "PROPN"):
        return False
    node = first_conjunct(token)
    if node.dep_ == "pobj" and node.head.lower_ == "with":  # "pelted police with paint bombs"
        node = node.head
    if node.dep_ == "dobj" and node.head.dep_ in ("acl", "relcl") and \
            node.head.head.lemma_ in lexicon.modality["crowd_nouns"]:
        return True  # "rioters hurling petrol bombs"
    return node.dep_ in ("dobj", "prep") and node.head.i in heads \
        and heads[node.head.i].plover == "PROTEST"


def stops_weapons(token: Token, trigger: Trigger) -> bool:
    """"destroyed two explosives-laden cars with anti-tank missiles": the weapon that stopped
    another is how it was stopped, no attack of its own."""
    if trigger.plover != "ASSAULT" or token.pos_ not in ("NOUN", "PROPN"):
        return False
    node = first_conjunct(token)
    return node.dep_ == "pobj" and node.head.lower_ == "with" and \
        node.head.head.pos_ == "VERB" and intercepts_projectiles(node.head.head)


def is_spoils_of_fight(token: Token, trigger: Trigger, heads: dict[int, Trigger],
                       lexicon: Lexicon) -> bool:
    """"troops neutralised several terrorists and recovered weapons": arms taken in the fight
    are part of it; arms found in a search are an event of their own. So are boats or tools
    seized with those arrested ("arrested 18 fishermen and seized three trawlers") and trucks
    seized or destroyed by those who killed ("killed 17 soldiers and seized two pickup trucks"),
    not ground."""
    if trigger.phrase[0] == "recover":
        node = token.head if token.dep_ == "amod" else token  # "... and recovered weapons"
        # (but a raid is how the arms were found, see `is_means_of_arrest`: "raided a hideout
        # in the Lolab valley and recovered two AK-47 rifles")
        return _joined_to(node, heads, lambda t: t.plover == "ASSAULT" and t.phrase != ("raid",))
    if trigger.phrase[-1] == "with":  # "killed five soldiers ... before making off with weapons"
        taken = prep_object(token, "with")
        seizing = lexicon.triggers.get(f"seize {taken.lemma_}|VERB") if taken is not None else None
        return seizing is not None and seizing.acled == "Disrupted weapons use"
    if trigger.phrase == ("destroy",) and token.pos_ == "VERB":  # "had killed 27 soldiers and
        wrecked = dep_child(token, "dobj")                      # destroyed three vehicles"
        return wrecked is not None and wrecked.lemma_ in lexicon.modality["spoils_nouns"] and \
            _joined_to(token, heads, lambda t: t.plover == "ASSAULT")
    if trigger.phrase != ("seize",) or token.pos_ != "VERB":
        return False
    taken = dep_child(token, "dobj")
    if taken is None or taken.ent_type_ in PLACE_LABELS:
        return False
    if taken.lemma_ in lexicon.modality["spoils_nouns"]:
        return _joined_to(token, heads, lambda t: t.plover == "ASSAULT" or t.acled == "Arrests")
    return _joined_to(token, heads, lambda t: t.acled == "Arrests")


def _joined_to(node: Token, heads: dict[int, Trigger], kind) -> bool:
    """The node is the second of two conjoined acts and the first is of the given kind."""
    return node.dep_ == "conj" and node.head.i in heads and kind(heads[node.head.i])


def hands_over_people(token: Token, trigger: Trigger, lexicon: Lexicon) -> bool:
    """"The detained fishermen were handed over to fisheries officials": people passed from one
    custody to another, not ground changing hands; nor are goods ("are expected to hand over
    pigs and cash as compensation")."""
    if trigger.plover != "RETREAT" or trigger.phrase[0] not in ("hand", "handover") \
            or token.pos_ != "VERB":
        return False
    handed = dep_child(token, "dobj", "nsubjpass")
    if handed is None and dep_child(token, "auxpass") is not None:
        handed = subject_of(token)  # "gave themselves up ... and were handed over to the army"
    return handed is not None and handed.lemma_ not in lexicon.modality["surrendered_arms"] and (
        handed.ent_type_ == "PERSON" or names_people_or_them(handed, lexicon)  # not "rifles"
        or handed.lemma_ in lexicon.modality["handed_goods"])


def _dated_clause_on(noun: Token) -> bool:
    """A clause on the noun names a date: "a deal reached ... in September 2018"."""
    return any(c.dep_ in ("acl", "relcl") and any(t.ent_type_ == "DATE" for t in c.subtree)
               for c in children(noun))


def is_background(token: Token, trigger: Trigger) -> bool:
    """"soldiers who have remained despite a peace deal": what a clause concedes is a standing
    state, not an event the report tells; nor is the request an act was done "at" ("deployed
    troops at the government's request"): it was made before and is told only as the act's
    reason; nor "the peace deal" an act was "required under": the pact is told elsewhere, and
    this mention would date it by the act."""
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ != "pobj":
        return False
    # (but "despite a deal reached by Russia and Turkey in Sochi in September 2018", "a truce
    # that took effect on 2 April": a pact told with its own day is an event of its own)
    return token.head.lower_ in ("despite", "notwithstanding") and not _dated_clause_on(token) or \
        token.head.lower_ in ("at", "upon") and token.lemma_ in ("request", "behest") or \
        token.head.lower_ == "under" and trigger.plover == "AGREE" and \
        getattr(dep_child(token, "det"), "lower_", None) == "the" and \
        not any(t.ent_type_ == "DATE" or t.pos_ == "VERB" for t in token.subtree)


def is_target(token: Token, trigger: Trigger, heads: dict[int, Trigger]) -> bool:
    """A unit on the move, a meeting or an aid convoy that is attacked ("ambushed an army
    patrol", "attacked a meeting of opposition activists", "a convoy was hit", "a patrol came
    under fire") is the attack's
    target, not a deployment, consultation or aid event of its own; so are the "aid trucks"
    gunmen seized."""
    if trigger.plover == "AID" and token.dep_ == "compound":
        token = token.head
        attack = heads.get(token.head.i)
        return token.dep_ in ("dobj", "nsubjpass") and attack is not None and \
            attack.plover in ("ASSAULT", "COERCE")
    attack = heads.get(token.head.i)
    if attack is None and token.dep_ == "dobj":  # "the strike had hit a meeting of commanders"
        subject = dep_child(token.head, "nsubj")
        attack = heads.get(subject.i) if subject is not None else None
    undergone = token.dep_ in ("dobj", "nsubjpass") or token.dep_ == "nsubj" and \
        attack is not None and attack.phrase[:2] == ("come", "under")  # "a patrol came under fire"
    if attack is None and token.dep_ == "pobj" and token.head.lower_ in ("on", "against"):
        attack = heads.get(token.head.head.i)  # "23 air strikes on Houthi reinforcements"
        undergone = True
    # "warned that the hostages would be executed": the captives are the killing's target
    held = trigger.acled == ABDUCTION and token.lemma_ in HELD_PEOPLE
    return (trigger.plover in TARGET_TYPES or held) and token.pos_ in ("NOUN", "PROPN") \
        and undergone and attack is not None and attack.plover == "ASSAULT" \
        and attack.acled != ABDUCTION


def modal_demands(doc: Doc) -> list[tuple[Trigger, SpacySpan]]:
    found = []
    for token in tokens_where(doc, "lower_", ("must",)):
        if token.dep_ == "aux" and token.head.dep_ == "ccomp":
            anchor = token.head.head
            if anchor.pos_ in ("VERB", "AUX") and not any(c.dep_ == "neg" for c in children(anchor)):
                found.append((MODAL_DEMAND, doc[anchor.i:anchor.i + 1]))
    return found


def force_vows(doc: Doc, lexicon: Lexicon,
               heads: dict[int, Trigger]) -> list[tuple[Trigger, SpacySpan]]:
    """"said his troops would respond 'with force' to any further attack", '"Nobody will be
    spared," the officer told reporters', "would act with full force against the group": a
    speaker vowing force to come threatens (PLOVER THREATEN), anchored on the speech verb; a
    "warned" already names the threat. The force itself, when no trigger names it ("his clan
    would take revenge", "will be suppressed by all means", "could pursue the attackers"), is an
    attack that may come (`THREATENED_FORCE`, on the vow's verb)."""
    found = []
    cues = lexicon.modality
    for token in tokens_where(doc, "pos_", ("VERB",)):
        auxes = {c.lower_ for c in children(token) if c.dep_ == "aux"}
        if not auxes & POSSIBLE_AUXES or not _vows_force(token, lexicon):
            continue
        anchor = _speech_anchor(first_conjunct(token))  # '"The march is illegal and we will ..."'
        if anchor is None or anchor.lemma_ not in speech_verbs() or any(
                c.dep_ == "neg" for c in children(anchor)):
            continue
        if auxes & VOW_AUXES and anchor.lemma_ not in cues["threat_speech_verbs"]:
            found.append((FORCE_VOW, doc[anchor.i:anchor.i + 1]))
        if token.i not in heads and lemma_of(token) != "spare":  # (no one spared: no act)
            act = THREATENED_ADVANCE if _enters_a_place(token) else THREATENED_FORCE
            found.append((act, doc[token.i:token.i + 1]))
    return found


VOW_AUXES = frozenset(("will", "would", "'ll"))
POSSIBLE_AUXES = VOW_AUXES | {"could", "might"}


def _speech_anchor(clause: Token) -> Token | None:
    """The verb that reports the clause: its head, or, for "said in a statement that the
    fighters would ...", the verb of the statement the parser hangs the clause on."""
    if clause.dep_ == "ccomp":
        return clause.head
    if clause.dep_ == "acl" and clause.head.dep_ == "pobj" and "that" in marks(clause):
        return clause.head.head.head
    return None


def _vows_force(verb: Token, lexicon: Lexicon) -> bool:
    """Force named by the verb, or by how or against what it is to be used."""
    cues = lexicon.modality
    lemma = lemma_of(verb)
    forceful = _names_force(verb, lexicon)
    if lemma != "spare" and lemma not in cues["force_vow_verbs"] and not forceful:
        return False  # first, as this runs on every verb with a "will" or "would"
    denied = any(c.dep_ == "neg" for c in children(verb)) or any(
        nobody(c, cues) for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass"))
    if lemma == "spare":
        return denied  # "nobody will be spared", "will not spare anyone"
    if denied:
        return False
    if lemma in ("retaliate", "crush") or forceful:
        return True
    if lemma == "deal":  # "will deal with anyone who takes part", not "with the complaints"
        dealt = prep_object(verb, "with")
        return dealt is not None and (dealt.lower_ in cues["indefinite_subjects"] or dealt.ent_type_
                                      in ("ORG", "NORP", "PERSON") or names_people(dealt, lexicon))
    forceful = prep_object(verb, "with")
    provoked = prep_object(verb, "to")
    return forceful is not None and forceful.lemma_ in cues["force_words"] or any(
        c.dep_ == "advmod" and c.lower_ in cues["force_adverbs"] for c in children(verb)) or \
        lemma != "act" and provoked is not None and provoked.lemma_ in cues["provocations"]


def _enters_a_place(verb: Token) -> bool:
    """"the group's fighters would enter Marib": fighters vowing to go into a named place (not
    "the protesters would enter the capital")."""
    entered, goers = dep_child(verb, "dobj"), dep_child(verb, "nsubj")
    if entered is not None and entered.lemma_ in PLACE_PARTS:
        entered = prep_object(entered, "of")  # "would enter the heart of Tripoli"
    return verb.lemma_ == "enter" and entered is not None and (
        entered.ent_type_ in PLACE_LABELS or entered.pos_ == "PROPN") \
        and goers is not None and goers.lemma_ in FIGHTING_FORCES


PLACE_PARTS = frozenset(("heart", "centre", "center", "middle", "outskirts", "streets"))
FIGHTING_FORCES = frozenset(("fighter", "force", "troop", "soldier", "army", "militant",
                             "rebel", "militia", "militiaman", "man", "unit"))


def _names_force(verb: Token, lexicon: Lexicon) -> bool:
    """"would take revenge", "will be wiped out", "would pursue the attackers", "take the
    castle by force", "return with all our strength": the verb, its object or its manner is
    force."""
    cues = lexicon.modality
    phrase = verb_phrase(verb)
    if phrase in cues["vowed_force_verbs"] or phrase in cues["suppressing_verbs"]:
        return True
    if phrase in cues["pursuing_verbs"]:  # "pursue the attackers", not "pursue talks"
        pursued = dep_child(verb, "dobj")
        return pursued is not None and (names_people_or_them(pursued, lexicon) or
                                        pursued.lemma_ in cues["armed_victims"])
    vowed = dep_child(verb, "dobj")
    if vowed is not None and vowed.lemma_ in VENGEANCE or _enters_a_place(verb):
        return True
    manner = prep_object(verb, "by", "with")
    return manner is not None and (manner.lemma_ in cues["force_words"] or manner.lemma_ in (
        "means", "strength") and any(c.lower_ == "all" for c in children(manner)))


# present tense tells a state, not a habit: "the party wants a caretaker government to ..."
STATES = frozenset(("be", "have", "want"))


def is_habitual(token: Token) -> bool:
    """Present simple outside the headline states a habit, not an event ("the US, which carries
    out air strikes in Somalia"); headlines and PLOVER-style single sentences keep it. So does
    a weekday with "every" ("has seen protests every Friday since September")."""
    verb = clause_head(token)
    # (not "has joined the sit-in almost every week": the one sit-in goes on)
    if (token.tag_ == "NNS" or token.pos_ == "VERB") and any(
            c.dep_ == "npadvmod" and any(d.lower_ in ("every", "each") for d in children(c))
            for c in (*children(token), *children(verb))):
        return True
    if token.dep_ == "relcl" and token.tag_ == "VBG" and \
            {c.lower_ for c in children(token) if c.dep_ == "aux"} >= {"had", "been"}:
        return True  # "villages that NPA collectors had been visiting": what they used to do
    if sent_of(token).start == 0:
        return False
    return verb.tag_ in ("VBZ", "VBP") and verb.lemma_ not in STATES and not any(
        c.dep_ in ("aux", "auxpass") for c in children(verb)) and not _past_form(verb.lower_) \
        and not _plural_noun_misread(verb) and not _infinitive_in_series(verb)


def _infinitive_in_series(verb: Token) -> bool:
    """"went on to shoot ..., loot the market and rape women": a bare verb joined, with no
    subject of its own, to a past one is the series' next infinitive, not a present habit."""
    return verb.dep_ == "conj" and verb.head.tag_ in ("VBD", "VBN") \
        and dep_child(verb, "nsubj") is None


def _plural_noun_misread(verb: Token) -> bool:
    """"imposed asset freezes and travel bans": a plural noun after its bare modifier, read as a
    present-tense clause ("asset" its subject) under a verb that takes an object, not a clause."""
    subject = dep_child(verb, "nsubj")
    return verb.dep_ == "ccomp" and verb.tag_ == "VBZ" and subject is not None \
        and subject.i == verb.i - 1 and subject.pos_ == "NOUN" and not any(children(subject)) \
        and verb.head.tag_ == "VBD" and verb.head.lemma_ not in speech_verbs()


def _past_form(word: str) -> bool:
    """An irregular past form ("retook") that the small model left unlemmatized and tagged as a
    present (VBP): it is no habit."""
    lemma = irregular_lemmas().get(word)
    return lemma is not None and word != lemma and not word.endswith("s") \
        and not word.endswith("ing")


def repels_attack(token: Token, trigger: Trigger, heads: dict[int, Trigger]) -> bool:
    """"Troops beat back an RSF assault": one clash, told by the verb, whose object names the
    attackers; the assault is not a second event."""
    if trigger.plover != "ASSAULT" or token.pos_ not in ("NOUN", "PROPN") or token.dep_ != "dobj":
        return False
    repelling = heads.get(token.head.i)
    return repelling is not None and repelling.phrase in (("beat", "back"), ("repulse",))


def pledges_its_act(token: Token, trigger: Trigger, heads: dict[int, Trigger],
                    lexicon: Lexicon) -> bool:
    """"Vowed to recapture every position": a vow to take ground is that (future) capture, not
    also a threat; "ready to resume talks (if ...)" is those talks, maybe, not also an offer.
    "Vowed to strike back" stays a threat, "ready to host a meeting" an offer."""
    committing = token.lemma_ in lexicon.modality["commitment_verbs"]
    if not committing and trigger.pos != "ADJ":
        return False
    act = dep_child(token, "xcomp")
    if act is None:
        return False
    if committing:
        return act.i in heads and heads[act.i].acled == "@territory"
    if act.i in heads and heads[act.i].plover_mode == "host":
        return False  # "ready to host a meeting between X and Y" offers a venue
    acts = [act] + [c for c in children(act) if c.dep_ == "dobj"]
    return any(a.i in heads and heads[a.i].plover == "CONSULT" for a in acts)


def reports_other(token: Token, heads: dict[int, Trigger], lexicon: Lexicon) -> bool:
    """A denial or report of another event is not an event of its own: "the army denied
    shelling the village" is one (negated) ASSAULT, not also a REJECT."""
    cues = lexicon.modality
    negating = negates(token, lexicon)
    if not negating and token.lemma_ not in cues["speech_verbs"]:
        return False
    cancels = token.i in heads and heads[token.i].plover == "REJECT" \
        and verb_phrase(token) in cues["cancelling_verbs"]
    for child in children(token):
        if cancels and child.i in heads and (child.dep_ == "dobj" or child.tag_ == "VBG"):
            # "ruled out talks", "ruled out sending soldiers": the act, negated; "called off
            # the strike" concedes
            return True
        # "X demanded a recount; a spokesman rejected the demand": no content of the rejection
        if child.dep_ not in ("xcomp", "ccomp", "pcomp", "dobj") or across_semicolon(child, token):
            continue
        # "denied shelling": the verb is the trigger; "denied carrying out the attack": its
        # object; "denied reports that the militants had taken the town": the reports' content
        verb = child.pos_ in ("VERB", "AUX")
        if any(c.dep_ == "compound" and c.i in heads and c.tag_ in ("VBG", "NN")
               and heads[c.i].pos == "VERB" for c in children(child)):
            return True  # "denied opening fire", the verb phrase tagged as a noun compound
        if not verb and child.lemma_ not in cues["report_nouns"]:
            continue  # "rejected an offer to host talks" rejects the offer
        if not verb and negating:
            # "rejected the accusation as propaganda": a denial, not a refusal; one with no event
            # word of its own stays, to deny the event reported before it (events._deny_reported)
            # ("denied the rape allegations" names the kind of event it denies)
            return any(c.i in heads for c in child.subtree if c.i != child.i
                       and not (c.dep_ == "compound" and c.head.i == child.i))
        inner = [c for c in children(child)
                 if c.dep_ in (("dobj", "acl", "ccomp", "relcl") if verb else ("acl", "ccomp"))]
        if verb and child.i in heads or any(c.i in heads for c in inner):
            return True
    return False


def is_inert(token: Token) -> bool:
    """Trigger words that name or describe rather than report: "Government of National Accord",
    "UN-backed government", "Tripoli-based" (but a numbered order, "imposed Section 144", is
    the order imposed)."""
    if token.ent_type_ in NAME_ENTITIES and not (token.ent_type_ == "LAW" and token.like_num) \
            or token.ent_type_ in ("DATE", "TIME"):  # "in March"
        return True
    # ("The RSF seized Zalingei, the capital of ...": a past tense with a subject of its own,
    # misread as describing the noun after it, is the clause's verb; so is a gerund after "and",
    # "shooting dead six civilians and looting shops")
    return token.pos_ == "VERB" and token.dep_ in ("amod", "compound") and not (
        token.tag_ == "VBD" and dep_child(token, "nsubj") is not None
        or gerund_read_as_modifier(token) is not None)


def is_seized(token: Token, lexicon: Lexicon) -> bool:
    """A weapon that was seized, found or defused ("seized 14 rifles, two grenade launchers",
    "recovered two suicide vests", "defused a roadside bomb"), made or kept ("used to assemble
    explosive devices"), or is said to be unused ("unfired rockets"), was not used: no attack."""
    cues = lexicon.modality
    if token.dep_ == "compound" and token.head.lemma_ in cues["weapon_parts"]:
        return True  # "bags of landmine components", "a bomb factory"
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if token.pos_ == "NOUN" and after is not None and after.pos_ == "NOUN" and \
            after.lemma_ in cues["weapon_parts"]:
        return True  # "with small arms and grenade launchers", the parser's "grenade" a verb's
    if any(c.dep_ == "amod" and c.lower_ in cues["unused_marks"] for c in children(token)):
        return True  # "a launch rail still loaded with four unfired rockets"
    if _listed_after_seizure(token, cues):
        return True
    node = token
    while node.dep_ in ("compound", "conj", "appos") and node.head.i != node.i:
        if node.dep_ == "conj" and node.pos_ == "NOUN" and node.head.pos_ == "VERB":
            # "seized four rifles, a mortar and 40 hand grenades": the last noun hung on the verb
            return verb_phrase(node.head) in cues["seizure_verbs"] or \
                node.head.lemma_ in cues["seizure_verbs"]
        node = node.head
    if node.dep_ == "pobj" and node.head.lower_ == "from" and \
            node.head.head.lemma_ in cues["arming_verbs"]:
        return True  # "a bomb made from a mortar round": the shell is what the bomb was made of
    if node.dep_ == "pobj" and node.head.lower_ == "of":  # "eight kilograms of explosives"
        node = node.head.head
        while node.dep_ == "conj":
            node = node.head
    if node.dep_ == "dobj" and verb_phrase(node.head) in cues["destroying_verbs"]:
        return disposes_of_explosives(node.head, subject_of(node.head), lexicon)
    seized = node.head.lemma_ in cues["seizure_verbs"] or \
        verb_phrase(node.head) in cues["seizure_verbs"]
    # ("found a second explosives belt in a car": the noun read as a clause of "found"; "a
    # truck carrying 60 mortar rounds", but "carried out an air strike")
    taken = seized or node.head.lemma_ in cues["arming_verbs"] and not any(
        c.dep_ == "prt" for c in children(node.head)) and token.lemma_ not in cues["event_nouns"]
    # (but "could carry its attacks into Turkish cities" carries the attacks on)
    return node.dep_ in ("dobj", "nsubjpass") and taken or \
        node.dep_ == "ccomp" and node.pos_ == "NOUN" and seized


LIST_POS = frozenset(("NUM", "NOUN", "PROPN", "ADJ", "ADP", "PUNCT", "CCONJ", "DET"))


def _listed_after_seizure(token: Token, cues: dict) -> bool:
    """"seizing four rifles, 40 sticks of dynamite and two grenades": a weapon at the end of a
    list a seizure verb opens, however the parser hung the list."""
    if token.pos_ != "NOUN":
        return False
    listed = False
    for k in range(token.i - 1, max(sent_of(token).start, token.i - 16) - 1, -1):
        word = token.doc[k]
        if word.pos_ in ("VERB", "AUX"):
            return listed and lemma_of(word) in cues["seizure_verbs"]
        if word.pos_ not in LIST_POS or word.text in (";", ":", ".") or \
                word.pos_ == "ADP" and word.lower_ != "of":
            return False
        listed |= word.lower_ in (",", "and")
    return False


def is_generic(token: Token, lexicon: Lexicon) -> bool:
    """A habit or a kind of event, not one that happened: "are regularly shelled", "fuel used
    in air strikes", "attacks on the army have become frequent", "has seen repeated protests"."""
    cues = lexicon.modality
    verbs = [clause_head(token)]  # "exposed to shelling": a gerund takes its verb's adverbs
    # ... and "often releasing them after ransoms are paid": a time clause its verb's habit,
    # but "regularly since the army seized power" names the one event the habit started from
    if verbs[0].dep_ in ("pcomp", "xcomp", "pobj", "dobj") or \
            verbs[0].dep_ == "advcl" and "since" not in marks(verbs[0]):
        verbs += [g for g in governors(verbs[0], 2) if g.pos_ == "VERB"][:1]
    if sent_of(token).start > 0 and any(c.dep_ == "advmod" and c.lower_ in cues["frequency_adverbs"]
                                    for v in verbs for c in children(v)):
        return True  # "are regularly exposed to sniper fire and shelling" (a headline may)
    if _series(token) or token.dep_ == "relcl" and _perfect(token) and _series(token.head) \
            and not _fired_at(token.head):
        # "citing air strikes that have killed civilians", "processions that have been targeted":
        # a series, or what the people are (but not "fired at residents who had blocked a
        # highway": what they did drew the fire)
        return True
    if _perfect(verbs[0]) and (_over_recent_period(verbs[0]) or _repeated_deed(verbs[0], cues)):
        return True  # "has attacked similar shops in recent months", "has been attacked repeatedly"
    if verbs[0].dep_ == "relcl" and verbs[0].head.tag_ == "NNS" and _perfect(verbs[0]) and \
            _since_then(verbs[0]):
        return True  # "to hold the villages it has recaptured since August": a tally to date
    if verbs[0].dep_ == "relcl" and _perfect(verbs[0]) and _for_units(verbs[0]):
        return True  # "the base, which they have besieged for months": a standing state
    if sent_of(token).start > 0 and token.tag_ == "VBN" and any(
            c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in children(token)):
        return True  # "such use is banned under the convention": a standing state
    if verbs[0].dep_ == "relcl" and verbs[0].tag_ in ("VBZ", "VBP") and not any(
            c.dep_ in ("aux", "auxpass") for c in children(verbs[0])):
        return True  # "a constitution that restricts road blockades": what it is, not a deed
    nominal = token.tag_ in ("NNS", "NN") or token.tag_ == "VBG" and token.dep_ == "nsubj"
    if not nominal or any(c.dep_ in ("det", "poss", "nummod") for c in children(token)):
        return False
    if any(c.lower_ in cues["frequency_modifiers"] for c in children(token) if c.dep_ == "amod"):
        return True  # "has seen repeated protests"
    verb = clause_head(token.head if token.dep_ in ("nsubj", "conj") else token)
    if verb.dep_ in ("acl", "relcl") and token.dep_ == "pobj":
        return True
    if token.dep_ != "nsubj" and not (token.dep_ == "conj" and token.head.dep_ == "nsubj"):
        return False
    verb = token.head if token.dep_ == "nsubj" else token.head.head
    if verb.lemma_ in cues["trend_verbs"]:  # "shelling and drone strikes have increased"
        return any(c.dep_ == "aux" and c.lemma_ == "have" for c in children(verb))
    # "attacks have become frequent"; not "talks are due to start next week" (one still to come)
    return verb.lemma_ in cues["state_verbs"] and any(
        c.dep_ in ("acomp", "attr") and c.lower_ not in PLANNED for c in children(verb))


def _fired_at(people: Token) -> bool:
    """The people are whom force was aimed at ("fired live rounds at residents") or cleared
    away ("fired tear gas to clear workers")."""
    return people.dep_ == "pobj" and people.head.lower_ in ("at", "on") or \
        people.dep_ == "dobj" and people.head.lemma_ in CLEARING


def _series(noun: Token) -> bool:
    """A bare plural event noun told in the perfect: "air strikes that have killed civilians"."""
    return noun.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in children(noun)) \
        and any(c.dep_ == "relcl" and _perfect(c) for c in children(noun))


def _perfect(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in children(verb))


MANY = frozenset(("several", "many", "multiple", "numerous", "countless"))


def _repeated_deed(verb: Token, cues: dict) -> bool:
    """"has been attacked repeatedly", "has attacked police posts several times this year": a
    series; but "has repeatedly urged residents to leave" is a call the speaker stands by."""
    return verb.lemma_ not in cues["stance_verbs"] and any(
        c.dep_ == "advmod" and c.lower_ in cues["repeating_adverbs"]
        or c.dep_ == "npadvmod" and c.lemma_ == "time" and any(m.lower_ in MANY for m in children(c))
        for c in children(verb))


def _over_recent_period(verb: Token) -> bool:
    """"in recent months", "over the past two years": several units of time up to now."""
    return any(o.dep_ == "pobj" and o.tag_ == "NNS" and o.lemma_ in ("day", "week", "month", "year")
               and any(c.lower_ in ("recent", "past", "last") for c in children(o))
               for p in children(verb) if p.dep_ == "prep" and p.lower_ in ("in", "over", "during")
               for o in children(p))


def _since_then(verb: Token) -> bool:
    """"since August", "since the start of the year": a period up to now."""
    return any(c.dep_ == "prep" and c.lower_ == "since" for c in children(verb))


def _for_units(verb: Token) -> bool:
    """"for months", "for three years": units of time the act has lasted."""
    return any(o.dep_ == "pobj" and o.tag_ == "NNS" and o.lemma_ in ("week", "month", "year")
               for p in children(verb) if p.dep_ == "prep" and p.lower_ == "for"
               for o in children(p))


def is_alleged(token: Token, heads: dict[int, Trigger], lexicon: Lexicon) -> bool:
    """What one party accuses another of ("accused the militias of attacking ... with the
    support of the army") is the content of the ACCUSE event, not an event of its own; the
    answer to the accusation ("..., a charge the party rejected", "blamed the TTP, which denied
    involvement") is not its content."""
    if answers_a_charge(token, lexicon) or _answer_of_accused(token, heads):
        return False
    if _gerund_joined_to(token, heads, "ACCUSE"):
        return True
    for gov in governors(token, limit=6):
        if gov.i in heads:  # (not "gunmen suspected to be Fulani militiamen attacked ...")
            return heads[gov.i].plover == "ACCUSE" and gov.i != token.i and not suspected_as(gov)
    return False


def _answer_of_accused(token: Token, heads: dict[int, Trigger]) -> bool:
    """A rejection in a relative clause on whom an accusation names: "blamed the TTP, which
    denied involvement", "blamed the blackouts on sabotage by activists of the party Primero
    Justicia, which rejected the accusation" (not "blamed the ELN, which has attacked police
    posts": its charge)."""
    if token.dep_ != "relcl" or token.i not in heads or heads[token.i].plover != "REJECT":
        return False
    accuser = next((a for a in token.head.ancestors if a.i in heads), None)
    return accuser is not None and heads[accuser.i].plover == "ACCUSE"


def _gerund_joined_to(token: Token, heads: dict[int, Trigger], plover: str) -> bool:
    """"blamed Iran for training and arming cells": the parser may join the second gerund to
    the accusing verb, not to the first; a gerund conjoined to a finite verb is its content, and
    so is one after the charge of an accusing participle ("accusing Kigali of training and arming
    RED-Tabara")."""
    head = heads.get(token.head.i)
    if token.dep_ != "conj" or token.tag_ != "VBG" or head is None or head.plover != plover:
        return False
    charge = prep_object(token.head, "of", "for") if token.head.tag_ == "VBG" else None
    return token.head.tag_ != "VBG" or charge is not None and charge.i < token.i and \
        charge.lower_.endswith("ing")


def warns_of_others(token: Token) -> bool:
    """"Analysts warned that al-Shabaab could retaliate" foresees what another party may do; a
    warning that someone will act ("the army warned it would ...", "the chief warned that police
    will no longer tolerate rallies"), or that the warner's own men ("a commander warned that his
    fighters could attack") or own country's forces could, is a THREAT."""
    if token.lemma_ != "warn":
        return False
    warner = subject_of(token)
    for clause in (c for c in children(token) if c.dep_ == "ccomp"):
        doer = dep_child(clause, "nsubj", "nsubjpass")
        forecast = any(c.dep_ == "aux" and c.lower_ in ("could", "may", "might")
                       for c in children(clause))
        own_men = doer is not None and any(c.dep_ == "poss" and _own_group(c, warner)
                                           for c in children(doer))
        if forecast and doer is not None and doer.pos_ != "PRON" and not own_men and (
                warner is None or doer.lemma_ != warner.lemma_ and not _one_side(warner, doer)):
            return True
    return False


def _own_group(owner: Token, warner: Token | None) -> bool:
    """"his fighters"; "the alliance's fighters" when an official of a named group warns ("an
    SDF official warned that the alliance's fighters could ...")."""
    if owner.pos_ == "PRON":
        return True
    named_warner = warner is not None and any(
        c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" for c in children(warner))
    return named_warner and owner.lemma_ in GROUP_WORDS and any(
        c.dep_ == "det" and c.lower_ == "the" for c in children(owner))


GROUP_WORDS = frozenset(("group", "alliance", "coalition", "movement", "militia", "front",
                         "faction"))


def _one_side(a: Token, b: Token) -> bool:
    """"Turkey's defence ministry warned that Turkish forces could resume air strikes": both
    noun phrases name the same country, so the warner speaks for its own forces; so does a state
    speaker for forces no country is named for ("soldiers could be deployed")."""
    def countries(noun: Token) -> set[str]:
        return {country_of_word(t.text) for t in noun.subtree} - {None}
    if not countries(b) and b.lemma_ in HOME_FORCES:  # "a government spokesman warned that
        return any(t.lemma_ in STATE_WORDS for t in a.subtree)  # soldiers could be deployed"
    return bool(countries(a) & countries(b))


HOME_FORCES = frozenset("soldier troop army police military policeman".split())
STATE_WORDS = frozenset("government ministry minister president presidency army military police "
                        "authority governor".split())


def loose_fall(token: Token, trigger: Trigger, lexicon: Lexicon) -> bool:
    """"Fell" is a place changing hands only when a place falls ("the town fell to the
    rebels"), not when a person falls or prices fall."""
    if trigger.acled != "@territory" or trigger.phrase != ("fall",):
        return False
    if token.lemma_ == "fell" and token.lower_ != "fell":
        return True  # "so that the trees could be felled": cut down, not fallen
    if prep_object(token, "to", "into") is not None:
        return False
    doer = subject_of(token)
    return doer is None or not (doer.ent_type_ in ("GPE", "LOC", "FAC")
                                or doer.lemma_ in lexicon.modality["territory_nouns"])
