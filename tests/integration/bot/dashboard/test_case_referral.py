"""Forwarding a case from the ticket page: one letter (Sarabun PDF) listing every ticket,
each reporter named only with their own consent for that agency; proposed by one member and
confirmed by a chair who did not propose it; refused to a member kept from any ticket of it."""

from __future__ import annotations

import io
import re

import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader
from sqlalchemy import select

from bot.i18n import catalogue
from handlers.directory import agencies
from handlers.patterns import related
from storage import patterns, privacy, public_handles, tickets, users
from storage.models import AuditEntry, Member
from storage.referral_models import Referral
from tests.clock import Clock
from tests.dashboard_login import csrf_token, sign_in
from tests.factories import NOW, add_member, line_id, new_ticket

MATTER = {
    "status": "in_review",
    "kind": "bribery",
    "agency": "อบต.หนองโบสถ์",
    "official": "ผู้ใหญ่บ้านหมู่ 5",
    "district": "นางรอง",
    "subdistrict": "หนองโบสถ์",
    "description": "ผู้ใหญ่บ้านหมู่ 5 เก็บเงินครอบครัวละ 200 บาท ค่าทำบัตรสวัสดิการแห่งรัฐ",
}
# Told to the district office (a record a chair has reviewed): a member tied to the อบต.
# may see this ticket, but not the two others of its case.
TO_DISTRICT = MATTER | {
    "agency": "ที่ว่าการอำเภอนางรอง",
    "description": "พ่อใหญ่บ้านหมู่ 5 เอาเงินจากชาวบ้าน 200 บาททุกหลังคาเรือน ค่าบัตรสวัสดิการ",
}
RETOLD = MATTER | {
    "official": "ผญบ.ม.5",
    "description": "ผญบ.ม.๕ เรียกเก็บเงินคนละสองร้อยบาทค่าบัตรสวัสดิการ ไม่จ่ายไม่ได้บัตร",
}


@pytest.fixture
def clock():
    """A fixed clock (the app and the test data agree on now)."""
    return Clock(NOW)


@pytest.fixture
def case(services) -> list[str]:
    """Three reports of one matter joined in a case by a chair: one named who agreed that the
    PACC may have their name, one named who did not answer, one anonymous."""
    chair = add_member(services, "chair", name="ประธานคนแรก")
    with services.uow() as uow:
        agencies.add_reviewed(uow, "ที่ว่าการอำเภอนางรอง", "operator")
        agreed = line_id()
        found = [
            new_ticket(uow, agreed, name="นางสมศรี ยินยอม", phone="0811111111", **TO_DISTRICT),
            new_ticket(uow, name="นายสมชาย ไม่ตอบ", phone="0822222222", **MATTER),
            new_ticket(uow, **RETOLD),
        ]
        user = users.user_for_line_id(uow, agreed)
        privacy.record_consent(uow, user, "transfer:pacc", "v1", True, ticket_id=found[0].id)
        for ticket in found:
            related.find(uow, ticket)
        member = uow.session.get(Member, chair)
        for other in found[1:]:
            link = patterns.link_between(uow, found[0].id, other.id)
            related.confirm(uow, member, found[0], link.id)
        uow.commit()
        return [ticket.reference for ticket in found]


def browser(app, services, role: str, **kwargs):
    client = app.test_client()
    assert sign_in(client, services, add_member(services, role, **kwargs)).status_code == 303
    return client


def post(client, reference: str, step: str, **form):
    form["csrf_token"] = csrf_token(client)
    return client.post(f"/committee/tickets/{reference}/case/{step}", data=form)


def pdf_text(data: bytes) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return text.replace("\u200b", "").replace("\u0e4d\u0e32", "\u0e33")


def card(client, reference: str):
    page = client.get(f"/committee/tickets/{reference}")
    assert page.status_code == 200
    return BeautifulSoup(page.get_data(as_text=True), "html.parser").find(id="case")


def test_one_letter_lists_every_ticket_and_names_only_who_agreed(app, services, case):
    chair = browser(app, services, "chair")
    assert [a.get_text() for a in card(chair, case[0]).find_all("a")] == case
    response = post(chair, case[1], "letter", agency="pacc")
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    text = pdf_text(response.data)
    flat = "".join(text.split())
    assert "ที่ คอช.บร. 001/2569" in text
    assert "จำนวน3เรื่อง" in flat
    for index, reference in enumerate(case, 1):
        assert f"เรื่องที่{index}เลขที่{reference}" in flat
    assert "นางสมศรี ยินยอม" in text and "0811111111" in flat  # agreed for the PACC
    assert "นายสมชาย" not in text and "0822222222" not in flat  # did not answer
    assert "ชื่อผู้ร้องเรียนสงวนไว้" in flat and "ไม่ประสงค์เปิดเผยตัว" in flat
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in PdfReader(io.BytesIO(response.data)).pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("Sarabun" in name for name in fonts)
    again = post(chair, case[2], "letter", agency="pacc")  # made once, then the same letter
    assert "ที่ คอช.บร. 001/2569" in pdf_text(again.data)
    with services.uow() as uow:
        rows = uow.session.scalars(select(Referral).order_by(Referral.ticket_id)).all()
        assert [r.letter_number for r in rows] == [f"คอช.บร. 001/2569 ({i}/3)" for i in (1, 2, 3)]
        assert [r.identity_included for r in rows] == [True, False, False]
        audited = uow.session.scalars(
            select(AuditEntry.action).where(
                AuditEntry.action.in_(("case_letter", "identity_to_agency"))
            )
        ).all()
        assert sorted(audited) == ["case_letter"] * 3 + ["identity_to_agency"] * 2  # twice made


def test_forwarding_the_case_is_proposed_then_confirmed_by_another_chair(app, services, case):
    proposer = browser(app, services, "chair")
    assert post(proposer, case[0], "forward", agency="pacc").status_code == 303
    with services.uow() as uow:
        assert {tickets.by_reference(uow, r).status for r in case} == {"in_review"}
    waiting = card(proposer, case[2])
    assert waiting.find(id="case-waiting") is not None
    assert waiting.find(id="case-confirm") is None  # not the one who proposed it
    post(proposer, case[0], "confirm")
    with services.uow() as uow:
        assert {tickets.by_reference(uow, r).status for r in case} == {"in_review"}
    second = browser(app, services, "chair")
    assert card(second, case[1]).find(id="case-confirm") is not None
    assert post(second, case[1], "confirm").status_code == 303
    with services.uow() as uow:
        found = [tickets.by_reference(uow, r) for r in case]
        assert {t.status for t in found} == {"forwarded"}
        rows = uow.session.scalars(select(Referral).order_by(Referral.ticket_id)).all()
        assert [r.ticket_id for r in rows] == [t.id for t in found]  # one row each
        assert {r.letter_number.split(" (")[0] for r in rows} == {"คอช.บร. 001/2569"}
        assert all(r.forwarded_at is not None and r.answer_due_at is not None for r in rows)
        confirmed = uow.session.scalars(
            select(AuditEntry.ticket_id).where(AuditEntry.action == "confirm_case_forward")
        ).all()
        assert sorted(confirmed) == sorted(t.id for t in found)


def test_a_reviewers_proposal_says_plainly_what_it_waits_for(app, services, case):
    """A reviewer is no chair: "another chair" read as if they were one. The page says what
    happens next: the tickets are sent when a chair who did not propose it confirms."""
    reviewer = browser(app, services, "reviewer")
    sent = post(reviewer, case[0], "forward", agency="pacc")
    page = reviewer.get(sent.location).get_data(as_text=True)
    said = catalogue.text("th", "dash.case.done.proposed")
    assert said in page
    assert "ประธานที่ไม่ได้เป็นผู้เสนอกดยืนยัน" in said and "อีกท่าน" not in said
    english = catalogue.text("en", "dash.case.done.proposed")
    assert "a chair other than the proposer confirms" in english


def test_a_member_kept_from_one_ticket_cannot_forward_the_case(app, services, case):
    tied = browser(app, services, "chair", conflicts=[("agency", "อบต.หนองโบสถ์")])
    assert card(tied, case[0]) is None  # the ticket they may see: no word of its case
    for step in ("letter", "forward"):
        post(tied, case[0], step, agency="pacc")
    proposer = browser(app, services, "chair")
    post(proposer, case[0], "forward", agency="pacc")
    post(tied, case[0], "confirm")
    with services.uow() as uow:
        assert uow.session.scalars(select(Referral)).all() == []
        assert {tickets.by_reference(uow, r).status for r in case} == {"in_review"}
        by_tied = uow.session.scalars(
            select(AuditEntry.action).where(AuditEntry.action.like("%case%"))
        ).all()
        assert sorted(set(by_tied)) == ["propose_case_forward"]  # the other chair's only


def _flashes(client, reference: str) -> list[str]:
    page = client.get(f"/committee/tickets/{reference}")
    soup = BeautifulSoup(page.get_data(as_text=True), "html.parser")
    return [f.get_text(" ", strip=True) for f in soup.select(".flash")]


def test_a_kept_case_is_refused_as_no_case_is(app, services, case):
    """Found walking #21: a member kept from a case, posting its forms on a ticket they may
    see, was told "ทำรายการนี้ไม่ได้…", and on a ticket in no case "ข้อมูลไม่ครบหรือไม่ถูกต้อง
    (… is in no case)": the difference told them which of their tickets are in a case."""
    with services.uow() as uow:
        alone = new_ticket(
            uow, **TO_DISTRICT | {"description": "ปลัดอำเภอขอค่าเซ็นเอกสารที่ดิน 3,000 บาท"}
        ).reference
        uow.commit()
    tied = browser(app, services, "chair", conflicts=[("agency", "อบต.หนองโบสถ์")])
    for step, form in (("letter", {"agency": "pacc"}), ("forward", {"agency": "pacc"})):
        told = {}
        for reference in (case[0], alone):
            assert post(tied, reference, step, **form).status_code == 303
            told[reference] = _flashes(tied, reference)
        assert told[case[0]] == told[alone], step
        assert not any("case" in said for said in told[alone]), told[alone]


def _forwarded(app, services, case) -> None:
    post(browser(app, services, "chair"), case[0], "forward", agency="pacc")
    assert post(browser(app, services, "chair"), case[1], "confirm").status_code == 303


def test_a_member_kept_from_the_case_reads_no_place_in_it(app, services, case):
    """Found walking #21: once a case went as one letter, a member kept from one of its
    tickets read "คอช.บร. 001/2569 (1/3)" on the ticket they may see, in its forwarding table
    and its timeline: the case and how many tickets it holds."""
    _forwarded(app, services, case)
    free = browser(app, services, "reviewer")
    tied = browser(app, services, "reviewer", conflicts=[("agency", "อบต.หนองโบสถ์")])
    assert "คอช.บร. 001/2569 (1/3)" in free.get(f"/committee/tickets/{case[0]}").get_data(True)
    page = tied.get(f"/committee/tickets/{case[0]}").get_data(as_text=True)
    assert "คอช.บร. 001/2569" in page  # the ticket's own forwarding still shows
    assert "/3)" not in page


def test_the_tickets_own_letter_tells_a_kept_member_no_place_in_the_case(app, services, case):
    _forwarded(app, services, case)
    tied = browser(app, services, "reviewer", conflicts=[("agency", "อบต.หนองโบสถ์")])
    form = {"csrf_token": csrf_token(tied), "agency": "pacc"}
    made = tied.post(f"/committee/tickets/{case[0]}/referral/letter", data=form)
    assert made.mimetype == "application/pdf"
    assert "/3)" not in pdf_text(made.get_data())


def test_the_audit_page_tells_a_chair_kept_from_the_case_nothing_of_it(app, services, case):
    """Found walking #21: a chair kept from one ticket of a case read, on the audit page, the
    case's letter, proposal and confirmation on the tickets they may see ("case …, pacc")."""
    _forwarded(app, services, case)
    free = browser(app, services, "chair")
    tied = browser(app, services, "chair", conflicts=[("agency", "อบต.หนองโบสถ์")])
    actions = ("case_letter", "propose_case_forward", "confirm_case_forward")
    free_page = free.get("/committee/audit").get_data(as_text=True)
    tied_page = tied.get("/committee/audit").get_data(as_text=True)
    assert case[0] in tied_page  # the ticket they may see is audited for them
    for action in actions:
        words = catalogue.text("th", f"dash.audit.action.{action}")
        assert words in free_page, action
        assert words not in tied_page, action


SAID_NUMBER = re.compile(r"กรณีที่ ([2-9]{3}-[2-9]{3})")


def test_the_case_number_is_one_a_person_can_read_over_the_phone(app, services, case):
    """The card, the timeline and the letter give the case one short number of the digits
    2 to 9 ("กรณีที่ 347-892"), not a 16-digit handle; the letter's file name too."""
    chair = browser(app, services, "chair")
    title = card(chair, case[0]).find("h2").get_text()
    number = SAID_NUMBER.search(title)[1]
    assert not re.search(r"\d{7,}", title)
    for reference in case:  # one number, on every ticket's page and timeline
        page = chair.get(f"/committee/tickets/{reference}").get_data(as_text=True)
        assert f"กรณีที่ {number}:" in page and f"อยู่ในกรณีที่ {number}" in page
    letter = post(chair, case[1], "letter", agency="pacc")
    assert f"กรณีที่{number}เรื่องร้องเรียนเลขที่" in "".join(pdf_text(letter.data).split())
    assert f"case-{number}-pacc.pdf" in letter.headers["Content-Disposition"]


def listed(client, typed: str) -> list[str]:
    """The references the ticket list shows for a search."""
    page = client.get("/committee/tickets", query_string={"q": typed})
    assert page.status_code == 200
    return sorted(set(re.findall(r"BRM-\d{4}-\d{5}", page.get_data(as_text=True))))


def test_a_case_number_searched_lists_the_case_and_the_old_handle_still_does(app, services, case):
    chair = browser(app, services, "chair")
    number = SAID_NUMBER.search(card(chair, case[0]).find("h2").get_text())[1]
    thai = number.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")).replace("-", "")
    for typed in (number, number.replace("-", " "), f"กรณีที่ {thai}"):
        assert listed(chair, typed) == sorted(case), typed
    with services.uow() as uow:  # the handle the pages showed, and the letter's file name
        case_id = patterns.case_of(uow, tickets.by_reference(uow, case[0]).id).case_id
        old = public_handles.handle(uow.vault, "case", case_id)
    assert listed(chair, str(old)) == sorted(case)
    # A member kept from a ticket of the case finds it as a number no case has: nothing.
    tied = browser(app, services, "chair", conflicts=[("agency", "อบต.หนองโบสถ์")])
    assert listed(tied, number) == listed(tied, "234-567") == []
    assert listed(tied, str(old)) == []
