"""Scheduler leadership: only one scheduler process runs jobs at a time.

On PostgreSQL the leader holds a session-level advisory lock on a connection of
its own. The lock lives exactly as long as that connection: when the leader
exits or dies, PostgreSQL drops it and a standby's next tick takes it over. On
SQLite one scheduler process is assumed (see the README), so it always leads.
"""

from __future__ import annotations

import logging
import threading

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from storage.db import make_engine

log = logging.getLogger(__name__)
LOCK_KEY = 0x53554A41  # "SUJA": advisory locks are per database, so one key is enough
# Notice a vanished peer (a leader whose host dropped off the network) within about 25 s.
KEEPALIVES = {
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 3,
}


class SingleProcess:
    """SQLite: the one scheduler process is the leader."""

    def is_leader(self) -> bool:
        """Always."""
        return True

    def release(self) -> None:
        """Nothing held."""


class AdvisoryLock:
    """PostgreSQL: leader while holding `pg_try_advisory_lock(LOCK_KEY)` on its own connection."""

    def __init__(self, database_url: str) -> None:
        self._engine: Engine = make_engine(
            database_url,
            poolclass=NullPool,
            isolation_level="AUTOCOMMIT",
            connect_args=KEEPALIVES,
        )
        self._conn: Connection | None = None
        self._lock = threading.Lock()  # job threads ask at the same time

    def is_leader(self) -> bool:
        """True if this process holds the lock, taking it when it is free."""
        with self._lock:
            return self._check()

    def _check(self) -> bool:
        try:
            if self._conn is not None and self._still_held():
                return True
            self._drop()
            conn = self._engine.connect()
            if conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": LOCK_KEY}).scalar():
                self._conn = conn
                log.info("scheduler: this process is now the leader")
                return True
            conn.close()
        except DBAPIError:
            log.warning("scheduler: database unreachable; not leading this tick", exc_info=True)
            self._drop()
        return False

    def _still_held(self) -> bool:
        held = self._conn.execute(
            text(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
                " AND pid = pg_backend_pid() AND classid = 0 AND objid = :k"
            ),
            {"k": LOCK_KEY},
        ).scalar()
        if not held:
            log.warning("scheduler: leadership lost")
        return bool(held)

    def _drop(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except DBAPIError:
                pass
            self._conn = None

    def release(self) -> None:
        """Give up leadership (closing the connection releases the lock)."""
        with self._lock:
            self._release()

    def _release(self) -> None:
        if self._conn is not None:
            try:
                self._conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": LOCK_KEY})
            except DBAPIError:
                pass
        self._drop()
        self._engine.dispose()


def leadership_for(database_url: str) -> SingleProcess | AdvisoryLock:
    """The leadership that fits the database."""
    if database_url.startswith(("postgresql", "postgres")):
        return AdvisoryLock(database_url)
    return SingleProcess()
