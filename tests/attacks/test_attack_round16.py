"""Attack round 16: the insider protections tried again, newest first.

Recusal's reading of a ticket (misspelt kinds, a place in brackets or in another field,
bodies named for a tied district, words sent after filing, a document's file name), four eyes
by one chair with two LINE accounts or with the shell, a used login link armed again in the
database, sign-out everywhere, the record-check throttle (a genuine code flooded, a shell's
session spending the chair's checks), the journal folder's modes and a policy seal appended to
it, and what a database copy without keys reads of evidence (file names, exact sizes). A
protection that holds is a plain test; one an attack gets through is a strict xfail asserting
what should hold. Each test says how it attacks in its docstring."""

from __future__ import annotations

import json
import stat
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text, update

from handlers.directory import access, members, sessions
from handlers.directory.access import NotAllowed
from handlers.tickets import additions, anchor_codes, endings
from storage import record_anchors, record_journal, tickets
from storage.committee_models import LoginToken
from storage.insider_models import DashboardSession, PolicySetting, ThrottleCount
from storage.models import AuditEntry, FailedEvent, Member, ProcessedEvent
from tests.attacks.recusal_probes import (
    NANG_RONG,
    SQLITE,
    TIE,
    _engine,
    _listed,
    _named,
    _sees,
)
from tests.dashboard_login import csrf_token, login_token, sign_in
from tests.factories import add_evidence, add_member, add_ticket, line_id, text_event

BOTH = pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)


def _kept(services, tied: int, ref: str) -> bool:
    """Whether the ticket is kept from the member both in Python and in SQL."""
    return not _sees(services, tied, ref) and not _listed(services, tied, ref)


def _added_later(services, tie, said: str) -> tuple[int, str]:
    """A ticket about the reviewed school, then the complainant's words sent after filing."""
    tied, ref = _named(services, tie)
    with services.uow() as unit:
        additions.add_text(unit, tickets.by_reference(unit, ref), said)
        unit.commit()
    return tied, ref


# --- recusal: the tied agency written as citizens write it ---------------------------------


@SQLITE
def test_the_tied_body_misspelt_ongkon_in_the_official_field_is_kept(services):
    """A citizen names the official "ปลัดองค์กรบริหารส่วนตำบลกลันทา" (องค์กร for องค์การ, as
    very many Thai writers spell it): the reviewer tied to อบต.กลันทา must not see it."""
    tied, ref = _named(services, official="ปลัดองค์กรบริหารส่วนตำบลกลันทา")
    assert _kept(services, tied, ref)


@SQLITE
def test_the_tied_body_with_its_place_in_brackets_is_kept(services):
    """The story says "เจ้าหน้าที่ อบต. (ตำบลกลันทา) เรียกเงิน": the place in brackets after
    the kind. The tied reviewer must not see it."""
    tied, ref = _named(services, description="เจ้าหน้าที่ อบต. (ตำบลกลันทา) เรียกเงิน")
    assert _kept(services, tied, ref)


@SQLITE
def test_the_kind_in_one_field_and_the_tambon_in_another_is_kept(services):
    """The official is "นายก อบต." and the place is "ต.กลันทา": together the tied body's
    mayor. The tied reviewer must not see it."""
    tied, ref = _named(services, official="นายก อบต.", place_text="ต.กลันทา")
    assert _kept(services, tied, ref)


HELD_SPELLINGS = {
    "zero_width_between_letters": "อบต.ก\u200bลั\u200bน\u200bท\u200bา เรียกเงิน",
    "word_joiners_around_the_place": "อบต.\u2060กลันทา\u2060 เรียกเงิน",
    "combining_grapheme_joiners": "อ\u034fบ\u034fต.กลันทา เรียกเงิน",
    "spaced_letters": "อบต.ก ลั น ท า เรียกเงิน",
    "ideographic_space": "อบต.\u3000กลันทา เรียกเงิน",
    "one_dot_leader": "อบต\u2024กลันทา เรียกเงิน",
    "pinthu_inside_the_place": "อบต.กลันทฺา เรียกเงิน",
    "hashtag_glued": "#อบตกลันทา",
    "latin_long_form_two_words": "Klan Tha Subdistrict Administrative Organization",
    "latin_transliterated_otherwise": "Kalantha SAO",
    "tone_mark_added": "อบต.กลั่นทา เรียกเงิน",
    "bracketed_place_without_tambon": "นายก อบต. (กลันทา) เรียกเงิน",
    "dash_between": "นายก อบต.-กลันทา",
    "slash_between": "นายก อบต./กลันทา",
    "quoted_place": 'นายก อบต."กลันทา"',
}


@SQLITE
@pytest.mark.parametrize("said", HELD_SPELLINGS.values(), ids=HELD_SPELLINGS.keys())
def test_the_tied_body_padded_or_respelt_in_the_story_is_kept(services, said):
    """The story names อบต.กลันทา padded with invisible characters, spaced, in Latin letters,
    with a stray tone mark or punctuation glued on: the tied reviewer must not see it."""
    tied, ref = _named(services, description=said)
    assert _kept(services, tied, ref)


# --- recusal: a tied district read from the story -------------------------------------------


NAMED_FOR_THE_DISTRICT = {
    "police_station_abbreviated": "สภ.นางรอง เรียกเงิน",
    "police_station_in_full": "สถานีตำรวจภูธรนางรอง เรียกเงิน",
    "hospital_abbreviated": "รพ.นางรอง เรียกเงิน",
    "hospital_in_full": "โรงพยาบาลนางรอง เรียกเงิน",
    "town_municipality_abbreviated": "ทม.นางรอง เรียกเงิน",
    "town_municipality_in_full": "เทศบาลเมืองนางรอง เรียกเงิน",
}


@SQLITE
@pytest.mark.parametrize("said", NAMED_FOR_THE_DISTRICT.values(), ids=NAMED_FOR_THE_DISTRICT.keys())
def test_a_body_named_for_the_tied_district_is_kept_from_a_district_tie(services, said):
    """The story names the district's police station, hospital or town municipality (no record
    of it yet), the district field left empty: the reviewer tied to อำเภอนางรอง must not see
    it."""
    tied, ref = _named(services, NANG_RONG, description=said, district=None)
    assert _kept(services, tied, ref)


GLUED_OFFICE = {
    "district_office_with_o_dot": "ที่ว่าการอ.นางรอง เรียกเงิน",
    "district_chief_abbreviated_nor_or": "นอ.นางรอง เรียกเงิน",
}


@SQLITE
@pytest.mark.parametrize("said", GLUED_OFFICE.values(), ids=GLUED_OFFICE.keys())
def test_the_district_office_abbreviated_is_kept(services, said):
    """The story names the tied district's office or chief with อำเภอ abbreviated: the
    district-tied reviewer must not see it."""
    tied, ref = _named(services, NANG_RONG, description=said, district=None)
    assert _kept(services, tied, ref)


@SQLITE
@pytest.mark.parametrize("code", ["๓๑๐๔", "３１０４"], ids=["thai_digits", "full_width"])
def test_a_district_tie_given_as_a_code_in_other_digits_is_refused(services, code):
    """A chair declares a reviewer's district tie as the DOPA code in Thai or full-width
    digits: it is refused (UnknownDistrict), not stored as a tie that keeps nothing."""
    with pytest.raises(ValueError):
        add_member(services, "reviewer", conflicts=[("district", code)])


HELD_DISTRICT = {
    "district_chief_in_full": "นายอำเภอนางรอง เรียกเงิน",
    "deputy_with_the_name_split": "ปลัดอำเภอ นาง รอง เรียกเงิน",
    "district_office_in_english": "Nang Rong District Office asked money",
    "amphoe_in_latin": "Amphoe Nang Rong",
    "a_tambon_body_with_its_district": "อบต.ถนนหัก อ.นางรอง เรียกเงิน",
    "district_land_office": "ที่ดินอำเภอนางรอง",
}


@SQLITE
@pytest.mark.parametrize("said", HELD_DISTRICT.values(), ids=HELD_DISTRICT.keys())
def test_the_tied_district_written_in_full_is_kept(services, said):
    """The story names the tied district's office or chief in full, in Latin letters, or a
    body "อ.นางรอง" qualifies: the district-tied reviewer must not see it."""
    tied, ref = _named(services, NANG_RONG, description=said)
    assert _kept(services, tied, ref)


# --- recusal: words sent after filing ------------------------------------------------------


@SQLITE
def test_the_district_police_station_sent_after_filing_takes_the_ticket(services):
    """After filing, the complainant adds "ไปแจ้ง สภ.นางรอง แล้ว": the reviewer tied to
    อำเภอนางรอง must no longer see the ticket."""
    tied, ref = _added_later(services, NANG_RONG, "ไปแจ้ง สภ.นางรอง แล้ว")
    assert _kept(services, tied, ref)


@SQLITE
def test_the_misspelt_body_sent_after_filing_takes_the_ticket(services):
    """After filing, the complainant adds "ปลัดองค์กรบริหารส่วนตำบลกลันทาด้วย": the tied
    reviewer must no longer see the ticket."""
    tied, ref = _added_later(services, ("agency", TIE), "ปลัดองค์กรบริหารส่วนตำบลกลันทาด้วย")
    assert _kept(services, tied, ref)


@SQLITE
def test_the_dotted_abbreviation_sent_after_filing_takes_the_ticket(services):
    """After filing, the complainant adds "อ.บ.ต.กลันทา": the tied reviewer no longer sees it."""
    tied, ref = _added_later(services, ("agency", TIE), "อ.บ.ต.กลันทา")
    assert _kept(services, tied, ref)


# --- four eyes: one chair, two LINE accounts -------------------------------------------------


def _joined(services, role: str, by: int) -> int:
    """A member who joined with a join code the chair `by` made on the dashboard."""
    with services.uow() as unit:
        code = members.invite(unit, role, by=unit.session.get(Member, by))
        unit.commit()
    with services.uow() as unit:
        member = members.join(unit, line_id(), code, f"{role} {by}")
        unit.commit()
        return member.id


@SQLITE
def test_a_chair_cannot_second_their_own_proposal_through_their_own_invitee(services):
    """A chair whose role counts makes a join code on the dashboard and joins with it from
    their own second LINE account; the first proposes a resolution, the second confirms. One
    person ended a ticket alone: the confirmation must be refused."""
    founding = add_member(services, "chair")
    chair = _joined(services, "chair", by=founding)
    second_phone = _joined(services, "chair", by=chair)
    ref = add_ticket(services, status="in_review")
    with services.uow() as unit:
        ticket = tickets.by_reference(unit, ref)
        endings.propose(unit, unit.session.get(Member, chair), ticket, "resolved", "จบแล้ว")
        unit.commit()
    with services.uow() as unit:
        ticket = tickets.by_reference(unit, ref)
        pending = endings.pending(unit, ticket, endings.CONFIRMED_ACTS)
        with pytest.raises(NotAllowed):
            endings.confirm(unit, unit.session.get(Member, second_phone), ticket, pending.id)


@SQLITE
def test_a_shell_made_chair_cannot_second_the_proposal_of_the_chair_who_added_them(
    runner, services
):
    """A chair with a shell adds their second LINE account as chair with `members add` (a
    shell role, not vouched for) and proposes a resolution: the second account may not
    confirm it."""
    founding = add_member(services, "chair")
    chair = _joined(services, "chair", by=founding)
    args = ["members", "add", "--line-user-id", line_id(), "--name", "สอง", "--role", "chair"]
    done = runner.invoke(args=args)
    assert done.exit_code == 0, done.output
    second_phone = int(done.output.split()[1])
    ref = add_ticket(services, status="in_review")
    with services.uow() as unit:
        ticket = tickets.by_reference(unit, ref)
        endings.propose(unit, unit.session.get(Member, chair), ticket, "resolved", "จบแล้ว")
        unit.commit()
    with services.uow() as unit:
        ticket = tickets.by_reference(unit, ref)
        pending = endings.pending(unit, ticket, endings.CONFIRMED_ACTS)
        with pytest.raises(NotAllowed):
            endings.confirm(unit, unit.session.get(Member, second_phone), ticket, pending.id)


@SQLITE
@pytest.mark.xfail(
    strict=True,
    reason="by design so far: nothing ties the operator (cli:operator) to a member, so a chair"
    " who also holds the shell is 'another' member to their own command-line proposal"
    " (handlers/tickets/endings.py may_confirm); docs/insider.md guards shell-made roles only",
)
def test_a_chair_holding_the_shell_cannot_confirm_their_own_command_line_ending(runner, services):
    """A chair whose role counts also runs the server: they type `tickets set-status REF
    resolved` at the shell (a proposal by the command line), then confirm it on the dashboard.
    One person ended the ticket: the confirmation must be refused."""
    founding = add_member(services, "chair")
    chair = _joined(services, "chair", by=founding)
    ref = add_ticket(services, status="in_review")
    done = runner.invoke(args=["tickets", "set-status", ref, "resolved", "--note", "จบแล้ว"])
    assert done.exit_code == 0, done.output
    with services.uow() as unit:
        ticket = tickets.by_reference(unit, ref)
        pending = endings.pending(unit, ticket, endings.CONFIRMED_ACTS)
        with pytest.raises(NotAllowed):
            endings.confirm(unit, unit.session.get(Member, chair), ticket, pending.id)


# --- a used login link armed again in the database --------------------------------------------


def _chairs_sessions(services, chair: int) -> int:
    with services.uow() as unit:
        stmt = select(func.count(DashboardSession.id)).where(DashboardSession.member_id == chair)
        return unit.session.scalar(stmt)


@BOTH
def test_a_used_login_link_re_armed_in_sql_signs_no_one_in(app, client, services):
    """The chair signs in with the link they asked for in LINE. Someone who later reads that
    link (the chair's phone, a forwarded message) and can write the database clears its
    `used_at` and stretches its expiry, then opens it in their own browser: it must sign no
    one in (the chair keeps one session, their own)."""
    chair = add_member(services, "chair")
    url = f"/committee/login/{login_token(services, chair)}"
    client.post(url, data={"csrf_token": csrf_token(client, url)})
    assert _chairs_sessions(services, chair) == 1
    with services.uow() as unit:
        later = unit.now() + timedelta(hours=1)
        unit.session.execute(update(LoginToken).values(used_at=None, expires_at=later))
        unit.commit()
    thief = app.test_client()
    thief.post(url, data={"csrf_token": csrf_token(thief, url)})
    assert _chairs_sessions(services, chair) == 1


@SQLITE
def test_a_used_login_link_repointed_at_another_chair_in_sql_signs_no_one_in(app, client, services):
    """As above, but the writer also points the reviewer's used link at the chair: the
    own mark is bound to the member, so at most a read-only session opens, and the chair is
    told; no deciding session of the chair is made."""
    chair = add_member(services, "chair")
    reviewer = add_member(services, "reviewer")
    url = f"/committee/login/{login_token(services, reviewer)}"
    client.post(url, data={"csrf_token": csrf_token(client, url)})
    with services.uow() as unit:
        later = unit.now() + timedelta(hours=1)
        unit.session.execute(
            update(LoginToken).values(used_at=None, expires_at=later, member_id=chair)
        )
        unit.commit()
    thief = app.test_client()
    thief.post(url, data={"csrf_token": csrf_token(thief, url)})
    with services.uow() as unit:
        rows = unit.session.scalars(
            select(DashboardSession).where(DashboardSession.member_id == chair)
        ).all()
        assert all(
            not unit.vault.own_mark_fits(r.token_hash, r.member_id, r.own_mark) for r in rows
        )


@SQLITE
def test_sign_out_everywhere_also_voids_the_link_not_yet_used(app, services):
    """The chair's phone is taken just after they asked for a login link in LINE; an admin
    signs the chair out everywhere. The thief then opens the unused link: it must sign no
    one in."""
    chair = add_member(services, "chair")
    admin = add_member(services, "admin")
    url = f"/committee/login/{login_token(services, chair)}"
    with services.uow() as unit:
        sessions.sign_out_everywhere(unit, unit.session.get(Member, admin), chair)
        unit.commit()
    thief = app.test_client()
    thief.post(url, data={"csrf_token": csrf_token(thief, url)})
    assert _chairs_sessions(services, chair) == 0


def _session(services, member_id: int, from_shell: bool) -> str:
    with services.uow() as unit:
        token = sessions.start(unit, unit.session.get(Member, member_id), from_shell=from_shell)
        unit.commit()
        return token


@BOTH
def test_a_shell_session_unflagged_with_an_own_mark_copied_in_sql_decides_nothing(services):
    """The operator opens a read-only session as the chair with a shell's link; a writer then
    clears its `from_shell` and copies onto it the own mark of the chair's real session. It
    is no session at all (its seal covers `from_shell`); with the flag left, still read-only
    (the copied mark is bound to the other token)."""
    chair = add_member(services, "chair")
    shell_token = _session(services, chair, from_shell=True)
    _session(services, chair, from_shell=False)
    with services.uow() as unit:
        rows = unit.session.scalars(select(DashboardSession).order_by(DashboardSession.id)).all()
        shell_id, mark = rows[0].id, rows[1].own_mark
    where = update(DashboardSession).where(DashboardSession.id == shell_id)
    with services.uow() as unit:
        unit.session.execute(where.values(own_mark=mark))
        unit.commit()
    with services.uow() as unit:
        assert sessions.live(unit, shell_token).from_shell
    with services.uow() as unit:
        unit.session.execute(where.values(from_shell=False))
        unit.commit()
    with services.uow() as unit:
        assert sessions.live(unit, shell_token) is None


# --- a flood of record-check codes -------------------------------------------------------------


def _record_checks(services) -> int:
    with services.uow() as unit:
        stmt = select(func.count(AuditEntry.id)).where(AuditEntry.action == "record_code_check")
        return unit.session.scalar(stmt)


@SQLITE
def test_a_genuine_code_checked_over_and_over_is_throttled(services):
    """A reviewer holding a genuine anchor code asks /committee/record-check 30 times: each
    is a full walk of the record and an audit line. The flood must be throttled as wrong
    codes are (at most 10 checks an hour audited)."""
    reviewer = add_member(services, "reviewer")
    add_ticket(services)
    with services.uow() as unit:
        anchor = record_anchors.make_today(unit)
        unit.commit()
    prefix = record_anchors.typed_code(record_anchors.code_of(anchor["digest"]))
    for _ in range(30):
        with services.uow() as unit:
            anchor_codes.check(unit, unit.session.get(Member, reviewer), prefix)
            unit.commit()
    assert _record_checks(services) <= 10


@SQLITE
def test_a_shell_session_as_the_chair_cannot_use_up_the_chairs_code_checks(app, services):
    """The operator, about to put the database back, opens a read-only session as the chair
    with `members login-link` and types ten made-up codes on /committee/record-check. The
    chair then opens the genuine code they were sent: it must still be checked."""
    chair = add_member(services, "chair")
    add_ticket(services)
    with services.uow() as unit:
        anchor = record_anchors.make_today(unit)
        unit.commit()
    shell = app.test_client()
    sign_in(shell, services, chair, from_shell=True)
    for n in range(10):
        shell.get(f"/committee/record-check?code={n:016x}")
    own = app.test_client()
    sign_in(own, services, chair)
    code = record_anchors.code_of(anchor["digest"])
    page = own.get(f"/committee/record-check?code={code}")
    with services.uow() as unit:
        last = unit.session.scalars(
            select(AuditEntry.detail)
            .where(AuditEntry.action == "record_code_check")
            .order_by(AuditEntry.id.desc())
        ).first()
    assert page.status_code == 200 and last == "intact"


@SQLITE
def test_guessed_codes_from_one_reviewer_stop_being_checked(services):
    """A reviewer types 30 made-up codes: past the limit the page checks and audits no more,
    and says so."""
    reviewer = add_member(services, "reviewer")
    add_ticket(services)
    with services.uow() as unit:
        record_anchors.make_today(unit)
        unit.commit()
    states = []
    for n in range(30):
        with services.uow() as unit:
            found = anchor_codes.check(unit, unit.session.get(Member, reviewer), f"{n:016x}")
            states.append(found.state)
            unit.commit()
    assert states[-1] == "throttled" and _record_checks(services) <= 10


# --- the name only in a document's file name ------------------------------------------------


@SQLITE
def test_a_document_named_after_the_tied_body_is_kept(services, tmp_path):
    """The complainant sends a document named "หนังสือจากอบต.กลันทา.pdf" (LINE's caption for
    a file): its name, shown on the page, names the tied body. The tied reviewer must not see
    the ticket."""
    tied, ref = _named(services)
    document = tmp_path / "letter.pdf"
    document.write_bytes(b"%PDF-1.4\n")
    add_evidence(services, ref, document, "application/pdf", name="หนังสือจากอบต.กลันทา.pdf")
    assert _kept(services, tied, ref)


@BOTH
def test_a_database_copy_reads_no_documents_file_name(app, services, tmp_path):
    """An anonymous complainant sends a document LINE names "สำเนาบัตร_สมชาย_ใจดี.pdf". Someone
    holding a copy of the database, without the keys, reads the evidence table: the name
    (the complainant's own) must not be there to read."""
    ref = add_ticket(services)
    document = tmp_path / "id.pdf"
    document.write_bytes(b"%PDF-1.4\n")
    add_evidence(services, ref, document, "application/pdf", name="สำเนาบัตร_สมชาย_ใจดี.pdf")
    with _engine(app).connect() as conn:
        stored = conn.execute(text("SELECT file_name FROM evidence")).scalars().all()
    assert not any("สมชาย" in (name or "") for name in stored)


@SQLITE
def test_a_reviewer_reads_no_name_from_an_anonymous_tickets_document(app, services, tmp_path):
    """An anonymous complainant's document is named "สำเนาบัตร_สมชาย_ใจดี.pdf" by LINE. A
    reviewer (not the chair, no reason given) opens the ticket's page: the name must not
    be on it."""
    reviewer = add_member(services, "reviewer")
    ref = add_ticket(services)
    document = tmp_path / "id.pdf"
    document.write_bytes(b"%PDF-1.4\n")
    add_evidence(services, ref, document, "application/pdf", name="สำเนาบัตร_สมชาย_ใจดี.pdf")
    client = app.test_client()
    sign_in(client, services, reviewer)
    page = client.get(f"/committee/tickets/{ref}")
    assert page.status_code == 200
    assert "สมชาย" not in page.get_data(as_text=True)


@BOTH
def test_a_database_copy_does_not_pair_tickets_by_one_documents_size(app, services, tmp_path):
    """One person sends the same document (LINE passes files byte for byte) to a named
    complaint and to an anonymous one. Someone with a copy of the database and no keys
    looks for two tickets holding files of the very same size: the anonymous ticket must
    not be paired with the named one that way."""
    named = add_ticket(services, name="สมชาย ใจดี", phone="0812345678")
    anonymous = add_ticket(services)
    other = add_ticket(services)
    document = tmp_path / "receipt.pdf"
    document.write_bytes(b"%PDF-1.4\n" + b"x" * 123_457)
    unrelated = tmp_path / "other.pdf"
    unrelated.write_bytes(b"%PDF-1.4\n" + b"y" * 98_765)
    for ref, path in ((named, document), (anonymous, document), (other, unrelated)):
        add_evidence(services, ref, path, "application/pdf")
    query = "SELECT e.size_bytes, t.anonymous FROM evidence e JOIN tickets t ON t.id = e.ticket_id"
    with _engine(app).connect() as conn:
        rows = conn.execute(text(query)).all()
    sizes_named = {size for size, anon in rows if not anon}
    assert not [size for size, anon in rows if anon and size in sizes_named]


# --- the record journal's folder ---------------------------------------------------------------


@SQLITE
def test_the_journal_and_its_lock_are_closed_to_other_local_accounts(services):
    """Another account on the host (not the bot's) opens the journal read-only: it may read
    its lines, and flock `.journal.lock` on that read-only handle, so every commit's append
    waits 10 s and `keys rotate` stops. The folder and its files must be the bot's alone."""
    add_member(services, "reviewer", conflicts=[("agency", TIE)])
    folder = Path(services.config.record_anchor_dir)
    opened = [folder, folder / record_journal.LOCK, *folder.glob("journal-*.log")]
    assert len(opened) > 2
    assert all(stat.S_IMODE(path.stat().st_mode) & 0o077 == 0 for path in opened)


# Held (was xfail: "journal_lines takes the latest `policy:K S` line it reads; a writer of the
# folder appends the old seal again"): a policy seal seen once never becomes the latest again
# (`journal_lines.Marks.add_new`, fixA36). Deleting the later lines stays the known limit.
@SQLITE
def test_a_policy_put_back_with_its_old_seal_appended_to_the_journal_reads_no(services):
    """The chair allowed admins identity, then withdrew it. A writer of the database and of
    RECORD_ANCHOR_DIR copies the old "yes" row back and appends its seal to today's journal
    as the latest line: admins must still not open identity."""
    chair = add_member(services, "chair")
    with services.uow() as unit:
        access.set_admins_see_identity(unit, unit.session.get(Member, chair), True)
        unit.commit()
    with services.uow() as unit:
        old = unit.session.get(PolicySetting, access.ADMINS_SEE_IDENTITY)
        before = {"value": old.value, "set_by": old.set_by, "set_at": old.set_at, "seal": old.seal}
    with services.uow() as unit:
        access.set_admins_see_identity(unit, unit.session.get(Member, chair), False)
        unit.commit()
    with services.uow() as unit:
        unit.session.execute(
            update(PolicySetting)
            .where(PolicySetting.key == access.ADMINS_SEE_IDENTITY)
            .values(**before)
        )
        unit.commit()
    folder = Path(services.config.record_anchor_dir)
    journal = sorted(folder.glob("journal-*.log"))[-1]
    with journal.open("a") as handle:
        handle.write(f"policy:{access.ADMINS_SEE_IDENTITY} {before['seal']}\n")
    with services.uow() as unit:
        assert not access.admins_see_identity(unit)


@SQLITE
def test_a_policy_put_back_with_its_old_seal_appended_shows_on_the_chairs_code(services):
    """The xfail above, seen from off the machine: within the hour of the chair's "no" the
    `witness-anchor` job anchors it (its time and value in the witness) and sends the chairs
    the code. The writer copies the old "yes" row back and appends its seal to the journal:
    that code reads broken (one setting put back). The fresh process still reads "yes" until
    a chair checks (the xfail stays)."""
    from bot.jobs import catalogue as jobs

    chair = add_member(services, "chair")
    with services.uow() as unit:
        access.set_admins_see_identity(unit, unit.session.get(Member, chair), True)
        unit.commit()
    with services.uow() as unit:
        old = unit.session.get(PolicySetting, access.ADMINS_SEE_IDENTITY)
        before = {"value": old.value, "set_by": old.set_by, "set_at": old.set_at, "seal": old.seal}
    with services.uow() as unit:
        access.set_admins_see_identity(unit, unit.session.get(Member, chair), False)
        unit.commit()
    made = jobs.run_job(services, "witness-anchor")["anchor"]
    assert made
    with services.uow() as unit:
        stmt = update(PolicySetting).where(PolicySetting.key == access.ADMINS_SEE_IDENTITY)
        unit.session.execute(stmt.values(**before))
        unit.commit()
    journal = sorted(Path(services.config.record_anchor_dir).glob("journal-*.log"))[-1]
    with journal.open("a") as handle:
        handle.write(f"policy:{access.ADMINS_SEE_IDENTITY} {before['seal']}\n")
    prefix = record_anchors.typed_code(record_anchors.code_of(made))
    with services.uow() as unit:
        checked = anchor_codes.check(unit, unit.session.get(Member, chair), prefix)
    assert checked.state == "broken" and checked.put_back == 1


@SQLITE
def test_a_policy_put_back_with_its_journal_intact_reads_no(services):
    """The same put-back of the old "yes" row, the journal left alone: it reads no."""
    chair = add_member(services, "chair")
    with services.uow() as unit:
        access.set_admins_see_identity(unit, unit.session.get(Member, chair), True)
        unit.commit()
    with services.uow() as unit:
        old = unit.session.get(PolicySetting, access.ADMINS_SEE_IDENTITY)
        before = {"value": old.value, "set_by": old.set_by, "set_at": old.set_at, "seal": old.seal}
    with services.uow() as unit:
        access.set_admins_see_identity(unit, unit.session.get(Member, chair), False)
        unit.commit()
    with services.uow() as unit:
        stmt = update(PolicySetting).where(PolicySetting.key == access.ADMINS_SEE_IDENTITY)
        unit.session.execute(stmt.values(**before))
        unit.commit()
    with services.uow() as unit:
        assert not access.admins_see_identity(unit)


# --- a flood of guesses behind made-up forwarding headers ----------------------------------------


@SQLITE
def test_guesses_with_a_new_forwarded_address_each_are_one_source(app, client, services):
    """With no TRUSTED_PROXIES, a guesser sends each wrong /status guess (a different made-up
    reference each time, so no reference locks) with a new X-Forwarded-For: they are still one
    source, refused after five, and the throttle rows keep neither the address nor the
    references typed."""
    answers = []
    for n in range(7):
        form = {"reference": f"BRM-2569-{10000 + n}", "code": "ABCD-EFGH"}
        form["csrf_token"] = csrf_token(client, "/status")
        forwarded = {"X-Forwarded-For": f"198.51.100.{n + 1}"}
        answers.append(client.post("/status", data=form, headers=forwarded).status_code)
    assert answers[:5] == [404] * 5 and answers[-1] == 429
    with services.uow() as unit:
        stored = unit.session.scalars(select(ThrottleCount.subject)).all()
    assert stored and not any("127.0.0.1" in s or "198.51.100" in s or "BRM" in s for s in stored)


# --- a flood of webhooks ---------------------------------------------------------------------


@SQLITE
def test_a_flood_of_unsigned_webhooks_is_refused_and_writes_nothing(app, client, services):
    """Someone without the channel secret posts 200 webhook bodies with a made-up signature:
    each is refused, and none leaves a processed or failed event behind."""
    body = json.dumps({"destination": "U0", "events": [text_event("สวัสดี")]}).encode()
    answers = {
        client.post(
            "/callback",
            data=body,
            content_type="application/json",
            headers={"X-Line-Signature": "bm90LWEtc2lnbmF0dXJl"},
        ).status_code
        for _ in range(200)
    }
    assert answers and all(code >= 400 for code in answers)
    with services.uow() as unit:
        assert unit.session.scalar(select(func.count(ProcessedEvent.id))) == 0
        assert unit.session.scalar(select(func.count(FailedEvent.id))) == 0
