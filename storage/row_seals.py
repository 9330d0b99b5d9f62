"""Keyed seals of rows that belong to no ticket's record: a member's declared conflicts, and
which file is an evidence row's clean copy.

Like the ticket's seal (ticket_chain.keyed_seal), each is an HMAC under RECORD_SEAL_KEY, a
key the database does not hold, so whoever can only write to the database cannot make a row
they changed fit. Both fail closed: a conflict whose removal does not fit is still in force
(`removal_holds`), and a clean copy whose mark does not fit is no clean copy (`clean_fits`),
so only the chair receives that file, as the original. The application seals what it writes
on every flush (`seal_on_flush`); `keys rotate` seals again with the newest key (`reseal`).
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from types import SimpleNamespace

from sqlalchemy import inspect, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from storage import journal_lines
from storage.crypto import Vault
from storage.insider_models import Agency, AgencyAlias
from storage.journal_lines import (
    AGENCY_PREFIX,
    CONFLICT_PREFIX,
    JOURNAL_TIE,
    TIE_PREFIX,
    JournalLines,
)
from storage.models import Evidence, MemberConflict
from storage.types import session_vault, utcnow
from storage.uow import UnitOfWork

# What a conflict's seal covers: the tie, and whether and by whom it was undone. Not its id
# (sealed before its INSERT gives it one: member, kind and value are one row), nor the
# agency record it points to (a merge repoints it; the typed value still counts for recusal).
CONFLICT_FIELDS = ("member_id", "kind", "value", "declared_at", "removed_at", "removed_by")


def sealed_value(value):
    """A column's value as a seal's payload holds it (a time as UTC ISO text, to the
    microsecond: stored times come back in UTC, the clock's may not be)."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat(timespec="microseconds")
    return value


def _conflict_payload(conflict) -> bytes:
    body = {"member_conflict": {n: sealed_value(getattr(conflict, n)) for n in CONFLICT_FIELDS}}
    return json.dumps(body, sort_keys=True, ensure_ascii=False).encode("utf-8")


def conflict_seal(vault: Vault, conflict) -> str:
    """The seal of a declared conflict (an ORM row or a stored row) under the newest key."""
    return vault.seals(_conflict_payload(conflict))[0]


def conflict_fits(vault: Vault, conflict) -> bool:
    """Whether a stored conflict is as the application wrote it (any configured key)."""
    return vault.seal_fits(conflict.seal, _conflict_payload(conflict))


def removal_holds(vault: Vault, conflict) -> bool:
    """Whether a conflict marked removed was removed by the application: one marked removed
    in the database alone still keeps the tickets from its member."""
    return conflict.removed_at is not None and conflict_fits(vault, conflict)


# What a tie's record mark covers: the tie and the agency record it points to. Apart from
# the seal (which the record journal holds as written), so that marking the ties stored
# before migration 0036 left every seal as it was.
TIE_RECORD_FIELDS = ("member_id", "kind", "value", "agency_id")


def _tie_record_payload(conflict) -> bytes:
    body = {"tie_record": {n: getattr(conflict, n) for n in TIE_RECORD_FIELDS}}
    return json.dumps(body, sort_keys=True, ensure_ascii=False).encode("utf-8")


def tie_record_mark(vault: Vault, conflict) -> str:
    """The mark of which agency record a tie points to, under the newest key."""
    return vault.seals(_tie_record_payload(conflict))[0]


def tie_record_holds(vault: Vault, conflict, journal: JournalLines | None = None) -> bool:
    """Whether the agency record a tie points to is the one the application gave it, and
    (with the record `journal`) not one it gave before and has since replaced (a merge: the
    tie and its mark copied back from an older copy of the database)."""
    if journal is not None and journal.tie_superseded(
        tie_keys(vault, conflict), conflict.record_mark
    ):
        return False
    return vault.seal_fits(conflict.record_mark, _tie_record_payload(conflict))


JOURNAL_PREFIX = CONFLICT_PREFIX
# A tie's digest in a journal name: hex characters of its keyed index. The unkeyed digests
# written before were 16 characters long, so a line tells which kind it is.
DIGEST_CHARS = 32


LEGACY_CHARS = 16


def legacy_digest(value: str) -> str:
    """The unkeyed digest the record journal named a tie's text by before its names were
    keyed: only read, never written again (`keys rotate` names such lines again)."""
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:LEGACY_CHARS]


def is_legacy_name(name: str) -> bool:
    """Whether a tie's journal name (`M:K:D`, without its prefix) has an unkeyed digest."""
    return len(name.rsplit(":", 1)[-1]) == LEGACY_CHARS


def retired_digest(vault: Vault, legacy_name: str) -> str:
    """A keyed name's digest for an unkeyed one whose text is found nowhere (`keys rotate`):
    the journal keeps that a tie of the member was declared, and no longer what it says."""
    return vault.indexes(f"retired:{legacy_name}", JOURNAL_TIE)[0][:DIGEST_CHARS]


def tie_digests(vault: Vault, member_id, kind: str, value: str) -> list[str]:
    """Every digest by which the record journal may name one member's tie: keyed under each
    DATA_LOOKUP_KEY (newest first; its own purpose, over the member, the kind and the text,
    so that neither hashing agency names and district codes nor comparing two members'
    lines tells a reader of the journal a tie), then the unkeyed one of lines written
    before (docs/insider.md, "Ties in the record journal")."""
    keyed = vault.indexes(f"{member_id}:{kind}:{value}", JOURNAL_TIE)
    return [*(d[:DIGEST_CHARS] for d in keyed), legacy_digest(value)]


def tie_keys(vault: Vault, conflict) -> list[str]:
    """Every name, without its prefix (`M:K:D`), the journal may have for a tie: the one
    written now first (`tie_digests`)."""
    digests = tie_digests(vault, conflict.member_id, conflict.kind, conflict.value)
    return [f"{conflict.member_id}:{conflict.kind}:{d}" for d in digests]


def tie_journal_name(vault: Vault, conflict) -> str:
    """How the record journal names a tie's record mark (as `journal_name`, another prefix)."""
    return TIE_PREFIX + tie_keys(vault, conflict)[0]


def journal_name(vault: Vault, conflict) -> str:
    """How the record journal names a declared conflict now (no spaces, no agency's name:
    the member, the kind and a keyed digest of the value)."""
    return JOURNAL_PREFIX + tie_keys(vault, conflict)[0]


# What an agency record's mark covers: whether a chair reviewed it and what it was merged
# into, bound to its id (recusal keeps a record neither from every tied member), and what
# recusal reads of it: its name and key (an agency tie's spellings) and its district (a
# district tie's records).
AGENCY_FIELDS = ("id", "reviewed", "merged_into_id", "name", "key", "district")
# What the marks made by migration 0035 covered.
AGENCY_FIELDS_0035 = AGENCY_FIELDS[:3]


def _agency_payload(agency, fields=AGENCY_FIELDS) -> bytes:
    body = {"agency": {n: getattr(agency, n) for n in fields}}
    return json.dumps(body, sort_keys=True).encode("utf-8")


def agency_mark(vault: Vault, agency) -> str:
    """The mark of an agency record's review and merge under the newest key."""
    return vault.seals(_agency_payload(agency))[0]


def agency_holds(vault: Vault, agency, journal: JournalLines | None = None) -> bool:
    """Whether a record's review, merge, name, key and district are the application's (and,
    with the record `journal`, not an older state it has since replaced: the record copied
    back from before a merge). One that does not hold is unknown to recusal: kept from every
    member with a tie."""
    if journal is not None and journal.agency_superseded(agency.id, agency.mark):
        return False
    return vault.seal_fits(agency.mark, _agency_payload(agency))


def agency_problems(uow: UnitOfWork) -> dict[str, list[str]]:
    """Each agency record marked reviewed or merged outside the application, for `tickets
    verify`."""
    table = Agency.__table__
    stmt = select(*(table.c[n] for n in (*AGENCY_FIELDS, "mark"))).order_by(table.c.id)
    journal = journal_lines.of_session(uow.session)
    return {
        f"agency {row.id}": [
            f"agency record {row.id} was marked reviewed or merged, renamed or moved to"
            " another district outside the application: it is kept from every member with a"
            " tie until a chair reviews it"
        ]
        for row in uow.session.execute(stmt)
        if not agency_holds(uow.vault, row, journal)
    }


# What a spelling's mark covers: the spelling (its comparison key, unique) and the record it
# was resolved to. Recusal scores a tie against every record's spellings, so a spelling
# rewritten or moved to another record in the database alone could free a tied member.
ALIAS_FIELDS = ("key", "agency_id")


def row_payload(kind: str, row, fields) -> bytes:
    """What a seal of `row` covers: its `fields` as `sealed_value` holds them, under `kind`
    (the seals written since 0046; the older ones above keep their own shapes)."""
    body = {kind: {n: sealed_value(getattr(row, n)) for n in fields}}
    return json.dumps(body, sort_keys=True, ensure_ascii=False).encode("utf-8")


def _alias_payload(alias) -> bytes:
    return row_payload("agency_alias", alias, ALIAS_FIELDS)


def alias_mark(vault: Vault, alias) -> str:
    """The mark of a spelling and the record it belongs to, under the newest key."""
    return vault.seals(_alias_payload(alias))[0]


def alias_holds(vault: Vault, alias) -> bool:
    """Whether a stored spelling belongs to its record as the application wrote it."""
    return vault.seal_fits(alias.mark, _alias_payload(alias))


def unmarked_alias_records(session: Session, vault: Vault) -> dict[int, list[int]]:
    """The records holding a spelling whose mark does not fit (each with those spellings'
    ids): unknown to recusal, as a record whose own mark does not fit."""
    table = AgencyAlias.__table__
    found: dict[int, list[int]] = {}
    for row in session.execute(select(table.c.id, table.c.mark, *map(table.c.get, ALIAS_FIELDS))):
        if not alias_holds(vault, row):
            found.setdefault(row.agency_id, []).append(row.id)
    return found


def alias_problems(uow: UnitOfWork) -> dict[str, list[str]]:
    """Each record holding a spelling rewritten or moved outside the application, for
    `tickets verify`."""
    return {
        f"agency {agency_id} spelling": [
            f"agency record {agency_id}'s spellings {', '.join(map(str, sorted(ids)))} were"
            " rewritten or moved to it outside the application: it is kept from every member"
            " with a tie until a chair reviews it"
        ]
        for agency_id, ids in sorted(unmarked_alias_records(uow.session, uow.vault).items())
    }


def mark_aliases(session: Session, agency_ids: set[int]) -> None:
    """Mark every spelling of these records as it stands (a chair reviewed the record)."""
    vault = session_vault(session)
    for alias in session.scalars(select(AgencyAlias).where(AgencyAlias.agency_id.in_(agency_ids))):
        alias.mark = alias_mark(vault, alias)


def mark_stored_aliases(conn, vault: Vault, unmarked_only: bool = False) -> int:
    """Mark every spelling as stored (migration 0046: what the database holds at the
    upgrade is taken as the application's; `keys rotate` then marks those never marked,
    `unmarked_only`, as it binds values never bound). Returns how many."""
    from storage import bulk_rewrite

    table = AgencyAlias.__table__
    stmt = select(table.c.id, *map(table.c.get, ALIAS_FIELDS))
    if unmarked_only:
        stmt = stmt.where(table.c.mark.is_(None))
    marked = [{"id": row.id, "mark": alias_mark(vault, row)} for row in conn.execute(stmt)]
    bulk_rewrite.update_many(conn, table, marked)
    return len(marked)


def _clean_payload(evidence_id: int, clean_path: str) -> bytes:
    body = {"clean_copy": {"evidence": evidence_id, "key": clean_path}}
    return json.dumps(body, sort_keys=True).encode("utf-8")


def clean_mark(vault: Vault, evidence_id: int, clean_path: str) -> str:
    """The keyed mark saying that `clean_path` is evidence `evidence_id`'s re-encoded copy."""
    return vault.seals(_clean_payload(evidence_id, clean_path))[0]


def clean_fits(vault: Vault, evidence) -> bool:
    """Whether an evidence row's clean copy is the one the application re-encoded for it (a
    row with no clean copy has none that fits)."""
    if not evidence.clean_path:
        return False
    return vault.seal_fits(evidence.clean_mark, _clean_payload(evidence.id, evidence.clean_path))


def clean_problem(vault: Vault, evidence) -> str | None:
    """What `tickets verify` says of an evidence row whose clean copy is not its own."""
    if not evidence.clean_path or clean_fits(vault, evidence):
        return None
    return (
        f"evidence {evidence.id}: which file is its clean copy was changed outside the"
        " application (members other than the chair get no copy of it)"
    )


def _as_stored(obj, names=(*CONFLICT_FIELDS, "seal")) -> SimpleNamespace:
    """A row's covered columns as they were loaded, before this session changed them."""
    committed = inspect(obj).committed_state
    return SimpleNamespace(**{n: committed.get(n, getattr(obj, n)) for n in names})


def seal_on_flush(session: Session, _context, _instances) -> None:
    """Seal every declared conflict this flush writes, and mark every clean copy it names.

    A conflict changed outside the application keeps its old seal unless the application now
    puts it back in force (fail closed: a removal is never sealed over a forged row)."""
    vault = None
    for obj in (*session.new, *session.dirty):
        if obj in session.deleted:
            continue
        if isinstance(obj, MemberConflict):
            vault = vault or session_vault(session)
            if obj.declared_at is None:  # its default, now, so that what is sealed is stored
                obj.declared_at = utcnow()
            fits = obj in session.new or conflict_fits(vault, _as_stored(obj))
            if fits or obj.removed_at is None:
                obj.seal = conflict_seal(vault, obj)
            # Only a record the application points the tie to now (a declaration, a merge).
            if obj in session.new or inspect(obj).attrs.agency_id.history.has_changes():
                obj.record_mark = tie_record_mark(vault, obj)
        elif isinstance(obj, AgencyAlias):
            # A new spelling, or one a merge moves: never one a writer changed (fail closed).
            state = inspect(obj)
            moved = state.attrs.agency_id.history.has_changes()
            if obj in session.new or (moved and _alias_fitted(session, obj)):
                vault = vault or session_vault(session)
                obj.mark = alias_mark(vault, obj)
        elif isinstance(obj, Agency) and obj.id is not None:
            # Reviewed or merged (or set so again) by the application now.
            state = inspect(obj)
            if set(AGENCY_FIELDS) & set(state.committed_state):
                vault = vault or session_vault(session)
                obj.mark = agency_mark(vault, obj)
        elif isinstance(obj, Evidence) and obj.id is not None and obj.clean_path:
            # Only a clean copy the application names now: never one a writer put there.
            if inspect(obj).attrs.clean_path.history.has_changes():
                vault = vault or session_vault(session)
                obj.clean_mark = clean_mark(vault, obj.id, obj.clean_path)


def _alias_fitted(session: Session, alias) -> bool:
    return alias_holds(session_vault(session), _as_stored(alias, (*ALIAS_FIELDS, "mark")))


def mark_new_on_flush(session: Session, _context) -> None:
    """Mark the clean copy of each evidence row this flush inserted with one (its mark names
    its id, which the INSERT has just given it)."""
    vault = None
    for obj in session.new:
        if isinstance(obj, Agency) and obj.id is not None:
            vault = vault or session_vault(session)
            mark = agency_mark(vault, obj)
            table = Agency.__table__
            stmt = update(table).where(table.c.id == obj.id).values(mark=mark)
            session.connection().execute(stmt)
            set_committed_value(obj, "mark", mark)
            journal_lines.note(session, f"{AGENCY_PREFIX}{obj.id} {mark}")
        if isinstance(obj, Evidence) and obj.clean_path and obj.id is not None:
            vault = vault or session_vault(session)
            mark = clean_mark(vault, obj.id, obj.clean_path)
            table = Evidence.__table__
            stmt = update(table).where(table.c.id == obj.id).values(clean_mark=mark)
            session.connection().execute(stmt)
            set_committed_value(obj, "clean_mark", mark)


def conflict_problems(uow: UnitOfWork) -> dict[str, list[str]]:
    """Each declared conflict whose row changed outside the application, by a name
    `tickets verify` lists it under."""
    found: dict[str, list[str]] = {}
    journal = journal_lines.of_session(uow.session)
    for conflict in uow.session.scalars(select(MemberConflict).order_by(MemberConflict.id)):
        if not tie_record_holds(uow.vault, conflict, journal):
            found[f"conflict {conflict.id} record"] = [
                f"member {conflict.member_id}'s declared conflict ({conflict.kind}"
                f" {conflict.value}) was pointed to another agency record outside the"
                " application: every ticket is kept from the member until a chair accepts or"
                " removes it on /committee/conflicts"
            ]
        if conflict_fits(uow.vault, conflict):
            continue
        state = "marked removed" if conflict.removed_at is not None else "in force"
        found[f"conflict {conflict.id}"] = [
            f"member {conflict.member_id}'s declared conflict ({conflict.kind} {conflict.value},"
            f" {state}) was changed outside the application; it keeps the tickets from the"
            " member as if never removed"
        ]
    return found


def reseal(uow: UnitOfWork) -> int:
    """Seal every conflict and clean copy that fits with the newest key (`keys rotate`); one
    that fits no key is left as it is, so it stays seen. Returns how many were sealed again."""
    done = 0
    vault, journal = uow.vault, journal_lines.of_session(uow.session)
    for conflict in uow.session.scalars(select(MemberConflict)):
        fresh = conflict_seal(vault, conflict)
        if conflict.seal != fresh and conflict_fits(vault, conflict):
            conflict.seal, done = fresh, done + 1
        fresh = tie_record_mark(vault, conflict)
        if conflict.record_mark != fresh and tie_record_holds(vault, conflict, journal):
            conflict.record_mark, done = fresh, done + 1
    for alias in uow.session.scalars(select(AgencyAlias)):
        fresh = alias_mark(vault, alias)
        if alias.mark != fresh and alias_holds(vault, alias):
            alias.mark, done = fresh, done + 1
    # Spellings never marked (0046 run without the keys) are marked as they stand.
    done += mark_stored_aliases(uow.session.connection(), vault, unmarked_only=True)
    stmt = select(Evidence).where(Evidence.clean_path.is_not(None))
    for item in uow.session.scalars(stmt):
        fresh = clean_mark(vault, item.id, item.clean_path)
        if item.clean_mark != fresh and clean_fits(vault, item):
            item.clean_mark, done = fresh, done + 1
    table = Agency.__table__
    for agency in uow.session.execute(select(*(table.c[n] for n in (*AGENCY_FIELDS, "mark")))):
        fresh = agency_mark(vault, agency)
        if agency.mark != fresh and agency_holds(vault, agency, journal):
            stmt = update(table).where(table.c.id == agency.id).values(mark=fresh)
            uow.session.execute(stmt)
            journal_lines.note(uow.session, f"{AGENCY_PREFIX}{agency.id} {fresh}")
            done += 1
    return done


def mark_agencies(conn, vault: Vault) -> int:
    """Mark every agency record's review and merge as stored (migration 0035: what the
    database holds at the upgrade is taken as the application's). Returns how many."""
    from storage import bulk_rewrite

    table = Agency.__table__
    rows = conn.execute(select(*(table.c[n] for n in AGENCY_FIELDS_0035)))
    payloads = ((row.id, _agency_payload(row, AGENCY_FIELDS_0035)) for row in rows)
    marked = [{"id": i, "mark": vault.seals(payload)[0]} for i, payload in payloads]
    bulk_rewrite.update_many(conn, table, marked)
    return len(marked)


def remark_agencies(conn, vault: Vault, district_of=None) -> int:
    """Mark again, now over name, key and district, every agency record whose review and
    merge held before (migration 0036: a record neither reviewed nor merged needed no mark);
    one that did not hold is left, and stays unknown to recusal. Given `district_of` (the
    application's reading of a spelling, as `flask --app bot db upgrade` gives it), a record
    whose district is not the one its first spelling gives is left too: a writer may have
    moved it out of a tied district before this mark covered districts. Returns how many."""
    from storage import bulk_rewrite

    table = Agency.__table__
    moved = set(_moved(conn, district_of)) if district_of is not None else set()
    marked = []
    for row in conn.execute(select(*(table.c[n] for n in (*AGENCY_FIELDS, "mark")))):
        if row.id in moved:
            continue
        held = vault.seal_fits(row.mark, _agency_payload(row, AGENCY_FIELDS_0035))
        if held or agency_holds(vault, row) or (not row.reviewed and row.merged_into_id is None):
            marked.append({"id": row.id, "mark": agency_mark(vault, row)})
    bulk_rewrite.update_many(conn, table, marked)
    return len(marked)


def unmark_moved(conn, district_of) -> list[int]:
    """Clear the mark of every marked agency record whose district is not the one its first
    spelling gives (`district_of`, the application's own reading of a spelling; a spelling
    that names no district tells nothing): migration 0038, for records a writer moved before
    0036 marked their district as stored. Such a record is unknown to recusal (kept from
    every member with a tie, named by `tickets verify`) until a chair reviews it. Returns
    their ids."""
    from storage import bulk_rewrite

    moved = _moved(conn, district_of, marked_only=True)
    bulk_rewrite.update_many(conn, Agency.__table__, [{"id": i, "mark": None} for i in moved])
    return moved


def _moved(conn, district_of, marked_only: bool = False) -> list[int]:
    """The agency records whose district is not the one their first spelling gives."""
    table, aliases = Agency.__table__, AgencyAlias.__table__
    first: dict[tuple[int, str], str] = {}
    stmt = select(aliases.c.agency_id, aliases.c.key, aliases.c.sample).order_by(aliases.c.id)
    for row in conn.execute(stmt):
        first.setdefault((row.agency_id, row.key), row.sample)
    moved = []
    stmt = select(table.c.id, table.c.key, table.c.district)
    if marked_only:
        stmt = stmt.where(table.c.mark.is_not(None))
    for row in conn.execute(stmt.order_by(table.c.id)):
        sample = first.get((row.id, row.key))
        said = district_of(sample) if sample else None
        if said is not None and said != row.district:
            moved.append(row.id)
    return moved


def mark_tie_records(conn, vault: Vault) -> int:
    """Mark which record every declared tie points to as stored (migration 0036: what the
    database holds at the upgrade is taken as the application's). Returns how many."""
    from storage import bulk_rewrite

    conflicts = MemberConflict.__table__
    stmt = select(conflicts.c.id, *(conflicts.c[n] for n in TIE_RECORD_FIELDS))
    marked = [
        {"id": row.id, "record_mark": tie_record_mark(vault, row)} for row in conn.execute(stmt)
    ]
    bulk_rewrite.update_many(conn, conflicts, marked)
    return len(marked)


def mark_stored(conn, vault: Vault) -> int:
    """Seal every declared conflict and mark every clean copy as stored (migration 0026:
    what the database holds at the upgrade is taken as the application's). Returns how many
    rows were written."""
    from storage import bulk_rewrite

    conflicts = MemberConflict.__table__
    stmt = select(conflicts.c.id, *(conflicts.c[n] for n in CONFLICT_FIELDS))
    sealed = [{"id": row.id, "seal": conflict_seal(vault, row)} for row in conn.execute(stmt)]
    bulk_rewrite.update_many(conn, conflicts, sealed)
    evidence = Evidence.__table__
    stmt = select(evidence.c.id, evidence.c.clean_path).where(evidence.c.clean_path.is_not(None))
    marked = [
        {"id": row.id, "clean_mark": clean_mark(vault, row.id, row.clean_path)}
        for row in conn.execute(stmt)
    ]
    bulk_rewrite.update_many(conn, evidence, marked)
    return len(sealed) + len(marked)
