"""The `evidence` job: downloads what citizens sent from LINE, off the web workers.

It ticks every few seconds on the scheduler; a file still downloading holds only this
job (max_instances=1), never a webhook. Refusals it queues are sent right away.
"""

from __future__ import annotations

from bot.jobs.registry import STOPPING, Job, register
from bot.services import Services

ROUNDS = 10  # claims of 10 files per tick at most, so a shutdown waits for one claim


def fetch_evidence(services: Services) -> dict:
    """Download due evidence in small claims until none is left (or stopping)."""
    fetched: dict[str, int] = {}
    for _ in range(ROUNDS):
        batch = services.fetcher.fetch_due(limit=10)
        for state, count in batch.items():
            fetched[state] = fetched.get(state, 0) + count
        if STOPPING.is_set() or sum(batch.values()) < 10:
            break
    if fetched.get("too_large") or fetched.get("refused"):
        services.sender.send_due(limit=50)
    return fetched


register(
    Job(
        "evidence",
        "interval",
        {"seconds": 3},
        fetch_evidence,
        "downloads new evidence from LINE (streamed, encrypted), off the web workers",
    )
)
