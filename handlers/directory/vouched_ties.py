"""The declared ties a former member row stands for, read from what the record journal
vouches for rather than from the tie rows alone (a rejoining LINE account carries them,
handlers/directory/members.py).

Every tie the application declares is journalled by name, `tie:M:K:D` (member M, kind K, a
keyed digest D of its text, storage/row_seals.py `tie_digests`; lines written before it was
keyed carry an unkeyed one, still read), and migration 0038 journalled the ties stored
before. A writer without the keys may delete a tie row, or rewrite its text and record, then
detach the member from their LINE account: the rows alone would then give the account a
fresh, sealed row with no tie, or with the forged one. So each journalled tie is carried by
its own text: the stored row's when the row still has it, else the text whose digest the
journal holds among those the tie could have had (the member's own declarations in the
audit log, the agency records' names, the province's district codes). A journalled tie
whose text cannot be found is an error: the account's ties cannot be known.

A chair who accepts a tie or a member's record as they now stand (handlers/directory/
tie_records.py, `members.accept_record`) must be free of what those ties were declared as,
not only of what they say now: a writer who rewrote a colleague's tie to another agency
would otherwise have a chair tied to the first one free that colleague of it.

`keys rotate` names every journalled tie again under the newest lookup key (`rejournal`),
so retiring an old key forgets none.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import geothai
from sqlalchemy import select

from handlers.directory import access, agencies
from storage import journal_lines, member_seals, record_journal, row_seals
from storage.insider_models import Agency
from storage.models import AuditEntry, Member, MemberConflict
from storage.uow import UnitOfWork

DECLARED = "declare_conflict"  # the audit action of a declaration: "member N: kind value"


@dataclass(frozen=True)
class Tie:
    """A tie to declare again: its kind, its text and the reason given for it."""

    kind: str
    value: str
    reason: str | None = None


def ties_to_carry(uow: UnitOfWork, old: Member) -> list[Tie]:
    """The ties in force the former row `old` stands for. ValueError when the journal
    vouches for a tie whose text is found nowhere (its row deleted or rewritten)."""
    stored = member_seals.member_ties(uow, old)
    vouched = _journalled(uow, old)
    if not vouched:  # no journal, or none of its ties journalled: the rows are all there is
        return [_tie(c) for c in stored if not row_seals.removal_holds(uow.vault, c)]
    carried = [
        _tie(c)
        for c in stored
        if _keys(uow, c) & vouched and not row_seals.removal_holds(uow.vault, c)
    ]  # a tie written in the database alone is not the member's declaration
    return carried + _unanswered(uow, old, stored, vouched)


def declared_ties(uow: UnitOfWork, member: Member) -> list[Tie]:
    """Every tie the member's rows say now (removed ones too) and every one the journal
    vouches for that no row answers to (what a rewritten or deleted tie was declared as).
    ValueError when such a tie's text is found nowhere."""
    stored = member_seals.member_ties(uow, member)
    vouched = _journalled(uow, member)
    return [_tie(c) for c in stored] + _unanswered(uow, member, stored, vouched)


def declared_as(uow: UnitOfWork, conflict: MemberConflict) -> list[Tie]:
    """What the tie `conflict` says now and, when its text is not one the journal names
    (rewritten in the database), every journalled tie of its member no row answers to: one
    of them is what it was declared as. ValueError when such a tie's text is found nowhere."""
    member = uow.session.get(Member, conflict.member_id)
    vouched = _journalled(uow, member)
    if not vouched or _keys(uow, conflict) & vouched:
        return [_tie(conflict)]
    stored = member_seals.member_ties(uow, member)
    return [_tie(conflict), *_unanswered(uow, member, stored, vouched)]


def require_free_of(uow: UnitOfWork, by: Member, ties: list[Tie]) -> None:
    """NotAllowed when the chair `by` has a tie that touches one of `ties` (the same text,
    or an agency record both may be): such a chair may not judge them."""
    own = [(c.kind, c.value) for c in access.in_force(uow, by)]
    for tie in ties:
        probe = MemberConflict(kind=tie.kind, value=tie.value)  # never added to the session
        records = [uow.session.get(Agency, i) for i in sorted(access.tie_agency_ids(uow, probe))]
        if (tie.kind, tie.value) in own:
            raise access.NotAllowed("your declared conflict is this tie")
        access.require_record_free(uow, by, *(r for r in records if r is not None))


def _journalled(uow: UnitOfWork, member: Member) -> set[str]:
    journal = journal_lines.of_session(uow.session)
    prefix = f"{member.id}:"
    return {journal.current(key) for key in journal.ties if key.startswith(prefix)}


def _unanswered(
    uow: UnitOfWork, member: Member, stored: list[MemberConflict], vouched: set[str]
) -> list[Tie]:
    """The journalled ties of `member` no stored row answers to, by their recovered text (a
    tie journalled under several names, one per key, once)."""
    missing = vouched - set().union(*(_keys(uow, c) for c in stored))
    if not missing:
        return []
    texts = _texts_by_name(uow, member.id, _candidates(uow, member.id))
    found: list[Tie] = []
    for key in sorted(missing):
        tie = texts.get(key)
        if tie is None:
            raise ValueError(
                f"member {member.id} declared a tie whose row is gone or was changed in the"
                " database (record journal): run `flask --app bot tickets verify`"
            )
        if tie not in found:
            found.append(tie)
    return found


def _texts_by_name(uow: UnitOfWork, member_id: int, texts) -> dict[str, Tie]:
    """Each name (`M:K:D`, under every key) a tie of the member with one of `texts` has."""
    named: dict[str, Tie] = {}
    for kind, value in texts:
        for digest in row_seals.tie_digests(uow.vault, member_id, kind, value):
            named.setdefault(f"{member_id}:{kind}:{digest}", Tie(kind, value))
    return named


def _tie(conflict: MemberConflict) -> Tie:
    return Tie(conflict.kind, conflict.value, conflict.reason)


def _keys(uow: UnitOfWork, conflict: MemberConflict) -> set[str]:
    return set(row_seals.tie_keys(uow.vault, conflict))


def rejournal(uow: UnitOfWork) -> Counter:
    """Name every journalled tie and conflict again under the newest lookup key (`keys
    rotate`), with the marks and seals its older names hold, the latest last, so that
    retiring a key forgets no line. Appended at once. `unmatched`: names whose text is
    found nowhere (kept; their key must stay listed until `tickets verify` is clean)."""
    counts: Counter = Counter(rejournalled=0, unmatched=0)
    folder = record_journal.folder_of(uow.session)
    if not folder:
        return counts
    counts.update(rekey_unkeyed(uow, folder))
    journal = journal_lines.read(folder)
    lines: list[str] = []
    for prefix, table in (
        (journal_lines.TIE_PREFIX, dict(journal.ties)),
        (journal_lines.CONFLICT_PREFIX, dict(journal.conflicts)),
    ):
        groups: dict[tuple[int, Tie], dict[str, journal_lines.Marks]] = {}
        texts: dict[int, dict[str, Tie]] = {}
        for key, marks in table.items():
            member_id = key.split(":", 1)[0]
            if not member_id.isdigit() or key in journal.renamed:  # its lines written again
                continue
            if row_seals.is_legacy_name(key):  # named again in place (`rekey_unkeyed`)
                continue
            if int(member_id) not in texts:
                texts[int(member_id)] = _member_texts(uow, int(member_id))
            tie = texts[int(member_id)].get(key)
            if tie is None:
                counts["unmatched"] += 1
                continue
            groups.setdefault((int(member_id), tie), {})[key] = marks
        for (member_id, tie), found in groups.items():
            digest = row_seals.tie_digests(uow.vault, member_id, tie.kind, tie.value)[0]
            fresh = f"{member_id}:{tie.kind}:{digest}"
            older = sorted(set(found) - {fresh})
            if not older:
                continue
            every = journal_lines.merged(list(found.values()))
            now = found.get(fresh)
            if now is None or now.latest != every.latest or not now.seen >= every.seen:
                lines += [f"{prefix}{fresh} {m}\n" for m in sorted(every.seen - {every.latest})]
                lines.append(f"{prefix}{fresh} {every.latest}\n")
            lines += [f"{journal_lines.RENAMED_PREFIX}{key} {fresh}\n" for key in older]
            counts["rejournalled"] += 1
    if lines:
        record_journal.append_now(folder, lines)
    return counts


def rekey_unkeyed(uow: UnitOfWork, folder) -> Counter:
    """Name every journal line written before tie names were keyed again, in place, under
    the newest lookup key (`keys rotate`): its unkeyed digest, the same for every member tied
    to one text, is read by hashing agency names and district codes. A line whose text is
    found nowhere gets a keyed name of its own (`row_seals.retired_digest`), so the journal
    still says a tie of that member was declared (its row gone: `tickets verify` names it,
    a rejoining account is refused) without saying what it was. `renamed:` lines from an
    unkeyed name are dropped: the lines they pointed from now bear the new name."""
    counts: Counter = Counter(unkeyed_renamed=0, unkeyed_retired=0)
    texts: dict[str, dict[str, Tie]] = {}

    def fresh(name: str) -> str:
        member_id, kind, _ = name.split(":", 2)
        if member_id not in texts:
            texts[member_id] = _member_texts(uow, int(member_id))
        tie = texts[member_id].get(name)
        if tie is None:
            counts["unkeyed_retired"] += 1
            return f"{member_id}:{kind}:{row_seals.retired_digest(uow.vault, name)}"
        counts["unkeyed_renamed"] += 1
        digest = row_seals.tie_digests(uow.vault, member_id, tie.kind, tie.value)[0]
        return f"{member_id}:{tie.kind}:{digest}"

    def change(line: str) -> str | None:
        name, space, rest = line.partition(" ")
        for prefix in (journal_lines.TIE_PREFIX, journal_lines.CONFLICT_PREFIX):
            bare = name[len(prefix) :]
            if name.startswith(prefix) and _named(bare) and row_seals.is_legacy_name(bare):
                return f"{prefix}{fresh(bare)}{space}{rest}"
        bare = name[len(journal_lines.RENAMED_PREFIX) :]
        if name.startswith(journal_lines.RENAMED_PREFIX) and row_seals.is_legacy_name(bare):
            return None
        return line

    record_journal.rewrite(folder, change)
    return counts


def _named(bare: str) -> bool:
    """Whether `M:K:D` is a tie's name as the application writes it."""
    parts = bare.split(":")
    return len(parts) == 3 and parts[0].isdigit()


def _member_texts(uow: UnitOfWork, member_id: int) -> dict[str, Tie]:
    """Each name a tie of the member could have: their rows' ties, then `_candidates`."""
    rows = uow.session.scalars(select(MemberConflict).where(MemberConflict.member_id == member_id))
    own = [(c.kind, c.value) for c in rows]
    return _texts_by_name(uow, member_id, [*own, *_candidates(uow, member_id)])


def _candidates(uow: UnitOfWork, member_id: int) -> list[tuple[str, str]]:
    """(kind, text) a tie of the member could have had: their declarations, every agency
    record's name, every district code of the province."""
    stmt = select(AuditEntry.detail).where(
        AuditEntry.action == DECLARED, AuditEntry.detail.like(f"member {member_id}: %")
    )
    found = []
    for detail in uow.session.scalars(stmt):
        kind, _, value = detail.split(": ", 1)[1].partition(" ")
        found.append((kind, value))
    found += [("agency", name) for name in uow.session.scalars(select(Agency.name))]
    province = agencies.geography(uow).code
    found += [("district", d.code) for d in geothai.districts(province)]
    return found
