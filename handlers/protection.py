"""Who protects people who report, as data: only numbers that can be verified, and the
safety answer given first when someone writes of danger."""

from __future__ import annotations

import re

from handlers.replies import Say
from handlers.thai.agencies import kinds_named
from handlers.understanding import DANGER, understand

# Verified numbers only: the police emergency line, the Damrongdhama Center, the PACC
# (ป.ป.ท.) and the NACC (ป.ป.ช.).
CONTACTS = {"police": "191", "damrongdhama": "1567", "pacc": "1206", "nacc": "1205"}
MENTAL_HEALTH_LINE = "1323"  # the Department of Mental Health's line: free, day and night
#: The police named as a person or an office ("ตำรวจคนนั้น", "ผู้กอง", "โรงพัก"): when they are
#: the ones complained of or threatening, 191 is not where to turn first.
_POLICE = re.compile(r"ตำรวจ|โรงพัก|ผู้กอง|สารวัตร|\bpolice|\bcops?\b", re.I)


def about_police(*texts: str | None) -> bool:
    """Any of the texts (a complaint's agency, its official, the threat's words) names the
    police."""
    return any(t and (_POLICE.search(t) or "police" in kinds_named(t)) for t in texts)


def network_line(uow) -> Say | None:
    """The network's own line (NETWORK_HOTLINE), when the deployment has one."""
    line = uow.settings.network_hotline
    return Say("safety.network_line", {"line": line}) if line else None


def in_danger(text: str | None, expecting: str | None = None) -> bool:
    """The text speaks of danger, threats or asks for help urgently (the one understanding of
    a message decides)."""
    return bool(text) and understand(text, expecting=expecting).intent == DANGER


def protection_contacts(chair_told: bool = True) -> Say:
    """Whom a person under pressure can turn to; that the chair was told only when one was
    (with no chair reachable yet, the committee sees it on the complaint)."""
    return Say("safety.protection" if chair_told else "safety.protection_noted", dict(CONTACTS))
