"""`POST /callback`: verify, parse, dedupe, dispatch, answer — sending happens after."""

from __future__ import annotations

import json
import logging
import time
from datetime import timedelta

from flask import Blueprint, current_app, jsonify, request
from flask.sessions import SecureCookieSessionInterface

from bot.http.inbound import DatabaseUnavailable, process_body
from bot.http.webhook_body import NotAWebhook, read_events
from bot.metrics import observe_webhook

bp = Blueprint("webhook", __name__)
log = logging.getLogger(__name__)
MAX_BODY = 1024 * 1024
PATH = "/callback"


class SessionInterface(SecureCookieSessionInterface):
    """Flask's signed-cookie sessions (the dashboard's sign-in), but none for LINE's webhook:
    LINE sends no cookie and keeps none, and opening one (a signing serializer made at every
    request) was about 3% of a text step's Python calls. The webhook reads an empty session
    and cannot write one."""

    def open_session(self, app, request):
        if request.path == PATH:
            return None  # Flask's null session
        return super().open_session(app, request)


def _refuse(status: int, reason: str):
    return jsonify({"error": reason}), status


@bp.post(PATH)
def callback():
    """LINE's webhook. Nothing is read or written before the signature checks out."""
    # Imported at the first webhook: CLI and scheduler processes never load the SDK for it.
    from linebot.v3.webhook import SignatureValidator

    services = current_app.extensions["sujarit"]
    if (request.content_length or 0) > MAX_BODY:
        return _refuse(413, "body too large")
    body = request.get_data(cache=False)
    if len(body) > MAX_BODY:
        return _refuse(413, "body too large")
    signature = request.headers.get("X-Line-Signature", "")
    text = body.decode("utf-8", "replace")
    if not signature or not SignatureValidator(services.channel_secret).validate(text, signature):
        return _refuse(400, "invalid signature")
    try:
        events = read_events(text)
    except NotAWebhook:
        return _refuse(400, "body is not a LINE webhook")
    started = time.perf_counter()
    try:
        max_age = timedelta(days=services.config.retention_event_days)
        outcome = process_body(services.uow, events, max_age)
    except DatabaseUnavailable:
        log.warning("webhook: database unavailable", extra={"events": len(events)})
        return _refuse(503, "database unavailable, deliver again later")
    seconds = time.perf_counter() - started
    observe_webhook(events, outcome, seconds)
    log.info(
        "webhook",
        extra={
            "events": len(events),
            "handled": outcome.handled,
            "duplicates": outcome.duplicates,
            "failed": outcome.failed,
            "stale": outcome.stale,
            "ms": round(seconds * 1000, 1),
        },
    )
    # The answer's JSON written directly: jsonify's provider look-ups cost more than the dumps.
    answer = {
        "handled": outcome.handled,
        "duplicates": outcome.duplicates,
        "failed": outcome.failed,
    }
    written = json.dumps(answer, separators=(",", ":")) + "\n"
    response = current_app.response_class(written, mimetype="application/json")
    # Deliver after the answer is on its way: LINE wants it within 2 seconds. The sender
    # threads send, so this worker does not wait for LINE's round trip. Evidence is never
    # downloaded here: the `evidence` job does it, so no worker waits on a slow file.
    response.call_on_close(lambda: services.sending.submit(outcome.replies, outcome.outbox_ids))
    return response


def after_webhook(services, outcome) -> None:
    """Send this request's replies and pushes now (a replay); the jobs retry what fails."""
    if outcome.replies:
        services.sender.send_ready(outcome.replies)
    services.sender.send_committed(outcome.outbox_ids)
