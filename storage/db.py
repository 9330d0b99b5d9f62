"""Engines and the session factory: made once per process, at start-up."""

from __future__ import annotations

import time
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.orm import Session, sessionmaker


class _ImmediateConnection(Connection):
    """A SQLite connection whose transactions begin with BEGIN IMMEDIATE: the write lock is
    taken up front, so two writers queue instead of failing with "database is locked"
    half-way through.

    SQLAlchemy's recipe sends it from a "begin" listener on the engine, but any engine
    listener makes every statement of every connection look up and call the engine's
    events (about 170 Python calls of a webhook step's ~3,800). Sent here, through the
    connection, it is still a statement like any other (`before_cursor_execute` sees it)."""

    def begin(self):
        transaction = super().begin()
        try:
            self.exec_driver_sql("BEGIN IMMEDIATE")
        except BaseException:
            transaction.rollback()
            raise
        return transaction


def make_engine(url: str, **kwargs) -> Engine:
    """An engine for `url`; SQLite gets WAL, foreign keys and a busy timeout."""
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30}, **kwargs)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):
            dbapi_conn.isolation_level = None  # let SQLAlchemy's BEGIN below decide
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            # In WAL mode NORMAL stays consistent; a power cut may lose the last commits.
            # SQLite is the embedded default; production's durability is PostgreSQL's.
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        # Its connections' class (an engine from `engine.execution_options()` would have the
        # plain one: none is made).
        engine._connection_cls = _ImmediateConnection
        return engine
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    if "pool_pre_ping" in kwargs:
        return create_engine(url, **kwargs)
    engine = create_engine(url, **kwargs)
    _ping_when_idle(engine)
    return engine


# A pooled connection idle longer than this is tested before use (a restarted server or a
# dropped link leaves dead ones in the pool); one just given back is not: pinging on every
# checkout cost each webhook event a round trip and 2-3% of its CPU.
PING_IDLE_SECONDS = 5.0


def _ping_when_idle(engine: Engine) -> None:
    """Like `pool_pre_ping`, but only for connections that sat idle in the pool."""

    @event.listens_for(engine, "checkin")
    def _idle_from(_dbapi_conn, record) -> None:
        record.info["idle_from"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _ping_if_idle(dbapi_conn, record, _proxy) -> None:
        idle_from = record.info.get("idle_from")
        if idle_from is None or time.monotonic() - idle_from < PING_IDLE_SECONDS:
            return
        try:
            engine.dialect.do_ping(dbapi_conn)
        except engine.dialect.loaded_dbapi.Error as exc:
            # The pool drops this connection and checks out another (a new one if need be).
            raise DisconnectionError("a pooled connection is dead") from exc


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """The one sessionmaker of this process; its flushes keep the tickets' records sealed,
    and the declared conflicts and clean copies (storage/row_seals.py), and the members'
    rows with their ties (storage/member_seals.py), and the policy settings and dashboard
    sessions (storage/access_seals.py)."""
    from storage import access_seals, member_seals, owner_bindings, row_seals
    from storage.ticket_chain import seal_on_flush

    factory = sessionmaker(engine, expire_on_commit=False)
    event.listen(factory, "before_flush", owner_bindings.bind_on_flush)
    event.listen(factory, "before_flush", seal_on_flush)
    event.listen(factory, "before_flush", row_seals.seal_on_flush)
    event.listen(factory, "after_flush", row_seals.mark_new_on_flush)
    event.listen(factory, "before_flush", access_seals.seal_on_flush)
    event.listen(factory, "before_flush", member_seals.note_on_flush)
    event.listen(factory, "after_flush", member_seals.seal_after_flush)
    return factory


def insert_unless_exists(session: Session, model, values: dict, keys: list[str]):
    """INSERT … ON CONFLICT (keys) DO NOTHING, for PostgreSQL and SQLite alike."""
    from sqlalchemy.dialects import postgresql, sqlite

    dialect = session.get_bind().dialect.name
    insert = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}[dialect]
    return insert(model).values(**values).on_conflict_do_nothing(index_elements=list(keys))
