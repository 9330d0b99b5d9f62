"""fixA32's own attacks on its fix (issue #17, insiders): the audit log's start counts as
witnessed only by an anchor whose code left the machine (`anchored-start:` lines, keyed, in
RECORD_ANCHOR_DIR; storage/start_witness.py), a chair's code given to `tickets verify --code`,
or the operator accepting it at the shell (`tickets anchor --accept-start`, the chairs told).
A passing test: the protection held; `xfail(strict=True)`: it got through (the reason says
how)."""

from __future__ import annotations

import hashlib
import json
import threading

import pytest
from sqlalchemy import select, text

from bot.jobs.records import verify_records
from storage import journal_lines, record_anchors, start_witness
from storage.crypto import Vault
from storage.transparency_models import RecordAnchor
from tests.attacks.forging import audited, forge, started, verify_result
from tests.factories import add_member


def through(reason: str):
    return pytest.mark.xfail(strict=True, reason=f"through: {reason}")


def _anchor(runner, tmp_path) -> str:
    """`tickets anchor`: the digest it published (its code went to the chairs)."""
    out = runner.invoke(args=["tickets", "anchor", "--out", str(tmp_path / "a.json")])
    assert out.exit_code == 0, out.output
    return json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))["digest"]


def _start_deleted_beside_a_new_folder(services, database_url, tmp_path, gateway, clock):
    """The attack of round 29: a forged entry, the start row deleted, the application
    started beside a new, empty folder (its start adopts every stored entry)."""
    forge(services)
    with services.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_start"))
    elsewhere = tmp_path / "elsewhere"
    return started(database_url, elsewhere, gateway, clock), elsewhere / "anchors"


def _journal(folder, line: str) -> None:
    day = sorted(folder.glob("journal-*.log"))[-1]
    with day.open("a", encoding="utf-8") as journal:
        journal.write(line)


# --- what must not alarm ------------------------------------------------------------------------


def test_a_new_installation_is_not_alarmed_and_its_first_anchor_witnesses_it(
    runner, services, tmp_path
):
    """Entries written after a start noted on an empty audit log: verify passes before any
    anchor, and the first anchor journals the start as witnessed."""
    audited(services)
    assert verify_result(runner).exit_code == 0
    _anchor(runner, tmp_path)
    folder = tmp_path / "anchors"
    with services.uow() as uow:
        row = start_witness.current(uow)
        assert start_witness.witnessed(folder, uow.vault, start_witness.text_of(row))
    assert verify_result(runner).exit_code == 0


# --- the command line -------------------------------------------------------------------------


def test_the_chairs_code_given_to_verify_after_the_attack_says_missing(
    runner, services, database_url, tmp_path, gateway, clock
):
    """The operator asks a chair for the latest code: the anchor of it was deleted with the
    start, so `--code` says missing, and nothing is noted as witnessed."""
    audited(services)
    told = _anchor(runner, tmp_path)
    with services.engine.begin() as conn:
        conn.execute(text("DELETE FROM record_anchors"))
    other, folder = _start_deleted_beside_a_new_folder(
        services, database_url, tmp_path, gateway, clock
    )
    code = record_anchors.code_of(told)
    checked = other.test_cli_runner().invoke(args=["tickets", "verify", "--code", code])
    assert checked.exit_code == 1 and ": missing" in checked.output, checked.output
    assert "anchored-start:" not in "".join(p.read_text() for p in folder.glob("journal-*"))


def test_the_chairs_code_of_the_anchor_resealed_with_the_new_start_says_missing(
    runner, services, database_url, tmp_path, gateway, clock
):
    """The anchor re-made with the public SHA-256 to hold the new start: a chair's code is
    of the old digest, which no anchor has any more."""
    audited(services)
    told = _anchor(runner, tmp_path)
    other, _ = _start_deleted_beside_a_new_folder(services, database_url, tmp_path, gateway, clock)
    with services.uow() as uow:
        for anchor in uow.session.scalars(select(RecordAnchor)):
            witness = [r for r in json.loads(anchor.witness) if r[0] != "audit-start"] + [
                ["audit-start", *start_witness.text_of(start_witness.current(uow)).split()]
            ]
            anchor.witness = json.dumps(witness)
            anchor.digest = record_anchors._digest(json.loads(anchor.heads), witness)
        uow.commit()
    code = record_anchors.code_of(told)
    checked = other.test_cli_runner().invoke(args=["tickets", "verify", "--code", code])
    assert checked.exit_code == 1 and ": missing" in checked.output, checked.output


def test_accepting_the_start_is_refused_when_more_is_broken(
    runner, services, database_url, tmp_path, gateway, clock
):
    """`--accept-start` anchors only over the start unwitnessed alone: with the start row's
    text changed in SQL besides, it is refused and nothing is anchored."""
    audited(services)
    other, _ = _start_deleted_beside_a_new_folder(services, database_url, tmp_path, gateway, clock)
    with services.engine.begin() as conn:
        conn.execute(text("UPDATE audit_start SET covered = 0, highest = 0"))
    out = other.test_cli_runner().invoke(
        args=["tickets", "anchor", "--accept-start", "--out", str(tmp_path / "b.json")]
    )
    assert out.exit_code == 1, out.output
    with services.uow() as uow:
        assert uow.session.scalar(select(RecordAnchor.id).limit(1)) is None


def test_accepting_the_start_at_the_shell_is_told_to_the_chairs(
    runner, services, database_url, tmp_path, gateway, clock
):
    """Whoever accepts a start at the shell (the attacker too, with a shell and the keys) is
    seen: the chairs get a message saying so and how many entries it took as genuine, and
    the audit log keeps it."""
    add_member(services, "chair")
    audited(services)
    other, _ = _start_deleted_beside_a_new_folder(services, database_url, tmp_path, gateway, clock)
    out = other.test_cli_runner().invoke(
        args=["tickets", "anchor", "--accept-start", "--out", str(tmp_path / "b.json")]
    )
    assert out.exit_code == 0, out.output
    assert verify_result(other.test_cli_runner()).exit_code == 0
    with services.uow() as uow:
        actions = uow.session.scalars(text("SELECT action FROM audit_log")).all()
    said = json.dumps(gateway.sent, ensure_ascii=False)
    assert "ไม่ใช่ด้วยรหัสที่ท่านถือไว้" in said and "รับรายการที่มีอยู่ก่อน" in said
    assert "audit_start_accepted" in actions


# --- a copy without keys ------------------------------------------------------------------------


def test_the_old_folders_witness_line_copied_into_the_new_folder(
    runner, services, database_url, tmp_path, gateway, clock
):
    """A writer of both folders copies the old start's `anchored-start:` line into the new
    one: it is the mark of the old start, not of the new."""
    audited(services)
    _anchor(runner, tmp_path)
    old = [
        line
        for path in (tmp_path / "anchors").glob("journal-*.log")
        for line in path.read_text(encoding="utf-8").splitlines(keepends=True)
        if line.startswith(journal_lines.ANCHORED_START_PREFIX)
    ]
    assert old
    other, folder = _start_deleted_beside_a_new_folder(
        services, database_url, tmp_path, gateway, clock
    )
    _journal(folder, "".join(old))
    checked = verify_result(other.test_cli_runner())
    assert checked.exit_code == 1 and "unwitnessed since" in checked.output


@pytest.mark.parametrize("how", ["sha256", "other-keys", "flood"])
def test_a_witness_line_made_without_the_lookup_key(
    runner, services, database_url, tmp_path, gateway, clock, how
):
    """The line made with the public SHA-256, under keys of the writer's own (a copy of the
    application run with other keys), or ten thousand lines of guesses: none fits."""
    audited(services)
    other, folder = _start_deleted_beside_a_new_folder(
        services, database_url, tmp_path, gateway, clock
    )
    with services.uow() as uow:
        start = start_witness.text_of(start_witness.current(uow))
    if how == "sha256":
        marks = [hashlib.sha256(f"anchored-start {start}".encode()).hexdigest()[:32]]
    elif how == "other-keys":
        marks = journal_lines.anchored_marks(Vault("someone-elses-secret"), start)
    else:
        marks = [hashlib.sha256(str(i).encode()).hexdigest()[:32] for i in range(10_000)]
    _journal(folder, "".join(f"{journal_lines.ANCHORED_START_PREFIX}{m}\n" for m in marks))
    checked = verify_result(other.test_cli_runner())
    assert checked.exit_code == 1 and "unwitnessed since" in checked.output


# --- a flood of anchors, the daily job, the chairs' page -----------------------------------------


def test_a_flood_of_anchors_holding_the_new_start(
    runner, services, database_url, tmp_path, gateway, clock
):
    """Fifty anchors put in by SQL, each whole by the public SHA-256 and holding the new
    start in its witness, the latest of them all: none left the machine, verify still fails
    closed."""
    audited(services)
    other, _ = _start_deleted_beside_a_new_folder(services, database_url, tmp_path, gateway, clock)
    with services.uow() as uow:
        heads = record_anchors.current_heads(uow)
        witness = [["audit-start", *start_witness.text_of(start_witness.current(uow)).split()]]
        for i in range(50):
            anchor = RecordAnchor(
                day=uow.now().date(),
                made_at=uow.now(),
                tickets=len(heads),
                digest=record_anchors._digest(heads, witness + [["ended", f"h{i}", "logout", ""]]),
                heads=json.dumps(heads),
                witness=json.dumps(witness + [["ended", f"h{i}", "logout", ""]]),
            )
            uow.session.add(anchor)
        uow.commit()
    checked = verify_result(other.test_cli_runner())
    assert checked.exit_code == 1 and "unwitnessed since" in checked.output


def test_the_daily_job_makes_no_anchor_over_an_unwitnessed_start(
    runner, services, database_url, tmp_path, gateway, clock
):
    """The job would otherwise anchor the adopted start within the hour and send the chairs
    a code of it: the next verify would pass."""
    audited(services)
    other, _ = _start_deleted_beside_a_new_folder(services, database_url, tmp_path, gateway, clock)
    made = verify_records(other.extensions["sujarit"], threading.Event())
    assert made["anchor"] is None and start_witness.NAME in made["broken"]


def test_the_chairs_page_with_a_code_from_before_anchors_held_the_start(
    runner, services, database_url, tmp_path, gateway, clock
):
    """A code of an anchor whose witness holds no start (made before anchors held one): it
    vouches for no start, so the page does not say intact over an unwitnessed one."""
    audited(services)
    with services.uow() as uow:
        made = record_anchors.make_today(uow)
        anchor = uow.session.scalars(select(RecordAnchor)).one()
        witness = [r for r in made["witness"] if r[0] != "audit-start"]
        anchor.witness = json.dumps(witness)
        anchor.digest = record_anchors._digest(made["tickets"], witness)
        uow.commit()
        prefix = anchor.digest[: record_anchors.CODE_CHARS]
    other, folder = _start_deleted_beside_a_new_folder(
        services, database_url, tmp_path, gateway, clock
    )
    with other.extensions["sujarit"].uow() as uow:
        check = record_anchors.check_code(uow, prefix, folder)
    assert check.state != "intact"


# --- what got through before fixA34 -----------------------------------------------------------


def test_the_audit_log_emptied_with_the_start(
    runner, services, database_url, tmp_path, gateway, clock
):
    """A writer deletes every `audit_log` row, the `audit_start` row and the anchors, and has
    the application started beside a new folder: its start adopts nothing, but the checks of
    the record kept before it were never journalled there (fixA34): not a new installation."""
    audited(services)
    _anchor(runner, tmp_path)
    with services.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log"))
        conn.execute(text("DELETE FROM audit_start"))
        conn.execute(text("DELETE FROM record_anchors"))
    other = started(database_url, tmp_path / "elsewhere", gateway, clock)
    assert verify_result(other.test_cli_runner()).exit_code == 1


def test_a_scratch_start_journals_the_forged_entry_for_the_real_folder(
    runner, services, database_url, tmp_path, gateway, clock
):
    """A start noted anew was an oracle: a writer of the database and the folder has the
    application started beside a scratch folder, which journals the forged entry it adopts,
    copies that line into the real folder and puts the old start row back. The line is bound
    to the scratch folder's start (fixA34): it fits no entry under the real folder's."""
    audited(services)
    _anchor(runner, tmp_path)
    with services.engine.begin() as conn:
        saved = conn.execute(text("SELECT * FROM audit_start")).mappings().one()
    other, scratch = _start_deleted_beside_a_new_folder(
        services, database_url, tmp_path, gateway, clock
    )
    del other
    real = {
        line.split(" ")[0]
        for path in (tmp_path / "anchors").glob("journal-*.log")
        for line in path.read_text(encoding="utf-8").splitlines()
    }
    lines = [  # the forged entry's line alone: the genuine ones are there already
        line
        for path in scratch.glob("journal-*.log")
        for line in path.read_text(encoding="utf-8").splitlines(keepends=True)
        if line.startswith(journal_lines.AUDIT_PREFIX) and line.split(" ")[0] not in real
    ]
    _journal(tmp_path / "anchors", "".join(lines))
    with services.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_start"))
        conn.execute(
            text(
                "INSERT INTO audit_start (id, highest, noted_at, covered, seal) "
                "VALUES (:id, :highest, :noted_at, :covered, :seal)"
            ),
            dict(saved),
        )
    assert verify_result(runner).exit_code == 1


# --- keys rotated: the start stays witnessed ------------------------------------------------------


def test_a_start_accepted_stays_witnessed_once_the_old_lookup_key_is_retired(
    runner, services, database_url, tmp_path, gateway, clock
):
    """`keys rotate` marks the `anchored-start:` line again under the newest lookup key: with
    the old key retired, verify does not fall back to unwitnessed (which would stop every
    anchor until a chair gave a code)."""
    from tests.conftest import TEST_KEYS

    add_member(services, "chair")
    audited(services)
    other, _ = _start_deleted_beside_a_new_folder(services, database_url, tmp_path, gateway, clock)
    out = other.test_cli_runner().invoke(
        args=["tickets", "anchor", "--accept-start", "--out", str(tmp_path / "b.json")]
    )
    assert out.exit_code == 0, out.output
    old, new = TEST_KEYS["DATA_LOOKUP_KEY"], "a-new-lookup-key-after-rotation-0123456789"
    both = started(
        database_url, tmp_path / "elsewhere", gateway, clock, DATA_LOOKUP_KEY=f"{new},{old}"
    )
    rotated = both.test_cli_runner().invoke(args=["keys", "rotate"])
    assert rotated.exit_code == 0, rotated.output
    retired = started(database_url, tmp_path / "elsewhere", gateway, clock, DATA_LOOKUP_KEY=new)
    checked = verify_result(retired.test_cli_runner())
    assert "unwitnessed since" not in checked.output, checked.output


# --- the way on: a chair's code -------------------------------------------------------------------


def test_a_start_adopted_before_this_check_is_vouched_by_the_chairs_latest_code(
    runner, services, tmp_path
):
    """A deployment whose start adopted its stored entries (migration 0050 over an old audit
    log) and whose anchors held it before starts were journalled as witnessed: verify fails
    closed until the operator gives the chairs' latest code, which holds the start, then
    passes (and keeps passing)."""
    from storage import record_journal
    from tests.attacks.forging import sql_text

    add_member(services, "chair")
    folder = tmp_path / "anchors"
    audited(services)
    for journal in folder.glob("journal-*.log"):  # the folder as before any journal
        journal.unlink()
    (folder / record_journal.AUDIT_START_FILE).unlink()
    sql_text(services, "DELETE FROM audit_start")
    record_journal.note_audit_start(services.uow.session_factory, folder)  # adopts 3
    with services.uow() as uow:  # anchored by the code before this check (no line)
        made = record_anchors.make_today(uow)
        uow.commit()
    record_anchors.keep_in(made, folder)
    assert "anchored-start:" not in "".join(p.read_text() for p in folder.glob("journal-*"))
    assert "unwitnessed since" in verify_result(runner).output
    code = record_anchors.code_of(made["digest"])
    given = runner.invoke(args=["tickets", "verify", "--code", code])
    assert given.exit_code == 0, given.output
    assert "witnessed by this code" in given.output
    assert verify_result(runner).exit_code == 0


def test_a_code_that_is_no_code_is_refused(runner):
    out = runner.invoke(args=["tickets", "verify", "--code", "not-a-code"])
    assert out.exit_code == 2 and "--code" in out.output
