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
    actor: str,
    action: str,
    detail: str | None = None,
    ticket_id: int | None = None,
) -> AuditEntry:
    """Add an audit entry to this unit of work (kept only if the act is committed)."""
    entry = AuditEntry(
        at=uow.now(), actor=actor[:64], action=action, detail=detail, ticket_id=ticket_id
    )
    uow.session.add(entry)
    return entry
