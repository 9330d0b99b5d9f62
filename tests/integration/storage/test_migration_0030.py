"""Migration 0030 on a database written before it: how each member's role came is read from
the audit log onto their row (a chair made at the shell stays shell-made until vouched for,
the founding one stays founding, a vouched one vouched), and every member is sealed with
their ties, so what the application wrote before keeps counting."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import text
from sqlalchemy.orm import sessionmaker

from handlers.directory import members
from storage.crypto import Vault
from storage.db import make_engine
from storage.types import attach_vault
from storage.uow import UnitOfWorkFactory
from tests.conftest import TEST_KEYS
from tests.migrated import upgrade

AT = datetime(2026, 3, 10, 3, 4, 5, tzinfo=UTC)
VAULT = Vault("test-secret-key", *TEST_KEYS.values())
MEMBER = (
    "INSERT INTO members (id, name, role, active, created_at) VALUES (:id, :name, :role, true, :at)"
)
AUDIT = "INSERT INTO audit_log (at, actor, action, detail) VALUES (:at, :actor, :action, :detail)"
# 1 founding, 2 made at the shell and vouched for by 1, 3 made at the shell and not, 4 a
# reviewer (no grant at all) with a declared tie.
PEOPLE = [(1, "ประธานผู้ก่อตั้ง", "chair"), (2, "ประธานรับรอง", "chair"),
          (3, "ประธานรอ", "chair"), (4, "ผู้ตรวจ", "reviewer")]  # fmt: skip
LOG = [
    ("cli:operator", "shell_grant", "member:1 chair founding"),
    ("cli:operator", "shell_grant", "member:2 chair"),
    ("member:1", "confirm_shell_grant", "member:2 chair"),
    ("cli:operator", "shell_grant", "member:3 chair"),
]


def _write_before_0030(url: str) -> None:
    upgrade(url, "0029", VAULT)
    engine = make_engine(url)
    with engine.begin() as conn:
        for member_id, name, role in PEOPLE:
            conn.execute(text(MEMBER), {"id": member_id, "name": name, "role": role, "at": AT})
        for actor, action, detail in LOG:
            values = {"at": AT, "actor": actor, "action": action, "detail": detail}
            conn.execute(text(AUDIT), values)
        conn.execute(
            text(
                "INSERT INTO member_conflicts (member_id, kind, value, declared_at) VALUES"
                " (4, 'district', '3104', :at)"
            ),
            {"at": AT},
        )
    engine.dispose()


def test_0030_brings_each_members_grant_over_and_seals_them(empty_database, tmp_path):
    _write_before_0030(empty_database)
    upgrade(empty_database, "head", VAULT, str(tmp_path / "anchors"))  # 0037 journals chairs
    engine = make_engine(empty_database)
    attach_vault(engine, VAULT)
    with UnitOfWorkFactory(sessionmaker(bind=engine), VAULT)() as uow:
        found = {m.id: m for m in members.list_members(uow)}
        assert {i: m.grant_state for i, m in found.items()} == {
            1: "founding",
            2: "vouched",
            3: "shell",
            4: None,
        }
        assert found[2].vouched_by == 1
        assert all(members.record_fits(uow, m) for m in found.values())
        assert [m.id for m in members.unvouched_grants(uow)] == [3]
        assert not members.grant_vouched(uow, found[1]) and members.grant_counts(uow, found[1])
        assert members.may_vouch(uow, found[2]) and not members.may_vouch(uow, found[1])
        assert [c.value for c in found[4].conflicts] == ["3104"]
    engine.dispose()
