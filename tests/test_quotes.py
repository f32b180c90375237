"""quotes: direct and indirect quotes, speaker (with and without actors), role, channel."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from eventwire.model import Actor, Span
from eventwire.quotes import find_quotes, quote_spans

SIRTE = Path(__file__).resolve().parents[2] / "shared" / "examples" / "sirte.txt"


@pytest.fixture(scope="module")
def nlp():
    from eventwire.nlp import load_nlp
    return load_nlp()


def quotes(nlp, text, actors=()):
    doc = nlp(text)
    found = find_quotes(doc, actors)
    for q in found:
        assert doc.text[q.start:q.end] == q.text
    return found


@pytest.mark.parametrize("text, inside", [
    ("He said “we will stay” and left.", ["we will stay"]),
    ('He said "we will stay" and left.', ["we will stay"]),
    ("He said ‘we will stay’ and left, the forces’ men too.", ["we will stay"]),
    ("Il a dit «nous restons» hier.", ["nous restons"]),
    ("“Mismatched marks close too\" he said.", ["Mismatched marks close too"]),
    ("“We are winning,” he said.", ["We are winning"]),
    ("“First part.\n\n“Second part,” he said.", ["First part.", "Second part"]),
])
def test_quote_marks(text, inside):
    assert [text[s:e] for s, e in quote_spans(text)] == inside


def test_cue_after_and_before(nlp):
    (q,) = quotes(nlp, "“We will never surrender,” Ahmed Ali, the rebel commander, said.")
    assert (q.text, q.direct, q.speaker.name, q.speaker_role) == \
        ("We will never surrender", True, "Ahmed Ali", "rebel commander")
    (q,) = quotes(nlp, 'Ahmed Ali said: "We will not leave." The army denied it.')
    assert q.speaker.name == "Ahmed Ali" and q.text == "We will not leave."


def test_quote_without_cue_takes_previous_speaker(nlp):
    first, second = quotes(nlp, "“We will win,” Ahmed Ali told Reuters. “Nobody can stop us.”")
    assert second.speaker.name == "Ahmed Ali" and second.channel == "Reuters"
    assert first.channel == "Reuters"


def test_later_mentions_resolve_to_full_name_and_role(nlp):
    text = ("“We will win,” Ahmed Ali, a spokesman for the rebels, told AFP. "
            "The army had retreated from the town, Ali added. "
            "He said the fighters are “ready to die” for the cause.")
    found = quotes(nlp, text)
    assert all(q.speaker.name == "Ahmed Ali" for q in found), found
    assert all(q.speaker_role == "spokesman for the rebels" for q in found)
    indirect = [q for q in found if not q.direct]
    assert indirect and indirect[0].text == "The army had retreated from the town"


def test_anonymous_speaker_keeps_description_and_channels(nlp):
    (q,) = quotes(nlp, "“We are winning,” one protester told the BBC by telephone.")
    assert (q.speaker.name, q.channel) == ("one protester", "BBC")
    (q,) = quotes(nlp, "A military source said in a statement on its radio station that 12 "
                       "soldiers had died.")
    assert (q.direct, q.speaker.name, q.channel) == (False, "A military source", "statement (radio)")
    assert q.text == "12 soldiers had died"
    (q,) = quotes(nlp, "The group said in a statement that it carried out the attack.")
    assert q.channel == "statement" and q.speaker.name == "The group"
    (q,) = quotes(nlp, "“We will fight on,” the commander told reporters.")
    assert q.channel is None


def test_according_to(nlp):
    (q,) = quotes(nlp, "According to the health ministry, 25 people were killed in the strike.")
    assert (q.direct, q.speaker.name) == (False, "health ministry")
    assert q.text == "25 people were killed in the strike."


def test_scare_quotes_are_not_quotes(nlp):
    assert quotes(nlp, "Officials described the so-called “liberation” as a farce.") == []


def test_sirte_without_actors(nlp):
    body = SIRTE.read_text(encoding="utf-8").split("\n", 2)[2]
    found = quotes(nlp, body)
    by_text = {q.text: q for q in found}
    standfirst = found[0]
    assert standfirst.direct and standfirst.speaker.name == "Libyan unity government"
    control = by_text["Our forces have total control of Sirte"]
    assert (control.speaker.name, control.speaker_role, control.channel) == \
        ("Reda Issa", "spokesman for pro-government forces", "AFP")
    assert by_text["Our forces saw Daesh totally collapse"].speaker.name == "Reda Issa"
    dpa = next(q for q in found if q.text.startswith("The government forces seized"))
    assert (dpa.direct, dpa.speaker.name, dpa.speaker.text, dpa.channel) == \
        (False, "Reda Issa", "Issa", "DPA")
    facebook = [q for q in found if q.direct and q.channel == "statement (Facebook)"]
    assert len(facebook) == 1 and facebook[0].speaker.name == "loyalist forces"
    assert facebook[0].text.startswith("Daesh has totally collapsed")


def test_sirte_with_actors(nlp):
    body = SIRTE.read_text(encoding="utf-8").split("\n", 2)[2]
    spans = [Span.of(body, i, i + len("Issa")) for i in _all(body, "Issa")]
    reda = Actor(id="a1", name="Reda Issa", type="person", country="LBY",
                 mentions=tuple(spans), role="spokesman for pro-government forces")
    found = quotes(nlp, body, [reda])
    dpa = next(q for q in found if q.text.startswith("The government forces seized"))
    assert dpa.speaker.actor_id == "a1" and dpa.speaker.text == "Issa"
    assert dpa.speaker_role == "spokesman for pro-government forces"


def _all(text, word):
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + 1)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(list("ab .,:\n“”\"‘’«»'") + [
    " said ", " told AFP ", " he ", " Ali ", " according to ", " a statement ", " that "]),
    max_size=40).map("".join))
def test_never_raises_and_offsets_match(nlp, text):
    quotes(nlp, text)
