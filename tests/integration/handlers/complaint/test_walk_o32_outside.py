"""fixO32 (issue #16): a police station or district office of another province, named with no
province ("สภ.ปราสาท" is Surin's, "สภ.กันทรลักษ์" Sisaket's), gets the same honest answer as a
place of another province, once; a Buriram sub-district of that name is Buriram's; at the summary
an edit in English ("Edit district: Prakhon Chai", "No, not Buri Ram! it's in Surin") edits the
district; a complaint filed outside carries the province for the committee."""

from __future__ import annotations

import pytest

from storage.models import Ticket
from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_understood_steps import draft_of
from tests.integration.handlers.complaint.test_walk16_said_once import PLAIN, _walk_to_summary
from tests.integration.handlers.complaint.test_walk30_outside import _at_district

pytestmark = ONE_DATABASE


def _to_district_with(chat, services, agency: str) -> str:
    """Answer up to the district question with `agency`; what the bot said there."""
    chat.follow()
    chat.say("แจ้งเรื่อง")
    chat.say("ยินยอม")
    said = ""
    for _ in range(8):
        step = draft_of(services).step
        if step == "district":
            return said
        said = texts(chat.say({**PLAIN, "agency": agency}.get(step, "ไม่รู้")))
    raise AssertionError(f"never asked the district: at {draft_of(services).step}")


@pytest.mark.parametrize(
    ("agency", "province"), [("สภ.ปราสาท", "สุรินทร์"), ("สภ.กันทรลักษ์", "ศรีสะเกษ")]
)
def test_another_provinces_police_is_said_outside_once(chat, services, agency, province):
    said = _to_district_with(chat, services, agency)
    assert province in said and "1567" in said
    reply = texts(chat.say("แจ้งที่นี่"))
    assert "ไม่พบอำเภอ" not in reply and province not in reply  # said once, never a loop
    data = draft_of(services).data
    assert draft_of(services).step not in ("district", "subdistrict")
    assert data.get("district") is None and data.get("outside_province") == province


def test_a_buriram_district_after_another_provinces_police_is_taken(chat, services):
    _to_district_with(chat, services, "สภ.ปราสาท")
    chat.say("บ้านกรวดค่ะ")
    data = draft_of(services).data
    assert data.get("district") == "บ้านกรวด" and not data.get("outside_province")


@pytest.mark.parametrize("agency", ["อบต.ปราสาท", "สภ.เมืองบุรีรัมย์", "สภ.นางรอง"])
def test_buriram_bodies_are_not_said_outside(chat, services, agency):
    chat.follow()
    chat.say("แจ้งเรื่อง")
    chat.say("ยินยอม")
    for _ in range(8):
        step = draft_of(services).step
        if step in ("district", "subdistrict", "when"):
            break
        reply = texts(chat.say({**PLAIN, "agency": agency}.get(step, "ไม่รู้")))
        assert "1567" not in reply
    assert not draft_of(services).data.get("outside_province")


def test_the_outside_province_reaches_the_ticket(chat, services):
    _at_district(chat, services)
    chat.say("อ.เมืองศรีสะเกษค่ะ")
    chat.say("แจ้งที่นี่")
    _walk_to_summary(chat, services, PLAIN)
    chat.say("ส่ง")
    with services.uow() as uow:
        ticket = uow.session.query(Ticket).order_by(Ticket.id.desc()).first()
        assert ticket.outside_province == "ศรีสะเกษ"
        assert ticket.district is None
        assert (ticket.place_text or "").startswith("อ.เมืองศรีสะเกษ")
        assert "นอกจังหวัด" not in (ticket.place_text or "")  # the place as said, no mark


@pytest.mark.parametrize(
    ("edit", "district"),
    [("Edit district: Prakhon Chai", "ประโคนชัย"), ("edit district to Nang Rong please", "นางรอง")],
)
def test_an_english_district_edit_at_the_summary(chat, services, edit, district):
    chat.follow()
    chat.say("English")
    chat.say("report")
    chat.say("I agree")
    _walk_to_summary(chat, services, PLAIN)
    chat.say(edit)
    assert draft_of(services).data.get("district") == district


def test_another_province_said_in_english_at_the_summary(chat, services):
    chat.follow()
    chat.say("English")
    chat.say("report")
    chat.say("I agree")
    _walk_to_summary(chat, services, PLAIN)
    reply = texts(chat.say("No, not Buri Ram! it's in Surin"))
    assert "Surin" in reply and "1567" in reply
    chat.say("File here")
    data = draft_of(services).data
    assert data.get("district") is None and data.get("outside_province") == "สุรินทร์"
