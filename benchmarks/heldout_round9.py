"""Scores of one held-out round, half by half, in counts only (issue 16, "a villager understood").

Run: `python benchmarks/heldout_round9.py [--round 9] [--categories]` (a script, not a test).
For each half (diag, sealed) prints intents right/total, threats caught/total, false alarms
(a text that is not a threat read as danger) and, per value, right/total. `--categories` adds,
for the diag half only, how its misses group as (step asked, meant, read as) with a count:
the sealed half is never described beyond its counts, so nobody fits a fix to it.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from handlers.understanding import understand  # noqa: E402
from handlers.understanding.corpus import DIAGNOSED, evaluate, load  # noqa: E402

FIXTURES = ROOT / "tests/fixtures/understanding"


def half_counts(path: Path) -> tuple[list[str], Counter]:
    """The lines of counts for one half, and its misses grouped by (step, meant, read as)."""
    score = evaluate(load([path]), understand)
    threats = score.intents["danger", "tp"] + score.intents["danger", "fn"]
    alarms = sum(
        1 for row, got in score.misses if got.intent == "danger" and row["intent"] != "danger"
    )
    lines = [
        f"  intents right {score.right}/{score.total}",
        f"  threats caught {score.intents['danger', 'tp']}/{threats}",
        f"  false alarms (not a threat, read as danger) {alarms}",
    ]
    for name in score.value_names():
        lines.append(f"  value {name:12} {score.values[name, 'ok']}/{score.values[name, 'all']}")
    categories: Counter = Counter()
    for row, got in score.misses:
        if got.intent != row["intent"]:
            categories[row.get("expecting"), row["intent"], got.intent] += 1
        else:
            wrong = [
                name
                for name, want in (row.get("values") or {}).items()
                if got.value(name) != want and not _same_date(name, want, got.value(name))
            ]
            for name in wrong:
                categories[row.get("expecting"), f"value {name}", "other value"] += 1
    return lines, categories


def _same_date(name: str, want: object, got: object) -> bool:
    return (
        name == "date"
        and isinstance(got, dict)
        and isinstance(want, dict)
        and all(got.get(k) == v for k, v in want.items())
    )


def main() -> None:
    """Print the counts of both halves of the round (and the diag half's categories)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--round", type=int, default=9)
    parser.add_argument("--categories", action="store_true")
    args = parser.parse_args()
    for half in ("diag", "sealed"):
        name = f"heldout_round{args.round}_{half}.jsonl"
        # a diag half once diagnosed lives with the rows the danger model learns from
        path = FIXTURES / name if (FIXTURES / name).exists() else DIAGNOSED / name
        lines, categories = half_counts(path)
        print(f"round {args.round} {half} ({path.name}):")
        print("\n".join(lines))
        if half == "diag" and args.categories:
            print("  diag misses by (step, meant, read as):")
            for (step, meant, read), n in categories.most_common():
                print(f"    {n:3}  {step} | {meant} | {read}")


if __name__ == "__main__":
    main()
