"""maskA32 attacks its own fix (issue #17, insiders): names romanised as Thais type them
("Rugdee", "Somchay", "Bounma"), written by their sound in katakana or Cyrillic, and a
member's note naming a sealed witness, read by a member who may not see the witnesses. A
passing test: the protection held; `xfail(strict=True)`: it got through (the reason says
how). The everyday words around names must come through as typed."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from handlers import masking

MARKS = {whose: f"[{whose}]" for whose in masking.WHOSE}
NAMES = [
    ("สมหญิง รักดี", masking.COMPLAINANT),
    ("บุญมา ทองดี", masking.WITNESS),
    ("สมชาย ใจดี", masking.WITNESS),
    ("0812345678", masking.PHONE),
]


def shown(said: str) -> str:
    """`said` as a member without identity access reads it."""
    return masking.masked(said, NAMES, MARKS)


def through(reason: str):
    return pytest.mark.xfail(strict=True, reason=f"through: {reason}")


# --- romanised as Thais type them ----------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "hidden"),
    [
        ("Somchay saw the money", "Somchay"),  # a y closing the vowel
        ("Somchaay saw", "Somchaay"),
        ("Bunma saw", "Bunma"),
        ("Boonmar saw", "Boonmar"),  # an r lengthening the vowel
        ("Bounma saw", "Bounma"),  # Lao-French ou for u
        ("Thoungdee saw", "Thoungdee"),  # ou for o
        ("Sommying Rukdee filed it", "Rukdee"),
        ("Rakdii filed", "Rakdii"),
        ("Tongdy saw", "Tongdy"),  # a y ending the word for ี
        ("B o o n m a saw", "o o n m"),  # spelt out by spaces
        ("B-o-o-n-m-a saw", "o-o-n-m"),
    ],
)
def test_a_name_romanised_another_way(said, hidden):
    assert hidden not in shown(said), shown(said)


@pytest.mark.parametrize(
    ("said", "hidden"),
    [
        ("ส่งหา boonma.thongdee@gmail.com", "boonma"),  # inside an email address
        ("mail rugdee99@hotmail.com", "rugdee"),
        ("facebook.com/boonma.thongdee", "thongdee"),  # inside a link
        ("https://fb.com/somying.rugdee", "rugdee"),
        ("line id: boonma_2520", "boonma"),
    ],
)
def test_a_name_inside_an_address(said, hidden):
    assert hidden not in shown(said).lower(), shown(said)


@pytest.mark.parametrize(
    ("said", "hidden"),
    [
        ("ບຸນມາ ທອງດີ ເຫັນ", "ທອງດີ"),  # Thai written in Lao letters
        ("ブンマ・トンディー", "ブンマ"),  # full-width katakana, the dot between
        ("ソムチャイ saw", "ソム"),  # katakana's u after a closing m
        ("ラックディー filed", "ラック"),
        ("Ругди подал", "Ругди"),  # Cyrillic, the short a as u
        ("Сомчай видел", "Сомчай"),
    ],
)
def test_a_name_in_another_script(said, hidden):
    assert hidden not in shown(said), shown(said)


@pytest.mark.parametrize("said", ["มาร์คเห็น", "มาร์ค สมิธ เห็น"])
def test_a_latin_witness_in_thai_letters_with_the_r_unsounded(said):
    assert "มาร์ค" not in masking.masked(said, [("Mark Smith", masking.WITNESS)], MARKS)


# Held (maskA34; was through): an English a written แอ in Thai letters ('แกรี่' for Gary)
def test_a_latin_witness_whose_a_thai_writes_ae():
    assert "แกรี่" not in masking.masked("แกรี่เห็น", [("Gary", masking.WITNESS)], MARKS)


# Held (maskA34; was through): Greek letters by sound ('Μπουνμα') (`by_sound`)
def test_a_name_in_greek():
    assert "Μπουνμα" not in shown("Μπουνμα είδε")


# Held (maskA34; was through): Hangul by sound ('분마'), each syllable taken apart
def test_a_name_in_hangul():
    assert "분마" not in shown("분마 봤다")


# Held (maskA34; was through): 'aw' for อ ('Thawngdee') (the loose key)
def test_aw_for_the_o_of_thong():
    assert "Thawngdee" not in shown("Thawngdee saw")


# Held (maskA34; was through): an unsounded h after a vowel ('Sohmying')
def test_an_unsounded_h_inside_a_thai_name():
    assert "Sohmying" not in shown("Sohmying filed it")


# Held (maskA34; was through): a link with the Thai name percent-encoded
def test_a_name_percent_encoded_in_a_link():
    encoded = "".join(f"%{b:02X}" for b in "บุญมา".encode())
    assert encoded not in shown(f"https://fb.com/{encoded}")


# --- the everyday words around names come through as typed ----------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Ban Nong Waeng",
        "SAO Nong Ki ask money",
        "ok pom tor pai jaeng",
        "Thank you krub, you could see our house from the road",
        "go to Bangkok by queue bus",
        "Gai saw nothing",
        "スマホで撮った",  # "I took it with my smartphone", katakana
        "Спасибо большое",
        "Rug and dee",
        "감사합니다 잘 봤어요",  # "thank you, I saw it well", Hangul
        "Ευχαριστώ πολύ",  # "thank you very much", Greek
        "ຂອບໃຈຫຼາຍໆ",  # "thank you very much", Lao
        "https://th.wikipedia.org/wiki/%E0%B8%9A%E0%B8%B8%E0%B8%A3%E0%B8%B5%E0%B8%A3%E0%B8%B1%E0%B8%A1%E0%B8%A2%E0%B9%8C",
        "ลดราคา 50% ทุกชิ้น",
        "room A 1 3 b",
        "Dawson saw the law",
    ],
)
def test_everyday_words_are_left_as_typed(said):
    assert shown(said) == said


# --- a member's note on the ticket page ------------------------------------------------------

NOTE = "โทรหาบุญมา ทองดี แล้ว ยืนยันว่าเห็น"


def _noted(services) -> str:
    from storage import tickets
    from storage.models import Ticket
    from tests.factories import add_ticket

    reference = add_ticket(
        services, name="สมหญิง รักดี", witnesses="บุญมา ทองดี", description="ปลัดเรียกเงิน"
    )
    with services.uow() as uow:
        ticket = uow.session.scalar(select(Ticket).where(Ticket.reference == reference))
        tickets.add_timeline(uow, ticket, "note", "member:1", body=NOTE, internal=True)
        uow.commit()
    return reference


def _page(app, services, role: str, reference: str, assignee: bool = False) -> str:
    from storage.models import Ticket
    from tests.dashboard_login import sign_in
    from tests.factories import add_member

    member = add_member(services, role)
    if assignee:
        with services.uow() as uow:
            ticket = uow.session.scalar(select(Ticket).where(Ticket.reference == reference))
            ticket.assignee_id = member
            uow.commit()
    client = app.test_client()
    assert sign_in(client, services, member).status_code == 303
    page = client.get(f"/committee/tickets/{reference}")
    assert page.status_code == 200
    return page.get_data(as_text=True)


def test_the_chair_reads_a_note_naming_a_witness_as_written(app, services):
    reference = _noted(services)
    assert NOTE in _page(app, services, "chair", reference)


def test_the_assignee_reads_a_note_naming_a_witness_as_written(app, services):
    reference = _noted(services)
    assert NOTE in _page(app, services, "reviewer", reference, assignee=True)


def test_another_reviewer_reads_the_note_without_the_witness(app, services):
    reference = _noted(services)
    page = _page(app, services, "reviewer", reference)
    assert "บุญมา" not in page and "ทองดี" not in page and "ยืนยันว่าเห็น" in page
