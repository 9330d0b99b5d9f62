"""Held-out villagers, round 21: each files in at most 16 typed messages, at most 1 refused,
the ticket holds what they meant field by field, asides are answered and never stored — the
checks of the first held-out people, applied to ten new ones, five of them sealed. A retired
teacher asks questions back while filing: each must get its answer and none be kept."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.integration.handlers.complaint.heldout_personas_round21 import DIAG, VILLAGERS
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
    "retired_teacher": (
        "his formal opening 'เรียนเจ้าหน้าที่ กระผมประสงค์จะร้องเรียนการจัดซื้อของ อบต. ครับ' is "
        "kept as the whole story, so what happened (the 85,000-baht machines priced at 20,000) is "
        "never asked; his question before consenting 'ก่อนยินยอม ขอเรียนถามว่าการร้องเรียนมีค่าใช้"
        "จ่ายหรือไม่ครับ' gets no answer about the cost and is taken as his consent (the bot moves "
        "on to the kind); the formal 'กระผมยังมิได้ร้องเรียนที่ใดครับ' (not reported anywhere) is "
        "refused; asked whether the accused will know, he is told he need not give a name; "
        "kind, agency, place, date (BE in Thai digits) and anonymity right"
    ),
    "khmer_migrant": (
        "her greeting 'ซัวสเด็ยบาด ฉันคนเขมร ทำงานไร่มัน อยากบอกเรื่องตำรวจ' is kept as the "
        "whole story, so what happened (1,000 baht from each worker) is never asked; two "
        "refusals: 'บอกบาด' (yes, tell it) at 'file it as a complaint?' and 'ได้ๆบาด' at the "
        "consent, each answered with a pick list; the rest (police station, Prasat sub-district, "
        "last week's Sunday, workers as witnesses, no name) right in 14 messages"
    ),
    "district_twice": "sealed",
    "drunk_angry": "sealed",
    "five_bursts": "sealed",
    "headman_wife": "sealed",
    "threat_at_summary": "sealed",
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
def test_round21_villager_files_what_they_meant(villager, chat, services, clock):
    files_what_they_meant(villager, chat, services, clock)
