"""Flex cards for committee members in LINE: the new-ticket alert and ticket queues."""

from __future__ import annotations

from bot.cards import complaint as flex
from bot.i18n import catalogue
from bot.i18n.outside_badge import outside_badge

MAX_BUBBLES = 12


def _t(lang: str, key: str, **kw) -> str:
    return catalogue.text(lang, key, **kw)


def _uri_button(label: str, uri: str) -> dict:
    return {
        "type": "button",
        "style": "link",
        "height": "sm",
        "action": {"type": "uri", "label": label[:20], "uri": uri},
    }


def _postback_button(label: str, data: str) -> dict:
    return {
        "type": "button",
        "style": "primary",
        "height": "sm",
        "action": {"type": "postback", "label": label[:20], "data": data, "displayText": label},
    }


def _line(text: str, **style) -> dict:
    return {"type": "text", "text": text or "-", "wrap": True, "size": "sm", **style}


def _outside(lang: str, data: dict) -> list[dict]:
    """The badge of a ticket outside the province served, if it is."""
    badge = outside_badge(lang, data.get("outside"))
    return [_line(badge, weight="bold", color=flex.BLUE, size="xs")] if badge else []


def ticket_bubble(data: dict, lang: str, title_key: str | None = None) -> dict:
    """One ticket for a member: reference, kind, district, a one-line summary, buttons."""
    kind = _t(lang, f"kind.{data['kind']}") if data.get("kind") else "-"
    body = [
        _line(data["reference"], weight="bold", size="lg"),
        _line(_t(lang, f"status.{data['status']}"), color=flex.GREEN, size="xs"),
        _line(f"{_t(lang, 'field.kind')}: {kind}"),
        _line(f"{_t(lang, 'field.district')}: {data.get('district') or '-'}"),
        *_outside(lang, data),
        _line(catalogue.marks_in(lang, data.get("summary") or "-"), color=flex.GREY),
    ]
    if data.get("threat"):  # told while filing: the chair sees it before taking the ticket
        body.insert(1, _line(_t(lang, f"committee.alert_threat.{data['threat']}"), color=flex.RED))
    if title_key:
        body.insert(0, _line(_t(lang, title_key), weight="bold", color=flex.RED, size="xs"))
    reference = data["reference"]
    if data.get("mine"):
        first = _postback_button(_t(lang, "committee.button.ask"), f"ask={reference}")
    else:
        first = _postback_button(_t(lang, "committee.button.take"), f"take={reference}")
    footer = [first, _uri_button(_t(lang, "committee.button.open"), data["url"])]
    return {
        "type": "bubble",
        "body": {"type": "box", "layout": "vertical", "spacing": "sm", "contents": body},
        "footer": {"type": "box", "layout": "vertical", "spacing": "sm", "contents": footer},
    }


def new_ticket(data: dict, lang: str) -> dict:
    """The alert a reviewer gets when a complaint is filed."""
    return ticket_bubble(data, lang, "committee.alert_title")


def ticket_queue(data: dict, lang: str) -> dict:
    """A carousel of tickets (at most twelve, as LINE allows)."""
    bubbles = [ticket_bubble(t, lang) for t in data["tickets"][:MAX_BUBBLES]]
    return {"type": "carousel", "contents": bubbles}
