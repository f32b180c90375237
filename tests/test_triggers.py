"""The trigger lexicon and crosswalk are data; these tests keep the data consistent."""
from eventwire.model import PLOVER_TYPES
from eventwire.triggers import load_lexicon, match_triggers, trigger_index

ACLED_SUB_EVENTS = 25


def test_crosswalk_covers_all_acled_sub_event_types():
    crosswalk = load_lexicon().crosswalk
    assert len(crosswalk) == ACLED_SUB_EVENTS
    assert {row.acled_event_type for row in crosswalk.values()} == {
        "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests",
        "Riots", "Strategic developments"}
    assert all(row.plover in PLOVER_TYPES for row in crosswalk.values())


def test_every_trigger_names_a_known_type_and_sub_event():
    lexicon = load_lexicon()
    rules = {"@territory", "@kill", "@protest"}
    for trigger in lexicon.triggers.values():
        assert trigger.plover in PLOVER_TYPES, trigger
        assert trigger.acled is None or trigger.acled in lexicon.crosswalk or trigger.acled in rules, trigger
        assert 0 < trigger.strength <= 1, trigger
        assert trigger.pos in ("VERB", "NOUN", "ADJ", "ANY"), trigger


def test_every_plover_type_has_triggers_and_a_cameo_root():
    lexicon = load_lexicon()
    assert {t.plover for t in lexicon.triggers.values()} == set(PLOVER_TYPES)
    assert set(lexicon.plover_cameo) == set(PLOVER_TYPES)
    assert all(len(code) == 2 and code.isdigit() for code in lexicon.plover_cameo.values())


def test_matcher_finds_inflected_and_multiword_triggers(pipeline):
    doc = pipeline.nlp("Airstrikes hit the town after a roadside bomb exploded and rebels took "
                       "over Kidal. They cut diplomatic ties.")
    found = {(t.key, doc[s:e].text) for t, s, e in match_triggers(doc)}
    assert {("airstrike|NOUN", "Airstrikes"), ("roadside bomb|NOUN", "roadside bomb"),
            ("take over|VERB", "took over"), ("cut tie|VERB", "cut diplomatic ties")} <= found
    assert ("tie|NOUN", "ties") not in found


def test_index_is_built_once_per_string_store(pipeline):
    strings = pipeline.nlp.vocab.strings
    assert trigger_index(strings) is trigger_index(strings)


def test_verb_object_phrases_match_through_the_parse(pipeline):
    from eventwire.triggers import match_verb_objects, trigger_spans
    doc = pipeline.nlp("The ministry sent 200 riot police troops to the port. Soldiers were sent "
                       "north. The gang set two lorries on fire. Smoke was sent into the sky.")
    found = {(t.key, doc[s].text) for t, s, e in match_verb_objects(doc)}
    assert ("send troops|VERB", "sent") in found
    assert ("send soldier|VERB", "sent") in found
    assert ("set fire|VERB", "set") in found
    assert len([k for k, w in found if k.startswith("send")]) == 2  # not the smoke
    spans = trigger_spans(doc)
    assert all(a.end <= b.start for (_, a), (_, b) in zip(spans, spans[1:]))  # no overlaps
