"""walk36 (fixW36c): an anonymous old man names his wife as the witness. Her name points to him,
so the chair, who reads the witnesses, reads it masked like the teller's own, in the witnesses
field and in the story; another anonymous teller's neighbour stays readable to the chair."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from storage import tickets
from tests.clock import Clock
from tests.factories import NOW, add_ticket
from tests.integration.bot.dashboard.test_tickets_pages import post, signed_in


@pytest.fixture
def clock():
    """A fixed clock (the app and the test data agree on now)."""
    return Clock(NOW)


def _anonymous_with_witnesses(services, witnesses: str, story: str) -> str:
    reference = add_ticket(services, status="in_review", description=story, anonymous=True)
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, reference)
        ticket.witnesses_enc = uow.vault.encrypt(witnesses)
        uow.commit()
    return reference


def _page(client, reference: str) -> str:
    html = client.get(f"/committee/tickets/{reference}").get_data(as_text=True)
    return BeautifulSoup(html, "html.parser").get_text(" ")


def test_the_chair_reads_an_anonymous_tellers_wife_masked_like_him(app, services):
    reference = _anonymous_with_witnesses(
        services, "เมียผม ชื่อบุญเรือน", "ผู้ใหญ่บ้านเก็บเงินค่าไฟคนละร้อย บุญเรือนเห็นตอนจ่าย"
    )
    chair, _ = signed_in(app, services, "chair")
    page = _page(chair, reference)
    assert "บุญเรือน" not in page, page
    assert "ผู้ใหญ่บ้านเก็บเงินค่าไฟ" in page


def test_the_chair_still_reads_an_anonymous_tellers_neighbour(app, services):
    reference = _anonymous_with_witnesses(
        services, "ลุงสงัด คนเลี้ยงวัว", "ผู้ใหญ่บ้านเก็บเงินค่าไฟคนละร้อย ลุงสงัดเห็น"
    )
    chair, _ = signed_in(app, services, "chair")
    assert "ลุงสงัด คนเลี้ยงวัว" in _page(chair, reference)


def test_a_ticket_filed_for_grandma_says_who_files_and_for_whom(app, services):
    # walk35: her name, his phone and "แจ้งแทน: ยาย" side by side read as hers; the grandson's
    # name field says he is the one who reports, and her name, not given, says so
    reference = add_ticket(services, name="สมชาย ศรีสุข", phone="0891112222", anonymous=False)
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, reference)
        ticket.behalf_of_enc = uow.vault.encrypt("ยาย")
        uow.commit()
    chair, _ = signed_in(app, services, "chair")
    url = f"/committee/tickets/{reference}/identity"
    shown = post(chair, url, reason="โทรยืนยันข้อเท็จจริงก่อนส่งต่อ").get_data(as_text=True)
    card = BeautifulSoup(shown, "html.parser").select_one("#identity").get_text(" ")
    assert "ผู้แจ้ง" in card and "แจ้งแทน" in card, card
    behalf = BeautifulSoup(shown, "html.parser").select_one("#identity-behalf").get_text()
    assert "ยาย" in behalf and "ไม่ได้ให้ชื่อ" in behalf, behalf
