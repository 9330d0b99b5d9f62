"""Public pages, no sign-in: the transparency page, its open data, and `/status`.

Thai first (`?lang=en` for English); the same security headers as the dashboard; nothing on
these pages reads or shows who complained.
"""

from __future__ import annotations

from cachetools import TTLCache
from flask import Blueprint, Flask, current_app, request

from bot.dashboard import SECURITY_HEADERS
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


def register(app: Flask, cache_seconds: int) -> None:
    """Attach the public pages, with a cache of the figures that lives `cache_seconds`."""
    app.extensions[CACHE] = TTLCache(maxsize=4, ttl=max(cache_seconds, 0))
    from bot.public import status, transparency  # noqa: F401

    app.register_blueprint(bp)
