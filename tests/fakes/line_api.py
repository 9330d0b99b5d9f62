"""A fake of LINE's Messaging API servers (api.line.me + api-data.line.me) for tests.

Runs on a real local ``pytest_httpserver.HTTPServer`` so the real line-bot-sdk
(urllib3) talks to it over HTTP.  Point the SDK at it with
``Configuration(host=fake.base_url, access_token="t")`` for both MessagingApi
and MessagingApiBlob.
"""

from __future__ import annotations

import json
import re
import threading
import traceback
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pytest_httpserver import HTTPServer
from werkzeug.wrappers import Request, Response

from bot.line.limits import limit_violations, recipients_violations, utf16_len

SEND_ENDPOINTS = ("push", "multicast", "narrowcast", "broadcast")
RICH_MENU_IMAGE_TYPES = ("image/png", "image/jpeg")
USER_ID_RE = re.compile(r"^U[0-9a-f]{32}$")


@dataclass
class Call:
    """One HTTP request seen by the fake, with the status it was answered with."""

    method: str
    path: str
    headers: dict[str, str]
    json: Any = None
    body: bytes = b""
    status: int = 0
    violations: list[str] = field(default_factory=list)

    @property
    def accepted(self) -> bool:
        return 200 <= self.status < 300


@dataclass
class _ScriptedFailure:
    path_suffix: str
    status: int
    remaining: int
    headers: dict[str, str]
    body: Any


def _new_id(prefix: str = "") -> str:
    return prefix + uuid.uuid4().hex


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return len(value) == 36


class FakeLineApi:
    """Fake LINE Messaging API on top of a running ``HTTPServer``.

    State you may poke at: ``calls``, ``violations``, ``quota_limit``,
    ``quota_consumed``, ``profiles``, ``rich_menus``, ``default_rich_menu_id``,
    ``expected_token`` (None = accept any non-empty bearer token).
    """

    def __init__(
        self,
        server: HTTPServer,
        *,
        expected_token: str | None = None,
        quota_limit: int | None = None,
    ) -> None:
        self.server = server
        self.expected_token = expected_token
        self.quota_limit = quota_limit
        self.quota_consumed = 0
        self.calls: list[Call] = []
        self.violations: list[str] = []
        self.profiles: dict[str, dict] = {}
        self.default_profiles = True  # unknown but well-formed user ids get a generated profile
        self.rich_menus: dict[str, dict] = {}
        self.rich_menu_images: dict[str, tuple[bytes, str]] = {}
        self.default_rich_menu_id: str | None = None
        self.handler_errors: list[str] = []
        self._lock = threading.RLock()
        self._reply_tokens_expired = False
        self._used_reply_tokens: set[str] = set()
        self._retry_keys: dict[str, tuple[str, list[dict]]] = {}
        self._failures: list[_ScriptedFailure] = []
        self._content: dict[str, tuple[bytes, str]] = {}
        self._content_status: dict[str, int] = {}
        self._chunked: set[str] = set()
        self.content_served: dict[str, int] = {}  # bytes actually handed out per message
        self._routes: list[tuple[str, re.Pattern[str], Callable[..., Response]]] = [
            ("POST", re.compile(r"^/v2/bot/message/reply$"), self._reply),
            (
                "POST",
                re.compile(r"^/v2/bot/message/(push|multicast|narrowcast|broadcast)$"),
                self._send,
            ),
            ("GET", re.compile(r"^/v2/bot/message/quota$"), self._quota),
            ("GET", re.compile(r"^/v2/bot/message/quota/consumption$"), self._quota_consumption),
            ("GET", re.compile(r"^/v2/bot/message/([^/]+)/content$"), self._content_get),
            (
                "GET",
                re.compile(r"^/v2/bot/message/([^/]+)/content/transcoding$"),
                self._transcoding,
            ),
            ("GET", re.compile(r"^/v2/bot/profile/([^/]+)$"), self._profile),
            ("POST", re.compile(r"^/v2/bot/richmenu$"), self._richmenu_create),
            ("POST", re.compile(r"^/v2/bot/richmenu/([^/]+)/content$"), self._richmenu_content),
            ("POST", re.compile(r"^/v2/bot/user/all/richmenu/([^/]+)$"), self._richmenu_default),
        ]
        server.expect_request(re.compile(r"^/.*$")).respond_with_handler(self._dispatch)

    # ------------------------------------------------------------------ public helpers

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT`` — use as ``Configuration(host=...)``."""
        return f"http://{self.server.host}:{self.server.port}"

    def sent_texts(self) -> list[str]:
        """Texts of all text/textV2 messages in accepted send calls (reply, push, ...), in order."""
        texts = []
        for call in self.sent_calls():
            for msg in (call.json or {}).get("messages", []):
                if isinstance(msg, dict) and msg.get("type") in ("text", "textV2"):
                    texts.append(msg.get("text"))
        return texts

    def sent_messages(self) -> list[dict]:
        """All messages in accepted message-sending calls, in order."""
        return [m for c in self.sent_calls() for m in (c.json or {}).get("messages", [])]

    def sent_calls(self) -> list[Call]:
        """Accepted reply/push/multicast/narrowcast/broadcast calls."""
        with self._lock:
            return [
                c
                for c in self.calls
                if c.accepted
                and c.method == "POST"
                and re.match(
                    r"^/v2/bot/message/(reply|push|multicast|narrowcast|broadcast)$", c.path
                )
            ]

    def calls_to(self, path_suffix: str) -> list[Call]:
        """All calls (accepted or not) whose path ends with ``path_suffix``."""
        with self._lock:
            return [c for c in self.calls if c.path.endswith(path_suffix)]

    def expire_reply_tokens(self, expired: bool = True) -> None:
        """While set, every reply answers 400 ``Invalid reply token``."""
        self._reply_tokens_expired = expired

    def fail_next(
        self,
        path_suffix: str,
        status: int,
        times: int = 1,
        headers: dict[str, str] | None = None,
        body: Any = None,
    ) -> None:
        """Make the next ``times`` calls to paths ending in ``path_suffix`` answer ``status``.

        The failed calls are recorded but not accepted (no message sent, retry key not consumed).
        """
        with self._lock:
            self._failures.append(
                _ScriptedFailure(path_suffix, status, times, dict(headers or {}), body)
            )

    def add_content(
        self, message_id: str, data: bytes, content_type: str = "image/jpeg", chunked=False
    ) -> None:
        """Serve ``data`` at ``GET /v2/bot/message/{message_id}/content`` (``chunked``: in
        pieces with no Content-Length, as a slow upload arrives)."""
        self._content[str(message_id)] = (data, content_type)
        if chunked:
            self._chunked.add(str(message_id))
        self._content_status.pop(str(message_id), None)

    def content_status(self, message_id: str, status: int) -> None:
        """Force the content endpoint for ``message_id`` to answer 202 (preparing), 410 or 404."""
        self._content_status[str(message_id)] = status

    def add_profile(self, user_id: str, display_name: str, **extra: Any) -> None:
        """Register a profile returned by ``GET /v2/bot/profile/{user_id}``."""
        self.profiles[user_id] = {"userId": user_id, "displayName": display_name, **extra}

    # ------------------------------------------------------------------ plumbing

    @staticmethod
    def _json(status: int, body: Any = None, headers: dict[str, str] | None = None) -> Response:
        hdrs = {"x-line-request-id": str(uuid.uuid4())}
        hdrs.update(headers or {})
        payload = "" if body is None else json.dumps(body, ensure_ascii=False)
        return Response(payload, status=status, headers=hdrs, content_type="application/json")

    @classmethod
    def _error(
        cls,
        status: int,
        message: str,
        details: list[str] | None = None,
        headers: dict[str, str] | None = None,
    ) -> Response:
        body: dict[str, Any] = {"message": message}
        if details:
            body["details"] = [
                {"message": rest, "property": prop} if rest else {"message": prop}
                for prop, _, rest in (d.partition(": ") for d in details)
            ]
        return cls._json(status, body, headers)

    def _dispatch(self, request: Request) -> Response:
        call = Call(
            method=request.method,
            path=request.path,
            headers=dict(request.headers),
            body=request.get_data(),
        )
        if call.body and "json" in (request.content_type or ""):
            try:
                call.json = json.loads(call.body)
            except ValueError:
                call.json = None
        with self._lock:
            self.calls.append(call)
            try:
                response = self._handle(request, call)
            except Exception:  # pragma: no cover - a bug in the fake itself
                self.handler_errors.append(traceback.format_exc())
                response = self._error(500, "fake LINE API crashed")
            call.status = response.status_code
            return response

    def _handle(self, request: Request, call: Call) -> Response:
        auth = request.headers.get("Authorization", "")
        token = auth[len("Bearer ") :] if auth.startswith("Bearer ") else ""
        if not token or (self.expected_token is not None and token != self.expected_token):
            return self._error(
                401,
                "Authentication failed. Confirm that the access token in the "
                "authorization header is valid.",
            )
        for failure in self._failures:
            if failure.remaining > 0 and call.path.endswith(failure.path_suffix):
                failure.remaining -= 1
                body = (
                    failure.body
                    if failure.body is not None
                    else {"message": f"scripted {failure.status}"}
                )
                return self._json(failure.status, body, failure.headers)
        for method, pattern, handler in self._routes:
            m = pattern.match(call.path)
            if m:
                if method != request.method:
                    return self._error(405, "Method not allowed")
                return handler(request, call, *m.groups())
        return self._error(404, "Not found")

    def _parse_json(self, request: Request, call: Call) -> tuple[dict | None, Response | None]:
        if "application/json" not in (request.content_type or ""):
            return None, self._error(400, "Content-Type must be application/json")
        if not isinstance(call.json, dict):
            return None, self._error(
                400, "The request body has 1 error(s)", ["body: must be a JSON object"]
            )
        return call.json, None

    def _reject(self, call: Call, violations: list[str]) -> Response:
        call.violations = violations
        self.violations.extend(violations)
        return self._error(400, f"The request body has {len(violations)} error(s)", violations)

    @staticmethod
    def _sent_messages(messages: list[dict]) -> list[dict]:
        return [{"id": str(uuid.uuid4().int)[:18], "quoteToken": _new_id("q")} for _ in messages]

    # ------------------------------------------------------------------ endpoints

    def _reply(self, request: Request, call: Call) -> Response:
        if request.headers.get("X-Line-Retry-Key") is not None:
            return self._error(400, "X-Line-Retry-Key is not supported for this API")
        body, err = self._parse_json(request, call)
        if err:
            return err
        token = body.get("replyToken")
        if not isinstance(token, str) or not token:
            return self._reject(call, ["replyToken: must be specified"])
        violations = limit_violations(body.get("messages"))
        if violations:
            return self._reject(call, violations)
        if self._reply_tokens_expired or token in self._used_reply_tokens:
            return self._error(400, "Invalid reply token")
        self._used_reply_tokens.add(token)
        return self._json(200, {"sentMessages": self._sent_messages(body["messages"])})

    def _send(self, request: Request, call: Call, kind: str) -> Response:
        retry_key = request.headers.get("X-Line-Retry-Key")
        if retry_key is not None and not _is_uuid(retry_key):
            return self._error(400, "The value for the 'X-Line-Retry-Key' header is invalid")
        if retry_key is not None and retry_key in self._retry_keys:
            accepted_id, sent = self._retry_keys[retry_key]
            return self._json(
                409,
                {"message": "The retry key is already accepted", "sentMessages": sent},
                {"x-line-accepted-request-id": accepted_id},
            )
        body, err = self._parse_json(request, call)
        if err:
            return err
        violations = list(limit_violations(body.get("messages")))
        recipients = 0
        if kind == "push":
            to = body.get("to")
            if not isinstance(to, str) or not to:
                violations.append("to: must be specified")
            recipients = 1
        elif kind == "multicast":
            to = body.get("to")
            violations.extend(recipients_violations(to))
            recipients = len(to) if isinstance(to, list) else 0
        if violations:
            return self._reject(call, violations)
        if self.quota_limit is not None and self.quota_consumed + recipients > self.quota_limit:
            return self._error(429, "You have reached your monthly limit.")
        self.quota_consumed += recipients
        request_id = str(uuid.uuid4())
        sent = self._sent_messages(body["messages"]) if kind == "push" else []
        if retry_key is not None:
            self._retry_keys[retry_key] = (request_id, sent)
        status = 202 if kind == "narrowcast" else 200
        return self._json(
            status,
            {"sentMessages": sent} if kind == "push" else {},
            {"x-line-request-id": request_id},
        )

    def _quota(self, request: Request, call: Call) -> Response:
        if self.quota_limit is None:
            return self._json(200, {"type": "none"})
        return self._json(200, {"type": "limited", "value": self.quota_limit})

    def _quota_consumption(self, request: Request, call: Call) -> Response:
        return self._json(200, {"totalUsage": self.quota_consumed})

    def _content_get(self, request: Request, call: Call, message_id: str) -> Response:
        status = self._content_status.get(message_id)
        if status == 202:
            return Response(b"", status=202)
        if status == 410:
            return self._error(410, "Gone")
        if status == 404 or message_id not in self._content:
            return self._error(404, "Not found")
        data, content_type = self._content[message_id]
        if message_id not in self._chunked:
            self.content_served[message_id] = len(data)
            return Response(data, status=200, content_type=content_type)

        def pieces():
            for start in range(0, len(data), 65536):
                self.content_served[message_id] = start + 65536
                yield data[start : start + 65536]

        return Response(pieces(), status=200, content_type=content_type)

    def _transcoding(self, request: Request, call: Call, message_id: str) -> Response:
        status = self._content_status.get(message_id)
        if status == 202:
            return self._json(200, {"status": "processing"})
        if status in (404, 410) or message_id not in self._content:
            return self._error(404, "Not found")
        return self._json(200, {"status": "succeeded"})

    def _profile(self, request: Request, call: Call, user_id: str) -> Response:
        if user_id in self.profiles:
            return self._json(200, self.profiles[user_id])
        if self.default_profiles and USER_ID_RE.match(user_id):
            return self._json(
                200, {"userId": user_id, "displayName": "Test User", "language": "th"}
            )
        return self._error(404, "Not found")

    def _richmenu_create(self, request: Request, call: Call) -> Response:
        body, err = self._parse_json(request, call)
        if err:
            return err
        problems = []
        size = body.get("size")
        if (
            not isinstance(size, dict)
            or size.get("width") not in (800, 1200, 2500)
            or not size.get("height")
        ):
            problems.append("size: must have width 800/1200/2500 and a height")
        if not isinstance(body.get("selected"), bool):
            problems.append("selected: must be a boolean")
        name = body.get("name")
        if not isinstance(name, str) or not name or utf16_len(name) > 300:
            problems.append("name: must be 1..300 characters")
        bar = body.get("chatBarText")
        if not isinstance(bar, str) or not bar or utf16_len(bar) > 14:
            problems.append("chatBarText: must be 1..14 characters")
        areas = body.get("areas")
        if not isinstance(areas, list) or len(areas) > 20:
            problems.append("areas: must be a list of at most 20 areas")
        if problems:
            return self._reject(call, problems)
        rich_menu_id = _new_id("richmenu-")
        self.rich_menus[rich_menu_id] = body
        return self._json(200, {"richMenuId": rich_menu_id})

    def _richmenu_content(self, request: Request, call: Call, rich_menu_id: str) -> Response:
        if rich_menu_id not in self.rich_menus:
            return self._error(404, "Not found")
        content_type = (request.content_type or "").split(";")[0].strip()
        if content_type not in RICH_MENU_IMAGE_TYPES:
            return self._error(415, "Unsupported Media Type")
        if not call.body:
            return self._error(400, "The image is empty")
        if rich_menu_id in self.rich_menu_images:
            return self._error(400, "An image has already been uploaded to the richmenu")
        self.rich_menu_images[rich_menu_id] = (call.body, content_type)
        return self._json(200, {})

    def _richmenu_default(self, request: Request, call: Call, rich_menu_id: str) -> Response:
        if rich_menu_id not in self.rich_menus:
            return self._error(404, "Not found")
        if rich_menu_id not in self.rich_menu_images:
            return self._error(400, "must upload richmenu image before applying it to user")
        self.default_rich_menu_id = rich_menu_id
        return self._json(200, {})
