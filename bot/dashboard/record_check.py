"""Checking the record against an anchor's code a chair was sent in LINE
(handlers/tickets/anchor_codes.py): the one witness a writer of both the database and the
record journal's folder cannot reach."""

from __future__ import annotations

from flask import g, render_template, request

from bot.dashboard.auth import member_required
from bot.dashboard.blueprint import bp, services
from handlers.directory.access import REVIEW_ROLES
from handlers.tickets import anchor_codes
from storage import record_anchors


@bp.get("/record-check")
@member_required(*REVIEW_ROLES)
def record_check():
    """The code typed (or carried by the link in the message), and what the record says."""
    typed = request.args.get("code", "").strip()[:64]
    prefix = record_anchors.typed_code(typed)
    folder = services().config.record_anchor_dir
    checked = (
        anchor_codes.check(g.uow, g.member, prefix, folder, read_only=g.from_shell)
        if prefix
        else None
    )
    if checked is not None:
        g.uow.commit()  # the audit line
    return render_template(
        "dashboard/record_check.html",
        typed=typed,
        refused=bool(typed) and not prefix,
        checked=checked,
    )
