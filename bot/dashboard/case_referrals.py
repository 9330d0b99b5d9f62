"""Forwarding a case from a ticket page: the one letter for all its tickets, the proposal
and a chair's confirmation (handlers.patterns.case_referral; the page shows the card only
to a member who may see every ticket of the case)."""

from __future__ import annotations

import io

from flask import flash, g, redirect, send_file, url_for

from bot.dashboard.actions import _act, _field
from bot.dashboard.auth import member_required
from bot.dashboard.blueprint import bp, services, t
from bot.dashboard.tickets import visible_ticket
from bot.referral import documents
from bot.referral.documents import EvidenceAltered
from handlers.directory.access import REVIEW_ROLES, NotAllowed
from handlers.patterns import case_numbers, case_referral
from handlers.tickets.transitions import AGENCIES
from storage import patterns
from storage.models import Ticket


def _case_id(ticket: Ticket) -> int:
    place = patterns.case_of(g.uow, ticket.id)
    if place is None:
        # Refused as a case kept from the member is: another answer would tell a member kept
        # from a case which of the tickets they may see are in one.
        raise NotAllowed(f"{ticket.reference} is in no case")
    return place.case_id


def _shown_case(ticket: Ticket) -> str:
    """The ticket's case as pages name it (its number, not its sequence id)."""
    return case_numbers.of(g.uow, _case_id(ticket))


def _back(reference: str):
    return redirect(url_for("dashboard.ticket_page", reference=reference) + "#case", code=303)


@bp.post("/tickets/<reference>/case/letter")
@member_required(*REVIEW_ROLES)
def case_letter(reference: str):
    """The case's one letter to the chosen agency, as a PDF download."""
    ticket = visible_ticket(reference)
    code = _field("agency")
    if code not in AGENCIES:
        flash(t("dash.referral.error.agency"), "error")
        return _back(ticket.reference)
    try:
        made = documents.make_case(g.uow, services().config, g.member, _case_id(ticket), code)
    except NotAllowed:
        g.uow.rollback()
        flash(t("dash.error.refused"), "error")
        return _back(ticket.reference)
    except (ValueError, EvidenceAltered) as exc:
        g.uow.rollback()
        flash(t("dash.error.input", error=str(exc)), "error")
        return _back(ticket.reference)
    g.uow.commit()
    response = send_file(
        io.BytesIO(made.letter),
        mimetype="application/pdf",
        as_attachment=True,
        download_name=f"case-{_shown_case(ticket)}-{code}.pdf",
    )
    response.headers["Cache-Control"] = "private, no-store"
    return response


@bp.post("/tickets/<reference>/case/forward")
@member_required(*REVIEW_ROLES)
def case_forward(reference: str):
    """Propose that every ticket of the case goes to the agency with the case's letter."""
    code = _field("agency")
    number = _field("agency_reference")[:200] or None

    def action(ticket):
        if code not in AGENCIES:
            raise ValueError(t("dash.referral.error.agency"))
        try:
            case_referral.propose(g.uow, g.member, _case_id(ticket), code, None, number)
        except case_referral.NotReady as exc:
            refs = ", ".join(exc.references)
            raise ValueError(t("dash.case.error.not_taken", tickets=refs)) from exc

    return _act(reference, action, "dash.case.done.proposed")


@bp.post("/tickets/<reference>/case/confirm")
@member_required(*REVIEW_ROLES)
def case_confirm(reference: str):
    """A chair who did not propose it confirms the case's forwarding, for every ticket."""
    return _act(
        reference,
        lambda ticket: case_referral.confirm(g.uow, g.member, _case_id(ticket)),
        "dash.case.done.confirmed",
    )
