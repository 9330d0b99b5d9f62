"""Everything the network holds about one person, as plain data (their PDPA access copy)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select

from storage.models import COMPLAINT_FIELDS, Evidence, LineUser, Ticket
from storage.privacy import consents_of, drafts_of, holds_content, rsvps_of, tickets_of
from storage.uow import UnitOfWork

TICKET_FIELDS = (
    "reference",
    "status",
    *COMPLAINT_FIELDS,
    "outside_province",
    "submitted_at",
    "closed_at",
)


def _plain(value):
    return value.isoformat() if isinstance(value, datetime | date) else value


def _evidence(uow: UnitOfWork, *conditions) -> list[dict]:
    rows = uow.session.scalars(select(Evidence).where(*conditions).order_by(Evidence.id))
    return [
        {
            "kind": e.media_kind,
            "file_name": e.file_name,
            "size_bytes": e.size_bytes,
            "status": e.status,
            "received_at": _plain(e.created_at),
        }
        for e in rows
    ]


def _ticket(uow: UnitOfWork, ticket: Ticket) -> dict:
    body = {name: _plain(getattr(ticket, name)) for name in TICKET_FIELDS}
    body["name"] = uow.vault.decrypt(ticket.complainant_name_enc)
    body["phone"] = uow.vault.decrypt(ticket.complainant_phone_enc)
    body["call_ok"] = ticket.call_ok  # whether they said the committee may call
    body["filed_for"] = uow.vault.decrypt(ticket.behalf_of_enc)
    body["affected_name"] = uow.vault.decrypt(ticket.affected_name_enc)
    body["timeline"] = [
        {"at": _plain(e.at), "kind": e.kind, "status": e.to_status, "text": e.body}
        for e in ticket.timeline
        if not e.internal
    ]
    body["evidence"] = _evidence(uow, Evidence.ticket_id == ticket.id)
    return body


def _draft_data(uow: UnitOfWork, data: dict) -> dict:
    shown = {k: v for k, v in data.items() if not k.startswith("_") and not k.endswith("_enc")}
    for field in ("name", "phone"):
        if data.get(f"{field}_enc"):
            shown[field] = uow.vault.decrypt(data[f"{field}_enc"])
    return shown


def export_data(uow: UnitOfWork, user: LineUser) -> dict:
    """What the network holds about this person: account, tickets, drafts, news, consents."""
    drafts = [
        {
            "status": d.status,
            "started_at": _plain(d.created_at),
            "closed_at": _plain(d.closed_at),
            "answers": _draft_data(uow, d.data) if holds_content(d) else {},
            "evidence": _evidence(uow, Evidence.draft_id == d.id, Evidence.ticket_id.is_(None)),
        }
        for d in drafts_of(uow, user)
        if holds_content(d) or d.status == "open"
    ]
    return {
        "account": {
            "first_contact": _plain(user.created_at),
            "language": user.language,
            "following": user.following,
            "news_subscribed": user.subscribed,
            "district": user.district,
            "privacy_notice_seen": user.notice_version,
        },
        "tickets": [_ticket(uow, t) for t in tickets_of(uow, user)],
        "drafts": drafts,
        "forums": [
            {"forum": f.title, "starts_at": _plain(f.starts_at), "answer": r.answer}
            for r, f in rsvps_of(uow, user)
        ],
        "consents": [
            {
                "purpose": c.purpose,
                "granted": c.granted,
                "notice_version": c.notice_version,
                "at": _plain(c.at),
            }
            for c in consents_of(uow, user)
        ],
        "exported_at": _plain(uow.now()),
    }
