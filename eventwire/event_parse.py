"""Reading the parse for the events stage: what a trigger's clause says about mode and roles.

Everything here looks at one trigger token in a spaCy parse and answers one question:
- `mode_of`: asserted / negated / future / hypothetical, from negation on the trigger and its
  verb, the auxiliaries and marks of the verb and its conditions, and the verbs that govern it (a
  speech verb stops the search: "officials said the army attacked" is a report, not a plan);
- `role_tokens`: who acted on whom, from subject / object / agent / passive structure for verbs
  and from "by", possessives, "between", "on", "against" for nouns (never from word order);
- `actor_of`: which known actor a role's noun phrase names;
- `is_main` / `prominence`: whether the trigger is the sentence's main predication;
- `retype`: the lexicon's type corrected by the clause (a workers' strike, people captured);
- coreference cues: `refers_back` ("the attack") and `part_of_reported` ("the blast destroyed").
Which triggers report an event at all is decided in `event_filters.py`.
No lexicon lookups besides the modality cues passed in; no knowledge of places or dates.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Span as SpacySpan, Token

from .actors import actor_at
from .model import Actor, Span
from .nlp import children, doc_ents, doc_text, paragraph_bounds, sent_of, span_text
from .places import BEARINGS, PLACE_LABELS
from .triggers import COMPLEMENTS, MEASURE_NOUNS, Lexicon, Trigger, kept_as, load_lexicon

@dataclass(frozen=True)
class Roles:
    """The noun phrases filling a trigger's two roles, as parse tokens (either may be missing)."""
    first: Token | None
    second: Token | None


@dataclass(frozen=True)
class ActorHit:
    """A known actor named by a role's noun phrase, and the words that name it."""
    actor: Actor | None
    text: Span | None


NO_ACTOR = ActorHit(None, None)

# "X said that Y must Z" is a demand made by X of Y, whatever Z is (PLOVER REQUEST).
MODAL_DEMAND = Trigger(phrase=("must",), pos="VERB", plover="REQUEST", plover_mode=None, acled=None,
                       cameo_root="10", strength=0.7)
# "X said its troops would respond with force": X threatens, whoever answers for it.
FORCE_VOW = Trigger(phrase=("will",), pos="VERB", plover="THREATEN", plover_mode=None, acled=None,
                    cameo_root="13", strength=0.7)
# "said his clan would take revenge": the force vowed, an attack that may come; "said the
# group's fighters would enter Marib": an advance on ground that may come.
THREATENED_FORCE = Trigger(phrase=("would",), pos="VERB", plover="ASSAULT", plover_mode=None,
                           acled="@kill", cameo_root="19", strength=0.6)
THREATENED_ADVANCE = replace(THREATENED_FORCE, acled="@territory")
THREATENED_ACTS = (THREATENED_FORCE, THREATENED_ADVANCE)
SPEAKER_TRIGGERS = (MODAL_DEMAND, FORCE_VOW, *THREATENED_ACTS)


def names_people(noun: Token, lexicon: Lexicon) -> bool:
    """A noun for people: parties, captives, civilians, crowds ("two commanders", "hostages")."""
    cues = lexicon.modality
    if noun.lemma_ == "rifle" and noun.is_lower:
        return False  # "assault rifles, which they seized" are arms; the "Assam Rifles" a force
    return any(noun.lemma_ in cues[kind]
               for kind in ("party_nouns", "captive_nouns", "civilian_words", "crowd_nouns"))


def names_people_or_them(noun: Token, lexicon: Lexicon) -> bool:
    """A noun for people, or a pronoun for them ("handed them over", "marched everyone they
    could fit on their motorbikes into the bush")."""
    return names_people(noun, lexicon) or noun.lower_ in ("them", "him", "her", "everyone",
                                                          "everybody")


# --- re-typing a trigger from its clause ---------------------------------------------------------

# prepositions of standing at a place: what they take is where, not what was done
PREMISES_PREPS = frozenset(("outside", "inside", "at", "near", "behind", "opposite", "beside"))


def stood_at(noun: Token) -> bool:
    """The noun is a place one stands at ("outside the Khuzdar press club", "at a roadblock")."""
    return noun.dep_ == "pobj" and noun.head.lower_ in PREMISES_PREPS


COERCIVE_TYPES = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"}


def retype(trigger: Trigger, token: Token, doer: Token | None, heads: dict[int, Trigger],
           lexicon: Lexicon) -> Trigger:
    """The lexicon's type, corrected by the clause: a workers' "strike" is a walk-out; being
    "prepared to impose martial law" a threat; protesters torching banks a riot."""
    trigger = _readiness(_labour_strike(trigger, token, lexicon), token, heads, lexicon)
    trigger = _warned_of_force(trigger, token, heads)
    trigger = _person_captured(_person_burned(trigger, token, lexicon), token, lexicon)
    trigger = _armed_march(_person_hacked(trigger, token, lexicon), token, doer, lexicon)
    trigger = _goods_seized(_marched_away(trigger, token, lexicon), token, lexicon)
    trigger = _projectiles_fired(_measure_withdrawn(trigger, token, lexicon), token, lexicon)
    trigger = _state_strike(_from_the_air(trigger, doer, lexicon), token, doer, lexicon)
    trigger = _border_closed(_demand_met(trigger, token, doer, heads, lexicon), token, lexicon)
    trigger = _offer_under_pressure(trigger, token, doer, heads, lexicon)
    trigger = _weapons_destroyed(_civil_blockade(trigger, token, doer, lexicon), token, doer,
                                 lexicon)
    trigger = _gas_released(_wrecked_by_explosives(trigger, token, doer, lexicon), token, lexicon)
    trigger = _car_bomb_stopped(_bomber_stopped(trigger, token, lexicon), token, lexicon)
    trigger = _police_raid(_occupation_protest(trigger, doer, lexicon), token, doer, lexicon)
    trigger = _approved_measure(_raid_for_weapons(trigger, token, heads), token, heads)
    trigger = _resigned_under_pressure(_official_dismissed(trigger, token, lexicon), token, heads,
                                       lexicon)
    trigger = _paused_unpressed(trigger, token, heads, lexicon)
    trigger = _convoy_of_aid(_struck_with_weapon(trigger, token, lexicon), token, doer, lexicon)
    trigger = _peaceful_march(_care_team(trigger, token, lexicon), token, lexicon)
    trigger = _disappeared_detainees(_arms_handed_over(trigger, token, lexicon), token, lexicon)
    trigger = _walked_to_demand(_group_left(trigger, token, lexicon), token, lexicon)
    trigger = _kept_from_leaving(trigger, token, lexicon)
    trigger = _crowd_riot(_verbal_protest(trigger, token, doer, lexicon), token, doer, lexicon)
    trigger = _taken_unopposed(_own_activity_suspended(trigger, token, lexicon), token, lexicon)
    trigger = _worn_explosives(_shelter_stormed(trigger, token, doer, lexicon), token, lexicon)
    trigger = _taking_tried(_operation_aimed(trigger, token, lexicon), token, lexicon)
    trigger = _fighters_intercepted(trigger, token, lexicon)
    if trigger.acled == "Looting/property destruction" and intercepts_projectiles(token):
        trigger = _as_sub(trigger, "Disrupted weapons use", lexicon)  # drones destroyed in flight
    return _to_death_strength(_stoned_each_other(trigger, token, lexicon), token)


TRYING_VERBS = frozenset(("try", "attempt"))


def _fighters_intercepted(trigger: Trigger, token: Token, lexicon: Lexicon) -> Trigger:
    """"soldiers intercepted some of the raiders near Gogrial", "troops intercepted a group of
    infiltrating militants": armed men stopped on their way are fought, no weapon stopped."""
    if trigger.phrase != ("intercept",) or token.pos_ != "VERB":
        return trigger
    stopped = _whole_of(dep_child(token, "dobj"))
    if stopped is None or stopped.lemma_ not in lexicon.modality["armed_victims"]:
        return trigger
    return _as_sub(trigger, "Armed clash", lexicon)


def _taking_tried(trigger: Trigger, token: Token, lexicon: Lexicon) -> Trigger:
    """"gunmen then tried to storm the base": a taking tried, with no word that it was taken, is
    a fight for the place."""
    if trigger.acled != "@territory" or token.dep_ != "xcomp" or \
            token.head.lemma_ not in TRYING_VERBS or any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in children(token.head)):
        return trigger  # ("could try to retake the town": a taking that may come)
    return _as_sub(trigger, "Armed clash", lexicon)


def _operation_aimed(trigger: Trigger, token: Token, lexicon: Lexicon) -> Trigger:
    """"would launch an operation next month to clear Boko Haram from the islands", "an
    operation against Pakistani Taliban hideouts": an operation aimed at an enemy is an
    offensive (one "to retake" a town takes ground), not forces merely sent."""
    if trigger.phrase != ("launch", "operation") or token.pos_ != "VERB":
        return trigger
    operation = dep_child(token, "dobj")
    against = prep_object(token, "against") or (
        prep_object(operation, "against") if operation is not None else None)
    purpose = _purpose_clause(token)
    if purpose is not None and purpose.lemma_ in RETAKING:
        return _as_row(trigger, "retake|VERB", lexicon)
    if against is not None or purpose is not None and purpose.lemma_ in OFFENSIVE_AIMS:
        return _as_row(trigger, "military operation|NOUN", lexicon)
    return trigger


def _purpose_clause(verb: Token) -> Token | None:
    """The verb of an infinitive of purpose ("launch an operation to clear ..."); the tagger may
    read "clear" as an adjective."""
    return next((c for c in children(verb) if c.dep_ in ("advcl", "xcomp")
                 and c.pos_ in ("VERB", "ADJ") and any(a.lower_ == "to" and a.dep_ == "aux"
                                                       for a in children(c))), None)


def _cleared_enemy(verb: Token) -> Token | None:
    """"launch an operation next month to clear AQAP fighters from the mountains": the fighters
    are whom the offensive is against."""
    purpose = _purpose_clause(verb)
    return dep_child(purpose, "dobj") if purpose is not None and \
        purpose.lemma_ in OFFENSIVE_AIMS else None


RETAKING = frozenset(("retake", "recapture", "reclaim", "liberate"))
OFFENSIVE_AIMS = frozenset(("clear", "flush", "dislodge", "drive", "root", "hunt", "crush",
                            "eliminate", "neutralise", "neutralize", "destroy", "expel", "push"))
WORN = frozenset(("strap", "strapped", "wear", "worn", "tie", "tied"))
BODY_WORDS = frozenset(("body", "waist", "chest", "torso", "clothes", "clothing"))


def _worn_explosives(trigger: Trigger, token: Token, lexicon: Lexicon) -> Trigger:
    """"detonated explosives strapped to her body": a bomb worn on the body is a suicide
    bombing."""
    if trigger.acled != "Remote explosive/landmine/IED" or token.pos_ != "VERB":
        return trigger
    bombs = [c for c in children(token) if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
    worn = any((acl.lemma_ in WORN or acl.lower_ in WORN) and any(
        t.lemma_ in BODY_WORDS for t in acl.subtree) for bomb in bombs for acl in children(bomb)
        if acl.dep_ in ("acl", "relcl", "amod"))
    return _as_row(trigger, "suicide bombing|NOUN", lexicon) if worn else trigger


def _shelter_stormed(trigger: Trigger, token: Token, doer: Token | None,
                     lexicon: Lexicon) -> Trigger:
    """"Fighters of the UPC stormed a displacement site", "gunmen stormed a church": armed men
    storming where civilians shelter or gather attack them, they take no ground (a crowd that
    storms is sorted out with the roles)."""
    if trigger.phrase != ("storm",) or token.pos_ != "VERB" or \
            doer is not None and doer.lemma_ in lexicon.modality["crowd_nouns"]:
        return trigger
    stormed = dep_child(token, "dobj")
    if stormed is None or stormed.lemma_ not in lexicon.modality["shelter_sites"]:
        return trigger
    return _as_row(trigger, "attack|ANY", lexicon)


UNFOUGHT = frozenset(("fight", "shot", "resistance", "battle", "struggle", "incident"))


def _taken_unopposed(trigger: Trigger, token: Token, lexicon: Lexicon) -> Trigger:
    """"JNIM fighters occupied it the same day without firing a shot", "walked in unopposed":
    ground taken with no fighting changes hands (ACLED "Non-violent transfer of territory"); the
    takers are those it went to, the side that left (if told) the one that gave it up."""
    if trigger.acled != "@territory" or token.pos_ != "VERB" or not _unfought(token):
        return trigger
    return _as_row(trigger, "hand over|VERB", lexicon)


def _unfought(verb: Token) -> bool:
    """Taken "without a fight", "unopposed"; not "without meeting serious resistance", which
    met some."""
    without = [c for c in children(verb) if c.dep_ == "prep" and c.lower_ == "without"]
    return any(t.lemma_ in UNFOUGHT and not any(a.lower_ in SOME_FIGHT for a in children(t))
               for c in without for t in c.subtree) or any(
        c.lower_ == "unopposed" for c in children(verb))


SOME_FIGHT = frozenset(("serious", "significant", "major", "much", "heavy", "stiff", "real"))


def _own_activity_suspended(trigger: Trigger, token: Token, lexicon: Lexicon) -> Trigger:
    """"The vigilante group said it was suspending its patrols": a group stopping its own
    activity changes what it does; no sanction on anyone."""
    if trigger.phrase != ("suspend",) or token.pos_ != "VERB":
        return trigger
    stopped = dep_child(token, "dobj")
    if stopped is None or not any(c.dep_ == "poss" and c.lower_ in ("its", "their")
                                  for c in children(stopped)):
        return trigger
    return _as_row(trigger, "disband|VERB", lexicon)


FATAL_STRENGTH = 0.8


def _to_death_strength(trigger: Trigger, token: Token) -> Trigger:
    """"beat him to death": a weak verb of violence told as fatal is as sure an event as
    "killed"."""
    if trigger.plover != "ASSAULT" or trigger.strength >= FATAL_STRENGTH or \
            token.pos_ != "VERB" or not _to_death(token):
        return trigger
    return replace(trigger, strength=FATAL_STRENGTH)


def _convoy_of_aid(trigger: Trigger, token: Token, doer: Token | None,
                   lexicon: Lexicon) -> Trigger:
    """"The agency plans to send a second convoy", "send a convoy of food": a convoy an aid
    body sends, or one carrying relief goods, is aid; any other convoy moves forces."""
    if trigger.phrase != ("send", "convoy"):
        return trigger
    bodies = lexicon.modality["aid_bodies"]
    if doer is not None and (doer.lemma_ in bodies or doer.lower_ in bodies):
        return trigger
    convoy = dep_child(token, "dobj")
    goods = lexicon.modality["relief_goods"]
    if convoy is not None and any(t.lemma_ in goods for t in convoy.subtree if t.dep_ != "amod"):
        return trigger
    return replace(lexicon.triggers["send troops|VERB"], strength=trigger.strength)


def _disappeared_detainees(trigger: Trigger, token: Token, lexicon: Lexicon) -> Trigger:
    """"Men who disappeared after being detained by PMF units": detention no one accounts for
    is an enforced disappearance (ACLED "Abduction/forced disappearance")."""
    if trigger.acled != "Arrests" or token.pos_ != "VERB":
        return trigger
    verb = token.head.head if token.dep_ == "pcomp" else token.head if token.dep_ == "advcl" \
        else None
    if verb is None or verb.lemma_ not in ("disappear", "vanish"):
        return trigger
    return _as_row(trigger, "abduct|VERB", lexicon)


def _arms_handed_over(trigger: Trigger, token: Token, lexicon: Lexicon) -> Trigger:
    """"Handed over its weapons to the army", "surrendered to the army in Marawi City with their
    rifles", "was giving up armed activities": a group disarming changes, it gives up no ground.
    So do fighters who surrender themselves ("a commander and 23 of his fighters surrendered to
    troops"); a town surrendered is ground given up."""
    if trigger.plover != "RETREAT":
        return trigger
    arms = lexicon.modality["surrendered_arms"]
    given = dep_child(token, "dobj") if token.pos_ == "VERB" \
        and token.lemma_ in ("hand", "surrender", "turn", "give") else None  # not "withdraw arms"
    carried = prep_object(token, "with") if token.lemma_ == "surrender" else None
    handed = [given, *given.conjuncts] if given is not None else []
    disarmed = any(g.lemma_ in arms or any(c.dep_ == "amod" and c.lower_ == "armed"
                                           for c in children(g)) for g in handed)
    # ("laid down their weapons and surrendered to the army": the subject shared)
    gave_themselves_up = token.lemma_ == "surrender" and token.pos_ == "VERB" and given is None \
        and subject_of(token) is not None or given is not None \
        and given.lower_ in REFLEXIVES  # "handed themselves (and four rifles) over"
    if not (disarmed or gave_themselves_up) and (carried is None or carried.lemma_ not in arms):
        return trigger
    return _as_sub(trigger, "Change to group/activity", lexicon)


REFLEXIVES = frozenset(("themselves", "himself", "herself"))
LEFT_GROUPS = frozenset(("group", "militia", "movement", "faction", "rebellion", "insurgency"))


def leaves_group(verb: Token, left: Token) -> bool:
    """"He and several hundred fighters under his command had left the RSF", "had left the
    paramilitary group": people leaving a named group or one a noun names again defect; a
    country leaving a body ("Russia left the council") does not."""
    doer = subject_of(verb)
    if doer is not None and doer.like_num:  # "about 200 of his fighters"
        doer = prep_object(doer, "of") or doer
    group = left.ent_type_ in ("ORG", "NORP") or left.lemma_ in LEFT_GROUPS
    return group and doer is not None and \
        doer.ent_type_ not in ("GPE", "ORG", "NORP") and (
            doer.pos_ == "PRON" or doer.ent_type_ == "PERSON"
            or doer.lemma_ in load_lexicon().modality["party_nouns"])


def side_change_roles(token: Token, roles: Roles) -> Roles:
    """A group that gives itself up or is left changes, so it is the doer ("had left the RSF");
    the side it joins is the other party ("... and would fight alongside the army"), not the army
    it surrendered to."""
    changed = dep_child(token, "dobj") if token.lemma_ == "leave" else roles.first
    for verb in token.conjuncts:
        side = dep_child(verb, "dobj") if verb.lemma_ == "join" else prep_object(verb, "alongside")
        if side is not None:
            return Roles(changed, side)
    return Roles(changed, None)


def _group_left(trigger: Trigger, token: Token, lexicon: Lexicon) -> Trigger:
    """Fighters who left a named group changed sides (ACLED "Change to group/activity")."""
    left = dep_child(token, "dobj") if trigger.phrase == ("leave",) else None
    if left is None or not leaves_group(token, left):
        return trigger
    return _as_row(trigger, "defect|VERB", lexicon)


WALKING_VERBS = frozenset(("walk", "march", "drive", "ride", "converge", "trek"))


DEPARTING_VERBS = frozenset(("leave", "depart", "go", "return", "cross"))


def _kept_from_leaving(trigger: Trigger, token: Token, lexicon: Lexicon) -> Trigger:
    """"began refusing to let Lithuanian trucks leave the country": keeping others from leaving
    holds them (a restriction, ACLED "Other"), no answer to a proposal ("refused to let the
    tanker enter" still rejects)."""
    if trigger.plover != "REJECT" or token.pos_ != "VERB":
        return trigger
    let = next((c for c in children(token) if c.dep_ == "xcomp" and c.lemma_ in ("let", "allow")),
               None)
    gone = next((c for c in children(let) if c.dep_ in ("ccomp", "xcomp")), None) if let else None
    if gone is None or gone.lemma_ not in DEPARTING_VERBS:
        return trigger
    return _as_row(trigger, "ban|ANY", lexicon)


def _walked_to_demand(trigger: Trigger, token: Token, lexicon: Lexicon) -> Trigger:
    """"Several hundred workers walked in silence through the town centre to the prefect's
    office to demand bonuses": people who go somewhere together to demand something march
    (also when the parser hangs the purpose on the main clause: "opened fire on people who had
    marched through Migori, in Kenya, to demand justice")."""
    if trigger.plover != "REQUEST" or token.pos_ != "VERB" or token.dep_ not in ("advcl", "xcomp") \
            or dep_child(token, "aux") is None:
        return trigger
    walked = token.head.lemma_ in WALKING_VERBS or any(
        t.dep_ == "relcl" and t.lemma_ in WALKING_VERBS and t.i < token.i
        for t in token.head.subtree)
    return replace(_as_protest(trigger, lexicon), plover_mode="demo") if walked else trigger


def _peaceful_march(trigger: Trigger, token: Token, lexicon: Lexicon) -> Trigger:
    """"Several thousand people marched peacefully through the city", "took part in a peaceful
    march": a march told as peaceful is a protest, not troops on the move."""
    if trigger.plover != "PROTEST" or not any(
            c.dep_ in ("advmod", "amod") and c.lower_ in lexicon.modality["peaceful_adverbs"]
            for c in children(token)):
        return trigger
    return replace(trigger, strength=max(trigger.strength, PEACEFUL_STRENGTH))


PEACEFUL_STRENGTH = 0.8  # as strong as "protest" or "demonstration"


def _care_team(trigger: Trigger, token: Token, lexicon: Lexicon) -> Trigger:
    """"Plans to send a surgical team to the town's hospital": a medical team sent is aid."""
    team = dep_child(token, "dobj") if trigger.phrase == ("send", "team") else None
    if team is None or not any(c.dep_ in ("amod", "compound") and
                               c.lemma_ in lexicon.modality["care_words"] for c in children(team)):
        return trigger
    return _as_row(trigger, "send aid|VERB", lexicon)


def _official_dismissed(trigger: Trigger, token: Token, lexicon: Lexicon) -> Trigger:
    """"dismissed the head of the water company": removing an official gives in (CONCEDE);
    dismissing a claim or a demand rejects it."""
    if trigger.phrase != ("dismiss",) or token.pos_ != "VERB":
        return trigger
    removed = dep_child(token, "dobj", "nsubjpass")
    if removed is None or not names_people(removed, lexicon):
        return trigger
    return as_type(trigger, "CONCEDE", lexicon)


def _resigned_under_pressure(trigger: Trigger, token: Token, heads: dict[int, Trigger],
                             lexicon: Lexicon) -> Trigger:
    """A resignation in a report of protests or demands gives in to them (CONCEDE: "the prime
    minister said he would not resign"); told alone, an official stepping down retreats (PLOVER
    codes "resigned to allow elections" as RETREAT)."""
    if trigger.plover_mode != "resign":
        return trigger
    return as_type(trigger, "CONCEDE", lexicon) if pressed(token, heads) else trigger


def pressed(token: Token, heads: dict[int, Trigger]) -> bool:
    """The report tells a protest or a demand besides the trigger: what gives way gives in."""
    return any(t.plover in ("PROTEST", "REQUEST") for i, t in heads.items() if i != token.i)


PAUSING_VERBS = frozenset(("suspend", "halt", "freeze", "postpone"))


def pauses_contested_work(trigger: Trigger, lexicon: Lexicon) -> bool:
    """A row "suspend / halt ... @contested_works": halting a project, a tax rise or a licence."""
    return trigger.plover == "CONCEDE" and len(trigger.phrase) == 2 and \
        trigger.phrase[0] in PAUSING_VERBS and \
        trigger.phrase[1] in lexicon.modality["contested_works"]


def _paused_unpressed(trigger: Trigger, token: Token, heads: dict[int, Trigger],
                      lexicon: Lexicon) -> Trigger:
    """"suspended the licence of a sand-mining company" after villagers protested gives in
    (CONCEDE); with no protest or demand told, a suspension is a sanction, as "suspend" alone."""
    if not pauses_contested_work(trigger, lexicon) or pressed(token, heads) or \
            trigger.phrase[0] != "suspend":
        return trigger
    return lexicon.triggers["suspend|VERB"]


def _struck_with_weapon(trigger: Trigger, token: Token, lexicon: Lexicon) -> Trigger:
    """"an officer struck her on the head with a baton": a blow with a weapon is an assault
    whoever is named as striking, not a bare "struck" that may be a deal or a storm."""
    if trigger.plover_mode != "beat" or token.pos_ != "VERB":
        return trigger
    tool = prep_object(token, "with")
    if tool is None or tool.lemma_ not in lexicon.modality["blunt_weapons"]:
        return trigger
    return replace(trigger, strength=max(trigger.strength, ARMED_BLOW))


ARMED_BLOW = 0.8  # the strength of "beat"/"strike" done with a weapon


def _police_raid(trigger: Trigger, token: Token, doer: Token | None, lexicon: Lexicon) -> Trigger:
    """"Police raided two communities in search of the arsonists", "special police units raided a
    flat, arresting two brothers": a police raid is a search for suspects (ACLED: the arrests it
    makes), not an attack."""
    if trigger.phrase != ("raid",) or token.pos_ != "VERB" or doer is None:
        return trigger
    police = lexicon.modality["police_nouns"]
    if doer.lemma_ not in police and not any(
            c.lemma_ in police for c in children(doer) if c.dep_ in ("compound", "amod")):
        return trigger
    if _fought_raid(token):
        return trigger
    return replace(lexicon.triggers["arrest|ANY"], strength=trigger.strength)


RAID_FIGHTS = frozenset(("gunfire", "gunfight", "firefight", "shootout", "fighting", "clash",
                         "battle", "gunbattle"))


def _fought_raid(raid: Token) -> bool:
    """"killed when military police raided the favela complex, setting off hours of gunfire
    with members of the gang": a raid met with a fight, or one people were killed in, is no
    search for suspects."""
    return any(t.lemma_ in RAID_FIGHTS for t in raid.subtree) or \
        raid.dep_ == "advcl" and raid.head.lemma_ in ("kill", "die")


def _raid_for_weapons(trigger: Trigger, token: Token, heads: dict[int, Trigger]) -> Trigger:
    """"Troops raided a house ... and seized 40 grenades", "raided a camp, found it abandoned,
    seized two rifles": a raid that only finds weapons disrupts their use; no fight is told."""
    if trigger.phrase != ("raid",) or token.pos_ != "VERB":
        return trigger
    # "troops who raided a camp found it abandoned, seized ...": the raiders' own clause
    clause = token.head.head if token.dep_ == "relcl" and token.head.dep_ == "nsubj" else token
    acts = [heads[c.i] for c in clause.subtree if c.dep_ == "conj" and c.i in heads]
    seizure = next((a for a in acts if a.acled == "Disrupted weapons use"), None)
    if seizure is None or any(a.plover == "ASSAULT" for a in acts):
        return trigger
    return replace(seizure, strength=trigger.strength)


APPROVING = frozenset((("approve",), ("endorse",)))


def _approved_measure(trigger: Trigger, token: Token, heads: dict[int, Trigger]) -> Trigger:
    """"The Senate approved a further extension of the state of emergency": approving a coercive
    measure imposes it (no agreement between parties)."""
    if trigger.phrase not in APPROVING or token.pos_ != "VERB":
        return trigger
    approved = dep_child(token, "dobj")
    measure = next((heads[t.i] for t in approved.subtree if t.i in heads
                    and heads[t.i].plover in ("COERCE", "SANCTION")), None) \
        if approved is not None else None
    return trigger if measure is None else replace(measure, strength=trigger.strength)


def _occupation_protest(trigger: Trigger, doer: Token | None, lexicon: Lexicon) -> Trigger:
    """"Activists occupied the forest", "students occupied the rectorate": unarmed people
    occupying a place protest; fighters, or growers armed with machetes, take it."""
    if trigger.phrase != ("occupy",) or doer is None or not names_people(doer, lexicon) \
            or doer.lemma_ in lexicon.modality["party_nouns"] \
            or any(c.lemma_ == "arm" for c in children(doer)):
        return trigger
    return replace(lexicon.triggers["sit - in|NOUN"], strength=trigger.strength)


DISPOSING_VERBS = frozenset(("destroy", "clear"))


def _weapons_destroyed(trigger: Trigger, token: Token, doer: Token | None,
                       lexicon: Lexicon) -> Trigger:
    """"Troops blew up 14 home-made bombs", "sappers detonated the device in place": security
    forces destroying explosives they found disrupt their use; no attack. So does whatever is
    set off "in a controlled explosion", whoever the parse makes its doer."""
    destroying = trigger.plover == "ASSAULT" or trigger.acled == "Looting/property destruction"
    if not destroying or token.pos_ != "VERB":
        return trigger
    if _controlled(token) and verb_phrase(token) in lexicon.modality["destroying_verbs"]:
        return _as_sub(trigger, "Disrupted weapons use", lexicon)
    # (explosives destroyed or cleared, not set off, are disposed of whoever the doer: "ANAMA
    # deminers found and destroyed four mines", "MINUSCA found a second mine and destroyed it")
    if not disposes_of_explosives(token, doer, lexicon) and \
            verb_phrase(token) not in DISPOSING_VERBS:
        return trigger
    destroyed = dep_child(token, "dobj")
    explosives = lexicon.modality["explosive_nouns"]
    if destroyed is not None and destroyed.lower_ in ("it", "them"):
        # "found a second device and destroyed it", "found two devices under a bridge; army
        # engineers destroyed them": what its sentence found
        found = any(t.lemma_ in explosives for t in token.doc[sent_of(token).start:token.i])
        return _as_sub(trigger, "Disrupted weapons use", lexicon) if found else trigger
    # "blew up a section that still contained explosives": what holds them too
    if destroyed is None or not any(t.lemma_ in explosives for t in destroyed.subtree):
        return trigger
    return _as_sub(trigger, "Disrupted weapons use", lexicon)


def _bomber_stopped(trigger: Trigger, token: Token, lexicon: Lexicon) -> Trigger:
    """"Shot and wounded a third woman at the gate before she could set off her explosive belt":
    fire that stops a bomb going off disrupts the weapon's use."""
    if trigger.plover != "ASSAULT" or token.pos_ != "VERB":
        return trigger
    verbs = [token, *(c for c in children(token) if c.dep_ == "conj")]
    if any(prevented(c) and verb_phrase(c) in lexicon.modality["detonating_verbs"]
           for verb in verbs for c in children(verb) if c.dep_ == "advcl"):
        return _as_sub(trigger, "Disrupted weapons use", lexicon)
    return trigger


def _car_bomb_stopped(trigger: Trigger, token: Token, lexicon: Lexicon) -> Trigger:
    """"Guards opened fire on a second vehicle speeding towards the base, and it blew up about a
    hundred metres from the gate": shooting at a car that then blows up short of its target
    disrupts a car bomb (the blast is part of it, see `event_filters.blown_when_stopped`)."""
    if trigger.plover != "ASSAULT" or token.pos_ != "VERB" or not fires_on_vehicle(token, lexicon) \
            or not any(blows_up_shot_vehicle(t, lexicon) for t in sent_of(token)):
        return trigger
    return _as_sub(trigger, "Disrupted weapons use", lexicon)


def fires_on_vehicle(verb: Token, lexicon: Lexicon) -> bool:
    """"Opened fire on a second vehicle", "fired at the car"."""
    vehicles = lexicon.modality["bomb_vehicles"]
    return verb.lemma_ in ("open", "fire", "shoot") and any(
        t.lemma_ in vehicles for c in children(verb) if c.dep_ == "prep" and c.lower_ in ("on", "at")
        for o in children(c) if o.dep_ == "pobj" for t in (o, *children(o)) if t.dep_ != "det")


def blows_up_shot_vehicle(verb: Token, lexicon: Lexicon) -> bool:
    """"... and it blew up", "the car, which exploded": a pronoun for a vehicle that went off."""
    return verb.pos_ == "VERB" and verb_phrase(verb) in lexicon.modality["detonating_verbs"] and \
        any(c.dep_ == "nsubj" and c.lower_ in ("it", "which") for c in children(verb))


def prevented(verb: Token) -> bool:
    """"before she could set off her belt", "before they could reach the town": an act stopped."""
    return verb.dep_ == "advcl" and "before" in marks(verb) and any(
        c.dep_ == "aux" and c.lower_ in ("could", "can") for c in children(verb))


# strikes from afar (their munitions may carry gas; with no target named and no fighters hit,
# their target is civilians)
STRIKE_SUBS = frozenset(("Air/drone strike", "Shelling/artillery/missile attack"))
PLAIN_CLOUDS = frozenset(("smoke", "dust", "ash", "debris"))
GAS_WORKS = frozenset(("pipeline", "pipe", "station", "cylinder", "field", "plant", "tank",
                       "price", "supply", "line", "main", "well", "facility", "terminal"))


def _gas_released(trigger: Trigger, token: Token, lexicon: Lexicon) -> Trigger:
    """"A drone dropped canisters ... that released a yellowish gas", "dropped a barrel filled
    with chlorine": a strike whose munitions give off gas or hold a chemical agent is a chemical
    attack; tear gas only when dropped on fighters or their posts ("on the trenches"), as riot
    control agents used in war are (ACLED); so are "mortar rounds that released a gas"."""
    if trigger.plover != "ASSAULT" or trigger.acled not in STRIKE_SUBS:
        return trigger
    munition = token
    while munition.dep_ == "compound":  # "mortar rounds"
        munition = munition.head
    if token.pos_ == "VERB":
        act = token
    elif munition.dep_ == "nsubj" and munition.head.pos_ == "VERB":
        act = munition.head  # "mortar rounds released a greenish gas"
    elif any(c.dep_ in ("acl", "relcl") for c in children(munition)):
        act = munition  # "fired shells releasing 'chemical gas' into caves"
    else:
        return trigger
    cues = lexicon.modality
    # (not "a gas pipeline was damaged")
    told = {t.lemma_.lower() for t in act.subtree
            if not (t.dep_ == "compound" and t.head.lemma_ in GAS_WORKS)}
    at_war = bool(told & (cues["force_assets"] | cues["force_nouns"] | cues["armed_victims"]))
    # ("rockets released a yellowish cloud over an army position": a cloud not of smoke or dust)
    gassed = "gas" in told and ("tear" not in told or at_war) or \
        bool(told & cues["chemical_agents"]) or "cloud" in told and not told & PLAIN_CLOUDS
    return _as_sub(trigger, "Chemical weapon", lexicon) if gassed else trigger


def _wrecked_by_explosives(trigger: Trigger, token: Token, doer: Token | None,
                           lexicon: Lexicon) -> Trigger:
    """"Explosive charges wrecked three villas": damage done by a bomb is the bombing; a device
    "destroyed in a controlled blast" was disposed of (the parser may make the device the
    subject: "found a device buried ... and destroyed it")."""
    if trigger.acled != "Looting/property destruction" or doer is None or \
            doer.lemma_ not in lexicon.modality["explosive_nouns"]:
        return trigger
    if _controlled(token):
        return _as_sub(trigger, "Disrupted weapons use", lexicon)
    return _as_sub(trigger, "Remote explosive/landmine/IED", lexicon)


def _controlled(verb: Token) -> bool:
    """"(destroyed) in a controlled blast": disposed of, not used."""
    means = prep_object(verb, "in")
    return means is not None and any(c.lower_ == "controlled" for c in children(means))


def disposes_of_explosives(verb: Token, doer: Token | None, lexicon: Lexicon) -> bool:
    """Security forces blowing up or detonating what they found ("army engineers detonated the
    bomb in place"), not bombers setting one off."""
    cues = lexicon.modality
    return doer is not None and doer.lemma_ in cues["bomb_disposal_doers"] and \
        verb_phrase(verb) in cues["destroying_verbs"]


PEOPLE_TAKING = {"seize", "capture", "take", "recapture", "storm", "pick"}


def _person_captured(trigger: Trigger, token: Token, lexicon: Lexicon) -> Trigger:
    """"the capture of a local gang leader", "seized two commanders": taking people, not ground,
    is an arrest (by whomever; non-state captors are sorted out with the roles)."""
    if trigger.acled != "@territory" or trigger.phrase[0] not in PEOPLE_TAKING:
        return trigger  # "driving out al-Shabaab fighters" ousts them from the ground
    taken = dep_child(token, "dobj", "nsubjpass") if token.pos_ in ("VERB", "AUX") else \
        prep_object(token, "of")
    if taken is not None and taken.lower_ in RELATIVES and token.dep_ == "relcl":
        taken = token.head  # "a teacher, who had been seized from his home"
    # not by the NER's PERSON: it tags towns ("overran Tal Afar") as persons too often
    if taken is None or not names_people(taken, lexicon):
        return trigger
    return lexicon.triggers.get("arrest|ANY", trigger)


SEIZING = {("seize",), ("capture",), ("confiscate",)}
AMOUNT_NOUNS = {"tonne", "ton", "kilogram", "kilo", "bag", "sack", "box", "load", "haul", "crate"}


def _goods_seized(trigger: Trigger, token: Token, lexicon: Lexicon) -> Trigger:
    """"seized two trucks", "their placards were seized", "seized 40 tonnes of cocaine": things
    taken are no ground and no weapons used; taking them is looting (a state force's
    confiscation is dropped with the roles, see `events._confiscates`)."""
    if trigger.phrase not in SEIZING or token.pos_ != "VERB":
        return trigger
    taken = dep_child(token, "dobj", "nsubjpass")
    if taken is not None and taken.lemma_ in AMOUNT_NOUNS:
        taken = prep_object(taken, "of")
    if taken is None or taken.lemma_ not in lexicon.modality["seized_goods"]:
        return trigger
    looting = lexicon.triggers["loot|VERB"]
    return replace(looting, phrase=trigger.phrase, strength=trigger.strength)


def _marched_away(trigger: Trigger, token: Token, lexicon: Lexicon) -> Trigger:
    """"two miners were marched off into the forest", "marched the hostages away": people made
    to march are taken, not marching in protest."""
    if trigger.phrase != ("march",) or token.pos_ != "VERB":
        return trigger
    marched = dep_child(token, "dobj") or (
        dep_child(token, "nsubjpass") if dep_child(token, "auxpass") is not None else None)
    if marched is not None and marched.lemma_ in ROUGH_COUNTS:  # "marched dozens of worshippers"
        marched = prep_object(marched, "of")
    if marched is None or not names_people_or_them(marched, lexicon):
        return trigger
    return lexicon.triggers.get("abduct|VERB", trigger)


ROUGH_COUNTS = frozenset(("dozen", "dozens", "score", "scores", "hundred", "hundreds",
                          "thousand", "thousands"))


SHARE_WORDS = frozenset(("one", "some", "both", "all", "most", "part", "group"))


def _whole_of(noun: Token | None) -> Token | None:
    """"one of them", "a group of militants": what a share is of ("them" the last plural noun
    before: "beat them and set one of them alight" men, "stoned police vehicles and set one of
    them on fire" vehicles)."""
    if noun is None or noun.lower_ not in SHARE_WORDS:
        return noun
    whole = prep_object(noun, "of") or noun
    if whole.lower_ == "them":
        whole = next((t for t in reversed(list(noun.doc[noun.sent.start:noun.i]))
                      if t.pos_ == "NOUN" and t.tag_ == "NNS"), whole)
    return whole


def _person_burned(trigger: Trigger, token: Token, lexicon: Lexicon) -> Trigger:
    """"burned him to death", "burned two men alive", "stoned a rider to death": burning or
    stoning people is killing them, not destroying property or rioting."""
    stoning = trigger.phrase in (("stone",), ("pelt",))
    if token.pos_ != "VERB" or trigger.acled != "Looting/property destruction" and not stoning:
        return trigger
    burned = _whole_of(dep_child(token, "dobj", "nsubjpass"))  # "set one of them alight"
    to_death = _to_death(token)
    alive = any(c.lower_ == "alive" for c in children(token))
    # stones thrown at soldiers are a riot; fire set to a man kills
    person = not stoning and burned is not None and burned.lemma_ not in MEASURE_NOUNS and \
        is_person(burned, lexicon)  # "drove off 300 head of cattle" takes no one's life
    if not (to_death or alive or person):
        return trigger
    return replace(lexicon.triggers.get("kill|VERB", trigger), strength=trigger.strength)


CIVIL_CLOSURES = {("close", "road"), ("close", "highway"), ("close", "market"), ("shut", "market")}


def _civil_blockade(trigger: Trigger, token: Token, doer: Token | None,
                    lexicon: Lexicon) -> Trigger:
    """"a blockade set up by coca growers", "residents' blockade", "the federation, which
    organised the blockade": civilians blocking a road, or a blockade staged, protest; so does
    a road blockade, or one police cleared ("cleared a blockade of the highway", "removed the
    workers from the highway, ending a blockade"); a blockade by forces restricts."""
    cues = lexicon.modality
    if trigger.phrase == ("end", "blockade") and doer is not None and (
            doer.lemma_ in cues["police_nouns"] or doer.lemma_ in cues["force_nouns"]):
        return _as_protest(trigger, lexicon)  # police "ending a blockade" cleared the protest
    if trigger.phrase == ("roadblock",):  # "would resume the roadblocks": a road is blocked
        setter = doer or (subject_of(token.head) if token.dep_ == "dobj" else None)
        civil = _civil_doer(setter, lexicon)  # as sure a protest as a civil blockade
        return replace(_as_protest(trigger, lexicon), strength=0.7) if civil else trigger
    if trigger.phrase in CIVIL_CLOSURES:
        # "the Fezzan Youth Movement said it could close the roads to the oil fields", "traders
        # said they could shut the district's markets"
        return _as_protest(trigger, lexicon) if _civil_doer(doer, lexicon) else trigger
    if trigger.phrase != ("blockade",):
        return trigger
    staged = token.dep_ == "dobj" and token.head.lemma_ in cues["staging_verbs"]
    cleared = token.dep_ in ("dobj", "nsubjpass") and \
        verb_phrase(token.head) in cues["clearing_verbs"]
    road = prep_object(token, "of", "on") or next(
        (c for c in children(token) if c.dep_ == "compound"), None)
    on_road = road is not None and road.lemma_ in cues["road_nouns"]
    if not (staged or cleared or on_road or _civil_doer(doer, lexicon)):
        return trigger
    return _as_protest(trigger, lexicon)


def _civil_doer(doer: Token | None, lexicon: Lexicon) -> bool:
    """Civilians, a crowd, workers, or a civil body's members or leaders ("the association
    said its members would blockade the harbour", "the federation's leaders ... said they would
    ..."): "its" and "they" stand for who says so (`speaker_for_pronoun` finds no speaker whose
    verb is a conjunct)."""
    cues = lexicon.modality
    doer = _speaker_for(doer, lexicon)
    if doer is not None and doer.lemma_ in ("member", "leader"):
        doer = _speaker_for(dep_child(doer, "poss") or prep_object(doer, "of"), lexicon)
    # ("the Bajo Cauca Miners' Association": a name's last word, capitalised; "the Fezzan
    # Youth Movement": a body named for civilians)
    named_for = [c for c in children(doer) if c.dep_ == "compound"] if doer is not None else []
    return doer is not None and any(
        word.lemma_.lower() in cues[kind] for word in (doer, *named_for) for kind in (
            "civilian_words", "crowd_nouns", "labour_cues", "civil_bodies"))


def _speaker_for(word: Token | None, lexicon: Lexicon) -> Token | None:
    """A pronoun in reported speech stands for the speaker ("the union said its members ...")."""
    if word is None or word.pos_ != "PRON":
        return word
    speech = next((g for g in word.ancestors if g.lemma_ in lexicon.modality["speech_verbs"]),
                  None)
    speaker = subject_of(speech) if speech is not None else None
    if speaker is not None and speaker.tag_ in ("WDT", "WP"):
        speaker = _antecedent_noun(speaker)  # "the Federation of ..., which said it could ..."
    return speaker if speaker is not None else word


def _antecedent_noun(relative: Token) -> Token:
    """The noun a relative pronoun stands for: the one the clause hangs on, or, when the parser
    hung it on a verb, the phrase just before the comma ("leaders of the Federation of Coca
    Producers, which said ...")."""
    noun = relative.head.head
    if noun.pos_ in ("NOUN", "PROPN"):
        return noun
    before = next((t for t in reversed(relative.doc[sent_of(relative).start:relative.i])
                   if t.pos_ in ("NOUN", "PROPN")), None)
    if before is None:
        return noun
    while True:  # up to the whole name ("Coca Producers" of "the Federation of ...")
        if before.dep_ == "compound":
            before = before.head
        elif before.dep_ == "pobj" and before.head.lower_ == "of" and \
                before.head.head.pos_ == "PROPN":
            before = before.head.head
        else:
            return before


def _as_protest(trigger: Trigger, lexicon: Lexicon) -> Trigger:
    """A blockade read as a protest, its sub-type read from how it went."""
    return replace(trigger, plover="PROTEST", plover_mode="obstruct", acled="@protest",
                   cameo_root=lexicon.plover_cameo.get("PROTEST"))


def _projectiles_fired(trigger: Trigger, token: Token, lexicon: Lexicon) -> Trigger:
    """"Rebels fired shells at the town": fire whose object is shells, rockets or mortars is
    shelling (the phrase "fire at" spans the object, so the weapon's own trigger is lost)."""
    if trigger.phrase[0] != "fire" or token.pos_ != "VERB":
        return trigger
    fired = dep_child(token, "dobj")
    weapon = fired is not None and lexicon.triggers.get(f"{fired.lemma_}|NOUN")
    if not weapon or weapon.acled != "Shelling/artillery/missile attack":
        return trigger
    return replace(weapon, phrase=trigger.phrase, strength=max(trigger.strength, weapon.strength))


def _from_the_air(trigger: Trigger, doer: Token | None, lexicon: Lexicon) -> Trigger:
    """"a government helicopter fired rockets into the market": rockets or missiles fired by
    an aircraft are an air strike, not shelling."""
    if trigger.acled != "Shelling/artillery/missile attack" or doer is None \
            or doer.lemma_ not in lexicon.modality["aircraft_nouns"]:
        return trigger
    return _as_sub(trigger, "Air/drone strike", lexicon)


STRIKING_STATES = frozenset(("army", "military", "coalition", "force"))


def _state_strike(trigger: Trigger, token: Token, doer: Token | None, lexicon: Lexicon) -> Trigger:
    """"Iran would strike every camp in northern Iraq", "the coalition struck Houthi positions":
    a state or its army striking, with no weapon in hand, strikes from the air."""
    if trigger.phrase != ("strike",) or token.pos_ != "VERB" or \
            prep_object(token, "with") is not None or not striking_state(doer, lexicon):
        return trigger
    return replace(_as_sub(trigger, "Air/drone strike", lexicon), plover_mode="aerial")


def striking_state(doer: Token | None, lexicon: Lexicon) -> bool:
    """A country, an army or a coalition (not its police), or an aircraft."""
    return doer is not None and (doer.ent_type_ == "GPE" or doer.lemma_ in STRIKING_STATES or
                                 doer.lemma_ in lexicon.modality["aircraft_nouns"]) and not any(
        c.lemma_ in lexicon.modality["police_nouns"] for c in children(doer))


def _person_hacked(trigger: Trigger, token: Token, lexicon: Lexicon) -> Trigger:
    """"hacked and burned them to death", "hacked a farmer with machetes": hacking people is
    killing them with blades, not breaking into computers."""
    if trigger.phrase != ("hack",) or token.pos_ != "VERB":
        return trigger
    hacked = dep_child(token, "dobj", "nsubjpass") or next(
        (dep_child(c, "dobj") for c in children(token) if c.dep_ == "conj"
         and dep_child(c, "dobj") is not None), None)
    if not (_to_death(token) or hacked is not None and is_person(hacked, lexicon)):
        return trigger
    return replace(lexicon.triggers["hack to death|VERB"], strength=trigger.strength)


def _stoned_each_other(trigger: Trigger, token: Token, lexicon: Lexicon) -> Trigger:
    """"Groups on both sides hurled stones and bricks at each other": two crowds fighting each
    other is mob violence (ACLED), not a riot against the state."""
    if trigger.acled != "Violent demonstration" or token.pos_ != "VERB":
        return trigger
    aimed = prep_object(token, "at")
    if aimed is None or aimed.lower_ not in ("other", "another") or not any(
            c.lower_ in ("each", "one") for c in children(aimed)):
        return trigger
    return _as_sub(trigger, "Mob violence", lexicon)


def _armed_march(trigger: Trigger, token: Token, doer: Token | None,
                 lexicon: Lexicon) -> Trigger:
    """"troops marched into the town": fighters or forces on the march move, they do not
    protest; fighters who would march "on" a town mean to take it ("would march on Debre Birhan",
    "no plans to march on Uvira"; one told as done only moved on it)."""
    if trigger.phrase != ("march",) or token.pos_ != "VERB":
        return trigger
    cues = lexicon.modality
    if doer is None and token.dep_ == "acl" and token.head.dep_ == "dobj":
        doer = subject_of(token.head.head)  # "the rebels had no plans to march on Uvira"
    if doer is None or doer.lemma_ not in cues["armed_victims"] and \
            doer.lemma_ not in cues["force_nouns"]:
        return trigger
    aim = prep_object(token, "on")
    if token.tag_ == "VB" and aim is not None and aim.pos_ == "PROPN" and \
            aim.ent_type_ not in ("DATE", "TIME"):
        return _as_row(trigger, "take town|VERB", lexicon)
    return _as_row(trigger, "send troops|VERB", lexicon)


def _to_death(verb: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "to" and dep_child(c, "pobj") is not None
               and dep_child(c, "pobj").lemma_ == "death" for c in children(verb))


def kills_civilians(verb: Token, lexicon: Lexicon) -> bool:
    """"shelled the town centre, killing a 67-year-old woman", "struck a camp, killing four
    children": the strike's toll names civilians, so they are its target."""
    civilian = lexicon.modality["civilian_words"]
    return any(victim.lemma_ in civilian or victim.lower_ in civilian
               or victim.lemma_ in PRIVATE_PERSONS
               for victim in casualty_victims(verb, lexicon, "dobj"))


def strikes_armed(token: Token, lexicon: Lexicon) -> bool:
    """"An air strike hit a base, killing five fighters": what the strike hits or kills is armed
    (fighters, forces, their posts), so its unnamed target is no civilians."""
    cues = lexicon.modality
    armed = {*cues["armed_victims"], *cues["force_nouns"], *cues["force_assets"]}
    verb = token.head if token.dep_ in ("nsubj", "nsubjpass") else token
    hit = [dep_child(verb, "dobj"), prep_object(verb, "on", "at"),
           *casualty_victims(verb, lexicon)]
    return any(h is not None and h.lemma_ in armed for h in hit)


def casualty_victims(verb: Token, lexicon: Lexicon, *deps: str):
    """Whom a participle or conjoined clause of the verb kills or wounds ("struck a car,
    killing two members of HTS"): its object (`deps`, by default also its passive subject)."""
    for clause in children(verb):
        if clause.dep_ in ("advcl", "conj", "xcomp") and \
                clause.lemma_ in lexicon.modality["casualty_verbs"]:
            victim = dep_child(clause, *(deps or ("dobj", "nsubjpass")))
            if victim is not None:
                yield victim


PRIVATE_PERSONS = {"man", "woman", "boy", "girl", "child", "person", "family", "baby",
                   "companion", "friend", "brother", "sister", "son", "daughter", "wife",
                   "husband", "father", "mother", "relative", "neighbour", "neighbor"}
THING_PRONOUNS = {"it", "this", "that", "which", "what"}  # "stormed the building and set it alight"


def is_person(noun: Token, lexicon: Lexicon) -> bool:
    return noun.pos_ == "PRON" and noun.lower_ not in THING_PRONOUNS \
        or noun.ent_type_ == "PERSON" or names_people(noun, lexicon) \
        or noun.lemma_ in PRIVATE_PERSONS


def _measure_withdrawn(trigger: Trigger, token: Token, lexicon: Lexicon) -> Trigger:
    """"withdrew two contested articles", "the bill was withdrawn": taking back a measure is a
    concession, not a retreat from ground."""
    if trigger.plover != "RETREAT" or token.pos_ != "VERB":
        return trigger
    taken = dep_child(token, "dobj", "nsubjpass")
    if taken is None or taken.lemma_ not in lexicon.modality["measure_nouns"]:
        return trigger  # "withdrew its troops", "will withdraw heavy weapons from the centre"
    return as_type(trigger, "CONCEDE", lexicon)


def _demand_met(trigger: Trigger, token: Token, doer: Token | None, heads: dict[int, Trigger],
                lexicon: Lexicon) -> Trigger:
    """"The strike ended after the company agreed to raise wages": one party agreeing to do
    something while a protest or strike told beside it presses it gives in (CONCEDE); two sides
    agreeing, or one agreeing with another ("agreed with Kigali to ..."), make an agreement;
    agreeing to meet is an agreement to talks, not giving in. One party agreeing to pay, raise
    or cut what another wants gives in, protest told or not; protesters named beside it press
    too ("agreed to have the results reviewed, and the protesters said ...")."""
    act = dep_child(token, "xcomp")
    if trigger.phrase != ("agree",) or token.pos_ != "VERB" or act is None or \
            act.i in heads and heads[act.i].plover == "CONSULT":
        return trigger
    if doer is None or _several_parties(doer) or prep_object(token, "with") is not None:
        return trigger
    # ("agreed to set aside 400 jobs": "aside" read as an adverb)
    phrases = {act.lemma_} | {f"{act.lemma_} {c.lower_}" for c in children(act)
                              if c.dep_ in ("prt", "advmod")}
    if phrases & lexicon.modality["giving_verbs"]:
        return as_type(trigger, "CONCEDE", lexicon)  # "the owners agreed to pay the arrears"
    # the protest is told outside what was agreed ("agreed to postpone the demonstration" is
    # the marchers' own decision)
    own = {t.i for t in act.subtree}
    crowds = lexicon.modality["crowd_nouns"]
    if not any(t.i in heads and _labour_strike(heads[t.i], t, lexicon).plover == "PROTEST"
               or t.lemma_ in crowds for t in sent_of(token) if t.i not in own):
        return trigger
    return as_type(trigger, "CONCEDE", lexicon)


OFFERING_VERBS = frozenset(("promise", "approve", "pledge"))
PACT_NOUNS = frozenset(("deal", "agreement", "accord", "pact", "ceasefire", "truce", "treaty"))


def _offer_under_pressure(trigger: Trigger, token: Token, doer: Token | None,
                          heads: dict[int, Trigger], lexicon: Lexicon) -> Trigger:
    """"A week-long blockade ... ended after the regional governor promised a public hearing",
    "the government had approved a plan to create 10,000 jobs" beside a strike called: one party
    offering something while a protest its paragraph tells presses it gives in (CONCEDE); a pact
    approved, or a promise made to another party, is none."""
    if trigger.plover != "AGREE" or trigger.phrase[0] not in OFFERING_VERBS or \
            token.pos_ != "VERB" or doer is None or _several_parties(doer):
        return trigger
    offered = dep_child(token, "dobj")
    if offered is None or offered.lemma_ in PACT_NOUNS or prep_object(token, "with", "to"):
        return trigger
    paragraph = _paragraph_of(token)
    own = {t.i for t in token.subtree}
    pressed = any(t.i in heads and t.i not in own and (
        heads[t.i].phrase == ("blockade",)  # typed a protest only once its doer is known
        or _labour_strike(heads[t.i], t, lexicon).plover == "PROTEST") for t in paragraph)
    return as_type(trigger, "CONCEDE", lexicon) if pressed else trigger


def _paragraph_of(token: Token) -> SpacySpan:
    start, end = paragraph_bounds(doc_text(token.doc), token.idx)
    return token.doc.char_span(start, end, alignment_mode="expand")


def _several_parties(doer: Token) -> bool:
    """"Both sides agreed", "the two countries agreed", "Armenia and Azerbaijan agreed"."""
    return doer.lower_ in ("they", "we", "both", "all") or any(
        c.dep_ == "conj" for c in children(doer)) or any(
        c.dep_ in ("nummod", "det", "predet") and c.lower_ in ("both", "two", "all")
        or c.like_num for c in children(doer)) or doer.lemma_ in ("side", "party")


def _border_closed(trigger: Trigger, token: Token, lexicon: Lexicon) -> Trigger:
    """"All land crossings along the border were closed by Thailand", "the border crossing
    between the two countries was closed": closing a border crossing to a neighbour is a
    sanction, as closing the border is; closing a crossing at home restricts movement."""
    if trigger.phrase != ("close", "crossing"):
        return trigger
    crossing = dep_child(token, "dobj", "nsubjpass")
    if crossing is None or not any(t.lemma_ in ("border", "frontier") for t in crossing.subtree):
        return trigger
    return lexicon.triggers.get("close border|VERB", trigger)


def _verbal_protest(trigger: Trigger, token: Token, doer: Token | None,
                    lexicon: Lexicon) -> Trigger:
    """"The authorities are failing refugees, a rights group protested": protesting a statement
    is a complaint (ACCUSE), not a demonstration; so is a state's protest ("Haiti protested",
    "the foreign ministry protested to Beijing", "rejected Bhutan's protest"), a diplomatic one.
    Only the word "protest": burning tyres is no complaint, whatever subject a misparse gives it
    ("In Bunia, the provincial capital, hundreds of young people ... burned tyres")."""
    if trigger.plover != "PROTEST" or token.pos_ not in ("VERB", "NOUN") or \
            token.lemma_ != "protest":
        return trigger
    if token.pos_ == "NOUN":  # "rejected Bhutan's protest", "the ministry's protest"
        doer = dep_child(token, "poss")
    state = doer is not None and (doer.ent_type_ == "GPE" or doer.lemma_ in
                                  lexicon.modality["state_speakers"])
    if not state and (token.pos_ == "NOUN" or dep_child(token, "ccomp") is None
                      or kept_as(token)):  # "kept their shops closed": no words protested
        return trigger
    return as_type(trigger, "ACCUSE", lexicon)


STRIKE_SPANS = frozenset(("day", "hour", "week", "indefinite"))


def _labour_strike(trigger: Trigger, token: Token, lexicon: Lexicon) -> Trigger:
    """A bare "strike" among workers, unions or pay, one that lasts hours or days ("a half-day
    strike", "a 48-hour strike"), or one lifted or called off ("would lift its strike"), is a
    walk-out, not an air strike."""
    if trigger.phrase != ("strike",) or token.pos_ in ("VERB", "AUX") or \
            token.dep_ == "dobj" and token.head.lemma_ in ("survive", "escape"):
        return trigger  # ("a teacher who survived the strike": no walk-out is survived)
    sentence = span_text(sent_of(token)).lower()
    lasts = any(c.dep_ in ("compound", "amod") and c.lemma_ in STRIKE_SPANS for c in children(token))
    cues = lexicon.modality
    ended = token.dep_ in ("dobj", "nsubjpass") and (
        token.head.lemma_ in cues["reversal_verbs"]
        or verb_phrase(token.head) in cues["cancelling_verbs"])
    # "plans to hold a strike next week", "called a strike": a strike held or called is a
    # walk-out (air strikes are carried out, launched, "called in")
    held = token.dep_ == "dobj" and verb_phrase(token.head) in STRIKES_HELD
    if lasts or ended or held or any(cue in sentence for cue in cues["labour_cues"]):
        return lexicon.triggers.get("labour strike|NOUN", trigger)
    return trigger


STRIKES_HELD = frozenset(("hold", "stage", "observe", "call", "declare", "join"))


WARNING_STRENGTH = 0.9


def _warned_of_force(trigger: Trigger, token: Token, heads: dict[int, Trigger]) -> Trigger:
    """"warned that it could take the crossing back", "warned of more bombs": a warning whose
    content is force or pressure is surely a threat; one of rain or price rises is not."""
    if trigger.phrase != ("warn",) or trigger.strength >= WARNING_STRENGTH:
        return trigger
    content = [t for c in children(token) if c.dep_ in ("ccomp", "xcomp", "prep")
               for t in c.subtree if t.i in heads]
    if not any(heads[t.i].plover in COERCIVE_TYPES for t in content):
        return trigger
    return replace(trigger, strength=WARNING_STRENGTH)


def _readiness(trigger: Trigger, token: Token, heads: dict[int, Trigger],
               lexicon: Lexicon) -> Trigger:
    """Being "ready", "willing" or "prepared" to do something, or pledging, promising or vowing
    it, is an offer (AGREE), unless what is offered is force or pressure ("prepared to impose
    martial law": a THREAT), what another party will undergo ("vowed that the group would pay":
    a THREAT), force against another ("vowed to hunt down every member": a THREAT) or a
    refusal ("vowed not to return the land": REJECT)."""
    if trigger.plover != "AGREE" or not (
            trigger.pos == "ADJ" or token.lemma_ in lexicon.modality["commitment_verbs"]):
        return trigger
    act = dep_child(token, "xcomp")
    if act is not None and any(c.dep_ == "neg" for c in children(act)):
        return as_type(trigger, "REJECT", lexicon)
    told = dep_child(token, "ccomp") if token.lemma_ != "offer" else None
    other = dep_child(told, "nsubj", "nsubjpass") if told is not None else None
    if other is not None and (other.pos_ in ("NOUN", "PROPN") or other.lower_ == "those") and any(
            c.dep_ == "aux" and c.lower_ in ("will", "would") for c in children(told)):
        # "vowed that the group would pay a heavy price": what another party will suffer
        return as_type(trigger, "THREATEN", lexicon)
    acts = [act] + [c for c in children(act) if c.dep_ == "dobj"] if act is not None else []
    if act is not None and (act.lemma_ in lexicon.modality["reversal_verbs"]
                            or act.lemma_ in lexicon.modality["halting_verbs"]):
        return trigger  # "prepared to lift the ban", "promised to stop attacks on farmers"
        # offer to end the pressure
    vowed = dep_child(token, "dobj")
    if act is not None and verb_phrase(act) in lexicon.modality["vowed_force_verbs"] or \
            vowed is not None and vowed.lemma_ in VENGEANCE:
        return as_type(trigger, "THREATEN", lexicon)  # "vowed to hunt down", "vowed revenge"
    if not any(a.i in heads and heads[a.i].plover in COERCIVE_TYPES for a in acts):
        return trigger  # "ready to talk"; not "prepared to impose (a curfew)"
    return as_type(trigger, "THREATEN", lexicon)


VENGEANCE = frozenset(("revenge", "retaliation", "vengeance", "retribution"))
DEMONSTRATORS = frozenset(("protester", "demonstrator", "marcher"))  # violent, they riot


def _crowd_riot(trigger: Trigger, token: Token, doer: Token | None, lexicon: Lexicon) -> Trigger:
    """Protesters or a mob torching or looting is a riot (ACLED "Violent demonstration"), not
    property destruction by an armed group; a mob attacking people is mob violence; a crowd
    storming a building riots; a crowd seizing people takes them for mob violence; residents
    fighting the police riot."""
    grouped = doer is not None and doer.lemma_ in ("group", "band")
    counted = doer is not None and doer.lemma_ in ("hundred", "thousand", "dozen")
    if doer is not None and (doer.like_num or grouped or counted):
        doer = prep_object(doer, "of") or doer  # "hundreds of angry protesters", "a group of"
    cues = lexicon.modality
    fighters = doer is not None and (_armed(doer) or doer.lemma_ in cues["armed_victims"]
                                     or doer.lemma_ in cues["force_nouns"])
    if trigger.phrase == ("rampage",) and fighters:
        return _as_sub(trigger, "Attack", lexicon)  # "gunmen rampaged through the village"
    if trigger.acled == "Looting/property destruction" and not fighters and \
            token.dep_ == "advcl" and token.tag_ == "VBG" and token.head.lemma_ == "rampage":
        return _as_sub(trigger, "Mob violence", lexicon)  # "rampaged ..., burning dozens of homes"
    crowd = doer is not None and (doer.lemma_ in cues["crowd_nouns"] or _townsfolk_at_the_state(
        token, doer, counted, lexicon) or (
        doer.lemma_ in cues["gathered_groups"] and doer.tag_ == "NNS") or any(
        (c.dep_ == "acl" and c.lemma_ in cues["protesting_verbs"]
         or (c.dep_ == "acl" and c.lemma_ in ANGERED or c.dep_ == "amod" and c.lemma_ in ANGRY)
         and (doer.lemma_ in cues["civilian_words"] or doer.lemma_ in ("man", "youth")))
        for c in children(doer))  # "hundreds of students protesting over ...", "young men
        # angered by days of power cuts", "young men angry at the failure of the authorities"
        # (not "hackers angered by the cartoons")
        or grouped and (doer.lemma_ in cues["civilian_words"]  # "groups of young men looted"
                        or doer.lemma_ in cues["captive_nouns"]))
    # "suspected ZANU-PF youths armed with stones attacked a CCC meeting": a party's youth
    # wing is its militia, no crowd (a party's protesters still protest); nor are armed men
    partisan = doer is not None and doer.lemma_ == "youth" and any(
        c.dep_ in ("compound", "poss", "nmod") and (c.ent_type_ == "ORG" or c.text.isupper())
        for c in children(doer)) or _armed(doer)
    crowd = crowd and not partisan
    mob = doer is not None and doer.lemma_ in cues["mob_nouns"] and not partisan
    if trigger.acled == "Arrests" and (mob or crowd) and dep_child(token, "dobj") is not None:
        return _as_sub(trigger, "Mob violence", lexicon)  # "a crowd seized two young men"
    if trigger.phrase[0] in cues["fighting_verbs"] and doer is not None and (
            mob or crowd or doer.lemma_ in cues["civilian_words"]) and _fights_police(token, cues):
        return _as_sub(trigger, "Violent demonstration", lexicon)  # "islanders fought police"
    if trigger.plover == "ASSAULT" and (mob or crowd):
        target = _whole_of(dep_child(token, "dobj")) if token.pos_ == "VERB" else None
        # (a village attacked is its people: "a crowd of settlers attacked a Tripura village")
        if target is not None and not is_person(target, lexicon) and not _to_death(token) \
                and target.lemma_ not in SETTLEMENTS:
            return _as_sub(trigger, "Violent demonstration", lexicon)  # "stormed the building"
        if mob:
            return _as_sub(trigger, "Mob violence", lexicon)  # "a crowd beat two men to death"
        if doer.lemma_ in DEMONSTRATORS:  # "protesters ... attacked lawmakers in the chamber"
            return _as_sub(trigger, "Violent demonstration", lexicon)
    if trigger.acled != "Looting/property destruction" or not crowd:
        return trigger
    if _beside_mob_attack(token, lexicon):
        return _as_sub(trigger, "Mob violence", lexicon)
    return _as_sub(trigger, "Violent demonstration", lexicon)


SETTLEMENTS = frozenset(("village", "hamlet", "settlement", "neighbourhood", "neighborhood"))
ANGERED = frozenset(("anger", "enrage", "incense", "outrage", "infuriate", "frustrate"))
ANGRY = frozenset(("angry", "furious", "irate", "incensed", "enraged", "outraged"))


def _armed(doer: Token | None) -> bool:
    """"Armed youths from the Murle community raided cattle camps": men told as armed are
    fighters, no crowd."""
    # ("Armed Lou Nuer youths" opening a sentence: "Armed" read as part of a name)
    return doer is not None and any(c.lower_ in ("armed", "heavily-armed") and c.i < doer.i
                                    for c in doer.subtree)


def _townsfolk_at_the_state(verb: Token, doer: Token, counted: bool, lexicon: Lexicon) -> bool:
    """"Hundreds of residents of Caranavi set fire to the police station", "hundreds of growers
    set fire to the office of the eradication agency": hundreds of townspeople turning on a post
    of the state riot (but "villagers burned the houses of two men" attack those men)."""
    if not counted or doer.lemma_ not in lexicon.modality["civilian_words"]:
        return False
    hit = dep_child(verb, "dobj") if verb.pos_ == "VERB" else None
    hit = prep_object(verb, "to") if hit is not None and hit.lemma_ == "fire" else hit
    return hit is not None and (
        hit.lemma_ in lexicon.modality["force_assets"] or _state_office(hit))


STATE_OFFICE_OWNERS = frozenset(("government", "ministry", "agency", "prefecture", "authority",
                                 "municipality", "council", "governor", "mayor", "administration"))


def _state_office(hit: Token) -> bool:
    """"the local office of the government's eradication agency", "the governor's offices"."""
    return hit.lemma_ in ("office", "headquarters", "building") and any(
        t.lemma_ in STATE_OFFICE_OWNERS for t in hit.subtree if t.i != hit.i)


def _beside_mob_attack(verb: Token, lexicon: Lexicon) -> bool:
    """"a crowd beat three farm workers and set fire to the shacks where they lived": the arson
    is part of the attack on them, not a riot."""
    cues = lexicon.modality
    hurting = cues["harming_verbs"] | cues["casualty_verbs"] | cues["pursuing_verbs"]
    siblings = [c for c in children(verb) if c.dep_ == "conj"] + (
        [verb.head] if verb.dep_ == "conj" else [])
    return any(s.lemma_ in hurting and (dep_child(s, "dobj") is not None
                                        and is_person(dep_child(s, "dobj"), lexicon))
               for s in siblings)


def _fights_police(verb: Token, cues) -> bool:
    """"fought running battles with riot police", "clashed with gendarmes"."""
    return any(t.dep_ == "pobj" and t.head.lower_ in ("with", "against")
               and t.lemma_ in cues["police_nouns"] for t in verb.subtree)


def _as_row(trigger: Trigger, key: str, lexicon: Lexicon) -> Trigger:
    """The trigger typed as another row of the lexicon, keeping its own words and strength."""
    return replace(lexicon.triggers[key], phrase=trigger.phrase, strength=trigger.strength)


def _as_sub(trigger: Trigger, sub: str, lexicon: Lexicon) -> Trigger:
    row = lexicon.crosswalk[sub]
    return replace(trigger, plover=row.plover, acled=sub, cameo_root=row.cameo_root)


def as_type(trigger: Trigger, plover: str, lexicon: Lexicon) -> Trigger:
    """The trigger re-typed as another PLOVER type with no mode or ACLED sub-type of its own."""
    return replace(trigger, plover=plover, plover_mode=None, acled=None,
                   cameo_root=lexicon.plover_cameo.get(plover))


# A commitment to a hostile act is a threat; to anything else, a promise.
THREAT_CONTENT = {"ASSAULT", "COERCE", "SANCTION", "PROTEST", "THREATEN"}
SPEECH_ACTS = {"AGREE", "REJECT", "THREATEN", "REQUEST", "ACCUSE"}
COMMIT_AUX = {"will", "would", "shall", "'ll", "wo"}


def commitment(token: Token, trigger: Trigger, mode: str, lexicon: Lexicon) -> str | None:
    """The speech act of a lede that commits its subject: "Turkey will allow the refugees to
    return" announces a promise (AGREE), "... will boycott the vote unless ..." a threat,
    "Syria says it will not accept more refugees" a refusal (REJECT). PLOVER codes that act; the
    article gold codes only the act committed to (future / negated), and in a report's body such
    a clause details the story's plans rather than making news of its own, hence the lede only."""
    if sent_of(token).start != 0 or mode == "asserted" or token.pos_ != "VERB" or not is_main(token):
        return None
    negated = any(c.dep_ == "neg" for c in children(token))
    if trigger.plover in SPEECH_ACTS and not (negated and trigger.plover == "AGREE"):
        return None  # "will demand" is the demand; but "will not accept" is a refusal
    aux = {c.lower_ for c in children(token) if c.dep_ == "aux"}
    subject = dep_child(token, "nsubj")
    if not aux & COMMIT_AUX or dep_child(token, "auxpass") is not None or subject is None \
            or subject.lemma_ in lexicon.modality["event_nouns"]:
        return None  # "the meeting will go ahead": nobody commits to anything
    cues = lexicon.modality
    if any(g.lemma_ in cues["hypothetical_governors"] for g in governors(token)):
        return None
    if negated:
        return "REJECT"
    conditions = _clause_marks(token)
    return "THREATEN" if trigger.plover in THREAT_CONTENT or "unless" in conditions else "AGREE"


# --- coreference cues ---------------------------------------------------------------------------

def refers_back(token: Token, lexicon: Lexicon) -> bool:
    """A definite event noun ("the attack", "these clashes", "Saturday's bombing", the "grenade"
    of "the grenade attack"), or one only witnessed ("residents heard several blasts"), names an
    event the article has already reported, rather than a new one."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    cues = lexicon.modality
    if token.dep_ == "dobj" and token.head.lemma_ in cues["perceiving_verbs"]:
        return True
    if token.dep_ == "compound" and token.head.pos_ == "NOUN" and token.head.i > token.i:
        token = token.head  # "in connection with the grenade attack": the whole phrase
    return any(c.dep_ == "det" and c.lower_ in cues["definite_determiners"]
               or c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME") for c in children(token))


def part_of_reported(token: Token, lexicon: Lexicon) -> bool:
    """A verb whose subject or "in" phrase is an event already named ("the blast destroyed
    shops", "19 soldiers were injured in the unrest") tells how that event went."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    victim = dep_child(token, "nsubjpass")
    if _the_dead(victim, lexicon):
        return True  # "said the dead man had been shot by unknown gunmen": a death told
    if token.dep_ == "relcl" and victim is not None and any(
            c.lower_ == "whose" for c in children(victim)) and token.head.ent_type_ == "PERSON":
        return True  # "Gul Ahmad, whose sister ... were killed, told ...": who the speaker is
    nouns = lexicon.modality["event_nouns"]
    roles = [subject_of(token)] + [o for c in children(token) if c.dep_ == "prep"
                                   and c.lower_ in ("in", "during") for o in children(c)
                                   if o.dep_ == "pobj"]
    for role in roles:
        if role is not None and role.lemma_ in nouns and refers_back(role, lexicon):
            return True
    return False


def _the_dead(victim: Token | None, lexicon: Lexicon) -> bool:
    """"the dead man", "the dead protester": one whose death the article has told."""
    return victim is not None and any(c.dep_ == "amod" and c.lower_ == "dead"
                                      for c in children(victim)) and any(
        c.dep_ == "det" and c.lower_ in lexicon.modality["definite_determiners"]
        for c in children(victim))


PROJECTILES = frozenset("missile rocket drone shell projectile".split())


def intercepts_projectiles(token: Token) -> bool:
    """"shot down nine of 16 missiles", "two drones were intercepted", "air defences destroyed
    21 of 27 drones", "destroyed an explosives-laden boat": weapons stopped on their way."""
    if not (token.lemma_ in ("intercept", "interception", "destroy") or token.lemma_ == "shoot"
            and any(c.lower_ == "down" for c in children(token))):
        return False
    shot = dep_child(token, "dobj", "nsubjpass", "npadvmod") or prep_object(token, "of")
    if shot is not None and shot.pos_ == "NUM":  # "nine of 16 missiles"
        shot = prep_object(shot, "of") or shot
    shooter = subject_of(token) if token.pos_ == "VERB" else None
    defended = shooter is not None and shooter.lemma_ in ("defence", "defense")  # "air
    # defences destroyed 19 of them"
    return shot is not None and (shot.lemma_ in PROJECTILES or _bomb_vehicle(shot)) or \
        defended or _stopped_short(token)


ARRIVING_VERBS = frozenset(("reach", "hit", "strike", "explode", "detonate", "get"))


def _stopped_short(verb: Token) -> bool:
    """"destroyed the other two with rocket-propelled grenades before they reached the lines":
    destroyed on the way to a target."""
    return any(c.dep_ == "advcl" and c.lemma_ in ARRIVING_VERBS and "before" in marks(c)
               for c in children(verb))


def _bomb_vehicle(thing: Token) -> bool:
    """"destroyed an explosives-laden boat": a vehicle loaded with explosives is a bomb."""
    return thing.lemma_ in load_lexicon().modality["bomb_vehicles"] and any(
        t.lower_.startswith(("explosive", "bomb")) for t in thing.subtree if t.i < thing.i)


# --- clause structure ---------------------------------------------------------------------------

def parse_distance(node: Token, clause: Token) -> tuple[int, int]:
    """Verbs crossed and arcs walked from `node` up to the clause's verb ((9, 9) when it hangs
    elsewhere): "near Douentza, militants stopped a bus travelling from Gao" is Douentza."""
    verbs = 0
    for hops in range(9):
        if node.i == clause.i:
            return verbs, hops
        if node.head.i == node.i:
            break
        verbs += node.pos_ in ("VERB", "AUX") and hops > 0
        node = node.head
    return 9, 9


def denier_of(token: Token, lexicon: Lexicon) -> Token | None:
    """"Police denied that detainees had been beaten": who denies a deed told in the passive,
    with no agent, is the one it is laid on."""
    if token.pos_ not in ("VERB", "AUX") or dep_child(token, "auxpass") is None or \
            prep_object(token, "by") is not None:
        return None
    denial = next((g for g in governors(token) if negates(g, lexicon)), None)
    return subject_of(denial) if denial is not None else None


def speaker_for_pronoun(token: Token, subject: Token | None, lexicon: Lexicon) -> Token | None:
    """"The army said it had launched an operation", "police said they had arrested six": the
    pronoun doing the reported act (or owning who did it) is the one who reports or denies it."""
    if subject is None:
        return None
    pronoun = subject if subject.lower_ in ("it", "they", "we") else next(
        (c for c in children(subject) if c.dep_ == "poss" and c.lower_ in (
            "its", "their", "our", "his", "her")), None)
    if pronoun is None:
        return None  # "the army said its aircraft had killed two operatives": the army's
    # "an ELN commander denied that his fighters had attacked civilians": the denier's
    denial = next((g for g in governors(token) if negates(g, lexicon)), None)
    sources = [subject_of(denial)] if denial is not None else source_tokens(token, lexicon)
    source = sources[0] if sources and sources[0] is not None and sources[0].pos_ != "PRON" \
        else None
    # "In January, its fighters ambushed a patrol, officials said": a pronoun told before its
    # source is named stands for someone named earlier (only "we" speaks for the source)
    if source is not None and source.i > pronoun.i and pronoun.lower_ not in ("we", "our"):
        return None
    return source


def source_tokens(token: Token, lexicon: Lexicon) -> list[Token]:
    """Who the sentence says reports the event: the subject of a governing speech verb, the
    object of "according to"."""
    found = []
    for gov in governors(token, limit=6):
        if gov.lemma_ in lexicon.modality["speech_verbs"]:
            subject = dep_child(gov, "nsubj")
            if subject is not None:
                found.append(subject)
            break
    sent = sent_of(token)
    if "ccording to" not in doc_text(token.doc)[sent.start_char:sent.end_char]:
        return found  # (a sentence read token by token only where the words are)
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "to":
            pobj = dep_child(tok.nbor(), "pobj")
            if pobj is not None:
                found.append(pobj)
    return found


def described_noun(token: Token) -> Token | None:
    """The noun a modifier describes ("Tobruk" in "Tobruk military strongman"), or None when the
    token is no modifier."""
    if token.dep_ not in ("compound", "amod", "npadvmod", "nmod"):
        return None
    target = token.head
    while target.dep_ == "compound" and target.head.i != target.i:
        target = target.head
    return target


BODY_NOUNS = frozenset(("party", "front", "movement", "bank", "council", "union", "alliance",
                        "congress", "federation", "association", "league", "coalition"))


def in_longer_org_name(words: SpacySpan) -> bool:
    """Whether the words are part of a longer organisation's name ("Assam" in "Assam Rifles",
    "Central Africa" in "Patriotic Movement for Central Africa")."""
    root = words.root
    if root.ent_type_ != "ORG":
        # "the ruling United Socialist Party of Venezuela": the NER's ORG ends before "of"
        doc, before = words.doc, words.start - 2
        return before >= 0 and doc[before + 1].lower_ == "of" and \
            doc[before].ent_type_ == "ORG" and doc[before].lemma_.lower() in BODY_NOUNS
    entity = next((e for e in doc_ents(root.doc) if e.start <= root.i < e.end), None)
    if entity is None:
        return False
    end = entity.end - (entity[-1].tag_ == "POS")  # "El Obeid's" tagged ORG: the town's
    # "Iranshahr (Iranshahr" tagged ORG: a name does not run across a bracket
    return (end > words.end or entity.start < words.start) and \
        not any(t.text in "()" for t in entity)


def head_token(span: SpacySpan, trigger: Trigger) -> Token:
    """A verb phrase's verb; a noun phrase's last word, or its head before an "of" ("a state of
    emergency", "an exchange of fire"), which carries the phrase's place in the clause."""
    if trigger.pos == "VERB":
        return span[0]
    return span.root if len(span) > 2 and span[1].lower_ == "of" else span[-1]


def first_conjunct(token: Token) -> Token:
    """The first of coordinated words ("attacked the post and seized it": "attacked")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def clause_head(token: Token) -> Token:
    """The verb a (noun) trigger belongs to, never one past a semicolon ("two men on a
    motorcycle shot dead a trader ...; the motive was not known", "shot" read as a noun)."""
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i or \
                across_semicolon(token, token.head):
            return token
        token = token.head
    return token


def clause_bounds(verb: Token) -> tuple[int, int]:
    """First and last character of the verb's own clause: its subtree without coordinated or
    subordinate clauses ("The protest was peaceful, and they dispersed after officials agreed
    to meet next week": "next week" is not the protest's)."""
    own = [c for c in children(verb) if c.dep_ not in OTHER_CLAUSES]  # (edges: no subtree walk)
    left = min([verb] + [c.left_edge for c in own], key=lambda t: t.i)
    right = max([verb] + [c.right_edge for c in own], key=lambda t: t.i)
    return left.idx, right.idx + len(right)


OTHER_CLAUSES = {"conj", "cc", "advcl", "ccomp", "parataxis"}


def governors(token: Token, limit: int = 4):
    """The chain of heads above `token` within its sentence. A conjunct's head is its sibling
    ("demanded X and threatened Y"), not its governor, so it is stepped over."""
    for _ in range(limit):
        if token.head.i == token.i:
            return
        if across_semicolon(token, token.head):
            return  # "signed a deal on 9 June; it does not cover ...": two sentences in one
        if token.dep_ == "conj" and "that" in marks(token):
            # "reported that officers threatened to shell the town if ..., and that tanks were
            # sent": a second "that" clause is a sibling of the first, wherever the parser hung it
            token = next((a for a in token.ancestors if a.dep_ == "ccomp"), token.head)
            continue
        sibling = token.dep_ == "conj" or _loose_conjunct(token)
        token = sibling_of(token) if sibling else token.head
        if not sibling:
            yield token


def across_semicolon(earlier: Token, later: Token) -> bool:
    """A semicolon stands between the two words: they are in two clauses that could be two
    sentences ("X demanded a recount; a spokesman rejected the demand")."""
    return earlier.i < later.i and ";" in doc_text(earlier.doc)[earlier.idx:later.idx]


def sibling_of(conjunct: Token) -> Token:
    """The verb a conjunct shares its subject with: its head, except where the parser hung a
    plain past verb on an embedded clause of another form ("denied that his fighters had attacked
    civilians and accused the dissidents", "rejected calls to resign and blamed foreign powers"),
    which it cannot continue; then the nearest finite verb that embeds that clause ("accused
    them of trying to take power and rejected demands": "accused")."""
    head = conjunct.head
    participle = gerund_past_time_clause(conjunct)
    if participle is not None:
        return participle
    if head.dep_ == "ccomp" and dep_child(head, "nsubj", "nsubjpass") is not None and \
            conjunct.lemma_ not in load_lexicon().modality["stance_verbs"]:
        return head  # "said fighters had looted the market and burned the police station"
    # "acl": "denied in a statement that its members had attacked ...", the clause hung on
    # the statement; but "had been driven to the desert and left there" goes on in the passive
    if conjunct.tag_ == "VBD" and head.dep_ in ("ccomp", "advcl", "xcomp", "pcomp", "acl") and \
            head.head.i < head.i and \
            dep_child(conjunct, "nsubj", "nsubjpass", "aux", "auxpass") is None and \
            (head.tag_ in ("VB", "VBG") or dep_child(head, "aux", "auxpass") is not None) and \
            not (head.dep_ == "acl" and dep_child(conjunct, "dobj") is None):
        return next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX") and (
            a.tag_ in ("VBD", "VBZ", "VBP") or a.dep_ == "ROOT"
            or dep_child(a, "aux", "auxpass") is not None)), head.head)
    return head


def gerund_past_time_clause(conjunct: Token) -> Token | None:
    """"shooting residents as they fled and setting fire to dozens of homes": a gerund the
    parser joined to the verb of a time clause goes on with the participle that clause hangs
    on."""
    head = conjunct.head
    if conjunct.dep_ == "conj" and conjunct.tag_ == "VBG" and head.tag_ == "VBD" and \
            head.dep_ == "advcl" and marks(head) & TIME_CLAUSE_WORDS and head.head.tag_ == "VBG":
        return head.head
    return None


def _loose_conjunct(token: Token) -> bool:
    """"released the passengers, then set the bus on fire": the small parser often attaches such
    an unmarked second verb as "dep"; it is a sibling (same subject, not governed), like "conj"."""
    return token.dep_ == "dep" and token.pos_ == "VERB" and token.head.pos_ == "VERB"


SUBORDINATE_PREPS = {"after", "following", "since", "before", "despite", "amid", "during", "over",
                     "for", "of", "about", "into", "than", "like"}
MAIN_NOUN_DEPS = {"nsubj", "nsubjpass", "dobj", "attr", "ROOT", "oprd", "appos"}


TIME_NOUNS = frozenset(("year", "month", "week", "day", "night", "morning", "evening"))


def prominence(token: Token, heads: dict[int, Trigger], trigger: Trigger,
               lexicon: Lexicon) -> float:
    """How much the sentence is about this trigger, as a confidence term: a bonus when it is the
    main predication (the root, or what a report verb reports), a malus for each other event that
    governs it ("threatened to storm", "called for sanctions", "agreed to lift the embargo": the
    governing verb is the event)."""
    if answers_a_charge(token, lexicon) or _answers_a_request(token, heads, lexicon):
        return 0.1  # "accused X of ..., a charge X rejected": a predication of its own
    if token.lemma_ == "accuse" and token.dep_ in ("relcl", "advcl") or \
            _gives_up_ground(token, trigger, heads) or _burned_in_raid(token, trigger, heads) \
            or gerund_read_as_modifier(token) is not None:
        return 0.0  # "arrested 17 vendors, whom they accused of ...": an act of its own
    # "warned that the hostages would be executed if ...": what a threat names is told with it,
    # below the threat
    governing = [heads[gov.i].plover for gov in _governing_events(token)
                 if gov.i in heads and heads[gov.i].plover != trigger.plover]
    # ("demanded a ransom, threatening to kill them if ...": the threat, whatever governs it,
    # carries what it names)
    if "THREATEN" in governing:
        governing = governing[:governing.index("THREATEN") + 1]
    embedded = sum(THREAT_CONTENT_WEIGHT if plover == "THREATEN" else 1 for plover in governing)
    if token.dep_ == "relcl" and token.head.lemma_ in TIME_NOUNS and not any(
            c.tag_ in ("WDT", "WP") for c in children(token)):
        embedded = 0  # "withdrew in 2019, the year its allies signed a deal": a deed of its own
    told = first_conjunct(token)  # ("..., where they arrested four suspects and seized ...")
    if told.dep_ == "relcl" and told.tag_ == "VBD" and any(
            c.lower_ == "where" for c in children(told)) or _during_which(told):
        embedded = 0  # "during a raid on a house in Salitre, where they arrested four suspects",
        # "the crackdown in August 2017, during which soldiers killed thousands": what was done
        # at the place or in the time told is a deed of its own
    if token.dep_ in ("acl", "relcl") and token.tag_ in ("VBN", "VBD") and \
            _dated_participle(token):
        embedded = 0  # "marched to a camp set up last week", "the release of three men who were
        # taken from their homes on 4 March", "the arrest of settlers who on Monday beat a
        # driver to death": a deed told with its own day
    if embedded and _time_gerund(token):
        embedded = 2  # "stole cattle before withdrawing into the bush": the raid's last act
    return 0.1 * is_main(token) - 0.15 * min(embedded, 2)


THREAT_CONTENT_WEIGHT = 1 / 3  # of the malus for an event governed by another
WARS = frozenset(("war", "conflict", "insurgency", "uprising", "revolution"))


def _during_which(clause: Token) -> bool:
    """"..., during which soldiers killed thousands", "in which": a relative clause (or what
    the parser makes of one) telling a deed done in the event named before (not what a war was
    like: "a two-year war in which Eritrean troops fought on the federal side")."""
    return clause.dep_ in ("relcl", "advcl") and clause.tag_ == "VBD" and \
        not (clause.dep_ == "relcl" and clause.head.lemma_ in WARS) and opened_by_which(clause)


def opened_by_which(clause: Token) -> bool:
    """The clause hangs on a preposition with "which": "during which", "under which"."""
    return any(c.dep_ == "prep" and (w := dep_child(c, "pobj")) is not None
               and w.lower_ == "which" for c in children(clause))


def _dated_participle(verb: Token) -> bool:
    """A time phrase of the participle's own: "last week" in "set up last week" (not in "without
    a shot being fired on 8 July", told as part of the deed)."""
    return not ongoing(verb) and any(c.ent_type_ == "DATE" or c.dep_ == "prep" and any(
        t.ent_type_ == "DATE" for t in children(c)) for c in children(verb))


def ongoing(verb: Token) -> bool:
    """A participle told as going on ("a shot being fired")."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ == "being" for c in children(verb))


def _answers_a_request(token: Token, heads: dict[int, Trigger], lexicon: Lexicon) -> bool:
    """"called for an inquiry, a demand the government rejected": the answer to a request the
    sentence tells."""
    return token.dep_ == "relcl" and token.head.lemma_ in lexicon.modality["proposal_nouns"] \
        and any(sent_of(token).start <= i < token.i and heads[i].plover in ("REQUEST", "DEMAND")
                for i in heads)


def answers_a_charge(token: Token, lexicon: Lexicon) -> bool:
    """"..., a charge the party rejected", "an accusation Russia denied": a relative clause on
    a report noun is the other side's answer to it."""
    return token.dep_ == "relcl" and token.head.lemma_ in lexicon.modality["report_nouns"]


TIME_MARKS = {"since", "after", "before", "when", "until", "while", "as", "once"}


def marks(verb: Token) -> set[str]:
    """The subordinators of the verb's own clause ("if", "since", ...), lower-cased."""
    return {c.lower_ for c in children(verb) if c.dep_ == "mark"}


def _only_on_condition(verb: Token) -> bool:
    """The clause holds "unless ..." or "only if / only once ..."."""
    return any(c.dep_ == "advcl" and (
        "unless" in marks(c) or marks(c) & {"if", "once", "when"}
        and any(a.lower_ == "only" for a in children(c) if a.dep_ == "advmod"))
        for c in children(verb))


def _clause_marks(verb: Token) -> set[str]:
    """The subordinators of the adverbial clauses hanging on the verb ("... if they refuse"),
    or, by a misparse, on a relative clause of its object ("would block the line that carries ore
    to the plant if no deal is reached"), or on the state a thing is kept in ("would keep their
    shops closed if ...")."""
    relative = [r for o in children(verb) if o.dep_ == "dobj" for r in children(o)
                if r.dep_ == "relcl"]
    state = [c for c in children(verb) if kept_as(verb) == c.lemma_]
    return {m for head in [verb, *relative, *state] for c in children(head) if c.dep_ == "advcl"
            for m in marks(c)}


def _governing_events(token: Token):
    """Heads that could be the event this trigger is part of. A time clause ("since the two
    sides signed an agreement in 2020", "after gunmen stormed the village") tells its own event,
    so the chain stops there."""
    node = token
    for gov in governors(token, limit=8):
        if node.dep_ == "advcl" and marks(node) & TIME_MARKS or _on_source(node):
            return  # "people, whom they accused of inciting violence": its own predication
        yield gov
        node = gov


def _on_source(clause: Token) -> bool:
    """"..., according to the army, which attributed the attack to Boko Haram": what the
    source of a report does in a relative clause is its own act, not part of what it reports."""
    source = clause.head
    return clause.dep_ == "relcl" and source.dep_ == "pobj" and source.head.lower_ == "to" \
        and source.head.head.lower_ == "according"


def _gives_up_ground(token: Token, trigger: Trigger, heads: dict[int, Trigger]) -> bool:
    """"seized Mendi in November, looting two banks before pulling out": leaving ground just
    taken is an act of its own; raiders "withdrawing" after a raid end the raid."""
    return trigger.plover == "RETREAT" and _time_gerund(token) and any(
        gov.i in heads and heads[gov.i].acled == "@territory" for gov in governors(token, limit=8))


def _burned_in_raid(token: Token, trigger: Trigger, heads: dict[int, Trigger]) -> bool:
    """"attacked the village, killing five and burning 30 homes": property the raiders destroy
    as they go is an event of its own (ACLED), not how the killing went."""
    if trigger.acled != "Looting/property destruction":
        return False
    participle = gerund_past_time_clause(token) or first_conjunct(token)
    return participle.dep_ == "advcl" and participle.tag_ == "VBG" and \
        participle.head.i in heads and heads[participle.head.i].plover == "ASSAULT"


def _time_gerund(verb: Token) -> bool:
    """"before pulling out", "after storming the village": a gerund after a time preposition,
    done by the subject of the verb the preposition hangs on."""
    return verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep" and \
        verb.head.lower_ in TIME_MARKS | {"upon", "without"} and \
        verb.head.head.pos_ in ("VERB", "AUX")


def conjunct_out_of_relative(verb: Token) -> Token | None:
    """"burst into a house ... where a group of young people were celebrating a birthday and shot
    dead five of them": a verb joined to a relative clause whose object is "them" (those the
    clause is about) goes on with the main verb the relative clause hangs under."""
    clause = verb.head
    # (or one in another tense: "seized three workers who were collecting fees in Kekem and set
    # fire to the office")
    if verb.dep_ != "conj" or clause.dep_ != "relcl" or not any(
            t.lower_ == "them" and (t.head.i == verb.i or t.head.lower_ == "of")
            for t in verb.subtree) and not (clause.tag_ == "VBG" and verb.tag_ == "VBD"):
        return None
    return next((a for a in clause.head.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _result_after_time_clause(verb: Token) -> bool:
    """"blew himself up at the gate ... as officers were changing shifts, killing at least six
    people": a participle after a comma, hung by the parser on a time clause, tells what the
    main clause's act did."""
    clause = verb.head
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and clause.dep_ == "advcl" and \
        verb.i > 0 and verb.nbor(-1).text == "," and clause.head.pos_ in ("VERB", "AUX") and \
        any(c.dep_ == "mark" and c.lower_ in ("as", "while", "when") for c in children(clause))


def is_main(token: Token) -> bool:
    node = token
    if token.pos_ == "ADJ" and token.dep_ == "acomp":
        node = token.head  # "Syria is willing to ...": the copula is the predication
    elif token.pos_ not in ("VERB", "AUX"):
        while node.dep_ in ("compound", "conj", "amod") and node.head.i != node.i:
            node = node.head
        if node.dep_ == "pobj" and node.head.lower_ not in SUBORDINATE_PREPS:
            node = node.head.head
        elif node.dep_ not in MAIN_NOUN_DEPS:
            return False
        else:
            node = node.head if node.dep_ != "ROOT" else node
    for _ in range(6):
        if node.dep_ == "ROOT":
            return True
        if node.dep_ in ("conj", "xcomp") or node.dep_ == "ccomp" and node.head.dep_ == "ROOT":
            node = node.head
            continue
        return node.pos_ not in ("VERB", "AUX") and node.dep_ in MAIN_NOUN_DEPS
    return False


# --- mode ---------------------------------------------------------------------------------------

def verb_phrase(verb: Token) -> str:
    """The lemma with its particle: "rule out", "call off"."""
    particle = dep_child(verb, "prt")
    return f"{verb.lemma_} {particle.lower_}" if particle is not None else verb.lemma_


def negates(verb: Token, lexicon: Lexicon) -> bool:
    """"denied", "ruled out", "called off": what the verb governs did not happen."""
    governing = lexicon.modality["negating_governors"]
    return verb.lemma_ in governing or verb_phrase(verb) in governing


def _agreed_term(noun: Token, lexicon: Lexicon) -> bool:
    """A deed named as what two parties agreed is still to come; the pact itself is not."""
    if noun.pos_ != "NOUN":
        return False
    obj = noun
    while obj.dep_ == "conj" and obj.head.i != obj.i:
        obj = obj.head
    return obj.dep_ == "dobj" and obj.head.lemma_ == "agree" and not any(
        t.plover == "AGREE" for t in noun_triggers(noun.lemma_, lexicon))


ASPECT_VERBS = frozenset(("begin", "start", "continue", "resume", "keep"))


def mode_of(token: Token, lexicon: Lexicon) -> str:
    cues = lexicon.modality
    phrase_head = token
    while phrase_head.dep_ == "compound" and phrase_head.head.i != phrase_head.i:
        phrase_head = phrase_head.head  # "denied opening fire": "opening" tagged a noun compound
    if phrase_head is not token and phrase_head.dep_ == "dobj" and negates(phrase_head.head, lexicon):
        return "negated"
    if phrase_head.dep_ == "dobj" and verb_phrase(phrase_head.head) in cues["cancelling_verbs"]:
        return "negated"  # "ruled out talks with the rebels"
    if _agreed_term(phrase_head, lexicon):
        return "future"  # "agreed a ceasefire and the withdrawal of reinforcements"
    tie = phrase_head.head.head if phrase_head.dep_ == "pobj" else None
    if tie is not None and phrase_head.head.lower_ == "of" and \
            tie.lemma_ in cues["threat_speech_verbs"]:
        # "warned of more attacks on army convoys"; "... of more bombs if the raids continued"
        return "hypothetical" if _clause_marks(tie) & set(cues["hypothetical_marks"]) \
            else "future"
    if tie is not None and tie.lemma_ in cues["tie_nouns"] and any(
            c.dep_ == "det" and c.lower_ == "no" for c in children(tie)):
        return "negated"  # "had no connection to the bombing", "played no part in the attack"
    if token.pos_ == "NOUN" and any(c.dep_ == "relcl" and c.tag_ in ("VBG", "VBZ", "VBP")
                                    and c.lemma_ in PLANNING for c in children(token)):
        return "future"  # "questioned her about a protest the party was planning"
    if token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ == "for" and \
            token.head.head.lemma_ in cues["future_governors"]:
        return "future"  # "both sides prepared for the first withdrawals under the deal"
    if token.tag_ in ("VBG", "VBN") and token.dep_ == "pcomp" and token.head.lower_ == "without":
        return "negated"  # "without firing on civilians", "without a shot being fired"
    if token.dep_ == "pobj" and token.head.lower_ in TIME_PREPOSITIONS and \
            refers_back(token, lexicon):
        return "asserted"  # "denied that soldiers had detained men after the bombing": the
        # bombing told is when, not what is denied
    clause = clause_head(token)
    if clause.dep_ == "advcl" and clause.tag_ in ("VBD", "VBN") and \
            marks(clause) & set(TIME_PREPOSITIONS) and \
            refers_back(dep_child(clause, "nsubj", "nsubjpass") or clause, lexicon):
        return "asserted"  # "denied that its fighters had stolen cattle since the deal was
        # signed": the deal told is when, not what is denied
    if token.tag_ == "VBG" and token.head.lemma_ == "make" and any(
            t.lemma_ in cues["goal_nouns"] for t in token.head.subtree):
        return "future"  # "has made retaking territory its main priority": a goal, not a deed
    verb = clause_head(token)
    around = list(children(verb)) + ([] if verb.i == token.i else list(children(token)))
    if verb.i != token.i and verb.lemma_ in cues["observer_verbs"]:
        around = list(children(token))  # "did not comment on the strike": the strike was told
    if any(c.dep_ == "neg" or c.lower_ in cues["negation_words"] and c.dep_ in ("det", "neg")
           for c in around):
        # "talks would not begin unless the group stopped attacking civilians": what is refused
        # only until a condition is met may still happen; "if the government did not suspend
        # the crackdown" is a condition, not a refusal
        return "hypothetical" if _only_on_condition(verb) or "if" in marks(verb) else "negated"
    if any(c.lower_ == "longer" and any(g.dep_ == "neg" for g in children(c))
           for c in children(token)):
        return "negated"  # "no longer recognised the leadership" (but "no longer bound by the
        # 1991 ceasefire" tells of a ceasefire)
    if verb.i == token.i and any(nobody(c, cues) for c in children(verb)
                                 if c.dep_ in ("nsubj", "nsubjpass", "dobj")):
        # "none of the protesters were arrested", "police detained no one"
        return "hypothetical" if _only_on_condition(verb) else "negated"
    # "a call the group rejected", "the men who had attacked the village": a relative clause
    # told in the past is done, whatever the clause of its noun denies or refuses
    above = [] if verb.dep_ == "relcl" and verb.tag_ == "VBD" else list(governors(verb))
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.dep_ == "relcl":
        # "a shop whose owner had refused to pay, wounding the owner": a participle the parser
        # hung on a relative clause goes with the main clause, not with what that clause refuses
        above = [g for g in above if g.i != verb.head.i]
    # ("suspected Kuki militants dropped explosives ...", "suspected" read as the verb)
    above = [g for g in above if not suspected_as(g)]
    for gov in above:
        if negates(gov, lexicon) or gov.lemma_ in cues["refusing_verbs"] or \
                _no_intention(gov, cues):
            return "negated"
        if gov.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in children(gov)) \
                and (verb.dep_ in ("xcomp", "ccomp") or bare_purpose(verb)):
            return "negated"  # "did not go to Andahuaylas to kill anyone"
    doer = dep_child(verb, "nsubj") or (verb.head if verb.dep_ in ("acl", "relcl") else None)
    if doer is not None and doer.lower_ in cues["indefinite_subjects"]:
        return "hypothetical"  # "(deal firmly with) anyone blocking roads": nobody in particular
    if _against_whoever(verb, cues):
        return "hypothetical"  # "people who attacked police stations will be arrested"
    words = {c.lower_ for c in children(verb) if c.dep_ in ("aux", "auxpass")}
    if bare_purpose(verb):  # "would march through Lira to demand ...": the march's "would"
        words |= {c.lower_ for c in children(verb.head) if c.dep_ in ("aux", "auxpass")}
    if verb.dep_ == "xcomp":  # "could try to seize the town": the attempt's "could"; "will
        # begin withdrawing from the ports": the beginning's "will"
        words |= {c.lower_ for c in children(verb.head) if c.dep_ == "aux"} & (
            set(cues["hypothetical_aux"]) | (set(cues["future_aux"])
                                             if verb.head.lemma_ in ASPECT_VERBS else set()))
    # "threatened to shell the town if the residents did not ...": the condition outranks the
    # threat's future
    conditions = marks(verb) | (set() if verb.lemma_ in cues["conditioning_verbs"]
                                else _clause_marks(verb))
    if words & cues["hypothetical_aux"] or conditions & cues["hypothetical_marks"]:
        return "future" if _reported_will(verb, words, above, cues) else "hypothetical"
    made = verb.i == token.i or token.dep_ == "dobj" and verb.lemma_ in cues["making_verbs"]
    if words & cues["future_aux"] or "going" in words or _requested(token, cues) or \
            made and _purpose(verb, lexicon) or _due_to(verb):
        return "future"
    # "the pact, which was signed in May, would allow ...", "the EU, which suspended budget
    # support in 2020, called for ...": told as done
    described = False
    for below, gov in zip([verb] + above, above):
        described |= below.dep_ in ("relcl", "acl") and below.tag_ in ("VBD", "VBN")
        clausal = any(c.dep_ in ("xcomp", "ccomp") for c in children(gov))
        if below.dep_ == "advcl" and below.tag_ == "VBG" and not clausal:
            continue  # "set fire to the office, destroying its records": how it went, as told
        if below.dep_ == "advcl" and below.tag_ == "VBD" and any(
                c.lower_ in TIME_CLAUSE_WORDS and c.dep_ in ("advmod", "mark")
                for c in children(below)):
            break  # "When police fired tear gas ..., part of it was set on fire": a past time
            # clause tells what happened, whatever its main verb governs
        if below.dep_ in ("ccomp", "advcl") and below.tag_ == "VBD" and not marks(below) and (
                dep_child(below, "nsubj", "nsubjpass") is None or _reduced_relative(gov, below)):
            # "a man wanted for ... detonated the belt", "armed men believed to belong to the
            # KNF abducted six labourers": the participle read as the verb
            break
        # "was ready to negotiate ... if they handed over their weapons": the condition hangs
        # on the copula of the readiness
        copula = gov.head if gov.dep_ == "acomp" and gov.head.lemma_ == "be" else None
        # "X and Y fought for most of Sunday ..., since a truce was agreed three months ago,
        # residents said": a clause before the verb it was hung on is what was said (a
        # misparse), not what was agreed or feared
        if below.dep_ == "ccomp" and below.i < gov.i and gov.lemma_ not in cues["speech_verbs"]:
            continue
        if not described and (gov.lemma_ in cues["hypothetical_governors"]
                              or marks(gov) & cues["hypothetical_marks"] or copula is not None
                              and _clause_marks(copula) & cues["hypothetical_marks"]):
            return "hypothetical"
        if not described and (gov.lemma_ in cues["future_governors"]
                              or gov.lower_ in cues["future_governors"]) and \
                not _pushed_back(gov) and not _set_alight(gov, below):
            return "future"  # the lower-case form catches "going (to)", lemmatised to "go"
        if gov.lemma_ in cues["speech_verbs"]:
            break
    return "asserted"


def _reduced_relative(gov: Token, below: Token) -> bool:
    """"a roadside bomb believed to have been planted by militants of Jama'at Nusrat al-Islam
    ... exploded": a participle with its own infinitive, and no auxiliary, before the verb it
    was read to govern (which took a word of the infinitive's phrase as its subject)."""
    return gov.tag_ in ("VBD", "VBN") and not any(
        c.dep_ in ("aux", "auxpass") for c in children(gov)) and any(
        c.dep_ == "xcomp" and c.i < below.i and any(a.lower_ == "to" for a in children(c))
        for c in children(gov))


def suspected_as(verb: Token) -> bool:
    """"Gunmen suspected to be Fulani militiamen attacked ...", "suspected Kuki militants
    dropped explosives ...": a participle that says who someone is thought to be (the parser
    may make it the sentence's verb, and what the suspects did what was suspected), no charge."""
    if verb.lemma_ not in HEDGING_VERBS or verb.tag_ != "VBN" or any(
            c.dep_ in ("aux", "auxpass") for c in children(verb)):
        return False
    if any(c.dep_ == "xcomp" and c.lemma_ in ("be", "belong") and any(
            a.lower_ == "to" for a in children(c)) for c in children(verb)):
        return True
    told = next((c for c in children(verb) if c.dep_ == "ccomp"), None)
    subject = dep_child(told, "nsubj") if told is not None else None
    return dep_child(verb, "nsubj", "nsubjpass") is None and subject is not None and \
        subject.left_edge.i == verb.i + 1


def hedge_before(verb: Token) -> Token | None:
    """"The attack came a day after gunmen believed to be separatists seized three workers": the
    parser made "believed" the time clause and "seized" a second main verb; the hedge, which holds
    the time clause's mark and subject."""
    if verb.dep_ != "conj":
        return None
    return next((c for c in children(verb) + children(verb.head) if c.dep_ == "advcl"
                 and c.i < verb.i
                 and c.lemma_ in HEDGING_VERBS and dep_child(c, "nsubj") is not None
                 and any(x.dep_ == "xcomp" and x.lemma_ in ("be", "belong")
                         for x in children(c))), None)


def told_apart_in_time(verb: Token) -> bool:
    """"The attack came a day after gunmen seized three workers": an act a time clause puts
    before or after another is not part of it."""
    head = clause_head(verb)
    clause = first_conjunct(head)
    return hedge_before(head) is not None or clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("after", "before") for c in children(clause))


TIME_CLAUSE_WORDS = frozenset(("when", "as", "while", "after", "since"))
TIME_PREPOSITIONS = frozenset(("after", "before", "since", "following", "during"))


def _set_alight(verb: Token, below: Token) -> bool:
    """"students protesting over the abduction set fire to two vehicles": only "set to" looks
    ahead."""
    return verb.lemma_ == "set" and below.dep_ != "xcomp"


def _pushed_back(verb: Token) -> bool:
    """"pushed Russian troops out of positions": pushing someone back is a deed done, not
    pushing for something still to come."""
    return verb.lemma_ == "push" and dep_child(verb, "dobj") is not None and any(
        c.lower_ in ("out", "back", "away") for c in children(verb))


def _no_intention(gov: Token, cues) -> bool:
    """"has no intention of leaving", "had no plans to send troops": what nobody means to do."""
    return gov.pos_ == "NOUN" and gov.lemma_ in cues["intention_nouns"] and any(
        c.dep_ == "det" and c.lower_ == "no" for c in children(gov))


def nobody(argument: Token, cues) -> bool:
    """"none", "nobody", "no one", "no protesters": an act done to or by no one did not happen
    (only when it is the trigger's own subject or object: "no group has claimed the attack" still
    tells of an attack)."""
    return argument.lower_ in cues["negative_pronouns"] or any(
        c.dep_ == "det" and c.lower_ == "no" or c.lower_ == "not" and c.i < argument.i
        for c in children(argument))  # "not everyone welcomed the deal"


def _requested(token: Token, cues) -> bool:
    """"demanded the withdrawal of Turkish forces", "called for a ceasefire": an event noun that
    is asked for has not happened; nor has "a planned march", "the proposed talks"."""
    if token.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("amod", "acl") and c.lower_ in cues["prospective_modifiers"]
           for c in children(token)):
        return True  # "a planned march", "a march planned for Saturday"
    if token.dep_ == "nsubjpass" and token.head.lemma_ in cues["arranging_verbs"]:
        return True  # "a second rally has been called for Saturday", "talks are planned"
    head = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "for" else \
        token.head if token.dep_ == "dobj" else None
    return head is not None and head.lemma_ in cues["request_verbs"]


PLANNED = {"due", "scheduled", "set", "expected", "planned", "likely"}
PLANNING = frozenset(("plan", "prepare", "intend"))


def _due_to(verb: Token) -> bool:
    """"units were to pull back", "the troops are to withdraw": what is due, not done; and "the
    next round of talks is due to be held in August": a subject that is due is still to come."""
    return verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and \
        takes_to(verb) or \
        verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in PLANNED
                                    for c in children(verb))


def _purpose(verb: Token, lexicon: Lexicon) -> bool:
    """"a police team was sent to arrest those responsible": a bare infinitive clause of purpose
    is what was meant to happen, not what did; but "marched to protest against the dues" (a
    protest or demand) is done by the very act it hangs on, and so is "fired shots into the
    air to disperse the crowd" (the dispersal is how the force was used). An event noun the
    clause would make is still to come too ("gathered to ratify an investment pact"), unlike
    one it acts on ("fired tear gas to clear a sit-in")."""
    if not bare_purpose(verb):
        return False
    own = verb_triggers(verb, lexicon)
    return not {t.plover for t in own} & {"PROTEST", "REQUEST", "ACCUSE"} and \
        not any(t.plover_mode == "disperse" for t in own)


def verb_triggers(verb: Token, lexicon: Lexicon) -> list[Trigger]:
    """The lexicon's one-word triggers a verb's lemma is, as a verb or any part of speech."""
    return [lexicon.triggers[key] for key in (f"{verb.lemma_}|VERB", f"{verb.lemma_}|ANY")
            if key in lexicon.triggers]


def noun_triggers(lemma: str, lexicon: Lexicon) -> list[Trigger]:
    """The lexicon's one-word triggers a noun's lemma is, as a noun or any part of speech."""
    return [lexicon.triggers[key] for key in (f"{lemma}|NOUN", f"{lemma}|ANY")
            if key in lexicon.triggers]


def takes_to(verb: Token) -> bool:
    """The verb is an infinitive with "to" ("to demand", "to clear", "is due to start")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb))


def bare_purpose(verb: Token) -> bool:
    """"(sent) to arrest those responsible": an infinitive of purpose with no subject; "went on
    to shoot" tells what came next, as done."""
    return verb.dep_ == "advcl" and verb.tag_ == "VB" and dep_child(verb, "nsubj") is None and \
        takes_to(verb) and \
        not _went_on(verb.head)


def _went_on(verb: Token) -> bool:
    return verb_phrase(verb) == "go on"


def went_on_to(token: Token) -> bool:
    """"the gunmen went on to shoot dead nine herders, loot the store ...": acts told as what
    came next, each an event of its own."""
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    while verb.dep_ == "conj" and verb.head.i != verb.i and not _went_on(verb.head):
        verb = verb.head
    return verb.dep_ in ("advcl", "conj") and _went_on(verb.head)


def _reported_will(verb: Token, words: set[str], above: list[Token], cues) -> bool:
    """"They said they would respond" is a backshifted "will": future, unless a condition
    ("if", "unless") makes it hypothetical."""
    if words & cues["hypothetical_aux"] != {"would"}:
        return False
    if any(gov.lemma_ in cues["speech_verbs"] for gov in above[:2]):
        return not _clause_marks(verb) & cues["hypothetical_marks"] and \
            not _anyone_who(dep_child(verb, "dobj"), cues)
    return False


def _anyone_who(target: Token | None, cues) -> bool:
    """"would strike any armed group that comes near our border", "would arrest anyone who ...":
    an act against whoever does something is on that condition."""
    if target is None:
        return False
    whoever = target.lower_ in WHOEVER_HEADS or any(
        c.dep_ == "det" and c.lower_ in ("any", "every") for c in children(target))
    return target.lower_ in cues["indefinite_subjects"] or whoever and any(
        c.dep_ in ("relcl", "acl") for c in children(target))


WHOEVER_HEADS = frozenset(("those", "people"))


def _against_whoever(verb: Token, cues) -> bool:
    """"people who attacked police stations will be arrested and charged", "anyone found
    sheltering rebels will be arrested" (read as "anyone found" with "rebels" arrested): what is
    done to whoever does something is done on that condition."""
    first = first_conjunct(verb)
    if not {c.lower_ for c in children(first) if c.dep_ == "aux"} & {"will", "would", "shall"}:
        return False  # ("denied that anyone had been mistreated", "people who had gathered")
    if _anyone_who(dep_child(first, "nsubjpass"), cues):
        return True
    above = first.head if first.dep_ == "ccomp" else None
    return above is not None and above.lemma_ not in cues["speech_verbs"] and getattr(
        dep_child(above, "nsubj"), "lower_", None) in cues["indefinite_subjects"]


# --- roles --------------------------------------------------------------------------------------

GROUP_NOUNS = frozenset(("group", "movement", "militia", "faction", "organisation", "organization",
                         "coalition", "alliance", "gang", "network"))


def actor_of(actors: tuple[Actor, ...], text: str, token: Token | None) -> ActorHit:
    """The actor a noun phrase names: its head first, then its modifiers ("Russian", "Haftar's")."""
    if token is None:
        return NO_ACTOR
    if token.lower_ in ("which", "who", "that") and token.head.dep_ == "relcl":
        token = token.head.head
        # "the Carlos Patiño Front, a dissident faction of the former FARC group, which denied
        # ...": the party the apposition describes
        while token.dep_ == "pobj" and token.head.lower_ == "of" and \
                token.head.head.dep_ == "appos":
            token = token.head.head.head
    # an apposition names the head itself ("a residents' association, Moinho Vivo"), so it
    # comes before the head's modifiers
    modifiers = [c for c in children(token) if c.dep_ in ("compound", "amod", "poss", "nmod")]
    candidates = [token] + [c for c in children(token) if c.dep_ == "appos"] + modifiers + [
        g for c in modifiers if c.dep_ == "compound" and c.pos_ == "PROPN"  # "army Sukhoi jets"
        for g in children(c) if g.dep_ in ("compound", "amod") and g.pos_ != "PROPN"]
    preps = [c for c in children(token) if c.dep_ == "prep" and c.lower_ in ("of", "to", "from")]
    # ("a banner signed by Los Chone Killers": who wrote what speaks)
    preps += [p for c in children(token) if c.dep_ == "acl" for p in children(c)
              if p.lower_ in ("to", "with", "by") and (
                  p.dep_ == "prep" or p.dep_ == "agent" and c.lemma_ in AUTHORING_VERBS)]
    objects = [o for p in preps for o in children(p) if o.dep_ == "pobj"]
    # ("struck a car carrying SDF fighters": those it carried)
    carried = [o for c in children(token) if c.dep_ == "acl" and c.lemma_ in CARRYING_VERBS
               for o in children(c) if o.dep_ == "dobj"]
    objects += carried + [c for o in carried for c in children(o)
                          if c.dep_ in ("compound", "amod")]
    # "dozens of JNIM fighters": the group named before the counted noun (but "a crowd of BNP
    # supporters" is a crowd)
    # ("fighters of the UPC armed group", "members of the Dogon militia Dan Na Ambassagou": the
    # name a group noun carries, its apposition first)
    named_by = [c for o in objects if token.lemma_ in MEASURE_NOUNS or o.lemma_ in GROUP_NOUNS
                for c in children(o) if c.dep_ in ("compound", "nmod")]
    # ("members of the Viv Ansanm gang coalition": the name on the group noun's own noun)
    candidates += objects + [c for o in objects for c in children(o) if c.dep_ == "appos"] + \
        named_by + [g for c in named_by if c.lemma_ in GROUP_NOUNS for g in children(c)
                    if g.dep_ == "compound"]
    before = token.nbor(-1) if token.i > sent_of(token).start else None
    if before is not None and before.pos_ == "AUX" and before.text.isupper():
        candidates.append(before)  # "IS gunmen": the acronym read as the verb "is"
    if token.pos_ == "ADJ" and token.dep_ == "pobj" and token.i + 1 < sent_of(token).end:
        # "fired by the paramilitary Rapid Support Forces": the name parsed apart from the
        # adjective taken for the object
        candidates.append(token.nbor(1))
    hits = [ActorHit(actor, Span.of(text, cand.idx, cand.idx + len(cand))) for cand in candidates
            for actor in [actor_at(actors, cand.idx, cand.idx + len(cand))] if actor is not None]
    # "militants of JNIM", "fighters from the RSF": the named group, not the unidentified one
    named = [h for h in hits if h.actor.type != "unidentified_armed_group"]
    return (named or hits or [NO_ACTOR])[0]


AUTHORING_VERBS = frozenset(("sign", "issue", "publish", "release", "circulate", "post"))
CARRYING_VERBS = frozenset(("carry", "transport", "ferry"))


def fallback_targets(token: Token, lexicon: Lexicon) -> Iterator[Token]:
    """Where the target stands when the object is no actor: after a preposition ("blamed the
    blast on JNIM", "attributed it to the rebels"), who holds the object ("stormed a post held
    by the VDP"), or whom a participle of the clause kills or wounds ("a drone struck a car,
    killing two members of HTS")."""
    clause = token.head if token.dep_ in ("nsubj", "nsubjpass") else token
    if clause.pos_ in ("VERB", "AUX"):
        obj = dep_child(clause, "dobj")
        for holder in (clause, obj) if obj is not None else (clause,):
            for prep in ("on", "to", "against", "at"):
                found = prep_object(holder, prep)
                if found is not None:
                    yield found
        if obj is not None:  # "stormed a post held by the VDP": whoever held it
            for acl in children(obj):
                if acl.dep_ == "acl" and acl.lemma_ in lexicon.modality["site_verbs"]:
                    holder = prep_object(acl, "by")
                    if holder is not None:
                        yield holder
    for verb in (token, clause):
        yield from casualty_victims(verb, lexicon)


def dep_child(token: Token, *deps: str) -> Token | None:
    return next((c for c in children(token) if c.dep_ in deps), None)


def prep_object(token: Token, *preps: str) -> Token | None:
    for child in children(token):
        if child.dep_ in ("prep", "agent") and child.lower_ in preps:
            pobj = dep_child(child, "pobj")
            if pobj is not None:
                return pobj
    return None


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, inherited through xcomp/conj/relcl when the verb has none."""
    for _ in range(4):
        subj = _subject_child(verb)
        if subj is not None and subj.dep_ == "csubj" and subj.tag_ == "VBG":
            # "soldiers sweeping the road found a device": the sweepers, not the sweeping
            return dep_child(subj, "nsubj") or subj
        if subj is not None:
            return _hunter(subj) or subj
        if verb.dep_ == "relcl" or _misread_main_verb(verb):
            return verb.head
        finite = _finite_beside_infinitive(verb)
        if finite is not None:
            verb = finite
            continue
        if _time_gerund(verb) or _result_after_time_clause(verb):
            verb = verb.head.head
            continue
        outside = conjunct_out_of_relative(verb)
        if outside is not None:
            verb = outside
            continue
        hedge = hedge_before(verb)
        if hedge is not None:
            return dep_child(hedge, "nsubj")
        # ("Gunmen suspected to be Fulani militiamen attacked ...", read as what was suspected)
        inherits = verb.dep_ in ("xcomp", "conj", "advcl") or _loose_conjunct(verb) or \
            verb.dep_ == "ccomp" and suspected_as(verb.head)
        if inherits and verb.head.i != verb.i:
            verb = sibling_of(verb) if verb.dep_ == "conj" else verb.head
            continue
        return None
    return None


def _finite_beside_infinitive(verb: Token) -> Token | None:
    """"soldiers ... shot dead two men who were trying to run away and set fire to 15 houses": a
    past tense the parser joined to an infinitive of a relative clause goes with the finite verb
    above that clause, whose subject it shares."""
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or verb.head.tag_ != "VB":
        return None
    node, crossed = verb.head, False
    while node.head.i != node.i:
        crossed |= node.dep_ == "relcl"
        node = node.head
        if crossed and node.pos_ == "VERB" and node.tag_ == "VBD":
            return node
    return None


def _subject_child(verb: Token) -> Token | None:
    """"The following day, a Boko Haram commander ... surrendered", "North-east of the city,
    Kurdish Peshmerga forces handed ...": of two subjects the parser gives a verb, a time phrase
    or a bearing is none."""
    subjects = [c for c in children(verb) if c.dep_ in ("nsubj", "csubj")]
    if len(subjects) > 1 and subjects[0].pos_ == "NOUN" and subjects[1].pos_ == "PROPN" and \
            any(c.lower_ == "of" for c in children(subjects[0])):
        return subjects[1]  # "Fighters of the paramilitary Rapid Support Forces": a misparse
    return next((s for s in subjects if s.lemma_ not in TIME_NOUNS and s.ent_type_ != "DATE"
                 and not (len(subjects) > 1 and (s.lower_ in BEARINGS or _set_off(s)))),
                subjects[0] if subjects else None)


def _set_off(subject: Token) -> bool:
    """"In Kikwit, the province's largest city, a crowd beat ...": a phrase between commas
    beside another subject names the place before it."""
    left, right = subject.left_edge, subject.right_edge
    closed = right.text == "," or right.i + 1 < len(right.doc) and right.nbor(1).text == ","
    return left.i > 0 and left.nbor(-1).text == "," and closed


def _hunter(subject: Token) -> Token | None:
    """"soldiers hunting for the kidnappers set fire to 30 houses": the parser made the object
    of a dangling "for" the subject; the one hunting is."""
    left = subject.left_edge
    prep = left.nbor(-1) if left.i > 0 else None
    if prep is None or prep.pos_ != "ADP" or dep_child(prep, "pobj") is not None:
        return None
    hunting = prep.head
    return dep_child(hunting, "nsubj") if hunting.tag_ == "VBG" else None


def _misread_main_verb(verb: Token) -> bool:
    """"Several hundred angry youths set ablaze the city office": the sentence's only verb read as
    a participle of its subject; one followed by its own object is no passive. "The UN mission
    (UNSMIL) called on ...": a past tense hung on a root noun is that noun's verb, and so on one
    the parser made a second subject of a speech verb."""
    if verb.dep_ != "acl":
        return False
    if verb.tag_ in ("VBD", "VBN") and _second_subject(verb.head) and \
            dep_child(verb, "agent") is None:  # (not "soldiers backed by a militia")
        return True
    if verb.head.dep_ != "ROOT":
        return False
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ != "VBN":
        return False
    return any(c.dep_ == "dobj" or any(o.dep_ == "pobj" for o in children(c))
               and c.lower_ in COMPLEMENTS for c in children(verb) if c.i > verb.i)


def _second_subject(noun: Token) -> bool:
    """"Dozo hunters ... caught up with the raiders ..., a spokesman said": the parser made the
    reported clause's subject a second subject of the speech verb."""
    speech = noun.head
    return noun.dep_ == "nsubj" and speech.lemma_ in load_lexicon().modality["speech_verbs"] and \
        any(c.dep_ == "nsubj" and c.i > noun.i for c in children(speech))


def role_tokens(token: Token, trigger: Trigger, lexicon: Lexicon) -> Roles:
    """The noun phrases for actor1 (who acts) and actor2 (on whom) of a trigger (a noun with a
    subject is a verb the tagger missed: "a unit ... retook Tassara")."""
    coordinated = gerund_read_as_modifier(token)
    if coordinated is not None:
        return Roles(subject_of(coordinated), token.head)
    if token.pos_ in ("VERB", "AUX") or dep_child(token, "nsubj") is not None:
        roles = _relative_pronoun_doer(_verb_roles(token, trigger, lexicon))
        if trigger.plover == "ACCUSE":
            roles = _adjunct_pronouns(token, roles)
        if roles.first is not None and (roles.second is None and trigger.phrase[0] in
                                        lexicon.modality["symmetric_verbs"]
                                        or reciprocal(roles.second)):
            # "soldiers and militiamen turned their guns on each other": the other conjunct
            return Roles(roles.first, dep_child(roles.first, "conj") or _of_conjunct(roles.first))
        return roles
    if token.pos_ == "ADJ":
        return _adjective_roles(token)
    return _noun_roles(token, lexicon, trigger.plover == "ASSAULT")


RELATIVES = {"who", "whom", "which", "that"}


def reciprocal(noun: Token | None) -> bool:
    return noun is not None and noun.lower_ in ("other", "another") and any(
        c.lower_ in ("each", "one") for c in children(noun))


def gerund_read_as_modifier(token: Token) -> Token | None:
    """"shooting dead six civilians and looting shops": the second gerund, read as a modifier of
    its object, is coordinated with the first verb; that verb, whose subject it shares."""
    gerund = token.tag_ == "VBG" or token.pos_ == "NOUN" and token.lower_.endswith("ing")
    if not gerund or token.dep_ != "compound" or token.i == 0 or token.nbor(-1).lower_ != "and":
        return None
    noun = token.head
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun.head if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" else None


def _relative_pronoun_doer(roles: Roles) -> Roles:
    """"a crowd dragged out a man whom they accused of spying and beat him to death": "they" in a
    clause on the main verb's object is that verb's subject (whatever the verb hangs on)."""
    first = roles.first
    if first is None or first.pos_ != "PRON" or first.lower_ in RELATIVES or \
            first.head.dep_ != "relcl" or first.head.head.dep_ != "dobj":
        return roles
    doer = subject_of(first.head.head.head)
    return roles if doer is None or doer.pos_ == "PRON" else Roles(doer, roles.second)


def _adjunct_pronouns(verb: Token, roles: Roles) -> Roles:
    """"arrested 17 vendors, whom they accused of ...", "arrested two officers, accusing them of
    spying": in an accusation hung on another clause, "they" is that clause's subject, "whom"
    the noun the relative clause describes, "them" that clause's object."""
    if verb.dep_ not in ("relcl", "advcl"):
        return roles
    main = verb.head if verb.dep_ == "advcl" else verb.head.head
    if main.pos_ not in ("VERB", "AUX"):
        return roles
    first, second = roles.first, roles.second
    if first is None or first.pos_ == "PRON" and first.lower_ not in RELATIVES:
        first = subject_of(main) or first
    if second is not None and second.lower_ in RELATIVES and verb.dep_ == "relcl":
        second = verb.head
    elif second is not None and second.pos_ == "PRON" and verb.dep_ == "advcl":
        second = dep_child(main, "dobj") or second
    return Roles(first, second)


def _vowed_against(vow: Token) -> Token | None:
    """"act with full force against Hezbollah", "deal with anyone who ...", "nobody will be
    spared": whom the vowed force is for."""
    against = next((t for t in vow.subtree if t.dep_ == "prep" and t.lower_ == "against"), None)
    if against is not None:
        return dep_child(against, "pobj")
    if vow.lemma_ == "deal":
        return prep_object(vow, "with")
    return dep_child(vow, "dobj", "nsubjpass")


def _adjective_roles(adj: Token) -> Roles:
    """"Syria is willing to withdraw from Lebanon": the copula's subject offers; whom the
    offered act concerns comes from that act's object."""
    first = subject_of(adj.head) if adj.dep_ == "acomp" else None
    act = dep_child(adj, "xcomp")
    second = prep_object(act, "to", "from", "with", "on") if act is not None else None
    return Roles(first, second)


TARGET_PREPS = ("on", "against", "with", "from", "to")


def _weapon_words(lexicon: Lexicon) -> set[str]:
    cues = lexicon.modality
    return {*cues["surrendered_arms"], *cues["weapon_subjects"], *cues["blunt_weapons"]}


def _verb_roles(verb: Token, trigger: Trigger, lexicon: Lexicon) -> Roles:
    between = prep_object(verb, "between") if verb.tag_ == "VBG" else None
    named = between is not None and (between.pos_ == "PROPN" or any(
        c.dep_ == "det" and c.lower_ == "the" for c in children(between)))
    if named and verb.dep_ in ("nsubj", "nsubjpass"):
        # "Fighting between the Comandos de la Frontera and the Carolina Ramírez Front left
        # seven dead", "... between the army and the SPLM-IO" (two sides named, in the order
        # told)
        return _noun_roles(verb, lexicon, False)
    if trigger is MODAL_DEMAND:  # the speaker demands; the one who "must" is the target
        clause = next((c for c in children(verb) if c.dep_ == "ccomp"), None)
        return Roles(subject_of(verb),
                     dep_child(clause, "nsubj", "nsubjpass") if clause is not None else None)
    if trigger is FORCE_VOW:  # the speaker threatens whom the force is vowed against
        vow = next((c for c in children(verb) if c.dep_ == "ccomp"), None)
        return Roles(subject_of(verb), _vowed_against(vow) if vow is not None else None)
    passive_subject = dep_child(verb, "nsubjpass")
    if trigger in THREATENED_ACTS and passive_subject is not None and verb.dep_ == "ccomp":
        return Roles(subject_of(verb.head), passive_subject)  # "warned that any position that
        # opened fire will be suppressed": the one warning would suppress it
    if passive_subject is None and verb.dep_ == "conj" and dep_child(verb, "agent") is not None:
        # "was dragged from the car and beaten to death by a crowd": the first verb's subject
        passive_subject = dep_child(first_conjunct(verb), "nsubjpass")
    if passive_subject is None and _elided_passive(verb, lexicon):
        passive_subject = dep_child(verb, "nsubj")
    if passive_subject is not None and prep_object(verb, "by") is None and (
            trigger.plover == "MOBILIZE" or trigger.plover == "RETREAT"
            and names_people(passive_subject, lexicon)):
        # "soldiers were sent to the area", "troops were withdrawn from the town": the force moves
        return Roles(passive_subject, None)
    if passive_subject is not None and passive_subject.lemma_ in trigger.phrase:
        return _noun_roles(passive_subject, lexicon, False)  # "talks between X and Y were held"
    if passive_subject is not None:
        return Roles(prep_object(verb, "by"), passive_subject)
    if trigger.acled == "Headquarters or base established" and verb.dep_ == "acl" and \
            prep_object(verb, "by") is None:  # "a CRPF camp set up last week": the CRPF's
        return Roles(dep_child(verb.head, "poss", "compound"), None)
    subject = subject_of(verb)
    obj = dep_child(verb, "dobj")
    if obj is not None and obj.lemma_ in trigger.phrase:  # "opened fire on X": X, not "fire"
        obj = None
    # "met on Monday": a day is no party ("On Tuesday, soldiers clashed with X": X is)
    # ("fought with rocket-propelled grenades": what they fought with is no side)
    obj = obj or next((o for c in children(verb)
                       if c.dep_ in ("prep", "agent") and c.lower_ in TARGET_PREPS
                       for o in [dep_child(c, "pobj")] if o is not None
                       and o.ent_type_ not in ("DATE", "TIME")
                       and not (c.lower_ == "with" and o.lemma_ in _weapon_words(lexicon))),
                      None)
    obj = obj or _put_to_death(verb) or next(
        (v for c in children(verb) if c.dep_ == "conj" for v in [_put_to_death(c)] if v), None)
    if obj is None and trigger.phrase == ("launch", "operation"):
        obj = _cleared_enemy(verb)
    if trigger.phrase[0] == "fall":
        return Roles(prep_object(verb, "to"), None)
    if trigger.phrase[:2] == ("come", "under"):  # "a patrol came under fire from X": X fired on it
        fire = prep_object(verb, "under")
        return Roles(prep_object(verb, "from") or (prep_object(fire, "from") if fire else None),
                     subject)
    if trigger.plover == "ASSAULT" and trigger.phrase[-1] in ("mine", "landmine"):
        # "their vehicle ran over a landmine": the one who hit it is hurt (not "cleared mines")
        return Roles(None, subject)
    told = first_conjunct(verb)  # "..., killing four soldiers and wounding three"
    if told.dep_ == "advcl" and told.tag_ == "VBG" and told.head.lemma_ in EXPLOSIVE_STRIKERS \
            and any(c.dep_ == "dobj" and c.lemma_.lower() in STRUCK_EXPLOSIVES
                    for c in children(told.head)):
        return Roles(None, obj)  # "a convoy struck a roadside bomb, killing four soldiers"
    if trigger.acled == "@territory" and _unfought(verb):
        return Roles(None, subject)  # "occupied it without firing a shot": the ground went to them
    if trigger.acled == "@territory":  # the object is the place taken; the loser comes after "from"
        taken = dep_child(verb, "dobj")
        loser = prep_object(verb, "from", "out") or (
            prep_object(taken, "from") if taken is not None else None)
        if loser is None and taken is not None and taken.lemma_ in lexicon.modality["force_assets"]:
            loser = taken  # "stormed an army outpost": the army lost it
        if taken is not None and trigger.phrase[-1] == "out" and (
                loser is None or loser.ent_type_ in PLACE_LABELS) and (
                names_people(taken, lexicon) or taken.ent_type_ not in PLACE_LABELS):
            # "drove Russian forces out of several blocks", "drove the SPLA-IO out of Mayom":
            # whoever is driven out, not where from
            loser = taken
        return Roles(subject, loser)
    if trigger.plover == "ASSAULT" and subject is not None and \
            subject.lemma_ in lexicon.modality["weapon_subjects"]:
        # "An air strike killed five militants", "mortar shells fired by al-Shabaab landed": the
        # weapon is the subject, not the actor
        return Roles(prep_object(subject, "by") or _participle_agent(subject)
                     or _fired_from_holder(subject) or subject, obj)
    return Roles(subject, obj)


def _fired_from_holder(weapon: Token) -> Token | None:
    """"shells fired from SPLM-N positions", "mortar rounds fired from hilltops held by Mangal
    fighters": whoever holds the ground a weapon is fired from fired it."""
    while weapon.dep_ == "compound" and weapon.head.i != weapon.i:
        weapon = weapon.head  # ("mortar rounds")
    fired = [c for c in children(weapon) if c.dep_ == "acl" and c.lemma_ == "fire"]
    if weapon.dep_ == "nsubj" and weapon.head.lemma_ == "fire":
        fired.append(weapon.head)  # "Grad rockets fired from positions held by ... hit"
    for verb in fired:
        ground = prep_object(verb, "from")
        if ground is None:
            continue
        held = next((c for c in children(ground) if c.dep_ == "acl"
                     and c.lemma_ in ("hold", "control", "occupy")), None)
        holder = prep_object(held, "by") if held is not None else next(
            (c for c in children(ground) if c.dep_ in ("compound", "poss")
             and c.pos_ == "PROPN"), None)
        if holder is not None:
            return holder
    return None


def _put_to_death(verb: Token) -> Token | None:
    """"shot and hacked to death civilians who ...": the parser hangs the victims on "to",
    with "death" as their compound."""
    victims = prep_object(verb, "to")
    return victims if victims is not None and any(
        c.dep_ == "compound" and c.lower_ == "death" for c in children(victims)) else None


def _elided_passive(verb: Token, lexicon: Lexicon) -> bool:
    """"eleven soldiers were killed and 17 soldiers wounded": a counted subject of a casualty
    verb with no object and no auxiliary of its own is its victim, the "were" left out."""
    if verb.lemma_ not in lexicon.modality["casualty_verbs"] or \
            dep_child(verb, "dobj", "aux", "auxpass", "agent") is not None:
        return False
    subject = dep_child(verb, "nsubj")
    return subject is not None and (subject.like_num or dep_child(subject, "nummod") is not None)


def _of_conjunct(noun: Token) -> Token | None:
    """"militias of X and Y", and "Garre and Degodia clan militias": the second side named."""
    named = prep_object(noun, "of")
    if named is not None:
        return dep_child(named, "conj")
    joined = next((t for t in noun.doc[noun.left_edge.i:noun.i] if t.lower_ == "and"), None)
    return noun.doc[joined.i + 1] if joined is not None and joined.i + 1 < noun.i else None


def _noun_roles(noun: Token, lexicon: Lexicon, attack: bool) -> Roles:
    between = prep_object(noun, "between") or (  # "fighting broke out between X and Y"
        prep_object(noun.head, "between") if noun.dep_ == "nsubj" else None)
    if between is not None:  # "between X and Y", "between delegations of X and Y"
        return Roles(between, dep_child(between, "conj") or _of_conjunct(between))
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "pit":  # "the clashes pitted X against Y"
        return Roles(dep_child(noun.head, "dobj"), prep_object(noun.head, "against"))
    first = prep_object(noun, "by") or dep_child(noun, "poss") or _participle_agent(noun) or \
        _stray_agent(noun, lexicon) or _fired_from_holder(noun)
    if first is not None and first.pos_ == "PRON" and noun.dep_ in ("dobj", "attr"):
        first = None  # "Israel mounted its invasion": "its" is the verb's subject
    if first is None:  # "Israeli shelling", "army shells released a gas"
        first = next((c for c in children(noun) if c.dep_ in ("amod", "compound")
                      and (c.ent_type_ in ("NORP", "ORG", "GPE") or c.lower_ in FORCE_MODIFIERS)),
                     None)
    second = prep_object(noun, "on", "against", "over", "of", "targeting", "with")
    if second is None and first is not None and first.head.lower_ == "by":
        # "the attack by rebels on the convoy": the parser hangs the target on the attacker
        second = prep_object(first, "on", "against", "targeting")
    phrase_head = noun
    while phrase_head.dep_ == "compound" and phrase_head.head.i != phrase_head.i:
        phrase_head = phrase_head.head  # "a mediation mission": the mission's verb
    if phrase_head.dep_ == "pobj" and phrase_head.head.lower_ == "of" and \
            phrase_head.head.head.lemma_ in SERIES_NOUNS:
        phrase_head = phrase_head.head.head  # "hold a new round of talks": the round's verb
    if phrase_head.dep_ == "attr" and phrase_head.head.lemma_ == "be" and first is None:
        # "an army post was overrun by militants", the participle read as a noun: a passive
        return Roles(prep_object(phrase_head.head, "by"), second or subject_of(phrase_head.head))
    # "(residents) have sought shelter since the killings", "protested over the arrests": the
    # subject of a verb the event only times or is about did not do it
    aside = phrase_head.dep_ == "pobj" and phrase_head.head.lower_ in ASIDE_PREPS
    if first is None and phrase_head.dep_ in ("dobj", "pobj", "attr") and not aside:
        verb = phrase_head.head if phrase_head.dep_ != "pobj" else phrase_head.head.head
        # "police described the attack as planned": who comments on an event did not do it
        first = subject_of(verb) if verb.pos_ in ("VERB", "AUX") and \
            verb.lemma_ not in lexicon.modality["observer_verbs"] else None
    if noun.dep_ == "nsubj" and second is None:
        second = dep_child(noun.head, "dobj")
    if second is None and attack and phrase_head.dep_ == "dobj" and \
            phrase_head.head.pos_ == "VERB":
        # "threw a hand grenade at a police post": where the weapon was sent
        second = prep_object(phrase_head.head, "at", "into")
    if first is not None and phrase_head.dep_ == "dobj" and \
            phrase_head.head.lemma_ in EXPLOSIVE_STRIKERS and first.dep_ == "nsubj":
        # "a military supply convoy ... struck an improvised explosive device": it was hit
        return Roles(None, first)
    return Roles(first, second)


ASIDE_PREPS = frozenset("since after following despite over against about into".split())
EXPLOSIVE_STRIKERS = frozenset(("strike", "hit"))
STRUCK_EXPLOSIVES = frozenset(("device", "ied", "mine", "landmine", "bomb"))
FORCE_MODIFIERS = frozenset(("army", "military", "police", "government", "rebel", "militia"))
SERIES_NOUNS = frozenset(("round", "series", "wave", "spate", "string", "flurry"))


def _stray_agent(noun: Token, lexicon: Lexicon) -> Token | None:
    """"had documented the rape of nine women by SPLA-IO fighters": one who comments on an event
    did not do it, so a "by" the parser hung on the verb after its object is the object's."""
    verb = noun.head if noun.dep_ == "dobj" else None
    if verb is None or verb.lemma_ not in lexicon.modality["observer_verbs"] or \
            dep_child(verb, "nsubj") is None:
        return None
    agent = prep_object(verb, "by")
    return agent if agent is not None and agent.i > noun.i else None


def _participle_agent(noun: Token) -> Token | None:
    """"roadblocks set up by the cartels", "an IED planted by unidentified men": the agent of the
    participle describing the noun; "a bomb believed to have been planted by JNIM militants"
    (the participle read as the noun's verb): of the infinitive it takes."""
    participles = [c for c in children(noun) if c.dep_ == "acl" and c.tag_ == "VBN"]
    if noun.dep_ == "nsubj" and noun.head.tag_ == "VBD" and noun.head.lemma_ in HEDGING_VERBS:
        participles.append(noun.head)
    participles += [x for c in participles for x in children(c)
                    if x.dep_ == "xcomp" and x.tag_ == "VBN"]
    return next((agent for c in participles if (agent := prep_object(c, "by")) is not None), None)


HEDGING_VERBS = frozenset(("believe", "think", "suspect"))


def phrase(token: Token) -> str:
    words = [t for t in token.subtree if t.dep_ not in ("det", "punct", "relcl", "acl")][:6]
    return " ".join(t.text for t in words if t.i <= token.i or t.dep_ == "pobj" or t.head.i == token.i)
