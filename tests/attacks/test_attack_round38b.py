"""Round 38b attacks (issue #17 "insiders … what still gets through") on fixA38b's two
protections, written from their code: a refused `--accept-start` journalled
(`start-refused:` lines; each outbox run queues again the notices the outbox lost,
`anchor_codes.retell_refused`; `tickets verify` reports a refusal no notice of which is in the
outbox), and policy lines that carry their time and a keyed mark over it (`policy:K S T M`;
the latest is decided by the time, `journal_lines.policy_order`, and a moved line or a mark
that does not fit is reported). A passing test: the protection held; `xfail(strict=True)`: it
got through (the reason says how)."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from handlers.directory import access
from storage import journal_lines
from storage.ticket_chain.digests import plain
from tests.attacks.forging import started, verify
from tests.attacks.test_attack_round36 import (
    REFUSED,
    _accept,
    _forged_start,
    _journal_file,
    _policy_yes_then_no,
    _put_back,
    _reads_yes,
    _retried,
)
from tests.factories import add_member, add_ticket

KEY = access.ADMINS_SEE_IDENTITY


def through(reason: str):
    """An attack that got through: the test asserts the protection, and fails."""
    return pytest.mark.xfail(strict=True, reason=f"through: {reason}")


# -- 1. the refused start's notice ---------------------------------------------------------


def _refused_with_line_down(services, database_url, tmp_path, gateway, clock):
    add_member(services, "chair")
    add_ticket(services)
    other = _forged_start(services, database_url, tmp_path, gateway, clock)
    gateway.fail_next("push", 500, times=10)
    out = _accept(other)
    assert out.exit_code == 1, out.output
    return other


def _delete_waiting(app) -> int:
    with app.extensions["sujarit"].engine.begin() as conn:
        gone = conn.execute(text("DELETE FROM outbox WHERE status NOT IN ('sent', 'cancelled')"))
        return gone.rowcount


def test_the_refused_notice_deleted_again_after_each_run(
    services, database_url, tmp_path, gateway, clock
):
    """The writer deletes the notices, a run queues them again while LINE is still down, and
    the writer deletes them again: the run after still tells the chairs."""
    other = _refused_with_line_down(services, database_url, tmp_path, gateway, clock)
    assert _delete_waiting(other)
    gateway.fail_next("push", 500, times=10)
    other.extensions["sujarit"].sender.send_due()
    assert _delete_waiting(other), "the run queued nothing again"
    assert REFUSED in _retried(other, gateway)


def test_verify_names_a_refusal_whose_notices_were_deleted(
    services, database_url, tmp_path, gateway, clock
):
    other = _refused_with_line_down(services, database_url, tmp_path, gateway, clock)
    _delete_waiting(other)
    code, said = verify(other)
    assert code == 1 and "no chair's notice of it is in the outbox" in said, said


def test_a_refused_notice_is_told_once_not_at_every_run(
    services, database_url, tmp_path, gateway, clock
):
    other = _refused_with_line_down(services, database_url, tmp_path, gateway, clock)
    assert REFUSED in _retried(other, gateway)
    assert REFUSED not in _retried(other, gateway)


def test_a_refusal_line_forged_in_the_folder_sends_nothing(
    services, database_url, tmp_path, gateway, clock
):
    """A holder of the folder appends a refusal line (no key: a mark of their own) to make the
    chairs distrust a start that was never tried: nothing is sent."""
    add_member(services, "chair")
    folder = Path(services.config.record_anchor_dir)
    mark = secrets.token_hex(16)
    line = (
        f"{journal_lines.REFUSED_PREFIX}{mark} refused-{secrets.token_hex(8)} 2026-01-01 {'0' * 64}"
    )
    with _journal_file(services).open("a", encoding="utf-8") as handle:
        handle.write(line + "\n")
    assert folder.is_dir()
    before = len(gateway.sent)
    services.sender.send_due()
    assert REFUSED not in repr([s["messages"] for s in gateway.sent[before:]])


def _mark_sent(app) -> int:
    with app.extensions["sujarit"].engine.begin() as conn:
        done = conn.execute(text("UPDATE outbox SET status = 'sent' WHERE status = 'pending'"))
        return done.rowcount


def test_the_refused_notices_marked_sent_in_sql(services, database_url, tmp_path, gateway, clock):
    """The writer marks the waiting notices 'sent' instead of deleting them: no line says LINE
    took one, so verify names the refusal and the next run queues them again."""
    other = _refused_with_line_down(services, database_url, tmp_path, gateway, clock)
    assert _mark_sent(other)
    code, said = verify(other)
    assert code == 1 and "marked sent outside the application" in said, said
    assert REFUSED in _retried(other, gateway)
    assert "start refused" not in verify(other)[1]


def test_the_notices_queued_again_marked_sent_again(
    services, database_url, tmp_path, gateway, clock
):
    """The writer marks sent each time the run queues them again (LINE still down): every
    run queues them under the next name, and the last try still reaches the chairs."""
    other = _refused_with_line_down(services, database_url, tmp_path, gateway, clock)
    for _ in range(journal_lines.REFUSAL_RETRIES - 1):
        assert _mark_sent(other)
        gateway.fail_next("push", 500, times=10)
        other.extensions["sujarit"].sender.send_due()
    assert _mark_sent(other)
    assert REFUSED in _retried(other, gateway)


def test_the_notices_marked_sent_past_the_retries(services, database_url, tmp_path, gateway, clock):
    """The writer marks the notices sent once more than REFUSAL_RETRIES: a row marked in SQL
    spends no retry (only the sender's journalled give-ups do), so the run still tells the
    chairs (fixA40b)."""
    other = _refused_with_line_down(services, database_url, tmp_path, gateway, clock)
    for _ in range(journal_lines.REFUSAL_RETRIES):
        assert _mark_sent(other)
        gateway.fail_next("push", 500, times=10)
        other.extensions["sujarit"].sender.send_due()
    assert _mark_sent(other)
    assert REFUSED in _retried(other, gateway)


@through(
    "a writer who holds the journal folder too cuts the `start-refused:` line and deletes the"
    " notices, and a process started afterwards reads the cut journal: nothing on the machine"
    " remembers the refusal. Only off the machine: `tickets verify` still refuses the start no"
    " code witnessed, and a chair's earlier anchor code, checked on /committee/record-check,"
    " names the audit start replaced (test_attack_fixA40b.py"
    " test_the_refusal_cut_and_deleted_is_found_by_the_chairs_code)"
)
def test_the_refusal_line_cut_and_the_notices_deleted(
    services, database_url, tmp_path, gateway, clock
):
    other = _refused_with_line_down(services, database_url, tmp_path, gateway, clock)
    folder = Path(other.extensions["sujarit"].config.record_anchor_dir)
    for path in folder.glob("journal-*.log"):
        kept = path.read_text(encoding="utf-8").splitlines(True)
        path.write_text(
            "".join(x for x in kept if not x.startswith(journal_lines.REFUSED_PREFIX)),
            encoding="utf-8",
        )
    journal_lines.forget(folder)  # as a process started afterwards reads it
    _delete_waiting(other)
    assert REFUSED in _retried(other, gateway)


# -- 2. the order of a policy setting's lines ----------------------------------------------


def _policy_lines(services) -> tuple[Path, list[str]]:
    journal = _journal_file(services)
    return journal, journal.read_text(encoding="utf-8").splitlines(True)


def _line_of(lines: list[str], seal: str) -> str:
    return next(x for x in lines if x.startswith(f"{journal_lines.POLICY_PREFIX}{KEY} {seal}"))


def _restart(services) -> None:
    """The journal read again from its start, as a process started now reads it."""
    journal_lines.forget(services.config.record_anchor_dir)


def test_a_moved_line_is_reported_by_verify(app, services):
    _, before = _policy_yes_then_no(services)
    journal, lines = _policy_lines(services)
    line = _line_of(lines, before["seal"])
    journal.write_text("".join(x for x in lines if x != line) + line, encoding="utf-8")
    code, said = verify(app)
    assert code == 1 and "moved after a later one" in said, said


def test_the_old_line_renumbered_after_the_later_one(services):
    """The writer gives the old 'yes' line a time after the 'no' line's (its mark kept): the
    mark no longer fits, and the setting reads as the default."""
    _, before = _policy_yes_then_no(services)
    _put_back(services, before)
    journal, lines = _policy_lines(services)
    line = _line_of(lines, before["seal"])
    name, seal, at, mark = line.split()
    later = plain("at", before["set_at"] + timedelta(days=1))
    journal.write_text(
        "".join(x for x in lines if x != line) + f"{name} {seal} {later} {mark}\n",
        encoding="utf-8",
    )
    _restart(services)
    assert not _reads_yes(services)


@pytest.mark.parametrize("how", ["sha256", "hmac-guessed-key", "the-no-line's-mark"])
def test_the_old_line_re_marked_from_the_public_algorithm(services, how):
    """The writer re-makes the moved line's mark over a later time as the code shows it is
    made, without the lookup key (a plain SHA-256, an HMAC under a key of their own, or the
    'no' line's mark copied): it fits no key, and the setting reads as the default."""
    _, before = _policy_yes_then_no(services)
    _put_back(services, before)
    journal, lines = _policy_lines(services)
    line = _line_of(lines, before["seal"])
    no_line = next(x for x in lines if x.startswith(journal_lines.POLICY_PREFIX) and x != line)
    _, _, no_at, no_mark = no_line.split()
    later = plain("at", before["set_at"] + timedelta(days=1))
    body = f"policy-order {KEY} {before['seal']} {later}".encode()
    mark = {
        "sha256": hashlib.sha256(body).hexdigest()[:32],
        "hmac-guessed-key": hmac.new(secrets.token_bytes(32), body, "sha256").hexdigest()[:32],
        "the-no-line's-mark": no_mark,
    }[how]
    at = no_at if how == "the-no-line's-mark" else later
    forged = f"{journal_lines.POLICY_PREFIX}{KEY} {before['seal']} {at} {mark}\n"
    journal.write_text("".join(x for x in lines if x != line) + forged, encoding="utf-8")
    _restart(services)
    assert not _reads_yes(services)


def test_a_database_copied_without_the_keys_and_a_line_of_its_own(services):
    """A holder of the database and the folder, without the keys: a 'yes' row and a line with
    a time after every other, marked as they can: the setting reads as the default."""
    _policy_yes_then_no(services)
    fake = secrets.token_hex(32)
    at = plain("at", _now(services) + timedelta(days=1))
    with services.engine.begin() as conn:
        conn.execute(
            text("UPDATE policy_settings SET value = 'yes', seal = :s WHERE key = :k"),
            {"s": fake, "k": KEY},
        )
    with _journal_file(services).open("a", encoding="utf-8") as handle:
        handle.write(f"{journal_lines.POLICY_PREFIX}{KEY} {fake} {at} {secrets.token_hex(16)}\n")
    _restart(services)
    assert not _reads_yes(services)


def _now(services):
    with services.uow() as unit:
        return unit.now()


def test_the_file_cut_back_while_the_process_runs(services):
    """The journal cut back to before the 'no' line, the old row put back: the running process
    learnt the 'no' already, and what it learnt stays learnt."""
    _, before = _policy_yes_then_no(services)
    assert not _reads_yes(services)  # the 'no' line read
    journal, lines = _policy_lines(services)
    line = _line_of(lines, before["seal"])
    journal.write_text("".join(lines[: lines.index(line) + 1]), encoding="utf-8")
    _put_back(services, before)
    assert not _reads_yes(services)


@through(
    "the journal cut back to just after the old 'yes' line and the old row put back, read by a"
    " process started afterwards: nothing on the machine a writer of both cannot put back holds"
    " the later 'no'. Only off the machine: the code of the anchor made after the 'no' (within"
    " the hour, `witness-anchor`), checked on /committee/record-check, names the setting put"
    " back (test_attack_fixA40b.py"
    " test_the_policy_cut_back_after_a_restart_is_found_by_the_chairs_code)"
)
def test_the_file_cut_back_and_the_application_started_again(services):
    _, before = _policy_yes_then_no(services)
    journal, lines = _policy_lines(services)
    line = _line_of(lines, before["seal"])
    journal.write_text("".join(lines[: lines.index(line) + 1]), encoding="utf-8")
    _put_back(services, before)
    _restart(services)
    assert not _reads_yes(services)


def _old_form(services, before) -> tuple[Path, list[str], str]:
    """The journal as code before fixA38b wrote it (`policy:K S`, no time); the old 'yes'
    seal's line."""
    journal, lines = _policy_lines(services)
    old = [
        " ".join(x.split()[:2]) + "\n" if x.startswith(journal_lines.POLICY_PREFIX) else x
        for x in lines
    ]
    journal.write_text("".join(old), encoding="utf-8")
    return journal, old, f"{journal_lines.POLICY_PREFIX}{KEY} {before['seal']}\n"


@through(
    "the old form is accepted: a journal whose policy lines were all written before fixA38b"
    " (`policy:K S`, no time), edited before this code first starts beside it, still decides"
    " by where they stand, so the old 'yes' line moved after the 'no' is the latest; no line"
    " of that form carries a time or a mark to order it by. Only off the machine: the code of"
    " an anchor made after the 'no' names the setting put back (test_attack_fixA40b.py"
    " test_the_old_form_moved_before_the_first_start_is_found_by_the_chairs_code)"
)
def test_a_line_of_the_old_form_moved_before_the_first_start(services):
    _, before = _policy_yes_then_no(services)
    _put_back(services, before)
    journal, old, line = _old_form(services, before)
    journal.write_text("".join(x for x in old if x != line) + line, encoding="utf-8")
    _restart(services)
    assert not _reads_yes(services)


def test_a_line_of_the_old_form_moved_after_a_start(
    services, database_url, tmp_path, gateway, clock
):
    """Once the application started beside the old journal, the setting's line has its time:
    the old 'yes' line moved after the 'no' no longer wins."""
    _, before = _policy_yes_then_no(services)
    journal, old, line = _old_form(services, before)
    _restart(services)
    folder = services.config.record_anchor_dir
    started(database_url, tmp_path / "again", gateway, clock, RECORD_ANCHOR_DIR=folder)
    kept = journal.read_text(encoding="utf-8")
    assert kept.count(f"{journal_lines.POLICY_PREFIX}{KEY} ") == 3, kept  # one timed line more
    _put_back(services, before)
    journal.write_text(kept.replace(line, "", 1) + line, encoding="utf-8")
    _restart(services)
    assert not _reads_yes(services)


def test_an_old_form_copy_after_the_new_lines_does_not_win(services):
    """The old 'yes' seal appended in the old form (no time) after lines with a time: every
    line with a time is later than those without."""
    _, before = _policy_yes_then_no(services)
    _put_back(services, before)
    with _journal_file(services).open("a", encoding="utf-8") as handle:
        handle.write(f"{journal_lines.POLICY_PREFIX}{KEY} {before['seal']}\n")
    _restart(services)
    assert not _reads_yes(services)


def test_the_latest_still_reads_after_a_restart(services):
    """No attack: the chair's 'yes' after a 'no', read by a new process, is 'yes'."""
    chair = add_member(services, "chair")
    from storage.models import Member

    for allowed in (False, True):
        with services.uow() as unit:
            access.set_admins_see_identity(unit, unit.session.get(Member, chair), allowed)
            unit.commit()
    _restart(services)
    assert _reads_yes(services)
