"""The committee dashboard (`/committee/…`): blueprint, CSRF, session cookies, page helpers."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from flask import Blueprint, Flask, current_app, g, render_template, request, session
from flask_wtf.csrf import CSRFError, CSRFProtect

from bot.i18n import catalogue
from handlers.thai.dates import format_date, format_datetime

bp = Blueprint(
    "dashboard",
    __name__,
    url_prefix="/committee",
    template_folder="templates",
    static_folder="static",
    static_url_path="/static",
)
csrf = CSRFProtect()

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}


def services():
    """The process's services (configuration, units of work, sender)."""
    return current_app.extensions["sujarit"]


def language() -> str:
    """The member's chosen language for the dashboard (Thai unless they chose English)."""
    lang = session.get("lang", catalogue.DEFAULT_LANGUAGE)
    return lang if lang in catalogue.LANGUAGES else catalogue.DEFAULT_LANGUAGE


def t(key: str, **params) -> str:
    """A dashboard text in the member's language."""
    return catalogue.text(language(), key, **params)


def local_time(value: datetime | None, with_time: bool = True) -> str:
    """A UTC time on the local clock, in the member's language (Buddhist era in Thai)."""
    if value is None:
        return "–"
    tz = services().config.tz
    if not with_time:
        return format_date(value.astimezone(tz).date(), language())
    return format_datetime(value, tz, language())


def local_day(value: date | None) -> str:
    """A calendar date, Buddhist era in Thai."""
    return "–" if value is None else format_date(value, language())


def label(prefix: str, key: str) -> str:
    """The catalogue's text for prefix+key, or the key itself when there is none."""
    full = prefix + (key or "")
    return catalogue.text(language(), full) if catalogue.has(language(), full) else key


@bp.before_request
def _open_unit_of_work():
    if request.endpoint == "dashboard.static":
        return
    if request.method == "POST":
        csrf.protect()
    g.uow = services().uow().__enter__()
    from bot.dashboard.auth import load_member

    load_member()


@bp.teardown_request
def _close_unit_of_work(_exc):
    uow = g.pop("uow", None)
    if uow is not None:
        uow.__exit__(None, None, None)


@bp.after_request
def _security_headers(response):
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    if not request.path.startswith(f"{bp.url_prefix}/static/"):
        response.headers["Cache-Control"] = "no-store"
    return response


@bp.errorhandler(CSRFError)
def _csrf_refused(_error):
    return render_template("dashboard/error.html", code=400, message=t("dash.error.csrf")), 400


@bp.errorhandler(403)
def _forbidden(_error):
    return render_template("dashboard/error.html", code=403, message=t("dash.error.403")), 403


@bp.errorhandler(404)
def _not_found(_error):
    return render_template("dashboard/error.html", code=404, message=t("dash.error.404")), 404


@bp.context_processor
def _helpers():
    return {
        "t": t,
        "when": local_time,
        "day": local_day,
        "label": label,
        "lang": language(),
        "member": g.get("member"),
    }


def register(app: Flask, local_mode: bool) -> None:
    """Attach the dashboard: secure session cookies, CSRF on its forms, its routes."""
    app.config.update(
        SESSION_COOKIE_SECURE=not (local_mode or app.testing),
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        PERMANENT_SESSION_LIFETIME=timedelta(hours=8),
        # The dashboard checks its own forms (before_request above); other blueprints,
        # such as the LINE webhook, are signed differently and are not CSRF-checked.
        WTF_CSRF_CHECK_DEFAULT=False,
        WTF_CSRF_TIME_LIMIT=None,
    )
    csrf.init_app(app)
    # Pages show every date through the one formatter: {{ ticket.submitted_at|when }}.
    app.add_template_filter(local_time, "when")
    app.add_template_filter(local_day, "day")
    from bot.dashboard import (  # noqa: F401
        actions,
        auth,
        campaigns,
        export,
        figures,
        forums,
        outbox,
        oversight,
        referrals,
        tickets,
    )
    from bot.http import webhook

    csrf.exempt(webhook.bp)
    app.register_blueprint(bp)
