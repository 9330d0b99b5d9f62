"""Storing and reading a 20 MB video through each evidence store: throughput, peak memory.

Peak memory is given twice per operation: the Python heap's peak (tracemalloc) and how far the
process's resident set grew at its peak (VmHWM, reset before each operation through
/proc/self/clear_refs; Linux).

Run by hand from the repository root: `python benchmarks/evidence_store.py`
(`BENCH_DATABASE_URL=postgresql://…` adds the database store on PostgreSQL; the S3 store runs
against moto's server mode on a free port, in this process: its peak memory counts moto's
copy of the object and boto3's upload buffers too).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.line.evidence_files import EvidenceStore  # noqa: E402
from storage.crypto import Vault  # noqa: E402
from storage.db import make_engine  # noqa: E402
from storage.evidence_stores import DatabaseStore, LocalStore, S3Store  # noqa: E402
from storage.migrate import upgrade  # noqa: E402
from tests.s3_server import S3_ENV, moto_s3  # noqa: E402

KEY = "SHgYB4FmmtFGFU_65QJvLY83mCkzg-9KWskPKFhPCHo="


def video(size: int):
    """`size` bytes in 64 KiB pieces, as LINE's download sends them."""
    piece = os.urandom(64 * 1024)
    for _ in range(size // len(piece)):
        yield piece


def resident() -> tuple[int, int]:
    """The process's resident set now and its peak since the last reset, in bytes (Linux)."""
    status = Path("/proc/self/status").read_text()
    kib = {
        line.split(":")[0]: int(line.split()[1]) * 1024
        for line in status.splitlines()
        if line.startswith(("VmRSS", "VmHWM"))
    }
    return kib["VmRSS"], kib["VmHWM"]


def reset_peak() -> None:
    """Start the process's peak resident set again from now (writing 5 to clear_refs)."""
    Path("/proc/self/clear_refs").write_text("5")
    tracemalloc.reset_peak()


def timed(operation) -> tuple[float, int, int]:
    """Seconds `operation()` took, its Python-heap peak and the process's resident-set growth."""
    reset_peak()
    before, _ = resident()
    started = time.perf_counter()
    operation()
    took = time.perf_counter() - started
    _, heap_peak = tracemalloc.get_traced_memory()
    _, rss_peak = resident()
    return took, heap_peak, rss_peak - before


def measure(name: str, blobs, size: int) -> None:
    store = EvidenceStore(blobs, Vault(data_key=KEY, lookup_key="l" * 32))
    written: dict = {}
    tracemalloc.start()
    wrote, write_heap, write_rss = timed(lambda: written.update(key=store.write(video(size))[0]))
    reading, read_heap, read_rss = timed(
        lambda: written.update(read=sum(len(piece) for piece in store.read(written["key"])))
    )
    tracemalloc.stop()
    assert written["read"] == size
    mb = size / 1e6
    print(
        f"{name:<22} write {mb / wrote:6.1f} MB/s  read {mb / reading:6.1f} MB/s  "
        f"peak heap write {write_heap / 1e6:5.1f} MB  read {read_heap / 1e6:5.1f} MB  "
        f"peak RSS growth write {write_rss / 1e6:5.1f} MB  read {read_rss / 1e6:5.1f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, default=20)
    size = parser.parse_args().megabytes * 1024 * 1024
    with tempfile.TemporaryDirectory() as tmp:
        measure("local", LocalStore(f"{tmp}/evidence"), size)
        url = f"sqlite:///{tmp}/bench.db"
        upgrade(url)
        measure("database (SQLite)", DatabaseStore(make_engine(url)), size)
        if os.environ.get("BENCH_DATABASE_URL"):
            url = os.environ["BENCH_DATABASE_URL"]
            upgrade(url)
            measure("database (PostgreSQL)", DatabaseStore(make_engine(url)), size)
        os.environ.update(S3_ENV)
        with moto_s3("bench") as (endpoint, bucket):
            measure("s3 (moto server)", S3Store(bucket, "evidence", endpoint), size)


if __name__ == "__main__":
    main()
