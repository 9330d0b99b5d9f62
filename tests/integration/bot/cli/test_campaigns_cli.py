"""Organizers' commands: `flask --app bot campaigns ...` and `forums ...`."""

from __future__ import annotations

from datetime import timedelta

from bot.jobs import catalogue as jobs
from handlers.outreach import forums
from storage.users import user_for_line_id


def _last_line(result) -> str:
    assert result.exit_code == 0, result.output
    return result.output.strip().splitlines()[-1]


def test_create_list_show_cancel(runner):
    created = runner.invoke(
        args=[
            "campaigns",
            "create",
            "--title",
            "ไม่รับสินบน",
            "--text",
            "ร่วมกันปฏิเสธสินบนค่ะ",
            "--send-at",
            "2099-01-05T09:00",
            "--audience",
            "district:นางรอง",
        ]
    )
    campaign_id = _last_line(created)
    assert campaign_id.isdigit()
    assert "5 ม.ค. 2642 09:00" in created.output  # read as Asia/Bangkok, shown in Thai
    listing = runner.invoke(args=["campaigns", "list"]).output
    assert "scheduled" in listing and "district:นางรอง" in listing and "ไม่รับสินบน" in listing
    shown = runner.invoke(args=["campaigns", "show", campaign_id])
    assert '"status": "scheduled"' in shown.output
    assert runner.invoke(args=["campaigns", "cancel", campaign_id]).exit_code == 0
    assert "cancelled" in runner.invoke(args=["campaigns", "list"]).output
    again = runner.invoke(args=["campaigns", "cancel", campaign_id])
    assert again.exit_code != 0 and "ยกเลิกไม่ได้" in again.output


def test_a_campaign_breaking_line_limits_is_refused_when_created(runner):
    too_long = runner.invoke(args=["campaigns", "create", "--title", "T", "--text", "ก" * 5001])
    assert too_long.exit_code != 0 and "5001" in too_long.output
    not_https = runner.invoke(
        args=["campaigns", "create", "--title", "T", "--text", "x", "--image-url", "http://a/b.jpg"]
    )
    assert not_https.exit_code != 0 and "https://" in not_https.output
    unknown = runner.invoke(
        args=["campaigns", "create", "--title", "T", "--text", "x", "--audience", "district:Paris"]
    )
    assert unknown.exit_code != 0 and "Paris" in unknown.output
    long_url = runner.invoke(
        args=[
            "campaigns",
            "create",
            "--title",
            "T",
            "--text",
            "x",
            "--image-url",
            "https://example.org/" + "a" * 2100,
        ]
    )
    assert long_url.exit_code != 0 and "LINE" in long_url.output
    assert runner.invoke(args=["campaigns", "list"]).output.strip() == ""  # none was created


def test_test_send_goes_to_one_person_only(runner, gateway):
    campaign_id = _last_line(
        runner.invoke(args=["campaigns", "create", "--title", "T", "--text", "ทดสอบค่ะ", "--draft"])
    )
    me = "U" + "e" * 32
    result = runner.invoke(args=["campaigns", "test", campaign_id, "--line-user-id", me])
    assert result.exit_code == 0, result.output
    [call] = gateway.sent
    assert call["kind"] == "push" and call["to"] == me
    assert call["messages"] == [{"type": "text", "text": "ทดสอบค่ะ"}]


def test_forums_create_list_announce(runner, services, gateway):
    with services.uow() as uow:
        day = (uow.now().astimezone(uow.settings.tz) + timedelta(days=3)).date()
    forum_id = _last_line(
        runner.invoke(
            args=[
                "forums",
                "create",
                "--title",
                "เวทีงบประมาณตำบล",
                "--date",
                day.isoformat(),
                "--time",
                "09:30",
                "--venue",
                "ศาลา อบต.",
                "--lat",
                "14.99",
                "--lon",
                "103.1",
                "--agenda",
                "งบประมาณปี 2569",
            ]
        )
    )
    with services.uow() as uow:
        person = user_for_line_id(uow, "U" + "f" * 32)
        forums.rsvp(uow, person, int(forum_id), "yes")
        uow.commit()
    listing = runner.invoke(args=["forums", "list"]).output
    assert "เวทีงบประมาณตำบล" in listing and "will come    1" in listing
    campaign_id = _last_line(runner.invoke(args=["forums", "announce", forum_id]))
    jobs.run_job(services, "campaigns")
    [call] = gateway.sent
    assert call["kind"] == "multicast" and call["to"] == ["U" + "f" * 32]
    assert [m["type"] for m in call["messages"]] == ["flex", "location"]
    assert '"status": "sent"' in runner.invoke(args=["campaigns", "show", campaign_id]).output
    past = runner.invoke(
        args=[
            "forums",
            "create",
            "--title",
            "x",
            "--date",
            "2001-01-01",
            "--time",
            "09:00",
            "--venue",
            "v",
        ]
    )
    assert past.exit_code != 0
