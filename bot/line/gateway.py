"""The LINE gateway: the only place that talks to LINE's servers.

One small class behind a protocol, built once per process. It uses the
official SDK with a timeout on every call; retrying is the outbox's job, so
each method makes exactly one attempt and reports what LINE said.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Protocol
from urllib.parse import quote

import urllib3

if TYPE_CHECKING:
    from types import ModuleType

    from linebot.v3.messaging import MessagingApi, MessagingApiBlob


def sdk() -> ModuleType:
    """line-bot-sdk's messaging module, imported at the first call to LINE.

    It is about a third of the app's import time, and most processes (CLI commands, the
    scheduler with nothing to send, local mode) never call LINE."""
    import linebot.v3.messaging

    return linebot.v3.messaging


@dataclass(frozen=True)
class SendResult:
    """What LINE answered: ok, or the status, Retry-After and message of a refusal."""

    ok: bool
    status: int
    request_id: str | None = None
    retry_after: float | None = None
    error: str = ""

    @property
    def already_accepted(self) -> bool:
        """409 on a retry key: LINE accepted this request before."""
        return self.status == 409

    @property
    def retryable(self) -> bool:
        """Worth trying again later (rate limit, server trouble, no answer)."""
        return self.status in (0, 429) or self.status >= 500


@dataclass(frozen=True)
class Content:
    """A downloaded message content, or why it is not (yet) there."""

    status: int
    data: bytes = b""
    content_type: str = ""


@dataclass
class ContentStream:
    """Message content being downloaded: read `chunks` (or not), then `close()`.

    `length` is the announced Content-Length, when there is one.
    """

    status: int
    content_type: str = ""
    length: int | None = None
    chunks: Iterator[bytes] = field(default_factory=lambda: iter(()))
    close: Callable[[], None] = lambda: None

    def __enter__(self) -> ContentStream:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


def stream_of(content: Content) -> ContentStream:
    """A content already in memory, as a stream (local mode and fakes)."""
    data = content.data
    chunks = (data[i : i + 65536] for i in range(0, len(data), 65536))
    return ContentStream(content.status, content.content_type, len(data), chunks)


@dataclass(frozen=True)
class Quota:
    """This month's message quota: `limit` None means unlimited (or unknown when not ok)."""

    limit: int | None
    used: int = 0
    ok: bool = True

    @property
    def remaining(self) -> int | None:
        """Messages (recipients) left this month; None when unlimited or unknown."""
        return None if self.limit is None else max(self.limit - self.used, 0)


class LineGateway(Protocol):
    """What the rest of the bot needs from LINE."""

    def reply(self, reply_token: str, messages: list[dict]) -> SendResult: ...
    def push(self, to: str, messages: list[dict], retry_key: str) -> SendResult: ...
    def multicast(self, to: list[str], messages: list[dict], retry_key: str) -> SendResult: ...
    def broadcast(self, messages: list[dict], retry_key: str) -> SendResult: ...
    def content(self, message_id: str) -> Content: ...
    def open_content(self, message_id: str) -> ContentStream: ...
    def quota(self) -> Quota: ...
    def followers(self) -> int | None: ...


def _refusal(status: int | None, reason, body, headers) -> SendResult:
    """What LINE said when it refused a call: its status, Retry-After, request and message."""
    headers = headers or {}
    retry_after = headers.get("Retry-After") or headers.get("retry-after")
    request_id = headers.get("x-line-accepted-request-id") or headers.get("x-line-request-id")
    return SendResult(
        False,
        status or 0,
        request_id,
        float(retry_after) if retry_after and retry_after.isdigit() else None,
        (body or reason or "")[:500] if isinstance(body, str | None) else str(reason),
    )


def _unanswered(exc: Exception) -> SendResult:
    """A call LINE never answered (a timeout, a refused connection): worth retrying."""
    return SendResult(False, 0, error=f"{type(exc).__name__}: {exc}"[:500])


def _result(call) -> SendResult:
    try:
        response = call()
    except sdk().ApiException as exc:
        return _refusal(exc.status, exc.reason, exc.body, exc.headers)
    except Exception as exc:
        return _unanswered(exc)
    headers = response.headers or {}
    return SendResult(True, response.status_code, headers.get("x-line-request-id"))


class SdkLineGateway:
    """The real gateway, on line-bot-sdk v3, against configurable hosts."""

    def __init__(self, access_token: str, api_base: str, data_base: str, timeout: float = 10.0):
        self._api_base = api_base
        self._timeout = timeout
        self._data_base = data_base.rstrip("/")
        self._token = access_token
        self._http = urllib3.PoolManager(num_pools=2, maxsize=4)
        # Replies go straight to the API host's pool (see `reply`), as the SDK's client would.
        self._api = urllib3.connection_from_url(api_base, maxsize=4)
        base_path = (urllib3.util.parse_url(api_base).path or "").rstrip("/")
        self._reply_path = base_path + "/v2/bot/message/reply"
        self._reply_timeout = urllib3.Timeout(total=timeout)  # the pool copies it per request

    @cached_property
    def _messaging(self) -> MessagingApi:
        """The SDK's client for the API host, made at the first call (the SDK loads then)."""
        line = sdk()
        configuration = line.Configuration(host=self._api_base, access_token=self._token)
        return line.MessagingApi(line.ApiClient(configuration))

    @cached_property
    def _blob(self) -> MessagingApiBlob:
        """The SDK's client for the data host (message content), made at the first download."""
        line = sdk()
        configuration = line.Configuration(host=self._data_base, access_token=self._token)
        return line.MessagingApiBlob(line.ApiClient(configuration))

    @cached_property
    def _reply_headers(self) -> dict[str, str]:
        """The headers the SDK's client sends with a reply (its User-Agent too)."""
        from linebot.__about__ import __version__

        return {
            "Accept": "application/json",
            "Content-Type": "application/json",
            "Authorization": f"Bearer {self._token}",
            "User-Agent": f"line-bot-sdk-python/{__version__}",
        }

    def reply(self, reply_token: str, messages: list[dict]) -> SendResult:
        """Answer with a reply token (free, single use, about a minute).

        Posted as the SDK's client would post it (its headers, its JSON, its timeout and
        connection retries) but on this gateway's own pool for the API host: the messages are
        LINE's JSON already (`bot.line.render`). The SDK's request models validated and
        re-serialised every message (a third of a text step's CPU); its client's serialising
        walk, pool manager and response object were then a quarter of a reply's function
        calls (960 → 714)."""
        body = json.dumps({"replyToken": reply_token, "messages": messages}).encode()
        try:
            response = self._api.urlopen(
                "POST",
                self._reply_path,
                body=body,
                headers=self._reply_headers,
                redirect=False,
                timeout=self._reply_timeout,
            )
        except Exception as exc:
            return _unanswered(exc)
        if not 200 <= response.status <= 299:
            text = response.data.decode("utf-8", "replace")
            return _refusal(response.status, response.reason, text, response.headers)
        return SendResult(True, response.status, response.headers.get("x-line-request-id"))

    def push(self, to: str, messages: list[dict], retry_key: str) -> SendResult:
        """Push to one user, with a retry key so a repeat is not sent twice."""
        request = sdk().PushMessageRequest.from_dict({"to": to, "messages": messages})
        return _result(
            lambda: self._messaging.push_message_with_http_info(
                request, x_line_retry_key=retry_key, _request_timeout=self._timeout
            )
        )

    def multicast(self, to: list[str], messages: list[dict], retry_key: str) -> SendResult:
        """Send to up to 500 users in one call."""
        request = sdk().MulticastRequest.from_dict({"to": to, "messages": messages})
        return _result(
            lambda: self._messaging.multicast_with_http_info(
                request, x_line_retry_key=retry_key, _request_timeout=self._timeout
            )
        )

    def broadcast(self, messages: list[dict], retry_key: str) -> SendResult:
        """Send to every follower."""
        request = sdk().BroadcastRequest.from_dict({"messages": messages})
        return _result(
            lambda: self._messaging.broadcast_with_http_info(
                request, x_line_retry_key=retry_key, _request_timeout=self._timeout
            )
        )

    def content(self, message_id: str) -> Content:
        """Download a photo, video, audio or file the user sent (from the data host)."""
        try:
            response = self._blob.get_message_content_with_http_info(
                message_id, _request_timeout=self._timeout
            )
        except sdk().ApiException as exc:
            return Content(exc.status or 0)
        except Exception:
            return Content(0)
        content_type = (response.headers or {}).get("Content-Type", "")
        # A 202 (video still being prepared) comes with no body at all.
        return Content(response.status_code, bytes(response.data or b""), content_type)

    def open_content(self, message_id: str) -> ContentStream:
        """Start downloading a user's content, streamed from the data host.

        The SDK reads a body whole even with `_preload_content=False` (its ApiResponse
        takes `.data`), so this one GET goes through urllib3 directly with the token.
        """
        url = f"{self._data_base}/v2/bot/message/{quote(message_id, safe='')}/content"
        try:
            response = self._http.request(
                "GET",
                url,
                headers={"Authorization": f"Bearer {self._token}"},
                preload_content=False,
                retries=False,
                timeout=urllib3.Timeout(connect=5.0, read=self._timeout),
            )
        except urllib3.exceptions.HTTPError:
            return ContentStream(0)
        if response.status != 200:
            response.release_conn()
            return ContentStream(response.status)
        length = response.headers.get("Content-Length")

        def close() -> None:
            # A body not read to its end (refused, too large) must not go back to the pool.
            response.close()
            response.release_conn()

        return ContentStream(
            200,
            response.headers.get("Content-Type", ""),
            int(length) if length and length.isdigit() else None,
            response.stream(65536),
            close,
        )

    def quota(self) -> Quota:
        """This month's quota and use (`GET /v2/bot/message/quota` and `/quota/consumption`)."""
        api = self._messaging
        try:
            limit = api.get_message_quota(_request_timeout=self._timeout)
            used = api.get_message_quota_consumption(_request_timeout=self._timeout)
        except Exception:  # the send goes on unchecked rather than not at all
            return Quota(None, 0, ok=False)
        value = limit.value if limit.type == "limited" else None
        return Quota(value, used.total_usage or 0)

    def followers(self) -> int | None:
        """Followers LINE counted yesterday (the insight endpoint), None when unavailable."""
        from datetime import date, timedelta

        from linebot.v3 import insight

        day = (date.today() - timedelta(days=1)).strftime("%Y%m%d")
        try:
            with insight.ApiClient(
                insight.Configuration(host=self._api_base, access_token=self._token)
            ) as client:
                answer = insight.Insight(client).get_number_of_followers(
                    var_date=day, _request_timeout=self._timeout
                )
        except Exception:
            return None
        return answer.followers if answer.status == "ready" else None
