"""walk33 (fixW33b): the dashboard's "edited later" note gave "เดิมในเรื่องเล่า: 1 พ.ย. 2569" for a
story that said "last month", a day the villager never said; it now shows the month, and an
accused changed at the summary is listed there too."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import REFERENCE, texts
from tests.integration.handlers.complaint.test_understood_steps import draft_of
from tests.integration.handlers.complaint.test_walk17b_corrected import _page

pytestmark = ONE_DATABASE

STORY = "ครูใหญ่โรงเรียนบ้านหนองบัวเก็บเงินค่าเทอมเด็กคนละ 300 ไม่ออกใบเสร็จ เมื่อเดือนที่แล้วค่ะ"
ANSWERS = {
    "district": "ประโคนชัย",
    "evidence": "ไม่มีค่ะ",
    "witnesses": "ไม่มีค่ะ",
    "reported": "ยังไม่เคยค่ะ",
    "identity": "1",
}


@pytest.fixture
def clock():
    """Monday 7 December 2026 (BE 2569), ten in the morning in Buriram."""
    return Clock(datetime(2026, 12, 7, 3, 0, tzinfo=UTC))


def _filed(chat, services, corrections: tuple[tuple[str, str], ...]) -> str:
    chat.follow()
    chat.say(STORY)
    chat.say("แจ้งค่ะ")
    chat.say("ยินยอมค่ะ")
    for _ in range(12):
        step = draft_of(services).step
        if step == "summary":
            break
        chat.say(ANSWERS.get(step, "ไม่รู้"))
    for edit, value in corrections:  # "แก้ 5", then the new value
        chat.say(edit)
        chat.say(value)
        for _ in range(3):  # an edit's question answered, back at the summary
            if draft_of(services).step == "summary":
                break
            chat.say(ANSWERS.get(draft_of(services).step, "ไม่รู้"))
    filed = texts(chat.say("ส่งค่ะ"))
    found = REFERENCE.search(filed)
    assert found, filed
    return found.group(0)


def test_a_month_corrected_to_a_day_shows_the_month_and_the_accused_is_listed(app, chat, services):
    reference = _filed(chat, services, (("แก้ 5", "5 ธ.ค. 2569"), ("แก้ 3", "ครูแดง ครูประจำชั้น")))
    note = _page(app, services, reference).select_one("#corrected")
    assert note is not None, "no word that fields were corrected after the story"
    said = note.get_text(" ", strip=True)
    assert "5 ธ.ค. 2569" in said and "1 พ.ย. 2569" not in said, said
    assert "พฤศจิกายน 2569" in said or "พ.ย. 2569" in said, said
    assert "ผู้ถูกร้องเรียน" in said and "ครูแดง" in said and "ครูใหญ่" in said, said
