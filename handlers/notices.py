"""Pushes to a citizen, discreet when they asked: a neutral line, the content when they tap.

Status notices, draft reminders and questions show on the lock screen of a phone
others may see. A citizen who chose discreet notices gets only "มีข้อความใหม่"; the
messages wait, sealed, until they tap "อ่าน" (or type it): each batch in its own row
(storage.held_notices), so holding one leaves no mark on the person's row, and one
person's two notices look like two people's.
"""

from __future__ import annotations

from handlers.replies import Out, Quick, Say, from_json, to_json
from storage import held_notices, outbox
from storage.models import LineUser
from storage.uow import UnitOfWork
from storage.users import user_by_line_id

READ = "discreet=read"
CHOSEN = "notices_chosen"  # in the person's sealed state: they answered the discreet question
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
    unless_chosen: bool = False,
) -> bool:
    """Queue a push to one citizen (neutral if they chose discreet notices, or, with
    `unless_chosen`, if they never answered: a threatened person, docs/safety.md); False if a
    message with `dedupe_key` was queued before."""
    if user is None:
        with uow.session.no_autoflush:
            user = user_by_line_id(uow, line_user_id)
    choice = discreet_choice(user)
    discreet = user is not None and (choice or (unless_chosen and choice is None))
    sent = [neutral()] if discreet else items
    kwargs = {"recipient": line_user_id, "language": language, "purpose": purpose}
    if outbox.enqueue(uow, "push", to_json(sent), dedupe_key=dedupe_key, **kwargs) is None:
        return False  # queued before under this key
    if discreet:
        held_notices.hold(uow, line_user_id, to_json(items))
    return True


def read_held(uow: UnitOfWork, user: LineUser) -> list[Out]:
    """The messages waiting for a discreet citizen, oldest first, as a reply; the newest
    HOLD_MAX batches (those still on their row from before migration 0041 are moved to rows
    of their own first)."""
    line_user_id = uow.vault.decrypt(user.line_user_id_enc) or ""
    held_notices.adopt(uow, user)
    rows = held_notices.of(uow, line_user_id)
    held = [row.items for row in rows]
    dropped = max(0, len(held) - HOLD_MAX)  # older ones give way
    held = held[dropped:]
    if not held:
        _keep(uow, line_user_id, rows, len(rows), None)
        return [Say("discreet.nothing")]
    shown: list[Out] = []
    taken, rest = dropped, None
    while held and len(shown) + len(held[0]) <= REPLY_MAX:
        shown.extend(from_json(held.pop(0)))
        taken += 1
    if not shown:  # one batch bigger than a reply: show its first messages
        batch = from_json(held.pop(0))
        shown, rest = batch[:REPLY_MAX], batch[REPLY_MAX:]
        taken += 1
        if rest:
            held.insert(0, to_json(rest))
    _keep(uow, line_user_id, rows, taken, to_json(rest) if rest else None)
    if held:
        shown.append(Say("discreet.more", quick=(Quick("discreet.read", "postback", READ),)))
    return shown


def _keep(uow: UnitOfWork, line_user_id: str, rows: list, taken: int, rest: list | None) -> None:
    """Remove the first `taken` batches, the last of them kept as `rest` when only part of
    it was shown. One row is deleted per tap (one read before, else the oldest read now),
    the rest marked read (storage.held_notices: which rows were one person's is not shown by
    one tap)."""
    gone = rows[:taken]
    if rest is not None and gone:
        gone[-1].items = rest
        gone = gone[:-1]
    waiting = [*held_notices.read_of(uow, line_user_id), *gone]
    if waiting:
        uow.session.delete(waiting[0])
        held_notices.mark_read(uow, line_user_id, waiting[1:])


def set_discreet(user: LineUser, on: bool) -> list[Out]:
    """Turn discreet notices on or off (and remember that the person chose)."""
    user.discreet = on
    user.state = {**(user.state or {}), CHOSEN: True}
    return [Say("discreet.on" if on else "discreet.off")]


def discreet_choice(user: LineUser | None) -> bool | None:
    """Whether the person chose discreet notices: True, False, or None when they never
    answered (an account from before the choice was remembered that has them off reads as
    never answered: fail closed)."""
    if user is None:
        return None
    if user.discreet:
        return True
    return False if (user.state or {}).get(CHOSEN) else None


def set_draft_reminders(user: LineUser, on: bool) -> list[Out]:
    """Turn reminders about unfinished complaints on or off."""
    user.draft_reminders = on
    return [Say("reminders.on" if on else "reminders.off")]
