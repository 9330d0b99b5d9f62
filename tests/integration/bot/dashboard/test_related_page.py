"""The ticket page's "เรื่องที่อาจเกี่ยวข้อง": what each member sees, confirm and dismiss."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from sqlalchemy import select

from handlers.directory import agencies
from handlers.patterns import related
from storage import patterns, tickets
from storage.models import AuditEntry
from tests.clock import Clock
from tests.dashboard_login import csrf_token, sign_in
from tests.factories import NOW, add_member, new_ticket

HEADMAN = {
    "kind": "bribery",
    "agency": "ที่ว่าการอำเภอนางรอง",
    "official": "ผู้ใหญ่บ้านหมู่ 5",
    "district": "นางรอง",
    "subdistrict": "หนองโบสถ์",
    "description": "ผู้ใหญ่บ้านหมู่ 5 เก็บเงินครอบครัวละ 200 บาท ค่าทำบัตรสวัสดิการแห่งรัฐ",
}
RETOLD = HEADMAN | {
    "agency": "อบต.หนองโบสถ์",
    "official": "ผญบ.ม.5",
    "description": "ผญบ.ม.๕ เรียกเก็บเงินคนละสองร้อยบาทค่าบัตรสวัสดิการ ไม่จ่ายไม่ได้บัตร",
}


@pytest.fixture
def clock():
    """A fixed clock (the app and the test data agree on now)."""
    return Clock(NOW)


@pytest.fixture
def pair(services) -> tuple[str, str]:
    """Two linked reports of one matter: one to the district office (a reviewed record),
    one naming the อบต."""
    with services.uow() as uow:
        agencies.add_reviewed(uow, "ที่ว่าการอำเภอนางรอง", "operator")
        first = new_ticket(uow, **HEADMAN)
        second = new_ticket(uow, **RETOLD)
        related.find(uow, first)
        related.find(uow, second)
        uow.commit()
        return first.reference, second.reference


def browser(app, services, role: str, **kwargs):
    """A test client signed in as a new member with `role`."""
    client = app.test_client()
    assert sign_in(client, services, add_member(services, role, **kwargs)).status_code == 303
    return client


def section(client, reference: str) -> BeautifulSoup:
    """The related section of the ticket page."""
    page = client.get(f"/committee/tickets/{reference}")
    assert page.status_code == 200
    return BeautifulSoup(page.get_data(as_text=True), "html.parser").find(id="related")


def test_a_free_reviewer_sees_the_linked_ticket_and_why(app, services, pair):
    first, second = pair
    shown = section(browser(app, services, "reviewer"), first)
    assert "เรื่องที่อาจเกี่ยวข้อง" in shown.h2.text
    assert [a.text for a in shown.select("li a")] == [second]
    assert "เรื่องคล้ายกัน" in shown.text
    assert [b.text for b in shown.select("li button")] == ["เป็นเรื่องเดียวกัน", "ไม่ใช่เรื่องเดียวกัน"]


def test_a_conflicted_reviewer_sees_nothing_not_even_a_count(app, services, pair):
    first, second = pair
    conflicted = browser(app, services, "reviewer", conflicts=[("agency", "อบต.หนองโบสถ์")])
    shown = section(conflicted, first)
    nothing = section(browser(app, services, "reviewer"), second)  # for comparison's sake
    assert second not in conflicted.get(f"/committee/tickets/{first}").get_data(as_text=True)
    assert shown.select("li") == [] and "ไม่พบเรื่องที่อาจเกี่ยวข้อง" in shown.text
    assert nothing.select("li")  # the link exists: it is only kept from the conflicted member


def test_confirm_from_the_page_makes_a_case_on_the_timeline(app, services, pair):
    first, second = pair
    chair = browser(app, services, "chair")
    link_id = section(chair, first).li["data-link"]
    url = f"/committee/tickets/{first}/links/{link_id}/confirm"
    assert chair.post(url, data={"csrf_token": csrf_token(chair)}).status_code == 303
    page = chair.get(f"/committee/tickets/{second}").get_data(as_text=True)
    assert "ยืนยันเรื่องเดียวกัน" in page and "อยู่ในกรณีที่" in page
    assert "ยืนยันแล้วว่าเป็นเรื่องเดียวกัน" in section(chair, first).text
    with services.uow() as uow:
        a, b = (tickets.by_reference(uow, r) for r in pair)
        assert patterns.case_of(uow, a.id).case_id == patterns.case_of(uow, b.id).case_id
        actions = uow.session.scalars(select(AuditEntry.action).where(AuditEntry.ticket_id == a.id))
        assert "confirm_link" in list(actions)


def test_a_form_without_its_csrf_token_is_refused(app, services, pair):
    first, _ = pair
    chair = browser(app, services, "chair")
    link_id = section(chair, first).li["data-link"]
    assert chair.post(f"/committee/tickets/{first}/links/{link_id}/dismiss").status_code == 400
    assert section(chair, first).select("li")  # still suggested


def test_dismiss_from_the_page_hides_the_suggestion(app, services, pair):
    first, second = pair
    reviewer = browser(app, services, "reviewer")
    link_id = section(reviewer, first).li["data-link"]
    url = f"/committee/tickets/{first}/links/{link_id}/dismiss"
    assert reviewer.post(url, data={"csrf_token": csrf_token(reviewer)}).status_code == 303
    assert section(reviewer, first).select("li") == []
    assert "ไม่ใช่เรื่องเดียวกับเรื่องที่ระบบแนะนำ" in reviewer.get(f"/committee/tickets/{second}").get_data(
        as_text=True
    )


def named_most(client) -> dict[str, list[str]]:
    """The rows of the figures page's "named most" tables, as text."""
    page = client.get("/committee/figures")
    assert page.status_code == 200
    found = BeautifulSoup(page.get_data(as_text=True), "html.parser").find(id="named-most")
    tables = found.find_all("table")
    return {
        "agencies": [" ".join(tr.stripped_strings) for tr in tables[0].find_all("tr")]
        if len(tables) > 0
        else [],
        "officials": [" ".join(tr.stripped_strings) for tr in tables[-1].find_all("tr")]
        if len(tables) > 1
        else [],
    }


def test_the_figures_name_repeat_agencies_and_officials_with_recusal(app, services, pair):
    free = named_most(browser(app, services, "reviewer"))
    assert "ผู้ใหญ่บ้าน หมู่ 5 นางรอง ต.หนองโบสถ์ 2" in free["officials"]  # "ผญบ.ม.5" is the same official
    assert any(row.startswith("องค์การบริหารส่วนตำบลหนองโบสถ์") for row in free["agencies"])
    conflicted = browser(app, services, "reviewer", conflicts=[("agency", "อบต.หนองโบสถ์")])
    tied = named_most(conflicted)
    assert not any("หนองโบสถ์" in row for row in tied["agencies"])
    assert "ผู้ใหญ่บ้าน หมู่ 5 นางรอง ต.หนองโบสถ์ 1" in tied["officials"]  # the report they may see


def test_a_conflicted_member_does_not_learn_of_a_confirmed_link(app, services, pair):
    first, _ = pair
    chair = browser(app, services, "chair")
    link_id = section(chair, first).li["data-link"]
    url = f"/committee/tickets/{first}/links/{link_id}/confirm"
    assert chair.post(url, data={"csrf_token": csrf_token(chair)}).status_code == 303
    assert "อยู่ในกรณีที่" in chair.get(f"/committee/tickets/{first}").get_data(as_text=True)
    tied_chair = browser(app, services, "chair", conflicts=[("agency", "อบต.หนองโบสถ์")])
    page = tied_chair.get(f"/committee/tickets/{first}").get_data(as_text=True)
    assert "อยู่ในกรณีที่" not in page and "ยืนยันเรื่องเดียวกัน" not in page
    audit = tied_chair.get("/committee/audit").get_data(as_text=True)
    assert "ยืนยันว่าเป็นเรื่องเดียวกัน" not in audit
    assert "ยืนยันว่าเป็นเรื่องเดียวกัน" in chair.get("/committee/audit").get_data(as_text=True)


def test_naming_a_tickets_agency_finds_what_it_is_related_to(app, services):
    """A villager who did not know the agency: once the chair names it, the reports of that
    agency's same matter are suggested on the ticket page (no command to run first)."""
    officer = {
        "kind": "bribery",
        "official": "เจ้าหน้าที่",
        "agency": "อบต.หนองโบสถ์",
        "district": "นางรอง",
        "subdistrict": "หนองโบสถ์",
        "description": "เจ้าหน้าที่กองช่างเรียกเงินค่าเซ็นใบอนุญาตต่อเติมบ้าน 3,000 บาท",
    }
    told = "คนกองช่างขอเงินสามพันบาท อ้างว่าค่าเซ็นอนุญาตต่อเติมบ้าน"
    with services.uow() as uow:
        agencies.add_reviewed(uow, "อบต.หนองโบสถ์", "operator")
        known = new_ticket(uow, **officer)
        # nor the place: nothing but the story to find it by
        unknown = new_ticket(
            uow,
            **officer
            | {"agency": "ไม่ทราบ", "district": "", "subdistrict": "", "description": told},
        )
        related.find(uow, known)
        related.find(uow, unknown)
        uow.commit()
        refs = known.reference, unknown.reference
    chair = browser(app, services, "chair")
    assert section(chair, refs[1]).select("li") == []
    form = {"agency": "อบต.หนองโบสถ์", "csrf_token": csrf_token(chair)}
    assert chair.post(f"/committee/tickets/{refs[1]}/agency", data=form).status_code == 303
    assert [a.text for a in section(chair, refs[1]).select("li a")] == [refs[0]]


def test_a_reviewer_searches_again_from_the_page(app, services):
    """A report whose search did not run when it was filed (filed before related complaints,
    or the search failed and was logged): a reviewer's search from the ticket page finds the
    report of the same matter; an admin, who decides no links, has no such form."""
    with services.uow() as uow:
        agencies.add_reviewed(uow, "ที่ว่าการอำเภอนางรอง", "operator")
        first, second = new_ticket(uow, **HEADMAN), new_ticket(uow, **RETOLD)
        related.find(uow, first)  # the second, unsearched, was not there to be found
        uow.commit()
        refs = first.reference, second.reference
    reviewer = browser(app, services, "reviewer")
    shown = section(reviewer, refs[1])
    assert shown.select("li") == []
    (form,) = shown.select("form.search-related")
    url = form["action"]
    assert reviewer.post(url).status_code == 400  # without its CSRF token
    assert reviewer.post(url, data={"csrf_token": csrf_token(reviewer)}).status_code == 303
    assert [a.text for a in section(reviewer, refs[1]).select("li a")] == [refs[0]]
    assert [a.text for a in section(reviewer, refs[0]).select("li a")] == [refs[1]]
    assert section(browser(app, services, "admin"), refs[1]).select("form.search-related") == []


def test_a_chair_merging_two_agency_records_finds_the_reports_they_kept_apart(app, services):
    """One headman's matter reported under two records of one agency (two spellings): not
    linked; once a chair merges the records on the agencies page, the ticket page shows it."""
    unnamed = {"official": ""}
    with services.uow() as uow:
        first = new_ticket(uow, **HEADMAN | unnamed | {"agency": "อบต.หนองโบสถ์"})
        second = new_ticket(uow, **RETOLD | unnamed | {"agency": "อบต.โคกใหญ่", "subdistrict": ""})
        related.find(uow, first)
        related.find(uow, second)
        uow.commit()
        refs = first.reference, second.reference
        source, target = second.agency_id, first.agency_id
    chair = browser(app, services, "chair")
    assert section(chair, refs[1]).select("li") == []
    form = {"source": source, "target": target, "csrf_token": csrf_token(chair)}
    assert chair.post("/committee/accused-agencies/merge", data=form).status_code in (302, 303)
    assert [a.text for a in section(chair, refs[1]).select("li a")] == [refs[0]]
    assert [a.text for a in section(chair, refs[0]).select("li a")] == [refs[1]]
