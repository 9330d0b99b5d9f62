"""Dashboard sessions kept on the server, so that they can be ended: logout, a member's
removal, an admin's "sign out everywhere", and an 8-hour absolute limit.

A session row is sealed (storage/access_seals.py): one ended, stretched or moved in the
database alone is no session. And it is only as good as its member's sealed row: a member
whose row does not fit (storage/member_seals.py: a removal cleared, a role written in SQL)
reads, as with a link made at a shell, and changes nothing."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select

from storage import access_seals, audit, journal_lines, member_seals
from storage.committee_models import LoginToken
from storage.crypto import USED_SIGN_IN, Vault
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
    """A live session's member, whether it was opened with a link made at a shell, and
    whether the member's row does not fit its seal (then it reads only, too)."""

    member: Member
    from_shell: bool
    unfit: bool = False


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
    journal = journal_lines.of_session(uow.session)
    if not access_seals.session_fits(uow.vault, row, journal):
        return None  # ended, stretched or moved outside the application, or ended and put back
    member = uow.session.get(Member, row.member_id)
    if member is None or not member.active:
        return None
    # Fails closed: a session without its keyed mark (a flipped column) counts as a shell's.
    own = uow.vault.own_mark_fits(row.token_hash, row.member_id, row.own_mark)
    unfit = not member_seals.member_fits(uow, member)
    return Live(member, row.from_shell or not own or unfit, unfit)


def end(uow: UnitOfWork, token: str | None, reason: str = "logout") -> None:
    """End one session (logging out)."""
    if token:
        _end(uow, DashboardSession.token_hash == _hash(uow, token), reason)


def sign_out_everywhere(uow: UnitOfWork, by: Member, member_id: int | None) -> int:
    """An admin ends one member's sessions (or everyone's); audited."""
    ended = end_all(uow, member_id, "signed_out_by_admin")
    audit.record(uow, by, "sign_out_everywhere", f"member {member_id or 'all'}: {ended}")
    return ended


def end_all(uow: UnitOfWork, member_id: int | None, reason: str) -> int:
    """End every live session of one member (or of everyone when member_id is None), and
    spend the login links not yet used: a taken phone's unopened link signs no one in."""
    spend_links(uow, member_id)
    if member_id is None:
        return _end(uow, DashboardSession.ended_at.is_(None), reason)
    return _end(uow, DashboardSession.member_id == member_id, reason)


def used_link_mark(vault: Vault, token_hash: str, member_id: int) -> str:
    """The keyed mark a login link carries once used or spent: armed again in the database
    (its use cleared, its expiry stretched), it signs no one in."""
    return vault.own_mark(token_hash, member_id, USED_SIGN_IN)


def note_link_used(uow: UnitOfWork, token_hash: str) -> None:
    """Journal that a login link is used up (`used:H`, when this commits): its row copied
    back from before signs no one in (`link_used`)."""
    journal_lines.note(uow.session, f"{journal_lines.USED_PREFIX}{token_hash}")


def link_used(uow: UnitOfWork, token_hash: str) -> bool:
    """Whether the record journal says this login link was used up already."""
    return token_hash in journal_lines.of_session(uow.session).used


def spend_links(uow: UnitOfWork, member_id: int | None) -> int:
    """Mark used every unused login link of one member (or of everyone); returns how many."""
    stmt = select(LoginToken).where(LoginToken.used_at.is_(None))
    if member_id is not None:
        stmt = stmt.where(LoginToken.member_id == member_id)
    links = list(uow.session.scalars(stmt))
    for link in links:
        link.used_at = uow.now()
        link.own_mark = used_link_mark(uow.vault, link.token_hash, link.member_id)
        note_link_used(uow, link.token_hash)
    uow.session.flush()
    return len(links)


def _end(uow: UnitOfWork, which, reason: str) -> int:
    """End the live sessions `which` selects, through the session so that each is sealed
    as ended (storage/access_seals.py); returns how many."""
    stmt = select(DashboardSession).where(which, DashboardSession.ended_at.is_(None))
    rows = list(uow.session.scalars(stmt))
    for row in rows:
        row.ended_at, row.ended_reason = uow.now(), reason
    uow.session.flush()
    return len(rows)
