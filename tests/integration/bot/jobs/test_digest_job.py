"""The committee digest: once per member per Bangkok day, conflicts respected, never cut off."""

from __future__ import annotations

from datetime import time, timedelta

import time_machine

from bot.jobs import catalogue as jobs
from bot.line.limits import limit_violations
from handlers.committee.digest import DigestPolicy, send_digests
from handlers.directory import agencies
from handlers.tickets import endings
from handlers.tickets.sla_policy import SlaPolicy
from tests.factories import new_member, new_ticket, texts
from tests.scheduling import bkk, pushes


def seed_one_ticket(services):
    with services.uow() as uow:
        _, reviewer = new_member(uow, "กรรมการ ก")
        new_ticket(uow, submitted_at=bkk(2026, 3, 9, 15, 0))
        uow.commit()
    return reviewer


def test_digest_goes_once_a_bangkok_day_however_often_the_job_runs(services, gateway, runner):
    reviewer = seed_one_ticket(services)

    def run_at(moment):
        with time_machine.travel(moment, tick=False):
            result = runner.invoke(args=["jobs", "run", "committee-digest"])
            assert result.exit_code == 0, result.output
        return len(pushes(gateway, reviewer))

    assert run_at(bkk(2026, 3, 10, 7, 59)) == 0  # before DIGEST_TIME (08:00)
    assert run_at(bkk(2026, 3, 10, 8, 0)) == 1
    assert run_at(bkk(2026, 3, 10, 8, 0)) == 1  # run twice the same day: still one
    assert run_at(bkk(2026, 3, 10, 23, 59)) == 1
    assert run_at(bkk(2026, 3, 11, 0, 30)) == 1  # 17:30 UTC on the 10th: a new day, not 08:00
    assert run_at(bkk(2026, 3, 11, 8, 5)) == 2
    assert "10 มี.ค. 2569" in texts(pushes(gateway, reviewer)[0])


def test_the_day_is_bangkoks_not_utcs(services, gateway):
    reviewer = seed_one_ticket(services)
    policy = DigestPolicy(time(6, 0), SlaPolicy(), "https://sujarit.example.org/committee/tickets")

    for moment in (bkk(2026, 3, 10, 6, 30), bkk(2026, 3, 11, 6, 30)):
        # 06:30 in Bangkok is 23:30 UTC of the day before: a UTC day would merge these two.
        with time_machine.travel(moment, tick=False), services.uow() as uow:
            assert send_digests(uow, policy)["sent"] == 1
            uow.commit()
            services.sender.send_due()

    titles = [texts(m).splitlines()[1] for m in pushes(gateway, reviewer)]
    assert titles == ["สรุปประจำวันที่ 10 มี.ค. 2569", "สรุปประจำวันที่ 11 มี.ค. 2569"]


def test_each_member_sees_new_waiting_and_overdue_except_conflicts(services, gateway):
    now = bkk(2026, 3, 10, 8, 0)
    with services.uow() as uow:
        alice, a_id = new_member(uow, "อลิส")
        _, b_id = new_member(uow, "บุญมี", conflicts=[("district", "นางรอง")])
        _, c_id = new_member(uow, "ประธาน", role="chair", conflicts=[("agency", "อบต.หนองโบสถ์")])
        _, organizer = new_member(uow, "กองเลขา", role="organizer")
        filed = []  # the references the bot gave, in filing order
        filed.append(
            new_ticket(
                uow, submitted_at=now - timedelta(hours=5), district="นางรอง", agency="อบต.หนองโบสถ์"
            ).reference
        )
        filed.append(
            new_ticket(
                uow,
                submitted_at=now - timedelta(hours=6),
                district="ประโคนชัย",
                agency="เทศบาลประโคนชัย",
            ).reference
        )
        filed.append(
            new_ticket(
                uow,
                submitted_at=now - timedelta(days=2),
                district="ประโคนชัย",
                agency="อบต.โคกม้า",
                status="in_review",
                assignee_id=alice.id,
                taken_at=now - timedelta(days=1),
            ).reference
        )
        filed.append(
            new_ticket(
                uow,
                submitted_at=now - timedelta(days=4),
                district="ลำปลายมาศ",
                agency="อบต.ทะเมนชัย",
            ).reference
        )
        filed.append(
            new_ticket(
                uow, submitted_at=now - timedelta(days=9), status="resolved", district="ลำปลายมาศ"
            ).reference
        )
        for agency in agencies.listing(uow):  # looked at by a chair: no longer new
            agencies.review(uow, agency)
        uow.commit()

    with time_machine.travel(now, tick=False):
        result = jobs.run_job(services, "committee-digest")

    assert result["sent"] == 3 and result["empty"] == 0
    seen = {
        who: texts(pushes(gateway, uid))
        for who, uid in (("alice", a_id), ("boonmee", b_id), ("chair", c_id))
    }
    refs = {who: {n for n, ref in enumerate(filed, 1) if ref in body} for who, body in seen.items()}
    assert refs == {"alice": {1, 2, 3, 4}, "boonmee": {2, 4}, "chair": {2, 4}}
    assert "เกินกำหนด 1 เรื่อง" in seen["alice"] and "เรื่องที่ท่านรับไว้ 1 เรื่อง" in seen["alice"]
    assert pushes(gateway, organizer) == []


def test_a_long_list_is_summarised_with_a_dashboard_link_within_line_limits(services, gateway):
    now = bkk(2026, 3, 10, 8, 0)
    with services.uow() as uow:
        _, thai = new_member(uow, "กรรมการ")
        _, english = new_member(uow, "Reviewer", language="en")
        for n in range(1, 31):
            new_ticket(uow, submitted_at=now - timedelta(hours=n), agency="องค์การบริหารส่วนตำบล" * 20)
        uow.commit()

    with time_machine.travel(now, tick=False):
        jobs.run_job(services, "committee-digest")

    [[message]] = pushes(gateway, thai)
    assert limit_violations([message]) == []
    bubbles = message["contents"]["contents"]
    assert len(bubbles) == 12
    body = texts([message])
    assert "และอีก 20 เรื่อง" in body
    assert "https://sujarit.example.org/committee/tickets" in str(bubbles[-1])
    [[in_english]] = pushes(gateway, english)
    assert limit_violations([in_english]) == [] and "And 20 more" in texts([in_english])


def test_a_chairs_digest_says_first_what_waits_for_their_decision(services, gateway):
    now = bkk(2026, 3, 10, 8, 0)
    with services.uow() as uow:
        reviewer, r_id = new_member(uow, "อลิส")
        _, c_id = new_member(uow, "ประธาน", role="chair")
        ticket = new_ticket(
            uow,
            submitted_at=now - timedelta(hours=3),
            status="in_review",
            assignee_id=reviewer.id,
            taken_at=now - timedelta(hours=2),
        )
        endings.decide(uow, reviewer, ticket, "rejected", "ซ้ำกับเรื่องเดิม", "duplicate")
        uow.commit()

    with time_machine.travel(now, tick=False):
        jobs.run_job(services, "committee-digest")

    chair_said, reviewer_said = (texts(pushes(gateway, uid)) for uid in (c_id, r_id))
    assert "รอท่านยืนยัน 1 เรื่อง" in chair_said and ticket.reference in chair_said
    assert "รอท่านยืนยัน" not in reviewer_said  # a reviewer proposes; never a "0" line
    assert "เรื่องที่ท่านรับไว้ 1 เรื่อง" in reviewer_said


def test_digest_shows_the_agency_with_a_name_in_it_masked(services, gateway, runner):
    """The agency is typed by the citizen: a witness named in it is marked, as on the page."""
    with services.uow() as uow:
        _, reviewer = new_member(uow, "กรรมการ ก")
        new_ticket(
            uow,
            agency="อบต.สองห้อง ที่สมศรี มีสุข ไปติดต่อ",
            witnesses="สมศรี มีสุข",
            submitted_at=bkk(2026, 3, 9, 15, 0),
        )
        uow.commit()
    with time_machine.travel(bkk(2026, 3, 10, 8, 0), tick=False):
        assert runner.invoke(args=["jobs", "run", "committee-digest"]).exit_code == 0
    said = texts(pushes(gateway, reviewer)[0])
    assert "อบต.สองห้อง" in said and "สมศรี" not in said and "\u27e6" not in said
