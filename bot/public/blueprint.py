"""The public pages' blueprint: language, security headers, the figures' cache."""

from __future__ import annotations

from cachetools import TTLCache
from flask import Blueprint, current_app, request

from bot.dashboard.blueprint import SECURITY_HEADERS
from bot.i18n import catalogue

bp = Blueprint("public", __name__, template_folder="templates")
CACHE = "sujarit.transparency_cache"


def services():
    """The process's services."""
    return current_app.extensions["sujarit"]


def language() -> str:
    """Thai unless the reader asked for English."""
    lang = request.values.get("lang", catalogue.DEFAULT_LANGUAGE)
    return lang if lang in catalogue.LANGUAGES else catalogue.DEFAULT_LANGUAGE


def t(key: str, **params) -> str:
    """A public text in the reader's language."""
    return catalogue.text(language(), key, **params)


def cache() -> TTLCache:
    """This app's short-lived cache of the public figures."""
    return current_app.extensions[CACHE]


@bp.after_request
def _headers(response):
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


@bp.context_processor
def _helpers():
    return {"t": t, "lang": language()}
