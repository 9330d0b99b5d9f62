"""`/privacy`: the full privacy notice (Thai and English), and one-time data downloads."""

from __future__ import annotations

import json

from flask import Blueprint, Response, current_app, render_template, request

from bot.i18n import catalogue
from handlers.privacy.notice import NOTICE_VERSION
from storage import privacy
from storage.privacy_export import export_data

bp = Blueprint("privacy", __name__, template_folder="templates")
NO_STORE = {"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"}
SECTIONS = ("controller", "purposes", "collected", "who", "transfers", "retention", "rights")


def _language() -> str:
    asked = request.args.get("lang", "")
    if asked in catalogue.LANGUAGES:
        return asked
    return request.accept_languages.best_match(catalogue.LANGUAGES, catalogue.DEFAULT_LANGUAGE)


@bp.get("/privacy")
def notice():
    """The notice the chat links to; public, no sign-in."""
    config = current_app.extensions["sujarit"].config
    language = _language()

    def t(key: str, **params) -> str:
        return catalogue.text(language, key, **params)

    params = {
        "controller": {
            "controller": config.privacy_controller,
            "contact": config.privacy_contact or t("privacy.page.no_contact"),
        },
        "retention": {
            "draft_days": config.retention_draft_days,
            "evidence_days": config.retention_evidence_days,
            "identity_days": config.retention_identity_days,
            "audit_days": config.retention_audit_days,
        },
    }
    sections = [
        (t(f"privacy.page.{name}.title"), t(f"privacy.page.{name}", **params.get(name, {})))
        for name in SECTIONS
    ]
    other = "en" if language == "th" else "th"
    return render_template(
        "privacy/notice.html",
        lang=language,
        t=t,
        sections=sections,
        version=NOTICE_VERSION,
        other=other,
    )


def _page(language: str, key: str, status: int = 200, token: str | None = None):
    def t(name: str, **params) -> str:
        return catalogue.text(language, name, **params)

    page = render_template("privacy/export.html", lang=language, t=t, key=key, token=token)
    return Response(page, status, headers=NO_STORE)


@bp.get("/privacy/export/<token>")
def export_page(token: str):
    """The page behind the link: a button to download. Opening it uses nothing up, so a
    link preview or a scanner that fetches the link cannot spend the one-time token."""
    services = current_app.extensions["sujarit"]
    with services.uow() as uow:
        usable = privacy.export_link_usable(uow, token)
    if not usable:
        return _page(_language(), "privacy.export.gone", 410)
    return _page(_language(), "privacy.export.ready", token=token)


@bp.post("/privacy/export/<token>")
def export(token: str):
    """A person's copy of their data, as a JSON file; the link works once, then is gone."""
    services = current_app.extensions["sujarit"]
    with services.uow() as uow:
        user = privacy.redeem_export_link(uow, token)
        if user is None:
            return _page(_language(), "privacy.export.gone", 410)
        data = export_data(uow, user)
        privacy.log_request(uow, "export", {"tickets": len(data["tickets"])})
        uow.commit()
    body = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    day = data["exported_at"][:10].replace("-", "")
    disposition = f'attachment; filename="sujarit-my-data-{day}.json"'
    return Response(
        body, mimetype="application/json", headers={"Content-Disposition": disposition, **NO_STORE}
    )
