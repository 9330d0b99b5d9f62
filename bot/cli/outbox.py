"""`flask --app bot outbox list|resend`: see dead letters, and send one again (audited)."""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import AppGroup

from handlers.directory.members import operator_actor
from handlers.thai.dates import format_datetime
from storage import outbox_ops

outbox_cli = AppGroup("outbox", help="Outgoing messages: list them, resend a dead one.")


@outbox_cli.command("list")
@click.option("--status", help="Only rows with this status: pending, sending, sent, dead.")
@click.option("--limit", default=50, show_default=True)
def outbox_list(status: str | None, limit: int) -> None:
    """List the newest outbox rows (recipients stay encrypted; only counts are shown)."""
    services = current_app.extensions["sujarit"]
    tz = services.config.tz
    with services.uow() as uow:
        lines = [
            f"{row.id}  {row.status:7} {row.channel:9} {row.purpose or '-':22} "
            f"attempts={row.attempts} to={row.recipient_count} "
            f"created={format_datetime(row.created_at, tz)}  "
            f"error={(row.last_error or '-')[:80]!r}"
            for row in outbox_ops.rows(uow, status, limit)
        ]
    click.echo("\n".join(lines) or "no messages" + (f" with status {status}" if status else ""))


@outbox_cli.command("resend")
@click.argument("row_id")
def outbox_resend(row_id: str) -> None:
    """Send the dead message ROW_ID again now (same row, same LINE retry key)."""
    services = current_app.extensions["sujarit"]
    with services.uow() as uow:
        try:
            outbox_ops.resend(uow, row_id, operator_actor(uow))
        except KeyError as exc:
            raise click.ClickException(f"no outbox message {row_id}") from exc
        except outbox_ops.NotResendable as exc:
            raise click.ClickException(str(exc)) from exc
        uow.commit()
    click.echo(f"{row_id} sent again; if LINE refuses it, the outbox job retries it")
