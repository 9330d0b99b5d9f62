"""Audit is written by the handler that does the act, so the dashboard and the CLI agree."""

from __future__ import annotations

from sqlalchemy import select

from handlers.directory import agencies, members, sessions
from storage.models import AuditEntry


def audit_log(services) -> list[tuple[str, str, str]]:
    """Each audit entry: who, what, the detail."""
    with services.uow() as uow:
        rows = uow.session.scalars(select(AuditEntry).order_by(AuditEntry.id))
        return [(r.actor, r.action, r.detail) for r in rows]


def test_conflicts_agencies_and_sign_outs_are_audited_where_they_are_done(services):
    with services.uow() as uow:
        admin = members.add_member(uow, "U" + "a" * 32, "ผู้ดูแล", "admin")
        reviewer = members.add_member(uow, "U" + "b" * 32, "กรรมการ", "reviewer")
        uow.commit()
        admin_id, reviewer_id = admin.id, reviewer.id
    before = len(audit_log(services))

    with services.uow() as uow:
        admin, reviewer = members.get_member(uow, admin_id), members.get_member(uow, reviewer_id)
        members.declare_conflict(uow, reviewer, "district", "นางรอง", "บ้านเกิด", by=admin)
        school = agencies.add_reviewed(uow, "โรงเรียนบ้านหนองโบสถ์", admin)
        duplicate = agencies.add_reviewed(uow, "รร.บ้านหนองบอน", admin)
        agencies.merge(uow, duplicate, school, f"member:{admin.id}")
        sessions.sign_out_everywhere(uow, admin, reviewer.id)
        uow.commit()

    written = audit_log(services)[before:]
    who = f"member:{admin_id}"
    assert [(actor, action) for actor, action, _ in written] == [
        (who, "declare_conflict"),
        (who, "add_agency"),
        (who, "add_agency"),
        (who, "merge_agency"),
        (who, "sign_out_everywhere"),
    ]
    assert written[0][2].startswith(f"member {reviewer_id}: district")
    assert written[3][2] == f"{duplicate.id} -> {school.id}"
