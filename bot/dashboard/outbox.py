"""Delivery pages: outbox figures for organizers, dead letters and resending for admins."""

from __future__ import annotations

from datetime import timedelta

from flask import abort, flash, g, redirect, render_template, request, url_for

from bot.dashboard.auth import member_required
from bot.dashboard.blueprint import bp, label, t
from handlers.tickets.actions import actor
from storage import outbox_ops

STATUSES = ("pending", "sending", "sent", "dead")


def purpose_words(purpose: str | None) -> str:
    """Why a message was sent ("status:needs_info", "committee:alert"), as a member reads
    it: its kind in words, and the status it told of."""
    kind, _, detail = (purpose or "").partition(":")
    said = label("dash.outbox.purpose.", kind) if kind else "–"
    if kind == "status" and detail:
        said = f"{said}: {label('dash.status.', detail)}"
    return said


@bp.get("/outbox")
@member_required("organizer", "admin")
def outbox_page():
    """What went out in the last week, by purpose and status, and the newest rows."""
    status = request.args.get("status", "")
    status = status if status in STATUSES else ""
    since = g.uow.now() - timedelta(days=7)
    return render_template(
        "dashboard/outbox.html",
        summary=outbox_ops.summary(g.uow, since),
        rows=outbox_ops.rows(g.uow, status=status, limit=100),
        status=status,
        statuses=STATUSES,
        purpose_words=purpose_words,
    )


@bp.get("/outbox/dead")
@member_required("admin")
def dead_letters():
    """Messages LINE never accepted after every attempt."""
    return render_template(
        "dashboard/dead.html",
        rows=outbox_ops.rows(g.uow, status="dead", limit=100),
        purpose_words=purpose_words,
    )


@bp.post("/outbox/<row_id>/resend")
@member_required("admin")
def resend(row_id: str):
    """Send a dead message again under the same id (LINE's retry key)."""
    try:
        outbox_ops.resend(g.uow, row_id, actor(g.member))
    except (KeyError, outbox_ops.NotResendable):
        abort(404)
    g.uow.commit()
    flash(t("dash.done.resend"), "ok")
    return redirect(url_for("dashboard.dead_letters"), code=303)
