"""`GET /healthz`: 200 when the database answers, 503 when it does not."""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz():
    """Liveness and database reachability, for load balancers and operators."""
    services = current_app.extensions["sujarit"]
    try:
        with services.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except SQLAlchemyError:
        return jsonify({"status": "unavailable", "database": "down"}), 503
    mode = "local" if services.config.local_mode else "line"
    return jsonify({"status": "ok", "database": "ok", "mode": mode})
