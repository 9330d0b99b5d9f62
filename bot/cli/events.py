"""`flask --app bot events failed|replay`: webhook events whose handling failed."""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import AppGroup

from bot.http.replay import replay
from storage import failed_events

events_cli = AppGroup("events", help="Webhook events that failed: list them, replay one.")


@events_cli.command("failed")
@click.option("--all", "include_replayed", is_flag=True, help="Also those replayed since.")
@click.option("--limit", default=50, show_default=True)
def events_failed(include_replayed: bool, limit: int) -> None:
    """List failed events, newest first: id, when, type, error (never who or what was said)."""
    services = current_app.extensions["sujarit"]
    tz = services.config.tz
    with services.uow() as uow:
        lines = [
            f"{row.id:>6}  {row.created_at.astimezone(tz):%Y-%m-%d %H:%M:%S}  "
            f"{row.event_type:18} {row.error}"
            + (
                f"  (replayed {row.replayed_at.astimezone(tz):%Y-%m-%d %H:%M})"
                if row.replayed_at
                else ""
            )
            for row in failed_events.listed(uow, include_replayed, limit)
        ]
    click.echo("\n".join(lines) or "no failed events")


@events_cli.command("replay")
@click.argument("failed_id", type=int)
def events_replay(failed_id: int) -> None:
    """Process failed event FAILED_ID again, as the webhook would; safe to repeat."""
    services = current_app.extensions["sujarit"]
    try:
        replayed = replay(services, failed_id)
    except KeyError as exc:
        raise click.ClickException(f"no failed event {failed_id}") from exc
    tz = services.config.tz
    what = f"event {failed_id} ({replayed.event_type})"
    if replayed.result == "done":
        when = replayed.replayed_at.astimezone(tz)
        click.echo(f"{what} was already replayed at {when:%Y-%m-%d %H:%M}; nothing to do")
    elif replayed.result == "handled":
        click.echo(f"{what} handled; its answers are sent, and it is no longer listed as failed")
    elif replayed.result == "duplicate":
        click.echo(f"{what} had been handled already (LINE delivered it again); marked as replayed")
    else:
        raise click.ClickException(f"{what} failed again: {replayed.error}; it stays listed")
