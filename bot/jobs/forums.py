"""The `forum-reminders` job (hourly): remind those who will come, the day before."""

from __future__ import annotations

import threading

from bot.services import Services
from handlers.outreach import forums


def remind_forums(services: Services, stop: threading.Event) -> dict:
    """Queue tomorrow's forum reminders (once per RSVP), then send them."""
    with services.uow() as uow:
        queued = forums.send_reminders(uow)
        uow.commit()
    sent = services.sender.send_committed(uow.take_committed())
    return {"queued": queued, "sent": dict(sent)}
