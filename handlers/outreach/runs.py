"""Sending a campaign: its audience, its runs, batches of at most 500, and progress.

A run writes every batch as an outbox row (dedupe key `campaign:{id}:{run}:{batch}`,
its id the LINE retry key) in one transaction before anything is sent, so a
restart resumes the same batches and nobody gets a campaign twice.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import func, select

from handlers.outreach.campaigns import get, next_week
from storage import outbox
from storage.campaign_models import Campaign, CampaignRun
from storage.models import LineUser, Member, OutboxMessage
from storage.uow import UnitOfWork

BATCH = 500
OPEN = ("pending", "sending")


@dataclass
class RunStart:
    """What happened when a due campaign was looked at."""

    campaign_id: int
    state: str  # "started", "held", "not_due" or "empty"
    recipients: int = 0
    outbox_ids: list[str] = field(default_factory=list)


def _subscribers(audience: str):
    stmt = select(LineUser.line_user_id_enc, LineUser.language).where(
        LineUser.following.is_(True), LineUser.subscribed.is_(True)
    )
    if audience.startswith("district:"):
        stmt = stmt.where(LineUser.district == audience.partition(":")[2])
    return stmt.order_by(LineUser.id)


def recipients(uow: UnitOfWork, audience: str) -> dict[str, list[str]]:
    """LINE ids of the audience by language, each person once (not for `all`)."""
    if audience == "members":
        languages = dict(uow.session.execute(select(LineUser.user_hash, LineUser.language)).all())
        rows = uow.session.execute(
            select(Member.line_user_id_enc, Member.user_hash).where(
                Member.active.is_(True), Member.line_user_id_enc.is_not(None)
            )
        ).all()
        rows = [(enc, languages.get(user_hash, "th")) for enc, user_hash in rows]
    else:
        rows = uow.session.execute(_subscribers(audience)).all()
    found: dict[str, str] = {}
    for enc, language in rows:
        found.setdefault(uow.vault.decrypt(enc), language or "th")
    by_language: dict[str, list[str]] = {}
    for line_id, language in found.items():
        by_language.setdefault(language, []).append(line_id)
    return by_language


def followers(uow: UnitOfWork) -> int:
    """How many people follow the account, from our own records."""
    stmt = select(func.count()).select_from(LineUser).where(LineUser.following.is_(True))
    return uow.session.scalar(stmt) or 0


def audience_size(uow: UnitOfWork, audience: str) -> int:
    """How many people a send to `audience` reaches (what it costs of the quota)."""
    if audience == "all":
        return followers(uow)
    if audience == "members":
        return sum(len(ids) for ids in recipients(uow, audience).values())
    stmt = select(func.count()).select_from(_subscribers(audience).subquery())
    return uow.session.scalar(stmt) or 0


def due_ids(uow: UnitOfWork) -> list[int]:
    """Campaigns whose time has come."""
    stmt = (
        select(Campaign.id)
        .where(Campaign.status == "scheduled", Campaign.next_run_at <= uow.now())
        .order_by(Campaign.next_run_at)
    )
    return list(uow.session.scalars(stmt))


def start_run(
    uow: UnitOfWork,
    campaign_id: int,
    remaining_quota: int | None = None,
    quota_limit: int | None = None,
    broadcast_reach: int | None = None,
) -> RunStart:
    """Write a due campaign's batches (or hold it when the quota would run out)."""
    campaign = get(uow, campaign_id, lock=True)
    now = uow.now()
    if campaign.status != "scheduled" or campaign.next_run_at is None or campaign.next_run_at > now:
        return RunStart(campaign_id, "not_due")
    if campaign.audience == "all":
        groups: dict[str, list[str]] = {}
        reach = broadcast_reach if broadcast_reach is not None else followers(uow)
    else:
        groups = recipients(uow, campaign.audience)
        reach = sum(len(ids) for ids in groups.values())
    if remaining_quota is not None and reach > remaining_quota and not campaign.force:
        campaign.status = "held"
        campaign.warning = (
            f"quota:{reach}:{remaining_quota}:{quota_limit if quota_limit is not None else ''}"
        )
        campaign.updated_at = now
        return RunStart(campaign_id, "held", reach)
    run_no = campaign.runs_made + 1
    run = CampaignRun(
        campaign_id=campaign.id,
        run_no=run_no,
        channel="broadcast" if campaign.audience == "all" else "multicast",
        status="sending",
        recipients=reach,
        scheduled_for=campaign.next_run_at,
        started_at=now,
    )
    uow.session.add(run)
    rows = _batches(uow, campaign, run, groups)
    run.batches = len(rows)
    campaign.runs_made = run_no
    campaign.warning = None
    if campaign.weekly:
        campaign.next_run_at = next_week(campaign.next_run_at, now)
    else:
        campaign.next_run_at = None
    campaign.status = "sending" if rows else ("scheduled" if campaign.weekly else "sent")
    if not rows:
        run.status, run.finished_at = "sent", now
    campaign.updated_at = now
    uow.session.flush()
    return RunStart(campaign_id, "started" if rows else "empty", reach, [r.id for r in rows])


def _batches(uow, campaign: Campaign, run: CampaignRun, groups) -> list[OutboxMessage]:
    purpose = f"campaign:{campaign.id}:{run.run_no}"
    if campaign.audience == "all":
        row = outbox.enqueue(
            uow, "broadcast", campaign.payload, purpose=purpose, dedupe_key=f"{purpose}:1"
        )
        return [row] if row is not None else []
    rows, batch_no = [], 0
    for language in sorted(groups):
        ids = groups[language]
        for start in range(0, len(ids), BATCH):
            batch_no += 1
            rows.append(
                outbox.enqueue(
                    uow,
                    "multicast",
                    campaign.payload,
                    recipients=ids[start : start + BATCH],
                    language=language,
                    purpose=purpose,
                    dedupe_key=f"{purpose}:{batch_no}",
                )
            )
    return [row for row in rows if row is not None]


def open_batch_ids(uow: UnitOfWork) -> list[str]:
    """Outbox ids of campaign batches still to send, of runs in progress."""
    stmt = select(OutboxMessage.id).where(
        OutboxMessage.purpose.like("campaign:%"), OutboxMessage.status.in_(OPEN)
    )
    return list(uow.session.scalars(stmt))


def finish_runs(uow: UnitOfWork) -> int:
    """Close runs with no batch left to send; returns how many were closed."""
    closed = 0
    for run in uow.session.scalars(select(CampaignRun).where(CampaignRun.status == "sending")):
        counts = batch_counts(uow, run.campaign_id, run.run_no)
        if any(counts[s] for s in OPEN):
            continue
        run.status = "failed" if counts["dead"] and not counts["sent"] else "sent"
        run.finished_at = uow.now()
        campaign = uow.session.get(Campaign, run.campaign_id)
        if campaign.status == "sending":
            campaign.status = "scheduled" if campaign.weekly else "sent"
            campaign.updated_at = uow.now()
        closed += 1
    return closed


def batch_counts(uow: UnitOfWork, campaign_id: int, run_no: int | None = None) -> Counter:
    """Batches by outbox status (pending, sending, sent, dead, cancelled)."""
    pattern = f"campaign:{campaign_id}:{run_no}" if run_no else f"campaign:{campaign_id}:%"
    stmt = (
        select(OutboxMessage.status, func.count())
        .where(OutboxMessage.purpose.like(pattern))
        .group_by(OutboxMessage.status)
    )
    return Counter(dict(uow.session.execute(stmt).all()))
