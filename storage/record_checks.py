"""Checking the tamper-evident record: one ticket or all, and remembering each full check."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import func, select, update

from storage import (
    access_seals,
    member_seals,
    owner_bindings,
    public_tally,
    record_anchors,
    record_journal,
    row_seals,
    start_witness,
    ticket_chain,
    transparency_releases,
)
from storage.models import Ticket, TicketEvent
from storage.transparency_models import ChainVerification
from storage.uow import UnitOfWork

BATCH = 2000
RELEASE = "release "  # how the releases' problems are named among the broken
COUNTS = "public figures"  # and the kept counts' (counted again from the tickets)


@dataclass
class CheckResult:
    """How many tickets were checked, which are broken and why, and the store's fingerprint."""

    checked: int = 0
    broken: dict[str, list[str]] = field(default_factory=dict)
    store_digest: str = ""

    def record_broken(self) -> bool:
        """Whether a ticket's record or an anchor is broken (not only a release's figures or
        the kept public counts):
        then no new anchor may be made, so a rollback is never anchored as the truth."""
        return any(not name.startswith(RELEASE) and name != COUNTS for name in self.broken)


def check(
    uow: UnitOfWork, reference: str | None = None, anchor_folder: str | None = None
) -> CheckResult:
    """Verify the chains of one ticket (by reference) or of all, reading only stored rows, and
    against the latest anchor the application published (a rolled-back chain shows there);
    a whole check with `anchor_folder` also against the anchor files kept there. Every chain
    is read once, whatever it is held against."""
    result = CheckResult()
    fingerprint = hashlib.sha256()
    latest = record_anchors.latest_check(uow, reference)
    folder = ({}, None)
    if reference is None and anchor_folder:
        folder = record_anchors.folder_check(uow, anchor_folder)
    comparisons = [c for _, c in (latest, folder) if c is not None]
    # Read through the session's connection: rows as the driver gives them, no ORM on the way.
    rows = ticket_chain.stored_batches(uow.session.connection(), reference, BATCH, raw_times=True)
    for batch in rows:
        for ticket, entries, mentions in batch:
            result.checked += 1
            fingerprint.update(f"{ticket.reference}:{ticket.chain_seal}\n".encode())
            found = ticket_chain.problems(ticket, entries, mentions, uow.vault)
            for item in mentions.get("evidence", ()):
                wrong = row_seals.clean_problem(uow.vault, item)
                if wrong:
                    found.append(wrong)
            if found:
                result.broken[ticket.reference] = found
            for comparison in comparisons:
                comparison.see(ticket, entries)
    for found in (record_anchors.merged(*latest), record_anchors.merged(*folder)):
        for ref, problems in found.items():
            result.broken.setdefault(ref or "anchor", []).extend(problems)
    result.store_digest = fingerprint.hexdigest()
    return result


def record(uow: UnitOfWork, result: CheckResult, scope: str, source: str, started) -> None:
    """Keep a verification run (the transparency page shows the last full one)."""
    check = ChainVerification(
        started_at=started,
        finished_at=uow.now(),
        scope=scope,
        source=source,
        checked=result.checked,
        broken=len(result.broken),
        store_digest=result.store_digest,
        detail="; ".join(sorted(result.broken))[:2000] or None,
    )
    uow.session.add(check)
    uow.session.flush()
    record_journal.note_check(uow, check.id)


def last_full_check(uow: UnitOfWork) -> ChainVerification | None:
    """The latest check of the whole store."""
    stmt = (
        select(ChainVerification)
        .where(ChainVerification.scope == "all")
        .order_by(ChainVerification.started_at.desc(), ChainVerification.id.desc())
        .limit(1)
    )
    return uow.session.scalars(stmt).first()


def head_of(uow: UnitOfWork, ticket_id: int) -> tuple[str | None, int]:
    """What the complainant's receipt, `/status` and LINE show, so the latest state can be
    compared: the hash of the latest entry the complainant sees on their timeline and how
    many they see. Internal entries (notes, a reviewer linking or unlinking the ticket to
    another) change neither: counted, they would tell a reporter that their ticket was
    linked. The record's own head and count are checked by `tickets verify` and the anchors."""
    seen = (TicketEvent.ticket_id == ticket_id, TicketEvent.internal.is_(False))
    count = uow.session.scalar(select(func.count(TicketEvent.id)).where(*seen))
    latest = select(TicketEvent.entry_hash).where(*seen).order_by(TicketEvent.id.desc()).limit(1)
    return uow.session.scalar(latest), count or 0


def reseal(uow: UnitOfWork) -> int:
    """Seal every intact record with the newest RECORD_SEAL_KEY (`keys rotate`). A broken
    record is left as it is, so it stays seen; a seal made without the key is never taken."""
    done = 0
    for batch in ticket_chain.stored_batches(uow.session, None, BATCH):
        for ticket, entries, mentions in batch:
            if ticket_chain.problems(ticket, entries, mentions, uow.vault):
                continue
            fresh = ticket_chain.seal(uow.vault, ticket.chain_head, ticket, mentions)
            if ticket.chain_seal != fresh:
                stmt = update(Ticket).where(Ticket.id == ticket.id).values(chain_seal=fresh)
                uow.session.execute(stmt)
                done += 1
    return done


def check_and_record(
    uow: UnitOfWork,
    reference: str | None,
    source: str,
    anchor_folder: str | None = None,
    audit_retention: timedelta | None = None,
) -> CheckResult:
    """Check one ticket or the whole store, and keep the run (the caller commits). A whole
    check also holds the published anchors against the files kept in `anchor_folder` and every
    entry journalled there against the chains (`record_journal`), checks every declared
    conflict's seal (`row_seals`), checks the public figures' releases (their seals, their
    chain, the current one's date), and holds the kept public counts and durations against
    the tickets (counted again, and reported, when they differ)."""
    started = uow.now()
    result = check(uow, reference, anchor_folder)
    if reference is None and anchor_folder:
        found_in = record_journal.problems(uow, anchor_folder, audit_retention)
        refusals = start_witness.refusal_problems(uow, anchor_folder)
        for ref, found in (start_witness.problems(uow, anchor_folder) | refusals).items():
            found_in.setdefault(ref, []).extend(found)
        for ref, found in found_in.items():
            result.broken.setdefault(ref, []).extend(found)
    if reference is None:
        result.broken.update(row_seals.conflict_problems(uow))
        for name, found in owner_bindings.problems(uow.session, uow.vault).items():
            result.broken.setdefault(name, []).extend(found)
        result.broken.update(row_seals.agency_problems(uow))
        result.broken.update(row_seals.alias_problems(uow))
        result.broken.update(access_seals.policy_problems(uow))
        for name, found in member_seals.member_problems(uow).items():
            result.broken.setdefault(name, []).extend(found)
        for day, found in transparency_releases.problems(uow, anchor_folder).items():
            result.broken.setdefault(RELEASE + day, []).extend(found)
        counted = public_tally.recount(uow.session, uow.settings.tz.key).problems
        if counted:
            result.broken[COUNTS] = [
                *counted,
                "changed outside the application: counted again from the tickets",
            ]
    record(uow, result, reference or "all", source, started)
    return result


@dataclass
class CodeHeld:
    """A chair's code held against the record (`held_by_code`): `check` as
    record_anchors.check_code gives it, `problems` what it found besides the start (empty:
    the code's anchor holds), and whether it vouches for the audit log's start, not yet
    witnessed (the caller tells the chairs, then journals it: `start_witness.vouch`)."""

    check: record_anchors.CodeCheck
    problems: list[str] = field(default_factory=list)
    vouches: bool = False


def held_by_code(uow: UnitOfWork, prefix: str, folder: str | None) -> CodeHeld:
    """Hold the record against the anchor of a chair's code (`tickets verify --code`). When
    it holds, and its witness holds the audit log's start as the database does (or, made
    before anchors held the start, it is the latest anchor published), it `vouches` for the
    start: the code left the machine, so whoever deleted the start and its anchors could not
    have made it. Nothing is journalled here: the chairs are told first (fixA34)."""
    found = record_anchors.check_code(uow, prefix, folder)
    day = found.day.isoformat() if found.day else "?"
    if found.state == "missing":
        reason = (
            "no anchor published here has this code: typed right, the database was put back"
            " to before it, or its anchors were deleted or rewritten"
        )
        return CodeHeld(found, [reason])
    if found.state in ("changed", "unlisted"):
        return CodeHeld(found, [f"the anchor of {day} of this code is {found.state}"])
    others = {k: v for k, v in found.put_back.items() if k != start_witness.NAME}
    wrong = [p for ps in (*found.broken.values(), *others.values()) for p in ps]
    if wrong:
        return CodeHeld(found, wrong)
    row = start_witness.current(uow)
    latest = record_anchors.published(uow, 1)
    # Only an anchor the application made (keyed seal) vouches: the code of a row a writer
    # inserted with the public SHA-256 is intact too (fixA33, round 33).
    if found.sealed and (
        start_witness.holds(found.witness, row)
        or (not record_anchors.starts(found.witness) and latest and latest[0].id == found.anchor.id)
    ):
        vouches = (
            bool(folder)
            and row is not None
            and not start_witness.witnessed(folder, uow.vault, start_witness.text_of(row))
        )
        return CodeHeld(found, [], vouches)
    if row is None or not start_witness.claimed(uow, row, folder):
        return CodeHeld(found)
    if not found.sealed:
        reason = (
            f"the anchor of {day} of this code holds, but it carries no keyed seal (made before"
            " anchors were sealed, or written in SQL): it cannot witness the audit log's start;"
            " give a later code, or accept the start at the shell (`tickets anchor"
            " --accept-start`: the chairs are told)"
        )
        return CodeHeld(found, [reason])
    return CodeHeld(
        found,
        [
            f"the anchor of {day} of this code holds, but it does not hold the audit log's"
            " start as the database does now and is not the latest anchor: give the latest"
            " code a chair received"
        ],
    )
