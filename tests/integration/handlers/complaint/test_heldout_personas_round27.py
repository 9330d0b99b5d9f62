"""Held-out villagers, round 27: each files in at most 16 typed messages, at most 1 refused,
the ticket holds what they meant field by field, asides (questions back, a threat told
mid-filing) are answered and never stored — the checks of the first held-out people, applied
to ten new ones, five of them sealed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.integration.handlers.complaint.heldout_personas_round27 import DIAG, VILLAGERS
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
    "asks_why": "sealed",
    "asm_volunteer_named": "sealed",
    "corrects_two_as_she_goes": "the date corrected two questions later is never said: after her "
    "long story the flow skips what_more, the question she keeps it for (the correction itself "
    "now reads 2 Nov to today)",
    "english_student": "18 messages: her story (a pass offered for 1,500 baht) is read as danger, "
    "so it is refused and sent again (the agency said in English is now kept as meant)",
    "four_bubbles_first": "sealed",
    "khmer_land_office": "sealed",
    "latin_cassava_trucker": "sealed",
}


# Villagers' conversations do not depend on the database kind: run once, on SQLite.
pytestmark = ONE_DATABASE


@pytest.fixture
def clock():
    """Tuesday 8 December 2026 (BE 2569), ten in the morning in Buriram."""
    return Clock(datetime(2026, 12, 8, 3, 0, tzinfo=UTC))


@pytest.mark.parametrize(
    "villager",
    held_out(VILLAGERS, DIAG, NOT_YET),
)
def test_round27_villager_files_what_they_meant(villager, chat, services, clock):
    files_what_they_meant(villager, chat, services, clock)
