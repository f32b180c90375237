"""Events stage: Doc + actors, places, times, quantities, quotes -> typed events with evidence.

The cascade, per article:
1. trigger phrases from the lexicon (`triggers.py`) are matched on lemmas; overlapping matches keep
   the longest ("suicide car bomb" over "car bomb" over "bomb"), and the part of speech must fit;
2. each trigger becomes a mention: its mode from the parse (negation, future and hypothetical
   cues on the trigger and the verbs that govern it), its roles from subject/object/agent
   structure (not word order), its place and date from the same clause, else the sentence, else
   the paragraph or article; its fatalities from the "killed" quantities of the sentence;
   Triggers that only name a date ("in March"), that report a denial of another trigger ("denied
   shelling"), or that state a habit in the present tense outside the headline are dropped;
   "X said Y must Z" adds a REQUEST by X of Y;
3. rule sub-types are settled (`@territory`, `@kill`, `@protest`; a bare "strike" among workers
   is a labour strike);
4. mentions of one real event merge (same sentence, or same type with compatible place, date and
   actors; tear gas or torching in a protest's paragraph is part of that protest), so each event
   appears once with all its evidence sentences;
5. confidence = trigger strength + roles/place/date found + prominence (the root predication, or
   what a report verb reports, gains; each other event governing it loses: in "threatened to
   storm" THREATEN outranks the future ASSAULT). Asserted events need ASSERTED_MIN_CONFIDENCE,
   non-asserted ones (kept for their mode) MIN_CONFIDENCE.

Calibration (asserted predictions on examples/gold.jsonl, 26 articles; "matched" = used for a gold
event by `eventwire eval`):

    confidence   predicted  matched
    < 0.60          17         6
    0.60-0.65        9         1
    0.65-0.75        7         2
    0.75-0.85       29        16
    0.85-0.95       27        19
    >= 0.95         28        24

Below 0.65 fewer than one in three is real, hence ASSERTED_MIN_CONFIDENCE = 0.65.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc, Span as SpacySpan, Token
from spacy.util import filter_spans

from .actors import actor_at
from .model import (Actor, ActorRef, Event, EventType, Fatalities, Place, Quantity, Quote, Span,
                    TimeSpan)
from .temporal import is_duration
from .triggers import POS_ALLOWED, Lexicon, Trigger, load_lexicon, match_triggers
from .nlp import doc_text

MIN_CONFIDENCE = 0.5
ASSERTED_MIN_CONFIDENCE = 0.65  # see the calibration table in the module docstring
NAME_ENTITIES = {"ORG", "PERSON", "GPE", "FAC", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT"}
STATE_TYPES = {"military", "police", "government", "country"}
ARMED_TYPES = STATE_TYPES | {"rebel_group", "militant_group", "political_militia",
                             "identity_militia", "unidentified_armed_group"}
RETAKE_LEMMAS = {"retake", "recapture", "regain", "liberate", "liberation"}
PLACE_RANK = {"point": 0, "district": 1, "city": 1, "admin1": 2, "country": 3, "region": 4,
              "unresolved": 5}
DATE_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "year": 4, "unknown": 5}
FORCE_CUES = ("open fire", "opened fire", "fired on", "live ammunition", "live rounds", "shot dead",
              "killed", "were shot", "gunned down")
INTERVENTION_CUES = ("tear gas", "teargas", "water cannon", "rubber bullet", "dispersed", "disperse",
                     "baton", "arrested", "detained")
RIOT_CUES = ("rioters", "torched", "set fire", "threw stones", "hurled stones", "looted", "ransacked")
CIVILIAN_WORDS = ("civilian", "villager", "resident", "people", "worker", "student", "children",
                  "women", "farmer", "passenger", "worshipper", "shopper", "teacher", "journalist")


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
    evidence: list[Span] = field(default_factory=list)
    sentence_ids: set[int] = field(default_factory=set)


@dataclass(frozen=True)
class _Context:
    """What the stage knows about the article while it reads one trigger."""
    doc: Doc
    text: str  # doc.text, read once: spaCy rebuilds it on every access
    actors: tuple[Actor, ...]
    places: tuple[Place, ...]
    times: tuple[TimeSpan, ...]
    quantities: tuple[Quantity, ...]
    quotes: tuple[Quote, ...]
    published: date | None
    paragraph_starts: tuple[int, ...]
    fallback_place: Place | None  # where an event with no place of its own is put
    lexicon: Lexicon

    def paragraph_of(self, char: int) -> int:
        return sum(1 for start in self.paragraph_starts if start <= char) - 1


def find_events(doc: Doc, actors=(), places=(), times=(), quantities=(), quotes=(),
                published: date | None = None,
                min_confidence: float = MIN_CONFIDENCE) -> list[Event]:
    """Every event the article reports (and those it says did not or may happen, with their mode)."""
    ctx = _context(doc, actors, places, times, quantities, quotes, published)
    spans = _trigger_spans(doc, ctx.lexicon) + _modal_demands(doc)
    heads = {_head_token(span, trigger).i: trigger for trigger, span in spans}
    spans = [(t, s) for t, s in spans if t is MODAL_DEMAND
             or not _reports_other(_head_token(s, t), heads, ctx.lexicon)
             and not _habitual(_head_token(s, t))]
    mentions = [_mention(ctx, trigger, span, heads) for trigger, span in spans]
    groups = _merge([m for m in mentions if m is not None])
    events = [_to_event(ctx, group) for group in groups]
    events = [e for e in events if e.confidence >= max(
        min_confidence, ASSERTED_MIN_CONFIDENCE if e.mode == "asserted" else 0.0)]
    return [replace(e, id=f"e{i}") for i, e in enumerate(events, 1)]


def _context(doc, actors, places, times, quantities, quotes, published) -> _Context:
    text = doc_text(doc)
    starts = [0] + [i + 2 for i in range(len(text)) if text.startswith("\n\n", i)]
    return _Context(doc, text, tuple(actors), tuple(places), tuple(times), tuple(quantities),
                    tuple(quotes), published, tuple(starts), _fallback_place(places),
                    load_lexicon())


def _fallback_place(places) -> Place | None:
    """The country of the article's main place (its most mentioned located place): an event
    whose sentence names no place is put there, at the lower precision it deserves."""
    located = [p for p in places if p.lat is not None]
    if not located:
        return None
    main = max(located, key=lambda p: (len(p.mentions), -p.mentions[0].start))
    country = next((p for p in located if p.precision == "country" and p.country == main.country), None)
    return country or main


def _trigger_spans(doc: Doc, lexicon: Lexicon) -> list[tuple[Trigger, SpacySpan]]:
    spans = [SpacySpan(doc, start, end, label=trigger.key)
             for trigger, start, end in match_triggers(doc)]
    found = []
    for span in sorted(filter_spans(spans), key=lambda s: s.start):
        trigger = lexicon.triggers[span.label_]
        head = _head_token(span, trigger)
        if head.pos_ in POS_ALLOWED[trigger.pos] and not _inert(head):
            found.append((trigger, span))
    return found


# "X said that Y must Z" is a demand made by X of Y, whatever Z is (PLOVER REQUEST).
MODAL_DEMAND = Trigger(phrase=("must",), pos="VERB", plover="REQUEST", plover_mode=None, acled=None,
                       cameo_root="10", strength=0.7)


def _modal_demands(doc: Doc) -> list[tuple[Trigger, SpacySpan]]:
    found = []
    for token in doc:
        if token.lower_ == "must" and token.dep_ == "aux" and token.head.dep_ == "ccomp":
            anchor = token.head.head
            if anchor.pos_ in ("VERB", "AUX") and not any(c.dep_ == "neg" for c in anchor.children):
                found.append((MODAL_DEMAND, doc[anchor.i:anchor.i + 1]))
    return found


def _habitual(token: Token) -> bool:
    """Present simple outside the headline states a habit, not an event ("the US, which carries
    out air strikes in Somalia"); headlines and PLOVER-style single sentences keep it."""
    if token.sent.start == 0:
        return False
    verb = _clause_head(token)
    return verb.tag_ in ("VBZ", "VBP") and verb.lemma_ not in ("be", "have") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)


def _reports_other(token: Token, heads: dict[int, Trigger], lexicon: Lexicon) -> bool:
    """A denial or report of another event is not an event of its own: "the army denied
    shelling the village" is one (negated) ASSAULT, not also a REJECT."""
    cues = lexicon.modality
    if token.lemma_ not in cues["negating_governors"] and token.lemma_ not in cues["speech_verbs"]:
        return False
    return any(child.i in heads and child.pos_ in ("VERB", "AUX")
               and child.dep_ in ("xcomp", "ccomp", "pcomp", "dobj") for child in token.children)


def _inert(token: Token) -> bool:
    """Trigger words that name or describe rather than report: "Government of National Accord",
    "UN-backed government", "Tripoli-based"."""
    if token.ent_type_ in NAME_ENTITIES or token.ent_type_ in ("DATE", "TIME"):  # "in March"
        return True
    return token.pos_ == "VERB" and token.dep_ in ("amod", "compound")


def _head_token(span: SpacySpan, trigger: Trigger) -> Token:
    return span[0] if trigger.pos == "VERB" else span[-1]


# --- one mention -------------------------------------------------------------------------------

LABOUR_CUES = ("union", "worker", "teacher", "employee", "staff", "doctor", "nurse", "driver",
               "miner", "wage", "salary", "pay")


def _labour_strike(ctx: _Context, trigger: Trigger, token: Token) -> Trigger:
    """A bare "strike" among workers, unions or pay is a walk-out, not an air strike."""
    if trigger.phrase != ("strike",) or token.pos_ in ("VERB", "AUX"):
        return trigger
    sentence = token.sent.text.lower()
    if any(cue in sentence for cue in LABOUR_CUES):
        return ctx.lexicon.triggers.get("labour strike|NOUN", trigger)
    return trigger


def _mention(ctx: _Context, trigger: Trigger, span: SpacySpan,
             heads: dict[int, Trigger]) -> _Mention | None:
    token = _head_token(span, trigger)
    trigger = _labour_strike(ctx, trigger, token)
    sent = token.sent
    actor1, actor2, text1, text2 = _roles(ctx, token, trigger)
    if actor1 is not None and actor2 is not None and actor1.id == actor2.id:
        actor2, text2 = None, None
    place, in_sentence = _place(ctx, token)
    mention = _Mention(
        trigger=trigger, token=token, sent=sent, paragraph=ctx.paragraph_of(token.idx),
        mode=_mode(token, ctx.lexicon), actor1=actor1, actor2=actor2, actor1_text=text1,
        actor2_text=text2, place=place, place_in_sentence=in_sentence, date=_date(ctx, token),
        fatalities=_fatalities(ctx, sent) if trigger.plover == "ASSAULT" else None,
        sources=_sources(ctx, token), acled_sub=None, prominence=_prominence(token, heads, trigger),
        evidence=[Span.of(ctx.text, sent.start_char, _sentence_end(sent))],
        sentence_ids={sent.start})
    mention.acled_sub = _acled_sub(ctx, mention)
    return mention


def _sentence_end(sent: SpacySpan) -> int:
    return sent.start_char + len(sent.text.rstrip())


def _clause_head(token: Token) -> Token:
    """The verb a (noun) trigger belongs to."""
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            return token
        token = token.head
    return token


def _governors(token: Token, limit: int = 4):
    """The chain of heads above `token` within its sentence. A conjunct's head is its sibling
    ("demanded X and threatened Y"), not its governor, so it is stepped over."""
    for _ in range(limit):
        if token.head.i == token.i:
            return
        sibling = token.dep_ == "conj"
        token = token.head
        if not sibling:
            yield token


SUBORDINATE_PREPS = {"after", "following", "since", "before", "despite", "amid", "during", "over",
                     "for", "of", "about", "into", "than", "like"}
MAIN_NOUN_DEPS = {"nsubj", "nsubjpass", "dobj", "attr", "ROOT", "oprd", "appos"}


def _prominence(token: Token, heads: dict[int, Trigger], trigger: Trigger) -> float:
    """How much the sentence is about this trigger, as a confidence term: a bonus when it is the
    main predication (the root, or what a report verb reports), a malus for each other event that
    governs it ("threatened to
    storm", "called for sanctions", "agreed to lift the embargo": the governing verb is the event)."""
    embedded = sum(1 for gov in _governors(token, limit=8)
                   if gov.i in heads and heads[gov.i].plover != trigger.plover)
    return 0.1 * _is_main(token) - 0.15 * min(embedded, 2)


def _is_main(token: Token) -> bool:
    node = token
    if token.pos_ not in ("VERB", "AUX"):
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


def _mode(token: Token, lexicon: Lexicon) -> str:
    cues = lexicon.modality
    verb = _clause_head(token)
    around = list(verb.children) + ([] if verb.i == token.i else list(token.children))
    if any(c.dep_ == "neg" or c.lower_ in cues["negation_words"] and c.dep_ in ("det", "neg")
           for c in around):
        return "negated"
    governors = list(_governors(verb))
    for gov in governors:
        if gov.lemma_ in cues["negating_governors"]:
            return "negated"
        if gov.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in gov.children) \
                and verb.dep_ in ("xcomp", "ccomp"):
            return "negated"
    words = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    if words & cues["hypothetical_aux"] or marks & cues["hypothetical_marks"]:
        return "hypothetical"
    if words & cues["future_aux"] or "going" in words:
        return "future"
    for gov in governors:
        gov_marks = {c.lower_ for c in gov.children if c.dep_ == "mark"}
        if gov.lemma_ in cues["hypothetical_governors"] or gov_marks & cues["hypothetical_marks"]:
            return "hypothetical"
        if gov.lemma_ in cues["future_governors"]:
            return "future"
        if gov.lemma_ in cues["speech_verbs"]:
            break
    return "asserted"


# --- roles --------------------------------------------------------------------------------------

def _actor_of(ctx: _Context, token: Token | None) -> tuple[Actor | None, Span | None]:
    """The actor a noun phrase names: its head first, then its modifiers ("Russian", "Haftar's")."""
    if token is None:
        return None, None
    if token.lower_ in ("which", "who", "that") and token.head.dep_ == "relcl":
        token = token.head.head
    candidates = [token] + [c for c in token.children
                            if c.dep_ in ("compound", "amod", "poss", "nmod", "appos")]
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "to")]
    preps += [p for c in token.children if c.dep_ == "acl" for p in c.children
              if p.dep_ == "prep" and p.lower_ in ("to", "with", "by")]
    candidates += [o for p in preps for o in p.children if o.dep_ == "pobj"]
    for cand in candidates:
        actor = actor_at(ctx.actors, cand.idx, cand.idx + len(cand))
        if actor is not None:
            return actor, Span.of(ctx.text, cand.idx, cand.idx + len(cand))
    return None, None


def _child(token: Token, *deps: str) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def _prep_object(token: Token, *preps: str) -> Token | None:
    for child in token.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in preps:
            pobj = _child(child, "pobj")
            if pobj is not None:
                return pobj
    return None


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, inherited through xcomp/conj/relcl when the verb has none."""
    for _ in range(3):
        subj = _child(verb, "nsubj", "csubj")
        if subj is not None:
            return subj
        if verb.dep_ == "relcl":
            return verb.head
        if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.i != verb.i:
            verb = verb.head
            continue
        return None
    return None


def _roles(ctx: _Context, token: Token, trigger: Trigger):
    if token.pos_ in ("VERB", "AUX"):
        first, second = _verb_roles(token, trigger)
    else:
        first, second = _noun_roles(token)
    actor1, text1 = _actor_of(ctx, first)
    actor2, text2 = _actor_of(ctx, second)
    return actor1, actor2, text1, text2


def _verb_roles(verb: Token, trigger: Trigger) -> tuple[Token | None, Token | None]:
    if trigger is MODAL_DEMAND:  # the speaker demands; the one who "must" is the target
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        return _subject(verb), _child(clause, "nsubj", "nsubjpass") if clause is not None else None
    passive_subject = _child(verb, "nsubjpass")
    if passive_subject is not None:
        return _prep_object(verb, "by"), passive_subject
    subject = _subject(verb)
    obj = _child(verb, "dobj")
    if obj is not None and obj.lemma_ in trigger.phrase:  # "opened fire on X": X, not "fire"
        obj = None
    obj = obj or _prep_object(verb, "on", "against", "with", "from", "to")
    if trigger.phrase[0] == "fall":
        return _prep_object(verb, "to"), None
    if trigger.acled == "@territory":  # the object is the place taken; the loser comes after "from"
        taken = _child(verb, "dobj")
        loser = _prep_object(verb, "from", "out") or (
            _prep_object(taken, "from") if taken is not None else None)
        return subject, loser
    if trigger.plover == "ASSAULT" and subject is not None and subject.lemma_ in (
            "attack", "strike", "bomb", "blast", "explosion", "shelling", "airstrike", "raid"):
        # "An air strike killed five militants": the weapon is the subject, not the actor
        return _prep_object(subject, "by"), obj
    return subject, obj


def _noun_roles(noun: Token) -> tuple[Token | None, Token | None]:
    between = _prep_object(noun, "between")
    if between is not None:
        return between, _child(between, "conj")
    first = _prep_object(noun, "by") or _child(noun, "poss")
    if first is None:
        first = next((c for c in noun.children if c.dep_ in ("amod", "compound")
                      and c.ent_type_ in ("NORP", "ORG", "GPE")), None)
    second = _prep_object(noun, "on", "against", "over", "of", "targeting", "with")
    if first is None and noun.dep_ in ("dobj", "pobj", "attr"):
        verb = noun.head if noun.dep_ != "pobj" else noun.head.head
        first = _subject(verb) if verb.pos_ in ("VERB", "AUX") else None
    if noun.dep_ == "nsubj" and second is None:
        second = _child(noun.head, "dobj")
    return first, second


# --- place, date, fatalities, sources ---------------------------------------------------------

def _place(ctx: _Context, token: Token) -> tuple[Place | None, bool]:
    sent = token.sent
    clause = _clause_head(token)
    best, best_key = None, None
    for place in ctx.places:
        for mention in place.mentions:
            if not (sent.start_char <= mention.start < sent.end_char) or place.lat is None:
                continue
            if _modifies_actor(ctx, mention) or _names_actor(ctx, mention):
                continue
            in_clause = clause.left_edge.idx <= mention.start <= clause.right_edge.idx
            key = (not in_clause, PLACE_RANK[place.precision], abs(mention.start - token.idx))
            if best_key is None or key < best_key:
                best, best_key = place, key
    if best is not None:
        return best, True
    return ctx.fallback_place, False


def _names_actor(ctx: _Context, mention: Span) -> bool:
    """A toponym that is (part of) a group's name ("ELN" read as a town) is not a location."""
    actor = actor_at(ctx.actors, mention.start, mention.end)
    return actor is not None and actor.type not in ("country", None)


def _modifies_actor(ctx: _Context, mention: Span) -> bool:
    """A place used to describe an actor ("Tobruk military strongman", "Tripoli-based
    government") is not where the event happened."""
    root = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if root is None:
        return False
    head = root.root
    if head.dep_ not in ("compound", "amod", "npadvmod", "nmod"):
        return False
    target = head.head
    while target.dep_ == "compound" and target.head.i != target.i:
        target = target.head
    return target.ent_type_ == "PERSON" or actor_at(
        ctx.actors, target.idx, target.idx + len(target)) is not None


def _date(ctx: _Context, token: Token) -> TimeSpan:
    sent = token.sent
    clause = _clause_head(token)
    times = [t for t in ctx.times if t.span and t.start is not None and not is_duration(t.text)]
    in_sentence = [t for t in times if sent.start_char <= t.span.start < sent.end_char]
    if in_sentence:
        def key(t: TimeSpan):
            in_clause = clause.left_edge.idx <= t.span.start <= clause.right_edge.idx
            return (not in_clause, abs(t.span.start - token.idx))
        return min(in_sentence, key=key)
    paragraph = ctx.paragraph_of(token.idx)
    before = [t for t in times if t.span.start < sent.start_char
              and ctx.paragraph_of(t.span.start) == paragraph]
    if before:
        return before[-1]
    # A follow-up sentence with no date of its own reports on the lede's event: its day.
    lede = next((t for t in times if t.precision == "day" and t.span.start < sent.start_char), None)
    if lede is not None:
        return lede
    published = ctx.published
    return TimeSpan(published, published, "unknown", None)


def _fatalities(ctx: _Context, sent: SpacySpan) -> Fatalities | None:
    killed = [q for q in ctx.quantities if q.what == "killed"
              and sent.start_char <= q.start < sent.end_char]
    if not killed:
        return None
    known = [q for q in killed if q.low is not None or q.high is not None or q.acled]
    low = sum(q.low or q.acled or 0 for q in known) if known else None
    high = sum(q.high for q in killed) if all(q.high is not None for q in killed) else None
    acled = sum(q.acled if q.acled is not None else (q.low or 0) for q in killed)
    claimed = next((q.claimed_by for q in killed if q.claimed_by), None)
    return Fatalities(low=low, high=high, acled=acled,
                      text="; ".join(q.text for q in killed), claimed_by=claimed)


def _sources(ctx: _Context, token: Token) -> list[str]:
    speech = ctx.lexicon.modality["speech_verbs"]
    sources: list[str] = []
    for gov in _governors(token, limit=6):
        if gov.lemma_ in speech:
            subject = _child(gov, "nsubj")
            if subject is not None:
                actor, _ = _actor_of(ctx, subject)
                sources.append(actor.name if actor else _phrase(subject))
            break
    sent = token.sent
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < len(ctx.doc) and ctx.doc[tok.i + 1].lower_ == "to":
            pobj = _child(ctx.doc[tok.i + 1], "pobj")
            if pobj is not None:
                sources.append(_phrase(pobj))
    for quote in ctx.quotes:
        if quote.start <= token.idx < quote.end and quote.speaker is not None:
            sources.append(quote.speaker.name)
    return list(dict.fromkeys(s for s in sources if s))


def _phrase(token: Token) -> str:
    words = [t for t in token.subtree if t.dep_ not in ("det", "punct", "relcl", "acl")][:6]
    return " ".join(t.text for t in words if t.i <= token.i or t.dep_ == "pobj" or t.head.i == token.i)


# --- ACLED sub-event rules ---------------------------------------------------------------------

def _acled_sub(ctx: _Context, m: _Mention) -> str | None:
    rule = m.trigger.acled
    if rule == "@territory":
        if m.actor1 is not None:
            return ("Government regains territory" if m.actor1.type in STATE_TYPES
                    else "Non-state actor overtakes territory")
        if m.token.lemma_ in RETAKE_LEMMAS:
            return "Government regains territory"
        return "Non-state actor overtakes territory"
    if rule == "@kill":
        return _kill_sub(m)
    if rule == "@protest":
        return _protest_sub(ctx, m)
    return rule


def _kill_sub(m: _Mention) -> str:
    target = m.actor2.type if m.actor2 is not None else None
    if target == "protesters" and m.actor1 is not None and m.actor1.type in STATE_TYPES:
        return "Excessive force against protesters"
    if target in ("civilians", "protesters", "person", "media"):
        return "Attack"
    if target in ARMED_TYPES:
        return "Armed clash"
    sentence = m.sent.text.lower()
    if any(word in sentence for word in CIVILIAN_WORDS):
        return "Attack"
    if m.actor1 is not None and m.actor1.type in STATE_TYPES:
        return "Armed clash"
    return "Attack"


def _protest_sub(ctx: _Context, m: _Mention) -> str:
    paragraph_text = _paragraph_text(ctx, m.paragraph).lower()
    if any(cue in paragraph_text for cue in FORCE_CUES):
        return "Excessive force against protesters"
    if any(cue in paragraph_text for cue in RIOT_CUES):
        return "Violent demonstration"
    if any(cue in paragraph_text for cue in INTERVENTION_CUES):
        return "Protest with intervention"
    return "Peaceful protest"


def _paragraph_text(ctx: _Context, index: int) -> str:
    starts = ctx.paragraph_starts
    end = starts[index + 1] if index + 1 < len(starts) else len(ctx.text)
    return ctx.text[starts[index]:end]


# --- merging mentions into events ---------------------------------------------------------------

GENERIC_SUBS = {None, "Armed clash", "Attack"}


def _merge(mentions: list[_Mention]) -> list[list[_Mention]]:
    groups: list[list[_Mention]] = []
    for mention in mentions:
        target = next((g for g in groups if _same_event(g[0], mention)), None)
        if target is None:
            groups.append([mention])
        else:
            target.append(mention)
    return groups


PROTEST_PARTS = {"Protest with intervention", "Excessive force against protesters",
                 "Looting/property destruction"}


def _protest_part(a: _Mention, b: _Mention) -> bool:
    """Tear gas at a protest, or protesters torching cars, is how the protest went (its ACLED
    sub-type), not a separate event: such a mention and a protest in one paragraph are one event."""
    pair = {a.trigger.plover, b.trigger.plover}
    return pair == {"PROTEST", "COERCE"} and a.mode == b.mode and a.paragraph == b.paragraph and (
        (a.trigger.acled or "") in PROTEST_PARTS or (b.trigger.acled or "") in PROTEST_PARTS)


def _same_event(a: _Mention, b: _Mention) -> bool:
    if _protest_part(a, b):
        return True
    if a.trigger.plover != b.trigger.plover or a.mode != b.mode:
        return False
    if not _subs_compatible(a.acled_sub, b.acled_sub):
        return False
    if not _actors_compatible(a, b):
        return False
    if a.sent.start == b.sent.start:
        return True
    return _places_compatible(a, b) and _dates_compatible(a.date, b.date)


def _places_compatible(a: _Mention, b: _Mention) -> bool:
    """Same place, a place unknown, or one place inside the other's country ("Sirte" / "Libya")."""
    if a.place is None or b.place is None or a.place.id == b.place.id:
        return True
    if not (a.place_in_sentence and b.place_in_sentence):
        return True
    broad = {"country", "admin1", "region"}
    return a.place.country == b.place.country and (
        a.place.precision in broad or b.place.precision in broad)


def _subs_compatible(a: str | None, b: str | None) -> bool:
    return a == b or a in GENERIC_SUBS or b in GENERIC_SUBS


def _actors_compatible(a: _Mention, b: _Mention) -> bool:
    for x, y in ((a.actor1, b.actor1), (a.actor2, b.actor2)):
        if x is not None and y is not None and x.id != y.id:
            return False
    return True


def _dates_compatible(a: TimeSpan, b: TimeSpan) -> bool:
    if a.precision == "unknown" or b.precision == "unknown":
        known = b if a.precision == "unknown" else a
        anchor = (a if a.precision == "unknown" else b).start
        if known.precision == "unknown" or anchor is None or known.end is None:
            return True
        return abs((anchor - known.end).days) <= 7
    return a.start <= b.end and b.start <= a.end


def _to_event(ctx: _Context, group: list[_Mention]) -> Event:
    protest = [m for m in group if m.trigger.plover == "PROTEST"]
    if protest and len(protest) < len(group):  # a policed protest: the protest leads
        group = protest + [m for m in group if m.trigger.plover != "PROTEST"]
        lead = max(protest, key=lambda m: m.trigger.strength)
    else:
        lead = max(group, key=lambda m: (m.acled_sub not in GENERIC_SUBS, m.trigger.strength))
    lex = ctx.lexicon
    sub = lead.acled_sub
    crosswalk = lex.crosswalk.get(sub) if sub else None
    actor1 = next(((m.actor1, m.actor1_text) for m in group if m.actor1), (None, None))
    actor2 = next(((m.actor2, m.actor2_text) for m in group if m.actor2), (None, None))
    placed = [m for m in group if m.place_in_sentence] or group
    place = min(placed, key=lambda m: PLACE_RANK[m.place.precision] if m.place else 9).place
    when = min((m.date for m in group), key=lambda d: DATE_RANK[d.precision])
    tolls = [m.fatalities for m in group if m.fatalities]
    fatalities = max(tolls, key=lambda f: (f.acled or 0, f.low or 0)) if tolls else None
    evidence = sorted({e for m in group for e in m.evidence}, key=lambda s: s.start)
    event_type = EventType(
        plover=lead.trigger.plover,
        plover_mode=lead.trigger.plover_mode or (crosswalk.plover_mode if crosswalk else None),
        acled_event_type=crosswalk.acled_event_type if crosswalk else None,
        acled_sub_event_type=sub,
        cameo_root=lead.trigger.cameo_root or lex.plover_cameo.get(lead.trigger.plover))
    return Event(
        id="", type=event_type, mode=lead.mode,
        actor1=_ref(*actor1), actor2=_ref(*actor2), place=place, date=when,
        evidence=tuple(evidence), fatalities=fatalities,
        sources=tuple(dict.fromkeys(s for m in group for s in m.sources)),
        confidence=_confidence(group, lead, actor1[0], actor2[0], place, when))


def _ref(actor: Actor | None, mention: Span | None) -> ActorRef | None:
    return actor.ref(mention) if actor is not None else None


def _confidence(group, lead: _Mention, actor1, actor2, place, when: TimeSpan) -> float:
    """A score in [0, 1]: trigger strength plus how much of who/whom/where/when the parse found,
    and how central the trigger is to its sentence (see `_prominence`)."""
    score = 0.25 + 0.4 * max(m.trigger.strength for m in group)
    score += max(m.prominence for m in group)
    score += 0.1 * (actor1 is not None) + 0.05 * (actor2 is not None)
    score += 0.1 * any(m.place_in_sentence for m in group) + 0.05 * (when.precision != "unknown")
    score += 0.05 * (len({m.sent.start for m in group}) > 1)
    score += 0.05 * (lead.paragraph <= 1)
    # a bare weak noun with nobody doing it ("aid", "support", "detention") is rarely an event
    if actor1 is None and actor2 is None and all(
            m.token.pos_ not in ("VERB", "AUX") and m.trigger.strength < 0.8 for m in group):
        score -= 0.15
    return round(min(score, 0.99), 3)
