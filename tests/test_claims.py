"""claims: competing counts grouped into one claim; denials as single-value disputed claims."""
from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings, strategies as st

from eventwire.claims import find_claims
from eventwire.model import ActorRef, Quantity, Quote
from eventwire.quantities import find_quantities

SIRTE = Path(__file__).resolve().parents[2] / "shared" / "examples" / "sirte.txt"


def claims(nlp, text, quotes=()):
    doc = nlp(text)
    found = find_claims(doc, find_quantities(doc), quotes)
    for c in found:
        for v in c.values:
            assert 0 <= v.start <= v.end <= len(text)
    return found


def test_sirte_competing_fighter_counts(nlp):
    body = SIRTE.read_text(encoding="utf-8").split("\n", 2)[2]
    (claim,) = claims(nlp, body)
    assert claim.subject == "Isis fighters"
    assert [(v.value, v.claimed_by) for v in claim.values] == \
        [(6000, "US"), (3000, "subsequent analysis")]
    assert claim.disputed
    assert claim.to_dict()["values"][0]["value"] == 6000


def test_contrast_cue_and_different_claimants(nlp):
    (claim,) = claims(nlp, "Police said 12 people were killed, while hospital officials put "
                           "the toll at 30.")
    assert [v.value for v in claim.values] == [12, 30]
    assert [v.claimed_by for v in claim.values] == ["Police", "hospital officials"]
    assert claim.disputed


def test_close_values_are_not_disputed(nlp):
    (claim,) = claims(nlp, "The ministry said 40 people died. Residents said 41 people died.")
    assert not claim.disputed and len(claim.values) == 2


def test_unrelated_counts_are_not_claims(nlp):
    assert claims(nlp, "Twelve people were killed in Aleppo. In Homs, 30 soldiers were "
                       "wounded.") == []
    assert claims(nlp, "Police said 12 people were killed.\n\nOn Tuesday, police said 30 "
                       "people were killed in another town.") == []


def test_quote_speaker_claims_the_count_inside_it(nlp):
    text = "“Twenty men were killed.” Officials say 5 men were killed."
    doc = nlp(text)
    counts = [Quantity("killed", 20, 20, "Twenty men", 1, 11, of="men"),
              Quantity("killed", 5, 5, "5 men", 40, 45, of="men", claimed_by="Officials")]
    quote = Quote(text="Twenty men were killed.", start=1, end=24, direct=True,
                  speaker=ActorRef(name="the commander"))
    (claim,) = find_claims(doc, counts, [quote])
    assert [v.claimed_by for v in claim.values] == ["the commander", "Officials"]
    assert claim.subject == "men killed" and claim.disputed


def test_denials(nlp):
    first, second = claims(nlp, "The army denied targeting civilians. Rebels denied "
                                "responsibility for the attack.")
    assert first.subject == "targeting civilians" and first.disputed
    (value,) = first.values
    assert value.value == "denied: targeting civilians" and value.claimed_by == "army"
    assert "targeting civilians" in "The army denied targeting civilians."[value.start:value.end]
    assert second.subject == "responsibility for the attack"
    assert second.values[0].claimed_by == "Rebels"
    (rejected,) = claims(nlp, "Officials rejected the accusations of torture.")
    assert rejected.subject == "accusations of torture"
    assert claims(nlp, "Officials rejected the proposal.") == []


@settings(max_examples=40, deadline=None)
@example("a said a8 denied")  # a misparse once put the denied "object" before the verb
@given(st.lists(st.sampled_from(list("ab 0123456789,.\n") + [
    " said ", " but ", " killed ", " people ", " denied ", " the army ", " closer to ",
    " about "]), max_size=40).map("".join))
def test_never_raises(nlp, text):
    claims(nlp, text)


def test_rival_source_at_the_start_of_the_next_paragraph(nlp):
    (claim,) = claims(nlp, "Troops opened fire on the march, killing at least five people, a "
                           "medical group said.\n\nPolice said only two protesters had died.")
    assert [v.value for v in claim.values] == [5, 2] and claim.disputed
    assert claims(nlp, "Troops killed five people, a medical group said.\n\nThe march resumed "
                       "on Friday. Police said two protesters had died in another town.") == []


def test_generic_nouns_compete_with_any_count(nlp):
    (claim,) = claims(nlp, "Police said six people were killed in the raid, but villagers said "
                           "at least 11 dead had been buried.")
    assert [v.value for v in claim.values] == [6, 11] and claim.disputed


def test_first_person_count_in_a_quote_is_the_speakers(nlp):
    text = ("Police said six people were killed. “We counted 11 bodies,” a farmer told Delta "
            "Monitor.")
    doc = nlp(text)
    found = find_quantities(doc)
    assert [q.claimed_by for q in found] == ["Police", "We"]
    start = text.index("We")
    quote = Quote(text="We counted 11 bodies", start=start, end=start + 20, direct=True,
                  speaker=ActorRef(name="a farmer"))
    (claim,) = find_claims(doc, found, [quote])
    assert [v.claimed_by for v in claim.values] == ["Police", "a farmer"]


def test_sirte_pipeline_claim(sirte):
    (claim,) = [c for c in sirte.claims if c.values and isinstance(c.values[0].value, float)]
    assert [v.value for v in claim.values] == [6000, 3000] and claim.disputed
