"""Moving a ticket to a new status: the check, the timeline, the referral and the notice."""

from __future__ import annotations

from handlers.privacy.transfer import ask_transfer_consent
from handlers.replies import Quick, Say, T
from handlers.thai.dates import format_date
from handlers.tickets import referrals
from handlers.tickets.lifecycle import REJECTION_REASONS, check_transition
from handlers.tickets.notify import actor, notify_complainant
from storage import audit, tickets
from storage.models import Member, Ticket
from storage.ticket_status import CLOSED, DECIDED
from storage.uow import UnitOfWork

AGENCIES = ("pacc", "nacc", "damrongdhama", "audit_office", "other")


def apply_status(
    uow: UnitOfWork,
    member: Member | None,
    ticket: Ticket,
    new_status: str,
    reason: str | None,
    by: str,
    agency: str | None = None,
    agency_reference: str | None = None,
    reason_code: str | None = None,
) -> None:
    """Move the ticket along the lifecycle (as `by` allows) and tell the complainant."""
    check_transition(ticket.status, new_status, reason, by)
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
    # Asking for more is a question: one timeline entry, one message with the answer button.
    kind = "question" if new_status == "needs_info" else "status"
    tickets.set_status(uow, ticket, new_status, actor(member) if member else by, body, kind)
    now = uow.now()
    ticket.closed_at = now if new_status in CLOSED else None
    if new_status in DECIDED:
        ticket.decided_at = now
    code = reason_code if reason_code in REJECTION_REASONS else "other"
    params = {
        "reference": ticket.reference,
        "status": T(f"status.{new_status}"),
        "reason": reason or "",
        "agency": T(f"agency.{agency}") if agency else "",
        "explanation": T(f"reject_reason.{code}"),
    }
    answer = Quick("question.answer", "postback", f"answer={ticket.reference}")
    quick = (answer,) if new_status == "needs_info" else ()
    items = [Say(f"notice.status.{new_status}", params, quick=quick)]
    if new_status == "rejected":
        items.append(
            Say(
                "notice.contest",
                {"reference": ticket.reference},
                quick=(Quick("contest.button", "postback", f"contest={ticket.reference}"),),
            )
        )
    elif new_status in DECIDED:
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
    if referral is not None:
        due = referral.answer_due_at.astimezone(uow.settings.tz).date()
        params = {"reference": ticket.reference, "due": format_date(due, ticket.language)}
        items.append(Say("referral.notice.due", params))
    notify_complainant(uow, ticket, items, purpose=f"status:{new_status}")
    if new_status == "forwarded":
        ask_transfer_consent(uow, ticket, agency)
