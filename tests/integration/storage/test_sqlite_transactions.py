"""SQLite: every transaction takes the write lock when it begins (BEGIN IMMEDIATE), so two
writers queue instead of one failing half-way through with "database is locked"."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import event, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from storage import db


@pytest.fixture
def url(tmp_path):
    return f"sqlite:///{tmp_path / 'lock.db'}"


def _other_writer(url: str) -> sqlite3.Connection:
    """A second writer that gives up at once when the lock is held."""
    conn = sqlite3.connect(url.split("///", 1)[1], timeout=0, isolation_level=None)
    conn.execute("CREATE TABLE IF NOT EXISTS t (x INTEGER)")
    return conn


def _can_write(conn: sqlite3.Connection) -> bool:
    try:
        conn.execute("INSERT INTO t VALUES (1)")
    except sqlite3.OperationalError as exc:
        assert "locked" in str(exc)
        return False
    return True


def test_a_session_that_has_only_read_holds_the_write_lock(url):
    engine = db.make_engine(url)
    other = _other_writer(url)
    sent: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *args: sent.append(args[2]))
    try:
        with Session(engine) as session:
            session.execute(text("SELECT 1"))
            assert not _can_write(other), "the reading session holds the write lock"
            session.rollback()
        assert _can_write(other), "released when the session ends"
        assert sent[0] == "BEGIN IMMEDIATE", "a statement like the others, counted with them"
    finally:
        other.close()
        engine.dispose()


def test_a_core_transaction_holds_the_write_lock_from_its_start(url):
    engine = db.make_engine(url)
    other = _other_writer(url)
    try:
        with engine.begin() as conn:
            conn.execute(text("SELECT 1"))
            assert not _can_write(other)
        assert _can_write(other)
    finally:
        other.close()
        engine.dispose()


def test_a_begin_refused_for_the_lock_leaves_the_connection_free_to_begin_again(url):
    engine = db.make_engine(url, pool_size=1, max_overflow=0)
    other = _other_writer(url)
    try:
        with engine.connect() as conn:
            conn.connection.dbapi_connection.execute("PRAGMA busy_timeout=0")
            other.execute("BEGIN IMMEDIATE")
            with pytest.raises(OperationalError, match="locked"):
                conn.begin()
            assert not conn.in_transaction()
            other.execute("ROLLBACK")
            with conn.begin():
                assert conn.scalar(text("SELECT 1")) == 1
    finally:
        other.close()
        engine.dispose()
