"""Under gunicorn's two workers, every scrape of /metrics tells the same story, and the
server's log lines are JSON without anyone's identity or words."""

from __future__ import annotations

import json
import uuid

import requests
from prometheus_client.parser import text_string_to_metric_families

from tests.e2e.conftest import HttpChat
from tests.factories import follow_event, postback_event, text_event, webhook_body


def follows(server) -> float:
    response = requests.get(f"{server.base_url}/metrics", timeout=10)
    assert response.status_code == 200
    for family in text_string_to_metric_families(response.text):
        for sample in family.samples:
            if sample.name == "sujarit_webhook_events_total" and sample.labels == {
                "type": "follow"
            }:
                return sample.value
    return 0.0


def test_every_worker_reports_every_request(server):
    before = follows(server)
    for _ in range(6):
        assert server.post(webhook_body(follow_event("U" + uuid.uuid4().hex))).status_code == 200
    # Whichever worker answers a scrape, it counts what both workers saw.
    assert {follows(server) - before for _ in range(8)} == {6}


def test_server_log_is_json_lines_without_identity(server, module_line_api):
    user = "U" + uuid.uuid4().hex
    chat = HttpChat(server, module_line_api, user)
    chat.exchange(follow_event(user))
    for data in ("menu=complain", "a=consent:yes", "a=kind:procurement"):
        chat.exchange(postback_event(data, user))
    chat.exchange(text_event("อบต.หนองโบสถ์ แจ้งโดย สมหญิง 0812345678", user))
    log = server.log.read_text(errors="replace")
    ours = [json.loads(line) for line in log.splitlines() if line.startswith("{")]
    assert any(record.get("message") == "webhook" for record in ours)
    for secret in (user, "สมหญิง", "0812345678", "หนองโบสถ์"):
        assert secret not in log
