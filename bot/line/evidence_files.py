"""Evidence files encrypted at rest, written and read as a stream (never whole in memory).

A file is a header and a run of records; each record is one Fernet token (the vault's
keys: the first encrypts, all decrypt) of an 8-byte sequence number, a last-record flag
and up to 64 KiB of content, so records cannot be dropped, reordered or cut off
unnoticed. Names are random: nothing on disk says which ticket a file belongs to.
"""

from __future__ import annotations

import hashlib
import os
import struct
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path

from storage.crypto import Vault

MAGIC = b"SJE1\n"
CHUNK = 64 * 1024
_LENGTH = struct.Struct(">I")
_HEAD = struct.Struct(">Q?")


def clean_type(clean_path: str) -> str:
    """The type of a clean copy: re-encoded as PNG when the photo had transparency, else JPEG."""
    return "image/png" if clean_path.endswith(".png.enc") else "image/jpeg"


class TooLarge(Exception):
    """The content went over the size limit while it was being read."""


class Damaged(ValueError):
    """An encrypted file that does not read back whole."""


class EvidenceStore:
    """Writes and reads encrypted evidence files under one directory."""

    def __init__(self, directory: str, vault: Vault) -> None:
        self.directory = Path(directory)
        self.vault = vault

    def new_path(self, kind: str = "") -> Path:
        """A fresh random file name, two levels deep (`kind` e.g. "jpg" for clean copies)."""
        name = uuid.uuid4().hex
        return self.directory / name[:2] / (f"{name}.{kind}.enc" if kind else f"{name}.enc")

    def write(
        self, chunks: Iterable[bytes], max_bytes: int | None = None, kind: str = ""
    ) -> tuple[Path, int, str]:
        """Encrypt `chunks` to a new file; returns (path, size, sha256 of the plain content).

        Raises TooLarge (and leaves nothing behind) as soon as more than `max_bytes` came.
        """
        path = self.new_path(kind)
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_suffix(".part")
        digest, size, seq = hashlib.sha256(), 0, 0
        try:
            with part.open("wb") as out:
                out.write(MAGIC)
                pending = b""
                for chunk in chunks:
                    if not chunk:
                        continue
                    size += len(chunk)
                    if max_bytes is not None and size > max_bytes:
                        raise TooLarge(size)
                    digest.update(chunk)
                    pending += chunk
                    while len(pending) >= CHUNK:
                        self._record(out, seq, False, pending[:CHUNK])
                        pending, seq = pending[CHUNK:], seq + 1
                self._record(out, seq, True, pending)
            os.replace(part, path)
        except BaseException:
            part.unlink(missing_ok=True)
            raise
        return path, size, digest.hexdigest()

    def _record(self, out, seq: int, last: bool, data: bytes) -> None:
        token = self.vault.encrypt_bytes(_HEAD.pack(seq, last) + data)
        out.write(_LENGTH.pack(len(token)) + token)

    def read(self, path: str | Path) -> Iterator[bytes]:
        """The plain content of a file, record by record (older plain files as they are)."""
        with Path(path).open("rb") as handle:
            if handle.read(len(MAGIC)) != MAGIC:
                handle.seek(0)  # written before 0011: plain
                while block := handle.read(CHUNK):
                    yield block
                return
            expected, last = 0, False
            while raw_length := handle.read(_LENGTH.size):
                if last or len(raw_length) != _LENGTH.size:
                    raise Damaged(str(path))
                token = handle.read(_LENGTH.unpack(raw_length)[0])
                plain = self.vault.decrypt_bytes(token)
                seq, last = _HEAD.unpack(plain[: _HEAD.size])
                if seq != expected:
                    raise Damaged(str(path))
                expected += 1
                yield plain[_HEAD.size :]
            if not last:
                raise Damaged(str(path))

    def read_all(self, path: str | Path) -> bytes:
        """The whole plain content (for photos, which are decoded whole anyway)."""
        return b"".join(self.read(path))

    def rotate_file(self, path: str | Path) -> None:
        """Re-encrypt one file with the first key (plain old files get encrypted), in place."""
        path = Path(path)
        fresh, _, _ = self.write(self.read(path))
        os.replace(fresh, path)

    def rotate_files(self) -> int:
        """Re-encrypt every evidence file under the directory; returns how many."""
        if not self.directory.exists():
            return 0
        done = 0
        for path in sorted(self.directory.rglob("*")):
            if path.is_file() and path.suffix != ".part":
                self.rotate_file(path)
                done += 1
        return done
