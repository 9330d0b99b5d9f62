"""Forwarding a case whose tickets have not all been taken yet. Reports of one matter arrive
"submitted" and are joined into a case as they come; a ticket is forwarded only from review.
Found by the acceptance walk of #23 in local mode: the reviewer who proposed forwarding a
case of four was told only "เปลี่ยนสถานะนี้ไม่ได้ หรือต้องระบุเหตุผลก่อน", naming no ticket and
no reason to give; the page should say which tickets to take first."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from handlers.patterns import related
from storage import patterns, tickets
from storage.models import Member
from tests.clock import Clock
from tests.dashboard_login import csrf_token, sign_in
from tests.factories import NOW, add_member, new_ticket

MATTER = {
    "kind": "bribery",
    "agency": "อบต.หนองกง",
    "official": "ผู้ใหญ่บ้านหมู่ 5",
    "district": "นางรอง",
    "subdistrict": "หนองกง",
    "description": "ผู้ใหญ่บ้านหมู่ 5 เก็บเงินบ้านละ 200 บาท ค่าทำบัตรสวัสดิการแห่งรัฐ ไม่มีใบเสร็จ",
}
RETOLD = MATTER | {
    "official": "ผญบ.ม.5",
    "description": "ผญบ.ม.5 มาเก็บตังค์ค่าบัตรสวัสดิการครอบครัวละสองร้อย บ่จ่ายกะบ่ได้บัตร",
}


@pytest.fixture
def clock():
    """A fixed clock (the app and the test data agree on now)."""
    return Clock(NOW)


def test_a_case_with_a_ticket_not_taken_names_it(app, services):
    chair = add_member(services, "chair")
    with services.uow() as uow:
        taken = new_ticket(uow, status="in_review", **MATTER)
        waiting = new_ticket(uow, **RETOLD)  # still "submitted", as reports arrive
        related.find(uow, taken)
        related.find(uow, waiting)
        link = patterns.link_between(uow, taken.id, waiting.id)
        related.confirm(uow, uow.session.get(Member, chair), taken, link.id)
        uow.commit()
        references = taken.reference, waiting.reference
    client = app.test_client()
    assert sign_in(client, services, chair).status_code == 303
    form = {"csrf_token": csrf_token(client), "agency": "pacc"}
    answer = client.post(f"/committee/tickets/{references[0]}/case/forward", data=form)
    assert answer.status_code == 303
    page = client.get(answer.headers["Location"])
    said = " ".join(
        p.get_text(" ", strip=True)
        for p in BeautifulSoup(page.get_data(as_text=True), "html.parser").select(".flash")
    )
    assert references[1] in said and "รับเรื่อง" in said, said
    assert references[0] not in said, said  # the taken one is ready
    with services.uow() as uow:
        assert {tickets.by_reference(uow, r).status for r in references} == {
            "in_review",
            "submitted",
        }
