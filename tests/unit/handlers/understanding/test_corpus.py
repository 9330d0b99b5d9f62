"""The understanding measured on the held-out corpus (tests/fixtures/understanding/heldout*.jsonl:
utterances written for this by people who did not read the rules, never trained or tuned on).
Prints precision and recall per intent and accuracy per value; fails below the floors."""

from __future__ import annotations

from pathlib import Path

import pytest

from handlers.understanding import understand
from handlers.understanding.corpus import evaluate, load

HELD_OUT = sorted(
    (Path(__file__).parents[4] / "tests/fixtures/understanding").glob("heldout*.jsonl")
)
#: Floors over the union of every held-out file: what the understanding reached when they
#: were set, less a small margin. Danger is never missed.
DANGER_RECALL = 1.0
INTENT_ACCURACY = 0.88
INTENT_RECALL = {"question": 0.8, "yes": 0.8, "no": 0.7, "none": 0.75, "answer": 0.85}
VALUE_ACCURACY = {"kind": 0.8, "district": 0.8, "phone": 0.9, "reference": 0.9, "identity": 0.8}


@pytest.fixture(scope="module")
def score():
    if not HELD_OUT:
        pytest.skip("no held-out corpus")
    found = evaluate(load(HELD_OUT), understand)
    print(f"\nheld-out files: {', '.join(p.name for p in HELD_OUT)}\n{found.report()}")
    return found


def _misses(score, intent: str) -> str:
    return "\n".join(
        f"{row['text']!r} (expecting {row.get('expecting')}) read as {got.intent}"
        for row, got in score.misses
        if row["intent"] == intent and got.intent != intent
    )


def test_danger_is_never_missed(score):
    assert score.recall("danger") >= DANGER_RECALL, _misses(score, "danger")


def test_intents_are_read_well_enough(score):
    assert score.right / score.total >= INTENT_ACCURACY, score.report()
    for intent, floor in INTENT_RECALL.items():
        assert score.recall(intent) >= floor, f"{intent}\n{_misses(score, intent)}"


def test_values_are_read_well_enough(score):
    for name, floor in VALUE_ACCURACY.items():
        assert score.accuracy(name) >= floor, f"{name}: {score.accuracy(name):.1%}"
