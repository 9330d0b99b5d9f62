"""walk31 (fixW31): a province as people spell it ("Sisaket", "Korat", "Ubon") is another
province, never this one's capital district; a district said beside another province's bare
name ("ปราสาท สุรินทร์") gets the honest other-province answer, not "ไม่พบอำเภอนี้"."""

from __future__ import annotations

import pytest

from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_understood_steps import draft_of
from tests.integration.handlers.complaint.test_walk30_outside import _at_district

pytestmark = ONE_DATABASE


@pytest.mark.parametrize(
    ("said", "province"),
    [
        ("it was in Amphoe Mueang Srisaket", "ศรีสะเกษ"),
        ("Mueang Korat, near the bus station", "นครราชสีมา"),
        ("amphoe muang ubon", "อุบลราชธานี"),
    ],
)
def test_a_province_as_people_spell_it_is_another_province(chat, services, said, province):
    _at_district(chat, services)
    reply = texts(chat.say(said))
    assert province in reply and "1567" in reply
    assert "เมืองบุรีรัมย์" not in reply
    assert draft_of(services).data.get("district") is None


def test_a_story_at_another_provinces_mueang_is_not_buriram_s_office(chat, services):
    chat.follow()
    chat.say("English")
    chat.say("the police at the roadblock in Amphoe Mueang Si Saket made me pay 500 baht")
    chat.say("report")
    data = draft_of(services).data
    assert "เมืองบุรีรัมย์" not in (data.get("agency") or "")
    assert data.get("district") is None


@pytest.mark.parametrize("said", ["ผมอยู่อำเภอศีขรภูมิ สุรินทร์ครับ", "อยู่ปราสาท สุรินทร์ ไม่ใช่บุรีรัมย์"])
def test_a_district_said_with_another_provinces_bare_name_is_said_outside(chat, services, said):
    _at_district(chat, services)
    reply = texts(chat.say(said))
    assert "ไม่พบอำเภอ" not in reply
    assert "สุรินทร์" in reply and "1567" in reply
