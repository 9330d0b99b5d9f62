"""Queries about tickets: reference numbers, look-ups, timeline entries."""

from __future__ import annotations

import secrets

from sqlalchemy import select, update
from sqlalchemy.orm import object_session

from storage import owner_bindings, reference_numbers
from storage.crypto import same_text
from storage.db import insert_unless_exists
from storage.models import LineUser, Ticket, TicketEvent, TicketSequence
from storage.tracking_codes import TRACKING_ALPHABET as TRACKING_ALPHABET
from storage.tracking_codes import new_tracking_code as new_tracking_code
from storage.tracking_codes import normal_code as _normal_code
from storage.types import session_vault
from storage.uow import UnitOfWork
from storage.users import tickets_of


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
    """The next free reference, e.g. BRM-2569-40172; safe under concurrent submissions.

    Its number is the year's next in sequence, permuted under a key (storage.reference_numbers),
    so it tells neither order nor count. A number already given is passed over: after the
    lookup key rotates the year goes on under another permutation, which may meet a number
    the old one gave (the counter's row lock, held until commit, makes the check safe)."""
    key = uow.vault.reference_key(prefix, year_be)
    while True:
        number = reference_numbers.number_for(key, next_number(uow, prefix, year_be))
        reference = f"{prefix}-{year_be}-{reference_numbers.formatted(number)}"
        if by_reference(uow, reference) is None:
            return reference


def tracking_fields(uow: UnitOfWork, code: str, salt: str | None = None) -> dict:
    """What a ticket stores of its tracking code: a salt of its own (`salt`: the one its
    draft's evidence was marked with, storage.evidence.ticket_salt) and the slow keyed hash."""
    salt = salt or secrets.token_hex(16)
    digest = uow.vault.slow_indexes(_normal_code(code), salt)[0]
    return {"tracking_code_salt": salt, "tracking_code_hash": digest}


def code_matches(uow: UnitOfWork, ticket: Ticket | None, code: str) -> bool:
    """Whether `code` is this ticket's tracking code, under any lookup key.

    The same slow work is done for a missing ticket, so a miss takes as long either way.
    A code stored the old way (an unsalted HMAC, before 0015) or under an older
    DATA_LOOKUP_KEY is stored again the new way when it is given right (its plain form
    exists nowhere else, so `keys rotate` cannot do it).
    """
    normal = _normal_code(code)
    salt = ticket.tracking_code_salt if ticket is not None else None
    hashes = uow.vault.slow_indexes(normal, salt or "no-ticket")
    if ticket is None:
        return False
    if salt is None:
        hashes = uow.vault.indexes(normal, "tracking")
    if not any(same_text(ticket.tracking_code_hash, h) for h in hashes):
        return False
    if salt is None or ticket.tracking_code_hash != hashes[0]:
        for name, value in tracking_fields(uow, code).items():
            setattr(ticket, name, value)
    return True


def by_reference(uow: UnitOfWork, reference: str) -> Ticket | None:
    """The ticket with this reference (any case, spaces ignored)."""
    normal = reference.strip().upper().replace(" ", "")
    return uow.session.scalars(select(Ticket).where(Ticket.reference == normal)).first()


def owned_by(uow: UnitOfWork, user: LineUser, limit: int | None = 10) -> list[Ticket]:
    """The newest tickets filed from this LINE account (all with `limit=None`): in the
    person's sealed list and each one's sealed owner is them (`is_owner`). The one reading of
    "this person's complaints": a ticket's id is in no seal, so ids swapped in SQL hand no one
    another's complaint (tracking, privacy rights, threats)."""
    ids = tickets_of(user)
    if not ids:
        return []
    stmt = (
        select(Ticket)
        .where(Ticket.id.in_(ids))
        .order_by(Ticket.submitted_at.desc(), Ticket.id.desc())
        .limit(limit)
    )
    return [t for t in uow.session.scalars(stmt) if owner_bindings.owns(uow.vault, user, t)]


def is_owner(user: LineUser, ticket: Ticket) -> bool:
    """Whether this person filed this ticket (in their sealed list, and its sealed owner is
    them: storage.owner_bindings)."""
    if ticket.id not in tickets_of(user):
        return False
    vault = session_vault(object_session(ticket) or object_session(user))
    return owner_bindings.owns(vault, user, ticket)


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


def set_status(
    uow: UnitOfWork,
    ticket: Ticket,
    new_status: str,
    actor: str,
    reason: str | None,
    kind: str = "status",
):
    """Move a ticket to a new status and write the change to its timeline (as one entry of
    `kind`: a question that asks for more is the change too).

    The caller has checked the transition against the lifecycle table.
    """
    old = ticket.status
    ticket.status = new_status
    ticket.updated_at = uow.now()
    return add_timeline(uow, ticket, kind, actor, reason, old, new_status)
