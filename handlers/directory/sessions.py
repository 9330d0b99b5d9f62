"""Dashboard sessions kept on the server, so that they can be ended: logout, a member's
removal, an admin's "sign out everywhere", and an 8-hour absolute limit."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select, update

from storage import audit
from storage.insider_models import DashboardSession
from storage.models import Member
from storage.uow import UnitOfWork

LIFETIME = timedelta(hours=8)


def _hash(uow: UnitOfWork, token: str) -> str:
    return uow.vault.blind_index("session:" + token)


def start(uow: UnitOfWork, member: Member, from_shell: bool = False) -> str:
    """A new session for the member (`from_shell`: opened with a link made at the command
    line, which may read but never decide; otherwise keyed as the member's own, see
    `Vault.own_mark`); returns the token for the cookie."""
    token = secrets.token_urlsafe(32)
    now, token_hash = uow.now(), _hash(uow, token)
    uow.session.add(
        DashboardSession(
            token_hash=token_hash,
            member_id=member.id,
            created_at=now,
            expires_at=now + LIFETIME,
            from_shell=from_shell,
            own_mark=None if from_shell else uow.vault.own_mark(token_hash, member.id),
        )
    )
    uow.session.flush()
    return token


@dataclass(frozen=True)
class Live:
    """A live session's member, and whether it was opened with a link made at a shell."""

    member: Member
    from_shell: bool


def member_of(uow: UnitOfWork, token: str | None) -> Member | None:
    """The active member of a live session (not ended, not past its 8 hours), or None."""
    found = live(uow, token)
    return found.member if found is not None else None


def live(uow: UnitOfWork, token: str | None) -> Live | None:
    """The live session of an active member (not ended, not past its 8 hours), or None."""
    if not token or len(token) > 100:
        return None
    row = uow.session.scalar(
        select(DashboardSession).where(DashboardSession.token_hash == _hash(uow, token))
    )
    if row is None or row.ended_at is not None or row.expires_at <= uow.now():
        return None
    member = uow.session.get(Member, row.member_id)
    if member is None or not member.active:
        return None
    # Fails closed: a session without its keyed mark (a flipped column) counts as a shell's.
    own = uow.vault.own_mark_fits(row.token_hash, row.member_id, row.own_mark)
    return Live(member, row.from_shell or not own)


def end(uow: UnitOfWork, token: str | None, reason: str = "logout") -> None:
    """End one session (logging out)."""
    if token:
        uow.session.execute(
            update(DashboardSession)
            .where(DashboardSession.token_hash == _hash(uow, token))
            .where(DashboardSession.ended_at.is_(None))
            .values(ended_at=uow.now(), ended_reason=reason)
        )


def sign_out_everywhere(uow: UnitOfWork, by: Member, member_id: int | None) -> int:
    """An admin ends one member's sessions (or everyone's); audited."""
    ended = end_all(uow, member_id, "signed_out_by_admin")
    audit.record(uow, by, "sign_out_everywhere", f"member {member_id or 'all'}: {ended}")
    return ended


def end_all(uow: UnitOfWork, member_id: int | None, reason: str) -> int:
    """End every live session of one member (or of everyone when member_id is None)."""
    stmt = update(DashboardSession).where(DashboardSession.ended_at.is_(None))
    if member_id is not None:
        stmt = stmt.where(DashboardSession.member_id == member_id)
    result = uow.session.execute(stmt.values(ended_at=uow.now(), ended_reason=reason))
    return result.rowcount or 0
