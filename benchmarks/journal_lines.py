"""Benchmark: a request's read of the record journal's own lines (storage/journal_lines.py).

Run: `python benchmarks/journal_lines.py` (a script, not a test). Writes a year of day files
(BENCH_DAYS, default 365, of BENCH_LINES lines each, default 300: ticket entries, member
versions, agency marks) into a temporary folder, reads it once cold (a new process), then
BENCH_RUNS times warm (default 200) with a line appended to today's file before each read,
as a busy day does. Prints the cold time and the warm p50 and p99 in milliseconds.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from storage import journal_lines  # noqa: E402

DAYS = int(os.environ.get("BENCH_DAYS", "365"))
LINES = int(os.environ.get("BENCH_LINES", "300"))
RUNS = int(os.environ.get("BENCH_RUNS", "200"))


def _day(day: int) -> str:
    rows = []
    for i in range(LINES // 3):
        rows.append(f"BR-{day}-{i} {'a' * 64}\n")
        rows.append(f"member:{i % 50} {day + 1}\n")
        rows.append(f"agency:{i % 200} {'b' * 64}\n")
    return "".join(rows)


def main() -> None:
    """Print the cold read and the warm reads' p50 and p99."""
    folder = Path(tempfile.mkdtemp(prefix="journal-bench-"))
    first = datetime.now(UTC).date() - timedelta(days=DAYS - 1)
    names = [f"journal-{first + timedelta(days=day)}.log" for day in range(DAYS)]
    for day, name in enumerate(names):
        (folder / name).write_text(_day(day), encoding="utf-8")
    today = folder / names[-1]
    started = time.perf_counter()
    journal_lines.read(folder)
    cold = (time.perf_counter() - started) * 1000
    took = []
    for run in range(RUNS):
        with today.open("a", encoding="utf-8") as journal:
            journal.write(f"member:{run % 50} {DAYS + run}\n")
        started = time.perf_counter()
        journal_lines.read(folder)
        took.append((time.perf_counter() - started) * 1000)
    took.sort()
    p99 = took[min(len(took) - 1, int(len(took) * 0.99))]
    print(f"{DAYS} day files of {LINES} lines: cold {cold:.1f} ms", end="; ")
    print(f"warm p50 {statistics.median(took):.2f} ms, p99 {p99:.2f} ms")


if __name__ == "__main__":
    main()
