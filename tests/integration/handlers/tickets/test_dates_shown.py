"""Every place a date is shown uses the one formatter: Buddhist era and Thai months in Thai,
on Buriram's clock — the citizen's ticket card, the dashboard, the exports and the CLI."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.clock import Clock
from tests.dashboard_login import sign_in
from tests.factories import add_member, submitted, texts

FILED = datetime(2026, 3, 10, 17, 30, tzinfo=UTC)  # 11 March, 00:30 in Buriram


@pytest.fixture
def clock():
    return Clock(FILED)


@pytest.fixture
def reference(chat):
    return submitted(chat).reference  # says the complaint happened "14 มี.ค. 2568"


def test_the_citizens_ticket_card_shows_thai_dates(chat, reference):
    card = texts(chat.tap("menu=track"))
    assert "11 มี.ค. 2569" in card and "11 มี.ค. 2569 00:30" in card
    assert "2026-03" not in card

    chat.say("English")
    assert "11 Mar 2026 00:30" in texts(chat.tap("menu=track"))


def test_the_dashboard_export_and_cli_show_the_same_dates(app, services, runner, reference):
    client = app.test_client()
    sign_in(client, services, add_member(services, "chair"))

    page = client.get(f"/committee/tickets/{reference}").get_data(as_text=True)
    assert "11 มี.ค. 2569 00:30" in page and "14 มี.ค. 2568" in page
    listing = client.get("/committee/tickets").get_data(as_text=True)
    assert "11 มี.ค. 2569 00:30" in listing
    exported = client.get("/committee/tickets/export.csv").get_data(as_text=True)
    assert "11 มี.ค. 2569 00:30" in exported and "14 มี.ค. 2568" in exported
    shown = runner.invoke(args=["tickets", "show", reference]).output
    assert "11 มี.ค. 2569 00:30" in shown and "14 มี.ค. 2568" in shown
