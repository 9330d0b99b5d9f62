"""Evidence files encrypted at rest, written and read as a stream (never whole in memory).

A file is a header and a run of records; each record is one Fernet token (the vault's
keys: the first encrypts, all decrypt) of an 8-byte sequence number, a last-record flag
and up to 64 KiB of content, so records cannot be dropped, reordered or cut off
unnoticed. Names are random: nothing on disk says which ticket a file belongs to.

Each record also carries, inside its token, a digest of the file's own name (format SJE2): a
file copied over another's name (the original over its clean copy, whose row and mark stay
as they were) no longer opens (Damaged). Files written before (SJE1) open unbound until
`keys rotate` writes them again.
"""

from __future__ import annotations

import hashlib
import struct
import tempfile
import uuid
from collections.abc import Iterable, Iterator

from sqlalchemy import Engine

from bot.config import Config
from storage.crypto import Vault
from storage.evidence_stores import BlobStore, MissingFile, open_store

MAGIC = b"SJE2\n"  # records bound to the file's name
UNBOUND = b"SJE1\n"  # records written before names were bound (still read)
_BINDING = 16  # bytes of the name's SHA-256 in each record
CHUNK = 64 * 1024
_LENGTH = struct.Struct(">I")
_HEAD = struct.Struct(">Q?")


def _bound(key: str) -> bytes:
    """What each record of the file named `key` carries of its name."""
    return hashlib.sha256(str(key).encode("utf-8")).digest()[:_BINDING]


def clean_type(clean_path: str) -> str:
    """The type of a clean copy: re-encoded as PNG when the photo had transparency, else JPEG."""
    return "image/png" if clean_path.endswith(".png.enc") else "image/jpeg"


class TooLarge(Exception):
    """The content went over the size limit while it was being read."""


__all__ = ["Damaged", "EvidenceStore", "MissingFile", "TooLarge"]


class Damaged(ValueError):
    """An encrypted file that does not read back whole."""


class _Reader:
    """Reads exact byte counts from a stream of pieces."""

    def __init__(self, pieces: Iterator[bytes]) -> None:
        self.pieces, self.buffer = pieces, bytearray()

    def read(self, size: int) -> bytes:
        while len(self.buffer) < size:
            piece = next(self.pieces, None)
            if piece is None:
                break
            self.buffer += piece
        data = bytes(self.buffer[:size])
        del self.buffer[:size]
        return data


class EvidenceStore:
    """Writes and reads encrypted evidence files in one blob store (local, database or S3)."""

    def __init__(self, blobs: BlobStore, vault: Vault) -> None:
        self.blobs = blobs
        self.vault = vault

    @staticmethod
    def new_key(kind: str = "") -> str:
        """A fresh random name, two levels deep (`kind` e.g. "jpg" for clean copies)."""
        name = uuid.uuid4().hex
        return f"{name[:2]}/{name}.{kind}.enc" if kind else f"{name[:2]}/{name}.enc"

    def write(
        self,
        chunks: Iterable[bytes],
        max_bytes: int | None = None,
        kind: str = "",
        ticket_salt: str | None = None,
    ) -> tuple[str, int, str]:
        """Encrypt `chunks` into a new file; returns (key, size, keyed mark of the plain
        content's SHA-256 in the ticket of `ticket_salt`: what `evidence.sha256` keeps, see
        Vault.content_marks).

        Raises TooLarge (and leaves nothing behind) as soon as more than `max_bytes` came.
        """
        key = self.new_key(kind)
        counted = {"digest": hashlib.sha256(), "size": 0}
        self.blobs.put(key, self._encrypt(key, chunks, max_bytes, counted))
        mark = self.vault.content_marks(counted["digest"].hexdigest(), ticket_salt)[0]
        return key, counted["size"], mark

    def _encrypt(self, key: str, chunks: Iterable[bytes], max_bytes: int | None, counted: dict):
        yield MAGIC
        bound = _bound(key)
        pending, seq = b"", 0
        for chunk in chunks:
            if not chunk:
                continue
            counted["size"] += len(chunk)
            if max_bytes is not None and counted["size"] > max_bytes:
                raise TooLarge(counted["size"])
            counted["digest"].update(chunk)
            pending += chunk
            while len(pending) >= CHUNK:
                yield self._record(seq, False, bound + pending[:CHUNK])
                pending, seq = pending[CHUNK:], seq + 1
        yield self._record(seq, True, bound + pending)

    def _record(self, seq: int, last: bool, data: bytes) -> bytes:
        token = self.vault.encrypt_bytes(_HEAD.pack(seq, last) + data)
        return _LENGTH.pack(len(token)) + token

    def read(self, key: str) -> Iterator[bytes]:
        """The plain content of a file, record by record (older plain files as they are).

        Raises MissingFile at once when the store has no such file.
        """
        return self._decrypt(key, _Reader(self.blobs.open(str(key))))

    def _decrypt(self, key: str, handle: _Reader) -> Iterator[bytes]:
        head = handle.read(len(MAGIC))
        if head not in (MAGIC, UNBOUND):
            yield head  # written before 0011: plain
            while block := handle.read(CHUNK):
                yield block
            return
        expected, last = 0, False
        bound = _bound(key) if head == MAGIC else b""
        while raw_length := handle.read(_LENGTH.size):
            if last or len(raw_length) != _LENGTH.size:
                raise Damaged(key)
            token = handle.read(_LENGTH.unpack(raw_length)[0])
            plain = self.vault.decrypt_bytes(token)
            seq, last = _HEAD.unpack(plain[: _HEAD.size])
            body = plain[_HEAD.size :]
            if seq != expected or body[: len(bound)] != bound:
                raise Damaged(key)  # out of order, or another file's record under this name
            expected += 1
            yield body[len(bound) :]
        if not last:
            raise Damaged(key)

    def read_all(self, key: str) -> bytes:
        """The whole plain content (for photos, which are decoded whole anyway)."""
        return b"".join(self.read(key))

    def rotate_file(self, key: str) -> str:
        """Re-encrypt one file with the first key (plain old files get encrypted), in place;
        returns its content's SHA-256 (to re-mark its row with the first seal key)."""
        counted = {"digest": hashlib.sha256(), "size": 0}
        spooled = tempfile.TemporaryFile()
        with spooled:
            for piece in self._encrypt(key, self.read(key), None, counted):
                spooled.write(piece)
            spooled.seek(0)
            self.blobs.put(key, iter(lambda: spooled.read(CHUNK), b""))
        return counted["digest"].hexdigest()

    def rotate_files(self) -> dict[str, str]:
        """Re-encrypt every evidence file in the store; returns each key's content SHA-256."""
        return {key: self.rotate_file(key) for key in list(self.blobs.list())}


def store_for(config: Config, engine: Engine, vault: Vault) -> EvidenceStore:
    """The encrypted evidence store EVIDENCE_STORE names (EVIDENCE_DIR for the local one)."""
    return EvidenceStore(configured_blobs(config, engine), vault)


def configured_blobs(config: Config, engine: Engine, spec: str | None = None) -> BlobStore:
    """The blob store `spec` names (EVIDENCE_STORE by default)."""
    return open_store(
        spec or config.evidence_store,
        config.evidence_dir,
        engine,
        config.evidence_s3_endpoint_url,
    )
