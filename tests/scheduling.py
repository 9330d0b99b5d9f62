"""Helpers for the scheduler's tests: Bangkok times and what was pushed to whom."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

BKK = ZoneInfo("Asia/Bangkok")


def bkk(*parts: int) -> datetime:
    """A moment on Bangkok's clock: bkk(2026, 3, 10, 8, 0)."""
    return datetime(*parts, tzinfo=BKK)


def pushes(gateway, to: str) -> list[list[dict]]:
    """The message lists pushed to one LINE user, in order."""
    return [
        call["messages"] for call in gateway.sent if call["kind"] == "push" and call["to"] == to
    ]
