"""Flex layouts for the committee: the daily digest carousel."""

from __future__ import annotations

import json
from datetime import date

from bot.cards import complaint as flex
from bot.i18n import catalogue
from bot.i18n.outside_badge import outside_badge
from handlers.replies import shortened
from handlers.thai.dates import format_date

MAX_CAROUSEL_BYTES = 50 * 1024
MAX_TICKET_BUBBLES = 10  # + the summary bubble + the "more" bubble = LINE's 12
SECTION_COLOURS = {"decide": flex.RED, "overdue": flex.RED, "new": flex.GREEN, "waiting": flex.GREY}


def _t(lang: str, key: str, **kw) -> str:
    return catalogue.text(lang, key, **kw)


def _outside(lang: str, ticket: dict) -> list[dict]:
    """The badge of a ticket outside the province served, if it is."""
    badge = outside_badge(lang, ticket.get("outside"))
    return [_text(badge, size="xs", weight="bold", color=flex.BLUE)] if badge else []


def _day(lang: str, iso: str) -> str:
    return format_date(date.fromisoformat(iso), lang)


def _clip(value: str, limit: int) -> str:
    return shortened(value, limit)


def _text(text: str, **style) -> dict:
    return {"type": "text", "text": text, "wrap": True, **style}


def _link(label: str, uri: str, style: str = "secondary") -> dict:
    action = {"type": "uri", "label": label[:20], "uri": uri}
    return {"type": "button", "style": style, "height": "sm", "action": action}


def _bubble(body: list[dict], footer: list[dict]) -> dict:
    return {
        "type": "bubble",
        "size": "kilo",
        "body": {"type": "box", "layout": "vertical", "spacing": "sm", "contents": body},
        "footer": {"type": "box", "layout": "vertical", "contents": footer},
    }


def _summary(data: dict, lang: str) -> dict:
    counts = data["counts"]
    lines = [
        _text(
            _t(lang, f"digest.section.{name}", count=counts.get(name, 0)),
            size="sm",
            color=SECTION_COLOURS[name],
        )
        for name in ("decide", "overdue", "new", "waiting")
        if name != "decide" or counts.get(name)  # a reviewer never confirms: no "0" line
    ]
    if data.get("threatened"):
        count = data["threatened"]
        lines.append(_text(_t(lang, "digest.threatened", count=count), size="sm", color=flex.RED))
    title = _text(_t(lang, "digest.title", day=_day(lang, data["day"])), weight="bold", size="lg")
    return _bubble(
        [title, *lines], [_link(_t(lang, "digest.open_dashboard"), data["dashboard"], "primary")]
    )


def _ticket(ticket: dict, data: dict, lang: str) -> dict:
    section = ticket["section"]
    body = [
        _text(
            _t(lang, f"digest.badge.{section}"),
            size="xs",
            weight="bold",
            color=SECTION_COLOURS[section],
        ),
        _text(ticket["reference"], weight="bold", size="md"),
        _text(_t(lang, f"status.{ticket['status']}"), size="xs", color=flex.GREEN),
        _text(_t(lang, f"kind.{ticket['kind']}"), size="sm"),
        _text(_clip(catalogue.marks_in(lang, ticket["agency"]) or "-", 120), size="sm"),
        _text(ticket["district"] or "-", size="xs", color=flex.GREY),
        *_outside(lang, ticket),
        _text(
            _t(lang, "digest.submitted", date=_day(lang, ticket["submitted"])),
            size="xs",
            color=flex.GREY,
        ),
    ]
    if ticket.get("threat"):
        mark = _t(lang, f"dash.threat.{ticket['threat']}")
        body.insert(2, _text(mark, size="xs", weight="bold", color=flex.RED))
    if ticket.get("open_case"):
        body.append(_text(_t(lang, "digest.open_case"), size="xs", weight="bold", color=flex.RED))
    uri = f"{data['dashboard']}/{ticket['reference']}"
    return _bubble(body, [_link(_t(lang, "digest.open_ticket"), uri)])


def _more(count: int, data: dict, lang: str) -> dict:
    body = [_text(_t(lang, "digest.more", count=count), size="md", weight="bold")]
    return _bubble(body, [_link(_t(lang, "digest.open_dashboard"), data["dashboard"], "primary")])


def _size(contents: dict) -> int:
    return len(json.dumps(contents, separators=(",", ":"), ensure_ascii=False).encode("utf-8"))


def committee_digest(data: dict, lang: str) -> dict:
    """A carousel: the counts, up to ten tickets, and "N more" with a dashboard link.

    Never cut off silently: whatever does not fit in 12 bubbles or 50 KB is
    counted on the last bubble, which links to the dashboard.
    """
    tickets = [_ticket(t, data, lang) for t in data["tickets"][:MAX_TICKET_BUBBLES]]
    while True:
        hidden = data["total"] - len(tickets)
        bubbles = [_summary(data, lang), *tickets]
        if hidden > 0:
            bubbles.append(_more(hidden, data, lang))
        carousel = {"type": "carousel", "contents": bubbles}
        if _size(carousel) <= MAX_CAROUSEL_BYTES or not tickets:
            return carousel
        tickets.pop()
