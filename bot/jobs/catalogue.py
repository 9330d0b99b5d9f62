"""Every periodic job, listed here explicitly: its name, trigger and the function it runs.

To add a job, write its function in a module of `bot/jobs/` and add one line below.
"""

from __future__ import annotations

import threading

from bot.jobs import evidence, forums, outbox, records, reminders, retention
from bot.jobs.job import Job
from bot.line.campaign_ops import run_campaigns

__all__ = ["JOBS", "Job", "get", "run_job"]

JOBS: dict[str, Job] = {
    job.name: job
    for job in (
        Job(
            "outbox",
            "interval",
            {"seconds": 10},
            outbox.send_outbox,
            "sends due outbox rows",
        ),
        Job(
            "evidence",
            "interval",
            {"seconds": 3},
            evidence.fetch_evidence,
            "downloads new evidence from LINE (streamed, encrypted), off the web workers",
        ),
        Job(
            "committee-digest",
            "cron",
            {"minute": "*/5"},
            reminders.committee_digest,
            "daily digest to reviewers and chairs, once DIGEST_TIME has passed (local day)",
        ),
        Job(
            "sla-reminders", "cron", {"minute": 7}, reminders.sla_reminders, "hourly SLA reminders"
        ),
        Job(
            "drafts", "cron", {"minute": 37}, reminders.drafts, "hourly: nudge, then expire drafts"
        ),
        Job(
            "campaigns",
            "interval",
            {"minutes": 1},
            run_campaigns,
            "sends campaigns whose time has come, in batches of at most 500",
        ),
        Job(
            "forum-reminders",
            "interval",
            {"hours": 1},
            forums.remind_forums,
            "reminds those who will come to a forum, the day before (Asia/Bangkok)",
        ),
        Job(
            "retention",
            "cron",
            {"hour": 3, "minute": 17},
            retention.retention,
            "daily: purge drafts, abandoned evidence, old event ids, closed identities, unread"
            " held notices, old audit",
        ),
        Job(
            "verify-records",
            "cron",
            {"hour": 4, "minute": 17},
            records.verify_records,
            "daily: make the period's release if due, verify the record (tickets verify), "
            "anchor it unless broken",
        ),
        Job(
            "witness-anchor",
            "cron",
            {"minute": 47},
            records.witness_anchor,
            "hourly: when a member's version, a policy setting or a session's end changed since"
            " the latest anchor, verify and anchor now (its code to the chairs)",
        ),
    )
}


def get(name: str, jobs: dict[str, Job] = JOBS) -> Job:
    """The job called `name`; KeyError (naming the known ones) when there is none."""
    if name not in jobs:
        raise KeyError(f"no job named {name!r}; known: {', '.join(sorted(jobs))}")
    return jobs[name]


def run_job(services, name: str, stop: threading.Event | None = None):
    """Run one job now, with the same code the scheduler runs."""
    return get(name).run(services, stop or threading.Event())
