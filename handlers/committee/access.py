"""Who may see and do what: roles and declared conflicts of interest."""

from __future__ import annotations

from sqlalchemy import select

from storage.models import Member, MemberConflict, Ticket
from storage.uow import UnitOfWork

ROLES = ("reviewer", "chair", "organizer", "admin")
REVIEW_ROLES = frozenset({"reviewer", "chair", "admin"})
IDENTITY_ROLES = frozenset({"chair", "admin"})


class NotAllowed(PermissionError):
    """The member may not do this."""


def _norm(value: str | None) -> str:
    return " ".join((value or "").split()).casefold()


def conflict_with(member: Member, ticket: Ticket) -> MemberConflict | None:
    """The member's declared tie to this ticket's agency or district, if any."""
    agency = _norm(ticket.agency)
    for conflict in member.conflicts:
        value = _norm(conflict.value)
        if conflict.kind == "district" and value == _norm(ticket.district):
            return conflict
        if conflict.kind == "agency" and value and value in agency:
            return conflict
    return None


def can_review(member: Member, ticket: Ticket) -> bool:
    """A reviewer, chair or admin without a conflict on this ticket."""
    return member.active and member.role in REVIEW_ROLES and conflict_with(member, ticket) is None


def require_review(member: Member, ticket: Ticket) -> None:
    """Raise NotAllowed unless the member may work on the ticket."""
    if not can_review(member, ticket):
        raise NotAllowed(f"member {member.id} may not work on {ticket.reference}")


def can_see_identity(member: Member, ticket: Ticket) -> bool:
    """Only the chair and admins, only for named complaints, never with a conflict."""
    return (
        member.active
        and member.role in IDENTITY_ROLES
        and not ticket.anonymous
        and conflict_with(member, ticket) is None
    )


def excluded_members(uow: UnitOfWork, ticket: Ticket) -> list[tuple[Member, MemberConflict]]:
    """Members kept away from this ticket, and the declared tie that excludes each."""
    members = uow.session.scalars(select(Member).where(Member.active.is_(True)))
    found = []
    for member in members:
        conflict = conflict_with(member, ticket)
        if conflict is not None:
            found.append((member, conflict))
    return found


def reviewers_for(uow: UnitOfWork, ticket: Ticket, roles=REVIEW_ROLES) -> list[Member]:
    """Active members with these roles who may see the ticket (conflicts excluded)."""
    stmt = select(Member).where(Member.active.is_(True), Member.role.in_(roles))
    return [m for m in uow.session.scalars(stmt) if conflict_with(m, ticket) is None]
