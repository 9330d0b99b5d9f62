"""Turn handler intents into LINE messages, in the recipient's language."""

from __future__ import annotations

from datetime import date

from bot.cards import catalogue as cards
from bot.i18n import catalogue
from handlers.replies import Card, Day, Named, Numbered, Out, Quick, Raw, Say, T, shortened
from handlers.thai.dates import format_date

MAX_MESSAGES = 5
MAX_LABEL = 20
MAX_TEXT = 5000


def full_label(language: str, key: str) -> str:
    """A button's text: a catalogue key, or a literal after '='."""
    return key[1:] if key.startswith("=") else catalogue.text(language, key)


def label(language: str, key: str) -> str:
    """A button label, never over LINE's 20 characters."""
    value = full_label(language, key)
    return shortened(value, MAX_LABEL)


def params(language: str, values: dict) -> dict:
    """Parameters with catalogue keys (T) translated and dates (Day) shown as people read
    them: Thai with the Buddhist year, or English; a Say is its text, a tuple its parts."""
    return {k: _value(language, v) for k, v in values.items()}


def _value(language: str, value):
    if isinstance(value, T):
        return catalogue.text(language, value.key)
    if isinstance(value, Day):
        return format_date(date.fromisoformat(value.iso), language)
    if isinstance(value, Named):
        return value.en if language == "en" else value.th
    if isinstance(value, Numbered):
        return "\n".join(
            f"{number} {full_label(language, key)}" for number, key in enumerate(value.labels, 1)
        )
    if isinstance(value, Say):  # a text made of catalogue parts ("what was understood")
        return catalogue.text(language, value.key, **params(language, value.params))
    if isinstance(value, tuple | list) and all(isinstance(v, Say) for v in value):
        return "".join(str(_value(language, part)) for part in value)
    return catalogue.marks_in(language, value)


def action(language: str, quick: Quick, today: date | None = None) -> dict:
    """The LINE action of a quick-reply button."""
    text = label(language, quick.label)
    said = full_label(language, quick.label)  # what the chat shows as the user's answer
    if quick.kind == "message":
        return {"type": "message", "label": text, "text": quick.value or said}
    if quick.kind == "postback":
        return {"type": "postback", "label": text, "data": quick.value, "displayText": said}
    if quick.kind == "date":
        picker = {"type": "datetimepicker", "label": text, "data": quick.value, "mode": "date"}
        if today:
            picker["max"] = today.isoformat()
            picker["initial"] = today.isoformat()
        return picker
    if quick.kind == "uri":
        return {"type": "uri", "label": text, "uri": quick.value}
    return {"type": quick.kind, "label": text}


def _clip(text: str) -> str:
    # LINE counts UTF-16 units; keep within 5000 of them.
    if len(text.encode("utf-16-le")) // 2 <= MAX_TEXT:
        return text
    return text.encode("utf-16-le")[: (MAX_TEXT - 1) * 2].decode("utf-16-le", "ignore") + "…"


def render(items: list[Out], language: str, today: date | None = None) -> list[dict]:
    """LINE messages for a list of intents: at most five, quick replies on the last."""
    messages: list[dict] = []
    quick: tuple[Quick, ...] = ()
    for item in items:
        if isinstance(item, Say):
            body = catalogue.text(language, item.key, **params(language, item.params))
            messages.append({"type": "text", "text": _clip(body)})
        elif isinstance(item, Card):
            messages.append(cards.build(item.name, item.data, language))
        elif isinstance(item, Raw):
            messages.append(raw_message(item))
        quick = item.quick or quick
    while len(messages) > MAX_MESSAGES:
        _merge_two_texts(messages)
    if quick and messages:
        items_json = [{"type": "action", "action": action(language, q, today)} for q in quick[:13]]
        messages[-1]["quickReply"] = {"items": items_json}
    return messages


def raw_message(item: Raw) -> dict:
    """The LINE message for organizer-authored text, an image by https URL, or a place."""
    if item.kind == "image":
        url = item.data["url"]
        return {"type": "image", "originalContentUrl": url, "previewImageUrl": url}
    if item.kind == "location":
        keys = ("title", "address", "latitude", "longitude")
        return {"type": "location", **{k: item.data[k] for k in keys}}
    return {"type": "text", "text": _clip(item.data["text"])}


def _merge_two_texts(messages: list[dict]) -> None:
    for i in range(len(messages) - 1):
        if messages[i]["type"] == messages[i + 1]["type"] == "text":
            messages[i]["text"] = _clip(messages[i]["text"] + "\n\n" + messages.pop(i + 1)["text"])
            return
    del messages[MAX_MESSAGES:]
