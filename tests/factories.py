"""Factories for tests: LINE webhook events, a chat driver, complaints, tickets and members."""

from __future__ import annotations

import copy
import dataclasses
import io
import re
import shutil
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import NamedTuple

from PIL import Image

from bot.simulator.events import sign, webhook_body  # noqa: F401  (LINE's signing, for tests)
from handlers.directory import agencies, members
from handlers.tickets import endings
from storage import journal_lines, tickets, users
from storage.models import Evidence, LineUser, Member, Ticket
from storage.owner_bindings import seal_ticket_owner
from storage.types import utcnow
from storage.uow import UnitOfWork
from tests import saved_rows
from tests.clock import Clock

NOW = datetime(2026, 3, 10, 3, 0, tzinfo=UTC)
REFERENCE = re.compile(r"\bBRM-\d{4}-\d{5}\b")
TRACKING_CODE = re.compile(r"\b([A-Z2-9]{4}(?:-[A-Z2-9]{4}){1,2})\b")
RECEIPT_ENTRIES = re.compile(r"(?:มี|ไว้|has|\() ?(\d+) (?:รายการ|ครั้ง|entries|entry|lines?)")


def line_id() -> str:
    """A fresh, well-formed LINE user id."""
    return "U" + uuid.uuid4().hex


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


def draft_buttons(messages: list[dict]) -> list[str]:
    """The postback data of every complaint button (quick replies and cards) in the replies."""
    found: list[str] = []

    def walk(node):
        if isinstance(node, dict):
            data = node.get("data")
            if isinstance(data, str) and data.startswith("a="):
                found.append(data)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(messages)
    return found


class Chat:
    """One LINE user talking to the bot: sends signed webhooks, reads the replies."""

    def __init__(self, client, gateway, user_id: str, secret: str) -> None:
        self.client = client
        self.gateway = gateway
        self.user_id = user_id
        self.secret = secret
        # The complaint buttons last shown, by their data without the draft they name:
        # tapping "a=summary:confirm" taps the one on screen ("…&d=42"), as a person would.
        self.shown: dict[str, str] = {}

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
        messages = [m for call in calls for m in call["messages"]]
        for data in draft_buttons(messages):
            self.shown[data.split("&d=")[0]] = data
        return messages

    def say(self, text: str) -> list[dict]:
        """Type a message; returns the LINE messages the bot answered with."""
        return self._exchange(text_event(text, self.user_id))

    def tap(self, data: str, **params) -> list[dict]:
        """Tap a postback button (a complaint button as last shown, naming its draft)."""
        data = self.shown.get(data, data) if "&d=" not in data else data
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


def answer_up_to_evidence(
    chat, agency="อบต.หนองโบสถ์", district="นางรอง", subdistrict="หนองโบสถ์"
) -> None:
    """Tap and type through a complaint's questions, as a citizen would, up to the evidence
    question (its story told)."""
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


def file_complaint(
    chat,
    anonymous=True,
    agency="อบต.หนองโบสถ์",
    district="นางรอง",
    subdistrict="หนองโบสถ์",
    evidence=(),
):
    """File a complete complaint by tapping, as a citizen would; returns the last reply.

    `evidence`: events (photos, files) the citizen sends at the evidence step."""
    answer_up_to_evidence(chat, agency, district, subdistrict)
    for event in evidence:
        chat.send(lambda user_id, event=event: event)
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


class Filed(NamedTuple):
    """What the citizen is shown when the complaint is sent, and the replies that show it."""

    reference: str
    tracking_code: str | None
    receipt_entries: int | None  # how many entries the receipt says the record has
    messages: list[dict]


def submit(chat, anonymous: bool = True, **details) -> Filed:
    """File a complaint in the chat and confirm its summary, as a citizen would."""
    file_complaint(chat, anonymous=anonymous, **details)
    done = chat.tap("a=summary:confirm")
    shown = texts(done)
    found = REFERENCE.search(shown)
    assert found, f"no reference in the confirmation:\n{shown}"
    code, receipt = TRACKING_CODE.search(shown), RECEIPT_ENTRIES.search(shown)
    return Filed(found.group(0), code and code.group(1), receipt and int(receipt.group(1)), done)


@dataclasses.dataclass(frozen=True)
class _Saved:
    """What one conversation played to a point left: the database, the record folder,
    LINE's sends, and what the playing returned."""

    counts_before: tuple[int, ...]  # rows per table when it began
    state_before: tuple | None  # and those rows (`saved_rows.state`), if there were any
    folder_before: frozenset[str]  # the record folder's files then
    rows: saved_rows.Rows
    folder: Path  # a copy of the record folder after it
    user_id: str
    shown: dict[str, str]
    sent: list[dict]
    retry_keys: frozenset[str]
    result: object


#: This process's saved conversations, by `_saved_key`.
_SAVED: dict[tuple, _Saved] = {}
_SAVED_FOLDERS = Path(tempfile.mkdtemp(prefix="sujarit-filed-"))
#: Bangkok's offset: a saved filing made on the real clock serves the bot's same day only.
_BANGKOK = timedelta(hours=7)


def submitted(chat, anonymous: bool = True, **details) -> Filed:
    """A complaint filed by `chat`'s villager exactly as `submit(chat, anonymous, **details)`
    files it, for a test whose point comes after the filing (the dashboard, the status page,
    the CLI, privacy rights, talking after it); the tests of the conversation use `submit`.
    Made once per process and copied in after (`reached`)."""
    if any(not isinstance(v, str) for v in details.values()):
        return submit(chat, anonymous=anonymous, **details)
    key = ("submit", anonymous, tuple(sorted(details.items())))
    return reached(chat, key, lambda: submit(chat, anonymous=anonymous, **details))


def summarised(chat, anonymous: bool = True, **details) -> list[dict]:
    """A complaint answered to its summary exactly as `file_complaint(chat, anonymous,
    **details)` answers it (its last reply), for a test whose point comes after (an edit or
    a question at the summary); made once per process and copied in after (`reached`)."""
    if any(not isinstance(v, str) for v in details.values()):
        return file_complaint(chat, anonymous=anonymous, **details)
    key = ("file_complaint", anonymous, tuple(sorted(details.items())))
    return reached(chat, key, lambda: file_complaint(chat, anonymous=anonymous, **details))


def reached(chat, key: tuple, play):
    """What `play()` returns after playing a conversation through `chat` (`key` names what it
    plays, with the values it plays with), for a test whose point comes after that part:
    a complaint filed (`submitted`), a draft taken to a question.

    The first such conversation in this process (per kind of database, configuration, clock
    and key) is played through the chat and saved: the rows of every table, the record
    folder, the LINE messages and the villager's LINE id. Later ones, on a database and a
    record folder as that first one found them, copy those in instead of replaying its
    webhooks (0.4 s of CPU for a filing's ~16). The rows are copied as stored, so the keys
    of the app that reads them must be those that sealed them: the configuration is part of
    the key. The chat takes the saved villager's LINE id; anything done before the call (a
    member added, a message sent) changes the database, so it is played through the chat
    again. A conversation that leaves files beside the database (evidence) is not saved."""
    services = chat.client.application.extensions["sujarit"]
    key = _saved_key(services, key)
    if key is None:
        return play()
    folder = Path(services.config.record_anchor_dir)
    saved = _SAVED.get(key)
    with services.engine.begin() as conn:
        counts = saved_rows.counts(conn)
        # The same rows, not only as many (members of other roles, another villager's id);
        # the app's own start (noted as each app starts) by what it says, not when.
        state_before = saved_rows.state(conn) if any(counts) else None
    folder_before = _files(folder)
    found = (counts, state_before, folder_before)
    if saved and (saved.counts_before, saved.state_before, saved.folder_before) == found:
        return _copy_in(saved, chat, services, folder)
    gateway = chat.gateway
    sent_before, keys_before = len(gateway.sent), set(gateway._keys)
    result = play()
    evidence = Path(services.config.evidence_dir)
    if evidence.exists() and any(evidence.iterdir()):
        return result  # files beside the database: not saved
    with services.engine.begin() as conn:
        rows = saved_rows.take(conn)
    copied = _SAVED_FOLDERS / uuid.uuid4().hex
    if folder.exists():
        shutil.copytree(folder, copied)
    _SAVED[key] = _Saved(
        counts,
        state_before,
        folder_before,
        rows,
        copied,
        chat.user_id,
        dict(chat.shown),
        copy.deepcopy(gateway.sent[sent_before:]),
        frozenset(gateway._keys - keys_before),
        copy.deepcopy(result),
    )
    return result


def _saved_key(services, key: tuple) -> tuple | None:
    """What a saved conversation must share with this one, or None if it cannot be saved."""
    config = services.config
    if not config.record_anchor_dir:
        return None
    clock = services.uow.clock
    if clock is utcnow:
        moment = (clock() + _BANGKOK).date()
    elif isinstance(clock, Clock):
        moment = clock.now
    else:
        return None
    # The test's own folders aside, the same configuration: the same keys and settings.
    same = dataclasses.replace(config, database_url="", record_anchor_dir="", evidence_dir="")
    return (services.engine.dialect.name, repr(same), moment, key)


def _files(folder: Path) -> frozenset[str]:
    if not folder.exists():
        return frozenset()
    return frozenset(str(path.relative_to(folder)) for path in folder.rglob("*"))


def _copy_in(saved: _Saved, chat, services, folder: Path):
    with services.engine.begin() as conn:
        saved_rows.put_back(conn, saved.rows)
    shutil.rmtree(folder, ignore_errors=True)
    if saved.folder.exists():
        shutil.copytree(saved.folder, folder)
    # The process read the folder its app started with: it reads the copied files afresh.
    journal_lines.forget(folder)
    chat.user_id = saved.user_id
    chat.shown.update(saved.shown)
    chat.gateway.sent.extend(copy.deepcopy(saved.sent))
    chat.gateway._keys |= saved.retry_keys
    return copy.deepcopy(saved.result)


def new_ticket(uow, owner: str | None = None, **fields) -> Ticket:
    """A submitted ticket with sensible defaults and its timeline entry; `fields` override."""
    submitted = fields.pop("submitted_at", NOW)
    name = fields.pop("name", None)
    witnesses = fields.pop("witnesses", None)
    phone = fields.pop("phone", None)
    owner = owner or line_id()
    reference = fields.pop("reference", None) or tickets.next_reference(uow, "BRM", 2569)
    values = {
        "reference": reference,
        "status": "submitted",
        "kind": "bribery",
        "agency": "อบต.สองห้อง",
        "official": "นายก อบต.",
        "district": "เมืองบุรีรัมย์",
        "description": "เรียกรับเงินค่าใบอนุญาตก่อสร้าง 5,000 บาท",
        "anonymous": name is None,
        "complainant_name_enc": uow.vault.encrypt(name) if name else None,
        "complainant_phone_enc": uow.vault.encrypt(phone) if phone else None,
        "witnesses_enc": uow.vault.encrypt(witnesses) if witnesses else None,
        "owner_line_id_enc": seal_ticket_owner(uow.vault, reference, owner),
        "tracking_code_hash": uuid.uuid4().hex,
        "confirmed_true": True,
        "submitted_at": submitted,
        "updated_at": submitted,
    }
    user = users.user_for_line_id(uow, owner)
    ticket = Ticket(**{**values, **fields})
    agencies.link_ticket(uow, ticket)
    uow.session.add(ticket)
    # The ticket and its first entry in one flush: a flush that touches a ticket reseals it,
    # reading its stored rows back first (a third of a seeded ticket's CPU, twice over).
    entry = tickets.add_timeline(uow, ticket, "status", "complainant", None, None, "submitted")
    entry.ticket, entry.at = ticket, submitted
    uow.session.flush()
    users.add_ticket(user, ticket.id)
    uow.session.flush()  # the owner's row: no ticket's seal covers it, nothing to read back
    return ticket


def add_ticket(services, owner: str | None = None, **fields) -> str:
    """A submitted ticket, committed; returns its reference."""
    with services.uow() as uow:
        reference = new_ticket(uow, owner, **fields).reference
        uow.commit()
        return reference


def add_many(services, count: int, **fields) -> None:
    """`count` tickets alike (district, status, kind…), committed together."""
    with services.uow() as uow:
        for _ in range(count):
            new_ticket(uow, **fields)
        uow.commit()


def spread(count: int, start: datetime = NOW, step=timedelta(hours=1)) -> list[datetime]:
    """`count` submission times, one `step` apart, going back from `start`."""
    return [start - step * i for i in range(count)]


def new_member(
    uow: UnitOfWork, name: str, role: str = "reviewer", conflicts=(), language: str | None = None
) -> tuple[Member, str]:
    """A committee member with a LINE account and declared conflicts; the member and LINE id.

    With a `language`, the account has also talked to the bot in that language."""
    uid = line_id()
    if language:
        uow.session.add(
            LineUser(
                user_hash=uow.vault.blind_index(uid),
                line_user_id_enc=uow.vault.encrypt(uid),
                language=language,
            )
        )
    member = members.add_member(uow, uid, name, role)
    for kind, value in conflicts:
        members.declare_conflict(uow, member, kind, value, "relative works there")
    return member, uid


def add_member(services, role: str, name: str | None = None, conflicts=()) -> int:
    """A committee member, committed; returns the id."""
    with services.uow() as uow:
        member, _ = new_member(uow, name or f"{role} member", role, conflicts)
        uow.commit()
        return member.id


def add_evidence(
    services, reference: str, path, content_type: str, name=None, clean_path=None, mark=None
) -> int:
    """A stored evidence file on a ticket (with a re-encoded copy at `clean_path` and the
    keyed `mark` of its SHA-256, as `EvidenceStore.write` returns it); its id."""
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, reference)
        item = Evidence(
            ticket_id=ticket.id,
            line_message_id=uuid.uuid4().hex,
            media_kind="image" if content_type.startswith("image/") else "file",
            file_name=name,
            content_type=content_type,
            size_bytes=path.stat().st_size,
            sha256=mark,
            storage_path=str(path),
            clean_path=str(clean_path) if clean_path else None,
            status="stored",
        )
        uow.session.add(item)
        agencies.link_file_name(uow, ticket, name)  # as a file added to a ticket is
        uow.commit()
        return item.id


def chair_confirms(services, reference: str) -> None:
    """A (new) chair confirms what is pending on the ticket, as on the dashboard."""
    with services.uow() as uow:
        chair = members.add_member(uow, None, "ประธาน", "chair")
        ticket = tickets.by_reference(uow, reference)
        endings.confirm(uow, chair, ticket, endings.pending(uow, ticket, endings.CONFIRMED_ACTS).id)
        uow.commit()


def waiting(services, reference: str) -> int:
    """The handle of the proposal waiting on the ticket (what the page's confirm form carries)."""
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, reference)
        return shown(services, "proposal", endings.pending(uow, ticket, endings.CONFIRMED_ACTS).id)


def shown(services, kind: str, row_id: int) -> int:
    """How a member's page names a row (its opaque handle: the link or form value it shows)."""
    from storage import public_handles

    with services.uow() as uow:
        return public_handles.handle(uow.vault, kind, row_id)


def agency_added(runner, services, name: str):
    """An agency record the committee made: proposed at the shell (`accused-agencies add`),
    then reviewed by a chair (the click result of the proposal)."""
    from storage.insider_models import Agency

    result = runner.invoke(args=["accused-agencies", "add", name])
    if result.exit_code == 0:
        with services.uow() as uow:
            agencies.review(uow, uow.session.get(Agency, int(result.output.split()[1])))
            uow.commit()
    return result


def merge_confirmed(services, source_id: int, target_id: int, chair_id: int | None = None) -> None:
    """A merge proposed at the shell, done as a chair does it on the dashboard."""
    from handlers.directory.access import unassign_recused
    from handlers.patterns import related
    from storage.insider_models import Agency

    with services.uow() as uow:
        source, target = uow.session.get(Agency, source_id), uow.session.get(Agency, target_id)
        related.merge_agencies(uow, source, target, f"member:{chair_id or 0}")
        unassign_recused(uow)
        uow.commit()
