"""The eval gate: quality on the gold sets may not drop below the pinned floors
(tests/eval_floors.json), as in trafilatura's CI. Raise the floors when the work improves."""
import json
from pathlib import Path

import pytest

from conftest import EXAMPLES, SHARED
from eventwire.evaluate import evaluate_file

FLOORS = json.loads((Path(__file__).parent / "eval_floors.json").read_text())
GOLD = {"articles": EXAMPLES / "gold.jsonl",
        "incidents": EXAMPLES / "gold_incidents.jsonl",
        "heldout": EXAMPLES / "gold_heldout.jsonl",
        "heldout2": EXAMPLES / "gold_heldout2.jsonl",
        "heldout3": EXAMPLES / "gold_heldout3.jsonl",
        "heldout4": EXAMPLES / "gold_heldout4.jsonl",
        "heldout5": EXAMPLES / "gold_heldout5.jsonl",
        "heldout6": EXAMPLES / "gold_heldout6.jsonl",
        "heldout7": EXAMPLES / "gold_heldout7.jsonl",
        "heldout8": EXAMPLES / "gold_heldout8.jsonl",
        "heldout9": EXAMPLES / "gold_heldout9.jsonl",
        "heldout10": EXAMPLES / "gold_heldout10.jsonl",
        "heldout11": EXAMPLES / "gold_heldout11.jsonl",
        "heldout12": EXAMPLES / "gold_heldout12.jsonl",
        "heldout13": EXAMPLES / "gold_heldout13.jsonl",
        "heldout14": EXAMPLES / "gold_heldout14.jsonl",
        "heldout15": EXAMPLES / "gold_heldout15.jsonl",
        "heldout16": EXAMPLES / "gold_heldout16.jsonl",
        "plover": SHARED / "data" / "plover_gsr.jsonl",
        "toponyms": SHARED / "data" / "gwn.jsonl"}


@pytest.fixture(scope="module")
def results(pipeline):
    return {kind: evaluate_file(path, pipeline) for kind, path in GOLD.items()}


# An accuracy measured on the events found may fall when more events are found (the new ones are
# the harder ones), while no event found before got worse. It may then sit below its floor only
# if the set's event recall rose above its floor and the same hits counted over every gold event
# (its recall) stay at or above theirs.
ON_EVENTS_FOUND = {"acled_sub_event_accuracy": "acled_sub_event_recall",
                   "event_date_accuracy": "event_date_recall",
                   "fatalities_low_accuracy": "fatalities_low_recall",
                   "actor1_accuracy": "actor1_recall",
                   "actor2_accuracy": "actor2_recall"}


def _excused(metrics: dict, floors: dict, metric: str) -> bool:
    hits = ON_EVENTS_FOUND.get(metric)
    return hits is not None and hits in floors and metrics[hits] >= floors[hits] \
        and metrics["event_recall"] > floors["event_recall"]


@pytest.mark.parametrize("kind", list(GOLD))
def test_quality_stays_above_its_floors(results, kind):
    result = results[kind]
    assert result.kind == ("articles" if kind.startswith(("incidents", "heldout")) else kind)
    floors = FLOORS[kind]
    low = {m: (result.metrics[m], floor) for m, floor in floors.items()
           if result.metrics[m] is None or result.metrics[m] < floor
           and not _excused(result.metrics, floors, m)}
    assert not low, f"{kind} below its floors (got, floor): {low}"
    high = {m: (result.metrics[m], ceiling) for m, ceiling in FLOORS["ceilings"].get(kind, {}).items()
            if result.metrics[m] > ceiling}
    assert not high, f"{kind} above its ceilings (got, ceiling): {high}"


def test_an_accuracy_on_events_found_is_excused_only_by_more_events_and_no_fewer_hits():
    floors = {"event_recall": 0.5, "actor2_accuracy": 0.5, "actor2_recall": 0.3}
    more_found = {"event_recall": 0.6, "actor2_accuracy": 0.45, "actor2_recall": 0.3}
    assert _excused(more_found, floors, "actor2_accuracy")
    assert not _excused({**more_found, "actor2_recall": 0.29}, floors, "actor2_accuracy")
    assert not _excused({**more_found, "event_recall": 0.5}, floors, "actor2_accuracy")
    assert not _excused(more_found, floors, "event_recall")
