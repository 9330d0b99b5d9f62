"""What the transparency page and its open data publish, with small counts withheld.

One release is suppressed as a whole: every district of the province and every kind and
month is listed (zero included, so "fewer than k" never means "at least one"); the grand
total, which the district table and the kinds both give, is never withheld to protect a cell
and the cells are withheld around it instead; the months' total is published only when no
month is withheld, since earlier months were published in earlier releases.

A release is made once per period (TRANSPARENCY_RELEASE: daily, weekly or monthly, in the
bot's time zone) and stored: until the next one the page shows the same counts, so watching it
while a complaint is filed tells nothing about that complaint.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from handlers.intake.fields import KINDS
from handlers.tickets.suppression import Cell, protect, protect_list, protect_one
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
PERIODS = ("daily", "weekly", "monthly")


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


def _median(value: tuple[float | None, int], k: int) -> Median:
    hours, count = value
    if count < k:
        return Median(None, protect_one(count, k))
    return Median(hours, Cell(count))


def _check(uow: UnitOfWork) -> dict | None:
    run = last_full_check(uow)
    if run is None:
        return None
    return {
        "at": run.finished_at or run.started_at,
        "checked": run.checked,
        "broken": run.broken,
        "store_digest": run.store_digest,
    }


def report(uow: UnitOfWork, tz_name: str, k: int, districts: Sequence[str] = ()) -> Report:
    """The public figures now, with every count below `k` withheld; `districts` are the
    province's, each listed whether or not it has tickets."""
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
    districts = [
        (name, row[-1], dict(zip(COLUMNS, row[:-1], strict=True)))
        for name, row in zip(names, table[:-1], strict=True)
    ]
    totals = table[-1]
    months = list(raw.by_month)
    month_cells, months_total = protect_list([raw.by_month[m] for m in months], k)
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
        reopened=protect_one(raw.reopened_tickets, k),
        **report_live(uow),
    )


def period_start(now: datetime, tz_name: str, period: str) -> date:
    """The first local day of the release period `now` falls in (weeks start on Monday)."""
    day = now.astimezone(ZoneInfo(tz_name)).date()
    if period == "daily":
        return day
    if period == "weekly":
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def _cell(cell: Cell) -> dict:
    return {"count": cell.count} if not cell.mark else {"count": None, "withheld": cell.mark}


def _from_cell(data: dict) -> Cell:
    return Cell(data["count"], data.get("withheld", ""))


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


def release(
    uow: UnitOfWork, tz_name: str, k: int, districts: Sequence[str] = (), period: str = "monthly"
) -> Report:
    """The figures of the current release: made (and stored; the caller commits) at the first
    look of the period, then the same until the next; the record's check and anchors are
    always the latest."""
    start = period_start(uow.now(), tz_name, period)
    kept = transparency_releases.stored(uow, start)
    if kept is None:
        made = report(uow, tz_name, k, districts)
        kept = transparency_releases.keep(uow, start, counts_data(made))
    live = report_live(uow)
    return replace(_from_counts(json.loads(kept.figures), kept.made_at), **live)


def report_live(uow: UnitOfWork) -> dict:
    """What the page shows as it is now, outside the release: the record's check, the anchors."""
    return {
        "last_check": _check(uow),
        "anchors": [
            {
                "day": a.day.isoformat(),
                "made_at": a.made_at,
                "tickets": a.tickets,
                "digest": a.digest,
            }
            for a in record_anchors.published(uow)
        ],
    }
