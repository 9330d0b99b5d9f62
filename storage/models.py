"""Typed SQLAlchemy 2.0 models. Every change here needs an Alembic migration."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from storage.ticket_status import OPEN, sql_list
from storage.types import (
    SealedJSON,
    SealedName,
    SealedSize,
    SealedText,
    UTCDateTime,
    coarse_utcnow,
    utcnow,
)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base of all models, with stable constraint names."""

    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON, list[Any]: JSON}


def new_uuid() -> str:
    """A random UUID as text (outbox ids double as LINE retry keys)."""
    return str(uuid.uuid4())


class LineUser(Base):
    """Someone who talks to the bot. The LINE id is encrypted, found by a keyed index.

    Conversation state, the person's language, tickets (and notices held for discreet
    reading before migration 0041, now `HeldNotice`) are sealed (encrypted): without the keys
    nothing here points at a ticket.
    `updated_at` is kept to the hour so that it cannot be matched to a ticket's time.
    """

    __tablename__ = "line_users"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_hash: Mapped[str] = mapped_column(String(64), unique=True)
    line_user_id_enc: Mapped[str] = mapped_column(Text)
    # Sealed (0029): a plain "en" here would pair the account with the ticket filed in English.
    language: Mapped[str] = mapped_column(SealedText, default="th")
    following: Mapped[bool] = mapped_column(Boolean, default=True)
    subscribed: Mapped[bool] = mapped_column(Boolean, default=True)
    district: Mapped[str | None] = mapped_column(String(64))
    state: Mapped[dict[str, Any]] = mapped_column(SealedJSON, default=dict)
    ticket_ids: Mapped[list[Any] | None] = mapped_column(SealedJSON, default=list)
    # Notices held before 0041; moved to `held_notices` (0044, storage/held_notices.py
    # `adopt`): None once moved, so the retention job finds what is left by `IS NOT NULL`.
    held: Mapped[list[Any] | None] = mapped_column(SealedJSON, default=None)
    discreet: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    draft_reminders: Mapped[bool] = mapped_column(
        Boolean, default=True, server_default=text("true")
    )
    # The privacy notice version this person was last shown (None: never shown one).
    notice_version: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(default=coarse_utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=coarse_utcnow, onupdate=coarse_utcnow)


class Draft(Base):
    """A complaint being written, step by step. Kept when abandoned or cancelled.

    `data` is sealed; once submitted, the draft keeps nothing (no contents, steps, person or
    time of its own) that could pair it with its ticket (`ticket_id` is a pre-0011 column
    that `keys rotate` empties).
    """

    __tablename__ = "drafts"
    __table_args__ = (
        Index(
            "uq_drafts_open_per_user",
            "user_id",
            unique=True,
            sqlite_where=text("status = 'open'"),
            postgresql_where=text("status = 'open'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # None once submitted (storage.privacy.forget_submitted): the ticket alone holds the rest.
    user_id: Mapped[int | None] = mapped_column(ForeignKey("line_users.id"), index=True)
    status: Mapped[str] = mapped_column(String(16), default="open")
    step: Mapped[str] = mapped_column(String(32))
    history: Mapped[list[Any]] = mapped_column(default=list)
    data: Mapped[dict[str, Any]] = mapped_column(SealedJSON, default=dict)
    editing: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    reminded_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"))


class TicketSequence(Base):
    """The last reference number given per prefix and Buddhist-era year."""

    __tablename__ = "ticket_sequences"

    prefix: Mapped[str] = mapped_column(String(8), primary_key=True)
    year_be: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


# What the public figures group and time tickets by (storage/ticket_figures.py).
PUBLIC_FIGURE_COLUMNS = (
    "district",
    "status",
    "kind",
    "submitted_at",
    "reopened_count",
    "taken_at",
    "decided_at",
)


class Ticket(Base):
    """A submitted complaint."""

    __tablename__ = "tickets"
    # The dashboard's keyset pages (migration 0006; PostgreSQL also has a trigram search index).
    __table_args__ = (
        Index("ix_tickets_submitted_id", "submitted_at", "id"),
        Index("ix_tickets_status_submitted", "status", "submitted_at", "id"),
        Index("ix_tickets_kind_submitted", "kind", "submitted_at", "id"),
        Index("ix_tickets_district_submitted", "district", "submitted_at", "id"),
        Index("ix_tickets_assignee_submitted", "assignee_id", "submitted_at", "id"),
        Index(
            "ix_tickets_open_submitted",
            "submitted_at",
            "id",
            sqlite_where=text(f"status IN ({sql_list(OPEN)})"),
            postgresql_where=text(f"status IN ({sql_list(OPEN)})"),
        ),
        # The public figures (migration 0021): every column they count or time by, so
        # they are read from this index alone, not from the wide rows.
        Index("ix_tickets_public_figures", *PUBLIC_FIGURE_COLUMNS),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    status: Mapped[str] = mapped_column(String(16), default="submitted", index=True)
    kind: Mapped[str] = mapped_column(String(32))
    agency: Mapped[str] = mapped_column(Text)
    official: Mapped[str] = mapped_column(Text)
    district: Mapped[str | None] = mapped_column(String(64), index=True)
    subdistrict: Mapped[str | None] = mapped_column(String(64))
    place_text: Mapped[str | None] = mapped_column(Text)
    # A place of another province the villager chose to file anyway (0051): that province's
    # Thai name ("ศรีสะเกษ"), for the committee's badge; the place stays as said above.
    outside_province: Mapped[str | None] = mapped_column(String(64))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    pin_is_scene: Mapped[bool | None] = mapped_column(Boolean)
    occurred_on: Mapped[date | None] = mapped_column(Date)
    occurred_text: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text)
    witnesses: Mapped[str | None] = mapped_column(Text)  # before 0011; `keys rotate` seals it
    witnesses_enc: Mapped[str | None] = mapped_column(Text)
    reported_elsewhere: Mapped[bool | None] = mapped_column(Boolean)
    reported_to: Mapped[str | None] = mapped_column(Text)
    reported_reference: Mapped[str | None] = mapped_column(Text)
    anonymous: Mapped[bool] = mapped_column(Boolean, default=True)
    complainant_name_enc: Mapped[str | None] = mapped_column(Text)
    complainant_phone_enc: Mapped[str | None] = mapped_column(Text)
    # Whether the committee may call the contact, as they said (0052): True "ให้กรรมการโทรหาได้",
    # False "อย่าโทรมา", None unsaid; shown to the chair beside the phone.
    call_ok: Mapped[bool | None] = mapped_column(Boolean)
    # Filed for someone else (0042): who they are to the person filing ("พ่อ"), and the
    # affected person's name; the complainant's name and phone above are the contact's.
    behalf_of_enc: Mapped[str | None] = mapped_column(Text)
    affected_name_enc: Mapped[str | None] = mapped_column(Text)
    # Before 0011 the owner's keyed index; now empty (`keys rotate` empties old rows): the
    # owner is only in `owner_line_id_enc` and in the owner's sealed `line_users.ticket_ids`.
    owner_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    owner_line_id_enc: Mapped[str] = mapped_column(Text)
    tracking_code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    # Per-ticket salt of the slow code hash (storage.tickets.tracking_fields); None before 0015.
    tracking_code_salt: Mapped[str | None] = mapped_column(String(32))
    confirmed_true: Mapped[bool] = mapped_column(Boolean, default=False)
    completeness: Mapped[int] = mapped_column(Integer, default=0)
    # Sealed (migration 0033): a plain "en" would tell a copy which tickets were filed in
    # English (the few, beside the few English speakers). Its chain digest and seal cover
    # the plain value, so sealing it leaves every record whole. Deferred: opening it is a
    # decryption, which a list, an export or a job reading many tickets does not need.
    language: Mapped[str] = mapped_column(SealedText, default="th", deferred=True)
    submitted_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"), index=True)
    taken_at: Mapped[datetime | None]
    decided_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    reopened_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # The canonical agency the typed `agency` resolved to (#9); the typed text stays above.
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    contested_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # The tamper-evident record (storage/ticket_chain/): the last timeline entry's hash,
    # and a seal over it and this row's fields.
    chain_head: Mapped[str | None] = mapped_column(String(64))
    chain_seal: Mapped[str | None] = mapped_column(String(64))
    # Which of the ticket's rows in other tables the seal covered, a digest per kind (JSON):
    # not trusted (the seal is), only read to say which kind changed when the seal breaks.
    chain_parts: Mapped[str | None] = mapped_column(Text)

    timeline: Mapped[list[TicketEvent]] = relationship(
        back_populates="ticket", order_by="TicketEvent.id"
    )
    evidence: Mapped[list[Evidence]] = relationship(back_populates="ticket", order_by="Evidence.id")


# What a complaint is made of, as the complainant filed it (the access copy and the record's
# seal both read these).
COMPLAINT_FIELDS = (
    "kind",
    "agency",
    "official",
    "district",
    "subdistrict",
    "place_text",
    "latitude",
    "longitude",
    "occurred_on",
    "occurred_text",
    "description",
    "witnesses",
    "reported_elsewhere",
    "reported_to",
    "reported_reference",
    "anonymous",
)


class TicketEvent(Base):
    """One entry of a ticket's timeline: a status change, a note, a message."""

    __tablename__ = "ticket_events"

    # Its place in the timeline and a random number (storage/entry_ids.py), not a sequence:
    # entries one act writes on several tickets must not be numbered one after another.
    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer(), "sqlite"), primary_key=True
    )
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    kind: Mapped[str] = mapped_column(String(24))
    actor: Mapped[str] = mapped_column(String(64))
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str | None] = mapped_column(String(16))
    body: Mapped[str | None] = mapped_column(Text)
    internal: Mapped[bool] = mapped_column(Boolean, default=False)
    # The hash chain (storage/ticket_chain/digests.py): the entry before's hash, the ticket's fields
    # when this entry was written, and this entry's own hash over all of it.
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    ticket_digest: Mapped[str | None] = mapped_column(String(64))
    entry_hash: Mapped[str | None] = mapped_column(String(64))

    ticket: Mapped[Ticket] = relationship(back_populates="timeline")


class Evidence(Base):
    """A photo, video, audio or file sent as evidence; downloaded after the webhook answers."""

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[int | None] = mapped_column(ForeignKey("drafts.id"), index=True)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"), index=True)
    line_message_id: Mapped[str] = mapped_column(String(64), unique=True)
    media_kind: Mapped[str] = mapped_column(String(16))
    # Sealed (migration 0048): the complainant's words (LINE's fileName may name them, or
    # the body they complain of), and an exact size that pairs two tickets holding one file.
    file_name: Mapped[str | None] = mapped_column(SealedName)
    content_type: Mapped[str | None] = mapped_column(String(128))
    size_bytes: Mapped[int | None] = mapped_column(SealedSize)
    # Not the plain SHA-256 (anyone with the photo could look it up): its keyed mark, see
    # Vault.content_marks. The name stays for the rows and archives written before 0024.
    sha256: Mapped[str | None] = mapped_column(String(64))
    # A file kept aside after filing (no draft nor ticket yet, migration 0049): the salt of its
    # mark, its own and random (the same file kept aside twice has two unrelated marks), and
    # whose it is, sealed and bound to the message, so erasing their data removes it at once.
    mark_salt: Mapped[str | None] = mapped_column(String(32))
    owner_enc: Mapped[str | None] = mapped_column(Text)
    storage_path: Mapped[str | None] = mapped_column(Text)  # the original, encrypted
    clean_path: Mapped[str | None] = mapped_column(Text)  # photos: metadata removed, encrypted
    # A keyed mark of (id, clean_path) (storage/row_seals.py): a clean copy without a mark
    # that fits is not believed to be one, so no one but the chair gets that file.
    clean_mark: Mapped[str | None] = mapped_column(String(64))
    metadata_found: Mapped[str | None] = mapped_column(Text)  # what the file says of its maker
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    fetched_at: Mapped[datetime | None]

    ticket: Mapped[Ticket | None] = relationship(back_populates="evidence")


class EvidenceChunk(Base):
    """One piece of an encrypted evidence file kept in the database (EVIDENCE_STORE=database)."""

    __tablename__ = "evidence_chunks"

    key: Mapped[str] = mapped_column(String(128), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class OutboxMessage(Base):
    """A message to send after the transaction that caused it has committed.

    The id is the `X-Line-Retry-Key`. `payload` holds message intents that are
    rendered in the recipient's language when sent.
    """

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_due", "status", "next_attempt_at"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    channel: Mapped[str] = mapped_column(String(16))
    recipient_enc: Mapped[str | None] = mapped_column(Text)
    recipient_count: Mapped[int] = mapped_column(Integer, default=1)
    # Sealed (migration 0031): a plain "en" on a message still waiting would name the one
    # person written to in English; none once delivered or given up (storage.outbox).
    language: Mapped[str | None] = mapped_column(SealedText, default="th")
    payload: Mapped[list[Any]] = mapped_column()
    purpose: Mapped[str] = mapped_column(String(64), default="")
    # What the row is (storage.outbox KINDS; migration 0053), read by the sender: never
    # guessed from how its de-duplication key begins.
    kind: Mapped[str] = mapped_column(String(32), default="message", server_default="message")
    dedupe_key: Mapped[str | None] = mapped_column(String(191), unique=True)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_error: Mapped[str | None] = mapped_column(Text)
    line_request_id: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]


class HeldNotice(Base):
    """One batch of messages waiting for a discreet citizen to tap "อ่าน" (handlers.notices).

    Its own row, the recipient sealed with a fresh nonce as on the outbox: a person's row
    does not change when a notice is held, and two notices for one person leave the trace
    two notices for two people leave (migration 0041; before it they grew `line_users.held`).
    `held_on` is the UTC day it was held, no time (migration 0043): the `retention` job
    lets it go after RETENTION_HELD_NOTICE_DAYS.
    """

    __tablename__ = "held_notices"

    id: Mapped[int] = mapped_column(primary_key=True)
    recipient_enc: Mapped[str] = mapped_column(Text)
    items: Mapped[list[Any]] = mapped_column(SealedJSON, default=list)
    held_on: Mapped[date] = mapped_column(Date)


class ProcessedEvent(Base):
    """A webhook event already handled; written in the same transaction as its effects."""

    __tablename__ = "processed_events"
    __table_args__ = (UniqueConstraint("webhook_event_id", "fingerprint"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    webhook_event_id: Mapped[str] = mapped_column(String(64))
    fingerprint: Mapped[str] = mapped_column(String(64))
    event_type: Mapped[str] = mapped_column(String(32))
    processed_at: Mapped[datetime] = mapped_column(default=utcnow)


class FailedEvent(Base):
    """An event whose handling raised; kept (encrypted) so it can be replayed."""

    __tablename__ = "failed_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    webhook_event_id: Mapped[str] = mapped_column(String(64), index=True)
    event_type: Mapped[str] = mapped_column(String(32))
    error: Mapped[str] = mapped_column(Text)
    raw_enc: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    replayed_at: Mapped[datetime | None]


class AuditEntry(Base):
    """Who saw or did what to sensitive data, and when."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"), index=True)
    detail: Mapped[str | None] = mapped_column(Text)


class AuditStart(Base):
    """The audit log's start as the record journal first noted it (one row): the highest id
    then, when, how many entries it covered, sealed under the lookup key (purpose
    `journal-audit`, storage/record_journal.py `note_audit_start`). Outside `audit_log`, so
    neither the audit page nor a restore's empty target sees it."""

    __tablename__ = "audit_start"

    id: Mapped[int] = mapped_column(primary_key=True)
    highest: Mapped[int]
    noted_at: Mapped[str] = mapped_column(String(40))
    covered: Mapped[int]
    seal: Mapped[str] = mapped_column(String(64))


class Member(Base):
    """A member of the network's committee or secretariat: reviewer, chair, organizer, admin."""

    __tablename__ = "members"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    user_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    line_user_id_enc: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    removed_at: Mapped[datetime | None]
    # How the role came (storage/row_seals.py seals it with the ties below): None, not at a
    # shell; "shell", given at a shell and not yet vouched for; "founding", the first chair
    # ever; "vouched", a shell role another chair vouched for (`vouched_by`); "invited",
    # joined with a chair's dashboard code (`vouched_by` the chair).
    grant_state: Mapped[str | None] = mapped_column(String(16))
    granted_at: Mapped[datetime | None]
    vouched_by: Mapped[int | None]
    # How many times the application has sealed this member's state (role, removal, grant,
    # ties): each change counts one and goes to the record journal, outside the database, so
    # a row copied back from an older copy with its then valid seal is older than the journal
    # says it is (storage/member_seals.py). 0: not sealed since migration 0035.
    version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # A keyed seal over id, role, the LINE account (user_hash, line_user_id_enc), active,
    # removed_at, the grant above, the version and every declared tie (removed ones too): a
    # row, or a tie, changed outside the application does not fit it.
    seal: Mapped[str | None] = mapped_column(String(64))

    # Only conflicts in force: an undone one is kept (removed_at set), never deleted.
    conflicts: Mapped[list[MemberConflict]] = relationship(
        back_populates="member",
        primaryjoin="and_(Member.id == MemberConflict.member_id, "
        "MemberConflict.removed_at.is_(None))",
    )


class MemberConflict(Base):
    """A declared tie to an agency or district: that member never sees such tickets."""

    __tablename__ = "member_conflicts"
    __table_args__ = (UniqueConstraint("member_id", "kind", "value"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # "agency" or "district"
    value: Mapped[str] = mapped_column(String(200))  # agency name, or district code
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    reason: Mapped[str | None] = mapped_column(Text)
    declared_at: Mapped[datetime] = mapped_column(default=utcnow)
    declared_by: Mapped[str | None] = mapped_column(String(64))  # actor, when not the member
    removed_at: Mapped[datetime | None]
    removed_by: Mapped[str | None] = mapped_column(String(64))
    # A keyed seal over the tie and its removal (storage/row_seals.py): a removal that does
    # not fit it is not believed, so the tickets stay hidden from the member.
    seal: Mapped[str | None] = mapped_column(String(64))
    # A keyed mark over which agency record the tie points to (recusal reads that record's
    # name and spellings as the tie): one that does not fit keeps every ticket from the member.
    record_mark: Mapped[str | None] = mapped_column(String(64))

    member: Mapped[Member] = relationship(back_populates="conflicts")
