"""`flask --app bot members …`: add, invite, list and remove committee members; login links."""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import AppGroup

from bot.i18n import catalogue
from handlers.directory import members, sessions
from handlers.directory.access import ROLES, NotAllowed, conflict_label
from handlers.thai.dates import format_datetime
from storage.models import Member
from storage.uow import UnitOfWork

members_cli = AppGroup("members", help="Committee members: add, invite, list, remove, login links.")
conflicts_cli = AppGroup("conflicts", help="Declared conflicts of interest of a member.")
members_cli.add_command(conflicts_cli)

ROLE = click.Choice(ROLES)


def _services():
    return current_app.extensions["sujarit"]


def _find(uow: UnitOfWork, member_id: int | None, line_user_id: str | None) -> Member:
    if member_id is not None:
        try:
            return members.get_member(uow, member_id)
        except LookupError as exc:
            raise click.ClickException(str(exc)) from exc
    if line_user_id:
        member = members.member_for_line_id(uow, line_user_id)
        if member is None:
            raise click.ClickException("no active member has that LINE user id")
        return member
    raise click.UsageError("give --id or --line-user-id")


def _describe(member: Member) -> str:
    tz = current_app.extensions["sujarit"].config.tz
    state = "active" if member.active else f"removed {format_datetime(member.removed_at, tz)}"
    line = "LINE" if member.user_hash else "no LINE"
    ties = ", ".join(f"{c.kind}:{conflict_label(c)}" for c in member.conflicts) or "-"
    return f"{member.id:>4}  {member.role:9}  {state:18}  {line:7}  {member.name}  [{ties}]"


@members_cli.command("add")
@click.option("--line-user-id", required=True, help="The member's LINE user id (U…).")
@click.option("--name", required=True)
@click.option("--role", required=True, type=ROLE)
def add(line_user_id: str, name: str, role: str) -> None:
    """Add a member (or bring a removed one back) with ROLE."""
    with _services().uow() as uow:
        try:
            member = members.add_from_shell(uow, line_user_id, name, role)
        except ValueError as exc:
            raise click.ClickException(str(exc)) from exc
        uow.commit()
        click.echo(f"member {member.id} {member.name} is a {member.role}")


@members_cli.command("invite")
@click.option("--role", required=True, type=ROLE)
def invite(role: str) -> None:
    """Print a single-use join code (valid 7 days); the last line is the code."""
    with _services().uow() as uow:
        code = members.invite(uow, role)
        uow.commit()
    click.echo(f"Send this code to the new {role}. They type to the bot: เข้าร่วม {code}")
    click.echo(code)


@members_cli.command("list")
@click.option("--all", "show_all", is_flag=True, help="Include removed members.")
def list_(show_all: bool) -> None:
    """Show members: id, role, state, name and declared conflicts."""
    with _services().uow() as uow:
        found = members.list_members(uow, include_removed=show_all)
        for member in found:
            click.echo(_describe(member))
        if not found:
            click.echo("no members yet")


@members_cli.command("remove")
@click.option("--id", "member_id", type=int)
@click.option("--line-user-id")
def remove(member_id: int | None, line_user_id: str | None) -> None:
    """Take a member off the committee (kept on record)."""
    with _services().uow() as uow:
        member = _find(uow, member_id, line_user_id)
        members.remove_member(uow, member.id, actor=members.operator_actor(uow))
        uow.commit()
        click.echo(f"member {member.id} {member.name} removed")


@members_cli.command("login-link")
@click.option("--line-user-id")
@click.option("--id", "member_id", type=int)
def login_link(line_user_id: str | None, member_id: int | None) -> None:
    """Print a one-time dashboard login URL (10 minutes); the last line is the URL.

    The member is told in LINE, the audit log names the command line, and the session it
    opens may read but not confirm or decline endings nor open identity: for those the
    member signs in with a link they ask for in LINE ("login")."""
    services = _services()
    with services.uow() as uow:
        member = _find(uow, member_id, line_user_id)
        try:
            token = members.issue_login_token(uow, member, from_shell=True)
        except NotAllowed as exc:
            raise click.ClickException(str(exc)) from exc
        uow.commit()
        click.echo(
            f"One-time login for {member.name}, valid 10 minutes; it reads only (no confirming, "
            f"declining, identity, ties or agency records) and {member.name} is told in LINE:"
        )
    click.echo(members.login_url(services.config.public_base_url, token))


@conflicts_cli.command("add")
@click.option("--id", "member_id", type=int, required=True)
@click.option("--kind", required=True, type=click.Choice(members.CONFLICT_KINDS))
@click.option("--value", required=True, help="An agency (any spelling) or a district (name/code).")
@click.option("--reason", default=None)
def conflicts_add(member_id: int, kind: str, value: str, reason: str | None) -> None:
    """Declare that member ID is tied to an agency or district (never shown such tickets).

    The value is resolved to a canonical agency or a district code; an unknown one is
    refused with suggestions."""
    with _services().uow() as uow:
        member = _find(uow, member_id, None)
        try:
            operator = members.operator_member(uow)
            conflict = members.declare_conflict(uow, member, kind, value, reason, by=operator)
        except ValueError as exc:
            raise click.ClickException(str(exc)) from exc
        uow.commit()
        click.echo(f"member {member.id} {member.name}: {conflict.kind} {conflict_label(conflict)}")


@conflicts_cli.command("remove")
@click.option("--id", "member_id", type=int, required=True)
@click.option("--kind", required=True, type=click.Choice(members.CONFLICT_KINDS))
@click.option("--value", required=True, help="As declared.")
def conflicts_remove(member_id: int, kind: str, value: str) -> None:
    """Refused: a tie is undone only by a chair whose role counts, on the dashboard
    (/committee/conflicts). The operator alone would free a member's way to the tickets
    they are tied to with no chair's word."""
    raise click.ClickException(
        catalogue.text("th", "cli.conflicts.remove_refused")
        + "\n"
        + catalogue.text("en", "cli.conflicts.remove_refused")
    )


@conflicts_cli.command("accept")
@click.option("--id", "member_id", type=int, required=True)
@click.option("--kind", required=True, type=click.Choice(members.CONFLICT_KINDS))
@click.option("--value", required=True, help="As declared.")
def conflicts_accept(member_id: int, kind: str, value: str) -> None:
    """Refused: a tie pointed to another agency record outside the application is accepted
    (or removed) only by a chair whose role counts, on the dashboard (/committee/conflicts).
    The operator, whose shell holds the keys, is the party the tie's mark guards against."""
    raise click.ClickException(
        catalogue.text("th", "cli.conflicts.accept_refused")
        + "\n"
        + catalogue.text("en", "cli.conflicts.accept_refused")
    )


@conflicts_cli.command("list")
@click.option("--id", "member_id", type=int, required=True)
def conflicts_list(member_id: int) -> None:
    """Show what member ID has declared."""
    with _services().uow() as uow:
        member = _find(uow, member_id, None)
        for c in member.conflicts:
            click.echo(f"{c.kind:8}  {conflict_label(c)}  {c.reason or ''}")


@members_cli.command("sign-out")
@click.option("--id", "member_id", type=int)
@click.option("--all", "everyone", is_flag=True, help="Every member's sessions.")
def sign_out(member_id: int | None, everyone: bool) -> None:
    """Sign out everywhere: end a member's dashboard sessions (or everyone's) on the server."""
    if member_id is None and not everyone:
        raise click.UsageError("give --id or --all")
    with _services().uow() as uow:
        operator = members.operator_member(uow)
        ended = sessions.sign_out_everywhere(uow, operator, None if everyone else member_id)
        uow.commit()
    click.echo(f"{ended} session(s) ended")
