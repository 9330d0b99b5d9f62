"""Migration 0053 on an outbox written before it: a chair's notice of a start refused at the
shell (told by its de-duplication name, `refused-…`) becomes a row of the kind
"start-refused", every other row a "message", so the sender and `tickets verify` find the
refusal's notices by what they are; downgraded, the column goes and every row stays."""

from __future__ import annotations

from datetime import UTC, datetime

from alembic import command
from sqlalchemy import text

from storage import outbox
from storage.crypto import Vault
from storage.db import make_engine, make_session_factory
from storage.migrate import alembic_config
from storage.uow import UnitOfWorkFactory
from tests.conftest import TEST_KEYS
from tests.migrated import upgrade

VAULT = Vault("test-secret-key", *TEST_KEYS.values())
AT = datetime(2026, 11, 2, 3, 0, tzinfo=UTC)
REFUSAL = "refused-0123456789abcdef"
HASHES = f"{'a' * 32}:{'b' * 32}"
MESSAGE = (
    "INSERT INTO outbox (id, channel, recipient_count, payload, purpose, status, attempts,"
    " next_attempt_at, created_at, dedupe_key) VALUES"
    " (:id, 'push', 1, '[]', 'committee:anchor', :status, 0, :at, :at, :key)"
)
ROWS = {  # id: (status, de-duplication key as stored before 0053)
    "waiting": ("pending", f"{REFUSAL}:{HASHES}"),
    "again": ("sent", f"{REFUSAL}.1:{HASHES}"),
    "code": ("pending", f"anchor:{HASHES}"),
    "campaign": ("sent", "campaign:3:1:2"),
    "fallback": ("sent", None),
}


def _written_before_0053(url: str) -> None:
    upgrade(url, "0052", VAULT)
    engine = make_engine(url)
    with engine.begin() as conn:
        for row_id, (status, key) in ROWS.items():
            conn.execute(text(MESSAGE), {"id": row_id, "status": status, "key": key, "at": AT})
    engine.dispose()


def _kinds(url: str) -> dict[str, str]:
    engine = make_engine(url)
    with engine.connect() as conn:
        kinds = dict(conn.execute(text("SELECT id, kind FROM outbox")).all())
    engine.dispose()
    return kinds


def test_0053_gives_each_row_its_kind_and_the_refusals_notices_are_found(empty_database):
    _written_before_0053(empty_database)
    upgrade(empty_database, "head", VAULT)
    assert _kinds(empty_database) == {
        "waiting": outbox.REFUSAL_NOTICE,
        "again": outbox.REFUSAL_NOTICE,
        "code": outbox.MESSAGE,
        "campaign": outbox.MESSAGE,
        "fallback": outbox.MESSAGE,
    }
    engine = make_engine(empty_database)
    with UnitOfWorkFactory(make_session_factory(engine), VAULT)() as uow:
        found = outbox.notices_named(uow, outbox.REFUSAL_NOTICE, REFUSAL)
        uow.rollback()
    engine.dispose()
    assert sorted(found) == [(REFUSAL, "pending"), (f"{REFUSAL}.1", "sent")]


def test_0053_downgraded_drops_the_column_and_keeps_every_row(empty_database):
    _written_before_0053(empty_database)
    upgrade(empty_database, "head", VAULT)
    command.downgrade(alembic_config(empty_database), "0052")
    engine = make_engine(empty_database)
    with engine.connect() as conn:
        rows = dict(conn.execute(text("SELECT id, dedupe_key FROM outbox")).all())
        columns = conn.execute(text("SELECT * FROM outbox")).keys()
    engine.dispose()
    assert "kind" not in columns
    assert rows == {row_id: key for row_id, (_, key) in ROWS.items()}
