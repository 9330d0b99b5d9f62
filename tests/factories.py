"""Factories for LINE webhook events and a chat driver that talks through the webhook."""

from __future__ import annotations

import io
import time
import uuid

from PIL import Image

from bot.simulator.events import sign, webhook_body  # noqa: F401  (LINE's signing, for tests)


def _base(kind: str, user_id: str, **extra) -> dict:
    event = {
        "type": kind,
        "mode": "active",
        "timestamp": int(time.time() * 1000),
        "source": {"type": "user", "userId": user_id},
        "webhookEventId": uuid.uuid4().hex.upper()[:26],
        "deliveryContext": {"isRedelivery": False},
    }
    if kind not in ("unfollow", "leave", "memberLeft", "unsend"):
        event["replyToken"] = uuid.uuid4().hex
    event.update(extra)
    return event


def text_event(text: str, user_id: str = "U" + "0" * 32) -> dict:
    """A text message."""
    return _base(
        "message",
        user_id,
        message={"type": "text", "id": _msg_id(), "text": text, "quoteToken": "q"},
    )


def postback_event(data: str, user_id: str = "U" + "0" * 32, params: dict | None = None) -> dict:
    """A tapped postback button (params for date pickers)."""
    body = {"data": data}
    if params:
        body["params"] = params
    return _base("postback", user_id, postback=body)


def follow_event(user_id: str = "U" + "0" * 32) -> dict:
    """The user added the account as a friend."""
    return _base("follow", user_id, follow={"isUnblocked": False})


def media_event(kind: str, user_id: str = "U" + "0" * 32, **fields) -> dict:
    """A photo, video, audio or file message."""
    message = {"type": kind, "id": _msg_id(), "contentProvider": {"type": "line"}}
    message.update(fields)
    return _base("message", user_id, message=message)


def location_event(address: str, lat: float, lon: float, user_id: str = "U" + "0" * 32) -> dict:
    """A shared location."""
    return _base(
        "message",
        user_id,
        message={
            "type": "location",
            "id": _msg_id(),
            "address": address,
            "latitude": lat,
            "longitude": lon,
        },
    )


def sticker_event(user_id: str = "U" + "0" * 32) -> dict:
    """A sticker."""
    return _base(
        "message",
        user_id,
        message={"type": "sticker", "id": _msg_id(), "packageId": "446", "stickerId": "1988"},
    )


def _msg_id() -> str:
    return str(uuid.uuid4().int)[:18]


def post_signed(client, body: str, secret: str = "test-channel-secret"):
    """Deliver a webhook body exactly as written (malformed or not), signed as LINE would."""
    data = body.encode()
    response = client.post(
        "/callback",
        data=data,
        content_type="application/json",
        headers={"X-Line-Signature": sign(data, secret)},
    )
    response.close()  # runs the after-response delivery, as a WSGI server would
    return response


class Chat:
    """One LINE user talking to the bot: sends signed webhooks, reads the replies."""

    def __init__(self, client, gateway, user_id: str, secret: str) -> None:
        self.client = client
        self.gateway = gateway
        self.user_id = user_id
        self.secret = secret

    def post(self, *events: dict):
        """Deliver events as one signed webhook; returns the HTTP response."""
        body = webhook_body(*events)
        response = self.client.post(
            "/callback",
            data=body,
            content_type="application/json",
            headers={"X-Line-Signature": sign(body, self.secret)},
        )
        response.close()  # runs the after-response delivery, as a WSGI server would
        return response

    def _exchange(self, event: dict) -> list[dict]:
        before = len(self.gateway.sent)
        response = self.post(event)
        assert response.status_code == 200, response.data
        # The reply to this event, and pushes to this user (not those to other people).
        calls = [
            c for c in self.gateway.sent[before:] if c["kind"] == "reply" or c["to"] == self.user_id
        ]
        return [m for call in calls for m in call["messages"]]

    def say(self, text: str) -> list[dict]:
        """Type a message; returns the LINE messages the bot answered with."""
        return self._exchange(text_event(text, self.user_id))

    def tap(self, data: str, **params) -> list[dict]:
        """Tap a postback button."""
        return self._exchange(postback_event(data, self.user_id, params or None))

    def send(self, event_factory, *args, **kwargs) -> list[dict]:
        """Send any event built by a factory for this user."""
        return self._exchange(event_factory(*args, user_id=self.user_id, **kwargs))

    def follow(self) -> list[dict]:
        """Add the account as a friend."""
        return self._exchange(follow_event(self.user_id))


def texts(messages: list[dict]) -> str:
    """All text of the messages (including Flex text), joined, to search in."""
    found: list[str] = []

    def walk(node):
        if isinstance(node, dict):
            for key in ("text", "altText", "label"):
                if isinstance(node.get(key), str):
                    found.append(node[key])
            for value in node.values():
                if isinstance(value, dict | list):
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(messages)
    return "\n".join(found)


def quick_data(messages: list[dict]) -> dict[str, str]:
    """The quick-reply buttons of the last message: label → postback data (or text)."""
    if not messages:
        return {}
    items = messages[-1].get("quickReply", {}).get("items", [])
    return {
        i["action"]["label"]: i["action"].get("data") or i["action"].get("text", "") for i in items
    }


def file_complaint(
    chat, anonymous=True, agency="อบต.หนองโบสถ์", district="นางรอง", subdistrict="หนองโบสถ์"
):
    """File a complete complaint by tapping, as a citizen would; returns the last reply."""
    chat.follow()
    chat.tap("menu=complain")
    chat.tap("a=consent:yes")
    chat.tap("a=kind:procurement")
    chat.say(agency)
    chat.say("นายก อบต.")
    chat.say(district)
    chat.say(subdistrict)
    chat.say("14 มี.ค. 2568")
    chat.say("มีการฮั้วประมูลโครงการถนนลาดยางหมู่ 5 งบ 2 ล้านบาท ผู้รับเหมาเป็นญาตินายก")
    chat.tap("a=evidence:done")
    chat.say("นายสมชาย ใจดี ผู้ใหญ่บ้าน")
    chat.tap("a=reported:no")
    if anonymous:
        return chat.tap("a=identity:anonymous")
    chat.tap("a=identity:named")
    chat.say("สมหญิง รักดี")
    return chat.say("081-234-5678")


def photo_with_gps(image: Image.Image | None = None) -> bytes:
    """A JPEG as a phone makes it: GPS position, make and model in its EXIF."""
    image = image or Image.new("RGB", (40, 30), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "Samsung"  # Make
    exif[0x0110] = "SM-A155F"  # Model
    exif[0x013B] = "Somchai"  # Artist
    exif.get_ifd(0x8825).update({1: "N", 2: (14.0, 59.0, 34.0), 3: "E", 4: (103.0, 6.0, 1.0)})
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif)
    return out.getvalue()
