"""Flex cards of campaigns and forums: an organizer's message, a forum with RSVP buttons."""

from __future__ import annotations

from datetime import date

from bot.cards import complaint as flex
from bot.i18n import catalogue
from handlers.thai.dates import format_date

GREEN = flex.GREEN
GREY = flex.GREY


def _text(text: str, **style) -> dict:
    return {"type": "text", "text": text, "wrap": True, **style}


def campaign(data: dict, lang: str) -> dict:
    """The organizer's title and text, with their image on top when there is one."""
    bubble = {
        "type": "bubble",
        "size": "giga",
        "body": {
            "type": "box",
            "layout": "vertical",
            "spacing": "md",
            "contents": [
                _text(data["title"], weight="bold", size="lg", color=GREEN),
                _text(data["text"], size="sm"),
            ],
        },
    }
    if data.get("image_url"):
        bubble["hero"] = {
            "type": "image",
            "url": data["image_url"],
            "size": "full",
            "aspectMode": "cover",
            "aspectRatio": "20:13",
        }
    return bubble


def when(data: dict, lang: str) -> str:
    """A forum's date and time as people read them (Buddhist era in Thai)."""
    day = date.fromisoformat(data["date"])
    shown = format_date(day, lang)
    return catalogue.text(lang, "forum.when", date=shown, time=data["time"])


def forum(data: dict, lang: str) -> dict:
    """A forum: title, when, where, agenda, and the will-come / can't-come buttons."""
    t = catalogue.text
    rows = [
        _text(t(lang, "forum.header"), size="xs", color=GREY),
        _text(data["title"], weight="bold", size="lg", color=GREEN),
        flex._row(t(lang, "forum.field.when"), when(data, lang)),
        flex._row(t(lang, "forum.field.venue"), data["venue"]),
    ]
    if data.get("agenda"):
        rows.append(flex._row(t(lang, "forum.field.agenda"), data["agenda"]))
    forum_id = data["forum_id"]
    return {
        "type": "bubble",
        "body": {"type": "box", "layout": "vertical", "contents": rows},
        "footer": {
            "type": "box",
            "layout": "vertical",
            "spacing": "sm",
            "contents": [
                flex._button(t(lang, "forum.button.yes"), f"rsvp={forum_id}:yes", "primary"),
                flex._button(t(lang, "forum.button.no"), f"rsvp={forum_id}:no"),
            ],
        },
    }


flex.register("campaign", campaign, "campaign.alt")
flex.register("forum", forum, "forum.alt")
