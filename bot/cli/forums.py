"""Organizers' commands for forums (เวทีเสวนา): `flask --app bot forums create|list|announce`."""

from __future__ import annotations

from datetime import date, time

import click
from flask import current_app
from flask.cli import AppGroup

from bot.cli.campaigns import fail, local, when
from bot.line.campaign_ops import check_limits
from handlers.directory.members import operator_actor
from handlers.outreach import forums
from handlers.outreach.campaigns import CampaignError

forums_cli = AppGroup("forums", help="Public forums (เวทีเสวนา): create, list, announce.")


def _services():
    return current_app.extensions["sujarit"]


@forums_cli.command("create")
@click.option("--title", required=True)
@click.option("--date", "day", required=True, help="YYYY-MM-DD")
@click.option("--time", "at", required=True, help="HH:MM, Asia/Bangkok")
@click.option("--venue", required=True)
@click.option("--lat", type=float)
@click.option("--lon", type=float)
@click.option("--agenda", default="")
def forums_create(title, day, at, venue, lat, lon, agenda):
    """Create a forum; prints its id on the last line."""
    try:
        parsed_day, parsed_at = date.fromisoformat(day), time.fromisoformat(at)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc
    with _services().uow() as uow:
        try:
            forum = forums.create(
                uow,
                title=title,
                day=parsed_day,
                at=parsed_at,
                venue=venue,
                agenda=agenda,
                latitude=lat,
                longitude=lon,
                actor=operator_actor(uow),
            )
        except CampaignError as error:
            fail(error)
        uow.commit()
        click.echo(f"forum on {local(forum.starts_at)} at {forum.venue}")
        click.echo(forum.id)


@forums_cli.command("list")
@click.option("--all", "include_past", is_flag=True, help="Past forums too.")
def forums_list(include_past):
    """Forums with how many will come and how many cannot."""
    with _services().uow() as uow:
        for forum in forums.upcoming(uow, include_past=include_past):
            counts = forums.counts(uow, forum.id)
            click.echo(
                f"{forum.id:>4}  {local(forum.starts_at)}  will come {counts['yes']:>4}  "
                f"can't come {counts['no']:>4}  {forum.title} @ {forum.venue}"
            )


@forums_cli.command("announce")
@click.argument("forum_id", type=int)
@click.option("--send-at", help="ISO date-time (Asia/Bangkok when no zone); now when left out.")
@click.option("--audience", default="subscribers", show_default=True)
def forums_announce(forum_id, send_at, audience):
    """Announce a forum as a campaign (card, RSVP buttons, map); prints the campaign id."""
    with _services().uow() as uow:
        try:
            campaign = forums.announce(
                uow, forum_id, when(send_at), audience, actor=operator_actor(uow)
            )
            check_limits(uow, campaign)
        except CampaignError as error:
            fail(error)
        uow.commit()
        click.echo(
            f"announcement {campaign.status}: {campaign.audience}, {local(campaign.next_run_at)}"
        )
        click.echo(campaign.id)
