"""The Procfile's own `web` line, two workers: /metrics counts the webhooks both workers
saw, and everything the process writes to its log is JSON lines."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import requests
from prometheus_client.parser import text_string_to_metric_families

from tests.conftest import TEST_KEYS
from tests.e2e.conftest import SECRET, TOKEN, gunicorn
from tests.factories import follow_event, sign, webhook_body
from tests.paths import ROOT

METRICS_TOKEN = "e2e-metrics-token"


def procfile_line(kind: str) -> str:
    """The command of one process type in the shipped Procfile."""
    for line in (ROOT / "Procfile").read_text().splitlines():
        name, _, command = line.partition(":")
        if name.strip() == kind:
            return command.strip()
    raise AssertionError(f"no {kind} line in the Procfile")


def test_procfile_web_counts_webhooks_and_logs_json(module_line_api, tmp_path: Path):
    venv_bin = str(Path(sys.executable).parent)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LINE_", "SUJARIT_"))}
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)  # production does not set it: gunicorn.conf.py does
    env.update(
        PATH=f"{venv_bin}{os.pathsep}{env.get('PATH', '')}",
        PYTHONPATH=str(ROOT),
        DATABASE_URL=f"sqlite:///{tmp_path / 'web.db'}",
        LINE_CHANNEL_SECRET=SECRET,
        LINE_CHANNEL_ACCESS_TOKEN=TOKEN,
        LINE_API_BASE_URL=module_line_api.base_url,
        LINE_DATA_API_BASE_URL=module_line_api.base_url,
        SECRET_KEY="e2e-secret-key",
        EVIDENCE_DIR=str(tmp_path / "evidence"),
        PUBLIC_BASE_URL="https://sujarit.example.org",
        METRICS_TOKEN=METRICS_TOKEN,
        WEB_HOST="127.0.0.1",
        WEB_CONCURRENCY="2",
        HOME=str(tmp_path),  # gunicorn's control socket (~/.gunicorn) stays this test's own
        **TEST_KEYS,
    )
    subprocess.run(
        ["flask", "--app", "bot", "db", "upgrade"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    # The working directory holds the shipped gunicorn.conf.py, as a release's root would,
    # so the default metrics directory (instance/metrics) lands in this test's own folder.
    (tmp_path / "gunicorn.conf.py").symlink_to(ROOT / "gunicorn.conf.py")
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
