"""LINE webhook events as the simulator sends them, and the places it can share."""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import json
import time
import uuid
import wave

# Places a simulated user can share with the location button (four in Buriram, one outside).
PLACES = (
    {
        "title": "ศาลากลางจังหวัดบุรีรัมย์",
        "address": "ถนนหลักเมือง ตำบลในเมือง อำเภอเมืองบุรีรัมย์ บุรีรัมย์ 31000",
        "latitude": 14.9930,
        "longitude": 103.1029,
    },
    {
        "title": "ที่ว่าการอำเภอนางรอง",
        "address": "ถนนโชคชัย-เดชอุดม ตำบลนางรอง อำเภอนางรอง บุรีรัมย์ 31110",
        "latitude": 14.6364,
        "longitude": 102.7936,
    },
    {
        "title": "อุทยานประวัติศาสตร์พนมรุ้ง",
        "address": "ตำบลตาเป๊ก อำเภอเฉลิมพระเกียรติ บุรีรัมย์ 31110",
        "latitude": 14.5318,
        "longitude": 102.9406,
    },
    {
        "title": "โรงพยาบาลลำปลายมาศ",
        "address": "ตำบลลำปลายมาศ อำเภอลำปลายมาศ บุรีรัมย์ 31130",
        "latitude": 15.0043,
        "longitude": 102.8345,
    },
    {
        "title": "อนุสาวรีย์ชัยสมรภูมิ (นอกจังหวัด)",
        "address": "แขวงทุ่งพญาไท เขตราชเทวี กรุงเทพมหานคร 10400",
        "latitude": 13.7649,
        "longitude": 100.5383,
    },
)


def message_id() -> str:
    """A LINE-like numeric message id."""
    return str(uuid.uuid4().int)[:18]


def event(kind: str, user_id: str, reply_token: str | None, **extra) -> dict:
    """A webhook event from `user_id` in a one-to-one chat, in LINE's shape."""
    body = {
        "type": kind,
        "mode": "active",
        "timestamp": int(time.time() * 1000),
        "source": {"type": "user", "userId": user_id},
        "webhookEventId": uuid.uuid4().hex.upper()[:26],
        "deliveryContext": {"isRedelivery": False},
    }
    if reply_token:
        body["replyToken"] = reply_token
    body.update(extra)
    return body


def webhook_body(*events: dict, destination: str = "U" + "0" * 32) -> bytes:
    """A webhook body holding `events`, as LINE posts it."""
    body = {"destination": destination, "events": list(events)}
    return json.dumps(body, ensure_ascii=False).encode()


def sign(body: bytes, secret: str) -> str:
    """The X-Line-Signature LINE sends with `body`: HMAC-SHA256 with the channel secret."""
    return base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()


def from_request(data: dict) -> tuple[str, dict, dict | None]:
    """(event type, event fields, what the chat shows for it) for a simulator action."""
    kind = data.get("type")
    if kind == "text":
        text = str(data.get("text", ""))[:5000]
        message = {"type": "text", "id": message_id(), "text": text, "quoteToken": "sim"}
        return "message", {"message": message}, {"type": "text", "text": text}
    if kind == "postback":
        postback = {"data": str(data.get("data", ""))[:300]}
        if data.get("params"):
            postback["params"] = {k: str(v) for k, v in dict(data["params"]).items()}
        shown = data.get("displayText")
        if not shown and postback.get("params"):
            shown = " ".join(postback["params"].values())
        note = {"type": "text", "text": str(shown)} if shown else None
        return "postback", {"postback": postback}, note
    if kind == "location":
        place = PLACES[int(data.get("place", 0)) % len(PLACES)]
        message = {"type": "location", "id": message_id(), **place}
        return "message", {"message": message}, {"type": "location", **place}
    if kind == "sticker":
        message = {"type": "sticker", "id": message_id(), "packageId": "446", "stickerId": "1988"}
        return "message", {"message": message}, {"type": "sticker"}
    if kind in ("follow", "unfollow"):
        extra = {"follow": {"isUnblocked": False}} if kind == "follow" else {}
        return kind, extra, {"type": "note", "text": kind}
    raise ValueError(f"unknown simulator action {kind!r}")


def media(
    kind: str, message_id_: str, file_name: str, size: int, duration_ms: int | None = None
) -> tuple[dict, dict]:
    """The event fields and chat note of a photo, file or voice message the user sent."""
    message = {"type": kind, "id": message_id_, "contentProvider": {"type": "line"}}
    if kind == "file":
        message.update(fileName=file_name, fileSize=size)
    if kind == "audio":
        message["duration"] = duration_ms
    shown = {"type": kind, "id": message_id_, "fileName": file_name, "fileSize": size}
    if kind == "audio":
        shown["duration"] = duration_ms
    return {"message": message}, shown


VOICE_RATE = 8000  # samples a second: a pretend voice message needs no more
MAX_VOICE_SECONDS = 60


def pretend_voice(seconds: int) -> bytes:
    """A voice message's content: `seconds` of silence as a WAV file (the bot keeps it as
    evidence like any recording; nobody listens to a pretend one)."""
    out = io.BytesIO()
    with wave.open(out, "wb") as audio:
        audio.setnchannels(1)
        audio.setsampwidth(1)
        audio.setframerate(VOICE_RATE)
        audio.writeframes(b"\x80" * VOICE_RATE * seconds)
    return out.getvalue()
