"""The periodic jobs: a registry of names, triggers and the code each runs."""

from __future__ import annotations

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


def _outbox(services: Services):
    sent = services.sender.send_due(limit=500)
    fetched = services.fetcher.fetch_due(limit=50)
    return {"outbox": dict(sent), "evidence": dict(fetched)}


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
        "sends due outbox rows and fetches pending evidence",
    )
)


def run_job(services: Services, name: str):
    """Run one job now, with the same code the scheduler runs."""
    if name not in JOBS:
        raise KeyError(f"no job named {name!r}; known: {', '.join(sorted(JOBS))}")
    return JOBS[name].run(services)
