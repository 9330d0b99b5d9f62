"""`/status`: a ticket's status and timeline from its reference and tracking code, off LINE.

For someone on another phone or a shared one. The same look-up as in the chat
(`handlers.tickets.tracking.matching_ticket`, one rule and one lock-out), counted per
reference and per client address; a source past its own misses is refused before its code is
read, while the reference's lock-out and the overall count refuse only a wrong code (others'
misses never lock the owner out). No identity is shown, and nothing is remembered in the
browser.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from flask import render_template, request
from flask_wtf.csrf import CSRFError

from bot.cards.complaint import timeline_line
from bot.dashboard.blueprint import csrf
from bot.http.sources import web_source
from bot.public.blueprint import bp, language, services
from handlers import throttles
from handlers.thai.dates import format_date, format_datetime
from handlers.tickets.tracking import locked_out, matching_ticket, ticket_view
from storage import lookup_throttles, ticket_chain
from storage.record_checks import head_of

REFERENCE = re.compile(r"[A-Z0-9]{1,8}-\d{4}-\d{5,7}")


def _page(status: int = 200, **context):
    response = render_template("public/status.html", **context)
    return response, status, {"Cache-Control": "no-store"}


@bp.get("/status")
def status_form():
    """Ask for the reference and the tracking code."""
    return _page()


@bp.post("/status")
def status_lookup():
    """Show the ticket when reference and code match; count a miss; lock out like LINE."""
    csrf.protect()
    reference = request.form.get("reference", "").strip()
    code = request.form.get("code", "").strip()
    if not reference or not code:
        return _page(400, problem="pub.status.missing", reference=reference)
    if not REFERENCE.fullmatch(reference.upper().replace(" ", "")):
        # Not even the shape of a reference: nothing to count, nothing stored.
        return _page(404, problem="lookup.not_found", reference=reference)
    with services().uow() as uow:
        target = lookup_throttles.for_reference(uow, reference)
        source = web_source()
        if not throttles.under_own_limit(uow, "tracking", source):
            uow.commit()
            return _page(429, problem="lookup.locked", reference=reference)
        # The code is read before the reference's lock-out and the overall count: those are
        # others' misses (whoever knows a reference could lock its owner out), so they refuse
        # only a miss; the source's own misses are refused above, before any reading.
        refused = locked_out(target, uow.now()) or not throttles.allowed(uow, "tracking", source)
        ticket = matching_ticket(uow, (target,), reference, code, source)
        if ticket is None:
            uow.commit()
            if refused:
                return _page(429, problem="lookup.locked", reference=reference)
            return _page(404, problem="lookup.not_found", reference=reference)
        view = ticket_view(uow, ticket)
        stored = ticket_chain.stored_rows(uow.session, ticket.id)
        intact = not ticket_chain.problems(*stored, uow.vault)
        receipt, entries = head_of(uow, ticket.id)
        uow.commit()
    return _page(ticket=_dated(view, language()), intact=intact, receipt=receipt, entries=entries)


def _dated(view: dict, lang: str) -> dict:
    """The ticket's dates as a person reads them (the one formatter the LINE card uses),
    not the ISO text the view carries, and each event's line as the card says it (what was
    added after filing included: "ข้อมูลเพิ่มเติม: รูปภาพ")."""
    events = []
    for event in view["events"]:
        moment = datetime.fromisoformat(event["at"])
        at = format_datetime(moment, moment.tzinfo, lang)
        events.append({**event, "at": at, "line": timeline_line(lang, event)})
    submitted = format_date(date.fromisoformat(view["submitted"]), lang)
    return {**view, "events": events, "submitted": submitted}


@bp.errorhandler(CSRFError)
def _csrf_refused(_error):
    return _page(400, problem="pub.status.csrf")
