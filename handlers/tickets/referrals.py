"""Forwarding a ticket to an agency: the letter's record, the agency's clock, its answer.

The same from the dashboard and the CLI. Every step is on the ticket's timeline, and the
complainant is told of each one that concerns them (sent, the agency's reference, the
answer).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from handlers.committee.access import NotAllowed, can_see_identity, require_review
from handlers.replies import Out, Quick, Say
from handlers.tickets.identity import audited_identity
from handlers.tickets.notify import actor, notify_complainant
from storage import tickets
from storage.models import AuditEntry, LineUser, Member, Ticket
from storage.referral_models import Referral, ReferralAgency
from storage.uow import UnitOfWork

LETTER_SEQUENCE = "~LETTER"  # the yearly counter of letter numbers (not a ticket prefix)
CONSENT = "agency_consent"  # postback: agency_consent=REF:yes|no
AGENCY_FIELDS = ("name", "addressee", "address", "answer_working_days", "active")


def agencies(uow: UnitOfWork, active_only: bool = True) -> list[ReferralAgency]:
    """The agencies the network writes to, by code."""
    stmt = select(ReferralAgency).order_by(ReferralAgency.id)
    if active_only:
        stmt = stmt.where(ReferralAgency.active.is_(True))
    return list(uow.session.scalars(stmt))


def agency(uow: UnitOfWork, code: str) -> ReferralAgency:
    """One agency by code; ValueError when unknown or retired."""
    found = uow.session.scalar(select(ReferralAgency).where(ReferralAgency.code == code))
    if found is None or not found.active:
        raise ValueError(f"unknown agency {code!r}")
    return found


def update_agency(uow: UnitOfWork, member: Member, code: str, **changes) -> ReferralAgency:
    """Change an agency's name, addressee, address or answer time (chair and admins)."""
    if member.role not in ("chair", "admin"):
        raise NotAllowed("only the chair and admins keep the agencies' addresses")
    row = uow.session.scalar(select(ReferralAgency).where(ReferralAgency.code == code))
    if row is None:
        row = ReferralAgency(code=code, name="", addressee="", address="")
        uow.session.add(row)
    for name, value in changes.items():
        if name in AGENCY_FIELDS and value is not None:
            setattr(row, name, value.strip() if isinstance(value, str) else value)
    if not (row.name and row.addressee):
        raise ValueError("an agency needs a name and an addressee")
    row.updated_at, row.updated_by = uow.now(), actor(member)
    uow.session.add(
        AuditEntry(at=uow.now(), actor=actor(member), action="agency_update", detail=code)
    )
    return row


def referrals_of(uow: UnitOfWork, ticket: Ticket) -> list[Referral]:
    """Every referral of a ticket, oldest first."""
    stmt = select(Referral).where(Referral.ticket_id == ticket.id).order_by(Referral.id)
    return list(uow.session.scalars(stmt))


def current(uow: UnitOfWork, ticket: Ticket) -> Referral | None:
    """The referral whose answer is awaited: the latest one sent."""
    sent = [r for r in referrals_of(uow, ticket) if r.forwarded_at is not None]
    return sent[-1] if sent else None


def _for_agency(uow: UnitOfWork, ticket: Ticket, code: str) -> Referral | None:
    found = [r for r in referrals_of(uow, ticket) if r.agency_code == code]
    return found[-1] if found else None


def prepare(uow: UnitOfWork, member: Member, ticket: Ticket, code: str) -> Referral:
    """The referral (letter number and date) to this agency; made once, then reused."""
    require_review(member, ticket)
    recipient = agency(uow, code)
    existing = _for_agency(uow, ticket, code)
    if existing is not None and existing.answered_at is None:
        return existing
    config = uow.settings["config"]
    today = uow.now().astimezone(uow.settings["tz"]).date()
    year_be = today.year + 543
    number = tickets.next_number(uow, LETTER_SEQUENCE, year_be)
    referral = Referral(
        ticket_id=ticket.id,
        agency_code=code,
        agency_name=recipient.name,
        letter_number=f"{config.referral_letter_prefix} {number:03d}/{year_be}",
        letter_date=today,
        created_at=uow.now(),
        created_by=actor(member),
    )
    uow.session.add(referral)
    uow.session.flush()
    tickets.add_timeline(
        uow, ticket, "referral_letter", actor(member), referral.letter_number, internal=True
    )
    return referral


def may_pass_identity(member: Member, ticket: Ticket) -> bool:
    """Named, the complainant agreed it may go to the agency, and the member may see it."""
    return ticket.identity_to_agency and can_see_identity(member, ticket)


def identity_for_letter(
    uow: UnitOfWork, member: Member, ticket: Ticket, referral: Referral
) -> dict[str, str] | None:
    """The complainant's name and phone for the letter, only with their consent (audited)."""
    if not may_pass_identity(member, ticket):
        return None
    referral.identity_included = True
    detail = f"{referral.agency_code} {referral.letter_number}"
    return audited_identity(uow, member, ticket, "identity_to_agency", detail)


def mark_forwarded(
    uow: UnitOfWork, member: Member, ticket: Ticket, code: str, agency_reference: str | None
) -> Referral:
    """The letter went out: the agency's clock starts (Thai working days)."""
    referral = prepare(uow, member, ticket, code)
    recipient = agency(uow, code)
    now = uow.now()
    referral.forwarded_at = now
    referral.agency_reference = agency_reference or referral.agency_reference
    referral.answer_due_at = uow.settings["sla"].agency_due(now, recipient.answer_working_days)
    return referral


def _sent(uow: UnitOfWork, ticket: Ticket) -> Referral:
    referral = current(uow, ticket)
    if referral is None or ticket.status != "forwarded":
        raise ValueError(f"{ticket.reference} has not been forwarded")
    return referral


def _step(uow: UnitOfWork, member: Member, ticket: Ticket, kind: str, text: str) -> Referral:
    """A step of the agency's side: on the timeline, and told to the complainant."""
    referral = _sent(uow, ticket)
    tickets.add_timeline(uow, ticket, kind, actor(member), text)
    params = {"reference": ticket.reference, "agency": referral.agency_name, "text": text}
    notify_complainant(uow, ticket, [Say(f"referral.notice.{kind}", params)], f"referral:{kind}")
    return referral


def record_reference(uow: UnitOfWork, member: Member, ticket: Ticket, reference: str) -> Referral:
    """The agency's own reference for the case; the complainant is told."""
    require_review(member, ticket)
    reference = " ".join(reference.split())[:200]
    if not reference:
        raise ValueError("the agency's reference is empty")
    referral = _step(uow, member, ticket, "agency_reference", reference)
    referral.agency_reference = reference
    return referral


def record_answer(
    uow: UnitOfWork, member: Member, ticket: Ticket, summary: str, at: datetime | None = None
) -> Referral:
    """The agency answered: its clock stops; the complainant is told what they said."""
    require_review(member, ticket)
    summary = summary.strip()[:2000]
    if not summary:
        raise ValueError("the agency's answer needs a summary")
    if _sent(uow, ticket).answered_at is not None:
        raise ValueError("the agency's answer is already recorded")
    referral = _step(uow, member, ticket, "agency_answer", summary)
    referral.answered_at = at or uow.now()
    referral.answer_summary = summary
    return referral


def ask_consent(uow: UnitOfWork, member: Member, ticket: Ticket) -> None:
    """Ask a named complainant whether their name and phone may go to the agency."""
    require_review(member, ticket)
    if ticket.anonymous:
        raise ValueError("an anonymous complainant has no identity to pass on")
    tickets.add_timeline(uow, ticket, "consent_asked", actor(member), internal=True)
    choices = tuple(
        Quick(f"referral.consent.{answer}", "postback", f"{CONSENT}={ticket.reference}:{answer}")
        for answer in ("yes", "no")
    )
    notify_complainant(
        uow,
        ticket,
        [Say("referral.consent.ask", {"reference": ticket.reference}, quick=choices)],
        purpose="referral:consent",
    )


def answer_consent(uow: UnitOfWork, user: LineUser, value: str) -> list[Out]:
    """The complainant's yes or no to passing their identity on; they may change it later."""
    reference, _, answer = value.rpartition(":")
    ticket = tickets.by_reference(uow, reference[:40])
    if ticket is None or ticket.owner_hash != user.user_hash or answer not in ("yes", "no"):
        return [Say("committee.reply_unknown")]
    ticket.identity_to_agency = answer == "yes" and not ticket.anonymous
    tickets.add_timeline(uow, ticket, "identity_consent", "complainant", body=answer)
    return [Say(f"referral.consent.done_{answer}", {"reference": ticket.reference})]
