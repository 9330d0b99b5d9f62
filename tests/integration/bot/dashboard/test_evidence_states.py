"""Each evidence file says what became of it: a thumbnail, or why not and what happens next;
a failed download can be tried again by a reviewer or the chair."""

from __future__ import annotations

import uuid
from datetime import timedelta

from bs4 import BeautifulSoup
from sqlalchemy import select

from bot.line.evidence import MAX_ATTEMPTS, EvidenceFetcher
from bot.line.gateway import SdkLineGateway
from storage import tickets
from storage.models import AuditEntry, Evidence
from tests.dashboard_login import csrf_token, sign_in
from tests.factories import add_member, add_ticket, photo_with_gps, shown


def evidence_row(services, reference: str, **fields) -> tuple[int, str]:
    """A photo the complainant sent on the ticket, in the given download state."""
    message_id = str(uuid.uuid4().int)[:18]
    with services.uow() as uow:
        row = Evidence(
            ticket_id=tickets.by_reference(uow, reference).id,
            line_message_id=message_id,
            media_kind="image",
            created_at=uow.now(),
            next_attempt_at=fields.pop("next_attempt_at", uow.now()),
            **fields,
        )
        uow.session.add(row)
        uow.commit()
        return row.id, message_id


def states(client, reference: str) -> dict[str, str]:
    page = BeautifulSoup(client.get(f"/committee/tickets/{reference}").data, "html.parser")
    return {p["data-state"]: p.get_text(strip=True) for p in page.select(".evidence-state")}


def test_every_file_says_why_it_is_not_shown_and_what_happens_next(app, services):
    ref = add_ticket(services)
    with services.uow() as uow:
        now = uow.now()
    evidence_row(services, ref)
    evidence_row(services, ref, attempts=2, next_attempt_at=now + timedelta(minutes=2))
    evidence_row(services, ref, next_attempt_at=now - timedelta(hours=3))
    evidence_row(services, ref, status="failed", attempts=MAX_ATTEMPTS)
    evidence_row(services, ref, status="gone", attempts=1)
    client = app.test_client()
    assert sign_in(client, services, add_member(services, "reviewer")).status_code == 303
    shown = states(client, ref)
    assert set(shown) == {"downloading", "retrying", "stalled", "failed", "expired"}
    assert "ลองอีกครั้งเมื่อ" in shown["retrying"] and "2569" in shown["retrying"]
    assert "ผู้ดูแลระบบ" in shown["stalled"]  # a stuck download is not "downloading" forever
    assert "ถามผู้ร้อง" in shown["expired"]


def test_a_reviewer_retries_a_failed_download_and_then_sees_the_photo(app, services, line_api):
    ref = add_ticket(services)
    evidence_id, message_id = evidence_row(services, ref, status="failed", attempts=MAX_ATTEMPTS)
    line_api.add_content(message_id, photo_with_gps(), "image/jpeg")
    admin, reviewer = app.test_client(), app.test_client()
    assert sign_in(admin, services, add_member(services, "admin")).status_code == 303
    assert sign_in(reviewer, services, add_member(services, "reviewer")).status_code == 303
    url = f"/committee/tickets/{ref}/evidence/{shown(services, 'evidence', evidence_id)}/retry"
    page = BeautifulSoup(reviewer.get(f"/committee/tickets/{ref}").data, "html.parser")
    assert page.select_one(f'form[action="{url}"]')
    assert admin.post(url, data={"csrf_token": csrf_token(admin)}).status_code == 403
    assert reviewer.post(url).status_code == 400  # no CSRF token: refused
    assert reviewer.post(url, data={"csrf_token": csrf_token(reviewer)}).status_code == 303
    assert states(reviewer, ref) == {"downloading": states(reviewer, ref)["downloading"]}

    gateway = SdkLineGateway("t", "http://127.0.0.1:1", line_api.base_url, 5)
    fetcher = EvidenceFetcher(services.uow, gateway, services.fetcher.store, 2**20)
    assert fetcher.fetch_due(ids=[evidence_id]) == {"stored": 1}
    page = BeautifulSoup(reviewer.get(f"/committee/tickets/{ref}").data, "html.parser")
    assert not page.select(".evidence-state")
    link = f"/committee/tickets/{ref}/evidence/{shown(services, 'evidence', evidence_id)}"
    assert page.select_one(f'img[src="{link}"]')
    with services.uow() as uow:
        actions = uow.session.scalars(select(AuditEntry.action)).all()
        assert "evidence_retry" in actions
