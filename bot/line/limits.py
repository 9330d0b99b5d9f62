"""Static checks of outgoing LINE Messaging API payloads against LINE's documented limits.

Messages are plain wire-format dicts (camelCase keys).  The checks are
deliberately conservative: lengths are counted in UTF-16 code units (what LINE
uses for text; for action labels LINE counts grapheme clusters, which is never
more than the UTF-16 count, so counting UTF-16 is the safe side).

This module imports nothing from the rest of ``bot`` so it can be used anywhere
(including test fakes).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

MAX_MESSAGES = 5
MAX_TEXT = 5000
MAX_QUICK_REPLY_ITEMS = 13
MAX_ACTION_LABEL = 20
MAX_IMAGE_CAROUSEL_LABEL = 12
MAX_POSTBACK_DATA = 300
MAX_DISPLAY_TEXT = 300
MAX_MESSAGE_ACTION_TEXT = 300
MAX_URI = 1000
MAX_MEDIA_URL = 2000
MAX_FLEX_ALT_TEXT = 1500
MAX_TEMPLATE_ALT_TEXT = 400
MAX_BUBBLE_BYTES = 30 * 1024
MAX_CAROUSEL_BYTES = 50 * 1024
MAX_CAROUSEL_BUBBLES = 12
MAX_MULTICAST_RECIPIENTS = 500
MAX_SENDER_NAME = 20

URI_SCHEMES = ("http://", "https://", "tel:", "line:")
DATETIMEPICKER_MODES = frozenset({"date", "time", "datetime"})
USER_ID_RE = re.compile(r"^U[0-9a-f]{32}$")

# Field length limits per action type: (field, max length, required).
ACTION_FIELDS: dict[str, tuple[tuple[str, int, bool], ...]] = {
    "postback": (
        ("data", MAX_POSTBACK_DATA, True),
        ("displayText", MAX_DISPLAY_TEXT, False),
        ("text", MAX_MESSAGE_ACTION_TEXT, False),
        ("fillInText", MAX_MESSAGE_ACTION_TEXT, False),
    ),
    "message": (("text", MAX_MESSAGE_ACTION_TEXT, True),),
    "uri": (("uri", MAX_URI, True),),
    "datetimepicker": (("data", MAX_POSTBACK_DATA, True),),
    "clipboard": (("clipboardText", 1000, True),),
    "richmenuswitch": (("data", MAX_POSTBACK_DATA, True), ("richMenuAliasId", 32, True)),
    "camera": (),
    "cameraRoll": (),
    "location": (),
}

# Template limits; "text_with_header" applies when a title or thumbnail image is present.
BUTTONS_LIMITS = {"title": 40, "text": 160, "text_with_header": 60, "max_actions": 4}
CONFIRM_LIMITS = {"text": 240, "actions": 2}
CAROUSEL_TEMPLATE_LIMITS = {
    "columns": 10,
    "title": 40,
    "text": 120,
    "text_with_header": 60,
    "max_actions": 3,
}

# Required string fields (non-empty) and https-URL fields per simple message type.
REQUIRED_FIELDS: dict[str, tuple[str, ...]] = {
    "sticker": ("packageId", "stickerId"),
    "location": ("title", "address"),
    "audio": ("originalContentUrl",),
    "image": ("originalContentUrl", "previewImageUrl"),
    "video": ("originalContentUrl", "previewImageUrl"),
    "imagemap": ("baseUrl", "altText"),
}
HTTPS_URL_FIELDS: dict[str, tuple[str, ...]] = {
    "image": ("originalContentUrl", "previewImageUrl"),
    "video": ("originalContentUrl", "previewImageUrl"),
    "audio": ("originalContentUrl",),
    "imagemap": ("baseUrl",),
}
MESSAGE_TYPES = frozenset(
    {
        "text",
        "textV2",
        "sticker",
        "image",
        "video",
        "audio",
        "location",
        "imagemap",
        "template",
        "flex",
    }
)


def utf16_len(s: str) -> int:
    """Length of ``s`` in UTF-16 code units (LINE's character count)."""
    return len(s.encode("utf-16-le")) // 2


def json_size(obj: Any) -> int:
    """Size in bytes of ``obj`` serialised compactly as UTF-8 JSON."""
    return len(json.dumps(obj, separators=(",", ":"), ensure_ascii=False).encode("utf-8"))


def _check_len(
    out: list[str], where: str, field: str, value: Any, limit: int, *, required: bool = False
) -> None:
    if value is None:
        if required:
            out.append(f"{where}: '{field}' is required")
        return
    if not isinstance(value, str):
        out.append(f"{where}: '{field}' must be a string")
        return
    if required and value == "":
        out.append(f"{where}: '{field}' must not be empty")
    n = utf16_len(value)
    if n > limit:
        out.append(f"{where}: '{field}' is {n} characters (max {limit})")


def _check_https_url(out: list[str], where: str, field: str, value: Any) -> None:
    if not isinstance(value, str) or not value:
        return  # missing fields are reported by the required-field check
    if not value.startswith("https://"):
        out.append(f"{where}: '{field}' must be an https URL")
    _check_len(out, where, field, value, MAX_MEDIA_URL)


def _check_action(
    out: list[str],
    where: str,
    action: Any,
    *,
    label_required: bool = False,
    label_max: int = MAX_ACTION_LABEL,
) -> None:
    if not isinstance(action, dict):
        out.append(f"{where}: action must be an object")
        return
    atype = action.get("type")
    if atype not in ACTION_FIELDS:
        out.append(f"{where}: unknown action type {atype!r}")
        return
    where = f"{where} ({atype} action)"
    _check_len(out, where, "label", action.get("label"), label_max, required=label_required)
    for field, limit, required in ACTION_FIELDS[atype]:
        _check_len(out, where, field, action.get(field), limit, required=required)
    if atype == "uri":
        uri = action.get("uri")
        if isinstance(uri, str) and uri and not uri.startswith(URI_SCHEMES):
            out.append(f"{where}: 'uri' must start with one of {', '.join(URI_SCHEMES)}")
        alt = action.get("altUri")
        if isinstance(alt, dict) and alt.get("desktop") is not None:
            _check_len(out, where, "altUri.desktop", alt.get("desktop"), MAX_URI)
    elif atype == "datetimepicker" and action.get("mode") not in DATETIMEPICKER_MODES:
        out.append(
            f"{where}: 'mode' must be one of date, time, datetime (got {action.get('mode')!r})"
        )


def _iter_actions(node: Any, path: str) -> Iterator[tuple[str, Any]]:
    """Yield (path, action) for every action found under a flex/template node."""
    if isinstance(node, dict):
        for key, value in node.items():
            sub = f"{path}.{key}"
            if key in ("action", "defaultAction"):
                yield sub, value
            elif key == "actions" and isinstance(value, list):
                for i, action in enumerate(value):
                    yield f"{sub}[{i}]", action
            else:
                yield from _iter_actions(value, sub)
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from _iter_actions(item, f"{path}[{i}]")


def _check_quick_reply(out: list[str], where: str, quick_reply: Any) -> None:
    items = quick_reply.get("items") if isinstance(quick_reply, dict) else None
    if not isinstance(items, list) or not items:
        out.append(f"{where}: quickReply.items must be a non-empty list")
        return
    if len(items) > MAX_QUICK_REPLY_ITEMS:
        out.append(f"{where}: quickReply has {len(items)} items (max {MAX_QUICK_REPLY_ITEMS})")
    for i, item in enumerate(items):
        iw = f"{where}.quickReply.items[{i}]"
        if not isinstance(item, dict) or item.get("type") != "action":
            out.append(f"{iw}: item type must be 'action'")
            continue
        if item.get("imageUrl") is not None:
            _check_https_url(out, iw, "imageUrl", item["imageUrl"])
        _check_action(out, iw, item.get("action"), label_required=True)


def _check_text(out: list[str], where: str, msg: dict) -> None:
    _check_len(out, where, "text", msg.get("text"), MAX_TEXT, required=True)


def _check_location(out: list[str], where: str, msg: dict) -> None:
    for field in ("title", "address"):
        _check_len(out, where, field, msg.get(field), 100)
    for field in ("latitude", "longitude"):
        value = msg.get(field)
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            out.append(f"{where}: '{field}' must be a number")


def _check_flex(out: list[str], where: str, msg: dict) -> None:
    _check_len(out, where, "altText", msg.get("altText"), MAX_FLEX_ALT_TEXT, required=True)
    contents = msg.get("contents")
    ctype = contents.get("type") if isinstance(contents, dict) else None
    if ctype == "bubble":
        size = json_size(contents)
        if size > MAX_BUBBLE_BYTES:
            out.append(f"{where}: flex bubble is {size} bytes (max {MAX_BUBBLE_BYTES})")
    elif ctype == "carousel":
        bubbles = contents.get("contents")
        if not isinstance(bubbles, list) or not bubbles:
            out.append(f"{where}: flex carousel needs a non-empty 'contents' list")
            bubbles = []
        if len(bubbles) > MAX_CAROUSEL_BUBBLES:
            out.append(
                f"{where}: flex carousel has {len(bubbles)} bubbles (max {MAX_CAROUSEL_BUBBLES})"
            )
        for i, bubble in enumerate(bubbles):
            if not isinstance(bubble, dict) or bubble.get("type") != "bubble":
                out.append(f"{where}.contents.contents[{i}]: carousel items must be bubbles")
            elif json_size(bubble) > MAX_BUBBLE_BYTES:
                out.append(
                    f"{where}.contents.contents[{i}]: flex bubble is {json_size(bubble)} bytes "
                    f"(max {MAX_BUBBLE_BYTES})"
                )
        size = json_size(contents)
        if size > MAX_CAROUSEL_BYTES:
            out.append(f"{where}: flex carousel is {size} bytes (max {MAX_CAROUSEL_BYTES})")
    else:
        out.append(f"{where}: flex 'contents' must be a bubble or carousel")
        return
    for path, action in _iter_actions(contents, f"{where}.contents"):
        _check_action(out, path, action)


def _check_actions_list(
    out: list[str],
    where: str,
    actions: Any,
    *,
    min_n: int,
    max_n: int,
    label_max: int = MAX_ACTION_LABEL,
    label_required: bool = True,
) -> None:
    if not isinstance(actions, list) or not (min_n <= len(actions) <= max_n):
        n = len(actions) if isinstance(actions, list) else 0
        bound = f"exactly {min_n}" if min_n == max_n else f"{min_n}..{max_n}"
        out.append(f"{where}: 'actions' must have {bound} items (got {n})")
        actions = actions if isinstance(actions, list) else []
    for i, action in enumerate(actions):
        _check_action(
            out, f"{where}.actions[{i}]", action, label_required=label_required, label_max=label_max
        )


def _check_template(out: list[str], where: str, msg: dict) -> None:
    _check_len(out, where, "altText", msg.get("altText"), MAX_TEMPLATE_ALT_TEXT, required=True)
    tpl = msg.get("template")
    if not isinstance(tpl, dict):
        out.append(f"{where}: 'template' is required")
        return
    ttype = tpl.get("type")
    tw = f"{where}.template({ttype})"
    if ttype == "buttons":
        lim = BUTTONS_LIMITS
        has_header = bool(tpl.get("title") or tpl.get("thumbnailImageUrl"))
        _check_len(out, tw, "title", tpl.get("title"), lim["title"])
        _check_len(
            out,
            tw,
            "text",
            tpl.get("text"),
            lim["text_with_header" if has_header else "text"],
            required=True,
        )
        if tpl.get("thumbnailImageUrl") is not None:
            _check_https_url(out, tw, "thumbnailImageUrl", tpl["thumbnailImageUrl"])
        _check_actions_list(out, tw, tpl.get("actions"), min_n=1, max_n=lim["max_actions"])
        if tpl.get("defaultAction") is not None:
            _check_action(out, f"{tw}.defaultAction", tpl["defaultAction"])
    elif ttype == "confirm":
        _check_len(out, tw, "text", tpl.get("text"), CONFIRM_LIMITS["text"], required=True)
        n = CONFIRM_LIMITS["actions"]
        _check_actions_list(out, tw, tpl.get("actions"), min_n=n, max_n=n)
    elif ttype in ("carousel", "image_carousel"):
        lim = CAROUSEL_TEMPLATE_LIMITS
        columns = tpl.get("columns")
        if not isinstance(columns, list) or not columns or len(columns) > lim["columns"]:
            out.append(f"{tw}: 'columns' must have 1..{lim['columns']} items")
            columns = columns if isinstance(columns, list) else []
        counts = set()
        for i, col in enumerate(columns):
            cw = f"{tw}.columns[{i}]"
            if not isinstance(col, dict):
                out.append(f"{cw}: column must be an object")
                continue
            if ttype == "image_carousel":
                _check_https_url(out, cw, "imageUrl", col.get("imageUrl"))
                _check_action(
                    out, f"{cw}.action", col.get("action"), label_max=MAX_IMAGE_CAROUSEL_LABEL
                )
                continue
            has_header = bool(col.get("title") or col.get("thumbnailImageUrl"))
            _check_len(out, cw, "title", col.get("title"), lim["title"])
            _check_len(
                out,
                cw,
                "text",
                col.get("text"),
                lim["text_with_header" if has_header else "text"],
                required=True,
            )
            if col.get("thumbnailImageUrl") is not None:
                _check_https_url(out, cw, "thumbnailImageUrl", col["thumbnailImageUrl"])
            actions = col.get("actions")
            counts.add(len(actions) if isinstance(actions, list) else 0)
            _check_actions_list(out, cw, actions, min_n=1, max_n=lim["max_actions"])
        if len(counts) > 1:
            out.append(f"{tw}: all columns must have the same number of actions")
    else:
        out.append(f"{tw}: unknown template type {ttype!r}")


def _check_imagemap(out: list[str], where: str, msg: dict) -> None:
    _check_len(out, where, "altText", msg.get("altText"), MAX_FLEX_ALT_TEXT, required=True)
    for i, action in enumerate(msg.get("actions") or []):
        aw = f"{where}.actions[{i}]"
        if not isinstance(action, dict):
            out.append(f"{aw}: action must be an object")
        elif action.get("type") == "uri":
            _check_len(out, aw, "linkUri", action.get("linkUri"), MAX_URI, required=True)
        elif action.get("type") == "message":
            _check_len(out, aw, "text", action.get("text"), 400, required=True)


TYPE_CHECKS = {
    "text": _check_text,
    "textV2": _check_text,
    "location": _check_location,
    "flex": _check_flex,
    "template": _check_template,
    "imagemap": _check_imagemap,
}


def _message_violations(msg: Any, where: str) -> list[str]:
    out: list[str] = []
    if not isinstance(msg, dict):
        return [f"{where}: message must be an object"]
    mtype = msg.get("type")
    if mtype not in MESSAGE_TYPES:
        return [f"{where}: unknown message type {mtype!r}"]
    where = f"{where}({mtype})"
    for field in REQUIRED_FIELDS.get(mtype, ()):
        value = msg.get(field)
        if value is None or value == "":
            out.append(f"{where}: '{field}' is required")
    for field in HTTPS_URL_FIELDS.get(mtype, ()):
        _check_https_url(out, where, field, msg.get(field))
    check = TYPE_CHECKS.get(mtype)
    if check is not None:
        check(out, where, msg)
    if msg.get("quickReply") is not None:
        _check_quick_reply(out, where, msg["quickReply"])
    sender = msg.get("sender")
    if isinstance(sender, dict):
        _check_len(out, where, "sender.name", sender.get("name"), MAX_SENDER_NAME)
        if sender.get("iconUrl") is not None:
            _check_https_url(out, where, "sender.iconUrl", sender["iconUrl"])
    return out


def limit_violations(messages: list[dict]) -> list[str]:
    """Return human-readable violations of LINE's limits for reply/push ``messages`` ([] = OK)."""
    if not isinstance(messages, list) or not messages:
        return ["messages must be a non-empty list"]
    out: list[str] = []
    if len(messages) > MAX_MESSAGES:
        out.append(f"{len(messages)} messages in one call (max {MAX_MESSAGES})")
    for i, msg in enumerate(messages):
        out.extend(_message_violations(msg, f"messages[{i}]"))
    return out


def recipients_violations(to: list[str]) -> list[str]:
    """Return violations for a multicast ``to`` list: 1..500 LINE user ids (``U`` + 32 hex)."""
    if not isinstance(to, list) or not to:
        return ["'to' must be a non-empty list of user ids"]
    out: list[str] = []
    if len(to) > MAX_MULTICAST_RECIPIENTS:
        out.append(f"'to' has {len(to)} user ids (max {MAX_MULTICAST_RECIPIENTS})")
    for i, uid in enumerate(to):
        if not isinstance(uid, str) or not USER_ID_RE.match(uid):
            out.append(f"to[{i}]: {uid!r} is not a LINE user id (U + 32 hex chars)")
    return out


def assert_within_limits(messages: list[dict]) -> None:
    """Raise ``ValueError`` listing every violation if ``messages`` break LINE's limits."""
    violations = limit_violations(messages)
    if violations:
        raise ValueError("LINE message limits violated:\n" + "\n".join(violations))
