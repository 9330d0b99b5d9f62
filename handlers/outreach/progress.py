"""What organizers see of a campaign: its runs, batches sent and failed, warnings."""

from __future__ import annotations

from sqlalchemy import func, select

from handlers.outreach.campaigns import get
from handlers.outreach.runs import OPEN, batch_counts
from storage.campaign_models import Campaign, CampaignRun
from storage.models import OutboxMessage
from storage.uow import UnitOfWork

MAX_FAILURES = 10


def warning(campaign: Campaign) -> tuple[str, dict] | None:
    """The campaign's warning as a catalogue key and its parameters."""
    if not campaign.warning:
        return None
    kind, *values = campaign.warning.split(":")
    if kind == "quota":
        recipients, remaining, limit = (values + ["", "", ""])[:3]
        return "campaign.warning.quota", {
            "id": campaign.id,
            "recipients": recipients,
            "remaining": remaining,
            "limit": limit or "?",
        }
    return "campaign.warning.other", {"id": campaign.id, "detail": campaign.warning}


def _reached(uow: UnitOfWork, campaign_id: int, run: CampaignRun) -> int:
    if run.channel == "broadcast":
        return run.recipients if run.status == "sent" else 0
    stmt = select(func.coalesce(func.sum(OutboxMessage.recipient_count), 0)).where(
        OutboxMessage.purpose == f"campaign:{campaign_id}:{run.run_no}",
        OutboxMessage.status == "sent",
    )
    return int(uow.session.scalar(stmt) or 0)


def _failures(uow: UnitOfWork, campaign_id: int) -> list[dict]:
    stmt = (
        select(OutboxMessage)
        .where(
            OutboxMessage.purpose.like(f"campaign:{campaign_id}:%"),
            OutboxMessage.last_error.is_not(None),
        )
        .order_by(OutboxMessage.created_at.desc())
        .limit(MAX_FAILURES)
    )
    return [
        {
            "batch": (row.dedupe_key or "").rsplit(":", 1)[-1],
            "status": row.status,
            "attempts": row.attempts,
            "recipients": row.recipient_count,
            "error": (row.last_error or "")[:200],
            "retry_at": row.next_attempt_at if row.status in OPEN else None,
        }
        for row in uow.session.scalars(stmt)
    ]


def progress(uow: UnitOfWork, campaign_id: int) -> dict:
    """Runs, recipients reached, batches by state, recent failures and the warning."""
    campaign = get(uow, campaign_id)
    runs = list(
        uow.session.scalars(
            select(CampaignRun)
            .where(CampaignRun.campaign_id == campaign.id)
            .order_by(CampaignRun.run_no)
        )
    )
    counts = batch_counts(uow, campaign.id)
    return {
        "id": campaign.id,
        "title": campaign.title,
        "status": campaign.status,
        "audience": campaign.audience,
        "weekly": campaign.weekly,
        "next_run_at": campaign.next_run_at,
        "runs": [
            {
                "run": run.run_no,
                "status": run.status,
                "channel": run.channel,
                "recipients": run.recipients,
                "reached": _reached(uow, campaign.id, run),
                "batches": run.batches,
                "started_at": run.started_at,
                "finished_at": run.finished_at,
            }
            for run in runs
        ],
        "batches": {
            "total": sum(counts.values()),
            "sent": counts["sent"],
            "waiting": counts["pending"] + counts["sending"],
            "failed": counts["dead"],
            "cancelled": counts["cancelled"],
        },
        "failures": _failures(uow, campaign.id),
        "warning": warning(campaign),
    }
