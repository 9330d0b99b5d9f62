"""One SQLAlchemy engine per PostgreSQL database per test process, shared by every test app.

Each test builds its own app, and each app made its own engine: a new connection, so a new
PostgreSQL backend process and the dialect's first-connect queries, for every PostgreSQL
test (about 70 ms on a busy machine, most of it the server's). The tests of one process use
one database, emptied between tests, so its connections can be kept from test to test. The
engine carries nothing of an app (the sessions, their listeners and the vault are each
app's own), and an app that disposes of it only makes the next test connect again. The SQLite
tests of a process likewise use one file, a fresh copy of the migrated template per test
(`share_sqlite`), so they share an engine too, and with it the SQL it compiled: each new
engine compiled every statement again, a quarter of a SQLite test's CPU. Production makes one
engine per process and gains nothing."""

from __future__ import annotations

from sqlalchemy import Engine, event

import bot.services
from storage.db import make_engine

_engines: dict[str, Engine] = {}


_shared_sqlite: set[str] = set()

#: How a PostgreSQL URL may begin: `make_engine` takes the driver named or not, and
#: TEST_DATABASE_URL is often given as `postgresql+psycopg://…`. Without that spelling here,
#: every test app and every emptying between tests made a new engine and connection (a new
#: server process and the dialect's first-connect queries). Measured: the emptying 93 -> 10 ms
#: wall and 6.5 -> 1.0 ms CPU; the `app` fixture on PostgreSQL 44 -> 15 ms CPU (median).
POSTGRESQL = ("postgresql://", "postgres://", "postgresql+psycopg://")


def engine_for(url: str, **kwargs) -> Engine:
    """The engine of this process for a PostgreSQL `url`, or the SQLite one `share_sqlite`
    named (made at the first call); otherwise, or with options of its own, a new engine as
    `make_engine` makes it."""
    shared = url.startswith(POSTGRESQL) or url in _shared_sqlite
    if kwargs or not shared:
        return make_engine(url, **kwargs)
    engine = _engines.get(url)
    if engine is None:
        engine = _engines[url] = make_engine(url)
        if url in _shared_sqlite:
            event.listen(engine, "connect", _unsynced)
    return engine


def _unsynced(dbapi_conn, _record) -> None:
    """A test's SQLite file is not synced to the disk (as the PostgreSQL test databases'
    commits are not, `synchronous_commit = off`): it need not survive a crash, and each test
    closed its connections (a checkpoint) before the next copy, about four fdatasync calls a
    test, waits on a busy disk. What a transaction sees and locks is the same either way."""
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA synchronous=OFF")
    cur.close()


def share_sqlite(url: str) -> None:
    """Share one engine among the apps on the SQLite database `url`; its connections are
    closed now (its file is about to be replaced by a fresh copy)."""
    _shared_sqlite.add(url)
    engine = _engines.get(url)
    if engine is not None:
        engine.dispose()


def forget(url: str) -> None:
    """Close the connections of `url`'s engine (its database is about to be dropped)."""
    engine = _engines.pop(url, None)
    if engine is not None:
        engine.dispose()


def release(engine: Engine) -> None:
    """After a test: a shared engine keeps its idle connections (one a test left checked
    out is closed with the others); any other engine is disposed of."""
    if engine not in _engines.values() or engine.pool.checkedout():
        engine.dispose()


def share_engines() -> None:
    """Make every app this process builds use `engine_for`."""
    bot.services.make_engine = engine_for
