"""Danger at any moment: the safety answer first and alone, the filing kept as it was, and
the chair told at once when the threat touches a complaint being filed or already filed."""

from __future__ import annotations

from handlers.directory.alerts import chairs_for, network_chairs, notify_member
from handlers.menu import main_menu
from handlers.protection import CONTACTS
from handlers.replies import Out, Quick, Say
from storage import tickets
from storage.models import Draft, LineUser, Member, Ticket
from storage.uow import UnitOfWork

GO_ON = (Quick("choice.continue", "postback", "a=flow:continue"),)


def safety_answer(
    uow: UnitOfWork,
    user: LineUser,
    text: str,
    draft: Draft | None,
    about: str | None = None,
    alert: bool = True,
) -> list[Out]:
    """The one safety bubble (nothing is stored as an answer); with `alert`, the chair hears
    of it, about the ticket `about` (the one being talked of) or else the person's latest."""
    if alert:
        _tell_chair(uow, user, text, draft, about)
    return [Say("safety.first", dict(CONTACTS), quick=GO_ON if draft is not None else main_menu())]


def _ticket(uow: UnitOfWork, user: LineUser, about: str | None) -> Ticket | None:
    named = tickets.by_reference(uow, about) if about else None
    if named is not None and tickets.is_owner(user, named):
        return named
    filed = tickets.owned_by(uow, user, limit=1)
    return filed[0] if filed else None


def _tell_chair(
    uow: UnitOfWork, user: LineUser, text: str, draft: Draft | None, about: str | None
) -> None:
    day = uow.now().astimezone(uow.settings.tz).date().isoformat()
    ticket = _ticket(uow, user, about)
    if ticket is not None:
        # On the ticket's internal timeline, never as an answer of the complaint.
        tickets.add_timeline(uow, ticket, "danger", "complainant", text[:1000], internal=True)
        say = Say("alert.danger_ticket", {"reference": ticket.reference})
        _alert(uow, chairs_for(uow, ticket), say, f"{ticket.reference}:{day}")
    if draft is not None:
        _alert(uow, network_chairs(uow), Say("alert.danger_filing"), f"draft:{draft.id}:{day}")


def _alert(uow: UnitOfWork, chairs: list[Member], say: Say, about: str) -> None:
    """Once a day for each thing threatened, to each chair (pushed right after the commit)."""
    for member in chairs:
        notify_member(
            uow, member, [say], purpose="committee:danger", dedupe_key=f"danger:{about}:{member.id}"
        )
