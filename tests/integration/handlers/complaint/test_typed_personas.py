"""Villagers who never tap a button each file a complaint in at most 20 messages."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from storage.models import Ticket
from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.personas import PERSONAS, run_persona

# Villagers' conversations do not depend on the database kind: run once, on SQLite.
pytestmark = ONE_DATABASE

MAX_MESSAGES = 20


@pytest.fixture
def clock():
    """Mid-May 2026 (BE 2569), ten in the morning in Buriram: after Songkran."""
    return Clock(datetime(2026, 5, 20, 3, 0, tzinfo=UTC))


@pytest.mark.parametrize("persona", PERSONAS, ids=[p.name for p in PERSONAS])
def test_typed_only_persona_files_a_complaint(persona, chat, services, clock, gateway):
    result = run_persona(persona, chat, services, clock)
    print(
        f"\nPERSONA {persona.name}: sent={result.sent} refused={result.refused} "
        f"filed={result.filed} stuck_at={result.stuck_at} {result.refusals}"
    )
    assert result.filed, f"{persona.name} gave up at {result.stuck_at}"
    assert result.sent <= MAX_MESSAGES
    with services.uow() as uow:
        ticket = uow.session.scalars(
            select(Ticket).where(Ticket.reference == result.reference)
        ).one()
        assert ticket.status == "submitted"
    said = texts([m for call in gateway.sent for m in call["messages"]])
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", said)  # every date a Thai date
