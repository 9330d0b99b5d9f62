"""Forwarding from the ticket page: the referral letter, the evidence bundle, the agency's
reference and answer; and the agencies' names and addresses, kept by the chair."""

from __future__ import annotations

import io

from flask import abort, flash, g, redirect, render_template, request, send_file, url_for

from bot.dashboard.actions import _act, _field, change_to
from bot.dashboard.auth import member_required
from bot.dashboard.blueprint import bp, services, t
from bot.dashboard.tickets import visible_ticket
from bot.referral import documents
from bot.referral.documents import EvidenceAltered
from handlers.directory.access import REVIEW_ROLES, NotAllowed
from handlers.tickets import endings, referrals
from handlers.tickets.transitions import AGENCIES


def _document(reference: str, with_bundle: bool):
    ticket = visible_ticket(reference)
    code = _field("agency")
    if code not in AGENCIES:
        flash(t("dash.referral.error.agency"), "error")
        return redirect(url_for("dashboard.ticket_page", reference=ticket.reference), code=303)
    try:
        made = documents.make(g.uow, services().config, g.member, ticket, code, with_bundle)
    except (NotAllowed, ValueError, EvidenceAltered) as exc:
        g.uow.rollback()
        flash(t("dash.error.input", error=str(exc)), "error")
        return redirect(url_for("dashboard.ticket_page", reference=ticket.reference), code=303)
    g.uow.commit()
    data, kind, extension = (made.letter, "application/pdf", "pdf")
    if with_bundle:
        data, kind, extension = (made.bundle, "application/zip", "zip")
    response = send_file(
        io.BytesIO(data),
        mimetype=kind,
        as_attachment=True,
        download_name=documents.letter_file_name(ticket, code, extension),
    )
    response.headers["Cache-Control"] = "private, no-store"
    return response


@bp.post("/tickets/<reference>/referral/letter")
@member_required(*REVIEW_ROLES)
def referral_letter(reference: str):
    """The referral letter to the chosen agency, as a PDF download."""
    return _document(reference, with_bundle=False)


@bp.post("/tickets/<reference>/referral/bundle")
@member_required(*REVIEW_ROLES)
def referral_bundle(reference: str):
    """The letter, the evidence and its manifest, as one zip."""
    return _document(reference, with_bundle=True)


@bp.post("/tickets/<reference>/referral/sent")
@member_required(*REVIEW_ROLES)
def referral_sent(reference: str):
    """The letter went to the agency chosen on the card: the ticket is forwarded (a proposal
    until a chair confirms it), and the agency's clock starts."""
    code = _field("agency")
    if code not in AGENCIES:
        flash(t("dash.referral.error.agency"), "error")
        return redirect(url_for("dashboard.ticket_page", reference=reference), code=303)
    number = _field("agency_reference")[:200] or None
    return change_to(reference, "forwarded", None, agency=code, agency_reference=number)


@bp.post("/tickets/<reference>/referral/reference")
@member_required(*REVIEW_ROLES)
def referral_reference(reference: str):
    """Record the agency's own number for the case."""
    number = _field("agency_reference")

    def action(ticket):
        referrals.record_reference(g.uow, g.member, ticket, number)

    return _act(reference, action, "dash.referral.done.reference")


@bp.post("/tickets/<reference>/referral/answer")
@member_required(*REVIEW_ROLES)
def referral_answer(reference: str):
    """Record the agency's answer, as a proposal: when a chair confirms it, its clock stops
    and the complainant is told."""
    summary = _field("summary")

    def action(ticket):
        endings.propose_answer(g.uow, g.member, ticket, summary)

    return _act(reference, action, "dash.referral.done.answer")


@bp.get("/agencies")
@member_required(*REVIEW_ROLES)
def agencies_page():
    """The agencies complaints are forwarded to; the chair and admins keep them up to date."""
    return render_template(
        "dashboard/agencies.html",
        agencies=referrals.agencies(g.uow, active_only=False),
        default_days=services().config.agency_answer_working_days,
        may_edit=g.member.role in ("chair", "admin"),
    )


@bp.post("/agencies/<code>")
@member_required("chair", "admin")
def agency_update(code: str):
    """Change one agency's name, addressee, address or answer time."""
    if code not in AGENCIES:
        abort(404)
    days = request.form.get("answer_working_days", type=int)
    try:
        referrals.update_agency(
            g.uow,
            g.member,
            code,
            name=_field("name"),
            addressee=_field("addressee"),
            address=_field("address"),
            answer_working_days=days if days and 0 < days <= 365 else None,
        )
    except (NotAllowed, ValueError) as exc:
        g.uow.rollback()
        flash(t("dash.error.input", error=str(exc)), "error")
        return redirect(url_for("dashboard.agencies_page"), code=303)
    g.uow.commit()
    flash(t("dash.referral.done.agency"), "ok")
    return redirect(url_for("dashboard.agencies_page"), code=303)


@bp.post("/tickets/<reference>/referral/consent")
@member_required(*REVIEW_ROLES)
def referral_consent(reference: str):
    """Ask the complainant whether their identity may go to the chosen agency."""
    code = _field("agency")
    return _act(
        reference,
        lambda ticket: referrals.ask_consent(g.uow, g.member, ticket, code),
        "dash.referral.done.consent",
    )
