"""What the committee does to a ticket, the same from LINE, the dashboard and the CLI.

Every action checks the member's right, writes the ticket's timeline, and tells the
complainant through the outbox when their ticket changes status; status changes and
identity views are audited here, so every edge audits them alike.
"""

from __future__ import annotations

from handlers.committee.access import NotAllowed, can_see_identity, require_review
from handlers.privacy.transfer import ask_transfer_consent
from handlers.replies import Quick, Say, T
from handlers.thai.dates import format_date
from handlers.tickets import referrals
from handlers.tickets.identity import audited_identity
from handlers.tickets.lifecycle import CLOSED, check_transition
from handlers.tickets.notify import actor, notify_complainant
from storage import audit, tickets
from storage.models import Member, Ticket
from storage.uow import UnitOfWork

AGENCIES = ("pacc", "nacc", "damrongdhama", "audit_office", "other")
DECIDED = frozenset({"resolved", "rejected"})


def take(uow: UnitOfWork, member: Member, ticket: Ticket) -> None:
    """The member takes the ticket: it is theirs and moves into review."""
    require_review(member, ticket)
    if ticket.assignee_id not in (None, member.id):
        raise NotAllowed(f"{ticket.reference} is already taken")
    ticket.assignee_id = member.id
    ticket.taken_at = ticket.taken_at or uow.now()
    tickets.add_timeline(uow, ticket, "assigned", actor(member), body=member.name, internal=True)
    if ticket.status == "submitted":
        change_status(uow, member, ticket, "in_review", None)


def assign(uow: UnitOfWork, chair: Member, ticket: Ticket, assignee: Member) -> None:
    """The chair (or an admin) gives the ticket to a member who may see it."""
    if chair.role not in ("chair", "admin"):
        raise NotAllowed("only the chair assigns tickets")
    require_review(assignee, ticket)
    ticket.assignee_id = assignee.id
    ticket.taken_at = ticket.taken_at or uow.now()
    tickets.add_timeline(uow, ticket, "assigned", actor(chair), body=assignee.name, internal=True)
    if ticket.status == "submitted":
        change_status(uow, chair, ticket, "in_review", None)


def change_status(
    uow: UnitOfWork,
    member: Member,
    ticket: Ticket,
    new_status: str,
    reason: str | None,
    agency: str | None = None,
    agency_reference: str | None = None,
) -> None:
    """Move the ticket along the lifecycle and tell the complainant in plain Thai."""
    require_review(member, ticket)
    check_transition(ticket.status, new_status, reason)
    if new_status == "forwarded" and agency not in AGENCIES:
        raise ValueError("forwarding needs an agency: " + ", ".join(AGENCIES))
    body = reason
    if new_status == "forwarded":
        body = " ".join(p for p in (f"agency:{agency}", agency_reference, reason) if p)
    audit.record(
        uow, actor(member), "ticket_status", f"{ticket.status}->{new_status}", ticket_id=ticket.id
    )
    referral = None
    if new_status == "forwarded":
        referral = referrals.mark_forwarded(uow, member, ticket, agency, agency_reference)
    tickets.set_status(uow, ticket, new_status, actor(member), body)
    now = uow.now()
    ticket.closed_at = now if new_status in CLOSED else None
    if new_status in DECIDED:
        ticket.decided_at = now
    params = {"reference": ticket.reference, "status": T(f"status.{new_status}")}
    items = [
        Say(
            f"notice.status.{new_status}",
            {**params, "reason": reason or "", "agency": T(f"agency.{agency}") if agency else ""},
        )
    ]
    if referral is not None:
        due = referral.answer_due_at.astimezone(uow.settings["tz"]).date()
        params = {"reference": ticket.reference, "due": format_date(due, ticket.language)}
        items.append(Say("referral.notice.due", params))
    if new_status in DECIDED:
        items.append(
            Say(
                "notice.feedback",
                {"reference": ticket.reference},
                quick=(
                    Quick("feedback.yes", "postback", f"feedback={ticket.reference}:yes"),
                    Quick("feedback.no", "postback", f"feedback={ticket.reference}:no"),
                ),
            )
        )
    notify_complainant(uow, ticket, items, purpose=f"status:{new_status}")
    if new_status == "forwarded":
        ask_transfer_consent(uow, ticket, agency)


def add_note(uow: UnitOfWork, member: Member, ticket: Ticket, body: str) -> None:
    """An internal note, seen only by the committee."""
    require_review(member, ticket)
    if not body.strip():
        raise ValueError("a note needs text")
    tickets.add_timeline(uow, ticket, "note", actor(member), body=body.strip(), internal=True)


def message_complainant(
    uow: UnitOfWork, member: Member, ticket: Ticket, body: str, question: bool = False
) -> None:
    """Message the complainant; a question also moves the ticket to needs_info."""
    require_review(member, ticket)
    text = body.strip()
    if not text or len(text) > 2000:
        raise ValueError("a message needs 1-2000 characters")
    if question and ticket.status != "needs_info":
        change_status(uow, member, ticket, "needs_info", text)
    tickets.add_timeline(
        uow, ticket, "question" if question else "message", actor(member), body=text
    )
    quick = (
        (Quick("question.answer", "postback", f"answer={ticket.reference}"),) if question else ()
    )
    notify_complainant(
        uow,
        ticket,
        [Say("notice.message", {"reference": ticket.reference, "message": text}, quick=quick)],
        purpose="question" if question else "message",
    )


def reveal_identity(uow: UnitOfWork, member: Member, ticket: Ticket) -> dict[str, str]:
    """The complainant's name and phone, for the chair or an admin; every view is audited."""
    if not can_see_identity(member, ticket):
        raise NotAllowed("identity is shown only to the chair and admins, for named complaints")
    return audited_identity(uow, member, ticket, "view_identity", member.name)
