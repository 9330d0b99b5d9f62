"""Operators' commands under `flask --app bot`: db, jobs (and the other groups registered)."""

from __future__ import annotations

import json

import click
from flask import Flask, current_app
from flask.cli import AppGroup

from bot.jobs.catalogue import JOBS, get
from handlers.thai.dates import format_datetime
from storage.migrate import upgrade
from storage.record_journal import JournalUnavailable

db_cli = AppGroup("db", help="Database schema (Alembic migrations).")
jobs_cli = AppGroup("jobs", help="Scheduled jobs: list them, or run one now.")


def _services():
    return current_app.extensions["sujarit"]


@db_cli.command("upgrade")
@click.option("--revision", default="head", show_default=True)
def db_upgrade(revision: str) -> None:
    """Apply migrations up to REVISION (the release process runs this)."""
    from handlers.directory.agencies import district_of_spelling

    services = _services()
    config = services.config
    district_of = district_of_spelling(services.geography)
    try:
        upgrade(
            config.database_url,
            revision,
            services.uow.vault,
            config.record_anchor_dir,
            district_of=district_of,
        )
    except JournalUnavailable as exc:  # nothing was applied: the upgrade is one transaction
        raise click.ClickException(f"database not upgraded: {exc}") from exc
    click.echo(f"database at {revision}")
    if revision == "head":
        from handlers.directory import agencies
        from handlers.directory.access import unassign_recused

        with services.uow() as uow:
            linked = agencies.backfill(uow)
            unassign_recused(uow)  # names newly linked may keep a ticket from its assignee
            uow.commit()
        if linked:
            click.echo(f"{linked} ticket(s) linked to agency records")


@jobs_cli.command("run")
@click.argument("name")
def jobs_run(name: str) -> None:
    """Run the job NAME once, now."""
    from bot.jobs.runner import run_recorded

    try:
        job = get(name)
    except KeyError as exc:
        raise click.ClickException(str(exc.args[0])) from exc
    result = run_recorded(_services(), job, "cli")
    click.echo(json.dumps({"job": name, "result": result}, ensure_ascii=False, default=str))


@jobs_cli.command("list")
def jobs_list() -> None:
    """Show each job: its trigger, its last run and its next run (in BOT_TIMEZONE)."""
    from bot.jobs.scheduler import next_run
    from storage import job_runs

    services = _services()
    tz = services.config.tz
    with services.uow() as uow:
        last = {
            name: f"{format_datetime(run.started_at, tz)} {run.status}"
            for name, run in job_runs.last_runs(uow).items()
        }
        now = uow.now()
    for job in JOBS.values():
        args = ", ".join(f"{k}={v}" for k, v in job.trigger_args.items())
        done = last.get(job.name, "never")
        upcoming = next_run(job, services.config, now)
        click.echo(
            f"{job.name:18} {job.trigger}({args})  last: {done}  "
            f"next: {format_datetime(upcoming, tz)}  {job.description}"
        )


def register_cli(app: Flask) -> None:
    """Attach the command groups to the app."""
    app.cli.add_command(db_cli)
    app.cli.add_command(jobs_cli)
    from bot.cli.outbox import outbox_cli
    from bot.jobs.scheduler import scheduler_cli

    app.cli.add_command(scheduler_cli)
    app.cli.add_command(outbox_cli)
    from bot.cli.richmenu import richmenu_cli

    app.cli.add_command(richmenu_cli)
    from bot.cli.members import members_cli
    from bot.cli.referrals import agencies_cli, agency_answer, agency_reference, referral
    from bot.cli.related import related
    from bot.cli.tickets import tickets_cli

    for command in (referral, agency_reference, agency_answer, related):
        tickets_cli.add_command(command)
    app.cli.add_command(members_cli)
    app.cli.add_command(tickets_cli)
    from bot.cli.oversight import accused_cli, audit_cli

    app.cli.add_command(audit_cli)
    app.cli.add_command(accused_cli)
    app.cli.add_command(agencies_cli)
    from bot.cli.campaigns import campaigns_cli
    from bot.cli.forums import forums_cli

    app.cli.add_command(campaigns_cli)
    app.cli.add_command(forums_cli)
    from bot.cli.evidence import evidence_cli
    from bot.cli.keys import keys_cli

    app.cli.add_command(evidence_cli)

    app.cli.add_command(keys_cli)
    from bot.cli.backup import backup_cli

    app.cli.add_command(backup_cli)
    from bot.cli.events import events_cli

    app.cli.add_command(events_cli)
