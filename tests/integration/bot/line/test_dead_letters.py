"""Dead letters: after OUTBOX_MAX_ATTEMPTS failures a message is dead, listed, and resendable."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import time_machine

from bot import create_app
from handlers.replies import Say, to_json
from storage import outbox
from storage.models import OutboxMessage
from tests.conftest import make_env
from tests.factories import line_id
from tests.shared_engines import release

START = datetime(2026, 3, 10, 1, 0, tzinfo=UTC)


@pytest.fixture
def line_app(database_url, tmp_path, line_api):
    """The app with the real SDK gateway on the fake LINE API; three attempts before dead."""
    env = make_env(
        database_url,
        tmp_path,
        LINE_API_BASE_URL=line_api.base_url,
        LINE_DATA_API_BASE_URL=line_api.base_url,
        OUTBOX_MAX_ATTEMPTS="3",
    )
    application = create_app({"ENV": env, "TESTING": True})
    yield application
    release(application.extensions["sujarit"].engine)


def queue_push(services) -> str:
    """Queue a push left for the sender (not sent at commit); return the row id."""
    with services.uow(after_commit=False) as uow:
        row = outbox.enqueue(uow, "push", to_json([Say("drafts.start_again")]), recipient=line_id())
        uow.session.flush()
        uow.commit()
        return row.id


def status_of(services, row_id):
    with services.uow() as uow:
        row = uow.session.get(OutboxMessage, row_id)
        return row.status, row.attempts


def test_a_message_failing_every_time_goes_dead_is_listed_and_resent(line_app, line_api):
    services = line_app.extensions["sujarit"]
    runner = line_app.test_cli_runner()
    with time_machine.travel(START, tick=False) as traveller:
        row_id = queue_push(services)
        line_api.fail_next("/push", 503, times=3)
        for _ in range(3):
            services.sender.send_due()
            traveller.shift(timedelta(hours=2))  # past any back-off
        assert status_of(services, row_id) == ("dead", 3)
        services.sender.send_due()
        assert len(line_api.calls_to("/push")) == 3  # a dead letter is not retried

        listed = runner.invoke(args=["outbox", "list", "--status", "dead"])
        assert row_id in listed.output and "503" in listed.output
        assert runner.invoke(args=["outbox", "list", "--status", "sent"]).output.startswith("no ")

        resent = runner.invoke(args=["outbox", "resend", row_id])
        assert resent.exit_code == 0, resent.output
        assert status_of(services, row_id) == ("sent", 0)  # the command sends it at once
        assert services.sender.send_due() == {}

    keys = [c.headers.get("X-Line-Retry-Key") for c in line_api.calls_to("/push")]
    assert keys == [row_id] * 4  # the same row and retry key throughout
    assert len(line_api.sent_calls()) == 1


def test_only_a_dead_message_can_be_resent(line_app, line_api):
    services = line_app.extensions["sujarit"]
    runner = line_app.test_cli_runner()
    row_id = queue_push(services)

    pending = runner.invoke(args=["outbox", "resend", row_id])
    unknown = runner.invoke(args=["outbox", "resend", "no-such-id"])

    assert pending.exit_code != 0 and "not dead" in pending.output
    assert unknown.exit_code != 0 and "no outbox message" in unknown.output
