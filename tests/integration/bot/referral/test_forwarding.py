"""Forwarding a complaint filed in the chat: consent, the letter, the agency's clock in Thai
working days, reminders to chase, the complainant told of each step, and the figures."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from bot.jobs import catalogue as jobs
from storage.models import AuditEntry
from storage.referral_models import Referral
from tests.clock import Clock
from tests.dashboard_login import csrf_token, sign_in
from tests.factories import chair_confirms, new_member, quick_data, texts
from tests.integration.bot.referral.conftest import file_with_evidence
from tests.scheduling import pushes

BKK = ZoneInfo("Asia/Bangkok")


@pytest.fixture
def clock():
    return Clock(datetime(2026, 4, 8, 9, 0, tzinfo=BKK))  # Wednesday before Songkran


def post(client, url: str, **form):
    return client.post(url, data={**form, "csrf_token": csrf_token(client)})


def letter_text(response) -> str:
    import io

    assert response.status_code == 200 and response.mimetype == "application/pdf"
    pages = PdfReader(io.BytesIO(response.data)).pages
    text = "\n".join(page.extract_text() for page in pages)
    return text.replace("\u200b", "").replace("\u0e4d\u0e32", "\u0e33")


def told(services, gateway, user_id: str) -> str:
    services.sender.send_due()
    return "\n".join(texts(m) for m in pushes(gateway, user_id))


def test_forwarding_runs_both_clocks_and_tells_the_complainant(
    app, runner, chat, gateway, services, clock
):
    ticket = file_with_evidence(chat, gateway, services, named=True)
    ref = ticket.reference
    with services.uow() as uow:
        chair, chair_line = new_member(uow, "ประธานเครือข่าย", role="chair")
        reviewer, _ = new_member(uow, "กรรมการ ก")
        uow.commit()
        chair_id, reviewer_id = chair.id, reviewer.id
    client = app.test_client()
    assert sign_in(client, services, chair_id).status_code == 303
    assert post(client, f"/committee/tickets/{ref}/take").status_code == 303
    page = client.get(f"/committee/tickets/{ref}").get_data(as_text=True)
    assert "ยังไม่ได้ยินยอมให้ส่งชื่อ" in page

    # Without consent the letter does not name the complainant, even when the chair makes it.
    first = letter_text(post(client, f"/committee/tickets/{ref}/referral/letter", agency="pacc"))
    flat = "".join(first.split())
    assert "ชื่อผู้ร้องเรียนสงวนไว้" in flat and "สมหญิง" not in flat
    assert "มิได้ยินยอม" not in flat  # never asked: no refusal to claim

    # The complainant is asked in LINE, before the letter goes, and agrees for the PACC only.
    post(client, f"/committee/tickets/{ref}/referral/consent", agency="pacc")
    asked = told(services, gateway, chat.user_id)
    assert "ยินยอมให้ส่งชื่อและเบอร์โทร" in asked
    answer = f"transfer={ref}:pacc:yes"
    assert answer in quick_data(pushes(gateway, chat.user_id)[-1]).values()
    assert "ชื่อและเบอร์โทรของท่านจะส่งถึง" in texts(chat.tap(answer))
    page = client.get(f"/committee/tickets/{ref}").get_data(as_text=True)
    assert "ยินยอมให้ส่งชื่อและเบอร์โทรถึง: สำนักงาน ป.ป.ท." in page

    # The chair's letter now names them (audited); a reviewer's never does.
    second = letter_text(post(client, f"/committee/tickets/{ref}/referral/letter", agency="pacc"))
    assert "สมหญิง รักดี" in second and "0812345678" in second
    assert first.split("\n")[0] == second.split("\n")[0]  # the same letter number
    reviewer_client = app.test_client()
    sign_in(reviewer_client, services, reviewer_id)
    url = f"/committee/tickets/{ref}/referral/letter"
    assert "สมหญิง" not in letter_text(post(reviewer_client, url, agency="pacc"))
    assert "สมหญิง" not in letter_text(post(client, url, agency="nacc"))  # not agreed for them
    with services.uow() as uow:
        audits = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "identity_to_agency")
        ).all()
        assert len(audits) == 1 and audits[0].actor == f"member:{chair_id}"

    # The PACC must answer within 3 working days: sent Thursday 9 April, Songkran (13-15)
    # and the weekend are not counted, so the answer is due Friday 17 April.
    assert runner.invoke(args=["agencies", "set", "pacc", "--answer-days", "3"]).exit_code == 0
    clock.now = datetime(2026, 4, 9, 10, 0, tzinfo=BKK)
    sign_in(client, services, chair_id)  # the next day: a session lasts 8 hours at most
    post(client, f"/committee/tickets/{ref}/referral/sent", agency="pacc")
    chair_confirms(services, ref)  # forwarding takes effect when another chair confirms it
    with services.uow() as uow:
        referral = uow.session.scalars(select(Referral).where(Referral.agency_code == "pacc")).one()
        assert referral.forwarded_at == clock.now
        assert referral.answer_due_at == datetime(2026, 4, 17, 10, 0, tzinfo=BKK)
    notices = told(services, gateway, chat.user_id)
    assert "ได้ส่งต่อให้ สำนักงาน ป.ป.ท." in notices and "17 เม.ย. 2569" in notices

    # Not yet due on Thursday 16 April; on Friday 17 April at 11:00 it is.
    clock.now = datetime(2026, 4, 16, 11, 0, tzinfo=BKK)
    jobs.run_job(services, "sla-reminders")
    assert "ทวงถาม" not in told(services, gateway, chair_line)
    clock.now = datetime(2026, 4, 17, 11, 0, tzinfo=BKK)
    jobs.run_job(services, "sla-reminders")
    jobs.run_job(services, "sla-reminders")
    chased = [m for m in pushes(gateway, chair_line) if "ติดตามทวงถาม" in texts(m)]
    assert len(chased) == 1 and ref in texts(chased[0])
    complainant = told(services, gateway, chat.user_id)
    assert complainant.count("กำลังติดตามทวงถามให้") == 1
    sign_in(client, services, chair_id)  # days later: a new sign-in
    assert "BRM" in client.get("/committee/tickets?overdue=1").get_data(as_text=True)

    # The agency registers it and answers on Tuesday 21 April: both reach the complainant.
    post(client, f"/committee/tickets/{ref}/referral/reference", agency_reference="ปท 0456/2569")
    clock.now = datetime(2026, 4, 21, 14, 0, tzinfo=BKK)
    sign_in(client, services, chair_id)
    post(client, f"/committee/tickets/{ref}/referral/answer", summary="ตั้งกรรมการสอบข้อเท็จจริงแล้ว")
    assert "ตั้งกรรมการสอบข้อเท็จจริงแล้ว" not in told(services, gateway, chat.user_id)
    chair_confirms(services, ref)  # so does the answer the chair recorded
    complainant = told(services, gateway, chat.user_id)
    assert "ปท 0456/2569" in complainant and "ตั้งกรรมการสอบข้อเท็จจริงแล้ว" in complainant
    assert "BRM" not in client.get("/committee/tickets?overdue=1").get_data(as_text=True)

    figures = client.get("/committee/figures").get_data(as_text=True)
    section = figures[figures.index('id="referral-figures"') :]
    assert "สำนักงาน ป.ป.ท." in section
    assert "5 วันทำการ" in section  # 9 → 21 April: the 10th, 16th, 17th, 20th and 21st


def test_an_anonymous_complaint_cannot_be_asked_for_identity(app, chat, gateway, services):
    ticket = file_with_evidence(chat, gateway, services, named=False)
    with services.uow() as uow:
        chair, _ = new_member(uow, "ประธาน", role="chair")
        uow.commit()
        chair_id = chair.id
    client = app.test_client()
    sign_in(client, services, chair_id)
    page = client.get(f"/committee/tickets/{ticket.reference}").get_data(as_text=True)
    assert "ผู้ร้องไม่เปิดเผยตัว" in page
    refused = post(client, f"/committee/tickets/{ticket.reference}/referral/consent", agency="pacc")
    assert refused.status_code == 303
    assert "ยินยอม" not in told(services, gateway, chat.user_id).split("BRM")[-1]
    # A forged answer from the complainant puts no identity in a letter either.
    chat.tap(f"transfer={ticket.reference}:pacc:yes")
    letter = letter_text(
        post(client, f"/committee/tickets/{ticket.reference}/referral/letter", agency="pacc")
    )
    assert "ไม่ประสงค์เปิดเผยตัว" in letter
