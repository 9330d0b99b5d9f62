"""Who on the committee gets a scheduled message, on which LINE id, in which language."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from handlers.directory.access import can_review
from storage.models import LineUser, Member, Ticket
from storage.uow import UnitOfWork

DIGEST_ROLES = ("reviewer", "chair")


@dataclass(frozen=True)
class Recipient:
    """A member reachable on LINE."""

    member: Member
    line_id: str
    language: str


def reachable(uow: UnitOfWork, roles: Iterable[str]) -> list[Recipient]:
    """Active members with these roles who linked a LINE account, in id order."""
    stmt = (
        select(Member)
        .where(
            Member.active.is_(True),
            Member.role.in_(tuple(roles)),
            Member.line_user_id_enc.is_not(None),
        )
        .order_by(Member.id)
    )
    members = list(uow.session.scalars(stmt))
    hashes = [m.user_hash for m in members if m.user_hash]
    languages = dict(
        uow.session.execute(
            select(LineUser.user_hash, LineUser.language).where(LineUser.user_hash.in_(hashes))
        ).all()
    )
    return [
        Recipient(m, uow.vault.decrypt(m.line_user_id_enc), languages.get(m.user_hash, "th"))
        for m in members
    ]


def may_see(uow: UnitOfWork, recipient: Recipient, ticket: Ticket) -> bool:
    """The one visibility rule (handlers.directory.access.can_review) for a recipient."""
    return can_review(uow, recipient.member, ticket)
