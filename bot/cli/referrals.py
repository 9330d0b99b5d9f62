"""`flask --app bot tickets referral …` and `flask --app bot agencies …`: forwarding to the
authorities from the command line, by the same rules as the dashboard. Commands act as the
command line (the operator), never as a member; an agency's answer typed here waits for a
chair's confirmation like any other."""

from __future__ import annotations

from pathlib import Path

import click
from flask import current_app
from flask.cli import AppGroup, with_appcontext

from bot.referral import documents
from bot.referral.documents import EvidenceAltered
from handlers.directory import members
from handlers.directory.access import NotAllowed
from handlers.thai.dates import format_datetime
from handlers.tickets import endings, referrals
from handlers.tickets.transitions import AGENCIES
from storage import tickets
from storage.uow import UnitOfWork

agencies_cli = AppGroup("agencies", help="The agencies complaints are forwarded to.")


def _services():
    return current_app.extensions["sujarit"]


def _ticket(uow: UnitOfWork, reference: str):
    ticket = tickets.by_reference(uow, reference)
    if ticket is None:
        raise click.ClickException(f"no ticket {reference}")
    return ticket


@click.command("referral")
@click.argument("reference")
@click.option("--agency", type=click.Choice(AGENCIES), required=True)
@click.option("--out", "out", type=click.Path(dir_okay=False), required=True, help="FILE.pdf")
@click.option("--bundle", type=click.Path(dir_okay=False), default=None, help="FILE.zip")
@with_appcontext
def referral(reference: str, agency: str, out: str, bundle: str | None) -> None:
    """The referral letter (PDF) for ticket REFERENCE to --agency; with --bundle, the evidence
    zip too. The complainant's identity is in it only if they agreed to pass it on."""
    services = _services()
    with services.uow() as uow:
        ticket = _ticket(uow, reference)
        member = members.operator_member(uow)
        try:
            made = documents.make(uow, services.config, member, ticket, agency, bool(bundle))
        except (NotAllowed, ValueError, EvidenceAltered) as exc:
            raise click.ClickException(str(exc)) from exc
        Path(out).write_bytes(made.letter)
        if bundle:
            Path(bundle).write_bytes(made.bundle)
        uow.commit()
    click.echo(f"{reference}: letter {made.letter_number} to {agency} written to {out}")
    if bundle:
        click.echo(f"{reference}: evidence bundle written to {bundle}")


def _record(reference: str, step, done: str) -> None:
    """Run one step of the agency's side on ticket REFERENCE as the command line, as the
    dashboard does."""
    with _services().uow() as uow:
        ticket = _ticket(uow, reference)
        try:
            step(uow, members.operator_member(uow), ticket)
        except (NotAllowed, ValueError) as exc:
            raise click.ClickException(str(exc)) from exc
        uow.commit()
    click.echo(f"{reference}: {done}")


@click.command("agency-reference")
@click.argument("reference")
@click.argument("agency_reference")
@with_appcontext
def agency_reference(reference: str, agency_reference: str) -> None:
    """Record the agency's own number for forwarded ticket REFERENCE (the complainant is told)."""

    def step(uow, member, ticket):
        referrals.record_reference(uow, member, ticket, agency_reference)

    _record(reference, step, "agency reference recorded; complainant notified")


@click.command("agency-answer")
@click.argument("reference")
@click.option("--summary", required=True, help="What the agency answered, for the complainant.")
@with_appcontext
def agency_answer(reference: str, summary: str) -> None:
    """Propose the agency's answer for forwarded ticket REFERENCE; when a chair confirms it
    (on the dashboard), its clock stops and the complainant is told."""

    def step(uow, member, ticket):
        endings.propose_answer(uow, member, ticket, summary)

    _record(reference, step, "agency answer proposed; pending until a chair confirms it")


@agencies_cli.command("list")
def agencies_list() -> None:
    """Each agency: code, name, addressee, address, answer time, last change."""
    services = _services()
    default = services.config.agency_answer_working_days
    with services.uow() as uow:
        for row in referrals.agencies(uow, active_only=False):
            days = row.answer_working_days or default
            changed = format_datetime(row.updated_at, services.config.tz)
            click.echo(f"{row.code:13} {row.name}")
            click.echo(f"{'':13} เรียน {row.addressee}")
            click.echo(f"{'':13} {row.address}")
            click.echo(f"{'':13} answer within {days} working days; changed {changed}")


@agencies_cli.command("set")
@click.argument("code", type=click.Choice(AGENCIES))
@click.option("--name", default=None)
@click.option("--addressee", default=None, help="เรียน …: the head of the agency, by title.")
@click.option("--address", default=None)
@click.option("--answer-days", type=click.IntRange(1, 365), default=None)
def agencies_set(code, name, addressee, address, answer_days) -> None:
    """Change an agency's name, addressee, address or answer time (working days)."""
    with _services().uow() as uow:
        try:
            referrals.update_agency(
                uow,
                members.operator_member(uow),
                code,
                name=name,
                addressee=addressee,
                address=address,
                answer_working_days=answer_days,
            )
        except (NotAllowed, ValueError) as exc:
            raise click.ClickException(str(exc)) from exc
        uow.commit()
    click.echo(f"agency {code} updated")
