"""Daily anchors of the tamper-evident record: every ticket's chain head and entry count.

The record's seal stops whoever holds only the database; an anchor also stops whoever later
holds the seal key. Each day the heads are listed, their digest is published on the
transparency page and the full list is written to a file the operator keeps elsewhere. A
chain rewritten afterwards no longer has the anchored hash at the anchored position, and
`tickets verify --anchor FILE` says so.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from storage import ticket_chain
from storage.models import Ticket, TicketEvent
from storage.transparency_models import RecordAnchor
from storage.uow import UnitOfWork

FORMAT = "sujarit-record-anchor/1"


def _digest(heads: list[list]) -> str:
    lines = "".join(f"{reference} {count} {head}\n" for reference, count, head in heads)
    return hashlib.sha256(lines.encode("utf-8")).hexdigest()


def current_heads(uow: UnitOfWork) -> list[list]:
    """[reference, entry count, chain head] of every ticket, in reference order."""
    stmt = (
        select(Ticket.reference, func.count(TicketEvent.id), Ticket.chain_head)
        .outerjoin(TicketEvent, TicketEvent.ticket_id == Ticket.id)
        .group_by(Ticket.id, Ticket.reference, Ticket.chain_head)
        .order_by(Ticket.reference)
    )
    return [[reference, count, head] for reference, count, head in uow.session.execute(stmt)]


def make(uow: UnitOfWork, day: date) -> dict:
    """An anchor document of the record now, published under `day` (the caller commits)."""
    heads = current_heads(uow)
    digest = _digest(heads)
    uow.session.add(RecordAnchor(day=day, made_at=uow.now(), tickets=len(heads), digest=digest))
    return {"format": FORMAT, "day": day.isoformat(), "digest": digest, "tickets": heads}


def make_today(uow: UnitOfWork) -> dict:
    """An anchor of the record now, dated in the bot's time zone (the caller commits)."""
    return make(uow, uow.now().astimezone(uow.settings["tz"]).date())


def write(anchor: dict, path: str | Path) -> Path:
    """Write an anchor document as JSON (to keep elsewhere: a copy the database cannot change)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(anchor, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


def read(path: str | Path) -> dict:
    """An anchor document from its file."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


def published(uow: UnitOfWork, limit: int = 30) -> list[RecordAnchor]:
    """The latest published anchors, newest first (the transparency page lists them)."""
    stmt = select(RecordAnchor).order_by(RecordAnchor.made_at.desc(), RecordAnchor.id.desc())
    stmt = stmt.limit(limit)
    return list(uow.session.scalars(stmt))


def check(uow: UnitOfWork, anchor: dict) -> dict[str, list[str]]:
    """What no longer matches an anchor document kept elsewhere, by reference ("" for the
    anchor itself): each anchored head must still be its ticket's entry at that position."""
    day = anchor.get("day", "?")
    heads = anchor.get("tickets") or []
    found: dict[str, list[str]] = {}
    if anchor.get("format") != FORMAT or _digest(heads) != anchor.get("digest"):
        found[""] = [f"the anchor of {day} is not a whole, unchanged anchor file"]
        return found
    kept = select(RecordAnchor.id).where(
        RecordAnchor.day == date.fromisoformat(day), RecordAnchor.digest == anchor["digest"]
    )
    if uow.session.scalar(kept.limit(1)) is None:
        found[""] = [f"the anchor of {day} published by the application differs from this file"]
    wanted = {reference: (count, head) for reference, count, head in heads}
    seen = set()
    for batch in ticket_chain.stored_batches(uow.session):
        for ticket, entries in batch:
            if ticket.reference not in wanted:
                continue
            seen.add(ticket.reference)
            count, head = wanted[ticket.reference]
            at = entries[count - 1].entry_hash if 0 < count <= len(entries) else None
            if count > len(entries) or at != head:
                found[ticket.reference] = [f"timeline rewritten since the anchor of {day}"]
    for reference in sorted(set(wanted) - seen):
        found[reference] = [f"ticket removed since the anchor of {day}"]
    return found
