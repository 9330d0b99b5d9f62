"""`flask --app bot tickets related REF`: find, store and list the tickets probably about the
same matter as one ticket (by content only; who sent them is never read)."""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import with_appcontext

from handlers.patterns import related as related_tickets
from handlers.patterns import scoring
from storage import patterns, tickets


@click.command("related")
@click.argument("reference")
@with_appcontext
def related(reference: str) -> None:
    """Find the tickets probably about the same matter as REFERENCE, store the links, list them."""
    services = current_app.extensions["sujarit"]
    with services.uow() as uow:
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
