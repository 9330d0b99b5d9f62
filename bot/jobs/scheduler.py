"""The scheduler process (`flask --app bot scheduler run`): APScheduler only ticks.

What is due is decided from the database by each job, so a restart loses nothing
and a second scheduler doubles nothing: every tick first asks for leadership (a
PostgreSQL advisory lock; on SQLite one process is assumed), and each job is
idempotent besides. SIGTERM stops new ticks, lets a running job finish, exits 0.
"""

from __future__ import annotations

import gc
import logging
import signal
import threading
from datetime import datetime

import click
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from flask import current_app
from flask.cli import AppGroup

from bot.config import Config
from bot.jobs.catalogue import JOBS
from bot.jobs.job import Job
from bot.jobs.runner import run_recorded
from bot.services import Services
from storage.leadership import leadership_for

log = logging.getLogger(__name__)
scheduler_cli = AppGroup("scheduler", help="The scheduler process (one leader at a time).")


def trigger_for(job: Job, config: Config):
    """The APScheduler trigger of a job in the bot's time zone (SCHEDULER_TEST_INTERVAL wins)."""
    tz = config.tz
    # Interval ticks are aligned to a fixed origin so every scheduler process ticks together.
    origin = datetime(2024, 1, 1, tzinfo=tz)
    if config.scheduler_test_interval:
        return IntervalTrigger(
            seconds=config.scheduler_test_interval, start_date=origin, timezone=tz
        )
    if job.trigger == "interval":
        return IntervalTrigger(**job.trigger_args, start_date=origin, timezone=tz)
    if job.trigger == "cron":
        return CronTrigger(**job.trigger_args, timezone=tz)
    raise ValueError(f"job {job.name}: unknown trigger {job.trigger!r}")


def next_run(job: Job, config: Config, now: datetime) -> datetime | None:
    """When the scheduler will next fire this job after `now`."""
    return trigger_for(job, config).get_next_fire_time(None, now)


class SchedulerProcess:
    """Ticks each job of the catalogue; runs it only while this process leads.

    `stop` is set on SIGTERM: no new ticks, and running jobs are handed the same event
    so that a long one finishes the step it is in and returns.
    """

    def __init__(self, services: Services, jobs: dict[str, Job] = JOBS) -> None:
        self.services = services
        self.jobs = jobs
        self.leadership = leadership_for(services.config.database_url)
        self.stop = threading.Event()

    def tick(self, name: str) -> None:
        """One tick of job `name`: skipped when stopping or not the leader."""
        if self.stop.is_set() or not self.leadership.is_leader():
            return
        try:
            run_recorded(self.services, self.jobs[name], "scheduler", self.stop)
        except Exception:
            log.exception("job %s failed", name)

    def build(self) -> BackgroundScheduler:
        """An APScheduler with one entry per job."""
        config = self.services.config
        scheduler = BackgroundScheduler(
            timezone=config.tz,
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 60},
        )
        for job in self.jobs.values():
            scheduler.add_job(
                self.tick, trigger_for(job, config), args=[job.name], id=job.name, name=job.name
            )
        return scheduler

    def _on_signal(self, signum, _frame) -> None:
        log.info("scheduler: %s received; finishing the running jobs", signal.Signals(signum).name)
        self.stop.set()

    def run(self) -> None:
        """Run until SIGTERM or SIGINT; then let running jobs finish and give up leadership."""
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, self._on_signal)
        if self.services.config.database_url.startswith("sqlite"):
            log.warning("scheduler: SQLite, so this must be the only scheduler process")
        logging.getLogger("apscheduler").setLevel(logging.WARNING)  # a line per tick is noise
        scheduler = self.build()
        scheduler.start()
        try:
            while not self.stop.wait(timeout=1.0):
                pass
        finally:
            scheduler.shutdown(wait=True)
            self.leadership.release()
            log.info("scheduler: stopped")


@scheduler_cli.command("run")
def scheduler_run() -> None:
    """Run the scheduler in the foreground (the Procfile's `scheduler` process)."""
    from handlers.understanding import warm

    services = current_app.extensions["sujarit"]
    warm()  # trained once at start, so nothing that reads a message later waits for it
    gc.freeze()  # what lives as long as the process: not walked by every collection
    for job in JOBS.values():
        trigger = trigger_for(job, services.config)
        click.echo(f"scheduler: {job.name:18} {trigger}")
    SchedulerProcess(services).run()
