"""The complainant's identity, decrypted only with an audit entry saying who and why."""

from __future__ import annotations

from storage import audit
from storage.models import Member, Ticket
from storage.uow import UnitOfWork


def audited_identity(
    uow: UnitOfWork, member: Member, ticket: Ticket, action: str, detail: str
) -> dict[str, str]:
    """Name and phone of a named complainant (the contact's, when filed for someone else:
    then who the affected person is to them, and that person's name); the view is written to
    the audit log."""
    audit.record(uow, audit.actor(member), action, detail, ticket_id=ticket.id)
    return {
        "name": uow.vault.decrypt(ticket.complainant_name_enc) or "",
        "phone": uow.vault.decrypt(ticket.complainant_phone_enc) or "",
        "behalf": uow.vault.decrypt(ticket.behalf_of_enc) or "",
        "affected_name": uow.vault.decrypt(ticket.affected_name_enc) or "",
    }
