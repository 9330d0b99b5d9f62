"""The figures page: tickets by status, kind, district and month, median delays, and the
agencies and officials named most."""

from __future__ import annotations

import statistics

from flask import g, render_template, url_for

from bot.dashboard.auth import member_required
from bot.dashboard.blueprint import bp, language, services, t
from bot.i18n.durations import duration_words
from handlers.directory.access import REVIEW_ROLES, hidden_from
from handlers.intake.fields import KINDS
from handlers.patterns.officials import WHOSE, Official
from handlers.thai import agencies as agency_names
from handlers.thai.dates import format_month
from handlers.tickets.transitions import AGENCIES
from storage import pattern_figures, referral_figures
from storage.ticket_figures import figures, period_start
from storage.ticket_status import STATUSES


def _series(counts: dict[str, int], keys, label_key: str, filter_name: str) -> list[dict]:
    """Chart points with labels in the member's language and a drill-down link each."""
    points = []
    for key in keys:
        if counts.get(key):
            label = t(label_key.format(key)) if label_key else key
            link = url_for("dashboard.ticket_list", **{filter_name: key})
            points.append({"key": key, "label": label, "count": counts[key], "url": link})
    return points


def month_label(month: str) -> str:
    """A `YYYY-MM` month in the member's language ("มี.ค. 2569")."""
    year, number = (int(part) for part in month.split("-"))
    return format_month(year, number, language())


def duration(hours: float | None) -> str:
    """A median delay in words, or a dash when there is none yet."""
    return "–" if hours is None else duration_words(hours, language())


@bp.get("/figures")
@member_required(*REVIEW_ROLES)
def figures_page():
    """Counts and medians, drawn as charts (Chart.js ships with the package)."""
    config = services().config
    data = figures(g.uow, hidden_from(g.uow, g.member), config.bot_timezone, g.uow.now())
    districts = sorted((d for d in data.by_district if d), key=lambda d: -data.by_district[d])
    charts = {
        "status": _series(data.by_status, STATUSES, "dash.status.{}", "status"),
        "kind": _series(data.by_kind, KINDS, "kind.{}", "kind"),
        "district": _series(data.by_district, districts, "", "district"),
        "month": [
            {"key": m, "label": month_label(m), "count": n, "url": None}
            for m, n in data.by_month.items()
        ],
    }
    return render_template(
        "dashboard/figures.html",
        figures=data,
        charts=charts,
        take=duration(data.median_take_hours),
        decide=duration(data.median_decide_hours),
        referrals=referral_rows(),
        named=named_most(),
    )


NAMED_MONTHS = 12  # "named most": these local months before the current one, and this one


def official_label(key: str) -> str:
    """An official's key in words: "ผู้ใหญ่บ้าน หมู่ 5", "นายก (อบต.)"."""
    official = Official.from_key(key)
    label = t(f"dash.official.{official.role}")
    if official.village:
        label += " " + t("dash.official.village", number=official.village)
    kind = agency_names.BY_CODE.get(official.agency_kind)
    if kind is not None:
        label += f" ({kind.english if language() == 'en' else kind.full})"
    return label


def official_where(subdistrict: str, agency: str) -> str:
    """What tells an official apart from the same role's others in the district: their
    agency record's name, else their sub-district ("ต.หนองโบสถ์"); "" when neither is known."""
    if agency:
        return agency
    return t("dash.official.subdistrict", name=subdistrict) if subdistrict else ""


def named_most() -> dict[str, list[dict]]:
    """Agencies and officials named in the most tickets over the last 12 local months and this
    one (the period of the monthly page's 12 months, so the counts agree), the member's
    conflicts kept out."""
    hidden = hidden_from(g.uow, g.member)
    since = period_start(services().config.bot_timezone, g.uow.now(), NAMED_MONTHS)
    return {
        "agencies": [
            {"label": name, "count": n}
            for name, n in pattern_figures.agencies_named_most(g.uow, hidden, since)
        ],
        "officials": [
            {
                "label": official_label(o.key),
                "district": o.district,
                "where": official_where(o.subdistrict, o.agency),
                "count": o.count,
            }
            for o in pattern_figures.officials_named_most(g.uow, hidden, since, WHOSE)
        ],
    }


def referral_rows() -> list[dict]:
    """Per agency: forwarded, answered, median working days to the answer, overdue now."""
    calendar = services().sla.calendar
    found = referral_figures.by_agency(g.uow, hidden_from(g.uow, g.member), g.uow.now())
    rows = []
    for code in AGENCIES:
        if code not in found:
            continue
        item = found[code]
        days = [calendar.between(sent, answered) for sent, answered in item.answered]
        median = t("dash.figures.working_days", days=statistics.median(days)) if days else "–"
        rows.append(
            {
                "agency": t(f"agency.{code}"),
                "forwarded": item.forwarded,
                "answered": len(item.answered),
                "median": median,
                "overdue": item.overdue,
            }
        )
    return rows
