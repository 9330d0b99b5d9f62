"""Red team, round 9: last session's protections for issue 17 attacked by insiders, database
holders and floods: members' versions in the record journal (and its files beside it), the
agency records' marks, the ties' record marks, the founding chair taken from the journal,
chairs' join codes, keyed public handles on member pages, the public figures recounted at each
release, and floods of signed LINE events.

Attackers: a database writer without the environment's keys (plain SQL), someone who also
reaches RECORD_ANCHOR_DIR, a copy (or restore) of an older backup, a shell user with the
command line, a tied chair on the dashboard, a flood. A test that passes is an attack the
product holds; an xfail (strict) is one that gets through, asserting what should hold."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from sqlalchemy import delete, select, text, update

from bot import create_app
from handlers.directory import agencies, members
from handlers.directory.access import can_review
from storage import record_journal, row_seals
from storage.committee_models import JoinCode
from storage.insider_models import Agency, AgencyAlias
from storage.models import AuditEntry, Member, MemberConflict, Ticket
from tests.attacks.forging import verify_fails, verify_result
from tests.conftest import first_on_both, make_env
from tests.dashboard_login import csrf_token, sign_in
from tests.factories import Chat, line_id, new_member, new_ticket, text_event
from tests.shared_engines import release

AGENCY = "อบต.สองห้อง"  # the agency of `new_ticket`'s tickets


# -- helpers (as round 8's) -------------------------------------------------------------------
def _write(services, *statements) -> None:
    """Statements run straight on the database, as a writer without the app's keys would."""
    with services.engine.begin() as conn:
        for stmt in statements:
            conn.execute(stmt)


def _may_review(services, ticket_id: int, member_id: int) -> bool:
    with services.uow() as uow:
        return can_review(
            uow, members.get_member(uow, member_id), uow.session.get(Ticket, ticket_id)
        )


def _counts(services, member_id: int) -> bool:
    with services.uow() as uow:
        return members.grant_counts(uow, members.get_member(uow, member_id))


def _fits(services, member_id: int) -> bool:
    with services.uow() as uow:
        return members.record_fits(uow, members.get_member(uow, member_id))


def _review_every_record(services) -> None:
    """A chair has looked at every agency record citizens made (as on the dashboard)."""
    with services.uow() as uow:
        for record in uow.session.scalars(select(Agency)):
            agencies.review(uow, record)
        uow.commit()


def _folder(services) -> Path:
    return Path(services.config.record_anchor_dir)


def _rows(services, table, **where) -> list[dict]:
    """Rows of a table as stored (a copy of the database, column by column)."""
    with services.engine.connect() as conn:
        stmt = select(table)
        for column, value in where.items():
            stmt = stmt.where(table.c[column] == value)
        return [dict(r._mapping) for r in conn.execute(stmt)]


def _put_back(table, rows: list[dict]):
    """Statements restoring each row as copied (an older backup's values over today's)."""
    return [update(table).where(table.c.id == row["id"]).values(**row) for row in rows]


def _copy_of_member(services, member_id: int) -> tuple[list[dict], list[dict]]:
    return (
        _rows(services, Member.__table__, id=member_id),
        _rows(services, MemberConflict.__table__, member_id=member_id),
    )


def _restore_member(services, member_id: int, copy) -> None:
    """The member's row and ties put back as an older copy held them (ties made since gone)."""
    row, ties = copy
    _write(
        services,
        delete(MemberConflict).where(MemberConflict.member_id == member_id),
        *_put_back(Member.__table__, row),
    )
    with services.engine.begin() as conn:
        for tie in ties:
            conn.execute(MemberConflict.__table__.insert().values(**tie))


def _declare(services, member_id: int, kind: str, value: str) -> None:
    with services.uow() as uow:
        members.declare_conflict(uow, members.get_member(uow, member_id), kind, value, "ญาติ")
        uow.commit()


# -- the member's version and the files beside the journal ------------------------------------
def test_older_copy_of_a_member_after_a_new_tie_fails_closed(services, runner):
    """A tied reviewer's row and ties are copied back from a backup taken before their
    second tie was declared (row, seal and ties as they were): they see nothing, and
    `tickets verify` names them."""
    with services.uow() as uow:
        ticket = new_ticket(uow, agency="อบต.หนองโบสถ์")
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("agency", "อบต.หนองกี่")])
        uow.commit()
        ticket_id, reviewer_id = ticket.id, reviewer.id
    _review_every_record(services)
    copy = _copy_of_member(services, reviewer_id)
    _declare(services, reviewer_id, "agency", "อบต.หนองโบสถ์")
    _restore_member(services, reviewer_id, copy)
    assert not _fits(services, reviewer_id)
    assert not _may_review(services, ticket_id, reviewer_id)
    assert verify_fails(runner)


@pytest.mark.parametrize("file_change", ["deleted", "rewritten lower"])
def test_member_file_changed_then_older_copy_restored(services, file_change):
    """Someone who reaches RECORD_ANCHOR_DIR deletes the tied reviewer's `members/N` file (or
    writes "1" into it), and a writer copies the row back to before the tie: on a request,
    the reviewer should still see nothing (the journal's lines hold the newer version)."""
    with services.uow() as uow:
        ticket = new_ticket(uow, agency="อบต.หนองโบสถ์")
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer")
        uow.commit()
        ticket_id, reviewer_id = ticket.id, reviewer.id
    _review_every_record(services)
    copy = _copy_of_member(services, reviewer_id)
    _declare(services, reviewer_id, "agency", "อบต.หนองโบสถ์")
    kept = _folder(services) / record_journal.MEMBERS / str(reviewer_id)
    assert kept.exists()
    if file_change == "deleted":
        kept.unlink()
    else:
        kept.write_text("1\n", encoding="ascii")
    _restore_member(services, reviewer_id, copy)
    assert not _may_review(services, ticket_id, reviewer_id)


def test_member_file_deleted_still_named_by_verify(services, runner):
    """With `members/N` deleted and the member copied back, the whole `tickets verify` still
    reads the journal and names the rollback (exit 1)."""
    with services.uow() as uow:
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer")
        uow.commit()
        reviewer_id = reviewer.id
    copy = _copy_of_member(services, reviewer_id)
    _declare(services, reviewer_id, "agency", "อบต.หนองโบสถ์")
    (_folder(services) / record_journal.MEMBERS / str(reviewer_id)).unlink()
    _restore_member(services, reviewer_id, copy)
    got = verify_result(runner)
    assert got.exit_code == 1
    assert f"member {reviewer_id}" in got.output


def test_journal_lines_reordered_still_name_the_rollback(services, runner):
    """The journal's lines are shuffled (a member's latest version line put first, before
    the older ones): the newest version still counts and the rollback is still named."""
    with services.uow() as uow:
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer")
        uow.commit()
        reviewer_id = reviewer.id
    copy = _copy_of_member(services, reviewer_id)
    _declare(services, reviewer_id, "agency", "อบต.หนองโบสถ์")
    _declare(services, reviewer_id, "district", "นางรอง")
    for journal in _folder(services).glob("journal-*.log"):
        lines = journal.read_text(encoding="utf-8").splitlines(keepends=True)
        random.Random(9).shuffle(lines)
        lines.sort(key=lambda line: not line.startswith(f"member:{reviewer_id} "))
        journal.write_text("".join(reversed(lines)), encoding="utf-8")
    _restore_member(services, reviewer_id, copy)
    assert not _fits(services, reviewer_id)
    assert verify_fails(runner)


def test_member_version_raised_in_sql_does_not_fit(services):
    """A writer raises a rolled-back member's `version` above the journal's (to pass the
    journal check): the version is under the seal, so the row does not fit."""
    with services.uow() as uow:
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer")
        uow.commit()
        reviewer_id = reviewer.id
    copy = _copy_of_member(services, reviewer_id)
    _declare(services, reviewer_id, "agency", "อบต.หนองโบสถ์")
    _restore_member(services, reviewer_id, copy)
    _write(services, update(Member).where(Member.id == reviewer_id).values(version=99))
    assert not _fits(services, reviewer_id)


def test_older_copy_restored_after_a_seal_key_rotation(services, database_url, tmp_path):
    """The seal key rotates (`keys rotate`, the old key kept after the new one); then a writer
    copies back the member as they were before their tie, sealed under the old key: it is
    older than the journal, so it still does not fit."""
    with services.uow() as uow:
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer")
        uow.commit()
        reviewer_id = reviewer.id
    copy = _copy_of_member(services, reviewer_id)
    _declare(services, reviewer_id, "agency", "อบต.หนองโบสถ์")
    old = make_env(database_url, tmp_path)["RECORD_SEAL_KEY"]
    env = make_env(
        database_url, tmp_path, RECORD_SEAL_KEY=f"rotated-seal-key-0123456789abcdefgh,{old}"
    )
    rotated = create_app({"ENV": env, "TESTING": True})
    try:
        got = rotated.test_cli_runner().invoke(args=["keys", "rotate"])
        assert got.exit_code == 0, got.output
        now = rotated.extensions["sujarit"]
        assert _fits(now, reviewer_id)
        _restore_member(now, reviewer_id, copy)
        assert not _fits(now, reviewer_id)
    finally:
        release(rotated.extensions["sujarit"].engine)


def test_chair_forged_before_keys_rotate_is_not_resealed(services, database_url, tmp_path):
    """A writer makes a reviewer a chair just before the operator runs `keys rotate`: the
    rotation seals again only members that fitted, so the forged chair still counts for
    nothing and sees nothing."""
    with services.uow() as uow:
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer")
        uow.commit()
        reviewer_id = reviewer.id
    _write(services, update(Member).where(Member.id == reviewer_id).values(role="chair"))
    old = make_env(database_url, tmp_path)["RECORD_SEAL_KEY"]
    env = make_env(
        database_url, tmp_path, RECORD_SEAL_KEY=f"rotated-seal-key-0123456789abcdefgh,{old}"
    )
    rotated = create_app({"ENV": env, "TESTING": True})
    try:
        got = rotated.test_cli_runner().invoke(args=["keys", "rotate"])
        assert got.exit_code == 0, got.output
        now = rotated.extensions["sujarit"]
        assert not _fits(now, reviewer_id)
        assert not _counts(now, reviewer_id)
    finally:
        release(rotated.extensions["sujarit"].engine)


def test_backup_from_before_a_tie_restored_beside_the_journal(
    services, runner, tmp_path, sqlite_template
):
    """`backup create` is taken; the reviewer then declares a tie; the archive is restored
    (`backup restore`) into an empty database on a host sharing RECORD_ANCHOR_DIR: the
    restored reviewer is older than the journal and sees nothing until a chair accepts them."""
    from tests.conftest import migrated_sqlite

    with services.uow() as uow:
        ticket = new_ticket(uow, agency="อบต.หนองโบสถ์")
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer")
        unchanged, _ = new_member(uow, "ผู้ตรวจ ข", "reviewer")
        uow.commit()
        ticket_id, reviewer_id, unchanged_id = ticket.id, reviewer.id, unchanged.id
    _review_every_record(services)
    archive = tmp_path / "before-the-tie.tar"
    got = runner.invoke(args=["backup", "create", "--out", str(archive)])
    assert got.exit_code == 0, got.output
    _declare(services, reviewer_id, "agency", "อบต.หนองโบสถ์")
    elsewhere = tmp_path / "restored"
    elsewhere.mkdir()
    env = make_env(
        migrated_sqlite(sqlite_template, elsewhere),
        elsewhere,
        RECORD_ANCHOR_DIR=str(_folder(services)),
    )
    restored = create_app({"ENV": env, "TESTING": True})
    try:
        got = restored.test_cli_runner().invoke(args=["backup", "restore", str(archive)])
        assert got.exit_code == 0, got.output
        there = restored.extensions["sujarit"]
        assert _fits(there, unchanged_id)  # a member unchanged since the backup still fits
        assert not _fits(there, reviewer_id)
        assert not _may_review(there, ticket_id, reviewer_id)
    finally:
        release(restored.extensions["sujarit"].engine)


def test_record_and_tie_forged_before_keys_rotate_stay_unknown(services, database_url, tmp_path):
    """A writer marks a citizen's new record reviewed and points a tie at another record just
    before `keys rotate` (a new seal key first): the rotation marks again only what fitted,
    so the record stays unknown to recusal and the tie keeps every ticket from its member."""
    with services.uow() as uow:
        fresh = new_ticket(uow, agency="อบต.หนองห้อง")
        other = new_ticket(uow, agency="อบต.หนองโบสถ์")
        tied, _ = new_member(uow, "ผู้ตรวจ ก", "reviewer", conflicts=[("agency", AGENCY)])
        pointed, _ = new_member(uow, "ผู้ตรวจ ข", "reviewer", conflicts=[("agency", "อบต.หนองกี่")])
        uow.commit()
        ids = (fresh.id, other.id, fresh.agency_id, other.agency_id, tied.id, pointed.id)
    fresh_id, other_id, fresh_agency, other_agency, tied_id, pointed_id = ids
    _write(
        services,
        update(Agency).where(Agency.id == fresh_agency).values(reviewed=True),
        update(MemberConflict)
        .where(MemberConflict.member_id == pointed_id)
        .values(agency_id=other_agency),
    )
    old = make_env(database_url, tmp_path)["RECORD_SEAL_KEY"]
    env = make_env(
        database_url, tmp_path, RECORD_SEAL_KEY=f"rotated-seal-key-0123456789abcdefgh,{old}"
    )
    rotated = create_app({"ENV": env, "TESTING": True})
    try:
        got = rotated.test_cli_runner().invoke(args=["keys", "rotate"])
        assert got.exit_code == 0, got.output
        now = rotated.extensions["sujarit"]
        assert not _may_review(now, fresh_id, tied_id)
        assert not _may_review(now, other_id, pointed_id)
    finally:
        release(rotated.extensions["sujarit"].engine)


# -- the founding chair from the journal --------------------------------------------------------
def _wipe_chairs(services) -> None:
    """Every chair made a reviewer with no grant, and every shell grant's audit row gone."""
    _write(
        services,
        update(Member.__table__).values(role="reviewer", grant_state=None, vouched_by=None),
        delete(AuditEntry).where(AuditEntry.action == members.SHELL_GRANT),
    )


def _shell_chair_counts(runner, services) -> bool:
    uid = line_id()
    got = runner.invoke(
        args=["members", "add", "--line-user-id", uid, "--name", "ประธานใหม่", "--role", "chair"]
    )
    assert got.exit_code == 0, got.output
    with services.uow() as uow:
        return members.grant_counts(uow, members.member_for_line_id(uow, uid))


def test_roles_folder_deleted_and_chairs_wiped_makes_a_founding_chair(services, runner):
    """Someone who reaches RECORD_ANCHOR_DIR deletes `roles/` (the journal's lines stay); a
    writer wipes every chair and shell grant: the next `members add --role chair` should
    not be founding (the journal says a chair was held)."""
    with services.uow() as uow:
        members.add_from_shell(uow, line_id(), "ประธาน ก", "chair")
        uow.commit()
    for role in (_folder(services) / record_journal.ROLES).iterdir():
        role.unlink()
    assert any(
        "role:chair" in j.read_text(encoding="utf-8")
        for j in _folder(services).glob("journal-*.log")
    )
    _wipe_chairs(services)
    assert not _shell_chair_counts(runner, services)


def test_upgraded_database_chairs_wiped_makes_a_founding_chair(services, runner):
    """The committee's chair was made before the roles journal existed (no `role:` line, no
    `roles/` file: the upgrade does not journal them) and has not changed since; a writer
    wipes them and the shell grants: the next shell chair should not be founding."""
    with services.uow() as uow:
        chair, _ = new_member(uow, "ประธาน ก", "chair")
        uow.commit()
    roles = _folder(services) / record_journal.ROLES
    for role in roles.iterdir():
        role.unlink()
    for journal in _folder(services).glob("journal-*.log"):
        kept = [
            line
            for line in journal.read_text(encoding="utf-8").splitlines(keepends=True)
            if not line.startswith(record_journal.ROLE_PREFIX)
        ]
        journal.write_text("".join(kept), encoding="utf-8")
    _wipe_chairs(services)
    assert not _shell_chair_counts(runner, services)


def test_chairs_wiped_with_the_journal_intact_makes_no_founding_chair(services, runner):
    """The same wipe with the journal folder untouched: the next shell chair is not founding."""
    with services.uow() as uow:
        new_member(uow, "ประธาน ก", "chair")
        uow.commit()
    _wipe_chairs(services)
    assert not _shell_chair_counts(runner, services)


# -- chairs' join codes ------------------------------------------------------------------------
def test_used_chair_code_copied_back_makes_a_second_counted_chair(services):
    """A counted chair makes a chair's join code for a colleague, who joins. A writer copies
    the code's row back as a backup held it (unused, its mark then valid); the colleague
    sends the same code from a second LINE account: one person should not become two chairs
    whose roles count (one proposes, the other confirms)."""
    with services.uow() as uow:
        maker, _ = new_member(uow, "ประธาน ก", "chair")
        code = members.invite(uow, "chair", by=maker)
        uow.commit()
    before = _rows(services, JoinCode.__table__)
    with services.uow() as uow:
        first = members.join(uow, line_id(), code, "ประธาน ข")
        uow.commit()
        assert members.grant_counts(uow, first)
    _write(services, *_put_back(JoinCode.__table__, before))
    with services.uow() as uow:
        second = members.join(uow, line_id(), code, "ประธาน ข (เครื่องที่สอง)")
        uow.commit()
        assert second is None or not members.grant_counts(uow, second)


def test_chair_code_moved_to_another_maker_is_the_shells(services):
    """A writer puts another (counted) chair's id as the maker of a code the command line
    made, with a mark copied from one of that chair's own codes: whoever joins is the shell's."""
    with services.uow() as uow:
        chair, _ = new_member(uow, "ประธาน ก", "chair")
        members.invite(uow, "chair", by=chair)
        code = members.invite(uow, "chair")
        uow.commit()
        chair_id = chair.id
    with services.engine.connect() as conn:
        mark = conn.scalar(select(JoinCode.made_mark).where(JoinCode.made_by_member_id == chair_id))
    _write(
        services,
        update(JoinCode)
        .where(JoinCode.made_by_member_id.is_(None))
        .values(made_by_member_id=chair_id, made_mark=mark),
    )
    with services.uow() as uow:
        joined = members.join(uow, line_id(), code, "ผู้มาใหม่")
        uow.commit()
        assert not members.grant_counts(uow, joined)


# -- ties: the member row detached, the record copied back -------------------------------------
def test_tied_member_detached_in_sql_joins_again_without_ties(services):
    """A writer blanks a tied reviewer's LINE account on their row (the row fails closed, and
    no longer answers to the account); the reviewer joins again with a reviewer's code a
    chair made: the new member should still be kept from the tied agency's ticket."""
    with services.uow() as uow:
        ticket = new_ticket(uow)
        reviewer, uid = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("agency", AGENCY)])
        chair, _ = new_member(uow, "ประธาน", "chair")
        code = members.invite(uow, "reviewer", by=chair)
        uow.commit()
        ticket_id, reviewer_id = ticket.id, reviewer.id
    _review_every_record(services)
    _write(
        services,
        update(Member)
        .where(Member.id == reviewer_id)
        .values(user_hash="gone", line_user_id_enc="gone"),
    )
    with services.uow() as uow:
        back = members.join(uow, uid, code, "ผู้ตรวจ")
        uow.commit()
        assert back is not None
        back_id = back.id
    assert not _may_review(services, ticket_id, back_id)


def test_writer_deletes_a_near_records_spellings(services):
    """A ticket names "อบต.หนองห้อง", a record of its own that scores NEAR "อบต.สองห้อง" (so it
    is kept from a member tied to อบต.สองห้อง, fail closed). Aliases carry no mark: a writer
    deletes that record's aliases. The ticket's own sealed mention of the near record still
    keeps it from the tied member."""
    with services.uow() as uow:
        new_ticket(uow)
        near = new_ticket(uow, agency="อบต.หนองห้อง")
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("agency", AGENCY)])
        uow.commit()
        near_id, near_agency, reviewer_id = near.id, near.agency_id, reviewer.id
        tied_agency = uow.session.get(Ticket, new_ticket(uow).id).agency_id
        uow.rollback()
    assert near_agency != tied_agency
    _review_every_record(services)
    assert not _may_review(services, near_id, reviewer_id)
    _write(services, delete(AgencyAlias).where(AgencyAlias.agency_id == near_agency))
    assert not _may_review(services, near_id, reviewer_id)


def test_merge_undone_by_copying_back_the_record_and_tie(services, runner):
    """The reviewer is tied to อบต.สองห้อง; the chair merges it into อบต.หนองโบสถ์ (one body:
    the tie follows, the tickets too). A writer copies back from a backup taken before the
    merge the merged record, its spellings and the tie (their marks then valid); the tickets
    stay merged. The tied member should still not see them (or verify should say so)."""
    with services.uow() as uow:
        ticket = new_ticket(uow)
        target = new_ticket(uow, agency="อบต.หนองโบสถ์")
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("agency", AGENCY)])
        uow.commit()
        ticket_id, source_id, target_id = ticket.id, ticket.agency_id, target.agency_id
        reviewer_id = reviewer.id
    _review_every_record(services)
    backup = (
        _rows(services, Agency.__table__, id=source_id),
        _rows(services, AgencyAlias.__table__, agency_id=source_id),
        _rows(services, MemberConflict.__table__, member_id=reviewer_id),
    )
    with services.uow() as uow:
        agencies.merge(
            uow, uow.session.get(Agency, source_id), uow.session.get(Agency, target_id), "member:1"
        )
        uow.commit()
    assert not _may_review(services, ticket_id, reviewer_id)
    record, spellings, ties = backup
    _write(
        services,
        *_put_back(Agency.__table__, record),
        *_put_back(AgencyAlias.__table__, spellings),
        *_put_back(MemberConflict.__table__, ties),
    )
    assert not _may_review(services, ticket_id, reviewer_id) or verify_fails(runner)


def test_tie_pointed_back_to_the_record_merged_away(services):
    """After a merge repointed the tie, a writer copies back only the tie's old record and
    mark (pointing at the merged-away record): recusal follows the merge to its target."""
    with services.uow() as uow:
        ticket = new_ticket(uow)
        target = new_ticket(uow, agency="อบต.หนองโบสถ์")
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("agency", AGENCY)])
        uow.commit()
        ticket_id, source_id, target_id = ticket.id, ticket.agency_id, target.agency_id
        other_id, reviewer_id = target.id, reviewer.id
    _review_every_record(services)
    ties = _rows(services, MemberConflict.__table__, member_id=reviewer_id)
    with services.uow() as uow:
        agencies.merge(
            uow, uow.session.get(Agency, source_id), uow.session.get(Agency, target_id), "member:1"
        )
        uow.commit()
    _write(services, *_put_back(MemberConflict.__table__, ties))
    assert not _may_review(services, ticket_id, reviewer_id)
    assert not _may_review(services, other_id, reviewer_id)


def test_writer_merges_records_in_a_circle(services, runner):
    """A writer merges the tied record and another into each other (a loop): both are
    unknown to recusal, kept from the tied member, and verify names them; nothing hangs."""
    with services.uow() as uow:
        ticket = new_ticket(uow)
        other = new_ticket(uow, agency="อบต.หนองโบสถ์")
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("agency", AGENCY)])
        uow.commit()
        ids = (ticket.agency_id, other.agency_id)
        ticket_ids, reviewer_id = (ticket.id, other.id), reviewer.id
    _review_every_record(services)
    _write(
        services,
        update(Agency).where(Agency.id == ids[0]).values(merged_into_id=ids[1]),
        update(Agency).where(Agency.id == ids[1]).values(merged_into_id=ids[0]),
    )
    assert not any(_may_review(services, t, reviewer_id) for t in ticket_ids)
    assert verify_fails(runner)


def test_record_moved_before_the_0036_upgrade_is_marked_as_moved(services):
    """A database at 0035 (records marked over id, review and merge only): a writer moves an
    agency record of นางรอง to ลำปลายมาศ, then the operator upgrades (0036 marks name, key and
    district, given the application's reading of a spelling's district as `flask --app bot db
    upgrade` gives it to every migration). A member tied to นางรอง is still kept from that
    agency's ticket: the record's first spelling (อบต.หนองโบสถ์) says นางรอง, so 0036 leaves
    it unmarked, unknown to recusal until a chair reviews it."""
    with services.uow() as uow:
        ticket = new_ticket(uow, agency="อบต.หนองโบสถ์", district="ลำปลายมาศ")
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("district", "นางรอง")])
        uow.commit()
        ticket_id, reviewer_id, agency_id = ticket.id, reviewer.id, ticket.agency_id
        vault, district_of = uow.vault, agencies.district_of_spelling(uow.settings.geography)
    _review_every_record(services)
    assert not _may_review(services, ticket_id, reviewer_id)
    with services.engine.begin() as conn:  # as the database stood at 0035
        row_seals.mark_agencies(conn, vault)
    _write(services, update(Agency).where(Agency.id == agency_id).values(district="ลำปลายมาศ"))
    with services.engine.begin() as conn:  # `flask --app bot db upgrade --revision 0036`
        row_seals.remark_agencies(conn, vault, district_of)
    assert not _may_review(services, ticket_id, reviewer_id)


def test_tie_repointed_before_the_0036_upgrade_still_keeps_its_tickets(services):
    """Before 0036 (ties had no record mark), a writer points a tie at another record; the
    upgrade marks every tie as stored. The tie's own typed name still keeps the ticket."""
    with services.uow() as uow:
        ticket = new_ticket(uow)
        elsewhere = new_ticket(uow, agency="อบต.หนองโบสถ์")
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("agency", AGENCY)])
        uow.commit()
        ticket_id, other_agency, reviewer_id = ticket.id, elsewhere.agency_id, reviewer.id
        vault = uow.vault
    _review_every_record(services)
    _write(
        services,
        update(MemberConflict)
        .where(MemberConflict.member_id == reviewer_id)
        .values(agency_id=other_agency),
    )
    with services.engine.begin() as conn:  # `flask --app bot db upgrade` to 0036
        row_seals.mark_tie_records(conn, vault)
    assert not _may_review(services, ticket_id, reviewer_id)


def test_writer_deletes_the_tied_records_spellings_before_a_new_complaint(services):
    """A writer deletes every alias of the tied record; a villager then files about
    "อบต.สองห้อง" again (a new record is made, and a chair without the tie reviews it): the
    tie's typed name still scores it, so the tied member is kept from the new ticket."""
    with services.uow() as uow:
        first = new_ticket(uow)
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("agency", AGENCY)])
        uow.commit()
        tied_agency, reviewer_id = first.agency_id, reviewer.id
    _review_every_record(services)
    _write(services, delete(AgencyAlias).where(AgencyAlias.agency_id == tied_agency))
    with services.uow() as uow:
        fresh = new_ticket(uow)
        uow.commit()
        fresh_id = fresh.id
    _review_every_record(services)
    assert not _may_review(services, fresh_id, reviewer_id)


def test_record_marked_reviewed_in_sql_stays_unknown(services, runner):
    """A citizen's new record, marked reviewed in SQL alone (its mark untouched), is unknown
    to recusal: kept from a tied member, named by verify."""
    with services.uow() as uow:
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("agency", AGENCY)])
        fresh = new_ticket(uow, agency="อบต.หนองห้อง")
        uow.commit()
        fresh_id, agency_id, reviewer_id = fresh.id, fresh.agency_id, reviewer.id
    _write(services, update(Agency).where(Agency.id == agency_id).values(reviewed=True))
    assert not _may_review(services, fresh_id, reviewer_id)
    assert verify_fails(runner)


# -- a tied chair on the dashboard ---------------------------------------------------------------
def test_tied_chair_reviews_a_record_merged_into_the_tied_one(client, services):
    """A chair tied to อบต.สองห้อง posts the review form with the id of a citizen record
    merged into it (the merged one, not the tied one): refused, the record stays new."""
    with services.uow() as uow:
        new_ticket(uow)
        chair, _ = new_member(uow, "ประธาน", "chair", conflicts=[("agency", AGENCY)])
        other, _ = new_member(uow, "ประธาน ข", "chair")
        uow.commit()
        chair_id, other_id = chair.id, other.id
    with services.uow() as uow:
        tied = uow.session.scalars(select(Agency)).one()
        side = agencies.create(uow, "อบต.หนองห้อง", "citizen")
        agencies.merge(uow, side, tied, "member:1")
        tied.reviewed = False
        uow.commit()
        side_id, tied_id = side.id, tied.id
    sign_in(client, services, chair_id)
    page = "/committee/accused-agencies"
    client.post(
        f"{page}/review", data={"csrf_token": csrf_token(client, page), "agency_id": side_id}
    )
    with services.uow() as uow:
        assert uow.session.get(Agency, tied_id).reviewed is False
    sign_in(client, services, other_id)  # the form itself works for a chair without the tie
    client.post(
        f"{page}/review", data={"csrf_token": csrf_token(client, page), "agency_id": side_id}
    )
    with services.uow() as uow:
        assert uow.session.get(Agency, tied_id).reviewed is True


def test_tied_chair_renames_the_agency_of_a_ticket_kept_from_them(client, services):
    """A chair tied to อบต.สองห้อง posts the "name the agency" form on a ticket about it (kept
    from them: they took its reference from a copy of the database), naming another
    agency, to move it out of their tie's reach: refused, the ticket keeps its record."""
    with services.uow() as uow:
        hidden = new_ticket(uow)
        chair, _ = new_member(uow, "ประธาน", "chair", conflicts=[("agency", AGENCY)])
        uow.commit()
        reference, agency_id, chair_id = hidden.reference, hidden.agency_id, chair.id
    _review_every_record(services)
    sign_in(client, services, chair_id)
    form = csrf_token(client, "/committee/conflicts")
    got = client.post(
        f"/committee/tickets/{reference}/agency",
        data={"csrf_token": form, "agency": "อบต.หนองโบสถ์"},
    )
    assert got.status_code in (302, 303, 403, 404)
    with services.engine.connect() as conn:
        stored = conn.scalar(select(Ticket.agency_id).where(Ticket.reference == reference))
    assert stored == agency_id


def test_member_accepting_their_own_forged_record_is_refused(client, services):
    """A chair whose row a writer changed (a tie deleted) posts the accept form for their own
    record: refused, they stay unfit and see nothing."""
    with services.uow() as uow:
        ticket = new_ticket(uow)
        chair, _ = new_member(uow, "ประธาน", "chair", conflicts=[("agency", AGENCY)])
        token = members.issue_login_token(uow, chair)
        uow.commit()
        ticket_id, chair_id = ticket.id, chair.id
    _review_every_record(services)
    url = f"/committee/login/{token}"
    client.post(url, data={"csrf_token": csrf_token(client, url)})
    _write(services, delete(MemberConflict).where(MemberConflict.member_id == chair_id))
    form = csrf_token(client, "/committee/conflicts")
    client.post(f"/committee/members/{chair_id}/accept", data={"csrf_token": form})
    assert not _fits(services, chair_id)
    assert not _may_review(services, ticket_id, chair_id)
    with services.engine.connect() as conn:
        accepted = conn.scalar(
            select(text("count(*)"))
            .select_from(AuditEntry.__table__)
            .where(AuditEntry.action == members.RECORD_ACCEPTED)
        )
    assert accepted == 0


# -- handles on member pages ---------------------------------------------------------------------
def test_raw_proposal_id_in_the_confirm_form_confirms_nothing(client, services, runner):
    """A chair posts the confirm form with the proposal's plain row id (read off a copy of the
    database) instead of the handle the page showed: nothing is confirmed."""
    from tests.factories import waiting

    with services.uow() as uow:
        ticket = new_ticket(uow, status="in_review")
        chair, _ = new_member(uow, "ประธาน", "chair")
        uow.commit()
        reference, chair_id = ticket.reference, chair.id
    got = runner.invoke(
        args=["tickets", "set-status", reference, "rejected", "--reason-code", "duplicate"]
        + ["--note", "ซ้ำกับเรื่องเดิม"]
    )
    assert got.exit_code == 0, got.output
    waiting(services, reference)
    with services.engine.connect() as conn:
        raw = conn.scalar(text("SELECT max(id) FROM ticket_proposals"))
    sign_in(client, services, chair_id)
    page = f"/committee/tickets/{reference}"
    client.post(f"{page}/confirm", data={"csrf_token": csrf_token(client, page), "proposal": raw})
    from storage import tickets

    with services.uow() as uow:
        assert tickets.by_reference(uow, reference).status == "in_review"
    handle = waiting(services, reference)  # the form as the page showed it does confirm
    client.post(
        f"{page}/confirm", data={"csrf_token": csrf_token(client, page), "proposal": handle}
    )
    with services.uow() as uow:
        assert tickets.by_reference(uow, reference).status == "rejected"


def test_evidence_handle_of_a_hidden_ticket_opens_nothing(client, services, tmp_path):
    """A tied chair takes the handle of a hidden ticket's evidence (computed for that row,
    e.g. from a colleague's screen) and asks for it under a ticket they may open: 404."""
    from tests.factories import add_evidence, shown

    with services.uow() as uow:
        visible = new_ticket(uow, agency="อบต.หนองโบสถ์")
        hidden = new_ticket(uow)
        chair, _ = new_member(uow, "ประธาน", "chair", conflicts=[("agency", AGENCY)])
        uow.commit()
        refs = (visible.reference, hidden.reference)
        chair_id = chair.id
    _review_every_record(services)
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xd9")
    hidden_file = add_evidence(services, refs[1], photo, "image/jpeg")
    own_file = add_evidence(services, refs[0], photo, "image/jpeg")
    sign_in(client, services, chair_id)
    page = client.get(f"/committee/tickets/{refs[0]}").get_data(as_text=True)
    own = shown(services, "evidence", own_file)
    assert f"/evidence/{own}" in page  # the chair's own ticket links its file by its handle
    assert f'/evidence/{own_file}"' not in page
    for ref in refs:
        for named in (shown(services, "evidence", hidden_file), hidden_file):
            got = client.get(f"/committee/tickets/{ref}/evidence/{named}")
            assert got.status_code in (302, 303, 403, 404)
            assert got.data != photo.read_bytes()


# -- public figures kept in tables ---------------------------------------------------------------
def test_writer_edits_a_published_release(services, runner):
    """The month's release of the public figures is made (the page's first look); a writer
    changes a published count in the stored release: it is withheld, and `tickets verify`
    names it."""
    from handlers.tickets.transparency import current_release
    from storage.transparency_models import TransparencyRelease

    with services.uow() as uow:
        for _ in range(6):
            new_ticket(uow)
        uow.commit()
    notes = services.config.record_anchor_dir
    with services.uow() as uow:
        current_release(uow, notes)
        uow.commit()
    rows = _rows(services, TransparencyRelease.__table__)
    assert rows, "a release was kept"
    figures = rows[-1]["figures"].replace("6", "2")
    assert figures != rows[-1]["figures"]
    _write(
        services,
        update(TransparencyRelease)
        .where(TransparencyRelease.id == rows[-1]["id"])
        .values(figures=figures),
    )
    with services.uow() as uow:
        shown = current_release(uow, notes)
    assert "2" not in str(getattr(shown, "by_kind", "")) or not getattr(shown, "by_kind", None)
    assert verify_fails(runner)


# -- floods ----------------------------------------------------------------------------------
def test_join_code_guesses_from_many_accounts_leave_the_real_code_working(
    client, gateway, services
):
    """Sixty LINE accounts each send one made-up join code (past the overall limit of fifty):
    none joins, and the new member's real code, sent from an account that did not guess,
    still works."""
    with services.uow() as uow:
        chair, _ = new_member(uow, "ประธาน", "chair")
        code = members.invite(uow, "reviewer", by=chair)
        uow.commit()
    for n in range(60):
        Chat(client, gateway, line_id(), "test-channel-secret").say(f"เข้าร่วม ZZ{n:02d}-QQQQ")
    newcomer = Chat(client, gateway, line_id(), "test-channel-secret")
    newcomer.say(f"เข้าร่วม {code}")
    with services.uow() as uow:
        joined = members.member_for_line_id(uow, newcomer.user_id)
        assert joined is not None and joined.role == "reviewer"
        assert uow.session.scalar(select(text("count(*)")).select_from(Member.__table__)) == 2


# -- another spelling, another script ------------------------------------------------------------
@first_on_both(
    ("kind", "spelling"),
    [
        ("agency", "S.A.O. Song Hong"),
        ("agency", "obt song hong"),
        ("agency", "อบต. ส อ ง ห้ อ ง"),
        ("agency", "องค์การบริหารส่วนตำบล สองห้อง"),
        ("district", "Amphoe Nang Rong"),
        ("district", "NANG RONG"),
        ("district", "นาง รอง"),
    ],
)
def test_tie_declared_in_a_spelling_round_8_did_not_try(services, kind, spelling):
    """Abbreviations with dots, transliterations of อบต., spaces between Thai letters, the long
    form, "Amphoe": each either is refused or keeps the ticket from the member."""
    with services.uow() as uow:
        if kind == "agency":
            ticket = new_ticket(uow)
        else:
            ticket = new_ticket(uow, district="นางรอง", agency="อบต.หนองโบสถ์")
        member, _ = new_member(uow, "ผู้ตรวจ", "reviewer")
        uow.commit()
        ticket_id, member_id = ticket.id, member.id
    _review_every_record(services)
    with services.uow() as uow:
        try:
            members.declare_conflict(uow, members.get_member(uow, member_id), kind, spelling, "ญาติ")
        except ValueError:
            return
        uow.commit()
    assert not _may_review(services, ticket_id, member_id)


# -- the shell over a forged row -----------------------------------------------------------------
def test_shell_adds_again_a_member_whose_tie_a_writer_deleted(services, runner):
    """A writer deletes a reviewer's tie; the operator then runs `members add` for the same
    LINE account (same role, a new name): the command does not seal the row over the deleted
    tie, so the member stays unfit and still sees nothing."""
    with services.uow() as uow:
        ticket = new_ticket(uow)
        reviewer, uid = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("agency", AGENCY)])
        uow.commit()
        ticket_id, reviewer_id = ticket.id, reviewer.id
    _review_every_record(services)
    _write(services, delete(MemberConflict).where(MemberConflict.member_id == reviewer_id))
    got = runner.invoke(
        args=["members", "add", "--line-user-id", uid, "--name", "ผู้ตรวจ ก", "--role", "reviewer"]
    )
    assert got.exit_code == 0, got.output
    assert not _fits(services, reviewer_id)
    assert not _may_review(services, ticket_id, reviewer_id)


# -- a seal column filled with what no key makes -------------------------------------------------
def test_writer_stores_a_mark_in_thai_letters(services, runner):
    """A writer puts Thai letters in one agency record's mark (a record no one is tied to):
    verify should name that record (exit 1 with a report), and the tied member should be
    answered (kept from the record's ticket), not met with an error."""
    with services.uow() as uow:
        ticket = new_ticket(uow, agency="อบต.หนองโบสถ์")
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("agency", "อบต.หนองกี่")])
        uow.commit()
        ticket_id, reviewer_id, agency_id = ticket.id, reviewer.id, ticket.agency_id
    _review_every_record(services)
    _write(services, update(Agency).where(Agency.id == agency_id).values(mark="ตราประทับ"))
    got = verify_result(runner)
    assert got.exit_code == 1 and f"agency record {agency_id}" in got.output, got.output
    assert not _may_review(services, ticket_id, reviewer_id)


# -- public figures: the tickets and the kept counts changed together ---------------------------
def test_writer_changes_a_tickets_status_and_its_kept_count_together(services, runner):
    """A writer marks a waiting ticket resolved in SQL and moves its kept public count the same
    way (so the recount at the release agrees): the ticket's seal names it in verify."""
    from datetime import UTC, datetime

    from storage.public_tally import DEFAULT_ZONE
    from storage.ticket_figures import public_counts
    from storage.transparency_models import PublicCount

    with services.uow() as uow:
        ticket = new_ticket(uow, district="นางรอง")
        uow.commit()
        ticket_id = ticket.id
    assert not verify_fails(runner)
    rows = _rows(services, PublicCount.__table__)
    stmts = [update(Ticket).where(Ticket.id == ticket_id).values(status="resolved")]
    for row in rows:
        if row.get("status") == "submitted":
            keys = {k: v for k, v in row.items() if k != "tickets"}
            stmts.append(delete(PublicCount).filter_by(**keys))
            stmts.append(PublicCount.__table__.insert().values(**{**row, "status": "resolved"}))
    _write(services, *stmts)
    with services.uow() as uow:
        shown = public_counts(uow, DEFAULT_ZONE, datetime.now(UTC)).by_district_status
    assert any("resolved" in str(k) for k, n in shown.items() if n)  # the forged count shows
    assert verify_fails(runner)


# -- LINE: a group chat --------------------------------------------------------------------------
def test_chair_asks_for_a_login_link_in_a_group_chat(client, gateway, services):
    """The bot is added to a LINE group; a chair types "login" there (the link would be read
    by everyone in the group): no link is made, nothing is sent to the group."""
    from storage.committee_models import LoginToken
    from tests.factories import _base

    with services.uow() as uow:
        _, uid = new_member(uow, "ประธาน", "chair")
        uow.commit()
    chat = Chat(client, gateway, uid, "test-channel-secret")
    group = {"type": "group", "groupId": "C" + "1" * 32, "userId": uid}
    before = len(gateway.sent)
    chat.post(_base("join", uid, source=group))
    for word in ("login", "เข้าสู่ระบบ"):
        chat.post({**text_event(word, uid), "source": group})
    with services.engine.connect() as conn:
        assert conn.scalar(select(text("count(*)")).select_from(LoginToken.__table__)) == 0
    said = " ".join(str(c) for c in gateway.sent[before:])
    assert "/committee/login/" not in said
