"""How often a chair's phone rings for threats told while filing: once a day per LINE
account (erasing one's data does not start the count again), and past a few an hour from
many accounts one summary, then quiet until the hour ends; every threat is still kept."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from handlers import danger
from storage import throttles
from storage.insider_models import ThrottleCount
from storage.models import Draft, OutboxMessage
from storage.retention import RetentionPolicy, apply
from tests.clock import Clock
from tests.factories import Chat, line_id, new_member, texts

SECRET = "test-channel-secret"


@pytest.fixture
def clock():
    """Ten past the hour, so a few minutes stay in one hour's window."""
    return Clock(datetime(2026, 3, 2, 3, 10, tzinfo=UTC))


def _count(services) -> int:
    """How many danger alerts were queued for the committee."""
    with services.uow() as uow:
        stmt = select(OutboxMessage).where(OutboxMessage.purpose == "committee:danger")
        return len(uow.session.scalars(stmt).all())


def _threaten(client, gateway, user_id: str | None = None) -> str:
    chat = Chat(client, gateway, user_id or line_id(), SECRET)
    chat.follow()
    chat.tap("menu=complain")
    chat.tap("a=consent:yes")
    return texts(chat.say("เขาขู่จะฆ่าผม"))


def _chair(services) -> str:
    """A chair, committed; their LINE account."""
    with services.uow() as uow:
        _, uid = new_member(uow, "ประธาน", "chair")
        uow.commit()
        return uid


def test_a_flood_of_accounts_rings_a_few_times_and_one_summary(client, gateway, services, clock):
    _chair(services)
    for _ in range(danger.FILING_ALERTS_PER_HOUR + 4):
        answer = _threaten(client, gateway)
        assert "191" in answer
        assert "ประธาน" in answer  # each is told the chair knows (the summary said more came)
        clock.advance(minutes=1)
    assert _count(services) == danger.FILING_ALERTS_PER_HOUR + 1
    with services.uow() as uow:  # every threat kept on its draft
        drafts = uow.session.scalars(select(Draft)).all()
        assert sum(len(d.data.get(danger.THREATS, [])) for d in drafts) == 7
    clock.advance(hours=1)
    _threaten(client, gateway)
    assert _count(services) == danger.FILING_ALERTS_PER_HOUR + 2  # a new hour rings again


def test_the_summary_says_what_was_gathered(client, gateway, services, clock):
    chair = _chair(services)
    for _ in range(danger.FILING_ALERTS_PER_HOUR + 2):
        _threaten(client, gateway)
    told = [texts(s["messages"]) for s in gateway.sent if s["to"] == chair]
    assert len(told) == danger.FILING_ALERTS_PER_HOUR + 1
    assert "ถูกข่มขู่" in told[0] and "เกิน" not in told[0]
    assert f"เกิน {danger.FILING_ALERTS_PER_HOUR} ราย" in told[-1]


def test_one_account_erasing_between_threats_rings_once_a_day(client, gateway, services, clock):
    _chair(services)
    user = line_id()
    for _ in range(3):
        _threaten(client, gateway, user)
        Chat(client, gateway, user, SECRET).tap("privacy=erase_yes")
    assert _count(services) == 1
    clock.advance(days=1)
    _threaten(client, gateway, user)
    assert _count(services) == 2


def test_the_counts_go_two_days_after_their_window(services, client, gateway, clock):
    _chair(services)
    _threaten(client, gateway)
    with services.uow() as uow:
        assert uow.session.scalars(select(ThrottleCount)).all()
    clock.advance(days=1)
    with services.uow() as uow:
        apply(uow, RetentionPolicy())
        uow.commit()
        assert uow.session.scalars(select(ThrottleCount)).all()
    clock.advance(days=1, hours=1)
    with services.uow() as uow:
        assert apply(uow, RetentionPolicy())["throttle_windows"] == 2
        uow.commit()
        assert not uow.session.scalars(select(ThrottleCount)).all()
    assert throttles.KEPT == timedelta(days=2)
