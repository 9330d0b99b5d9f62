"""What walk19's chair met on a ticket page (issue 16, fixW19b): a story told as a voice message
is said in Thai words on the timeline, never as the raw key "told_by" with "audio"."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from storage import tickets
from tests.clock import Clock
from tests.factories import NOW, add_ticket
from tests.integration.bot.dashboard.test_tickets_pages import signed_in


@pytest.fixture
def clock():
    """A fixed clock (the app and the test data agree on now)."""
    return Clock(NOW)


def test_a_story_told_by_voice_is_said_in_thai_on_the_timeline(app, services):
    reference = add_ticket(services)
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, reference)
        tickets.add_timeline(uow, ticket, "told_by", "complainant", "audio")
        uow.commit()
    chair, _ = signed_in(app, services, "chair")
    page = chair.get(f"/committee/tickets/{reference}").get_data(as_text=True)
    timeline = BeautifulSoup(page, "html.parser").select_one("ol.timeline").get_text()
    assert "told_by" not in timeline and "audio" not in timeline, timeline
    assert "ข้อความเสียง" in timeline, timeline
