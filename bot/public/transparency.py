"""`/transparency`: what happens to complaints, in figures, as a page and as open data."""

from __future__ import annotations

import csv
import io
import logging
import threading

from flask import Response, jsonify, render_template, request

from bot.i18n.durations import duration_words
from bot.public.blueprint import bp, cache, language, services, t
from handlers.thai.dates import format_datetime, format_month
from handlers.tickets.suppression import Cell
from handlers.tickets.transparency import COLUMNS, MEDIANS, Report, counts_data, current_release

log = logging.getLogger(__name__)
_LOCK = threading.Lock()
PUBLIC_FIGURES = frozenset(
    f"public.{name}"
    for name in (
        "transparency_page",
        "transparency_json",
        "transparency_csv",
        "transparency_dictionary",
    )
)
# The data dictionary: every field of data.json / data.csv, described in both languages.
DICTIONARY = (
    "generated_at",
    "checking",
    "min_count",
    "received",
    "status",
    "districts",
    "kinds",
    "months",
    "medians_hours",
    "reopened_tickets",
    "record",
    "anchors",
    "withheld",
)


def figures() -> Report:
    """The public figures of the current release (made once per TRANSPARENCY_RELEASE period),
    read at most once per cache period."""
    with _LOCK:
        found = cache().get("report")
        if found is None:
            with services().uow() as uow:
                found = current_release(uow, services().config.record_anchor_dir)
                uow.commit()
            if found.checking:
                log.error(
                    "transparency: the release is withheld (seal, or deleted; tickets verify)"
                )
            cache()["report"] = found
        return found


def as_data(data: Report) -> dict:
    """The figures as JSON-ready data (field names as in the data dictionary)."""
    return {
        "generated_at": data.generated_at.isoformat(),
        "checking": data.checking,
        **counts_data(data),
        "record": None
        if data.last_check is None
        else {**data.last_check, "at": data.last_check["at"].isoformat()},
        "anchors": data.anchors,
    }


def csv_rows(data: Report):
    """The figures in long form: table, key, measure, value (a band's least), withheld,
    up_to (a band's greatest)."""
    rows = [("received", "", "count", data.received)]
    rows += [("status", name, "count", cell) for name, cell in data.status.items()]
    for name, total, cells in data.districts:
        rows.append(("district", name, "received", total))
        rows += [("district", name, c, cells[c]) for c in COLUMNS]
    rows += [("kind", key, "count", cell) for key, cell in data.kinds]
    rows += [("month", month, "count", cell) for month, cell in data.months]
    rows.append(("month", "total", "count", data.months_total))
    for name in MEDIANS:
        median = data.medians[name]
        rows.append(("median_hours", name, "tickets", median.tickets))
        rows.append(
            (
                "median_hours",
                name,
                "hours",
                Cell(median.hours) if median.hours is not None else Cell(None, "withheld"),
            )
        )
    rows.append(("reopened_tickets", "", "count", data.reopened))
    for table, key, measure, cell in rows:
        up_to = "" if cell.up_to is None else cell.up_to
        yield table, key, measure, "" if cell.count is None else cell.count, cell.mark, up_to


def _label(cell: Cell, min_count: int) -> str:
    if cell.mark == "small":
        return t("pub.fewer_than", k=min_count)
    if cell.mark:
        return "—"
    if cell.up_to is not None and cell.up_to != cell.count:
        return f"{cell.count:,}–{cell.up_to:,}"
    return f"{cell.count:,}"


def _month(month: str) -> str:
    year, number = (int(part) for part in month.split("-"))
    return format_month(year, number, language())


def _duration(hours: float | None) -> str:
    if hours is None:
        return t("pub.median.not_enough")
    return duration_words(hours, language())


def _points(items) -> list[dict]:
    return [
        {"label": label, "count": cell.count, "up_to": cell.up_to, "url": None}
        for label, cell in items
    ]


@bp.after_request
def _cacheable(response):
    """Figures are public and change slowly: browsers and proxies may keep them a minute."""
    if request.endpoint in PUBLIC_FIGURES and response.status_code == 200:
        response.cache_control.public = True
        response.cache_control.max_age = min(60, services().config.transparency_cache_seconds)
    return response


@bp.get("/transparency")
def transparency_page():
    """The public page: counts, medians, charts and the district table."""
    data = figures()
    kinds = [(t(f"kind.{k}"), c) for k, c in data.kinds]
    charts = {
        "status": _points((t(f"pub.col.{name}"), cell) for name, cell in data.status.items()),
        "month": _points((_month(m), cell) for m, cell in data.months),
        "kind": _points(kinds),
    }
    tz = services().config.tz
    return render_template(
        "public/transparency.html",
        data=data,
        charts=charts,
        kinds=kinds,
        columns=COLUMNS,
        medians={name: _duration(m.hours) for name, m in data.medians.items()},
        # the page's own release's threshold: `figures()` per cell read the release again
        # for each withheld cell whenever the cache was off (TRANSPARENCY_CACHE_SECONDS=0)
        shown=lambda cell: _label(cell, data.min_count),
        local=lambda when: format_datetime(when, tz, language()),
    )


@bp.get("/transparency/data.json")
def transparency_json():
    """The same figures as JSON (open data)."""
    response = jsonify(as_data(figures()))
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response


@bp.get("/transparency/data.csv")
def transparency_csv():
    """The same figures as CSV, UTF-8 with a byte-order mark so that spreadsheets read Thai."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(("table", "key", "measure", "value", "withheld", "up_to"))
    writer.writerows(csv_rows(figures()))
    return Response(
        "\ufeff" + out.getvalue(),
        mimetype="text/csv",
        headers={
            "Content-Disposition": "attachment; filename=sujarit-transparency.csv",
            "Access-Control-Allow-Origin": "*",
        },
    )


@bp.get("/transparency/data-dictionary")
def transparency_dictionary():
    """What each field of the open data means."""
    return render_template(
        "public/dictionary.html",
        fields=DICTIONARY,
        columns=COLUMNS,
        medians=MEDIANS,
        min_count=services().config.transparency_min_count,
    )
