"""The Procfile's own `web` line, two workers: /metrics counts the webhooks both workers
saw, and everything the process writes to its log is JSON lines."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
import requests
from prometheus_client.parser import text_string_to_metric_families

from tests.conftest import migrated_sqlite
from tests.e2e.conftest import SECRET, gunicorn, procfile_env, procfile_line, release_folder
from tests.factories import follow_event, sign, webhook_body

METRICS_TOKEN = "e2e-metrics-token"
pytestmark = pytest.mark.long(seconds=15)


def test_procfile_web_counts_webhooks_and_logs_json(
    module_line_api, sqlite_template, tmp_path: Path
):
    # The session's migrated database, copied: the Procfile's release line (a `flask` process
    # of its own, ~2 s of CPU) is run and checked by test_several_hosts.py.
    env = procfile_env(
        tmp_path,
        module_line_api.base_url,
        DATABASE_URL=migrated_sqlite(sqlite_template, tmp_path),
        METRICS_TOKEN=METRICS_TOKEN,
        WEB_CONCURRENCY="2",
    )
    release_folder(tmp_path)
    log = tmp_path / "web.log"
    with gunicorn(env, log, shell_line=procfile_line("web"), cwd=tmp_path) as base_url:
        for _ in range(6):
            body = webhook_body(follow_event("U" + uuid.uuid4().hex))
            headers = {"X-Line-Signature": sign(body, SECRET), "Content-Type": "application/json"}
            response = requests.post(f"{base_url}/callback", data=body, headers=headers, timeout=10)
            assert response.status_code == 200
        assert requests.get(f"{base_url}/metrics", timeout=10).status_code == 401
        scrape = requests.get(
            f"{base_url}/metrics", headers={"Authorization": f"Bearer {METRICS_TOKEN}"}, timeout=10
        )
        assert scrape.status_code == 200
    follows = [
        sample.value
        for family in text_string_to_metric_families(scrape.text)
        for sample in family.samples
        if sample.name == "sujarit_webhook_events_total" and sample.labels == {"type": "follow"}
    ]
    assert follows == [6.0]
    lines = log.read_text(errors="replace").splitlines()
    assert any("Booting worker" in json.loads(line)["message"] for line in lines)
    for line in lines:
        assert isinstance(json.loads(line), dict), line
