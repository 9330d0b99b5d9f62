"""The scheduler process: one leader on PostgreSQL, a standby that takes over, clean SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.jobs import catalogue as jobs
from bot.jobs.scheduler import SchedulerProcess
from tests.conftest import empty_pg
from tests.model_caches import cache_models_for
from tests.paths import ROOT  # noqa: E402
from tests.shared_engines import engine_for, release

pytestmark = pytest.mark.long(seconds=60)
SECRET_KEY = "test-secret-key"


@pytest.fixture
def pg_url(pg_template_url):
    """An empty, migrated PostgreSQL database (skips without TEST_DATABASE_URL)."""
    empty_pg(pg_template_url)
    return pg_template_url


def spawn(database_url: str, tmp_path: Path, name: str) -> subprocess.Popen:
    """`flask --app bot scheduler run` in its own process, ticking every second."""
    cache_models_for(SECRET_KEY)  # it reads the models at its start: loaded, not trained
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LINE_", "SUJARIT_"))}
    env.update(
        DATABASE_URL=database_url,
        SECRET_KEY=SECRET_KEY,
        SUJARIT_MODE="local",
        EVIDENCE_DIR=str(tmp_path / "evidence"),
        # Its own record journal: the checkout's instance/ folder is the developer's.
        RECORD_ANCHOR_DIR=str(tmp_path / "anchors"),
        SCHEDULER_TEST_INTERVAL="1",
        PYTHONUNBUFFERED="1",
    )
    log = (tmp_path / f"{name}.log").open("wb")
    command = [sys.executable, "-m", "flask", "--app", "bot", "scheduler", "run"]
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)


def job_runs(database_url: str, since: datetime | None = None) -> list[tuple[str, int, str]]:
    """(job, pid, status) of the runs recorded since `since`."""
    # Polled five times a second: the process's PostgreSQL engine, not a new connection each time.
    engine = engine_for(database_url)
    query = "SELECT job, pid, status FROM job_runs"
    params = {}
    if since is not None:
        query += " WHERE started_at >= :since"
        params["since"] = since if engine.dialect.name != "sqlite" else since.replace(tzinfo=None)
    with engine.connect() as conn:
        rows = [tuple(r) for r in conn.execute(text(query), params)]
    release(engine)
    return rows


def wait_for(condition, timeout: float, what: str):
    """Poll until `condition()` is truthy; fail with `what` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    pytest.fail(f"timed out waiting for {what}")


def started(tmp_path: Path, name: str) -> bool:
    """The scheduler process `name` has listed its jobs, so its scheduler is starting."""
    log = (tmp_path / f"{name}.log").read_text(errors="replace")
    return all(f"scheduler: {job}" in log for job in jobs.JOBS)


def ticked(runs: list[tuple[str, int, str]], times: int) -> list | None:
    """The runs, once every job has run at least `times` times among them."""
    per_job = {name: sum(1 for job, _, _ in runs if job == name) for name in jobs.JOBS}
    return runs if min(per_job.values()) >= times else None


def stop(*processes: subprocess.Popen) -> None:
    for process in processes:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)


def test_two_schedulers_fire_each_tick_once_and_a_standby_takes_over(pg_url, tmp_path):
    processes = {
        "first": spawn(pg_url, tmp_path, "first"),
        "second": spawn(pg_url, tmp_path, "second"),
    }
    try:
        # Both processes have started their schedulers (each prints its jobs first) ...
        for name in processes:
            # Starting a process is slow on a busy machine (pytest-xdist, other jobs): wait long.
            wait_for(lambda n=name: started(tmp_path, n), 120, f"the {name} scheduler to start")
        window_start = datetime.now(UTC)
        # ... and from then on, every job has ticked a few times.
        runs = wait_for(
            lambda: ticked(job_runs(pg_url, since=window_start), times=3), 60, "three ticks"
        )

        [leader_pid] = {pid for _, pid, _ in runs}  # one process ran every one of those ticks
        leader = next(n for n, p in processes.items() if p.pid == leader_pid)
        standby = "second" if leader == "first" else "first"
        processes[leader].kill()  # dies without a word: PostgreSQL drops its lock with it
        processes[leader].wait(timeout=10)
        wait_for(
            lambda: any(pid == processes[standby].pid for _, pid, _ in job_runs(pg_url)),
            15,
            "the standby to take over",
        )
        processes[standby].send_signal(signal.SIGTERM)
        assert processes[standby].wait(timeout=15) == 0
    finally:
        stop(*processes.values())
    log = (tmp_path / f"{standby}.log").read_text()
    assert "now the leader" in log and "scheduler: stopped" in log


def test_sigterm_stops_the_sqlite_scheduler_cleanly(sqlite_url, tmp_path):
    process = spawn(sqlite_url, tmp_path, "only")
    try:
        wait_for(lambda: job_runs(sqlite_url), 120, "a first run")  # the process has to start
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=15) == 0
    finally:
        stop(process)
    log = (tmp_path / "only.log").read_text()
    assert "the only scheduler process" in log and "scheduler: stopped" in log
    assert all(status != "running" for _, _, status in job_runs(sqlite_url))


def test_sigterm_lets_the_running_job_finish(services, monkeypatch):
    steps: list[str] = []

    def slow(_services, stop):
        steps.append("started")
        # SIGTERM reaches the running job through `stop`; it then finishes and returns.
        steps.append("told to stop" if stop.wait(timeout=10) else "never told")
        return {"slow": True}

    only_slow = {"slow": jobs.Job("slow", "interval", {"seconds": 1}, slow, "a slow job")}
    monkeypatch.setattr(
        services, "config", services.config.with_overrides(scheduler_test_interval=1)
    )
    process = SchedulerProcess(services, only_slow)

    def terminate_once_started():
        wait_for(lambda: steps, 10, "the slow job to start")
        os.kill(os.getpid(), signal.SIGTERM)

    saved = {s: signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGINT)}
    threading.Thread(target=terminate_once_started, daemon=True).start()
    try:
        process.run()
    finally:
        for signum, handler in saved.items():
            signal.signal(signum, handler)

    assert steps == ["started", "told to stop"]
    with services.uow() as uow:
        from storage.job_runs import runs_of

        assert [(r.status, r.outcome) for r in runs_of(uow, "slow")] == [("ok", {"slow": True})]


def test_two_outbox_senders_in_two_processes_never_send_a_row_twice(pg_url, tmp_path, line_api):
    from bot import create_app
    from handlers.replies import Say, to_json
    from storage import outbox
    from tests.conftest import make_env
    from tests.factories import line_id

    env = make_env(pg_url, tmp_path, LINE_API_BASE_URL=line_api.base_url)
    app = create_app({"ENV": env, "TESTING": True})
    services = app.extensions["sujarit"]
    with services.uow(after_commit=False) as uow:  # left for the two senders below
        rows = [
            outbox.enqueue(uow, "push", to_json([Say("drafts.start_again")]), recipient=line_id())
            for _ in range(600)  # more than one run sends (500): both processes must take part
        ]
        uow.session.flush()
        ids = {row.id for row in rows}
        uow.commit()
    services.engine.dispose()
    child_env = {k: v for k, v in os.environ.items() if not k.startswith(("LINE_", "SUJARIT_"))}
    child_env.update(env)
    command = [sys.executable, "-m", "flask", "--app", "bot", "jobs", "run", "outbox"]
    senders = [
        subprocess.Popen(
            command, cwd=ROOT, env=child_env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
        )
        for _ in range(2)
    ]
    outputs = [s.communicate(timeout=120)[0].decode() for s in senders]

    assert all(s.returncode == 0 for s in senders), outputs
    keys = [c.headers.get("X-Line-Retry-Key") for c in line_api.calls_to("/v2/bot/message/push")]
    assert sorted(keys) == sorted(ids)  # every row once: no repeat, no 409
    assert all('"sent"' in out for out in outputs)  # both processes sent some
