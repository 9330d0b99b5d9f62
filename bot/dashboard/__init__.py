"""The committee dashboard (`/committee/…`): one blueprint, one module per group of pages."""

from __future__ import annotations

from datetime import timedelta

from flask import Flask

# Each page module adds its routes to the blueprint; the list of them is this one.
from bot.dashboard import (  # noqa: F401
    actions,
    auth,
    campaigns,
    case_referrals,
    export,
    figures,
    forums,
    named_figures,
    outbox,
    oversight,
    record_check,
    referrals,
    tickets,
)
from bot.dashboard.blueprint import bp, csrf, local_day, local_time, occurred
from bot.http import webhook


def register(app: Flask, local_mode: bool) -> None:
    """Attach the dashboard: secure session cookies, CSRF on its forms, its routes."""
    app.config.update(
        SESSION_COOKIE_SECURE=not (local_mode or app.testing),
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        PERMANENT_SESSION_LIFETIME=timedelta(hours=8),
        # The dashboard checks its own forms (bot/dashboard/blueprint.py); other blueprints,
        # such as the LINE webhook, are signed differently and are not CSRF-checked.
        WTF_CSRF_CHECK_DEFAULT=False,
        WTF_CSRF_TIME_LIMIT=None,
    )
    csrf.init_app(app)
    # Pages show every date through the one formatter: {{ ticket.submitted_at|when }}.
    app.add_template_filter(local_time, "when")
    app.add_template_filter(local_day, "day")
    app.add_template_filter(occurred, "occurred")
    csrf.exempt(webhook.bp)
    app.register_blueprint(bp)
