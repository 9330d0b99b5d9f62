"""The complaint past one account's day of filing is kept, and sent the next day by typing
"ส่ง" as well as by the button (handlers/throttles.py OWN_LIMITS; the held answer says so)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from handlers.throttles import OWN_LIMITS
from storage.models import Ticket
from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import file_complaint, submit, texts

# The count comes from the person's own tickets, read the same on both databases.
pytestmark = ONE_DATABASE


@pytest.fixture
def clock():
    """Sunday 6 December 2026, ten in the morning in Buriram."""
    return Clock(datetime(2026, 12, 6, 3, 0, tzinfo=UTC))


def _tickets(services) -> int:
    with services.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(Ticket))


def test_the_held_complaint_is_sent_the_next_day_by_typing_send(chat, services, clock):
    most = OWN_LIMITS["filing"].most
    for _ in range(most):
        submit(chat, anonymous=True)
    file_complaint(chat, anonymous=True)
    held = texts(chat.tap("a=summary:confirm"))
    assert "พิมพ์" in held and "ส่ง" in held, held  # says what to type, not only to tap
    assert _tickets(services) == most

    clock.advance(days=1, minutes=1)
    sent = texts(chat.say("ส่ง"))

    assert _tickets(services) == most + 1, sent
    assert "BRM-" in sent
