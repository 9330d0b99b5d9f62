"""Benchmark: reading one typed date (`parse_when`), warm, p50 and p99.

Run: `python benchmarks/dates.py` (a script, not a test). Reads the spoken-date table of
the unit tests and a set of texts that are not dates (those take the longest way: every
rule, then the festival names), BENCH_RUNS times each (default 200), after one warm-up
pass that fills the calendar caches. The understanding of a message must stay within
2 ms at p99; a date is one part of it.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from handlers.thai.dates import parse_when  # noqa: E402
from tests.unit.handlers.thai.test_dates_spoken import SPOKEN, TODAY  # noqa: E402

RUNS = int(os.environ.get("BENCH_RUNS", "200"))
NOT_DATES = [
    "นายก อบต. เรียกเงินค่าทำถนน 500 บาท",
    "ไม่รู้จักชื่อเขาค่ะ",
    "ผู้ใหญ่บ้านหมู่ 3",
    "the village headman asked for money",
    "อบต.หนองกง",
]


def _timed(texts: list[str], today: date, clock=time.perf_counter) -> list[float]:
    took = []
    for _ in range(RUNS):
        for text in texts:
            started = clock()
            parse_when(text, today)
            took.append((clock() - started) * 1000)
    return sorted(took)


def main() -> None:
    """Warm the caches, then print p50/p99 for dates and for texts that are not dates."""
    spoken = [row[0] for row in SPOKEN]
    cold_start = time.perf_counter()
    for text in spoken + NOT_DATES:
        parse_when(text, TODAY)
    print(
        f"first pass (calendar caches filled): {(time.perf_counter() - cold_start) * 1000:.0f} ms"
    )
    # Wall time counts the moments a busy machine lends the CPU to others; CPU time does not.
    for clock in (time.perf_counter, time.thread_time):
        for label, texts in (("spoken dates", spoken), ("not dates", NOT_DATES)):
            took = _timed(texts, TODAY, clock)
            p50, p99 = statistics.median(took), took[int(len(took) * 0.99) - 1]
            print(f"{clock.__name__:13} {label} ({len(texts)}): p50 {p50:.3f} ms, p99 {p99:.3f} ms")


if __name__ == "__main__":
    main()
