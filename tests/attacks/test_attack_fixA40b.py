"""fixA40b's attacks (issue #17, round 38b's class): a database writer, or one who holds the
journal folder too, keeps the chairs from learning that a start was tried and refused at the
shell by spending its notices' retries in SQL; and what still finds the attacks that nothing
on the machine can undo (a chair's anchor code, checked on `/committee/record-check`). A
passing test: the protection held; `xfail(strict=True)`: it got through (the reason says how)."""

from __future__ import annotations

import secrets
import threading

from sqlalchemy import text

from bot.jobs.records import verify_records
from handlers.directory import access
from handlers.tickets import anchor_codes
from storage import journal_lines, outbox, record_anchors
from tests.attacks.forging import verify
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
from tests.attacks.test_attack_round38b import _old_form, _restart
from tests.factories import add_member, add_ticket

KEY = access.ADMINS_SEE_IDENTITY
PAST_THE_RETRIES = journal_lines.REFUSAL_RETRIES + 2


def _refused(services, database_url, tmp_path, gateway, clock):
    """A start accepted at the shell and refused while LINE is down: its notices wait."""
    add_member(services, "chair")
    add_ticket(services)
    other = _forged_start(services, database_url, tmp_path, gateway, clock)
    gateway.fail_next("push", 500, times=10)
    assert _accept(other).exit_code == 1
    return other


def _sql(app, statement: str, **params) -> int:
    with app.extensions["sujarit"].engine.begin() as conn:
        return conn.execute(text(statement), params).rowcount


def _run_with_line_down(app, gateway) -> None:
    gateway.fail_next("push", 500, times=10)
    app.extensions["sujarit"].sender.send_due()


# -- 1. the notices' retries spent by a database writer ------------------------------------


def test_the_notices_given_up_in_sql_past_the_retries(
    services, database_url, tmp_path, gateway, clock
):
    """The writer marks the waiting notices given up ('dead') instead of sent, each time the
    run queues them again, more times than there are retries: none was given up by the
    sender, so the chairs are still told."""
    other = _refused(services, database_url, tmp_path, gateway, clock)
    for _ in range(PAST_THE_RETRIES):
        assert _sql(other, "UPDATE outbox SET status = 'dead' WHERE status = 'pending'")
        _run_with_line_down(other, gateway)
    assert REFUSED in _retried(other, gateway)


def test_the_notices_recipients_broken_past_the_retries(
    services, database_url, tmp_path, gateway, clock
):
    """The writer overwrites the waiting notices' sealed recipients, so the sender gives each
    up without asking LINE, again and again: only a notice LINE was asked for spends a retry."""
    other = _refused(services, database_url, tmp_path, gateway, clock)
    for _ in range(PAST_THE_RETRIES):
        broken = _sql(
            other,
            "UPDATE outbox SET recipient_enc = :x, next_attempt_at = '2000-01-01 00:00:00'"
            " WHERE status = 'pending'",
            x=secrets.token_urlsafe(40),
        )
        assert broken
        _run_with_line_down(other, gateway)  # each given up, LINE not asked
        _run_with_line_down(other, gateway)  # queued again, LINE asked and down
    assert REFUSED in _retried(other, gateway)


def test_another_message_relabelled_as_the_refusals_notice(
    services, database_url, tmp_path, gateway, clock
):
    """The writer marks the refusal's notices sent and gives another waiting message (an anchor
    code's notice to the chair) the refusal's kind and name: LINE takes it, but its sealed
    message is not the refusal's notice, so the refusal is not counted as told."""
    other = _refused(services, database_url, tmp_path, gateway, clock)
    with other.extensions["sujarit"].engine.begin() as conn:
        refusal = conn.execute(
            text("SELECT dedupe_key FROM outbox WHERE kind = :k LIMIT 1"),
            {"k": outbox.REFUSAL_NOTICE},
        ).scalar_one()
    name = outbox.name_of(refusal)
    _sql(other, "UPDATE outbox SET status = 'sent' WHERE kind = :k", k=outbox.REFUSAL_NOTICE)
    # a message of its own: the anchor code's notice, queued afresh for the chair
    with other.extensions["sujarit"].uow() as uow:
        anchor_codes.tell_chairs(uow, {"day": "2026-01-01", "digest": "ab" * 32})
        uow.commit()
    _sql(
        other,
        "UPDATE outbox SET kind = :k, dedupe_key = :d WHERE status = 'pending' AND kind = :m",
        k=outbox.REFUSAL_NOTICE,
        d=f"{name}.7:{'0' * 32}:{'1' * 32}",
        m=outbox.MESSAGE,
    )
    _retried(other, gateway)  # the relabelled message leaves
    assert REFUSED in _retried(other, gateway)


def test_gave_up_lines_forged_in_the_folder_spend_no_retry(
    services, database_url, tmp_path, gateway, clock
):
    """A holder of the folder appends `start-refused-gave-up:` lines of their own (no key) for
    every name the refusal could be queued under, and marks its notices sent: the marks fit
    no key, so the chairs are still told."""
    other = _refused(services, database_url, tmp_path, gateway, clock)
    with other.extensions["sujarit"].engine.begin() as conn:
        stored = conn.execute(
            text("SELECT dedupe_key FROM outbox WHERE kind = :k LIMIT 1"),
            {"k": outbox.REFUSAL_NOTICE},
        ).scalar_one()
    told_as = outbox.name_of(stored)
    services_ = other.extensions["sujarit"]
    with _journal_file(services_).open("a", encoding="utf-8") as handle:
        for k in range(PAST_THE_RETRIES):
            name = told_as if k == 0 else f"{told_as}.{k}"
            prefix = journal_lines.REFUSAL_GAVE_UP_PREFIX
            handle.write(f"{prefix}{secrets.token_hex(16)} {name}\n")
    _sql(other, "UPDATE outbox SET status = 'sent' WHERE status = 'pending'")
    assert REFUSED in _retried(other, gateway)


def test_the_notices_kind_changed_in_sql(services, database_url, tmp_path, gateway, clock):
    """The writer makes the waiting notices plain messages (`kind`) and marks them sent:
    `tickets verify` finds no notice of the refusal, and the run tells the chairs again."""
    other = _refused(services, database_url, tmp_path, gateway, clock)
    _sql(
        other,
        "UPDATE outbox SET kind = :m, status = 'sent' WHERE kind = :k",
        m=outbox.MESSAGE,
        k=outbox.REFUSAL_NOTICE,
    )
    code, said = verify(other)
    assert code == 1 and "no chair's notice of it is in the outbox" in said, said
    assert REFUSED in _retried(other, gateway)


def test_notices_line_refuses_are_retried_only_so_often(
    services, database_url, tmp_path, gateway, clock
):
    """No attack: LINE refuses every notice for good (400). The sender gives each up, and the
    refusal is queued again only REFUSAL_RETRIES times: no loop against LINE; verify then
    says the chairs must be told another way."""
    other = _refused(services, database_url, tmp_path, gateway, clock)
    gateway._failures.clear()
    gateway.fail_next("push", 400, times=100)
    for _ in range(PAST_THE_RETRIES + 3):
        _sql(other, "UPDATE outbox SET next_attempt_at = '2000-01-01 00:00:00'")
        other.extensions["sujarit"].sender.send_due()
    asked = 100 - len(gateway._failures["push"])
    assert asked == journal_lines.REFUSAL_RETRIES + 1, asked  # one chair: the first and 3 more
    code, said = verify(other)
    assert code == 1 and "tell the chairs another way" in said, said


# -- 2. what only a chair's code finds -----------------------------------------------------


def _code(services) -> str:
    made = verify_records(services, threading.Event())
    assert made["anchor"], made
    return record_anchors.code_of(made["anchor"])


def _check(app, code: str) -> record_anchors.CodeCheck:
    svc = app.extensions["sujarit"]
    with svc.uow() as uow:
        return record_anchors.check_code(
            uow, record_anchors.typed_code(code), svc.config.record_anchor_dir
        )


def test_the_refusal_cut_and_deleted_is_found_by_the_chairs_code(
    services, database_url, tmp_path, gateway, clock
):
    """Round 38b's `test_the_refusal_line_cut_and_the_notices_deleted` (through): the code a
    chair was sent before finds the start replaced, and `tickets verify` still refuses the
    start nobody witnessed."""
    add_member(services, "chair")
    add_ticket(services)
    code = _code(services)
    other = _forged_start(services, database_url, tmp_path, gateway, clock)
    gateway.fail_next("push", 500, times=10)
    assert _accept(other).exit_code == 1
    folder = other.extensions["sujarit"].config.record_anchor_dir
    for path in _journal_file(other.extensions["sujarit"]).parent.glob("journal-*.log"):
        kept = path.read_text(encoding="utf-8").splitlines(True)
        path.write_text(
            "".join(x for x in kept if not x.startswith(journal_lines.REFUSED_PREFIX)),
            encoding="utf-8",
        )
    journal_lines.forget(folder)
    _sql(other, "DELETE FROM outbox WHERE status NOT IN ('sent', 'cancelled')")
    found = _check(other, code)
    assert found.state == "broken" and any("audit" in k for k in found.put_back), found
    said = verify(other)
    assert said[0] == 1 and "unwitnessed" in said[1], said


def _policy_anchored(services) -> tuple[dict, str]:
    """The chair's 'yes' then 'no', anchored after the 'no' (as `witness-anchor` does within
    the hour): the code the chairs were sent."""
    _, before = _policy_yes_then_no(services)
    return before, _code(services)


def test_the_policy_cut_back_after_a_restart_is_found_by_the_chairs_code(app, services):
    """Round 38b's `test_the_file_cut_back_and_the_application_started_again` (through): the
    code of the anchor made after the 'no' names the setting put back."""
    before, code = _policy_anchored(services)
    journal = _journal_file(services)
    lines = journal.read_text(encoding="utf-8").splitlines(True)
    line = next(
        x for x in lines if x.startswith(f"{journal_lines.POLICY_PREFIX}{KEY} {before['seal']}")
    )
    journal.write_text("".join(lines[: lines.index(line) + 1]), encoding="utf-8")
    _put_back(services, before)
    _restart(services)
    assert _reads_yes(services)  # what got through
    found = _check(app, code)
    assert found.state == "broken" and f"policy {KEY}" in found.put_back, found


def test_the_old_form_moved_before_the_first_start_is_found_by_the_chairs_code(app, services):
    """Round 38b's `test_a_line_of_the_old_form_moved_before_the_first_start` (through): the
    code of the anchor made after the 'no' names the setting put back."""
    before, code = _policy_anchored(services)
    _put_back(services, before)
    journal, old, line = _old_form(services, before)
    journal.write_text("".join(x for x in old if x != line) + line, encoding="utf-8")
    _restart(services)
    assert _reads_yes(services)  # what got through
    found = _check(app, code)
    assert found.state == "broken" and f"policy {KEY}" in found.put_back, found
