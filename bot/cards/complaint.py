"""Flex layouts for the cards handlers ask for: complaint summary, ticket, ticket list."""

from __future__ import annotations

import re
from datetime import date, datetime

from bot.i18n import catalogue
from handlers.intake.answers import of_draft
from handlers.intake.fields import SUMMARY_ITEMS
from handlers.patterns.case_numbers import shown
from handlers.replies import shortened
from handlers.thai import in_english
from handlers.thai.dates import format_date, format_datetime, format_occurred
from handlers.understanding.lexicon import OTHER_PERSON

GREEN = "#1B7F5B"
GREY = "#666666"
RED = "#B3261E"
BLUE = "#1F3A8A"  # a ticket outside the province served (its badge)
MAX_FIELD = 600
MAX_BUBBLES = 12


def _t(lang: str, key: str, **kw) -> str:
    return catalogue.text(lang, key, **kw)


def _short(value: str, limit: int = MAX_FIELD) -> str:
    return shortened(value, limit)


def _row(name: str, value: str) -> dict:
    return {
        "type": "box",
        "layout": "vertical",
        "margin": "md",
        "contents": [
            {"type": "text", "text": name, "size": "xs", "color": GREY},
            {"type": "text", "text": _short(value or "-"), "size": "sm", "wrap": True},
        ],
    }


def _button(label: str, data: str, style: str = "secondary") -> dict:
    return {
        "type": "button",
        "style": style,
        "height": "sm",
        "action": {"type": "postback", "label": label[:20], "data": data, "displayText": label},
    }


def _place(lang: str, f: dict) -> str:
    """Where it happened: the spot said ("ศาลากลางหมู่บ้าน") before the sub-district and
    district (a pin's address alone, which repeats them)."""
    parts = [f.get("subdistrict"), f.get("district")]
    text = " / ".join(_in(lang, in_english.place, p) for p in parts if p)
    spot = f.get("place_text") if f.get("latitude") is None else None
    if text and spot:
        return f"{spot}, {text}"
    return text or f.get("place_text") or "-"


def _outside_place(lang: str, spot: str | None, outside: dict) -> str:
    """A place of another province filed here: the spot as said, with that province unless
    the spot names it already, marked as outside the province served."""
    i = 1 if lang == "en" else 0
    province = outside["province"][i]
    place = spot or ""
    if outside["province"][0] not in place:
        in_province = _t(lang, "value.in_province", province=province)
        place = f"{place} {in_province}".strip()
    return _t(lang, "value.outside_place", place=place, home=outside["home"][i])


def _in(lang: str, english, value: str) -> str:
    """A value kept in Thai (a place, an agency, a date said back), in English for English."""
    return english(value) if lang == "en" and value else value


def _when(lang: str, f: dict) -> str:
    """The date understood: a day, or the span or month kept as said back ("ตุลาคม 2569"),
    never an ISO date nor a month's first day."""
    on = date.fromisoformat(f["occurred_on"]) if f.get("occurred_on") else None
    return format_occurred(on, f.get("occurred_text"), lang) or _t(lang, "value.unknown")


def _status(lang: str, status: str | None) -> str:
    return _t(lang, "status." + status) if status else ""


#: A file added after filing is on the timeline as its kind in brackets ("[image]").
_FILE_ADDED = re.compile(r"^\[(image|video|audio|file)\]$")


def timeline_line(lang: str, event: dict) -> str:
    """One line of the timeline: the status it reached, or what the person added after
    filing (their words, or "more information: a photo"); the web status page shows the same."""
    if not event.get("added"):
        return _status(lang, event.get("status"))
    body = (event.get("body") or "").strip()
    file = _FILE_ADDED.match(body)
    what = _t(lang, f"evidence.kind.{file.group(1)}") if file else _short(body, 120)
    return _t(lang, "ticket.added", what=what)


def _moment(lang: str, iso: str) -> str:
    """A local time sent as ISO text with its offset, shown by the one date formatter."""
    moment = datetime.fromisoformat(iso)
    return format_datetime(moment, moment.tzinfo, lang) if moment.tzinfo else iso


def _of_draft(value: str, data: dict) -> str:
    """The button's data naming the draft the card shows, when the card knows it."""
    return of_draft(value, data["draft"]) if data.get("draft") else value


def summary(data: dict, lang: str) -> dict:
    """The draft to confirm: answers, completeness, anonymous-letter warning, buttons."""
    f = data["fields"]
    identity = (
        _t(lang, "value.anonymous")
        if f.get("anonymous")
        else " ".join(filter(None, (f.get("name"), f.get("phone")))) or "-"
    )
    if not f.get("anonymous") and f.get("call_ok") is not None:  # "ให้กรรมการโทรหาได้", said back
        identity = f"{identity} ({_t(lang, 'value.call_ok.' + str(f['call_ok']).lower())})"
    if f.get("behalf"):  # filed for someone else: whose name is whose
        relation = in_english.named_relation(f["behalf"])
        who = _t(lang, "value.filed_for", relation=relation.en if lang == "en" else relation.th)
        if f["behalf"] == OTHER_PERSON:  # no relative: "filed for someone else"
            who = _t(lang, "value.filed_for_other")
        affected = f.get("affected_name")
        identity = f"{identity}\n{who}" + (f": {affected}" if affected else "")
    reported = (
        "-"
        if f.get("reported") is None
        else _t(lang, "value.no")
        if not f.get("reported")
        else f"{f.get('reported_to') or ''} {f.get('reported_ref') or ''}".strip()
    )
    told = _t(lang, f"value.told_by_{f['told_by']}") if f.get("told_by") else "-"
    shown = {
        "kind": _t(lang, f"kind.{f['kind']}") if f.get("kind") else "-",
        "agency": _in(lang, in_english.agency, f.get("agency")) or "-",
        "official": f.get("official") or "-",
        "district": _outside_place(lang, f.get("place_text"), data["outside"])
        if data.get("outside")
        else _place(lang, f),
        "when": _when(lang, f),
        "what": f.get("description") or told,
        "evidence": _t(lang, "value.files", count=data["evidence_count"]),
        "witnesses": f.get("witnesses") or "-",
        "reported": reported,
        "identity": identity,
    }
    # Numbered as the edits read them, so "แก้ 3" edits a field by typing (LINE for PC shows
    # no quick replies).
    rows = [
        _row(f"{number}. {_t(lang, f'field.{name}')}", shown[name])
        for number, name in enumerate(SUMMARY_ITEMS, start=1)
    ]
    notes = [
        {
            "type": "text",
            "wrap": True,
            "size": "sm",
            "weight": "bold",
            "color": GREEN,
            "text": _t(lang, "summary.completeness", percent=data["percent"]),
        }
    ]
    if data["missing"]:
        missing = ", ".join(_t(lang, f"element.{m}") for m in data["missing"])
        notes.append(
            {
                "type": "text",
                "wrap": True,
                "size": "xs",
                "color": GREY,
                "text": _t(lang, "summary.missing", elements=missing),
            }
        )
    if data["anonymous_gaps"]:
        gaps = ", ".join(_t(lang, f"element.{m}") for m in data["anonymous_gaps"])
        notes.append(
            {
                "type": "text",
                "wrap": True,
                "size": "sm",
                "color": RED,
                "text": _t(lang, "summary.anonymous_letter", elements=gaps),
            }
        )
    return {
        "type": "bubble",
        "size": "giga",
        "header": {
            "type": "box",
            "layout": "vertical",
            "contents": [
                {"type": "text", "text": _t(lang, "summary.title"), "weight": "bold", "size": "lg"}
            ],
        },
        "body": {"type": "box", "layout": "vertical", "contents": notes + rows},
        "footer": {
            "type": "box",
            "layout": "vertical",
            "spacing": "sm",
            "contents": [
                {
                    "type": "text",
                    "wrap": True,
                    "size": "xs",
                    "color": GREY,
                    "text": _t(lang, "summary.truth"),
                },
                _button(
                    _t(lang, "button.confirm"), _of_draft("a=summary:confirm", data), "primary"
                ),
                _button(_t(lang, "button.edit"), _of_draft("a=summary:edit", data)),
                _button(_t(lang, "button.cancel"), _of_draft("a=summary:cancel", data)),
            ],
        },
    }


def _details(data: dict, lang: str) -> list[dict]:
    """What "details" adds: the agency, the place, the story, the next step."""
    more = data.get("details")
    if not more:
        return []
    rows = [
        _row(_t(lang, "field.agency"), _in(lang, in_english.agency, more.get("agency")) or "-"),
        _row(_t(lang, "field.district"), _in(lang, in_english.place, more.get("place")) or "-"),
        _row(_t(lang, "field.what"), _short(more.get("story") or "-", 300)),
    ]
    nxt = {"type": "text", "wrap": True, "size": "sm", "color": GREEN, "margin": "md"}
    return rows + [{**nxt, "text": _t(lang, more["next"])}]


def ticket(data: dict, lang: str) -> dict:
    """One ticket: reference, status, what happened to it so far (and more with details)."""
    events = [
        {
            "type": "text",
            "size": "xs",
            "wrap": True,
            "color": GREY,
            "text": f"{_moment(lang, e['at'])}  {timeline_line(lang, e)}",
        }
        for e in data.get("events", [])
    ]
    footer = [_button(_t(lang, "button.details"), f"ticket={data['reference']}")]
    if data.get("can_withdraw"):
        footer.append(_button(_t(lang, "button.withdraw"), f"withdraw={data['reference']}"))
    return {
        "type": "bubble",
        "body": {
            "type": "box",
            "layout": "vertical",
            "spacing": "sm",
            "contents": [
                {"type": "text", "text": data["reference"], "weight": "bold", "size": "lg"},
                {
                    "type": "text",
                    "text": _t(lang, f"status.{data['status']}"),
                    "color": GREEN,
                    "weight": "bold",
                    "wrap": True,
                },
                {
                    "type": "text",
                    "text": _t(lang, f"kind.{data['kind']}"),
                    "size": "sm",
                    "wrap": True,
                },
                {
                    "type": "text",
                    "text": _t(
                        lang,
                        "ticket.submitted_on",
                        date=format_date(date.fromisoformat(data["submitted"]), lang),
                    ),
                    "size": "xs",
                    "color": GREY,
                },
                *_case(data, lang),
                *_details(data, lang),
                *events,
            ],
        },
        "footer": {"type": "box", "layout": "vertical", "spacing": "sm", "contents": footer},
    }


def _case(data: dict, lang: str) -> list[dict]:
    """The case the ticket is in, by the number its reporter can quote ("347-892")."""
    if not data.get("case"):
        return []
    text = _t(lang, "ticket.case", case=shown(data["case"]))
    return [{"type": "text", "text": text, "size": "sm", "color": GREEN, "wrap": True}]


def ticket_list(data: dict, lang: str) -> dict:
    """A carousel of the user's tickets (at most twelve, as LINE allows)."""
    return {
        "type": "carousel",
        "contents": [ticket(t, lang) for t in data["tickets"][:MAX_BUBBLES]],
    }
