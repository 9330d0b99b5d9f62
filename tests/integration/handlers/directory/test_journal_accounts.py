"""What the record journal keeps of join codes and LINE accounts: a used code stays used, and
a LINE account stays its member's, whatever a writer does to the rows."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import delete, select, update

from handlers.directory import members
from handlers.directory.access import can_review
from storage.committee_models import JoinCode
from storage.insider_models import Agency
from storage.models import AuditEntry, Member, MemberConflict, Ticket
from tests.factories import line_id, new_member, new_ticket

DISTRICT = "บ้านกรวด"


def _write(services, *statements) -> None:
    with services.engine.begin() as conn:
        for stmt in statements:
            conn.execute(stmt)


def _detach(member_id: int):
    return update(Member).where(Member.id == member_id).values(user_hash="x", line_user_id_enc="x")


def test_a_used_code_marked_unused_in_the_database_joins_no_one(services):
    with services.uow() as uow:
        code = members.invite(uow, "reviewer")
        uow.commit()
    with services.uow() as uow:
        assert members.join(uow, line_id(), code, "ผู้ตรวจ ก") is not None
        uow.commit()
    _write(services, update(JoinCode).values(used_at=None, used_by_member_id=None))
    with services.uow() as uow:
        assert members.join(uow, line_id(), code, "ผู้ตรวจ ข") is None


def test_a_detached_member_who_joins_again_keeps_a_district_tie(services):
    with services.uow() as uow:
        ticket = new_ticket(uow, district=DISTRICT)
        reviewer, uid = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("district", DISTRICT)])
        code = members.invite(uow, "reviewer")
        uow.commit()
        ticket_id, reviewer_id = ticket.id, reviewer.id
    _write(services, _detach(reviewer_id))
    with services.uow() as uow:
        back = members.join(uow, uid, code, "ผู้ตรวจ")
        uow.commit()
        assert back.id != reviewer_id
        assert [(c.kind, c.removed_at) for c in back.conflicts] == [("district", None)]
        assert not can_review(uow, back, uow.session.get(Ticket, ticket_id))


def test_an_account_whose_member_row_was_deleted_cannot_join_again(services, runner):
    with services.uow() as uow:
        reviewer, uid = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("district", DISTRICT)])
        code = members.invite(uow, "reviewer")
        uow.commit()
        reviewer_id = reviewer.id
    _write(
        services,
        delete(MemberConflict).where(MemberConflict.member_id == reviewer_id),
        delete(Member).where(Member.id == reviewer_id),
    )
    with services.uow() as uow:
        assert members.join(uow, uid, code, "ผู้ตรวจ") is None
    got = runner.invoke(
        args=["members", "add", "--line-user-id", uid, "--name", "ผู้ตรวจ", "--role", "reviewer"]
    )
    assert got.exit_code != 0 and "row is gone" in got.output
    with services.uow() as uow:
        assert uow.session.scalars(select(Member)).all() == []


def test_a_new_member_carries_no_one_elses_ties(services):
    with services.uow() as uow:
        new_member(uow, "ผู้ตรวจ ก", "reviewer", conflicts=[("district", DISTRICT)])
        code = members.invite(uow, "reviewer")
        uow.commit()
    with services.uow() as uow:
        fresh = members.join(uow, line_id(), code, "ผู้ตรวจ ข")
        uow.commit()
        assert fresh.conflicts == []


def test_a_tie_marked_removed_in_the_database_is_carried_too(services):
    with services.uow() as uow:
        ticket = new_ticket(uow, district=DISTRICT)
        reviewer, uid = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("district", DISTRICT)])
        code = members.invite(uow, "reviewer")
        uow.commit()
        ticket_id, reviewer_id = ticket.id, reviewer.id
    _write(
        services,
        update(MemberConflict)
        .where(MemberConflict.member_id == reviewer_id)
        .values(removed_at=datetime(2026, 12, 1, tzinfo=UTC), removed_by="member:9"),
        _detach(reviewer_id),
    )
    with services.uow() as uow:
        back = members.join(uow, uid, code, "ผู้ตรวจ")
        uow.commit()
        assert [c.kind for c in back.conflicts if c.removed_at is None] == ["district"]
        assert not can_review(uow, back, uow.session.get(Ticket, ticket_id))


def test_a_deleted_tie_is_carried_by_the_text_the_journal_vouches_for(services):
    """The writer deletes a district tie's row, then detaches the member: the journal names the
    tie (by a digest of its text), so the rejoined member still carries it."""
    with services.uow() as uow:
        ticket = new_ticket(uow, district=DISTRICT)
        reviewer, uid = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("district", DISTRICT)])
        code = members.invite(uow, "reviewer")
        uow.commit()
        ticket_id, reviewer_id = ticket.id, reviewer.id
    _write(
        services,
        delete(MemberConflict).where(MemberConflict.member_id == reviewer_id),
        delete(AuditEntry),
        _detach(reviewer_id),
    )
    with services.uow() as uow:
        back = members.join(uow, uid, code, "ผู้ตรวจ")
        uow.commit()
        assert [c.kind for c in back.conflicts] == ["district"]
        assert not can_review(uow, back, uow.session.get(Ticket, ticket_id))


def test_a_tie_whose_text_is_found_nowhere_stops_the_account_joining_again(services):
    """The writer deletes an agency tie's row and its declaration in the audit log, and
    renames the agency's record: the journal vouches for a tie nobody can name, so the
    account does not join again (as when its member row is gone)."""
    with services.uow() as uow:
        reviewer, uid = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("agency", "อบต.สองห้อง")])
        code = members.invite(uow, "reviewer")
        uow.commit()
        reviewer_id = reviewer.id
    _write(
        services,
        delete(MemberConflict).where(MemberConflict.member_id == reviewer_id),
        delete(AuditEntry),
        update(Agency).values(name="อบต.อื่น"),
        _detach(reviewer_id),
    )
    with services.uow() as uow:
        assert members.join(uow, uid, code, "ผู้ตรวจ") is None
