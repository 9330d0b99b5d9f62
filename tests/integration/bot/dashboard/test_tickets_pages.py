"""The committee's ticket pages: filters, search, pages, actions, identity, exports, conflicts."""

from __future__ import annotations

import csv
import io
import re
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from openpyxl import load_workbook

from handlers.directory import agencies
from handlers.tickets import endings
from storage import tickets
from storage.insider_models import Agency
from storage.models import AuditEntry, Member, OutboxMessage
from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.dashboard_login import csrf_token, sign_in
from tests.factories import (
    NOW,
    add_evidence,
    add_member,
    add_ticket,
    chair_confirms,
    spread,
    waiting,
)
from tests.factories import (
    shown as shown_as,
)

# How a page shows what it read (a role put in Thai, whose name is whose, the export links,
# the headers and paths of evidence): the templates' and Flask's, so on SQLite alone; the
# same pages' queries (filters, search, paging, identity, exports, conflicts) run on both.
SHOWN = ONE_DATABASE

REF = re.compile(r'class="ref" href="[^"]+">([A-Z]+-\d+-\d+)<')


@pytest.fixture
def clock():
    """A fixed clock (the app and the test data agree on now)."""
    return Clock(NOW)


def listed(client, url: str) -> list[str]:
    """The references on a list page, in order."""
    response = client.get(url)
    assert response.status_code == 200
    return REF.findall(response.get_data(as_text=True))


def post(client, url: str, **form):
    """Submit a dashboard form as the browser would, CSRF token included."""
    return client.post(url, data={**form, "csrf_token": csrf_token(client)})


def signed_in(app, services, role: str, **kwargs):
    """A test client signed in as a new member with `role`; returns (client, member id)."""
    member = add_member(services, role, **kwargs)
    client = app.test_client()
    assert sign_in(client, services, member).status_code == 303
    return client, member


def test_filters_narrow_the_list(app, services):
    times = spread(6)
    a = add_ticket(services, submitted_at=times[0], district="นางรอง", kind="procurement")
    b = add_ticket(services, submitted_at=times[1], district="สตึก", status="in_review")
    c = add_ticket(services, submitted_at=times[2], district="นางรอง", status="resolved")
    old = add_ticket(services, submitted_at=NOW - timedelta(days=40), status="in_review")
    client, me = signed_in(app, services, "reviewer")
    with services.uow() as uow:
        tickets.by_reference(uow, b).assignee_id = me
        tickets.by_reference(uow, b).taken_at = NOW
        uow.commit()
    assert listed(client, "/committee/tickets") == [a, b, c, old]
    assert listed(client, "/committee/tickets?district=นางรอง") == [a, c]
    assert listed(client, "/committee/tickets?status=in_review") == [b, old]
    assert listed(client, "/committee/tickets?kind=procurement") == [a]
    assert listed(client, "/committee/tickets?mine=1") == [b]
    # a and c: c is closed; a was filed 3 h ago (SLA 72 h); old is 40 days open.
    assert listed(client, "/committee/tickets?overdue=1") == [old]
    assert listed(client, "/committee/tickets?district=นางรอง&status=resolved") == [c]
    assert listed(client, "/committee/tickets?status=nonsense") == [a, b, c, old]


def test_search_finds_reference_agency_official_and_words(app, services):
    a = add_ticket(
        services,
        agency="เทศบาลตำบลหนองกี่",
        official="นายสมปอง ปลัด",
        description="เรียกเก็บเงินค่าขยะเกินอัตรา 50% ทุกเดือน",
    )
    b = add_ticket(services, agency="อบต.ถนนหัก", submitted_at=NOW - timedelta(hours=1))
    client, _ = signed_in(app, services, "reviewer")
    assert listed(client, "/committee/tickets?q=หนองกี่") == [a]
    assert listed(client, "/committee/tickets?q=สมปอง") == [a]
    assert listed(client, "/committee/tickets?q=ค่าขยะ") == [a]
    assert listed(client, f"/committee/tickets?q={b.lower()}") == [b]
    assert listed(client, "/committee/tickets?q=50%25") == [a]  # % is a character, not a wildcard
    assert listed(client, "/committee/tickets?q=_") == []


def test_search_finds_the_accused_in_the_official_field_not_the_complainant_typed_there(
    app, services
):
    a = add_ticket(services, name="สมหญิง รักดี", official="ปลัดสมปอง มั่นคง (สมหญิง รักดี เป็นคนเห็น)")
    client, _ = signed_in(app, services, "reviewer")
    assert listed(client, "/committee/tickets?q=สมปอง") == [a]
    assert listed(client, "/committee/tickets?q=รักดี") == []


def test_pages_walk_every_ticket_once_even_with_equal_times(app, services):
    same = NOW - timedelta(days=10)
    made = [add_ticket(services, submitted_at=t) for t in spread(70)]
    made += [add_ticket(services, submitted_at=same) for _ in range(50)]
    client, _ = signed_in(app, services, "reviewer")
    seen, url, pages = [], "/committee/tickets?kind=bribery", 0
    while url:
        body = client.get(url).get_data(as_text=True)
        seen += REF.findall(body)
        found = re.search(r'rel="next" href="([^"]+)"', body)
        url = found.group(1).replace("&amp;", "&") if found else None
        pages += 1
    assert pages == 3
    assert len(seen) == len(set(seen)) == 120
    assert set(seen) == set(made)
    assert seen == made[:70] + made[70:][::-1]  # newest first; equal times by id, newest first
    assert client.get("/committee/tickets?after=garbage").status_code == 200


def test_the_ticket_page_shows_every_field_and_the_timeline(app, services, tmp_path):
    ref = add_ticket(
        services,
        agency="โรงเรียนบ้านโคกม้า",
        official="ผู้อำนวยการ",
        place_text="หน้าโรงเรียน",
        witnesses="ครูสมใจ",
        occurred_text="ต้นเดือน",
    )
    photo = tmp_path / "evidence" / "p.png"
    photo.parent.mkdir(exist_ok=True)
    photo.write_bytes(b"\x89PNG\r\n\x1a\n")
    add_evidence(services, ref, photo, "image/png", clean_path=photo)
    client, _ = signed_in(app, services, "reviewer")
    page = client.get(f"/committee/tickets/{ref}").get_data(as_text=True)
    for text in (
        "โรงเรียนบ้านโคกม้า",
        "ผู้อำนวยการ",
        "หน้าโรงเรียน",
        "ต้นเดือน",
        "เรียกรับเงินค่าใบอนุญาต",
        "<img src=",
        "ผู้ร้อง",
        "เห็นได้เฉพาะผู้รับผิดชอบเรื่องและประธาน",  # the witness, sealed from this reviewer
    ):
        assert text in page, text
    assert "ครูสมใจ" not in page
    post(client, f"/committee/tickets/{ref}/take")
    assert "ครูสมใจ" in client.get(f"/committee/tickets/{ref}").get_data(as_text=True)
    assert client.get("/committee/tickets/BRM-2569-99999").status_code == 404


def test_taking_and_rejecting_tell_the_complainant(app, services):
    ref = add_ticket(services)
    client, me = signed_in(app, services, "reviewer")
    assert post(client, f"/committee/tickets/{ref}/take").status_code == 303
    response = post(
        client, f"/committee/tickets/{ref}/status", status="rejected", reason_code="duplicate"
    )
    assert response.status_code == 422  # the form comes back as filled, the field named
    page = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    assert "ต้องเขียนเหตุผลที่ไม่รับพิจารณา" in page.select_one("#error-reason").text
    assert page.select_one("#status-form textarea[name=reason]")["aria-invalid"] == "true"
    assert page.select_one("#status-form option[value=rejected]").has_attr("selected")
    assert page.select_one("#status-form option[value=duplicate]").has_attr("selected")
    response = post(
        client,
        f"/committee/tickets/{ref}/status",
        status="rejected",
        reason="ไม่ใช่เจ้าหน้าที่รัฐ",
        reason_code="outside_scope",
    )
    assert "รอประธานยืนยัน" in client.get(response.location).get_data(as_text=True)
    with services.uow() as uow:  # a reviewer's rejection is only a proposal
        assert tickets.by_reference(uow, ref).status == "in_review"
    chair, chair_id = signed_in(app, services, "chair")
    post(chair, f"/committee/tickets/{ref}/confirm", proposal=waiting(services, ref))
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, ref)
        assert (ticket.status, ticket.assignee_id) == ("rejected", me)
        assert [(e.kind, e.to_status) for e in ticket.timeline] == [
            ("status", "submitted"),
            ("assigned", None),
            ("status", "in_review"),
            ("proposal", None),
            ("status", "rejected"),
        ]
        assert ticket.timeline[-1].actor == f"member:{chair_id}"
        purposes = [r.purpose for r in uow.session.query(OutboxMessage).order_by("created_at")]
        assert sorted(purposes) == ["status:in_review", "status:rejected"]
    page = client.get(f"/committee/tickets/{ref}").get_data(as_text=True)
    assert "ไม่ใช่เจ้าหน้าที่รัฐ" in page


def test_forwarding_is_the_referral_cards_flow_with_its_one_agency(app, services):
    ref = add_ticket(services, status="in_review")
    client, me = signed_in(app, services, "reviewer")
    post(client, f"/committee/tickets/{ref}/take")
    page = client.get(f"/committee/tickets/{ref}").get_data(as_text=True)
    soup = BeautifulSoup(page, "html.parser")
    # One agency picker on the page, and the status form does not offer forwarding.
    assert len(soup.select("select[name=agency]")) == 1
    assert not soup.select('#status-form option[value="forwarded"]')
    refused = post(client, f"/committee/tickets/{ref}/status", status="forwarded")
    assert refused.status_code == 422
    post(client, f"/committee/tickets/{ref}/referral/sent", agency="")  # no agency: nothing
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, ref)
        assert endings.pending(uow, ticket) is None
    post(
        client,
        f"/committee/tickets/{ref}/referral/sent",
        agency="nacc",
        agency_reference="ปช 0012/2569",
    )
    chair_confirms(services, ref)  # forwarding takes effect when a chair confirms it
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, ref)
        assert ticket.status == "forwarded"
        assert "ปช 0012/2569" in ticket.timeline[-1].body


def test_notes_messages_and_questions(app, services):
    client, me = signed_in(app, services, "reviewer")
    ref = add_ticket(services, status="in_review", assignee_id=me)
    post(client, f"/committee/tickets/{ref}/note", body="โทรหาผู้ใหญ่บ้านแล้ว")
    post(client, f"/committee/tickets/{ref}/message", body="ได้รับเอกสารแล้วค่ะ")
    post(client, f"/committee/tickets/{ref}/message", body="มีใบเสร็จไหมคะ", question="1")
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, ref)
        assert ticket.status == "needs_info"
        kinds = [(e.kind, e.internal) for e in ticket.timeline if e.kind != "status"]
        assert kinds == [("note", True), ("message", False), ("question", False)]
        # The question is the move to "needs more information": one entry, one message.
        asked = ticket.timeline[-1]
        assert (asked.from_status, asked.to_status) == ("in_review", "needs_info")
        assert [e.body for e in ticket.timeline].count("มีใบเสร็จไหมคะ") == 1
        purposes = sorted(r.purpose for r in uow.session.query(OutboxMessage))
        assert purposes == ["message", "status:needs_info"]
    post(client, f"/committee/tickets/{ref}/message", body="มีรูปถ่ายไหมคะ", question="1")
    with services.uow() as uow:
        purposes = sorted(r.purpose for r in uow.session.query(OutboxMessage))
        assert purposes == ["message", "question", "status:needs_info"]


def test_the_chair_assigns_to_a_member_who_may_see_the_ticket(app, services):
    ref = add_ticket(services, district="สตึก")
    tied = add_member(services, "reviewer", "ผูกพัน", conflicts=[("district", "สตึก")])
    free = add_member(services, "reviewer", "ว่าง")
    client, _ = signed_in(app, services, "chair")
    page = client.get(f"/committee/tickets/{ref}").get_data(as_text=True)
    assert f'<option value="{free}"' in page and f'<option value="{tied}"' not in page
    post(client, f"/committee/tickets/{ref}/assign", member_id=str(tied))
    with services.uow() as uow:
        assert tickets.by_reference(uow, ref).assignee_id is None
    post(client, f"/committee/tickets/{ref}/assign", member_id=str(free))
    with services.uow() as uow:
        assert tickets.by_reference(uow, ref).assignee_id == free


def test_identity_is_shown_to_the_chair_and_each_view_is_audited(app, services):
    named = add_ticket(services, name="นายมานะ ขยัน", phone="0891112222")
    anonymous = add_ticket(services)
    chair_client, chair = signed_in(app, services, "chair")
    assert "นายมานะ" not in chair_client.get(f"/committee/tickets/{named}").get_data(as_text=True)
    url = f"/committee/tickets/{named}/identity"
    refused = post(chair_client, url, reason="ดู")  # no real reason: nothing shown
    assert "นายมานะ" not in chair_client.get(refused.location).get_data(as_text=True)
    shown = post(chair_client, url, reason="โทรยืนยันข้อเท็จจริงก่อนส่งต่อ").get_data(as_text=True)
    assert "นายมานะ ขยัน" in shown and "0891112222" in shown
    assert chair_client.get(url).status_code == 405  # never a link
    page = chair_client.get(f"/committee/tickets/{anonymous}").get_data(as_text=True)
    assert "/identity" not in page
    why = "ต้องการทราบชื่อผู้ร้อง"
    assert (
        post(chair_client, f"/committee/tickets/{anonymous}/identity", reason=why).status_code
        == 403
    )
    reviewer_client, _ = signed_in(app, services, "reviewer")
    assert post(reviewer_client, url, reason=why).status_code == 403
    with services.uow() as uow:
        audits = uow.session.query(AuditEntry).filter_by(action="view_identity").all()
        assert [(a.actor, a.ticket_id) for a in audits] == [
            (f"member:{chair}", tickets.by_reference(uow, named).id)
        ]
        assert "โทรยืนยันข้อเท็จจริงก่อนส่งต่อ" in audits[0].detail


def _csv(client, url: str, **form) -> list[list[str]]:
    response = post(client, url, **form) if form else client.get(url)
    assert response.status_code == 200
    assert "attachment" in response.headers["Content-Disposition"]
    return list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))


def test_exports_follow_the_filters_and_the_identity_rules(app, services):
    named = add_ticket(
        services,
        name="นางสาวใจ กล้า",
        phone="0823334444",
        district="สตึก",
        description='=HYPERLINK("http://x")',
    )
    add_ticket(services, district="นางรอง")
    reviewer, _ = signed_in(app, services, "reviewer")
    rows = _csv(reviewer, "/committee/tickets/export.csv?district=สตึก&identity=1")
    why = "ส่งรายชื่อให้ ป.ป.ท. ตามหนังสือขอ"
    refused = post(reviewer, "/committee/tickets/export.csv", identity="1", reason=why)
    assert refused.status_code == 403
    assert rows[0][:3] == ["เลขเรื่อง", "วันที่ยื่น", "สถานะ"]
    assert "ชื่อผู้ร้อง" not in rows[0] and len(rows) == 2 and rows[1][0] == named
    assert rows[1][rows[0].index("รายละเอียด")].startswith("'=")
    assert "นางสาวใจ" not in str(rows)
    chair, chair_id = signed_in(app, services, "chair")
    assert "ชื่อผู้ร้อง" not in _csv(chair, "/committee/tickets/export.csv")[0]
    # A link (GET) never carries identity, so a cross-site link cannot download it.
    assert "ชื่อผู้ร้อง" not in _csv(chair, "/committee/tickets/export.csv?identity=1")[0]
    assert post(chair, "/committee/tickets/export.csv", reason="สั้น").status_code == 400
    assert chair.post("/committee/tickets/export.csv", data={"reason": why}).status_code == 400
    rows = _csv(chair, "/committee/tickets/export.csv", reason=why)
    by_ref = {row[0]: row for row in rows[1:]}
    assert by_ref[named][-2:] == ["นางสาวใจ กล้า", "0823334444"]
    assert len(rows) == 3
    book = post(chair, "/committee/tickets/export.xlsx?district=สตึก", reason=why)
    sheet = load_workbook(io.BytesIO(book.data)).active
    values = [[cell or "" for cell in row] for row in sheet.iter_rows(values_only=True)]
    assert values[1][0] == named and values[1][-2:] == ["นางสาวใจ กล้า", "0823334444"]
    with services.uow() as uow:
        audits = uow.session.query(AuditEntry).filter_by(action="export_identity").all()
        assert {a.actor for a in audits} == {f"member:{chair_id}"} and len(audits) == 2
        assert all(why in a.detail for a in audits)


def test_a_declared_conflict_hides_the_ticket_everywhere(app, services, tmp_path):
    hidden = add_ticket(services, district="สตึก", agency="อบต.สนามชัย", name="นายเอ", phone="1")
    by_agency = add_ticket(services, district="นางรอง", agency="เทศบาลตำบล  หนองกี่")
    shown = add_ticket(services, district="นางรอง", agency="อบต.ถนนหัก")
    with services.uow() as uow:  # a chair has looked at it: not new, so not kept back
        agency_id = tickets.by_reference(uow, shown).agency_id
        agencies.review(uow, uow.session.get(Agency, agency_id))
        uow.commit()
    photo = tmp_path / "evidence" / "p.png"
    photo.parent.mkdir(exist_ok=True)
    photo.write_bytes(b"\x89PNG\r\n\x1a\n")
    evidence = shown_as(services, "evidence", add_evidence(services, hidden, photo, "image/png"))
    client, _ = signed_in(
        app,
        services,
        "reviewer",
        name="ญาติ",
        conflicts=[("district", "สตึก"), ("agency", "ตำบล หนองกี่")],
    )
    assert listed(client, "/committee/tickets") == [shown]
    assert listed(client, "/committee/tickets?q=สนามชัย") == []
    assert client.get(f"/committee/tickets/{hidden}").status_code == 404
    assert client.get(f"/committee/tickets/{by_agency}").status_code == 404
    assert client.get(f"/committee/tickets/{hidden}/evidence/{evidence}").status_code == 404
    assert post(client, f"/committee/tickets/{hidden}/note", body="x").status_code == 404
    assert [row[0] for row in _csv(client, "/committee/tickets/export.csv")[1:]] == [shown]
    figures = client.get("/committee/figures").get_data(as_text=True)
    assert "สตึก" not in figures.split("<main>")[1]
    chair, _ = signed_in(app, services, "chair")
    page = chair.get(f"/committee/tickets/{hidden}").get_data(as_text=True)
    assert "ญาติ" in page and "สตึก" in page and "relative works there" in page


@SHOWN
def test_evidence_is_served_safely(app, services, tmp_path):
    ref = add_ticket(services)
    folder = tmp_path / "evidence"
    folder.mkdir(exist_ok=True)
    (folder / "p.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (folder / "doc").write_bytes(b"%PDF-1.4")
    (tmp_path / "outside.png").write_bytes(b"secret")
    image, pdf, outside = (
        shown_as(services, "evidence", add_evidence(services, ref, *file))
        for file in (
            (folder / "p.png", "image/png"),
            (folder / "doc", "application/pdf", "สัญญา.pdf"),
            (tmp_path / "outside.png", "image/png"),
        )
    )
    reviewer, _ = signed_in(app, services, "reviewer")
    base = f"/committee/tickets/{ref}/evidence"
    # Nothing here has a re-encoded copy: withheld from reviewers, served to the chair.
    assert {reviewer.get(f"{base}/{item}").status_code for item in (image, pdf)} == {403}
    client, _ = signed_in(app, services, "chair")
    shown = client.get(f"{base}/{image}")
    assert shown.status_code == 200 and shown.mimetype == "image/png"
    assert "attachment" not in shown.headers.get("Content-Disposition", "")
    assert shown.headers["X-Content-Type-Options"] == "nosniff"
    download = client.get(f"{base}/{pdf}")
    assert download.headers["Content-Disposition"].startswith("attachment")
    assert download.data == b"%PDF-1.4"
    assert client.get(f"{base}/{outside}").status_code == 404
    other = add_ticket(services)
    assert client.get(f"/committee/tickets/{other}/evidence/{image}").status_code == 404


def test_figures_count_by_status_kind_district_and_month(app, services):
    add_ticket(services, district="สตึก", kind="budget")
    add_ticket(services, district="สตึก", status="in_review", taken_at=NOW + timedelta(hours=5))
    add_ticket(services, district="นางรอง", status="in_review", taken_at=NOW + timedelta(hours=9))
    client, _ = signed_in(app, services, "chair")
    page = client.get("/committee/figures").get_data(as_text=True)
    assert re.search(
        r'district=%E0%B8%AA%E0%B8%95%E0%B8%B6%E0%B8%81">สตึก</a></td><td[^>]*>2<', page
    )
    assert "ประมาณ 7 ชั่วโมง" in page  # the median of 5 h and 9 h
    assert "มี.ค. 2569" in page
    assert "chart.umd.js" in page and "https://" not in page.split("<main>")[1]
    assert client.get("/committee/static/chart.umd.js").status_code == 200


def test_organizers_see_delivery_without_identities(app, services):
    ref = add_ticket(services)
    reviewer, _ = signed_in(app, services, "reviewer")
    post(reviewer, f"/committee/tickets/{ref}/take")
    organizer, _ = signed_in(app, services, "organizer")
    page = organizer.get("/committee/outbox").get_data(as_text=True)
    assert "แจ้งสถานะ: กำลังพิจารณา" in page  # why it went, in words
    with services.uow() as uow:
        recipient = uow.vault.decrypt(tickets.by_reference(uow, ref).owner_line_id_enc)
        assert uow.session.query(Member).count() == 2
    assert recipient not in page


def test_figures_count_tickets_the_complainant_reopened(app, services):
    add_ticket(services, status="in_review", reopened_count=2)
    add_ticket(services, status="in_review", reopened_count=1)
    add_ticket(services, status="resolved")
    client, _ = signed_in(app, services, "chair")
    page = client.get("/committee/figures").get_data(as_text=True)
    tile = page.split("ยังไม่ได้แก้ไข (เปิดใหม่)")[1].split("</div>")[0]
    assert "<strong>2</strong>" in tile
    assert "เปิดใหม่รวม 3 ครั้ง" in tile


@SHOWN
def test_exports_are_on_their_own_page_behind_a_link_that_keeps_the_filters(app, services):
    add_ticket(services, district="สตึก")
    chair, _ = signed_in(app, services, "chair")
    reviewer, _ = signed_in(app, services, "reviewer")
    listing = BeautifulSoup(chair.get("/committee/tickets?district=สตึก").data, "html.parser")
    # The list opens with tickets: no reason box, no identity buttons above them.
    assert not listing.select("input[name=reason]") and not listing.select("#identity-export")
    link = listing.select_one("#export-link")
    assert link.get_text(strip=True) == "ส่งออกรายการนี้…"
    page = BeautifulSoup(chair.get(link["href"]).data, "html.parser")
    files = [a["href"] for a in page.select("a.button")]
    assert files and all("district=" in href for href in files)
    assert page.select("#identity-export input[name=reason]")
    reviewers = BeautifulSoup(reviewer.get(link["href"]).data, "html.parser")
    assert reviewers.select("a.button") and not reviewers.select("#identity-export")


def test_the_waiting_filter_lists_the_decisions_waiting(app, services):
    reviewer, me = signed_in(app, services, "reviewer")
    proposed = add_ticket(services, status="in_review", assignee_id=me)
    quiet = add_ticket(services, status="in_review", assignee_id=me)
    post(
        reviewer,
        f"/committee/tickets/{proposed}/status",
        status="rejected",
        reason="ไม่ใช่เจ้าหน้าที่รัฐ",
        reason_code="outside_scope",
    )
    assert set(listed(reviewer, "/committee/tickets")) >= {proposed, quiet}
    assert listed(reviewer, "/committee/tickets?waiting=1") == [proposed]
    chair, _ = signed_in(app, services, "chair")
    page = BeautifulSoup(chair.get("/committee/tickets").data, "html.parser")
    banner = page.select_one("#waiting")
    assert "มี 1 เรื่องรอท่านยืนยัน" in banner.get_text()
    assert banner.select_one('a[href$="waiting=1"]')


@SHOWN
def test_an_official_typed_in_english_is_shown_with_the_role_in_thai(app, services):
    ref = add_ticket(services, official="the mayor of Ban Pao")
    client, _ = signed_in(app, services, "reviewer")
    page = client.get(f"/committee/tickets/{ref}").get_data(as_text=True)
    assert "the mayor of Ban Pao (นายก)" in page


@SHOWN
def test_a_complaint_filed_for_someone_else_shows_whose_name_is_whose(app, services):
    named = add_ticket(services, name="วันเพ็ญ ทองมา", phone="0891112222")
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, named)
        ticket.behalf_of_enc = uow.vault.encrypt("พ่อ")
        ticket.affected_name_enc = uow.vault.encrypt("สมบัติ ทองมา")
        uow.commit()
    chair_client, _ = signed_in(app, services, "chair")
    page = chair_client.get(f"/committee/tickets/{named}").get_data(as_text=True)
    assert "สมบัติ" not in page  # only once the view is asked for, with a reason
    url = f"/committee/tickets/{named}/identity"
    shown = post(chair_client, url, reason="โทรยืนยันข้อเท็จจริงก่อนส่งต่อ").get_data(as_text=True)
    behalf = BeautifulSoup(shown, "html.parser").select_one("#identity-behalf").get_text()
    assert "วันเพ็ญ ทองมา" in shown and "พ่อ" in behalf and "สมบัติ ทองมา" in behalf
