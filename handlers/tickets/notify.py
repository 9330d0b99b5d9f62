"""Who did it and who is told: the timeline's actor names and the complainant's pushes."""

from __future__ import annotations

from handlers.notices import push_to_person
from storage.audit import actor
from storage.models import Ticket
from storage.owner_bindings import ticket_owner
from storage.uow import UnitOfWork

__all__ = ["actor", "notify_complainant"]


def notify_complainant(
    uow: UnitOfWork, ticket: Ticket, items: list, purpose: str, dedupe_key: str | None = None
) -> None:
    """Push a message to whoever filed the ticket (named or anonymous), in their language;
    a neutral line when they chose discreet notices."""
    owner = ticket_owner(uow.vault, ticket)
    if owner is None:
        return  # the complainant erased their data (by their choice), or a writer moved it
    push_to_person(
        uow,
        owner,
        items,
        purpose=purpose,
        language=ticket.language,
        dedupe_key=dedupe_key,
    )
