"""Migration 0051 on tickets filed outside the province before it: the province the bot marked
in the place as said ("… (นอกจังหวัดบุรีรัมย์: จ.ศรีสะเกษ)") is read into `outside_province`, and
every record stays whole; downgraded, a province held only in the column is marked in the
place again, and every record stays whole."""

from __future__ import annotations

import uuid

from alembic import command
from sqlalchemy import select

from storage import record_checks, tickets
from storage.crypto import Vault
from storage.db import make_engine, make_session_factory
from storage.migrate import alembic_config
from storage.models import Ticket
from storage.types import attach_vault
from storage.uow import UnitOfWorkFactory
from tests.conftest import TEST_KEYS
from tests.migrated import upgrade

VAULT = Vault("test-secret-key", *TEST_KEYS.values())
MARKED = "อ.เมืองศรีสะเกษ ใกล้ตลาด (นอกจังหวัดบุรีรัมย์: จ.ศรีสะเกษ)"


def _uow(engine):
    return UnitOfWorkFactory(make_session_factory(engine), VAULT)()


def _file(uow, place: str | None, outside: str | None = None) -> str:
    """A ticket as the application files it (sealed, with its first entry)."""
    ticket = Ticket(
        reference=tickets.next_reference(uow, "BRM", 2569),
        status="submitted",
        kind="bribery",
        agency="สภ.ปราสาท",
        official="ตำรวจ",
        place_text=place,
        outside_province=outside,
        description="เรียกรับเงินที่ด่านตรวจ",
        owner_line_id_enc=uow.vault.encrypt("U" + uuid.uuid4().hex),
        tracking_code_hash=uuid.uuid4().hex,
    )
    uow.session.add(ticket)
    uow.session.flush()
    tickets.add_timeline(uow, ticket, "status", "complainant", None, None, "submitted")
    uow.session.flush()
    return ticket.reference


def _filed(url: str) -> dict[str, tuple]:
    """Tickets filed at the head: one marked the way before 0051, one with the column only,
    one inside the province; references to (place, province)."""
    upgrade(url, "head", VAULT)
    engine = make_engine(url)
    attach_vault(engine, VAULT)
    with _uow(engine) as uow:
        filed = {
            _file(uow, MARKED): (MARKED, None),
            _file(uow, "สภ.ปราสาท", "สุรินทร์"): ("สภ.ปราสาท", "สุรินทร์"),
            _file(uow, "บ้านโคก"): ("บ้านโคก", None),
        }
        uow.commit()
    engine.dispose()
    return filed


def _down(url: str) -> None:
    cfg = alembic_config(url)
    cfg.attributes["vault"] = VAULT
    command.downgrade(cfg, "0050")


def _read_and_broken(url: str) -> tuple[dict, dict]:
    engine = make_engine(url)
    attach_vault(engine, VAULT)
    with _uow(engine) as uow:
        read = {
            row.reference: (row.place_text, row.outside_province)
            for row in uow.session.execute(
                select(Ticket.reference, Ticket.place_text, Ticket.outside_province)
            )
        }
        broken = record_checks.check(uow).broken
    engine.dispose()
    return read, broken


def test_0051_reads_the_marked_province_and_keeps_every_record_whole(empty_database):
    filed = _filed(empty_database)
    _down(empty_database)
    upgrade(empty_database, "head", VAULT)
    read, broken = _read_and_broken(empty_database)
    assert broken == {}
    by_place = {place: province for place, province in read.values()}
    assert by_place[MARKED] == "ศรีสะเกษ"  # the mark read into the column, the words kept
    assert by_place["บ้านโคก"] is None
    marked_again = next(p for p in by_place if p.startswith("สภ.ปราสาท"))
    assert by_place[marked_again] == "สุรินทร์"  # held in the mark while downgraded
    assert set(read) == set(filed)


def test_0051_downgraded_the_province_is_marked_in_the_place(empty_database):
    _filed(empty_database)
    _down(empty_database)
    engine = make_engine(empty_database)
    with engine.connect() as conn:
        places = set(conn.exec_driver_sql("SELECT place_text FROM tickets").scalars())
    engine.dispose()
    assert "สภ.ปราสาท (นอกจังหวัดบุรีรัมย์: จ.สุรินทร์)" in places
    assert MARKED in places and "บ้านโคก" in places  # marked once, never twice
