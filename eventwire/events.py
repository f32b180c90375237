"""Events stage: Doc + actors, places, times, quantities, quotes -> typed events with evidence.

The cascade, per article (matching in `triggers.py`, which triggers count in `event_filters.py`,
parse reading in `event_parse.py`, where an event happened in `event_places.py`):
1. triggers: lexicon phrases on lemmas, verb+object phrases also through the parse ("sent 300
   troops", "troops were sent"); dropped: names, denials/reports of another trigger (whose content
   stays, negated), habits and kinds of events, what an accusation alleges, forecasts, targets;
2. each trigger becomes a mention: mode and roles from the parse, its type corrected by the
   clause; place from its clause by parse distance, else the nearest earlier sentence of the
   paragraph, else the country; date from the clause, else the paragraph's, else the lede's day
   (a background period or a date still to come does not carry over); fatalities;
3. rule sub-types are settled (`@territory`, `@kill`, `@protest`);
4. mentions of one event merge: same sentence, or same type with compatible place, date and
   actors; "the attack" joins the event it names, "the blast destroyed ..." the event it tells
   about; tear gas joins its protest, firing on marchers makes it "Excessive force". What only a
   party's direct quote says happened is its claim (dropped); a denial is placed where the
   denied event was;
5. confidence = trigger strength + roles/place/date found + prominence (the root predication
   gains; each other event governing it loses: in "threatened to storm" THREATEN outranks the
   future ASSAULT; a lede's "X will Y" / "X will not Y" is also the asserted promise, threat or
   refusal, which outranks Y). Asserted events need ASSERTED_MIN_CONFIDENCE, others MIN_CONFIDENCE.

Calibration (asserted predictions with no asserted minimum; "matched" = used for a gold event by
`eventwire eval`, which needs its type and mode), re-measured at the end of the 2026-11-25 work:

    confidence   reports + incident notes (44)   held-out texts (80: sets 1-4, 6, 7)
                   predicted  matched               predicted  matched
    0.50-0.60         14         1                     41        12
    0.60-0.65          5         0                     12         6
    0.65-0.75          9         8                     40        34
    0.75-0.85         38        37                     69        56
    0.85-0.95         46        46                    105        98
    >= 0.95           55        53                     81        80

Below 0.65 few asserted predictions are real (1 of 19 on the development gold, 18 of 53 on the held-out
texts), hence ASSERTED_MIN_CONFIDENCE = 0.65; above 0.85 nearly all are (93-99 %), between them about
four in five on held-out text. The held-out sets were tuned on after their first scoring, so these
rates are better than on text nobody has seen.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cached_property

from spacy.tokens import Doc, Span as SpacySpan, Token

from .actors import actor_at, holds_office, implied_actor, national_actor
from .event_filters import (CLEARING, DISPERSING, force_vows, is_inert, is_seized, modal_demands,
                            reports_event)
from .event_parse import (PEOPLE_TAKING, SEIZING, SPEAKER_TRIGGERS, STRIKE_SUBS,
                          THREATENED_ACTS, THREATENED_FORCE, TRYING_VERBS, actor_of,
                          answers_a_charge, as_type, bare_purpose, clause_bounds, clause_head,
                          commitment, conjunct_out_of_relative, denier_of,
                          dep_child, fallback_targets, first_conjunct, head_token,
                          hedge_before, is_person,
                          intercepts_projectiles, kills_civilians, marks, mode_of, ongoing,
                          part_of_reported, phrase, prep_object, prominence, reciprocal,
                          refers_back, retype,
                          role_tokens, side_change_roles, source_tokens, speaker_for_pronoun,
                          strikes_armed, subject_of, suspected_as, takes_to, told_apart_in_time,
                          verb_phrase, verb_triggers,
                          went_on_to)
from .event_places import PLACE_RANK, event_place, fallback_place, lede_place
from .model import (NAMED_GROUP_TYPES, Actor, ActorRef, Event, EventType, Fatalities, Place,
                    Quantity, Quote, Span, TimeSpan)
from .nlp import children, doc_text, sent_of, span_text, tokens_where
from .quotes import speech_verbs
from .time_expressions import ahead, is_duration, number_word, resolve
from .tolls import event_tolls, fighters_for_civilians, reported_total, rival_tolls
from .triggers import Lexicon, Trigger, lemma_of, load_lexicon, trigger_spans

MIN_CONFIDENCE = 0.5
COMMITMENT_STRENGTH = 0.8  # "pledge", "offer" in the lexicon are 0.7 with no auxiliary
COMMITTED_MALUS = 0.05
ASSERTED_MIN_CONFIDENCE = 0.65  # see the calibration table in the module docstring
NAMED_DOERS = {"ORG", "GPE", "NORP", "PERSON"}
STATE_TYPES = {"military", "police", "government", "country"}
ARMED_TYPES = STATE_TYPES | NAMED_GROUP_TYPES | {"unidentified_armed_group"}
RETAKE_LEMMAS = {"retake", "recapture", "regain", "liberate", "liberation"}
DATE_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "year": 4, "unknown": 5}


@dataclass
class _Mention:
    """One trigger in context, before merging."""
    trigger: Trigger
    token: Token
    sent: SpacySpan
    paragraph: int
    mode: str
    actor1: Actor | None
    actor2: Actor | None
    actor1_text: Span | None
    actor2_text: Span | None
    place: Place | None
    place_in_sentence: bool
    date: TimeSpan
    fatalities: Fatalities | None
    sources: list[str]
    acled_sub: str | None
    prominence: float = 0.0
    refers_back: bool = False  # "the attack": an event already reported (see `_antecedent`)
    part_of: bool = False  # "the blast destroyed shops": how an event already reported went
    own_date: bool = False  # the sentence names a date
    place_in_paragraph: bool = False  # the place is an earlier sentence's of the paragraph
    committed: bool = False  # a lede's "will X": X ranks below the commitment (`_with_commitments`)
    subject: Token | None = None  # actor1's phrase as the parse gave it
    named_doer: bool = False  # actor1's phrase is a name the actor list does not know
    intercepts: bool = False  # "shot down two drones": weapons stopped in flight
    # a noun the sentence dates or says took place ("a 2020 truce", "a march took place")
    stated_noun: bool = False
    # an event noun its own phrase dates ("an explosion that had gutted an agency on 9 November"):
    # an event apart from others of its sentence dated otherwise (see `_dates_own_phrase`)
    dated_phrase: bool = False
    denies: _Mention | None = None  # a bare denial: the reported mention it denies
    read_as: str | None = None  # a denial's own sub-type, before it took the denied event's
    evidence: list[Span] = field(default_factory=list)


@dataclass(frozen=True)
class _Context:
    """What the stage knows about the article while it reads one trigger."""
    doc: Doc
    text: str  # doc.text, read once: spaCy rebuilds it on every access
    actors: tuple[Actor, ...]
    places: tuple[Place, ...]
    times: tuple[TimeSpan, ...]  # resolved points and periods; durations never date an event
    quantities: tuple[Quantity, ...]
    quotes: tuple[Quote, ...]
    published: date | None
    paragraph_starts: tuple[int, ...]
    lexicon: Lexicon

    @cached_property
    def memo(self) -> dict:
        """Answers that depend on the article alone (a sentence's places), kept for its
        other triggers."""
        return {}

    @cached_property
    def fallback_place(self) -> Place | None:
        """Where an event with no place of its own is put."""
        return fallback_place(self)

    @cached_property
    def lede_place(self) -> Place | None:
        """The town or province of the first sentence that names one (read only when needed)."""
        return lede_place(self)

    def paragraph_of(self, char: int) -> int:
        return sum(1 for start in self.paragraph_starts if start <= char) - 1


def find_events(doc: Doc, actors=(), places=(), times=(), quantities=(), quotes=(),
                published: date | None = None,
                min_confidence: float = MIN_CONFIDENCE) -> list[Event]:
    """Every event the article reports (and those it says did not or may happen, with their mode)."""
    ctx = _context(doc, actors, places, times, quantities, quotes, published)
    spans = [(t, s) for t, s in trigger_spans(doc) if not is_inert(head_token(s, t))
             and not _in_actor_name(ctx, head_token(s, t))
             and not (t.plover == "ASSAULT" and is_seized(head_token(s, t), ctx.lexicon))]
    heads = {head_token(span, trigger).i: trigger for trigger, span in spans}
    spans += modal_demands(doc) + force_vows(doc, ctx.lexicon, heads) + _towns_taken(ctx, heads)
    heads = {head_token(span, trigger).i: trigger for trigger, span in spans}
    spans = [(t, s) for t, s in spans
             if t in SPEAKER_TRIGGERS or reports_event(head_token(s, t), t, heads, ctx.lexicon)]
    # a denial or report that only carries another trigger ("denied that detainees had been
    # beaten") does not rank that trigger down as an event embedded under another
    heads = {head_token(span, trigger).i: trigger for trigger, span in spans}
    mentions = _with_commitments(ctx, [_mention(ctx, trigger, span, heads) for trigger, span in spans])
    _deny_reported(ctx, mentions)
    _answer_charges(ctx, mentions)
    mentions = [m for m in mentions if not _ends_its_capture(m, mentions)
                and not _describes_a_suspect(m) and not _armed_protest(m)
                and not _confiscates(m, mentions)
                and not _captured_arms(m)]
    groups = [g for g in _time_clauses(_merge(mentions)) if not _only_claimed(ctx, g)]
    _anchor_denials(groups)
    _rejected_parties(ctx, groups)
    _place_follow_ups(groups)
    _place_by_reference(groups)
    crowd = _article_crowd(groups)
    ctx.memo["riots"] = [m for g in groups for m in g
                         if m.mode == "asserted" and m.acled_sub in CROWD_SUBS]
    blamed = _attributions(ctx, groups)
    # (an attribution made by no one names the doer of the attack it follows, and is no
    # accusation: "The attack was attributed to Boko Haram")
    groups = [g for g in groups if not _blamed_by_nobody(g[0])]
    events = _owners_of_intercepted(groups, [_to_event(ctx, group, crowd, blamed.get(id(group)))
                                             for group in groups])
    events = _bombers_who_fired(groups, _threatened_targets(groups, events))
    events = _releases_by_captors(events)
    events = [e for e in events if e.confidence >= max(
        min_confidence, ASSERTED_MIN_CONFIDENCE if e.mode == "asserted" else 0.0)]
    events = _note_toll(ctx, [e for e in events if not _fell_back_from_fight(e, events)])
    events = _seizures_of_arrests(_arrested_attackers(_charges_of_arrests(events)))
    return [replace(e, id=f"e{i}") for i, e in enumerate(events, 1)]


def _towns_taken(ctx: _Context, heads: dict[int, Trigger]) -> list[tuple[Trigger, SpacySpan]]:
    """"Islamic State took Mosul in June 2014", "the militants took Kidal": a place the places
    stage found, taken, is captured (the lexicon's "take" rows name only nouns: "took the
    town")."""
    taking = ctx.lexicon.triggers["take town|VERB"]
    found = []
    for place in ctx.places:
        for mention in place.mentions:
            words = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            verb = words.root.head if words is not None else None
            if verb is not None and words.root.dep_ == "dobj" and verb.pos_ == "VERB" and \
                    lemma_of(verb) == "take" and verb.i not in heads:
                found.append((taking, ctx.doc[verb.i:words.root.i + 1]))
    return found


def _blamed_by_nobody(m: _Mention) -> bool:
    token = m.token
    return m.trigger.plover == "ACCUSE" and token.tag_ == "VBN" and \
        token.lemma_ in load_lexicon().modality["attributing_verbs"] and \
        dep_child(token, "auxpass") is not None and dep_child(token, "agent") is None


def _in_actor_name(ctx: _Context, token: Token) -> bool:
    """"the Group for the Support of Islam and Muslims (JNIM)": a capitalised word of a name
    the actors stage read is no trigger, whether or not the NER tagged the name."""
    if not token.text[:1].isupper() or token.is_sent_start:
        return False
    return any(m.start <= token.idx < m.end and " " in m.text
               for a in ctx.actors for m in a.mentions)


def _with_commitments(ctx: _Context, mentions: list[_Mention]) -> list[_Mention]:
    """After each committed act ("will withdraw", "will not accept"), the commitment itself: an
    asserted promise, threat or refusal by the committer, ranked above the act (see
    `event_parse.commitment`)."""
    found = []
    for m in mentions:
        found.append(m)
        act = commitment(m.token, m.trigger, m.mode, ctx.lexicon)
        # (a vowed act no trigger names already has its threat, see `force_vows`)
        threatener = _own_side_would(ctx, m) if act is None and m.trigger not in THREATENED_ACTS \
            else None
        if act is not None or threatener is not None:
            # an auxiliary commitment is as explicit as "pledged"
            trigger = replace(as_type(m.trigger, act or "THREATEN", ctx.lexicon),
                              strength=max(m.trigger.strength, COMMITMENT_STRENGTH))
            found.append(replace(m, trigger=trigger, mode="asserted", fatalities=None,
                                 acled_sub=None, refers_back=False, part_of=False,
                                 actor1=threatener or m.actor1))
            m.committed = True
    return found


def _own_side_would(ctx: _Context, m: _Mention) -> Actor | None:
    """"Gam Ja (of the KIA) said the KIA would move on Mogaung if the military kept bombing": a
    side's own word of what it would do to another, on a condition, is its threat (but
    "officials said the militants would attack" warns of someone else's act); so is a state's
    word that whoever does something would be detained (the threat is the speaker's)."""
    clause = first_conjunct(clause_head(m.token))
    if m.trigger.plover not in ("ASSAULT", "COERCE") or m.mode != "hypothetical" or \
            clause.dep_ != "ccomp" or clause.head.lemma_ not in OWN_WORD_VERBS \
            or not {c.lower_ for c in children(clause) if c.dep_ == "aux"} & {"would", "will"}:
        return None
    speaker = actor_of(ctx.actors, ctx.text, dep_child(clause.head, "nsubj")).actor
    if speaker is None:
        return None
    if m.actor1 is None:
        passive = dep_child(clause, "auxpass") is not None
        return speaker if passive and speaker.type in STATE_TYPES else None
    own = speaker.id == m.actor1.id or speaker.affiliation in (m.actor1.id, m.actor1.name) \
        or _same_state(speaker, m.actor1)
    return m.actor1 if own else None


OWN_WORD_VERBS = frozenset(("say", "tell", "write"))


def _same_state(speaker: Actor, doer: Actor) -> bool:
    """"Israel's defence minister said Israel would strike": a state's official speaks for its
    forces."""
    return speaker.type in STATE_TYPES and doer.type in STATE_TYPES and \
        speaker.country is not None and speaker.country == doer.country


def _spoils_told(ctx: _Context, m: _Mention, actor1: Actor | None) -> bool:
    """Weapons an armed group (or "its fighters", by its own account) seized: what it took in its
    fight, no weapons use disrupted."""
    if m.acled_sub != "Disrupted weapons use":
        return False
    actor1 = actor1 or _by_own_account(ctx, m)
    return actor1 is not None and actor1.type in ARMED_TYPES - STATE_TYPES


def _group_told_own_deed(ctx: _Context, m: _Mention) -> Actor | None:
    """"The RSF said that its fighters had liberated Umm Kaddadah": a group (not a person, whose
    side is another matter) telling its own deed in the clause it says (not "RSF control that
    began when its fighters overran the town", told by the army)."""
    clause = clause_head(m.token)
    if clause.dep_ != "ccomp" or clause.head.lemma_ not in ctx.lexicon.modality["speech_verbs"]:
        return None
    teller = _by_own_account(ctx, m)
    return teller if teller is not None and teller.type != "person" else None


def _by_own_account(ctx: _Context, m: _Mention) -> Actor | None:
    """"The RSF said its fighters had liberated the town": the speaker did it."""
    owner = speaker_for_pronoun(m.token, m.subject, ctx.lexicon)
    return actor_of(ctx.actors, ctx.text, owner).actor if owner is not None else None


def _deny_reported(ctx: _Context, mentions: list[_Mention]) -> None:
    """A denial with no event word of its own ("denied any involvement", "denied that any
    civilians were among the dead", "rejected the accusation as propaganda") denies the
    happening last reported before it, an attack first: it becomes that event, negated, by the
    denier, where and when that event was. Rejecting a charge without calling it false
    ("rejected the accusation, saying its men had only defended their families"), or when no
    attack was told, is a REJECT."""
    cues = ctx.lexicon.modality
    for m in mentions:
        # "denied that any civilians had been harmed": harm with no kind of its own
        unharmed = m.trigger.phrase == ("harm",) and m.mode == "negated"
        if not unharmed and (m.trigger.plover != "REJECT" or not _bare_denial(m.token, cues)):
            continue
        # a happening told in its own right, not one a relative clause mentions in passing
        reported = [r for r in mentions if r.token.i < m.token.i and r.mode == "asserted"
                    and r.trigger.plover in CLAIMED_TYPES and r.prominence >= 0]
        disputing = m.token.lemma_ not in cues["denial_verbs"]  # "rejected the accusation"
        # ("rejected the claim, saying its forces 'do not possess or use chemical weapons'": the
        # rejection is the denial its own words make)
        own_words = {t.i for t in m.token.subtree} if disputing else set()
        own_denial = next((r for r in mentions if r.mode == "negated" and r is not m
                           and r.trigger.plover == "ASSAULT" and r.token.i in own_words), None)
        if own_denial is not None:
            m.trigger, m.acled_sub, m.mode = own_denial.trigger, own_denial.acled_sub, "negated"
            if own_denial.actor1 is not None:  # (the doer its words name: "its forces")
                m.actor1, m.actor1_text = own_denial.actor1, own_denial.actor1_text
            continue
        if disputing and not unharmed and not any(t.lower_ == "as" and t.dep_ in ("prep", "mark")
                                                  for t in m.token.subtree):
            continue  # called false ("as propaganda", "as fabricated"), it is denied
        # "denied that his men had taken part in the raid": a raid on the ground, not the air
        # strike (or its toll) told since
        ground = any(t.lemma_ == "raid" and not any(c.lower_ == "air" for c in children(t))
                     for t in m.token.subtree)
        struck = {r.sent.start for r in reported if ground and r.acled_sub in STRIKE_SUBS}
        denied = next((r for r in reversed(reported) if r.trigger.plover == "ASSAULT"
                       and r.sent.start not in struck),
                      reported[-1] if reported and not disputing else None)
        # "denied the rape allegations": the rape told before, whatever was told since
        kind = _named_kind(m.token)
        denied = next((r for r in reversed(reported)
                       if kind in (r.token.lemma_, r.trigger.phrase[0])), denied)
        if denied is None:
            continue  # no attack told before: the rejection of a charge is a REJECT of its own
        protest = next((r for r in reversed(reported) if r.trigger.plover == "PROTEST"
                        or r.acled_sub == INTERVENTION), None)
        live_fire = protest is not None and _live_fire(m.token)
        if denied.trigger.plover != "ASSAULT" and live_fire:
            denied = protest  # "denied reports that live rounds had been fired" at the march
        m.trigger, m.acled_sub, m.mode, m.denies = denied.trigger, denied.acled_sub, "negated", denied
        if denied is protest and live_fire:
            m.trigger, m.acled_sub = ctx.lexicon.triggers["fire on|VERB"], EXCESSIVE_FORCE
        m.place, m.date, m.place_in_sentence, m.own_date = \
            denied.place, denied.date, False, False
        if denied.actor2 is not None:  # a bare denial names no target of its own
            m.actor2, m.actor2_text = denied.actor2, denied.actor2_text


def _named_kind(denial: Token) -> str | None:
    """The lemma of the event word before the report a denial disputes ("rape" in "denied the
    rape allegations")."""
    report = dep_child(denial, "dobj")
    return next((c.lemma_ for c in children(report) if c.dep_ == "compound"), None) \
        if report is not None else None


LIVE_FIRE = frozenset(("round", "ammunition", "bullet"))


def _live_fire(denial: Token) -> bool:
    """The denied clause tells of firearms: "live rounds had been fired", "live ammunition"."""
    return any(t.lemma_ in LIVE_FIRE and any(c.lower_ == "live" for c in children(t))
               for t in denial.subtree)


def _answer_charges(ctx: _Context, mentions: list[_Mention]) -> None:
    """"The ministry accused the group of inflating figures, a charge the group rejected": the
    accused answers the accuser (whom "the group" names is the accusation's target); so does
    the one asked ("called on the brigade to pull out, a request the brigade rejected")."""
    for m in mentions:
        if m.trigger.plover != "REJECT" or m.token.dep_ != "relcl":
            continue
        if answers_a_charge(m.token, ctx.lexicon):
            answered = ("ACCUSE",)
        elif m.token.head.lemma_ in ctx.lexicon.modality["proposal_nouns"]:
            answered = ("REQUEST", "DEMAND")
        else:
            continue
        charge = next((a for a in mentions if a.trigger.plover in answered
                       and a.sent.start == m.sent.start and a.token.i < m.token.i), None)
        if charge is None:
            continue
        if m.actor1 is None:
            m.actor1, m.actor1_text = charge.actor2, charge.actor2_text
        if m.actor2 is None and charge.actor1 is not m.actor1:
            m.actor2, m.actor2_text = charge.actor1, charge.actor1_text


def _bare_denial(verb: Token, cues: dict) -> bool:
    """"denied any involvement", "rejected the accusation": disputing what was reported; not
    "denied them access" (withholding) nor "rejected the offer" (a refusal)."""
    if any(c.dep_ == "dative" or c.lemma_ in cues["refused_goods"] and c.dep_ != "nsubj"
           for c in children(verb)):
        return False
    return verb.lemma_ in cues["denial_verbs"] or any(
        c.dep_ == "dobj" and c.lemma_ in cues["report_nouns"] for c in children(verb))


FATAL_WORDS = re.compile(r"\b(?:kill(?:ed|ing)?|dead|death|died|lynch(?:ed|ing)?|behead(?:ed|ing)?|"
                         r"execut(?:ed|ing))\b", re.IGNORECASE)


def _fell_back_from_fight(event: Event, events: list[Event]) -> bool:
    """"Fano militiamen and federal troops fought in and around Weldiya ... his fighters had
    'entered Weldiya' and withdrawn to the surrounding hills on Monday night": a side that pulls
    back from the town it fought in, in the days of the fight, hands no ground over (unless it
    left "without a fight")."""
    if event.type.acled_sub_event_type != "Non-violent transfer of territory" or \
            event.mode != "asserted" or event.actor1 is None or event.place is None or \
            any("without" in e.text for e in event.evidence):
        return False
    return any(e.type.acled_sub_event_type == "Armed clash" and e.mode == "asserted"
               and e.place is not None and e.place.id == event.place.id
               and event.actor1.name in {a.name for a in (e.actor1, e.actor2) if a is not None}
               and _dates_compatible(e.date, event.date) for e in events)


def _note_toll(ctx: _Context, events: list[Event]) -> list[Event]:
    """An incident note that closes with "Fatalities: N" gives the toll of the event it codes,
    its first asserted one (an attack, or a base set up: "Fatalities: 0"), when that event's
    own sentence gave none. "Fatalities: 0" says no asserted attack of the note killed anyone."""
    total = reported_total(ctx.quantities)
    asserted = [i for i, e in enumerate(events) if e.mode == "asserted"]
    if total is None or not asserted:
        return events
    first = asserted[0]
    deadly = [i for i in asserted if events[i].type.plover == "ASSAULT" and any(
        FATAL_WORDS.search(span.text) for span in events[i].evidence)]
    if len(deadly) > 1:
        return _rest_of_note_toll(total, events, deadly)
    if total.low:  # the toll of the note's first deadly event ("beat him to death"), if told
        first = next(iter(deadly), first)
    if total.low == 0 and not total.high:
        return [replace(e, fatalities=total) if e.mode == "asserted" and e.fatalities is None
                and (i == first or e.type.plover == "ASSAULT") else e for i, e in enumerate(events)]
    if events[first].fatalities is not None:
        return events
    return events[:first] + [replace(events[first], fatalities=total)] + events[first + 1:]


def _rest_of_note_toll(total: Fatalities, events: list[Event], deadly: list[int]) -> list[Event]:
    """A note telling several deadly incidents closes with their sum: it is the toll of the one
    whose own sentence gave none only when every other deadly one told its own exact toll."""
    untold = [i for i in deadly if events[i].fatalities is None]
    told = [events[i].fatalities for i in deadly if events[i].fatalities is not None]
    if len(untold) != 1 or total.low is None or total.high != total.low or \
            any(f.low is None or f.high != f.low for f in told):
        return events
    rest = total.low - sum(f.low for f in told)
    if rest <= 0:
        return events
    i = untold[0]
    return events[:i] + [replace(events[i], fatalities=replace(total, low=rest, high=rest,
                                                                  acled=rest))] + events[i + 1:]


CAPTURE_SUBS = {"Arrests", "Abduction/forced disappearance"}


def _charges_of_arrests(events: list[Event]) -> list[Event]:
    """"arrested 17 vendors, whom they accused of holding an unlawful assembly": an accusation
    told in an arrest's sentence is made by the arresters against the arrested, when the
    sentence itself names neither."""
    out = []
    for event in events:
        if event.type.plover == "ACCUSE" and (event.actor1 is None or event.actor2 is None):
            j = _arrest_told_with(events, event)
            if j is not None:
                event = _missing_roles_from(event, events[j])
        out.append(event)
    return out


def _arrest_told_with(events: list[Event], event: Event) -> int | None:
    """The index of the arrests told in the event's sentence, in its mode, if any."""
    return next((k for k, e in enumerate(events) if e.type.acled_sub_event_type == "Arrests"
                 and e.mode == event.mode and e.evidence[0] == event.evidence[0]), None)


def _arrested_attackers(events: list[Event]) -> list[Event]:
    """"Gunmen shot dead a trader ... police later arrested three men": those an arrest takes
    when the text names no one are suspects of the one armed group the report tells attacked
    (ACLED codes the suspects' group), unless the report tells of a crowd or the group made the
    arrest itself ("RSF intelligence officers detained about 25 young men")."""
    if any(e.type.plover == "PROTEST" or e.type.acled_sub_event_type in CROWD_SUBS
           for e in events):
        return events
    attackers = {e.actor1.name: e.actor1 for e in events if e.mode == "asserted"
                 and e.type.plover == "ASSAULT" and e.actor1 is not None
                 and e.actor1.type in ARMED_TYPES - STATE_TYPES}
    if len(attackers) != 1:
        return events
    attacker = next(iter(attackers.values()))
    return [replace(e, actor2=replace(attacker, text=None))
            if e.type.acled_sub_event_type == "Arrests" and e.actor2 is not None
            and e.actor2.text is None and e.actor2.type == "civilians"
            and (e.actor1 is None or e.actor1.name != attacker.name) else e for e in events]


def _seizures_of_arrests(events: list[Event]) -> list[Event]:
    """"gardai stopped a car, arresting its two occupants and seizing a grenade", "arrested four
    suspected members of the Santa Rosa de Lima Cartel and seized four assault rifles": weapons
    seized in an arrest's sentence are seized by the arresters, from the group of those arrested
    (an unidentified one when they are only "men"), unless the sentence names a seizer or owner;
    that group is whom the arrests take ("raided a CJNG camp, arresting two men")."""
    out = list(events)
    for i, event in enumerate(events):
        j = _arrest_told_with(events, event) \
            if event.type.acled_sub_event_type == "Disrupted weapons use" else None
        if j is None:
            continue
        arrest = events[j]
        owner_named = event.actor2 is not None and event.actor2.text is not None \
            and event.actor2.text in event.evidence[0].text
        owner = event.actor2 if owner_named else _group_of_arrested(arrest)
        if arrest.actor2 is None or arrest.actor2.text is None and \
                arrest.actor2.type in ("civilians", "rioters", "protesters"):
            # ("arrested four suspects and seized two rifles": suspects of the armed group whose
            # arms were seized, not the civilians or rioters an arrest of no one named takes)
            out[j] = replace(arrest, actor2=owner)
        out[i] = replace(event, actor1=event.actor1 or arrest.actor1, actor2=owner)
    return out


def _group_of_arrested(arrest: Event) -> ActorRef:
    taken = arrest.actor2
    if taken is not None and (taken.type is None or taken.type in NON_STATE_ARMED):
        return taken  # an armed group, named (typed or not) or not
    return national_actor(*UNIDENTIFIED, taken.country if taken is not None else None)


def _owners_of_intercepted(groups: list[list[_Mention]], events: list[Event]) -> list[Event]:
    """"Russian forces struck Kharkiv with missiles ... the air force said it had shot down nine
    of 16 missiles": missiles or drones stopped with no owner named are those of the one party
    the report tells struck from afar."""
    strikers = {e.actor1.name: e.actor1 for e in events if e.mode == "asserted"
                and e.type.acled_sub_event_type in REMOTE_SUBS and e.actor1 is not None
                and e.actor1.text is not None}
    if len(strikers) != 1:
        return events
    striker = next(iter(strikers.values()))
    return [replace(e, actor2=striker) if any(m.intercepts for m in group)
            and e.actor2 is not None and e.actor2.text is None
            and (e.actor1 is None or e.actor1.name != striker.name) else e
            for group, e in zip(groups, events)]


def _bombers_who_fired(groups: list[list[_Mention]], events: list[Event]) -> list[Event]:
    """"a patrol hit a roadside bomb ...; ISSP fighters then fired on the patrol": the bomb whose
    planters no one names (or whose doer is read as its own target) is that of the fighters who
    fired after it (see `_fire_after_blast`); and they fired on the side the bomb hit, a fight
    ("then opened fire on the convoy" names no one of its own)."""
    out = list(events)
    for i, blast in enumerate(events):
        j = next((j for j in range(i + 1, len(events)) if any(
            _fire_after_blast(m, n) for m in groups[i] for n in groups[j])), None)
        if j is None:
            continue
        fight, hit = events[j], blast.actor2
        doer = fight.actor1.name if fight.actor1 is not None else None
        if hit is not None and hit.text is not None and hit.type in ARMED_TYPES and \
                hit.name != doer and (fight.actor2 is None or fight.actor2.text is None
                                      or fight.actor2.name == doer):
            fight = out[j] = replace(fight, actor2=hit, type=_with_sub(fight.type, "Armed clash"))
        unknown = blast.actor1 is None or blast.actor1.type == "unidentified_armed_group" or \
            hit is not None and blast.actor1.name == hit.name
        if unknown and fight.actor1 is not None and \
                fight.actor1.type != "unidentified_armed_group":
            out[i] = replace(blast, actor1=fight.actor1, actor2=hit or fight.actor2)
    return out


def _with_sub(event_type: EventType, sub: str) -> EventType:
    row = load_lexicon().crosswalk[sub]
    return replace(event_type, acled_event_type=row.acled_event_type, acled_sub_event_type=sub)


def _threatened_targets(groups: list[list[_Mention]], events: list[Event]) -> list[Event]:
    """"The kidnappers threatened to kill them", "warned that his men would attack army posts":
    a threat naming no one of its own is made against whom the act it threatens would hit, and
    that act, naming no doer of its own ("his men"), is the threatener's."""
    acts = {}  # act event index -> threat event index
    for k, (group, event) in enumerate(zip(groups, events)):
        if event.type.plover == "THREATEN":
            threats = {m.token.i for m in group}
            acts.update({j: k for j, (g, e) in enumerate(zip(groups, events))
                         if e.mode in ("future", "hypothetical") and j not in acts
                         and any(a.i in threats for m in g for a in m.token.ancestors)})
    found = list(events)
    for j, k in acts.items():
        act, threat = events[j], events[k]
        if threat.actor2 is None and act.actor2 is not None and found[k].actor2 is None:
            found[k] = replace(found[k], actor2=act.actor2, confidence=min(
                round(threat.confidence + TARGET_WEIGHT, 3), 0.99))
        if act.actor1 is None and threat.actor1 is not None:
            found[j] = replace(found[j], actor1=threat.actor1)
    return found


def _missing_roles_from(event: Event, other: Event) -> Event:
    """The roles the event lacks, and the place when it only knows the country ("two of the
    workers were freed on Wednesday": where they were taken)."""
    place = event.place
    if other.place is not None and (place is None or place.precision == "country"
                                    and place.country == other.place.country):
        place = other.place
    return replace(event, actor1=event.actor1 or other.actor1, actor2=event.actor2 or other.actor2,
                   place=place)


def _confiscates(m: _Mention, mentions: list[_Mention]) -> bool:
    """"Police seized their placards", "they were arrested and their placards seized": goods a
    state force takes, or that are taken in the sentence of its arrests, are confiscated."""
    if m.trigger.phrase not in SEIZING or m.trigger.acled != "Looting/property destruction":
        return False
    if m.actor1 is not None:
        return m.actor1.type in STATE_TYPES
    return any(o.sent.start == m.sent.start and o.acled_sub == "Arrests" and o.mode == "asserted"
               and o.actor1 is not None and o.actor1.type in STATE_TYPES for o in mentions)


def _captured_arms(m: _Mention) -> bool:
    """"The fighters seized rifles, ammunition and a mortar": arms a rebel or militant group
    takes are its spoils; weapons use is disrupted by those who hold the ground (the gold sets'
    disrupted weapons are all seized by state forces or their militias)."""
    return m.acled_sub == "Disrupted weapons use" and m.trigger.phrase[0] in TAKING_ARMS \
        and m.actor1 is not None and m.actor1.type in ("rebel_group", "militant_group")


TAKING_ARMS = frozenset(("seize", "recover", "capture", "confiscate"))


def _describes_a_suspect(m: _Mention) -> bool:
    """"seized a herder accused of taking part in the raid", "chased down two men suspected of
    stealing dogs": a charge by no one that only says who a crowd's victim was is no complaint
    anyone lodged. (The gold sets disagree on "men they accused of ...", so it is kept.)"""
    return m.trigger.plover == "ACCUSE" and (
        m.token.dep_ == "acl" and m.token.head.pos_ in ("NOUN", "PROPN")
        and (m.actor1 is None or m.actor1.type in CROWD_TYPES) or suspected_as(m.token))


def _armed_protest(m: _Mention) -> bool:
    """"about 30 armed Maoists stopped work on a road": armed men halting others' work coerce,
    they strike no work of their own; what else they do there is the event. (A blockade by
    rebels is still a protest, as PLOVER codes it.)"""
    if m.trigger.plover_mode != "strike-gen" or m.actor1 is None or \
            m.actor1.type not in NON_STATE_ARMED:
        return False
    subject = subject_of(m.token) if m.token.pos_ in ("VERB", "AUX") else None
    return subject is not None and (subject.lemma_ in ARMED_MEN or any(
        c.dep_ == "amod" and c.lower_ == "armed" for c in children(subject)))


ARMED_MEN = frozenset(("gunman", "militant", "fighter", "rebel", "insurgent", "guerrilla",
                       "militiaman", "jihadist", "cadre"))


def _ends_its_capture(m: _Mention, mentions: list[_Mention]) -> bool:
    """"seized the boy ... and beat him before letting him go": a release told in the
    abduction's own sentence, with no date of its own, is how the abduction ended (unlike
    detainees "detained and released by the evening", freed by the state that held them)."""
    return m.trigger.plover_mode == "release" and not m.own_date and any(
        c.acled_sub == "Abduction/forced disappearance" and c.sent.start == m.sent.start
        for c in mentions)


def _releases_by_captors(events: list[Event]) -> list[Event]:
    """"Four of them were released on Monday": who frees detainees, and whom, when the sentence
    says neither, are the captors and captives of the arrest or abduction told before it (and
    the release is scored with them, as `_confidence` scores roles the parse found). So are the
    parties of a ceasefire that names none ("elders brokered a ceasefire on Sunday") the two
    sides of the clash told before it. Either, placed only in a country, is placed where that
    capture or clash was."""
    out: list[Event] = []
    for event in events:
        told = _roles_told_before(event, out)
        if told is not None:
            filled = _missing_roles_from(event, told)
            gain = DOER_WEIGHT * (event.actor1 is None and filled.actor1 is not None) + \
                TARGET_WEIGHT * (event.actor2 is None and filled.actor2 is not None)
            event = replace(filled, confidence=round(min(event.confidence + gain, 0.99), 3))
        out.append(event)
    return out


def _roles_told_before(event: Event, before: list[Event]) -> Event | None:
    """The capture a release ends, or the clash a ceasefire with no parties of its own halts."""
    truce = event.type.plover_mode == "ceasefire"
    if event.type.plover_mode != "release" and not (
            truce and event.actor1 is None and event.actor2 is None):
        return None
    kinds = {"Armed clash"} if truce else CAPTURE_SUBS
    return next((e for e in reversed(before) if e.type.acled_sub_event_type in kinds
                 and e.mode == "asserted" and e.confidence >= ASSERTED_MIN_CONFIDENCE
                 and not (truce and (e.actor1 is None or e.actor2 is None))), None)


# What a party says happened, in its own quoted words, is its claim (it stays a source of the
# event it repeats); its own demands, threats or accusations in a quote are its acts (but not
# the demands it tells of as past, see `_told_as_done`).
CLAIMED_TYPES = {"ASSAULT", "RETREAT", "COERCE", "MOBILIZE", "CONCEDE", "AID", "YIELD"}


def _only_claimed(ctx: _Context, group: list[_Mention]) -> bool:
    """An asserted happening found only inside direct quotes, which no reported sentence
    repeats ("'Daesh fighters fled,' the spokesman said"); a quoted phrase whose doer the
    reporter names ("said its fighters had 'withdrawn to new lines'") is reported. What a
    relative clause outside the quote tells of its speaker ("a farmer whose nephew was killed")
    only describes who speaks."""
    def quoted(m: _Mention) -> bool:
        return _told_as_done(m) and any(q.direct and q.start <= m.token.idx < q.end
                                        and _doer_inside(m, q) for q in ctx.quotes)
    return group[0].mode == "asserted" and any(quoted(m) for m in group) and all(
        quoted(m) or m.token.dep_ == "relcl" for m in group)


def _told_as_done(m: _Mention) -> bool:
    """A happening, or a demand told in the past ("'They asked every man one thing,' a
    villager said"): no demand the speaker makes now."""
    return m.trigger.plover in CLAIMED_TYPES or m.trigger.plover == "REQUEST" and \
        m.token.tag_ == "VBD"


def _doer_inside(m: _Mention, quote) -> bool:
    """The quote holds the doer too, or is one word in scare quotes ("had 'liberated' the
    town": the claimant's word for it); but a quoted name for a thing a party is told doing
    ("the ELN announced a three-day 'armed strike'") is reported."""
    token = m.token
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ == "dobj":
        announcer = dep_child(token.head, "nsubj")
        return announcer is None or quote.start <= announcer.idx < quote.end
    doer = dep_child(token, "nsubj", "nsubjpass") if token.pos_ in ("VERB", "AUX") else None
    return doer is None or quote.start <= doer.idx < quote.end or len(quote.text.split()) < 3


COMPASS = re.compile(r"(?:north|south)?-?(?:east|west)(?:ern)?|(?:north|south)(?:ern)?")


def _names_whole_country(m: _Mention) -> bool:
    """The mention's place is a country named bare in its sentence, not "northwest Syria"."""
    if m.place.precision != "country":
        return False
    text = doc_text(m.token.doc)
    for span in m.place.mentions:
        if m.sent.start_char <= span.start < m.sent.end_char:
            before = text[max(0, span.start - 20):span.start].split()
            return not (before and COMPASS.fullmatch(before[-1].lower()))
    return False


def _anchor_denials(groups: list[list[_Mention]]) -> None:
    """"Police denied using live ammunition" names no place: it denies the reported event of
    that type, so it is placed where that event was, and dated when it was unless the denied
    clause has a date of its own ("denied ..., saying on Sunday" dates the saying). A bare
    denial ("denied any involvement") takes the ACLED sub-type of the whole event it denies, and
    whom that event was against when it names no one ("police denied firing on the crowd"); so
    does a denial typed only generally ("denied firing on peaceful citizens": an Attack read alone,
    the excessive force denied)."""
    group_of = {id(m): g for g in groups for m in g}
    own_sub = {id(g): g[0].acled_sub for g in groups}
    for group in groups:
        denied = next((group_of[id(m.denies)] for m in group
                       if m.denies is not None and id(m.denies) in group_of), None)
        if denied is not None:
            sub = _lead(denied).sub
            for m in group:
                m.acled_sub = m.acled_sub if m.acled_sub == EXCESSIVE_FORCE else sub
    # (the asserted events a denial may deny, each typed once; only denials change below)
    leads = {id(g): _lead(g) for g in groups if g[0].mode == "asserted"}
    for i, group in enumerate(groups):
        if group[0].mode != "negated":
            continue
        # (with the event a bare denial denies, placed in its sentence or not)
        bare = {id(group_of[id(m.denies)]) for m in group
                if m.denies is not None and id(m.denies) in group_of}
        # (of the type the event is coded as: a march fired on is the firing's)
        earlier = [g for g in reversed(groups[:i]) if g[0].mode == "asserted"
                   and leads[id(g)].mention.trigger.plover == group[0].trigger.plover]
        told = [g for g in earlier if any(m.place_in_sentence for m in g) or id(g) in bare]
        # "denied that his men had carried out the abduction", "denied the rape allegations":
        # the abduction or the rape, not the air strike told since; "denies using chemical
        # weapons": the gas attack its paragraph tells, wherever its sentence placed it
        sub = own_sub[id(group)]
        kind = [g for g in earlier
                if sub not in GENERIC_SUBS and any(m.acled_sub == sub for m in g)]
        near = [g for g in earlier if g[0].paragraph == group[0].paragraph]
        # "denied that its troops had fired at the protesters", "denied using live ammunition":
        # the shooting its paragraph tells
        live_fire = sub == EXCESSIVE_FORCE or any(_live_fire(m.sent.root) for m in group)
        # (or the protest police broke up: "fired tear gas to clear the road ... denied reports
        # that a protester had been shot")
        policed = [g for g in reversed(groups[:i]) if g in near or g[0].mode == "asserted"
                   and g[0].paragraph == group[0].paragraph and leads[id(g)].sub in PROTEST_PARTS]
        fired_on_march = policed[0] if policed and live_fire else None
        # "an M23 spokesman denied that the group's fighters had killed civilians": the last
        # killing by M23, placed in its sentence or not (a kind named by its means is found above)
        doers = {m.actor1.name for m in group if m.actor1 is not None} \
            if sub in GENERIC_SUBS else set()
        own_deed = next((g for g in earlier if any(
            m.acled_sub == sub and m.actor1 is not None and m.actor1.name in doers for m in g)),
            None)
        # "denied using chemical weapons" after the bombing its paragraph tells, typed otherwise
        # (and "the army denied that any civilians had been killed" after the strike its
        # paragraph tells: the strike, wherever it was placed)
        by_means = near[0] if near and (sub in HARMING_MEANS or sub in GENERIC_SUBS and
                                        leads[id(near[0])].sub in HARMING_MEANS) else None
        fallback = fired_on_march or own_deed or by_means or (told[0] if told else None)
        denied = next((g for g in kind if g in near), None) or next(
            (g for g in kind if g in told), fallback)
        if denied is None:
            continue
        # "denies using chemical agents in Ukraine": a country that holds the denied event's
        # place names no place of the denial's own ("did not conduct any strikes in northwest
        # Syria" names a part of it)
        placed = [m.place for m in _placing(denied) if m.place is not None]
        told_at = min(placed, key=lambda p: PLACE_RANK[p.precision]) if placed else \
            denied[0].place
        own = [m for m in group if m.place_in_sentence and m.place is not None]
        place = None if own and not (_names_whole_country(own[0]) and told_at is not None
                                     and own[0].place.country == told_at.country) else told_at
        when = None if any(m.own_date for m in group) else \
            min((m.date for m in denied), key=lambda d: DATE_RANK[d.precision])
        for m in group:
            m.place, m.date = place or m.place, when or m.date
        denied_sub = _lead(denied).sub
        if denied_sub is not None and all(m.acled_sub in GENERIC_SUBS for m in group) and (
                denied_sub == EXCESSIVE_FORCE or not any(_harms_people(m) for m in group)
                or denied_sub in HARMING_MEANS and not any(_doer_named(m) for m in group)):
            # "denied that they had fired on peaceful citizens", after the shooting of
            # protesters; "denied that civilians had been killed", after an air strike; "denied
            # that his men had fired a single shot", after a clash: the denied event's kind
            # ("denied killing civilians" after an overrun, "denied that its pilots had killed
            # civilians" after an air strike, deny an attack on them)
            for m in group:
                m.read_as, m.acled_sub = m.acled_sub, denied_sub
        # (a denial that names what was hit is no denial against the denied event's target:
        # "denied that its aircraft had bombed farms", after a landmine hit soldiers)
        if not any(m.actor2 for m in group) and not any(_hits_property(m) for m in group):
            denier = next((m.actor1 for m in group if m.actor1), None)
            m = group[0]
            m.actor2, m.actor2_text = next(((d.actor2, d.actor2_text) for d in denied
                                            if d.actor2 is not None and d.actor2 is not denier),
                                           (None, None))


def _hits_property(m: _Mention) -> bool:
    hit = dep_child(m.token, "dobj") if m.token.pos_ == "VERB" else None
    return hit is not None and hit.lemma_ in load_lexicon().modality["burned_property"]


REJECTED_TYPES = {"SANCTION", "ACCUSE", "REQUEST", "THREATEN", "COERCE"}


def _rejected_parties(ctx: _Context, groups: list[list[_Mention]]) -> None:
    """"Foreign Minister Reyes rejected the measures", "the presidency rejected the criticism":
    a rejection of something already told ("the ...") is addressed to whoever did it, the doer of
    the last sanction, accusation, demand, threat or coercion before it."""
    definite = ctx.lexicon.modality["definite_determiners"]
    for n, group in enumerate(groups):
        m = group[0]
        rejected = dep_child(m.token, "dobj") if m.token.pos_ == "VERB" else None
        if m.trigger.plover != "REJECT" or any(g.actor2 for g in group) or rejected is None or \
                not any(c.dep_ == "det" and c.lower_ in definite for c in children(rejected)):
            continue
        told = next((g for g in reversed(groups[:n]) if g[0].trigger.plover in REJECTED_TYPES
                     and g[0].mode == "asserted" and g[0].actor1 is not None
                     and g[0].actor1 is not m.actor1), None)
        if told is not None:
            m.actor2, m.actor2_text = told[0].actor1, told[0].actor1_text


def _place_follow_ups(groups: list[list[_Mention]]) -> None:
    """An event whose sentences name no place, dated the day of the lead event or the day after
    ("police said on Sunday they had arrested three men", "the US side pressed the Taliban"),
    follows it up where it happened; so does violence in the week before it ("IS gunmen shot
    dead four men ... on Saturday", before Tuesday's capture of the town), and what is still to
    come there ("would hold a larger rally"), unless told as country-wide. With another date or
    none, only the country is known."""
    def anchors(m: _Mention) -> bool:  # a located, dated, asserted report
        return m.place_in_sentence and m.place is not None and m.mode == "asserted" \
            and PLACE_RANK[m.place.precision] <= 2 and m.date.precision == "day"
    lead = next((g for g in groups if any(anchors(m) for m in g)), None)
    if lead is None:
        return
    # the lead's most precise place: "on a sit-in ... in Turbat, in Balochistan province"
    anchor = min((m for m in lead if anchors(m)), key=lambda m: PLACE_RANK[m.place.precision])
    for group in groups:
        # (a town an earlier sentence of its paragraph names is its own: "In Pishin, guards shot
        # two porters on Tuesday. The next day, police fired ...")
        if group is lead or any(m.place_in_sentence or m.place_in_paragraph
                                and PLACE_RANK[m.place.precision] <= 1 for m in group):
            continue
        before = timedelta(days=7 if group[0].trigger.plover == "ASSAULT" else 0)
        ahead = all(m.mode in ("future", "hypothetical") and not _spread(m) for m in group)
        if ahead or all(m.date.precision == "day" and anchor.date.start - before <= m.date.start
                        <= anchor.date.end + timedelta(days=1) for m in group):
            for m in group:
                m.place = anchor.place


def _place_by_reference(groups: list[list[_Mention]]) -> None:
    """"Police arrested nine people over the killing on Wednesday": an event whose sentence
    names no place but refers back to another event ("the killing") happened where that one
    did."""
    for group in groups:
        if any(m.place_in_sentence for m in group):
            continue
        sents = {m.sent.start for m in group}
        cause = next((other for other in groups if other is not group for m in other
                      if m.refers_back and m.sent.start in sents), None)
        place = min((m.place for m in cause or () if m.place is not None), default=None,
                    key=lambda p: PLACE_RANK[p.precision])
        if place is not None and PLACE_RANK[place.precision] <= 2:
            for m in group:
                m.place = place


SPREAD_WORDS = re.compile(r"\bacross (?:the )?[A-Z]?\w+|\b(?:nation|country)-?wide\b|\bnational\b")


def _spread(m: _Mention) -> bool:
    """Told as country-wide ("would march again across the country", "a national strike") or
    many ("would hold protest rallies"): no one place."""
    return bool(SPREAD_WORDS.search(span_text(m.sent))) or m.trigger.plover_mode == "strike-gen" or \
        m.token.tag_ == "NNS"


FIRST_PERSON = frozenset(("i", "we", "my", "our"))


def _first_person(phrase: Token) -> bool:
    return phrase.lower_ in FIRST_PERSON or any(
        c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in children(phrase))


PARAGRAPH_BREAK = re.compile(r"(?=\n\n)")  # overlapping: "\n\n\n" breaks twice


def _context(doc, actors, places, times, quantities, quotes, published) -> _Context:
    text = doc_text(doc)
    starts = [0] + [m.start() + 2 for m in PARAGRAPH_BREAK.finditer(text)]
    dateable = tuple(t for t in times if t.span and t.start is not None and not is_duration(t.text))
    return _Context(doc, text, tuple(actors), tuple(places), dateable, tuple(quantities),
                    tuple(quotes), published, tuple(starts), load_lexicon())


# --- one mention -------------------------------------------------------------------------------

def _toll_bounds(ctx: _Context, token: Token, named_again: bool,
                 heads: dict[int, Trigger]) -> tuple[int, int]:
    """Where a mention's toll is told: its sentence; for an event named again ("JNIM claimed the
    bombing", "the toll from Saturday's bombing rose to 22") only its own clause; where a part
    of the sentence between semicolons tells dead of its own and another part another attack
    ("shooting dead nine residents ...; the gunmen then overran the post after a gunfight in
    which one policeman was killed"), the mention's part (but "killing four militants; two
    soldiers were killed" tells one fight's dead)."""
    if named_again:
        return clause_bounds(clause_head(token))
    start, end = sent_of(token).start_char, sent_of(token).end_char
    lo = ctx.text.rfind(";", start, token.idx) + 1 or start
    hi = ctx.text.find(";", token.idx, end)
    hi = end if hi < 0 else hi
    doc = token.doc
    if (lo, hi) != (start, end) and any(q.what == "killed" and lo <= q.start < hi
                                        for q in ctx.quantities) and \
            any(t.plover == "ASSAULT" and start <= doc[i].idx < end
                and not lo <= doc[i].idx < hi and _attack_done(doc[i]) for i, t in heads.items()):
        return lo, hi
    return start, end


def _attack_done(token: Token) -> bool:
    """"the gunmen then overran the post": an act its doer is told doing, no more dead told
    ("two soldiers were killed and three wounded", "one soldier died in the fighting")."""
    doer = dep_child(token, "nsubj")  # (not "three wounded")
    return token.pos_ == "VERB" and doer is not None and doer.pos_ != "NUM" and \
        not FATAL_WORDS.match(token.text)


def _mention(ctx: _Context, trigger: Trigger, span: SpacySpan,
             heads: dict[int, Trigger]) -> _Mention:
    token = head_token(span, trigger)
    sent = sent_of(token)
    roles = role_tokens(token, trigger, ctx.lexicon)
    read = trigger
    trigger = retype(trigger, token, roles.first, heads, ctx.lexicon)
    arms = ctx.lexicon.modality["surrendered_arms"]  # "laid down / handed in their weapons"
    if trigger.acled == "Change to group/activity" and (
            read.plover == "RETREAT" or read.phrase[-1] in arms):
        roles = side_change_roles(token, roles)
    named_again = refers_back(token, ctx.lexicon)
    mode = mode_of(token, ctx.lexicon)
    if read in THREATENED_ACTS and mode != "negated":
        mode = "hypothetical"  # vowed force comes only if the threat is carried out
    first = actor_of(ctx.actors, ctx.text, roles.first)
    second = actor_of(ctx.actors, ctx.text, roles.second)
    if first.actor is None and mode == "negated":
        denier = actor_of(ctx.actors, ctx.text, denier_of(token, ctx.lexicon))
        if denier.actor is not None and denier.actor.type != "person" and \
                denier.actor is not second.actor:  # "the army denied soldiers were captured"
            first = denier
    actor1, actor2, text1, text2 = first.actor, second.actor, first.text, second.text
    if actor1 is not None and actor2 is not None and actor1.id == actor2.id:
        actor2, text2 = None, None
    others = _other_event_phrases(token, heads)
    when = _when_it_began(_date(ctx, token, trigger, others), token, ctx)
    clause = clause_head(token)
    # "would travel to Abancay on Saturday to open talks": a purpose is dated by its act
    start, end = clause_bounds(clause.head if bare_purpose(clause) else clause)
    own_date = when.span is not None and start <= when.span.start < end
    # an event told with its own date ("in March, a car bomb ...") may be elsewhere than the
    # story; one that goes on with the story happened where the story did
    place, found_in = event_place(ctx, token, story=not own_date, others=others)
    toll_at = _toll_bounds(ctx, token, named_again, heads) if trigger.plover == "ASSAULT" else None
    mention = _Mention(
        trigger=trigger, token=token, sent=sent, paragraph=ctx.paragraph_of(token.idx),
        mode=mode, actor1=actor1, actor2=actor2, actor1_text=text1,
        actor2_text=text2, place=place, place_in_sentence=found_in == "sentence",
        place_in_paragraph=found_in == "paragraph", date=when,
        fatalities=event_tolls(ctx.quantities, ctx.text, *toll_at) if toll_at else None,
        sources=_sources(ctx, token), acled_sub=None, prominence=prominence(token, heads, trigger, ctx.lexicon),
        evidence=[Span.of(ctx.text, sent.start_char, _sentence_end(sent))])
    mention.subject = roles.first
    mention.acled_sub = _acled_sub(ctx, mention)
    mention.refers_back = named_again
    # "the RSF said its forces had redeployed": a doer the reporting party owns is named too
    # (not a quoted "we" or "our": "'We asked for water,' a boat owner said")
    mention.named_doer = roles.first is not None and (
        roles.first.ent_type_ in NAMED_DOERS or not _first_person(roles.first)
        and speaker_for_pronoun(token, roles.first, ctx.lexicon) is not None)
    mention.intercepts = intercepts_projectiles(token)
    # armed men "rounding up" villagers during a raid are part of the raid, not arrests
    seized_by_armed_group = mention.acled_sub == "Arrests" and actor1 is not None \
        and actor1.type in ARMED_TYPES - STATE_TYPES
    # "Boko Haram fighters seized nine women" is an abduction; "SDF units detained 15 men", an
    # arrest by who holds the ground
    if seized_by_armed_group and token.lemma_ in PEOPLE_TAKING:
        mention.trigger = replace(ctx.lexicon.triggers["abduct|VERB"],
                                  strength=mention.trigger.strength)
        mention.acled_sub = _acled_sub(ctx, mention)
    # a round-up told with a day of its own ("two days later, armed men seized ...") is not the
    # raid's; nor are wounds told with no doer, day or place of their own
    mention.part_of = part_of_reported(token, ctx.lexicon) or not own_date and (
        seized_by_armed_group and not told_apart_in_time(token)
        or _bare_injuries(token, ctx.lexicon) and (
            found_in != "sentence" or not _placed_in_clause(place, token))
        or _spoils_told(ctx, mention, actor1))
    mention.own_date = own_date
    if mention.own_date:
        _settle_time(ctx, mention)
    dated_phrase = token.pos_ in ("NOUN", "PROPN") and _dates_own_phrase(token, when.span)
    mention.dated_phrase = dated_phrase and token.pos_ == "NOUN"
    mention.stated_noun = token.pos_ in ("NOUN", "PROPN") and (
        dated_phrase
        or token.dep_ in ("nsubj", "nsubjpass") and _occurs(token.head, ctx.lexicon)
        or token.dep_ == "nsubjpass" and token.head.lemma_ in ctx.lexicon.modality["arranging_verbs"])
    if mention.stated_noun and when.precision == "day" and when.start is not None and \
            ctx.published is not None and when.start < ctx.published:
        # "protested against the killing of two porters ... on 30 June": a past deed dated in
        # its own phrase is no less an event for the protest that names it
        mention.prominence = max(mention.prominence, 0.0)
    if trigger.plover == "PROTEST" and token.dep_ == "dobj" and mode == "asserted" and \
            token.head.lemma_ in ctx.lexicon.modality["staging_verbs"] - {"call"} and \
            not mention.refers_back:
        # "2,000 people joined an anti-racism march": a new protest joined or staged took place
        mention.prominence = max(mention.prominence, 0.1) + 0.1
    return mention


def _settle_time(ctx: _Context, mention: _Mention) -> None:
    """A date of the mention's own read with its mode: "would be held in May" is next May, "would
    hold protests on Saturday unless ..." next Saturday; an asserted act dated after publication
    ("announced a sit-in for the following Monday") is still to come."""
    span = mention.date.span
    possessive = ctx.text[span.end:span.end + 2] in ("'s", "’s")  # "Saturday's attack"
    doubted_past = mention.mode == "hypothetical" and _told_as_past(mention.token)
    if mention.mode in ("future", "hypothetical") and not possessive and not doubted_past and \
            _own_time(mention.token, span) or _announced_from(mention.token, ctx.text, span):
        mention.date = ahead(mention.date, ctx.published)
    if mention.mode == "asserted" and ctx.published is not None and \
            mention.date.start is not None and mention.date.start > ctx.published:
        mention.mode = "future"


ANNOUNCING_VERBS = frozenset(("announce", "declare", "call", "proclaim"))


def _announced_from(token: Token, text: str, span: Span) -> bool:
    """"The ELN announced a three-day armed strike across Catatumbo from Friday": what is
    announced to run from a named day starts on the next one."""
    return token.dep_ == "dobj" and token.head.lemma_ in ANNOUNCING_VERBS and \
        text[:span.start].rstrip().lower().endswith(" from") and \
        token.head.left_edge.idx <= span.start <= token.head.right_edge.idx


def _placed_in_clause(place: Place | None, token: Token) -> bool:
    """The place is named in the token's own clause ("four officers were injured, police said,
    and the hospital in North Mitrovica said ...": the hospital's town is not where they were)."""
    start, end = clause_bounds(clause_head(token))
    return place is not None and any(start <= m.start < end for m in place.mentions)


def _bare_injuries(token: Token, lexicon: Lexicon) -> bool:
    """"Police said 14 people were arrested and six officers injured": wounds told with no doer,
    day or place of their own are a toll of what was reported before."""
    return token.lemma_ in lexicon.modality["casualty_verbs"] and token.lemma_ != "kill" \
        and token.tag_ == "VBN" and prep_object(token, "by") is None


def _told_as_past(token: Token) -> bool:
    """"Police believe he was seized on Monday": a doubted act told in the past tense is dated
    back, not ahead; "would be held on Monday" is not."""
    verb = clause_head(token)
    auxes = {c.lower_ for c in children(verb) if c.dep_ in ("aux", "auxpass")}
    return not auxes & MODAL_WORDS and (verb.tag_ == "VBD" or bool(auxes & PAST_AUX))


MODAL_WORDS = {"will", "would", "shall", "should", "could", "can", "may", "might", "must", "to"}
PAST_AUX = {"was", "were", "had", "been"}


def _own_time(token: Token, span: Span) -> bool:
    """The time is the trigger's: a verb's clause, the noun's own phrase, or the clause the noun
    is the subject or object of ("a round of talks would be held in May"), not "arrested on
    Tuesday, two days before a planned march"."""
    if token.pos_ in ("VERB", "AUX") or token.left_edge.idx <= span.start <= token.right_edge.idx:
        return True
    node = token
    while node.dep_ == "compound" or node.dep_ == "pobj" and node.head.lower_ == "of":
        node = node.head if node.dep_ == "compound" else node.head.head
    # "would hold a rally on Saturday", "would stay shut on Saturday in protest"
    return node.dep_ in ("nsubj", "nsubjpass", "dobj") or node.dep_ == "pobj" \
        and node.head.dep_ == "prep" and node.head.head.pos_ in ("VERB", "AUX")


def _occurs(verb: Token, lexicon: Lexicon) -> bool:
    """"took place", "broke out", "was held", "would go ahead": a verb that says its subject
    happened."""
    phrases = lexicon.modality["occurrence_verbs"]
    # the form too: the small model lemmatizes "raged" as "rag"
    return verb.lemma_ in phrases or verb.lower_ in phrases or any(
        f"{verb.lemma_} {c.lemma_}" in phrases for c in children(verb))


def _sentence_end(sent: SpacySpan) -> int:
    return sent.start_char + len(span_text(sent).rstrip())


# --- date, sources ------------------------------------------------------------------------------

def _other_event_phrases(token: Token, heads: dict[int, Trigger]) -> list[tuple[int, int]]:
    """(start, end) offsets of the phrases of the sentence's event nouns of another type that do
    not hold the trigger: "protested against the killing of two porters near Saravan on 30 June" -
    the place and day are the killing's, not the protest's (but "killed 16 civilians in a raid
    ... on Sunday night" is one event). So are those of a past deed told on a noun: "marched
    to a camp set up last week" - the week is the camp's (but "struck pick-ups leaving the town
    on Sunday": what the target was doing then is the strike's time)."""
    doc, sent, plover = token.doc, sent_of(token), heads[token.i].plover if token.i in heads else None
    return [(other.left_edge.idx, _phrase_end(other))
            for other in (doc[i] for i in heads if sent.start <= i < sent.end and i != token.i)
            if (other.pos_ == "NOUN" or _past_deed_on_noun(other))
            and heads[other.i].plover != plover
            and not other.left_edge.i <= token.i <= other.right_edge.i]


def _phrase_end(head: Token) -> int:
    """Where the phrase of `head` ends, short of a bare time closing it: "police arrested four
    people over the killing the next day" - a time with no preposition, which the parser hangs
    on the last noun, is the verb's (but "a classmate, shot dead last week": a participle's own)."""
    last = head.right_edge
    bare = next((c for c in children(head) if c.dep_ in ("npadvmod", "advmod")
                 and c.right_edge == last and c.ent_type_ in ("DATE", "TIME")), None) \
        if head.pos_ == "NOUN" else None
    return bare.left_edge.idx if bare is not None else last.idx + len(last)


def _past_deed_on_noun(verb: Token) -> bool:
    """"a camp set up last week", "a town that rebels had seized in May"; not "without a shot
    being fired on 8 July", which happens as the deed it describes."""
    if verb.pos_ != "VERB":
        return False
    if verb.dep_ == "acl":
        return verb.tag_ == "VBN" and not ongoing(verb)
    return verb.dep_ == "relcl" and _past_perfect(verb)


def _date(ctx: _Context, token: Token, trigger: Trigger,
          others: list[tuple[int, int]] = ()) -> TimeSpan:
    sent = sent_of(token)
    clause = clause_head(token)
    times = ctx.times
    # "agreed to meet again in the coming months": the months are the meeting's, not the deal's
    # (but "were let go the next morning": "go" is the trigger's own; and "fired rubber bullets
    # to clear a blockade on Monday": a purpose after an object is dated with the act)
    purpose = dep_child(clause, "dobj") is not None
    complements = [(c.left_edge.idx, c.right_edge.idx) for c in children(clause)
                   if c.dep_ == "xcomp" and not c.left_edge.idx <= token.idx <= c.right_edge.idx
                   and c.lemma_ not in trigger.phrase and not purpose]
    # "condemned the killing and called a strike for next Tuesday": a day still to come in a
    # conjoined clause is not the day a deed told in the past was done
    # (nor is one in the clause a warning or a demand tells: "warned that its members would
    # block the highway again if the border had not reopened by the end of the month")
    conjoined = [(c.left_edge.idx, c.right_edge.idx) for c in children(clause)
                 if c.dep_ in ("conj", "ccomp")
                 and not c.left_edge.idx <= token.idx <= c.right_edge.idx] \
        if clause.tag_ == "VBD" and ctx.published is not None else []
    # "Police arrested 27 people, and on Wednesday the administration banned gatherings": a
    # time put before the subject of a conjoined clause sets that clause's own time
    others_acts = [(c.left_edge.idx, subject.idx) for c in children(clause) if c.dep_ == "conj"
                   for subject in [dep_child(c, "nsubj", "nsubjpass")] if subject is not None
                   and not c.left_edge.idx <= token.idx <= c.right_edge.idx]
    # "were taken away and held until Friday morning": the end of what followed, not its day
    # "The strike came two days after rockets were fired ... on Saturday": the rockets' day
    # (but "On 23 and 24 May, days after ... took office": a day before the mark is the act's)
    timing = [(mark.idx, c.right_edge.idx) for c in children(clause) if c.dep_ == "advcl"
              and not c.left_edge.idx <= token.idx <= c.right_edge.idx
              for mark in children(c) if mark.dep_ == "mark" and mark.lower_ in ("after", "before")]
    # ("The bombing has continued despite a deal reached ... in September 2018": the deal's day)
    timing += [(c.idx, c.right_edge.idx) for c in children(clause) if c.dep_ == "prep"
               and c.lower_ in ("despite", "notwithstanding")
               and not c.idx <= token.idx <= c.right_edge.idx]
    in_sentence = [t for t in times if sent.start_char <= t.span.start < sent.end_char
                   and not _across_semicolon(ctx.text, token.idx, t.span.start)
                   and not any(a <= t.span.start <= b for a, b in complements + timing)
                   and not (any(a <= t.span.start <= b for a, b in conjoined)
                            and t.start > ctx.published)
                   and not any(a <= t.span.start <= b for a, b in others_acts)
                   and not _ends_a_period(ctx.text, t.span.start)
                   and not _names_a_thing(ctx, t, token)]
    if refers_back(token, ctx.lexicon):
        # "The bombing fell on the anniversary of the Tak Bai incident, in which security forces
        # shot dead seven protesters on 25 October 2004": a relative clause's day is its own
        in_sentence = [t for t in in_sentence if not _in_other_relative(token, t.span.start)]
    # ("opened fire on Monday on people who had marched ... to demand justice for a teacher who
    # died last week": so is that of a relative clause in a phrase of the act's, when another
    # day is told)
    described = _relative_clauses([c for c in children(token) if c.dep_ == "prep"], token)
    own = [t for t in in_sentence if not any(a <= t.span.start <= b for a, b in described)]
    in_sentence = own or in_sentence
    # ("a day after commanders announced that their troops had driven ... out": the report's
    # day bounds the act it reports)
    reported = clause.dep_ == "ccomp" and clause.head.lemma_ in ctx.lexicon.modality["speech_verbs"]
    offset = _days_apart(clause.head if reported else clause, in_sentence,
                         lambda: _story_day(ctx, sent))
    if offset is not None:
        return offset
    if len(in_sentence) == 1 and reported and trigger.plover == "ASSAULT" and \
            _toll_told_later(clause) and _day_of_report(
            _time_word(ctx.doc, in_sentence[0]), ctx.lexicon.modality["speech_verbs"]):
        # "MINUSCA said in a statement on Monday that seven civilians had been killed": the
        # day the toll was given, not the day of the killing
        return _story_day(ctx, sent)
    if len(in_sentence) == 1 and not _describes_since(in_sentence[0], token):
        return in_sentence[0]  # (nothing to rank)
    if len(in_sentence) > 1:
        start, end = clause_bounds(clause)
        # "fired at protesters on Tuesday, the anniversary of the 2011 uprising, killing a boy": a
        # participle with no time of its own is dated by its main clause, its day first
        borrowed = clause.dep_ == "advcl" and clause.tag_ == "VBG" and \
            not any(start <= t.span.start < end for t in in_sentence)
        if borrowed:
            start, end = clause_bounds(clause.head)

        # "claimed the ambush on Tuesday, as well as an explosion in Kano on 3 May": a noun's
        # own phrase dates it first
        noun = token.pos_ == "NOUN"

        # "ISWAP, which split from Boko Haram in 2016, attacked the town", "commanders of two
        # units, whose fighters clashed last month, signed a pact", "residents who returned on
        # Wednesday said fighters had looted the market": a clause that describes the doer, or
        # the one who reports the act, dates what it tells, not the act
        doers = [dep_child(clause, "nsubj")] + [dep_child(clause.head, "nsubj")] * (
            clause.dep_ == "ccomp")
        described = _relative_clauses(doers, token)

        # ("Police said on Wednesday they had arrested nine suspects ... last week": what a
        # report says had been done is no act of the day of the report)
        teller = dep_child(clause, "nsubj", "nsubjpass")
        told = clause.dep_ == "ccomp" and reported and teller is not None and \
            _past_perfect(clause)
        # (a time before the reported clause's subject is the report's, however parsed)
        said_when = (clause.head.left_edge.idx, teller.left_edge.idx) if told else (0, 0)

        def key(t: TimeSpan):
            return (not (noun and _dates_own_phrase(token, t.span)),
                    any(a <= t.span.start <= b for a, b in described),
                    any(a <= t.span.start < b for a, b in others),
                    _bounds_a_period(ctx.text, t.span.start),
                    not start <= t.span.start < end, borrowed and t.precision != "day",
                    said_when[0] <= t.span.start < said_when[1],
                    abs(t.span.start - token.idx))
        return min(in_sentence, key=key)
    return _story_day(ctx, sent)


def _names_a_thing(ctx: _Context, time: TimeSpan, token: Token) -> bool:
    """"marching to contest the results of the October general elections", "Mozambique's
    October general election": a time that names a thing no event word of ours names (not "the
    Monday raid") dates no act."""
    if not ctx.text[max(time.span.start - 6, 0):time.span.start].lower().endswith(DETERMINERS):
        return False  # (read from the text first: the parse is dearer)
    word = _time_word(token.doc, time)
    noun, before = word.head, word.doc[max(word.left_edge.i - 1, 0)]
    # (a determiner before it: "on Wednesday committee fighters pulled out" is a day)
    return word.dep_ in ("nmod", "compound") and noun.pos_ == "NOUN" and noun.i != token.i and \
        (before.pos_ == "DET" or before.tag_ in ("POS", "PRP$")) and \
        not word.left_edge.i <= token.i <= word.right_edge.i and \
        not any(f"{noun.lemma_}|{pos}" in ctx.lexicon.triggers for pos in ("NOUN", "ANY"))


DETERMINERS = ("the ", " a ", " an ", "this ", "that ", "'s ", "\u2019s ", "its ", "their ")


def _in_other_relative(token: Token, at: int) -> bool:
    """The character offset lies in a relative clause that does not hold the token nor describe
    it ("the peace accord the two communities first signed there in 1973" is dated 1973)."""
    for t in sent_of(token):
        if t.dep_ == "relcl" and t.left_edge.idx <= at <= t.right_edge.idx and \
                t.head.i != token.i and not t.left_edge.i <= token.i <= t.right_edge.i:
            return True
    return False


def _story_day(ctx: _Context, sent: SpacySpan) -> TimeSpan:
    """The time of a sentence that names none of its own."""
    times = ctx.times
    paragraph = ctx.paragraph_of(sent.start_char)
    # a date still to come ("agreed to meet next week") dates no later sentence
    before = [t for t in times if t.span.start < sent.start_char
              and ctx.paragraph_of(t.span.start) == paragraph
              and (ctx.published is None or t.start <= ctx.published)
              and not _bounds_a_period(ctx.text, t.span.start)]
    # (a day in an aside after the sentence's own: "on Saturday, the first launch since the
    # ceasefire agreement that took effect on 27 November")
    words = {id(t): _time_word(sent.doc, t) for t in before}
    asides = {id(t) for t in before if _relative_above(words[id(t)])}
    before = [t for t in before if id(t) not in asides or not any(
        o.span.start < t.span.start and id(o) not in asides
        and words[id(o)].sent.start == words[id(t)].sent.start for o in before)]
    # A follow-up sentence with no date of its own reports on the lede's event: its day. A
    # coarser background period named since the lede ("under siege since 2016", "threatened in
    # December") dates its own sentence, not the ones that return to the story.
    lede = next((t for t in times if t.precision == "day" and t.span.start < sent.start_char), None)
    if before and (lede is None or before[-1].precision == "day"
                   or before[-1].span.start < lede.span.start or before[-1].start > lede.start):
        return before[-1]
    if lede is not None:
        return lede
    published = ctx.published
    return TimeSpan(published, published, "unknown", None)


def _time_word(doc, time: TimeSpan) -> Token:
    return doc.char_span(time.span.start, time.span.end, alignment_mode="expand").root


def _toll_told_later(clause: Token) -> bool:
    """"that seven civilians had been killed": a past perfect passive naming no doer."""
    return clause.tag_ == "VBN" and dep_child(clause, "nsubjpass") is not None and \
        dep_child(clause, "agent") is None and _past_perfect(clause)


def _past_perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in children(verb))


def _day_of_report(word: Token, speech: frozenset[str]) -> bool:
    """The time word dates a verb of saying: "said on Monday", "said in a statement on Monday"."""
    node = word
    while node.dep_ in ("pobj", "prep", "npadvmod") and node.head.pos_ != "VERB":
        node = node.head
    return node.dep_ in ("prep", "npadvmod") and node.head.lemma_ in speech


def _relative_above(word: Token) -> bool:
    return any(t.dep_ == "relcl" for t in word.ancestors)


def _in_an_aside(doc, time: TimeSpan) -> bool:
    """"the first launch since the ceasefire agreement that took effect on 27 November": a day
    in a relative clause describes a noun; the next sentence goes on with the story's day."""
    return _relative_above(_time_word(doc, time))


def _when_it_began(time: TimeSpan, token: Token, ctx: _Context) -> TimeSpan:
    """"protests every Friday since September 2022, when police opened fire on worshippers": what
    a "when" clause on the start of a period tells happened then, not all along since."""
    if time.span is None or not time.text.lower().startswith("since "):
        return time
    clause = clause_head(token)
    while not any(c.lower_ == "when" for c in children(clause)) and \
            clause.dep_ in ("advcl", "conj", "xcomp") and clause.head.i != clause.i:
        clause = clause_head(clause.head)  # "..., killing dozens of people"
    when = next((c for c in children(clause) if c.lower_ == "when"), None)
    # (the parser hangs the clause on the date or, as an adverbial one, on the verb)
    if when is None or not (clause.dep_ == "relcl" and time.span.start <= clause.head.idx
                            < time.span.end or ctx.text[time.span.end:when.idx].strip() == ","):
        return time
    start = time.span.start + len("since ")
    then = resolve(ctx.text[start:time.span.end], ctx.published)
    return replace(then, span=Span.of(ctx.text, start, time.span.end)) \
        if then.start is not None else time


def _describes_since(time: TimeSpan, token: Token) -> bool:
    """"Maria Silva, who has lived at the camp since 2019, told the paper": the start of a
    period told in a relative clause of its own describes someone, and dates no act outside it
    (a day in one, "soldiers who arrived on Tuesday shot dead six men", may well be the act's)."""
    return _bounds_a_period(doc_text(token.doc), time.span.start) and any(
        c.left_edge.idx <= time.span.start <= c.right_edge.idx for c in sent_of(token)
        if c.dep_ == "relcl" and not c.left_edge.idx <= token.idx <= c.right_edge.idx)


def _relative_clauses(nouns: list[Token | None], token: Token) -> list[tuple[int, int]]:
    """The character bounds of the relative clauses on these nouns that do not hold the token."""
    return [(c.left_edge.idx, c.right_edge.idx) for noun in nouns if noun is not None
            for c in noun.subtree
            if c.dep_ == "relcl" and not c.left_edge.idx <= token.idx <= c.right_edge.idx]


GAP_DAYS = {"day": 1, "week": 7}


def _days_apart(clause: Token, times: list[TimeSpan],
                story_day: Callable[[], TimeSpan]) -> TimeSpan | None:
    """"arrested five men on Friday, a week after gunmen attacked the market": the time clause's
    act is dated from the main clause's day by the gap the sentence gives; "The advance came a
    day after rockets ...", from the story's day when the main clause names none."""
    clause = conjunct_out_of_relative(clause) or clause
    hedge = hedge_before(clause)
    if hedge is not None:  # (the main verb is the one the misread act is joined to)
        clause, main = hedge, first_conjunct(clause)
    else:  # "two days after crowds forced their way in and set it alight"
        clause = first_conjunct(clause)
        main = clause.head
    if clause.dep_ != "advcl":
        return None
    mark = next((c for c in children(clause) if c.dep_ == "mark"
                 and c.lower_ in ("after", "before")), None)
    # ("The push came a day after ...": the gap hung on the main verb, just before "after")
    gap = next((c for t in (mark, clause, main) if t is not None for c in children(t)
                if c.dep_ == "npadvmod" and c.lemma_ in GAP_DAYS
                and (t is not main or mark is not None and c.i == mark.i - 1)), None)
    if gap is None:
        return None
    if mark is None:  # "a day after a 19-year-old had been shot": "after" hung on the gap
        mark = next((c for c in children(gap) if c.dep_ == "prep"
                     and c.lower_ in ("after", "before")), None)
    if mark is None:
        return None
    text = doc_text(clause.doc)
    # ("a militia that has been active around Gety since 2002": a period's start, or a day in
    # an aside, is no day of the act)
    times = [t for t in times if not _bounds_a_period(text, t.span.start)
             and not _in_an_aside(clause.doc, t)]
    if any(clause.left_edge.idx <= t.span.start <= clause.right_edge.idx for t in times):
        return None  # "two days after rockets were fired ... on Saturday": its own day
    start, end = clause_bounds(main)
    mains = [t for t in times if t.precision == "day" and start <= t.span.start < end]
    if not mains and not any(start <= t.span.start < end for t in times):
        mains = [day for day in [story_day()] if day.precision == "day"]
    if not mains:
        return None
    count = next((c.lower_ for c in children(gap) if c.dep_ == "nummod"), None)
    days = number_word(count) * GAP_DAYS[gap.lemma_] * (-1 if mark.lower_ == "after" else 1)
    main = mains[0]
    if gap.lemma_ == "week":  # "a week after" is about a week: the days around it
        return replace(main, start=main.start + timedelta(days=days - 3),
                       end=main.end + timedelta(days=days + 3), precision="week")
    return replace(main, start=main.start + timedelta(days=days),
                   end=main.end + timedelta(days=days))


def _across_semicolon(text: str, a: int, b: int) -> bool:
    """"detained five of them; they were let go the next morning": two clauses, two days."""
    return ";" in text[a:b]


def _bounds_a_period(text: str, start: int) -> bool:
    """"had halted log trucks since last Friday": a period's bound, not the day something
    happened, so it dates no sentence after its own (the time may hold its "since" itself)."""
    return text[max(0, start - 7):start].lower().rstrip().endswith("since") or \
        text[start:start + 6].lower() == "since " or _ends_a_period(text, start)


def _ends_a_period(text: str, start: int) -> bool:
    """"held until Friday morning"; not "lasted from about 1am until dawn on Monday", a span the
    event fills."""
    before = text[max(0, start - 40):start].lower().rstrip()
    return before.endswith(("until", "till")) and " from " not in before


def _sources(ctx: _Context, token: Token) -> list[str]:
    """Who says so: the speaker of a governing speech verb, "according to" X, a quote's speaker."""
    sources = []
    for source in source_tokens(token, ctx.lexicon):
        actor = actor_of(ctx.actors, ctx.text, source).actor
        sources.append(actor.name if actor else phrase(source))
    sources += [q.speaker.name for q in ctx.quotes
                if q.start <= token.idx < q.end and q.speaker is not None]
    return list(dict.fromkeys(s for s in sources if s))


# --- ACLED sub-event rules ---------------------------------------------------------------------

CROSSFIRE = re.compile(r"\bcross-?fire\b")  # (on the lower-cased sentence)


def _acled_sub(ctx: _Context, m: _Mention) -> str | None:
    rule = m.trigger.acled
    if rule == "@territory":
        taker = m.actor1 or _group_told_own_deed(ctx, m)
        state = taker.type in STATE_TYPES if taker is not None \
            else m.trigger.phrase[0] in RETAKE_LEMMAS  # the lemma: "retook" is left unlemmatized
        return "Government regains territory" if state else "Non-state actor overtakes territory"
    if rule == "@kill":
        return _kill_sub(m, ctx.lexicon)
    if rule == "@protest":
        return _protest_sub(ctx, m)
    if rule is None and m.trigger.phrase in LEAVING and _left_ground(ctx, m.token):
        return "Non-violent transfer of territory"
    return rule


LEAVING = frozenset((("abandon",), ("leave",)))


def _left_ground(ctx: _Context, verb: Token) -> bool:
    """"al-Shabaab fighters abandoned Masagaway", "abandoned their positions": ground left (not
    "abandoned the plan"): a town, a territory noun, or a name no actor of a known kind holds."""
    left = dep_child(verb, "dobj")
    if left is None:
        return False
    cues = ctx.lexicon.modality  # ("abandoned their post in Ngapali": a force's post is ground)
    if left.lemma_ in cues["territory_nouns"] or left.lemma_ in cues["force_assets"] or any(
            m.start <= left.idx < m.end for p in ctx.places for m in p.mentions):
        return True
    holder = actor_at(ctx.actors, left.idx, left.idx + len(left))
    return left.pos_ == "PROPN" and (holder is None or holder.type is None)


def _kill_sub(m: _Mention, lexicon: Lexicon) -> str:
    if _struck_from_the_air(m.token, lexicon):
        return "Air/drone strike"
    target = m.actor2.type if m.actor2 is not None else None
    # "denied that its troops had fired at the protesters": troops whose owner is not yet known
    doer = dep_child(m.token, "nsubj") if m.actor1 is None else None
    state = m.actor1.type in STATE_TYPES if m.actor1 is not None else \
        doer is not None and doer.lemma_ in lexicon.modality["force_nouns"]
    sentence = span_text(m.sent).lower()
    if m.actor1 is None and CROSSFIRE.search(sentence) or reciprocal(
            prep_object(m.token, "on", "at")):
        # "caught in the crossfire": the fight's; "turned their guns on each other"
        return "Armed clash"
    if state and (target == "protesters" or _at_crowd(m.token, lexicon)):
        return "Excessive force against protesters"
    if target in ("civilians", "protesters", "person", "media"):
        return "Attack"
    if target in ARMED_TYPES:
        return "Armed clash"
    victims = _victim_kind(m.token, lexicon)
    if victims is not None:
        return victims
    if any(word in sentence for word in lexicon.modality["civilian_words"]):
        return "Attack"
    # force vowed against no one named is vowed against the other side
    return "Armed clash" if state or m.trigger is THREATENED_FORCE else "Attack"


def _struck_from_the_air(token: Token, lexicon: Lexicon) -> bool:
    """"a Russian drone hit a car ..., killing a man": what an aircraft or a drone strikes or
    fires on is an air strike, whoever it kills (not "a helicopter crashed, killing two")."""
    verb = token.head if token.dep_ == "advcl" and token.tag_ == "VBG" else token
    subject = dep_child(verb, "nsubj")
    return subject is not None and subject.lemma_ in lexicon.modality["aircraft_nouns"] and \
        verb.lemma_ in AIR_STRIKE_VERBS


# ("helicopters fired on a group of suspected militants", "opened fire on", "strafed")
AIR_STRIKE_VERBS = frozenset(("hit", "strike", "target", "bomb", "attack", "fire", "open",
                              "strafe", "pound"))


def _victim_kind(verb: Token, lexicon: Lexicon) -> str | None:
    """"killed two members of a gang that preys on migrants": who was killed, read from the
    verb's object, not from words anywhere in the sentence."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    victim = dep_child(verb, "dobj", "nsubjpass")
    if victim is not None and victim.lemma_ in ("member", "one", "some", "dozen"):
        victim = prep_object(victim, "of") or victim
    if victim is None:
        return None
    cues = lexicon.modality
    # ("four hunters and at least six militants were killed": dead on both sides of a fight; the
    # parser may make the second a subject of its own)
    victims = (victim, *(c for c in children(victim) if c.dep_ == "conj"),
               *(c for c in children(verb) if c.dep_ == "nsubjpass" and c.i > victim.i))
    if any(v.lemma_ in cues["armed_victims"] or v.lower_ in cues["armed_victims"] for v in victims):
        return "Armed clash"
    if victim.lemma_ in cues["civilian_words"] or victim.lower_ in cues["civilian_words"]:
        return "Attack"
    return None


def _at_crowd(token: Token, lexicon: Lexicon) -> bool:
    """"fired live rounds at the crowd", "opened fire on marchers": state fire at a crowd."""
    crowd = lexicon.modality["crowd_nouns"]
    if token.dep_ in ("advcl", "conj") and token.tag_ == "VBG" and token.head.i != token.i and \
            _at_crowd(token.head, lexicon):
        return True  # "opened fire on marchers, killing a man": the firing's toll
    verb = token.head if token.dep_ == "dobj" else token  # "fired rubber bullets at crowds"
    aimed = [g for c in children(verb) if c.dep_ == "prep" and c.lower_ in ("at", "on", "into")
             for g in children(c) if g.dep_ in ("pobj", "pcomp")]
    # "at demonstrators marching on parliament": the parser makes the crowd the march's subject
    aimed += [s for g in aimed if g.dep_ == "pcomp" for s in children(g) if s.dep_ == "nsubj"]
    targets = [c for c in children(verb) if c.dep_ == "dobj"] + aimed
    # "fired live rounds ... to scatter hundreds of protesters": whom the fire was meant to move
    purposes = [c for c in children(verb) if c.dep_ in ("advcl", "xcomp") and c.i > verb.i
                and verb_phrase(c) in DISPERSING]
    if any(dep_child(p, "dobj") is not None for p in purposes):
        return True  # a crowd, however the text names it ("supporters who had gathered")
    # "opened fire when some of the marchers tried to push past a barricade": the crowd that
    # drew the fire
    movers = [subject for c in children(verb) if c.dep_ == "advcl" and any(
        w.dep_ in ("mark", "advmod") and w.lower_ in ("when", "as") for w in children(c))
              for subject in [dep_child(c, "nsubj")] if subject is not None]
    targets += [prep_object(s, "of") or s for s in movers]
    return any(t.lemma_ in crowd and not _waiting(t) for t in targets)


WAITING_VERBS = frozenset(("wait", "queue", "line"))


def _waiting(crowd: Token) -> bool:
    """"a crowd waiting for flour lorries", "crowds queuing for aid": people come for food or
    aid, no protest."""
    return any(c.dep_ in ("acl", "relcl") and c.lemma_ in WAITING_VERBS for c in children(crowd))


# "to light lamps for fighters killed in the civil war": the dead of a past war tell nothing of
# how the protest went
WAR_DEAD = re.compile(r"\bkilled (?:in|during) (?:the |a )?(?:\w+ )?"
                      r"(?:war|conflict|insurgency|uprising|revolution)\b")


def _protest_sub(ctx: _Context, m: _Mention) -> str:
    """How the protest went, from cues in its own sentence. Cues read from the whole paragraph
    made every protest of a wire paragraph that mentions one riot "Violent demonstration"; police
    action told in another sentence joins the protest when the mentions merge."""
    if m.trigger.phrase == ("end", "blockade"):
        return INTERVENTION  # read as a protest only when police ended it (`retype`)
    cues = ctx.lexicon.modality
    sentence = WAR_DEAD.sub("", _without_demands(m, cues["request_verbs"]).lower())
    for key, sub in (("protest_force_cues", EXCESSIVE_FORCE),
                     ("protest_riot_cues", "Violent demonstration"),
                     ("protest_intervention_cues", INTERVENTION)):
        if any(cue in sentence for cue in cues[key]):
            return sub
    return "Peaceful protest"


def _without_demands(m: _Mention, request_verbs) -> str:
    """The protest's sentence with the people its demand describes by a participle blanked
    out: "rallied to demand the release of those detained" tells no arrest at the rally ("to
    demand that the officers be arrested" is a mention of its own, merged with the protest)."""
    sent, text = m.sent, span_text(m.sent)
    for t in sent:
        if t.lemma_ in request_verbs:
            for word in t.subtree:
                if word.dep_ in ("acl", "amod") and word.tag_ == "VBN" and word.i != m.token.i:
                    start = word.idx - sent.start_char
                    text = text[:start] + " " * len(word) + text[start + len(word):]
    return text


# --- merging mentions into events ---------------------------------------------------------------

GENERIC_SUBS = {None, "Armed clash", "Attack"}
# ACLED sub-events named by how they harm: a denial of harm done by no one named denies them
HARMING_MEANS = {"Air/drone strike",
                 "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                 "Suicide bomb", "Grenade", "Chemical weapon"}


def _merge(mentions: list[_Mention]) -> list[list[_Mention]]:
    groups: list[list[_Mention]] = []
    for mention in mentions:  # how a protest or a strike went, before another of its type
        # (one of its own sentence first: "drones struck the retreating attackers, killing
        # dozens" is the strike's toll, not the ambush's told before; "began a sit-in to
        # demand ..." is that sit-in's demand, not that of the one fired on the sentence before)
        nearest = sorted(groups, key=lambda g: g[-1].sent.start != mention.sent.start)
        # ("Later on Thursday, protesters set fire to a police post": a riot of its own after
        # the shooting, see `_came_later`)
        target = next((g for g in nearest if any(
            _protest_part(m, mention) or _strike_damage(m, mention) for m in g)
            and not any(_came_later(m, mention) for m in g)), None) or \
            next((g for g in groups if g[-1].sent.start == mention.sent.start
                  and (_joins(g, mention) or any(
                      _participle_of(m, mention) or m.refers_back and _weapon_harm(m, mention)
                      for m in g if m.sent.start == mention.sent.start))),
                 None) or _kind_told(groups, mention) or \
            next((g for g in groups if _joins(g, mention)), None)
        if target is None and (mention.refers_back or mention.part_of):
            target = _antecedent(groups, mention)
        if target is None:
            target = _own_account_of(groups, mention)
        if target is None:
            groups.append([mention])
        else:
            target.append(mention)
    return _join_protest_parts(groups)


def _own_account_of(groups: list[list[_Mention]], m: _Mention) -> list[_Mention] | None:
    """"The SPLM-N said in a statement that it had targeted 'military positions' near the
    market": a doer telling, in the past perfect and with no day or place of its own, an act of
    the kind it was told doing before, where a thing it names back was ("the market"), is its
    account of that act; naming nothing back ("the air force had struck 'terrorist training
    camps'"), of the last such act told."""
    verb = m.token
    if m.actor1 is None or m.own_date or m.place_in_sentence or verb.dep_ != "ccomp" or \
            not _past_perfect(verb) or m.mode != "asserted":
        return None
    doer = dep_child(verb, "nsubj")
    doer_words = {t.i for t in doer.subtree} if doer is not None else set()
    named_back = {t.lemma_ for t in verb.subtree if t.pos_ == "NOUN" and t.i not in doer_words
                  and any(c.dep_ == "det" and c.lower_ == "the" for c in children(t))}
    return next((g for g in reversed(groups) if g[0].mode == m.mode
                 and g[0].trigger.plover == m.trigger.plover
                 and _subs_compatible(_lead(g).sub, m.acled_sub)
                 # ("women who said they had been raped during the attack": a rape of its own)
                 and (_lead(g).sub in SEPARATE_SUBS) == (m.acled_sub in SEPARATE_SUBS)
                 and any(x.actor1 is not None and x.actor1.id == m.actor1.id for x in g)
                 and (not named_back or named_back & {t.lemma_ for x in g for t in x.sent})),
                None)


def _joins(group: list[_Mention], mention: _Mention) -> bool:
    return _same_event(group[0], mention) and _fits_group(group, mention)


def _fits_group(group: list[_Mention], mention: _Mention) -> bool:
    """Civilians shot in a later sentence are no part of a clash between two named sides
    ("fighting between M23 rebels and Wazalendo militiamen" is not M23 fighters shooting six
    civilians that evening); nor is an act of another kind told as coming later (`_came_later`)
    or an abduction beside a killing, nor anything in a sentence told as apart from what came
    before ("Separately, on Tuesday, a suicide bomber ...")."""
    if any(_kills_and_abducts(m, mention) or _kills_and_abducts(mention, m)
           or _came_later(m, mention) or _killed_after_taking(m, mention)
           or _fire_after_blast(m, mention) for m in group):
        return False
    if group[0].sent.start < mention.sent.start and (
            _told_apart(mention.sent) or _day_within_span(group, mention)
            or _other_doer_than(group, mention)
            or _own_side_hurt(group, mention) or _bomb_after_fight(group, mention)):
        return False
    victims = mention.actor2
    if mention.sent.start == group[0].sent.start or mention.acled_sub != "Attack" or \
            victims is None or victims.type != "civilians":
        return True
    # (nor is it part of an overrun that killed the police holding the post: "the attackers went
    # from house to house and shot ... civilians")
    return not any(m.acled_sub == "Armed clash" and m.actor1 is not None and m.actor2 is not None
                   or m.acled_sub in BATTLE_SUBS and m.actor2 is not None
                   and m.actor2.type in ARMED_TYPES for m in group)


def _own_side_hurt(group: list[_Mention], mention: _Mention) -> bool:
    """"An Israeli drone fired a missile at a car ... The Israeli military said two soldiers had
    been lightly wounded": a strike from afar hurts none of the side that made it; its losses
    are another event's (a fight's losses may be either side's)."""
    hurt = mention.actor2
    return hurt is not None and mention.acled_sub in GENERIC_SUBS and \
        any(m.acled_sub in REMOTE_SUBS for m in group) and \
        not any(m.acled_sub == "Armed clash" for m in group) and \
        any(m.actor1 is not None and m.actor1.id == hurt.id for m in group)


def _other_doer_than(group: list[_Mention], mention: _Mention) -> bool:
    """"Military jets struck hideouts in the Tirah valley ... A day earlier in Jamrud, police
    opened fire on several hundred people": an act of another doer, placed by its own sentence
    elsewhere, is another event, though the mention that opened the group named no doer."""
    return mention.actor1 is not None and mention.place_in_sentence and \
        mention.place is not None and \
        all(m.place is None or m.place.id != mention.place.id for m in group) and any(
        m.actor1 is not None and m.trigger.plover == mention.trigger.plover
        and not _actors_compatible(m, mention) for m in group)


def _bomb_after_fight(group: list[_Mention], mention: _Mention) -> bool:
    """"Israeli troops and Palestinian gunmen fought for several hours in Kafr Dan ... As the
    convoy left the village, a roadside bomb exploded under an armoured jeep": a bomb a later
    paragraph tells, not named back, is an event apart from a fight that used none."""
    return mention.acled_sub == "Remote explosive/landmine/IED" and not mention.refers_back \
        and mention.token.pos_ == "NOUN" \
        and mention.paragraph != group[0].paragraph and \
        any(m.acled_sub == "Armed clash" for m in group) and \
        not any(m.acled_sub in REMOTE_SUBS for m in group)


def _kills_and_abducts(killing: _Mention, abduction: _Mention) -> bool:
    """"attacked cattle camps ..., killing at least 19 people and abducting about 30 women and
    children": those killed and those carried off are two events (an attack and an abduction),
    whatever the raid's one verb."""
    return killing.trigger.phrase[0] in KILLING_WORDS and killing.acled_sub == "Attack" and \
        abduction.acled_sub == "Abduction/forced disappearance" and killing.mode == abduction.mode


KILLING_WORDS = frozenset(("kill", "killing", "shoot", "behead", "massacre", "murder"))


# clause marks that tell an event already dated as the time of another
TIME_CLAUSE_MARKS = {"after", "when", "once"}


def _time_clauses(groups: list[list[_Mention]]) -> list[list[_Mention]]:
    """"Residents said soldiers shot dead seven men after the army re-entered the town": an
    undated time clause that tells again an event dated earlier in the report is that event,
    and dates the deed it times."""
    for group in groups:
        for m in list(group):
            # ("fighting broke out in August after peacekeepers handed over a camp at Ber": a
            # sentence with a day of its own tells a handover of its own)
            if m.own_date or m.mode != "asserted" or not _time_clause(m.token) or \
                    _dated_in_sentence(m):
                continue
            told = next((g for g in groups if g is not group and g[0].token.i < m.token.i
                         and g[0].own_date and g[0].mode == m.mode
                         and g[0].trigger.plover == m.trigger.plover
                         and g[0].acled_sub == m.acled_sub and _actors_compatible(g[0], m)
                         and _places_compatible(g[0], m)), None)
            if told is None:
                continue
            group.remove(m)
            told.append(m)
            for other in group:
                if not other.own_date and other.sent.start == m.sent.start:
                    other.date = told[0].date
    _timed_by_event_told(groups)
    return [g for g in groups if g]


def _timed_by_event_told(groups: list[list[_Mention]]) -> None:
    """"While the raid was under way, dozens of young men threw stones": an event told before,
    named in a time clause, dates the undated deeds of its sentence."""
    for group in groups:
        first = group[0]
        for m in group[1:]:
            verb = clause_head(m.token)
            if not (m.refers_back and first.own_date and verb.dep_ == "advcl"
                    and marks(verb) & {"while", "when", "after"}):
                continue
            for other in (o for g in groups if g is not group for o in g):
                if not other.own_date and other.sent.start == m.sent.start:
                    other.date = first.date


def _time_clause(verb: Token) -> bool:
    """A clause that times another ("after the army re-entered the town"; the parser may hang
    "after" on the noun that follows it)."""
    if verb.dep_ != "advcl":
        return False
    before = verb.doc[max(sent_of(verb).start, verb.i - 4):verb.i]
    return bool(marks(verb) & TIME_CLAUSE_MARKS) or any(
        t.lower_ in TIME_CLAUSE_MARKS and t.dep_ == "prep" for t in before)


def _join_protest_parts(groups: list[list[_Mention]]) -> list[list[_Mention]]:
    """Tear gas read before the march it was fired at, or the march joined to the shooting:
    groups that a protest part links are one event, whatever order the mentions came in."""
    joined: list[list[_Mention]] = []
    for group in groups:
        target = next((g for g in joined if any(_protest_part(a, b) for a in g for b in group)
                       and not _protest_days_apart(g, group)
                       and not any(_came_later(a, b) for a in g for b in group)), None)
        if target is None:
            joined.append(group)
        else:
            target.extend(group)
    return joined


def _protest_days_apart(a: list[_Mention], b: list[_Mention]) -> bool:
    """Two protests each told on a day of its own, different days: each day is an event
    ("began the sit-in on Saturday to demand ..." and the sit-in fired on on Tuesday)."""
    days = [[m.date for m in g if m.trigger.plover == "PROTEST" and m.own_date
             and m.date.precision == "day"] for g in (a, b)]
    return bool(days[0] and days[1]) and not any(
        _dates_compatible(x, y) for x in days[0] for y in days[1])


ANTECEDENT_TYPES = {"ASSAULT", "PROTEST"}


FIGHTING = frozenset(("fighting", "clash", "battle", "firefight", "gunfight"))


def _antecedent(groups: list[list[_Mention]], m: _Mention) -> list[_Mention] | None:
    """The latest earlier event that "the attack" (same type) or "the blast destroyed ..." (a
    violent event) refers to; a sentence with a date of its own must agree with it. "The grenade
    attack" refers to the last grenade attack, if one was told."""
    modifiers = {c.i for c in children(m.token) if c.dep_ == "compound"}
    named_by = next((g for g in groups if any(x.token.i in modifiers for x in g)), None)
    if named_by is not None:
        return named_by  # "attack" goes where its "grenade" went
    kind = _kind_told(groups, m)
    if kind is not None:
        return kind
    if m.refers_back and m.token.lemma_ == "attack" and m.acled_sub == "Attack":
        # "angered by the attack": the attack on civilians told, not the army's fight with the
        # attackers told since
        attacks = [g for g in groups if _lead(g).sub == "Attack"]
        found = _antecedent_among(attacks, m)
        if found is not None:
            return found
    found = _antecedent_among(groups, m)
    if found is None and m.refers_back and m.token.lemma_ == "attack":
        # "boats ... were doused with petrol and torched ... a channel claimed the attack"
        found = next((g for g in reversed(groups) if g[0].mode == m.mode
                      and g[0].token.i < m.token.i and not _told_after(g[0].date, m.date)
                      and _lead(g).sub == "Looting/property destruction"), None)
    return found


def _kind_told(groups: list[list[_Mention]], m: _Mention) -> list[_Mention] | None:
    """The latest event of the named kind "the grenade attack" or "the strike" names back
    ("police arrested two men on 18 January over the grenade attack": the day is the arrest's;
    the attack is the grenade attack told, whenever it was)."""
    if not m.refers_back or m.acled_sub in GENERIC_SUBS:
        return None
    return next((g for g in reversed(groups) if g[0].mode == m.mode and g[0].token.i < m.token.i
                 and any(x.acled_sub == m.acled_sub for x in g)
                 and not _told_after(g[0].date, m.date)), None)


def _told_after(told: TimeSpan, later: TimeSpan) -> bool:
    """An event dated after the day a sentence names ("revenge for the capture ... on 10 August"
    is no arrest made on 14 August)."""
    return told.precision != "unknown" and later.precision != "unknown" and \
        told.start is not None and later.end is not None and told.start > later.end


def _antecedent_among(groups: list[list[_Mention]], m: _Mention) -> list[_Mention] | None:
    for group in reversed(groups):
        lead = group[0]
        # "pulled out of positions there, ..., the first such handover": an earlier clause of
        # the same sentence may hold it too
        if lead.mode != m.mode or lead.token.i >= m.token.i or \
                lead.sent.start == m.sent.start and not m.refers_back:
            continue
        # "the Nakuru march" names back the march the police fired on, an event led by the fire
        same_type = lead.trigger.plover == m.trigger.plover or _blockade_of(lead, m) or \
            m.refers_back and any(x.trigger.plover == m.trigger.plover for x in group)
        if m.refers_back and not same_type or m.refers_back and m.token.lemma_ in FIGHTING \
                and _lead(group).sub in REMOTE_SUBS:
            continue  # ("since the start of the fighting" is no landmine blast)
        if m.acled_sub in SEPARATE_SUBS and lead.acled_sub not in SEPARATE_SUBS:
            continue  # "raped six women during the raid" is a rape of its own
        if m.part_of and not (same_type or lead.trigger.plover in ANTECEDENT_TYPES
                              or lead.acled_sub == "Looting/property destruction"):
            continue
        if m.part_of and m.trigger.phrase[0] in LOOTING_LEMMAS and _lead(group).sub in BATTLE_SUBS:
            continue  # "its clinic had been looted during the fighting": a looting of its own
            # (but "houses were torched ... during the fighting" burned in the fight)
        # "the clashes continued into Wednesday" still continue Tuesday's; but a protest's
        # days are events of their own ("began the sit-in on Saturday", fired on on Tuesday)
        slack = 0 if m.trigger.plover == "PROTEST" and m.date.precision == "day" else 3
        if m.own_date and not _dates_compatible(lead.date, m.date, slack_days=slack):
            continue
        if not m.refers_back and _dated_in_sentence(m) and not _dates_compatible(lead.date, m.date):
            continue  # "two days later, on 16 September, armed men seized ...": not the raid's
        if _own_phrase_place(m) and not _places_compatible(lead, m):
            continue  # "the killing of two activists in Tocoa" is not the raid near Trujillo
        if m.refers_back and m.trigger.acled == "@kill" and lead.acled_sub in UNHARMED_SUBS:
            continue  # "the killing of a classmate" is no abduction told before
        if m.refers_back and _strategic(m.acled_sub) and not any(
                x.acled_sub == m.acled_sub or _blockade_of(x, m) for x in group):
            continue  # "extended the curfew" is no part of the raid or strike told that day
        return group
    return None


def _strategic(sub: str | None) -> bool:
    """A development of its own kind (a curfew, a seizure, a base), not the damage or spoils of
    a violent event ("the looting")."""
    row = load_lexicon().crosswalk.get(sub) if sub is not None else None
    return row is not None and row.acled_event_type == "Strategic developments" and \
        sub != "Looting/property destruction"


def _perpetrated(m: _Mention) -> bool:
    """"Kuki militants had carried out the attack": a doer named, if not one the actors know."""
    return m.token.dep_ == "dobj" and dep_child(m.token.head, "nsubj") is not None and \
        m.token.head.lemma_ in load_lexicon().modality["perpetrating_verbs"]


def _doer_named(m: _Mention) -> bool:
    """The mention's clause says who did it ("its pilots had killed"), not only to whom."""
    return m.token.pos_ in ("VERB", "AUX") and (
        dep_child(m.token, "nsubj") is not None or prep_object(m.token, "by") is not None)


def _harms_people(m: _Mention) -> bool:
    """The mention tells harm done to people ("killed civilians", "assaulted him")."""
    cues = load_lexicon().modality
    return m.trigger.phrase[0] in cues["casualty_verbs"] | cues["harming_verbs"]


def _dated_in_sentence(m: _Mention) -> bool:
    """The mention's day is named in its sentence, not inside a noun's modifier ("two of the
    women freed on Monday said ...": the day they went free)."""
    span = m.date.span
    if span is None or not m.sent.start_char <= span.start < m.sent.end_char:
        return False
    words = m.sent.doc.char_span(span.start, span.end, alignment_mode="expand")
    return words is not None and not any(a.dep_ in ("acl", "relcl") for a in words.root.ancestors)


def _blockade_of(protest: _Mention, m: _Mention) -> bool:
    """"Miners blocked the road ... The blockade ended in the evening": the protest's blockade."""
    return m.trigger.phrase == ("blockade",) and protest.trigger.plover_mode == "obstruct"


def _own_phrase_place(m: _Mention) -> bool:
    """The mention's place is named inside its own noun phrase ("the killing ... in Tocoa"; not
    the adjective of another noun the parse hung there: "claimed the bombing in a message sent
    to a Mauritanian news website")."""
    start, end = m.token.left_edge.idx, m.token.right_edge.idx + len(m.token.right_edge)
    if m.token.pos_ not in ("NOUN", "PROPN") or m.place is None or not m.place_in_sentence:
        return False
    doc = m.token.doc
    for s in m.place.mentions:
        words = doc.char_span(s.start, s.end, alignment_mode="expand") \
            if start <= s.start < end else None
        if words is not None and not (words.root.dep_ == "amod"
                                      and words.root.head.i != m.token.i):
            return True
    return False


LOOTING_LEMMAS = frozenset(("loot", "pillage", "plunder", "ransack"))
UNHARMED_SUBS = frozenset(("Abduction/forced disappearance", "Arrests", "Sexual violence",
                           "Looting/property destruction"))


EXCESSIVE_FORCE = "Excessive force against protesters"
VIOLENT = "Violent demonstration"
INTERVENTION = "Protest with intervention"
POLICED = frozenset((EXCESSIVE_FORCE, INTERVENTION))
CALM_SUBS = {"Peaceful protest", INTERVENTION}
PROTEST_PARTS = {INTERVENTION, "Excessive force against protesters",
                 "Looting/property destruction"}


def _breaks_up(harm: _Mention, protest: _Mention) -> bool:
    """"beat protesters with batons to break up a demonstration", "fired rubber bullets to clear
    workers who had blocked the highway": force used to disperse the protest is how it went."""
    return any(c.dep_ in ("advcl", "xcomp") and verb_phrase(c) in DISPERSING | CLEARING
               and protest.token in c.subtree for c in children(harm.token))


def _protest_purpose(asking: Token, protest: Token) -> bool:
    """"held a peaceful sit-in outside the prefecture the same day to demand ...": what the
    protest was held for (an infinitive the parser may hang on the time phrase)."""
    if dep_child(asking, "nsubj") is not None or not takes_to(asking):
        return False
    verb = next((t for t in asking.ancestors if t.pos_ == "VERB"), None)
    return verb is not None and any(t.i == verb.i for t in protest.ancestors)


def _protest_part(a: _Mention, b: _Mention) -> bool:
    """Tear gas at a protest, or protesters torching cars, is how the protest went (its ACLED
    sub-type), not a separate event: such a mention and a protest in one paragraph (or the next)
    on the same dates are one event. What the marchers demand or denounce, in the protest's own
    clause, is the protest's too."""
    if a.trigger.plover != "PROTEST" and b.trigger.plover != "PROTEST" and \
            a.acled_sub not in POLICED and b.acled_sub not in POLICED:
        return False  # (every way below needs a protest or force used on one)
    if _account_of_firing(a, b) or _account_of_firing(b, a) or \
            _demand_of_fired_on(a, b) or _demand_of_fired_on(b, a) or \
            _attack_on_firers(a, b) or _attack_on_firers(b, a):
        return True
    pair = {a.trigger.plover, b.trigger.plover}
    if pair in ({"PROTEST", "REQUEST"}, {"PROTEST", "ACCUSE"}):  # "protested ... and demanded",
        # "blocked the road, demanding", "staged a sit-in to denounce", "a rally by residents,
        # who demanded"
        protest, request = (a, b) if a.trigger.plover == "PROTEST" else (b, a)
        return a.mode == b.mode and (request.token.head.i == protest.token.head.i
                                     or protest.token.head.i == request.token.i
                                     or _demanding_participle(request.token, protest.token)
                                     or any(t.i == protest.token.i for t in request.token.ancestors)
                                     or _protest_purpose(request.token, protest.token)
                                     or _near(a, b) and _crowd_asks(request.token)
                                     or a.sent.start == b.sent.start and _crowd_demanding(request))
    if pair == {"PROTEST", "ASSAULT"} and a.mode == b.mode:
        # firing on the marchers (not "killed in riots last March", another day); the crowd's
        # "pelted the police station, injuring four officers"; stones "were thrown", by no one
        # named, told beside the firing on that crowd
        protest, harm = (a, b) if a.trigger.plover == "PROTEST" else (b, a)
        if a.sent.start != b.sent.start:
            return harm.acled_sub == EXCESSIVE_FORCE and protest.actor1 is None \
                and abs(a.paragraph - b.paragraph) <= 1 and _same_days(a.date, b.date) \
                and _within(a, b)
        return EXCESSIVE_FORCE in (a.acled_sub, b.acled_sub) and a.date == b.date or \
            harm.token.dep_ == "advcl" and harm.token.tag_ == "VBG" \
            and harm.token.head.i == protest.token.i or _breaks_up(harm, protest) or \
            _hurt_by_the_crowd(protest, harm)
    if pair == {"COERCE", "ASSAULT"}:
        return _harmed_in_dispersal(a, b) or _harmed_in_dispersal(b, a)
    return pair == {"PROTEST", "COERCE"} and a.mode == b.mode \
        and not _describes_a_noun(a.token) and not _describes_a_noun(b.token) \
        and abs(a.paragraph - b.paragraph) <= 1 and _dates_compatible(a.date, b.date) \
        and (a.sent.start == b.sent.start or _places_compatible(a, b)) and (
        (a.trigger.acled or "") in PROTEST_PARTS or (b.trigger.acled or "") in PROTEST_PARTS) \
        and not (a.sent.start != b.sent.start and (_other_arsonists(a) or _other_arsonists(b)))


def _hurt_by_the_crowd(riot: _Mention, harm: _Mention) -> bool:
    """"set fire to the police post ... and pelted officers with stones; police said four
    officers were injured": those the rioters turned on (or the police, when the riot's clause
    names no target), hurt by no one else named, were hurt in the riot."""
    hurt = harm.actor2
    return riot.acled_sub == VIOLENT and harm.actor1 is None and hurt is not None and (
        hurt.id == riot.actor2.id if riot.actor2 is not None else hurt.type in SECURITY_FORCES)


def _describes_a_noun(token: Token) -> bool:
    """"traders whose shops were destroyed in the bombing marched ...": what a passive relative
    clause says was done to them tells who the marchers are, not how their march went."""
    return token.dep_ == "relcl" and dep_child(token, "nsubjpass") is not None \
        and is_person(token.head, load_lexicon())


def _demanding_participle(request: Token, protest: Token) -> bool:
    """"took part in a peaceful march ..., calling on the state to restore security": a
    participle on the clause that holds the protest noun (or its conjunct's) tells what the
    marchers asked."""
    while request.dep_ == "conj" and request.head.tag_ == "VBG":
        request = request.head
    return request.dep_ == "advcl" and request.tag_ == "VBG" and protest.pos_ == "NOUN" and \
        request.head.i == clause_head(protest).i


WOUNDING = frozenset(("injure", "wound", "hurt"))


def _harmed_in_dispersal(dispersal: _Mention, harm: _Mention) -> bool:
    """"Police fired tear gas and live rounds to clear them, and a boy was killed by a shot": a
    killing with no doer of its own told with the police breaking up a crowd is their excessive
    force (ACLED), not an attack apart."""
    if dispersal.acled_sub != INTERVENTION or harm.trigger.plover != "ASSAULT" or \
            harm.sent.start != dispersal.sent.start or harm.mode != dispersal.mode:
        return False
    # "fired live rounds to disperse them, killing a boy": fire whose purpose is the dispersal
    fired_to_clear = dispersal.token.head.i == harm.token.i and dispersal.token.dep_ in (
        "advcl", "xcomp") and harm.trigger.phrase[0] == "fire"
    return fired_to_clear or harm.actor1 is None and harm.token.i > dispersal.token.i \
        and dep_child(harm.token, "nsubjpass") is not None


def _attack_on_firers(firing: _Mention, attack: _Mention) -> bool:
    """"Police opened fire on villagers protesting ..." and later "the police said officers had
    been attacked with stones and machetes before they opened fire": the crowd's violence in
    the firers' account is how that protest went, no clash of its own."""
    return firing.acled_sub in (EXCESSIVE_FORCE, INTERVENTION) \
        and attack.trigger.plover == "ASSAULT" and attack.acled_sub not in HARMING_MEANS \
        and firing.actor1 is not None and attack.actor2 is not None \
        and attack.actor2.id == firing.actor1.id \
        and (attack.actor1 is None or attack.actor1.type in CROWD_TYPES) \
        and attack.mode == firing.mode and _same_days(attack.date, firing.date) \
        and _within(attack, firing)


def _demand_of_fired_on(firing: _Mention, request: _Mention) -> bool:
    """"Police fired live rounds at a crowd of protesters ... The protesters were demanding
    action against the gang": what the crowd fired on was asking for is its protest's demand."""
    if firing.acled_sub != EXCESSIVE_FORCE or request.trigger.plover != "REQUEST" \
            or request.mode != firing.mode or not _near(firing, request):
        return False
    asker = subject_of(request.token) if request.token.pos_ == "VERB" else None
    return _crowd_asks(request.token) or asker is not None and _crowd(asker)


def _account_of_firing(dispersal: _Mention, firing: _Mention) -> bool:
    """"Fighters opened fire on hundreds of people protesting ..." and later "the SDF said its
    fighters had fired into the air to disperse the crowd": the shooters' account of the same
    day's crackdown, not a dispersal of its own (one nearer is a part of the protest anyway)."""
    return dispersal.acled_sub == INTERVENTION and firing.acled_sub == EXCESSIVE_FORCE \
        and dispersal.paragraph > firing.paragraph + 1 \
        and dispersal.mode == firing.mode and _same_days(dispersal.date, firing.date) \
        and _within(dispersal, firing) and _actors_compatible(dispersal, firing)


def _other_arsonists(m: _Mention) -> bool:
    """"Late on Wednesday, unknown men set fire to the union's office": burning told apart from
    the riot, by doers the text names and who are no crowd, is not the riot's."""
    return m.acled_sub == "Looting/property destruction" and m.actor1 is not None \
        and m.actor1.type not in CROWD_TYPES


def _near(protest: _Mention, request: _Mention) -> bool:
    """The same sentence, or for a demand a sentence close by that gives no day of its own ("The
    protesters, most of them farmers, are demanding ..."; a day inside a relative clause, "the
    release of a student who was taken ... on 28 April", is the clause's)."""
    return protest.sent.start == request.sent.start or request.trigger.plover == "REQUEST" \
        and not (request.own_date and _dated_in_sentence(request)) \
        and abs(protest.paragraph - request.paragraph) <= 1


def _crowd_demanding(request: _Mention) -> bool:
    """"a sit-in by about 200 teachers demanding unpaid salaries", "broke up a march by
    opposition activists demanding reform": the crowd the demand describes, or those a march is
    "by", is the one protesting in its sentence."""
    who = request.token.head
    return request.token.dep_ == "acl" and (_crowd(who) or who.head.lower_ == "by")


def _crowd_asks(verb: Token) -> bool:
    """The demand is made by a crowd ("around 200 residents, who demanded ...")."""
    doer = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    if doer is not None and doer.lower_ in ("who", "that") and verb.dep_ == "relcl":
        doer = verb.head
        # "200 residents outside the council building, who demanded ...": the parser hangs
        # "who" on the place the crowd stood at
        while not _crowd(doer) and doer.dep_ == "pobj" and doer.head.head.pos_ == "NOUN":
            doer = doer.head.head
    return doer is not None and _crowd(doer)


def _crowd(noun: Token) -> bool:
    cues = load_lexicon().modality
    return noun.lemma_ in cues["crowd_nouns"] or noun.lemma_ in cues["civilian_words"]


# ACLED codes a rape told among a raid's acts ("shooting dead nine, raping several women and
# ...") or after them ("... raped six women during the raid") as an event of its own; a later
# "the attackers also beat a man" goes on with the rape
SEPARATE_SUBS = frozenset({"Sexual violence"})


def _same_event(a: _Mention, b: _Mention) -> bool:
    if (a.sent.start == b.sent.start or b.acled_sub in SEPARATE_SUBS) and \
            (a.acled_sub in SEPARATE_SUBS) != (b.acled_sub in SEPARATE_SUBS):
        return False
    if _protest_part(a, b):
        return True
    if a.mode == b.mode and a.sent.start == b.sent.start and (
            _participle_of(a, b) or _participle_of(b, a) or _charged_on_arrest(a, b)
            or _one_clash(a, b) or _strike_damage(a, b) or _one_crowd(a, b)
            or _weapon_harm(a, b) or _weapon_harm(b, a) or _weapon_named(a, b)
            or _gave_way(a, b) or _gave_way(b, a) or _handed_to(a, b) or _handed_to(b, a)
            or _talks_of_deal(a, b) or _talks_of_deal(b, a)):
        return True
    if a.trigger.plover != b.trigger.plover or a.mode != b.mode or not _actors_compatible(a, b) \
            or not (_subs_compatible(a.acled_sub, b.acled_sub, a.sent.start == b.sent.start)
                    or _taker_unknown(a, b)):
        return False
    if a.sent.start == b.sent.start:
        return not (a.dated_phrase or b.dated_phrase) or _dates_compatible(a.date, b.date)
    if went_on_to(a.token) or went_on_to(b.token):
        return False
    if _other_doers(a, b) or _other_doers(b, a) or _beating_apart(a, b) or _beating_apart(b, a) \
            or _other_kind_of_protest(a, b) or _other_kind_of_protest(b, a):
        return False
    # "on 2 October" and "in recent months", "on Sunday" and "last week" are not one event
    coarser = a.date.precision != b.date.precision
    return not (a.own_date and b.own_date and coarser) and _places_compatible(a, b) \
        and _dates_compatible(a.date, b.date)


def _taker_unknown(a: _Mention, b: _Mention) -> bool:
    """"Assault units had cleared the last Russian positions in Verbove": ground taken by no one
    named is a guess at its kind, so it can be the taking told with its taker."""
    return {a.acled_sub, b.acled_sub} <= TERRITORY_SUBS and (a.actor1 is None or b.actor1 is None) \
        and a.sent.start != b.sent.start


def _came_later(first: _Mention, then: _Mention) -> bool:
    """"Azerbaijani troops opened fire on Armenian positions ... Several mortar rounds later landed
    in Shurnukh itself": an act of another, named kind told as coming later than one whose
    doer is told is an event of its own (losses told alone, "four fighters were killed", may be
    either's; soldiers who "later clashed with the same group" may go on with the first)."""
    clause = clause_head(then.token)
    # ("Later on Thursday, protesters set fire ...": "later" hangs on the time phrase)
    timing = [clause] + [c for c in children(clause) if c.dep_ == "prep"]
    return then.acled_sub != first.acled_sub and then.acled_sub not in GENERIC_SUBS and \
        then.sent.start > first.sent.start and first.actor1 is not None and any(
        c.dep_ == "advmod" and c.lower_ in SEQUEL_ADVERBS for t in timing for c in children(t))


def _fire_after_blast(blast: _Mention, then: _Mention) -> bool:
    """"A suicide bomber drove a car ... into a checkpoint ..., and militants hiding on the
    hillside then opened fire on the surviving troops", "Militants ... then fired on a rescue
    team", "gunmen on motorcycles then tried to storm the base": gunfire or an assault that
    follows a bombing is a fight of its own (ACLED codes the bomb apart); but the bombers who
    "detonated a bomb under a truck ... and then fired on the survivors" finished one attack."""
    verb = then.token.head if then.token.dep_ == "xcomp" and \
        then.token.head.lemma_ in TRYING_VERBS else then.token
    return blast.acled_sub in ("Suicide bomb", "Remote explosive/landmine/IED") and \
        then.acled_sub in GENERIC_SUBS and then.token.pos_ == "VERB" and \
        not (verb.dep_ == "conj" and verb.head.i == clause_head(blast.token).i
             and dep_child(verb, "nsubj") is None) and \
        then.token.lemma_ in ("open", "fire", "storm", "attack", "assault") and any(
            c.dep_ == "advmod" and c.lower_ in THEN_ADVERBS for c in children(verb))


def _killed_after_taking(taking: _Mention, then: _Mention) -> bool:
    """"overran a village ... after a short exchange of fire with members of the Local Force;
    the insurgents then beheaded three men in the village square": people the takers go on to
    kill, in a clause of its own, are an attack of its own."""
    return taking.acled_sub in TERRITORY_SUBS and then.acled_sub == "Attack" and \
        then.actor1 is not None and any(
            c.dep_ == "advmod" and c.lower_ in THEN_ADVERBS
            for c in children(clause_head(then.token))) and (
            then.sent.start > taking.sent.start or _across_semicolon(
                doc_text(then.token.doc), taking.token.idx, then.token.idx))


SEQUEL_ADVERBS = frozenset(("later", "afterwards", "afterward", "subsequently"))
THEN_ADVERBS = SEQUEL_ADVERBS | {"then"}
# sentence openings that set what follows apart from the events told before
APART_OPENINGS = ("separately", "elsewhere", "in a separate", "in another")
APART_FIRST_WORDS = frozenset(opening.split()[0] for opening in APART_OPENINGS)


def _day_within_span(group: list[_Mention], mention: _Mention) -> bool:
    """"Fighting ... killed at least 11 people between Saturday and Wednesday. On Monday, mortar
    rounds ... hit a house": an act of a named kind told on one day of a fight's span is an
    event of that day."""
    return mention.own_date and mention.acled_sub not in GENERIC_SUBS and \
        mention.date.start == mention.date.end and any(
            m.own_date and m.date.start is not None and m.date.end is not None
            and m.date.start < m.date.end for m in group)


def _told_apart(sent: Span) -> bool:
    first = sent.doc[sent.start]
    if first.lower_ not in APART_FIRST_WORDS:  # (asked of every group a mention might join)
        return False
    return " ".join(t.lower_ for t in sent[:3]).startswith(APART_OPENINGS)


# A hunger strike goes on by itself for days, whatever else the strikers' side does meanwhile.
LONE_PROTESTS = {"strike-hun"}


def _dates_own_phrase(noun: Token, span: Span | None) -> bool:
    """The time lies in the noun's own phrase, not on a speech verb the parser hung inside it
    ("in a raid on a village ..., security sources said on Tuesday")."""
    if span is None or not noun.left_edge.idx <= span.start <= noun.right_edge.idx:
        return False
    words = noun.doc.char_span(span.start, span.end, alignment_mode="expand")
    node = words.root if words is not None else noun
    while node.i != noun.i and node.head.i != node.i:
        if node.pos_ == "VERB" and node.lemma_ in speech_verbs():
            return False
        node = node.head
    return True


def _other_kind_of_protest(a: _Mention, b: _Mention) -> bool:
    """"Miners blocked the road on Monday. Seven miners have been on hunger strike since 2 June":
    two protests, though the strike's days include Monday."""
    return a.trigger.plover_mode in LONE_PROTESTS and b.trigger.plover_mode != a.trigger.plover_mode


ARRESTS_AND_SEIZURE = frozenset(("Arrests", "Disrupted weapons use"))


def _participle_of(act: _Mention, how: _Mention) -> bool:
    """"attacked the town, killing five residents": the killing is how the attack went, whatever
    it names as the target."""
    if not (act.trigger.plover == how.trigger.plover and how.token.dep_ == "advcl"
            and how.token.tag_ == "VBG") or {act.acled_sub, how.acled_sub} == ARRESTS_AND_SEIZURE:
        return False  # "raided houses, arresting seven ... and seizing four rifles": two events
    clause = how.token.head
    # "struck a house where fighters had eaten the night before, killing seven": the closing
    # participle hung on the eventless clause between; "carried out an air strike on Islamic
    # State positions, killing three militants": on the verb that carried the act out
    return clause.i == act.token.i or act.token.dep_ == "dobj" and act.token.head.i == clause.i \
        or clause.dep_ in ("ccomp", "relcl") and \
        clause.head.i == act.token.i and not verb_triggers(clause, load_lexicon())


def _one_crowd(a: _Mention, b: _Mention) -> bool:
    """"blocked the highway and pelted the police station with stones": one crowd's acts joined
    in one clause are one protest, typed by its most violent part."""
    return a.trigger.plover == b.trigger.plover == "PROTEST" and (
        b.token.dep_ == "conj" and b.token.head.i == a.token.i
        or a.token.dep_ == "conj" and a.token.head.i == b.token.i)


def _one_clash(a: _Mention, b: _Mention) -> bool:
    """"Three militants were killed when troops surrounded their hideout; two soldiers were
    wounded in the exchange of fire": in a clash each side is both doer and target, so one
    sentence's clash mentions on one day in one place are one clash whatever roles each names."""
    return (a.acled_sub == b.acled_sub == "Armed clash" or _toll_of_fight(a, b)
            or _toll_of_fight(b, a)) and a.trigger.plover == b.trigger.plover \
        and a.date == b.date and (a.place is None or b.place is None or a.place.id == b.place.id)


def _toll_of_fight(clash: _Mention, killing: _Mention) -> bool:
    """"troops fought Jenin Brigade fighters inside the camp for two days; 12 Palestinians and
    one soldier were killed": deaths told by no doer in the sentence of a fight are its toll."""
    return clash.acled_sub == "Armed clash" and clash.actor1 is not None and \
        killing.acled_sub == "Attack" and killing.actor1 is None and \
        _killed_in_fight_told(killing.token, {clash.token.i})


# Violence from afar whose damage ("shells landed on houses, damaging ...", "struck a fuel
# depot, which burned") is how the strike went, not property destruction of its own.
REMOTE_SUBS = {"Shelling/artillery/missile attack", "Air/drone strike", "Remote explosive/landmine/IED",
               "Grenade", "Suicide bomb"}
STRUCK_FROM_AFAR = STRIKE_SUBS | {"Chemical weapon"}  # ("army shells released a gas over a camp")


def _strike_damage(a: _Mention, b: _Mention) -> bool:
    return a.sent.start == b.sent.start and a.mode == b.mode and any(
        strike.trigger.plover == "ASSAULT" and strike.acled_sub in REMOTE_SUBS
        and damage.acled_sub == "Looting/property destruction" and not _burned_by_a_party(damage)
        for strike, damage in ((a, b), (b, a)))


def _burned_by_a_party(damage: _Mention) -> bool:
    """"a landmine wounded two soldiers, and hours later soldiers set fire to 60 houses": a
    party's own act, no damage the blast did."""
    doer = dep_child(damage.token, "nsubj") if damage.token.pos_ == "VERB" else None
    return doer is not None and doer.lemma_ in load_lexicon().modality["party_nouns"]


def _weapon_harm(weapon: _Mention, harm: _Mention) -> bool:
    """"a roadside bomb planted by the Jenin Brigade damaged an armoured vehicle and wounded four
    soldiers": what the bomb did is how the bombing went, whoever it names as hit."""
    verb = harm.token
    if weapon.acled_sub not in REMOTE_SUBS or weapon.token.pos_ != "NOUN" or \
            harm.trigger.plover != "ASSAULT" or verb.pos_ != "VERB":
        return False
    if dep_child(verb, "nsubj") is None and verb.dep_ == "conj" and \
            verb.head.lemma_ not in HITTING_VERBS:
        return False  # ("the bombing came days after youths ... overran the garrison")
    doer = subject_of(verb)
    if doer is not None and doer.lower_ == "one":  # "one of the bombs had killed a shepherd"
        doer = prep_object(doer, "of") or doer
    return doer is not None and doer.i == weapon.token.i


def _gave_way(taking: _Mention, retreat: _Mention) -> bool:
    """"Houthi fighters seized a string of hills ... after pro-government troops pulled back under
    heavy fire": the side that gave way to a taking its time clause tells handed nothing over
    (but "recaptured several villages after al-Shabaab fighters withdrew without a fight" did)."""
    if taking.acled_sub not in TERRITORY_SUBS or \
            retreat.acled_sub != "Non-violent transfer of territory" or \
            any(c.dep_ == "prep" and c.lower_ == "without" for c in children(retreat.token)):
        return False
    clause = next((a for a in [retreat.token, *retreat.token.ancestors] if a.dep_ == "advcl"), None)
    return clause is not None and any(a.i == taking.token.i for a in clause.ancestors) and any(
        c.dep_ == "mark" and c.lower_ in TIME_CLAUSE_MARKS | {"as"} for c in children(clause))


def _handed_to(handover: _Mention, deployment: _Mention) -> bool:
    """"Israeli troops withdrew from Alma al-Shaab, and Lebanese army units deployed in the
    village a few hours later": who moves into the ground left is whom it was handed to."""
    moved = deployment.token
    if moved.dep_ == "acl" and moved.head.dep_ == "conj":
        moved = moved.head  # (parsed "and Lebanese army units [deployed ...]")
    return handover.acled_sub == "Non-violent transfer of territory" and \
        deployment.trigger.plover == "MOBILIZE" and moved.dep_ == "conj" and \
        moved.head.i == handover.token.i


def _weapon_named(a: _Mention, b: _Mention) -> bool:
    """"A Russian missile strike": the weapon a strike's noun compound names is that strike's
    (and decides its kind), not another one."""
    first, second = sorted((a, b), key=lambda m: m.token.i)
    return first.token.dep_ == "compound" and first.token.head.i == second.token.i and \
        {first.acled_sub, second.acled_sub} <= REMOTE_SUBS


HITTING_VERBS = frozenset(("hit", "strike", "damage", "destroy", "wreck", "kill", "wound",
                           "injure", "tear"))


def _charged_on_arrest(a: _Mention, b: _Mention) -> bool:
    """"were arrested ... and charged with sheltering the militants": the charge is the arrest's
    legal side (ACLED codes the arrest), not an accusation of its own."""
    arrest, charge = (a, b) if a.trigger.plover == "COERCE" else (b, a)
    return arrest.acled_sub == "Arrests" and charge.trigger.plover == "ACCUSE" \
        and charge.trigger.plover_mode == "legal"


def _other_doers(mob: _Mention, other: _Mention) -> bool:
    """A crowd's violence is not the gang's attack told again (a victim's injury with no doer
    named may still be part of it)."""
    return mob.acled_sub == "Mob violence" and other.acled_sub != "Mob violence" \
        and other.actor1 is not None


def _beating_apart(beating: _Mention, other: _Mention) -> bool:
    """Victims beaten by hand in another sentence are not the grenade's, the shelling's or the
    raid's: a close-up assault is its own event, though both are "attacks" (unless the text
    says the attackers "also beat" someone)."""
    return beating.trigger.plover_mode == "beat" and other.trigger.plover_mode != "beat" \
        and other.acled_sub not in GENERIC_SUBS \
        and not any(c.lower_ == "also" for c in children(beating.token))


def _within(a: _Mention, b: _Mention) -> bool:
    """The same place, or a town and the country or province one mention only fell back to
    (towns apart are apart, and "protests across Kenya" names no town: a dispersal in Kisumu
    is not the shooting in Nakuru)."""
    if a.place is None or b.place is None or a.place.id == b.place.id:
        return True
    return a.place.country == b.place.country and any(
        m.place.precision in BROAD_PLACES and not m.place_in_sentence for m in (a, b))


def _places_compatible(a: _Mention, b: _Mention) -> bool:
    """Same place, a place unknown, or one place inside the other's country ("Sirte" / "Libya")."""
    if a.place is None or b.place is None or a.place.id == b.place.id:
        return True
    if not (a.place_in_sentence and b.place_in_sentence):
        # "In Pishin, guards shot two porters on Tuesday. The next day, police fired ...", two
        # paragraphs after a bombing near Nikshahr the same day: each dated act is at its own town
        # (but "one of them had taken part in Tuesday's attack" tells that attack again)
        return not (a.own_date and b.own_date and a.paragraph != b.paragraph
                    and a.place.precision == b.place.precision == "city"
                    and not (a.refers_back or b.refers_back))
    return a.place.country == b.place.country and (
        a.place.precision in BROAD_PLACES or b.place.precision in BROAD_PLACES)


BROAD_PLACES = frozenset(("country", "admin1", "region"))  # places that hold towns


# One act read two ways in one sentence (ACLED codebook): a shell or grenade carrying a chemical
# agent is coded as a chemical attack; a grenade that "exploded" (the explosion read alone is a
# bomb) as a grenade attack, and a belt a bomber "detonated" as a suicide bombing. (A raid that
# arrests people and seizes weapons is two events, as the gold sets code it.)
PREFERRED_SUBS = {frozenset(pair): lead for *pair, lead in (
    *(("Looting/property destruction", sub, sub) for sub in REMOTE_SUBS),
    ("Grenade", "Remote explosive/landmine/IED", "Grenade"),
    ("Suicide bomb", "Remote explosive/landmine/IED", "Suicide bomb"),
    ("Peaceful protest", "Violent demonstration", "Violent demonstration"),
    ("Change to group/activity", "Headquarters or base established",
     "Headquarters or base established"),
    ("Looting/property destruction", "Disrupted weapons use", "Disrupted weapons use"),
    ("Chemical weapon", "Grenade", "Chemical weapon"),
    ("Chemical weapon", "Shelling/artillery/missile attack", "Chemical weapon"),
    ("Chemical weapon", "Air/drone strike", "Chemical weapon"))}


def _talks_of_deal(deal: _Mention, talks: _Mention) -> bool:
    """"Signed a local ceasefire at the UN base, in talks mediated by church leaders": the talks
    the deal was struck in are the agreement's, no meeting of their own; so is the mediation it
    was signed "under" or "with"."""
    return deal.trigger.plover == "AGREE" and talks.trigger.plover == "CONSULT" and (
        talks.token.dep_ == "pobj" and talks.token.head.lower_ in ("in", "during", "at", "under",
                                                                   "with", "through")
        or talks.token.dep_ == "acl" and talks.token.head.dep_ == "pobj")


def _subs_compatible(a: str | None, b: str | None, same_sentence: bool = False) -> bool:
    return a == b or a in GENERIC_SUBS or b in GENERIC_SUBS or (
        same_sentence and frozenset((a, b)) in PREFERRED_SUBS)


NON_STATE_ARMED = frozenset(ARMED_TYPES - STATE_TYPES) | {"unidentified_armed_group"}


SECURITY_FORCES = frozenset(("military", "police"))
BATTLE_SUBS = frozenset(("Armed clash", "Government regains territory",
                         "Non-state actor overtakes territory"))
TERRITORY_SUBS = BATTLE_SUBS - {"Armed clash"}


def _actors_compatible(a: _Mention, b: _Mention) -> bool:
    """The same doer and target, where both are named; in a clash each side is both ("KNF
    gunmen ambushed a patrol ... soldiers returned fire")."""
    clash = a.acled_sub == b.acled_sub == "Armed clash"
    # (so are they in a fight for ground: "drove the militants out of Kablewa ...; 18 militants
    # were killed")
    battle = {a.acled_sub, b.acled_sub} <= BATTLE_SUBS
    # (and the "terrorists" a strike "neutralised" are the group it struck)
    subs = {a.acled_sub, b.acled_sub}
    struck = bool(subs & REMOTE_SUBS) and subs - REMOTE_SUBS <= GENERIC_SUBS

    def same(x: Actor, y: Actor) -> bool:
        # in a clash, "militants" are the armed group the other mention names ("ISWAP fighters
        # attacked an army base ... soldiers repelled them, killing 12 militants")
        return x.id == y.id or (battle or struck) and {x.type, y.type} <= NON_STATE_ARMED and \
            "unidentified_armed_group" in (x.type, y.type)

    def agree(pairs) -> bool:
        return all(x is None or y is None or same(x, y) for x, y in pairs)

    def one_state_hit(x: Actor | None, y: Actor | None) -> bool:
        # the police and army of one country hit are its security forces ("attacked a
        # gendarmerie outpost ... two soldiers had been killed")
        return x is not None and y is not None and {x.type, y.type} <= SECURITY_FORCES and \
            x.country is not None and x.country == y.country
    return agree([(a.actor1, b.actor1)]) and (agree([(a.actor2, b.actor2)]) or one_state_hit(
        a.actor2, b.actor2)) or clash and agree(((a.actor1, b.actor2), (a.actor2, b.actor1)))


def _same_days(a: TimeSpan, b: TimeSpan) -> bool:
    """The same known days, however each was written ("on Monday", "that afternoon")."""
    return a.precision != "unknown" and (a.start, a.end) == (b.start, b.end)


def _dates_compatible(a: TimeSpan, b: TimeSpan, slack_days: int = 0) -> bool:
    if a.precision == "unknown" or b.precision == "unknown":
        known = b if a.precision == "unknown" else a
        anchor = (a if a.precision == "unknown" else b).start
        if known.precision == "unknown" or anchor is None or known.end is None:
            return True
        return abs((anchor - known.end).days) <= 7
    slack = timedelta(days=slack_days)
    return a.start <= b.end + slack and b.start <= a.end + slack


@dataclass(frozen=True)
class _Lead:
    group: list[_Mention]  # the lead's kind first
    mention: _Mention
    sub: str | None


def _lead(group: list[_Mention]) -> _Lead:
    """The mention that types the event. A policed protest is led by the protest; a protest met
    with deadly fire by the shooting (ACLED: Excessive force against protesters); a mention that
    only tells how another event went ("the blast destroyed ...") never leads."""
    preferred = {PREFERRED_SUBS.get(frozenset((a.acled_sub, b.acled_sub)))
                 for a in group for b in group} - {None}
    protest = [m for m in group if m.trigger.plover == "PROTEST"]
    force = [m for m in group if m.trigger.plover == "ASSAULT"]
    # (but "dispersed with tear gas; about a dozen women were injured": broken up, with no
    # deadly force)
    if force and any(_harmed_in_dispersal(d, h) and h.token.lemma_ not in WOUNDING
                     for d in group for h in force):
        lead = max(force, key=lambda m: m.trigger.strength)
        return _Lead(force + [m for m in group if m.trigger.plover != "ASSAULT"], lead,
                     EXCESSIVE_FORCE)
    if protest and len(protest) < len(group):
        if force and any(m.acled_sub == EXCESSIVE_FORCE for m in protest + force):
            lead = max(force, key=lambda m: m.trigger.strength)
            return _Lead(force + [m for m in group if m.trigger.plover != "ASSAULT"], lead,
                         EXCESSIVE_FORCE)
        # a protest its named crowd turned violent is a violent demonstration, policed or not
        # (ACLED)
        lead = max(protest, key=lambda m: (m.acled_sub in preferred, m.acled_sub == VIOLENT
                                           and m.actor1 is not None, m.trigger.strength))
        # "gathered outside parliament to demand ...; part of the building was set on fire": the
        # crowd's arson after it gathered makes its protest violent, policed or not (ACLED)
        began = min(m.token.i for m in protest)
        torched = any(m.acled_sub == "Looting/property destruction" and m.token.i > began
                      for m in group)
        sub = VIOLENT if torched and lead.acled_sub in CALM_SUBS else lead.acled_sub
        # "blocked the main road ... Police fired tear gas to clear the road": broken up
        if sub == "Peaceful protest" and any(m.acled_sub == INTERVENTION and m.actor1 is not None
                                             and m.actor1.type in STATE_TYPES for m in group):
            sub = INTERVENTION
        return _Lead(protest + [m for m in group if m.trigger.plover != "PROTEST"], lead, sub)
    clashes = {m.token.i for m in group if m.acled_sub == "Armed clash"}
    # ("an air force strike hit a house ... 'the bomb found us there'": a weapon named back
    # types the event only when no weapon was told)
    lead = max(group, key=lambda m: (not m.part_of or m is group[0], m.acled_sub in preferred,
                                     m.acled_sub not in GENERIC_SUBS,
                                     not (m.refers_back and m.acled_sub in REMOTE_SUBS),
                                     not (_toll_of(m.token, clashes) or m.acled_sub == "Attack"
                                          and _killed_in_fight_told(m.token, clashes)),
                                     m.trigger.strength))
    return _Lead(group, lead, lead.acled_sub)


def _tolls_not_boasted(tolls: list[Fatalities], doer: Actor | None,
                       actors: tuple[Actor, ...]) -> list[Fatalities]:
    """"An official said 12 people had been killed. The RSF said its fighters had killed more
    than 40 'mercenaries'": an armed group's count of the enemies it killed gives way to anyone
    else's (ACLED takes the most conservative report); so does the state forces' count of those
    their side shot ("killing at least three people, a doctors' committee said ... Police said
    only one protester had died"), or of those it says were fighters where others count
    civilians (`fighters_for_civilians`)."""
    if doer is None or doer.type not in ARMED_TYPES:
        return tolls
    said = {m.text.casefold() for m in doer.mentions} | {doer.name.casefold()}
    ours: list[Fatalities] = []
    if doer.type in STATE_TYPES:
        state = [a for a in actors if a.type in STATE_TYPES and a.country == doer.country]
        side = {m.text.casefold() for a in state for m in a.mentions}
        # (a minister's count is not the forces' own: "the interior minister said three people
        # had been killed ... the campaign said police had shot dead at least 50" are rivals)
        forces = {m.text.casefold() for a in state if a.type in ("military", "police")
                  for m in a.mentions}
        # (and the dead it calls "terrorists", the state's word for them, are its count)
        ours = [f for f in tolls if f.claimed_by and f.claimed_by.casefold() in forces
                or "terrorist" in (f.text or "").casefold()]
        if not any(rival_tolls([f, g]) for f in ours for g in tolls if g not in ours):
            # (the army's "four of the smugglers" counts other dead; but "the provincial
            # governor's office" saying the dead were fighters disputes them)
            disputing = [f for f in tolls if _said_by(f, side)
                         and any(fighters_for_civilians(f, g) for g in tolls)]
            return [f for f in tolls if f not in disputing]
        said |= side
    others = [f for f in tolls if f not in ours
              and not (f.claimed_by and f.claimed_by.casefold() in said)]
    return others or tolls


def _said_by(toll: Fatalities, names: set[str]) -> bool:
    """Whether a word of the toll's source is one of `names` (casefolded): "the provincial
    governor's office" is the governor's."""
    claimed = (toll.claimed_by or "").casefold()
    return bool(claimed) and any(re.search(rf"\b{re.escape(name)}\b", claimed)
                                 for name in names)


def _group_toll(tolls: list[Fatalities]) -> Fatalities | None:
    """The largest toll the event's sentences give ("the toll rose to 22"); but named sources
    counting the same dead give rival accounts (`rival_tolls`): their range, the lower as
    ACLED's."""
    if not tolls:
        return None
    largest = max(tolls, key=lambda f: (f.acled or 0, f.low or 0))
    named = [f for f in tolls if f.claimed_by and f.low is not None and f.text]
    if not rival_tolls(named):
        return largest
    least = min(named, key=lambda f: f.low)
    return Fatalities(low=least.low, high=max(f.low for f in named), acled=least.acled,
                      text="; ".join(f.text for f in named if f.text),
                      claimed_by=least.claimed_by)


def _toll_of(token: Token, clashes: set[int]) -> bool:
    """"fought on the hills, killing 11 people, four of them civilians": the participle tells
    the toll of the fight it hangs on, which stays a clash (but "attacked a post, killing four
    guards": whom an attack kills says what it was); so does a verb the fight is the subject of
    ("fighting between M23 rebels and Wazalendo militiamen killed at least 17 people")."""
    return token.tag_ == "VBG" and token.dep_ == "advcl" and token.head.i in clashes or \
        token.pos_ == "VERB" and any(c.i in clashes and c.i < token.i and c.dep_ in (
            "nsubj", "csubj", "advcl") for c in children(token))


def _killed_in_fight_told(token: Token, clashes: set[int]) -> bool:
    """"fought ... for two days; 12 Palestinians and one soldier were killed": the fight's toll,
    though the dead read alone are civilians (see `_toll_of_fight`)."""
    return token.pos_ == "VERB" and dep_child(token, "auxpass") is not None and \
        prep_object(token, "by") is None and \
        any(sent_of(token).start <= i < token.i for i in clashes)


def _to_event(ctx: _Context, group: list[_Mention], crowd: str | None,
              blamed: tuple[Actor, Span | None] | None = None) -> Event:
    chosen = _lead(group)
    group, lead, sub = chosen.group, chosen.mention, chosen.sub
    lex = ctx.lexicon
    crosswalk = lex.crosswalk.get(sub) if sub else None
    actor1 = next(((m.actor1, m.actor1_text) for m in group if m.actor1), (None, None))
    if actor1[0] is not None and actor1[0].type == "unidentified_armed_group":
        # ("A suicide bomber blew himself up ... The TTP said it had carried out the attack")
        actor1 = next(((m.actor1, m.actor1_text) for m in group if m.actor1 is not None
                       and m.actor1.type in NAMED_GROUP_TYPES), actor1)
    actor2 = next(((m.actor2, m.actor2_text) for m in group if m.actor2
                   and (m is group[0] or not _denier_account(m, lex))), (None, None))
    placed = _placing(group) or group
    place = min(placed, key=lambda m: (_place_rank(m.place), m is not lead)).place
    # (a later "the deal" with no day of its own does not date the deal "reached last week")
    dated = [m for m in group if m.own_date or not m.refers_back] or group
    when = min((m.date for m in dated), key=lambda d: DATE_RANK[d.precision])
    fatalities = _group_toll(_tolls_not_boasted([m.fatalities for m in group if m.fatalities],
                                                actor1[0], ctx.actors))
    evidence = sorted({e for m in group for e in m.evidence}, key=lambda s: s.start)
    plover = lead.trigger.plover
    if plover == "COERCE" and crosswalk is not None and crosswalk.plover == "PROTEST":
        plover = "PROTEST"  # tear gas fired at a crowd with no protest named: the policed protest
    event_type = EventType(
        plover=plover,
        plover_mode=lead.trigger.plover_mode or (crosswalk.plover_mode if crosswalk else None),
        acled_event_type=crosswalk.acled_event_type if crosswalk else None,
        acled_sub_event_type=sub,
        cameo_root=lead.trigger.cameo_root or lex.plover_cameo.get(plover))
    doer, target = _roles(ctx, group, lead, event_type, actor1, actor2,
                          place.country if place else None, crowd, blamed)
    return Event(
        id="", type=event_type, mode=lead.mode, actor1=doer, actor2=target,
        place=place, date=when,
        evidence=tuple(evidence), fatalities=fatalities,
        sources=tuple(dict.fromkeys(s for m in group for s in m.sources)),
        confidence=_confidence(group, lead, actor1[0], actor2[0], place, when))


def _placing(group: list[_Mention]) -> list[_Mention]:
    """The mentions whose sentences place the event: not one that only refers back to it from a
    sentence about something else ("angered by the attack", told of a riot in another town)."""
    placed = [m for m in group if m.place_in_sentence]
    # (a bombing placed only by its paragraph is not moved by "protested against the bombing
    # campaign, calling on Turkey to ...")
    return [m for m in placed if not m.refers_back or _own_phrase_place(m)] or \
        [m for m in group if not m.refers_back] or placed


def _place_rank(place: Place | None) -> int:
    """How precise a place is, for choosing among a merged event's; a named region ("Lake
    Chad", "the Sahel") is no less precise than a country, so between the two the lead
    mention's place wins ("a Nigerien army drone struck a boat ... across Lake Chad")."""
    if place is None:
        return 9
    return min(PLACE_RANK[place.precision], PLACE_RANK["country"])


def _roles(ctx: _Context, group: list[_Mention], lead: _Mention, event_type: EventType,
           actor1: tuple[Actor | None, Span | None], actor2: tuple[Actor | None, Span | None],
           country: str | None, crowd: str | None,
           blamed: tuple[Actor, Span | None] | None) -> tuple[ActorRef | None, ActorRef | None]:
    """Who did it and to whom: the parse roles of the event's mentions, else who the text
    reports, blames or implies. What is found outside the parse roles is no evidence that the
    event is real, so the confidence reads only the parse roles."""
    if actor1[0] is None:
        actor1 = _reporting_doer(ctx, lead)
    if actor1[0] is None or actor2[0] is None:
        actor1, actor2 = _both_parties(ctx, lead, actor1, actor2)
    if blamed is not None and (actor1[0] is None or actor1[0].type == "unidentified_armed_group"):
        actor1 = blamed
    sub = event_type.acled_sub_event_type
    # (the side that gave way: `_gave_way`; the one a handover went to: `_handed_to`)
    other = {**dict.fromkeys(TERRITORY_SUBS, "RETREAT"),
             "Non-violent transfer of territory": "MOBILIZE"}.get(sub)
    if actor2[0] is None and other is not None:
        actor2 = next((hit for m in group if m.trigger.plover == other
                       and (hit := _mover(ctx, m))[0] is not None and hit[0] is not actor1[0]),
                      actor2)
    if actor2[0] is None and sub != "Change to group/activity":  # a group changes on its own
        # (or whom a later sentence naming it back says it was aimed at: "These strikes were
        # directed at Taliban fighters"; not a denier's own account: "denied that the group had
        # targeted civilians and said the missile had hit 'a gathering of mercenaries'")
        actor2 = next((hit for m in [lead] + [m for m in group if m is not lead and m.refers_back
                                              and m.trigger.plover == lead.trigger.plover
                                              and not _denier_account(m, ctx.lexicon)]
                       if (hit := _fallback_target(ctx, m))[0] is not None), (None, None))
    police = next(((m.actor1, m.actor1_text) for m in group
                   if m.actor1 is not None and m.actor1.type in STATE_TYPES), (None, None))
    doer, target = _crowd_roles(
        event_type,
        _office_ref(*_named_group(ctx, actor1, actor2[0]), country)
        or _implied_doer(sub, country, lead.mode),
        _office_ref(*_named_group(ctx, actor2), country) or _implied_target(ctx, sub, country),
        country, _ref(*police))
    # a person the armed harm, carry off or rape, who fights for no one, is a civilian, as ACLED
    # codes the victim ("Dioro's deputy mayor, Seydou Coulibaly, was taken away by the fighters")
    if sub in CIVILIAN_HARMS and actor2[0] is not None and actor2[0].type == "person" and \
            not _fights(ctx, actor2[0]):
        target = implied_actor("Civilians", "civilians", country)
    # those arrested after a riot are rioters; those arrested with a protest, protesters
    if sub == "Arrests" and target is not None and target.type == "civilians" and (
            crowd == "Riots" and _after_riot(ctx, lead) or crowd and _among_protesters(ctx, lead)):
        target = implied_actor(*CROWDS[crowd], country)
    # a strike from afar whose toll names civilians, or shelling or an air strike that hits
    # nothing armed ("missiles struck Kharkiv"); aid for no one named ("flew in 20 tonnes of
    # food"): civilians, as gold codes them
    if target is None and (sub in REMOTE_SUBS and kills_civilians(lead.token, ctx.lexicon)
                           or sub in STRUCK_FROM_AFAR
                           and not strikes_armed(lead.token, ctx.lexicon)
                           or event_type.plover == "AID"):
        target = implied_actor("Civilians", "civilians", country)
    if target is None:  # "denied striking the market", typed as the strike it denies
        target = _implied_target(ctx, lead.read_as, country)
    if event_type.plover == "CONCEDE" and target is None and crowd:
        target = implied_actor(*CROWDS["Protests"], country)  # "withdrew the contested articles"
    return doer, target


def _mover(ctx: _Context, m: _Mention) -> tuple[Actor | None, Span | None]:
    """Who moved: the mention's doer, or the noun a participle describes ("army units
    deployed in the village")."""
    if m.actor1 is not None or m.token.dep_ != "acl":
        return m.actor1, m.actor1_text
    hit = actor_of(ctx.actors, ctx.text, m.token.head)
    return hit.actor, hit.text


def _attributions(ctx: _Context, groups: list[list[_Mention]]) -> dict[int, tuple[Actor, Span | None]]:
    """"Police blamed the attack on the ELN", "investigators attributed the blast to al-Shabaab":
    the armed group an attribution names did the last attack told before it whose doer the text
    leaves unnamed (ACLED codes the suspected group). Keyed by the attack's group."""
    named = [(m.token.i, (m.actor2, m.actor2_text) if m.actor2 is not None
              else _fallback_target(ctx, m)) for m in (g[0] for g in groups)
             if m.trigger.plover == "ACCUSE" and m.mode == "asserted"
             and m.token.lemma_ in ctx.lexicon.modality["attributing_verbs"]]
    named += [(t.i, _claimant(ctx, t)) for t in tokens_where(ctx.doc, "lemma_", ("claim",))
              if any(c.dep_ == "dobj" and c.lemma_ == "responsibility" for c in children(t))]
    speech = ctx.lexicon.modality["speech_verbs"]
    owners = [(t.i, _deed_owner(ctx, t)) for t in tokens_where(ctx.doc, "lemma_", speech)]
    named += [(at, (hit.actor, hit.text)) for at, owner in owners if owner is not None
              for hit in [actor_of(ctx.actors, ctx.text, owner)]]
    found = {}
    for at, suspect in sorted(named, key=lambda x: x[0]):
        if suspect[0] is None or suspect[0].type not in ARMED_TYPES - STATE_TYPES:
            continue
        attack = next((g for g in reversed(groups) if g[0].token.i < at
                       and g[0].trigger.plover == "ASSAULT" and g[0].mode == "asserted"), None)
        if attack is not None and all(a.actor1 is None or a.actor1.type == "unidentified_armed_group"
                                      for a in attack):
            found[id(attack)] = suspect
    return found


def _claimant(ctx: _Context, claim: Token) -> tuple[Actor | None, Span | None]:
    """Who "claimed responsibility" (not "no group has claimed responsibility")."""
    if mode_of(claim, ctx.lexicon) != "asserted":
        return None, None
    hit = actor_of(ctx.actors, ctx.text, dep_child(claim, "nsubj"))
    return hit.actor, hit.text


def _deed_owner(ctx: _Context, said: Token) -> Token | None:
    """Who a report says did the deed: "the BLA said it had planted the device", "said its
    fighters carried out the attack" (the group speaking claims it), "the army said the BLA had
    planted the device" (the army names the doer)."""
    deed = next((c for c in children(said) if c.dep_ == "ccomp"
                 and c.lemma_ in ctx.lexicon.modality["owning_verbs"]
                 and dep_child(c, "dobj") is not None), None)
    if deed is None or mode_of(said, ctx.lexicon) != "asserted":
        return None
    doer = dep_child(deed, "nsubj")
    if doer is not None and (doer.lower_ in ("it", "they", "we") or any(
            c.lower_ in ("its", "their", "our") for c in children(doer))):
        return dep_child(said, "nsubj")
    return doer


def _article_crowd(groups: list[list[_Mention]]) -> str | None:
    """"Riots" when the report tells of a riot or mob, "Protests" when of a protest, else None."""
    subs = {m.acled_sub for g in groups for m in g if m.mode == "asserted"}
    if subs & CROWD_SUBS:
        return "Riots"
    return "Protests" if any(m.trigger.plover == "PROTEST" or m.acled_sub == INTERVENTION
                             for g in groups for m in g) else None


def _named_group(ctx: _Context, actor: tuple[Actor | None, Span | None],
                 other: Actor | None = None) -> tuple[Actor | None, Span | None]:
    """"Militants", "the attackers" in a report whose only named armed group is JNIM are JNIM's:
    the report names who it means (unless JNIM is the other party: "gunmen stormed a post held
    by the VDP")."""
    if actor[0] is not None and actor[0].type == "person":
        return _spoken_for(ctx, actor)
    if actor[0] is None or actor[0].type != "unidentified_armed_group" or any(
            w in m.text.lower() for m in actor[0].mentions for w in ("unidentified", "unknown")):
        return actor  # "unidentified gunmen ... the assailants": the report says it does not know
    named = _only_named_group(ctx) or _only_named_of_kind(ctx, actor[1]) or \
        _group_just_named(ctx, actor[1])
    return (named, actor[1]) if named is not None and named is not other else actor


# the kind of armed group a generic word names ("rebels had raped ..." in a report on fighting
# between M23 rebels and a Wazalendo militia)
GENERIC_KINDS = {"rebel": {"rebel_group"}, "rebels": {"rebel_group"},
                 "militiaman": {"identity_militia", "political_militia"},
                 "militiamen": {"identity_militia", "political_militia"},
                 "militant": {"militant_group"}, "militants": {"militant_group"},
                 "jihadist": {"militant_group"}, "jihadists": {"militant_group"}}


def _group_just_named(ctx: _Context, words: Span | None) -> Actor | None:
    """"... gunmen whom local sources identified as fighters of JNIM swept into a hamlet. The
    assailants also set fire to ...": "the" attackers are the armed group the nearest of the two
    sentences before names, if it names one only."""
    if words is None or not ctx.text[max(words.start - 4, 0):words.start].lower() == "the ":
        return None
    here = ctx.doc.char_span(words.start, words.end, alignment_mode="expand")
    sent = sent_of(here) if here is not None else None
    for _ in range(2):
        if sent is None or sent.start == 0:
            return None
        sent = sent_of(ctx.doc[sent.start - 1])
        named = {a.id: a for a in ctx.actors if a.type in NAMED_GROUP_TYPES and any(
            sent.start_char <= m.start < sent.end_char for m in a.mentions)}
        if named:
            return next(iter(named.values())) if len(named) == 1 else None
    return None


def _only_named_of_kind(ctx: _Context, words: Span | None) -> Actor | None:
    """The one armed group of the kind a generic word names, if the report names one only."""
    kinds = GENERIC_KINDS.get(words.text.lower().split()[-1], set()) if words is not None else set()
    named = [a for a in ctx.actors if a.type in kinds]
    return named[0] if len(named) == 1 else None


SPOKESPERSONS = ("spokesman", "spokeswoman", "spokesperson")
GROUP_RANKS = ("commander", "leader", "official", "member")
FORCE_TYPES = NAMED_GROUP_TYPES | {"military", "police"}


def _spoken_for(ctx: _Context, actor: tuple[Actor, Span | None]) -> tuple[Actor, Span | None]:
    """"An RSF spokesman, Mohamed Abbakar, denied ...": a spokesperson's word is the group's; so
    is the commander's, leader's or official's of an armed group or a force ("a senior Houthi
    official, Hamid al-Sharafi, warned ...", "an LNA field commander ... said his forces would",
    as ACLED codes it)."""
    person = actor[0]
    role = (person.role or "").lower()
    if not role or not person.affiliation:
        return actor
    group = _affiliated_group(ctx, person)
    speaks = any(word in role for word in SPOKESPERSONS) or group is not None and \
        group.type in FORCE_TYPES and any(word in role for word in GROUP_RANKS)
    return (group, actor[1]) if group is not None and speaks else actor


def _only_named_group(ctx: _Context) -> Actor | None:
    """The one armed group the report names, if it names one only; the fighters of a people or
    clan the report names beside it ("al-Shabaab ... Macawisley fighters") are no other suspect
    for a bombing or a raid."""
    named = [a for a in ctx.actors if a.type in NAMED_GROUP_TYPES]
    groups = [a for a in named if not _people_militia(a)]
    named = groups if len(groups) == 1 else named
    return named[0] if len(named) == 1 else None


def _people_militia(actor: Actor) -> bool:
    """"Tebu ethnic militia", "Garre clan militia": the actors stage's name for a people's or a
    clan's fighters."""
    return actor.type == "identity_militia" and actor.name.endswith(" militia")


BOTH_PARTIES = re.compile(r"\b(?:the two|both) (?:countries|governments|sides|nations|neighbou?rs|"
                          r"states|capitals|delegations|presidents|leaders|ministers)\b", re.I)


def _both_parties(ctx: _Context, lead: _Mention, actor1, actor2):
    """"Talks between delegations of the two governments", "both countries agreed": the two
    states the article names most, for the parties the parse did not find."""
    if lead.trigger.plover not in PAIR_TYPES or not BOTH_PARTIES.search(span_text(lead.sent)):
        return actor1, actor2
    by_country: dict[str, Actor] = {}
    for state in sorted((a for a in ctx.actors if a.type in ("country", "government") and a.country),
                        key=lambda a: -len(a.mentions)):
        by_country.setdefault(state.country, state)
    pair = list(by_country.values())[:2]
    if len(pair) < 2:
        return actor1, actor2
    first = actor1 if actor1[0] is not None else (pair[0], None)
    other = next(a for a in pair if first[0] is None or a.country != first[0].country)
    return first, actor2 if actor2[0] is not None else (other, None)


PAIR_TYPES = {"CONSULT", "AGREE", "COOPERATE"}


def _reporting_doer(ctx: _Context, lead: _Mention) -> tuple[Actor | None, Span | None]:
    """"The army said it had launched an operation": the pronoun is the one reporting."""
    hit = actor_of(ctx.actors, ctx.text,
                   speaker_for_pronoun(lead.token, lead.subject, ctx.lexicon))
    return hit.actor, hit.text


def _denier_account(m: _Mention, lexicon: Lexicon) -> bool:
    """"(Russia's defence ministry) said its aircraft had struck 'a temporary deployment point' of
    Ukrainian troops ... and denied targeting residential buildings": a denier's own account of
    what was hit says nothing sure of whom."""
    denials = lexicon.modality["denial_verbs"]
    said = next((a for a in m.token.ancestors if a.lemma_ in speech_verbs()), None)
    # (the parser may hang the denial on the account itself)
    return said is not None and any(
        any(c.dep_ == "conj" and c.lemma_ in denials for c in children(verb))
        or verb.dep_ == "conj" and verb.head.lemma_ in denials for verb in (said, m.token))


def _fallback_target(ctx: _Context, lead: _Mention) -> tuple[Actor | None, Span | None]:
    for target in fallback_targets(lead.token, ctx.lexicon):
        hit = actor_of(ctx.actors, ctx.text, target)
        # "set up a camp at Gangaloor": a name of no known kind after "at" is where, not whom
        unknown_site = hit.actor is not None and hit.actor.type is None \
            and target.head.lower_ == "at"
        if hit.actor is not None and hit.actor is not lead.actor1 and not unknown_site:
            return hit.actor, hit.text
    return None, None


def _ref(actor: Actor | None, mention: Span | None) -> ActorRef | None:
    return actor.ref(mention) if actor is not None else None


CIVILIAN_HARMS = {"Attack", "Abduction/forced disappearance", "Sexual violence"}


def _fights(ctx: _Context, person: Actor) -> bool:
    """Whether a person belongs to an armed side (its commander, fighter or officer)."""
    side = _affiliated_group(ctx, person)
    return side is not None and side.type in ARMED_TYPES


def _affiliated_group(ctx: _Context, person: Actor) -> Actor | None:
    """The article's actor a person belongs to (the actors stage records it by name)."""
    return next((a for a in ctx.actors if a.name == person.affiliation), None) \
        if person.affiliation else None


def _office_ref(actor: Actor | None, mention: Span | None, country: str | None) -> ActorRef | None:
    """A named official acts for the government (ACLED codes "Foreign Minister Reyes rejected
    ..." as the Government of Nicaragua; the person stays in the actors list and the sources)."""
    if actor is None or actor.type != "person" or not holds_office(actor.role):
        return _ref(actor, mention)
    ref = implied_actor("Government of {country}", "government", country) \
        if actor.country is None else national_actor("Government of {country}", "government",
                                                     actor.country)
    if actor.affiliation and actor.affiliation.startswith("Government of"):
        ref = replace(ref, name=actor.affiliation)
    return replace(ref, text=(mention or actor.mentions[0]).text)


def _implied_doer(sub: str | None, country: str | None, mode: str) -> ActorRef | None:
    """Who made an arrest the text tells in the passive ("four men were detained"): the police
    of the country it happened in, as ACLED codes an arrest by unnamed officers; who threw a
    grenade or planted a bomb nobody is said to have: an unidentified armed group."""
    if sub == "Arrests":
        return implied_actor("Police Forces of {country}", "police", country)
    if sub in UNKNOWN_DOER_SUBS and mode == "asserted":
        return implied_actor(*UNIDENTIFIED, country)
    return None


UNKNOWN_DOER_SUBS = {"Grenade", "Remote explosive/landmine/IED", "Attack", "Sexual violence",
                     "Abduction/forced disappearance", "Suicide bomb"}


CROWDS = {"Protests": ("Protesters", "protesters"), "Riots": ("Rioters", "rioters")}
CROWD_SUBS = frozenset({"Violent demonstration", "Mob violence"})  # a crowd's violence: riots
UNIDENTIFIED = ("Unidentified Armed Group", "unidentified_armed_group")
CROWD_TYPES = {"civilians", "protesters", "rioters"}


def _crowd_roles(event_type: EventType, doer: ActorRef | None, target: ActorRef | None,
                 country: str | None, police: ActorRef | None
                 ) -> tuple[ActorRef | None, ActorRef | None]:
    """Who protests or riots is the crowd, as ACLED codes it, whoever the marchers are ("300
    vendors", "graduates") and whoever the sentence's subject is: in "police fired tear gas at
    marchers" the protest is the marchers', and the state forces any of its mentions names
    (`police`) are its target. Excessive force targets the crowd."""
    crowd = CROWDS.get(event_type.acled_event_type or "")
    if crowd is None:
        return doer, target
    implied = implied_actor(*crowd, country)
    if event_type.acled_sub_event_type == EXCESSIVE_FORCE:
        # the crowd fired on is the target, never the one who fired
        if event_type.plover == "ASSAULT" and doer is not None and doer.type in CROWD_TYPES:
            doer = police
        # ("opened fire on residents who had blocked the highway": the residents protested)
        return doer, implied if target is None or target.type == "civilians" else target
    if doer is None or doer.type in STATE_TYPES | CROWD_TYPES:
        force = doer if doer is not None and doer.type in STATE_TYPES else police
        # "police dispersed the protesters": the crowd protests, the police intervene
        crowd_targeted = target is not None and target.type in CROWD_TYPES
        return implied, force if target is None or crowd_targeted and force else target
    return doer, target or police


def _after_riot(ctx: _Context, arrest: _Mention) -> bool:
    """An arrest where a riot was ("43 people had been detained in Marneuli" after the storming
    there), not one in another town's incident of a digest ("On 14 July, in Punata, police
    arrested seven leaders of the blockades", after a police post burned in Puerto Villarroel)."""
    return not ctx.memo.get("riots") or any(_places_compatible(riot, arrest)
                                            for riot in ctx.memo["riots"])


def _among_protesters(ctx: _Context, m: _Mention) -> bool:
    """An arrest told with a protest ("broke up the march and arrested 17 vendors"): those
    arrested are protesters, as ACLED codes them, not civilians."""
    sentence = span_text(m.sent).lower()
    return any(word in sentence for word in ctx.lexicon.modality["protest_words"])


def _implied_target(ctx: _Context, sub: str | None, country: str | None) -> ActorRef | None:
    """Whom an attack on unnamed people, an arrest or a looting targets when the text names no
    one ("a man was shot dead", "four people were arrested"): civilians, as ACLED codes them;
    whose weapons were seized or destroyed: an unidentified armed group."""
    if sub == "Disrupted weapons use":
        owner = _only_named_group(ctx)
        return owner.ref() if owner is not None else implied_actor(*UNIDENTIFIED, country)
    if sub not in ctx.lexicon.modality["civilian_target_subs"]:
        return None
    return implied_actor("Civilians", "civilians", country)


DOER_WEIGHT, TARGET_WEIGHT = 0.1, 0.05  # what a found actor1 / actor2 adds to a confidence


def _confidence(group, lead: _Mention, actor1, actor2, place, when: TimeSpan) -> float:
    """A score in [0, 1]: trigger strength plus how much of who/whom/where/when the parse found,
    and how central the trigger is to its sentence (see `prominence`)."""
    score = 0.25 + 0.4 * max(m.trigger.strength for m in group)
    score += max(m.prominence for m in group)
    score += DOER_WEIGHT * (actor1 is not None or any(m.named_doer for m in group))
    score += TARGET_WEIGHT * (actor2 is not None)
    score += 0.1 * any(m.place_in_sentence for m in group) + 0.05 * (when.precision != "unknown")
    score += 0.05 * (len({m.sent.start for m in group}) > 1)
    score += 0.05 * (lead.paragraph <= 1)
    # a bare weak noun with nobody doing it ("aid", "support", "detention") is rarely an event
    # (but "denied that Kuki militants had carried out the attack": someone did it)
    if actor1 is None and actor2 is None and not any(m.named_doer for m in group) and all(
            m.token.pos_ not in ("VERB", "AUX") and m.trigger.strength < 0.8 and not m.stated_noun
            and not _perpetrated(m) for m in group):
        score -= 0.15
    # what a lede commits to ranks below the commitment, as "storm" below "threatened to storm"
    return round(min(score, 0.99) - COMMITTED_MALUS * lead.committed, 3)
