"""Runs a job by name and keeps a record of the run (job_runs), for `jobs list`."""

from __future__ import annotations

import json
import logging
import threading

from bot.jobs import catalogue
from bot.jobs.job import Job
from bot.services import Services
from storage import job_runs

log = logging.getLogger(__name__)


def _plain(result: object) -> dict:
    """The result as JSON-safe data (Counters, dates and all)."""
    data = json.loads(json.dumps(result, default=str))
    return data if isinstance(data, dict) else {"result": data}


def run_recorded(
    services: Services, job: Job | str, source: str, stop: threading.Event | None = None
) -> object:
    """Run `job` (or the catalogue's job of that name) now and record start, end and outcome;
    errors are recorded and raised."""
    if isinstance(job, str):
        job = catalogue.get(job)
    name = job.name
    with services.uow() as uow:
        run_id = job_runs.start(uow, name, source).id
        uow.commit()
    try:
        result = job.run(services, stop or threading.Event())
    except Exception as exc:
        with services.uow() as uow:
            job_runs.finish(uow, run_id, None, f"{type(exc).__name__}: {exc}")
            uow.commit()
        raise
    with services.uow() as uow:
        job_runs.finish(uow, run_id, _plain(result))
        uow.commit()
    return result
