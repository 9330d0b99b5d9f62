"""The record of job runs: started, finished, outcome; old records are pruned."""

from __future__ import annotations

import os
import socket
from datetime import timedelta

from sqlalchemy import delete, func, select

from storage.scheduler_models import JobRun
from storage.uow import UnitOfWork

KEEP = timedelta(days=14)


def start(uow: UnitOfWork, job: str, source: str) -> JobRun:
    """A run of `job` begins now, in this process."""
    run = JobRun(
        job=job,
        source=source,
        status="running",
        started_at=uow.now(),
        host=socket.gethostname()[:255],
        pid=os.getpid(),
    )
    uow.session.add(run)
    uow.session.flush()
    return run


def finish(uow: UnitOfWork, run_id: int, outcome: dict | None, error: str | None = None) -> None:
    """Record how a run ended, and forget runs of the same job older than KEEP."""
    run = uow.session.get(JobRun, run_id)
    run.finished_at = uow.now()
    run.status = "failed" if error else "ok"
    run.outcome = outcome
    run.error = error[:4000] if error else None
    uow.session.execute(
        delete(JobRun).where(JobRun.job == run.job, JobRun.started_at < uow.now() - KEEP)
    )


def last_runs(uow: UnitOfWork) -> dict[str, JobRun]:
    """The latest run of every job that ever ran, by job name."""
    latest = select(JobRun.job, func.max(JobRun.id).label("id")).group_by(JobRun.job).subquery()
    rows = uow.session.scalars(select(JobRun).join(latest, JobRun.id == latest.c.id))
    return {run.job: run for run in rows}


def runs_of(uow: UnitOfWork, job: str, limit: int = 100) -> list[JobRun]:
    """The newest runs of one job, newest first."""
    stmt = select(JobRun).where(JobRun.job == job).order_by(JobRun.id.desc()).limit(limit)
    return list(uow.session.scalars(stmt))
