"""Boundary tests for bot.line.limits: each limit just inside passes, just outside fails."""

from __future__ import annotations

import pytest

from bot.line.limits import assert_within_limits, limit_violations, recipients_violations, utf16_len

USER = "U" + "0" * 32


def text(s: str, **extra) -> dict:
    return {"type": "text", "text": s, **extra}


def msg_action(label: str = "ok", text_: str = "ok") -> dict:
    return {"type": "message", "label": label, "text": text_}


def postback(data: str = "a=1", **extra) -> dict:
    return {"type": "postback", "label": "pb", "data": data, **extra}


def quick(*actions: dict) -> dict:
    return text("q", quickReply={"items": [{"type": "action", "action": a} for a in actions]})


def bubble(*, action: dict | None = None, filler: int = 0) -> dict:
    body: list[dict] = [{"type": "text", "text": "x" * filler if filler else "hi"}]
    if action is not None:
        body.append({"type": "button", "action": action})
    return {"type": "bubble", "body": {"type": "box", "layout": "vertical", "contents": body}}


def flex(contents: dict, alt: str = "alt") -> dict:
    return {"type": "flex", "altText": alt, "contents": contents}


def carousel(n: int) -> dict:
    return flex({"type": "carousel", "contents": [bubble() for _ in range(n)]})


def buttons(text_: str, actions: int = 1, **extra) -> dict:
    return {
        "type": "template",
        "altText": "alt",
        "template": {
            "type": "buttons",
            "text": text_,
            "actions": [msg_action() for _ in range(actions)],
            **extra,
        },
    }


def uri_action(uri: str) -> dict:
    return {"type": "uri", "label": "open", "uri": uri}


def image(url: str) -> dict:
    return {"type": "image", "originalContentUrl": url, "previewImageUrl": url}


def sized_bubble(total_bytes: int) -> dict:
    """A bubble whose compact UTF-8 JSON is exactly ``total_bytes`` long."""
    from bot.line.limits import json_size

    base = json_size(bubble(filler=1)) - 1
    return bubble(filler=total_bytes - base)


def sized_carousel(total_bytes: int) -> dict:
    from bot.line.limits import json_size

    def make(fill: int) -> dict:
        bubbles = [bubble(filler=20_000)] * 2 + [bubble(filler=max(fill, 1))]
        return {"type": "carousel", "contents": bubbles}

    base = json_size(make(1)) - 1
    return make(total_bytes - base)


THAI = "สวัสดีครับ"  # 10 code points, all in the BMP -> 10 UTF-16 units
EMOJI = "😀"  # outside the BMP -> 2 UTF-16 units

# (id, messages-inside-the-limit, messages-just-outside)
BOUNDARIES = [
    ("message-count", [text("a")] * 5, [text("a")] * 6),
    ("text-ascii-5000", [text("a" * 5000)], [text("a" * 5001)]),
    ("text-thai-5000", [text(THAI * 500)], [text(THAI * 500 + "ก")]),
    ("text-emoji-2-units", [text("a" * 4998 + EMOJI)], [text("a" * 4999 + EMOJI)]),
    ("text-empty", [text("a")], [text("")]),
    ("quick-reply-13", [quick(*[msg_action()] * 13)], [quick(*[msg_action()] * 14)]),
    ("quick-reply-label-20", [quick(msg_action("a" * 20))], [quick(msg_action("a" * 21))]),
    ("label-thai-20", [quick(msg_action("ก" * 20))], [quick(msg_action("ก" * 21))]),
    ("label-emoji", [quick(msg_action("a" * 18 + EMOJI))], [quick(msg_action("a" * 19 + EMOJI))]),
    ("postback-data-300", [quick(postback("d" * 300))], [quick(postback("d" * 301))]),
    (
        "postback-displayText-300",
        [quick(postback(displayText="t" * 300))],
        [quick(postback(displayText="t" * 301))],
    ),
    (
        "message-action-text-300",
        [quick(msg_action(text_="t" * 300))],
        [quick(msg_action(text_="t" * 301))],
    ),
    (
        "datetimepicker-mode",
        [quick({"type": "datetimepicker", "label": "when", "data": "d", "mode": "date"})],
        [quick({"type": "datetimepicker", "label": "when", "data": "d", "mode": "week"})],
    ),
    (
        "flex-button-label-20",
        [flex(bubble(action=msg_action("a" * 20)))],
        [flex(bubble(action=msg_action("a" * 21)))],
    ),
    (
        "flex-nested-postback",
        [flex(bubble(action=postback("d" * 300)))],
        [flex(bubble(action=postback("d" * 301)))],
    ),
    ("flex-alt-1500", [flex(bubble(), alt="a" * 1500)], [flex(bubble(), alt="a" * 1501)]),
    ("flex-alt-empty", [flex(bubble(), alt="a")], [flex(bubble(), alt="")]),
    ("carousel-12", [carousel(12)], [carousel(13)]),
    ("bubble-30kb", [flex(sized_bubble(30 * 1024))], [flex(sized_bubble(30 * 1024 + 1))]),
    ("carousel-50kb", [flex(sized_carousel(50 * 1024))], [flex(sized_carousel(50 * 1024 + 1))]),
    (
        "uri-1000",
        [quick(uri_action("https://e.x/" + "a" * 988))],
        [quick(uri_action("https://e.x/" + "a" * 989))],
    ),
    (
        "uri-scheme",
        [quick(uri_action("tel:0812345678")), quick(uri_action("line://ti/p/@x"))],
        [quick(uri_action("ftp://example.com"))],
    ),
    ("image-https", [image("https://e.x/a.jpg")], [image("http://e.x/a.jpg")]),
    ("image-url-2000", [image("https://e.x/" + "a" * 1988)], [image("https://e.x/" + "a" * 1989)]),
    ("buttons-4-actions", [buttons("t", actions=4)], [buttons("t", actions=5)]),
    ("buttons-text-160", [buttons("t" * 160)], [buttons("t" * 161)]),
    ("buttons-text-60-with-title", [buttons("t" * 60, title="T")], [buttons("t" * 61, title="T")]),
    (
        "buttons-text-60-with-image",
        [buttons("t" * 60, thumbnailImageUrl="https://e.x/i.png")],
        [buttons("t" * 61, thumbnailImageUrl="https://e.x/i.png")],
    ),
    ("buttons-title-40", [buttons("t", title="T" * 40)], [buttons("t", title="T" * 41)]),
    (
        "sticker-fields",
        [{"type": "sticker", "packageId": "446", "stickerId": "1988"}],
        [{"type": "sticker", "packageId": "446"}],
    ),
    (
        "location-fields",
        [{"type": "location", "title": "t", "address": "a", "latitude": 13.7, "longitude": 100.5}],
        [
            {
                "type": "location",
                "title": "t",
                "address": "a",
                "latitude": "13.7",
                "longitude": 100.5,
            }
        ],
    ),
]


@pytest.mark.parametrize(
    ("inside", "outside"), [b[1:] for b in BOUNDARIES], ids=[b[0] for b in BOUNDARIES]
)
def test_boundary(inside: list[dict], outside: list[dict]) -> None:
    assert limit_violations(inside) == []
    assert limit_violations(outside) != []


def test_utf16_counting() -> None:
    assert utf16_len(THAI) == 10
    assert utf16_len(EMOJI) == 2
    assert utf16_len("ก่") == 2  # base + tone mark are two code units


def test_violation_messages_are_readable() -> None:
    [violation] = limit_violations([quick(msg_action("a" * 21))])
    assert "label" in violation and "21" in violation and "max 20" in violation


def test_empty_and_unknown() -> None:
    assert limit_violations([]) != []
    assert limit_violations([{"type": "nope"}]) != []


def test_assert_within_limits() -> None:
    assert_within_limits([text("ok")])
    with pytest.raises(ValueError, match="5001"):
        assert_within_limits([text("a" * 5001)])


@pytest.mark.parametrize(
    ("to", "ok"),
    [
        ([USER], True),
        ([USER] * 500, True),
        ([USER] * 501, False),
        ([], False),
        (["U123"], False),
        (["C" + "0" * 32], False),
        (["U" + "A" * 32], False),
    ],
    ids=["one", "500", "501", "empty", "short", "group-id", "uppercase-hex"],
)
def test_recipients(to: list[str], ok: bool) -> None:
    assert (recipients_violations(to) == []) is ok
