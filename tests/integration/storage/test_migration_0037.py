"""Migration 0037 journals the chairs and admins a database holds at the upgrade (outside it,
in RECORD_ANCHOR_DIR): wiping them in SQL afterwards no longer lets the next `members add`
chair be founding. Without the journal's folder, or with one it cannot write, the upgrade
stops and says so."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import delete, text, update

from bot import create_app
from handlers.directory import members
from storage import member_seals, record_journal
from storage.crypto import Vault
from storage.db import make_engine
from storage.migrate import current_revision
from storage.migrate import upgrade as migrate
from storage.models import AuditEntry, Member
from tests.conftest import TEST_KEYS, make_env
from tests.factories import line_id
from tests.migrated import upgrade
from tests.shared_engines import release

AT = datetime(2026, 3, 10, 3, 4, 5, tzinfo=UTC)
VAULT = Vault("test-secret-key", *TEST_KEYS.values())
MEMBER = (
    "INSERT INTO members (name, role, active, created_at, user_hash, grant_state)"
    " VALUES (:name, :role, true, :at, :hash, :grant)"
)
# The founding chair and the one they invited, and a reviewer, as a release at 0036 left them.
PEOPLE = [
    ("ประธาน ก", "chair", "founding"),
    ("ประธาน ข", "chair", "invited"),
    ("ผู้ตรวจ", "reviewer", None),
]


def _write_at_0036(url: str) -> None:
    """Two chairs and a reviewer written and sealed at 0036, never sealed again since."""
    upgrade(url, "0036", VAULT)
    engine = make_engine(url)
    with engine.begin() as conn:
        for number, (name, role, grant) in enumerate(PEOPLE):
            row = {"name": name, "role": role, "at": AT, "grant": grant, "hash": f"h{number}"}
            conn.execute(text(MEMBER), row)
        member_seals.mark_stored(conn, VAULT)
    engine.dispose()


def test_wiping_an_upgraded_databases_chairs_makes_no_founding_chair(
    empty_database, tmp_path, gateway
):
    _write_at_0036(empty_database)
    anchors = tmp_path / "anchors"  # the app's RECORD_ANCHOR_DIR (make_env)
    migrate(empty_database, "head", VAULT, journal_folder=str(anchors))
    assert record_journal.role_ever_held(anchors, ("chair",))
    app = create_app({"ENV": make_env(empty_database, tmp_path), "GATEWAY": gateway})
    services = app.extensions["sujarit"]
    try:
        with services.engine.begin() as conn:  # a writer without the keys wipes the chairs
            conn.execute(update(Member.__table__).values(role="reviewer", grant_state=None))
            conn.execute(delete(AuditEntry))
        uid = line_id()
        got = app.test_cli_runner().invoke(
            args=["members", "add", "--line-user-id", uid, "--name", "ประธานใหม่", "--role", "chair"]
        )
        assert got.exit_code == 0, got.output
        with services.uow() as uow:
            newcomer = members.member_for_line_id(uow, uid)
            assert newcomer.grant_state == members.SHELL
            assert not members.grant_counts(uow, newcomer)
    finally:
        release(services.engine)


def test_without_the_journals_folder_the_upgrade_stops(empty_database, tmp_path):
    _write_at_0036(empty_database)
    with pytest.raises(record_journal.JournalUnavailable, match="RECORD_ANCHOR_DIR"):
        migrate(empty_database, "head", VAULT)
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    with pytest.raises(record_journal.JournalUnavailable, match="cannot be written"):
        migrate(empty_database, "head", VAULT, journal_folder=str(blocked / "anchors"))
    assert current_revision(empty_database) == "0036"


def test_db_upgrade_says_why_it_stopped(empty_database, tmp_path, gateway):
    _write_at_0036(empty_database)
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    env = make_env(empty_database, tmp_path, RECORD_ANCHOR_DIR=str(blocked / "anchors"))
    app = create_app({"ENV": env, "GATEWAY": gateway})
    try:
        got = app.test_cli_runner().invoke(args=["db", "upgrade"])
        assert got.exit_code != 0
        assert "database not upgraded" in got.output and "cannot be written" in got.output
        assert current_revision(empty_database) == "0036"
    finally:
        release(app.extensions["sujarit"].engine)


def test_a_database_with_no_chair_needs_no_journal(empty_database):
    upgrade(empty_database, "0036", VAULT)
    migrate(empty_database, "head", VAULT)  # a new install's first upgrade
    assert current_revision(empty_database) == "0038"
