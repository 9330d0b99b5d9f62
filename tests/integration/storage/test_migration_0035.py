"""Migration 0035 on a database with members sealed before it: every member still fits (their
version 0 is left out of their seal) and a record a chair reviewed stays reviewed (marked as
stored); the application's next change seals a member as version 1 in the record journal,
and their row copied back from before that change (their removal) no longer fits."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select, text, update

from handlers.directory import agencies, members
from storage import record_journal
from storage.crypto import Vault
from storage.db import make_engine, make_session_factory
from storage.models import Member
from storage.uow import UnitOfWorkFactory
from tests.conftest import TEST_KEYS
from tests.migrated import upgrade

AT = datetime(2026, 3, 10, 3, 4, 5, tzinfo=UTC)
VAULT = Vault("test-secret-key", *TEST_KEYS.values())
MEMBER = (
    "INSERT INTO members (id, name, role, active, created_at) VALUES (:id, :name, :role, true, :at)"
)
PEOPLE = [(1, "ประธาน", "chair"), (2, "ผู้ตรวจ", "reviewer")]


def _write_before_0035(url: str) -> None:
    """Members written before 0030, sealed by it, as an upgrade to 0034 leaves them."""
    upgrade(url, "0029", VAULT)
    engine = make_engine(url)
    with engine.begin() as conn:
        for member_id, name, role in PEOPLE:
            conn.execute(text(MEMBER), {"id": member_id, "name": name, "role": role, "at": AT})
        conn.execute(
            text(
                "INSERT INTO member_conflicts (member_id, kind, value, declared_at) VALUES"
                " (2, 'district', '3104', :at)"
            ),
            {"at": AT},
        )
        conn.execute(
            text(
                "INSERT INTO agencies (id, name, kind, key, source, reviewed, created_at) VALUES"
                " (1, 'อบต.สองห้อง', 'sao', 'sao:สองห้อง', 'citizen', true, :at)"
            ),
            {"at": AT},
        )
    engine.dispose()
    upgrade(url, "0034", VAULT)


def test_0035_keeps_every_member_fitting_and_versions_what_comes_after(empty_database, tmp_path):
    _write_before_0035(empty_database)
    upgrade(empty_database, "head", VAULT, str(tmp_path / "anchors"))  # 0037 journals chairs
    engine = make_engine(empty_database)
    sessions = make_session_factory(engine)
    record_journal.install(sessions, tmp_path / "anchors")
    units = UnitOfWorkFactory(sessions, VAULT)
    with units() as uow:
        found = {m.id: m for m in members.list_members(uow)}
        assert {i: m.version for i, m in found.items()} == {1: 0, 2: 0}
        assert all(members.record_fits(uow, m) for m in found.values())
        assert agencies.unreviewed_ids(uow) == set()  # the chair's review still stands
    with engine.connect() as conn:
        columns = (Member.active, Member.removed_at, Member.version, Member.seal)
        before = conn.execute(select(*columns).where(Member.id == 2)).one()
    with units() as uow:
        members.remove_member(uow, 2, actor="cli:operator")
        uow.commit()
        reviewer = members.get_member(uow, 2)
        assert reviewer.version == 1 and members.record_fits(uow, reviewer)
    with engine.begin() as conn:
        conn.execute(update(Member).where(Member.id == 2).values(**before._asdict()))
    with units() as uow:
        assert not members.record_fits(uow, members.get_member(uow, 2))
        assert members.record_fits(uow, members.get_member(uow, 1))
    engine.dispose()
