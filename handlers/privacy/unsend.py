"""LINE's `unsend` event: what that message put into an unfinished complaint is removed."""

from __future__ import annotations

from handlers.events import Incoming
from handlers.replies import Say, to_json
from storage import privacy
from storage.models import LineUser
from storage.outbox_ops import enqueue_once
from storage.uow import UnitOfWork
from storage.users import line_id_of


def remember_source(draft, message_id: str | None, before: dict) -> None:
    """Note which draft fields this message filled, so unsending it can remove them."""
    if not message_id:
        return
    changed = [k for k, v in draft.data.items() if k != "_msgs" and before.get(k) != v]
    if changed:
        sources = dict(draft.data.get("_msgs") or {})
        sources[message_id] = changed
        draft.data = {**draft.data, "_msgs": sources}


def handle_unsend(uow: UnitOfWork, user: LineUser, event: Incoming) -> list:
    """Remove the unsent message's content from drafts; tell the person (no reply token)."""
    message_id = (event.raw.get("unsend") or {}).get("messageId")
    if not message_id:
        return []
    outcome = privacy.forget_message(uow, user, str(message_id))
    privacy.log_request(uow, "unsend", outcome)
    if any(outcome.values()) and user.following:
        enqueue_once(
            uow,
            f"unsend:{message_id}"[:191],
            "push",
            to_json([Say("privacy.unsent")]),
            recipient=line_id_of(uow, user),
            language=user.language,
            purpose="privacy:unsend",
        )
    return []
