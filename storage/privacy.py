"""What the network holds about one person, and the PDPA operations on it.

Nothing here deletes a row: erasure and withdrawal blank the personal content and
detach rows from the person, so counts, timelines and the legal record stay whole.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from collections import Counter
from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update

from storage import (
    failed_events,
    file_removals,
    held_notices,
    outbox,
    owner_bindings,
    record_journal,
    tickets,
    users,
)
from storage.campaign_models import Forum, ForumRsvp
from storage.evidence import TICKET_SALT
from storage.journal_lines import JOURNAL_ERASED
from storage.models import Draft, Evidence, LineUser, Ticket
from storage.privacy_models import ConsentRecord, ExportLink, PrivacyRequest
from storage.tickets import add_timeline
from storage.uow import UnitOfWork

# A ticket whose complainant asked to be forgotten (or whose identity period ran out).
ERASED_OWNER = ""  # what `tickets.owner_line_id_enc` holds once the owner is forgotten
CLOSED_DRAFT = ("cancelled", "expired", "declined", "restarted", "erased", "withdrawn")
REQUIRED_FIELDS = ("kind", "agency", "official", "description")


def record_consent(
    uow: UnitOfWork,
    user: LineUser,
    purpose: str,
    version: str,
    granted: bool,
    ticket_id: int | None = None,
) -> ConsentRecord:
    """Append a consent given or withdrawn, with the notice version shown."""
    # A consent about one ticket belongs to the ticket alone: a row holding both the person
    # and the ticket would tie them together for anyone reading the database without keys.
    # A person's consent names them only encrypted (random each time), so its time, even
    # cut to the hour, pairs the ticket sent minutes later with no one. A ticket's consent is
    # cut to the hour too: withdrawal writes one per ticket at once, and exact times
    # microseconds apart would pair one person's tickets in a copy of the database.
    at = uow.now().replace(minute=0, second=0, microsecond=0)
    record = ConsentRecord(
        owner_enc=None if ticket_id is not None else uow.vault.encrypt(str(user.id)),
        ticket_id=ticket_id,
        purpose=purpose,
        notice_version=version,
        granted=granted,
        at=at,
    )
    uow.session.add(record)
    return record


def transfer_consent(uow: UnitOfWork, ticket_id: int, agency: str) -> bool | None:
    """Whether the complainant agreed to pass their name to `agency` (None: not answered)."""
    stmt = (
        select(ConsentRecord.granted)
        .where(ConsentRecord.ticket_id == ticket_id, ConsentRecord.purpose == f"transfer:{agency}")
        .order_by(ConsentRecord.id.desc())
        .limit(1)
    )
    return uow.session.scalar(stmt)


def consents_of(uow: UnitOfWork, user: LineUser) -> list[ConsentRecord]:
    """Every consent record of a person, oldest first (each person's row is decrypted to be
    recognised: asked only by a person's rights request)."""
    mine = str(user.id)
    stmt = select(ConsentRecord).where(ConsentRecord.owner_enc.is_not(None))
    return [
        record
        for record in uow.session.scalars(stmt.order_by(ConsentRecord.id))
        if uow.vault.decrypt(record.owner_enc) == mine
    ]


def log_request(uow: UnitOfWork, kind: str, outcome: dict) -> None:
    """Keep a rights request: what, when, what was done; never who, nor how much."""
    # Kept to the hour, so that it pairs with no other row written at the same moment; each
    # thing done kept as done or not: a count (of tickets, drafts, files) would tell a copy
    # how many complaints the person filed, and pair the row with that many tickets.
    at = uow.now().replace(minute=0, second=0, microsecond=0)
    done = {what: bool(count) for what, count in outcome.items()}
    uow.session.add(PrivacyRequest(kind=kind, at=at, outcome=done))


def tickets_of(uow: UnitOfWork, user: LineUser) -> list[Ticket]:
    """Every ticket this person filed, oldest first (`tickets.owned_by`: the sealed list
    and each ticket's sealed owner agree)."""
    return sorted(tickets.owned_by(uow, user, limit=None), key=lambda t: t.id)


def ticket_consents(uow: UnitOfWork, user: LineUser) -> list[ConsentRecord]:
    """The consents given about this person's tickets (transfers), oldest first."""
    ids = [t.id for t in tickets_of(uow, user)]
    if not ids:
        return []
    stmt = select(ConsentRecord).where(ConsentRecord.ticket_id.in_(ids))
    return list(uow.session.scalars(stmt.order_by(ConsentRecord.id)))


def drafts_of(uow: UnitOfWork, user: LineUser) -> list[Draft]:
    """Every complaint draft of this person (open, sent or abandoned)."""
    return list(uow.session.scalars(select(Draft).where(Draft.user_id == user.id)))


def rsvps_of(uow: UnitOfWork, user: LineUser) -> list[tuple[ForumRsvp, Forum]]:
    """This person's answers to forum invitations."""
    stmt = (
        select(ForumRsvp, Forum)
        .join(Forum, Forum.id == ForumRsvp.forum_id)
        .where(ForumRsvp.user_id == user.id)
    )
    return [(r, f) for r, f in uow.session.execute(stmt).all()]


def holds_content(draft: Draft) -> bool:
    """Whether a draft still keeps what was typed into it (its ticket's salt is not)."""
    return draft.step != "purged" and any(key != TICKET_SALT for key in draft.data or {})


def purge_draft(
    uow: UnitOfWork, draft: Draft, status: str | None = None, evidence: bool = True
) -> int:
    """Blank a draft's contents (and its evidence not part of a ticket); returns files let go."""
    if status and draft.status == "open":
        draft.status, draft.closed_at = status, uow.now()
    draft.data, draft.history, draft.step = {}, [], "purged"
    return purge_draft_files(uow, draft) if evidence else 0


def purge_draft_files(uow: UnitOfWork, draft: Draft) -> int:
    """Let go of a draft's files that are part of no ticket (their bytes removed when this
    commits); returns how many."""
    stmt = select(Evidence).where(
        Evidence.draft_id == draft.id, Evidence.ticket_id.is_(None), Evidence.status != "purged"
    )
    return _purge_now(uow, list(uow.session.scalars(stmt)))


def _purge_now(uow: UnitOfWork, rows: list[Evidence]) -> int:
    """Forget these evidence rows and their marks, their stored bytes removed when this
    commits (not left for the retention job's sweep): a person's erasure or withdrawal."""
    if not rows:
        return 0
    for row in rows:
        file_removals.remove_at_commit(uow.session, row.storage_path, row.clean_path)
    ids = [row.id for row in rows]
    uow.session.execute(
        update(Evidence)
        .where(Evidence.id.in_(ids))
        .values(owner_enc=None, mark_salt=None, sha256=None, metadata_found=None)
        .execution_options(synchronize_session=False)
    )
    return purge_evidence(uow, Evidence.id.in_(ids))


# The one time every sent draft shows: it pairs no draft with any ticket.
SENT_DRAFT_TIME = datetime(2000, 1, 1, tzinfo=UTC)


def forget_submitted(draft: Draft) -> None:
    """A sent draft keeps nothing that could pair it with its ticket or its author: no
    contents, no steps, no person, no time of its own (the ticket holds the complaint)."""
    draft.status, draft.step, draft.editing = "submitted", "purged", False
    draft.data, draft.history, draft.user_id = {}, [], None
    draft.created_at = draft.updated_at = draft.closed_at = SENT_DRAFT_TIME
    draft.reminded_at = None


def purge_evidence(uow: UnitOfWork, *conditions) -> int:
    """Forget evidence rows (the retention job removes files no row still uses)."""
    stmt = (
        update(Evidence)
        .where(*conditions, Evidence.status != "purged")
        .values(
            status="purged",
            storage_path=None,
            clean_path=None,
            file_name=None,
            error=None,
            owner_enc=None,
        )
        .execution_options(synchronize_session=False)
    )
    return uow.session.execute(stmt).rowcount


# One person's erasure writes an entry on each of their tickets in one transaction: at their
# real moments, milliseconds apart, a copy of the database would read them as one act and tie
# the tickets together. Each entry's moment is drawn at random from the day before the act
# instead, so it says only "within the day before" (timelines are ordered by entry, not time).
ENTRY_SPREAD = timedelta(days=1)


def _identity_entry(uow: UnitOfWork, ticket: Ticket, why: str) -> None:
    entry = add_timeline(uow, ticket, "privacy", "system", why, internal=True)
    spread = int(ENTRY_SPREAD.total_seconds() * 1000)
    entry.at = uow.now() - timedelta(milliseconds=secrets.randbelow(spread))


def remove_identity(uow: UnitOfWork, ticket: Ticket, why: str) -> bool:
    """Drop name, phone and the link to the LINE account; the complaint itself stays.

    Only a ticket that showed a name or phone gets a timeline entry saying so: an entry on
    each ticket of the person (their anonymous ones too) would tell a copy of the database
    which tickets were one person's, the anonymous beside the named."""
    named = bool(
        ticket.complainant_name_enc or ticket.complainant_phone_enc or ticket.affected_name_enc
    )
    if not (named or ticket.owner_line_id_enc):
        return False
    if ticket.owner_line_id_enc:  # the person's sealed list lets go of the ticket too
        line_user_id = owner_bindings.ticket_owner(uow.vault, ticket)
        owner = users.user_by_line_id(uow, line_user_id) if line_user_id else None
        if owner is not None:
            owner.ticket_ids = [i for i in users.tickets_of(owner) if i != ticket.id]
    ticket.complainant_name_enc = ticket.complainant_phone_enc = None
    ticket.affected_name_enc = ticket.behalf_of_enc = ticket.call_ok = None
    ticket.anonymous = True
    ticket.owner_hash, ticket.owner_line_id_enc = None, ERASED_OWNER
    if named:
        _identity_entry(uow, ticket, why)
    return True


def drop_contact(uow: UnitOfWork, ticket: Ticket, why: str) -> bool:
    """Drop name and phone only: the complainant still follows the ticket in LINE."""
    if not (
        ticket.complainant_name_enc or ticket.complainant_phone_enc or ticket.affected_name_enc
    ):
        return False
    ticket.complainant_name_enc = ticket.complainant_phone_enc = None
    ticket.affected_name_enc = ticket.behalf_of_enc = ticket.call_ok = None
    ticket.anonymous = True
    _identity_entry(uow, ticket, why)
    return True


def purge_set_aside(uow: UnitOfWork, user: LineUser) -> int:
    """Forget the files the person kept aside after filing and gave to no complaint (sealed as
    theirs, `evidence.owner_enc`), their stored bytes removed when this commits."""
    stmt = select(Evidence).where(
        Evidence.ticket_id.is_(None),
        Evidence.draft_id.is_(None),
        Evidence.owner_enc.is_not(None),
        Evidence.status != "purged",
    )
    theirs = [
        row
        for row in uow.session.scalars(stmt)
        if owner_bindings.aside_owner(uow.vault, row) == user.id
    ]
    return _purge_now(uow, theirs)


def erase_person(uow: UnitOfWork, user: LineUser) -> dict:
    """Erasure: drafts blanked and every file they still keep removed, files kept aside
    removed, tickets go on without identity, the person detached."""
    outcome: Counter = Counter()
    outcome["evidence_removed"] += purge_set_aside(uow, user)
    for draft in drafts_of(uow, user):
        if holds_content(draft) or draft.status == "open":
            outcome["evidence_removed"] += purge_draft(uow, draft, status="erased")
            outcome["drafts_cleared"] += 1
        else:  # blanked already (retention) or closed: a file it kept goes too
            outcome["evidence_removed"] += purge_draft_files(uow, draft)
    for ticket in tickets_of(uow, user):
        key = "closed_tickets" if ticket.closed_at else "open_tickets"
        outcome[key] += remove_identity(uow, ticket, "complainant erased their data")
    _expire_links(uow, user)
    for rsvp, _forum in rsvps_of(uow, user):
        rsvp.history = []
    user.subscribed = user.following = False
    user.district, user.state, user.held = None, {}, None
    line_user_id = uow.vault.decrypt(user.line_user_id_enc) or ""
    held_notices.forget(uow, line_user_id)
    if line_user_id:  # nothing waiting or kept for replay keeps their LINE id or words
        outbox.forget_recipient(uow, line_user_id)
        failed_events.forget_person(uow, line_user_id)
        person = uow.vault.index(line_user_id, JOURNAL_ERASED)
        record_journal.note_erasure(uow.session, person, uow.now())
    # The row stays (RSVP counts and consent records point at it) but no longer leads to anyone.
    user.user_hash = f"erased:{uuid.uuid4().hex}"
    user.line_user_id_enc = ""
    outcome["person_detached"] = 1
    return dict(outcome)


def replay_erasures(uow: UnitOfWork, since: datetime) -> int:
    """After a backup made at `since` is restored: erase again every person the record
    journal says was erased after it (by their LINE id's keyed index, never a name); how
    many. Each person's row is opened to be recognised: a restore is rare."""
    erased = record_journal.erased_since(record_journal.folder_of(uow.session), since)
    if not erased:
        return 0
    done = 0
    stmt = select(LineUser).where(LineUser.line_user_id_enc.is_not(None))
    for user in uow.session.scalars(stmt).all():
        line_user_id = uow.vault.decrypt(user.line_user_id_enc) if user.line_user_id_enc else ""
        if line_user_id and erased & set(uow.vault.indexes(line_user_id, JOURNAL_ERASED)):
            erase_person(uow, user)
            done += 1
    return done


def withdraw_consent(uow: UnitOfWork, user: LineUser, version: str) -> dict:
    """Consent withdrawn: contact details dropped, drafts closed with their files (and any
    file a closed or blanked draft still keeps), the files
    kept aside after filing removed like them, news stopped, transfers off."""
    outcome: Counter = Counter()
    outcome["evidence_removed"] += purge_set_aside(uow, user)
    for draft in drafts_of(uow, user):
        if draft.status == "open" or holds_content(draft):
            outcome["evidence_removed"] += purge_draft(uow, draft, status="withdrawn")
            outcome["drafts_cleared"] += 1
        else:  # blanked already (retention) or closed: a file it kept goes too
            outcome["evidence_removed"] += purge_draft_files(uow, draft)
    for ticket in tickets_of(uow, user):
        outcome["contact_removed"] += drop_contact(uow, ticket, "complainant withdrew consent")
    records = consents_of(uow, user) + ticket_consents(uow, user)
    newest = {(r.purpose, r.ticket_id): r.granted for r in sorted(records, key=lambda r: r.id)}
    for (purpose, ticket_id), granted in newest.items():
        if granted:
            record_consent(uow, user, purpose, version, False, ticket_id)
            outcome["consents_withdrawn"] += 1
    if user.subscribed:
        user.subscribed = False
        outcome["news_stopped"] = 1
    return dict(outcome)


def forget_message(uow: UnitOfWork, user: LineUser, message_id: str) -> dict:
    """An unsent LINE message: drop what it put into a draft not yet sent, or a file of it
    kept aside after filing (no draft nor ticket yet: LINE's message ids are the sender's)."""
    outcome: Counter = Counter()
    outcome["evidence_removed"] += purge_evidence(
        uow,
        Evidence.line_message_id == message_id,
        Evidence.ticket_id.is_(None),
        Evidence.draft_id.in_(select(Draft.id).where(Draft.user_id == user.id))
        | Evidence.draft_id.is_(None),
    )
    stmt = select(Draft).where(Draft.user_id == user.id, Draft.status == "open")
    for draft in uow.session.scalars(stmt):
        sources = dict(draft.data.get("_msgs") or {})
        fields = sources.pop(message_id, None)
        if fields is None:
            continue
        data = {k: v for k, v in draft.data.items() if k not in fields}
        data["_msgs"] = sources
        draft.data = data
        outcome["fields_removed"] += len(fields)
    return dict(outcome)


def new_export_link(uow: UnitOfWork, user: LineUser, minutes: int) -> str:
    """A one-time download token, valid for `minutes`; only its hash is kept."""
    token = secrets.token_urlsafe(32)
    token_hash = _hash(token)
    uow.session.add(
        ExportLink(
            token_hash=token_hash,
            owner_enc=owner_bindings.seal_export_owner(uow.vault, token_hash, user.id),
            created_at=uow.now(),
            expires_at=uow.now() + timedelta(minutes=minutes),
        )
    )
    return token


def export_link_usable(uow: UnitOfWork, token: str) -> bool:
    """Whether a token would still download (without using it)."""
    stmt = select(ExportLink).where(ExportLink.token_hash == _hash(token))
    link = uow.session.scalars(stmt).first()
    return link is not None and link.used_at is None and link.expires_at > uow.now()


def redeem_export_link(uow: UnitOfWork, token: str) -> LineUser | None:
    """The person a valid, unused token was made for; the token is used up."""
    stmt = select(ExportLink).where(ExportLink.token_hash == _hash(token)).with_for_update()
    link = uow.session.scalars(stmt).first()
    if link is None or link.used_at is not None or link.expires_at <= uow.now():
        return None
    link.used_at = uow.now()
    owner = owner_bindings.export_owner(uow.vault, link)
    return None if owner is None else uow.session.get(LineUser, owner)


def _expire_links(uow: UnitOfWork, user: LineUser) -> None:
    live = select(ExportLink).where(
        ExportLink.used_at.is_(None),
        ExportLink.expires_at > uow.now(),
        ExportLink.owner_enc.is_not(None),
    )
    for link in uow.session.scalars(live):  # a few, each alive for minutes
        if owner_bindings.export_owner(uow.vault, link) == user.id:
            link.used_at = uow.now()


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("ascii", "replace")).hexdigest()
