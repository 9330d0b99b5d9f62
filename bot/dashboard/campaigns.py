"""Organizers' campaign pages: the list with progress, a new campaign, one campaign's actions."""

from __future__ import annotations

from flask import abort, flash, g, redirect, render_template, request, url_for

from bot.dashboard.auth import ORGANIZER_ROLES, member_required
from bot.dashboard.blueprint import bp, language, services, t
from bot.dashboard.campaign_forms import CampaignForm, ScheduleForm
from bot.line.campaign_ops import create_checked, describe, send_test
from handlers.outreach import campaigns
from handlers.outreach import progress as campaign_progress
from handlers.outreach import runs as campaign_runs
from handlers.outreach.campaigns import CampaignError
from handlers.tickets.actions import actor
from storage.campaign_models import Campaign

PLANNED = ("draft", "scheduled", "held")


def campaign_or_404(campaign_id: int) -> Campaign:
    """The campaign, or a 404 page."""
    try:
        return campaigns.get(g.uow, campaign_id)
    except CampaignError:
        abort(404)


def quota_outlook(campaign: Campaign) -> dict:
    """How many people the next send reaches against the month's quota left (a warning if short)."""
    recipients = campaign_runs.audience_size(g.uow, campaign.audience)
    quota = services().gateway.quota()
    remaining = quota.remaining
    return {
        "recipients": recipients,
        "remaining": remaining,
        "limit": quota.limit,
        "known": quota.ok,
        "short": remaining is not None and recipients > remaining and not campaign.force,
    }


@bp.get("/campaigns")
@member_required(*ORGANIZER_ROLES)
def campaign_list():
    """Every campaign, newest first, with its schedule, progress and warnings."""
    rows = [
        (campaign, campaign_progress.progress(g.uow, campaign.id))
        for campaign in campaigns.all_campaigns(g.uow)
    ]
    return render_template("dashboard/campaigns.html", rows=rows)


@bp.route("/campaigns/new", methods=["GET", "POST"])
@member_required(*ORGANIZER_ROLES)
def campaign_new():
    """Write a campaign; the handlers check LINE's limits and refuse with a clear message."""
    form = CampaignForm()
    config = services().config
    if form.validate_on_submit() and form.check_future(config.tz, g.uow.now()):
        try:
            campaign = create_checked(
                g.uow,
                title=form.title.data,
                text=form.text.data,
                audience=form.audience_value(),
                send_at=form.moment(config.tz),
                weekly=form.schedule.data == "weekly",
                image_url=(form.image_url.data or "").strip() or None,
                as_card=form.card.data,
                draft=bool(form.save_draft.data),
                created_by=actor(g.member),
            )
        except CampaignError as error:
            g.uow.rollback()
            form.refuse(error, describe(error, language()))
        else:
            g.uow.commit()
            flash(t(f"dash.campaigns.done.{campaign.status}"), "ok")
            return redirect(url_for("dashboard.campaign_page", campaign_id=campaign.id), code=303)
    status = 422 if request.method == "POST" else 200
    return render_template("dashboard/campaign_new.html", form=form), status


@bp.get("/campaigns/<int:campaign_id>")
@member_required(*ORGANIZER_ROLES)
def campaign_page(campaign_id: int):
    """One campaign: its message, schedule, runs, batches, failures and actions."""
    campaign = campaign_or_404(campaign_id)
    local = campaign.send_at.astimezone(services().config.tz) if campaign.send_at else None
    schedule_form = ScheduleForm(
        schedule="weekly" if campaign.weekly else ("at" if local else "now"),
        send_date=local.date() if local else None,
        send_time=local.time().replace(second=0, microsecond=0) if local else None,
    )
    return render_template(
        "dashboard/campaign.html",
        campaign=campaign,
        progress=campaign_progress.progress(g.uow, campaign.id),
        outlook=quota_outlook(campaign) if campaign.status in PLANNED else None,
        schedule_form=schedule_form,
        has_line=g.member.line_user_id_enc is not None,
    )


def _act(campaign_id: int, action, name: str):
    """Run one campaign action (the handler audits it), then back to the campaign's page."""
    campaign_or_404(campaign_id)
    try:
        action()
    except CampaignError as error:
        g.uow.rollback()
        flash(describe(error, language()), "error")
    else:
        g.uow.commit()
        flash(t(f"dash.campaigns.done.{name}"), "ok")
    return redirect(url_for("dashboard.campaign_page", campaign_id=campaign_id), code=303)


@bp.post("/campaigns/<int:campaign_id>/cancel")
@member_required(*ORGANIZER_ROLES)
def campaign_cancel(campaign_id: int):
    """Stop a campaign; batches not yet sent are dropped."""
    return _act(
        campaign_id, lambda: campaigns.cancel(g.uow, campaign_id, actor=actor(g.member)), "cancel"
    )


@bp.post("/campaigns/<int:campaign_id>/resume")
@member_required(*ORGANIZER_ROLES)
def campaign_resume(campaign_id: int):
    """Let a campaign held for the quota go again (checked again unless forced)."""
    force = request.form.get("force") == "1"
    return _act(
        campaign_id,
        lambda: campaigns.resume(g.uow, campaign_id, force, actor=actor(g.member)),
        "resume",
    )


@bp.post("/campaigns/<int:campaign_id>/schedule")
@member_required(*ORGANIZER_ROLES)
def campaign_schedule(campaign_id: int):
    """Schedule a draft (or move a scheduled campaign): now, at a time, or weekly."""
    form = ScheduleForm()
    tz = services().config.tz
    if not (form.validate() and form.check_future(tz, g.uow.now())):
        campaign_or_404(campaign_id)
        for message in form.schedule.errors:
            flash(str(message), "error")
        return redirect(url_for("dashboard.campaign_page", campaign_id=campaign_id), code=303)
    return _act(
        campaign_id,
        lambda: campaigns.schedule(
            g.uow,
            campaign_id,
            form.moment(tz),
            form.schedule.data == "weekly",
            actor=actor(g.member),
        ),
        "schedule",
    )


@bp.post("/campaigns/<int:campaign_id>/test")
@member_required(*ORGANIZER_ROLES)
def campaign_test(campaign_id: int):
    """Send the campaign to the signed-in member's own LINE account, now."""
    campaign_or_404(campaign_id)
    back = redirect(url_for("dashboard.campaign_page", campaign_id=campaign_id), code=303)
    if g.member.line_user_id_enc is None:
        flash(t("dash.campaigns.test.no_line"), "error")
        return back
    line_user_id = g.uow.vault.decrypt(g.member.line_user_id_enc)
    who = actor(g.member)
    g.uow.rollback()  # end this request's read before send_test opens its own unit of work
    outcome = send_test(services(), campaign_id, line_user_id, language(), actor=who)
    if outcome.get("sent"):
        flash(t("dash.campaigns.test.sent"), "ok")
    else:
        flash(t("dash.campaigns.test.queued"), "error")
    return back
