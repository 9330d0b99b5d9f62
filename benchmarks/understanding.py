"""Benchmark: understanding one message, over every utterance of the corpus.

Run: `python benchmarks/understanding.py [--rounds 5]` (a script, not a test). Trains the
models once (timed apart: the first message of a process pays it), then times
`understand()` on each development and held-out utterance, with and without the classifier,
and prints p50/p99 beside the goal (p99 ≤ 2 ms per message).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from handlers.understanding import warm  # noqa: E402
from handlers.understanding.corpus import diagnosed, examples, load, today_of  # noqa: E402
from handlers.understanding.reader import forget_reading, read  # noqa: E402

GOAL_P99_MS = 2.0


def _times(rows: list[dict], rounds: int, classify: bool) -> list[float]:
    """Milliseconds per message: the fastest of `rounds` readings of each (the machine's
    other work only ever adds to a reading, so the fastest is nearest what a message costs;
    on a shared machine even the median of five carries other processes' time). The memos of
    one reading are forgotten before each, as `understand` forgets them after every message:
    a later round must not find the first one's work remembered."""
    found = []
    for row in rows:
        readings = []
        for _ in range(rounds):
            forget_reading()  # each reading starts cold, as `understand` leaves every message
            start = time.perf_counter()
            read(row["text"], row.get("expecting"), today_of(row), classify=classify)
            readings.append((time.perf_counter() - start) * 1000)
        found.append(min(readings))
    return found


def main() -> None:
    """Time the training, then one message at a time, and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    rounds = parser.parse_args().rounds
    start = time.perf_counter()
    warm()  # every model (intents, romanised Thai, kinds, questions back) and the tables
    print(f"models trained in {time.perf_counter() - start:.2f} s (once per process)")
    held_out = sorted((ROOT / "tests/fixtures/understanding").glob("heldout*.jsonl"))
    rows = examples() + diagnosed() + load(held_out)  # every labelled message the repository has
    for label, classify in (("rules only", False), ("rules + classifier", True)):
        times = sorted(_times(rows, rounds, classify))
        p50 = statistics.median(times)
        p99 = times[int(len(times) * 0.99)]
        verdict = "meets" if p99 <= GOAL_P99_MS else "misses"
        print(
            f"{label:19} {len(rows)} messages (fastest of {rounds} each): "
            f"p50 {p50:.3f} ms, p99 {p99:.3f} ms (goal p99 ≤ {GOAL_P99_MS} ms: {verdict})"
        )


if __name__ == "__main__":
    main()
