"""The audit log: who did what to which ticket, identity views first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import String, case, cast, select

from storage.models import AuditEntry, Member, Ticket
from storage.uow import UnitOfWork

IDENTITY_ACTIONS = ("view_identity", "export_identity", "identity_to_agency")


@dataclass(frozen=True)
class Line:
    """One audit entry as people read it."""

    at: datetime
    who: str
    role: str
    action: str
    reference: str
    detail: str


def entries(uow: UnitOfWork, limit: int = 200, identity_only: bool = False) -> list[Line]:
    """The newest entries, identity views first; member and ticket named."""
    first = case((AuditEntry.action.in_(IDENTITY_ACTIONS), 0), else_=1)
    stmt = (
        select(AuditEntry, Member.name, Member.role, Ticket.reference)
        .outerjoin(Member, AuditEntry.actor == ("member:" + cast(Member.id, String)))
        .outerjoin(Ticket, AuditEntry.ticket_id == Ticket.id)
        .order_by(first, AuditEntry.at.desc(), AuditEntry.id.desc())
        .limit(limit)
    )
    if identity_only:
        stmt = stmt.where(AuditEntry.action.in_(IDENTITY_ACTIONS))
    return [
        Line(e.at, name or e.actor, role or "", e.action, reference or "", e.detail or "")
        for e, name, role, reference in uow.session.execute(stmt)
    ]
