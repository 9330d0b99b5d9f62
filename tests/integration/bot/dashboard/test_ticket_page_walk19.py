"""What walk19's chair and reviewers met on a ticket page (issue 16, fixW19b): a story told as a
voice message is said in Thai words on the timeline, never as the raw key "told_by" with "audio";
a name the complainant gave as their own or as the one they file for, in the story or an
addition, is read masked by reviewers and by the chair, as it was given once the chair opens
the identity with a reason (walk22)."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from storage import tickets
from storage.models import AuditEntry
from tests.clock import Clock
from tests.dashboard_login import csrf_token
from tests.factories import NOW, add_ticket
from tests.integration.bot.dashboard.test_tickets_pages import signed_in


@pytest.fixture
def clock():
    """A fixed clock (the app and the test data agree on now)."""
    return Clock(NOW)


def _timeline(client, reference: str) -> str:
    page = client.get(f"/committee/tickets/{reference}").get_data(as_text=True)
    return BeautifulSoup(page, "html.parser").select_one("ol.timeline").get_text()


def _story(client, reference: str) -> str:
    page = client.get(f"/committee/tickets/{reference}").get_data(as_text=True)
    return BeautifulSoup(page, "html.parser").select_one("p.description").get_text()


def test_a_story_told_by_voice_is_said_in_thai_on_the_timeline(app, services):
    reference = add_ticket(services)
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, reference)
        tickets.add_timeline(uow, ticket, "told_by", "complainant", "audio")
        uow.commit()
    chair, _ = signed_in(app, services, "chair")
    timeline = _timeline(chair, reference)
    assert "told_by" not in timeline and "audio" not in timeline, timeline
    assert "ข้อความเสียง" in timeline, timeline


STORY = "แจ้งแทนพ่อค่ะ (นายสมบัติ ดีงาม) พ่อไปขอออกโฉนดที่ดิน เจ้าหน้าที่เรียกเงิน 20,000 บาท"


def _filed_for_father(services) -> str:
    """A named complaint filed for a father, his name given only in the story, and the
    complainant's own name in an addition."""
    reference = add_ticket(services, name="ประณีต ดีงาม", description=STORY)
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, reference)
        ticket.behalf_of_enc = uow.vault.encrypt("พ่อ")
        body = "ลืมบอกค่ะ ประณีต ดีงาม คือลูกสาวที่พาพ่อไป"
        tickets.add_timeline(uow, ticket, "complainant_added", "complainant", body)
        uow.commit()
    return reference


def test_a_reviewer_reads_the_names_given_masked(app, services):
    reference = _filed_for_father(services)
    reviewer, _ = signed_in(app, services, "reviewer")
    story, timeline = _story(reviewer, reference), _timeline(reviewer, reference)
    assert "สมบัติ" not in story and "ดีงาม" not in story, story
    assert "[ชื่อผู้ที่แจ้งแทน]" in story and "เจ้าหน้าที่เรียกเงิน" in story, story
    assert "ประณีต" not in timeline and "[ชื่อผู้ร้อง]" in timeline, timeline


def test_the_chair_reads_them_masked_until_the_identity_is_opened_with_a_reason(app, services):
    # walk22 W22-2: the chair too reads the names masked; opening the identity (audited) shows them
    reference = _filed_for_father(services)
    chair, _ = signed_in(app, services, "chair")
    story, timeline = _story(chair, reference), _timeline(chair, reference)
    assert "สมบัติ" not in story and "[ชื่อผู้ที่แจ้งแทน]" in story, story
    assert "ประณีต" not in timeline and "[ชื่อผู้ร้อง]" in timeline, timeline
    why = {"reason": "ตรวจสอบตัวตนก่อนส่งต่อ ป.ป.ท.", "csrf_token": csrf_token(chair)}
    page = chair.post(f"/committee/tickets/{reference}/identity", data=why).get_data(as_text=True)
    opened = BeautifulSoup(page, "html.parser")
    assert "(นายสมบัติ ดีงาม)" in opened.select_one("p.description").get_text()
    assert "ประณีต ดีงาม" in opened.select_one("ol.timeline").get_text()
    with services.uow() as uow:
        assert uow.session.query(AuditEntry).filter_by(action="view_identity").count() == 1


def test_the_reviewers_export_has_the_names_masked(app, services):
    _filed_for_father(services)
    reviewer, _ = signed_in(app, services, "reviewer")
    exported = reviewer.get("/committee/tickets/export.csv").get_data(as_text=True)
    assert "สมบัติ" not in exported and "[ชื่อผู้ที่แจ้งแทน]" in exported, exported
