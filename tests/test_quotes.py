"""quotes: direct and indirect quotes, speaker (with and without actors), role, channel."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from eventwire.model import Actor, Span
from eventwire.quotes import find_quotes, quote_spans

SIRTE = Path(__file__).resolve().parents[2] / "shared" / "examples" / "sirte.txt"


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


# -- channels, speakers behind roles, participle cues (written for these tests) -----------------

@pytest.mark.parametrize("text, speaker, channel", [
    ("“We heard gunfire all night,” Amina Diallo, a trader, told Sahel Courier.",
     "Amina Diallo", "Sahel Courier"),
    ("“The road is closed,” Idris Kamal, a driver, told Al-Omran television.",
     "Idris Kamal", "Al-Omran"),
    ("“There will be no talks,” Karim Nouri, a spokesman for the council, wrote on X.",
     "Karim Nouri", "X"),
    ("The group said in a statement on its Bayan radio station that it had hit “enemy "
     "positions” overnight.", "The group", "statement (Bayan radio)"),
])
def test_outlets_platforms_and_named_stations(nlp, text, speaker, channel):
    q = next(q for q in quotes(nlp, text) if q.direct)
    assert (q.speaker.name, q.channel) == (speaker, channel)


def test_speaker_named_in_apposition_to_a_role(nlp):
    (q,) = [q for q in quotes(nlp, "The ministry rejected the report. Its spokesman, Colonel Samir "
                                   "Haddad, said in a statement carried by state media that the "
                                   "raid was “lawful and precise”.") if q.direct]
    assert "Samir Haddad" in q.speaker.name and q.speaker_role == "spokesman"
    assert q.channel == "statement (state media)"


def test_participle_cue_speaks_for_the_main_subject(nlp):
    (q,) = [q for q in quotes(nlp, "The army denied that its troops had fled, saying in a "
                                   "statement that they had “regrouped near the river”.") if q.direct]
    assert (q.speaker.name, q.channel) == ("The army", "statement")


def test_anonymous_speaker_and_pronoun_after_it(nlp):
    text = ("The raiders burned the market and took the cattle, a trader who fled to Gao told "
            "Niger Wire.\n\n“They took everything we had,” he said, asking not to be named.")
    first, second = quotes(nlp, text)
    assert (first.direct, first.speaker.name, first.channel) == (False, "a trader", "Niger Wire")
    assert (second.speaker.name, second.speaker.text) == ("a trader", "he")
    assert second.channel == "Niger Wire"  # the same speaker, still talking to the same outlet


def test_one_of_them_an_officer(nlp):
    (q,) = quotes(nlp, "“The first truck took the blast. We found three bodies,” one of them, an "
                       "officer who asked not to be named, told Delta Monitor.")
    assert (q.speaker.name, q.channel) == ("an officer", "Delta Monitor")


def test_quote_inside_reported_clause_takes_the_cue_before(nlp):
    (q,) = [q for q in quotes(nlp, "Interior Minister Musa Bello told reporters that the state "
                                   "would “never bow to terror” and that the search would "
                                   "continue.") if q.direct]
    assert q.speaker.name.endswith("Musa Bello")


def test_headline_quote_with_dash_and_us_subject(nlp):
    (q,) = quotes(nlp, "“The city is ours” - rebel commanders declare victory after a long siege.")
    assert q.speaker.name == "rebel commanders"
    (q,) = quotes(nlp, "The US claimed that about 400 fighters were still in the valley.")
    assert q.speaker is not None and q.speaker.text == "US"


def test_channel_carries_to_the_same_speakers_next_quote(nlp):
    text = ("Amal Saeed, the mayor, said on Telegram that shelling had resumed.\n\n"
            "“They are hitting homes again,” Saeed said.\n\n“Nobody is safe,” said Omar Ali.")
    first, second, third = quotes(nlp, text)
    assert (second.speaker.name, second.channel) == ("Amal Saeed", "Telegram")
    assert third.channel is None


def test_sirte_pipeline(sirte):
    by_text = {q.text: q for q in sirte.quotes}
    control = by_text["Our forces have total control of Sirte"]
    assert (control.speaker.name, control.speaker_role, control.channel) == \
        ("Reda Issa", "spokesman for pro-government forces", "AFP")
    dpa = next(q for q in sirte.quotes if "Jiza al-Bahrieh" in q.text)
    assert (dpa.speaker.name, dpa.channel) == ("Reda Issa", "DPA")
    assert any(q.direct and q.channel == "statement (Facebook)" for q in sirte.quotes)


@pytest.mark.parametrize("text, speaker, words", [
    ('Belgrade called the closures "ethnic cleansing by administrative means".', "Belgrade",
     "ethnic cleansing by administrative means"),
    ('A spokesman dismissed the separatists\' account as "pure propaganda".', "A spokesman",
     "pure propaganda"),
    ('The ministry described the raid as "a provocation".', "The ministry", "a provocation"),
])
def test_a_quoted_name_for_something_is_the_namers_words(nlp, text, speaker, words):
    (q,) = quotes(nlp, text)
    assert q.text == words and q.speaker is not None and q.speaker.text == speaker


def test_a_speech_verb_describing_the_speaker_is_not_the_cue(nlp):
    found = quotes(nlp, '"Nobody had a gun," Aigerim Nurlanova, a 27-year-old accountant who said '
                        'she had been in the square, told Steppe Wire.')
    q = next(q for q in found if q.direct)
    assert q.speaker.name == "Aigerim Nurlanova" and q.channel == "Steppe Wire"


def test_a_speech_verb_the_parse_joins_to_a_passive_clause_keeps_the_first_subject(nlp):
    (q,) = quotes(nlp, 'The ministry denied that any detainee had been mistreated and said officers '
                       'had acted "strictly within the law".')
    assert q.speaker is not None and q.speaker.text == "The ministry"


def test_a_relative_pronoun_speaks_for_the_noun_it_describes(nlp):
    doc = nlp("The mayor, who said an inquiry had been opened, visited the market on Monday.")
    assert [q.speaker.name for q in find_quotes(doc)] == ["The mayor"]


def test_a_hyphen_inside_a_word_does_not_cut_the_speaker(nlp):
    doc = nlp("Fourteen people were killed, according to the AA-run township administration.")
    assert [q.speaker.name for q in find_quotes(doc)] == ["the AA-run township administration"]
    doc = nlp("BEIRUT (AP) - A police spokesman said two men were arrested.")
    assert [q.speaker.name for q in find_quotes(doc)] == ["A police spokesman"]


def test_words_the_parser_hangs_on_the_speaker_after_the_verb_are_not_its_name(nlp):
    doc = nlp("A teacher from the town told Horn Ledger that 11 people had been killed, most of "
              "them women and children who had been sheltering in the mosque.")
    assert [q.speaker.name for q in find_quotes(doc)] == ["A teacher from the town"]


@pytest.mark.parametrize("text, channel", [
    ("A monk from the village told Bay of Bengal Monitor that 23 people had been killed.",
     "Bay of Bengal Monitor"),
    ("The mayor told the Voice of America that talks had begun.", "Voice of America"),
])
def test_an_outlet_named_x_of_y_is_read_whole(nlp, text, channel):
    assert [q.channel for q in find_quotes(nlp(text))] == [channel]
