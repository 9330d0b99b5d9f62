"""Migration 0038 holds each marked agency record's district against its first spelling's
(0036 marked districts as stored, so a record moved in SQL before it fitted), and journals
what the database holds (tests/integration/handlers/directory/test_journal_marks.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace

from sqlalchemy import select, update

from bot import create_app
from handlers.directory import agencies, members
from handlers.directory.access import can_review
from storage import row_seals
from storage.crypto import Vault
from storage.db import make_engine
from storage.insider_models import Agency, AgencyAlias
from storage.models import Ticket
from tests.conftest import TEST_KEYS, make_env
from tests.factories import new_member, new_ticket
from tests.migrated import upgrade
from tests.shared_engines import release

AT = datetime(2026, 3, 10, 3, 4, 5, tzinfo=UTC)
VAULT = Vault("test-secret-key", *TEST_KEYS.values())


def _may_review(services, ticket_id: int, member_id: int) -> bool:
    with services.uow() as uow:
        member = members.get_member(uow, member_id)
        return can_review(uow, member, uow.session.get(Ticket, ticket_id))


def _tied_to_nang_rong(services):
    with services.uow() as uow:
        ticket = new_ticket(uow, agency="อบต.หนองโบสถ์", district="ลำปลายมาศ")
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("district", "นางรอง")])
        uow.commit()
        for record in uow.session.scalars(select(Agency)):
            agencies.review(uow, record)
        uow.commit()
        return ticket.id, reviewer.id, ticket.agency_id, uow.vault, uow.settings.geography


def test_a_record_moved_before_0036_loses_its_mark_at_0038(services, runner):
    ticket_id, reviewer_id, agency_id, vault, geography = _tied_to_nang_rong(services)
    with services.engine.begin() as conn:  # 0035, a writer's move, then 0036
        row_seals.mark_agencies(conn, vault)
        conn.execute(update(Agency).where(Agency.id == agency_id).values(district="ลำปลายมาศ"))
        row_seals.remark_agencies(conn, vault)
    with services.engine.begin() as conn:  # 0038
        moved = row_seals.unmark_moved(conn, agencies.district_of_spelling(geography))
    assert moved == [agency_id]
    assert not _may_review(services, ticket_id, reviewer_id)
    got = runner.invoke(args=["tickets", "verify"])
    assert got.exit_code == 1 and f"agency record {agency_id}" in got.output


def test_records_where_the_application_left_them_keep_their_marks(services):
    ticket_id, reviewer_id, _, _, geography = _tied_to_nang_rong(services)
    with services.uow() as uow:
        new_ticket(uow, agency="เทศบาลตำบลนางรอง")
        new_ticket(uow, agency="สำนักงานที่ดินจังหวัด")
        uow.commit()
    with services.engine.begin() as conn:
        assert row_seals.unmark_moved(conn, agencies.district_of_spelling(geography)) == []
    assert not _may_review(services, ticket_id, reviewer_id)


def test_db_upgrade_unmarks_a_record_moved_before_it(empty_database, tmp_path, gateway):
    """At 0037, a record of หนองโบสถ์ (นางรอง) stored in ลำปลายมาศ with a mark over that
    (as 0036 left it): `flask --app bot db upgrade` clears the mark."""
    upgrade(empty_database, "0037", VAULT)
    engine = make_engine(empty_database)
    record = {
        "id": 7,
        "name": "อบต.หนองโบสถ์",
        "kind": "sao",
        "key": "sao:หนองโบสถ์",
        "district": "ลำปลายมาศ",
        "source": "citizen",
        "reviewed": True,
        "merged_into_id": None,
        "created_at": AT,
    }
    with engine.begin() as conn:
        mark = row_seals.agency_mark(VAULT, SimpleNamespace(**record))
        conn.execute(Agency.__table__.insert().values(**record, mark=mark))
        conn.execute(
            AgencyAlias.__table__.insert().values(
                key="sao:หนองโบสถ์", agency_id=7, sample="อบต.หนองโบสถ์", created_at=AT
            )
        )
    engine.dispose()
    app = create_app({"ENV": make_env(empty_database, tmp_path), "GATEWAY": gateway})
    services = app.extensions["sujarit"]
    try:
        got = app.test_cli_runner().invoke(args=["db", "upgrade"])
        assert got.exit_code == 0, got.output
        with services.engine.connect() as conn:
            assert conn.scalar(select(Agency.mark).where(Agency.id == 7)) is None
    finally:
        release(services.engine)
