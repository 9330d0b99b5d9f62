"""What migration 0038 journals of a database as it stands at the upgrade: each agency
record's mark and each tie's record mark (so one copied back from before a later merge is
older than the journal), each used join code (so its row marked unused again is still used)
and, with the keys, each member's LINE account (so a row detached from it still names it).

Before this, the application journalled these only as it wrote them from then on: a merge
after the upgrade journalled the new marks but not the old ones, so a record and tie copied
back from before it fitted. What the database holds at the upgrade is taken as the
application's, as every sealing migration does.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from storage import journal_lines, record_journal, row_seals
from storage.committee_models import JoinCode
from storage.insider_models import Agency
from storage.journal_lines import ACCOUNT_PREFIX, AGENCY_PREFIX, CODE_PREFIX, JOURNAL_ACCOUNT
from storage.models import Member, MemberConflict


def journal_stored(conn, folder: str | Path | None, vault=None) -> int:
    """Journal the stored marks, used codes and members' LINE accounts at once (the ties'
    marks and the accounts only with `vault`: both are named by keyed digests). With no folder,
    nothing: that install keeps no journal, so nothing reads one.
    JournalUnavailable when the folder cannot be written. Returns how many lines."""
    if not folder:
        return 0
    lines = [*_marks(conn, vault), *_used_codes(conn)]
    if vault is not None:
        lines += _accounts(conn, vault)
    if lines:
        record_journal.append_now(folder, lines)
    return len(lines)


def _marks(conn, vault) -> list[str]:
    agencies = Agency.__table__
    lines = [
        f"{AGENCY_PREFIX}{row.id} {row.mark}\n"
        for row in conn.execute(select(agencies.c.id, agencies.c.mark).order_by(agencies.c.id))
        if row.mark
    ]
    if vault is None:  # a tie is named by a keyed digest: without the keys, none
        return lines
    ties = MemberConflict.__table__
    columns = (ties.c.member_id, ties.c.kind, ties.c.value, ties.c.record_mark)
    for row in conn.execute(select(*columns).order_by(ties.c.id)):
        if row.record_mark:
            lines.append(f"{row_seals.tie_journal_name(vault, row)} {row.record_mark}\n")
    return lines


def journal_accounts(conn, folder: str | Path | None, vault) -> int:
    """Journal each member's LINE account under the newest lookup key, where the journal
    does not have it yet (`keys rotate`: lines under a key being retired would name no
    account once it is). Returns how many lines."""
    if not folder:
        return 0
    known = journal_lines.read(folder).accounts
    lines = [
        line
        for line in _accounts(conn, vault)
        if int(line.split()[1]) not in known.get(line.split()[0][len(ACCOUNT_PREFIX) :], ())
    ]
    if lines:
        record_journal.append_now(folder, lines)
    return len(lines)


def _used_codes(conn) -> list[str]:
    codes = JoinCode.__table__
    stmt = select(codes.c.code_hash, codes.c.used_by_member_id).where(codes.c.used_at.is_not(None))
    return [
        f"{CODE_PREFIX}{row.code_hash} {row.used_by_member_id or 0}\n"
        for row in conn.execute(stmt.order_by(codes.c.id))
        if row.code_hash.isalnum()
    ]


def _accounts(conn, vault) -> list[str]:
    members = Member.__table__
    stmt = select(members.c.id, members.c.line_user_id_enc).order_by(members.c.id)
    lines = []
    for row in conn.execute(stmt.where(members.c.line_user_id_enc.is_not(None))):
        try:
            line_user_id = vault.decrypt(row.line_user_id_enc)
        except ValueError:  # a token no key opens names no account
            continue
        if line_user_id:
            account = vault.indexes(line_user_id, JOURNAL_ACCOUNT)[0]
            lines.append(f"{ACCOUNT_PREFIX}{account} {row.id}\n")
    return lines
