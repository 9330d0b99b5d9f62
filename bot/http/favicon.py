"""`GET /favicon.ico`: the small icon browsers ask every page of the site for (the dashboard,
the public pages, the simulator), so that it is shown instead of a 404 in the logs."""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint, send_from_directory

bp = Blueprint("favicon", __name__)
STATIC = Path(__file__).parent / "static"
A_WEEK = 7 * 24 * 3600  # seconds: browsers keep it, it seldom changes


@bp.get("/favicon.ico")
def favicon():
    """The site's icon: a chat bubble with a tick, in the dashboard's colour."""
    return send_from_directory(
        STATIC, "favicon.ico", mimetype="image/vnd.microsoft.icon", max_age=A_WEEK
    )
