"""Agencies and officials named in the most tickets over a chosen period, month by month,
with the member's conflicts kept out; as a page and as CSV or Excel (formula-safe cells)."""

from __future__ import annotations

import csv
import io
import tempfile

from flask import Response, g, render_template, request, send_file, url_for

from bot.dashboard.auth import member_required
from bot.dashboard.blueprint import bp, services, t
from bot.dashboard.export import safe_cell
from bot.dashboard.figures import NAMED_MONTHS, month_label, official_label, official_where
from handlers.directory.access import REVIEW_ROLES, hidden_from
from handlers.patterns.officials import WHOSE
from storage.pattern_figures import NamedTrends, named_by_month

PERIODS = (3, 6, 12, 24)  # months before the current one
DEFAULT_PERIOD = NAMED_MONTHS  # the figures page's "named most", so the two agree


def _period() -> int:
    months = request.args.get("months", type=int)
    return months if months in PERIODS else DEFAULT_PERIOD


def _trends(months: int) -> NamedTrends:
    config = services().config
    hidden = hidden_from(g.uow, g.member)
    return named_by_month(g.uow, hidden, config.bot_timezone, g.uow.now(), months, WHOSE)


def table(trends: NamedTrends) -> list[list]:
    """The trends as rows: a header, then each agency and each official with its district
    and what tells it apart there (`official_where`), its total and its count per month
    (what both the page and the exports show)."""
    rows: list[list] = [
        [t("dash.named.col.group"), t("dash.named.col.name"), t("dash.col.district")]
        + [t("dash.named.col.where"), t("dash.named.col.total")]
        + [month_label(m) for m in trends.months]
    ]
    for group, items, name in (
        ("agencies", trends.agencies, lambda item: item.name),
        ("officials", trends.officials, lambda item: official_label(item.name)),
    ):
        for item in items:
            counts = [item.by_month[m] for m in trends.months]
            where = official_where(item.subdistrict, item.agency)
            rows.append(
                [t(f"dash.figures.named.{group}"), name(item), item.district, where, item.total]
                + counts
            )
    return rows


@bp.get("/figures/named")
@member_required(*REVIEW_ROLES)
def named_page():
    """Named most over a period, month by month, with links to the exports."""
    months = _period()
    trends = _trends(months)
    return render_template(
        "dashboard/named.html",
        trends=trends,
        months=months,
        periods=PERIODS,
        month_labels=[month_label(m) for m in trends.months],
        agencies=[(item, item.name, "") for item in trends.agencies],
        officials=[
            (item, official_label(item.name), official_where(item.subdistrict, item.agency))
            for item in trends.officials
        ],
        export_csv=url_for("dashboard.named_csv", months=months),
        export_xlsx=url_for("dashboard.named_xlsx", months=months),
    )


def _filename(months: int, extension: str) -> str:
    return f"named-{months}m-{g.uow.now():%Y%m%d-%H%M}.{extension}"


@bp.get("/figures/named.csv")
@member_required(*REVIEW_ROLES)
def named_csv():
    """The page's table as CSV (UTF-8 with a BOM, so Excel reads the Thai)."""
    months = _period()
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer)
    for row in table(_trends(months)):
        writer.writerow([safe_cell(value) for value in row])
    response = Response(buffer.getvalue(), mimetype="text/csv")
    response.headers["Content-Disposition"] = f'attachment; filename="{_filename(months, "csv")}"'
    return response


@bp.get("/figures/named.xlsx")
@member_required(*REVIEW_ROLES)
def named_xlsx():
    """The page's table as an Excel workbook; counts stay numbers, text is formula-safe."""
    from openpyxl import Workbook  # a tenth of a second at every process start, for this only

    months = _period()
    book = Workbook(write_only=True)
    sheet = book.create_sheet(t("dash.named.sheet"))
    for row in table(_trends(months)):
        sheet.append([value if isinstance(value, int) else safe_cell(value) for value in row])
    handle = tempfile.SpooledTemporaryFile(max_size=16 * 1024 * 1024)
    book.save(handle)
    handle.seek(0)
    return send_file(
        handle,
        mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        as_attachment=True,
        download_name=_filename(months, "xlsx"),
    )
