"""Public forums (เวทีเสวนา): create, announce, RSVP, counts, the next one, reminders."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select

from handlers.menu import main_menu
from handlers.notices import push_to_person
from handlers.outreach import campaigns
from handlers.outreach.campaigns import CampaignError
from handlers.replies import Card, Out, Raw, Say
from storage import audit
from storage.campaign_models import Campaign, Forum, ForumRsvp
from storage.models import LineUser
from storage.uow import UnitOfWork

MAX_VENUE = 100  # a LINE location's title and address
ANSWERS = ("yes", "no")


def create(
    uow: UnitOfWork,
    *,
    title: str,
    day: date,
    at: time,
    venue: str,
    agenda: str = "",
    latitude: float | None = None,
    longitude: float | None = None,
    actor: str,
) -> Forum:
    """A forum at `day` `at` (local time), with a place on the map when both coordinates given."""
    if not title.strip() or len(title) > 200:
        raise CampaignError("campaign.error.title", limit=200)
    if not venue.strip() or len(venue) > MAX_VENUE:
        raise CampaignError("forum.error.venue", limit=MAX_VENUE)
    if (latitude is None) != (longitude is None) or (
        latitude is not None and not (-90 <= latitude <= 90 and -180 <= longitude <= 180)
    ):
        raise CampaignError("forum.error.location")
    starts_at = datetime.combine(day, at, tzinfo=uow.settings.tz)
    if starts_at <= uow.now():
        raise CampaignError("forum.error.past")
    forum = Forum(
        title=title.strip(),
        starts_at=starts_at,
        venue=venue.strip(),
        agenda=agenda.strip(),
        latitude=latitude,
        longitude=longitude,
        created_at=uow.now(),
    )
    uow.session.add(forum)
    uow.session.flush()
    audit.record(uow, actor, "forum_create", str(forum.id))
    return forum


def get(uow: UnitOfWork, forum_id: int) -> Forum:
    """The forum, or CampaignError when there is none."""
    forum = uow.session.get(Forum, forum_id)
    if forum is None:
        raise CampaignError("forum.error.not_found", id=forum_id)
    return forum


def view(uow: UnitOfWork, forum: Forum) -> dict:
    """What a forum card shows (local date and time)."""
    local = forum.starts_at.astimezone(uow.settings.tz)
    return {
        "forum_id": forum.id,
        "title": forum.title,
        "date": local.date().isoformat(),
        "time": local.strftime("%H:%M"),
        "venue": forum.venue,
        "agenda": forum.agenda,
    }


def items(uow: UnitOfWork, forum: Forum) -> list[Out]:
    """The forum card with its RSVP buttons, then the venue on the map."""
    found: list[Out] = [Card("forum", view(uow, forum))]
    if forum.latitude is not None:
        place = {"latitude": forum.latitude, "longitude": forum.longitude}
        found.append(Raw("location", {"title": forum.venue, "address": forum.venue, **place}))
    return found


def announce(
    uow: UnitOfWork,
    forum_id: int,
    send_at: datetime | None = None,
    audience: str = "subscribers",
    *,
    actor: str,
) -> Campaign:
    """A campaign that announces the forum (card, RSVP buttons, location); audited."""
    forum = get(uow, forum_id)
    campaign = campaigns.create(
        uow,
        title=forum.title,
        text=forum.agenda or forum.title,
        audience=audience,
        send_at=send_at,
        items=items(uow, forum),
        forum_id=forum.id,
        created_by=actor,
    )
    audit.record(uow, actor, "forum_announce", f"{forum.id}:{campaign.id}")
    return campaign


def counts(uow: UnitOfWork, forum_id: int) -> dict[str, int]:
    """How many said they will come and how many cannot."""
    stmt = (
        select(ForumRsvp.answer, func.count())
        .where(ForumRsvp.forum_id == forum_id)
        .group_by(ForumRsvp.answer)
    )
    found = dict(uow.session.execute(stmt).all())
    return {answer: found.get(answer, 0) for answer in ANSWERS}


def upcoming(uow: UnitOfWork, limit: int = 50, include_past: bool = False) -> list[Forum]:
    """Forums to come, soonest first (or all, newest first)."""
    stmt = select(Forum).where(Forum.cancelled.is_(False))
    if include_past:
        stmt = stmt.order_by(Forum.starts_at.desc())
    else:
        stmt = stmt.where(Forum.starts_at > uow.now()).order_by(Forum.starts_at)
    return list(uow.session.scalars(stmt.limit(limit)))


def next_forum(uow: UnitOfWork) -> list[Out]:
    """The next forum for a citizen, or a note that none is planned."""
    found = upcoming(uow, limit=1)
    if not found:
        return [Say("forum.none", quick=main_menu())]
    return items(uow, found[0])


def rsvp(uow: UnitOfWork, user: LineUser, forum_id: int, answer: str) -> list[Out]:
    """Record will-come / can't-come; tapping again changes nothing, changing is kept."""
    forum = uow.session.get(Forum, forum_id)
    if answer not in ANSWERS or forum is None or forum.cancelled or forum.starts_at <= uow.now():
        return [Say("forum.rsvp_closed", quick=main_menu())]
    stmt = select(ForumRsvp).where(ForumRsvp.forum_id == forum_id, ForumRsvp.user_id == user.id)
    record = uow.session.scalars(stmt.with_for_update()).first()
    stamp = {"answer": answer, "at": uow.now().isoformat()}
    if record is None:
        uow.session.add(
            ForumRsvp(
                forum_id=forum_id,
                user_id=user.id,
                answer=answer,
                history=[stamp],
                answered_at=uow.now(),
            )
        )
    elif record.answer != answer:
        record.answer = answer
        record.history = [*record.history, stamp]
        record.answered_at = uow.now()
        record.reminded_at = None if answer == "yes" else record.reminded_at
    return [Say(f"forum.rsvp_{answer}", {"title": forum.title}, quick=main_menu())]


def send_reminders(uow: UnitOfWork) -> int:
    """Queue a reminder, once, to each follower who will come to a forum held tomorrow."""
    tz = uow.settings.tz
    tomorrow = (uow.now().astimezone(tz) + timedelta(days=1)).date()
    start = datetime.combine(tomorrow, time(0), tzinfo=tz)
    stmt = (
        select(ForumRsvp, Forum, LineUser)
        .join(Forum, Forum.id == ForumRsvp.forum_id)
        .join(LineUser, LineUser.id == ForumRsvp.user_id)
        .where(
            Forum.starts_at >= start,
            Forum.starts_at < start + timedelta(days=1),
            Forum.cancelled.is_(False),
            ForumRsvp.answer == "yes",
            ForumRsvp.reminded_at.is_(None),
            LineUser.following.is_(True),
        )
    )
    queued = 0
    for record, forum, user in uow.session.execute(stmt).all():
        card = view(uow, forum)
        params = {"title": forum.title, "time": card["time"], "venue": forum.venue}
        key = f"forum-reminder:{forum.id}:{user.id}"
        record.reminded_at = uow.now()
        queued += push_to_person(  # neutral for those who chose discreet notices
            uow,
            uow.vault.decrypt(user.line_user_id_enc),
            [Say("forum.reminder", params), *items(uow, forum)[1:]],
            purpose=f"forum-reminder:{forum.id}",
            language=user.language,
            dedupe_key=key,
            user=user,
        )
    return queued
