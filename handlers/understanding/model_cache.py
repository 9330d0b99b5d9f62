"""Trained models kept on disk between process starts (`MODEL_CACHE_DIR`), so a restart, a
scheduler or a `flask` command loads them in a fraction of the seconds training takes.

One file per digest of everything the training reads (see `classifier.inputs_digest`) and
per key: a change of the examples, the word lists, the code or a library's version names
another file, so the models are trained again. Each file is authenticated with an HMAC under
a key of the deployment (derived from the newest `DATA_LOOKUP_KEY`): whoever may write the
directory but holds no key cannot make a process read models of their choosing. The arrays
are read with `numpy.load(allow_pickle=False)` and the words as JSON: nothing in a file is
ever run as code, even once it verifies. A file that does not verify, is cut short or was
written under another key is ignored (the models are trained and it is written again);
writes go to a temporary file renamed into place, so two processes writing at once each
leave a whole file, and a reader never sees half of one; processes starting together train
one at a time (`one_trainer`), so the others load what the first wrote. A directory that
cannot be written only costs the training it would have saved. Nothing planted there can
stop a start: a file that is not a regular one of bounded size (a named pipe, a link to
/dev/zero) is a miss, never read; a file's HMAC is checked over small reads before its body
is read whole (a planted sparse file costs a pass, not its size in memory); and a lock not
had within `LOCK_WAIT` seconds (held by someone else) is logged and the process trains on
its own.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import logging
import os
import stat
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

import numpy as np

from storage import file_locks

log = logging.getLogger(__name__)

#: The environment variable naming the directory (unset: no cache, trained in memory).
ENV = "MODEL_CACHE_DIR"
#: What every file starts with: the format, so a later one never reads an older one.
MAGIC = b"sujarit-models/1\n"
_TAG = hashlib.sha256().digest_size
#: What numpy raises on a file that is not arrays (or holds a pickle, refused).
_UNREADABLE = (ValueError, KeyError, OSError, EOFError, zipfile.BadZipFile)
#: The largest file read (today's models take some 12 MB): more is a miss, not read.
MAX_BYTES = 256 * 1024 * 1024
#: How much of a file is read at once while its HMAC is checked.
CHUNK = 1024 * 1024
#: How long a starting process waits for another's training before training on its own
#: (training takes a few seconds; a lock held longer is someone else's doing).
LOCK_WAIT = 60.0
#: Opened without following a link or waiting for a writer (a named pipe).
_OPEN_FLAGS = os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)


class ModelCache:
    """Named arrays of trained models, kept in `directory` under `key` (bytes)."""

    def __init__(self, directory: str | os.PathLike, key: bytes) -> None:
        self.directory = Path(directory)
        self._key = key
        # A public name for the key, so that processes under different keys keep their own
        # files side by side instead of each overwriting the others'.
        self._key_name = hmac.new(key, b"model-cache-file", hashlib.sha256).hexdigest()[:12]

    def path(self, digest: str) -> Path:
        """The file of the models trained from inputs of this `digest`."""
        return self.directory / f"models-{digest[:32]}-{self._key_name}.npz"

    def _mac(self, digest: str):
        """The HMAC of a file of `digest`, fed its body next (in one piece or in reads)."""
        return hmac.new(self._key, MAGIC + digest.encode("ascii"), hashlib.sha256)

    def _tag(self, digest: str, body: bytes) -> bytes:
        mac = self._mac(digest)
        mac.update(body)
        return mac.digest()

    def load(self, digest: str) -> dict[str, np.ndarray] | None:
        """The arrays saved for `digest`, or None when there are none that verify."""
        path = self.path(digest)
        try:
            with _regular(path) as file:
                if file is None:
                    log.warning("model cache: %s is no file of models; training", path.name)
                    return None
                body = self._verified_body(file, digest)
        except FileNotFoundError:
            return None
        except OSError as exc:
            log.warning("model cache: %s cannot be read (%s); training", path.name, exc.strerror)
            return None
        if body is None:
            log.warning("model cache: %s does not verify; training afresh", path.name)
            return None
        try:
            with np.load(io.BytesIO(body), allow_pickle=False) as arrays:
                return {name: arrays[name] for name in arrays.files}
        except _UNREADABLE as exc:  # verified, yet not arrays: written wrong
            log.warning("model cache: %s cannot be read (%s); training afresh", path.name, exc)
            return None

    def _verified_body(self, file: BinaryIO, digest: str) -> bytes | None:
        """The body of an open file whose head and HMAC fit, else None. The HMAC is first
        checked over small reads, and the body read whole only once it fits: a file planted
        without the key (a sparse one at MAX_BYTES, zeros on no disk) costs one pass over it,
        never its size in memory."""
        head = file.read(len(MAGIC) + _TAG)
        if len(head) < len(MAGIC) + _TAG or not head.startswith(MAGIC):
            return None
        tag, streamed, seen = head[len(MAGIC) :], self._mac(digest), 0
        while seen <= MAX_BYTES and (chunk := file.read(CHUNK)):
            streamed.update(chunk)
            seen += len(chunk)
        if seen > MAX_BYTES or not hmac.compare_digest(tag, streamed.digest()):
            return None
        file.seek(len(head))
        body = file.read(MAX_BYTES + 1)
        # Checked again as read: the file may have changed between the two reads.
        if len(body) > MAX_BYTES or not hmac.compare_digest(tag, self._tag(digest, body)):
            return None
        return body

    @contextmanager
    def one_trainer(self) -> Iterator[bool]:
        """Hold the directory's lock for this key while training (another process starting
        now waits, then loads the models written meanwhile). Yields whether the lock is held:
        without one within `LOCK_WAIT` seconds, or with no lock to be had, go on unlocked."""
        lock = None
        with suppress(OSError):  # a directory that refuses: each process trains on its own
            self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            lock = os.open(
                self.directory / f".lock-{self._key_name}",
                os.O_CREAT | os.O_RDWR | _OPEN_FLAGS,
                0o600,
            )
        if lock is not None and not file_locks.take(lock, LOCK_WAIT, poll=0.05):
            log.warning("model cache: the lock is not free (%.0f s); training alone", LOCK_WAIT)
            os.close(lock)
            lock = None
        try:
            yield lock is not None
        finally:
            if lock is not None:
                os.close(lock)  # and the lock with it

    def save(self, digest: str, arrays: dict[str, np.ndarray]) -> None:
        """Keep the arrays for `digest` (atomically); a directory that refuses is logged."""
        body = io.BytesIO()
        np.savez(body, **arrays)
        data = MAGIC + self._tag(digest, body.getvalue()) + body.getvalue()
        path = self.path(digest)
        temporary = None
        try:
            self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=".models-", dir=self.directory)
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, path)
            temporary = None
        except OSError as exc:
            log.warning(
                "model cache: cannot write %s (%s); models kept in memory", path.name, exc.strerror
            )
            return
        finally:
            if temporary is not None:
                Path(temporary).unlink(missing_ok=True)
        self._drop_others(path)

    def _drop_others(self, kept: Path) -> None:
        """Remove this key's files of other inputs (an earlier release's): never read again."""
        for old in self.directory.glob(f"models-*-{self._key_name}.npz"):
            if old != kept:
                old.unlink(missing_ok=True)


@contextmanager
def _regular(path: Path) -> Iterator[BinaryIO | None]:
    """`path` open for reading if it is a regular file of at most `MAX_BYTES`, else None;
    never waits (a named pipe is opened without blocking and refused before any read)."""
    handle = os.open(path, os.O_RDONLY | _OPEN_FLAGS)
    with os.fdopen(handle, "rb") as file:
        found = os.fstat(file.fileno())
        yield file if stat.S_ISREG(found.st_mode) and found.st_size <= MAX_BYTES else None


_configured: ModelCache | None = None


def configure(directory: str | os.PathLike | None, key: bytes | None) -> None:
    """Keep this process's trained models in `directory` under `key` (None: no cache).
    Called at a process start, before the first message is read."""
    global _configured
    _configured = ModelCache(directory, key) if directory and key else None


def configured() -> ModelCache | None:
    """The cache this process was given, if any."""
    return _configured
