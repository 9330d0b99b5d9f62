"""What the record journal's own lines say of members, roles, join codes and LINE accounts.

The small files beside the journal (`members/N`, `roles/…`) answer a request quickly, but
they are a cache: deleted, or rewritten lower, they must not make the journal forget. So a
check also reads the journal's lines, here, once per process and then only what was appended
since (a file that shrank, or was replaced, is read again whole). The tickets' entry lines are
skipped: only `tickets verify` reads those (storage/record_journal.py).
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

MEMBER_PREFIX = "member:"  # `member:N V`: member N sealed at version V
# `role:chair` (no space, so no check reads it as an entry): a member was sealed with it.
ROLE_PREFIX = "role:"
CODE_PREFIX = "code:"  # `code:H N`: the join code of keyed hash H was used by member N
ACCOUNT_PREFIX = "account:"  # `account:H N`: the LINE account of keyed hash H is member N
OWN_PREFIXES = (MEMBER_PREFIX, ROLE_PREFIX, CODE_PREFIX, ACCOUNT_PREFIX)


@dataclass
class JournalLines:
    """Each member's latest version, each role held, each used join code's member, and
    each LINE account's members (as the journal's lines hold them)."""

    versions: dict[int, int] = field(default_factory=dict)
    roles: set[str] = field(default_factory=set)
    codes: dict[str, int] = field(default_factory=dict)
    accounts: dict[str, set[int]] = field(default_factory=dict)

    def take(self, line: str) -> None:
        """Add what one line says (ticket and conflict lines say nothing here)."""
        name, _, value = line.strip().partition(" ")
        if name.startswith(MEMBER_PREFIX) and value.isdigit():
            number = name[len(MEMBER_PREFIX) :]
            if number.isdigit():
                member_id = int(number)
                self.versions[member_id] = max(self.versions.get(member_id, 0), int(value))
        elif name.startswith(ROLE_PREFIX) and not value:
            self.roles.add(name[len(ROLE_PREFIX) :])
        elif name.startswith(CODE_PREFIX) and value.isdigit():
            self.codes.setdefault(name[len(CODE_PREFIX) :], int(value))
        elif name.startswith(ACCOUNT_PREFIX) and value.isdigit():
            self.accounts.setdefault(name[len(ACCOUNT_PREFIX) :], set()).add(int(value))

    def merge(self, other: JournalLines) -> None:
        """Add what another file's lines say."""
        for member_id, version in other.versions.items():
            self.versions[member_id] = max(self.versions.get(member_id, 0), version)
        self.roles |= other.roles
        for code, member_id in other.codes.items():
            self.codes.setdefault(code, member_id)
        for account, ids in other.accounts.items():
            self.accounts.setdefault(account, set()).update(ids)


@dataclass
class _File:
    inode: int
    offset: int  # how far whole lines were read
    lines: JournalLines


_lock = threading.Lock()
_files: dict[str, _File] = {}


def read(folder: str | Path) -> JournalLines:
    """What every `journal-*.log` in `folder` says now (empty: no journal)."""
    found = JournalLines()
    with _lock:
        for path in sorted(Path(folder).glob("journal-*.log")):
            kept = _read_file(path)
            if kept is not None:
                found.merge(kept.lines)
    return found


def _read_file(path: Path) -> _File | None:
    key = str(path)
    try:
        with path.open("rb") as handle:
            stat = os.fstat(handle.fileno())
            kept = _files.get(key)
            if kept is None or kept.inode != stat.st_ino or stat.st_size < kept.offset:
                kept = _File(stat.st_ino, 0, JournalLines())
            handle.seek(kept.offset)
            fresh = handle.read()
    except OSError:
        _files.pop(key, None)
        return None
    whole = fresh[: fresh.rfind(b"\n") + 1]  # a line still being written waits
    for line in whole.decode("utf-8", "replace").splitlines():
        kept.lines.take(line)
    kept.offset += len(whole)
    _files[key] = kept
    return kept
