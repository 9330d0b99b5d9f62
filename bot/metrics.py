"""Prometheus metrics: request figures counted in each process, the rest read from the database.

Under gunicorn several worker processes answer `/metrics` in turn, so a figure kept in one
process's memory would jump about between scrapes. Two sources avoid that:
- what only the web process sees (webhook events, outcomes, latency) is counted with
  prometheus-client's multiprocess mode when PROMETHEUS_MULTIPROC_DIR is set (every
  worker writes its own file there; any worker adds them all up at scrape time);
- everything the database already knows (outbox retries and dead letters, job runs and
  failures, evidence waiting, campaigns sent) is read from it at scrape time, so every
  worker, and the scheduler's own runs, give the same answer.
"""

from __future__ import annotations

from prometheus_client import REGISTRY as PROCESS_REGISTRY
from prometheus_client import (
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from sqlalchemy import func, select

from storage.campaign_models import CampaignRun
from storage.models import Evidence, OutboxMessage
from storage.scheduler_models import JobRun

WEBHOOK_EVENTS = Counter(
    "sujarit_webhook_events", "Webhook events received, by LINE event type", ["type"]
)
WEBHOOK_OUTCOMES = Counter(
    "sujarit_webhook_outcomes", "Webhook events by what became of them", ["outcome"]
)
WEBHOOK_SECONDS = Histogram(
    "sujarit_webhook_seconds",
    "Time from a signed webhook request to its answer (LINE allows 2 s)",
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 5.0),
)


# The counters' labelled children, by label: `labels()` validates and locks at every call.
_CHILDREN: dict[tuple[Counter, str], Counter] = {}


def _child(counter: Counter, label: str) -> Counter:
    child = _CHILDREN.get((counter, label))
    if child is None:
        child = _CHILDREN[(counter, label)] = counter.labels(label)
    return child


def observe_webhook(events: list, outcome, seconds: float) -> None:
    """Count one webhook request: its events by type, what became of them, how long it took."""
    for event in events:
        data = getattr(event, "data", event)  # a RawEvent of the body, or its parsed data
        kind = data.get("type") if isinstance(data, dict) else None
        _child(WEBHOOK_EVENTS, kind[:32] if isinstance(kind, str) and kind else "unknown").inc()
    for name in ("handled", "duplicates", "failed"):
        if getattr(outcome, name):
            _child(WEBHOOK_OUTCOMES, name).inc(getattr(outcome, name))
    WEBHOOK_SECONDS.observe(seconds)


def _by_status(session, name: str, doc: str, status_column) -> GaugeMetricFamily:
    """A gauge of row counts by one status column."""
    family = GaugeMetricFamily(name, doc, labels=["status"])
    stmt = select(status_column, func.count()).group_by(status_column)
    for status, count in session.execute(stmt):
        family.add_metric([status], count)
    return family


class DatabaseCollector:
    """Gauges and counters read from the database at scrape time."""

    def __init__(self, services) -> None:
        self.services = services

    def collect(self):
        """One short read-only transaction per scrape."""
        with self.services.uow() as uow:
            session = uow.session
            # No count of rows sent or waiting: every complaint queues alerts to the committee,
            # so such a count, polled each minute, would date each complaint (the public
            # figures are released only by period). Only what a failing delivery leaves.
            retrying = select(func.count()).where(
                OutboxMessage.status == "pending", OutboxMessage.attempts > 0
            )
            yield GaugeMetricFamily(
                "sujarit_outbox_retrying",
                "Messages waiting after a failed try (LINE or the network refused them)",
                value=session.scalar(retrying),
            )
            dead = session.scalar(select(func.count()).where(OutboxMessage.status == "dead"))
            yield GaugeMetricFamily(
                "sujarit_outbox_dead_letters", "Messages given up on (see outbox list)", value=dead
            )
            yield _by_status(
                session, "sujarit_evidence_files", "Evidence rows by status", Evidence.status
            )
            yield _by_status(
                session, "sujarit_campaign_runs", "Campaign runs by status", CampaignRun.status
            )
            yield from _jobs(session)
            recipients = select(func.coalesce(func.sum(CampaignRun.recipients), 0)).where(
                CampaignRun.status == "sent"
            )
            yield CounterMetricFamily(
                "sujarit_campaign_recipients",
                "People campaigns were sent to (each finished run counted once)",
                value=session.scalar(recipients),
            )


def _jobs(session):
    runs = GaugeMetricFamily(
        "sujarit_job_runs",
        "Job runs on record (the last 14 days), by job and status",
        labels=["job", "status"],
    )
    stmt = select(JobRun.job, JobRun.status, func.count()).group_by(JobRun.job, JobRun.status)
    for job, status, count in session.execute(stmt):
        runs.add_metric([job, status], count)
    yield runs
    last = GaugeMetricFamily(
        "sujarit_job_last_success_timestamp_seconds",
        "When each job last finished without error",
        labels=["job"],
    )
    stmt = (
        select(JobRun.job, func.max(JobRun.finished_at))
        .where(JobRun.status == "ok")
        .group_by(JobRun.job)
    )
    for job, finished in session.execute(stmt):
        if finished is not None:
            last.add_metric([job], _timestamp(finished))
    yield last


def _timestamp(value) -> float:
    from storage.types import UTCDateTime

    return UTCDateTime().process_result_value(value, None).timestamp()


def exposition(services) -> bytes:
    """The text Prometheus reads: this deployment's request figures, then the database's."""
    if services.config.metrics_multiproc_dir:
        process = CollectorRegistry()
        multiprocess.MultiProcessCollector(process, path=services.config.metrics_multiproc_dir)
    else:
        process = PROCESS_REGISTRY
    database = CollectorRegistry(auto_describe=False)
    database.register(DatabaseCollector(services))
    return generate_latest(process) + generate_latest(database)
