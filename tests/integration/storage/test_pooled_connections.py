"""PostgreSQL: a pooled connection that died while it sat idle (a restarted server, a dropped
link) is replaced before a request uses it, though a busy pool is not pinged at every use."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import text

from storage import db
from tests.conftest import PG_URL

pytestmark = pytest.mark.skipif(not PG_URL, reason="TEST_DATABASE_URL is not set")
PID = text("SELECT pg_backend_pid()")


def test_a_connection_killed_while_idle_is_replaced_before_use(monkeypatch):
    monkeypatch.setattr(db, "PING_IDLE_SECONDS", 0.05)
    engine = db.make_engine(PG_URL, pool_size=1, max_overflow=0)
    other = db.make_engine(PG_URL)
    try:
        with engine.connect() as conn:
            pid = conn.scalar(PID)
        with other.connect() as killer:
            killer.scalar(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        time.sleep(0.2)
        with engine.connect() as conn:
            assert conn.scalar(text("SELECT 1")) == 1, "the request is served"
            assert conn.scalar(PID) != pid, "by a new connection"
    finally:
        engine.dispose()
        other.dispose()


def test_a_connection_given_back_just_now_is_used_again_without_a_ping(monkeypatch):
    monkeypatch.setattr(db, "PING_IDLE_SECONDS", 60.0)
    engine = db.make_engine(PG_URL, pool_size=1, max_overflow=0)
    pings: list[object] = []
    ping = engine.dialect.do_ping
    monkeypatch.setattr(engine.dialect, "do_ping", lambda conn: pings.append(conn) or ping(conn))
    try:
        for _ in range(3):
            with engine.connect() as conn:
                conn.scalar(text("SELECT 1"))
        assert pings == []
    finally:
        engine.dispose()
