"""The public page's counts, kept as tickets change instead of counted at each release.

A ticket counts in one group: its district, status, kind, local month of submission and
whether it was ever reopened (`public_counts`, one row a group, counts only). Every change
the application makes to a ticket goes through one flush hook, `ticket_chain.seal_on_flush`,
which reads the row as stored (locked) to reseal it; it hands this module that row and the
ticket as it will be, and the group the ticket leaves loses one and the group it joins gains
one, in the same transaction (`moved`). Migration 0028 fills the table from the tickets in
one statement (`refill`). The months are those of one zone, the bot's: a table kept for
another zone (BOT_TIMEZONE changed) is counted again from the tickets at the next read
(`groups`). Small counts are withheld when the figures are published, never here.
"""

from __future__ import annotations

import logging
from collections import Counter
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, insert, literal, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from storage.models import Ticket
from storage.settings import Settings
from storage.transparency_models import PublicCount

log = logging.getLogger(__name__)

GROUP = ("district", "status", "kind", "month", "reopened")
KEY = ("zone", *GROUP)
DEFAULT_ZONE = Settings().tz.key


def month_of(dialect: str, tz_name: str, offset: timedelta, column=Ticket.submitted_at):
    """The local month (`YYYY-MM`) of a time column as SQL: in the zone on PostgreSQL, at the
    zone's `offset` now on SQLite."""
    if dialect == "postgresql":
        return func.to_char(func.timezone(tz_name, column), "YYYY-MM")
    hours = int(offset.total_seconds() // 3600)
    return func.strftime("%Y-%m", column, f"{hours:+d} hours")


def group_of(ticket, zone: ZoneInfo) -> tuple:
    """The group a ticket (an ORM object or a stored row) counts in, months in `zone`."""
    submitted = ticket.submitted_at
    if submitted.tzinfo is None:  # SQLite hands back naive UTC outside the ORM's types
        submitted = submitted.replace(tzinfo=UTC)
    month = submitted.astimezone(zone).strftime("%Y-%m")
    return (ticket.district or "", ticket.status, ticket.kind, month, bool(ticket.reopened_count))


def moved(session: Session, changes) -> None:
    """Count each ticket of `changes` (pairs: the row as stored, None for a new ticket, and
    the ticket as this flush writes it) out of its old group and into its new one."""
    zone_name = session.info.get("zone", DEFAULT_ZONE)
    zone = ZoneInfo(zone_name)
    delta: Counter = Counter()
    for before, after in changes:
        if before is not None:
            delta[group_of(before, zone)] -= 1
        delta[group_of(after, zone)] += 1
    # In key order, so two transactions moving the same groups lock them in the same order.
    rows = [
        dict(zip(KEY, (zone_name, *group), strict=True), tickets=n)
        for group, n in sorted(delta.items())
        if n
    ]
    if rows:
        dialect = session.get_bind().dialect.name
        stmt = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}[dialect](PublicCount)
        stmt = stmt.values(rows)
        added = PublicCount.tickets + stmt.excluded.tickets
        session.execute(stmt.on_conflict_do_update(index_elements=KEY, set_={"tickets": added}))


def refill(conn, zone_name: str) -> None:
    """Count every group again from the tickets, months in `zone_name`, in one statement
    (migration 0028, and a table kept for another zone). `conn`: a Connection or Session."""
    dialect = conn.get_bind().dialect.name if isinstance(conn, Session) else conn.dialect.name
    offset = datetime.now(ZoneInfo(zone_name)).utcoffset() or timedelta(0)
    tickets = Ticket.__table__.c
    rows = select(
        func.coalesce(tickets.district, "").label("district"),
        tickets.status,
        tickets.kind,
        month_of(dialect, zone_name, offset, tickets.submitted_at).label("month"),
        (tickets.reopened_count > 0).label("reopened"),
    ).subquery()
    groups = [rows.c[name] for name in GROUP]
    counted = select(literal(zone_name), *groups, func.count()).group_by(*groups)
    conn.execute(delete(PublicCount))
    conn.execute(insert(PublicCount).from_select([*KEY, "tickets"], counted))


def groups(session: Session, zone_name: str) -> list:
    """Every group with tickets, months in `zone_name`: (district, status, kind, month,
    reopened, tickets). A table kept for another zone, or one that does not add up to the
    tickets filed, is counted again first."""
    stmt = select(*(getattr(PublicCount, name) for name in GROUP), PublicCount.tickets)
    stmt = stmt.where(PublicCount.zone == zone_name, PublicCount.tickets != 0)
    rows = session.execute(stmt).all()
    other = select(PublicCount.zone).where(PublicCount.zone != zone_name).limit(1)
    stale = session.scalar(other) is not None
    # The table is the application's own tally, not sealed: one that no longer adds up to the
    # tickets filed, or holds a group below zero (a count raised, or a ticket's row changed
    # outside the application and then moved by it), is counted again from the tickets.
    kept = sum(row.tickets for row in rows)
    filed = session.scalar(select(func.count()).select_from(Ticket))
    if stale or kept != filed or any(row.tickets < 0 for row in rows):
        if rows and not stale:
            log.warning("public counts: %d kept for %d tickets filed, counted again", kept, filed)
        refill(session, zone_name)
        rows = session.execute(stmt).all()
    return rows
