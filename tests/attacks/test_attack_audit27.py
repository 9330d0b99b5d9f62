"""audit27: the audit log's start kept in three places (the `audit-start` file, its keyed
journal line, the database's sealed `audit_start` row), attacked as an insider would: a
database writer, someone with the journal folder, the command line, a copy.

Each test passes when the protection holds; one marked xfail(strict) is an attack that gets
through today (its reason says how)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import delete, select, update

from storage import audit, journal_lines
from storage.models import AuditEntry, AuditStart
from storage.record_journal import AUDIT_START_FILE
from tests.attacks.forging import OLD, anchor_folder, audited, forge, sql, started, verify
from tests.conftest import TEST_KEYS
from tests.shared_engines import release

NEW_LOOKUP = "the-new-lookup-key-for-the-audit-start-0123456789"


def _row(services):
    with services.engine.connect() as conn:
        return conn.execute(select(AuditStart.__table__)).one_or_none()


def _verified_elsewhere(database_url, tmp_path, gateway, clock, **extra) -> tuple[int, str]:
    again = started(database_url, tmp_path, gateway, clock, **extra)
    try:
        return verify(again)
    finally:
        release(again.extensions["sujarit"].engine)


# -- the start as noted -------------------------------------------------------------------


def test_the_start_is_in_its_own_row_not_in_the_audit_log(app, services):
    """The audit page lists `audit_log`: no marker row of the journal's among its entries."""
    row = _row(services)
    assert row is not None and row.seal
    text = (anchor_folder(services) / AUDIT_START_FILE).read_text(encoding="utf-8").split()
    assert text == [str(row.highest), row.noted_at, str(row.covered)]
    with services.engine.connect() as conn:
        assert conn.execute(select(AuditEntry.__table__)).all() == []
    assert verify(app)[0] == 0


def test_a_normal_restart_verifies_clean(app, services, database_url, tmp_path, gateway, clock):
    audited(services)
    before = _row(services)
    code, output = _verified_elsewhere(database_url, tmp_path, gateway, clock)
    assert code == 0, output
    assert _row(services) == before


# -- a database writer ----------------------------------------------------------------------


@pytest.mark.parametrize("column", ["highest", "covered"])
def test_start_row_changed_in_sql_noticed(app, services, column):
    audited(services)
    table = AuditStart.__table__
    sql(services, update(table).values({column: table.c[column] + 100}))
    code, output = verify(app)
    assert code == 1 and "audit log start" in output


def test_start_row_from_another_start_noticed(app, services):
    """A row sealed for another start (the same keys, another database) is not this one's."""
    audited(services)
    with services.uow() as uow:
        other = journal_lines.start_marks(uow.vault, "999 2020-01-01T00:00:00.000000Z 0")[0]
    table = AuditStart.__table__
    values = {"highest": 999, "noted_at": "2020-01-01T00:00:00.000000Z", "covered": 0}
    sql(services, update(table).values(seal=other, **values))
    forge(services)
    code, output = verify(app)
    assert code == 1 and "audit log start" in output and "not written by the application" in output


def test_start_row_deleted_noticed_then_written_again_from_the_folder(
    app, services, database_url, tmp_path, gateway, clock
):
    """Deleted in SQL: verify says so; the next start writes it again from the folder's
    start, which is whole (nothing adopted: a row forged meanwhile still shows)."""
    audited(services)
    sql(services, delete(AuditStart.__table__))
    code, output = verify(app)
    assert code == 1 and "audit start row is gone" in output
    assert _verified_elsewhere(database_url, tmp_path, gateway, clock)[0] == 0
    assert _row(services) is not None
    forge(services)
    code, output = _verified_elsewhere(database_url, tmp_path, gateway, clock)
    assert code == 1 and "not written by the application" in output


def test_start_row_deleted_then_copied_to_a_new_folder_noticed(
    app, services, database_url, tmp_path, gateway, clock
):
    """Held (fixA32; was through): the new start adopted every stored row, and nothing off
    the database witnessed it (storage/start_witness.py): verify fails closed."""
    audited(services)
    forge(services)
    sql(services, delete(AuditStart.__table__))
    fresh = str(tmp_path / "elsewhere")
    code, output = _verified_elsewhere(
        database_url, tmp_path, gateway, clock, RECORD_ANCHOR_DIR=fresh
    )
    assert code == 1 and "audit" in output


# -- someone with the journal folder --------------------------------------------------------


def test_start_file_written_again_with_a_forged_journal_line_noticed(app, services):
    """Without the lookup key no line answers to a made-up start."""
    audited(services)
    folder = anchor_folder(services)
    (folder / AUDIT_START_FILE).write_text("0 2020-01-01T00:00:00.000000Z 0\n", "utf-8")
    with next(folder.glob("journal-*.log")).open("a", encoding="utf-8") as journal:
        journal.write("audit-start:" + "0" * 32 + "\n")
    forge(services)
    code, output = verify(app)
    assert code == 1 and "audit log start" in output


def test_folder_wiped_noticed_and_nothing_adopted(
    app, services, database_url, tmp_path, gateway, clock
):
    audited(services)
    forge(services)
    folder = anchor_folder(services)
    shutil.rmtree(folder)
    code, output = _verified_elsewhere(database_url, tmp_path, gateway, clock)
    assert code == 1 and "new for a database that had one" in output
    assert "not written by the application" in output
    assert not (folder / AUDIT_START_FILE).exists()  # the restart noted no start over them


def test_start_line_dropped_from_the_journal_is_written_again(
    app, services, database_url, tmp_path, gateway, clock
):
    """The row and the file still agree: the line (lost as in a failed write) is journalled
    again at the next start, and a row forged meanwhile still shows."""
    audited(services)
    for journal in anchor_folder(services).glob("journal-*.log"):
        kept = [x for x in journal.read_text("utf-8").splitlines(True) if "audit-start:" not in x]
        journal.write_text("".join(kept), "utf-8")
    forge(services)
    code, output = _verified_elsewhere(database_url, tmp_path, gateway, clock)
    assert code == 1 and "not written by the application" in output
    written = "".join(j.read_text("utf-8") for j in anchor_folder(services).glob("journal-*.log"))
    assert f"audit-start:{_row(services).seal}" in written


# -- the command line -----------------------------------------------------------------------


def test_a_command_run_with_another_folder_adopts_nothing(
    app, services, database_url, tmp_path, gateway, clock
):
    """`RECORD_ANCHOR_DIR=/tmp/x flask tickets verify`: that folder notes no start over the
    database's rows, and the real folder still verifies clean."""
    audited(services)
    before = _row(services)
    other = str(tmp_path / "other")
    code, output = _verified_elsewhere(
        database_url, tmp_path, gateway, clock, RECORD_ANCHOR_DIR=other
    )
    assert code == 1 and "new for a database that had one" in output
    assert not (Path(other) / AUDIT_START_FILE).exists()
    assert _row(services) == before
    assert verify(app)[0] == 0


def test_an_entry_written_by_a_process_without_the_folder_noticed(
    app, services, database_url, tmp_path, gateway, clock
):
    """A shell with the keys but no RECORD_ANCHOR_DIR writes an entry the journal never saw:
    the start covered every entry, so it shows whatever its id and date."""
    audited(services)
    shell = started(database_url, tmp_path, gateway, clock, RECORD_ANCHOR_DIR="")
    try:
        with shell.extensions["sujarit"].uow() as uow:
            audit.record(uow, "member:1", "vouch", "from a shell").at = OLD
            uow.commit()
    finally:
        release(shell.extensions["sujarit"].engine)
    code, output = verify(app)
    assert code == 1 and "1 audit entr(y/ies) not written by the application" in output


# -- retention and key rotation -------------------------------------------------------------


def test_retention_pruning_verifies_clean(app, services):
    from storage import retention

    with services.uow() as uow:
        audit.record(uow, "system", "view_identity", "old").at = OLD
        uow.commit()
    audited(services)
    with services.uow() as uow:
        assert retention.prune_records(uow, retention.RetentionPolicy())["audit"] == 1
        uow.commit()
    code, output = verify(app)
    assert code == 0, output


def test_key_rotation_then_the_old_key_retired_verifies_clean(
    database_url, tmp_path, gateway, clock
):
    old = TEST_KEYS["DATA_LOOKUP_KEY"]
    first = started(database_url, tmp_path, gateway, clock, DATA_LOOKUP_KEY=old)
    audited(first.extensions["sujarit"])
    release(first.extensions["sujarit"].engine)

    both = started(database_url, tmp_path, gateway, clock, DATA_LOOKUP_KEY=f"{NEW_LOOKUP},{old}")
    rotated = both.test_cli_runner().invoke(args=["keys", "rotate"])
    assert rotated.exit_code == 0, rotated.output
    counts = json.loads(rotated.output.strip().splitlines()[-1])["rotated"]
    assert counts["audit_rejournalled"] >= 4  # three entries and the start
    release(both.extensions["sujarit"].engine)

    retired = started(database_url, tmp_path, gateway, clock, DATA_LOOKUP_KEY=NEW_LOOKUP)
    services = retired.extensions["sujarit"]
    try:
        code, output = verify(retired)
        assert code == 0, output
        sql(services, update(AuditStart.__table__).values(covered=AuditStart.covered + 1))
        code, output = verify(retired)
        assert code == 1 and "audit log start" in output
    finally:
        release(services.engine)
