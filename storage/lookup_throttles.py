"""Wrong tracking codes given on the web, counted per reference (keyed hash of it)."""

from __future__ import annotations

from sqlalchemy import select

from storage.db import insert_unless_exists
from storage.transparency_models import LookupThrottle
from storage.uow import UnitOfWork


def for_reference(uow: UnitOfWork, reference: str) -> LookupThrottle:
    """The counter row for a reference, locked for this transaction (created if missing).

    Keyed by a keyed hash of the reference as typed, so that a reference that does not
    exist is counted the same way and nothing here tells which references exist.
    """
    normal = reference.strip().upper().replace(" ", "")
    key = uow.vault.blind_index("status-lookup:" + normal)
    values = {"key_hash": key, "tries": 0, "updated_at": uow.now()}
    session = uow.session
    session.execute(insert_unless_exists(session, LookupThrottle, values, ["key_hash"]))
    stmt = select(LookupThrottle).where(LookupThrottle.key_hash == key).with_for_update()
    row = session.scalars(stmt.execution_options(populate_existing=True)).one()
    row.updated_at = uow.now()
    return row
