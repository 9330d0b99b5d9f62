"""Benchmark: the public transparency page and `tickets verify` on PostgreSQL.

Run: `python benchmarks/transparency.py` (a script, not a test). It fills (or reuses) the
dashboard benchmark's database (BENCH_DATABASE_URL, BENCH_TICKETS; see benchmarks/dashboard.py;
migration 0013 seals the filled tickets, so its time is printed there), then prints:
the page fetched cold (its cache cleared: the period's stored release read, and the record's
last check), the figures themselves computed as a new release computes them (the counts kept
in `public_counts`, the medians, the suppression and bands; once per TRANSPARENCY_RELEASE
period), with the reads alone beside it, the two medians read live from the tickets (as
before 0032) and from the durations kept in `public_durations` (now), alternating, migration
0032's one statement refilling that table (rolled back), a cached page fetch (p50 over
BENCH_RUNS), and a full `tickets verify` of the store, each with the load average beside it.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text  # noqa: E402

from benchmarks.dashboard import RUNS, TICKETS, bench_app, prepare  # noqa: E402
from handlers.tickets.transparency import report  # noqa: E402
from storage import public_tally, ticket_figures  # noqa: E402
from storage.models import Ticket  # noqa: E402
from storage.ticket_figures import _kept_medians, _medians, public_counts  # noqa: E402

COLD_GOAL_MS = 100
VERIFY_GOAL_S = 10


def _live_medians(uow, _kept):
    """The medians as a release read them before 0032: from the tickets."""
    return _medians(uow, Ticket.taken_at, Ticket.decided_at)


def _backend_cpu_ms(uow) -> float | None:
    """CPU ms the database's process for this connection has used so far (a local
    PostgreSQL's /proc; parallel workers not counted), None where it cannot be read."""
    pid = uow.session.execute(text("SELECT pg_backend_pid()")).scalar()
    try:
        return int(Path(f"/proc/{pid}/schedstat").read_text().split()[0]) / 1e6
    except OSError:
        return None


def _verify(app) -> None:
    """A whole `tickets verify`, timed, with the load average beside it."""
    started, cpu = time.perf_counter(), time.process_time()
    result = app.test_cli_runner().invoke(args=["tickets", "verify"])
    took, cpu = time.perf_counter() - started, time.process_time() - cpu
    verdict = "met" if took <= VERIFY_GOAL_S else "NOT met"
    print(
        f"tickets verify: {took:.1f} s ({cpu:.1f} s CPU in this process; goal <= "
        f"{VERIFY_GOAL_S} s -> {verdict}; load average {os.getloadavg()[0]:.1f}); "
        f"{result.output.strip().splitlines()[-1]}"
    )


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
    computed, read, before, cpu = [], [], [], []
    services = app.extensions["sujarit"]
    for _ in range(5):
        with services.uow() as uow:
            settings = uow.settings
            started = time.perf_counter()
            public_counts(uow, settings.tz.key, uow.now())
            read.append((time.perf_counter() - started) * 1000)
        for took, medians in ((computed, None), (before, _live_medians)):
            with services.uow() as uow:  # a fresh transaction: nothing read above is reused
                kept = ticket_figures._kept_medians
                ticket_figures._kept_medians = medians or kept
                backend = _backend_cpu_ms(uow)
                started, cpu_started = time.perf_counter(), time.process_time()
                report(
                    uow,
                    settings.tz.key,
                    settings.transparency_min_count,
                    settings.geography.districts(),
                )
                took.append((time.perf_counter() - started) * 1000)
                if took is computed and backend is not None:
                    mine = (time.process_time() - cpu_started) * 1000
                    cpu.append((mine, _backend_cpu_ms(uow) - backend))
                ticket_figures._kept_medians = kept
    live_ms, kept_ms, filed_ms, refill_ms = [], [], [], []
    load_before = os.getloadavg()[0]
    for _ in range(5):  # before (live) and now (kept), alternating
        with services.uow() as uow:
            started = time.perf_counter()
            live = _medians(uow, Ticket.taken_at, Ticket.decided_at)
            live_ms.append((time.perf_counter() - started) * 1000)
        with services.uow() as uow:
            started = time.perf_counter()
            _, taken, decided = public_tally.filed(uow.session)
            counted = time.perf_counter()
            kept = _kept_medians(uow, public_tally.durations(uow.session, taken, decided))
            kept_ms.append((time.perf_counter() - counted) * 1000)
            filed_ms.append((counted - started) * 1000)
        assert kept == live, (kept, live)
    for _ in range(3):
        with services.uow() as uow:
            started = time.perf_counter()
            public_tally.refill_durations(uow.session)
            refill_ms.append((time.perf_counter() - started) * 1000)
            uow.rollback()
    print(f"{TICKETS:,} tickets")
    print(
        f"the two medians, read live (before 0032): {'/'.join(f'{t:.0f}' for t in live_ms)} ms; "
        f"from public_durations (now): {'/'.join(f'{t:.1f}' for t in kept_ms)} ms "
        f"(alternating; load average {load_before:.1f} -> {os.getloadavg()[0]:.1f}); {kept}"
    )
    print(
        "  beside them, the tickets filed, taken and decided counted (what the kept tables "
        f"must add up to): {'/'.join(f'{t:.0f}' for t in filed_ms)} ms"
    )
    print(f"migration 0032's fill (one statement): {'/'.join(f'{t:.0f}' for t in refill_ms)} ms")
    cold_ms = statistics.median(computed)
    print(
        f"public figures computed (a release):      p50 {cold_ms:.0f} ms "
        f"(goal <= {COLD_GOAL_MS} ms -> {'met' if cold_ms <= COLD_GOAL_MS else 'NOT met'}); "
        f"{'/'.join(f'{t:.0f}' for t in computed)} ms"
    )
    if cpu:  # what a release costs, whatever else the machine is doing
        mine, backend = (statistics.median(c[i] for c in cpu) for i in (0, 1))
        print(
            f"  its CPU: p50 {mine:.0f} ms in this process + {backend:.0f} ms in the "
            f"database's (parallel workers not counted) = {mine + backend:.0f} ms"
        )
    print(
        "  the same with the medians read live (before 0032, alternating): "
        f"{'/'.join(f'{t:.0f}' for t in before)} ms"
    )
    print(
        f"  of which the counts and medians read:   p50 {statistics.median(read):.0f} ms "
        "(the rest: suppression and bands)"
    )
    print(f"  load average: {os.getloadavg()[0]:.1f}")
    print(f"/transparency, cold (the stored release): p50 {statistics.median(cold):.0f} ms")
    print(f"/transparency, from the cache:            p50 {statistics.median(warm):.1f} ms")
    if os.environ.get("BENCH_VERIFY", "1") != "0":  # BENCH_VERIFY=0: the figures alone
        _verify(app)
    app.extensions["sujarit"].engine.dispose()


if __name__ == "__main__":
    main()
