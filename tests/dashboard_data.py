"""Test data for the committee dashboard: members, tickets, evidence, signing in."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime, timedelta

from handlers.committee import agencies, members
from handlers.tickets import endings
from storage import tickets, users
from storage.models import Evidence, Ticket

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
NOW = datetime(2026, 3, 10, 3, 0, tzinfo=UTC)


def add_member(services, role: str, name: str | None = None, conflicts=()) -> int:
    """A committee member with a LINE account and declared conflicts; returns the id."""
    with services.uow() as uow:
        member = members.add_member(uow, "U" + uuid.uuid4().hex, name or f"{role} member", role)
        for kind, value in conflicts:
            members.declare_conflict(uow, member, kind, value, "relative works there")
        uow.commit()
        return member.id


def login_token(services, member_id: int) -> str:
    """A fresh one-time login token for the member."""
    with services.uow() as uow:
        token = members.issue_login_token(uow, members.get_member(uow, member_id))
        uow.commit()
        return token


def csrf_token(client, url: str = "/committee/signed-out") -> str:
    """The CSRF token of the client's session, read from a page's form."""
    found = CSRF.search(client.get(url).get_data(as_text=True))
    assert found, f"no CSRF token on {url}"
    return found.group(1)


def sign_in(client, services, member_id: int):
    """Sign the test client in through a one-time link, as a member would."""
    token = login_token(services, member_id)
    url = f"/committee/login/{token}"
    return client.post(url, data={"csrf_token": csrf_token(client, url)})


def new_ticket(uow, owner: str | None = None, **fields) -> Ticket:
    """A submitted ticket with sensible defaults and its timeline entry; `fields` override."""
    submitted = fields.pop("submitted_at", NOW)
    name = fields.pop("name", None)
    witnesses = fields.pop("witnesses", None)
    phone = fields.pop("phone", None)
    owner = owner or "U" + uuid.uuid4().hex
    reference = fields.pop("reference", None) or tickets.next_reference(uow, "BRM", 2569)
    values = {
        "reference": reference,
        "status": "submitted",
        "kind": "bribery",
        "agency": "อบต.สองห้อง",
        "official": "นายก อบต.",
        "district": "เมืองบุรีรัมย์",
        "description": "เรียกรับเงินค่าใบอนุญาตก่อสร้าง 5,000 บาท",
        "anonymous": name is None,
        "complainant_name_enc": uow.vault.encrypt(name) if name else None,
        "complainant_phone_enc": uow.vault.encrypt(phone) if phone else None,
        "witnesses_enc": uow.vault.encrypt(witnesses) if witnesses else None,
        "owner_line_id_enc": uow.vault.encrypt(owner),
        "tracking_code_hash": uuid.uuid4().hex,
        "confirmed_true": True,
        "submitted_at": submitted,
        "updated_at": submitted,
    }
    ticket = Ticket(**{**values, **fields})
    agencies.link_ticket(uow, ticket)
    uow.session.add(ticket)
    uow.session.flush()
    users.add_ticket(users.user_for_line_id(uow, owner), ticket.id)
    entry = tickets.add_timeline(uow, ticket, "status", "complainant", None, None, "submitted")
    entry.at = submitted
    uow.session.flush()
    return ticket


def add_ticket(services, owner: str | None = None, **fields) -> str:
    """A submitted ticket, committed; returns its reference."""
    with services.uow() as uow:
        reference = new_ticket(uow, owner, **fields).reference
        uow.commit()
        return reference


def add_evidence(
    services, reference: str, path, content_type: str, name=None, clean_path=None
) -> int:
    """A stored evidence file on a ticket (with a re-encoded copy at `clean_path`); its id."""
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, reference)
        item = Evidence(
            ticket_id=ticket.id,
            line_message_id=uuid.uuid4().hex,
            media_kind="image" if content_type.startswith("image/") else "file",
            file_name=name,
            content_type=content_type,
            size_bytes=path.stat().st_size,
            storage_path=str(path),
            clean_path=str(clean_path) if clean_path else None,
            status="stored",
        )
        uow.session.add(item)
        uow.commit()
        return item.id


def spread(count: int, start: datetime = NOW, step=timedelta(hours=1)) -> list[datetime]:
    """`count` submission times, one `step` apart, going back from `start`."""
    return [start - step * i for i in range(count)]


def add_many(services, count: int, **fields) -> None:
    """`count` tickets alike (district, status, kind…), committed together."""
    with services.uow() as uow:
        for _ in range(count):
            new_ticket(uow, **fields)
        uow.commit()


def chair_confirms(services, reference: str) -> None:
    """A (new) chair confirms what is pending on the ticket, as on the dashboard."""
    with services.uow() as uow:
        chair = members.add_member(uow, None, "ประธาน", "chair")
        endings.confirm(uow, chair, tickets.by_reference(uow, reference))
        uow.commit()
