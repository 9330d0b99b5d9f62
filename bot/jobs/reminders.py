"""The committee digest, SLA reminders and draft expiry as scheduled jobs.

Each opens one unit of work, lets the handler enqueue what is due (with dedupe
keys, so a second run or a second scheduler adds nothing), commits, then sends
what is due right away instead of waiting for the next outbox tick.
"""

from __future__ import annotations

from datetime import time, timedelta

from bot.cards import digest as flex_committee  # noqa: F401  (registers the digest layout)
from bot.jobs.registry import Job, register
from bot.services import Services
from handlers.committee.digest import DigestPolicy, send_digests
from handlers.complaint.drafts import DraftPolicy, expire_drafts
from handlers.tickets.sla_reminders import remind


def dashboard_url(services: Services) -> str:
    """Where the committee's ticket list lives."""
    return f"{services.config.public_base_url}/committee/tickets"


def _run_and_send(services: Services, work) -> dict:
    with services.uow() as uow:
        result = work(uow)
        uow.commit()
    # What was just enqueued is due now; the outbox job would send it within seconds anyway.
    result["delivery"] = dict(services.sender.send_due(limit=500))
    return result


def committee_digest(services: Services) -> dict:
    """Enqueue and send today's digests that are due."""
    hour, minute = (int(part) for part in services.config.digest_time.split(":"))
    policy = DigestPolicy(time(hour, minute), services.sla, dashboard_url(services))
    return _run_and_send(services, lambda uow: send_digests(uow, policy))


def sla_reminders(services: Services) -> dict:
    """Enqueue and send SLA reminders not sent before."""
    return _run_and_send(services, lambda uow: remind(uow, services.sla, dashboard_url(services)))


def drafts(services: Services) -> dict:
    """Remind, then expire, abandoned complaint drafts."""
    c = services.config
    policy = DraftPolicy(timedelta(hours=c.draft_remind_hours), timedelta(days=c.draft_expire_days))
    return _run_and_send(services, lambda uow: expire_drafts(uow, policy))


register(
    Job(
        "committee-digest",
        "cron",
        {"minute": "*/5"},
        committee_digest,
        "daily digest to reviewers and chairs, once DIGEST_TIME has passed (local day)",
    )
)
register(Job("sla-reminders", "cron", {"minute": 7}, sla_reminders, "hourly SLA reminders"))
register(Job("drafts", "cron", {"minute": 37}, drafts, "hourly: nudge, then expire drafts"))
