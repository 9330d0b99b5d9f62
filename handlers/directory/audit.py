"""The audit log: who did what to which ticket, identity views first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import String, case, cast, or_, select

from storage.models import AuditEntry, Member, Ticket
from storage.uow import UnitOfWork
from storage.visibility import Exclusions

IDENTITY_ACTIONS = ("view_identity", "export_identity", "identity_to_agency")
#: Decisions on related complaints: they tell that a ticket has a link (#23).
LINK_ACTIONS = ("confirm_link", "dismiss_link")
CASE_ACTIONS = ("case_letter", "propose_case_forward", "confirm_case_forward")

LOGIN = "dashboard_login"
FAILED_LOGIN = "dashboard_login_failed"
LOGIN_ACTIONS = (LOGIN, FAILED_LOGIN)
#: A login link made at the command line for a member (`members login-link`).
SHELL_LOGIN_LINK = "shell_login_link"


@dataclass(frozen=True)
class AuditFilter:
    """What the log is narrowed to: one person's acts ("member:3"), a time span (UTC, the
    end excluded), these actions only or all but these; empty fields do not narrow."""

    actor: str = ""
    since: datetime | None = None
    until: datetime | None = None
    actions: tuple[str, ...] = ()
    leave_out: tuple[str, ...] = ()


@dataclass(frozen=True)
class Line:
    """One audit entry as people read it."""

    at: datetime
    who: str
    role: str
    action: str
    reference: str
    detail: str
    ticket_id: int | None = None


def entries(
    uow: UnitOfWork,
    limit: int = 200,
    identity_only: bool = False,
    hidden: Exclusions | None = None,
    narrow: AuditFilter | None = None,
) -> list[Line]:
    """The newest entries, identity views first; member and ticket named; entries about
    tickets `hidden` keeps from the reader left out, and only those `narrow` keeps."""
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
    if narrow is not None:
        stmt = stmt.where(*_narrowed(narrow))
    visible = hidden.clause() if hidden is not None else None
    if visible is not None:
        stmt = stmt.where(or_(AuditEntry.ticket_id.is_(None), visible))
    return [
        Line(e.at, name or e.actor, role or "", e.action, ref or "", e.detail or "", e.ticket_id)
        for e, name, role, ref in uow.session.execute(stmt)
    ]


def _narrowed(narrow: AuditFilter) -> list:
    """The WHERE clauses of a filter."""
    clauses = []
    if narrow.actor:
        clauses.append(AuditEntry.actor == narrow.actor)
    if narrow.since is not None:
        clauses.append(AuditEntry.at >= narrow.since)
    if narrow.until is not None:
        clauses.append(AuditEntry.at < narrow.until)
    if narrow.actions:
        clauses.append(AuditEntry.action.in_(narrow.actions))
    if narrow.leave_out:
        clauses.append(AuditEntry.action.not_in(narrow.leave_out))
    return clauses
