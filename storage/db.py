"""Engines and the session factory: made once per process, at start-up."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker


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

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn):
            # IMMEDIATE takes the write lock up front, so two writers queue instead
            # of failing with "database is locked" half-way through.
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(url, **kwargs)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """The one sessionmaker of this process; its flushes keep the tickets' records sealed,
    and the declared conflicts and clean copies (storage/row_seals.py), and the members'
    rows with their ties (storage/member_seals.py)."""
    from storage import member_seals, row_seals
    from storage.ticket_chain import seal_on_flush

    factory = sessionmaker(engine, expire_on_commit=False)
    event.listen(factory, "before_flush", seal_on_flush)
    event.listen(factory, "before_flush", row_seals.seal_on_flush)
    event.listen(factory, "after_flush", row_seals.mark_new_on_flush)
    event.listen(factory, "before_flush", member_seals.note_on_flush)
    event.listen(factory, "after_flush", member_seals.seal_after_flush)
    return factory


def insert_unless_exists(session: Session, model, values: dict, keys: list[str]):
    """INSERT … ON CONFLICT (keys) DO NOTHING, for PostgreSQL and SQLite alike."""
    from sqlalchemy.dialects import postgresql, sqlite

    dialect = session.get_bind().dialect.name
    insert = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}[dialect]
    return insert(model).values(**values).on_conflict_do_nothing(index_elements=list(keys))
