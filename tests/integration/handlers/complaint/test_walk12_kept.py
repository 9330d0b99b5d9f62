"""What walk12's villagers said is kept as they meant it (issue 16, fixW12b): one date kept as
said (a second loose phrase refines it, never joins an unrelated range; a sum of money is not
a date), an agency of the old district asked again after a district correction, nothing
asked twice that the story already named, and no thanks said twice in a row. Dates as said
on Saturday 5 December 2026 (BE 2569)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from storage.models import Ticket
from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.heldout_personas import Meant, Villager, play
from tests.integration.handlers.complaint.test_kept_as_said import _says

# Villagers' conversations do not depend on the database kind: run once, on SQLite.
pytestmark = ONE_DATABASE


@pytest.fixture
def clock():
    """Saturday 5 December 2026 (BE 2569), ten in the morning in Buriram."""
    return Clock(datetime(2026, 12, 5, 3, 0, tzinfo=UTC))


def _filed(villager: Villager, chat, services):
    out = play(villager, chat, services)
    assert out.filed, f"gave up at {out.stuck_at}: {out.log[-3:]}"
    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket)).one()
        uow.session.expunge(ticket)
        return ticket, out


def test_a_month_then_its_middle_is_one_date_kept_as_said(chat, services):
    said = ["ช่วงน้ำท่วมเดือนกันยา ราวๆ กลางเดือน"]
    ticket, _ = _filed(Villager("flood month", _says(when=said), Meant()), chat, services)
    assert ticket.occurred_on is not None and ticket.occurred_on.month == 9
    assert "พ.ย." not in (ticket.occurred_text or ""), ticket.occurred_text
    assert "ก.ย." in (ticket.occurred_text or ""), ticket.occurred_text


def test_money_received_this_year_is_not_the_date_and_the_date_is_asked(chat, services):
    says = _says(agency=["อบต.สะเดาค่ะ ปีนี้ได้มาเกือบ 5 แสน"], when=["เมื่อวานค่ะ"])
    ticket, out = _filed(Villager("budget this year", says, Meant()), chat, services)
    assert "when" in [step for step, _said, _reply in out.log], out.log
    assert ticket.occurred_on is not None and ticket.occurred_on.isoformat() == "2026-12-04"


def test_the_district_office_of_the_old_district_is_asked_again_after_the_district_changes(
    chat, services
):
    says = _says(
        agency=["ที่ว่าการอำเภอนางรองค่ะ", "ที่ว่าการอำเภอโนนสุวรรณค่ะ"],
        official=["เจ้าหน้าที่ที่ว่าการอำเภอค่ะ"],
        subdistrict=["สะเดาค่ะ", "ทุ่งจังหันค่ะ"],
        summary=["แก้อำเภอเป็นโนนสุวรรณค่ะ", "ถูกต้องค่ะ ส่งเลย"],
    )
    ticket, out = _filed(Villager("district corrected", says, Meant()), chat, services)
    assert ticket.district == "โนนสุวรรณ"
    assert "นางรอง" not in ticket.agency, ticket.agency
    said_back = " ".join(reply for step, said, reply in out.log if "แก้อำเภอ" in said)
    assert "นางรอง" in said_back and "หน่วยงาน" in said_back, said_back


def test_the_agency_set_aside_comes_back_when_the_district_moves_back_to_its_own(chat, services):
    """อบต.ส้มป่อย is in โนนดินแดง: moved to another district it is set aside; moved back (she
    corrects herself), it is her agency again, not asked a third time."""
    says = _says(
        agency=["อบต.ส้มป่อยค่ะ"],
        district=["โนนดินแดงค่ะ"],
        subdistrict=["ส้มป่อยค่ะ", "ขอโทษค่ะ แก้อำเภออีกทีนะคะ ที่ถูกคือโนนดินแดง", "ส้มป่อย"],
        summary=["เปลี่ยนอำเภอเป็นเฉลิมพระเกียรติค่ะ", "ถูกต้องค่ะ ส่งเลย"],
    )
    ticket, out = _filed(Villager("district moved back", says, Meant()), chat, services)
    assert ticket.district == "โนนดินแดง"
    assert ticket.agency == "อบต.ส้มป่อย", ticket.agency
    assert [step for step, _said, _reply in out.log].count("agency") == 1, out.log


def test_told_you_already_at_an_unanswered_question_reads_plainly_in_english(chat):
    chat.follow()
    chat.tap("menu=complain")
    chat.tap("a=consent:yes")
    chat.say("English please")
    chat.tap("a=kind:bribery")
    for said in ("Sadao SAO", "the deputy", "Nang Rong", "Sadao"):
        chat.say(said)
    reply = texts(chat.say("I told you already"))
    assert "Nothing is recorded" not in reply, reply
    assert "when it happened" in reply, reply


def test_the_district_of_the_town_municipality_is_not_asked(chat, services):
    says = _says(
        agency=["เทศบาลเมืองบุรีรัมย์ค่ะ"],
        official=["เจ้าหน้าที่กองช่างค่ะ"],
        subdistrict=["ในเมืองค่ะ"],
    )
    ticket, out = _filed(Villager("town municipality", says, Meant()), chat, services)
    assert "district" not in [step for step, _said, _reply in out.log], out.log
    assert ticket.district == "เมืองบุรีรัมย์"


def test_a_story_told_first_is_thanked_once_when_filed(chat):
    chat.follow()
    offered = texts(chat.say("ผู้ใหญ่บ้านเก็บเงินคนละ 200 บาท ค่าลงชื่อรับเงินช่วยน้ำท่วมครับ"))
    started = texts(chat.say("แจ้ง"))
    assert "ยินยอม" in started, started
    assert f"{offered}\n{started}".count("ขอบคุณที่เล่าให้ฟัง") == 1, (offered, started)
