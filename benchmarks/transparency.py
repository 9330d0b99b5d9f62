"""Benchmark: the public transparency page and `tickets verify` on PostgreSQL.

Run: `python benchmarks/transparency.py` (a script, not a test). It fills (or reuses) the
dashboard benchmark's database (BENCH_DATABASE_URL, BENCH_TICKETS; see benchmarks/dashboard.py;
migration 0013 seals the filled tickets, so its time is printed there), then prints:
the page fetched cold (its cache cleared: the period's stored release read, and the record's
last check), the figures themselves computed as a new release computes them (the counts kept
in `public_counts`, the medians, the suppression and bands; once per TRANSPARENCY_RELEASE
period), with the reads alone beside it, a cached page fetch (p50 over
BENCH_RUNS), and a full `tickets verify` of the store with the load average beside it.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.dashboard import RUNS, TICKETS, bench_app, prepare  # noqa: E402
from handlers.tickets.transparency import report  # noqa: E402
from storage.ticket_figures import public_counts  # noqa: E402

COLD_GOAL_MS = 100
VERIFY_GOAL_S = 10


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
    computed, read = [], []
    services = app.extensions["sujarit"]
    for _ in range(5):
        with services.uow() as uow:
            settings = uow.settings
            started = time.perf_counter()
            public_counts(uow, settings.tz.key, uow.now())
            read.append((time.perf_counter() - started) * 1000)
        with services.uow() as uow:  # a fresh transaction: nothing read above is reused
            started = time.perf_counter()
            report(
                uow,
                settings.tz.key,
                settings.transparency_min_count,
                settings.geography.districts(),
            )
            computed.append((time.perf_counter() - started) * 1000)
    print(f"{TICKETS:,} tickets")
    cold_ms = statistics.median(computed)
    print(
        f"public figures computed (a release):      p50 {cold_ms:.0f} ms "
        f"(goal <= {COLD_GOAL_MS} ms -> {'met' if cold_ms <= COLD_GOAL_MS else 'NOT met'})"
    )
    print(
        f"  of which the counts and medians read:   p50 {statistics.median(read):.0f} ms "
        "(the rest: suppression and bands)"
    )
    print(f"/transparency, cold (the stored release): p50 {statistics.median(cold):.0f} ms")
    print(f"/transparency, from the cache:            p50 {statistics.median(warm):.1f} ms")
    started, cpu = time.perf_counter(), time.process_time()
    result = app.test_cli_runner().invoke(args=["tickets", "verify"])
    took, cpu = time.perf_counter() - started, time.process_time() - cpu
    verdict = "met" if took <= VERIFY_GOAL_S else "NOT met"
    print(
        f"tickets verify: {took:.1f} s ({cpu:.1f} s CPU in this process; goal <= "
        f"{VERIFY_GOAL_S} s -> {verdict}; load average {os.getloadavg()[0]:.1f}); "
        f"{result.output.strip().splitlines()[-1]}"
    )
    app.extensions["sujarit"].engine.dispose()


if __name__ == "__main__":
    main()
