"""Campaign delivery through the real SDK gateway against the fake LINE API.

Every recipient gets a campaign exactly once: batches of at most 500, LINE
answering 429/500, and a scheduler killed between batches and restarted.
"""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import UTC, datetime, time, timedelta

import pytest
from sqlalchemy import select

from bot import create_app
from bot.jobs import catalogue as jobs
from bot.line.gateway import SdkLineGateway
from handlers.outreach import campaigns, forums
from handlers.outreach import progress as campaign_progress
from storage.campaign_models import Campaign
from storage.models import LineUser, Member, OutboxMessage
from tests.clock import Clock
from tests.conftest import make_env

START = datetime(2026, 3, 2, 2, 0, tzinfo=UTC)  # a Monday, 09:00 in Bangkok


class Killed(BaseException):
    """The scheduler process dying (after LINE accepted a call, before it was recorded)."""


class KillAfter:
    """A gateway that dies right after its n-th accepted multicast."""

    def __init__(self, inner, calls: int) -> None:
        self.inner = inner
        self.left = calls

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def multicast(self, to, messages, retry_key):
        result = self.inner.multicast(to, messages, retry_key)
        self.left -= 1
        if self.left == 0:
            raise Killed
        return result


@pytest.fixture
def clock():
    return Clock(START)


@pytest.fixture
def make_services(database_url, tmp_path, line_api, clock):
    apps = []

    def build(gateway=None):
        env = make_env(
            database_url,
            tmp_path,
            LINE_API_BASE_URL=line_api.base_url,
            LINE_DATA_API_BASE_URL=line_api.base_url,
        )
        config = {"ENV": env, "CLOCK": clock}
        if gateway is not None:
            config["GATEWAY"] = gateway
        app = create_app(config)
        apps.append(app)
        return app.extensions["sujarit"]

    yield build
    for app in apps:
        app.extensions["sujarit"].engine.dispose()


@pytest.fixture
def services(make_services):
    return make_services()


def add_people(services, count, district=None, subscribed=True, language="th"):
    ids = ["U" + uuid.uuid4().hex for _ in range(count)]
    with services.uow() as uow:
        uow.session.add_all(
            LineUser(
                user_hash=uow.vault.blind_index(i),
                line_user_id_enc=uow.vault.encrypt(i),
                subscribed=subscribed,
                district=district,
                language=language,
                state={},
            )
            for i in ids
        )
        uow.commit()
    return ids


def new_campaign(services, **fields):
    fields.setdefault("title", "รณรงค์ไม่รับสินบน")
    fields.setdefault("text", "ร่วมกันปฏิเสธสินบนทุกรูปแบบค่ะ")
    with services.uow() as uow:
        campaign = campaigns.create(uow, **fields)
        uow.commit()
        return campaign.id


def received(line_api) -> Counter:
    """How many times each user id appears in accepted multicast calls."""
    return Counter(uid for call in line_api.sent_calls() for uid in (call.json or {}).get("to", []))


def progress(services, campaign_id):
    with services.uow() as uow:
        return campaign_progress.progress(uow, campaign_id)


def test_subscribers_are_sent_in_batches_of_at_most_500(services, line_api):
    people = add_people(services, 1203)
    add_people(services, 7, subscribed=False)
    campaign_id = new_campaign(services)
    outcome = jobs.run_job(services, "campaigns")

    calls = line_api.calls_to("/multicast")
    assert sorted(len(c.json["to"]) for c in calls) == [203, 500, 500]
    assert received(line_api) == Counter(people)
    assert len({c.headers["X-Line-Retry-Key"] for c in calls}) == 3
    assert line_api.sent_texts() == ["ร่วมกันปฏิเสธสินบนทุกรูปแบบค่ะ"] * 3
    assert outcome["runs"] == {"started": 1}
    state = progress(services, campaign_id)
    assert state["status"] == "sent"
    assert state["runs"][0]["reached"] == 1203
    assert state["batches"] == {"total": 3, "sent": 3, "waiting": 0, "failed": 0, "cancelled": 0}


def test_each_language_gets_its_own_batches(services, line_api):
    add_people(services, 3, language="en")
    add_people(services, 2)
    with services.uow() as uow:
        forum = forums.create(
            uow,
            title="เวทีเสวนา",
            day=(START + timedelta(days=5)).date(),
            at=time(9),
            venue="อบต.",
            actor="test",
        )
        campaign = forums.announce(uow, forum.id, actor="test")
        uow.commit()
    jobs.run_job(services, "campaigns")
    alts = sorted(c.json["messages"][0]["altText"] for c in line_api.calls_to("/multicast"))
    assert alts == ["You are invited to a public forum.", "ขอเชิญร่วมเวทีเสวนาค่ะ"]
    assert progress(services, campaign.id)["status"] == "sent"


def test_429_and_500_are_retried_and_nobody_gets_it_twice(services, line_api, clock):
    people = add_people(services, 1100)
    line_api.fail_next("/multicast", 500)
    line_api.fail_next("/multicast", 429, headers={"Retry-After": "30"})
    campaign_id = new_campaign(services)
    jobs.run_job(services, "campaigns")
    state = progress(services, campaign_id)
    assert state["status"] == "sending"
    assert state["batches"]["waiting"] == 2
    assert {f["error"][:3] for f in state["failures"]} == {"500", "429"}

    jobs.run_job(services, "campaigns")  # too early: the back-off holds
    assert len(line_api.sent_calls()) == 1
    clock.advance(minutes=2)
    jobs.run_job(services, "campaigns")
    assert received(line_api) == Counter(people)
    assert progress(services, campaign_id)["status"] == "sent"


def test_a_scheduler_killed_mid_send_resumes_without_doubling(
    make_services, line_api, clock, tmp_path
):
    real = SdkLineGateway("t", line_api.base_url, line_api.base_url, 5)
    dying = make_services(KillAfter(real, calls=2))
    people = add_people(dying, 1400)
    campaign_id = new_campaign(dying)
    with pytest.raises(Killed):
        jobs.run_job(dying, "campaigns")
    assert len(line_api.sent_calls()) == 2
    with dying.uow() as uow:
        rows = uow.session.scalars(select(OutboxMessage)).all()
        assert len(rows) == 3  # every batch was written before the first call
        assert {r.status for r in rows} == {"sent", "sending"}

    restarted = make_services()
    jobs.run_job(restarted, "campaigns")  # within the lease: nothing is sent again
    assert len(line_api.sent_calls()) == 2
    clock.advance(minutes=6)
    jobs.run_job(restarted, "campaigns")
    assert received(line_api) == Counter(people)
    assert [c.status for c in line_api.calls_to("/multicast")].count(409) == 1
    assert progress(restarted, campaign_id)["status"] == "sent"


def test_a_campaign_that_would_exhaust_the_quota_is_held_with_a_warning(
    services, line_api, app_runner, clock
):
    line_api.quota_limit = 1000
    line_api.quota_consumed = 900
    add_people(services, 150)
    campaign_id = new_campaign(services)
    jobs.run_job(services, "campaigns")
    assert line_api.calls_to("/multicast") == []
    state = progress(services, campaign_id)
    assert state["status"] == "held"
    runner = app_runner(services)
    listing = runner.invoke(args=["campaigns", "list"]).output
    assert "held" in listing and "150" in listing and "100" in listing
    assert "WARNING" in runner.invoke(args=["campaigns", "show", str(campaign_id)]).output

    assert runner.invoke(args=["campaigns", "resume", str(campaign_id)]).exit_code == 0
    jobs.run_job(services, "campaigns")
    assert progress(services, campaign_id)["status"] == "held"  # checked again, still short

    runner.invoke(args=["campaigns", "resume", str(campaign_id), "--force"])
    jobs.run_job(services, "campaigns")  # forced: sent unchecked, and LINE refuses it
    state = progress(services, campaign_id)
    assert state["status"] == "sending" and state["failures"][0]["error"].startswith("429")
    line_api.quota_limit = 5000  # the plan was upgraded
    clock.advance(minutes=2)
    jobs.run_job(services, "campaigns")
    assert progress(services, campaign_id)["status"] == "sent"
    assert sum(received(line_api).values()) == 150


def test_weekly_campaign_runs_once_a_week_and_skips_missed_weeks(services, line_api, clock):
    people = add_people(services, 3)
    campaign_id = new_campaign(services, weekly=True, send_at=START)
    jobs.run_job(services, "campaigns")
    jobs.run_job(services, "campaigns")
    assert received(line_api) == Counter(people)
    clock.advance(days=7)
    jobs.run_job(services, "campaigns")
    assert received(line_api) == Counter({p: 2 for p in people})
    clock.advance(days=21, hours=3)  # the scheduler was down for three weeks
    jobs.run_job(services, "campaigns")
    jobs.run_job(services, "campaigns")
    assert received(line_api) == Counter({p: 3 for p in people})
    state = progress(services, campaign_id)
    assert [r["run"] for r in state["runs"]] == [1, 2, 3]
    assert state["status"] == "scheduled"
    assert state["next_run_at"] == START + timedelta(days=35)


def test_all_followers_are_reached_by_one_broadcast(services, line_api):
    add_people(services, 40, subscribed=False)
    campaign_id = new_campaign(services, audience="all", image_url="https://example.org/a.jpg")
    jobs.run_job(services, "campaigns")
    [call] = line_api.sent_calls()
    assert call.path.endswith("/broadcast")
    assert [m["type"] for m in call.json["messages"]] == ["text", "image"]
    assert progress(services, campaign_id)["runs"][0]["reached"] == 40


def test_district_and_members_segments(services, line_api):
    nang_rong = add_people(services, 4, district="นางรอง")
    add_people(services, 2, district="นางรอง", subscribed=False)
    add_people(services, 5, district="ลำปลายมาศ")
    organizer = "U" + uuid.uuid4().hex
    with services.uow() as uow:
        uow.session.add(
            Member(
                name="ผู้ประสานงาน",
                role="organizer",
                user_hash=uow.vault.blind_index(organizer),
                line_user_id_enc=uow.vault.encrypt(organizer),
            )
        )
        uow.commit()
    new_campaign(services, audience="district:นางรอง")
    new_campaign(services, audience="members")
    jobs.run_job(services, "campaigns")
    assert received(line_api) == Counter(nang_rong + [organizer])


def test_cancel_before_the_time_sends_nothing(services, line_api, clock):
    add_people(services, 3)
    campaign_id = new_campaign(services, send_at=START + timedelta(hours=2))
    jobs.run_job(services, "campaigns")
    assert line_api.sent_calls() == []
    with services.uow() as uow:
        campaigns.cancel(uow, campaign_id, actor="test")
        uow.commit()
    clock.advance(hours=3)
    jobs.run_job(services, "campaigns")
    assert line_api.sent_calls() == []
    with services.uow() as uow:
        assert uow.session.get(Campaign, campaign_id).status == "cancelled"


@pytest.fixture
def app_runner():
    def build(services):
        from flask import Flask

        from bot.cli.core import register_cli

        app = Flask("t")
        app.extensions["sujarit"] = services
        register_cli(app)
        return app.test_cli_runner()

    return build
