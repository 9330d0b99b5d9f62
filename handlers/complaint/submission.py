"""Turning a confirmed draft into a ticket with a reference and a tracking code."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from handlers import danger, masking
from handlers.complaint.story_checked import story_differs
from handlers.complaint.summary import summary_quick
from handlers.directory import agencies
from handlers.directory import alerts as committee_alerts
from handlers.intake.fields import completeness
from handlers.patterns import related
from handlers.replies import Day, Out, Say
from handlers.safety import discreet_offer
from handlers.thai.normalise import thai_digits_to_arabic
from handlers.throttles import OWN_LIMITS, under_own_count
from handlers.tickets import corrected_fields, evidence_words
from storage import tickets
from storage.evidence import TICKET_SALT
from storage.models import Draft, Evidence, LineUser, Ticket
from storage.owner_bindings import seal_ticket_owner
from storage.privacy import forget_submitted
from storage.record_checks import head_of
from storage.uow import UnitOfWork
from storage.users import add_ticket, line_id_of


def buddhist_year(day: date) -> int:
    """The Buddhist-era year of a date (2026 → 2569)."""
    return day.year + 543


def _named_in_story(uow: UnitOfWork, data: dict) -> str | None:
    """The name of the one filed for, given only in the story ("แจ้งแทนพ่อค่ะ (นายสมบัติ ดีงาม)"):
    sealed with the identity, as one given at the name question is (reviewers read it masked)."""
    if not data.get("behalf"):
        return None
    name = masking.story_behalf_name(data.get("description"))
    return uow.vault.encrypt(name) if name else None


def submit_draft(uow: UnitOfWork, user: LineUser, draft: Draft, evidence_count: int) -> list[Out]:
    """Create the ticket, close the draft, and tell the complainant reference and code once
    (past the account's filing limit: nothing yet, the draft kept as it is to send later)."""
    filed = [t.submitted_at for t in tickets.owned_by(uow, user, limit=OWN_LIMITS["filing"].most)]
    if not under_own_count(uow, "filing", filed):
        return [Say("submitted.held_for_today", quick=summary_quick(()))]
    data = draft.data
    now = uow.now()
    year_be = buddhist_year(now.astimezone(uow.settings.tz).date())
    reference = tickets.next_reference(uow, uow.settings.ticket_prefix, year_be)
    code = tickets.new_tracking_code()
    line_id = line_id_of(uow, user)
    ticket = Ticket(
        reference=reference,
        status="submitted",
        kind=data["kind"],
        agency=data.get("agency") or "",
        official=data.get("official") or "",
        district=data.get("district"),
        subdistrict=data.get("subdistrict"),
        place_text=data.get("place_text"),
        outside_province=data.get("outside_province"),
        latitude=data.get("latitude"),
        longitude=data.get("longitude"),
        pin_is_scene=data.get("pin_is_scene"),
        occurred_on=date.fromisoformat(data["occurred_on"]) if data.get("occurred_on") else None,
        occurred_text=data.get("occurred_text"),
        # sums typed in Thai digits ("ชิ้นละ ๘๕,๐๐๐ บาท") kept in the digits staff search by
        description=thai_digits_to_arabic(data.get("description") or ""),
        witnesses_enc=uow.vault.encrypt(data.get("witnesses") or None),
        reported_elsewhere=data.get("reported"),
        reported_to=data.get("reported_to"),
        reported_reference=data.get("reported_ref"),
        anonymous=bool(data.get("anonymous", True)),
        complainant_name_enc=data.get("name_enc"),
        complainant_phone_enc=data.get("phone_enc"),
        call_ok=None if data.get("anonymous", True) else data.get("call_ok"),
        behalf_of_enc=uow.vault.encrypt(data.get("behalf") or None),
        affected_name_enc=data.get("affected_name_enc") or _named_in_story(uow, data),
        owner_line_id_enc=seal_ticket_owner(uow.vault, reference, line_id),
        **tickets.tracking_fields(uow, code, data.get(TICKET_SALT)),
        confirmed_true=True,
        completeness=completeness(data, evidence_count).percent,
        language=user.language,
        submitted_at=now,
        updated_at=now,
    )
    agencies.link_ticket(uow, ticket)
    uow.session.add(ticket)
    uow.session.flush()
    # From here the files belong to the ticket alone: nothing plain ties them to the draft.
    # Through the session, so that the ticket's seal covers them (ticket_chain.flush_sealing).
    files = list(uow.session.scalars(select(Evidence).where(Evidence.draft_id == draft.id)))
    for item in files:
        item.ticket_id, item.draft_id = ticket.id, None
    tickets.add_timeline(uow, ticket, "status", "complainant", None, None, "submitted")
    for item in files:  # a document's name may name a body: recusal reads it as words
        agencies.link_file_name(uow, ticket, item.file_name)
    if data.get("told_by"):  # told by voice or video: the recording is among the evidence
        tickets.add_timeline(uow, ticket, "told_by", "complainant", data["told_by"])
    differs = story_differs(data, now.astimezone(uow.settings.tz).date(), uow.settings.geography)
    if differs:  # fields corrected after the story: the committee reads which, above it
        tickets.add_timeline(
            uow, ticket, corrected_fields.KIND, "complainant", corrected_fields.body(differs)
        )
    for body in evidence_words.bodies(data):  # said of a file while filing: shown with it
        tickets.add_timeline(uow, ticket, evidence_words.KIND, "complainant", body)
    danger.threats_on_timeline(uow, ticket, data)  # told while filing: the chair reads them
    threat = danger.marks(uow, [ticket.id]).get(ticket.id)
    if threat or under_own_count(uow, "filing_alert", filed):  # else waits in the new tickets
        committee_alerts.alert_reviewers(uow, ticket, threat)
    related.find_quietly(uow, ticket)
    add_ticket(user, ticket.id)
    forget_submitted(draft)
    uow.session.flush()  # seals the record: the receipt counts its entries
    _, entries = head_of(uow, ticket.id)
    return [
        Say("submitted.reference", {"reference": reference}),
        Say("submitted.next", _next_dates(uow, ticket)),
        Say("submitted.code", {"code": code, "reference": reference}),
        Say(
            "submitted.receipt",
            {
                "reference": reference,
                "entries": entries,
                "n": entries,  # the plural form ("1 entry")
                "status_url": f"{uow.settings.public_base_url}/status",
            },
        ),
        discreet_offer(),
    ]


def _next_dates(uow: UnitOfWork, ticket: Ticket) -> dict:
    """By when the committee takes the complaint up, and by when the person hears of
    progress (the one SLA policy), as dates shown the person's way."""
    policy = uow.settings.sla
    tz = uow.settings.tz
    local = ticket.submitted_at.astimezone(tz)
    return {
        "ack_date": Day(policy.ack_due(ticket).astimezone(tz).date().isoformat()),
        "progress_date": Day((local + timedelta(days=policy.progress_days)).date().isoformat()),
        "days": policy.progress_days,
    }
