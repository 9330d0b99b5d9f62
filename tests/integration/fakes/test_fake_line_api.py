"""Drive tests.fakes.line_api.FakeLineApi through the real line-bot-sdk v3 client."""

from __future__ import annotations

import json
from uuid import uuid4

import pytest
from linebot.v3.messaging import (
    ApiClient,
    ApiException,
    Configuration,
    MessagingApi,
    MessagingApiBlob,
    MulticastRequest,
    PushMessageRequest,
    ReplyMessageRequest,
)

from tests.fakes.line_api import FakeLineApi

USER = "U" + "1" * 32


@pytest.fixture
def api(line_api: FakeLineApi):
    with ApiClient(Configuration(host=line_api.base_url, access_token="t")) as client:
        yield MessagingApi(client)


@pytest.fixture
def blob_api(line_api: FakeLineApi):
    # The data host (api-data.line.me) is a separate client in production; here it is the same fake.
    with ApiClient(Configuration(host=line_api.base_url, access_token="t")) as client:
        yield MessagingApiBlob(client)


def push(text: str, to: str = USER) -> PushMessageRequest:
    return PushMessageRequest.from_dict({"to": to, "messages": [{"type": "text", "text": text}]})


def error_body(exc: ApiException) -> dict:
    return json.loads(exc.body)


def test_push_is_recorded(api: MessagingApi, line_api: FakeLineApi) -> None:
    resp = api.push_message_with_http_info(push("สวัสดี"), x_line_retry_key=str(uuid4()))

    assert resp.status_code == 200
    assert len(resp.data.sent_messages) == 1
    assert line_api.sent_texts() == ["สวัสดี"]
    [call] = line_api.calls_to("/push")
    assert call.method == "POST"
    assert call.headers["Authorization"] == "Bearer t"
    assert call.json["to"] == USER


def test_repeated_retry_key_gets_409(api: MessagingApi, line_api: FakeLineApi) -> None:
    key = str(uuid4())
    first = api.push_message_with_http_info(push("once"), x_line_retry_key=key)

    with pytest.raises(ApiException) as excinfo:
        api.push_message_with_http_info(push("once"), x_line_retry_key=key)

    exc = excinfo.value
    assert exc.status == 409
    assert exc.headers["x-line-accepted-request-id"] == first.headers["x-line-request-id"]
    body = error_body(exc)
    assert body["message"] == "The retry key is already accepted"
    assert [m["id"] for m in body["sentMessages"]] == [m.id for m in first.data.sent_messages]
    assert line_api.sent_texts() == ["once"]


def test_retry_key_must_be_uuid(api: MessagingApi, line_api: FakeLineApi) -> None:
    with pytest.raises(ApiException) as excinfo:
        api.push_message_with_http_info(push("x"), x_line_retry_key="not-a-uuid")
    assert excinfo.value.status == 400
    assert line_api.sent_texts() == []


def test_too_long_text_gets_400(api: MessagingApi, line_api: FakeLineApi) -> None:
    with pytest.raises(ApiException) as excinfo:
        api.push_message_with_http_info(push("a" * 5001), x_line_retry_key=str(uuid4()))

    assert excinfo.value.status == 400
    body = error_body(excinfo.value)
    assert body["message"].startswith("The request body has")
    assert "5001" in body["details"][0]["message"]
    assert line_api.violations and "5001" in line_api.violations[0]
    assert line_api.sent_texts() == []


def test_scripted_429_then_success_with_same_retry_key(
    api: MessagingApi, line_api: FakeLineApi
) -> None:
    line_api.fail_next("/push", 429, headers={"Retry-After": "1"})
    key = str(uuid4())

    with pytest.raises(ApiException) as excinfo:
        api.push_message_with_http_info(push("hello"), x_line_retry_key=key)
    assert excinfo.value.status == 429
    assert excinfo.value.headers["Retry-After"] == "1"

    # The failed request was not accepted, so the same retry key is still usable.
    resp = api.push_message_with_http_info(push("hello"), x_line_retry_key=key)
    assert resp.status_code == 200
    assert [c.status for c in line_api.calls_to("/push")] == [429, 200]
    assert line_api.sent_texts() == ["hello"]


def test_content_download(blob_api: MessagingApiBlob, line_api: FakeLineApi) -> None:
    line_api.add_content("123", b"\xff\xd8jpeg-bytes", "image/jpeg")

    resp = blob_api.get_message_content_with_http_info("123")

    assert resp.status_code == 200
    assert bytes(resp.data) == b"\xff\xd8jpeg-bytes"
    assert resp.headers["Content-Type"] == "image/jpeg"


@pytest.mark.parametrize("status", [404, 410])
def test_content_gone_or_missing(
    blob_api: MessagingApiBlob, line_api: FakeLineApi, status: int
) -> None:
    line_api.add_content("123", b"x", "image/jpeg")
    line_api.content_status("123", status)
    with pytest.raises(ApiException) as excinfo:
        blob_api.get_message_content_with_http_info("123")
    assert excinfo.value.status == status


def test_reply_token_single_use_and_expiry(api: MessagingApi, line_api: FakeLineApi) -> None:
    def reply(token: str):
        req = ReplyMessageRequest.from_dict(
            {"replyToken": token, "messages": [{"type": "text", "text": "hi"}]}
        )
        return api.reply_message_with_http_info(req)

    assert reply("tok-1").status_code == 200
    with pytest.raises(ApiException) as excinfo:
        reply("tok-1")
    assert excinfo.value.status == 400
    assert error_body(excinfo.value) == {"message": "Invalid reply token"}

    line_api.expire_reply_tokens(True)
    with pytest.raises(ApiException) as excinfo:
        reply("tok-2")
    assert excinfo.value.status == 400
    assert line_api.sent_texts() == ["hi"]


def test_multicast_quota(api: MessagingApi, line_api: FakeLineApi) -> None:
    line_api.quota_limit = 3
    users = ["U" + f"{i:032x}" for i in range(3)]
    req = MulticastRequest.from_dict({"to": users, "messages": [{"type": "text", "text": "news"}]})

    assert api.multicast_with_http_info(req, x_line_retry_key=str(uuid4())).status_code == 200
    assert api.get_message_quota_consumption().total_usage == 3
    quota = api.get_message_quota()
    assert (quota.type, quota.value) == ("limited", 3)

    with pytest.raises(ApiException) as excinfo:
        api.push_message_with_http_info(push("one more"), x_line_retry_key=str(uuid4()))
    assert excinfo.value.status == 429


def test_bad_token_is_401(line_api: FakeLineApi) -> None:
    line_api.expected_token = "right"
    with ApiClient(Configuration(host=line_api.base_url, access_token="wrong")) as client:
        with pytest.raises(ApiException) as excinfo:
            MessagingApi(client).push_message(push("x"))
    assert excinfo.value.status == 401


def test_profile_and_rich_menu(
    api: MessagingApi, blob_api: MessagingApiBlob, line_api: FakeLineApi
) -> None:
    line_api.add_profile(USER, "Somchai", language="th")
    assert api.get_profile(USER).display_name == "Somchai"

    from linebot.v3.messaging import RichMenuRequest

    menu = RichMenuRequest.from_dict(
        {
            "size": {"width": 2500, "height": 843},
            "selected": True,
            "name": "main",
            "chatBarText": "เมนู",
            "areas": [
                {
                    "bounds": {"x": 0, "y": 0, "width": 2500, "height": 843},
                    "action": {"type": "message", "label": "help", "text": "help"},
                }
            ],
        }
    )
    rich_menu_id = api.create_rich_menu(menu).rich_menu_id
    blob_api.set_rich_menu_image(
        rich_menu_id, body=bytearray(b"\x89PNG...."), _headers={"Content-Type": "image/png"}
    )
    api.set_default_rich_menu(rich_menu_id)
    assert line_api.default_rich_menu_id == rich_menu_id
    assert line_api.rich_menu_images[rich_menu_id][1] == "image/png"
