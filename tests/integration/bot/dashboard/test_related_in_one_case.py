"""Two tickets already in one case are one matter: the page does not ask again whether they
are, and "ไม่ใช่เรื่องเดียวกัน" cannot be recorded between them. Found by the acceptance walk
of #23 in local mode: a chair dismissed the link between two tickets of a case that had been
forwarded as one letter; the case kept both, and the record said both "one case" and "not
the same matter"."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from handlers.directory import agencies
from handlers.patterns import related
from storage import patterns, tickets
from storage.models import Member
from tests.clock import Clock
from tests.dashboard_login import csrf_token, sign_in
from tests.factories import NOW, add_member, new_ticket
from tests.factories import shown as shown_as

HEADMAN = {
    "kind": "bribery",
    "agency": "อบต.หนองกง",
    "official": "ผู้ใหญ่บ้านหมู่ 5",
    "district": "นางรอง",
    "subdistrict": "หนองกง",
    "description": "ผู้ใหญ่บ้านหมู่ 5 เก็บเงินบ้านละ 200 บาท ค่าทำบัตรสวัสดิการแห่งรัฐ ไม่มีใบเสร็จ",
}
STORIES = (
    "ผญบ.ม.5 มาเก็บตังค์ค่าบัตรสวัสดิการครอบครัวละสองร้อย บ่จ่ายกะบ่ได้บัตร",
    "พ่อใหญ่บ้านหมู่5 เก็บเงินค่าทำบัตรสวัสดิการ 200 บาททุกหลังคาเรือน บ่มีใบเสร็จเด้อ",
)


@pytest.fixture
def clock():
    """A fixed clock (the app and the test data agree on now)."""
    return Clock(NOW)


@pytest.fixture
def case(services):
    """Three reports of one matter; a chair confirms the first with each of the others, so
    the link between the second and the third is still only suggested."""
    chair = add_member(services, "chair")
    with services.uow() as uow:
        agencies.add_reviewed(uow, "อบต.หนองกง", "operator")
        found = [new_ticket(uow, **HEADMAN)]
        found += [new_ticket(uow, **HEADMAN | {"description": s}) for s in STORIES]
        for ticket in found:
            related.find(uow, ticket)
        member = uow.session.get(Member, chair)
        for other in found[1:]:
            related.confirm(
                uow, member, found[0], patterns.link_between(uow, found[0].id, other.id).id
            )
        between = patterns.link_between(uow, found[1].id, found[2].id)
        assert between is not None and between.state == "suggested"
        uow.commit()
        return [t.reference for t in found], between.id, chair


def test_two_tickets_of_one_case_are_not_asked_about_again(app, services, case):
    references, between, _ = case
    between = shown_as(services, "link", between)  # as the page names the link
    client = app.test_client()
    assert sign_in(client, services, add_member(services, "reviewer")).status_code == 303
    page = client.get(f"/committee/tickets/{references[1]}")
    shown = BeautifulSoup(page.get_data(as_text=True), "html.parser").find(id="related")
    item = shown.find("li", attrs={"data-link": str(between)})
    assert item is not None and references[2] in item.text
    assert item.select("button") == []  # neither "เป็นเรื่องเดียวกัน" nor "ไม่ใช่เรื่องเดียวกัน"
    url = f"/committee/tickets/{references[1]}/links/{between}/dismiss"
    client.post(url, data={"csrf_token": csrf_token(client)})
    with services.uow() as uow:
        b, c = (tickets.by_reference(uow, r) for r in references[1:])
        assert patterns.link_between(uow, b.id, c.id).state != "dismissed"
        assert patterns.case_of(uow, b.id).case_id == patterns.case_of(uow, c.id).case_id
