"""Adding to a filed complaint over several messages: the words, photos and files that follow
go to it until the person says they are done or a quiet time passes."""

from __future__ import annotations

from datetime import datetime, timedelta

from handlers.conversations.state import ConversationState
from storage.models import LineUser

TICKET = "adding_ticket"
LAST = "adding_at"  # the last message added (the quiet time counts from it)
FILES = "adding_files"  # photos and files added (the evidence limit counts them)
ADDED = "adding_count"  # everything added: words, photos and files
STATE = ConversationState("adding", (TICKET, LAST, FILES, ADDED), marker=TICKET)
#: This long without a message and the next one is not an addition any more.
QUIET = timedelta(minutes=30)


def begin(user: LineUser, reference: str, now: datetime, files: int = 0, added: int = 0) -> None:
    """Open the complaint `reference` for additions (or go on adding to it): `files` and
    `added` say how many photos and files, and how many things in all, it has had so far."""
    STATE.begin(user, **{TICKET: reference, LAST: now.isoformat(), FILES: files, ADDED: added})


def reference(user: LineUser, now: datetime) -> str | None:
    """The complaint being added to, or None (and adding ended) once the quiet time passed."""
    ticket, last = STATE.get(user, TICKET), STATE.get(user, LAST)
    if ticket and last and now - datetime.fromisoformat(last) <= QUIET:
        return ticket
    STATE.end(user)
    return None
