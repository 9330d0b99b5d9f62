"""What walk14's villagers said in Latin letters is heard as meant (issue 18, fixW14): a
harmless line whose loose sound ("thi" as ตี) spells no harm word rings no chair at any step,
and a real threat in Latin letters still does."""

from __future__ import annotations

from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_understood_steps import answer_until, draft_of

# Villagers' conversations do not depend on the database kind: run once, on SQLite.
pytestmark = ONE_DATABASE

SAFETY = "191"
#: Plain answers to the questions before the district question.
ANSWERS = {"kind": "1", "agency": "ไม่รู้", "official": "ผู้ใหญ่บ้าน"}


def _to_district(chat, services) -> None:
    chat.say("ผู้ใหญ่บ้านเก็บเงินทำบัตรคนละ 200 บาทค่ะ")
    chat.say("แจ้งค่ะ")
    chat.say("ยินยอมค่ะ")
    answer_until(chat, services, "district", ANSWERS)


def test_a_harmless_latin_line_at_the_district_question_rings_no_chair(chat, services):
    _to_district(chat, services)
    reply = texts(chat.say("duan thi laew, 4 wan kon kha"))
    assert SAFETY not in reply, reply
    assert not draft_of(services).data.get("_threats"), draft_of(services).data


def test_a_latin_threat_at_the_district_question_is_still_danger(chat, services):
    _to_district(chat, services)
    reply = texts(chat.say("kao ja ti phom tha pai jaeng"))
    assert SAFETY in reply, reply


def test_leaving_the_name_out_at_consent_is_no_refusal_and_consent_is_asked_again(chat, services):
    chat.say("ผู้ใหญ่บ้านเก็บเงินทำบัตรคนละ 200 บาทค่ะ")
    chat.say("แจ้งค่ะ")
    assert draft_of(services).step == "consent"
    for said in ("ไม่เอาชื่อได้ไหมคะ", "ไม่ขอใส่ชื่อนะครับ"):
        reply = texts(chat.say(said))
        assert "ไม่ต้องบอกชื่อ" in reply, reply
        draft = draft_of(services)
        assert draft.status == "open" and draft.step == "consent", (draft.status, draft.step)
        assert "ชื่อ" not in (draft.data.get("description") or ""), draft.data
        assert draft.data.get("anonymous") is None, draft.data  # chosen at the name step
    chat.say("ยินยอมค่ะ")
    assert draft_of(services).data.get("consent") is True
    assert draft_of(services).step != "consent"


def test_refusing_consent_in_words_is_still_a_refusal(chat, services):
    chat.say("ผู้ใหญ่บ้านเก็บเงินทำบัตรคนละ 200 บาทค่ะ")
    chat.say("แจ้งค่ะ")
    chat.say("ไม่ยินยอมค่ะ")
    assert draft_of(services).status == "declined"


def test_a_story_with_a_question_in_it_is_answered_and_kept(chat, services):
    reply = texts(
        chat.say("ขอแจ้งแทนยายได้ไหมคะ ยายไปรับเงินคนพิการที่ อบต. แล้วเจ้าหน้าที่หักไว้ 50 บาททุกเดือนค่ะ")
    )
    assert "ยังไม่เข้าใจ" not in reply, reply
    assert "แทน" in reply, reply  # the question is answered
    chat.say("แจ้งค่ะ")
    draft = draft_of(services)
    assert "หักไว้ 50 บาท" in (draft.data.get("description") or ""), draft.data


def test_a_latin_letter_yes_alone_at_consent_is_consent(chat, services):
    chat.say("ผู้ใหญ่บ้านเก็บเงินทำบัตรคนละ 200 บาทค่ะ")
    chat.say("แจ้งค่ะ")
    chat.say("dai")
    assert draft_of(services).data.get("consent") is True, draft_of(services).data


def test_a_latin_letter_status_question_lists_ones_complaints(chat, services):
    reply = texts(chat.say("ruang khong phom pai theung nai laew krub"))
    assert "ยังไม่เข้าใจ" not in reply, reply


#: Plain answers to the questions before the witnesses question.
BEFORE_WITNESSES = {
    "kind": "1",
    "agency": "ไม่รู้",
    "official": "ผู้ใหญ่บ้าน",
    "district": "ประโคนชัย",
    "subdistrict": "ไม่รู้",
    "when": "เดือนที่แล้ว",
    "what_more": "ไม่มี",
    "evidence": "ไม่มี",
}


def test_a_worry_for_a_witness_is_not_stored_as_the_witness(chat, services):
    chat.say("ผู้ใหญ่บ้านเก็บเงินทำบัตรคนละ 200 บาทค่ะ")
    chat.say("แจ้งค่ะ")
    chat.say("ยินยอมค่ะ")
    answer_until(chat, services, "witnesses", BEFORE_WITNESSES)
    reply = texts(chat.say("มีพี่สาวเห็นด้วยค่ะ แต่ไม่อยากให้พี่เขาเดือดร้อน"))
    assert SAFETY not in reply, reply
    witnesses = draft_of(services).data.get("witnesses") or ""
    assert "พี่สาว" in witnesses and "เดือดร้อน" not in witnesses, witnesses


def test_a_young_persons_particle_is_not_kept_in_the_agency(chat, services):
    chat.say("ผู้ใหญ่บ้านเก็บเงินทำบัตรคนละ 200 บาทค่ะ")
    chat.say("แจ้งค่ะ")
    chat.say("ยินยอมค่ะ")
    answer_until(chat, services, "agency", BEFORE_WITNESSES)
    chat.say("โรงเรียนบ้านหนองแวงอ่ะ")
    assert draft_of(services).data.get("agency") == "โรงเรียนบ้านหนองแวง", draft_of(services).data
