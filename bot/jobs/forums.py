"""The `forum-reminders` job (hourly): remind those who will come, the day before."""

from __future__ import annotations

import threading

from bot.services import Services
from handlers.outreach import forums


def remind_forums(services: Services, stop: threading.Event) -> dict:
    """Queue tomorrow's forum reminders (once per RSVP); they are sent as it commits."""
    with services.uow() as uow:
        queued = forums.send_reminders(uow)
        uow.commit()
    return {"queued": queued, "sent": dict(uow.delivery)}
