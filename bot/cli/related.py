"""`flask --app bot tickets related REF`: find, store and list the tickets probably about the
same matter as one ticket (by content only; who sent them is never read); `--all` for every
ticket filed before there were signatures."""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import with_appcontext

from handlers.patterns import related as related_tickets
from handlers.patterns import scoring
from storage import patterns, tickets


@click.command("related")
@click.argument("reference", required=False)
@click.option("--all", "every", is_flag=True, help="Every ticket without a signature yet.")
@with_appcontext
def related(reference: str | None, every: bool) -> None:
    """Find the tickets probably about the same matter as REFERENCE, store the links, list them."""
    services = current_app.extensions["sujarit"]
    if every == bool(reference):
        raise click.UsageError("give one REFERENCE, or --all")
    with services.uow() as uow:
        if every:
            done = related_tickets.backfill(uow)
            uow.commit()
            click.echo(f"{done} ticket(s) signed and searched")
            return
        ticket = tickets.by_reference(uow, reference)
        if ticket is None:
            raise click.ClickException(f"no ticket {reference}")
        related_tickets.find(uow, ticket)
        found = patterns.links_of(uow, ticket.id)
        for link, other in found:
            codes = tuple(c for c in link.reasons.split(",") if c)
            click.echo(
                f"{other.reference}  {link.score:.2f}  {link.state:9}  "
                f"{scoring.describe(codes, link.story, 'en')}"
            )
        click.echo(f"{len(found)} related ticket(s)")
        uow.commit()
