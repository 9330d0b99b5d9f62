"""Organizers' forum pages (เวทีเสวนา): the list with RSVP counts, a new forum, announcing it."""

from __future__ import annotations

from flask import abort, flash, g, redirect, render_template, request, url_for
from sqlalchemy import select

from bot.dashboard.auth import ORGANIZER_ROLES, member_required
from bot.dashboard.blueprint import bp, language, services, t
from bot.dashboard.campaign_forms import AnnounceForm, ForumForm
from bot.line.campaign_ops import check_limits, describe
from handlers.outreach import forums
from handlers.outreach.campaigns import CampaignError
from handlers.tickets.actions import actor
from storage.campaign_models import Campaign, Forum


def forum_or_404(forum_id: int) -> Forum:
    """The forum, or a 404 page."""
    try:
        return forums.get(g.uow, forum_id)
    except CampaignError:
        abort(404)


def announcements(forum_id: int) -> list[Campaign]:
    """The campaigns that announced this forum, newest first."""
    stmt = select(Campaign).where(Campaign.forum_id == forum_id).order_by(Campaign.id.desc())
    return list(g.uow.session.scalars(stmt))


@bp.get("/forums")
@member_required(*ORGANIZER_ROLES)
def forum_list():
    """Forums to come (or all, with ?past=1) and how many will come or cannot."""
    include_past = request.args.get("past") == "1"
    rows = [
        (forum, forums.counts(g.uow, forum.id))
        for forum in forums.upcoming(g.uow, include_past=include_past)
    ]
    return render_template("dashboard/forums.html", rows=rows, include_past=include_past)


@bp.route("/forums/new", methods=["GET", "POST"])
@member_required(*ORGANIZER_ROLES)
def forum_new():
    """Plan a forum: title, date and time (Asia/Bangkok), venue with a map point, agenda."""
    form = ForumForm()
    if form.validate_on_submit():
        try:
            forum = forums.create(
                g.uow,
                title=form.title.data,
                day=form.day.data,
                at=form.at.data,
                venue=form.venue.data,
                agenda=form.agenda.data or "",
                latitude=form.latitude.data,
                longitude=form.longitude.data,
                actor=actor(g.member),
            )
        except CampaignError as error:
            g.uow.rollback()
            form.refuse(error, describe(error, language()))
        else:
            g.uow.commit()
            flash(t("dash.forums.done.create"), "ok")
            return redirect(url_for("dashboard.forum_page", forum_id=forum.id), code=303)
    status = 422 if request.method == "POST" else 200
    return render_template("dashboard/forum_new.html", form=form), status


def render_forum(forum: Forum, form: AnnounceForm, status: int = 200):
    """The forum page: details, RSVP counts, its announcements and the announce form."""
    return render_template(
        "dashboard/forum.html",
        forum=forum,
        counts=forums.counts(g.uow, forum.id),
        announcements=announcements(forum.id),
        form=form,
    ), status


@bp.get("/forums/<int:forum_id>")
@member_required(*ORGANIZER_ROLES)
def forum_page(forum_id: int):
    """One forum."""
    return render_forum(forum_or_404(forum_id), AnnounceForm())


@bp.post("/forums/<int:forum_id>/announce")
@member_required(*ORGANIZER_ROLES)
def forum_announce(forum_id: int):
    """Announce the forum as a campaign (card with RSVP buttons, the venue on the map)."""
    forum = forum_or_404(forum_id)
    form = AnnounceForm()
    tz = services().config.tz
    if not (form.validate() and form.check_future(tz, g.uow.now())):
        return render_forum(forum, form, 422)
    try:
        campaign = forums.announce(
            g.uow, forum.id, form.moment(tz), form.audience_value(), actor=actor(g.member)
        )
        check_limits(g.uow, campaign)
    except CampaignError as error:
        g.uow.rollback()
        form.refuse(error, describe(error, language()))
        return render_forum(forum_or_404(forum_id), form, 422)
    g.uow.commit()
    flash(t("dash.forums.done.announce"), "ok")
    return redirect(url_for("dashboard.campaign_page", campaign_id=campaign.id), code=303)
