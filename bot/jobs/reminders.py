"""The committee digest, SLA reminders and draft expiry as scheduled jobs.

Each opens one unit of work, lets the handler enqueue what is due (with dedupe
keys, so a second run or a second scheduler adds nothing) and commits; the unit of work
sends exactly what it enqueued right after, instead of waiting for the next outbox tick.
"""

from __future__ import annotations

import threading
from datetime import time, timedelta

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
    result["delivery"] = dict(uow.delivery)
    return result


def committee_digest(services: Services, stop: threading.Event) -> dict:
    """Enqueue and send today's digests that are due."""
    hour, minute = (int(part) for part in services.config.digest_time.split(":"))
    policy = DigestPolicy(time(hour, minute), services.sla, dashboard_url(services))
    return _run_and_send(services, lambda uow: send_digests(uow, policy))


def sla_reminders(services: Services, stop: threading.Event) -> dict:
    """Enqueue and send SLA reminders not sent before."""
    return _run_and_send(services, lambda uow: remind(uow, services.sla, dashboard_url(services)))


def drafts(services: Services, stop: threading.Event) -> dict:
    """Remind, then expire, abandoned complaint drafts."""
    c = services.config
    policy = DraftPolicy(timedelta(hours=c.draft_remind_hours), timedelta(days=c.draft_expire_days))
    return _run_and_send(services, lambda uow: expire_drafts(uow, policy))
