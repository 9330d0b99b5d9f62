"""What the record journal's own lines say of members, roles, join codes, LINE accounts and
agency and tie marks.

The small files beside the journal (`members/N`, `roles/…`) answer a request quickly, but
they are a cache: deleted, or rewritten lower, they must not make the journal forget. So a
check also reads the journal's lines, here: once per process, then only what was appended
to today's file (an earlier day's file, once read, is not read again; a file that shrank or
was replaced is read again whole). A file's name is not trusted past today: one named for a
later day, or for no day, is checked for growth at each read like today's (a holder of the
folder who puts `journal-2099-12-31.log` there hides no line written after), and `tickets
verify` reports it (`misdated`). What a process learnt stays learnt, which only ever
checks more. Of the tickets' entry lines only how many each ticket has is kept (a page asks
whether a ticket still holds as many: `record_journal.rolled_back_among`); the entries
themselves only `tickets verify` reads (storage/record_journal.py).
`python benchmarks/journal_lines.py` times a year of files.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from storage.ticket_chain.digests import canonical, plain

MEMBER_PREFIX = "member:"  # `member:N V`: member N sealed at version V
# `role:chair` (no space, so no check reads it as an entry): a member was sealed with it.
ROLE_PREFIX = "role:"
CODE_PREFIX = "code:"  # `code:H N`: the join code of keyed hash H was used by member N
ACCOUNT_PREFIX = "account:"  # `account:H N`: the LINE account of keyed hash H is member N
JOURNAL_ACCOUNT = "journal-account"  # the vault's purpose of that keyed hash (storage/crypto.py)
AGENCY_PREFIX = "agency:"  # `agency:N M`: the application marked agency record N with M
TIE_PREFIX = "tie:"  # `tie:M:K:D R`: the application pointed member M's tie with record mark R
CONFLICT_PREFIX = "conflict:"  # `conflict:M:K:D S`: the application sealed member M's tie with S
# `policy:K S T M`: the application sealed the chair's setting K with S, the setting's time T
# (its `set_at`, as sealed) and M a keyed mark (purpose JOURNAL_AUDIT) over K, S and T
# (`policy_order_marks`): the latest is the one of the latest T whose M fits, wherever its
# line stands (a line cut and written again after a later one is still older; fixA38b).
# Lines written before (`policy:K S`, no T) are still read, in the order they stand, and
# count as older than every line with a T.
POLICY_PREFIX = "policy:"
# `ended:H`: the application ended the dashboard session whose token's keyed hash is H (a row
# put back from before it ended, its old seal with it, is still no session).
ENDED_PREFIX = "ended:"
# `used:H`: the application used up the login link whose token's keyed hash is H (signed in
# with it, or spent it signing out everywhere): its row put back from before is still used.
USED_PREFIX = "used:"
# `erased:H T`: the person whose LINE id has the keyed index H (purpose JOURNAL_ERASED) was
# erased at T (ISO time, UTC): a backup made before T, restored, has the erasure replayed
# (storage/privacy.py `replay_erasures`); one made after it holds the erasure already.
ERASED_PREFIX = "erased:"
JOURNAL_ERASED = "journal-erased"
# `audit:M T`: the application wrote an audit entry of keyed mark M (purpose JOURNAL_AUDIT, over
# the entry's time, actor, action, detail and ticket; a line a start wrote for an entry it
# adopted, over that start's `N T C` too: `adopted_marks`) at T; `audit-cut:T M`: the retention job
# let every entry before T go, M its keyed mark (`cut_marks`): a cut without it (old plain
# lines, or one appended by a holder of the folder) is not taken (docs/insider.md).
# `tickets verify` finds each journalled entry since the latest cut still in `audit_log`, as
# written (storage/record_journal.py `audit_problems`).
AUDIT_PREFIX = "audit:"
AUDIT_CUT_PREFIX = "audit-cut:"
# `audit-start:M`: the folder's audit start (`N T C`, as in the `audit-start` file and the
# database's `audit_start` row) as first noted, keyed (purpose JOURNAL_AUDIT): the file cut
# back or deleted, or the row deleted, no longer answers to it.
AUDIT_START_PREFIX = "audit-start:"
# `anchored-start:M`: an anchor whose code went to the chairs witnessed the audit start `N T C`
# (M keyed as above, over `anchored-start N T C`; storage/start_witness.py). A start with no
# such line adopted entries unwitnessed: `tickets verify` fails closed on it.
ANCHORED_START_PREFIX = "anchored-start:"
JOURNAL_AUDIT = "journal-audit"
# `checked:M`: the application kept a check of the record (`chain_verifications`, fixA34), M
# keyed (purpose JOURNAL_AUDIT) over the check's id and the audit start `N T C` it was kept
# under (`checked_marks`, fixA35): a start that adopted nothing while checks exist that the
# journal never saw kept under it is the audit log erased with its start, not a new
# installation (storage/start_witness.py `stored_before`). A line written in a scratch folder
# (the key unknown), or copied from the real one (bound to its start), answers to no new start.
CHECKED_PREFIX = "checked:"
# The vault's purpose of a tie's digest D in those names (storage/row_seals.py `tie_digests`).
JOURNAL_TIE = "journal-tie"
# `start-refused:M I D G`: a start accepted or vouched at the shell was refused, and the chairs
# are to be told so by the notices of dedupe name I (`anchor_codes.refused`) naming the anchor
# of day D and digest G; M keyed (purpose JOURNAL_AUDIT) over I, D and G (`refusal_marks`).
# Each outbox run queues again each chair's notice of it no row holds (one deleted by a
# database writer: `anchor_codes.retell_refused`), and `tickets verify` reports a refusal no
# chair's notice of which left (fixA38b).
REFUSED_PREFIX = "start-refused:"
# `start-refused-sent:M I`: LINE took a notice of the refusal whose notices are named I (the
# sender, `bot.line.delivery`), M keyed over I: a row marked sent in SQL writes none, so the
# refusal is still to be told (queued again under `I.1`, `I.2` …).
REFUSAL_SENT_PREFIX = "start-refused-sent:"
# `start-refused-gave-up:M N`: the sender gave up a notice of the refusal named N (`I` or
# `I.k`) that it had handed to LINE, M keyed over N. Only these spend the REFUSAL_RETRIES a
# refusal is queued again after: a row marked sent, given up or deleted in SQL writes none,
# so a database writer cannot use the retries up (fixA40b).
REFUSAL_GAVE_UP_PREFIX = "start-refused-gave-up:"
REFUSAL_KIND = "refused-"  # how the dedupe name of every refusal's notices begins
REFUSAL_RETRIES = 3
# `renamed:M:K:D M:K:E`: `keys rotate` wrote every line of the tie named D again as E, under
# the newest lookup key (D's key may then be retired; handlers/directory/vouched_ties.py).
RENAMED_PREFIX = "renamed:"
# `t:N E`: the application wrote a timeline entry on the ticket of keyed name N, E a keyed
# mark of the entry's hash (lines written before: `REFERENCE HASH`, still read). Both keyed
# under DATA_LOOKUP_KEY, purpose JOURNAL_TICKET: a copy of the folder names no ticket, and
# with the database too it matches no line to an entry (docs/insider.md, "Tickets in the
# record journal").
TICKET_PREFIX = "t:"
JOURNAL_TICKET = "journal-ticket"
KEYED_CHARS = 32
OWN_PREFIXES = (
    MEMBER_PREFIX,
    ROLE_PREFIX,
    CODE_PREFIX,
    ACCOUNT_PREFIX,
    AGENCY_PREFIX,
    TIE_PREFIX,
    RENAMED_PREFIX,
    POLICY_PREFIX,
    ENDED_PREFIX,
    USED_PREFIX,
    ERASED_PREFIX,
    AUDIT_PREFIX,
    AUDIT_CUT_PREFIX,
    AUDIT_START_PREFIX,
    ANCHORED_START_PREFIX,
    CHECKED_PREFIX,
    REFUSED_PREFIX,
    REFUSAL_SENT_PREFIX,
    REFUSAL_GAVE_UP_PREFIX,
)
FOLDER = "record_journal_folder"  # in each session's info: where its journal is
PENDING = "record_journal"  # in each session's info: the lines to append when it commits


@dataclass
class Marks:
    """Every mark the journal holds of one row, and the last one written."""

    seen: set[str] = field(default_factory=set)
    latest: str = ""
    order: int = 0  # where the latest was written among the journal's lines

    def add(self, mark: str, order: int = 0) -> None:
        """Note a mark written after every one before (the `order`-th line read)."""
        self.seen.add(mark)
        self.latest, self.order = mark, order

    def add_new(self, mark: str, order: int = 0) -> None:
        """Note a mark that is the latest only the first time it is written: for a row whose
        every write is sealed over its own time (a policy setting's `set_at`), so the
        application never writes an older mark again. A line holding one appended again is
        a copy put back (round 16), and the newest mark ever written stays the latest."""
        if mark not in self.seen:
            self.add(mark, order)

    def superseded(self, mark: str | None) -> bool:
        """Whether `mark` is one the application wrote and later replaced (a copy put back;
        a mark not journalled yet, committed a moment ago, is not)."""
        return mark in self.seen and mark != self.latest


def merged(found: list[Marks]) -> Marks:
    """The marks one row has under several names (a tie's names under each key), as one:
    every mark seen, and the latest of them all."""
    if not found:
        return Marks()
    last = max(found, key=lambda m: m.order)
    return Marks(set().union(*(m.seen for m in found)), last.latest, last.order)


@dataclass
class JournalLines:
    """Each member's latest version, each role held, each used join code's member, and
    each LINE account's members (as the journal's lines hold them)."""

    versions: dict[int, int] = field(default_factory=dict)
    roles: set[str] = field(default_factory=set)
    codes: dict[str, int] = field(default_factory=dict)
    accounts: dict[str, set[int]] = field(default_factory=dict)
    agencies: dict[int, Marks] = field(default_factory=dict)
    ties: dict[str, Marks] = field(default_factory=dict)
    conflicts: dict[str, Marks] = field(default_factory=dict)
    policies: dict[str, Marks] = field(default_factory=dict)
    # Each policy setting's lines with a time (`policy:K S T M`): (S, T, M), where last read.
    policy_writes: dict[str, dict[tuple[str, str, str], int]] = field(default_factory=dict)
    refusals: set[tuple[str, str, str, str]] = field(default_factory=set)  # (M, I, D, G)
    refusals_sent: set[tuple[str, str]] = field(default_factory=set)  # (M, I)
    refusals_gave_up: set[tuple[str, str]] = field(default_factory=set)  # (M, N)
    ended: set[str] = field(default_factory=set)  # token hashes of sessions ended
    used: set[str] = field(default_factory=set)  # token hashes of login links used up
    erased: dict[str, str] = field(default_factory=dict)  # each person erased: when, latest
    renamed: dict[str, str] = field(default_factory=dict)
    entries: dict[str, int] = field(default_factory=dict)  # each ticket's entries journalled
    # Of each file, each ticket's most entry lines read in one pass over it: a file replaced
    # (`keys rotate` writes it again) is read again whole, and must not count its lines twice;
    # nor may a file rewritten shorter count fewer than it once showed.
    file_entries: dict[str, dict[str, int]] = field(default_factory=dict)
    passes: dict[str, dict[str, int]] = field(default_factory=dict)
    taken: int = 0  # lines read so far, in the order they were written

    def agency_superseded(self, agency_id: int, mark: str | None) -> bool:
        """Whether an agency record's stored mark is an older one the journal holds."""
        return agency_id in self.agencies and self.agencies[agency_id].superseded(mark)

    def tie_superseded(self, names: list[str], mark: str | None) -> bool:
        """Whether a tie's stored record mark (the tie by each name the journal may know it
        by, without the prefix: row_seals.tie_keys) is an older one the journal holds."""
        return merged([self.ties[n] for n in names if n in self.ties]).superseded(mark)

    def policy_superseded(self, key: str, seal: str | None) -> bool:
        """Whether a policy setting's stored seal is an older one the journal holds (a
        setting the chair changed since, copied back from an older copy of the database)."""
        return key in self.policies and self.policies[key].superseded(seal)

    def current(self, name: str) -> str:
        """The name a tie's lines are written under now (`name` unless `keys rotate` named
        it again)."""
        for _ in range(len(self.renamed)):
            if name not in self.renamed:
                break
            name = self.renamed[name]
        return name

    def new_pass(self, path: str) -> None:
        """`path` is read again from its start (new, or replaced)."""
        self.passes[path] = {}

    def take(self, line: str, path: str = "") -> None:
        """Add what one line of `path` says (a ticket's line: one more entry of that ticket,
        counted once however often the file is read again)."""
        name, _, value = line.strip().partition(" ")
        self.taken += 1
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
        elif name.startswith(AGENCY_PREFIX) and value and name[len(AGENCY_PREFIX) :].isdigit():
            self.agencies.setdefault(int(name[len(AGENCY_PREFIX) :]), Marks()).add(value)
        elif name.startswith(TIE_PREFIX) and value:
            self.ties.setdefault(name[len(TIE_PREFIX) :], Marks()).add(value, self.taken)
        elif name.startswith(CONFLICT_PREFIX) and value:
            self.conflicts.setdefault(name[len(CONFLICT_PREFIX) :], Marks()).add(value, self.taken)
        elif name.startswith(POLICY_PREFIX) and value:
            key, parts = name[len(POLICY_PREFIX) :], value.split()
            self.policies.setdefault(key, Marks()).add_new(parts[0], self.taken)
            if len(parts) > 1:  # a line with a time; one not of three parts fits no mark
                write = (parts[0], parts[1], parts[2] if len(parts) == 3 else "")
                self.policy_writes.setdefault(key, {})[write] = self.taken
        elif name.startswith(REFUSAL_GAVE_UP_PREFIX) and value:
            self.refusals_gave_up.add((name[len(REFUSAL_GAVE_UP_PREFIX) :], value.strip()))
        elif name.startswith(REFUSAL_SENT_PREFIX) and value:
            self.refusals_sent.add((name[len(REFUSAL_SENT_PREFIX) :], value.strip()))
        elif name.startswith(REFUSED_PREFIX) and value:
            parts = value.split()
            if len(parts) == 3:
                self.refusals.add((name[len(REFUSED_PREFIX) :], *parts))
        elif name.startswith(ENDED_PREFIX) and not value:
            self.ended.add(name[len(ENDED_PREFIX) :])
        elif name.startswith(USED_PREFIX) and not value:
            self.used.add(name[len(USED_PREFIX) :])
        elif name.startswith(ERASED_PREFIX) and value:
            person = name[len(ERASED_PREFIX) :]
            self.erased[person] = max(self.erased.get(person, ""), value)
        elif name.startswith(RENAMED_PREFIX) and value:
            self.renamed[name[len(RENAMED_PREFIX) :]] = value
        elif value and is_ticket_name(name):  # an entry the application wrote
            seen = self.passes.setdefault(path, {})
            seen[name] = seen.get(name, 0) + 1
            best = self.file_entries.setdefault(path, {})
            if seen[name] > best.get(name, 0):
                best[name] = seen[name]
                self.entries[name] = self.entries.get(name, 0) + 1


def is_ticket_name(name: str) -> bool:
    """Whether a line's name is a ticket's: keyed (`t:N`), or a plain reference (old lines)."""
    return name.startswith(TICKET_PREFIX) or ":" not in name


def ticket_names(vault, reference: str) -> list[str]:
    """Every name the journal may have for a ticket: keyed under each lookup key, newest
    first (the one written now), then the plain reference of lines written before."""
    keyed = vault.indexes(reference, JOURNAL_TICKET)
    return [*(TICKET_PREFIX + d[:KEYED_CHARS] for d in keyed), reference]


def entry_marks(vault, entry_hash: str) -> list[str]:
    """Every mark the journal may hold for a timeline entry's hash: keyed under each lookup
    key, newest first, then the plain hash of lines written before."""
    keyed = vault.indexes(f"entry:{entry_hash}", JOURNAL_TICKET)
    return [*(d[:KEYED_CHARS] for d in keyed), entry_hash]


def audit_marks(vault, entry) -> list[str]:
    """Every mark the journal may hold for an audit entry (an ORM object or a row): over its
    id too, keyed under each lookup key, newest first; then those of lines written before
    ids were marked (a row renumbered still answers to those, and only to those)."""
    fields = {name: plain(name, getattr(entry, name)) for name in AUDIT_FIELDS}
    older = [d[:KEYED_CHARS] for d in vault.indexes(canonical(fields).decode(), JOURNAL_AUDIT)]
    if getattr(entry, "id", None) is None:
        return older
    fields["id"] = str(entry.id)
    text = canonical(fields).decode("utf-8")
    return [d[:KEYED_CHARS] for d in vault.indexes(text, JOURNAL_AUDIT)] + older


AUDIT_FIELDS = ("at", "actor", "action", "detail", "ticket_id")


def adopted_marks(vault, entry, start: str) -> list[str]:
    """Every mark of an audit entry stored before the audit start `N T C` that adopted it (the
    lines a start writes, fixA34): over the entry, its id and that start, keyed under each
    lookup key, newest first. A start noted anew beside a scratch folder adopts a forged entry
    under its own `N T C`: that line fits no other folder's start."""
    fields = {name: plain(name, getattr(entry, name)) for name in AUDIT_FIELDS}
    fields["id"] = str(entry.id)
    fields["adopted_by"] = start
    return [d[:KEYED_CHARS] for d in vault.indexes(canonical(fields).decode(), JOURNAL_AUDIT)]


def checked_marks(vault, check_id: int, start: str) -> list[str]:
    """Every mark of a `checked:` line of the check `check_id` kept under the audit start
    `N T C` (`start`; "" when none was noted): keyed under each lookup key, newest first."""
    return [d[:KEYED_CHARS] for d in vault.indexes(f"checked {check_id} {start}", JOURNAL_AUDIT)]


def policy_order_marks(vault, key: str, seal: str, at: str) -> list[str]:
    """Every mark of a `policy:K S T M` line (setting `key` sealed with `seal` at `at`, the
    plain text of its `set_at`): keyed under each lookup key, newest first."""
    text = f"policy-order {key} {seal} {at}"
    return [d[:KEYED_CHARS] for d in vault.indexes(text, JOURNAL_AUDIT)]


def policy_line(vault, key: str, seal: str, at: str) -> str:
    """The journal line of a policy setting the application seals now."""
    return f"{POLICY_PREFIX}{key} {seal} {at} {policy_order_marks(vault, key, seal, at)[0]}\n"


@dataclass
class PolicyOrder:
    """What one policy setting's lines with a time say, their marks checked: the seal of the
    latest write (None: no such line), the lines whose mark does not fit (a time changed, a
    line forged or renumbered), and those that stand after a later write (moved)."""

    latest: str | None = None
    broken: list[str] = field(default_factory=list)
    moved: list[str] = field(default_factory=list)


def _time(at: str) -> datetime | None:
    try:
        when = datetime.fromisoformat(at.removesuffix("Z"))
    except ValueError:
        return None
    return when if at.endswith("Z") and when.tzinfo is None else None


def policy_order(vault, key: str, journal: JournalLines) -> PolicyOrder:
    """The order of setting `key`'s writes, by their times (each vouched for by its mark), not
    by where their lines stand."""
    found = PolicyOrder()
    fitting: list[tuple[datetime, int, str]] = []
    for (seal, at, mark), where in journal.policy_writes.get(key, {}).items():
        when = _time(at)
        if when is None or mark not in policy_order_marks(vault, key, seal, at):
            found.broken.append(f"{seal} {at} {mark}".strip())
        else:
            fitting.append((when, where, seal))
    latest_so_far = None
    for when, _where, seal in sorted(fitting, key=lambda f: f[1]):
        if latest_so_far is not None and when < latest_so_far:
            found.moved.append(seal)
        latest_so_far = max(when, latest_so_far or when)
    if fitting:
        found.latest = max(fitting)[2]
    return found


def policy_superseded(vault, key: str, seal: str | None, journal: JournalLines) -> bool:
    """Whether a policy setting's stored seal is not the latest the journal holds: an older
    one (a setting the chair changed since, copied back from an older copy of the database),
    or any when a line of the setting's does not fit its mark (fail closed)."""
    order = policy_order(vault, key, journal)
    if order.broken:
        return True
    if order.latest is None:  # only lines written before times were journalled
        return journal.policy_superseded(key, seal)
    return seal in journal.policies[key].seen and seal != order.latest


def fresh(folder: str | Path) -> JournalLines:
    """What the folder's lines say, read now from their start in the order they stand (not
    the process's shared reading, which a file edited in place without changing its size
    does not renew): for `tickets verify`."""
    found = JournalLines()
    for path in _journal_paths(folder):
        try:
            with open(path, encoding="utf-8", errors="replace") as handle:
                for line in handle:
                    found.take(line, path)
        except OSError:
            continue
    return found


def refusal_marks(vault, told_as: str, day: str, digest: str) -> list[str]:
    """Every mark of a `start-refused:` line (the refusal's notices of dedupe name `told_as`,
    naming the anchor of `day` and `digest`): keyed under each lookup key, newest first."""
    text = f"start-refused {told_as} {day} {digest}"
    return [d[:KEYED_CHARS] for d in vault.indexes(text, JOURNAL_AUDIT)]


def refusal_line(vault, told_as: str, day: str, digest: str) -> str:
    """The journal line of a start refused now, whose notices are named `told_as`."""
    mark = refusal_marks(vault, told_as, day, digest)[0]
    return f"{REFUSED_PREFIX}{mark} {told_as} {day} {digest}\n"


def refusal_sent_marks(vault, told_as: str) -> list[str]:
    """Every mark of a `start-refused-sent:` line of the notices named `told_as`."""
    return [d[:KEYED_CHARS] for d in vault.indexes(f"start-refused-sent {told_as}", JOURNAL_AUDIT)]


def refusal_sent_line(vault, dedupe_kind: str) -> str:
    """The journal line of a refusal's notice LINE took, its dedupe name's kind `dedupe_kind`
    (`I`, or `I.k` for one queued again)."""
    told_as = dedupe_kind.split(".", 1)[0]
    return f"{REFUSAL_SENT_PREFIX}{refusal_sent_marks(vault, told_as)[0]} {told_as}\n"


def refusals_told(vault, journal: JournalLines) -> set[str]:
    """The dedupe names of the refusals a notice of which LINE took (marks that fit)."""
    return {i for m, i in journal.refusals_sent if m in refusal_sent_marks(vault, i)}


def refusal_gave_up_marks(vault, name: str) -> list[str]:
    """Every mark of a `start-refused-gave-up:` line of the notices named `name`."""
    return [d[:KEYED_CHARS] for d in vault.indexes(f"start-refused-gave-up {name}", JOURNAL_AUDIT)]


def refusal_gave_up_line(vault, name: str) -> str:
    """The journal line of a refusal's notice (named `name`: `I` or `I.k`) the sender gave
    up after handing it to LINE."""
    return f"{REFUSAL_GAVE_UP_PREFIX}{refusal_gave_up_marks(vault, name)[0]} {name}\n"


def refusal_given_up(vault, journal: JournalLines, told_as: str) -> int:
    """How many of the refusal `told_as`'s names the sender gave up (marks that fit): the
    retries spent, as the journal holds them and not as the outbox's rows say."""
    return len(
        {
            n
            for m, n in journal.refusals_gave_up
            if (n == told_as or n.startswith(told_as + "."))
            and m in refusal_gave_up_marks(vault, n)
        }
    )


def next_refusal_name(told_as: str, names: list[str]) -> str:
    """The name a refusal's notices are queued again under: `I.k`, k one more than any of
    `names` (those the outbox holds) has; no bound, since rows a writer marks or deletes
    spend no retry (`refusal_given_up` does)."""
    tries = [n.rpartition(".")[2] for n in names if n.startswith(told_as + ".")]
    return f"{told_as}.{max((int(k) for k in tries if k.isdigit()), default=0) + 1}"


def refusals(vault, journal: JournalLines) -> list[tuple[str, str, str]]:
    """Each start refused the journal holds, as (notices' dedupe name, anchor day, digest),
    oldest day first; a line whose mark fits no lookup key (forged) is left out."""
    return sorted(
        (
            (told_as, day, digest)
            for mark, told_as, day, digest in journal.refusals
            if mark in refusal_marks(vault, told_as, day, digest)
        ),
        key=lambda r: (r[1], r[0]),
    )


def adopted_line(vault, entry, start: str) -> str:
    """The journal line of an audit entry the start `N T C` adopts now."""
    return f"{AUDIT_PREFIX}{adopted_marks(vault, entry, start)[0]} {plain('at', entry.at)}\n"


def audit_line(vault, entry) -> str:
    """The journal line of one audit entry the application writes now."""
    return f"{AUDIT_PREFIX}{audit_marks(vault, entry)[0]} {plain('at', entry.at)}\n"


def start_marks(vault, start: str) -> list[str]:
    """Every mark of the audit start `N T C` (journal line and database row): keyed under
    each lookup key, newest first."""
    return [d[:KEYED_CHARS] for d in vault.indexes(f"audit-start {start}", JOURNAL_AUDIT)]


def anchored_marks(vault, start: str) -> list[str]:
    """Every mark of an anchor's witness of the audit start `N T C` (`anchored-start:` lines):
    keyed under each lookup key, newest first."""
    return [d[:KEYED_CHARS] for d in vault.indexes(f"anchored-start {start}", JOURNAL_AUDIT)]


def anchor_seals(vault, day: str, digest: str) -> list[str]:
    """Every keyed seal of an anchor of `day` whose lists without their seal have the SHA-256
    `digest` (its `["seal", S]` witness row): under each lookup key, newest first."""
    return [d[:KEYED_CHARS] for d in vault.indexes(f"anchor-seal {day} {digest}", JOURNAL_AUDIT)]


def cut_marks(vault, cut: str) -> list[str]:
    """Every mark of the retention job's audit cut at `cut` (plain time text): keyed under
    each lookup key, newest first."""
    return [d[:KEYED_CHARS] for d in vault.indexes(f"audit-cut {cut}", JOURNAL_AUDIT)]


def ticket_line(vault, reference: str, entry_hash: str) -> str:
    """The journal line of one entry the application writes on a ticket now."""
    name = TICKET_PREFIX + vault.index(reference, JOURNAL_TICKET)[:KEYED_CHARS]
    return f"{name} {vault.index(f'entry:{entry_hash}', JOURNAL_TICKET)[:KEYED_CHARS]}\n"


@dataclass
class _File:
    inode: int
    offset: int  # how far whole lines were read
    size: int  # the file's size when last read
    tail: bytes = b""  # the last bytes read (up to TAIL): no longer there, the file was edited


_lock = threading.Lock()
_files: dict[str, _File] = {}
_folders: dict[str, JournalLines] = {}  # what each folder's lines said, as read so far


def read(folder: str | Path) -> JournalLines:
    """What every `journal-*.log` in `folder` says now (empty: no journal). Shared between
    callers and added to as lines are appended: look things up in it, never change it, and
    iterate only over a copy (`member_ids`)."""
    with _lock:
        return _read(folder)


def member_ids(folder: str | Path) -> set[int]:
    """The id of every member the journal's lines name."""
    with _lock:
        return set(_read(folder).versions)


def _read(folder: str | Path) -> JournalLines:
    found = _folders.setdefault(str(folder), JournalLines())
    paths = _journal_paths(folder)
    # Only yesterday's (a line committed at midnight) and today's files grow: an earlier
    # day's, once read, is taken as read. What the process learnt stays learnt: a line deleted
    # since, or a file replaced, still counts.
    since = datetime.now(UTC).date() - timedelta(days=1)
    for path in paths:
        if path not in _files or path == paths[-1] or _still_growing(path, since):
            _read_file(path, found)
    return found


def day_of(name: str) -> date | None:
    """The day a journal file's name gives (`journal-YYYY-MM-DD.log`), or None."""
    stem = os.path.basename(name).removeprefix("journal-").removesuffix(".log")
    try:
        return date.fromisoformat(stem) if len(stem) == 10 else None
    except ValueError:
        return None


def _still_growing(path: str, since: date) -> bool:
    day = day_of(path)
    return day is None or day >= since


def misdated(folder: str | Path, today: date | None = None) -> list[str]:
    """The journal files named for a day after `today` (UTC) or for no day: the application
    writes neither, so each was put there by hand."""
    today = today or datetime.now(UTC).date()
    names = (os.path.basename(p) for p in _journal_paths(folder))
    return [n for n in names if (day_of(n) or date.max) > today]


def _journal_paths(folder: str | Path) -> list[str]:
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    day_files = (n for n in names if n.startswith("journal-") and n.endswith(".log"))
    return [os.path.join(folder, n) for n in sorted(day_files)]


def forget(folder: str | Path) -> None:
    """Read the folder's files again from the start at the next read: `keys rotate` wrote
    them again (storage/record_journal.py `rewrite`)."""
    with _lock:
        _folders.pop(str(folder), None)
        for path in _journal_paths(folder):
            _files.pop(path, None)


def of_session(session) -> JournalLines:
    """What the journal of a session's process says (empty: it keeps no journal)."""
    folder = session.info.get(FOLDER)
    return read(folder) if folder else JournalLines()


def note(session, line: str) -> None:
    """Append `line` to the journal when this session commits (nothing: no journal)."""
    if session.info.get(FOLDER):
        session.info.setdefault(PENDING, []).append(line if line.endswith("\n") else line + "\n")


def _read_file(key: str, found: JournalLines) -> None:
    kept = _files.get(key)
    try:
        stat = os.stat(key)
        if kept is not None and (kept.inode, kept.size) == (stat.st_ino, stat.st_size):
            return  # not grown since
        with open(key, "rb") as handle:
            stat = os.fstat(handle.fileno())
            if kept is None or kept.inode != stat.st_ino or not _same_tail(handle, kept):
                # new, replaced, cut back, or edited before where it was read to (a line cut
                # and written again after a later one, fixA38b): read it all again
                kept = _File(stat.st_ino, 0, 0)
                found.new_pass(key)
            handle.seek(kept.offset)
            fresh = handle.read()
    except OSError:
        return
    whole = fresh[: fresh.rfind(b"\n") + 1]  # a line still being written waits
    for line in whole.decode("utf-8", "replace").splitlines():
        found.take(line, key)
    kept.offset += len(whole)
    kept.size = kept.offset + len(fresh) - len(whole)
    kept.tail = (kept.tail + whole)[-TAIL:]
    _files[key] = kept


TAIL = 512  # how many of the last bytes read are held against the file at its next read


def _same_tail(handle, kept: _File) -> bool:
    """Whether the file still holds, just before where it was read to, the bytes read there."""
    if os.fstat(handle.fileno()).st_size < kept.offset:
        return False
    handle.seek(kept.offset - len(kept.tail))
    return handle.read(len(kept.tail)) == kept.tail
