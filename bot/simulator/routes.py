"""`/simulator`: chat with the bot as pretend LINE users (local mode only, no LINE account).

The page sends actions here; each becomes a LINE webhook event, signed with the
local channel secret and posted to `/callback` through the app, exactly as LINE
would. What the bot sends lands in the database (bot.line.local_gateway), and the
page polls for it.
"""

from __future__ import annotations

from io import BytesIO

from flask import Blueprint, abort, current_app, jsonify, render_template, request, send_file
from flask_wtf.csrf import generate_csrf

from bot.dashboard.blueprint import csrf
from bot.line import file_types, richmenu
from bot.simulator import events as simulator_events
from storage import simulator

bp = Blueprint(
    "simulator",
    __name__,
    url_prefix="/simulator",
    template_folder="templates",
    static_folder="static",
    static_url_path="/assets",
)
USER_ID_LENGTH = 33


def _services():
    return current_app.extensions["sujarit"]


def _user_id(data) -> str:
    user_id = str(data.get("user", ""))
    if len(user_id) != USER_ID_LENGTH or not user_id.startswith("U"):
        abort(400, "user must be a LINE user id (U + 32 hex digits)")
    return user_id


@bp.before_request
def _check_csrf():
    """The page's API acts as LINE users: a forged cross-site POST must not reach it."""
    if request.method == "POST":
        csrf.protect()


@bp.get("")
def page():
    """The chat page."""
    return render_template(
        "simulator.html",
        csrf_token=generate_csrf(),
        places=simulator_events.PLACES,
        menu=richmenu.definition(),
        menu_size={"width": richmenu.WIDTH, "height": richmenu.HEIGHT},
    )


@bp.get("/api/users")
def list_users():
    """The simulated users."""
    with _services().uow() as uow:
        users = [
            {"id": u.line_user_id, "name": u.display_name, "following": u.following}
            for u in simulator.all_users(uow)
        ]
    return jsonify(users)


@bp.post("/api/users")
def create_user():
    """Make a new simulated user with a fresh fake LINE id."""
    name = str((request.get_json(silent=True) or {}).get("name", "")).strip()
    with _services().uow() as uow:
        user = simulator.ensure_user(uow, simulator.new_line_user_id(), name)
        body = {"id": user.line_user_id, "name": user.display_name, "following": False}
        uow.commit()
    return jsonify(body), 201


@bp.get("/api/messages")
def messages():
    """The chat of one user after message `after` (the page polls this)."""
    user_id = _user_id(request.args)
    after = request.args.get("after", 0, type=int)
    with _services().uow() as uow:
        rows = simulator.messages_after(uow, user_id, after)
        body = [
            {"id": m.id, "sender": m.sender, "channel": m.channel, "message": m.message}
            for m in rows
        ]
    return jsonify(body)


@bp.post("/api/send")
def send():
    """Turn a tap or a typed message into a signed webhook event for `/callback`."""
    data = request.get_json(silent=True) or {}
    user_id = _user_id(data)
    try:
        kind, fields, shown = simulator_events.from_request(data)
    except (ValueError, TypeError) as exc:
        abort(400, str(exc))
    return _deliver(user_id, kind, fields, shown)


@bp.post("/api/upload")
def upload():
    """A photo or file the user sends: kept as message content, then sent as an event."""
    services = _services()
    request.max_content_length = services.config.evidence_max_bytes + 64 * 1024
    user_id = _user_id(request.form)
    sent = request.files.get("file")
    if sent is None or not sent.filename:
        abort(400, "no file")
    data = sent.read()
    # a client that names no type (requests does not) sends a JPEG as octet-stream: read it
    content_type = file_types.content_type(sent.mimetype, data[:64])
    kind = "image" if content_type.startswith("image/") else "file"
    with services.uow() as uow:
        message_id = simulator.store_content(uow, data, content_type, sent.filename)
        uow.commit()
    fields, shown = simulator_events.media(kind, message_id, sent.filename, len(data))
    return _deliver(user_id, "message", fields, shown)


@bp.post("/api/voice")
def voice():
    """A voice message the user sends (a pretend one: silence of the length chosen), kept
    as message content like an upload, then sent as LINE's audio event."""
    data = request.get_json(silent=True) or {}
    user_id = _user_id(data)
    try:
        seconds = int(data.get("seconds", 5))
    except (TypeError, ValueError):
        abort(400, "seconds must be a whole number")
    seconds = min(max(seconds, 1), simulator_events.MAX_VOICE_SECONDS)
    sound = simulator_events.pretend_voice(seconds)
    with _services().uow() as uow:
        message_id = simulator.store_content(uow, sound, "audio/wav", "voice.wav")
        uow.commit()
    fields, shown = simulator_events.media(
        "audio", message_id, "voice.wav", len(sound), duration_ms=seconds * 1000
    )
    return _deliver(user_id, "message", fields, shown)


@bp.get("/api/content/<message_id>")
def content(message_id: str):
    """What a user uploaded, to show it in the chat."""
    with _services().uow() as uow:
        found = simulator.content(uow, message_id)
        if found is None:
            abort(404)
        data, content_type = bytes(found.data), found.content_type
    # Uploaded content is never rendered as a page of this site (an uploaded HTML or SVG
    # would run here): always an attachment, never sniffed; <img> shows images anyway.
    response = send_file(
        BytesIO(data), mimetype=content_type, as_attachment=True, download_name=message_id
    )
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


@bp.get("/richmenu.png")
def richmenu_image():
    """The rich menu's picture, as the LINE app shows it under the chat."""
    return send_file(BytesIO(richmenu.image_png()), mimetype="image/png", max_age=3600)


@bp.get("/font.ttf")
def font():
    """The Thai font the page uses (bundled, no CDN)."""
    try:
        from fontpkg_noto_sans_thai import ROOT
    except ImportError:
        abort(404)
    return send_file(next(ROOT.glob("files/*.ttf")), mimetype="font/ttf", max_age=86400)


def _deliver(user_id: str, kind: str, fields: dict, shown: dict | None):
    services = _services()
    with services.uow() as uow:
        user = simulator.ensure_user(uow, user_id)
        if kind in ("follow", "unfollow"):
            user.following = kind == "follow"
        token = simulator.issue_reply_token(uow, user_id) if kind != "unfollow" else None
        if shown:
            simulator.record(uow, user_id, "user", "user", shown)
        uow.commit()
    body = simulator_events.webhook_body(simulator_events.event(kind, user_id, token, **fields))
    signature = simulator_events.sign(body, services.channel_secret)
    client = current_app.test_client()
    response = client.post(
        "/callback",
        data=body,
        content_type="application/json",
        headers={"X-Line-Signature": signature},
    )
    answer = response.get_json(silent=True) or {}
    response.close()  # runs the delivery that follows a webhook answer
    return jsonify({"status": response.status_code, **answer})
