"""Six typed villagers of issue 16's failure kinds: each files in at most 16 typed messages, at
most 1 refused, the ticket holds what they meant field by field, asides are answered and never
stored, and the story keeps neither the greeting, the introduction nor the closing thanks."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from storage.models import Ticket
from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.integration.handlers.complaint.conversation_shapes import NOT_THE_STORY, VILLAGERS
from tests.integration.handlers.complaint.test_heldout_personas import (
    test_heldout_villager_files_what_they_meant as files_what_they_meant,
)

# Villagers' conversations do not depend on the database kind: run once, on SQLite.
pytestmark = ONE_DATABASE

# Villagers the conversation does not serve yet (non-strict: XPASS says the line can go).
NOT_YET: dict[str, str] = {}


@pytest.fixture
def clock():
    """Saturday 5 December 2026 (BE 2569), ten in the morning in Buriram."""
    return Clock(datetime(2026, 12, 5, 3, 0, tzinfo=UTC))


@pytest.mark.parametrize(
    "key",
    [
        pytest.param(
            key,
            id=key,
            marks=[pytest.mark.xfail(strict=False, reason=NOT_YET[key])] if key in NOT_YET else [],
        )
        for key in VILLAGERS
    ],
)
def test_villager_files_what_they_meant(key, chat, services, clock):
    files_what_they_meant(VILLAGERS[key], chat, services, clock)
    with services.uow() as uow:
        story = uow.session.scalar(select(Ticket.description)) or ""
    kept = [words for words in NOT_THE_STORY.get(key, ()) if words in story]
    assert not kept, f"the story keeps what was not the story: {kept} in {story!r}"
