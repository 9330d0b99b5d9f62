"""The configuration handlers read, typed and frozen: built once in `bot/services.py` from the
bot's Config and carried by the unit of work as `uow.settings` (never the whole Config)."""

from __future__ import annotations

from dataclasses import dataclass

from handlers.thai.places import Geography
from handlers.tickets.sla_policy import SlaPolicy
from storage.settings import Settings


@dataclass(frozen=True, kw_only=True)
class HandlerSettings(Settings):
    """The service levels, the province's districts, and the few names and limits handlers
    put in what they say and decide."""

    sla: SlaPolicy
    geography: Geography  # the districts of BOT_PROVINCE
    ticket_prefix: str  # the start of every ticket reference ("BRM-2569-00001")
    public_base_url: str  # links in messages: the status page, the privacy notice, logins
    evidence_max_bytes: int  # the largest evidence file taken
    referral_letter_prefix: str  # the start of a referral letter's number
    privacy_export_minutes: int  # how long a personal-data export link works
    transparency_min_count: int = 5  # the smallest count told to the public or to a reporter
    retention_identity_days: int = 365  # a closed ticket's name and phone kept (told when asked)
    network_hotline: str = ""  # NETWORK_HOTLINE: the network's own line, in the safety answer
