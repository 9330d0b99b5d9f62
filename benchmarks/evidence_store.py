"""Storing and reading a 20 MB video through each evidence store: throughput, peak memory.

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

import boto3  # noqa: E402

from bot.line.evidence_files import EvidenceStore  # noqa: E402
from storage.crypto import Vault  # noqa: E402
from storage.db import make_engine  # noqa: E402
from storage.evidence_stores import DatabaseStore, LocalStore, S3Store  # noqa: E402
from storage.migrate import upgrade  # noqa: E402
from tests.s3_server import S3_ENV, _free_port  # noqa: E402

KEY = "SHgYB4FmmtFGFU_65QJvLY83mCkzg-9KWskPKFhPCHo="


def video(size: int):
    """`size` bytes in 64 KiB pieces, as LINE's download sends them."""
    piece = os.urandom(64 * 1024)
    for _ in range(size // len(piece)):
        yield piece


def measure(name: str, blobs, size: int) -> None:
    store = EvidenceStore(blobs, Vault(data_key=KEY, lookup_key="l" * 32))
    tracemalloc.start()
    started = time.perf_counter()
    key, written, _ = store.write(video(size))
    wrote = time.perf_counter() - started
    _, write_peak = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    started = time.perf_counter()
    read = sum(len(piece) for piece in store.read(key))
    reading = time.perf_counter() - started
    _, read_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert read == written
    mb = written / 1e6
    print(
        f"{name:<22} write {mb / wrote:6.1f} MB/s  read {mb / reading:6.1f} MB/s  "
        f"peak memory write {write_peak / 1e6:5.1f} MB  read {read_peak / 1e6:5.1f} MB"
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
        from moto.server import ThreadedMotoServer

        os.environ.update(S3_ENV)
        port = _free_port()
        server = ThreadedMotoServer(ip_address="127.0.0.1", port=port)
        server.start()
        endpoint = f"http://127.0.0.1:{port}"
        boto3.client("s3", endpoint_url=endpoint).create_bucket(Bucket="bench")
        try:
            measure("s3 (moto server)", S3Store("bench", "evidence", endpoint), size)
        finally:
            server.stop()


if __name__ == "__main__":
    main()
