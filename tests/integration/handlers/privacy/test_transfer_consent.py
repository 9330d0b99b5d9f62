"""A named complainant is asked before their name goes to the agency; the answer is data."""

from __future__ import annotations

from sqlalchemy import select

from storage import privacy
from storage.models import Ticket
from tests.factories import chair_confirms, quick_data, submitted, texts
from tests.scheduling import pushes


def forward(services, runner, reference: str, agency: str = "pacc") -> None:
    for args in (["in_review"], ["forwarded", "--agency", agency]):
        result = runner.invoke(args=["tickets", "set-status", reference, *args])
        assert result.exit_code == 0, result.output
    chair_confirms(services, reference)  # forwarding takes effect when a chair confirms it


def test_named_complainant_is_asked_and_their_answer_recorded(chat, runner, services, gateway):
    reference = submitted(chat, anonymous=False).reference
    forward(services, runner, reference)
    services.sender.send_due(limit=50)
    asked = [p for p in pushes(gateway, chat.user_id) if "ยินยอมให้ส่งชื่อ" in texts(p)]
    assert len(asked) == 1 and "ป.ป.ท." in texts(asked[0])
    buttons = quick_data(asked[0])
    assert set(buttons) == {"ยินยอมส่งชื่อ", "ไม่ส่งชื่อ"}

    with services.uow() as uow:
        ticket_id = uow.session.scalars(select(Ticket.id)).one()
        assert privacy.transfer_consent(uow, ticket_id, "pacc") is None  # not asked yet → no

    assert "โดยไม่มีชื่อของท่าน" in texts(chat.tap(buttons["ไม่ส่งชื่อ"]))
    with services.uow() as uow:
        assert privacy.transfer_consent(uow, ticket_id, "pacc") is False
    chat.tap(buttons["ยินยอมส่งชื่อ"])  # a change of mind: the newest answer holds
    with services.uow() as uow:
        assert privacy.transfer_consent(uow, ticket_id, "pacc") is True
        assert privacy.transfer_consent(uow, ticket_id, "nacc") is None


def test_anonymous_complainant_is_not_asked(chat, runner, services, gateway):
    reference = submitted(chat, anonymous=True).reference
    forward(services, runner, reference)
    services.sender.send_due(limit=50)
    assert not [p for p in pushes(gateway, chat.user_id) if "ยินยอมให้ส่งชื่อ" in texts(p)]


def test_someone_else_cannot_answer_for_the_complainant(
    chat, runner, app, client, gateway, services
):
    import uuid

    from tests.factories import Chat

    reference = submitted(chat, anonymous=False).reference
    forward(services, runner, reference)
    stranger = Chat(client, gateway, "U" + uuid.uuid4().hex, "test-channel-secret")
    answer = stranger.tap(f"transfer={reference}:pacc:yes")
    assert "ไม่พบเรื่องนี้" in texts(answer)


def test_withdrawing_consent_withdraws_a_transfer_consent_too(chat, runner, services, gateway):
    reference = submitted(chat, anonymous=False).reference
    forward(services, runner, reference, "nacc")
    chat.tap(f"transfer={reference}:nacc:yes")
    question = chat.say("ถอนความยินยอม")
    chat.tap(quick_data(question)["ยืนยัน ถอนความยินยอม"])
    chat.say("ถอนความยินยอม")
    chat.say("ยืนยัน")  # twice changes nothing more
    with services.uow() as uow:
        ticket_id = uow.session.scalars(select(Ticket.id)).one()
        assert privacy.transfer_consent(uow, ticket_id, "nacc") is False
        from storage.privacy_models import ConsentRecord

        withdrawn = uow.session.scalars(
            select(ConsentRecord).where(ConsentRecord.granted.is_(False))
        ).all()
        assert sorted(r.purpose for r in withdrawn) == ["complaint", "transfer:nacc"]
