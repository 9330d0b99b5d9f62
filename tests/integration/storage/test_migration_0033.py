"""Migration 0033 on tickets filed before it: each ticket's language, stored plain, is sealed
when the keys are given (a copy then cannot list the tickets filed in English), still read back
as it was, and every record stays whole; without the keys it stays readable until `keys
rotate` seals it."""

from __future__ import annotations

import uuid

from alembic import command
from sqlalchemy import select, text

from storage import record_checks, tickets
from storage.crypto import Vault
from storage.db import make_engine, make_session_factory
from storage.migrate import alembic_config
from storage.models import Ticket
from storage.rekey import rotate_rows
from storage.types import attach_vault
from storage.uow import UnitOfWorkFactory
from tests.conftest import TEST_KEYS
from tests.migrated import upgrade

VAULT = Vault("test-secret-key", *TEST_KEYS.values())


def _uow(engine):
    return UnitOfWorkFactory(make_session_factory(engine), VAULT)()


def _file(uow, language: str) -> str:
    """A ticket as the application files it (sealed, with its first entry)."""
    ticket = Ticket(
        reference=tickets.next_reference(uow, "BRM", 2569),
        status="submitted",
        kind="bribery",
        agency="อบต.สองห้อง",
        official="ปลัด",
        description="เรียกรับเงินค่าใบอนุญาต",
        owner_line_id_enc=uow.vault.encrypt("U" + uuid.uuid4().hex),
        tracking_code_hash=uuid.uuid4().hex,
        language=language,
    )
    uow.session.add(ticket)
    uow.session.flush()
    tickets.add_timeline(uow, ticket, "status", "complainant", None, None, "submitted")
    uow.session.flush()
    return ticket.reference


def _filed_before_0033(url: str) -> dict[str, str]:
    """Two tickets filed by the application (one in English), then the schema taken back to
    0032, where a ticket's language is plain text: references to languages."""
    upgrade(url, "head", VAULT)
    engine = make_engine(url)
    attach_vault(engine, VAULT)
    filed = {}
    with _uow(engine) as uow:
        for language in ("en", "th"):
            filed[_file(uow, language)] = language
        uow.commit()
    engine.dispose()
    cfg = alembic_config(url)
    cfg.attributes["vault"] = VAULT
    command.downgrade(cfg, "0032")
    return filed


def _stored_read_and_broken(url: str) -> tuple[dict, dict, dict]:
    """What a copy reads, what the application reads, and what `tickets verify` finds."""
    engine = make_engine(url)
    attach_vault(engine, VAULT)
    with engine.connect() as conn:
        stored = dict(conn.execute(text("SELECT reference, language FROM tickets")).all())
        read = dict(conn.execute(select(Ticket.reference, Ticket.language)).all())
    with _uow(engine) as uow:
        broken = record_checks.check(uow).broken
    engine.dispose()
    return stored, read, broken


def test_0033_downgrade_leaves_plain_languages_and_whole_records(empty_database):
    filed = _filed_before_0033(empty_database)
    stored, read, broken = _stored_read_and_broken(empty_database)
    assert stored == filed and read == filed and broken == {}


def test_0033_seals_each_tickets_language_and_keeps_every_record_whole(empty_database):
    filed = _filed_before_0033(empty_database)
    upgrade(empty_database, "head", VAULT)
    stored, read, broken = _stored_read_and_broken(empty_database)
    assert not {"en", "th"} & set(stored.values())
    assert len({len(v) for v in stored.values()}) == 1  # padded alike
    assert read == filed and broken == {}


def test_0033_without_the_keys_leaves_languages_readable_until_keys_rotate(empty_database):
    filed = _filed_before_0033(empty_database)
    upgrade(empty_database, "head")
    stored, read, broken = _stored_read_and_broken(empty_database)
    assert stored == filed and read == filed and broken == {}
    engine = make_engine(empty_database)
    attach_vault(engine, VAULT)
    with _uow(engine) as uow:
        rotate_rows(uow)
        uow.commit()
    engine.dispose()
    stored, read, broken = _stored_read_and_broken(empty_database)
    assert not {"en", "th"} & set(stored.values())
    assert read == filed and broken == {}
