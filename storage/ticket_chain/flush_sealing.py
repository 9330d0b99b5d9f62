"""Sealing on flush: the `before_flush` listener (installed by storage.db) that chains every
new timeline entry and reseals every ticket a flush changes, its other rows included, so
that what the application writes stays sealed."""

from __future__ import annotations

import json

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from storage import entry_ids, public_tally
from storage.models import Ticket, TicketEvent
from storage.ticket_chain.covered_fields import PARTS, SEALED_FIELDS
from storage.ticket_chain.digests import GENESIS, entry_hash, part_digests, ticket_digest
from storage.ticket_chain.integrity import problems
from storage.ticket_chain.keyed_seal import keyed_payload
from storage.ticket_chain.stored_reads import stored_rows
from storage.types import session_vault

_PART_FIELDS = {model: fields for _, model, fields in PARTS}


def _with_defaults(obj) -> None:
    """Give a new row its column defaults now, so that what is hashed is what is stored."""
    if not inspect(obj).pending:
        return
    for column in obj.__table__.columns:
        if column.default is None or getattr(obj, column.key, None) is not None:
            continue
        default = column.default
        if default.is_scalar:
            setattr(obj, column.key, default.arg)
        elif default.is_callable:
            setattr(obj, column.key, default.arg(None))


def _chain(ticket: Ticket, entries: list[TicketEvent], fresh: set[int], digest: str) -> None:
    prev = GENESIS
    for entry in entries:
        if id(entry) in fresh:
            entry.ticket_digest = digest
        entry.prev_hash = prev
        entry.entry_hash = entry_hash(prev, entry.ticket_digest, entry)
        prev = entry.entry_hash
    ticket.chain_head = prev


def _catch_up(ticket: Ticket, stored) -> None:
    """Take what another transaction committed since this one loaded the ticket, so that the
    seal covers the row as it will be after this flush (only changed columns are written)."""
    state = inspect(ticket)
    for name in (*SEALED_FIELDS, "chain_head", "chain_seal", "chain_parts"):
        if not state.attrs[name].history.has_changes():
            set_committed_value(ticket, name, getattr(stored, name))


def _owns(ticket: Ticket, row) -> bool:
    owner = getattr(row, "ticket", None)
    if owner is not None:
        return owner is ticket
    return ticket.id is not None and row.ticket_id == ticket.id


def _parts_after(session: Session, ticket: Ticket, stored: dict) -> dict:
    """The ticket's other rows (by kind) as they will be stored after this flush."""
    after = {}
    for kind, model, _ in PARTS:
        rows: dict = {r.id: r for r in stored.get(kind, ())}
        for obj in session.deleted:
            if isinstance(obj, model):
                rows.pop(obj.id, None)
        for obj in (*session.dirty, *session.new):
            if not isinstance(obj, model) or obj in session.deleted:
                continue
            if _owns(ticket, obj):
                _with_defaults(obj)
                rows[obj.id if obj.id is not None else ("new", id(obj))] = obj
            else:  # moved to another ticket in this flush
                rows.pop(obj.id, None)
        after[kind] = list(rows.values())
    return after


def _reseal(
    session: Session, ticket: Ticket, new: list[TicketEvent], edited: bool, taken: set[int]
):
    """Chain and seal one ticket; returns its row as stored before this flush (None: new).
    New entries get their ids here, under the ticket's lock (storage.entry_ids)."""
    vault = session_vault(session)
    _with_defaults(ticket)
    for entry in new:
        _with_defaults(entry)
    intact, parts, stored, entries = True, {}, None, ()
    if ticket.id is not None:
        stored, entries, parts = stored_rows(session, ticket.id, lock=True)
        intact = not problems(stored, entries, parts, vault)
        _catch_up(ticket, stored)
        ticket.chain_head = stored.chain_head
    entry_ids.assign(session, new, len(entries), taken)
    digest = ticket_digest(ticket)
    if intact and edited:
        # An entry changed by the application itself: chain again from the start.
        query = select(TicketEvent).where(TicketEvent.ticket_id == ticket.id)
        old = list(session.scalars(query.order_by(TicketEvent.id)))
        _chain(ticket, old + new, {id(e) for e in new}, digest)
    else:
        prev = ticket.chain_head or GENESIS
        for entry in new:
            entry.ticket_digest = digest
            entry.prev_hash = prev
            entry.entry_hash = prev = entry_hash(prev, digest, entry)
        ticket.chain_head = prev
    if intact:
        # A record already broken outside the application keeps its old seal, so it stays seen.
        after = _parts_after(session, ticket, parts)
        digests = part_digests(after)
        ticket.chain_parts = json.dumps(digests, sort_keys=True) if digests else None
        ticket.chain_seal = vault.seals(
            keyed_payload(vault, ticket.chain_head, ticket, after, digests)
        )[0]
    return stored


def seal_on_flush(session: Session, _context, _instances) -> None:
    """Chain new timeline entries and reseal every ticket this flush changes; the public
    counts follow each ticket from its stored group to its new one (`public_tally`)."""
    touched: dict[int, tuple[Ticket, list[TicketEvent], list[bool]]] = {}

    def note(ticket: Ticket) -> tuple[Ticket, list[TicketEvent], list[bool]]:
        return touched.setdefault(id(ticket), (ticket, [], [False]))

    def owners(obj, changed_only: bool) -> list[Ticket]:
        """The tickets whose seal covers this row of another table, now and before."""
        state = inspect(obj)
        if changed_only and not _changed(state, obj):
            return []
        ids = [obj.ticket_id, *(state.attrs["ticket_id"].history.deleted or ())]
        found = [getattr(obj, "ticket", None)]
        found += [session.get(Ticket, i) for i in ids if i is not None]
        return [t for t in found if t is not None]

    with session.no_autoflush:
        for obj in list(session.new):
            if isinstance(obj, Ticket):
                note(obj)
            elif isinstance(obj, TicketEvent):
                owner = obj.ticket or session.get(Ticket, obj.ticket_id)
                note(owner)[1].append(obj)
            elif type(obj) in _PART_FIELDS:
                for owner in owners(obj, False):
                    note(owner)
        for obj in list(session.dirty):
            if isinstance(obj, Ticket) and session.is_modified(obj, include_collections=False):
                note(obj)
            elif isinstance(obj, TicketEvent) and session.is_modified(obj):
                note(obj.ticket or session.get(Ticket, obj.ticket_id))[2][0] = True
            elif type(obj) in _PART_FIELDS:
                for owner in owners(obj, True):
                    note(owner)
        for obj in list(session.deleted):
            if type(obj) in _PART_FIELDS:
                for owner in owners(obj, False):
                    note(owner)
        taken: set[int] = set()
        changes = [
            (_reseal(session, ticket, new, edited[0], taken), ticket)
            for ticket, new, edited in touched.values()
        ]
        public_tally.moved(session, changes)


def _changed(state, obj) -> bool:
    """Whether a row of another table changed a column the ticket's seal covers."""
    return any(
        state.attrs[name].history.has_changes() for name in ("ticket_id", *_PART_FIELDS[type(obj)])
    )
