"""Benchmark: the one text clean-up (`handlers.thai.normalise.clean`), per call.

Run: `python benchmarks/clean.py` (a script, not a test). Cleans a mix of typical messages
(Thai, English, mixed, a long story) BENCH_RUNS times (default 5000 passes) and prints the
mean and p99 per call in microseconds. `clean` runs on every message, several times, so it
must stay a few microseconds. Timed without its memo (the latest results it remembers), so
every call does the work a new message costs.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from handlers.thai.normalise import clean as remembered  # noqa: E402

clean = remembered.__wrapped__

RUNS = int(os.environ.get("BENCH_RUNS", "5000"))
TEXTS = [
    "นายก อบต.บ้านเป้า เรียกเงินค่าทำถนน ๕๐๐ บาทค่ะ",
    "ไม่ทราบครับ",
    "the village headman asked for 500 baht",
    "อบต.Ban Pao",
    "ครูใหญ่โรงเรียนบ้านกรวดเรียกเงินค่าแป๊ะเจี๊ยะห้าพันบาท " * 6,
    "081-234-5678",
]


def main() -> None:
    """Print the mean and p99 of one `clean` call over the sample messages."""
    took = []
    for _ in range(RUNS):
        for text in TEXTS:
            started = time.perf_counter()
            clean(text)
            took.append((time.perf_counter() - started) * 1e6)
    took.sort()
    print(
        f"clean: {len(took)} calls, mean {statistics.fmean(took):.2f} µs, "
        f"p50 {took[len(took) // 2]:.2f} µs, p99 {took[int(len(took) * 0.99)]:.2f} µs"
    )


if __name__ == "__main__":
    main()
