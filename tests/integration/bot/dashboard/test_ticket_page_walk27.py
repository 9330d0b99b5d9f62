"""What walk27's chair met on a ticket page: the agency a chair names for a ticket whose villager
did not know it shows in the ticket's agency field and in the list's column; a threatened
villager's page says how to reach them safely and how their notices look, and one who never
answered that question gets the chair's question discreetly (docs/safety.md)."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from handlers.notices import set_discreet
from storage import tickets
from storage.users import user_by_line_id
from tests.clock import Clock
from tests.dashboard_login import csrf_token
from tests.factories import NOW, add_ticket, line_id
from tests.integration.bot.dashboard.test_tickets_pages import signed_in
from tests.scheduling import pushes

DISTRICT_OFFICE = "ที่ว่าการอำเภอละหานทราย"


@pytest.fixture
def clock():
    """A fixed clock (the app and the test data agree on now)."""
    return Clock(NOW)


def _field(client, reference: str, title: str) -> str:
    page = client.get(f"/committee/tickets/{reference}").get_data(as_text=True)
    for term in BeautifulSoup(page, "html.parser").select("dt"):
        if term.get_text(strip=True) == title:
            return term.find_next_sibling("dd").get_text(strip=True)
    raise AssertionError(f"no field {title!r}")


def _list_row(client, reference: str) -> str:
    page = client.get("/committee/tickets").get_data(as_text=True)
    link = BeautifulSoup(page, "html.parser").find("a", string=reference)
    return link.find_parent("tr").get_text(" ", strip=True)


def test_the_agency_the_chair_names_shows_on_the_ticket_and_in_the_list(app, services):
    reference = add_ticket(services, agency="", district="ละหานทราย", subdistrict="สำโรงใหม่")
    chair, _ = signed_in(app, services, "chair")
    assert (
        _field(chair, reference, "หน่วยงาน") == "ไม่ทราบ (ผู้แจ้งไม่ได้ระบุ)"
    )  # walk29; walk37: not named, never "did not know"
    answer = chair.post(
        f"/committee/tickets/{reference}/agency",
        data={"agency": DISTRICT_OFFICE, "csrf_token": csrf_token(chair)},
        follow_redirects=True,
    )
    assert f"บันทึกหน่วยงานของเรื่องนี้เป็น {DISTRICT_OFFICE} แล้ว" in answer.get_data(as_text=True)
    assert _field(chair, reference, "หน่วยงาน") == DISTRICT_OFFICE
    assert DISTRICT_OFFICE in _list_row(chair, reference)


def test_the_chair_corrects_an_agency_the_villager_typed(app, services):
    reference = add_ticket(services, agency="อบต.ปราสาท")
    chair, _ = signed_in(app, services, "chair")
    chair.post(
        f"/committee/tickets/{reference}/agency",
        data={"agency": DISTRICT_OFFICE, "csrf_token": csrf_token(chair)},
    )
    assert _field(chair, reference, "หน่วยงาน") == DISTRICT_OFFICE
    reviewer, _ = signed_in(app, services, "reviewer")
    assert _field(reviewer, reference, "หน่วยงาน") == DISTRICT_OFFICE


NEUTRAL = "มีข้อความใหม่ค่ะ พิมพ์ “อ่าน” เพื่อเปิดดู"
QUESTION = "ใบรับเงินที่กำนันเขียนให้ มีลายมือชื่อกำนันไหมคะ"


def _threatened(services, chose: bool | None = None) -> tuple[str, str]:
    """A ticket whose villager told of a threat while filing; `chose`: his answer to how
    notices should look (None: he never answered)."""
    owner = line_id()
    reference = add_ticket(services, owner, status="in_review")
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, reference)
        body = "มื้อวานลูกน้องกำนันมาขู่ว่าไผไปฟ้องสิบ่ได้อยู่บ้านนี่"
        tickets.add_timeline(uow, ticket, "danger", "complainant", body, internal=True)
        if chose is not None:
            set_discreet(user_by_line_id(uow, owner), chose)
        uow.commit()
    return reference, owner


def _contact_note(client, reference: str) -> str:
    page = client.get(f"/committee/tickets/{reference}").get_data(as_text=True)
    note = BeautifulSoup(page, "html.parser").select_one("#threat-contact")
    return note.get_text(" ", strip=True) if note else ""


def _ask(client, reference: str, services) -> None:
    asked = client.post(
        f"/committee/tickets/{reference}/message",
        data={"body": QUESTION, "question": "1", "csrf_token": csrf_token(client)},
    )
    assert asked.status_code in (302, 303), asked.status_code
    services.sender.send_due()


def test_a_threatened_villager_who_never_answered_is_asked_discreetly(app, services, gateway):
    reference, owner = _threatened(services)
    chair, _ = signed_in(app, services, "chair")
    note = _contact_note(chair, reference)
    assert "ยังไม่ได้ตอบว่าจะรับการแจ้งเตือนแบบใด" in note, note
    assert "อย่าโทรหาหรือไปพบที่บ้าน" in note, note
    _ask(chair, reference, services)
    texts = [m.get("text", "") for batch in pushes(gateway, owner) for m in batch]
    assert texts and all(QUESTION not in text for text in texts), texts
    assert NEUTRAL in texts, texts


def test_the_page_says_what_the_threatened_villager_chose(app, services, gateway):
    discreet, _ = _threatened(services, chose=True)
    normal, owner = _threatened(services, chose=False)
    chair, _ = signed_in(app, services, "chair")
    assert "เลือกรับการแจ้งเตือนแบบไม่เปิดเผย" in _contact_note(chair, discreet)
    assert "เลือกรับการแจ้งเตือนแบบปกติ" in _contact_note(chair, normal)
    _ask(chair, normal, services)  # he chose to see messages in full: they are
    texts = [m.get("text", "") for batch in pushes(gateway, owner) for m in batch]
    assert any(QUESTION in text for text in texts), texts


def test_a_calm_ticket_has_no_contact_note(app, services):
    reference = add_ticket(services)
    chair, _ = signed_in(app, services, "chair")
    assert _contact_note(chair, reference) == ""


LATIN_STORY = (
    "sawatdee krub pom khap win motorcy na talat muang buriram. tamruat riak ngern pom 200 baht "
    "tuk athit. ok pom tor pai jaeng"
)


def _latin_ticket(services, witnesses: str) -> str:
    reference = add_ticket(services, status="in_review", description=LATIN_STORY)
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, reference)
        ticket.witnesses_enc = uow.vault.encrypt(witnesses)
        uow.commit()
    return reference


def _story(client, reference: str) -> str:
    page = client.get(f"/committee/tickets/{reference}").get_data(as_text=True)
    return BeautifulSoup(page, "html.parser").select_one("p.description").get_text()


def test_a_witness_answer_of_everyday_syllables_garbles_no_story(app, services):
    # walk27: the witness answer "ok krork tor" masked every "ok" and "tor" of the story
    reference = _latin_ticket(services, "ok krork tor")
    reviewer, _ = signed_in(app, services, "reviewer")
    story = _story(reviewer, reference)
    assert "[ชื่อพยาน]" not in story, story
    assert "ok pom tor pai jaeng" in story and "sawatdee krub pom" in story, story


def test_a_witness_named_in_latin_is_still_masked_for_a_reviewer(app, services):
    reference = add_ticket(
        services, status="in_review", description="somchai hen tamruat riak ngern krub"
    )
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, reference)
        ticket.witnesses_enc = uow.vault.encrypt("somchai kap daeng")
        uow.commit()
    reviewer, _ = signed_in(app, services, "reviewer")
    story = _story(reviewer, reference)
    assert "somchai" not in story and "[ชื่อพยาน]" in story, story
    assert "tamruat riak ngern krub" in story, story


def test_the_chair_reads_in_the_story_what_the_witness_field_shows_him(app, services):
    witnesses = "ชาวบ้านหมู่ 7 จ่ายคือกันหมดหลายสิบคน แต่บ่มีไผกล้าเป็นพยานดอก"
    reference = add_ticket(
        services, status="in_review", description="กำนันเก็บเงินชาวบ้านหมู่ 7 คนละ 2,000"
    )
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, reference)
        ticket.witnesses_enc = uow.vault.encrypt(witnesses)
        uow.commit()
    chair, _ = signed_in(app, services, "chair")
    page = chair.get(f"/committee/tickets/{reference}").get_data(as_text=True)
    assert witnesses in page  # the witnesses field, plainly
    assert "ชาวบ้านหมู่ 7 คนละ" in _story(chair, reference)
    question = "และชาวบ้านหมู่ 7 จ่ายกันประมาณกี่คนคะ"
    chair.post(
        f"/committee/tickets/{reference}/message",
        data={"body": question, "question": "1", "csrf_token": csrf_token(chair)},
    )
    timeline = BeautifulSoup(
        chair.get(f"/committee/tickets/{reference}").get_data(as_text=True), "html.parser"
    ).select_one("ol.timeline")
    assert question in timeline.get_text(), timeline.get_text()
    # one who may not see the witnesses reads the chair's words as they read the story (maskA32,
    # round 29: a member's note naming a sealed witness was read by every reviewer)
    reviewer, _ = signed_in(app, services, "reviewer")
    shown = reviewer.get(f"/committee/tickets/{reference}").get_data(as_text=True)
    read = BeautifulSoup(shown, "html.parser").select_one("ol.timeline").get_text()
    assert "ชาวบ้านหมู่" not in read and "7 จ่ายกันประมาณกี่คนคะ" in read, read
