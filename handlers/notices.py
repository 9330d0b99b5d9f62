"""Pushes to a citizen, discreet when they asked: a neutral line, the content when they tap.

Status notices, draft reminders and questions show on the lock screen of a phone
others may see. A citizen who chose discreet notices gets only "มีข้อความใหม่"; the
messages wait, sealed on their row, until they tap "อ่าน" (or type it).
"""

from __future__ import annotations

from handlers.replies import Out, Quick, Say, from_json, to_json
from storage import outbox
from storage.models import LineUser
from storage.outbox_ops import enqueue_once
from storage.uow import UnitOfWork
from storage.users import user_by_line_id

READ = "discreet=read"
HOLD_MAX = 30  # batches kept waiting; older ones give way
REPLY_MAX = 4  # LINE replies carry at most 5 messages; one is kept for "more"


def neutral() -> Say:
    """The line a discreet citizen sees instead of the content."""
    return Say("discreet.notice", quick=(Quick("discreet.read", "postback", READ),))


def push_to_person(
    uow: UnitOfWork,
    line_user_id: str,
    items: list[Out],
    *,
    purpose: str,
    language: str = "th",
    dedupe_key: str | None = None,
    user: LineUser | None = None,
) -> bool:
    """Queue a push to one citizen (neutral if they chose discreet notices); False if a
    message with `dedupe_key` was queued before."""
    if user is None:
        # No autoflush: pushes queued earlier in this transaction must stay "new", so the
        # webhook still sends them right after its answer (bot.http.inbound).
        with uow.session.no_autoflush:
            user = user_by_line_id(uow, line_user_id)
    discreet = user is not None and user.discreet
    sent = [neutral()] if discreet else items
    kwargs = {"recipient": line_user_id, "language": language, "purpose": purpose}
    if dedupe_key:
        row = enqueue_once(uow, dedupe_key, "push", to_json(sent), **kwargs)
        if row is None:
            return False
    else:
        outbox.enqueue(uow, "push", to_json(sent), **kwargs)
    if discreet:
        user.held = [*(user.held or []), to_json(items)][-HOLD_MAX:]
    return True


def read_held(user: LineUser) -> list[Out]:
    """The messages waiting for a discreet citizen, oldest first, as a reply."""
    held = list(user.held or [])
    if not held:
        return [Say("discreet.nothing")]
    shown: list[Out] = []
    while held and len(shown) + len(held[0]) <= REPLY_MAX:
        shown.extend(from_json(held.pop(0)))
    if not shown:  # one batch bigger than a reply: show its first messages
        batch = from_json(held.pop(0))
        shown, rest = batch[:REPLY_MAX], batch[REPLY_MAX:]
        if rest:
            held.insert(0, to_json(rest))
    user.held = held
    if held:
        shown.append(Say("discreet.more", quick=(Quick("discreet.read", "postback", READ),)))
    return shown


def set_discreet(user: LineUser, on: bool) -> list[Out]:
    """Turn discreet notices on or off."""
    user.discreet = on
    return [Say("discreet.on" if on else "discreet.off")]


def set_draft_reminders(user: LineUser, on: bool) -> list[Out]:
    """Turn reminders about unfinished complaints on or off."""
    user.draft_reminders = on
    return [Say("reminders.on" if on else "reminders.off")]
