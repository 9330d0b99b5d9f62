"""Campaigns: write, schedule, cancel, resume and list what organizers send."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select, update

from handlers.replies import Card, Out, Raw, to_json
from handlers.thai.places import Geography
from storage import audit, outbox
from storage.campaign_models import Campaign
from storage.models import OutboxMessage
from storage.uow import UnitOfWork

MAX_TEXT = 5000
MAX_TITLE = 200
AUDIENCES = ("all", "subscribers", "members")
EDITABLE = ("draft", "scheduled", "held")


class CampaignError(ValueError):
    """A campaign that cannot be made or changed; `key` is a catalogue key for organizers."""

    def __init__(self, key: str, **params) -> None:
        super().__init__(key, params)
        self.key = key
        self.params = params


def parse_audience(text: str, geography: Geography) -> str:
    """`all`, `subscribers`, `members` or `district:NAME` (the Thai district name)."""
    value = (text or "subscribers").strip()
    if value.lower() in AUDIENCES:
        return value.lower()
    kind, _, name = value.partition(":")
    if kind.lower() == "district" and name.strip():
        found = geography.match_district(name.strip()).district
        if found is None:
            raise CampaignError("campaign.error.district", name=name.strip())
        return f"district:{found}"
    raise CampaignError("campaign.error.audience", audience=value)


def message_items(title: str, text: str, image_url: str | None, as_card: bool) -> list[Out]:
    """The messages of a campaign: the organizer's text (or a card) and an image."""
    if as_card:
        return [Card("campaign", {"title": title, "text": text, "image_url": image_url})]
    items: list[Out] = [Raw("text", {"text": text})]
    if image_url:
        items.append(Raw("image", {"url": image_url}))
    return items


def _check(title: str, text: str, image_url: str | None) -> None:
    if not title.strip() or len(title) > MAX_TITLE:
        raise CampaignError("campaign.error.title", limit=MAX_TITLE)
    if not text.strip():
        raise CampaignError("campaign.error.text_empty")
    length = len(text.encode("utf-16-le")) // 2
    if length > MAX_TEXT:
        raise CampaignError("campaign.error.text_too_long", length=length, limit=MAX_TEXT)
    if image_url is not None and not image_url.startswith("https://"):
        raise CampaignError("campaign.error.image_https")


def create(
    uow: UnitOfWork,
    *,
    title: str,
    text: str,
    audience: str = "subscribers",
    send_at: datetime | None = None,
    weekly: bool = False,
    image_url: str | None = None,
    as_card: bool = False,
    draft: bool = False,
    force: bool = False,
    created_by: str = "cli",
    items: list[Out] | None = None,
    forum_id: int | None = None,
) -> Campaign:
    """A new campaign, scheduled for `send_at` (now when None) unless kept as a draft.

    Audited as `campaign_create` by `created_by`; a forum's announcement is audited as such.
    """
    image_url = image_url or None
    _check(title, text, image_url)
    now = uow.now()
    campaign = Campaign(
        title=title.strip(),
        text=text,
        image_url=image_url,
        as_card=as_card,
        payload=to_json(items or message_items(title.strip(), text, image_url, as_card)),
        audience=parse_audience(audience, uow.settings.geography),
        status="draft" if draft else "scheduled",
        send_at=send_at,
        weekly=weekly,
        next_run_at=None if draft else (send_at or now),
        force=force,
        forum_id=forum_id,
        created_by=created_by[:64],
        created_at=now,
        updated_at=now,
    )
    uow.session.add(campaign)
    uow.session.flush()
    if forum_id is None:
        audit.record(uow, created_by, "campaign_create", str(campaign.id))
    return campaign


def get(uow: UnitOfWork, campaign_id: int, lock: bool = False) -> Campaign:
    """The campaign, or CampaignError when there is none with that id."""
    stmt = select(Campaign).where(Campaign.id == campaign_id)
    campaign = uow.session.scalars(stmt.with_for_update() if lock else stmt).first()
    if campaign is None:
        raise CampaignError("campaign.error.not_found", id=campaign_id)
    return campaign


def schedule(
    uow: UnitOfWork,
    campaign_id: int,
    send_at: datetime | None,
    weekly: bool | None = None,
    *,
    actor: str,
) -> Campaign:
    """Schedule a draft (or move a scheduled campaign) to `send_at`, now when None."""
    campaign = get(uow, campaign_id, lock=True)
    if campaign.status not in EDITABLE:
        raise CampaignError("campaign.error.cannot_change", status=campaign.status)
    campaign.send_at = send_at
    campaign.weekly = campaign.weekly if weekly is None else weekly
    campaign.next_run_at = send_at or uow.now()
    campaign.status = "scheduled"
    campaign.warning = None
    campaign.updated_at = uow.now()
    audit.record(uow, actor, "campaign_schedule", str(campaign.id))
    return campaign


def cancel(uow: UnitOfWork, campaign_id: int, *, actor: str) -> Campaign:
    """Stop a campaign: nothing more is sent, batches not yet sent are dropped."""
    campaign = get(uow, campaign_id, lock=True)
    if campaign.status in ("sent", "cancelled"):
        raise CampaignError("campaign.error.cannot_cancel", status=campaign.status)
    campaign.status = "cancelled"
    campaign.next_run_at = None
    campaign.updated_at = uow.now()
    uow.session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.purpose.like(f"campaign:{campaign.id}:%"))
        .where(OutboxMessage.status == "pending")
        .values(status="cancelled", last_error="campaign cancelled")
    )
    audit.record(uow, actor, "campaign_cancel", str(campaign.id))
    return campaign


def resume(uow: UnitOfWork, campaign_id: int, force: bool = False, *, actor: str) -> Campaign:
    """Let a campaign held for the quota go again (checking again, unless forced)."""
    campaign = get(uow, campaign_id, lock=True)
    if campaign.status != "held":
        raise CampaignError("campaign.error.not_held", status=campaign.status)
    campaign.status = "scheduled"
    campaign.force = campaign.force or force
    campaign.next_run_at = campaign.next_run_at or uow.now()
    campaign.updated_at = uow.now()
    audit.record(uow, actor, "campaign_resume", str(campaign.id))
    return campaign


def test_send(
    uow: UnitOfWork, campaign_id: int, line_user_id: str, language: str = "th", *, actor: str
) -> str:
    """Queue the campaign's messages as a push to one person (an organizer trying it)."""
    campaign = get(uow, campaign_id)
    row = outbox.enqueue(
        uow,
        "push",
        campaign.payload,
        recipient=line_user_id,
        language=language,
        purpose=f"campaign-test:{campaign.id}",
    )
    audit.record(uow, actor, "campaign_test", str(campaign.id))
    return row.id


def all_campaigns(uow: UnitOfWork, limit: int = 100) -> list[Campaign]:
    """Campaigns, newest first."""
    stmt = select(Campaign).order_by(Campaign.id.desc()).limit(limit)
    return list(uow.session.scalars(stmt))


def next_week(when: datetime, now: datetime) -> datetime:
    """The first weekly occurrence after `now` (missed weeks are skipped, not sent late)."""
    step = timedelta(days=7)
    following = when + step
    while following <= now:
        following += step
    return following
