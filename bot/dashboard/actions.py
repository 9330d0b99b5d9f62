"""What members do on a ticket page (POST forms), and its evidence files."""

from __future__ import annotations

import itertools
import logging
import mimetypes
from urllib.parse import quote

from flask import (
    Response,
    abort,
    flash,
    g,
    redirect,
    render_template,
    request,
    stream_with_context,
    url_for,
)
from sqlalchemy import or_, select

from bot.dashboard.auth import member_required
from bot.dashboard.blueprint import bp, services, t
from bot.dashboard.status_form import FIELDS, status_problems
from bot.dashboard.tickets import render_ticket, visible_ticket
from bot.line.evidence_files import Damaged, MissingFile, clean_type
from handlers.directory.access import REVIEW_ROLES, NotAllowed, can_review, can_see_identity
from handlers.patterns import related
from handlers.tickets import actions as ticket_actions
from handlers.tickets import endings, evidence_state
from handlers.tickets.lifecycle import TransitionError
from handlers.tickets.sensitive import may_see_originals
from storage import audit as audit_log
from storage import public_handles, row_seals
from storage.insider_models import TicketProposal
from storage.models import Evidence, Member
from storage.pattern_models import TicketLink

INLINE_IMAGES = frozenset({"image/jpeg", "image/png", "image/gif", "image/webp"})

log = logging.getLogger(__name__)


def _back(reference: str):
    return redirect(url_for("dashboard.ticket_page", reference=reference), code=303)


def _act(reference: str, action, done_key: str):
    """Run one action on a visible ticket in this request's unit of work, then go back."""
    ticket = visible_ticket(reference)
    try:
        action(ticket)
    except NotAllowed:
        # The page is theirs to see (checked above): this is a rule such as "already taken".
        g.uow.rollback()
        flash(t("dash.error.refused"), "error")
        return _back(ticket.reference)
    except endings.RecordBroken:
        g.uow.rollback()
        flash(t("dash.error.record_broken"), "error")
        return _back(ticket.reference)
    except endings.ProposalChanged:
        g.uow.rollback()
        flash(t("dash.error.proposal_changed"), "error")
        return _back(ticket.reference)
    except TransitionError:
        g.uow.rollback()
        flash(t("dash.error.transition"), "error")
        return _back(ticket.reference)
    except ValueError as exc:
        g.uow.rollback()
        flash(t("dash.error.input", error=str(exc)), "error")
        return _back(ticket.reference)
    g.uow.commit()
    flash(t(done_key() if callable(done_key) else done_key), "ok")
    return _back(ticket.reference)


def _field(name: str) -> str:
    return request.form.get(name, "").strip()


def _proposal_id(ticket) -> int | None:
    """The proposal the member saw on the page: the form carries its handle, looked for only
    among this ticket's proposals (0, which no proposal is, when it is none of them)."""
    shown = request.form.get("proposal", type=int)
    if shown is None:
        return None
    rows = g.uow.session.scalars(
        select(TicketProposal).where(TicketProposal.ticket_id == ticket.id)
    )
    found = public_handles.resolve(g.uow.vault, "proposal", shown, rows)
    return found.id if found is not None else 0


def _evidence(ticket, shown: int) -> Evidence:
    """The ticket's evidence file whose handle the page showed; 404 when none is."""
    found = public_handles.resolve(g.uow.vault, "evidence", shown, ticket.evidence)
    if found is None:
        abort(404)
    return found


def _link_id(ticket, shown: int) -> int:
    """The ticket's link whose handle the page showed (0, which no link is, when none is)."""
    rows = g.uow.session.scalars(
        select(TicketLink).where(
            or_(TicketLink.ticket_a_id == ticket.id, TicketLink.ticket_b_id == ticket.id)
        )
    )
    found = public_handles.resolve(g.uow.vault, "link", shown, rows)
    return found.id if found is not None else 0


@bp.post("/tickets/<reference>/take")
@member_required(*REVIEW_ROLES)
def take(reference: str):
    """Take the ticket."""
    return _act(reference, lambda tk: ticket_actions.take(g.uow, g.member, tk), "dash.done.take")


@bp.post("/tickets/<reference>/assign")
@member_required("chair", "admin")
def assign(reference: str):
    """Give the ticket to a member (chair and admins)."""

    def action(ticket):
        assignee = g.uow.session.get(Member, request.form.get("member_id", type=int) or 0)
        if assignee is None or not can_review(g.uow, assignee, ticket):
            raise ValueError(t("dash.error.assignee"))
        ticket_actions.assign(g.uow, g.member, ticket, assignee)

    return _act(reference, action, "dash.done.assign")


@bp.post("/tickets/<reference>/status")
@member_required(*REVIEW_ROLES)
def change_status(reference: str):
    """Move the ticket along the lifecycle, with a reason; a refused form comes back as it
    was filled, with the field to fix marked and named."""
    form = {name: _field(name) for name in FIELDS}
    ticket = visible_ticket(reference)
    problems = status_problems(ticket.status, form)
    if problems:
        flash(t("dash.field_error.summary", fields=_field_names(problems)), "error")
        return render_ticket(ticket, status=422, form=form, problems=problems)
    return change_to(
        reference, form["status"], form["reason"] or None, reason_code=form["reason_code"] or None
    )


def change_to(reference: str, status: str, reason: str | None, **details):
    """Ask for a status change (done, or proposed for a chair to confirm, or requested of the
    complainant) with the proposal the member saw, and say which it was."""
    outcome = {}

    def action(ticket):
        outcome["was"] = ticket_actions.change_status(
            g.uow, g.member, ticket, status, reason, proposal_id=_proposal_id(ticket), **details
        )

    return _act(reference, action, lambda: f"dash.done.status_{outcome['was']}")


def _field_names(problems: dict[str, str]) -> str:
    return ", ".join(t(f"dash.field.{name}") for name in problems)


@bp.post("/tickets/<reference>/confirm")
@member_required(*REVIEW_ROLES)
def confirm_ending(reference: str):
    """Confirm the ending another member proposed (a chair; an admin when no chair may)."""
    return _act(
        reference,
        lambda tk: endings.confirm(g.uow, g.member, tk, _proposal_id(tk)),
        "dash.done.confirmed",
    )


@bp.post("/tickets/<reference>/decline")
@member_required(*REVIEW_ROLES)
def decline_ending(reference: str):
    """Turn down the ending another member proposed."""
    note = _field("note")[:1000]
    return _act(
        reference,
        lambda tk: endings.decline(g.uow, g.member, tk, note, _proposal_id(tk)),
        "dash.done.declined",
    )


@bp.post("/tickets/<reference>/links/<int:link_id>/confirm")
@member_required(*related.DECIDE_ROLES)
def confirm_link(reference: str, link_id: int):
    """Say a linked ticket is the same matter: both join one case."""
    return _act(
        reference,
        lambda tk: related.confirm(g.uow, g.member, tk, _link_id(tk, link_id)),
        "dash.done.link_confirmed",
    )


@bp.post("/tickets/<reference>/links/<int:link_id>/dismiss")
@member_required(*related.DECIDE_ROLES)
def dismiss_link(reference: str, link_id: int):
    """Say a linked ticket is another matter: it is no longer suggested."""
    return _act(
        reference,
        lambda tk: related.dismiss(g.uow, g.member, tk, _link_id(tk, link_id)),
        "dash.done.link_dismissed",
    )


@bp.post("/tickets/<reference>/related/search")
@member_required(*related.DECIDE_ROLES)
def search_related(reference: str):
    """Search the ticket's related complaints again (a ticket filed before they were searched,
    or one corrected since): suggestions only, shown with recusal as any."""
    return _act(reference, lambda tk: related.find(g.uow, tk), "dash.done.related_searched")


@bp.post("/tickets/<reference>/note")
@member_required(*REVIEW_ROLES)
def add_note(reference: str):
    """Write an internal note."""
    body = _field("body")[:4000]
    return _act(
        reference, lambda tk: ticket_actions.add_note(g.uow, g.member, tk, body), "dash.done.note"
    )


@bp.post("/tickets/<reference>/message")
@member_required(*REVIEW_ROLES)
def message(reference: str):
    """Send the complainant a message or a question."""
    question = request.form.get("question") == "1"
    body = _field("body")

    def action(ticket):
        ticket_actions.message_complainant(g.uow, g.member, ticket, body, question=question)

    return _act(reference, action, "dash.done.question" if question else "dash.done.message")


@bp.post("/tickets/<reference>/identity")
@member_required("chair", "admin")
def reveal_identity(reference: str):
    """Show the complainant's name and phone on the page; the view is audited."""
    ticket = visible_ticket(reference)
    try:
        identity = ticket_actions.reveal_identity(g.uow, g.member, ticket, _field("reason"))
    except NotAllowed:
        abort(403)
    except ValueError:
        g.uow.rollback()
        flash(t("dash.identity.reason_needed"), "error")
        return _back(ticket.reference)
    g.uow.commit()
    return render_ticket(ticket, identity=identity)


@bp.post("/tickets/<reference>/evidence/<int:evidence_id>/retry")
@member_required(*evidence_state.RETRY_ROLES)
def retry_evidence(reference: str, evidence_id: int):
    """Try a failed download from LINE again (the evidence job does it within seconds)."""

    def action(ticket):
        item = _evidence(ticket, evidence_id)
        evidence_state.retry(g.uow, g.member, ticket, item)

    return _act(reference, action, "dash.evidence.retried")


@bp.get("/tickets/<reference>/evidence/<int:evidence_id>")
@member_required(*REVIEW_ROLES)
def evidence_file(reference: str, evidence_id: int):
    """An evidence file, decrypted as it is sent: the re-encoded copy (photos without their
    metadata); the original (`?original=1`, or a file with no clean copy) only to the chair
    signed in with a link they asked for in LINE, audited, and withheld from everyone else
    with the reason (a session opened with a shell's link: refused, audited too)."""
    ticket = visible_ticket(reference)
    item = _evidence(ticket, evidence_id)
    if item.status != "stored":
        abort(404)
    # A clean copy is one the application marked as such: a path a database writer put in
    # `clean_path` (the original's, say) is no clean copy, so only the chair gets it.
    cleaned = row_seals.clean_fits(g.uow.vault, item)
    original = request.args.get("original") == "1" or not cleaned
    if original and may_see_originals(g.uow, g.member) and g.from_shell:
        # Files as sent (GPS, device, author) never leave through a shell's link; the line
        # names the file by the page's handle only, never its name or whose it is.
        audit_log.record(g.uow, g.member, "evidence_original_refused", str(evidence_id), ticket.id)
        g.uow.commit()
        message = t("dash.evidence.shell_withheld")
        return render_template("dashboard/error.html", code=403, message=message), 403
    if original and not may_see_originals(g.uow, g.member):
        message = t("dash.evidence.withheld")
        return render_template("dashboard/error.html", code=403, message=message), 403
    key = (item.storage_path if original else item.clean_path) or ""
    try:
        content = services().fetcher.store.read(key)
        first = next(content, b"")  # a file copied over another's name fails here, unsent
    except MissingFile:
        abort(404)
    except Damaged:
        log.error("evidence %s: its file does not open (damaged, or another file's)", item.id)
        abort(404)
    content = itertools.chain([first], content)
    if original:  # original bytes leave only with the chair, and it is on the record
        # Named by the handle the page showed: the audit page shows the detail to its readers.
        audit_log.record(g.uow, g.member, "evidence_original", str(evidence_id), ticket.id)
        g.uow.commit()
    mimetype = item.content_type if original else clean_type(item.clean_path)
    mimetype = mimetype or "application/octet-stream"
    extension = mimetypes.guess_extension(mimetype) or ""
    inline = mimetype in INLINE_IMAGES and not (original and item.metadata_found)
    named = item.file_name and not g.from_shell and can_see_identity(g.uow, g.member, ticket)
    name = item.file_name if named else f"{ticket.reference}-{item.id}{extension}"
    response = Response(stream_with_context(content), mimetype=mimetype)
    disposition = "inline" if inline else "attachment"
    response.headers["Content-Disposition"] = f"{disposition}; filename*=UTF-8''{quote(name)}"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Cache-Control"] = "private, no-store"
    return response
