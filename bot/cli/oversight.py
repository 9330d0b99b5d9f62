"""`flask --app bot audit …` and `accused-agencies …`: who did what, and the records of the
agencies complained about."""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import AppGroup

from handlers.directory import agencies, members
from handlers.directory.audit import entries
from handlers.thai.dates import format_datetime
from storage.insider_models import Agency

audit_cli = AppGroup("audit", help="The audit log: who did what to which ticket.")
accused_cli = AppGroup(
    "accused-agencies", help="Records of the agencies complained about: list, add, merge."
)


def _services():
    return current_app.extensions["sujarit"]


@audit_cli.command("list")
@click.option("--limit", type=int, default=100, show_default=True)
@click.option("--identity", "identity_only", is_flag=True, help="Identity views only.")
def audit_list(limit: int, identity_only: bool) -> None:
    """Audit entries, identity views first, newest first: when, who, what, ticket, detail."""
    services = _services()
    tz = services.config.tz
    with services.uow() as uow:
        found = entries(uow, limit=limit, identity_only=identity_only)
    for e in found:
        who = f"{e.who} ({e.role})" if e.role else e.who
        click.echo(
            f"{format_datetime(e.at, tz)}  {who:28}  {e.action:22}  "
            f"{e.reference or '-':16}  {e.detail}"
        )
    click.echo(f"{len(found)} entr{'y' if len(found) == 1 else 'ies'}")


@accused_cli.command("list")
@click.option("--new", "new_only", is_flag=True, help="Only those nobody has reviewed.")
def agencies_list(new_only: bool) -> None:
    """Agency records (merged ones left out): id, district, source, name."""
    with _services().uow() as uow:
        for a in agencies.listing(uow, unreviewed_only=new_only):
            mark = "" if a.reviewed else " [new]"
            click.echo(f"{a.id:>5}  {a.district or '-':16}  {a.source:8}  {a.name}{mark}")


@accused_cli.command("add")
@click.argument("name")
def agencies_add(name: str) -> None:
    """Propose an agency record (e.g. a school no complaint has named yet): it is new, its
    tickets kept from every member with an agency conflict, until a chair reviews it on the
    dashboard."""
    with _services().uow() as uow:
        found = agencies.resolve(uow, name)
        if found.agency is not None:
            raise click.ClickException(f"already known as {found.agency.id} {found.agency.name}")
        agency = agencies.propose(uow, name, members.operator_member(uow))
        uow.commit()
        click.echo(
            f"agency {agency.id} {agency.name} [new]: proposed; a chair reviews it on "
            "/committee/accused-agencies"
        )


@accused_cli.command("merge")
@click.option("--from", "source_id", type=int, required=True)
@click.option("--into", "target_id", type=int, required=True)
def agencies_merge(source_id: int, target_id: int) -> None:
    """Propose merging agency --from into --into: nothing moves until a chair merges them on
    the dashboard (/committee/accused-agencies lists the proposal)."""
    with _services().uow() as uow:
        source, target = uow.session.get(Agency, source_id), uow.session.get(Agency, target_id)
        if source is None or target is None:
            raise click.ClickException("no such agency")
        try:
            agencies.propose_merge(uow, source, target, members.operator_member(uow))
        except ValueError as exc:
            raise click.ClickException(str(exc)) from exc
        uow.commit()
        click.echo(
            f"merge of agency {source_id} {source.name} into {target_id} {target.name} "
            "proposed; pending until a chair merges them on /committee/accused-agencies"
        )
