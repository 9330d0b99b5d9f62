"""The filtered ticket list as CSV (streamed) or Excel; identity only for those allowed."""

from __future__ import annotations

import csv
import io
import tempfile
from collections.abc import Iterator

from flask import (
    Response,
    abort,
    g,
    render_template,
    request,
    send_file,
    stream_with_context,
    url_for,
)

from bot.dashboard.auth import member_required
from bot.dashboard.blueprint import bp, language, local_time, occurred, services, t
from bot.dashboard.tickets import (
    agency_or_unknown,
    current_filters,
    filters_from_request,
    may_export_identity,
    names_by_id,
    page_marks,
    story_names_hidden,
    typed_as_read,
    visible_query,
)
from bot.i18n.outside_badge import outside_badge
from handlers.directory import agencies as agency_records
from handlers.directory.access import REVIEW_ROLES, can_review, can_see_identity, check_records
from handlers.thai.places import outside_names
from handlers.tickets import sensitive
from handlers.tickets.actions import MIN_IDENTITY_REASON, reveal_identity
from storage import ticket_queries
from storage.models import Member, Ticket

EXCEL_MAX_ROWS = 100_000
COLUMNS = (
    "reference",
    "submitted",
    "status",
    "kind",
    "district",
    "subdistrict",
    "place",
    "outside",
    "agency",
    "official",
    "occurred",
    "description",
    "witnesses",
    "reported_to",
    "assignee",
    "anonymous",
    "taken",
    "decided",
)
IDENTITY_COLUMNS = ("name", "phone")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value) -> str:
    """Text that a spreadsheet will not run as a formula (complaints are typed by anyone)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def _identity_reason() -> str | None:
    """The stated reason when this is an identity export (POST only, those allowed only)."""
    if request.method != "POST":
        return None  # a link (GET) never carries identity: a cross-site link cannot get it
    if not may_export_identity(g.member):
        abort(403)
    reason = " ".join(request.form.get("reason", "").split())
    if len(reason) < MIN_IDENTITY_REASON:
        abort(400)
    return reason


def header(identity: str | None) -> list[str]:
    """Column titles in the member's language."""
    keys = COLUMNS + (IDENTITY_COLUMNS if identity else ())
    return [t(f"dash.col.{key}") for key in keys]


def _row(uow, member: Member, ticket: Ticket, assignees: dict[int, str], identity: str | None):
    said = typed_as_read(ticket, story_names_hidden(member, ticket, uow))
    said["agency"] = agency_or_unknown(
        agency_records.chair_named(uow, [ticket]).get(ticket.id, said["agency"])
    )
    row = [
        ticket.reference,
        local_time(ticket.submitted_at),
        t(f"dash.status.{ticket.status}"),
        t(f"kind.{ticket.kind}") if ticket.kind else "",
        ticket.district,
        ticket.subdistrict,
        sensitive.place_for(ticket, said["place_text"])["text"],
        outside_badge(language(), outside_names(ticket.outside_province, services().geography)),
        said["agency"],
        said["official"],
        occurred(ticket, said["occurred_text"]),
        said["description"],
        sensitive.witnesses_for(uow, member, ticket, page_marks()) or "",
        said["reported_to"],
        assignees.get(ticket.assignee_id, ""),
        t("dash.yes") if ticket.anonymous else t("dash.no"),
        local_time(ticket.taken_at) if ticket.taken_at else "",
        local_time(ticket.decided_at) if ticket.decided_at else "",
    ]
    if identity:
        shown = {"name": "", "phone": ""}
        if can_see_identity(uow, member, ticket):
            # writes the audit entry, with the reason given for the export
            shown = reveal_identity(uow, member, ticket, identity, "export_identity")
        row += [shown["name"], shown["phone"]]
    return [safe_cell(value) for value in row]


def rows(
    uow, member: Member, stmt, identity: str | None, limit: int | None = None, query: str = ""
) -> Iterator[list]:
    """Every ticket of `stmt` this member may see (and the search, `query`, finds in the words
    they read), as text cells."""
    written = 0
    for batch in ticket_queries.iterate(uow, stmt):
        check_records(uow, member, batch)
        visible = [
            ticket
            for ticket in batch
            if can_review(uow, member, ticket)
            and (
                not query
                or sensitive.found_by_what_they_read(
                    ticket, query, story_names_hidden(member, ticket, uow)
                )
            )
        ]
        assignees = names_by_id(uow, (ticket.assignee_id for ticket in visible))
        for ticket in visible:
            if limit is not None and written >= limit:
                uow.commit()
                return
            yield _row(uow, member, ticket, assignees, identity)
            written += 1
        if identity:
            uow.commit()  # the identity views of this batch are on record before more are sent


def _filename(extension: str) -> str:
    return f"tickets-{g.uow.now():%Y%m%d-%H%M}.{extension}"


@bp.get("/tickets/export")
@member_required(*REVIEW_ROLES)
def export_page():
    """The exports of the list as filtered, on a page of their own: plain files for every
    reviewer; with names and phones, behind a stated reason, for those allowed."""
    keep = current_filters()
    return render_template(
        "dashboard/export.html",
        filters=keep,
        list_url=url_for("dashboard.ticket_list", **keep),
        export_csv=url_for("dashboard.export_csv", **keep),
        export_xlsx=url_for("dashboard.export_xlsx", **keep),
        may_export_identity=may_export_identity(g.member),
    )


@bp.route("/tickets/export.csv", methods=("GET", "POST"))
@member_required(*REVIEW_ROLES)
def export_csv():
    """The filtered list as CSV (UTF-8 with a BOM, so Excel reads the Thai), streamed;
    with names and phones only as a POST with a reason."""
    identity = _identity_reason()
    member_id = g.member.id
    filters = filters_from_request(g.member)
    stmt = visible_query(g.member, filters)

    def generate():
        # The response outlives the request's unit of work: it streams from its own.
        with services().uow() as uow:
            member = uow.session.get(Member, member_id)
            yield from _csv_chunks(uow, member, stmt, identity, filters.query)

    g.uow.rollback()  # end this request's transaction: SQLite allows one writer at a time
    response = Response(stream_with_context(generate()), mimetype="text/csv")
    response.headers["Content-Disposition"] = f'attachment; filename="{_filename("csv")}"'
    return response


def _csv_chunks(uow, member: Member, stmt, identity: str | None, query: str) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    buffer.write("\ufeff")
    writer.writerow(header(identity))
    for row in rows(uow, member, stmt, identity, query=query):
        writer.writerow(row)
        if buffer.tell() > 64 * 1024:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


@bp.route("/tickets/export.xlsx", methods=("GET", "POST"))
@member_required(*REVIEW_ROLES)
def export_xlsx():
    """The filtered list as an Excel workbook (at most EXCEL_MAX_ROWS rows); identity as
    for CSV."""
    identity = _identity_reason()
    from openpyxl import Workbook  # a tenth of a second at start, for the Excel export only

    book = Workbook(write_only=True)
    sheet = book.create_sheet(t("dash.export.sheet"))
    sheet.append(header(identity))
    filters = filters_from_request(g.member)
    stmt = visible_query(g.member, filters)
    for row in rows(g.uow, g.member, stmt, identity, limit=EXCEL_MAX_ROWS, query=filters.query):
        sheet.append(row)
    handle = tempfile.SpooledTemporaryFile(max_size=16 * 1024 * 1024)
    book.save(handle)
    g.uow.commit()
    handle.seek(0)
    return send_file(
        handle,
        mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        as_attachment=True,
        download_name=_filename("xlsx"),
    )
