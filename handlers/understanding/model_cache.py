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
cannot be written only costs the training it would have saved.
"""

from __future__ import annotations

import fcntl
import hashlib
import hmac
import io
import logging
import os
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

#: The environment variable naming the directory (unset: no cache, trained in memory).
ENV = "MODEL_CACHE_DIR"
#: What every file starts with: the format, so a later one never reads an older one.
MAGIC = b"sujarit-models/1\n"
_TAG = hashlib.sha256().digest_size
#: What numpy raises on a file that is not arrays (or holds a pickle, refused).
_UNREADABLE = (ValueError, KeyError, OSError, EOFError, zipfile.BadZipFile)


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

    def _tag(self, digest: str, body: bytes) -> bytes:
        return hmac.new(self._key, MAGIC + digest.encode("ascii") + body, hashlib.sha256).digest()

    def load(self, digest: str) -> dict[str, np.ndarray] | None:
        """The arrays saved for `digest`, or None when there are none that verify."""
        path = self.path(digest)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            log.warning("model cache: %s cannot be read (%s); training", path.name, exc.strerror)
            return None
        head, body = data[: len(MAGIC) + _TAG], data[len(MAGIC) + _TAG :]
        if not head.startswith(MAGIC) or not hmac.compare_digest(
            head[len(MAGIC) :], self._tag(digest, body)
        ):
            log.warning("model cache: %s does not verify; training afresh", path.name)
            return None
        try:
            with np.load(io.BytesIO(body), allow_pickle=False) as arrays:
                return {name: arrays[name] for name in arrays.files}
        except _UNREADABLE as exc:  # verified, yet not arrays: written wrong
            log.warning("model cache: %s cannot be read (%s); training afresh", path.name, exc)
            return None

    @contextmanager
    def one_trainer(self) -> Iterator[None]:
        """Hold the directory's lock for this key while training (another process starting
        now waits, then loads the models written meanwhile); without a lock, go on unlocked."""
        lock = None
        with suppress(OSError):  # a directory that refuses: each process trains on its own
            self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            lock = os.open(
                self.directory / f".lock-{self._key_name}", os.O_CREAT | os.O_RDWR, 0o600
            )
            fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
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


_configured: ModelCache | None = None


def configure(directory: str | os.PathLike | None, key: bytes | None) -> None:
    """Keep this process's trained models in `directory` under `key` (None: no cache).
    Called at a process start, before the first message is read."""
    global _configured
    _configured = ModelCache(directory, key) if directory and key else None


def configured() -> ModelCache | None:
    """The cache this process was given, if any."""
    return _configured
