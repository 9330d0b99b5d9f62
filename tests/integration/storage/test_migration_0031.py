"""Migration 0031 on a database written before it: a message still waiting keeps its
recipient's language sealed when the keys are given (a copy then cannot tell who is written
to in English) and is still sent in it; a delivered message keeps no language at all."""

from __future__ import annotations

from datetime import UTC, datetime

from alembic import command
from sqlalchemy import select, text
from sqlalchemy.orm import sessionmaker

from storage.crypto import Vault
from storage.db import make_engine
from storage.migrate import alembic_config
from storage.models import OutboxMessage
from storage.rekey import rotate_rows
from storage.types import attach_vault
from storage.uow import UnitOfWorkFactory
from tests.conftest import TEST_KEYS
from tests.migrated import upgrade

AT = datetime(2026, 3, 10, 3, 0, tzinfo=UTC)
VAULT = Vault("test-secret-key", *TEST_KEYS.values())
MESSAGE = (
    "INSERT INTO outbox (id, channel, recipient_enc, recipient_count, language, payload,"
    " purpose, status, attempts, next_attempt_at, created_at) VALUES"
    " (:id, 'push', :who, 1, :language, '[]', 'status:taken', :status, 0, :at, :at)"
)
ROWS = (("waiting-en", "en", "pending"), ("waiting-th", "th", "pending"), ("sent", "", "sent"))


def _write_before_0031(url: str) -> None:
    upgrade(url, "0029", VAULT)
    engine = make_engine(url)
    with engine.begin() as conn:
        for row_id, language, status in ROWS:
            who = VAULT.encrypt("U" + "0" * 32) if status == "pending" else None
            conn.execute(
                text(MESSAGE),
                {"id": row_id, "who": who, "language": language, "status": status, "at": AT},
            )
    engine.dispose()


def _stored_and_read(url: str) -> tuple[dict, dict]:
    engine = make_engine(url)
    attach_vault(engine, VAULT)
    with engine.connect() as conn:
        stored = dict(conn.execute(text("SELECT id, language FROM outbox")).all())
        read = dict(conn.execute(select(OutboxMessage.id, OutboxMessage.language)).all())
    engine.dispose()
    return stored, read


def test_0031_seals_a_waiting_messages_language_and_reads_it_back(empty_database):
    _write_before_0031(empty_database)
    upgrade(empty_database, "head", VAULT)
    stored, read = _stored_and_read(empty_database)
    assert not {"en", "th", ""} & set(stored.values())
    assert len({len(stored["waiting-en"]), len(stored["waiting-th"])}) == 1  # padded alike
    assert read == {"waiting-en": "en", "waiting-th": "th", "sent": None}


def test_0031_without_the_keys_leaves_languages_readable_until_keys_rotate(empty_database):
    _write_before_0031(empty_database)
    upgrade(empty_database, "head")
    _, read = _stored_and_read(empty_database)
    assert read == {"waiting-en": "en", "waiting-th": "th", "sent": None}
    engine = make_engine(empty_database)
    with UnitOfWorkFactory(sessionmaker(bind=engine), VAULT)() as uow:
        rotate_rows(uow)
        uow.commit()
    engine.dispose()
    stored, read = _stored_and_read(empty_database)
    assert "en" not in stored.values() and read["waiting-en"] == "en"


def test_0031_downgrade_opens_the_languages_again(empty_database):
    _write_before_0031(empty_database)
    upgrade(empty_database, "head", VAULT)
    cfg = alembic_config(empty_database)
    cfg.attributes["vault"] = VAULT
    command.downgrade(cfg, "0029")
    engine = make_engine(empty_database)
    with engine.connect() as conn:
        stored = dict(conn.execute(text("SELECT id, language FROM outbox")).all())
    engine.dispose()
    assert stored == {"waiting-en": "en", "waiting-th": "th", "sent": ""}
