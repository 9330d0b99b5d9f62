"""Every timeline entry the application writes, noted outside the database as it commits.

A daily anchor holds each ticket's head as it was that day; an entry written since (a note, a
step) was held by nothing but the database, so a writer without keys who copied the ticket's
row and seal back and deleted the entry rolled it back unseen, and the next anchor took the
rolled-back state as the truth. So each committed entry's hash is appended, with its ticket's
reference, to a journal in RECORD_ANCHOR_DIR (`journal-YYYY-MM-DD.log`, UTC day), and a whole
`tickets verify` (and the daily job, before it anchors) finds every journalled entry still in
its ticket's chain. Like the anchor files, it is only as safe as that folder: share it between
hosts, and copy it off the host.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import event, select
from sqlalchemy.orm import Session, sessionmaker

from storage.models import Ticket, TicketEvent
from storage.uow import UnitOfWork

log = logging.getLogger(__name__)
PENDING = "record_journal"


def install(factory: sessionmaker, folder: str | Path | None) -> None:
    """Journal the entries every session of `factory` commits into `folder` (none: off)."""
    if not folder:
        return

    def collect(session: Session, _context, _instances) -> None:
        # Runs after the seal listener (installed first), so each new entry has its hash.
        pending = session.info.setdefault(PENDING, [])
        for obj in session.new:
            if isinstance(obj, TicketEvent) and obj.entry_hash:
                ticket = obj.ticket or session.get(Ticket, obj.ticket_id)
                pending.append(f"{ticket.reference} {obj.entry_hash}\n")

    def write(session: Session) -> None:
        lines = session.info.pop(PENDING, [])
        if lines:
            _append(folder, lines)

    def forget(session: Session) -> None:
        session.info.pop(PENDING, None)

    event.listen(factory, "before_flush", collect)
    event.listen(factory, "after_commit", write)
    event.listen(factory, "after_rollback", forget)


def _append(folder: str | Path, lines: list[str]) -> None:
    path = Path(folder) / f"journal-{datetime.now(UTC).date().isoformat()}.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as journal:
            journal.write("".join(lines))
    except OSError as exc:  # the entry is committed: the anchors still hold it from tomorrow
        log.error("record journal not written to %s: %s", path.parent, exc)


def problems(uow: UnitOfWork, folder: str | Path) -> dict[str, list[str]]:
    """Each ticket with a journalled entry no longer in its chain (deleted, or the ticket
    rolled back to before it), or journalled and no longer there at all."""
    written: dict[str, set[str]] = {}
    for path in sorted(Path(folder).glob("journal-*.log")):
        for line in path.read_text(encoding="utf-8").splitlines():
            reference, _, head = line.partition(" ")
            if head:
                written.setdefault(reference, set()).add(head)
    if not written:
        return {}
    stored: dict[str, set[str]] = {}
    stmt = select(Ticket.reference, TicketEvent.entry_hash).outerjoin(
        TicketEvent, TicketEvent.ticket_id == Ticket.id
    )
    for reference, entry in uow.session.execute(stmt):
        stored.setdefault(reference, set()).add(entry)
    found: dict[str, list[str]] = {}
    for reference, heads in sorted(written.items()):
        if reference not in stored:
            found[reference] = ["ticket removed after the application wrote it (record journal)"]
        elif heads - stored[reference]:
            found[reference] = [
                "timeline rolled back: an entry the application wrote is gone (record journal)"
            ]
    return found
