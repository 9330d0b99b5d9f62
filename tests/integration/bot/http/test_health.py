"""The health check operators rely on, and the webhook when the database is out of reach."""

from __future__ import annotations

from bot import create_app
from tests.conftest import make_env
from tests.factories import sign, text_event, webhook_body


def test_healthz_answers_ok_with_json_when_the_database_answers(sqlite_url, tmp_path):
    app = create_app({"ENV": make_env(sqlite_url, tmp_path)})
    response = app.test_client().get("/healthz")
    assert response.status_code == 200
    assert response.json == {"status": "ok", "database": "ok", "mode": "line"}


def test_healthz_answers_503_when_the_database_is_unreachable(tmp_path):
    env = make_env("postgresql://postgres@127.0.0.1:1/sujarit", tmp_path)
    app = create_app({"ENV": env})
    response = app.test_client().get("/healthz")
    assert response.status_code == 503
    assert response.json["status"] == "unavailable"


def test_webhook_asks_line_to_deliver_again_when_the_database_is_unreachable(tmp_path):
    env = make_env("postgresql://postgres@127.0.0.1:1/sujarit", tmp_path)
    app = create_app({"ENV": env})
    body = webhook_body(text_event("ร้องเรียน"))
    response = app.test_client().post(
        "/callback",
        data=body,
        content_type="application/json",
        headers={"X-Line-Signature": sign(body, env["LINE_CHANNEL_SECRET"])},
    )
    # Not 200: LINE would count the event as delivered and it would be lost.
    assert response.status_code == 503
