"""An exclusive lock on an open file, taken within a time: one home for the processes that
share a folder (the record journal's appends and rewrites, the trained-model cache)."""

from __future__ import annotations

import fcntl
import os
import stat
from time import monotonic, sleep


def take(lock: int, wait: float, poll: float = 0.01, folder: bool = False) -> bool:
    """Take the exclusive lock on the open file `lock` within `wait` seconds; False when it
    is not a regular file (a pipe or a directory planted there), or stays held by another.
    With `folder`, `lock` is an open directory instead (one its writers cannot unlink)."""
    if not (stat.S_ISDIR if folder else stat.S_ISREG)(os.fstat(lock).st_mode):
        return False
    deadline = monotonic() + wait
    while True:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if monotonic() >= deadline:
                return False
            sleep(poll)
        except OSError:
            return False
