"""The complainant's identity, decrypted only with an audit entry saying who and why."""

from __future__ import annotations

from storage.models import AuditEntry, Member, Ticket
from storage.uow import UnitOfWork


def audited_identity(
    uow: UnitOfWork, member: Member, ticket: Ticket, action: str, detail: str
) -> dict[str, str]:
    """Name and phone of a named complainant; the view is written to the audit log."""
    uow.session.add(
        AuditEntry(
            at=uow.now(),
            actor=f"member:{member.id}",
            action=action,
            ticket_id=ticket.id,
            detail=detail,
        )
    )
    return {
        "name": uow.vault.decrypt(ticket.complainant_name_enc) or "",
        "phone": uow.vault.decrypt(ticket.complainant_phone_enc) or "",
    }
