"""The `outbox` job: send what is due (what an edge could not send, and retries)."""

from __future__ import annotations

import threading
from collections import Counter

from bot.services import Services

CLAIM = 50
CLAIMS_PER_RUN = 10


def send_outbox(services: Services, stop: threading.Event) -> dict:
    """Send due outbox rows, up to 500 in claims of 50 (a shutdown waits for one claim)."""
    sent: Counter = Counter()
    for _ in range(CLAIMS_PER_RUN):
        batch = services.sender.send_due(limit=CLAIM)
        sent.update(batch)
        if stop.is_set() or sum(batch.values()) < CLAIM:
            break
    return {"outbox": dict(sent)}
