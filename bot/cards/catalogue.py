"""Every Flex card a handler may ask for by name, listed here explicitly.

To add a card, write its layout `(data, lang) -> dict` in a module of `bot/cards/`
and add one line below with the catalogue key of its alt text.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.cards import alerts, campaigns, complaint, digest
from bot.i18n import catalogue

Layout = Callable[[dict, str], dict]

CARDS: dict[str, tuple[Layout, str]] = {
    "summary": (complaint.summary, "alt.summary"),
    "ticket": (complaint.ticket, "alt.ticket"),
    "ticket_list": (complaint.ticket_list, "alt.ticket_list"),
    "alert_new_ticket": (alerts.new_ticket, "committee.alt.new_ticket"),
    "alert_ticket_queue": (alerts.ticket_queue, "committee.alt.queue"),
    "committee_digest": (digest.committee_digest, "digest.alt"),
    "campaign": (campaigns.campaign, "campaign.alt"),
    "forum": (campaigns.forum, "forum.alt"),
}


def build(name: str, data: dict, lang: str) -> dict:
    """A complete Flex message for a named card."""
    layout, alt_key = CARDS[name]
    return {
        "type": "flex",
        "altText": catalogue.text(lang, alt_key, **_alt_params(data)),
        "contents": layout(data, lang),
    }


def _alt_params(data: dict) -> dict:
    return {"reference": data.get("reference", ""), "count": len(data.get("tickets", []))}
