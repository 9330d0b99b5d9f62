"""Whether anything off the database witnessed the audit log's start (issue #17, fixA32).

A database writer who deletes the `audit_start` row (and every anchor, or re-makes them with
the public SHA-256) and has the application started beside a new, empty journal folder gets a
fresh start noted there that adopts every stored entry, the forged ones too: the new folder and
the new row then agree, and nothing inside the database tells it from a database's first start
after migration 0050. So a start counts as witnessed only once something that left the machine
held it: an anchor whose witness holds the start (its code went to the chairs in LINE) journals
`anchored-start:M` in RECORD_ANCHOR_DIR as it is made, keyed (no writer without the lookup key
makes M for a start of their own), or `tickets verify --code` found a chair's code intact on an
anchor holding it. Until then a start that adopted stored entries is reported (`problems`), so
`tickets verify`, the daily job and `tickets anchor` fail closed: no anchor is made that would
vouch for it. A start noted on an empty audit log (a new installation) adopted nothing: its
first anchor witnesses it (within the hour, the `witness-anchor` job).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import inspect, select

from storage import journal_lines, outbox, record_journal
from storage.journal_lines import ANCHORED_START_PREFIX, FOLDER, PENDING
from storage.models import AuditStart, Member, Ticket
from storage.transparency_models import ChainVerification
from storage.types import as_utc
from storage.uow import UnitOfWork

NAME = "audit log start"  # how `tickets verify` names its problems (record_journal's too)
UNWITNESSED = "unwitnessed since"  # how each of its lines begins


def current(uow: UnitOfWork) -> AuditStart | None:
    """The database's audit start row (None: none, or not migrated to 0050 yet)."""
    if not inspect(uow.session.connection()).has_table(AuditStart.__tablename__):
        return None
    return record_journal.start_row(uow.session)


def text_of(row: AuditStart) -> str:
    """A start row as `N T C`, the text its marks and an anchor's witness cover."""
    return f"{row.highest} {row.noted_at} {row.covered}"


def witnessed(folder: str | Path | None, vault, text: str) -> bool:
    """Whether the journal in `folder` holds an `anchored-start:` line of the start `text`
    under any listed lookup key."""
    if not folder:
        return False
    wanted = set(journal_lines.anchored_marks(vault, text))
    for path in sorted(Path(folder).glob("journal-*.log")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith(ANCHORED_START_PREFIX):
                if line[len(ANCHORED_START_PREFIX) :].strip() in wanted:
                    return True
    return False


def adopted(row: AuditStart) -> bool:
    """Whether the start adopted entries already stored when it was noted (so a database
    writer's, had the start been noted anew): a new installation's start adopts none."""
    return bool(row.covered) or bool(row.highest)


def _journal_names(folder: str | Path) -> set[str]:
    """The name of every line of the journal in `folder` (its first word)."""
    names: set[str] = set()
    for path in sorted(Path(folder).glob("journal-*.log")):
        for line in path.read_text(encoding="utf-8").splitlines():
            names.add(line.partition(" ")[0])
    return names


def stored_before(
    uow: UnitOfWork, folder: str | Path | None, row: AuditStart | None = None
) -> bool:
    """Whether the database holds a ticket, a member, or a check of the record kept before
    the start `row` was noted, that the journal in `folder` never saw the application write
    (so stored before the journal and its start): a start that adopted no entry over them is
    the whole audit log erased, not a new installation (round 33; checks: fixA34, the audit
    log emptied where no ticket or member is; a check run since with another folder is not
    one)."""
    if not folder:
        return False
    if set(uow.session.scalars(select(Member.id))) - record_journal.journalled_members(folder):
        return True
    # With this session's lines to journal at its commit (its own check, kept just now).
    pending = uow.session.info.get(PENDING, [])
    names = _journal_names(folder) | {line.split(" ")[0].strip() for line in pending}
    noted = _moment(row.noted_at) if row is not None else None
    earlier = select(ChainVerification.id, ChainVerification.started_at)
    checks = [c for c, at in uow.session.execute(earlier) if noted is None or as_utc(at) < noted]
    # a check's line keyed over it and this start: one forged (plain) or copied from a folder
    # whose start was another (bound to that one) is no line of it (fixA35)
    bound = text_of(row) if row is not None else ""
    for check in checks:
        marks = journal_lines.checked_marks(uow.vault, check, bound)
        if not names.intersection(f"{journal_lines.CHECKED_PREFIX}{m}" for m in marks):
            return True
    for reference in uow.session.scalars(select(Ticket.reference)):
        if not names.intersection(journal_lines.ticket_names(uow.vault, reference)):
            return True
    return False


def _moment(text: str) -> datetime | None:
    """A start's `noted_at` as a time (None: no time, so every check counts)."""
    try:
        return as_utc(datetime.fromisoformat(text))
    except (TypeError, ValueError):
        return None


def claimed(uow: UnitOfWork, row: AuditStart, folder: str | Path | None) -> bool:
    """Whether the start vouches for anything stored before it: it adopted entries, or it
    adopted none over tickets or members already stored (`stored_before`). Only a new
    installation's start claims nothing."""
    return adopted(row) or stored_before(uow, folder, row)


def problems(uow: UnitOfWork, folder: str | Path | None) -> dict[str, list[str]]:
    """Fail closed: the start, when it adopted stored entries and nothing off the database
    has witnessed it (no `anchored-start:` line of it in `folder`), named as unwitnessed and
    what to do; empty otherwise (no folder, no start: `record_journal.start_problems`)."""
    row = current(uow) if folder else None
    if row is None or witnessed(folder, uow.vault, text_of(row)) or not claimed(uow, row, folder):
        return {}
    what = (
        f"adopted {row.covered} entr(y/ies) already stored"
        if adopted(row)
        else "adopted no entry while tickets, members or checks of the record stored before it"
        " exist (the whole audit log erased looks the same)"
    )
    return {
        NAME: [
            f"{UNWITNESSED} {row.noted_at}: the audit log's start {what} and no anchor whose"
            " code left the machine has witnessed it"
            " (a start noted anew beside a new journal folder, after its row was deleted, looks"
            " the same): ask a chair for the latest code they received in LINE and run"
            " `tickets verify --code XXXX-XXXX-XXXX-XXXX`"
        ]
    }


REFUSED = "start refused"  # how `tickets verify` names a refusal's problems
RETRIES = journal_lines.REFUSAL_RETRIES


def refusal_problems(uow: UnitOfWork, folder: str | Path | None) -> dict[str, list[str]]:
    """Each start refused at the shell (`start-refused:` lines, fixA38b) no notice of which
    LINE took (no `start-refused-sent:` line): none in the outbox (deleted by a database
    writer before it left; the next outbox run queues it again), or none waiting either
    (marked sent in SQL, or given up): the chairs were never told a start was tried. One on
    its way is no problem."""
    if not folder:
        return {}
    journal = journal_lines.fresh(folder)
    told = journal_lines.refusals_told(uow.vault, journal)
    found = []
    for told_as, day, _digest in journal_lines.refusals(uow.vault, journal):
        if told_as in told:
            continue
        notices = outbox.notices_named(uow, outbox.REFUSAL_NOTICE, told_as)
        held = {status for _name, status in notices}
        if not held:
            found.append(
                f"a start tried at the shell was refused (anchor of {day}) and no chair's notice"
                " of it is in the outbox (deleted outside the application): the next outbox run"
                " queues it again"
            )
        elif journal_lines.refusal_given_up(uow.vault, journal, told_as) > RETRIES:
            found.append(
                f"a start tried at the shell was refused (anchor of {day}) and LINE took none"
                " of its notices to the chairs, given up after every retry: tell the chairs"
                " another way"
            )
        elif not held & set(outbox.WAITING):
            found.append(
                f"a start tried at the shell was refused (anchor of {day}) and no chair's notice"
                " of it left (marked sent outside the application, or given up): the next"
                " outbox run queues it again"
            )
    return {REFUSED: found} if found else {}


def holds(witness: list | None, row: AuditStart | None) -> bool:
    """Whether an anchor's witness holds this start as the row holds it now."""
    if row is None:
        return False
    wanted = ["audit-start", *text_of(row).split()]
    return any(isinstance(r, list) and [str(part) for part in r] == wanted for r in witness or [])


def note_anchored(uow: UnitOfWork, witness: list) -> None:
    """Journal, when this anchor commits, that its witness holds the start (the caller makes
    it; its code goes to the chairs): only a start not reported by `problems` (a start that
    adopted nothing, or one witnessed before), and once."""
    folder = uow.session.info.get(FOLDER)
    row = current(uow) if folder else None
    if row is None or not holds(witness, row) or claimed(uow, row, folder):
        return  # claimed: only a chair's code (`vouch`) or the operator vouches for it
    text = text_of(row)
    if witnessed(folder, uow.vault, text):
        return
    mark = journal_lines.anchored_marks(uow.vault, text)[0]
    uow.session.info.setdefault(PENDING, []).append(f"{ANCHORED_START_PREFIX}{mark}\n")


def vouch(uow: UnitOfWork, folder: str | Path) -> bool:
    """Journal at once that a chair's code held the start as it stands (`tickets verify
    --code`, the code found intact on an anchor holding it); JournalUnavailable when the
    folder cannot be written. Returns whether a line was written."""
    row = current(uow)
    if row is None or witnessed(folder, uow.vault, text_of(row)):
        return False
    mark = journal_lines.anchored_marks(uow.vault, text_of(row))[0]
    record_journal.append_now(folder, [f"{ANCHORED_START_PREFIX}{mark}\n"])
    return True
