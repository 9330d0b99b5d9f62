"""`GET /metrics`: Prometheus text, behind METRICS_TOKEN when it is set."""

from __future__ import annotations

import hmac

from flask import Blueprint, Response, current_app, request
from prometheus_client import CONTENT_TYPE_LATEST

from bot.metrics import exposition

bp = Blueprint("metrics", __name__)


def _allowed(token: str) -> bool:
    if not token:
        return True
    given = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
    return hmac.compare_digest(given.encode(), token.encode())


@bp.get("/metrics")
def metrics():
    """Webhook, outbox, job, evidence and campaign figures; no personal data."""
    services = current_app.extensions["sujarit"]
    if not _allowed(services.config.metrics_token):
        return Response("metrics need the bearer token\n", 401, {"WWW-Authenticate": "Bearer"})
    return Response(exposition(services), mimetype=CONTENT_TYPE_LATEST)
