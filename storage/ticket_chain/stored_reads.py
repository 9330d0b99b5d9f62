"""Reading a ticket's record as stored: its row, its entries and its other rows, one ticket
or a batch of tickets at a time (what a check and a migration read)."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Connection, DateTime, func, inspect, select, type_coerce
from sqlalchemy.orm import Session

from storage.models import Evidence, Ticket, TicketEvent
from storage.ticket_chain.covered_fields import (
    ENTRY_FIELDS,
    PART_KINDS,
    PARTS,
    SEALED_FIELDS,
    TICKET_FIELDS,
)
from storage.types import UTCDateTime

TICKET_COLUMNS = [Ticket.id, *(getattr(Ticket, n) for n in TICKET_FIELDS)]
TICKET_COLUMNS += [Ticket.chain_head, Ticket.chain_seal]
ENTRY_COLUMNS = [TicketEvent.id, TicketEvent.ticket_id, TicketEvent.prev_hash]
ENTRY_COLUMNS += [TicketEvent.ticket_digest, TicketEvent.entry_hash]
ENTRY_COLUMNS += [getattr(TicketEvent, n) for n in ENTRY_FIELDS]
# The columns read of each kind of the ticket's other rows.
PART_COLUMNS = {
    kind: [model.id, model.ticket_id, *(getattr(model, n) for n in fields)]
    for kind, model, fields in PARTS
}
# Which file is an evidence row's clean copy is held by its own mark (storage/row_seals.py),
# checked in the same pass.
PART_COLUMNS["evidence"] += [Evidence.clean_path, Evidence.clean_mark]


_PART_MODELS = {kind: model for kind, model, _ in PARTS}


def ticket_columns(fields=SEALED_FIELDS, whole: bool | None = None) -> list:
    """The stored columns a check reads: the chain's, and `fields` (those a migration's
    database has, when it runs before later columns exist; () for the chain's alone); `whole`
    (by default: `fields` are all the sealed ones) adds the parts' hints."""
    extra = [getattr(Ticket, n) for n in fields if n not in TICKET_FIELDS]
    if fields is SEALED_FIELDS if whole is None else whole:  # a migration's may lack the column
        extra.append(Ticket.chain_parts)
    return [*TICKET_COLUMNS, *extra]


def _stored_fields(conn) -> tuple[tuple[str, ...], bool]:
    """The sealed fields the database has, and whether it has the parts' hints: all of them
    once migrated to the head; fewer in a database left at an older revision (a downgrade, a
    migration's own reads), where a later column (0042's) is not there yet and reads as None,
    which no seal covers."""
    bind = conn if isinstance(conn, Connection) else conn.connection()
    there = {column["name"] for column in inspect(bind).get_columns("tickets")}
    if there.issuperset(SEALED_FIELDS) and "chain_parts" in there:
        return SEALED_FIELDS, True
    return tuple(n for n in SEALED_FIELDS if n in there), "chain_parts" in there


def _driver_typed(column, dialect: str):
    """A UTC time column read without its type's conversion per value (500,000 of them in a
    check of 100,000 tickets): naive, in UTC (PostgreSQL converts it: no zone to parse, none
    to convert from in Python); the keyed seal reads either form alike."""
    if not isinstance(column.type, UTCDateTime):
        return column
    if dialect == "postgresql":
        return func.timezone("UTC", column, type_=DateTime()).label(column.key)
    return type_coerce(column, column.type.impl).label(column.key)


def stored_batches(
    conn,
    reference: str | None = None,
    size: int = 500,
    fields=SEALED_FIELDS,
    parts: tuple[str, ...] = PART_KINDS,
    only=None,
    raw_times: bool = False,
):
    """Stored ticket rows with their entries and their other rows (a dict: each kind of
    `parts` to its rows), in reference order, `size` tickets at a time. `conn` is a Session
    or a Connection (a migration reads through one); with `fields=()` only the chain's
    columns are read and no other rows; `only`, a condition on the tickets read; with
    `raw_times`, the ticket's times as the driver gives them (naive on SQLite, in the
    connection's zone elsewhere: what a seal check takes), not through UTCDateTime."""
    after = ""
    kinds = parts if fields else ()
    whole = None
    if fields is SEALED_FIELDS:
        fields, whole = _stored_fields(conn)
    columns = ticket_columns(fields, whole)
    if raw_times:
        bind = conn if isinstance(conn, Connection) else conn.get_bind()
        columns = [_driver_typed(c, bind.dialect.name) for c in columns]
    while True:
        stmt = select(*columns).order_by(Ticket.reference).limit(size)
        if reference is not None:
            stmt = stmt.where(Ticket.reference == reference)
        if only is not None:
            stmt = stmt.where(only)
        rows = conn.execute(stmt.where(Ticket.reference > after)).all()
        if not rows:
            return
        # The batch's entries and other rows by its range of references, joined in SQL: a
        # list of its ids would be a statement of `size` parameters to build and send each time.
        batch = Ticket.reference.between(rows[0].reference, rows[-1].reference)
        entries = defaultdict(list)
        found = conn.execute(
            select(*ENTRY_COLUMNS)
            .join(Ticket, Ticket.id == TicketEvent.ticket_id)
            .where(batch)
            .order_by(TicketEvent.id)
        )
        for entry in found:
            entries[entry.ticket_id].append(entry)
        others = {}
        for kind in kinds:
            model = _PART_MODELS[kind]
            stmt = select(*PART_COLUMNS[kind]).join(Ticket, Ticket.id == model.ticket_id)
            found = defaultdict(list)
            for part in conn.execute(stmt.where(batch)):
                found[part.ticket_id].append(part)
            if found:
                others[kind] = found
        # Most tickets have no rows beside them (nor entries, in a store filled by an import):
        # one shared empty tuple and dict, not a list and a dict per ticket.
        if others:
            yield [
                (
                    row,
                    entries.get(row.id, ()),
                    {k: v[row.id] for k, v in others.items() if row.id in v},
                )
                for row in rows
            ]
        else:
            none: dict = {}
            yield [(row, entries.get(row.id, ()), none) for row in rows]
        after = rows[-1].reference


def stored_rows(session: Session, ticket_id: int, lock: bool = False):
    """The ticket's row, its entries' rows and its other rows (a dict by kind) as stored
    (not as changed in this session). With `lock`, the ticket's row is locked until commit,
    so that two transactions writing to one ticket chain one after the other.
    """
    stmt = select(*ticket_columns()).where(Ticket.id == ticket_id)
    ticket = session.execute(stmt.with_for_update() if lock else stmt).one()
    entries = session.execute(
        select(*ENTRY_COLUMNS).where(TicketEvent.ticket_id == ticket_id).order_by(TicketEvent.id)
    ).all()
    parts = {
        kind: session.execute(
            select(*PART_COLUMNS[kind]).where(_PART_MODELS[kind].ticket_id == ticket_id)
        ).all()
        for kind in PART_KINDS
    }
    return ticket, entries, parts
