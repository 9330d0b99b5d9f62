"""fixA33's own attacks and honest paths (issue #17, round 33): a vouch by a chair's code is an
act the chairs are told of; only an anchor the application sealed vouches; a start that adopted
nothing over tickets or members stored before it fails closed, a new installation stays quiet."""

from __future__ import annotations

import json

from sqlalchemy import text

from storage import record_anchors, record_journal
from storage.transparency_models import RecordAnchor
from tests.attacks.forging import audited, sql_text, verify_result
from tests.factories import add_member, add_ticket


def _adopted_start(services, folder) -> None:
    """A start that adopted the stored entries, nothing journalled as witnessing it."""
    audited(services)
    for journal in folder.glob("journal-*.log"):
        journal.unlink()
    (folder / record_journal.AUDIT_START_FILE).unlink()
    sql_text(services, "DELETE FROM audit_start")
    record_journal.note_audit_start(services.uow.session_factory, folder)


def _count(services, sql: str) -> int:
    with services.uow() as uow:
        return uow.session.execute(text(sql)).scalar()


def test_a_vouch_by_code_is_audited_and_told_to_the_chairs(runner, services, tmp_path):
    """The chairs' latest code given at the shell: the start is witnessed, the act audited and
    each chair told in LINE, with the code used."""
    add_member(services, "chair")
    _adopted_start(services, tmp_path / "anchors")
    with services.uow() as uow:
        made = record_anchors.make_today(uow)
        uow.commit()
    record_anchors.keep_in(made, tmp_path / "anchors")
    code = record_anchors.code_of(made["digest"])
    given = runner.invoke(args=["tickets", "verify", "--code", code])
    assert given.exit_code == 0, given.output
    assert "chairs are told" in given.output
    vouched = "SELECT count(*) FROM audit_log WHERE action = 'audit_start_vouched'"
    assert _count(services, vouched) == 1
    told = "SELECT count(*) FROM outbox WHERE purpose = 'committee:anchor'"
    assert _count(services, told) >= 1
    assert verify_result(runner).exit_code == 0


def test_an_anchor_without_its_keyed_seal_vouches_for_nothing(runner, services, tmp_path):
    """The latest anchor rewritten in SQL without its seal row (its digest made again with the
    public SHA-256): its code holds the record but does not witness the start."""
    _adopted_start(services, tmp_path / "anchors")
    with services.uow() as uow:
        record_anchors.make_today(uow)
        uow.commit()
    with services.uow() as uow:  # its file left out: the database's list is checked
        anchor = uow.session.query(RecordAnchor).order_by(RecordAnchor.id.desc()).first()
        heads, witness = json.loads(anchor.heads), json.loads(anchor.witness)
        witness = [r for r in witness if r[:1] != [record_anchors.SEAL]]
        anchor.witness = json.dumps(witness, ensure_ascii=False, separators=(",", ":"))
        anchor.digest = record_anchors._digest(heads, witness)
        digest = anchor.digest
        uow.commit()
    given = runner.invoke(args=["tickets", "verify", "--code", record_anchors.code_of(digest)])
    assert given.exit_code == 1 and "keyed seal" in given.output, given.output
    assert "unwitnessed since" in verify_result(runner).output


def test_a_sealed_anchor_is_sealed_and_its_seal_fits_no_other_day(services):
    """An anchor made now carries its seal; the same lists under another day do not fit it."""
    with services.uow() as uow:
        made = record_anchors.make_today(uow)
        uow.commit()
        heads, witness = made["tickets"], made["witness"]
        assert record_anchors.sealed(uow.vault, made["day"], heads, witness)
        assert not record_anchors.sealed(uow.vault, "2020-01-01", heads, witness)


def test_a_new_installation_with_its_own_tickets_and_members_stays_quiet(app, services):
    """Tickets and members made after a start on an empty audit log: no code asked for."""
    add_member(services, "chair")
    add_ticket(services)
    result = verify_result(app.test_cli_runner())
    assert result.exit_code == 0 and "unwitnessed" not in result.output, result.output
