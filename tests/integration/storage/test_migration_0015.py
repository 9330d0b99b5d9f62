"""Migration 0015 on a database written before it: sent drafts, export links and delivered
messages keep nothing that names or pairs; an open draft is left as it was."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from storage.db import make_engine
from tests.conftest import PG_URL, _pg_database, drop_pg_database, pg_name
from tests.migrated import upgrade

AT = datetime(2026, 3, 10, 3, 4, 5, 123456, tzinfo=UTC)
LATER = datetime(2099, 1, 1, tzinfo=UTC)


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request, tmp_path):
    """A new, empty database of each kind (PostgreSQL with TEST_DATABASE_URL)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.db'}"
        return
    if not PG_URL:
        pytest.skip("TEST_DATABASE_URL is not set")
    name = pg_name("sujarit_m15")
    yield _pg_database(name)
    drop_pg_database(name)


def test_the_upgrade_empties_what_older_rows_kept(empty_url):
    url = empty_url
    upgrade(url, "0009")
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO line_users (id, user_hash, line_user_id_enc, language, following,"
                " subscribed, state, created_at, updated_at, discreet, draft_reminders)"
                " VALUES (1, 'h', 'x', 'th', :t, :f, '{}', :at, :at, :f, :t)"
            ),
            {"at": AT, "t": True, "f": False},
        )
        for number, status in ((1, "submitted"), (2, "open")):
            conn.execute(
                text(
                    "INSERT INTO drafts (id, user_id, status, step, history, data, editing,"
                    " created_at, updated_at, closed_at) VALUES (:id, 1, :status, 'summary',"
                    ' \'["consent","kind","name"]\', \'{"name":"สมหญิง"}\', :f, :at, :at, :at)'
                ),
                {"id": number, "status": status, "at": AT, "f": False},
            )
        conn.execute(
            text(
                "INSERT INTO export_links (token_hash, user_id, created_at, expires_at)"
                " VALUES ('t', 1, :at, :later)"
            ),
            {"at": AT, "later": LATER},
        )
        conn.execute(
            text(
                "INSERT INTO outbox (id, channel, recipient_enc, recipient_count, language,"
                " payload, purpose, status, attempts, next_attempt_at, created_at, sent_at)"
                " VALUES ('m', 'push', 'enc', 1, 'th', '[]', '', 'sent', 1, :at, :at, :at)"
            ),
            {"at": AT},
        )
    engine.dispose()

    upgrade(url)

    engine = make_engine(url)
    with engine.connect() as conn:
        drafts = conn.execute(
            text("SELECT id, user_id, history, data, step, created_at FROM drafts ORDER BY id")
        ).all()
        link = conn.execute(text("SELECT user_id, used_at FROM export_links")).one()
        recipient = conn.execute(text("SELECT recipient_enc FROM outbox")).scalar()
    engine.dispose()
    sent, still_open = drafts
    assert (sent[1], json.loads(str(sent[2])), sent[3], sent[4]) == (None, [], "{}", "purged")
    assert str(sent[5]).startswith("2000-01-01")
    assert still_open[1] == 1 and "สมหญิง" in str(still_open[3])
    assert link[0] is None and link[1] is not None  # a link made before no longer works
    assert recipient is None
