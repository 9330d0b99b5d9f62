"""Forwarding a ticket to an agency: the letter's record, the agency's clock, its answer.

The same from the dashboard and the CLI. Every step is on the ticket's timeline, and the
complainant is told of each one that concerns them (sent, the agency's reference, the
answer).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select

from handlers.directory.access import NotAllowed, can_see_identity, require_review
from handlers.privacy.transfer import ask_transfer_consent
from handlers.replies import Say
from handlers.tickets.agency_defaults import ensure_defaults
from handlers.tickets.identity import audited_identity
from handlers.tickets.notify import actor, notify_complainant
from storage import audit, privacy, tickets
from storage.models import Member, Ticket
from storage.overdue import current_referrals
from storage.referral_models import Referral, ReferralAgency
from storage.uow import UnitOfWork

LETTER_SEQUENCE = "~LETTER"  # the yearly counter of letter numbers (not a ticket prefix)
AGENCY_FIELDS = ("name", "addressee", "address", "answer_working_days", "active")


def agencies(uow: UnitOfWork, active_only: bool = True) -> list[ReferralAgency]:
    """The agencies the network writes to, by code."""
    ensure_defaults(uow)
    stmt = select(ReferralAgency).order_by(ReferralAgency.id)
    if active_only:
        stmt = stmt.where(ReferralAgency.active.is_(True))
    return list(uow.session.scalars(stmt))


def agency(uow: UnitOfWork, code: str) -> ReferralAgency:
    """One agency by code; ValueError when unknown or retired."""
    ensure_defaults(uow)
    found = uow.session.scalar(select(ReferralAgency).where(ReferralAgency.code == code))
    if found is None or not found.active:
        raise ValueError(f"unknown agency {code!r}")
    return found


def update_agency(uow: UnitOfWork, member: Member, code: str, **changes) -> ReferralAgency:
    """Change an agency's name, addressee, address or answer time (chair and admins)."""
    if member.role not in ("chair", "admin"):
        raise NotAllowed("only the chair and admins keep the agencies' addresses")
    ensure_defaults(uow)
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
    audit.record(uow, actor(member), "agency_update", code)
    return row


def referrals_of(uow: UnitOfWork, ticket: Ticket) -> list[Referral]:
    """Every referral of a ticket, oldest first."""
    stmt = select(Referral).where(Referral.ticket_id == ticket.id).order_by(Referral.id)
    return list(uow.session.scalars(stmt))


def current(uow: UnitOfWork, ticket: Ticket) -> Referral | None:
    """The referral whose answer is awaited: the latest one sent (storage.overdue's rule)."""
    return current_referrals(uow, [ticket.id]).get(ticket.id)


def _for_agency(uow: UnitOfWork, ticket: Ticket, code: str) -> Referral | None:
    found = [r for r in referrals_of(uow, ticket) if r.agency_code == code]
    return found[-1] if found else None


def next_letter(uow: UnitOfWork) -> tuple[str, date]:
    """The next letter number of the Buddhist-era year ("คอช.บร. 001/2569") and today's date."""
    today = uow.today()
    year_be = today.year + 543
    number = tickets.next_number(uow, LETTER_SEQUENCE, year_be)
    return f"{uow.settings.referral_letter_prefix} {number:03d}/{year_be}", today


def prepare(uow: UnitOfWork, member: Member, ticket: Ticket, code: str) -> Referral:
    """The referral (letter number and date) to this agency; made once, then reused."""
    require_review(uow, member, ticket)
    recipient = agency(uow, code)
    existing = _for_agency(uow, ticket, code)
    if existing is not None and existing.answered_at is None:
        return existing
    letter_number, today = next_letter(uow)
    referral = Referral(
        ticket_id=ticket.id,
        agency_code=code,
        agency_name=recipient.name,
        letter_number=letter_number,
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


def may_pass_identity(uow: UnitOfWork, member: Member, ticket: Ticket, code: str) -> bool:
    """Named, the complainant said yes to passing it to this agency (their consent record),
    and the member may see it."""
    consented = privacy.transfer_consent(uow, ticket.id, code) is True
    return consented and can_see_identity(uow, member, ticket)


def identity_for_letter(
    uow: UnitOfWork, member: Member, ticket: Ticket, referral: Referral
) -> dict[str, str] | None:
    """The complainant's name and phone for the letter, only with their consent (audited)."""
    if not may_pass_identity(uow, member, ticket, referral.agency_code):
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
    referral.answer_due_at = uow.settings.sla.agency_due(now, recipient.answer_working_days)
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
    require_review(uow, member, ticket)
    reference = " ".join(reference.split())[:200]
    if not reference:
        raise ValueError("the agency's reference is empty")
    referral = _step(uow, member, ticket, "agency_reference", reference)
    referral.agency_reference = reference
    return referral


def check_answer(uow: UnitOfWork, ticket: Ticket, summary: str) -> str:
    """The answer's summary as it will be kept; ValueError when it cannot be recorded."""
    summary = (summary or "").strip()[:2000]
    if not summary:
        raise ValueError("the agency's answer needs a summary")
    if _sent(uow, ticket).answered_at is not None:
        raise ValueError("the agency's answer is already recorded")
    return summary


def record_answer(
    uow: UnitOfWork, member: Member, ticket: Ticket, summary: str, at: datetime | None = None
) -> Referral:
    """The agency answered: its clock stops; the complainant is told what they said. Only
    as a chair confirms what a member recorded (handlers.tickets.endings)."""
    require_review(uow, member, ticket)
    summary = check_answer(uow, ticket, summary)
    referral = _step(uow, member, ticket, "agency_answer", summary)
    referral.answered_at = at or uow.now()
    referral.answer_summary = summary
    return referral


def ask_consent(uow: UnitOfWork, member: Member, ticket: Ticket, code: str) -> None:
    """Ask a named complainant now, before the letter goes, whether their name and phone may
    go to this agency (the same question forwarding asks; asked once per agency)."""
    require_review(uow, member, ticket)
    agency(uow, code)
    if ticket.anonymous or not ticket.complainant_name_enc:
        raise ValueError("an anonymous complainant has no identity to pass on")
    tickets.add_timeline(uow, ticket, "consent_asked", actor(member), code, internal=True)
    ask_transfer_consent(uow, ticket, code)
