"""Queries about tickets: reference numbers, look-ups, timeline entries."""

from __future__ import annotations

import secrets

from sqlalchemy import select, update

from storage.db import insert_unless_exists
from storage.models import Ticket, TicketEvent, TicketSequence
from storage.uow import UnitOfWork

TRACKING_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: read aloud on a phone


def next_number(uow: UnitOfWork, key: str, year_be: int) -> int:
    """The next number of a yearly sequence (tickets per prefix, referral letters); safe under
    concurrency.

    The counter row is created if missing, then incremented with UPDATE … RETURNING,
    which holds the row lock until commit, so two transactions never get one number.
    """
    session = uow.session
    values = {"prefix": key, "year_be": year_be, "last": 0}
    session.execute(insert_unless_exists(session, TicketSequence, values, ["prefix", "year_be"]))
    return session.scalar(
        update(TicketSequence)
        .where(TicketSequence.prefix == key, TicketSequence.year_be == year_be)
        .values(last=TicketSequence.last + 1)
        .returning(TicketSequence.last)
    )


def next_reference(uow: UnitOfWork, prefix: str, year_be: int) -> str:
    """The next free reference, e.g. BRM-2569-00042; safe under concurrent submissions."""
    return f"{prefix}-{year_be}-{next_number(uow, prefix, year_be):05d}"


def new_tracking_code() -> str:
    """A random code shown once to the complainant, e.g. 'K7QM-4TXP'."""
    raw = "".join(secrets.choice(TRACKING_ALPHABET) for _ in range(8))
    return f"{raw[:4]}-{raw[4:]}"


def unused_tracking_code(uow: UnitOfWork) -> tuple[str, str]:
    """A fresh tracking code and its hash, checked against every ticket's."""
    while True:
        code = new_tracking_code()
        digest = tracking_code_hash(uow, code)
        taken = select(Ticket.id).where(Ticket.tracking_code_hash == digest)
        if uow.session.scalar(taken) is None:
            return code, digest


def tracking_code_hash(uow: UnitOfWork, code: str) -> str:
    """What is stored of a tracking code: a keyed hash of its normal form."""
    normal = "".join(ch for ch in code.upper() if ch.isalnum())
    return uow.vault.blind_index("tracking:" + normal)


def by_reference(uow: UnitOfWork, reference: str) -> Ticket | None:
    """The ticket with this reference (any case, spaces ignored)."""
    normal = reference.strip().upper().replace(" ", "")
    return uow.session.scalars(select(Ticket).where(Ticket.reference == normal)).first()


def owned_by(uow: UnitOfWork, line_user_id: str, limit: int = 10) -> list[Ticket]:
    """The newest tickets filed from this LINE account."""
    owner = uow.vault.blind_index(line_user_id)
    stmt = (
        select(Ticket)
        .where(Ticket.owner_hash == owner)
        .order_by(Ticket.submitted_at.desc(), Ticket.id.desc())
        .limit(limit)
    )
    return list(uow.session.scalars(stmt))


def add_timeline(
    uow: UnitOfWork,
    ticket: Ticket,
    kind: str,
    actor: str,
    body: str | None = None,
    from_status: str | None = None,
    to_status: str | None = None,
    internal: bool = False,
) -> TicketEvent:
    """Append an entry to a ticket's timeline (entries are never removed)."""
    entry = TicketEvent(
        ticket_id=ticket.id,
        at=uow.now(),
        kind=kind,
        actor=actor,
        body=body,
        from_status=from_status,
        to_status=to_status,
        internal=internal,
    )
    uow.session.add(entry)
    return entry


def set_status(uow: UnitOfWork, ticket: Ticket, new_status: str, actor: str, reason: str | None):
    """Move a ticket to a new status and write the change to its timeline.

    The caller has checked the transition against the lifecycle table.
    """
    old = ticket.status
    ticket.status = new_status
    ticket.updated_at = uow.now()
    return add_timeline(uow, ticket, "status", actor, reason, old, new_status)
