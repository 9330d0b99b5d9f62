"""Saved conversations (`tests.factories.reached`, `submitted`): a conversation played once
is copied into the next test's fresh database rather than played again, and what it filed
reads there as it did where it was played. A fresh app notes its own audit start (0050) with
its own time: two fresh databases must still compare alike, or nothing is ever copied in."""

from __future__ import annotations

import uuid

from bot import create_app
from tests.conftest import empty_pg, fresh_sqlite, make_env
from tests.factories import Chat, line_id, reached, submit
from tests.fakes.recording_gateway import RecordingGateway
from tests.integration.bot.public.test_status_page import look_up


def _chat(database_url: str, folder, gateway) -> Chat:
    env = make_env(database_url, folder)
    app = create_app({"ENV": env, "GATEWAY": gateway, "TESTING": True})
    return Chat(app.test_client(), gateway, line_id(), "test-channel-secret")


def test_a_filing_played_once_is_copied_into_the_next_fresh_database(
    request, database_url, tmp_path, monkeypatch
):
    key = ("saved-conversations-test", uuid.uuid4().hex)  # played here first, whatever ran before
    played = _chat(database_url, tmp_path / "first", RecordingGateway())
    filed = reached(played, key, lambda: submit(played))

    # The next test: a fresh database and a new app, as the fixtures make them.
    if database_url.startswith("sqlite"):
        database_url = fresh_sqlite(request.getfixturevalue("sqlite_template"))
    else:
        empty_pg(database_url)
    gateway = RecordingGateway()
    copied = _chat(database_url, tmp_path / "second", gateway)
    webhooks = []
    monkeypatch.setattr(Chat, "post", lambda chat, *events: webhooks.append(events))
    again = reached(copied, key, lambda: submit(copied))

    assert webhooks == [], "the filing was played through the chat again"
    assert (again.reference, again.tracking_code) == (filed.reference, filed.tracking_code)
    assert copied.user_id == played.user_id
    assert [call["kind"] for call in gateway.sent] and not gateway.violations
    # The villager looks the complaint up on the status page of the app it was copied into.
    found = look_up(copied.client, again.reference, again.tracking_code)
    assert found.status_code == 200 and again.reference in found.get_data(as_text=True)
