"""`/metrics`: Prometheus text with webhook, outbox, job, evidence and campaign figures."""

from __future__ import annotations

import pytest
from prometheus_client.parser import text_string_to_metric_families

from bot import create_app
from bot.jobs.runner import run_recorded
from tests.conftest import make_env
from tests.factories import media_event


def samples(client, **headers) -> dict:
    response = client.get("/metrics", headers=headers)
    assert response.status_code == 200, response.data
    found = {}
    for family in text_string_to_metric_families(response.get_data(as_text=True)):
        for sample in family.samples:
            found[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return found


def test_figures_follow_what_happens(chat, client, services, runner):
    before = samples(client)
    chat.follow()
    chat.tap("menu=complain")
    chat.tap("a=consent:yes")
    chat.post(media_event("image", chat.user_id))
    run_recorded(services, "evidence", "cli")  # downloads happen in the job, not the webhook
    run_recorded(services, "retention", "cli")

    after = samples(client)
    follow = ("sujarit_webhook_events_total", (("type", "follow"),))
    assert after[follow] == before.get(follow, 0) + 1
    handled = ("sujarit_webhook_outcomes_total", (("outcome", "handled"),))
    assert after[handled] - before.get(handled, 0) == 4
    assert (
        after[("sujarit_webhook_seconds_count", ())]
        - before.get(("sujarit_webhook_seconds_count", ()), 0)
        == 4
    )
    # The fake LINE has no content for it: the download found it gone.
    assert after[("sujarit_evidence_files", (("status", "gone"),))] == 1
    assert after[("sujarit_job_runs", (("job", "retention"), ("status", "ok")))] == 1
    assert ("sujarit_job_last_success_timestamp_seconds", (("job", "retention"),)) in after
    assert after[("sujarit_outbox_dead_letters", ())] == 0
    assert after[("sujarit_campaign_recipients_total", ())] == 0


@pytest.fixture
def guarded(sqlite_url, tmp_path):
    app = create_app({"ENV": make_env(sqlite_url, tmp_path, METRICS_TOKEN="s3cret-metrics")})
    yield app.test_client()
    app.extensions["sujarit"].engine.dispose()


def test_token_protects_metrics(guarded):
    assert guarded.get("/metrics").status_code == 401
    assert guarded.get("/metrics", headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert samples(guarded, Authorization="Bearer s3cret-metrics")
