"""walk31 (fixP31): a teacher gave her name in the story ("ดิฉันชื่อกมลวรรณ…"), then asked at the
summary to stay anonymous. The ticket is anonymous, and her name in the story is masked for
everyone who reads it (the chair's LINE alert, the page, the export), kept as told underneath;
the bot says back that the name in the story will be hidden from the committee."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from handlers import masking
from handlers.directory import members
from storage.models import Ticket
from tests.conftest import first_on_both
from tests.factories import REFERENCE, Chat, add_member, add_ticket, texts

STORY = (
    "สวัสดีค่ะ ดิฉันชื่อกมลวรรณ เป็นครูอัตราจ้างที่โรงเรียนบ้านหนองกี่ค่ะ "
    "ผอ.ให้ครูทุกคนเซ็นรับเงินค่าอาหารกลางวันเด็กเต็มจำนวน แต่ซื้อของจริงแค่ครึ่งเดียว"
)


def _file_then_ask_anonymity(chat):
    """The walk's teacher, word for word, up to her asking at the summary to stay anonymous."""
    chat.follow()
    for said in (STORY, "แจ้งค่ะ", "ยินยอมค่ะ", "พฤษภาคม 2569", "ไม่มีค่ะ"):
        chat.say(said)
    for said in ("ครูอีกสองคนรู้ค่ะ แต่ไม่ขอบอกชื่อ", "ยังไม่เคยค่ะ", "บอกชื่อได้ค่ะ"):
        chat.say(said)
    chat.say("กมลวรรณ ใจดี")
    chat.say("0612345678")
    return texts(chat.say("เปลี่ยนใจค่ะ ขอไม่เปิดเผยชื่อได้ไหมคะ กลัว ผอ. รู้"))


def _sign_in(app, services, role):
    from tests.dashboard_login import sign_in

    client = app.test_client()
    assert sign_in(client, services, add_member(services, role)).status_code == 303
    return client


def test_the_anonymous_teachers_name_in_her_story_is_hidden_everywhere(
    app, client, chat, gateway, services
):
    chair = Chat(client, gateway, "U" + uuid.uuid4().hex, "test-channel-secret")
    with services.uow() as uow:
        members.add_member(uow, chair.user_id, "ประธาน", "chair")
        uow.commit()
    said = _file_then_ask_anonymity(chat)
    assert "ไม่ระบุชื่อ" in said and "ดิฉันชื่อกมลวรรณ" in said, said
    assert "ชื่อที่เล่าไว้ในรายละเอียด" in said, said  # she is told it will be hidden
    reference = REFERENCE.search(texts(chat.tap("a=summary:confirm"))).group(0)
    with services.uow() as uow:
        ticket = uow.session.scalar(select(Ticket).where(Ticket.reference == reference))
        assert ticket.anonymous and "กมลวรรณ" in ticket.description  # nothing deleted

    services.sender.send_due()
    alert = texts(
        [
            m
            for c in gateway.sent
            if c["kind"] == "push" and c["to"] == chair.user_id
            for m in c["messages"]
        ]
    )
    assert reference in alert and "กมลวรรณ" not in alert, alert

    for role in ("chair", "reviewer"):
        member = _sign_in(app, services, role)
        page = member.get(f"/committee/tickets/{reference}").get_data(as_text=True)
        assert "ครูอัตราจ้าง" in page and "กมลวรรณ" not in page
        export = member.get("/committee/tickets/export.csv").get_data(as_text=True)
        assert reference in export and "กมลวรรณ" not in export
        found = member.get("/committee/tickets?q=กมลวรรณ").get_data(as_text=True)
        assert reference not in found


# What is masked is read in Python from the story; the page's query is the same for every
# story: the first on both kinds of database, the others on SQLite.
@first_on_both(
    ("story", "name"),
    [
        ("ผมชื่อ นายประยูร ทองมา ทำงานที่ อบต. ปลัดเรียกเงิน", "ประยูร"),
        ("ชื่อสายสุนีย์ นะคะ ขอแจ้งว่าเจ้าหน้าที่เก็บเงินเกิน", "สายสุนีย์"),
        ("ข้อยชื่อคำปุน อยู่บ้านโนนสูง ผู้ใหญ่บ้านเอาเงินไป", "คำปุน"),
        ("My name is Wanida Boonsong and the clerk asked me for 500 baht", "Wanida"),
    ],
)
def test_a_self_introduction_in_an_anonymous_story_is_masked(app, services, story, name):
    reference = add_ticket(services, description=story)
    page = _sign_in(app, services, "chair").get(f"/committee/tickets/{reference}")
    assert name not in page.get_data(as_text=True)


def test_someone_elses_name_and_a_named_story_stay_as_they_were():
    said = "เค้าชื่อสมปอง เป็นคนเก็บเงิน"
    assert masking.kept_anonymous(_Record(said)) == []  # "เค้าชื่อ": the one who did it
    assert masking.kept_anonymous(_Record("ดิฉันชื่อกมลวรรณ", anonymous=False)) == []


class _Record:
    def __init__(self, description, anonymous=True):
        self.description, self.anonymous = description, anonymous
