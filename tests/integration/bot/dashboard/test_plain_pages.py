"""Every page a member reads is in Thai words: no status or language code, no catalogue key,
no snake_case code, no jargon; and the campaign form's button says what it will do."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

from bs4 import BeautifulSoup

from handlers.outreach import campaigns
from storage import tickets
from storage.campaign_models import Forum
from storage.models import Evidence
from storage.ticket_status import STATUSES
from tests.dashboard_login import csrf_token, sign_in
from tests.factories import add_member, add_ticket

RAW = re.compile(
    r"\b(" + "|".join((*STATUSES, "th", "en")) + r")\b|dash\.|SHA-256|Flex|มัธยฐาน|ชม\."
    r"|\b[a-z]+_[a-z_]+\b|\bmember[ :]\d|->|Mozilla/|\d\.\d (ชั่วโมง|วัน)"
)
ANDROID = "Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36"


def read(client, url: str) -> str:
    """The visible text of a page's main part."""
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    main = BeautifulSoup(response.data, "html.parser").select_one("main")
    for hidden in main.select("script, option"):  # option values are codes; labels are read
        hidden.unwrap() if hidden.name == "option" else hidden.decompose()
    return main.get_text(" ", strip=True)


def signed_in(app, services, member_id: int):
    client = app.test_client()
    client.environ_base["HTTP_USER_AGENT"] = ANDROID
    assert sign_in(client, services, member_id).status_code == 303
    return client


def test_every_page_a_member_reads_is_plain_thai(app, services):
    chair = add_member(services, "chair", "ประธาน สมปอง")
    reviewer = add_member(services, "reviewer", "กรรมการ สมหญิง")
    admin = add_member(services, "admin", "ผู้ดูแล สมชาย")
    organizer = add_member(services, "organizer", "เลขา สมใจ")
    named = add_ticket(services, name="นางสาวกล้า", phone="0800000001", language="th")
    taken = add_ticket(services, status="in_review", assignee_id=reviewer)
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, taken)
        for status in ("pending", "failed", "gone", "too_large", "refused"):
            uow.session.add(
                Evidence(
                    ticket_id=ticket.id,
                    line_message_id=f"m-{status}",
                    media_kind="image",
                    status=status,
                    next_attempt_at=uow.now(),
                )
            )
        campaigns.create(uow, title="ร่าง", text="ข้อความร่างค่ะ", draft=True)
        uow.session.add(
            Forum(title="เวที", starts_at=datetime(2026, 3, 17, 2, 30, tzinfo=UTC), venue="ศาลา")
        )
        uow.commit()
    staff = signed_in(app, services, reviewer)
    post = {"csrf_token": csrf_token(staff)}
    staff.post(
        f"/committee/tickets/{taken}/message", data={**post, "body": "มีใบเสร็จไหม", "question": "1"}
    )
    form = {**post, "status": "rejected", "reason": "ซ้ำ", "reason_code": "duplicate"}
    staff.post(f"/committee/tickets/{taken}/status", data=form)
    pages = {
        reviewer: ["/committee/tickets", f"/committee/tickets/{taken}", "/committee/figures"],
        chair: [
            "/committee/tickets?waiting=1",
            f"/committee/tickets/{named}",
            f"/committee/tickets/{taken}",
            "/committee/tickets/export",
            "/committee/audit",
            "/committee/conflicts",
            "/committee/agencies",
            "/committee/accused-agencies",
        ],
        admin: ["/committee/audit", "/committee/outbox/dead"],
        organizer: ["/committee/outbox", "/committee/campaigns", "/committee/campaigns/new"],
    }
    coded = {}
    for member, urls in pages.items():
        client = signed_in(app, services, member)
        for url in urls:
            found = RAW.search(read(client, url))
            if found:
                coded[url] = found.group(0)
    assert coded == {}


def test_the_campaign_button_says_what_the_chosen_schedule_does(app, services):
    client = signed_in(app, services, add_member(services, "organizer"))
    page = BeautifulSoup(client.get("/committee/campaigns/new").data, "html.parser")
    button = page.select_one("button[name=save_schedule]")
    assert page.select_one("input[name=schedule][value=now]").has_attr("checked")
    assert button.get_text(strip=True) == "ส่งเลย"  # not "ตั้งเวลาส่ง" with "send now" chosen
    labels = json.loads(button["data-schedule-labels"])  # what the page's script switches to
    assert labels == {"now": "ส่งเลย", "at": "ตั้งเวลาส่ง", "weekly": "ตั้งส่งทุกสัปดาห์"}
