"""What a unit of work carries of the configuration, as a typed, frozen value: here only what
storage itself reads; handlers extend it (`handlers.settings.HandlerSettings`), and bot/ builds
it once from its Config, so no layer below bot ever holds the whole Config."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo


@dataclass(frozen=True, kw_only=True)
class Settings:
    """The zone people's clocks show (the day a record anchor or an outbox row belongs to), and
    how often the public figures are released (a release missing from its period shows)."""

    tz: ZoneInfo = ZoneInfo("Asia/Bangkok")
    release_period: str = "monthly"  # TRANSPARENCY_RELEASE: daily, weekly or monthly
