"""The rows a database writer could change beside a ticket: its referrals, proposals and
evidence (under the ticket's seal), declared conflicts and clean copies (keyed seals of their
own). What the application writes keeps verifying; a change made with SQL alone is named in
plain words by `tickets verify` and is not acted on."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from handlers.directory import members
from handlers.directory.access import hidden_from
from handlers.tickets import endings
from storage import tickets
from storage.models import Member
from tests.factories import add_evidence, add_member, add_ticket, new_member


def _sql(services, statement: str, **params) -> None:
    with services.engine.begin() as conn:
        conn.execute(text(statement), params)


def _verify(runner):
    return runner.invoke(args=["tickets", "verify"])


def _rejection_proposed(services, reference: str) -> None:
    with services.uow() as uow:
        reviewer, _ = new_member(uow, "ผู้ตรวจ")
        ticket = tickets.by_reference(uow, reference)
        endings.propose(uow, reviewer, ticket, "rejected", "ซ้ำกับเรื่องอื่น", "duplicate")
        uow.commit()


@pytest.fixture
def ticket_with_rows(services, runner, tmp_path):
    """A ticket with a photo and a proposal, both written by the application."""
    reference = add_ticket(services)
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"x" * 100)
    add_evidence(services, reference, photo, "image/jpeg")
    _rejection_proposed(services, reference)
    checked = _verify(runner)
    assert checked.exit_code == 0, checked.output
    return reference


@pytest.mark.parametrize(
    ("statement", "said"),
    [
        ("DELETE FROM evidence", "evidence: a file was added to this ticket, taken off it"),
        ("UPDATE evidence SET media_kind = 'file'", "evidence: a file was added"),
        (
            "UPDATE ticket_proposals SET reason_code = 'out_of_scope'",
            "proposals: a proposal waiting",
        ),
        (
            "INSERT INTO referrals (ticket_id, agency_code, agency_name, letter_number,"
            " letter_date, identity_included, created_at, created_by) SELECT id, 'nacc', 'ป.ป.ช.',"
            " 'บร 0001/9999', '2026-03-11', false, '2026-03-11 03:00:00', 'member:1' FROM tickets",
            "referrals: a referral letter or an agency's answer was added, changed or removed",
        ),
    ],
    ids=["evidence removed", "evidence changed", "proposal changed", "referral added"],
)
def test_verify_names_the_kind_of_row_changed_outside_the_application(
    services, runner, ticket_with_rows, statement, said
):
    _sql(services, statement)
    checked = _verify(runner)
    assert checked.exit_code == 1, checked.output
    assert f"BROKEN {ticket_with_rows}: {said}" in checked.output
    assert "its fields changed" not in checked.output  # the ticket's own row held


def test_a_chair_cannot_confirm_a_proposal_on_a_ticket_whose_record_broke(
    services, ticket_with_rows
):
    _sql(services, "UPDATE ticket_proposals SET reason = 'ปิดเรื่องได้'")
    with services.uow() as uow:
        chair = members.add_member(uow, None, "ประธาน", "chair")
        ticket = tickets.by_reference(uow, ticket_with_rows)
        waiting = endings.pending(uow, ticket, endings.CONFIRMED_ACTS)
        with pytest.raises(endings.RecordBroken):
            endings.confirm(uow, chair, ticket, waiting.id)
        uow.rollback()
    with services.uow() as uow:
        assert tickets.by_reference(uow, ticket_with_rows).status == "submitted"


def _hidden(services, member_id: int, reference: str) -> bool:
    with services.uow() as uow:
        member = uow.session.get(Member, member_id)
        return hidden_from(uow, member).hides(tickets.by_reference(uow, reference))


def test_a_conflict_the_chair_undoes_opens_the_tickets_and_keeps_verifying(services, runner):
    member_id = add_member(services, "reviewer", "ผู้ตรวจ", conflicts=[("agency", "อบต.สองห้อง")])
    reference = add_ticket(services)  # about อบต.สองห้อง
    assert _hidden(services, member_id, reference)
    with services.uow() as uow:
        chair = members.add_member(uow, None, "ประธาน", "chair")
        member = uow.session.get(Member, member_id)
        members.remove_conflict(uow, member.conflicts[0], chair)
        uow.commit()
    assert not _hidden(services, member_id, reference)
    checked = _verify(runner)
    assert checked.exit_code == 0, checked.output


def test_a_conflict_changed_in_the_database_is_reported_and_keeps_the_tickets_hidden(
    services, runner
):
    member_id = add_member(services, "reviewer", "ผู้ตรวจ", conflicts=[("agency", "อบต.สองห้อง")])
    reference = add_ticket(services)
    _sql(services, "UPDATE member_conflicts SET removed_at = declared_at, removed_by = 'member:1'")
    assert _hidden(services, member_id, reference)
    checked = _verify(runner)
    assert checked.exit_code == 1, checked.output
    assert f"member {member_id}'s declared conflict (agency" in checked.output
    assert "marked removed" in checked.output


def test_a_conflict_deleted_or_put_back_in_the_database_shows_in_the_record_journal(
    services, runner
):
    member_id = add_member(services, "reviewer", "ผู้ตรวจ", conflicts=[("agency", "อบต.สองห้อง")])
    with services.engine.begin() as conn:
        before = conn.execute(text("SELECT * FROM member_conflicts")).mappings().one()
    with services.uow() as uow:
        chair = members.add_member(uow, None, "ประธาน", "chair")
        members.remove_conflict(uow, uow.session.get(Member, member_id).conflicts[0], chair)
        uow.commit()
    assert _verify(runner).exit_code == 0
    # Put back as it was while in force (its old seal fits that state): the journal knows.
    _sql(
        services,
        "UPDATE member_conflicts SET removed_at = NULL, removed_by = NULL, seal = :seal",
        seal=before["seal"],
    )
    checked = _verify(runner)
    assert checked.exit_code == 1 and f"conflict of member {member_id}" in checked.output
    assert "put back to an earlier state" in checked.output
    _sql(services, "DELETE FROM member_conflicts")
    checked = _verify(runner)
    assert checked.exit_code == 1 and "declared conflict the application wrote was deleted" in (
        checked.output
    )
