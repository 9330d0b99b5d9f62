"""The public page's counts, kept as tickets change instead of counted at each release.

A ticket counts in one group: its district, status, kind, local month of submission and
whether it was ever reopened (`public_counts`, one row a group, counts only). Every change
the application makes to a ticket goes through one flush hook, `ticket_chain.seal_on_flush`,
which reads the row as stored (locked) to reseal it; it hands this module that row and the
ticket as it will be, and the group the ticket leaves loses one and the group it joins gains
one, in the same transaction (`moved`). Migration 0028 fills the table from the tickets in
one statement (`refill`). The months are those of one zone, the bot's: a table kept for
another zone (BOT_TIMEZONE changed) is counted again from the tickets at the next read
(`sums`, which also adds the groups up into the page's tables, in one statement). Small
counts are withheld when the figures are published, never here. The tables are not sealed:
each release and `tickets verify` hold them against the tickets (`recount`, one read of the
tickets each, from an index of its own on PostgreSQL) and count them again when they differ.

The two medians (hours from submission to being taken, and to being decided) are kept the
same way (`public_durations`): how many tickets took each length of time, on a grid of 3
minutes, half the 0.1 hour the page shows (`slot_of`: 2m for exactly m × 180 seconds, 2m + 1
for strictly between m × 180 and (m + 1) × 180, so every time in one slot rounds to the same
tenth of an hour). The median is read from the cumulative counts (`middle`); only when the two
middle tickets of an even count fall in two slots is it read from the tickets, since their
exact times then decide its rounding. Migration 0032 fills the table in one statement
(`refill_durations`).
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import (
    Float,
    Index,
    Integer,
    MetaData,
    String,
    case,
    cast,
    delete,
    func,
    insert,
    literal,
    literal_column,
    select,
    text,
    union_all,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from storage.models import Ticket
from storage.settings import Settings
from storage.transparency_models import PublicCount, PublicDuration
from storage.types import UTCDateTime

log = logging.getLogger(__name__)

GROUP = ("district", "status", "kind", "month", "reopened")
KEY = ("zone", *GROUP)
DEFAULT_ZONE = Settings().tz.key
# What each kept median measures: from submission to this column.
MEASURES = {"take": "taken_at", "decide": "decided_at"}
SLOT_SECONDS = 180  # half the 0.1 hour the page shows
SHOWN = 5  # differences named one by one; the rest counted
# The planner guesses a group per ticket for the recount's GROUP BY and would sort them all:
# with this much memory it hashes the few thousand groups there are (twice as fast).
RECOUNT_WORK_MEM = "32MB"


# Written into the statement, not sent beside it: the recount's expressions must read as the
# expression indexes' (`recount_indexes`) for PostgreSQL to take their values from it, which a
# bound parameter does not (a prepared statement's generic plan leaves it unknown).
_EPOCH = literal_column("'epoch'")
_MONTH = literal_column("'month'")
_SLOT_DIVISOR = cast(literal_column(f"{float(SLOT_SECONDS)!r}"), Float)


def month_of(dialect: str, tz_name: str, offset: timedelta, column=Ticket.submitted_at):
    """The local month (`YYYY-MM`) of a time column as SQL: in the zone on PostgreSQL, at the
    zone's `offset` now on SQLite."""
    if dialect == "postgresql":
        return func.to_char(func.timezone(tz_name, column), "YYYY-MM")
    hours = int(offset.total_seconds() // 3600)
    return func.strftime("%Y-%m", column, f"{hours:+d} hours")


def seconds_between(dialect: str, start, end):
    """The seconds from `start` to `end` as SQL, as the medians have always been read."""
    if dialect == "postgresql":
        return func.extract("epoch", end - start)
    return (func.julianday(end) - func.julianday(start)) * 86400.0


def slot_of(dialect: str, start, end):
    """The slot (see the module's docstring) of the time from `start` to `end`, as SQL: the same
    expression for a ticket being changed and for the migration counting them all."""
    if dialect == "postgresql":
        # `date_part` is the same seconds as a double (what casting EXTRACT's numeric gave),
        # without numeric arithmetic; floor + ceil is 2m on a step, 2m + 1 between: the cheap
        # form matters since each release counts every ticket's slot (`recount`).
        steps = func.date_part(_EPOCH, end - start) / _SLOT_DIVISOR
        return cast(func.floor(steps) + func.ceil(steps), Integer)
    # SQLite: a floor without its optional math functions.
    steps = seconds_between(dialect, start, end) / float(SLOT_SECONDS)
    truncated = cast(steps, Integer)
    whole = case((steps < truncated, truncated - 1), else_=truncated)
    return cast(whole, Integer) * 2 + case((steps == whole, 0), else_=1)


def slot_hours(slot: int) -> float:
    """The hours (to 0.1) that every time in `slot` rounds to, as a median read from the
    tickets rounds it."""
    whole, between = divmod(slot, 2)
    return round((whole * SLOT_SECONDS + between * SLOT_SECONDS / 2) / 3600, 1)


def middle(slots: list[tuple[int, int]]) -> tuple[int | None, int]:
    """The slot holding the middle ticket (both middle ones, for an even count) among
    `slots` ((slot, tickets), in slot order), None when they fall in two; and how many."""
    total = sum(count for _, count in slots)
    low, high, seen, found = (total - 1) // 2, total // 2, 0, []
    for slot, count in slots:
        found += [slot] * sum(seen <= at < seen + count for at in (low, high))
        seen += count
        if seen > high:
            break
    if not total:
        return None, 0
    return (found[0] if found[0] == found[-1] else None), total


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
    _durations_moved(session, changes)


def _span(ticket, column: str) -> tuple[datetime, datetime] | None:
    """A ticket's submission and its `column` time (UTC, aware), None while it has none."""
    end = getattr(ticket, column)
    if end is None:
        return None
    start = ticket.submitted_at
    aware = [t if t.tzinfo else t.replace(tzinfo=UTC) for t in (start, end)]
    return aware[0], aware[1]


def _durations_moved(session: Session, changes) -> None:
    """Count each ticket's times out of their old slots and into their new ones."""
    moves = []
    for before, after in changes:
        for measure, column in MEASURES.items():
            old = None if before is None else _span(before, column)
            new = _span(after, column)
            if old != new:
                moves += [(measure, *old, -1)] if old else []
                moves += [(measure, *new, 1)] if new else []
    if not moves:
        return
    dialect = session.get_bind().dialect.name

    def at(value: datetime):
        bound = literal(value, UTCDateTime())
        return cast(bound, UTCDateTime()) if dialect == "postgresql" else bound

    parts = [
        select(
            literal(measure, String()).label("measure"),
            slot_of(dialect, at(start), at(end)).label("slot"),
            literal(delta, Integer()).label("delta"),
        )
        for measure, start, end, delta in moves
    ]
    moved_rows = (parts[0] if len(parts) == 1 else parts[0].union_all(*parts[1:])).subquery()
    total = func.sum(moved_rows.c.delta)
    keys = (moved_rows.c.measure, moved_rows.c.slot)
    # In key order, so two transactions moving the same slots lock them in the same order.
    rows = select(*keys, total).group_by(*keys).having(total != 0).order_by(*keys)
    stmt = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}[dialect](PublicDuration)
    stmt = stmt.from_select(["measure", "slot", "tickets"], rows)
    added = PublicDuration.tickets + stmt.excluded.tickets
    session.execute(
        stmt.on_conflict_do_update(index_elements=["measure", "slot"], set_={"tickets": added})
    )


def _dialect(conn) -> str:
    return conn.get_bind().dialect.name if isinstance(conn, Session) else conn.dialect.name


def _grouped(dialect: str, zone_name: str):
    """Every group's count as the tickets themselves say, months in `zone_name` (one GROUP BY)."""
    offset = datetime.now(ZoneInfo(zone_name)).utcoffset() or timedelta(0)
    tickets = Ticket.__table__.c
    month = month_of(dialect, zone_name, offset, tickets.submitted_at)
    rows = select(
        func.coalesce(tickets.district, "").label("district"),
        tickets.status,
        tickets.kind,
        month.label("month"),
        (tickets.reopened_count > 0).label("reopened"),
    ).subquery()
    groups = [rows.c[name] for name in GROUP]
    return select(literal(zone_name), *groups, func.count()).group_by(*groups)


def _slotted(dialect: str):
    """Every slot's count of both medians as the tickets themselves say (one GROUP BY each)."""
    tickets = Ticket.__table__.c
    parts = []
    for measure, column in MEASURES.items():
        end = tickets[column]
        slot = slot_of(dialect, tickets.submitted_at, end).label("slot")
        timed = select(slot).where(end.is_not(None)).subquery()
        parts.append(select(literal(measure), timed.c.slot, func.count()).group_by(timed.c.slot))
    return parts[0].union_all(*parts[1:])


def refill(conn, zone_name: str) -> None:
    """Count every group again from the tickets, months in `zone_name`, in one statement
    (migration 0028, and a table kept for another zone). `conn`: a Connection or Session."""
    conn.execute(delete(PublicCount))
    counted = _grouped(_dialect(conn), zone_name)
    conn.execute(insert(PublicCount).from_select([*KEY, "tickets"], counted))


def refill_durations(conn) -> None:
    """Count every slot of both medians again from the tickets, in one statement (migration
    0032, and a table that no longer adds up). `conn`: a Connection or Session."""
    conn.execute(delete(PublicDuration))
    slotted = _slotted(_dialect(conn))
    conn.execute(insert(PublicDuration).from_select(["measure", "slot", "tickets"], slotted))


@dataclass
class Recount:
    """The kept tables held against the tickets: what differed (plain words, none when they
    agree), and how many tickets are filed, taken and decided."""

    problems: list[str] = field(default_factory=list)
    filed: int = 0
    taken: int = 0
    decided: int = 0


def _group_words(group: tuple) -> str:
    district, status, kind, month, reopened = group
    return f"{district or '(no district)'}, {status}, {kind}, {month}" + (
        ", reopened" if reopened else ""
    )


def _differ(kept: dict, counted: dict, name: str, what) -> list[str]:
    wrong = sorted(k for k in kept.keys() | counted.keys() if kept.get(k, 0) != counted.get(k, 0))
    said = [
        f"{name} kept for {what(k)} say {kept.get(k, 0)}, the tickets {counted.get(k, 0)}"
        for k in wrong[:SHOWN]
    ]
    return said + ([f"and {len(wrong) - SHOWN} more of {name}"] if len(wrong) > SHOWN else [])


def _month_start(zone_name: str, column):
    """The first local moment, in `zone_name`, of the month of a time column (PostgreSQL)."""
    zone = literal(zone_name, String(), literal_execute=True)
    return func.date_trunc(_MONTH, func.timezone(zone, column))


def _recount_keys(zone_name: str, tickets=Ticket.__table__) -> list:
    """What the recount groups the tickets by on PostgreSQL, district to each median's slot:
    the expressions `recount_indexes` keep, so they are read from them, not computed again."""
    c = tickets.c
    return [
        c.district,
        c.status,
        c.kind,
        _month_start(zone_name, c.submitted_at),
        c.reopened_count > 0,
        *(slot_of("postgresql", c.submitted_at, c[column]) for column in MEASURES.values()),
    ]


def recount_indexes(zone_name: str) -> list[Index]:
    """The two indexes the recount reads on PostgreSQL (migration 0037), each holding one of
    its GROUP BYs in order: the groups (months in `zone_name`), and both medians' slots; each
    with the columns its values come from, so the read never touches the wide rows (in another
    zone the months are computed from those). Made on a copy of the table: the models' own
    schema (and SQLite's) does not have them."""
    copy = Ticket.__table__.to_metadata(MetaData())
    keys = _recount_keys(zone_name, copy)
    return [
        Index(
            "ix_tickets_public_groups",
            *keys[: len(GROUP)],
            postgresql_include=["submitted_at", "reopened_count"],
        ),
        Index(
            "ix_tickets_public_slots",
            *keys[len(GROUP) :],
            postgresql_include=["submitted_at", *MEASURES.values()],
            _table=copy,  # expressions alone do not name their table
        ),
    ]


def _side_by_side(counted, kept, keys: list, where=()):
    """Counted rows (`counted`: a select of `keys` then the tickets) beside the kept rows of
    table `kept` (its `keys` columns and its tickets, those matching `where`), as one union
    with a "counted" and a "kept" column."""
    zero = literal_column("0")
    mine = select(*(kept.c[k] for k in keys), zero, kept.c.tickets).where(*where)
    *keyed, tickets = counted.c
    ours = select(*keyed, tickets.label("counted"), zero.label("kept"))
    return ours.union_all(mine).cte()


def _differences(both, keys: list[str]):
    """From `_side_by_side`: the keys where counted and kept differ, as ("key", key..., kept,
    counted), and the totals, as ("total", None..., kept, counted)."""
    columns = [both.c[k] for k in keys]
    counted, kept = func.sum(both.c.counted), func.sum(both.c.kept)
    wrong = select(literal_column("'key'"), *columns, kept, counted).group_by(*columns)
    total = select(
        literal_column("'total'"),
        *[literal_column("NULL") for _ in keys],
        func.coalesce(kept, 0),
        func.coalesce(counted, 0),
    )
    return wrong.having(kept != counted), total


def _group_differences(dialect: str, zone_name: str):
    """One read of the tickets: the groups where they and the kept counts differ ("key"), the
    tickets filed ("total"), and how many kept groups are of another zone ("zone")."""
    tickets = Ticket.__table__.c
    if dialect == "postgresql":  # grouped by the index's own values, months formatted after
        keys = _recount_keys(zone_name)[: len(GROUP)]
    else:
        offset = datetime.now(ZoneInfo(zone_name)).utcoffset() or timedelta(0)
        month = month_of(dialect, zone_name, offset, tickets.submitted_at)
        keys = [tickets.district, tickets.status, tickets.kind, month, tickets.reopened_count > 0]
    raw = select(*keys, func.count()).group_by(*keys).subquery()
    district, status, kind, month, reopened, n = raw.c
    if dialect == "postgresql":
        month = func.to_char(month, literal_column("'YYYY-MM'"))
    columns = [func.coalesce(district, ""), status, kind, month, reopened]
    counted = select(*(c.label(k) for c, k in zip(columns, GROUP, strict=True)), n).subquery()
    table = PublicCount.__table__
    mine = (table.c.zone == zone_name, table.c.tickets != 0)
    wrong, total = _differences(_side_by_side(counted, table, list(GROUP), mine), list(GROUP))
    other = select(
        literal_column("'zone'"),
        *[literal_column("NULL") for _ in GROUP],
        func.count(),
        literal_column("0"),
    ).where(table.c.zone != zone_name, table.c.tickets != 0)
    return wrong.union_all(total, other)


def _slot_differences(dialect: str):
    """One read of the tickets: the slots where they and the kept durations differ ("key"),
    and each measure's tickets (("total", measure)): one GROUP BY of both slots together."""
    tickets = Ticket.__table__.c
    slots = [slot_of(dialect, tickets.submitted_at, tickets[c]) for c in MEASURES.values()]
    pairs = select(*slots, func.count()).group_by(*slots).cte()
    *slot_columns, n = pairs.c
    counted = (
        select(literal_column(f"'{measure}'").label("measure"), slot.label("slot"), n).where(
            slot.is_not(None)
        )
        for measure, slot in zip(MEASURES, slot_columns, strict=True)
    )
    counted = union_all(*counted).subquery()
    keys = ["measure", "slot"]
    table = PublicDuration.__table__
    both = _side_by_side(counted, table, keys, (table.c.tickets != 0,))
    wrong, _ = _differences(both, keys)
    in_kept, in_counted = func.sum(both.c.kept), func.sum(both.c.counted)
    totals = select(
        literal_column("'total'"), both.c.measure, literal_column("NULL"), in_kept, in_counted
    ).group_by(both.c.measure)
    return wrong.union_all(totals)


def recount(session: Session, zone_name: str) -> Recount:
    """Hold the kept counts and durations against the tickets themselves (one read of the
    tickets each, as each release and `tickets verify` do; only the differences come back):
    a table is the application's own tally, not sealed, so one that adds up but was changed
    (counts moved between districts or statuses, slots moved to shorter times) is counted
    again from the tickets, logged, and said."""
    dialect = _dialect(session)
    if dialect == "postgresql":  # the counted and kept rows set side by side: hashed in memory
        session.execute(text(f"SET LOCAL work_mem = '{RECOUNT_WORK_MEM}'"))
    found, kept, counted, other_zones = Recount(), {}, {}, 0
    for what, d, st, kind, month, reopened, in_kept, in_counted in session.execute(
        _group_differences(dialect, zone_name)
    ):
        if what == "key":
            kept[(d, st, kind, month, bool(reopened))] = int(in_kept)
            counted[(d, st, kind, month, bool(reopened))] = int(in_counted)
        elif what == "total":
            found.filed = int(in_counted)
        else:
            other_zones = int(in_kept)
    kept_slots, slots, measured = {}, {}, {}
    for what, measure, slot, in_kept, in_counted in session.execute(_slot_differences(dialect)):
        if what == "key":
            kept_slots[(measure, int(slot))] = int(in_kept)
            slots[(measure, int(slot))] = int(in_counted)
        else:
            measured[measure] = int(in_counted)
    found.taken, found.decided = measured.get("take", 0), measured.get("decide", 0)
    if other_zones:  # kept for another zone (BOT_TIMEZONE changed): not a writer's
        refill(session, zone_name)
    elif kept:
        found.problems += _differ(kept, counted, "the public counts", _group_words)
        log.warning("public counts: not the tickets' groups, counted again")
        refill(session, zone_name)
    if kept_slots:
        found.problems += _differ(
            kept_slots, slots, "the public durations", lambda k: f"{k[0]} {slot_hours(k[1])} h"
        )
        log.warning("public durations: not the tickets' times, counted again")
        refill_durations(session)
    return found


def filed(session: Session) -> tuple[int, int, int]:
    """How many tickets are filed, how many were taken and how many decided: what the kept
    tables must add up to (one read of the tickets for both)."""
    stmt = select(func.count(), func.count(Ticket.taken_at), func.count(Ticket.decided_at))
    return tuple(session.execute(stmt).one())


def durations(session: Session, taken: int, decided: int) -> dict[str, list[tuple[int, int]]]:
    """Each measure's slots with tickets, in slot order: (slot, tickets). A table that does not
    add up to the `taken` and `decided` tickets filed, or holds a slot below zero, is counted
    again first."""
    stmt = select(PublicDuration.measure, PublicDuration.slot, PublicDuration.tickets)
    stmt = stmt.where(PublicDuration.tickets != 0).order_by(
        PublicDuration.measure, PublicDuration.slot
    )

    def read() -> dict[str, list[tuple[int, int]]]:
        found: dict[str, list[tuple[int, int]]] = {measure: [] for measure in MEASURES}
        for measure, slot, count in session.execute(stmt):
            found.setdefault(measure, []).append((slot, count))
        return found

    found = read()
    expected = {"take": taken, "decide": decided}
    wrong = any(
        sum(count for _, count in found[measure]) != expected[measure]
        or any(count < 0 for _, count in found[measure])
        for measure in MEASURES
    )
    if wrong:
        log.warning("public durations: not the tickets' times, counted again")
        refill_durations(session)
        found = read()
    return found


def sums(session: Session, zone_name: str, first_month: str, tickets_filed: int) -> dict:
    """What the page publishes from the kept groups, months in `zone_name`, summed in one
    statement: "district" {(district, status): tickets}, "kind" {kind: tickets}, "month"
    {month: tickets} from `first_month` on, and "reopened" (tickets). A table kept for another
    zone, or one that does not add up to the `tickets_filed` or holds a group below zero, is
    counted again first."""
    c = PublicCount
    mine, shown = c.zone == zone_name, c.tickets != 0
    blank = literal_column("''")

    def part(name: str, *columns, where=(), total=None):
        total = func.coalesce(func.sum(c.tickets), 0) if total is None else total
        label = literal_column(f"'{name}'")
        columns = (*columns, blank, blank)[:2]
        stmt = select(label, *columns, total).where(*where)
        return stmt.group_by(*(col for col in columns if col is not blank))

    stmt = part("district", c.district, c.status, where=(mine, shown)).union_all(
        part("kind", c.kind, where=(mine, shown)),
        part("month", c.month, where=(mine, shown, c.month >= first_month)),
        part("reopened", where=(mine, c.reopened)),
        part("total", where=(mine,)),
        part("lowest", where=(mine,), total=func.coalesce(func.min(c.tickets), 0)),
        part("other", where=(c.zone != zone_name,), total=func.count()),
    )

    def read() -> dict:
        found: dict = {"district": {}, "kind": {}, "month": {}}
        for name, first, second, count in session.execute(stmt):
            if name == "district":
                found[name][(first, second)] = int(count)
            elif name in found and isinstance(found[name], dict):
                found[name][first] = int(count)
            else:
                found[name] = int(count)
        return found

    found = read()
    # The table is the application's own tally, not sealed: one that no longer adds up to the
    # tickets filed, or holds a group below zero (a count raised, or a ticket's row changed
    # outside the application and then moved by it), is counted again from the tickets.
    if found["other"] or found["total"] != tickets_filed or found["lowest"] < 0:
        if found["total"] and not found["other"]:
            log.warning(
                "public counts: %d kept for %d tickets filed, counted again",
                found["total"],
                tickets_filed,
            )
        refill(session, zone_name)
        found = read()
    return found
