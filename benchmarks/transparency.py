"""Benchmark: the public transparency page and `tickets verify` on PostgreSQL.

Run: `python benchmarks/transparency.py` (a script, not a test). It fills (or reuses) the
dashboard benchmark's database (BENCH_DATABASE_URL, BENCH_TICKETS; see benchmarks/dashboard.py;
migration 0013 seals the filled tickets, so its time is printed there), then prints:
the figures computed cold (all of the SQL and the suppression), a cached page fetch
(p50 over BENCH_RUNS), and a full `tickets verify` of the store.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.dashboard import RUNS, TICKETS, bench_app, prepare  # noqa: E402


def main() -> None:
    """Fill (or reuse) the database, then time the page, its data and the record check."""
    prepare()
    app = bench_app()
    client = app.test_client()
    cache = app.extensions["sujarit.transparency_cache"]
    cold = []
    for _ in range(5):
        cache.clear()
        started = time.perf_counter()
        assert client.get("/transparency").status_code == 200
        cold.append((time.perf_counter() - started) * 1000)
    warm = []
    for _ in range(RUNS):
        started = time.perf_counter()
        assert client.get("/transparency").status_code == 200
        warm.append((time.perf_counter() - started) * 1000)
    print(f"{TICKETS:,} tickets")
    print(f"/transparency, figures computed (cold): p50 {statistics.median(cold):.0f} ms")
    print(f"/transparency, from the cache:          p50 {statistics.median(warm):.1f} ms")
    started = time.perf_counter()
    result = app.test_cli_runner().invoke(args=["tickets", "verify"])
    print(f"tickets verify: {time.perf_counter() - started:.1f} s; {result.output.strip()}")
    app.extensions["sujarit"].engine.dispose()


if __name__ == "__main__":
    main()
