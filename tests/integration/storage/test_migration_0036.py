"""Migration 0036 on a database with an agency tie and a reviewed record from before it: the
tie still keeps only what it keeps (its record is marked as stored, not taken as forged), the
record stays reviewed, and `tickets verify`'s lists name neither."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import text

from handlers.directory import agencies, members
from handlers.directory.access import in_force
from storage import row_seals
from storage.crypto import Vault
from storage.db import make_engine, make_session_factory
from storage.uow import UnitOfWorkFactory
from tests.conftest import TEST_KEYS
from tests.migrated import upgrade

AT = datetime(2026, 3, 10, 3, 4, 5, tzinfo=UTC)
VAULT = Vault("test-secret-key", *TEST_KEYS.values())


def _write_before_0036(url: str) -> None:
    """A reviewed record and a reviewer tied to it, written before 0026 sealed ties (0030
    members, 0035 records), as an upgrade to 0035 leaves them."""
    upgrade(url, "0025", VAULT)
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO agencies (id, name, kind, key, source, reviewed, created_at) VALUES"
                " (1, 'อบต.สองห้อง', 'sao', 'sao:สองห้อง', 'citizen', true, :at)"
            ),
            {"at": AT},
        )
        conn.execute(
            text(
                "INSERT INTO members (id, name, role, active, created_at) VALUES"
                " (2, 'ผู้ตรวจ', 'reviewer', true, :at)"
            ),
            {"at": AT},
        )
        conn.execute(
            text(
                "INSERT INTO member_conflicts (member_id, kind, value, agency_id, declared_at)"
                " VALUES (2, 'agency', 'อบต.สองห้อง', 1, :at)"
            ),
            {"at": AT},
        )
    engine.dispose()
    upgrade(url, "0035", VAULT)


def test_0036_marks_the_ties_and_records_it_finds(empty_database):
    _write_before_0036(empty_database)
    upgrade(empty_database, "head", VAULT)
    engine = make_engine(empty_database)
    with UnitOfWorkFactory(make_session_factory(engine), VAULT)() as uow:
        reviewer = members.get_member(uow, 2)
        assert [(c.kind, c.value) for c in in_force(uow, reviewer)] == [("agency", "อบต.สองห้อง")]
        assert agencies.unreviewed_ids(uow) == set()
        assert row_seals.conflict_problems(uow) == {}
        assert row_seals.agency_problems(uow) == {}
    engine.dispose()


def test_db_upgrade_to_0036_leaves_a_record_moved_before_it_unmarked(
    empty_database, tmp_path, gateway
):
    """At 0035 a writer moved a reviewed record of หนองโบสถ์ (นางรอง) to ลำปลายมาศ (0035's
    mark covered no district): `flask --app bot db upgrade --revision 0036` marks the record
    left where its first spelling puts it, and not the moved one (unknown to recusal)."""
    from types import SimpleNamespace

    from sqlalchemy import select

    from bot import create_app
    from storage.insider_models import Agency, AgencyAlias
    from tests.conftest import make_env
    from tests.shared_engines import release

    upgrade(empty_database, "0035", VAULT)
    engine = make_engine(empty_database)
    with engine.begin() as conn:
        for number, place, district in ((7, "หนองโบสถ์", "ลำปลายมาศ"), (8, "สะเดา", "พลับพลาชัย")):
            record = {
                "id": number,
                "name": f"อบต.{place}",
                "kind": "sao",
                "key": f"sao:{place}",
                "district": district,
                "source": "citizen",
                "reviewed": True,
                "merged_into_id": None,
                "created_at": AT,
            }
            fields = SimpleNamespace(**record)
            mark = VAULT.seals(row_seals._agency_payload(fields, row_seals.AGENCY_FIELDS_0035))
            conn.execute(Agency.__table__.insert().values(**record, mark=mark[0]))
            conn.execute(
                AgencyAlias.__table__.insert().values(
                    key=f"sao:{place}", agency_id=number, sample=f"อบต.{place}", created_at=AT
                )
            )
    engine.dispose()
    app = create_app({"ENV": make_env(empty_database, tmp_path), "GATEWAY": gateway})
    services = app.extensions["sujarit"]
    try:
        got = app.test_cli_runner().invoke(args=["db", "upgrade", "--revision", "0036"])
        assert got.exit_code == 0, got.output
        with services.engine.connect() as conn:
            rows = conn.execute(
                select(*(Agency.__table__.c[n] for n in row_seals.AGENCY_FIELDS), Agency.mark)
            )
            holds = {row.id: row_seals.agency_holds(VAULT, row) for row in rows}
        assert holds == {7: False, 8: True}
    finally:
        release(services.engine)
