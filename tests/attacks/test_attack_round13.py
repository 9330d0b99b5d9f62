"""Attack round 13: today's new protections (issues 19 and 18) tried from another side.

A protection that holds is a plain test; one that an attack gets through is a strict xfail
asserting what should hold. Each test says how it attacks in its docstring."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from handlers.danger import says_safe_now
from handlers.directory import members
from handlers.directory.access import records_intact
from handlers.patterns.reporter_cases import typed_case_number
from handlers.understanding import meaning, reader
from storage import held_notices, journal_lines, record_journal, tickets
from storage.models import AuditEntry, HeldNotice, Ticket, TicketEvent
from tests.dashboard_login import csrf_token
from tests.factories import add_member, add_ticket
from tests.paths import ROOT

TODAY = date(2026, 12, 6)


def _read(said: str, step: str | None):
    return reader.read(said, step, TODAY)


# --- Latin-letter Thai (reader._as_spelled, romanised.in_thai) ---------------------------


@pytest.mark.parametrize(
    "said",
    ["mai yin yom krub", "mai\u200c yinyom kha", "yang mai yin yom", "mai ao krub"],
)
def test_a_refusal_in_latin_letters_is_not_consent(said):
    """A refusal typed in Latin letters, zero-width joiner inside it too, is a no."""
    assert _read(said, "consent").intent == meaning.NO


def test_not_ok_in_latin_letters_is_not_consent():
    """ "mai ok" is ไม่โอเค, "not OK": the loanword is read, its "not" is lost at consent."""
    assert _read("mai ok", "consent").intent != meaning.YES


def test_let_me_think_in_latin_letters_is_not_consent():
    """ "rao kid doo kon" (เราคิดดูก่อน, let me think it over first) is no consent."""
    assert _read("rao kid doo kon", "consent").intent != meaning.YES


def test_a_killing_threat_in_latin_letters_at_consent_is_danger():
    """ "kao ja kah chan" is เขาจะฆ่าฉัน; "kah" is spelled back as ค่ะ, so the threat becomes a
    polite yes and consent is given by a death threat."""
    found = _read("kao ja kah chan", "consent")
    assert found.intent == meaning.DANGER


def test_a_harm_threat_in_latin_letters_at_consent_is_danger():
    """ "kao ja tum rai chan" (เขาจะทำร้ายฉัน) typed by ear ("tum" for ทำ)."""
    assert _read("kao ja tum rai chan", "consent").intent == meaning.DANGER


def test_a_threat_beside_the_wish_to_report_in_latin_letters_is_danger():
    """ "I want to report but he'll kill me" at the opening is read as the wish alone."""
    assert _read("yak jaeng tae kao ja kah", None).intent == meaning.DANGER


def test_a_threat_beside_evidence_in_latin_letters_is_danger():
    """ "I have photos but he'll kill me" at the evidence question gives the photos only."""
    assert _read("mee roob tae kao ja kah chan", "evidence").intent == meaning.DANGER


def test_a_threat_in_latin_letters_as_more_to_tell_is_danger():
    """The threat told as "anything more?" is kept as a fact, no safety answer."""
    assert _read("kao ja kah chan", "what_more").intent == meaning.DANGER


@pytest.mark.parametrize(
    ("said", "step"),
    [
        ("khao ja ying phom", "consent"),
        ("khao ja pao baan", "consent"),
        ("mee khon ma khu tee baan", None),
        ("tuk tong krub tae mee khon ma khu", "consent"),
        ("mai mee tae khao khu ja ying", "evidence"),
    ],
)
def test_a_threat_spelled_with_its_plain_words_is_danger(said, step):
    """Shooting, arson and "came to threaten at home" in Latin letters, alone or beside a
    yes or a none, stay threats."""
    assert _read(said, step).intent == meaning.DANGER


def test_not_correct_in_latin_letters_is_no_yes_at_the_summary():
    """ "mai took tong" / "yang mai took" (ไม่ถูกต้อง) never confirm a summary."""
    assert _read("mai took tong", "summary").intent != meaning.YES
    assert _read("yang mai took", "summary").intent == meaning.NO


# --- "safe now" needs a positive statement (danger.says_safe_now) --------------------------


@pytest.mark.parametrize(
    "said",
    ["ไม่​ปลอดภัยค่ะ", "ไม่ ปลอดภัย ค่ะ", "บ่ปลอดภัยเด้อ", "ปลอดภัยไหมคะ", "safe now? no way", "unsafe now"],
)
def test_not_safe_split_by_spaces_zero_width_or_dialect_is_not_safe_now(said):
    """A "not" split off by a space or a zero-width space, Isan บ่, a question: never safe."""
    assert not says_safe_now(said)


def test_safe_where_rhetorical_is_not_safe_now():
    """ "ปลอดภัยที่ไหนล่ะคะ" means "safe? hardly": the threatened person is silenced."""
    assert not says_safe_now("ปลอดภัยที่ไหนล่ะคะ")


def test_how_could_i_be_safe_is_not_safe_now():
    """A question of safety without a question mark, said with ยังไง."""
    assert not says_safe_now("จะปลอดภัยได้ยังไงคะ")


def test_am_i_safe_now_question_is_not_safe_now():
    """เหรอ asks; the doubt is read as the statement."""
    assert not says_safe_now("ปลอดภัยแล้วเหรอคะ")


def test_a_wish_or_a_condition_of_safety_is_not_safe_now():
    """ "I wish to be safe", "I'll tell you once I'm safe", "who said it's safe": no
    positive statement."""
    for said in ("อยากให้ปลอดภัยค่ะ", "ถ้าปลอดภัยแล้วจะบอกนะคะ", "ใครบอกว่าปลอดภัยแล้ว"):
        assert not says_safe_now(said), said


def test_hardly_safe_is_not_safe_now():
    """English negation by "hardly" (one the UNSAFE list lacks)."""
    assert not says_safe_now("hardly safe now")


# --- a case number while adding is read only when named ----------------------------------


@pytest.mark.parametrize(
    "said", ["347892", "347-892", "จ่ายไป 347,892 บาท", "เลขที่ 347892", "บ้านเลขที่ 347/892"]
)
def test_six_digits_while_adding_are_not_a_case_number(said):
    """A sum, a house number or six digits alone, typed while adding: no look-up."""
    assert typed_case_number(said, alone=False) is None


@pytest.mark.parametrize("said", ["กรณี ๓๔๗-๘๙๒", "เลขกรณี 347892 ค่ะ", "case no. 347 892"])
def test_a_case_number_named_in_thai_digits_or_english_is_read_while_adding(said):
    """The named number is read whatever its digits or language."""
    assert typed_case_number(said, alone=False) == "347892"


# --- the record journal: rewrite (keys rotate) ---------------------------------------------


def _journal(folder: Path, lines: list[str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "journal-2026-12-06.log"
    path.write_text("".join(lines), "utf-8")
    return path


def test_rewrite_without_a_journal_or_twice_loses_nothing(tmp_path):
    """No folder: nothing done, no error. Twice over: the second changes nothing and every
    line is still there."""
    assert record_journal.rewrite(tmp_path / "none", lambda line: line) == 0
    path = _journal(tmp_path / "j", [f"BRM-{i} h{i}\n" for i in range(50)])
    rename = lambda line: line.replace("BRM-1 ", "BRM-X ")  # noqa: E731
    assert record_journal.rewrite(path.parent, rename) == 1
    assert record_journal.rewrite(path.parent, rename) == 0
    assert len(path.read_text("utf-8").splitlines()) == 50


def test_rewrite_carries_a_half_written_last_line(tmp_path):
    """A line being appended without its newline yet is kept as it was, not lost."""
    path = _journal(tmp_path / "j", ["BRM-1 a\n", "BRM-2 b"])
    record_journal.rewrite(path.parent, lambda line: line.replace("BRM-1", "BRM-9"))
    assert path.read_text("utf-8") == "BRM-9 a\nBRM-2 b"


# A process appending as the application does (`_append`, one commit each), slowed between
# opening today's file and writing to it, as a busy machine may pause any process there.
APPENDER = """
import pathlib, sys, time
from storage import record_journal
opened = pathlib.Path.open


class Slow:
    def __init__(self, handle):
        self.handle = handle

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.handle.close()

    def write(self, text):
        time.sleep(0.05)
        return self.handle.write(text)


pathlib.Path.open = lambda path, *a, **k: Slow(opened(path, *a, **k))
folder, count = sys.argv[1], int(sys.argv[2])
for n in range(count):
    record_journal._append(folder, [f"t:{n:032x} {n:032x}\\n"])
"""


def test_a_process_appending_during_the_rewrites_keeps_every_line(tmp_path):
    """Another process appends entries (APPENDER) while this one runs `keys rotate`'s
    rewrite over and over, each pass replacing today's file: an append opened just before a
    replacement and written just after it went into the old file and was lost. Every entry
    is in the journal at the end."""
    today = datetime.now(UTC).date().isoformat()
    folder = tmp_path / "j"
    folder.mkdir()
    path = folder / f"journal-{today}.log"
    path.write_text("tie:1:k:a s\n", "utf-8")
    count = 40
    appender = subprocess.Popen(
        [sys.executable, "-c", APPENDER, str(folder), str(count)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    flip = {":a ": ":b ", ":b ": ":a "}

    def rename(line):
        for old, new in flip.items():
            if old in line:
                return line.replace(old, new)
        return line

    passes = 0
    while appender.poll() is None or passes == 0:
        record_journal.rewrite(folder, rename)
        passes += 1
    assert appender.wait() == 0
    written = path.read_text("utf-8").splitlines()
    assert {f"t:{n:032x} {n:032x}" for n in range(count)} <= set(written)
    assert len(written) == count + 1


def test_a_pipe_planted_as_the_journal_lock_stops_neither_appends_nor_hangs_a_rewrite(tmp_path):
    """Whoever writes the folder plants a named pipe where the lock goes (opening one for
    reading waits for a writer): the bot's append is written at once, unlocked, and the
    rewrite refuses at once rather than replace a file unguarded."""
    folder = tmp_path / "j"
    folder.mkdir()
    os.mkfifo(folder / record_journal.LOCK)
    record_journal._append(folder, ["t:1 a\n"])
    path = next(folder.glob("journal-*.log"))
    assert path.read_text("utf-8") == "t:1 a\n"
    with pytest.raises(record_journal.JournalUnavailable):
        record_journal.rewrite(folder, lambda line: line.replace("a", "b"))
    assert path.read_text("utf-8") == "t:1 a\n"


# --- held notices (migration 0044, held_notices.expire) -------------------------------------


@pytest.fixture
def uow(app):
    with app.extensions["sujarit"].uow() as unit:
        yield unit


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_legacy_batch_moved_today_expires_with_the_others(uow):
    """Moved from `line_users.held`, a batch is dated and goes after the retention period."""
    from storage import users

    user = users.user_for_line_id(uow, "U" + "1" * 32)
    user.held = [[{"say": "x"}]]
    uow.session.flush()
    assert held_notices.adopt(uow, user) == 1
    assert user.held is None
    later = datetime.now(UTC) + timedelta(days=400)
    assert held_notices.expire(uow, later) >= 1
    assert uow.session.scalar(select(func.count()).select_from(HeldNotice)) == 0


@pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)
def test_a_held_notice_dated_in_the_future_still_expires(uow):
    """A database writer dates a batch in 2099: `expire` deletes only days before the cut,
    so the notice waits, readable by its person, for seventy years."""
    held_notices.hold(uow, "U" + "2" * 32, [{"say": "x"}])
    uow.session.flush()
    uow.session.execute(text("UPDATE held_notices SET held_on = '2099-01-01'"))
    later = datetime.now(UTC) + timedelta(days=400)
    held_notices.expire(uow, later)
    assert uow.session.scalar(select(func.count()).select_from(HeldNotice)) == 0


# --- shell-made dashboard sessions only read (blueprint._shell_reads) -----------------------


def _shell_session(client, services, role="chair"):
    member_id = add_member(services, role)
    with services.uow() as unit:
        token = members.issue_login_token(
            unit, members.get_member(unit, member_id), from_shell=True
        )
        unit.commit()
    url = f"/committee/login/{token}"
    client.post(url, data={"csrf_token": csrf_token(client, url)})
    page = client.get("/committee/tickets").get_data(as_text=True)
    assert 'id="shell-session"' in page  # signed in, and told it is the shell's session
    return member_id


def _footprint(services, reference):
    with services.uow() as unit:
        ticket = tickets.by_reference(unit, reference)
        events = unit.session.scalar(
            select(func.count()).select_from(TicketEvent).where(TicketEvent.ticket_id == ticket.id)
        )
        audit = unit.session.scalar(select(func.count()).select_from(AuditEntry))
        return events, audit, ticket.assignee_id


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_shell_session_changes_nothing_by_another_method_or_override(client, services):
    """PUT, PATCH, DELETE, OPTIONS, HEAD and a GET with a method-override header, at take,
    note and the identity reveal: nothing written."""
    reference = add_ticket(services)
    _shell_session(client, services)
    before = _footprint(services, reference)
    token = csrf_token(client, f"/committee/tickets/{reference}")
    for path in ("take", "note", "identity"):
        url = f"/committee/tickets/{reference}/{path}"
        for method in ("PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"):
            client.open(url, method=method, data={"csrf_token": token, "text": "x"})
        override = {"X-HTTP-Method-Override": "POST", "X-CSRFToken": token}
        client.get(url, headers=override)
        client.get(url, query_string={"_method": "POST", "csrf_token": token, "text": "x"})
    assert _footprint(services, reference) == before


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_shell_session_posting_json_or_a_header_token_is_refused(client, services):
    """A JSON body with the CSRF token in the header, at take and note: refused, no row."""
    reference = add_ticket(services)
    _shell_session(client, services)
    before = _footprint(services, reference)
    token = csrf_token(client, f"/committee/tickets/{reference}")
    for path in ("take", "note"):
        response = client.post(
            f"/committee/tickets/{reference}/{path}",
            json={"text": "x"},
            headers={"X-CSRFToken": token},
        )
        assert response.status_code in (400, 403)
    assert _footprint(services, reference) == before


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_shell_session_signing_in_again_with_its_own_link_stays_a_shell_session(client, services):
    """A second shell link used from the shell session's browser: still only reads."""
    reference = add_ticket(services)
    member_id = _shell_session(client, services)
    with services.uow() as unit:
        token = members.issue_login_token(
            unit, members.get_member(unit, member_id), from_shell=True
        )
        unit.commit()
    url = f"/committee/login/{token}"
    client.post(url, data={"csrf_token": csrf_token(client, url)})
    before = _footprint(services, reference)
    page = f"/committee/tickets/{reference}"
    response = client.post(f"{page}/take", data={"csrf_token": csrf_token(client, page)})
    assert response.status_code == 403
    assert _footprint(services, reference) == before


# --- threat marks count journal entries (record_journal.rolled_back_among) ------------------


def _db_file(app) -> Path:
    url = app.extensions["sujarit"].engine.url
    return Path(url.database)


def _entry(services, reference, note):
    with services.uow() as unit:
        ticket = tickets.by_reference(unit, reference)
        tickets.add_timeline(unit, ticket, "note", "committee", None, None, note)
        unit.commit()
        return ticket.id


def _intact(services, ticket_id) -> bool:
    with services.uow() as unit:
        return ticket_id in records_intact(unit, [ticket_id])


def _rolled_back(app, services, tmp_path):
    """A ticket with two entries, the database put back to its copy with one."""
    reference = add_ticket(services)
    ticket_id = _entry(services, reference, "first")
    app.extensions["sujarit"].engine.dispose()
    shutil.copy(_db_file(app), tmp_path / "copy.db")
    _entry(services, reference, "second")
    app.extensions["sujarit"].engine.dispose()
    shutil.copy(tmp_path / "copy.db", _db_file(app))
    return ticket_id


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_database_put_back_from_a_copy_shows_the_ticket_changed(app, services, tmp_path):
    """The whole database copied back from before an entry: the journal counts one more."""
    ticket_id = _rolled_back(app, services, tmp_path)
    assert not _intact(services, ticket_id)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_rollback_padded_with_a_copied_entry_still_shows(app, services, tmp_path):
    """The writer pads the rolled-back ticket with a copy of its own last entry (plain SQL),
    so the count matches the journal's again: the chain must still tell."""
    ticket_id = _rolled_back(app, services, tmp_path)
    with app.extensions["sujarit"].engine.begin() as conn:
        columns = [c.name for c in TicketEvent.__table__.columns if c.name != "id"]
        names = ", ".join(columns)
        conn.execute(
            text(
                f"INSERT INTO ticket_events ({names}) SELECT {names} FROM ticket_events "
                f"WHERE ticket_id = {ticket_id} ORDER BY id DESC LIMIT 1"
            )
        )
    assert not _intact(services, ticket_id)


@pytest.mark.xfail(
    strict=True,
    reason="the limit (docs/insider.md): an entry since the last anchor sent to the chairs is"
    " held by nothing off the machine",
)
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_rollback_with_the_journal_emptied_still_shows(app, services, tmp_path):
    """The writer who put the database back also empties today's journal file (the folder is
    the application's to write): a fresh process reads no entries and the mark goes. The
    entry rolled back was written after the last anchor whose code left the machine, so
    nothing anywhere holds it (the next test: one anchored and sent out is caught)."""
    ticket_id = _rolled_back(app, services, tmp_path)
    folder = Path(app.extensions["sujarit"].config.record_anchor_dir)
    for path in folder.glob("journal-*.log"):
        path.write_text("", "utf-8")
    journal_lines.forget(str(folder))
    assert not _intact(services, ticket_id)


CODE = re.compile(r"[0-9A-F]{4}(?:-[0-9A-F]{4}){3}")


def _record_check(client, url: str) -> str:
    """The state the dashboard's record check gives for the link in the chair's message."""
    page = client.get(url.split("sujarit.example.org", 1)[1]).get_data(as_text=True)
    return re.search(r'id="record-check" data-state="(\w+)"', page).group(1)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_rollback_to_before_the_anchor_sent_to_the_chairs_shows_on_their_code(
    app, services, gateway, tmp_path
):
    """The writer puts back the whole database from before the day's anchor (its row and
    outbox message gone with it), empties the journal and deletes the anchor files: nothing
    on the machine tells. The anchor's code went to the chair in LINE as it was made; the
    chair opens the link in that message and is told the record was put back."""
    from bot.jobs import catalogue as jobs
    from tests.dashboard_login import sign_in
    from tests.factories import new_member, texts
    from tests.scheduling import pushes

    with services.uow() as unit:
        chair, line_id = new_member(unit, "ประธาน", "chair")
        unit.commit()
        chair_id = chair.id
    browser = app.test_client()
    assert sign_in(browser, services, chair_id).status_code == 303
    reference = add_ticket(services)
    ticket_id = _entry(services, reference, "first")
    app.extensions["sujarit"].engine.dispose()
    shutil.copy(_db_file(app), tmp_path / "copy.db")  # the copy the writer will put back
    _entry(services, reference, "second")
    assert jobs.run_job(services, "verify-records")["anchor"]
    jobs.run_job(services, "outbox")
    told = texts([m for sent in pushes(gateway, line_id) for m in sent])
    assert CODE.search(told), told
    url = re.search(r"https://\S+/committee/record-check\?code=\S+", told).group(0)
    assert _record_check(browser, url) == "intact"  # the control, before the rollback

    app.extensions["sujarit"].engine.dispose()
    shutil.copy(tmp_path / "copy.db", _db_file(app))
    folder = Path(app.extensions["sujarit"].config.record_anchor_dir)
    for path in folder.glob("journal-*.log"):
        path.write_text("", "utf-8")
    for path in folder.glob("anchor-*.json"):
        path.unlink()
    journal_lines.forget(str(folder))
    assert _intact(services, ticket_id)  # the machine alone holds nothing to compare with

    assert _record_check(browser, url) == "missing"
    typed = CODE.search(told).group(0).lower().replace("-", " ")  # typed by hand, loosely
    assert (
        _record_check(browser, f"https://sujarit.example.org/committee/record-check?code={typed}")
        == "missing"
    )


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_legit_erasure_of_identity_is_no_rollback(app, services):
    """Retention's identity removal on a closed ticket with entries: no false "changed"."""
    from storage.privacy import remove_identity

    reference = add_ticket(services, name="สมหญิง รักดี", phone="0812345678")
    ticket_id = _entry(services, reference, "first")
    with services.uow() as unit:
        remove_identity(unit, unit.session.get(Ticket, ticket_id), "attack")
        unit.commit()
    assert _intact(services, ticket_id)


def test_no_leftover_rewrite_spare_is_left_on_error(tmp_path):
    """A change that fails midway leaves the journal as it was and no spare file."""
    path = _journal(tmp_path / "j", ["BRM-1 a\n", "BRM-2 b\n"])

    def boom(line):
        if "BRM-2" in line:
            raise RuntimeError("boom")
        return line.replace("a", "z")

    with pytest.raises(RuntimeError):
        record_journal.rewrite(path.parent, boom)
    assert path.read_text("utf-8") == "BRM-1 a\nBRM-2 b\n"
    left = [p.name for p in path.parent.iterdir() if p.name != record_journal.LOCK]
    assert left == [path.name]
    assert os.access(path, os.R_OK)


# --- threats while filing: chairs_for(None) falls back to tie-less reviewers ----------------


def _told_while_filing(services) -> set[int]:
    from handlers.directory.alerts import chairs_for

    with services.uow() as unit:
        return {m.id for m in chairs_for(unit, None)}


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_chair_demoted_in_sql_still_hears_a_threat_while_filing(app, services):
    """A writer demotes and deactivates the chair in SQL: the chair's seal still vouches,
    so the reviewers (one tied) hear nothing of it."""
    chair = add_member(services, "chair")
    add_member(services, "reviewer", conflicts=[("district", "นางรอง")])
    with app.extensions["sujarit"].engine.begin() as conn:
        conn.execute(text(f"UPDATE members SET role = 'reviewer', active = 0 WHERE id = {chair}"))
    assert _told_while_filing(services) == {chair}


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_with_no_chair_a_tied_reviewer_never_hears_a_threat_while_filing(services):
    """No chair or admin: only the reviewer with no tie is told."""
    tied = add_member(services, "reviewer", conflicts=[("district", "นางรอง")])
    free = add_member(services, "reviewer")
    assert _told_while_filing(services) == {free}
    assert tied not in _told_while_filing(services)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_tied_reviewer_deleting_the_chair_and_their_own_tie_hears_nothing(app, services):
    """The tied reviewer as database writer: deletes the chair's row (no chair's seal holds)
    and their own tie row (no tie in force): their own seal no longer fits, so not told."""
    chair = add_member(services, "chair")
    tied = add_member(services, "reviewer", conflicts=[("district", "นางรอง")])
    free = add_member(services, "reviewer")
    with app.extensions["sujarit"].engine.begin() as conn:
        conn.execute(text("PRAGMA foreign_keys = OFF"))
        conn.execute(text(f"DELETE FROM member_conflicts WHERE member_id = {tied}"))
        conn.execute(text(f"DELETE FROM members WHERE id = {chair}"))
    assert tied not in _told_while_filing(services)
    assert free in _told_while_filing(services)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_tied_reviewer_marking_their_tie_removed_in_sql_hears_nothing(app, services):
    """A removal written in SQL (no seal of its own) keeps the tie in force: fail closed."""
    add_member(services, "chair")
    tied = add_member(services, "reviewer", conflicts=[("district", "นางรอง")])
    with app.extensions["sujarit"].engine.begin() as conn:
        conn.execute(text("UPDATE members SET role = 'reviewer' WHERE role = 'chair'"))
        conn.execute(
            text(f"UPDATE members SET seal = 'x' WHERE role = 'reviewer' AND id != {tied}")
        )
        conn.execute(
            text(
                "UPDATE member_conflicts SET removed_at = '2026-12-01 00:00:00' "
                f"WHERE member_id = {tied}"
            )
        )
    assert tied not in _told_while_filing(services)


# --- the ticket page's "search again" for related complaints --------------------------------

STORY = "นายก อบต. เรียกรับเงินใต้โต๊ะ 20,000 บาท แลกกับการอนุมัติใบอนุญาตก่อสร้างโรงงาน"


def _page_after_search(client, services, member_id, reference) -> str:
    from tests.dashboard_login import sign_in

    sign_in(client, services, member_id)
    page = f"/committee/tickets/{reference}"
    client.post(f"{page}/related/search", data={"csrf_token": csrf_token(client, page)})
    return client.get(page).get_data(as_text=True)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_search_again_shows_a_tied_reviewer_nothing_of_a_ticket_kept_from_them(app, services):
    """A reviewer tied to อบต.กลันทา searches a visible ticket's related complaints again:
    the same story told of that agency, same district, is suggested (the chair sees it), and
    the reviewer's page names neither its reference nor its agency."""
    seen = add_ticket(services, kind="bribery", description=STORY)
    kept = add_ticket(services, agency="อบต.กลันทา", kind="bribery", description=STORY)
    tied = add_member(services, "reviewer", conflicts=[("agency", "อบต.กลันทา")])
    chair = add_member(services, "chair")
    _page_after_search(app.test_client(), services, chair, kept)  # signed, as at submission
    page = _page_after_search(app.test_client(), services, chair, seen)
    assert kept in page  # the chair is shown the suggestion
    page = _page_after_search(app.test_client(), services, tied, seen)
    assert kept not in page
    assert "กลันทา" not in page


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_keys_rotate_rewriting_the_journal_marks_nothing_changed_in_another_process(app, services):
    """`keys rotate` (another process) replaces today's journal file with its lines named
    again. This process's reader sees a new inode, reads the file again whole, and adds
    every entry line to the counts it kept (journal_lines._read_file): each ticket now
    holds "fewer entries than the journal saw" and shows as rolled back."""
    reference = add_ticket(services)
    ticket_id = _entry(services, reference, "first")
    assert _intact(services, ticket_id)
    folder = Path(app.extensions["sujarit"].config.record_anchor_dir)
    for path in folder.glob("journal-*.log"):  # what rewrite does: a new file, moved in place
        spare = path.with_name(f".{path.name}.rewrite")
        spare.write_bytes(path.read_bytes())
        os.replace(spare, path)
    assert _intact(services, ticket_id)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_copy_of_the_database_does_not_tie_two_tickets_by_a_withdrawal(app, services):
    """The reasoning behind "safe now on one complaint only", tried on consent withdrawn:
    `withdraw_consent` writes one "privacy" entry on each of the person's tickets in one
    transaction: their times are spread and their ids drawn, so neither follows the other."""
    from storage import users
    from storage.privacy import withdraw_consent

    owner = "U" + "3" * 32
    first = add_ticket(services, owner=owner, name="สมหญิง รักดี")
    add_ticket(services, name="คนอื่น")
    second = add_ticket(services, owner=owner, name="สมหญิง รักดี")
    with services.uow() as unit:
        withdraw_consent(unit, users.user_for_line_id(unit, owner), "v1")
        unit.commit()
    with app.extensions["sujarit"].engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT e.id, t.reference FROM ticket_events e JOIN tickets t "
                "ON t.id = e.ticket_id WHERE e.kind = 'privacy' ORDER BY e.id"
            )
        ).all()
    ids = {reference: event_id for event_id, reference in rows}
    assert {first, second} <= set(ids)
    assert abs(ids[first] - ids[second]) != 1


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_copy_of_the_journal_does_not_tie_two_tickets_by_a_withdrawal(app, services):
    """The same act read from a copy of RECORD_ANCHOR_DIR: the entries of one commit are
    appended together, so with plain references the person's two tickets stood as the
    journal's last two lines. The lines name them by keyed names now: no reference at all."""
    from storage import users
    from storage.privacy import withdraw_consent

    owner = "U" + "4" * 32
    first = add_ticket(services, owner=owner, name="สมหญิง รักดี")
    add_ticket(services, name="คนอื่น")
    second = add_ticket(services, owner=owner, name="สมหญิง รักดี")
    with services.uow() as unit:
        withdraw_consent(unit, users.user_for_line_id(unit, owner), "v1")
        unit.commit()
    folder = Path(app.extensions["sujarit"].config.record_anchor_dir)
    lines = "".join(p.read_text("utf-8") for p in sorted(folder.glob("journal-*.log")))
    last = [line.split(" ")[0] for line in lines.splitlines()[-2:]]
    assert sorted(last) != sorted([first, second])
    assert first not in lines and second not in lines


# --- the same, through LINE ------------------------------------------------------------------


def _consent_count(services) -> int:
    """How many consents were given (a refusal, recorded as one not granted, is none)."""
    from storage.privacy_models import ConsentRecord

    with services.uow() as unit:
        given = select(func.count()).select_from(ConsentRecord).where(ConsentRecord.granted)
        return unit.session.scalar(given)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_consent_in_latin_letters_through_line_is_recorded(chat, services):
    """The control: "yinyom krub" at the consent question records consent."""
    chat.follow()
    chat.tap("menu=complain")
    before = _consent_count(services)
    chat.say("yinyom krub")
    assert _consent_count(services) == before + 1


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_killing_threat_in_latin_letters_through_line_gets_the_safety_answer(chat, services):
    """At the consent question a villager types "kao ja kah chan" (he will kill me): no
    consent is recorded (holds), but the bot asks for consent again instead of the safety
    answer with the police and hotline numbers it gives "khao ja ying phom"."""
    from tests.factories import texts

    chat.follow()
    chat.tap("menu=complain")
    before = _consent_count(services)
    said = texts(chat.say("kao ja kah chan"))
    assert _consent_count(services) == before
    shot = texts(chat.say("khao ja ying phom"))
    assert "191" in shot  # the control: a Latin-letter threat of shooting is answered
    assert "191" in said


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("said", ["mai ok", "rao kid doo kon"])
def test_not_ok_or_let_me_think_in_latin_letters_through_line_records_no_consent(
    chat, services, said
):
    """The reader's yes for "mai ok" (ไม่โอเค) and "rao kid doo kon" (let me think first)
    is too unsure for the consent step (or a no): no consent is recorded as given."""
    chat.follow()
    chat.tap("menu=complain")
    before = _consent_count(services)
    chat.say(said)
    assert _consent_count(services) == before


# --- "safe now" goes on the complaint threatened last (danger._threatened_lately) ------------


@pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)
def test_safe_now_goes_on_the_complaint_threatened_last_not_the_longest(services):
    """A person's older complaint, with many entries, was threatened an hour ago; their new
    one (two entries) just now. Entry ids begin with the entry's place in its own timeline
    (storage/entry_ids.py), so ordering two tickets' threats by id orders them by timeline
    length: "safe now" lands on the older complaint, and the chair reads it safe."""
    from handlers import danger
    from storage import users

    owner = "U" + "5" * 32
    old, new = add_ticket(services, owner=owner), add_ticket(services, owner=owner)
    with services.uow() as unit:
        old_ticket = tickets.by_reference(unit, old)
        for n in range(12):
            tickets.add_timeline(unit, old_ticket, "note", "committee", f"note {n}", internal=True)
        threat = tickets.add_timeline(unit, old_ticket, "danger", "complainant", "ขู่")
        threat.at = unit.now() - timedelta(hours=1)
        unit.commit()
    with services.uow() as unit:
        tickets.add_timeline(unit, tickets.by_reference(unit, new), "danger", "complainant", "ขู่")
        unit.commit()
    with services.uow() as unit:
        user = users.user_for_line_id(unit, owner)
        danger.safe_now(unit, user, None, "ตอนนี้ปลอดภัยแล้วค่ะ")
        unit.commit()
    with services.uow() as unit:
        safe = unit.session.scalars(
            select(Ticket.reference)
            .join(TicketEvent, TicketEvent.ticket_id == Ticket.id)
            .where(TicketEvent.kind == "safe_again")
        ).all()
    assert safe == [new]


# --- anonymity asked for in words, Thai or Latin letters ---------------------------------------


def _to_identity(chat):
    chat.follow()
    chat.tap("menu=complain")
    chat.tap("a=consent:yes")
    chat.tap("a=kind:procurement")
    chat.say("อบต.หนองโบสถ์")
    chat.say("นายก อบต.")
    chat.say("นางรอง")
    chat.say("หนองโบสถ์")
    chat.say("14 มี.ค. 2568")
    chat.say("มีการฮั้วประมูลโครงการถนนลาดยางหมู่ 5 งบ 2 ล้านบาท ผู้รับเหมาเป็นญาตินายก")
    chat.tap("a=evidence:done")
    chat.say("นายสมชาย ใจดี ผู้ใหญ่บ้าน")
    chat.tap("a=reported:no")


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("said", ["ไม่เอาชื่อค่ะ", "mai ao chue kha"])
def test_no_name_please_at_the_identity_question_files_anonymously(chat, said):
    """ "ไม่เอาชื่อค่ะ" ("leave my name out"), in Thai or Latin letters, at "anonymous or
    named?": the complaint stays anonymous. The identity reader takes "ไม่เอาชื่อ" for a name
    given (identity named), and the bot asks for the full name."""
    from tests.factories import texts

    _to_identity(chat)
    assert "ชื่อ-นามสกุล" not in texts(chat.say(said))


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_do_not_put_my_name_at_the_identity_question_files_anonymously(chat):
    """The control: "mai sai chue" (ไม่ใส่ชื่อ) is anonymity, no name asked."""
    from tests.factories import texts

    _to_identity(chat)
    assert "ชื่อ-นามสกุล" not in texts(chat.say("mai sai chue"))


def _safe_entries(services) -> int:
    with services.uow() as unit:
        return unit.session.scalar(
            select(func.count()).select_from(TicketEvent).where(TicketEvent.kind == "safe_again")
        )


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("said", ["ไม่ได้โดนขู่ครับ โดนยิงเลย", "ผมไม่ได้โดนขู่ครับ แต่โดนทำร้ายแล้ว"])
def test_a_denial_that_tells_worse_is_not_safe_now_through_line(chat, services, said):
    """After a threat on a filed complaint: "I wasn't threatened - I was shot" is a worse
    danger, never "safe now" on the complaint."""
    from tests.factories import submitted

    submitted(chat)
    chat.say("มีคนมาขู่จะฆ่าผมที่บ้านครับ")
    before = _safe_entries(services)
    chat.say(said)
    assert _safe_entries(services) == before


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_safe_now_through_line_is_noted(chat, services):
    """The control: after the threat, "ตอนนี้ปลอดภัยแล้วค่ะ" is noted once."""
    from tests.factories import submitted

    submitted(chat)
    chat.say("มีคนมาขู่จะฆ่าผมที่บ้านครับ")
    before = _safe_entries(services)
    chat.say("ตอนนี้ปลอดภัยแล้วค่ะ")
    assert _safe_entries(services) == before + 1


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("said", ["ปลอดภัยแล้วเหรอคะ", "ปลอดภัยที่ไหนล่ะคะ"])
def test_a_question_of_safety_through_line_is_not_noted_safe(chat, services, said):
    """After the threat, "am I safe now?" or "safe where?!": the chair is told safe again."""
    from tests.factories import submitted

    submitted(chat)
    chat.say("มีคนมาขู่จะฆ่าผมที่บ้านครับ")
    before = _safe_entries(services)
    chat.say(said)
    assert _safe_entries(services) == before


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize(
    "said",
    [
        "347-892",
        "๓๔๗๘๙๒",
        "347 892 บาทค่ะ",
    ],
)
def test_six_digits_typed_while_adding_through_line_are_added(chat, services, said):
    """Adding to a filed complaint, six digits (Arabic or Thai, alone or as a sum) are the
    addition, on the complaint's timeline; no case look-up answers instead, not even for
    "347-892" (the shape a case number is shown in), once answered as a greeting."""
    from tests.factories import submitted

    filed = submitted(chat)
    chat.tap(f"add={filed.reference}")
    chat.say(said)
    with services.uow() as unit:
        ticket = tickets.by_reference(unit, filed.reference)
        bodies = unit.session.scalars(
            select(TicketEvent.body).where(TicketEvent.ticket_id == ticket.id)
        ).all()
    assert said in bodies
