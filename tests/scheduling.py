"""Helpers for the scheduler's tests: Bangkok times, members, tickets, and what was pushed."""

from __future__ import annotations

import uuid
from datetime import datetime
from zoneinfo import ZoneInfo

from storage.models import LineUser, Member, MemberConflict, Ticket
from storage.uow import UnitOfWork
from tests.dashboard_data import new_ticket

BKK = ZoneInfo("Asia/Bangkok")


def bkk(*parts: int) -> datetime:
    """A moment on Bangkok's clock: bkk(2026, 3, 10, 8, 0)."""
    return datetime(*parts, tzinfo=BKK)


def line_id() -> str:
    """A fresh, well-formed LINE user id."""
    return "U" + uuid.uuid4().hex


def add_member(
    uow: UnitOfWork, name: str, role: str = "reviewer", conflicts=(), language: str = "th"
) -> tuple[Member, str]:
    """A member with a linked LINE account (and its LineUser, for the language)."""
    uid = line_id()
    user_hash = uow.vault.blind_index(uid)
    uow.session.add(
        LineUser(user_hash=user_hash, line_user_id_enc=uow.vault.encrypt(uid), language=language)
    )
    member = Member(
        name=name, role=role, user_hash=user_hash, line_user_id_enc=uow.vault.encrypt(uid)
    )
    uow.session.add(member)
    uow.session.flush()
    for kind, value in conflicts:
        uow.session.add(MemberConflict(member_id=member.id, kind=kind, value=value))
    uow.session.flush()
    return member, uid


def add_ticket(uow: UnitOfWork, submitted_at: datetime, number: int = 1, **fields) -> Ticket:
    """A submitted ticket about procurement in Nang Rong; `fields` override any column."""
    defaults = {
        "reference": f"BRM-2569-{number:05d}",
        "kind": "procurement",
        "agency": "อบต.หนองโบสถ์",
        "district": "นางรอง",
        "description": "ฮั้วประมูลถนนลาดยาง",
    }
    owner = fields.pop("owner", None)
    return new_ticket(uow, owner, submitted_at=submitted_at, **{**defaults, **fields})


def pushes(gateway, to: str) -> list[list[dict]]:
    """The message lists pushed to one LINE user, in order."""
    return [
        call["messages"] for call in gateway.sent if call["kind"] == "push" and call["to"] == to
    ]
