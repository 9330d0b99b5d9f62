"""What walk15's chair met on a ticket page (issue 16, fixW15): a withdrawn ticket's timeline
gives the complainant's reason in the page's language and offers nothing to take up or ask;
a complaint filed for someone else says so on its own line."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from handlers.tickets.lifecycle import WITHDRAWAL_TAKEN_BACK_NOTE, WITHDRAWN_NOTE
from storage import tickets
from tests.clock import Clock
from tests.factories import NOW, add_ticket
from tests.integration.bot.dashboard.test_tickets_pages import post, signed_in


@pytest.fixture
def clock():
    """A fixed clock (the app and the test data agree on now)."""
    return Clock(NOW)


def _withdrawn(services) -> str:
    """A ticket the complainant withdrew in LINE, giving "other" as the reason."""
    reference = add_ticket(services)
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, reference)
        tickets.set_status(uow, ticket, "withdrawn", "complainant", WITHDRAWN_NOTE + "other")
        uow.commit()
    return reference


def test_a_withdrawn_tickets_reason_is_in_thai_on_the_thai_page(app, services):
    reference = _withdrawn(services)
    chair, _ = signed_in(app, services, "chair")
    page = chair.get(f"/committee/tickets/{reference}").get_data(as_text=True)
    timeline = BeautifulSoup(page, "html.parser").select_one("ol.timeline").get_text()
    assert "withdrawn by the complainant" not in timeline, timeline
    assert "ถอนเรื่อง" in timeline and "อื่น" in timeline, timeline


def test_a_withdrawn_ticket_offers_nothing_to_take_up_or_ask(app, services):
    reference = _withdrawn(services)
    chair, _ = signed_in(app, services, "chair")
    page = BeautifulSoup(chair.get(f"/committee/tickets/{reference}").data, "html.parser")
    buttons = [b.get_text(strip=True) for b in page.select("#next-step button")]
    assert "รับเรื่องนี้" not in buttons, buttons
    assert "ถามผู้ร้อง (ขอข้อมูลเพิ่ม)" not in buttons, buttons
    refused = post(chair, f"/committee/tickets/{reference}/take")  # typed past the page
    assert refused.status_code in (302, 303)
    with services.uow() as uow:
        assert tickets.by_reference(uow, reference).assignee_id is None


def test_a_ticket_still_open_offers_both(app, services):
    reference = add_ticket(services)
    chair, _ = signed_in(app, services, "chair")
    page = chair.get(f"/committee/tickets/{reference}").get_data(as_text=True)
    assert "รับเรื่องนี้" in page and "ถามผู้ร้อง" in page


def test_filed_for_someone_else_shows_on_its_own_line_without_their_name(app, services):
    reference = add_ticket(services, name="พลอย ศรีสุข", phone="0891234567")
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, reference)
        ticket.behalf_of_enc = uow.vault.encrypt("พ่อ")
        ticket.affected_name_enc = uow.vault.encrypt("สมชาย ศรีสุข")
        uow.commit()
    reviewer, _ = signed_in(app, services, "reviewer")
    page = reviewer.get(f"/committee/tickets/{reference}").get_data(as_text=True)
    line = BeautifulSoup(page, "html.parser").select_one("#filed-for")
    assert line is not None and "แทนพ่อ" in line.get_text(), page[:200]
    assert "สมชาย" not in page  # the affected person's name stays behind the audited view


def test_a_withdrawal_taken_back_reads_in_thai_on_the_timeline(app, services):
    # walk35 (#16): "ไม่ถอนแล้ว" in LINE puts it back; the chair reads that, not a code
    reference = _withdrawn(services)
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, reference)
        tickets.set_status(
            uow, ticket, "submitted", "complainant", WITHDRAWAL_TAKEN_BACK_NOTE, "withdrawal_undone"
        )
        uow.commit()
    chair, _ = signed_in(app, services, "chair")
    page = chair.get(f"/committee/tickets/{reference}").get_data(as_text=True)
    timeline = BeautifulSoup(page, "html.parser").select_one("ol.timeline").get_text()
    assert WITHDRAWAL_TAKEN_BACK_NOTE not in timeline, timeline
    assert "ไม่ถอนเรื่องแล้ว" in timeline, timeline
