"""What a database copy (and, where said, its keys) must not reveal after a person used
their rights: no LINE id left in the outbox, no name in a sent draft, no person on an
export link to pair with a rights request."""

from __future__ import annotations

import re

from sqlalchemy import select

from bot.jobs import catalogue as jobs
from storage.models import Draft, OutboxMessage
from storage.privacy_models import ExportLink, PrivacyRequest
from tests.factories import file_complaint, quick_data, texts


def recipients(services) -> list[str]:
    """Every recipient the outbox still holds, decrypted (what a key holder would read)."""
    with services.uow() as uow:
        rows = uow.session.scalars(select(OutboxMessage.recipient_enc)).all()
        return [uow.vault.decrypt(r) for r in rows if r]


def filed_and_told(chat, runner) -> str:
    """A named complaint the committee takes up: the complainant is told by a push message."""
    file_complaint(chat, anonymous=False)
    reference = re.search(r"BRM-\d{4}-\d{5}", texts(chat.tap("a=summary:confirm"))).group(0)
    moved = runner.invoke(args=["tickets", "set-status", reference, "in_review"])
    assert moved.exit_code == 0, moved.output
    return reference


def test_delivered_messages_keep_no_recipient_and_only_the_hour(chat, services, runner):
    filed_and_told(chat, runner)

    with services.uow() as uow:
        sent = uow.session.scalars(select(OutboxMessage)).all()
        assert sent and {r.status for r in sent} == {"sent"}
        assert {r.recipient_enc for r in sent} == {None}
        times = [t for r in sent for t in (r.created_at, r.sent_at, r.next_attempt_at)]
        assert {(t.minute, t.second, t.microsecond) for t in times} == {(0, 0, 0)}


def test_after_erasure_and_retention_no_outbox_row_holds_the_line_id(chat, services, runner):
    filed_and_told(chat, runner)
    with services.uow() as uow:  # a message LINE never took (kept for the draft period)
        row = uow.session.scalars(select(OutboxMessage)).first()
        row.status, row.recipient_enc = "dead", uow.vault.encrypt(chat.user_id)
        row.created_at = uow.now().replace(year=uow.now().year - 1)
        uow.commit()
    chat.say("ลบข้อมูลของฉัน")
    chat.say("ยืนยัน")

    jobs.run_job(services, "retention")

    assert chat.user_id not in recipients(services)


def test_withdrawing_consent_leaves_no_name_or_phone_in_any_draft(chat, services):
    file_complaint(chat, anonymous=False)
    chat.tap("a=summary:confirm")

    question = chat.say("ถอนความยินยอม")
    chat.tap(quick_data(question)["ยืนยัน ถอนความยินยอม"])

    with services.uow() as uow:
        drafts = uow.session.scalars(select(Draft)).all()
        assert drafts and all(d.data == {} for d in drafts)


def test_a_rights_request_and_an_export_link_joined_on_time_name_nobody(chat, client, services):
    file_complaint(chat, anonymous=False)
    chat.tap("a=summary:confirm")

    answer = texts(chat.tap("privacy=mydata"))

    with services.uow() as uow:
        requests = uow.session.scalars(select(PrivacyRequest)).all()
        links = uow.session.scalars(select(ExportLink)).all()
        assert requests and links
        assert {link.user_id for link in links} == {None}  # the person only encrypted
        assert all((r.at.minute, r.at.second, r.at.microsecond) == (0, 0, 0) for r in requests)
    # The link still downloads for its person.
    path = re.search(r"https://sujarit\.example\.org(/privacy/export/\S+)\?", answer).group(1)
    assert client.post(path).status_code == 200


def _waiting(services, **message) -> str:
    from handlers.replies import Say, to_json
    from storage import outbox

    with services.uow(after_commit=False) as uow:  # left for the sender, not sent at commit
        row = outbox.enqueue(uow, payload=to_json([Say("welcome.hello")]), **message)
        uow.commit()
        return row.id


def test_a_message_waiting_for_an_erased_person_is_never_sent(chat, services, gateway):
    file_complaint(chat, anonymous=False)
    waiting = _waiting(services, channel="push", recipient=chat.user_id, purpose="status")
    chat.say("ลบข้อมูลของฉัน")
    chat.say("ยืนยัน")
    before = len(gateway.sent)

    jobs.run_job(services, "outbox")

    assert not [c for c in gateway.sent[before:] if c.get("to") == chat.user_id]
    with services.uow() as uow:
        row = uow.session.get(OutboxMessage, waiting)
        assert (row.status, row.recipient_enc, row.payload) == ("cancelled", None, [])


def test_an_erased_person_is_taken_off_a_waiting_multicast_the_others_still_get(
    chat, services, gateway
):
    from storage.owner_bindings import recipient_of
    from tests.factories import line_id

    other = line_id()
    file_complaint(chat, anonymous=False)
    waiting = _waiting(services, channel="multicast", recipients=[chat.user_id, other])
    chat.say("ลบข้อมูลของฉัน")
    chat.say("ยืนยัน")

    with services.uow() as uow:
        row = uow.session.get(OutboxMessage, waiting)
        assert (recipient_of(uow.vault, row), row.recipient_count) == (other, 1)


def test_erasure_takes_the_persons_events_out_of_a_failed_body_and_keeps_the_others(chat, services):
    import json

    from storage import failed_events
    from storage.models import FailedEvent
    from tests.factories import line_id, text_event

    other = line_id()
    file_complaint(chat, anonymous=False)
    events = [text_event("โทร 0812345678", chat.user_id), text_event("สวัสดีค่ะ", other)]
    with services.uow() as uow:
        failed_events.keep(
            uow, "01HXFAIL", "message", "TimeoutError", json.dumps({"events": events})
        )
        uow.commit()
    chat.say("ลบข้อมูลของฉัน")
    chat.say("ยืนยัน")

    with services.uow() as uow:
        [raw] = [uow.vault.decrypt(r.raw_enc) for r in uow.session.scalars(select(FailedEvent))]
    assert chat.user_id not in raw and "0812345678" not in raw
    assert [e["source"]["userId"] for e in json.loads(raw)["events"]] == [other]
