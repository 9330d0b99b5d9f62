"""Another province's network runs the product as it is: BOT_PROVINCE=40 (Khon Kaen)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from storage.models import Ticket
from tests.conftest import ONE_DATABASE, make_env, started_app
from tests.factories import texts
from tests.shared_engines import release

# Another province is configuration, not SQL: SQLite only (filing on both: test_conversation).
pytestmark = ONE_DATABASE


@pytest.fixture
def app(database_url, tmp_path, gateway, clock):
    """The app for Khon Kaen's network."""
    application = started_app(
        make_env(database_url, tmp_path, BOT_PROVINCE="40", TICKET_PREFIX="KKN"), gateway, clock
    )
    yield application
    release(application.extensions["sujarit"].engine)


def _filed_in_chum_phae(chat, services) -> str:
    """The rest of the filing from the date on; the reference of the ticket, filed in
    อ.ชุมแพ ต.ชุมแพ."""
    for said in ("เมื่อวาน", "ผู้รับเหมาเป็นญาตินายก ประมูลมีเจ้าเดียว ถนนพังในเดือนเดียว"):
        chat.say(said)
    for said in ("ไม่มี", "ไม่มี", "ไม่เคย", "ไม่บอกชื่อ", "ส่ง"):
        chat.say(said)
    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket)).one()
        assert (ticket.district, ticket.subdistrict) == ("ชุมแพ", "ชุมแพ")
        return ticket.reference


def test_a_khon_kaen_villager_files_in_khon_kaen(chat, services):
    chat.follow()
    chat.say("แจ้งเรื่อง")
    chat.say("ยินยอม")
    chat.say("ฮั้วประมูลถนน")
    chat.say("ไม่รู้ค่ะ")  # no agency named: the district is asked
    asked = chat.say("นายก อบต.")
    assert "ขอนแก่น" in texts(asked)
    assert "บุรีรัมย์" in texts(chat.say("นางรอง"))  # a Buriram district is another province
    chat.say("ชุมแพ")
    chat.say("ชุมแพ")
    assert _filed_in_chum_phae(chat, services).startswith("KKN-")


def test_a_khon_kaen_agency_named_after_its_tambon_fills_the_place(chat, services):
    """ "อบต.ชุมแพ": one ตำบล ชุมแพ in Khon Kaen, so its district and sub-district are taken
    from the agency's name, not asked again."""
    chat.follow()
    chat.say("แจ้งเรื่อง")
    chat.say("ยินยอม")
    chat.say("ฮั้วประมูลถนน")
    chat.say("อบต.ชุมแพ")
    asked = texts(chat.say("นายก อบต."))
    assert "เกิดเมื่อไร" in asked and "อำเภอไหน" not in asked and "ตำบลไหน" not in asked
    _filed_in_chum_phae(chat, services)


def test_the_dashboard_lists_the_provinces_districts(services):
    assert "ชุมแพ" in services.geography.districts()
    assert "นางรอง" not in services.geography.districts()
