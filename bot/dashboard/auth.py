"""Signing in through one-time links from LINE, signing out, and who may open which page."""

from __future__ import annotations

from functools import wraps

from flask import abort, g, redirect, render_template, request, session, url_for

from bot.dashboard.blueprint import bp, t
from bot.http.sources import web_source
from bot.i18n import catalogue
from handlers import throttles
from handlers.directory import sessions
from handlers.directory.access import REVIEW_ROLES
from handlers.directory.grants import CONFIRMING_ROLES, counts_as
from handlers.directory.members import use_login_token
from storage.models import Member

ORGANIZER_ROLES = frozenset({"organizer", "admin"})


def member_required(*roles: str):
    """Only signed-in members (with one of `roles`, when given) may open the view. An act (not
    a GET) only confirming roles may do needs a role that counts (`grants.counts_as`): a chair
    the shell made, vouched for by nobody, looks but does not act as a chair."""

    def decorate(view):
        @wraps(view)
        def guarded(*args, **kwargs):
            member = g.get("member")
            if member is None:
                return redirect(url_for("dashboard.signed_out"))
            if roles and member.role not in roles:
                abort(403)
            acting = roles and request.method != "GET" and set(roles) <= set(CONFIRMING_ROLES)
            if acting and not counts_as(g.uow, member, roles):
                abort(403)
            return view(*args, **kwargs)

        return guarded

    return decorate


def home_for(member: Member) -> str:
    """Where a member lands: the tickets for the committee, delivery for organizers."""
    if member.role in REVIEW_ROLES:
        return url_for("dashboard.ticket_list")
    return url_for("dashboard.outbox_page")


@bp.get("/")
@member_required()
def home():
    """The dashboard's front door."""
    return redirect(home_for(g.member))


@bp.get("/login/<token>")
def login_page(token: str):
    """Ask for a tap before using the link, so that link previews do not use it up."""
    return render_template("dashboard/login.html", token=token)


@bp.post("/login/<token>")
def login(token: str):
    """Use a one-time link: a new session for its member, or a refusal (throttled)."""
    subject = web_source()
    # The link is checked before the source's count: others' misses from a shared address
    # (an office behind one NAT) never block a member's real link.
    heard = throttles.allowed(g.uow, "login_use", subject)
    used = use_login_token(g.uow, token, request.headers.get("User-Agent", ""), heard)
    if used is None and not heard:
        return render_template(
            "dashboard/error.html", code=429, message=t("dash.login.refused")
        ), 429
    if used is None:
        throttles.spend(g.uow, "login_use", subject)
        g.uow.commit()
        return render_template(
            "dashboard/error.html", code=403, message=t("dash.login.refused")
        ), 403
    member = used.member
    token = sessions.start(g.uow, member, from_shell=used.from_shell)
    g.uow.commit()
    lang = session.get("lang")
    session.clear()  # a fresh session (and CSRF token) for the signed-in member
    session.permanent = True
    session.update(sid=token, role=member.role)
    if lang:
        session["lang"] = lang
    return redirect(home_for(member), code=303)


@bp.post("/logout")
def logout():
    """End the session, on the server too (a copied cookie no longer works)."""
    sessions.end(g.uow, session.get("sid"), "logout")
    g.uow.commit()
    session.clear()
    return redirect(url_for("dashboard.signed_out"), code=303)


@bp.get("/signed-out")
def signed_out():
    """Tell someone without a session how to get a link."""
    return render_template("dashboard/signed_out.html")


@bp.post("/language")
def choose_language():
    """Switch the dashboard between Thai and English."""
    chosen = request.form.get("lang", "")
    if chosen in catalogue.LANGUAGES:
        session["lang"] = chosen
    target = request.form.get("next", "")
    if not target.startswith("/committee") or target.startswith("//"):
        target = url_for("dashboard.signed_out")
    return redirect(target, code=303)
