"""The committee's ticket list: filters, search, keyset pages, conflicts excluded in SQL.

Pages are cut by the (submitted_at, id) of the last row seen, never by OFFSET, so the
thousandth page costs what the first does. Each filter has an index that starts with
its column and ends with (submitted_at, id) (migration 0006).
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import (
    ColumnElement,
    Integer,
    false,
    literal,
    literal_column,
    select,
    tuple_,
)
from sqlalchemy.orm import load_only
from sqlalchemy.sql import Select

from storage.insider_models import TicketProposal
from storage.models import Ticket
from storage.overdue import OverdueBounds
from storage.uow import UnitOfWork
from storage.visibility import Exclusions

PAGE_SIZE = 50
MAX_QUERY = 100
REFERENCE = re.compile(r"[A-Za-z0-9]{1,8}-\d{4}-\d{5,}")


@dataclass(frozen=True)
class TicketFilter:
    """What the list is narrowed to; empty fields do not narrow."""

    status: str = ""
    kind: str = ""
    district: str = ""
    assignee_id: int | None = None
    overdue: bool = False
    query: str = ""
    # Only tickets with a proposal of one of these kinds waiting for a decision.
    awaiting: frozenset[str] = frozenset()
    # Only these tickets: those of the case whose number was searched for.
    ticket_ids: tuple[int, ...] | None = None


@dataclass(frozen=True)
class Page:
    """One page of tickets and the cursor of the next page (None on the last)."""

    tickets: list[Ticket]
    next_cursor: str | None


#: The typed fields `search_text` holds after the reference, in order.
SEARCHED = ("agency", "official", "description")


def search_text() -> ColumnElement[str]:
    """The searchable text of a ticket; the trigram index is built on exactly this expression."""
    space = literal_column("' '")
    return (
        Ticket.reference
        + space
        + Ticket.agency
        + space
        + Ticket.official
        + space
        + (Ticket.description)
    )


def searched_words(query: str) -> str:
    """The words the list searches the tickets' text for (`search_text`): "" for none or for a
    whole reference number, which is looked up by itself."""
    said = " ".join(query.split())[:MAX_QUERY]
    return "" if REFERENCE.fullmatch(said) else said


def searched_text(ticket: Ticket, read: dict[str, str] | None = None) -> str:
    """In Python, the text `search_text` searches in SQL; each typed field as in `read` when
    given (the words as the member reads them, `masking.typed_words`)."""
    said = read or {}
    fields = (ticket.agency, ticket.official, ticket.description)
    shown = (said.get(name, value) for name, value in zip(SEARCHED, fields, strict=True))
    return " ".join(part or "" for part in (ticket.reference, *shown))


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def filtered(
    filters: TicketFilter, hidden: Exclusions, bounds: OverdueBounds | None = None
) -> Select:
    """SELECT tickets matching the filters that this member may see, newest first."""
    stmt = select(Ticket)
    if filters.status:
        stmt = stmt.where(Ticket.status == filters.status)
    if filters.kind:
        stmt = stmt.where(Ticket.kind == filters.kind)
    if filters.district:
        stmt = stmt.where(Ticket.district == filters.district)
    if filters.assignee_id is not None:
        stmt = stmt.where(Ticket.assignee_id == filters.assignee_id)
    if filters.overdue and bounds is not None:
        stmt = stmt.where(bounds.clause())
    if filters.awaiting:
        waiting = select(TicketProposal.id).where(
            TicketProposal.ticket_id == Ticket.id,
            TicketProposal.state == "pending",
            TicketProposal.to_status.in_(tuple(filters.awaiting)),
        )
        stmt = stmt.where(waiting.exists())
    if filters.ticket_ids is not None:
        stmt = stmt.where(Ticket.id.in_(filters.ticket_ids))
    query = " ".join(filters.query.split())[:MAX_QUERY]
    if REFERENCE.fullmatch(query):
        # A whole reference number: its unique index answers at once (every reference
        # shares the prefix's trigrams, so the trigram index would be slow here).
        stmt = stmt.where(Ticket.reference == query.upper())
    elif query:
        stmt = stmt.where(search_text().ilike(f"%{_escape_like(query)}%", escape="\\"))
    clause = hidden.clause()
    if clause is not None:
        stmt = stmt.where(clause)
    return stmt.order_by(Ticket.submitted_at.desc(), Ticket.id.desc())


def encode_cursor(ticket: Ticket) -> str:
    """An opaque cursor pointing just after this ticket."""
    raw = f"{ticket.submitted_at.isoformat()}|{ticket.id}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[datetime, int] | None:
    """The (submitted_at, id) a cursor points after; None when it is not one of ours."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        at, ticket_id = raw.split("|")
        parsed = datetime.fromisoformat(at)
        return (parsed, int(ticket_id)) if parsed.tzinfo else None
    except (ValueError, UnicodeDecodeError):
        return None


def _after(stmt: Select, cursor: str | None) -> Select:
    position = decode_cursor(cursor) if cursor else None
    if cursor and position is None:
        return stmt.where(false())
    if position is None:
        return stmt
    at, ticket_id = position
    bound = tuple_(literal(at, Ticket.submitted_at.type), literal(ticket_id, Integer()))
    return stmt.where(tuple_(Ticket.submitted_at, Ticket.id) < bound)


def list_columns(stmt: Select) -> Select:
    """Load only what a list page shows (and the conflict check reads), not the long texts;
    the sealed names too, which the agency column is shown with masked (`masking.hidden_words`)."""
    return stmt.options(
        load_only(
            Ticket.reference,
            Ticket.status,
            Ticket.kind,
            Ticket.agency,
            Ticket.district,
            Ticket.outside_province,
            Ticket.submitted_at,
            Ticket.assignee_id,
            Ticket.taken_at,
            Ticket.agency_id,
            Ticket.complainant_name_enc,
            Ticket.affected_name_enc,
            Ticket.behalf_of_enc,
            Ticket.witnesses_enc,
            Ticket.witnesses,
            Ticket.complainant_phone_enc,
        )
    )


def page(uow: UnitOfWork, stmt: Select, cursor: str | None = None, size: int = PAGE_SIZE) -> Page:
    """One page of `stmt` (from `filtered`) after `cursor`."""
    rows = list(uow.session.scalars(_after(stmt, cursor).limit(size + 1)))
    more = len(rows) > size
    rows = rows[:size]
    return Page(rows, encode_cursor(rows[-1]) if more and rows else None)


def page_kept(
    uow: UnitOfWork,
    stmt: Select,
    cursor: str | None,
    keep: Callable[[list[Ticket]], list[Ticket]],
    size: int | None = None,
) -> Page:
    """One page of the tickets of `stmt` after `cursor` that `keep` lets through (what a
    member may see and finds by the words they read), read on until the page is full: the
    next page starts after the last one shown, and is offered only when one more is let
    through. A page cut at `size` rows of `stmt` before `keep` showed fewer, and a "next"
    link whose cursor was a dropped row's, telling that a masked name was there."""
    size = size or PAGE_SIZE
    shown: list[Ticket] = []
    after = cursor
    while len(shown) <= size:
        rows = list(uow.session.scalars(_after(stmt, after).limit(size + 1)))
        shown += keep(rows)
        if len(rows) <= size:
            break
        after = encode_cursor(rows[-1])
    more = len(shown) > size
    shown = shown[:size]
    return Page(shown, encode_cursor(shown[-1]) if more else None)


def iterate(uow: UnitOfWork, stmt: Select, batch: int = 1000) -> Iterator[list[Ticket]]:
    """Every matching ticket in batches (exports), by the same keyset walk."""
    cursor = None
    while True:
        result = page(uow, stmt, cursor, batch)
        if result.tickets:
            yield result.tickets
        if result.next_cursor is None:
            return
        cursor = result.next_cursor
