"""The audit log: who did or saw what, written where the act is done, by every edge."""

from __future__ import annotations

from storage.models import AuditEntry, Member
from storage.uow import UnitOfWork

OPERATOR_HASH = "system:operator"  # never an HMAC hex digest, so never a LINE user's hash
COMMAND_LINE = "cli:operator"  # how acts typed at a shell are named: never as a member


def actor(member: Member) -> str:
    """How a member is named on the timeline and in the audit log (the command line's
    operator as the command line)."""
    return COMMAND_LINE if member.user_hash == OPERATOR_HASH else f"member:{member.id}"


def record(
    uow: UnitOfWork,
    by: str | Member | None,
    action: str,
    detail: str | None = None,
    ticket_id: int | None = None,
) -> AuditEntry:
    """Add an audit entry to this unit of work (kept only if the act is committed).

    The one audit writer, called where the act is done; `by` is a member, an actor name
    ("operator", "member:3") or None for the system."""
    name = actor(by) if isinstance(by, Member) else by or "system"
    entry = AuditEntry(
        at=uow.now(),
        actor=name[:64],
        action=action,
        detail=(detail or "")[:2000] or None,
        ticket_id=ticket_id,
    )
    uow.session.add(entry)
    return entry
