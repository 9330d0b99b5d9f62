"""Danger at any moment: the safety answer first and alone, the filing kept as it was, and
the chair told at once when the threat touches a complaint being filed or already filed."""

from __future__ import annotations

from handlers.committee.alerts import chairs_for, network_chairs, notify_member
from handlers.complaint.protection import CONTACTS
from handlers.menu import main_menu
from handlers.replies import Out, Quick, Say
from storage import tickets
from storage.models import Draft, LineUser
from storage.uow import UnitOfWork

GO_ON = (Quick("choice.continue", "postback", "a=flow:continue"),)


def safety_answer(uow: UnitOfWork, user: LineUser, text: str, draft: Draft | None) -> list[Out]:
    """The one safety bubble (nothing is stored as an answer); the chair hears of it."""
    _tell_chair(uow, user, text, draft)
    return [Say("safety.first", dict(CONTACTS), quick=GO_ON if draft is not None else main_menu())]


def _tell_chair(uow: UnitOfWork, user: LineUser, text: str, draft: Draft | None) -> None:
    day = uow.now().astimezone(uow.settings["tz"]).date().isoformat()
    filed = tickets.owned_by(uow, user, limit=1)
    if filed:
        ticket = filed[0]
        # On the ticket's internal timeline, never as an answer of the complaint.
        tickets.add_timeline(uow, ticket, "danger", "complainant", text[:1000], internal=True)
        for member in chairs_for(uow, ticket):
            notify_member(
                uow,
                member,
                [Say("alert.danger_ticket", {"reference": ticket.reference})],
                purpose="committee:danger",
                dedupe_key=f"danger:{ticket.reference}:{member.id}:{day}",
            )
    if draft is not None:
        for member in network_chairs(uow):
            notify_member(
                uow,
                member,
                [Say("alert.danger_filing")],
                purpose="committee:danger",
                dedupe_key=f"danger:draft:{draft.id}:{member.id}:{day}",
            )
