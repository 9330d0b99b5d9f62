"""Held-out villagers, round 24: each files in at most 16 typed messages, at most 1 refused,
the ticket holds what they meant field by field, asides are answered and never stored — the
checks of the first held-out people, applied to ten new ones, five of them sealed. A woman
threatened mid-filing files, then withdraws by typing: the withdrawal must go through and she
must be given the hotlines."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from storage.models import Ticket
from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.heldout_personas import SAFETY, play, withdraw
from tests.integration.handlers.complaint.heldout_personas_round24 import (
    DIAG,
    THREATENED_WITHDRAWER,
    VILLAGERS,
)
from tests.integration.handlers.complaint.test_heldout_personas import (
    held_out,
)
from tests.integration.handlers.complaint.test_heldout_personas import (
    test_heldout_villager_files_what_they_meant as files_what_they_meant,
)

# Held-out people the conversation does not yet serve (non-strict: the day one passes, the
# report shows XPASS and the line can go). Diag entries say what broke; sealed ones do not
# (the sealed five were not run by the tester, so all are listed: a pass shows as XPASS).
NOT_YET: dict[str, str] = {
    "cassava_trucker": "sealed",
    "health_station_nurse": "sealed",
    "list_sender": "sealed",
    "savings_group": "sealed",
    "young_couple": "sealed",
}


# Villagers' conversations do not depend on the database kind: run once, on SQLite.
pytestmark = ONE_DATABASE


@pytest.fixture
def clock():
    """Monday 7 December 2026 (BE 2569), ten in the morning in Buriram."""
    return Clock(datetime(2026, 12, 7, 3, 0, tzinfo=UTC))


@pytest.mark.parametrize(
    "villager",
    held_out(VILLAGERS, DIAG, NOT_YET),
)
def test_round24_villager_files_what_they_meant(villager, chat, services, clock):
    files_what_they_meant(villager, chat, services, clock)


def test_round24_threatened_woman_withdraws_by_typing(chat, services, clock):
    out = play(THREATENED_WITHDRAWER, chat, services)
    assert out.filed, f"gave up at {out.stuck_at}"
    with services.uow() as uow:
        reference = uow.session.scalar(select(Ticket.reference))
    replies = withdraw(THREATENED_WITHDRAWER, chat, reference)
    given = texts([m for reply in replies for m in reply])
    print(f"\nWITHDRAWAL {reference}:\n" + given)
    with services.uow() as uow:
        assert uow.session.scalar(select(Ticket.status)) == "withdrawn"
    assert SAFETY.search(given), "the threatened woman was not given the hotlines"
