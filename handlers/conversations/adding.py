"""Adding to a filed complaint over several messages: the words, photos and files that follow
go to it until the person says they are done or a quiet time passes."""

from __future__ import annotations

from datetime import datetime, timedelta

from handlers.conversations.state import ConversationState
from storage.models import LineUser

TICKET = "adding_ticket"
LAST = "adding_at"  # the last thing added (the quiet time counts from it)
OPENED = "adding_opened"  # when adding opened (it ends at the latest LONGEST after)
FILES = "adding_files"  # photos and files added (the evidence limit counts them)
ADDED = "adding_count"  # everything added: words, photos and files
STATE = ConversationState("adding", (TICKET, LAST, OPENED, FILES, ADDED), marker=TICKET)
#: This long without anything added and the next message is not an addition any more
#: (stickers, thanks and greetings add nothing, so they do not keep it open).
QUIET = timedelta(minutes=30)
#: Adding ends this long after it opened, however much is added.
LONGEST = timedelta(hours=2)


def begin(user: LineUser, reference: str, now: datetime, files: int = 0, added: int = 0) -> None:
    """Open the complaint `reference` for additions: `files` and `added` say how many photos
    and files, and how many things in all, it has had so far."""
    values = {TICKET: reference, LAST: now.isoformat(), OPENED: now.isoformat()}
    STATE.begin(user, **values, **{FILES: files, ADDED: added})


def go_on(user: LineUser, now: datetime, files: int = 0, added: int = 0) -> None:
    """Adding goes on with `files` more photos or files and `added` more things in all; the
    quiet time counts from now only when something was added."""
    values = {
        FILES: STATE.get(user, FILES, 0) + files,
        ADDED: STATE.get(user, ADDED, 0) + added,
    }
    if files or added:
        values[LAST] = now.isoformat()
    STATE.begin(user, **values)


def lapsed(user: LineUser, now: datetime) -> bool:
    """Whether adding is over by the clock: the quiet time passed since the last thing added,
    or LONGEST since it opened (its state is left as it is)."""
    ticket, last = STATE.get(user, TICKET), STATE.get(user, LAST)
    opened = STATE.get(user, OPENED) or last
    return not (
        ticket
        and last
        and now - datetime.fromisoformat(last) <= QUIET
        and now - datetime.fromisoformat(opened) <= LONGEST
    )


def reference(user: LineUser, now: datetime) -> str | None:
    """The complaint being added to, or None (and adding ended) once it `lapsed`."""
    if not lapsed(user, now):
        return STATE.get(user, TICKET)
    STATE.end(user)
    return None
