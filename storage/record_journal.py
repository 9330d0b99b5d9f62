"""Every timeline entry the application writes, noted outside the database as it commits.

A daily anchor holds each ticket's head as it was that day; an entry written since (a note, a
step) was held by nothing but the database, so a writer without keys who copied the ticket's
row and seal back and deleted the entry rolled it back unseen, and the next anchor took the
rolled-back state as the truth. So each committed entry's hash is appended, with its ticket's
reference (both keyed: journal_lines.ticket_line), to a journal in RECORD_ANCHOR_DIR
(`journal-YYYY-MM-DD.log`, UTC day), and a whole `tickets verify` (and the daily job, before it
anchors) finds every journalled entry still in its ticket's chain. So is each declared
conflict's seal as the application writes it (a declaration, a removal): a conflict row
deleted, or put back as it was before, shows. So is each member's version as the application
seals it (storage/member_seals.py): the latest one of each member is also kept in a small file
of its own (`members/N`), which a request reads instead of the whole journal, so a member row
copied back from an older copy of the database (its seal then valid) is older than the journal
and does not fit. Like the anchor files, it is only as safe as that folder: share it between
hosts, and copy it off the host.
"""

from __future__ import annotations

import logging
import os
import random
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from time import monotonic, sleep

from sqlalchemy import String, cast, event, func, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from storage import file_locks, journal_lines, row_seals
from storage.audit import OPERATOR_HASH
from storage.insider_models import Agency
from storage.journal_lines import (
    ACCOUNT_PREFIX,
    AGENCY_PREFIX,
    ANCHORED_START_PREFIX,
    AUDIT_CUT_PREFIX,
    AUDIT_PREFIX,
    AUDIT_START_PREFIX,
    CHECKED_PREFIX,
    CODE_PREFIX,
    ERASED_PREFIX,
    FOLDER,
    MEMBER_PREFIX,
    OWN_PREFIXES,
    PENDING,
    RENAMED_PREFIX,
    ROLE_PREFIX,
    TICKET_PREFIX,
    Marks,
    merged,
    read,
)
from storage.models import AuditEntry, AuditStart, Member, MemberConflict, Ticket, TicketEvent
from storage.transparency_models import ChainVerification
from storage.types import as_utc, session_vault
from storage.uow import UnitOfWork

log = logging.getLogger(__name__)
MEMBERS = "members"  # the folder of each member's latest version, beside the journal
# Each role the application ever sealed a member with: a line `role:chair` (no space, so no
# check reads it as an entry), and a file of that name in ROLES, beside the journal.
ROLES = "roles"
# Held (flock) by whoever appends to a journal file and by `rewrite` while it replaces one, in
# every process: a line appended in the instant of the replacement would land in the old file.
LOCK = ".journal.lock"
APPEND_WAIT = 10.0  # seconds an append waits for a rewrite; then it appends unlocked
REWRITE_WAIT = 60.0  # seconds `rewrite` waits for the appenders; then it refuses
_random = random.SystemRandom()


# The folder and what is in it are the bot's account's alone: another local account that
# can read a journal file may flock it, and every commit's append would wait on it.
FOLDER_MODE, FILE_MODE = 0o700, 0o600


def make_folder(folder: str | Path) -> Path:
    """The folder (or one inside it), made the bot's alone if it was not there."""
    where = Path(folder)
    where.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    return where


def tighten(folder: str | Path) -> int:
    """Close the folder and everything in it to other local accounts (0700 folders, 0600
    files), logging each that was looser; returns how many were changed."""
    where, done = Path(folder), 0
    if not where.is_dir():
        return 0
    for path in (where, *where.rglob("*")):
        if path.is_symlink():
            continue
        wanted = FOLDER_MODE if path.is_dir() else FILE_MODE
        mode = path.stat().st_mode & 0o777
        if mode & ~wanted:
            path.chmod(mode & wanted)
            log.warning("record journal: %s was open to others (%o): closed", path, mode)
            done += 1
    return done


def install(factory: sessionmaker, folder: str | Path | None) -> None:
    """Journal the entries every session of `factory` commits into `folder` (none: off),
    its folder first closed to other local accounts (`tighten`). The caller notes the audit
    log's start (`note_audit_start`) once the factory's vault is attached."""
    if not folder:
        return
    try:
        tighten(folder)
    except OSError as exc:
        log.error("record journal folder %s not closed to others: %s", folder, exc)
    factory.configure(info={**factory.kw.get("info", {}), FOLDER: str(folder)})

    def collect(session: Session, _context, _instances) -> None:
        # Runs after the seal listener (installed first), so each new entry has its hash.
        pending = session.info.setdefault(PENDING, [])
        for obj in session.new:
            if isinstance(obj, TicketEvent) and obj.entry_hash:
                ticket = obj.ticket or session.get(Ticket, obj.ticket_id)
                vault = session_vault(session)
                pending.append(journal_lines.ticket_line(vault, ticket.reference, obj.entry_hash))
        for obj in (*session.new, *session.dirty):
            if isinstance(obj, MemberConflict) and obj.seal and obj not in session.deleted:
                vault = session_vault(session)
                pending.append(f"{row_seals.journal_name(vault, obj)} {obj.seal}\n")
            # Each record mark the application makes now (not one a row was loaded with).
            if isinstance(obj, MemberConflict) and obj.record_mark and _made(obj, "record_mark"):
                vault = session_vault(session)
                pending.append(f"{row_seals.tie_journal_name(vault, obj)} {obj.record_mark}\n")
            elif isinstance(obj, Agency) and obj.id is not None and obj.mark and _made(obj, "mark"):
                pending.append(f"{AGENCY_PREFIX}{obj.id} {obj.mark}\n")

    def collect_audit(session: Session, _context) -> None:
        # After the flush, so each new entry has its id (marked too: rows renumbered show);
        # who saw or did what: its deletion shows too.
        for obj in session.new:
            if isinstance(obj, AuditEntry):
                line = journal_lines.audit_line(session_vault(session), obj)
                session.info.setdefault(PENDING, []).append(line)

    def write(session: Session) -> None:
        lines = session.info.pop(PENDING, [])
        if lines:
            _append(folder, _unordered(lines))

    def forget(session: Session) -> None:
        session.info.pop(PENDING, None)

    event.listen(factory, "before_flush", collect)
    event.listen(factory, "after_flush", collect_audit)
    event.listen(factory, "after_commit", write)
    event.listen(factory, "after_rollback", forget)


def _unordered(lines: list[str]) -> list[str]:
    """A commit's ticket lines in a random order, first (the order of the others, a tie's
    marks the latest last, is kept): which entry was written first tells nothing."""
    entries = [line for line in lines if line.startswith(TICKET_PREFIX)]
    _random.shuffle(entries)
    return entries + [line for line in lines if not line.startswith(TICKET_PREFIX)]


def _made(obj, attribute: str) -> bool:
    return bool(inspect(obj).attrs[attribute].history.added)


def append_now(folder: str | Path, lines: list[str]) -> None:
    """Append `lines` at once, not on a commit (a migration); JournalUnavailable when the
    folder cannot be written."""
    try:
        make_folder(folder)
        with exclusive(folder, APPEND_WAIT):
            _write_today(folder, lines)
        _keep_roles(folder, lines)
    except OSError as exc:
        raise JournalUnavailable(
            f"the record journal folder {folder} (RECORD_ANCHOR_DIR) cannot be written: {exc}"
        ) from exc


def rewrite(folder: str | Path, change) -> int:
    """Write each journal file again with every line passed through `change` (a line, or
    None to drop it), each file replaced whole while no process appends (the folder's lock,
    `exclusive`); JournalUnavailable when the appenders hold it past REWRITE_WAIT. Only `keys
    rotate` does this (unkeyed tie names, handlers/directory/vouched_ties.py). Returns how
    many lines changed."""
    changed = 0
    for path in sorted(Path(folder).glob("journal-*.log")):
        with exclusive(folder, REWRITE_WAIT) as locked:
            if not locked:
                raise JournalUnavailable(f"the record journal in {folder} stayed locked")
            changed += _rewrite_file(path, change)
    if changed:
        journal_lines.forget(folder)
    return changed


def _rewrite_file(path: Path, change) -> int:
    with path.open("rb") as handle:
        lines = handle.read().decode("utf-8", "replace").splitlines(keepends=True)
        fresh = [change(line) for line in lines]
        done = sum(1 for old, new in zip(lines, fresh, strict=True) if old != new)
        if not done:
            return 0
        spare = path.with_name(f".{path.name}.rewrite")
        spare.write_text("".join(line for line in fresh if line is not None), "utf-8")
        os.chmod(spare, os.fstat(handle.fileno()).st_mode & 0o7777)  # as the file was
        os.replace(spare, path)
        # Only a writer that took no lock (one that waited past APPEND_WAIT) appends now.
        late = handle.read().decode("utf-8", "replace")
        if late:
            with path.open("a", encoding="utf-8") as journal:
                journal.write(late)
    return done


@contextmanager
def exclusive(folder: str | Path, wait: float) -> Iterator[bool]:
    """Hold the journal folder's lock (flock, across processes) for as long as the block
    runs: the folder itself, which whoever writes inside it cannot unlink or replace, then
    the file beside the journals; yields False when they could not be had within `wait`
    seconds (held by another, or the lock file cannot be opened)."""
    # Never waits on a planted pipe or follows a link; read-only is enough for flock.
    flags = os.O_RDONLY | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK
    try:
        held = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError as exc:
        log.error("record journal folder %s not opened: %s", folder, exc)
        yield False
        return
    try:
        lock = os.open(Path(folder) / LOCK, flags, FILE_MODE)
    except OSError as exc:
        os.close(held)
        log.error("record journal lock in %s not opened: %s", folder, exc)
        yield False
        return
    try:
        start = monotonic()
        took = file_locks.take(held, wait, folder=True)
        yield took and file_locks.take(lock, max(0.0, wait - (monotonic() - start)))
    finally:
        os.close(lock)  # closing them lets the locks go
        os.close(held)


def _append(folder: str | Path, lines: list[str]) -> None:
    try:
        make_folder(folder)
        with exclusive(folder, APPEND_WAIT) as locked:
            if not locked:
                log.error("record journal in %s stayed locked: appending unlocked", folder)
            _write_today(folder, lines)
        _keep_member_versions(folder, lines)
        _keep_roles(folder, lines)
    except OSError as exc:  # the entry is committed: the anchors still hold it from tomorrow
        log.error("record journal not written to %s: %s", folder, exc)


def _write_today(folder: str | Path, lines: list[str]) -> None:
    # Opened under the lock, so never a file a rewrite has just replaced.
    path = Path(folder) / f"journal-{datetime.now(UTC).date().isoformat()}.log"
    handle = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NOFOLLOW, FILE_MODE)
    with os.fdopen(handle, "a", encoding="utf-8") as journal:
        journal.write("".join(lines))


def note_member(session: Session, member_id: int, version: int) -> None:
    """Journal a member's new version when this session commits (storage/member_seals.py)."""
    if session.info.get(FOLDER):
        session.info.setdefault(PENDING, []).append(f"{MEMBER_PREFIX}{member_id} {version}\n")


def note_role(session: Session, role: str) -> None:
    """Journal that the application sealed a member with `role`, when this session commits:
    a database writer who wipes every chair cannot make the journal forget there was one."""
    if session.info.get(FOLDER) and role and role.isalnum():
        session.info.setdefault(PENDING, []).append(f"{ROLE_PREFIX}{role}\n")


def note_check(uow, check_id: int) -> None:
    """Journal that the application kept a check of the record (its `chain_verifications`
    id) under the current audit start, keyed (`journal_lines.checked_marks`), when this
    session commits: a database that was checked before a start adopting nothing was in use
    (`start_witness.stored_before`)."""
    folder = uow.session.info.get(FOLDER)
    if folder:
        start = _start_text(uow, folder)[1] or ""
        mark = journal_lines.checked_marks(uow.vault, check_id, start)[0]
        uow.session.info.setdefault(PENDING, []).append(f"{CHECKED_PREFIX}{mark}\n")


def note_code_use(session: Session, code_hash: str, member_id: int) -> None:
    """Journal that a join code (its keyed hash as stored) was used by a member, when this
    session commits: the unused row copied back from a backup is still used."""
    if session.info.get(FOLDER) and code_hash.isalnum():
        session.info.setdefault(PENDING, []).append(f"{CODE_PREFIX}{code_hash} {member_id}\n")


def note_erasure(session: Session, person: str, at: datetime) -> None:
    """Journal that a person (their LINE id's keyed index, JOURNAL_ERASED) was erased at
    `at`, when this session commits: a backup made before it, restored, has it replayed."""
    if session.info.get(FOLDER) and person.isalnum():
        when = at.astimezone(UTC).isoformat()
        session.info.setdefault(PENDING, []).append(f"{ERASED_PREFIX}{person} {when}\n")


# The audit log's highest id when this folder first journalled, when, and how many entries up
# to it the folder journalled then (`N T C`): every entry after N was written with the journal
# on, and each one up to it was journalled at the start, so each stored entry must have its
# line (`audit_problems`). A folder noted before starts covered their entries holds `N T`.
# The same start is journalled, keyed (`audit-start:M`), and kept in the database's
# `audit_start` row, sealed with the same mark: the file cut back or deleted, the row deleted
# or changed, or a new folder beside a database that had one, shows (`start_problems`).
AUDIT_START_FILE = "audit-start"
START_ROW = 1  # the id of the one `audit_start` row


def note_audit_start(factory: sessionmaker, folder: str | Path) -> None:
    """Note, once per folder and database, the audit log's highest id now, and journal each
    entry up to it as it stands (the start covers them): an entry the journal never saw was
    then added by a database writer, whatever its id and date. The start goes in the
    `audit-start` file, in the journal (keyed) and in the database's `audit_start` row
    (sealed). A start once noted is never noted again: with its file gone or cut back, its
    row gone while the folder's start is whole (the row is written again from it), or a new
    folder beside a database whose row says it had one, nothing is adopted (`tickets verify`
    says which). A folder noted by older code is journalled as it stands (one noted before
    starts covered their entries is covered once, up to the id it noted). Nothing before the
    database has the `audit_start` table (migration 0050). Needs the factory's vault."""
    path = Path(folder) / AUDIT_START_FILE
    try:
        with factory() as session:
            if not inspect(session.get_bind()).has_table(AuditStart.__tablename__):
                return  # not migrated yet: noted at the first start after it is
            row = start_row(session)
            vault = session_vault(session)
    except Exception as exc:  # noqa: BLE001 - no database yet: noted at the next start
        log.warning("record journal: audit start not noted: %s", exc)
        return
    noted = _noted_start(path)
    journalled = _start_marks_in(folder)
    if row is not None or journalled:
        _keep_start_whole(factory, folder, vault, row, noted, journalled)
        return
    highest, when, covered = _start_record(path)
    stamp = when or journal_lines.plain("at", datetime.now(UTC))
    if covered is not None:  # noted by older code: journalled as it stands
        start, lines = f"{highest} {stamp} {covered}", []
    else:
        try:
            start, lines = _entries_up_to(factory, folder, highest, stamp)
        except Exception as exc:  # noqa: BLE001 - no database yet: noted at the next start
            log.warning("record journal: audit start not noted: %s", exc)
            return
    try:
        make_folder(folder)
        with exclusive(folder, REWRITE_WAIT) as locked:
            if not locked or _start_marks_in(folder):  # another process did it
                return
            mark = journal_lines.start_marks(vault, start)[0]
            _write_today(folder, [*lines, f"{AUDIT_START_PREFIX}{mark}\n"])
            _write_start_file(path, start)
    except OSError as exc:
        log.error("record journal: audit start not noted in %s: %s", folder, exc)
        return
    _store_start(factory, start, mark)


def _keep_start_whole(factory, folder, vault, row, noted, journalled) -> None:
    """A start noted before: its row written again from a whole folder, its journal line
    from a file that is the row's; anything else only logged (`tickets verify` reports it)."""
    if row is None:
        if noted and journalled & set(journal_lines.start_marks(vault, noted)):
            _store_start(factory, noted, journal_lines.start_marks(vault, noted)[0])
        else:
            log.error("record journal: the audit-start file in %s is gone or cut back", folder)
        return
    text = _row_text(row)
    if row.seal not in journal_lines.start_marks(vault, text):
        log.error("record journal: the database's audit start is not as it was sealed")
    elif not journalled and noted == text:  # its line lost in a failed write: written now
        try:
            append_now(folder, [f"{AUDIT_START_PREFIX}{row.seal}\n"])
        except JournalUnavailable as exc:
            log.error("record journal: audit start not journalled: %s", exc)
    elif not journalled and noted is None:
        log.error("record journal: %s is new for a database that had one: nothing adopted", folder)
    elif noted != text:
        log.error("record journal: the audit-start file in %s is gone or changed", folder)


def _write_start_file(path: Path, start: str) -> None:
    handle, fresh = tempfile.mkstemp(dir=path.parent, prefix=f".{AUDIT_START_FILE}.")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(f"{start}\n")
    os.replace(fresh, path)


def _store_start(factory: sessionmaker, start: str, seal: str) -> None:
    highest, noted_at, covered = start.split()
    try:
        with factory() as session:
            if start_row(session) is None:
                session.add(
                    AuditStart(
                        id=START_ROW,
                        highest=int(highest),
                        noted_at=noted_at,
                        covered=int(covered),
                        seal=seal,
                    )
                )
                session.commit()
    except Exception as exc:  # noqa: BLE001 - written again from the folder at the next start
        log.error("record journal: audit start not stored in the database: %s", exc)


def start_rows(session: Session) -> list[AuditStart]:
    """Every `audit_start` row, whatever its id (the application writes one, id 1)."""
    return list(session.execute(select(AuditStart).order_by(AuditStart.id)).scalars())


def start_row(session: Session) -> AuditStart | None:
    """The audit start row: the application's (id 1), else any other (one renumbered in
    SQL still says the database had a start: nothing is adopted beside a new folder)."""
    rows = start_rows(session)
    return next((r for r in rows if r.id == START_ROW), rows[0] if rows else None)


def _row_text(row: AuditStart) -> str:
    return f"{row.highest} {row.noted_at} {row.covered}"


def _noted_start(path: Path) -> str | None:
    """The `audit-start` file's `N T C` (None: gone, or without its count)."""
    highest, when, covered = _start_record(path)
    return None if covered is None or when is None else f"{highest} {when} {covered}"


def _start_marks_in(folder: str | Path) -> set[str]:
    """Each audit start mark the folder's journal holds."""
    found = set()
    for path in sorted(Path(folder).glob("journal-*.log")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith(AUDIT_START_PREFIX):
                found.add(line[len(AUDIT_START_PREFIX) :].strip())
    return found


def start_problems(uow: UnitOfWork, folder: str | Path) -> tuple[dict[str, list[str]], bool]:
    """What is wrong with the audit log's start (the `audit-start` file, its journal line,
    the database's row: each must be there and the same once one is), and whether a start
    that covered its entries was noted (then every stored entry must have its line)."""
    path = Path(folder) / AUDIT_START_FILE
    noted, journalled = _noted_start(path), _start_marks_in(folder)
    migrated = inspect(uow.session.connection()).has_table(AuditStart.__tablename__)
    rows = start_rows(uow.session) if migrated else []
    row = start_row(uow.session) if rows else None
    covered = audit_start_covered(folder) or row is not None or bool(journalled)
    wrong = []
    if len(rows) > 1:
        wrong.append(f"the database holds {len(rows)} audit start rows, where it had one")
    elif row is not None and row.id != START_ROW:
        wrong.append("the database's audit start row was moved (its id changed in SQL)")
    if row is not None:
        text = _row_text(row)
        marks = journal_lines.start_marks(uow.vault, text)  # under each key: a rotation
        if row.seal not in marks:
            wrong.append("the database's audit start row is not as the application sealed it")
        elif not journalled and noted is None:
            wrong.append(
                "the record journal is new for a database that had one: its start adopted"
                " nothing (restore the journal folder from its copy)"
            )
        elif noted != text or (journalled and not journalled & set(marks)):
            wrong.append("the audit-start file or its journal line is gone or not as noted")
    elif journalled:
        if noted is None or not journalled & set(journal_lines.start_marks(uow.vault, noted)):
            wrong.append("the audit-start file is gone or not as the journal noted it")
        else:
            wrong.append("the database's audit start row is gone (deleted in SQL)")
    found = {"audit log start": [f"{w} (record journal)" for w in wrong]} if wrong else {}
    return found, covered


def _entries_up_to(
    factory: sessionmaker, folder: str | Path, highest: int | None, stamp: str
) -> tuple[str, list[str]]:
    """The start to note at `stamp` (`N T C`: the highest id to cover, `highest` or the audit
    log's highest now, and how many entries are up to it), and the line of each the journal
    does not hold yet, bound to that start (`adopted_line`): copied into another folder, it
    fits no start there."""
    with factory() as session:
        if not inspect(session.get_bind()).has_table(AuditEntry.__tablename__):
            return f"0 {stamp} 0", []
        if highest is None:
            highest = session.scalar(select(func.max(AuditEntry.id))) or 0
        vault = session_vault(session)
        held = Counter()
        for (mark, _), n in _audit_lines(folder).items():
            held[mark] += n
        unheld = []
        stmt = select(AuditEntry).where(AuditEntry.id <= highest).order_by(AuditEntry.id)
        entries = list(session.execute(stmt).scalars())
        for entry in entries:
            mark = next((m for m in journal_lines.audit_marks(vault, entry) if held[m] > 0), None)
            if mark is None:
                unheld.append(entry)
            else:
                held[mark] -= 1
        start = f"{highest} {stamp} {len(entries)}"
        lines = [journal_lines.adopted_line(vault, entry, start) for entry in unheld]
    return start, lines


def _start_record(path: Path) -> tuple[int | None, str | None, int | None]:
    """What `audit-start` holds: the highest id, when, and how many entries the start
    covered (None for each it does not hold)."""
    try:
        fields = path.read_text(encoding="utf-8").split()
    except OSError:
        return None, None, None
    numbers = [int(f) if f.isdigit() else None for f in fields]
    highest = numbers[0] if numbers else None
    if highest is None:
        return None, None, None
    when = fields[1] if len(fields) > 1 else None
    return highest, when, numbers[2] if len(fields) > 2 else None


def audit_start(folder: str | Path) -> int | None:
    """The audit log's highest id when the folder first journalled (None: not noted)."""
    return _start_record(Path(folder) / AUDIT_START_FILE)[0]


def audit_start_covered(folder: str | Path) -> bool:
    """Whether the folder journalled every audit entry up to its start, so that every stored
    entry must answer to a journal line."""
    return _start_record(Path(folder) / AUDIT_START_FILE)[2] is not None


def note_audit_cut(session: Session, before: datetime) -> None:
    """Journal that the retention job let every audit entry before `before` go, when this
    session commits: `tickets verify` then no longer looks for them."""
    if session.info.get(FOLDER):
        cut = journal_lines.plain("at", before)
        mark = journal_lines.cut_marks(session_vault(session), cut)[0]
        session.info.setdefault(PENDING, []).append(f"{AUDIT_CUT_PREFIX}{cut} {mark}\n")


def erased_since(folder: str | Path | None, since: datetime) -> set[str]:
    """The keyed index of every person the journal says was erased after `since` (none: no
    journal)."""
    if not folder:
        return set()
    after = as_utc(since)
    found = set()
    for person, when in read(folder).erased.items():
        try:
            moment = datetime.fromisoformat(when)
        except ValueError:
            continue
        if as_utc(moment) > after:
            found.add(person)
    return found


def code_used(folder: str | Path | None, code_hashes) -> bool:
    """Whether the journal says a join code of one of these hashes was used."""
    return bool(folder) and any(h in read(folder).codes for h in code_hashes)


def note_account(session: Session, account: str, member_id: int) -> None:
    """Journal that a LINE account (its keyed journal index) is this member's row, when
    this session commits: a row detached from it in SQL is still that account's."""
    if session.info.get(FOLDER) and account.isalnum():
        session.info.setdefault(PENDING, []).append(f"{ACCOUNT_PREFIX}{account} {member_id}\n")


def account_members(folder: str | Path | None, accounts) -> set[int]:
    """The members the journal says a LINE account (any of its keyed indexes) was."""
    if not folder:
        return set()
    journalled = read(folder).accounts
    return set().union(*(journalled.get(a, set()) for a in accounts))


class JournalUnavailable(RuntimeError):
    """The record journal's folder was not given, or cannot be written, when it must be."""


def journal_stored_roles(conn, folder: str | Path | None, roles) -> set[str]:
    """Journal each of `roles` a member row holds now (removed members too; not the command
    line's own admin), as if the application had just sealed them: migration 0037,
    for a database whose chairs were sealed before roles were journalled. Written at once,
    not on a commit; with no folder, or one that cannot be written, while such a row exists:
    JournalUnavailable (a journal that missed a chair would let the next shell-made chair be
    founding). Returns the roles journalled."""
    members = Member.__table__
    stmt = (
        select(members.c.role)
        .distinct()
        .where(members.c.role.in_(roles), members.c.user_hash.is_distinct_from(OPERATOR_HASH))
    )
    held = {role for role in conn.scalars(stmt) if role and role.isalnum()}
    if not held:
        return held
    if not folder:
        raise JournalUnavailable(
            "this database has chairs or admins and no record journal folder was given to"
            " journal them (RECORD_ANCHOR_DIR): run `flask --app bot db upgrade`"
        )
    append_now(folder, sorted(f"{ROLE_PREFIX}{role}\n" for role in held))
    return held


def role_ever_held(folder: str | Path | None, roles) -> bool:
    """Whether the journal holds that the application ever sealed a member with one of
    `roles` (False: none yet, or no journal). The `roles/` files answer first; with them
    deleted, the journal's own `role:` lines still do (the files are only a cache)."""
    if not folder:
        return False
    if any((Path(folder) / ROLES / role).exists() for role in roles):
        return True
    return bool(set(roles) & read(folder).roles)


def journalled_members(folder: str | Path | None) -> set[int]:
    """The id of every member the journal says the application sealed (none: no journal)."""
    return journal_lines.member_ids(folder) if folder else set()


def _keep_roles(folder: str | Path, lines: list[str]) -> None:
    held = {line[len(ROLE_PREFIX) :].strip() for line in lines if line.startswith(ROLE_PREFIX)}
    if held:
        where = make_folder(Path(folder) / ROLES)
        for role in held:
            (where / role).touch(mode=FILE_MODE)


def folder_of(session: Session) -> str | None:
    """The journal's folder of a session (None: this process keeps no journal)."""
    return session.info.get(FOLDER)


def _keep_member_versions(folder: str | Path, lines: list[str]) -> None:
    """Each member's latest journalled version in a file of its own, replaced whole. Two
    commits racing may leave the lower of two versions: that only checks less, never fails
    an honest member."""
    latest: dict[str, int] = {}
    for line in lines:
        if line.startswith(MEMBER_PREFIX):
            name, _, version = line[len(MEMBER_PREFIX) :].strip().partition(" ")
            latest[name] = max(latest.get(name, 0), int(version))
    if not latest:
        return
    where = make_folder(Path(folder) / MEMBERS)
    for name, version in latest.items():
        if version <= _kept_version(folder, int(name)):
            continue
        handle, fresh = tempfile.mkstemp(dir=where, prefix=f".{name}.")
        with os.fdopen(handle, "w", encoding="ascii") as kept:
            kept.write(f"{version}\n")
        os.replace(fresh, where / name)


def member_version(folder: str | Path | None, member_id: int) -> int:
    """The latest version of a member the journal holds (0: none, or no journal): the
    higher of the member's own file and the journal's lines, so a file deleted or rewritten
    lower never reads lower than the journal."""
    if not folder:
        return 0
    return max(_kept_version(folder, member_id), read(folder).versions.get(member_id, 0))


def _kept_version(folder: str | Path, member_id: int) -> int:
    try:
        return int((Path(folder) / MEMBERS / str(member_id)).read_text(encoding="ascii"))
    except (OSError, ValueError):
        return 0


def rolled_back_among(session: Session, ids) -> set[int]:
    """Which of these tickets hold fewer timeline entries than the journal saw the application
    write for them (one deleted, or the ticket's row put back as it was before it): a
    rollback whose chain and seal are whole again. Counted, not matched, since the
    application may chain a ticket's entries again (an entry edited); one query, and nothing
    without a journal."""
    written = journal_lines.of_session(session).entries
    if not written or not ids:
        return set()
    named = select(Ticket.id, Ticket.reference).where(Ticket.id.in_(sorted(ids)))
    vault = session_vault(session)
    wanted = {}
    for tid, ref in session.execute(named):
        # The most under any one name, not their sum: a process that read the lines before
        # `keys rotate` named them again has counted them under both.
        count = max(written.get(name, 0) for name in journal_lines.ticket_names(vault, ref))
        if count:
            wanted[tid] = count
    if not wanted:
        return set()
    counted = (
        select(TicketEvent.ticket_id, func.count())
        .where(TicketEvent.ticket_id.in_(sorted(wanted)))
        .group_by(TicketEvent.ticket_id)
    )
    stored = dict(session.execute(counted).all())
    return {tid for tid, count in wanted.items() if stored.get(tid, 0) < count}


def problems(
    uow: UnitOfWork, folder: str | Path, audit_retention: timedelta | None = None
) -> dict[str, list[str]]:
    """Each ticket with a journalled entry no longer in its chain (deleted, or the ticket
    rolled back to before it), or journalled and no longer there at all; each declared
    conflict no longer as the application last wrote it (deleted, or put back as it was);
    and each member stored at an older version than the journal's latest. An audit cut is
    taken only keyed and older than `audit_retention` (the period the retention job applies)."""
    written: dict[str, set[str]] = {}
    audited: Counter = Counter()  # each audit entry's mark, by the time it was written
    cuts: list[tuple[str, str]] = []  # each audit cut line's time and mark
    conflicts: dict[str, Marks] = {}  # each declared conflict's seals, by its journal name
    versions: dict[int, int] = {}  # each member's latest version
    renamed: set[str] = set()  # conflicts' names whose lines were written again (keys rotate)
    taken = 0
    for path in sorted(Path(folder).glob("journal-*.log")):
        for line in path.read_text(encoding="utf-8").splitlines():
            reference, _, head = line.partition(" ")
            taken += 1
            if reference.startswith(MEMBER_PREFIX) and head.strip().isdigit():
                member_id = int(reference[len(MEMBER_PREFIX) :])
                versions[member_id] = max(versions.get(member_id, 0), int(head))
            elif head and reference.startswith(row_seals.JOURNAL_PREFIX):
                conflicts.setdefault(reference, Marks()).add(head, taken)
            elif head and reference.startswith(RENAMED_PREFIX):
                renamed.add(row_seals.JOURNAL_PREFIX + reference[len(RENAMED_PREFIX) :])
            elif head and reference.startswith(AUDIT_PREFIX):
                audited[(reference[len(AUDIT_PREFIX) :], head.strip())] += 1
            elif reference.startswith(AUDIT_CUT_PREFIX):
                cuts.append((reference[len(AUDIT_CUT_PREFIX) :], head.strip()))
            elif head and not reference.startswith(OWN_PREFIXES):
                written.setdefault(reference, set()).add(head.strip())
    kept = {name: marks for name, marks in conflicts.items() if name not in renamed}
    found = _conflict_problems(uow, kept) | _member_problems(uow, versions)
    start_found, covered = start_problems(uow, folder)
    cut, claimed, wrong_cuts = _cut_taken(uow, cuts, audit_retention)
    found |= audit_problems(
        uow,
        audited,
        cut,
        audit_start(folder),
        again=lambda: _audit_lines(folder),
        covered=covered,
        claimed=claimed,
        bound=_start_text(uow, folder)[1],
    )
    if wrong_cuts:
        found.setdefault("audit log", []).extend(wrong_cuts)
    found |= start_found
    stray = journal_lines.misdated(folder)
    if stray:
        found["record journal"] = [
            f"journal file named for a later day or for no day, put there by hand: {name}"
            for name in stray
        ]
    if not written:
        return found
    named, stored = _stored_entries(uow)
    for name, heads in sorted(written.items()):
        reference = named.get(name)
        if reference is None:
            found[_unnamed(name)] = [
                "ticket removed after the application wrote it (record journal)"
            ]
        elif heads - stored[reference]:
            found[reference] = [
                "timeline rolled back: an entry the application wrote is gone (record journal)"
            ]
    return found


def _cut_taken(
    uow: UnitOfWork, cuts: list[tuple[str, str]], retention: timedelta | None
) -> tuple[str, str, list[str]]:
    """The latest audit cut taken (keyed by the retention job, and older than its period),
    the latest any line claims (entries dated before it still stored show as put back), and
    what is wrong with the cut lines later than the one taken (a plain line before the job
    keyed its cuts is silent once a keyed cut follows it)."""
    newest = journal_lines.plain("at", uow.now() - retention) if retention else None
    keyed = [t for t, m in cuts if m and m in journal_lines.cut_marks(uow.vault, t)]
    taken = max((t for t in keyed if newest is None or t <= newest), default="")
    claimed = max((t for t, _ in cuts), default="")
    plain_later = sum(1 for t, m in cuts if t > taken and t not in keyed)
    too_new = sum(1 for t in keyed if t > taken)
    wrong = []
    if plain_later:
        wrong.append(
            f"{plain_later} audit cut line(s) not keyed by the retention job: not taken "
            "(record journal)"
        )
    if too_new:
        wrong.append(
            f"{too_new} audit cut(s) newer than the audit retention period: not taken "
            "(record journal)"
        )
    return taken, claimed, wrong


_SETTLING = timedelta(minutes=2)
# How long an entry of the last minutes not yet journalled is given to be (its line is written
# right after its commit) before it counts as added in SQL.
_SETTLE_WAIT = 1.5


def _audit_lines(folder: str | Path) -> Counter:
    """Each audit entry's mark in the journal now, by the time it was written."""
    audited: Counter = Counter()
    for path in sorted(Path(folder).glob("journal-*.log")):
        for line in path.read_text(encoding="utf-8").splitlines():
            reference, _, head = line.partition(" ")
            if head and reference.startswith(AUDIT_PREFIX):
                audited[(reference[len(AUDIT_PREFIX) :], head.strip())] += 1
    return audited


def audit_problems(
    uow: UnitOfWork,
    audited: Counter,
    cut: str,
    start: int | None = None,
    again: Callable[[], Counter] | None = None,
    covered: bool = False,
    claimed: str | None = None,
    bound: str | None = None,
) -> dict[str, list[str]]:
    """The audit entries the journal saw the application write since the latest cut that
    `audit_log` no longer holds as written (deleted, or changed in SQL), and those it holds
    that the application never wrote (added in SQL: a forged vouch or identity view): an
    entry without its journal line dated since the journal's first audit line, or whose id
    comes after the highest when the folder first journalled (`start`) or after an entry the
    journal saw (ids only grow: a backdated entry still comes after), whatever its date; with
    the start `covered` (each entry up to it journalled then), every entry without its line,
    whatever its id and date; how many of each. An entry of the last minutes not yet
    journalled may be one committed this moment: the journal is read `again` after a short
    wait, and one still not in it counts as added in SQL. A journalled entry dated before
    the latest cut `claimed` by any line (default: `cut`) still stored counts as put back.
    An entry up to the start `bound` (`N T C`) also answers to its line bound to that start
    (`journal_lines.adopted_marks`), and to no other start's."""
    claimed = cut if claimed is None else max(cut, claimed)
    wanted = Counter({mark: n for (mark, at), n in audited.items() if at >= cut})
    seen = Counter()
    for (mark, _), n in audited.items():
        seen[mark] += n
    journalled = Counter(seen)
    firsts = [at for _, at in audited]
    since = max(cut, min(firsts)) if firsts else None  # before it, nothing was journalled
    now = uow.now()
    settling = (journal_lines.plain("at", now - _SETTLING), journal_lines.plain("at", now))
    stored: Counter = Counter()
    unmatched: list[tuple[int, str]] = []
    recent: list[tuple[int, str, list[str]]] = []  # unjournalled entries of the last minutes
    first_seen, put_back = None, 0
    malformed, entries = _readable_entries(uow)
    for entry in entries:
        marks = _entry_marks(uow.vault, entry, bound)
        stored.update(set(marks))
        mark = next((m for m in marks if seen[m] > 0), None)
        at = journal_lines.plain("at", entry.at)
        if mark is not None:
            seen[mark] -= 1
            first_seen = entry.id if first_seen is None else first_seen
            # The cut let every entry dated before it go: one still there was put back.
            put_back += bool(claimed) and at < claimed
            continue
        if settling[0] <= at <= settling[1]:
            recent.append((entry.id, at, marks))
        elif covered or not cut or at >= cut:  # covered: the cut let none go unjournalled
            unmatched.append((entry.id, at))
    after = min((x for x in (start, first_seen) if x is not None), default=None)

    def counted(entry_id: int, at: str) -> bool:
        if covered:
            return True
        return (since is not None and at >= since) or (after is not None and entry_id > after)

    unjournalled = sum(1 for entry_id, at in unmatched if counted(entry_id, at))
    recent = [(entry_id, at, marks) for entry_id, at, marks in recent if counted(entry_id, at)]
    if recent and again is not None:
        sleep(_SETTLE_WAIT)
        fresh = Counter()
        for (mark, _), n in again().items():
            fresh[mark] += n
        left = fresh - (journalled - seen)  # the lines written since, not yet matched
        for _, _, marks in recent:
            mark = next((m for m in marks if left[m] > 0), None)
            if mark is None:
                unjournalled += 1
            else:
                left[mark] -= 1
    gone = sum(n - stored[mark] for mark, n in wanted.items() if n > stored[mark])
    found = []
    if gone:
        found.append(
            f"{gone} audit entr(y/ies) the application wrote are gone or changed (record journal)"
        )
    if put_back:
        found.append(
            f"{put_back} audit entr(y/ies) the retention job let go are back (record journal)"
        )
    if malformed:
        found.append(
            f"{len(malformed)} audit entr(y/ies) whose time is no date (changed in SQL; record"
            f" journal): id {', '.join(map(str, malformed[:10]))}"
        )
    if unjournalled:
        found.append(
            f"{unjournalled} audit entr(y/ies) not written by the application (added in SQL; "
            "record journal)"
        )
    return {"audit log": found} if found else {}


def _entry_marks(vault, entry: AuditEntry, bound: str | None) -> list[str]:
    """Every mark the journal may hold for an entry: as written, and, when it is up to the
    start `bound` (`N T C`), as that start adopted it."""
    marks = journal_lines.audit_marks(vault, entry)
    highest = bound.split()[0] if bound else ""
    if highest.isdigit() and entry.id <= int(highest):
        marks += journal_lines.adopted_marks(vault, entry, bound)
    return marks


def _readable_entries(uow: UnitOfWork) -> tuple[list[int], list[AuditEntry]]:
    """The ids of audit rows whose time no date parses (SQLite keeps what a database writer
    gives it), and every other entry in id order: one such row must not stop the check."""
    stmt = select(AuditEntry).order_by(AuditEntry.id)
    try:
        return [], list(uow.session.execute(stmt).scalars())
    except (ValueError, TypeError):
        pass
    malformed = []
    raw = select(AuditEntry.id, cast(AuditEntry.at, String)).order_by(AuditEntry.id)
    for entry_id, at in uow.session.execute(raw):
        try:
            datetime.fromisoformat(at)
        except (TypeError, ValueError):
            malformed.append(entry_id)
    readable = stmt.where(AuditEntry.id.not_in(malformed))
    return malformed, list(uow.session.execute(readable).scalars())


def _unnamed(name: str) -> str:
    """How `tickets verify` names a journalled ticket no row answers to (a keyed name
    cannot be read back into a reference)."""
    return name if ":" not in name else f"ticket journalled as {name}"


def _stored_entries(uow: UnitOfWork) -> tuple[dict[str, str], dict[str, set[str]]]:
    """Each stored ticket's reference by every journal name it may have, and each one's
    entries by every mark the journal may hold of them (keyed under each key, and plain)."""
    named: dict[str, str] = {}
    stored: dict[str, set[str]] = {}
    stmt = select(Ticket.reference, TicketEvent.entry_hash).outerjoin(
        TicketEvent, TicketEvent.ticket_id == Ticket.id
    )
    for reference, entry in uow.session.execute(stmt):
        if reference not in stored:
            stored[reference] = set()
            named.update(dict.fromkeys(journal_lines.ticket_names(uow.vault, reference), reference))
        if entry:
            stored[reference].update(journal_lines.entry_marks(uow.vault, entry))
    return named, stored


def rekey_tickets(uow: UnitOfWork, folder: str | Path | None) -> Counter:
    """Name every ticket line again in place under the newest lookup key (`keys rotate`):
    a plain line (`REFERENCE HASH`, written before names were keyed) from its own text, an
    older key's line by the stored ticket and entry it names. A keyed name no stored ticket
    answers to, or a keyed mark no stored entry does (its ticket or entry deleted: `tickets
    verify` names it), is kept as it is; its key must stay listed until that is resolved."""
    counts: Counter = Counter(tickets_renamed=0, tickets_unmatched=0)
    if not folder:
        return counts
    vault = uow.vault
    named, stored = _stored_entries(uow)
    raw: dict[str, dict[str, str]] = {}  # each ticket's entries, by every mark they may have

    def entry_of(reference: str, mark: str) -> str | None:
        if reference not in raw:
            raw[reference] = {}
            for entry in stored[reference]:
                if len(entry) == 64:  # a plain hash among the marks
                    raw[reference].update(
                        dict.fromkeys(journal_lines.entry_marks(vault, entry), entry)
                    )
        return raw[reference].get(mark)

    def change(line: str) -> str | None:
        name, space, rest = line.partition(" ")
        mark = rest.strip()
        if not space or not mark or not journal_lines.is_ticket_name(name):
            return line
        if not name.startswith(TICKET_PREFIX):  # plain: reference and hash both in the line
            counts["tickets_renamed"] += 1
            return journal_lines.ticket_line(vault, name, mark)
        reference = named.get(name)
        entry = entry_of(reference, mark) if reference else None
        if entry is None:
            counts["tickets_unmatched"] += 1
            return line
        fresh = journal_lines.ticket_line(vault, reference, entry)
        if fresh.rstrip("\n") != line.rstrip("\n"):
            counts["tickets_renamed"] += 1
        return fresh if line.endswith("\n") else fresh.rstrip("\n")

    rewrite(folder, change)
    return counts


def rekey_audit(uow: UnitOfWork, folder: str | Path | None) -> Counter:
    """Mark every audit line again in place under the newest lookup key (`keys rotate`), by
    the stored entry it marks: the old key may then be retired. A line whose entry is gone
    or changed is kept as it is (`tickets verify` reports it while its key is listed)."""
    counts: Counter = Counter(audit_rejournalled=0)
    if not folder:
        return counts
    newest: dict[str, str] = {}
    bound = _start_text(uow, folder)[1]
    for entry in uow.session.execute(select(AuditEntry)).scalars():
        marks = journal_lines.audit_marks(uow.vault, entry)
        newest.update(dict.fromkeys(marks[1:], marks[0]))
        adopted = _entry_marks(uow.vault, entry, bound)[len(marks) :]
        newest.update(dict.fromkeys(adopted[1:], adopted[0]) if adopted else {})

    starts = _start_marks_again(uow, folder)
    if starts:
        newest.update(starts)
    anchored = _anchored_marks_again(uow, folder)
    checked = _checked_marks_again(uow, bound)

    def change(line: str) -> str | None:
        if line.startswith(ANCHORED_START_PREFIX):  # the start witnessed (start_witness)
            fresh = anchored.get(line[len(ANCHORED_START_PREFIX) :].strip())
            if fresh is None:
                return line
            counts["audit_rejournalled"] += 1
            return f"{ANCHORED_START_PREFIX}{fresh}" + line[len(line.rstrip("\n")) :]
        if line.startswith(CHECKED_PREFIX):  # a check kept under the start (note_check)
            fresh = checked.get(line[len(CHECKED_PREFIX) :].strip())
            if fresh is None:
                return line
            counts["audit_rejournalled"] += 1
            return f"{CHECKED_PREFIX}{fresh}" + line[len(line.rstrip("\n")) :]
        if line.startswith(AUDIT_START_PREFIX):  # no space, no time
            fresh = starts.get(line[len(AUDIT_START_PREFIX) :].strip())
            if fresh is None:
                return line
            counts["audit_rejournalled"] += 1
            return f"{AUDIT_START_PREFIX}{fresh}" + line[len(line.rstrip("\n")) :]
        name, space, rest = line.partition(" ")
        if name.startswith(AUDIT_CUT_PREFIX) and space:  # keyed by its own time
            marks = journal_lines.cut_marks(uow.vault, name[len(AUDIT_CUT_PREFIX) :])
            if rest.strip() not in marks[1:]:
                return line
            counts["audit_rejournalled"] += 1
            return f"{name} {marks[0]}" + line[len(line.rstrip("\n")) :]
        fresh = newest.get(name[len(AUDIT_PREFIX) :]) if name.startswith(AUDIT_PREFIX) else None
        if not space or fresh is None:
            return line
        counts["audit_rejournalled"] += 1
        return f"{AUDIT_PREFIX}{fresh} {rest}"

    if newest or anchored or checked or _cut_lines(folder):
        rewrite(folder, change)
    return counts


def _start_text(uow: UnitOfWork, folder: str | Path) -> tuple[AuditStart | None, str | None]:
    """The audit start's row (when migrated) and its text, from the row or else the folder's
    noted start."""
    migrated = inspect(uow.session.connection()).has_table(AuditStart.__tablename__)
    row = start_row(uow.session) if migrated else None
    text = _row_text(row) if row is not None else _noted_start(Path(folder) / AUDIT_START_FILE)
    return row, text


def _anchored_marks_again(uow: UnitOfWork, folder: str | Path) -> dict[str, str]:
    """The marks of the start's `anchored-start:` lines under older keys, each to its mark
    under the newest (`keys rotate`: the start stays witnessed once the old key is gone)."""
    _, text = _start_text(uow, folder)
    if text is None:
        return {}
    marks = journal_lines.anchored_marks(uow.vault, text)
    return dict.fromkeys(marks[1:], marks[0])


def _checked_marks_again(uow: UnitOfWork, bound: str | None) -> dict[str, str]:
    """The marks of the `checked:` lines of each kept check under the start `bound`, under
    older keys, each to its mark under the newest (`keys rotate`)."""
    newest: dict[str, str] = {}
    for check in uow.session.scalars(select(ChainVerification.id)):
        marks = journal_lines.checked_marks(uow.vault, check, bound or "")
        newest.update(dict.fromkeys(marks[1:], marks[0]))
    return newest


def _cut_lines(folder: str | Path) -> bool:
    """Whether the folder's journal holds an audit cut line."""
    for path in sorted(Path(folder).glob("journal-*.log")):
        if AUDIT_CUT_PREFIX in path.read_text(encoding="utf-8"):
            return True
    return False


def _start_marks_again(uow: UnitOfWork, folder: str | Path) -> dict[str, str]:
    """The audit start's marks under older keys, each to its mark under the newest, and the
    database's row sealed again under it (`keys rotate`; the caller commits)."""
    row, text = _start_text(uow, folder)
    if text is None:
        return {}
    marks = journal_lines.start_marks(uow.vault, text)
    if row is not None and row.seal in marks:
        row.seal = marks[0]
    return dict.fromkeys(marks[1:], marks[0])


def _conflict_problems(uow: UnitOfWork, journalled: dict[str, Marks]) -> dict[str, list[str]]:
    """Each journalled conflict no row answers to (by any of its names: one under each
    lookup key, and the unkeyed one of old lines), and each row whose seal is not the latest
    one journalled under any of its names."""
    if not journalled:
        return {}
    named: dict[str, MemberConflict] = {}
    for conflict in uow.session.scalars(select(MemberConflict)):
        for key in row_seals.tie_keys(uow.vault, conflict):
            named.setdefault(row_seals.JOURNAL_PREFIX + key, conflict)
    found: dict[str, list[str]] = {}
    seals: dict[int, list[Marks]] = {}
    for name, marks in sorted(journalled.items()):
        member = name.split(":")[1]
        if name not in named:
            found[f"conflict of member {member}"] = [
                "a declared conflict the application wrote was deleted (record journal)"
            ]
        else:
            seals.setdefault(named[name].id, []).append(marks)
    for conflict_id, all_marks in seals.items():
        conflict = uow.session.get(MemberConflict, conflict_id)
        if conflict.seal != merged(all_marks).latest:
            found[f"conflict of member {conflict.member_id}"] = [
                "a declared conflict was put back to an earlier state (record journal)"
            ]
    return found


def _member_problems(uow: UnitOfWork, journalled: dict[int, int]) -> dict[str, list[str]]:
    """Members stored at an older version than the journal's latest (the per-member files
    say so on every request; this holds even when one of those files is gone)."""
    if not journalled:
        return {}
    stored = dict(uow.session.execute(select(Member.id, Member.version)).all())
    return {
        f"member {member_id}": [
            f"member {member_id}'s row is older than the application last wrote it (version"
            f" {stored.get(member_id, 0)}; the record journal has {latest})"
        ]
        for member_id, latest in sorted(journalled.items())
        if stored.get(member_id, 0) < latest
    }
