"""What the transparency page and its open data publish, with small counts withheld.

One release is suppressed as a whole: every district of the province and every kind and
month is listed (zero included, so "fewer than k" never means "at least one"); the grand
total, which the district table and the kinds both give, is never withheld to protect a cell
and the cells are withheld around it instead; the months' total is published only when no
month is withheld, since earlier months were published in earlier releases. Every count shown
is then published as its band of k, the same in every release (`bands`), so two releases cannot
be subtracted to a small count, and totals are withheld while the bands beside them narrow.

A release is made once per period (TRANSPARENCY_RELEASE: daily, weekly or monthly, in the
bot's time zone) and stored, sealed: until the next one the page shows the same counts, so
watching it while a complaint is filed tells nothing about that complaint. A stored release
whose seal does not match is not shown (every count withheld as "checking").

What is live beside the release tells no count either: the record's last check says only
whether every record was intact, and each daily anchor only its day and digest (their exact
ticket counts, differenced day by day, told that one complaint came in; `tickets verify`
and `tickets anchor` keep the exact figures for the committee).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from zoneinfo import ZoneInfo

from handlers.intake.fields import KINDS
from handlers.tickets.bands import apart, band, settle
from handlers.tickets.suppression import (
    Cell,
    protect,
    protect_list,
    protect_one,
)
from storage import record_anchors, transparency_releases
from storage.record_checks import last_full_check
from storage.ticket_figures import public_counts
from storage.ticket_status import STATUSES, UNDECIDED
from storage.uow import UnitOfWork

# The page's columns: what became of complaints, in the words of the issue.
COLUMNS = ("in_progress", "forwarded", "resolved", "rejected", "withdrawn")
# Undecided tickets are one column, "in progress"; every other status is its own.
GROUP = {status: "in_progress" if status in UNDECIDED else status for status in STATUSES}
MEDIANS = ("take", "decide", "agency_answer")
CHECKING = Cell(None, "checking")  # a release whose seal does not match: nothing of it shown


@dataclass(frozen=True)
class Median:
    """A median delay in hours, published only when enough tickets stand behind it."""

    hours: float | None
    tickets: Cell


@dataclass(frozen=True)
class Report:
    """Everything published, ready for HTML, JSON and CSV."""

    generated_at: datetime
    min_count: int
    received: Cell
    status: dict[str, Cell]
    districts: list[tuple[str, Cell, dict[str, Cell]]]
    kinds: list[tuple[str, Cell]]
    months: list[tuple[str, Cell]]
    months_total: Cell
    medians: dict[str, Median]
    reopened: Cell
    last_check: dict | None
    anchors: list[dict]
    checking: bool = False  # the stored release's seal did not match: its figures are withheld


def _median(value: tuple[float | None, int], k: int) -> Median:
    hours, count = value
    if count < k:
        return Median(None, protect_one(count, k))
    return Median(hours, band(Cell(count), k))


def _check(uow: UnitOfWork) -> dict | None:
    run = last_full_check(uow)
    if run is None:
        return None
    return {
        "at": run.finished_at or run.started_at,
        "intact": not run.broken,
        "store_digest": run.store_digest,
    }


def report(
    uow: UnitOfWork,
    tz_name: str,
    k: int,
    districts: Sequence[str] = (),
    before: Report | None = None,
) -> Report:
    """The public figures now, with every count below `k` withheld; `districts` are the
    province's, each listed whether or not it has tickets; read with the release `before`
    it, if any, so that the two together tell no more than each (`bands.apart`)."""
    now = uow.now()
    raw = public_counts(uow, tz_name, now)
    found = {d for d, _ in raw.by_district_status} - set(districts)
    names = [*districts, *sorted(found, key=lambda d: (d == "", d))]
    rows = []
    for name in names:
        counts = dict.fromkeys(COLUMNS, 0)
        for (district, status), n in raw.by_district_status.items():
            if district == name:
                counts[GROUP.get(status, "in_progress")] += n
        rows.append([counts[c] for c in COLUMNS])
    known = [*KINDS, *sorted(set(raw.by_kind) - set(KINDS))]
    kind_counts = [raw.by_kind.get(kind, 0) for kind in known]
    # The grand total is in both tables: withheld in one, it must be withheld in the other.
    table = protect(rows, k)
    kind_cells, grand = protect_list(kind_counts, k, True, bool(table[-1][-1].mark))
    if grand.mark and not table[-1][-1].mark:
        table = protect(rows, k, hide_total=True)
    months = list(raw.by_month)
    month_cells, months_total = protect_list([raw.by_month[m] for m in months], k)
    # The months listed hold every ticket while the service is younger than they are: then
    # their total is the grand total, published (received) even when theirs is withheld.
    every_month = sum(raw.by_month.values()) == sum(map(sum, rows))
    earlier = None
    if before is not None and not before.checking and before.min_count == k:
        earlier = _earlier(before, names, known, months, every_month)
    table, kind_cells, month_cells, months_total = banded(
        table, kind_cells, month_cells, months_total, k, every_month, earlier
    )
    districts = [
        (name, row[-1], dict(zip(COLUMNS, row[:-1], strict=True)))
        for name, row in zip(names, table[:-1], strict=True)
    ]
    totals = table[-1]
    return Report(
        generated_at=now,
        min_count=k,
        received=totals[-1],
        status=dict(zip(COLUMNS, totals[:-1], strict=True)),
        districts=districts,
        kinds=list(zip(known, kind_cells, strict=True)),
        months=list(zip(months, month_cells, strict=True)),
        months_total=months_total,
        medians={
            "take": _median(raw.take, k),
            "decide": _median(raw.decide, k),
            "agency_answer": _median(raw.agency_answer, k),
        },
        reopened=band(protect_one(raw.reopened_tickets, k), k),
        **report_live(uow),
    )


def release_cells(table, kinds, months, months_total, every_month: bool = False):
    """A release's cells by name (("d", row, column), ("k", kind), ("m", month), ("m",
    "total")) and its lines (members and the cell of their sum) as a reader reads them: the
    district table with its margins, the kinds adding up to its grand total, the months to
    theirs, and with `every_month` theirs to the grand total."""
    height, width = len(table), len(table[0])
    cells = {("d", i, j): table[i][j] for i in range(height) for j in range(width)}
    cells |= {("k", j): cell for j, cell in enumerate(kinds)}
    cells |= {("m", j): cell for j, cell in enumerate(months)}
    # The months' total says nothing ("table") whenever a month is withheld.
    cells[("m", "total")] = months_total
    lines = [([("d", i, j) for j in range(width - 1)], ("d", i, width - 1)) for i in range(height)]
    lines += [
        ([("d", i, j) for i in range(height - 1)], ("d", height - 1, j)) for j in range(width)
    ]
    lines.append(([("k", j) for j in range(len(kinds))], ("d", height - 1, width - 1)))
    if months:
        lines.append(([("m", j) for j in range(len(months))], ("m", "total")))
        if every_month:
            lines.append(([("m", "total")], ("d", height - 1, width - 1)))
    return cells, lines


def banded(table, kinds, months, months_total, k, every_month: bool = False, before=None):
    """A release's suppressed cells with every shown count in its band of k, read together as
    a reader would (`release_cells`, `bands.settle`), and with the release `before` it, if
    any: (its cells, its lines, the pairs of its cells and this release's that hold the same
    count, the pairs that can only have grown; `bands.apart`)."""
    height, width = len(table), len(table[0])
    cells, lines = release_cells(table, kinds, months, months_total, every_month)
    done = settle(cells, lines, k)
    if before is not None:
        done = apart(done, lines, k, *before)
    return (
        [[done[("d", i, j)] for j in range(width)] for i in range(height)],
        [done[("k", j)] for j in range(len(kinds))],
        [done[("m", j)] for j in range(len(months))],
        done[("m", "total")],
    )


def _earlier(before: Report, names, kinds, months, every_month: bool) -> tuple:
    """The release `before` as `banded` reads it: its cells and lines, the pairs of its cells
    and this release's that hold the same count (a month before its newest, which has ended)
    and those that can only have grown (each district's total, the grand total, each kind,
    its newest month)."""
    table = [[cells[c] for c in COLUMNS] + [total] for _, total, cells in before.districts]
    table.append([before.status[c] for c in COLUMNS] + [before.received])
    cells, lines = release_cells(
        table,
        [cell for _, cell in before.kinds],
        [cell for _, cell in before.months],
        before.months_total,
        every_month and bool(before.months),
    )
    width, height = len(COLUMNS) + 1, len(names) + 1
    grows = [(("d", len(table) - 1, width - 1), ("d", height - 1, width - 1))]
    now = {name: i for i, name in enumerate(names)}
    grows += [
        (("d", i, width - 1), ("d", now[name], width - 1))
        for i, (name, _, _) in enumerate(before.districts)
        if name in now
    ]
    kind_at = {kind: j for j, kind in enumerate(kinds)}
    grows += [
        (("k", j), ("k", kind_at[kind]))
        for j, (kind, _) in enumerate(before.kinds)
        if kind in kind_at
    ]
    month_at = {month: j for j, month in enumerate(months)}
    same = []
    for j, (month, _) in enumerate(before.months):
        if month in month_at:
            pair = (("m", j), ("m", month_at[month]))
            (grows if j == len(before.months) - 1 else same).append(pair)
    return cells, lines, same, grows


def _cell(cell: Cell) -> dict:
    if cell.mark:
        return {"count": None, "withheld": cell.mark}
    return {"count": cell.count} | ({} if cell.up_to is None else {"up_to": cell.up_to})


def _from_cell(data: dict) -> Cell:
    return Cell(data["count"], data.get("withheld", ""), data.get("up_to"))


def counts_data(data: Report) -> dict:
    """The published counts of a report as JSON-ready data (the open data's field names)."""
    return {
        "min_count": data.min_count,
        "received": _cell(data.received),
        "status": {name: _cell(cell) for name, cell in data.status.items()},
        "districts": [
            {"district": name or None, "received": _cell(total)}
            | {c: _cell(cells[c]) for c in COLUMNS}
            for name, total, cells in data.districts
        ],
        "kinds": [{"kind": key, **_cell(cell)} for key, cell in data.kinds],
        "months": [{"month": month, **_cell(cell)} for month, cell in data.months],
        "months_total": _cell(data.months_total),
        "medians_hours": {
            name: {"hours": m.hours, "tickets": _cell(m.tickets)}
            for name, m in data.medians.items()
        },
        "reopened_tickets": _cell(data.reopened),
    }


def _from_counts(data: dict, made_at: datetime) -> Report:
    return Report(
        generated_at=made_at,
        min_count=data["min_count"],
        received=_from_cell(data["received"]),
        status={name: _from_cell(cell) for name, cell in data["status"].items()},
        districts=[
            (
                row["district"] or "",
                _from_cell(row["received"]),
                {c: _from_cell(row[c]) for c in COLUMNS},
            )
            for row in data["districts"]
        ],
        kinds=[(row["kind"], _from_cell(row)) for row in data["kinds"]],
        months=[(row["month"], _from_cell(row)) for row in data["months"]],
        months_total=_from_cell(data["months_total"]),
        medians={
            name: Median(m["hours"], _from_cell(m["tickets"]))
            for name, m in data["medians_hours"].items()
        },
        reopened=_from_cell(data["reopened_tickets"]),
        last_check=None,
        anchors=[],
    )


def _withheld(made_at: datetime, k: int) -> Report:
    """A release whose seal does not match: every figure withheld while it is checked."""
    return Report(
        generated_at=made_at,
        min_count=k,
        received=CHECKING,
        status=dict.fromkeys(COLUMNS, CHECKING),
        districts=[],
        kinds=[],
        months=[],
        months_total=CHECKING,
        medians={name: Median(None, CHECKING) for name in MEDIANS},
        reopened=CHECKING,
        last_check=None,
        anchors=[],
        checking=True,
    )


def release(
    uow: UnitOfWork,
    tz_name: str,
    k: int,
    districts: Sequence[str] = (),
    period: str = "monthly",
    notes: str | None = None,
) -> Report:
    """The figures of the current release: made, sealed and stored (the caller commits) at
    the first look of the period or by the daily job, then the same until the next; withheld
    while its seal does not match, or when `notes` (RECORD_ANCHOR_DIR) say it was made and it
    is gone. The record's check and anchors are always the latest."""
    start = transparency_releases.period_start(uow.now(), ZoneInfo(tz_name), period)
    kept = transparency_releases.stored(uow, start)
    if kept is None and transparency_releases.may_make(uow, start, notes):
        last = transparency_releases.before(uow, start)
        earlier = None
        if last is not None and transparency_releases.sealed(uow.vault, last):
            earlier = _from_counts(json.loads(last.figures), last.made_at)
        made = report(uow, tz_name, k, districts, earlier)
        kept = transparency_releases.keep(uow, start, counts_data(made))
    if kept is not None and notes:
        transparency_releases.write_note(notes, kept)
    live = report_live(uow)
    if kept is None or not transparency_releases.sealed(uow.vault, kept):
        return replace(_withheld(uow.now() if kept is None else kept.made_at, k), **live)
    return replace(_from_counts(json.loads(kept.figures), kept.made_at), **live)


def current_release(uow: UnitOfWork, notes: str | None) -> Report:
    """The current release under the configured period, zone, threshold and districts, noted
    in `notes` (the page and the daily job; the caller commits)."""
    settings = uow.settings
    return release(
        uow,
        settings.tz.key,
        settings.transparency_min_count,
        settings.geography.districts(),
        settings.release_period,
        notes,
    )


def report_live(uow: UnitOfWork) -> dict:
    """What the page shows as it is now, outside the release: whether the record's last check
    found it intact, and each anchor's day and digest (no counts)."""
    return {
        "last_check": _check(uow),
        "anchors": [
            {"day": a.day.isoformat(), "digest": a.digest} for a in record_anchors.published(uow)
        ],
    }
