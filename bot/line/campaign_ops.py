"""Campaign work that needs the process shell: LINE limits, the quota, sending now.

The CLI, the dashboard and the `campaigns` job call these; each opens its own
unit of work at the edge.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter

from bot.i18n import catalogue
from bot.line.gateway import Quota
from bot.line.limits import limit_violations
from bot.line.render import render
from handlers.outreach import campaigns
from handlers.outreach import runs as campaign_runs
from handlers.outreach.campaigns import CampaignError
from handlers.replies import from_json
from storage.campaign_models import Campaign
from storage.uow import UnitOfWork

log = logging.getLogger(__name__)
SEND_CHUNK = 100  # batches claimed at a time, so a shutdown waits for one chunk only


def describe(error: CampaignError, language: str = "th") -> str:
    """An organizer-readable sentence for a refused campaign action."""
    return catalogue.text(language, error.key, **error.params)


def check_limits(uow: UnitOfWork, campaign: Campaign) -> None:
    """Refuse (CampaignError) a campaign whose messages break LINE's limits in any language."""
    items = from_json(campaign.payload)
    for language in catalogue.LANGUAGES:
        violations = limit_violations(render(items, language))
        if violations:
            raise CampaignError("campaign.error.limits", details="; ".join(violations[:5]))


def create_checked(uow: UnitOfWork, **fields) -> Campaign:
    """Create a campaign (handlers.outreach.campaigns.create) and check it against LINE's limits."""
    campaign = campaigns.create(uow, **fields)
    check_limits(uow, campaign)
    return campaign


def _start(services, campaign_id: int) -> campaign_runs.RunStart:
    with services.uow() as uow:
        campaign = campaigns.get(uow, campaign_id)
        audience, force = campaign.audience, campaign.force
        size = campaign_runs.audience_size(uow, audience)
    reach = None
    if audience == "all":
        reach = services.gateway.followers()
        size = reach if reach is not None else size
    quota = Quota(None) if force or size == 0 else services.gateway.quota()
    if not quota.ok:
        log.warning("campaign %s: the quota could not be read; sending unchecked", campaign_id)
    # Not sent at commit: the batches leave below in stoppable chunks (`run_campaigns`).
    with services.uow(after_commit=False) as uow:
        started = campaign_runs.start_run(uow, campaign_id, quota.remaining, quota.limit, reach)
        uow.commit()
    if started.state == "held":
        log.warning("campaign %s held: %s recipients, quota left %s", campaign_id, size, quota)
    return started


def run_campaigns(services, stop: threading.Event) -> dict:
    """The `campaigns` job: start due campaigns, send open batches, close finished runs.

    `stop` (set on SIGTERM) ends the sending after the chunk in progress.
    """
    outcome: Counter = Counter()
    with services.uow() as uow:
        due = campaign_runs.due_ids(uow)
    for campaign_id in due:
        outcome[_start(services, campaign_id).state] += 1
    with services.uow() as uow:
        open_ids = campaign_runs.open_batch_ids(uow)
    sent: Counter = Counter()
    for start in range(0, len(open_ids), SEND_CHUNK):
        sent.update(services.sender.send_due(ids=open_ids[start : start + SEND_CHUNK]))
        if stop.is_set():
            break
    with services.uow() as uow:
        closed = campaign_runs.finish_runs(uow)
        uow.commit()
    return {"runs": dict(outcome), "batches": dict(sent), "closed": closed}


def send_test(
    services, campaign_id: int, line_user_id: str, language: str = "th", *, actor: str
) -> dict:
    """Push a campaign to one person now (an organizer's test send to themselves)."""
    with services.uow() as uow:
        campaigns.test_send(uow, campaign_id, line_user_id, language, actor=actor)
        uow.commit()
    return dict(uow.delivery)
