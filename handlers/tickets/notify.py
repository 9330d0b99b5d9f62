"""Who did it and who is told: the timeline's actor names and the complainant's pushes."""

from __future__ import annotations

from handlers.notices import push_to_person
from storage.models import Member, Ticket
from storage.uow import UnitOfWork


def actor(member: Member) -> str:
    """How a member is named on the timeline."""
    return f"member:{member.id}"


def notify_complainant(
    uow: UnitOfWork, ticket: Ticket, items: list, purpose: str, dedupe_key: str | None = None
) -> None:
    """Push a message to whoever filed the ticket (named or anonymous), in their language;
    a neutral line when they chose discreet notices."""
    if not ticket.owner_line_id_enc:
        return  # the complainant erased their data: no way to reach them, by their choice
    push_to_person(
        uow,
        uow.vault.decrypt(ticket.owner_line_id_enc),
        items,
        purpose=purpose,
        language=ticket.language,
        dedupe_key=dedupe_key,
    )
