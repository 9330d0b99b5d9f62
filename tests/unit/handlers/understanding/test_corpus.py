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
#: were set (heldout_core 235 + heldout_villagers 541 utterances: intent accuracy 95.5 %,
#: danger recall 98.0 %), less a small margin. Danger recall is meant to be 100 %: the two
#: threats still missed are not looked at here (that would tune to the held-out part); new
#: examples of the kinds of threat they are go into handlers/understanding/examples.
#: Round 3 added 72 threats written by a tester who had not read the code (heldout_round3_*):
#: over all 202 held-out threats recall is 96.5 % (195), one of them a classifier vote 0.007
#: under its margin; the floor follows the larger, harder set instead of the margin being
#: moved to reach it. A word-level danger model beside the intent model (understand branch,
#: round 3 session 3) reaches 199 of the 202; the floor is left for the files still to come.
DANGER_RECALL = 0.96
INTENT_ACCURACY = 0.93
INTENT_RECALL = {
    "answer": 0.93,
    "question": 0.92,
    "already_said": 0.95,
    "change_mind": 0.8,
    "edit": 0.85,
    "withdraw": 0.78,
    "cancel": 0.7,
    "start": 0.9,
    "track": 0.85,
    "help": 0.9,
    "greeting": 0.85,
    "thanks": 0.9,
    "yes": 0.95,
    "no": 0.8,
    "none": 0.93,
    "done": 0.9,
}
VALUE_ACCURACY = {
    "agency": 0.95,
    "date": 0.95,
    "district": 0.9,
    "subdistrict": 0.9,
    "phone": 0.95,
    "reference": 0.95,
    # The kind and the question asked back are read by models of words and characters
    # (issue 18's understand18): 93.0 % and 89.5 % on the three files when set (were 75.4 %
    # and 77.9 % by keywords); per-label figures: benchmarks/understanding_values.py.
    "kind": 0.87,
    "official": 0.85,
    "identity": 0.8,
    "reported": 0.78,
    "faq": 0.85,
    "field": 0.75,
}


#: What the held-out text shows the understanding does not yet reach; each test named here is
#: marked xfail(strict=False) (and XPASSes the day it is reached). The floors stay as set.
NOT_YET: dict[str, str] = {}


def _not_yet(test):
    """The test as written, marked as not yet reached when NOT_YET names it."""
    if test.__name__ not in NOT_YET:
        return test
    return pytest.mark.xfail(strict=False, reason=NOT_YET[test.__name__])(test)


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


@_not_yet
def test_danger_is_never_missed(score):
    assert score.recall("danger") >= DANGER_RECALL, _misses(score, "danger")


@pytest.mark.xfail(
    strict=True,
    reason="issue 18 asks for 100 % danger recall on held-out text; 128 of 130 reached (98.5 %)",
)
def test_every_held_out_threat_is_caught(score):
    assert score.recall("danger") == 1.0, _misses(score, "danger")


@_not_yet
def test_intents_are_read_well_enough(score):
    assert score.right / score.total >= INTENT_ACCURACY, score.report()
    for intent, floor in INTENT_RECALL.items():
        assert score.recall(intent) >= floor, f"{intent}\n{_misses(score, intent)}"


@_not_yet
def test_values_are_read_well_enough(score):
    for name, floor in VALUE_ACCURACY.items():
        assert score.accuracy(name) >= floor, f"{name}: {score.accuracy(name):.1%}"
