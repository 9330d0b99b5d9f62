"""Operators' commands under `flask --app bot`: db, jobs."""

from __future__ import annotations

import json

import click
from flask import Flask, current_app
from flask.cli import AppGroup

from bot import jobs
from storage.migrate import upgrade

db_cli = AppGroup("db", help="Database schema (Alembic migrations).")
jobs_cli = AppGroup("jobs", help="Scheduled jobs: list them, or run one now.")


def _services():
    return current_app.extensions["sujarit"]


@db_cli.command("upgrade")
@click.option("--revision", default="head", show_default=True)
def db_upgrade(revision: str) -> None:
    """Apply migrations up to REVISION (the release process runs this)."""
    upgrade(_services().config.database_url, revision)
    click.echo(f"database at {revision}")


@jobs_cli.command("run")
@click.argument("name")
def jobs_run(name: str) -> None:
    """Run the job NAME once, now."""
    try:
        result = jobs.run_job(_services(), name)
    except KeyError as exc:
        raise click.ClickException(str(exc.args[0])) from exc
    click.echo(json.dumps({"job": name, "result": result}, ensure_ascii=False, default=str))


@jobs_cli.command("list")
def jobs_list() -> None:
    """Show each job and its trigger."""
    for job in jobs.JOBS.values():
        args = ", ".join(f"{k}={v}" for k, v in job.trigger_args.items())
        click.echo(f"{job.name:20} {job.trigger}({args})  {job.description}")


def register_cli(app: Flask) -> None:
    """Attach the command groups to the app."""
    app.cli.add_command(db_cli)
    app.cli.add_command(jobs_cli)
