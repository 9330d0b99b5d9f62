"""The dashboard blueprint: CSRF, a unit of work per request, the member, page helpers."""

from __future__ import annotations

import re
from datetime import date, datetime

from flask import Blueprint, current_app, g, render_template, request, session
from flask_wtf.csrf import CSRFError, CSRFProtect

from bot.i18n import catalogue
from handlers.directory import sessions
from handlers.patterns import officials
from handlers.thai.dates import format_date, format_datetime, format_occurred
from storage import public_handles

bp = Blueprint(
    "dashboard",
    __name__,
    url_prefix="/committee",
    template_folder="templates",
    static_folder="static",
    static_url_path="/static",
)
csrf = CSRFProtect()
# What a session opened with a link made at the command line may still post: these change
# the browser's own session, not a record. Every other form is refused it (`_shell_reads`).
SESSION_ONLY = frozenset({"dashboard.login", "dashboard.logout", "dashboard.choose_language"})
READS = frozenset({"GET", "HEAD", "OPTIONS"})

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


def occurred(ticket, said: str | None = None) -> str:
    """When the ticket says it happened, as loosely as it was said (or as `said`: the words as
    the member reads them, `masking.TYPED`), in the member's language."""
    told = ticket.occurred_text if said is None else said
    return format_occurred(ticket.occurred_on, told, language()) or "–"


def label(prefix: str, key: str) -> str:
    """The catalogue's text for prefix+key, or the key itself when there is none."""
    full = prefix + (key or "")
    return catalogue.text(language(), full) if catalogue.has(language(), full) else key


_THAI_LETTER = re.compile(r"[\u0e01-\u0e4e]")


def said_in_thai(value: str | None) -> str:
    """An official as typed, with the role in Thai beside it when it was typed in English
    ("the mayor (นายก)"), so the Thai page reads in Thai; else as typed."""
    if not value or language() != "th" or _THAI_LETTER.search(value):
        return value or "–"
    key = f"dash.official.{officials.read(value).role}"
    return f"{value} ({catalogue.text('th', key)})" if catalogue.has("th", key) else value


@bp.before_request
def _open_unit_of_work():
    if request.endpoint == "dashboard.static":
        return
    if request.method == "POST":
        csrf.protect()
    g.uow = services().uow().__enter__()
    load_member()
    return _shell_reads()


def _shell_reads():
    """A session opened with a link made at the command line reads, and changes nothing:
    one person with a shell is never two pairs of eyes, nor a member acting unseen. The one
    rule for every dashboard form, so a route added later cannot forget it."""
    if g.from_shell and request.method not in READS and request.endpoint not in SESSION_ONLY:
        return shell_refused()
    return None


def shell_refused():
    """The page a session opened from the command line (or whose member's row does not fit
    its seal) gets when it tries to change anything."""
    key = "dash.unfit_session.refused" if g.get("record_unfit") else "dash.shell_session.refused"
    return render_template("dashboard/error.html", code=403, message=t(key)), 403


def load_member() -> None:
    """Put the member of a live server-side session on `g`; an ended, expired or removed
    member's session is cleared."""
    g.member, g.from_shell, g.record_unfit = None, False, False
    token = session.get("sid")
    if token is None:
        return
    live = sessions.live(g.uow, token)
    if live is None:
        lang = session.get("lang")
        session.clear()
        if lang:
            session["lang"] = lang
        return
    session["role"] = live.member.role  # the database, not the cookie, decides what they may do
    g.member, g.from_shell, g.record_unfit = live.member, live.from_shell, live.unfit


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
        "said_in_thai": said_in_thai,
        "lang": language(),
        "member": g.get("member"),
        "from_shell": g.get("from_shell", False),
        "record_unfit": g.get("record_unfit", False),
        "handle": _handle,
    }


def _handle(kind: str, row_id: int) -> int:
    """The opaque handle a page shows for a row id (storage/public_handles.py)."""
    return public_handles.handle(g.uow.vault, kind, row_id)
