"""Where evidence bytes live: a local folder, a database table or S3, behind one interface.

The stores keep opaque bytes under a key; encryption is the caller's (bot.line.evidence_files),
so every store holds the same encrypted files. Nothing here reads a whole file into memory.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Protocol

from sqlalchemy import Engine, delete, select

from storage.models import EvidenceChunk
from storage.types import utcnow

READ_SIZE = 1024 * 1024  # how much one read, one database row or one S3 part holds


class MissingFile(FileNotFoundError):
    """No file under that key in the store."""


class BlobStore(Protocol):
    """Evidence bytes by key: put, open as a stream, delete, exists, list."""

    name: str

    def put(self, key: str, chunks: Iterable[bytes]) -> None:
        """Store the bytes of `chunks` under `key`, whole or not at all."""

    def open(self, key: str) -> Iterator[bytes]:
        """The bytes under `key`, a piece at a time (MissingFile when absent)."""

    def delete(self, key: str) -> None:
        """Remove `key` (nothing when absent)."""

    def exists(self, key: str) -> bool:
        """Whether a file is stored under `key`."""

    def modified_at(self, key: str) -> float:
        """When the file under `key` was written (seconds since the epoch)."""

    def list(self) -> Iterator[str]:
        """Every key in the store."""


def _regroup(chunks: Iterable[bytes], size: int = READ_SIZE) -> Iterator[bytes]:
    """The same bytes in pieces of `size` (the last may be shorter)."""
    pending = bytearray()
    for chunk in chunks:
        pending += chunk
        while len(pending) >= size:
            yield bytes(pending[:size])
            del pending[:size]
    if pending:
        yield bytes(pending)


class LocalStore:
    """Files under one folder (EVIDENCE_DIR); the default for one host."""

    def __init__(self, directory: str) -> None:
        self.directory = Path(directory)
        self.name = "local"

    def _path(self, key: str) -> Path:
        # Rows written before 0018 hold absolute paths under the folder.
        root = self.directory.resolve()
        path = (root / key).resolve()
        if not path.is_relative_to(root):
            raise MissingFile(key)
        return path

    def put(self, key: str, chunks: Iterable[bytes]) -> None:
        """Write to a part file, then rename it into place."""
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_name(f"{path.name}.{uuid.uuid4().hex}.part")
        try:
            with part.open("wb") as out:
                for chunk in chunks:
                    out.write(chunk)
            os.replace(part, path)
        except BaseException:
            part.unlink(missing_ok=True)
            raise

    def open(self, key: str) -> Iterator[bytes]:
        """Read the file in pieces."""
        path = self._path(key)
        if not path.is_file():
            raise MissingFile(key)
        return self._read(path)

    @staticmethod
    def _read(path: Path) -> Iterator[bytes]:
        with path.open("rb") as handle:
            while block := handle.read(READ_SIZE):
                yield block

    def delete(self, key: str) -> None:
        """Unlink the file."""
        self._path(key).unlink(missing_ok=True)

    def exists(self, key: str) -> bool:
        """Whether the file is there."""
        try:
            return self._path(key).is_file()
        except MissingFile:
            return False

    def list(self) -> Iterator[str]:
        """Relative names of every finished file."""
        if not self.directory.is_dir():
            return
        root = self.directory.resolve()
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.suffix != ".part":
                yield str(path.relative_to(root))

    def modified_at(self, key: str) -> float:
        """When the file was last written (seconds since the epoch)."""
        return self._path(key).stat().st_mtime


class DatabaseStore:
    """Files as rows of chunks in the evidence_chunks table (PostgreSQL; SQLite for tests)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.name = "database"

    def put(self, key: str, chunks: Iterable[bytes]) -> None:
        """Insert the chunks in one transaction, replacing any earlier file under `key`."""
        table, now = EvidenceChunk.__table__, utcnow()
        with self.engine.begin() as conn:
            conn.execute(delete(table).where(table.c.key == key))
            for seq, piece in enumerate(_regroup(chunks)):
                conn.execute(table.insert().values(key=key, seq=seq, data=piece, created_at=now))
            if not conn.execute(select(table.c.seq).where(table.c.key == key).limit(1)).first():
                conn.execute(table.insert().values(key=key, seq=0, data=b"", created_at=now))

    def open(self, key: str) -> Iterator[bytes]:
        """Fetch one chunk per query, so only one is in memory at a time."""
        table = EvidenceChunk.__table__
        with self.engine.connect() as conn:
            count = conn.scalar(select(table.c.seq).where(table.c.key == key).limit(1))
        if count is None:
            raise MissingFile(key)
        return self._read(key)

    def _read(self, key: str) -> Iterator[bytes]:
        table = EvidenceChunk.__table__
        seq = 0
        while True:
            with self.engine.connect() as conn:
                data = conn.scalar(
                    select(table.c.data).where(table.c.key == key, table.c.seq == seq)
                )
            if data is None:
                return
            yield bytes(data)
            seq += 1

    def delete(self, key: str) -> None:
        """Delete the file's chunks."""
        table = EvidenceChunk.__table__
        with self.engine.begin() as conn:
            conn.execute(delete(table).where(table.c.key == key))

    def exists(self, key: str) -> bool:
        """Whether any chunk is stored under `key`."""
        table = EvidenceChunk.__table__
        with self.engine.connect() as conn:
            return conn.scalar(select(table.c.seq).where(table.c.key == key).limit(1)) is not None

    def modified_at(self, key: str) -> float:
        """When the file was written (seconds since the epoch)."""
        table = EvidenceChunk.__table__
        with self.engine.connect() as conn:
            at = conn.scalar(select(table.c.created_at).where(table.c.key == key, table.c.seq == 0))
        if at is None:
            raise MissingFile(key)
        return at.timestamp()

    def list(self) -> Iterator[str]:
        """Every key that has a chunk."""
        table = EvidenceChunk.__table__
        with self.engine.connect() as conn:
            keys = list(conn.scalars(select(table.c.key).where(table.c.seq == 0).order_by("key")))
        yield from keys


class S3Store:
    """Objects in an S3-compatible bucket (AWS, MinIO, Thai clouds) under a prefix."""

    def __init__(self, bucket: str, prefix: str = "", endpoint_url: str | None = None) -> None:
        import boto3  # only S3 deployments need it loaded

        self.bucket, self.prefix = bucket, prefix.strip("/")
        self.client = boto3.client("s3", endpoint_url=endpoint_url or None)
        self.name = f"s3://{bucket}/{self.prefix}".rstrip("/")

    def _object(self, key: str) -> str:
        return f"{self.prefix}/{key}" if self.prefix else key

    def put(self, key: str, chunks: Iterable[bytes]) -> None:
        """Spool to a temporary file on disk, then upload it (multipart when large)."""
        with tempfile.TemporaryFile() as spool:
            for chunk in chunks:
                spool.write(chunk)
            spool.seek(0)
            self.client.upload_fileobj(spool, self.bucket, self._object(key))

    def open(self, key: str) -> Iterator[bytes]:
        """Stream the object's body."""
        try:
            body = self.client.get_object(Bucket=self.bucket, Key=self._object(key))["Body"]
        except self.client.exceptions.NoSuchKey as exc:
            raise MissingFile(key) from exc
        return body.iter_chunks(READ_SIZE)

    def delete(self, key: str) -> None:
        """Delete the object."""
        self.client.delete_object(Bucket=self.bucket, Key=self._object(key))

    def exists(self, key: str) -> bool:
        """Whether the object is there."""
        found = self.client.list_objects_v2(
            Bucket=self.bucket, Prefix=self._object(key), MaxKeys=1
        ).get("Contents", [])
        return bool(found) and found[0]["Key"] == self._object(key)

    def modified_at(self, key: str) -> float:
        """When the object was written (seconds since the epoch)."""
        head = self.client.head_object(Bucket=self.bucket, Key=self._object(key))
        return head["LastModified"].timestamp()

    def list(self) -> Iterator[str]:
        """Every key under the prefix."""
        start = f"{self.prefix}/" if self.prefix else ""
        pages = self.client.get_paginator("list_objects_v2").paginate(
            Bucket=self.bucket, Prefix=start
        )
        for page in pages:
            for item in page.get("Contents", []):
                yield item["Key"][len(start) :]


def open_store(spec: str, evidence_dir: str, engine: Engine, s3_endpoint: str = "") -> BlobStore:
    """The store EVIDENCE_STORE names: "local", "database" or "s3://bucket/prefix"."""
    spec = (spec or "local").strip()
    if spec == "local":
        return LocalStore(evidence_dir)
    if spec == "database":
        return DatabaseStore(engine)
    if spec.startswith("s3://"):
        bucket, _, prefix = spec[len("s3://") :].partition("/")
        return S3Store(bucket, prefix, s3_endpoint)
    raise ValueError(f"EVIDENCE_STORE must be local, database or s3://bucket/prefix: {spec!r}")
