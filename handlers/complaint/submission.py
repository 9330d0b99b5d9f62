"""Turning a confirmed draft into a ticket with a reference and a tracking code."""

from __future__ import annotations

from datetime import date

from sqlalchemy import update

from handlers.committee import agencies
from handlers.committee import alerts as committee_alerts
from handlers.complaint.fields import completeness
from handlers.menu import main_menu
from handlers.replies import Out, Say
from storage import tickets
from storage.models import Draft, Evidence, LineUser, Ticket
from storage.uow import UnitOfWork
from storage.users import line_id_of


def buddhist_year(day: date) -> int:
    """The Buddhist-era year of a date (2026 → 2569)."""
    return day.year + 543


def submit_draft(uow: UnitOfWork, user: LineUser, draft: Draft, evidence_count: int) -> list[Out]:
    """Create the ticket, close the draft, and tell the complainant reference and code once."""
    data = draft.data
    now = uow.now()
    year_be = buddhist_year(now.astimezone(uow.settings["tz"]).date())
    reference = tickets.next_reference(uow, uow.settings["ticket_prefix"], year_be)
    code, code_hash = tickets.unused_tracking_code(uow)
    line_id = line_id_of(uow, user)
    ticket = Ticket(
        reference=reference,
        status="submitted",
        kind=data["kind"],
        agency=data["agency"],
        official=data["official"],
        district=data.get("district"),
        subdistrict=data.get("subdistrict"),
        place_text=data.get("place_text"),
        latitude=data.get("latitude"),
        longitude=data.get("longitude"),
        occurred_on=date.fromisoformat(data["occurred_on"]) if data.get("occurred_on") else None,
        occurred_text=data.get("occurred_text"),
        description=data["description"],
        witnesses=data.get("witnesses") or None,
        reported_elsewhere=data.get("reported"),
        reported_to=data.get("reported_to"),
        reported_reference=data.get("reported_ref"),
        anonymous=bool(data.get("anonymous", True)),
        complainant_name_enc=data.get("name_enc"),
        complainant_phone_enc=data.get("phone_enc"),
        owner_hash=user.user_hash,
        owner_line_id_enc=uow.vault.encrypt(line_id),
        tracking_code_hash=code_hash,
        confirmed_true=True,
        completeness=completeness(data, evidence_count).percent,
        language=user.language,
        submitted_at=now,
        updated_at=now,
    )
    ticket.agency_id = agencies.for_ticket(uow, ticket.agency).id
    uow.session.add(ticket)
    uow.session.flush()
    uow.session.execute(
        update(Evidence).where(Evidence.draft_id == draft.id).values(ticket_id=ticket.id)
    )
    first = tickets.add_timeline(uow, ticket, "status", "complainant", None, None, "submitted")
    uow.session.flush()  # seals the record: the receipt carries its chain's first hash
    committee_alerts.alert_reviewers(uow, ticket)
    draft.status = "submitted"
    draft.closed_at = now
    draft.ticket_id = ticket.id
    return [
        Say("submitted.reference", {"reference": reference}),
        Say("submitted.code", {"code": code, "reference": reference}),
        Say(
            "submitted.receipt",
            {
                "reference": reference,
                "hash": first.entry_hash,
                "status_url": f"{uow.settings['public_base_url']}/status",
            },
            quick=main_menu(),
        ),
    ]
