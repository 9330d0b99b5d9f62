"""A villager uses their PDPA rights by typing in LINE: see, export, erase, withdraw, unsend."""

from __future__ import annotations

import json
import re

from sqlalchemy import select

from storage.models import Draft, Evidence, LineUser, Ticket
from storage.privacy_models import ConsentRecord, PrivacyRequest
from tests.conftest import first_on_both
from tests.factories import file_complaint, media_event, quick_data, submitted, texts


def link_in(messages) -> str:
    """The download link the bot sent, as a path on this app."""
    found = re.search(
        r"https://sujarit\.example\.org(/privacy/export/\S+)\?openExternalBrowser=1",
        texts(messages),
    )
    assert found, texts(messages)
    return found.group(1)


def requests_logged(services) -> list[tuple[str, dict]]:
    with services.uow() as uow:
        rows = uow.session.scalars(select(PrivacyRequest).order_by(PrivacyRequest.id))
        return [(r.kind, r.outcome) for r in rows]


@first_on_both(
    "typed",
    [
        "ข้อมูลของฉัน",
        "ข้อมูล ของฉัน ค่ะ",
        "ขอดูข้อมูลของผมหน่อยครับ",
        "ขอเบิ่งข้อมูลของข้อยแน",
        "my data",
        "My Data",
    ],
)
def test_my_data_however_it_is_typed(chat, typed):
    answer = chat.say(typed)
    body = texts(answer)
    assert "ข้อมูลที่เครือข่ายเก็บไว้เกี่ยวกับท่าน" in body or "What the network holds" in body
    assert {"ลบข้อมูลของฉัน", "ถอนความยินยอม"} <= set(quick_data(answer)) or "Erase" in body


def test_my_data_lists_tickets_identity_and_gives_a_one_time_export(chat, client, services):
    reference = submitted(chat, anonymous=False).reference
    chat.tap("news=stop")

    answer = chat.tap("privacy=mydata")
    body = texts(answer)
    assert reference in body
    assert "เก็บชื่อและเบอร์โทรของท่านไว้ (เข้ารหัส): 1 เรื่อง" in body
    assert "การรับข่าวสาร: ไม่รับ" in body

    path = link_in(answer)
    # Opening the link (as LINE's link preview would) shows a button and uses nothing up.
    for _ in range(2):
        opened = client.get(path)
        assert opened.status_code == 200 and "ดาวน์โหลดข้อมูลของฉัน" in opened.get_data(True)
    download = client.post(path)
    assert download.status_code == 200
    assert "attachment" in download.headers["Content-Disposition"]
    data = json.loads(download.data)
    [ticket] = data["tickets"]
    assert ticket["reference"] == reference
    assert ticket["name"] == "สมหญิง รักดี" and ticket["phone"] == "0812345678"
    assert data["account"]["news_subscribed"] is False
    assert [c["purpose"] for c in data["consents"]] == ["complaint"]

    assert client.post(path).status_code == 410  # one time only
    assert client.get(path).status_code == 410
    assert [kind for kind, _ in requests_logged(services)] == ["access", "export"]


def test_export_link_expires(chat, client, services):
    path = link_in(chat.say("ข้อมูลของฉัน"))
    with services.uow() as uow:
        from storage.privacy_models import ExportLink

        link = uow.session.scalars(select(ExportLink)).one()
        link.expires_at = link.created_at
        uow.commit()
    assert client.post(path).status_code == 410
    assert client.get(path).status_code == 410
    assert client.post("/privacy/export/not-a-token").status_code == 410


def test_erase_asks_first_then_open_tickets_go_on_anonymously(chat, services, runner):
    reference = submitted(chat, anonymous=False).reference
    chat.tap("menu=complain")  # a new draft, left half-written
    chat.tap("a=consent:yes")

    question = chat.say("ลบข้อมูลของฉันด้วยค่ะ")
    assert "ย้อนกลับไม่ได้" in texts(question)
    assert "ดำเนินการต่อโดยไม่มีชื่อของท่าน" in texts(question)
    assert set(quick_data(question)) == {"ยืนยัน ลบข้อมูล", "ไม่ใช่ เก็บไว้ก่อน"}
    with services.uow() as uow:  # nothing happened yet
        assert uow.session.scalars(select(Ticket)).one().complainant_name_enc is not None

    done = chat.say("ยืนยัน")
    assert "ลบข้อมูลของท่านเรียบร้อยแล้ว" in texts(done)

    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket)).one()
        assert ticket.complainant_name_enc is None and ticket.complainant_phone_enc is None
        assert ticket.anonymous is True and ticket.owner_line_id_enc == ""
        assert ticket.description  # the complaint itself goes on
        assert all(d.data == {} for d in uow.session.scalars(select(Draft)))
        assert uow.session.scalar(select(LineUser).where(LineUser.line_user_id_enc != "")) is None

    # The committee carries on; no one is told, since no one can be reached.
    result = runner.invoke(args=["tickets", "set-status", reference, "in_review"])
    assert result.exit_code == 0, result.output
    # The person is a stranger now: their old tickets are not theirs any more.
    assert reference not in texts(chat.say("ติดตามเรื่อง"))
    [(kind, outcome)] = [r for r in requests_logged(services) if r[0] == "erase"]
    # The sent draft was emptied when it was sent: only the half-written one is left to clear.
    # What was done is kept, not how much (a count of tickets would tell how many were filed).
    assert outcome["open_tickets"] is True and outcome["drafts_cleared"] is True
    assert "สมหญิง" not in json.dumps(requests_logged(services), ensure_ascii=False)


def test_erase_can_be_declined_by_typing_no(chat, services):
    file_complaint(chat, anonymous=False)
    chat.tap("a=summary:confirm")
    chat.say("ลบข้อมูล")
    assert "ยังอยู่เหมือนเดิม" in texts(chat.say("ไม่"))
    with services.uow() as uow:
        assert uow.session.scalars(select(Ticket)).one().complainant_name_enc is not None


def test_withdraw_consent_drops_contact_but_tickets_stay_followable(chat, services):
    reference = submitted(chat, anonymous=False).reference

    question = chat.say("ถอน ความยินยอม ครับ")
    assert "ไม่มีผลย้อนหลัง" in texts(question)
    done = chat.tap(quick_data(question)["ยืนยัน ถอนความยินยอม"])
    assert "บันทึกการถอนความยินยอม" in texts(done)

    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket)).one()
        assert ticket.complainant_name_enc is None and ticket.anonymous is True
        consents = uow.session.scalars(select(ConsentRecord).order_by(ConsentRecord.id)).all()
        assert [(c.purpose, c.granted) for c in consents] == [
            ("complaint", True),
            ("complaint", False),
        ]
        assert uow.session.scalars(select(LineUser)).one().subscribed is False
    assert reference in texts(chat.say("ติดตามเรื่อง"))


def test_unsend_removes_the_answer_from_the_draft_and_asks_it_again(chat, services, gateway):
    chat.follow()
    chat.tap("menu=complain")
    chat.tap("a=consent:yes")
    chat.tap("a=kind:bribery")
    from tests.factories import text_event

    sent = text_event("อบต.บ้านด่าน", chat.user_id)
    chat.post(sent)
    with services.uow() as uow:
        assert uow.session.scalars(select(Draft)).one().data["agency"] == "อบต.บ้านด่าน"

    unsend = {
        "type": "unsend",
        "mode": "active",
        "timestamp": sent["timestamp"],
        "source": {"type": "user", "userId": chat.user_id},
        "webhookEventId": "01UNSEND" + sent["message"]["id"][:10],
        "deliveryContext": {"isRedelivery": False},
        "unsend": {"messageId": sent["message"]["id"]},
    }
    assert chat.post(unsend).status_code == 200
    with services.uow() as uow:
        data = uow.session.scalars(select(Draft)).one().data
        assert "agency" not in data and "อบต.บ้านด่าน" not in json.dumps(data, ensure_ascii=False)
    # what was done (the agency, and the district and sub-district its name told), not how much
    assert ("unsend", {"fields_removed": True}) in [
        (k, {x: y for x, y in o.items() if y}) for k, o in requests_logged(services)
    ]


def test_unsent_photo_is_dropped_from_the_draft(chat, services):
    chat.follow()
    chat.tap("menu=complain")
    chat.tap("a=consent:yes")
    photo = media_event("image", chat.user_id)
    chat.post(photo)
    chat.post(
        {
            "type": "unsend",
            "mode": "active",
            "timestamp": photo["timestamp"],
            "source": {"type": "user", "userId": chat.user_id},
            "webhookEventId": "01UNSENDPHOTO",
            "deliveryContext": {"isRedelivery": False},
            "unsend": {"messageId": photo["message"]["id"]},
        }
    )
    with services.uow() as uow:
        assert uow.session.scalars(select(Evidence)).one().status == "purged"


def test_consent_is_recorded_with_the_notice_version(chat, services):
    chat.follow()
    answer = chat.tap("menu=complain")
    assert "https://sujarit.example.org/privacy" in texts(answer)
    chat.tap("a=consent:yes")
    with services.uow() as uow:
        [record] = uow.session.scalars(select(ConsentRecord)).all()
        from handlers.privacy.notice import NOTICE_VERSION

        assert (record.purpose, record.granted, record.notice_version) == (
            "complaint",
            True,
            NOTICE_VERSION,
        )


def test_a_new_notice_version_is_shown_once(chat, services):
    chat.follow()
    with services.uow() as uow:
        uow.session.scalars(select(LineUser)).one().notice_version = "2020-01"
        uow.commit()
    first = texts(chat.say("เมนู"))
    assert 'ประกาศความเป็นส่วนตัวของ "สุจริต" มีการปรับปรุง' in first
    assert "มีการปรับปรุง" not in texts(chat.say("เมนู"))
