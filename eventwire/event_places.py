"""Where an event happened: the place of a trigger's clause, read from the parse.

A toponym places an event only if it says where, not who: not a name inside a group's name,
a place describing a party ("Tripoli-based government", "nine Myanmar military officers"), an
agent ("brokered by Russia"), a country acting as a subject ("Russia said") or accused, the units
in brackets after a place ("Brahmanbaria (Brahmanbaria Sadar, Chattogram)"), an outlet's
demonym ("Saudi state media"), or a place inside a relative clause the event is not in.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan, Token

from .actors import ROUTE_WORDS, actor_at
from .event_parse import (clause_bounds, clause_head, dep_child, described_noun, first_conjunct,
                          in_longer_org_name, noun_triggers, parse_distance, stood_at,
                          takes_to)
from .model import Place, Span
from .nlp import children, sent_of
from .places import BEARINGS, demonym_country

if TYPE_CHECKING:
    from .events import _Context

PLACE_RANK = {"point": 0, "district": 1, "city": 1, "admin1": 2, "country": 3, "region": 4,
              "unresolved": 5}


def fallback_place(ctx: _Context) -> Place | None:
    """The country of the article's main place (the lede's first town or province, else its most
    mentioned located place): an event whose sentence names no place is put there, at the lower
    precision it deserves. Mentions
    that say who, not where ("the European Union imposed", "Saudi state media", "a US envoy")
    do not count."""
    where = {p.id: [m for m in p.mentions if _names_where(ctx, m)]
             for p in ctx.places if p.lat is not None}
    located = [p for p in ctx.places if where.get(p.id)]
    if not located:  # only demonyms: "Croatian authorities are failing ..." is still in Croatia
        return next((p for p in ctx.places if p.lat is not None and p.precision == "country"),
                    None)
    # the lede's own town or province first ("... in Sukhumi ..." before "a pact with Russia")
    lede_end = ctx.paragraph_starts[1] if len(ctx.paragraph_starts) > 1 else len(ctx.text)
    lede = [p for p in located if p.precision not in ("country", "region")
            and where[p.id][0].start < lede_end]
    main = min(lede, key=lambda p: where[p.id][0].start) if lede else \
        max(located, key=lambda p: (len(where[p.id]), -where[p.id][0].start))
    countries = [p for p in located + list(ctx.places)  # "Myanmar's junta" still names Myanmar
                 if p.precision == "country" and p.country == main.country and p.lat is not None]
    return countries[0] if countries else main


def lede_place(ctx: _Context) -> Place | None:
    """The town or province of the first sentence that names one: where the story is."""
    return next((found for lede in ctx.doc.sents if (found := _clause_place(
        ctx, lede, lede.root, lede.start_char, local=True)) is not None), None)


def event_place(ctx: _Context, token: Token, story: bool = True,
                others: list[tuple[int, int]] = ()) -> tuple[Place | None, str]:
    """The place of the trigger's own clause (coordinated verbs share their "near Douentza"),
    else the main place of the nearest earlier sentence of the paragraph; in a later paragraph
    the lede's place, for an event that goes on with the `story` (no date of its own) or is
    where "the area", "the town" are; else the fallback country. With the place, where it was
    found: in the "sentence", an earlier sentence of the "paragraph", or the "article"."""
    sent, clause = sent_of(token), clause_head(token)
    country = ctx.fallback_place
    if country is not None and country.precision == "country" and any(
            c.lower_ in ctx.lexicon.modality["nationwide_modifiers"] for c in children(token)):
        return country, "sentence"  # "a national strike", "nationwide protests": the whole country
    phrase = token if token.pos_ == "NOUN" else None
    paragraph = ctx.paragraph_of(sent.start_char)
    # "A security source in Fada N'gourma said 15 soldiers had been killed", after a lede at
    # Gayéri: a toll going on with the story is told from where the speaker is, not where it was
    # (but "a faction based in Salamanca announced it had broken away" acted where it is)
    told_from = story and paragraph > 0 and ctx.lede_place is not None and \
        dep_child(token, "auxpass") is not None
    best = None
    if clause.dep_ == "conj":  # "... and that its navy destroyed a boat off Al Khawkhah"
        best = _clause_place(ctx, sent, clause, token.idx, local=True, phrase=phrase,
                             others=others, bounds=clause_bounds(clause), told_from=told_from)
    best = best or _clause_place(ctx, sent, first_conjunct(clause), token.idx, phrase=phrase,
                                 others=others, told_from=told_from)
    if best is not None and PLACE_RANK[best.precision] > 1:
        # ("shot dead six miners at a mine outside the town ... and took away three others")
        best = _town_referred(ctx, first_conjunct(clause), best) or best
    if best is not None:
        return best, "sentence"
    previous = sent.start - 1
    while previous >= 0 and ctx.doc[previous].idx >= ctx.paragraph_starts[paragraph]:
        before = sent_of(ctx.doc[previous])
        found = _sentence_place(ctx, before)
        if found is not None:
            return found, "paragraph"
        previous = before.start - 1
    # ("retook the compound", "the headquarters": the site an earlier event took)
    nouns = ctx.lexicon.modality["territory_nouns"] | {"area", "compound"} | \
        set(ctx.lexicon.modality["force_assets"])
    # a sentence that names places of its own but none where the event was ("pushed it out of
    # several towns in central Somalia") is not at the lede's place for going on with the story
    # (an outlet's name, "told Bani River Wire", is none)
    story = story and not any(
        sent.start_char <= m.start < sent.end_char and not _names_outlet(ctx, m)
        and not (told_from and _where_speaker_is(ctx, m))
        for place in ctx.places for m in place.mentions)
    the_town = any(t.lemma_ in nouns and _definite(t.head if t.dep_ == "compound" else t)
                   for t in sent)  # "the town", "the city centre"
    if paragraph > 0 and (story or the_town) and ctx.lede_place is not None:
        return ctx.lede_place, "article"
    named = [(place, mention) for place, mention in _event_places(
        ctx, sent.start_char, sent.end_char, demonyms=True)
        if not _names_media(ctx, mention) and not _heads_there(ctx, mention)]
    demonyms = [(place, mention) for place, mention in named if _is_demonym(mention)]
    country = next((place for place, mention in demonyms
                    if not _names_nationality(ctx, mention)), None)
    if country is not None:  # "Croatian authorities": only the country is known, but it is named
        # ("around the castle that overlooks the southern Libyan city of Sabha": a town of it)
        town = next((place for place, mention in named if not _is_demonym(mention)
                     and place.country == country.country and place.precision == "city"), None)
        return town or country, "sentence"
    # "men who had marched in Larnaca went on a rampage, beating two Bangladeshi workers": where
    # the victims come from is no place of the event; the sentence's own place is
    other = next((place for place, mention in named if not _is_demonym(mention)), None)
    if demonyms and other is not None:
        return other, "sentence"
    if _names_unknown_place(ctx, sent) and ctx.lede_place is not None and \
            ctx.fallback_place is not None and ctx.lede_place.country == ctx.fallback_place.country:
        # "killed 22 people at a displacement site near Drodro": a village the gazetteer lacks
        # lies nearer the story's town than the middle of the country
        return ctx.lede_place, "article"
    return ctx.fallback_place, "article"


def _names_unknown_place(ctx: _Context, sent: SpacySpan) -> bool:
    return any(place.precision == "unresolved" and any(
        sent.start_char <= m.start < sent.end_char for m in place.mentions) for place in ctx.places)


def _town_referred(ctx: _Context, clause: Token, region: Place) -> Place | None:
    """"Gunmen from a gang around Tumeremo, in Bolívar state, shot dead six miners at a mine
    outside the town": "the town" of a clause whose only place is a province or a country is the
    town of that country the text named last."""
    nouns = ctx.lexicon.modality["town_nouns"]
    town = next((t for t in clause.subtree if t.dep_ == "pobj" and t.lemma_ in nouns
                 and _definite(t)), None)
    if town is None:
        return None
    named = [(m.start, p) for p in ctx.places if p.precision == "city" and p.lat is not None
             and p.country == region.country for m in p.mentions
             if m.start < town.idx and _names_where(ctx, m)]
    return max(named, key=lambda pair: pair[0])[1] if named else None


def _sentence_place(ctx: _Context, sent: SpacySpan) -> Place | None:
    """The town or region of an earlier sentence's main clause (once per sentence)."""
    key = ("sentence_place", sent.start)
    if key not in ctx.memo:
        ctx.memo[key] = _clause_place(ctx, sent, sent.root, sent.start_char, local=True)
    return ctx.memo[key]


def _definite(noun: Token) -> bool:
    return any(c.lower_ == "the" for c in children(noun))


def _clause_place(ctx: _Context, sent: SpacySpan, clause: Token, anchor: int,
                  local: bool = False, phrase: Token | None = None,
                  others: list[tuple[int, int]] = (),
                  bounds: tuple[int, int] | None = None, told_from: bool = False
                  ) -> Place | None:
    """The sentence's toponym closest to the clause in the parse: in the event noun's own
    `phrase` first ("claimed the ambush near Maiduguri, as well as an explosion at a bank in
    Kano"), in the clause, a town before a district or region, then fewest verbs and arcs
    between (a town the verb is "in" or "near" beats one a modifier travels "from"), then
    nearest. `local`: towns and regions only; `bounds`: only toponyms between these chars, and
    none the act comes "from"; `told_from`: none where the speaker is."""
    best, best_key = None, None
    own = (phrase.left_edge.idx, phrase.right_edge.idx) if phrase is not None else (-1, -1)
    start, end = bounds or (sent.start_char, sent.end_char)
    candidates = _event_places(ctx, start, end)
    for place, mention in candidates:
        if local and PLACE_RANK[place.precision] > 2:
            continue
        node = _words(ctx, mention)
        if node is not None and (_describes_other_noun(node.root, clause)
                                 or _speaks_for_state(ctx, node.root)):
            continue
        # "reinforcements from Kosti": where they come from is no place of the noun's own;
        # "would be flown in from Port Moresby", "rockets fired from Gaza": nor of the act
        origin = node is not None and node.root.head.lower_ == "from"
        if origin and (bounds or node.root.head.head.lemma_ in SENDING_VERBS):
            continue  # (but "withdrew its troops from Yemen" happened in Yemen)
        if node is not None and _headed_for(node.root):
            continue  # "as they withdrew toward the Iraqi border": where they went, not where
        in_clause = clause.left_edge.idx <= mention.start <= clause.right_edge.idx
        if not in_clause and (place.precision == "country" or told_from
                              and place is not ctx.lede_place) and \
                node is not None and _speaker_phrase(ctx, node.root):
            continue  # "the UN mission in South Sudan said it had documented ..."
        # ("in the Democratic Republic of Congo's Ituri province": the province, not the country)
        possessor = place.precision == "country" and \
            ctx.text[mention.end:mention.end + 2] in ("'s", "’s")
        # ("firing from the left bank of the Dnipro river struck the market in Bilozerka")
        key = (_names_water(ctx, mention), origin or not own[0] <= mention.start <= own[1],
               any(a <= mention.start < b for a, b in others),
               node is not None and _grievance(ctx, node.root, clause), not in_clause, possessor,
               PLACE_RANK[place.precision] > 1,
               place.precision == "district", node is not None and _reference_point(node.root),
               node is not None and _whose_people(ctx, node.root, candidates),
               parse_distance(node.root, clause) if node is not None else (9, 9),
               PLACE_RANK[place.precision], abs(mention.start - anchor))
        if best_key is None or key < best_key:
            best, best_key = place, key
    return best


# what a capital's government pursues: "Pristina's drive", "Kyiv's decision" (not "Cairo's
# security chief", who sits there)
POLICY_NOUNS = frozenset(("drive", "campaign", "decision", "plan", "policy", "move", "push",
                          "effort", "bid", "attempt", "refusal", "demand", "crackdown", "stance",
                          "position", "strategy", "approach", "insistence", "efforts",
                          # what a government says ("calling the accusations 'Kinshasa's
                          # propaganda'")
                          "propaganda", "narrative", "lie", "allegation", "accusation", "claim"))
SENDING_VERBS = frozenset(("fly", "send", "bring", "deploy", "dispatch", "fire", "launch",
                           "transfer", "airlift", "move", "come", "arrive", "travel", "cross"))
DISTANCE_UNITS = frozenset(("km", "kilometre", "kilometer", "mile"))


def _heads_there(ctx: _Context, mention: Span) -> bool:
    words = _words(ctx, mention)
    return words is not None and _headed_for(words.root)


def _headed_for(word: Token) -> bool:
    """The word names (or describes) where the act's people were heading ("towards the border")."""
    noun = word
    while noun.dep_ in ("compound", "amod") and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ == "pobj" and noun.head.lower_ in ("toward", "towards")


def _speaker_phrase(ctx: _Context, node: Token) -> bool:
    """"The UN mission in South Sudan said": the country a speaking body is in, where the speaker
    works, not where the event was."""
    speech = ctx.lexicon.modality["speech_verbs"]
    return node.dep_ == "pobj" and node.head.lower_ == "in" and any(
        a.dep_ == "nsubj" and a.head.lemma_ in speech for a in node.ancestors)


def _where_speaker_is(ctx: _Context, mention: Span) -> bool:
    words = _words(ctx, mention)
    return words is not None and _speaker_phrase(ctx, words.root)


WATER_WORDS = frozenset(("river", "lake"))


def _names_water(ctx: _Context, mention: Span) -> bool:
    """"the Dnipro river": a river or a lake, only where the event was when nothing else is."""
    after = ctx.text[mention.end:mention.end + 8].lower().split()
    return bool(after) and after[0] in WATER_WORDS


GRIEVANCE_PREPS = frozenset(("against", "over", "for", "to"))


def _grievance(ctx: _Context, node: Token, clause: Token) -> bool:
    """"blocked the highway to protest against the handover of farmland to Azerbaijan": a place
    in what the act's purpose protests, demands or denounces is the grievance, not where."""
    purpose_verbs = ctx.memo.get("purpose_verbs")
    if purpose_verbs is None:
        cues = ctx.lexicon.modality
        purpose_verbs = ctx.memo["purpose_verbs"] = frozenset(
            cues["protesting_verbs"]) | frozenset(cues["request_verbs"]) | \
            frozenset(cues["accusing_verbs"])
    word = node
    for verb in node.ancestors:
        if verb.lemma_ in purpose_verbs and verb.dep_ in ("advcl", "xcomp") and takes_to(verb):
            return word.dep_ == "dobj" or word.dep_ == "prep" and word.lower_ in GRIEVANCE_PREPS
        if verb.i == clause.i:
            return False
        word = verb
    return False


def _reference_point(node: Token) -> bool:
    """"in Dikwa, about 70 km north-east of Konduga": a town the text measures from, or one a
    road leads to or from ("students blocking the road to Cúcuta", "a market town on the road
    from Kayes"), which is where the event was only when the sentence names no other."""
    measure = node.head.head
    return node.head.lower_ == "of" and measure.lower_ in BEARINGS or \
        node.head.lower_ == "from" and measure.lemma_ in DISTANCE_UNITS | ROUTE_WORDS or \
        node.head.lower_ == "to" and (measure.lemma_ in ROUTE_WORDS or any(
            c.dep_ == "dobj" and c.lemma_ in ROUTE_WORDS for c in children(measure)))


def _whose_people(ctx: _Context, node: Token, candidates: list[tuple[Place, Span]]) -> bool:
    """"residents of Khogyani ... gathered outside the governor's compound in Jalalabad": where
    the people who act come from, when the sentence places the act elsewhere ("in", "at" a
    town outside their own phrase; not "Residents of Neves, a fishing town in Lembá district")."""
    people = node.head.head
    if node.head.lower_ != "of" or people.dep_ not in ("nsubj", "nsubjpass") or \
            people.lemma_ not in ctx.lexicon.modality["civilian_words"]:
        return False
    located = [w.root for w in (_words(ctx, m) for _, m in candidates) if w is not None
               and w.root.dep_ == "pobj" and w.root.head.lower_ in LOCATIVE_PREPS]
    return any(not people.left_edge.i <= w.i <= people.right_edge.i for w in located)


LOCATIVE_PREPS = frozenset(("in", "at", "outside", "inside", "near"))


def _speaks_for_state(ctx: _Context, node: Token) -> bool:
    """"Ankara denied targeting civilians", "Rabat said", "the SDF blamed Turkey", "called on
    Turkey to protect the province": a capital or a country that speaks, denies, is blamed or is
    asked is its government, not where the event was."""
    cues = ctx.lexicon.modality
    verb = node.head
    asked = node.dep_ == "dobj" and verb.lemma_ in cues["request_verbs"] or \
        node.dep_ == "pobj" and verb.lower_ == "on" and verb.head.lemma_ in cues["request_verbs"]
    return node.dep_ == "nsubj" and (verb.lemma_ in cues["speech_verbs"]
                                     or verb.lemma_ in cues["negating_governors"]) \
        or node.dep_ == "dobj" and verb.lemma_ in cues["accusing_verbs"] or asked


def _describes_other_noun(node: Token, clause: Token) -> bool:
    """"seized power ... and relied on air power against groups which control large parts of
    Sagaing": a place inside a relative clause the event is not in describes that noun; but
    where the event's own victims were ("seized nine women who had gone to collect firewood
    outside Bosso", "fired tear gas at hundreds of people who had marched ... in Kankan") is
    where it happened."""
    return any(a.dep_ == "relcl" and not a.left_edge.i <= clause.i <= a.right_edge.i
               and not _target_of(a.head, clause) for a in node.ancestors)


TARGET_PREPS = {"at", "on", "against"}


def _target_of(noun: Token, clause: Token) -> bool:
    """The noun is what the clause's act was done to: its object, or "at"/"on" whom it was aimed
    ("hundreds of people" counts as "people")."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i != noun.head.i:
        noun = noun.head.head
    if noun.dep_ in ("dobj", "nsubjpass"):
        # (or what its purpose aims at: "fired tear gas to clear growers who had blocked ...")
        return noun.head.i == clause.i or noun.head.dep_ in ("xcomp", "advcl") and \
            noun.head.head.i == clause.i
    if noun.dep_ != "pobj" or noun.head.lower_ not in TARGET_PREPS:
        return False
    aimed = noun.head.head  # "fired live ammunition at ...": the parser hangs "at" on the object
    return aimed.i == clause.i or aimed.dep_ == "dobj" and aimed.head.i == clause.i


def _event_places(ctx: _Context, start: int, end: int,
                  demonyms: bool = False) -> list[tuple[Place, Span]]:
    """(place, mention) for located toponyms between two offsets that name where, not whom;
    `demonyms`: also demonyms that describe people ("Saudi state media"). Kept per sentence:
    every event of a sentence, and of the sentences after it, asks again."""
    key = ("event_places", start, end, demonyms)
    found = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = [(place, mention) for place, mention in _where_named(ctx, demonyms)
                                 if start <= mention.start < end]
    return found


def _where_named(ctx: _Context, demonyms: bool) -> list[tuple[Place, Span]]:
    """(place, mention) over the whole article, worked out once: each window only filters it."""
    key = ("where_named", demonyms)
    found = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = [
            (place, mention) for place in ctx.places if place.lat is not None
            for mention in place.mentions + _repeats(ctx, place)
            if _names_where(ctx, mention, demonyms)]
    return found


def _names_where(ctx: _Context, mention: Span, demonyms: bool = False) -> bool:
    """Whether a toponym mention says where: not a toponym in a group's name ("ELN" read as a
    town, "Assam Rifles"), describing a party ("Tripoli-based government") or a demonym for
    people ("Iraqi officials")."""
    key = ("names_where", mention.start, mention.end, demonyms)
    found = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = _says_where(ctx, mention, demonyms)
    return found


def _says_where(ctx: _Context, mention: Span, demonyms: bool) -> bool:
    if ctx.text[mention.end - 1] == "-" or _is_demonym(mention) and \
            ctx.text[mention.end:mention.end + 1] == "-":
        return False  # "the Italian-era castle", "Iranian-backed militias": whence, not where
    words = _words(ctx, mention)  # once: the checks below all read the same parse tokens
    # "in Kaga-Bandoro (...), fighters of ...": right after a preposition a name says where,
    # whatever noun a misparse hangs it on
    after_preposition = words is not None and words.start > 0 and \
        words.doc[words.start - 1].dep_ == "prep" and not _modifies_next(words)
    described = described_noun(words.root) if words is not None and not after_preposition else None
    owned = words.root.head if words is not None and words.root.dep_ == "poss" else None
    if owned is not None and owned.lemma_ in POLICY_NOUNS:
        return False  # "Pristina's drive to shut down institutions": the government's, not where
    return not _describes_party(ctx, described) and not _party_name(ctx.actors, mention) \
        and not (words is not None and _told(words)) \
        and not (words is not None and (in_longer_org_name(words) or _is_agent(ctx, words, mention))) \
        and not _is_container(ctx, mention) and (
            demonyms or not (_is_demonym(mention) or _attributive_country(ctx, words, mention))
            # "on Syrian territory", "in Yemeni waters": a demonym that describes land or sea
            or described is not None and described.lemma_ in ctx.lexicon.modality["territory_nouns"])


def _names_outlet(ctx: _Context, mention: Span) -> bool:
    words = _words(ctx, mention)
    return words is not None and _told(words)


def _told(words: SpacySpan) -> bool:
    """"A monk told Bay of Bengal Monitor that ...": whom one tells is an outlet or a person, so
    a name inside it ("Bay") says nothing of where (the toponym stays: "The Washington Post")."""
    first, doc = words[0], words.doc
    # ("told Bani River Wire": the name goes on with more proper nouns, whatever the NER made of it)
    goes_on = words.end < len(doc) and doc[words.end].pos_ == "PROPN" and \
        doc[words.end].text[:1].isupper()
    if not goes_on and (first.ent_type_ in ("", "GPE", "LOC") or not (
            first.ent_iob_ == "I" or first.i + 1 < len(doc) and doc[first.i + 1].ent_iob_ == "I")):
        return False  # no longer name of another kind (one read word by word: "ents" is slow)
    node = words.root
    while node.dep_ in ("compound", "pobj", "prep") and node.head.i != node.i:
        if node.dep_ == "prep" and node.lower_ in LOCATIVE_PREPS:
            return False  # "told staff of a medical charity in Adre": where the charity is
        node = node.head
    return node.dep_ in ("dobj", "dative") and node.head.lemma_ in ("tell", "inform")


LOCATIVE_PREPS = frozenset(("in", "at", "near", "outside"))


def _modifies_next(words: SpacySpan) -> bool:
    """"loyal to Tobruk military strongman": the name modifies the noun right after it, in one
    phrase (a misparse across a comma or bracket, "in Kaga-Bandoro (...), fighters", does not)."""
    head = words.root.head
    return head.i >= words.end and head.pos_ in ("NOUN", "PROPN") and \
        not any(t.is_punct for t in words.doc[words.end:head.i])


def _is_agent(ctx: _Context, words: SpacySpan, mention: Span) -> bool:
    """"a truce brokered by Russia and Turkey", "Russia said", "accused Ukraine of ...": who
    acted or is acted on, not where."""
    node = first_conjunct(words.root)
    if node.dep_ == "pobj" and node.head.lower_ == "from" and \
            node.head.head.lemma_ in ctx.lexicon.modality["party_nouns"]:
        return True  # "troops from Burao recaptured the position": where they came from
    if node.dep_ == "pobj" and node.head.lower_ == "with" and \
            node.head.head.lemma_ in ("border", "frontier", "boundary"):
        return True  # "near the border with Colombia": the neighbour, not this side
    if node.dep_ == "dobj" and any(c.dep_ == "prep" and c.lower_ == "of"
                                   for c in children(node.head)):
        return True  # "accused Ukraine of fabricating": whom the verb is about
    if node.dep_ == "nsubj" and node.head.pos_ == "VERB" and _is_country(ctx, mention) and \
            node.head.lemma_ not in ctx.lexicon.modality["state_verbs"]:
        return True  # "Russia said", "Ukraine launched" (but "Kharkiv came under fire")
    return node.dep_ == "pobj" and node.head.lower_ == "by" and node.head.dep_ in ("agent", "prep")


def _is_country(ctx: _Context, mention: Span) -> bool:
    return any(p.precision == "country" and any(m.start == mention.start for m in p.mentions)
               for p in ctx.places)


def _attributive_country(ctx: _Context, words: SpacySpan | None, mention: Span) -> bool:
    """"a US air strike hit an encampment near Kunyo Barrow": a country's name that modifies an
    act's noun says whose act it was, as its demonym would, not where it was ("Seychelles coast
    guard commandos stormed a boat" may act at home)."""
    if words is None or words.root.dep_ != "compound" or not _is_country(ctx, mention):
        return False
    return bool(noun_triggers(words.root.head.lemma_, ctx.lexicon))


def _is_container(ctx: _Context, mention: Span) -> bool:
    """"in Brahmanbaria (Brahmanbaria Sadar, Chattogram)": the names in brackets after a place
    are the units holding it (the incident-note convention), not another place; when the gazetteer
    cannot locate the place they hold ("north of Karimama (Alibori)"), they are the nearest known
    place of the event."""
    opened = ctx.text.rfind("(", max(0, mention.start - 80), mention.start)
    if opened == -1 or ")" in ctx.text[opened:mention.start]:
        return False
    before = len(ctx.text[:opened].rstrip())
    return any(m.end == before for p in ctx.places if p.lat is not None for m in p.mentions)


def _names_media(ctx: _Context, mention: Span) -> bool:
    """"carried by Saudi state media": the outlet's country, not the event's."""
    described = _described_noun(ctx, mention)
    nouns = ctx.lexicon.modality["media_nouns"]
    return described is not None and (described.lemma_ in nouns or described.lower_ in nouns)


def _names_nationality(ctx: _Context, mention: Span) -> bool:
    """"an Egyptian delivery driver was stabbed", "beating Bangladeshi workers": where the
    victims come from, not where it happened (unlike "Croatian authorities", "Syrian troops")."""
    described = _described_noun(ctx, mention)
    cues = ctx.lexicon.modality
    return described is not None and any(
        described.lemma_ in cues[kind] for kind in ("civilian_words", "captive_nouns", "crowd_nouns"))


def _is_demonym(mention: Span) -> bool:
    return demonym_country(mention.text) is not None


def _words(ctx: _Context, mention: Span) -> SpacySpan | None:
    key = ("words", mention.start, mention.end)  # (every trigger of a sentence asks again)
    if key not in ctx.memo:
        ctx.memo[key] = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return ctx.memo[key]


def _described_noun(ctx: _Context, mention: Span) -> Token | None:
    """The noun a toponym describes ("Tobruk" in "Tobruk military strongman"), if any."""
    words = _words(ctx, mention)
    return described_noun(words.root) if words is not None else None


def _repeats(ctx: _Context, place: Place) -> tuple[Span, ...]:
    """Later occurrences of a name the article already resolved that the places stage left
    unlisted ("IS fighters overran Tal Afar in November"): the same name is the same place, unless
    it is part of another place's name ("Sudan" in "South Sudan")."""
    listed = {m.start for m in place.mentions}
    others = [(m.start, m.end) for other in ctx.places if other is not place
              for m in other.mentions]
    found = []
    for name in {m.text for m in place.mentions if m.text[:1].isupper() and len(m.text) > 3}:
        i = ctx.text.find(name)
        while i != -1:
            after = ctx.text[i + len(name):i + len(name) + 1]
            if i not in listed and not ctx.text[i - 1:i].isalnum() and not after.isalnum() \
                    and not any(a <= i and i + len(name) <= b and b - a > len(name)
                                for a, b in others):
                found.append(Span.of(ctx.text, i, i + len(name)))
            i = ctx.text.find(name, i + len(name))
    return tuple(sorted(found, key=lambda span: span.start))


def _party_name(actors, mention: Span) -> bool:
    actor = actor_at(actors, mention.start, mention.end)
    return actor is not None and actor.type not in ("country", None)


def _describes_party(ctx: _Context, described: Token | None) -> bool:
    """A place used to describe an actor ("Tobruk military strongman", "Tripoli-based
    government", "Assam Rifles troops", "Dinamo, the Zagreb club") is not where the event
    happened."""
    cues = ctx.lexicon.modality
    return described is not None and (
        described.ent_type_ == "PERSON" or described.lemma_ in cues["party_nouns"]
        # "a sit-in outside the Khuzdar press club": a club one stands at is a building in the
        # town named, not the party it would be as an actor
        or described.lemma_ in cues["organisation_nouns"] and not stood_at(described)
        or actor_at(ctx.actors, described.idx, described.idx + len(described)) is not None)
