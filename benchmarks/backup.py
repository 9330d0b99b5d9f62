"""Benchmark: `backup create` and `backup restore` of the whole store on PostgreSQL.

Run: `python benchmarks/backup.py` (a script, not a test). It fills (or reuses) the dashboard
benchmark's database (BENCH_DATABASE_URL, BENCH_TICKETS; see benchmarks/dashboard.py, which
prints each migration's time over the tickets as it builds it), writes an archive with
`backup create`, restores it with `backup restore` into a new empty database beside it
(`<name>_restore`), and prints both times beside the goal (published, no goal set: 20,000
tickets took 2.3 s / 3.1 s).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import databases  # noqa: E402
from benchmarks.dashboard import TICKETS, URL, bench_app, prepare  # noqa: E402


def _timed(app, args: list[str]) -> float:
    started = time.perf_counter()
    result = app.test_cli_runner().invoke(args=args)
    took = time.perf_counter() - started
    assert result.exit_code == 0, result.output
    print(f"  {' '.join(args[:2])}: {result.output.strip().splitlines()[0]}")
    return took


def main() -> None:
    """Fill (or reuse) the database, then back it up and restore it elsewhere."""
    prepare()
    tmp = Path(tempfile.mkdtemp(prefix="sujarit-backup-"))
    archive = tmp / "backup.tar"
    source = bench_app()
    created = _timed(source, ["backup", "create", "--out", str(archive)])
    source.extensions["sujarit"].engine.dispose()
    target_url = URL + "_restore"
    databases.fresh(target_url)
    target = bench_app(target_url)
    restored = _timed(target, ["backup", "restore", str(archive)])
    target.extensions["sujarit"].engine.dispose()
    size = archive.stat().st_size / 1e6
    print(f"{TICKETS:,} tickets, archive {size:.0f} MB")
    print(f"backup create:  {created:.1f} s (published; 20,000 tickets took 2.3 s)")
    print(f"backup restore: {restored:.1f} s (published; 20,000 tickets took 3.1 s)")


if __name__ == "__main__":
    main()
