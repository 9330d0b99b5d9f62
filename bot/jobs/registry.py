"""The periodic jobs: a registry of names, triggers and the code each runs."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from bot.services import Services


@dataclass(frozen=True)
class Job:
    """A job: its name, its APScheduler trigger (as keyword arguments) and its work."""

    name: str
    trigger: str
    trigger_args: dict
    run: Callable[[Services], object]
    description: str


# Set on SIGTERM (bot/scheduler.py): a long job finishes the step it is in and returns.
STOPPING = threading.Event()


def _outbox(services: Services):
    sent: Counter = Counter()
    for _ in range(10):  # up to 500 rows, in claims of 50, so a shutdown waits for one claim
        batch = services.sender.send_due(limit=50)
        sent.update(batch)
        if STOPPING.is_set() or sum(batch.values()) < 50:
            break
    return {"outbox": dict(sent)}


JOBS: dict[str, Job] = {}


def register(job: Job) -> None:
    """Add a job to the registry (features register their own)."""
    JOBS[job.name] = job


register(
    Job(
        "outbox",
        "interval",
        {"seconds": 10},
        _outbox,
        "sends due outbox rows",
    )
)


def run_job(services: Services, name: str):
    """Run one job now, with the same code the scheduler runs."""
    if name not in JOBS:
        raise KeyError(f"no job named {name!r}; known: {', '.join(sorted(JOBS))}")
    return JOBS[name].run(services)


# Features register their jobs in their own modules; imported here so every process has them.
from bot.jobs import campaigns as jobs_campaigns  # noqa: E402, F401
from bot.jobs import evidence as evidence_job  # noqa: E402, F401
from bot.jobs import records as record_jobs  # noqa: E402, F401
from bot.jobs import reminders as reminder_jobs  # noqa: E402, F401
from bot.jobs import retention as retention_job  # noqa: E402, F401
