"""Held-out villagers, round 8: each files in at most 16 typed messages, at most 1 refused,
the ticket holds what they meant field by field, asides are answered and never stored —
the checks of the first held-out people, applied to ten new ones, five of them sealed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.integration.handlers.complaint.heldout_personas_round8 import DIAG, VILLAGERS
from tests.integration.handlers.complaint.test_heldout_personas import (
    held_out,
)
from tests.integration.handlers.complaint.test_heldout_personas import (
    test_heldout_villager_files_what_they_meant as files_what_they_meant,
)

# Held-out people the conversation does not yet serve (non-strict: the day one passes, the
# report shows XPASS and the line can go). Diag entries say what broke; sealed ones do not.
NOT_YET: dict[str, str] = {
    "asks_back": "19 messages with 4 questions back; 'มีแชตไลน์ที่ครูทักมา' at evidence refused",
    "changes_mind_twice": (
        "22 messages: every question asked in turn (nothing taken from the first line), "
        "name and phone asked again after the second change; 'ไม่มีค่ะ เขาไม่ให้ใบรับ' refused"
    ),
    "english_speaker": (
        "18 messages ('what happened' is now asked: the introduction is no story, fixV16); "
        "'I have a photo of the letter' refused"
    ),
    "isan_grandmother": "sealed",
    "typos_and_thai_digits": "sealed",
}


#: The villagers' conversations are the same on either database: SQLite only.
pytestmark = ONE_DATABASE


@pytest.fixture
def clock():
    """Saturday 5 December 2026 (BE 2569), ten in the morning in Buriram."""
    return Clock(datetime(2026, 12, 5, 3, 0, tzinfo=UTC))


@pytest.mark.parametrize(
    "villager",
    held_out(VILLAGERS, DIAG, NOT_YET),
)
def test_round8_villager_files_what_they_meant(villager, chat, services, clock):
    files_what_they_meant(villager, chat, services, clock)
