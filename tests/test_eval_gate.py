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
        "plover": SHARED / "data" / "plover_gsr.jsonl",
        "toponyms": SHARED / "data" / "gwn.jsonl"}


@pytest.fixture(scope="module")
def results(pipeline):
    return {kind: evaluate_file(path, pipeline) for kind, path in GOLD.items()}


@pytest.mark.parametrize("kind", list(GOLD))
def test_quality_stays_above_its_floors(results, kind):
    result = results[kind]
    assert result.kind == ("articles" if kind.startswith(("incidents", "heldout")) else kind)
    low = {m: (result.metrics[m], floor) for m, floor in FLOORS[kind].items()
           if result.metrics[m] is None or result.metrics[m] < floor}
    assert not low, f"{kind} below its floors (got, floor): {low}"
    high = {m: (result.metrics[m], ceiling) for m, ceiling in FLOORS["ceilings"].get(kind, {}).items()
            if result.metrics[m] > ceiling}
    assert not high, f"{kind} above its ceilings (got, ceiling): {high}"
