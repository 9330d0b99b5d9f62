"""Re-encrypting and re-indexing every row with the newest keys (`flask --app bot keys rotate`).

Generic over the schema, so columns other features add are covered too: every `*_enc` column
is re-encrypted with the first DATA_ENCRYPTION_KEY, every sealed column
(storage.types.SealedJSON) is re-sealed, the tokens inside drafts and outbox payloads too;
keyed indexes of LINE users and members are recomputed from their decrypted LINE ids with the
first DATA_LOOKUP_KEY; every intact ticket record is resealed with the first RECORD_SEAL_KEY,
and every evidence row's mark (Vault.content_marks) is recomputed with it from the SHA-256 of
the original read back as its file is re-encrypted. Every token is written anew, padded and
without a time (storage.crypto). Rows from before migration 0011 are brought over: plain
witness names are encrypted, `tickets.owner_hash` and `drafts.ticket_id` are moved
into the owners' sealed rows and emptied. Tracking codes are stored only as indexes
of codes nobody kept: they are re-indexed when next used, so a retired lookup key
stays listed (after the new one) while old codes may still be typed.
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy import Table, select, update

from storage import access_seals, member_seals, outbox, owner_bindings, row_seals
from storage.evidence import ticket_salt
from storage.evidence_move import store_key
from storage.models import Base, Draft, Evidence, LineUser, Member, OutboxMessage, Ticket
from storage.record_checks import reseal
from storage.types import SealedJSON
from storage.uow import UnitOfWork
from storage.users import add_ticket, tickets_of

BATCH = 500


def _key_columns(table: Table) -> tuple[list, list]:
    encrypted = [c for c in table.c if c.name.endswith("_enc")]
    sealed = [c for c in table.c if isinstance(c.type, SealedJSON)]
    return encrypted, sealed


def _rotate_table(uow: UnitOfWork, table: Table) -> int:
    """Re-encrypt and re-seal one table's key-bound columns, in batches by primary key."""
    encrypted, sealed = _key_columns(table)
    pk = list(table.primary_key.columns)
    if not (encrypted or sealed) or len(pk) != 1:
        return 0
    (key,) = pk
    done, last = 0, None
    while True:
        stmt = select(key, *encrypted, *sealed).order_by(key).limit(BATCH)
        if last is not None:
            stmt = stmt.where(key > last)
        rows = uow.session.execute(stmt).all()
        if not rows:
            return done
        for row in rows:
            values = {c.name: uow.vault.rotate(row._mapping[c.name]) for c in encrypted}
            values.update({c.name: row._mapping[c.name] for c in sealed})
            uow.session.execute(update(table).where(key == row[0]).values(**values))
            done += 1
        last = rows[-1][0]


def _reindex_people(uow: UnitOfWork) -> int:
    changed = 0
    for model in (LineUser, Member):
        for row in uow.session.scalars(select(model).where(model.line_user_id_enc.is_not(None))):
            fresh = uow.vault.index(uow.vault.decrypt(row.line_user_id_enc))
            if row.user_hash != fresh:
                row.user_hash = fresh
                changed += 1
        uow.session.flush()
    return changed


def _bring_over_tickets(uow: UnitOfWork) -> int:
    """Pre-0011 tickets: owner into the owner's sealed list, witnesses encrypted."""
    moved = 0
    stmt = select(Ticket).where(Ticket.owner_hash.is_not(None) | Ticket.witnesses.is_not(None))
    for ticket in uow.session.scalars(stmt):
        if ticket.witnesses is not None:
            ticket.witnesses_enc = ticket.witnesses_enc or uow.vault.encrypt(ticket.witnesses)
            ticket.witnesses = None
        if ticket.owner_hash is not None:
            line_id = uow.vault.decrypt(ticket.owner_line_id_enc)
            owner = uow.session.scalars(
                select(LineUser).where(LineUser.user_hash == uow.vault.index(line_id))
            ).first()
            if owner is not None and ticket.id not in tickets_of(owner):
                add_ticket(owner, ticket.id)
            ticket.owner_hash = None
        moved += 1
    for draft in uow.session.scalars(select(Draft).where(Draft.ticket_id.is_not(None))):
        draft.data = {**(draft.data or {}), "ticket_id": draft.ticket_id}
        draft.ticket_id = None
        moved += 1
    uow.session.flush()
    return moved


def _rotate_draft_fields(uow: UnitOfWork) -> int:
    """The tokens inside a sealed draft (`name_enc`, `phone_enc`): re-sealing the draft alone
    would leave them under the old key."""
    done = 0
    for draft in uow.session.scalars(select(Draft).where(Draft.data.is_not(None))):
        inner = {k: v for k, v in (draft.data or {}).items() if k.endswith("_enc") and v}
        if inner:
            draft.data = {**draft.data, **{k: uow.vault.rotate(v) for k, v in inner.items()}}
            done += 1
    uow.session.flush()
    return done


def _rotate_outbox(uow: UnitOfWork) -> int:
    done = 0
    for row in uow.session.scalars(select(OutboxMessage).where(OutboxMessage.status != "sent")):
        if row.payload and isinstance(row.payload[0], dict) and "sealed" in row.payload[0]:
            row.payload = [{"sealed": uow.vault.rotate(row.payload[0]["sealed"])}]
            done += 1
    uow.session.flush()
    return done


def remark_evidence(uow: UnitOfWork, digests: dict[str, str], evidence_dir: str) -> Counter:
    """Each evidence row's mark under the first seal key and its ticket's salt (a mark made
    before marks were per ticket becomes one), from its original's SHA-256 (by
    store key, as `EvidenceStore.rotate_files` returns them); a mark that fits no key (a file
    changed since it arrived) is kept, so the referral still refuses it. The caller commits."""
    counts: Counter = Counter()
    stmt = select(Evidence).where(Evidence.sha256.is_not(None), Evidence.storage_path.is_not(None))
    for row in uow.session.scalars(stmt):
        digest = digests.get(store_key(row.storage_path, evidence_dir))
        salt = ticket_salt(uow, row)
        if digest is None or not uow.vault.content_fits(row.sha256, digest, salt):
            counts["unfit"] += 1
            continue
        fresh = uow.vault.content_marks(digest, salt)[0]
        if row.sha256 != fresh:
            row.sha256 = fresh
            counts["remarked"] += 1
    uow.session.flush()
    return counts


def rotate_rows(uow: UnitOfWork) -> Counter:
    """Everything key-bound in the database, with the newest keys; the caller commits."""
    counts: Counter = Counter()
    # Members' seals cover their LINE account's index and token, which this rewrites: the
    # ones that fit now are sealed again at the end, no forged one.
    members_fitted = member_seals.fitting(uow)
    counts["reindexed"] = _reindex_people(uow)
    counts["brought_over"] = _bring_over_tickets(uow)
    counts["draft_fields"] = _rotate_draft_fields(uow)
    # Values stored before 0045 ran with the keys: bound where they are (storage.owner_bindings).
    counts["bound"] = owner_bindings.bind_stored(uow.session.connection(), uow.vault)
    for table in Base.metadata.sorted_tables:
        counts["rows"] += _rotate_table(uow, table)
    counts["outbox"] = _rotate_outbox(uow)
    counts["outbox_keys_hidden"] = outbox.hide_keys(uow.session.connection(), uow.vault)
    counts["resealed"] = reseal(uow)
    counts["rows_resealed"] = row_seals.reseal(uow)  # declared conflicts, clean copies' marks
    counts["rows_resealed"] += access_seals.reseal(uow)  # policy settings, live sessions
    uow.session.flush()
    counts["members_resealed"] = member_seals.reseal(uow, members_fitted)  # rows, ties
    return counts
