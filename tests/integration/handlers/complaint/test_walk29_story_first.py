"""walk29 (fixS29): a story told in short bursts before any question is offered to be filed
("ต้องการแจ้งเรื่องนี้ไหมคะ") and, once accepted, is the story with what it named (nothing asked
again); a story told with "แจ้งได้ไหม" is answered and kept as the story; an insider whose first
message is a question about their own office is answered honestly, never refused."""

from __future__ import annotations

from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_understood_steps import draft_of

# Villagers' conversations do not depend on the database kind: run once, on SQLite.
pytestmark = ONE_DATABASE

OFFERED = "ต้องการแจ้งเรื่องนี้ไหมคะ"
REFUSED = ("ยังไม่เข้าใจ", "ไม่เข้าใจ")


def _said(chat, text: str) -> str:
    answer = texts(chat.say(text))
    print(f"> {text}\n< {answer[:300]}")
    return answer


def _asked_again(answer: str) -> list[str]:
    """Which of the story's facts the answer asks for again."""
    asks = {
        "kind": "เป็นเรื่องแบบไหน",
        "what": "เล่าให้ฟังหน่อยค่ะ ว่าใครทำอะไร",
        "official": "คนที่ทำคือใคร",
    }
    return [name for name, words in asks.items() if words in answer]


def test_a_story_in_four_bursts_is_offered_and_kept_whole(chat, services):
    chat.follow()
    answers = [
        _said(chat, line)
        for line in ("ครูใหญ่เก็บเงินค่าไฟโรงเรียน", "คนละ 300", "ไม่ให้ใบเสร็จ", "ผู้ปกครองเดือดร้อน")
    ]
    assert any(OFFERED in a for a in answers), answers
    assert not any(r in a for a in answers for r in REFUSED), answers
    began = _said(chat, "แจ้งค่ะ")
    told = draft_of(services).data.get("description") or ""
    for burst in ("ครูใหญ่เก็บเงินค่าไฟ", "300", "ใบเสร็จ", "เดือดร้อน"):
        assert burst in told, told
    assert not _asked_again(began), began


def test_bursts_then_yes_never_ask_the_kind_or_the_story_again(chat, services):
    chat.follow()
    for line in ("กำนันเรียกเก็บค่าซ่อมประปา", "บ้านละ 150 บาท", "ไม่มีใบเสร็จเลยค่ะ"):
        _said(chat, line)
    _said(chat, "แจ้งค่ะ")
    data = draft_of(services).data
    assert data.get("kind"), data
    assert "150" in (data.get("description") or ""), data


def test_bursts_naming_an_office_are_offered_and_none_refused(chat, services):
    chat.follow()
    answers = [
        _said(chat, line)
        for line in ("เทศบาลเก็บค่าแผงตลาดเพิ่ม", "เจ้าละ 80", "ไม่ให้ใบเสร็จสักใบ", "แม่ค้าเดือดร้อนกันหมด")
    ]
    assert OFFERED in answers[0], answers
    assert not any(r in a for a in answers for r in REFUSED), answers
    began = _said(chat, "แจ้งเลยค่ะ")
    told = draft_of(services).data.get("description") or ""
    for burst in ("ค่าแผงตลาด", "80", "ใบเสร็จ", "เดือดร้อน"):
        assert burst in told, told
    assert not _asked_again(began), began


def test_a_story_with_may_i_report_is_kept_as_the_story(chat, services):
    chat.follow()
    first = _said(chat, "เจ้าหน้าที่ที่ดินเรียกเงินค่ารังวัดเพิ่ม 2,000 บาท ไม่มีใบเสร็จ แจ้งเรื่องนี้ได้บ่")
    assert not any(r in first for r in REFUSED), first
    began = _said(chat, "แจ้งค่ะ") if draft_of(services) is None else first
    told = draft_of(services).data.get("description") or ""
    assert "2,000" in told or "2000" in told, told
    assert not _asked_again(began), began


def test_a_story_with_may_i_report_in_thai_is_kept(chat, services):
    chat.follow()
    first = _said(chat, "ผู้ใหญ่บ้านเก็บเงินค่าน้ำประปาคนละ 200 ไม่มีใบเสร็จ แจ้งได้ไหม?")
    began = _said(chat, "แจ้งค่ะ") if draft_of(services) is None else first
    told = draft_of(services).data.get("description") or ""
    assert "200" in told, told
    assert not _asked_again(began), began


def test_an_insiders_first_question_is_answered(chat):
    chat.follow()
    answer = _said(chat, "หนูเป็นพยาบาลใน รพ.สต.ค่ะ หัวหน้าจะรู้ไหมคะว่าหนูแจ้ง")
    assert not any(r in answer for r in REFUSED), answer
    assert "หัวหน้าจะไม่รู้จากเรา" in answer, answer  # about the boss, not only the accused
    assert "เล่ามาได้เลย" in answer, answer  # and on: the story is asked for


def test_an_insider_asking_about_a_transfer_is_answered_and_goes_on(chat, services):
    chat.follow()
    answer = _said(chat, "ผมเป็นเสมียนที่อำเภอครับ ถ้าแจ้งแล้วจะโดนย้ายไหม")
    assert not any(r in answer for r in REFUSED), answer
    assert "1567" in answer and "กลั่นแกล้ง" in answer, answer
    went_on = _said(chat, "ปลัดอำเภอเรียกเงินค่าทำบัตรคนละ 500 บาท ไม่มีใบเสร็จครับ")
    assert not any(r in went_on for r in REFUSED), went_on
    _said(chat, "แจ้งครับ")
    assert "500" in (draft_of(services).data.get("description") or "")


def test_an_insiders_question_while_filing_is_answered_and_the_question_asked_again(chat):
    chat.follow()
    chat.tap("menu=complain")
    answer = _said(chat, "ถ้าหัวหน้ารู้ว่าหนูแจ้ง หนูจะโดนย้ายไหมคะ")
    assert "หัวหน้าจะไม่รู้จากเรา" in answer and "ยินยอม" in answer, answer


def test_a_villagers_question_about_the_accused_keeps_its_own_answer(chat):
    chat.follow()
    answer = _said(chat, "กำนันจะรู้ไหมคะว่าใครแจ้ง")
    assert "หัวหน้าจะไม่รู้จากเรา" not in answer, answer


def test_nothing_more_at_the_offer_is_no_line_of_the_story(chat, services):
    chat.follow()
    _said(chat, "ผู้ใหญ่บ้านเก็บเงินค่าไฟทางบ้านละ 120 ไม่มีใบเสร็จค่ะ")
    _said(chat, "ไม่มีอะไรแล้วค่ะ")
    _said(chat, "แจ้งค่ะ")
    told = draft_of(services).data.get("description") or ""
    assert "120" in told and "ไม่มีอะไรแล้ว" not in told, told


def test_an_insiders_question_at_the_offer_is_answered_and_the_offer_stays(chat, services):
    chat.follow()
    _said(chat, "หัวหน้าการเงินเทศบาลให้เซ็นรับเงินค่าล่วงเวลาเต็ม แต่ได้จริงครึ่งเดียวค่ะ")
    answer = _said(chat, "ถ้าหัวหน้ารู้ หนูจะโดนย้ายไหมคะ")
    assert "หัวหน้าจะไม่รู้จากเรา" in answer and OFFERED in answer, answer
    _said(chat, "แจ้งค่ะ")
    assert "ครึ่งเดียว" in (draft_of(services).data.get("description") or "")


def test_an_english_insiders_first_question_is_answered(chat):
    chat.follow()
    answer = _said(chat, "I'm a clerk at the land office, will my supervisor find out I reported?")
    assert "your boss will not learn from us" in answer, answer
