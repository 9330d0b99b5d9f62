"""Queries about evidence files waiting to be fetched from LINE."""

from __future__ import annotations

import secrets
from datetime import timedelta

from sqlalchemy import select

from storage import owner_bindings
from storage.models import Draft, Evidence, Ticket
from storage.uow import UnitOfWork


def claim_pending(uow: UnitOfWork, limit: int = 20, ids: list[int] | None = None) -> list[Evidence]:
    """Lock evidence rows that are due for download, skipping rows others hold."""
    stmt = (
        select(Evidence)
        .where(Evidence.status == "pending", Evidence.next_attempt_at <= uow.now())
        .order_by(Evidence.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    if ids is not None:
        stmt = stmt.where(Evidence.id.in_(ids))
    rows = list(uow.session.scalars(stmt))
    for row in rows:
        # Lease the row while it downloads; if this process dies it becomes due again.
        row.next_attempt_at = uow.now() + timedelta(minutes=10)
    return rows


def record_pending(
    uow: UnitOfWork,
    line_message_id: str,
    media_kind: str,
    *,
    draft_id: int | None = None,
    ticket_id: int | None = None,
    file_name: str | None = None,
    size_bytes: int | None = None,
    owner_id: int | None = None,
) -> bool:
    """Note a file to download from LINE; False when this message was already noted. A file
    noted with no draft nor ticket (kept aside while the person says where it goes, fetched at
    once: LINE keeps content only a while) is marked with a salt of its own and sealed as
    `owner_id`'s (erasure finds it), and is given to the draft or ticket named, as new."""
    found = uow.session.scalar(select(Evidence).where(Evidence.line_message_id == line_message_id))
    if found is not None:
        aside = found.draft_id is None and found.ticket_id is None
        taken = draft_id is not None or ticket_id is not None
        if not aside or not taken or found.status == "purged":
            return False
        found.draft_id, found.ticket_id = draft_id, ticket_id
        found.owner_enc = None  # the complaint's now, as its other files (its salt stays its own)
        uow.session.flush()
        return True
    aside = draft_id is None and ticket_id is None
    uow.session.add(
        Evidence(
            draft_id=draft_id,
            ticket_id=ticket_id,
            line_message_id=line_message_id,
            media_kind=media_kind,
            file_name=file_name,
            size_bytes=size_bytes,
            mark_salt=new_ticket_salt() if aside else None,
            owner_enc=owner_bindings.seal_aside_owner(uow.vault, line_message_id, owner_id)
            if aside and owner_id is not None
            else None,
            created_at=uow.now(),
            next_attempt_at=uow.now(),
        )
    )
    uow.session.flush()
    return True


def requeue(uow: UnitOfWork, row: Evidence) -> None:
    """Make a file due for download again now, with a fresh count of attempts."""
    row.status, row.attempts, row.error = "pending", 0, None
    row.next_attempt_at = uow.now()


# The salt a draft's ticket will be given, kept in its sealed data from its start (nothing a
# database holder can read pairs the ticket with its draft: the draft forgets it when sent).
TICKET_SALT = "_ticket_salt"


def new_ticket_salt() -> str:
    """A fresh salt for a draft's future ticket (its evidence marks and tracking code)."""
    return secrets.token_hex(16)


def ticket_salt(uow: UnitOfWork, row: Evidence) -> str | None:
    """The salt an evidence file's mark is made with: its ticket's, or for a draft's file the
    one its ticket will be given, so a file sent twice in one complaint has one mark and in
    two complaints two unrelated ones (None for a draft from before: the file's own mark). A
    file kept aside after filing has its own (`mark_salt`), wherever it went since."""
    if row.mark_salt is not None:
        return row.mark_salt
    if row.ticket_id is not None:
        return uow.session.get(Ticket, row.ticket_id).tracking_code_salt
    if row.draft_id is not None:
        return (uow.session.get(Draft, row.draft_id).data or {}).get(TICKET_SALT)
    return None
