"""Who did it and who is told: the timeline's actor names and the complainant's pushes."""

from __future__ import annotations

from handlers.danger import contact_discreetly
from handlers.notices import discreet_choice, push_to_person
from storage.audit import actor
from storage.models import Ticket
from storage.owner_bindings import ticket_owner
from storage.uow import UnitOfWork
from storage.users import user_by_line_id

__all__ = ["actor", "notices_as_chosen", "notify_complainant"]


def notify_complainant(
    uow: UnitOfWork, ticket: Ticket, items: list, purpose: str, dedupe_key: str | None = None
) -> None:
    """Push a message to whoever filed the ticket (named or anonymous), in their language;
    a neutral line when they chose discreet notices, or when the ticket carries a threat and
    they never answered that question (`danger.contact_discreetly`, docs/safety.md)."""
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
        unless_chosen=contact_discreetly(uow, ticket),
    )


def notices_as_chosen(uow: UnitOfWork, ticket: Ticket) -> str:
    """How the complainant's notices look, for the page: "discreet" (chosen), "normal"
    (chosen), "unasked" (never answered) or "unreachable" (no owner to reach)."""
    owner = ticket_owner(uow.vault, ticket)
    if owner is None:
        return "unreachable"
    choice = discreet_choice(user_by_line_id(uow, owner))
    return {True: "discreet", False: "normal", None: "unasked"}[choice]
