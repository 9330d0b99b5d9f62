"""Organizers' commands: `flask --app bot campaigns create|list|show|cancel|resume|test`."""

from __future__ import annotations

import json
from datetime import datetime

import click
from flask import current_app
from flask.cli import AppGroup

from bot.i18n import catalogue
from bot.line.campaign_ops import create_checked, describe, send_test
from handlers.directory.members import operator_actor
from handlers.outreach import campaigns
from handlers.outreach import progress as campaign_progress
from handlers.outreach.campaigns import CampaignError
from handlers.thai.dates import format_datetime

campaigns_cli = AppGroup("campaigns", help="Campaigns to followers: create, list, show, cancel.")


def _services():
    return current_app.extensions["sujarit"]


def fail(error: CampaignError):
    """Stop the command with the refusal in Thai and English."""
    raise click.ClickException(describe(error, "th") + "\n" + describe(error, "en"))


def when(value: str | None) -> datetime | None:
    """An ISO date-time; without a zone it is read in the bot's time zone (Asia/Bangkok)."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"not an ISO date-time: {value!r}") from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=_services().config.tz)


def local(moment: datetime | None) -> str:
    """A moment as organizers read it, in the bot's time zone."""
    return format_datetime(moment, _services().config.tz) if moment else "-"


def _warning_line(progress: dict) -> str | None:
    if not progress["warning"]:
        return None
    key, params = progress["warning"]
    return (
        "WARNING: "
        + catalogue.text("th", key, **params)
        + " / "
        + catalogue.text("en", key, **params)
    )


@campaigns_cli.command("create")
@click.option("--title", required=True)
@click.option("--text", required=True, help="The message, as the organizer writes it.")
@click.option("--send-at", help="ISO date-time (Asia/Bangkok when no zone); now when left out.")
@click.option(
    "--audience",
    default="subscribers",
    show_default=True,
    help="all | subscribers | district:NAME | members",
)
@click.option("--image-url", help="An https URL of an image to send after the text.")
@click.option("--weekly", is_flag=True, help="Send again every week at the same time.")
@click.option("--card", is_flag=True, help="Send as a Flex card (title, text, image).")
@click.option("--draft", is_flag=True, help="Keep as a draft; nothing is scheduled.")
@click.option("--force", is_flag=True, help="Send even if the monthly quota would run out.")
def campaigns_create(title, text, send_at, audience, image_url, weekly, card, draft, force):
    """Create a campaign; prints its id on the last line."""
    services = _services()
    with services.uow() as uow:
        try:
            campaign = create_checked(
                uow,
                title=title,
                text=text,
                audience=audience,
                send_at=when(send_at),
                weekly=weekly,
                image_url=image_url,
                as_card=card,
                draft=draft,
                force=force,
                created_by=operator_actor(uow),
            )
        except CampaignError as error:
            fail(error)
        uow.commit()
        click.echo(
            f"campaign {campaign.status}: {campaign.audience}, {local(campaign.next_run_at)}"
        )
        click.echo(campaign.id)


@campaigns_cli.command("list")
def campaigns_list():
    """Every campaign: id, status, audience, next send, progress, warnings."""
    with _services().uow() as uow:
        for campaign in campaigns.all_campaigns(uow):
            progress = campaign_progress.progress(uow, campaign.id)
            batches = progress["batches"]
            reached = sum(run["reached"] for run in progress["runs"])
            click.echo(
                f"{campaign.id:>4}  {campaign.status:<9} {campaign.audience:<20} "
                f"{local(campaign.next_run_at):<16} {'weekly ' if campaign.weekly else ''}"
                f"sent {batches['sent']}/{batches['total']} batches, {reached} people, "
                f"{batches['failed']} failed  {campaign.title}"
            )
            warning = _warning_line(progress)
            if warning:
                click.echo(f"      {warning}")


@campaigns_cli.command("show")
@click.argument("campaign_id", type=int)
def campaigns_show(campaign_id):
    """One campaign: its runs, batches sent, waiting and failed, errors, warnings."""
    with _services().uow() as uow:
        try:
            progress = campaign_progress.progress(uow, campaign_id)
        except CampaignError as error:
            fail(error)
    warning = _warning_line(progress)
    if warning:
        click.echo(warning)
    click.echo(json.dumps(progress, ensure_ascii=False, indent=2, default=str))


@campaigns_cli.command("cancel")
@click.argument("campaign_id", type=int)
def campaigns_cancel(campaign_id):
    """Cancel a campaign; batches not yet sent are dropped."""
    with _services().uow() as uow:
        try:
            campaign = campaigns.cancel(uow, campaign_id, actor=operator_actor(uow))
        except CampaignError as error:
            fail(error)
        uow.commit()
        click.echo(f"campaign {campaign.id} cancelled")


@campaigns_cli.command("resume")
@click.argument("campaign_id", type=int)
@click.option("--force", is_flag=True, help="Send even if the monthly quota would run out.")
def campaigns_resume(campaign_id, force):
    """Let a campaign held for the quota go again (checked again unless --force)."""
    with _services().uow() as uow:
        try:
            campaign = campaigns.resume(uow, campaign_id, force, actor=operator_actor(uow))
        except CampaignError as error:
            fail(error)
        uow.commit()
        click.echo(f"campaign {campaign.id} scheduled{' (forced)' if campaign.force else ''}")


@campaigns_cli.command("test")
@click.argument("campaign_id", type=int)
@click.option("--line-user-id", required=True, help="Your own LINE user id (U…).")
@click.option("--language", default="th", show_default=True, type=click.Choice(["th", "en"]))
def campaigns_test(campaign_id, line_user_id, language):
    """Send the campaign to one LINE user now (yourself), to see it as people will."""
    services = _services()
    with services.uow() as uow:
        who = operator_actor(uow)
        uow.commit()
    try:
        outcome = send_test(services, campaign_id, line_user_id, language, actor=who)
    except CampaignError as error:
        fail(error)
    click.echo(json.dumps({"test": campaign_id, "outcome": outcome}))
