"""Public pages, no sign-in: the transparency page, its open data, and `/status`.

Thai first (`?lang=en` for English); the same security headers as the dashboard; nothing on
these pages reads or shows who complained.
"""

from __future__ import annotations

from cachetools import TTLCache
from flask import Flask

# Each page module adds its routes to the blueprint; the list of them is this one.
from bot.public import status, transparency  # noqa: F401
from bot.public.blueprint import CACHE, bp


def register(app: Flask, cache_seconds: int) -> None:
    """Attach the public pages, with a cache of the figures that lives `cache_seconds`."""
    app.extensions[CACHE] = TTLCache(maxsize=4, ttl=max(cache_seconds, 0))
    app.register_blueprint(bp)
