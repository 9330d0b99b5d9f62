"""walk37 (fixW37b): one truth about calling a complainant who was threatened. Somchai said the
committee may call him, and was threatened while filing: the chair's page never says "may be
called" beside the rule that a threatened complainant is reached only through this system."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from bs4 import BeautifulSoup

from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import REFERENCE, texts
from tests.integration.bot.dashboard.test_tickets_pages import signed_in
from tests.integration.handlers.complaint.test_understood_steps import to_step

pytestmark = ONE_DATABASE


@pytest.fixture
def clock():
    """Monday 7 December 2026 (BE 2569), ten in the morning in Buriram: the walk's day."""
    return Clock(datetime(2026, 12, 7, 3, 0, tzinfo=UTC))


def _identity_card(app, services, reference: str) -> tuple[str, str]:
    """The chair's page for `reference` with the identity opened: the call line, the banner."""
    chair, _ = signed_in(app, services, "chair")
    page = chair.get(f"/committee/tickets/{reference}")
    token = BeautifulSoup(page.data, "html.parser").select_one("input[name=csrf_token]")["value"]
    shown = chair.post(
        f"/committee/tickets/{reference}/identity",
        data={"reason": "โทรสอบถามรายละเอียดเพิ่ม", "csrf_token": token},
    )
    soup = BeautifulSoup(shown.data, "html.parser")
    call, banner = soup.select_one("#identity-call"), soup.select_one("#threat-contact")
    return (call.get_text() if call else ""), (banner.get_text() if banner else "")


@pytest.mark.parametrize("threatened", [True, False])
def test_a_threatened_complainant_who_may_be_called_gets_one_rule(app, chat, services, threatened):
    to_step(chat, services, "phone")
    if threatened:
        chat.say("เดี๋ยวครับ เมื่อกี้ลูกน้องประธานมาที่บ้าน บอกว่าถ้าไปร้องเรียนจะเผาบ้าน")
        chat.say("กรอกต่อครับ")
    chat.say("0923456789 โทรได้ครับ แต่ตอนเย็นนะ")
    filed = texts(chat.say("ส่งครับ"))
    reference = REFERENCE.search(filed).group(0)
    call, banner = _identity_card(app, services, reference)
    if not threatened:  # the look-alike: no threat, the permission shown as said
        assert call.strip() == "ให้กรรมการโทรหาได้" and not banner, (call, banner)
        return
    assert "อย่าโทรหา" in banner, banner  # the rule for a threatened complainant stands
    assert call.strip() != "ให้กรรมการโทรหาได้", call  # never "may call" beside "don't call"
    assert "ระบบนี้" in call, call  # the call line points to the one rule
