"""Migration 0048 on evidence kept before it: each document's file name and exact size,
stored plain, are sealed when the keys are given (a copy reads neither), and the application
still reads them as they were; downgraded, they are plain again."""

from __future__ import annotations

from alembic import command
from sqlalchemy import select, text

from storage.crypto import Vault
from storage.db import make_engine
from storage.migrate import alembic_config
from storage.models import Evidence
from storage.types import attach_vault
from tests.conftest import TEST_KEYS
from tests.migrated import upgrade

VAULT = Vault("test-secret-key", *TEST_KEYS.values())
NAME = "สำเนาบัตร_สมชาย_ใจดี.pdf"


def _kept_before_0048(url: str) -> None:
    upgrade(url, "0047", VAULT)
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO evidence (id, line_message_id, media_kind, file_name, size_bytes,"
                " status, attempts, next_attempt_at, created_at) VALUES (1, 'm1', 'file',"
                " :name, 123466, 'stored', 0, '2026-03-10', '2026-03-10')"
            ),
            {"name": NAME},
        )
    engine.dispose()


def _stored_and_read(url: str) -> tuple[tuple, tuple]:
    engine = make_engine(url)
    attach_vault(engine, VAULT)
    with engine.connect() as conn:
        stored = tuple(conn.execute(text("SELECT file_name, size_bytes FROM evidence")).one())
        read = tuple(conn.execute(select(Evidence.file_name, Evidence.size_bytes)).one())
    engine.dispose()
    return stored, read


def test_0048_seals_names_and_sizes_and_reads_them_back(empty_database):
    _kept_before_0048(empty_database)
    upgrade(empty_database, "head", VAULT)
    stored, read = _stored_and_read(empty_database)
    assert "สมชาย" not in stored[0] and "123466" not in str(stored[1])
    assert read == (NAME, 123466)


def test_0048_downgraded_they_are_plain_again(empty_database):
    _kept_before_0048(empty_database)
    upgrade(empty_database, "head", VAULT)
    cfg = alembic_config(empty_database)
    cfg.attributes["vault"] = VAULT
    command.downgrade(cfg, "0047")
    engine = make_engine(empty_database)
    with engine.connect() as conn:
        stored = tuple(conn.execute(text("SELECT file_name, size_bytes FROM evidence")).one())
    engine.dispose()
    assert stored == (NAME, 123466)


def test_0048_without_the_keys_reads_them_plain(empty_database):
    _kept_before_0048(empty_database)
    upgrade(empty_database, "head")
    stored, read = _stored_and_read(empty_database)
    assert read == (NAME, 123466) and stored[0] == NAME
