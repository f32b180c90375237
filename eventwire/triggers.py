"""The event trigger lexicon and the ontology crosswalk, loaded once from `data/`.

`event_triggers.tsv` maps lemma phrases to PLOVER type/mode, an ACLED sub-event type (or a rule
name such as `@territory`) and a CAMEO root; `acled_crosswalk.tsv` gives each ACLED sub-event its
event type; `plover_cameo.tsv` the default CAMEO root per PLOVER type; `event_modality.json` the
cues for asserted / negated / future / hypothetical.
"""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.attrs import IS_ALPHA, LEMMA, LOWER
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .nlp import children, doc_tokens, tokens_where

PARTICLES = frozenset({"up", "out", "down", "off", "over", "back", "in", "on", "away"})
POS_ALLOWED = {
    "VERB": {"VERB", "AUX"},
    "NOUN": {"NOUN", "PROPN"},
    "ADJ": {"ADJ"},
    "ANY": {"VERB", "AUX", "NOUN", "PROPN"},
}


@dataclass(frozen=True)
class Trigger:
    phrase: tuple[str, ...]
    pos: str
    plover: str
    plover_mode: str | None
    acled: str | None  # sub-event type, or a rule name starting with "@"
    cameo_root: str | None
    strength: float

    @property
    def key(self) -> str:
        return f"{' '.join(self.phrase)}|{self.pos}"


@dataclass(frozen=True)
class CrosswalkRow:
    acled_event_type: str
    plover: str
    plover_mode: str | None
    cameo_root: str


@dataclass(frozen=True)
class Lexicon:
    triggers: dict[str, Trigger]
    crosswalk: dict[str, CrosswalkRow]
    plover_cameo: dict[str, str]
    modality: dict[str, frozenset[str]]


def _data_rows(name: str) -> list[dict[str, str]]:
    text = resources.files("eventwire").joinpath("data", name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _blank(value: str | None) -> str | None:
    return value.strip() or None if value else None


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    raw = json.loads(resources.files("eventwire").joinpath("data", "event_modality.json")
                     .read_text(encoding="utf-8"))
    modality = {k: frozenset(v) for k, v in raw.items() if isinstance(v, list)}
    triggers: dict[str, Trigger] = {}
    for row in _data_rows("event_triggers.tsv"):
        for phrase in _expand(row["phrase"], raw):
            trigger = Trigger(  # "sit-in" is three tokens to spaCy: sit, -, in
                phrase=tuple(phrase.replace("-", " - ").split()), pos=row["pos"],
                plover=row["plover"],
                plover_mode=_blank(row["plover_mode"]), acled=_blank(row["acled"]),
                cameo_root=_blank(row["cameo_root"]), strength=float(row["strength"]))
            triggers.setdefault(trigger.key, trigger)
    crosswalk = {
        row["acled_sub_event_type"]: CrosswalkRow(
            row["acled_event_type"], row["plover"], _blank(row["plover_mode"]), row["cameo_root"])
        for row in _data_rows("acled_crosswalk.tsv")}
    plover_cameo = {row["plover"]: row["cameo_root"] for row in _data_rows("plover_cameo.tsv")}
    return Lexicon(triggers, crosswalk, plover_cameo, modality)


def _expand(phrase: str, word_lists: dict[str, list[str]]) -> list[str]:
    """"distribute @relief_goods" -> "distribute food", "distribute water", ...: one lexicon row
    for a verb and every word of a list kept in event_modality.json."""
    words = phrase.split()
    slot = next((i for i, w in enumerate(words) if w.startswith("@")), None)
    if slot is None:
        return [phrase]
    return [" ".join([*words[:slot], word, *words[slot + 1:]])
            for word in word_lists[words[slot][1:]]]


@lru_cache(maxsize=1)
def irregular_forms() -> dict[str, list[str]]:
    return {row["lemma"]: row["forms"].split() for row in _data_rows("irregular_verbs.tsv")}


def regular_forms(lemma: str) -> list[str]:
    """"opening", "opened", "opens" for "open": the small pipeline sometimes leaves a regular
    form unlemmatized or tags it a noun ("denied opening fire"), so phrases match it too."""
    stem = lemma[:-1] if lemma.endswith("e") and len(lemma) > 2 else lemma
    return [lemma + "s", stem + "ed", stem + "ing"] if lemma.isalpha() else []


@dataclass(frozen=True)
class TriggerIndex:
    """Trigger phrases keyed by the hash of their first word (lemma or surface form)."""
    by_first: dict[int, tuple[tuple[Trigger, tuple[frozenset[int], ...]], ...]]


@lru_cache(maxsize=4)
def trigger_index(strings: StringStore) -> TriggerIndex:
    forms = irregular_forms()

    def word_hashes(word: str) -> frozenset[int]:
        return frozenset(strings.add(w) for w in [word, *forms.get(word, []), *regular_forms(word)])

    by_first: dict[int, list] = {}
    for trigger in load_lexicon().triggers.values():
        words = tuple(word_hashes(w) for w in trigger.phrase)
        for first in words[0]:
            by_first.setdefault(first, []).append((trigger, words))
    return TriggerIndex({k: tuple(v) for k, v in by_first.items()})


def match_triggers(doc: Doc) -> list[tuple[Trigger, int, int]]:
    """Every (trigger, start token, end token) in `doc`. A word matches on its lemma or its lower
    case form (irregular verbs also on their listed forms, which the small pipeline sometimes
    leaves unlemmatized); verb phrases may have one word between their parts ("cut diplomatic
    ties", "took the town over"). One pass over token hashes: far cheaper than spaCy's Matcher
    with hundreds of patterns."""
    index = trigger_index(doc.vocab.strings)
    array = doc.to_array([LEMMA, LOWER, IS_ALPHA])
    # never a gap: "set fire to at least 30 houses" is no "fire (to) at"
    array[:, 2] &= array[:, 1] != doc.vocab.strings["to"]
    words = array.tolist()  # rows of Python ints: reading numpy cells one by one costs more
    found = []
    for i, (lemma, lower, _alpha) in enumerate(words):
        candidates = index.by_first.get(lemma, ()) + (
            index.by_first.get(lower, ()) if lower != lemma else ())
        for trigger, phrase in candidates:
            end = _match_rest(words, i + 1, phrase[1:], trigger.pos == "VERB")
            if end is not None:
                found.append((trigger, i, end))
    return found


def _match_rest(words, j: int, rest, allow_gap: bool) -> int | None:
    n = len(words)
    for hashes in rest:
        if j < n and (words[j][0] in hashes or words[j][1] in hashes):
            j += 1
        elif allow_gap and j + 1 < n and words[j][2] and (
                words[j + 1][0] in hashes or words[j + 1][1] in hashes):
            j += 2
        else:
            return None
    return j


MEASURE_NOUNS = frozenset(("head", "herd", "flock", "number", "dozen", "hundred", "thousand",
                           "company", "unit", "contingent", "detachment", "team", "tonne", "ton",
                           "shipment", "consignment", "side",  # "shut its side of the border"
                           "faction", "box", "crate", "sack", "carton"))
# what a compound names ("mobile internet services were suspended", "the border crossing")
SERVICE_NOUNS = frozenset(("service", "access", "connection", "network", "crossing"))
COMPLEMENTS = frozenset(("alight", "ablaze", "go", "free", "loose"))
KEPT_STATES = frozenset(("close", "shut"))
OBJECT_PREPS = frozenset(("into", "in", "under", "to"))  # "take into custody", "bow to demands"


@lru_cache(maxsize=1)
def _verb_object_verbs() -> frozenset[str]:
    return frozenset(verb for verb, _ in verb_object_triggers())


@lru_cache(maxsize=1)
def verb_object_triggers() -> dict[tuple[str, str], Trigger]:
    """Two-word verb phrases ("send troops", "set fire") keyed by (verb lemma, noun lemma), for
    matching on the parse when other words or the passive separate them ("sent 300 National
    Guard troops", "soldiers were sent", "set the bus on fire")."""
    pairs: dict[tuple[str, str], Trigger] = {}
    for trigger in load_lexicon().triggers.values():
        if trigger.pos == "VERB" and len(trigger.phrase) == 2:
            pairs.setdefault((trigger.phrase[0], trigger.phrase[1]), trigger)
        elif trigger.pos == "VERB" and len(trigger.phrase) == 3 and (
                trigger.phrase[1] in PARTICLES or trigger.phrase[1] in OBJECT_PREPS):
            # "set up a forward operating base": verb + particle, its object further on;
            # "took two suspects into custody": verb + preposition, the object between
            pairs.setdefault((trigger.phrase[0], trigger.phrase[2]), trigger)
    return pairs


@lru_cache(maxsize=1)
def subject_verb_triggers() -> dict[tuple[str, str], Trigger]:
    """Two-word phrases of a subject and its verb ("drone strike", "jet strike") keyed by (noun
    lemma, verb lemma), for matching when words come between them ("a drone of France's
    Barkhane force struck ...")."""
    return {(t.phrase[0], t.phrase[1]): t for t in load_lexicon().triggers.values()
            if t.pos == "ANY" and len(t.phrase) == 2 and t.phrase[1] in SUBJECT_VERBS}


SUBJECT_VERBS = frozenset(("strike", "hit"))


def match_subject_verbs(doc: Doc) -> list[tuple[Trigger, int, int]]:
    """(trigger, verb index, end) where a verb and its subject make a phrase of the lexicon and
    the subject's own modifier ("a drone of France's Barkhane force struck") or an auxiliary
    ("its drones had struck") parts them."""
    pairs = subject_verb_triggers()
    verbs = {doc.vocab.strings[v] for v in SUBJECT_VERBS}
    found = []
    tokens = doc_tokens(doc)
    # (the lemma array picks the few candidate words: reading every token's lemma costs more)
    for i in [i for i, lemma in enumerate(doc.to_array(LEMMA).tolist()) if lemma in verbs]:
        token = tokens[i]
        if token.pos_ == "VERB":
            subject = next((c for c in children(token) if c.dep_ == "nsubj"), None)
            trigger = pairs.get((subject.lemma_, token.lemma_)) if subject is not None else None
            # ("said the aircraft had struck 'a KIA depot'": an aircraft named back tells of
            # the strike told, no new one)
            if trigger is not None and (any(c.dep_ == "prep" for c in children(subject)) or
                                        subject.i + 1 < token.i and not _named_back(subject)):
                found.append((trigger, token.i, token.i + 1))
    return found


def _named_back(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in children(noun))


def trigger_spans(doc: Doc) -> list[tuple[Trigger, Span]]:
    """Every trigger in `doc` as a span, overlaps resolved to the longest ("suicide car bomb" over
    "car bomb"), whose head has a part of speech the trigger allows. Of two spans alike, the
    longer phrase wins: "internet services were suspended" is censorship, not "suspend" alone;
    "blew himself up" a suicide bombing, not "blow up"."""
    triggers = load_lexicon().triggers
    found = sorted(match_triggers(doc) + match_verb_objects(doc) + match_subject_verbs(doc),
                   key=lambda f: -len(f[0].phrase))
    spans = [Span(doc, start, end, label=trigger.key)
             for trigger, start, end in found
             if _pos_fits(trigger, doc, start, end) and _taken_from(trigger, doc[start])]
    # (fitted before the overlap filter: "meeting" the noun must not lose to "meeting", a listed
    # form of the verb "meet")
    return [(triggers[span.label_], span)
            for span in sorted(filter_spans(spans), key=lambda s: s.start)]


def _pos_fits(trigger: Trigger, doc: Doc, start: int, end: int) -> bool:
    """The head's part of speech is one the trigger allows; a verb phrase of two words ("shot
    dead", "opened fire") is a verb whatever the tagger made of its first word ("two gunmen on a
    motorcycle shot dead a headman": "shot" tagged NOUN), and so is a verb right after "be"
    ("was overrun" tagged NOUN) or an irregular past ("retook"); but not a plural noun ("trucks
    carrying food" is no trucking of food)."""
    if trigger.pos == "VERB" and len(trigger.phrase) > 1:
        # ("a telephone call on Friday" is no "call on": a day, not whom one calls on)
        dated = doc[end - 1].pos_ == "ADP" and end < len(doc) and doc[end].ent_type_ in (
            "DATE", "TIME")
        # ("threw a hand grenade over the fence" is no "hand over": a noun naming the word
        # between the phrase's parts)
        named = end - start > len(trigger.phrase) and doc[start].dep_ == "compound" and \
            doc[start].head.i == start + 1
        return doc[start].tag_ != "NNS" and not dated and not named
    if "-" in trigger.phrase:
        return True  # a hyphened compound ("sit-in") is one word whatever its last part's tag
    head = doc[start] if trigger.pos == "VERB" else doc[end - 1]
    if trigger.pos == "VERB" and start > 0 and doc[start - 1].lemma_ == "be" and head.pos_ == "NOUN":
        return True  # "an army post was overrun": a participle after "was" tagged a noun
    if trigger.pos == "VERB" and head.pos_ == "NOUN" and _irregular_past(head, trigger):
        return True
    if trigger.pos == "NOUN" and len(trigger.phrase) > 1 and head.pos_ in ("ADJ", "NUM"):
        return True  # a listed compound ends in a noun: "an explosives vest" with "vest" an ADJ;
        # or a number: "Section 144"
    return head.pos_ in POS_ALLOWED[trigger.pos]


def _irregular_past(token, trigger: Trigger) -> bool:
    """"A unit ... retook Tassara": a past tense, with a subject, the tagger took for a noun (but
    "killed by a shot" is a noun); or one between a noun and a name or "the" ("soldiers supported
    by Russian instructors retook Kabo", the whole read as one noun phrase)."""
    form = token.lower_
    doc = token.doc
    between = 0 < token.i < len(doc) - 1 and doc[token.i - 1].pos_ in ("NOUN", "PROPN") and \
        doc[token.i + 1].pos_ in ("PROPN", "DET", "NUM")
    return form != trigger.phrase[0] and not form.endswith(("s", "ing")) and \
        irregular_lemmas().get(form) == trigger.phrase[0] and \
        (any(c.dep_ == "nsubj" for c in children(token)) or between)


@lru_cache(maxsize=1)
def irregular_lemmas() -> dict[str, str]:
    """Form -> lemma for the verbs the small pipeline mislemmatizes ("installed" -> "instal")."""
    return {form: lemma for lemma, forms in irregular_forms().items() for form in forms}


def lemma_of(token: Token) -> str:
    """The token's lemma, mended where the small pipeline gets an irregular form wrong."""
    return irregular_lemmas().get(token.lower_, token.lemma_)


def match_verb_objects(doc: Doc) -> list[tuple[Trigger, int, int]]:
    """(trigger, verb index, end) where a verb's object, passive subject, "on" object or particle
    completes a two-word phrase of the lexicon ("handed the barracks back"); the span runs to
    the object when it follows the verb."""
    pairs, verbs = verb_object_triggers(), _verb_object_verbs()
    found = []
    lemma_of_form = irregular_lemmas()
    for token in tokens_where(doc, "pos_", ("VERB",)):
        lemma = kept_as(token) or (
            token.lemma_ if token.lemma_ in verbs else lemma_of_form.get(token.lower_))
        if lemma not in verbs:
            continue
        seconds = [c for c in children(token) if c.dep_ in ("dobj", "nsubjpass")]
        # "flew a team of doctors and three tonnes of food": a second thing sent or flown
        also_sent = [o for c in seconds for o in children(c) if o.dep_ == "conj"]
        seconds += _measured(seconds)  # "drove off 300 head of cattle"
        seconds += [o for c in seconds if c.lemma_ in SERVICE_NOUNS  # "mobile internet services
                    for o in children(c) if o.dep_ == "compound"]    # were suspended"
        if token.dep_ == "acl" and token.tag_ == "VBN" or token.dep_ == "relcl" and any(
                c.dep_ in ("nsubjpass", "dobj") and c.tag_ in ("WDT", "WP")
                for c in children(token)):
            seconds.append(token.head)  # "reinforcements sent from Dori", "a camp that was set up",
            # "rifles, which they seized"
        seconds += [o for c in children(token) if c.dep_ == "prep"
                    and (c.lower_ == "on" or c.lower_ in OBJECT_PREPS)
                    for o in children(c) if o.dep_ == "pobj"]
        # "back" in "handed it back" may be an advmod; "out" in "drove the gang out of the area"
        # a preposition before another; "alight" in "set the granaries alight", "go" in "let
        # three women go" are complements
        seconds += [c for c in children(token)
                    if c.dep_ == "prt" or c.dep_ == "advmod" and c.lower_ in PARTICLES
                    or c.dep_ == "prep" and c.lower_ in PARTICLES
                    and any(g.dep_ == "prep" for g in children(c))
                    or c.dep_ in ("oprd", "acomp", "ccomp", "xcomp") and c.lower_ in COMPLEMENTS
                    or c.dep_ == "xcomp" and c.tag_ == "VBG"]  # "stopped teaching"
        seconds += _measured(also_sent)
        # "threw bottles and stones at them": the second thing thrown, sent or flown (not a
        # second thing seized: "killed 14 soldiers and seized mortars and ammunition")
        seconds += [c for c in also_sent if c not in seconds]
        # "flew 14 wounded people to Moroni": the wounded carried
        seconds += [a for c in seconds for a in children(c)
                    if a.dep_ == "amod" and a.lower_ in CASUALTY_WORDS]
        for second in seconds:
            trigger = pairs.get((lemma, second.lemma_)) or pairs.get((lemma, second.lower_)) or (
                pairs.get((lemma, second.lower_[:-1])) if second.tag_ == "NNS" else None)
            # (the small pipeline makes "bases" "basis": "set up two permanent bases")
            if trigger is not None and second in also_sent and trigger.plover not in CONJ_TYPES:
                continue
            if trigger is not None:
                trigger = _with_told_particle(trigger, token)
            if trigger is not None and not _taken_from(trigger, token):
                continue
            if trigger is not None:  # up to an object after the verb, so the phrase outranks
                found.append((trigger, token.i, max(token.i, second.i) + 1))  # the verb alone
                break
    return found


def _with_told_particle(trigger: Trigger, verb: Token) -> Trigger | None:
    """A phrase with a particle ("drive off cattle", "set up a base") needs a particle, the one
    the verb has ("drove away 200 head of cattle" is "drive away cattle"; "a herd was driven
    into a field" is no herd driven off)."""
    if len(trigger.phrase) != 3 or trigger.phrase[1] not in PARTICLES:
        return trigger
    told = [c.lower_ for c in children(verb) if c.lower_ in PARTICLES]
    if trigger.phrase[1] in told:
        return trigger
    triggers = load_lexicon().triggers
    return next((t for p in told if (t := triggers.get(
        f"{trigger.phrase[0]} {p} {trigger.phrase[2]}|VERB")) is not None), None)


def _taken_from(trigger: Trigger, verb: Token) -> bool:
    """"armed men had taken five men from the hamlet": people taken are abducted only when they
    are taken from somewhere, or away with the takers ("took the man to hospital" is no
    abduction); the parser may hang
    the "from" on a clause describing them ("took a blogger who had posted videos from his
    home")."""
    if trigger.phrase[0] != "take" or trigger.acled != "Abduction/forced disappearance" or \
            len(trigger.phrase) != 2 or trigger.phrase[1] in ("captive", "hostage", "away"):
        return True
    taken = [o for o in children(verb) if o.dep_ == "dobj"]
    if any(c.dep_ == "prep" and c.lower_ == "from" for head in (verb, *(
            r for o in taken for r in children(o) if r.dep_ == "relcl")) for c in children(head)):
        return True
    # "took at least nine people with them into the forest": carried off by the takers, as
    # are those "taken by the attackers"
    return any(c.dep_ == "prep" and (c.lower_ == "with" and o.lower_ in ("them", "him")
                                     or c.lower_ == "into" and o.lemma_ in CAPTIVE_PLACES)
               or c.dep_ == "agent" and o.lemma_ in ARMED_TAKERS
               for c in children(verb) for o in children(c) if o.dep_ == "pobj")


CAPTIVE_PLACES = frozenset(("forest", "bush", "captivity", "hills", "mountains"))
ARMED_TAKERS = frozenset(("attacker", "assailant", "gunman", "gunmen", "fighter", "militant",
                          "insurgent", "rebel", "jihadist", "bandit", "kidnapper", "abductor",
                          "raider", "militiaman", "militiamen", "terrorist"))


def kept_as(verb: Token) -> str | None:
    """"kept their shops closed" closes them: "keep" with the state it holds a thing in."""
    if verb.lemma_ != "keep":
        return None
    return next((c.lemma_ for c in children(verb) if c.dep_ in ("oprd", "ccomp", "acomp")
                 and c.lemma_ in KEPT_STATES), None)


def _measured(nouns: list[Token]) -> list[Token]:
    """What measure nouns and numbers count: "cattle" of "300 head of cattle", "food" of "tonnes
    of food", "livestock" of "hundreds of head of livestock", "rifles" of "seven of the looted
    rifles"."""
    counted = [o for c in nouns if c.lemma_ in MEASURE_NOUNS or c.pos_ == "NUM"
               for p in children(c) if p.lower_ == "of" for o in children(p) if o.dep_ == "pobj"]
    return counted + _measured(counted) if counted else counted


CONJ_TYPES = frozenset(("PROTEST", "AID"))
CASUALTY_WORDS = frozenset(("wounded", "injured"))
