"""The campaign jobs: `campaigns` (every minute) and `forum-reminders` (hourly)."""

from __future__ import annotations

from bot.jobs.registry import Job, register
from bot.line.campaign_ops import run_campaigns
from handlers.outreach import forums


def remind_forums(services) -> dict:
    """Queue tomorrow's forum reminders (once per RSVP), then send them."""
    with services.uow() as uow:
        queued = forums.send_reminders(uow)
        uow.commit()
    sent = services.sender.send_due(limit=500) if queued else {}
    return {"queued": queued, "sent": dict(sent)}


register(
    Job(
        "campaigns",
        "interval",
        {"minutes": 1},
        run_campaigns,
        "sends campaigns whose time has come, in batches of at most 500",
    )
)
register(
    Job(
        "forum-reminders",
        "interval",
        {"hours": 1},
        remind_forums,
        "reminds those who will come to a forum, the day before (Asia/Bangkok)",
    )
)
