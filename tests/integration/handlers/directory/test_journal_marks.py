"""Agency records' marks and ties' record marks in the record journal: a record and a tie
copied back from before a merge hold no more, and the application's own marks always do."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, update

from handlers.directory import agencies, members
from handlers.directory.access import can_review
from storage import journal_stored
from storage.insider_models import Agency, AgencyAlias
from storage.models import Member, MemberConflict, Ticket
from tests.factories import new_member, new_ticket

AGENCY = "อบต.สองห้อง"


def _rows(services, table, **where) -> list[dict]:
    with services.engine.connect() as conn:
        stmt = select(table)
        for column, value in where.items():
            stmt = stmt.where(table.c[column] == value)
        return [dict(r._mapping) for r in conn.execute(stmt)]


def _put_back(services, table, rows) -> None:
    with services.engine.begin() as conn:
        for row in rows:
            conn.execute(update(table).where(table.c.id == row["id"]).values(**row))


def _merged(services):
    """A reviewer tied to AGENCY, whose record a chair merged into another; the copies of the
    record, its spellings and the tie from before the merge."""
    with services.uow() as uow:
        ticket = new_ticket(uow)
        target = new_ticket(uow, agency="อบต.หนองโบสถ์")
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("agency", AGENCY)])
        uow.commit()
        ids = ticket.id, ticket.agency_id, target.agency_id, reviewer.id
        for record in uow.session.scalars(select(Agency)):
            agencies.review(uow, record)
        uow.commit()
    _, source_id, target_id, reviewer_id = ids
    copies = (
        (Agency.__table__, _rows(services, Agency.__table__, id=source_id)),
        (AgencyAlias.__table__, _rows(services, AgencyAlias.__table__, agency_id=source_id)),
        (
            MemberConflict.__table__,
            _rows(services, MemberConflict.__table__, member_id=reviewer_id),
        ),
    )
    with services.uow() as uow:
        source, target = uow.session.get(Agency, source_id), uow.session.get(Agency, target_id)
        agencies.merge(uow, source, target, "member:1")
        uow.commit()
    return ids, copies


def _may_review(services, ticket_id: int, member_id: int) -> bool:
    with services.uow() as uow:
        member = members.get_member(uow, member_id)
        return can_review(uow, member, uow.session.get(Ticket, ticket_id))


def test_a_merge_undone_by_copying_back_keeps_the_tied_member_out_and_is_named(services, runner):
    (ticket_id, source_id, _, reviewer_id), copies = _merged(services)
    for table, rows in copies:
        _put_back(services, table, rows)
    assert not _may_review(services, ticket_id, reviewer_id)
    got = runner.invoke(args=["tickets", "verify"])
    assert got.exit_code == 1
    assert f"agency record {source_id}" in got.output and "declared conflict" in got.output


def test_marks_the_application_made_after_a_merge_still_hold(services, runner):
    (ticket_id, _, target_id, reviewer_id), _ = _merged(services)
    with services.uow() as uow:
        other = new_ticket(uow, agency="อบต.หนองกี่")
        uow.commit()
        other_id = other.id
    with services.uow() as uow:
        for record in uow.session.scalars(select(Agency)):
            agencies.review(uow, record)
        uow.commit()
    assert not _may_review(services, ticket_id, reviewer_id)
    assert _may_review(services, other_id, reviewer_id)
    assert runner.invoke(args=["tickets", "verify"]).exit_code == 0


def _as_before_the_journal_kept_marks(services) -> None:
    """The journal as a release before 0038 left it (no mark, code or account lines), then
    `db upgrade` to 0038 journals what the database holds."""
    folder = Path(services.config.record_anchor_dir)
    for journal in folder.glob("journal-*.log"):
        kept = [
            line
            for line in journal.read_text(encoding="utf-8").splitlines(keepends=True)
            if not line.startswith(("agency:", "tie:", "code:", "account:"))
        ]
        journal.write_text("".join(kept), encoding="utf-8")
    with services.uow() as uow:
        vault = uow.vault
    with services.engine.begin() as conn:
        assert journal_stored.journal_stored(conn, folder, vault) > 0


def test_a_tie_from_before_the_upgrade_copied_back_after_a_merge_is_caught(services):
    with services.uow() as uow:
        ticket = new_ticket(uow)
        target = new_ticket(uow, agency="อบต.หนองโบสถ์")
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("agency", AGENCY)])
        uow.commit()
        ticket_id, source_id, target_id = ticket.id, ticket.agency_id, target.agency_id
        reviewer_id = reviewer.id
    _as_before_the_journal_kept_marks(services)
    ties = _rows(services, MemberConflict.__table__, member_id=reviewer_id)
    aliases = _rows(services, AgencyAlias.__table__, agency_id=source_id)
    record = _rows(services, Agency.__table__, id=source_id)
    with services.uow() as uow:
        source, target = uow.session.get(Agency, source_id), uow.session.get(Agency, target_id)
        agencies.merge(uow, source, target, "member:1")
        uow.commit()
    for table, rows in (
        (Agency.__table__, record),
        (AgencyAlias.__table__, aliases),
        (MemberConflict.__table__, ties),
    ):
        _put_back(services, table, rows)
    assert not _may_review(services, ticket_id, reviewer_id)


def test_a_member_from_before_the_upgrade_detached_rejoins_with_their_ties(services):
    with services.uow() as uow:
        reviewer, uid = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("agency", AGENCY)])
        chair, _ = new_member(uow, "ประธาน", "chair")
        code = members.invite(uow, "reviewer", by=chair)
        uow.commit()
        reviewer_id = reviewer.id
    _as_before_the_journal_kept_marks(services)
    _put_back(services, Member.__table__, [{"id": reviewer_id, "user_hash": "gone"}])
    with services.uow() as uow:
        back = members.join(uow, uid, code, "ผู้ตรวจ")
        uow.commit()
        assert back.id != reviewer_id and [c.kind for c in back.conflicts] == ["agency"]
