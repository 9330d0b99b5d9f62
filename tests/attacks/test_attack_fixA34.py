"""fixA34's attacks (issue #17, insiders): the notice that tells the chairs a start was
accepted at the shell or vouched by a code is sent in the command's own step, before the
start is noted as witnessed. A passing test: the protection held."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from bot.line.delivery import OutboxSender
from storage import record_anchors, record_journal
from tests.attacks.forging import audited, forge, sql_text, started, verify_result
from tests.factories import add_member

CHAIRS = "committee:anchor"  # the outbox purpose of every notice to the chairs


@pytest.fixture
def notices_deleted(monkeypatch, services):
    """A database writer deleting the chairs' notices from `outbox` as they are queued,
    before the sender claims them."""
    send_due = OutboxSender.send_due

    def deleted_first(self, ids=None, limit=100):
        sql_text(services, "DELETE FROM outbox WHERE purpose = :p", p=CHAIRS)
        return send_due(self, ids, limit)

    monkeypatch.setattr(OutboxSender, "send_due", deleted_first)


def test_accepting_the_start_with_its_notice_deleted_is_refused(
    runner, services, database_url, tmp_path, gateway, clock, notices_deleted
):
    """`tickets anchor --accept-start` whose notice to the chairs a writer deleted from the
    outbox before it left: the start is not accepted (the chairs never heard of it)."""
    add_member(services, "chair")
    audited(services)
    forge(services)
    with services.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_start"))
    other = started(database_url, tmp_path / "elsewhere", gateway, clock)
    out = other.test_cli_runner().invoke(
        args=["tickets", "anchor", "--accept-start", "--out", str(tmp_path / "b.json")]
    )
    assert out.exit_code == 1 and "not accepted" in out.output, out.output
    assert not gateway.sent
    assert "unwitnessed since" in verify_result(other.test_cli_runner()).output


def test_a_vouch_by_code_with_its_notice_deleted_is_refused(
    runner, services, tmp_path, gateway, notices_deleted
):
    """`tickets verify --code` whose notice to the chairs a writer deleted before it left:
    the start stays unwitnessed."""
    add_member(services, "chair")
    folder = tmp_path / "anchors"
    audited(services)
    for journal in folder.glob("journal-*.log"):
        journal.unlink()
    (folder / record_journal.AUDIT_START_FILE).unlink()
    sql_text(services, "DELETE FROM audit_start")
    record_journal.note_audit_start(services.uow.session_factory, folder)
    with services.uow() as uow:
        made = record_anchors.make_today(uow)
        uow.commit()
    record_anchors.keep_in(made, folder)
    gateway.sent.clear()
    given = runner.invoke(
        args=["tickets", "verify", "--code", record_anchors.code_of(made["digest"])]
    )
    assert given.exit_code == 1 and "not accepted" in given.output, given.output
    assert not gateway.sent
    assert "unwitnessed since" in verify_result(runner).output


def test_accepting_the_start_again_once_the_notice_leaves(
    runner, services, database_url, tmp_path, gateway, clock, monkeypatch
):
    """The operator's next try, once nothing holds the notice back: accepted, the chairs
    told, and verify passes (the refused try's anchor is in the folder, as each one)."""
    add_member(services, "chair")
    audited(services)
    forge(services)
    with services.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_start"))
    other = started(database_url, tmp_path / "elsewhere", gateway, clock)
    send_due = OutboxSender.send_due
    monkeypatch.setattr(OutboxSender, "send_due", lambda self, ids=None, limit=100: {})
    args = ["tickets", "anchor", "--accept-start", "--out", str(tmp_path / "b.json")]
    assert other.test_cli_runner().invoke(args=args).exit_code == 1
    monkeypatch.setattr(OutboxSender, "send_due", send_due)
    again = other.test_cli_runner().invoke(args=args)
    assert again.exit_code == 0, again.output
    assert gateway.sent
    assert verify_result(other.test_cli_runner()).exit_code == 0
