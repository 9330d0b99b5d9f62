"""Red team, round 10: last session's protections for issue 17 (insiders) attacked again.

Attackers: someone who may write `MODEL_CACHE_DIR` but holds no key, a database writer
without the keys (plain SQL), a shell user, a citizen or a flood of LINE accounts.

The trained-model cache
- a file forged under a guessed key, planted under the current file name: ignored, a threat
  still reads as danger (HELD)
- a genuine file of an older release (other inputs) renamed to today's name: ignored (HELD)
- a genuine file of another deployment (another lookup key) copied in: ignored (HELD)
- a file holding a pickled object, even under the right key: refused, nothing run (HELD)
- a directory planted under today's file name: no file, the save logged (HELD)
- a named pipe (FIFO) planted under today's file name: every process that starts blocks
  reading it, and none answers (GOT THROUGH; closed: not a regular file, a miss)

The one danger path
- a threat inside a command word, a look-up (reference + code + threat), Latin script (HELD)
- the threat's own words pasted by its victim ("ถอนเรื่องซะไม่งั้นตาย", "withdraw it or you
  die"): read as a request to withdraw (or an answer), no safety answer, no chair alerted,
  nothing on the ticket's internal timeline (GOT THROUGH; closed: an ultimatum is danger,
  never a request to withdraw)
- one LINE account starts, threatens and cancels a complaint again and again: each new draft
  alerts every chair again, no bound per account (GOT THROUGH; closed: once a day per person)
- a threat on a ticket whose only chair is tied to its agency (no admin): nobody is alerted,
  although an untied reviewer may see the ticket (GOT THROUGH; closed: untied reviewers next)
- a database writer demotes every chair: a threat in a filing alerts nobody, and the citizen
  is told nothing of the committee (GOT THROUGH; closed: the sealed role is read)
- asked why they withdraw, "ไม่ถอนครับ แต่เขาขู่จะฆ่าผม" (keep it, but I was threatened):
  the complaint is withdrawn as "pressured" (GOT THROUGH; closed: "keep it" keeps it, the
  threat takes the danger path)
- a threat given as the reason for withdrawing: the chair is told, but its words are not
  kept on the internal timeline (GOT THROUGH; closed: danger.record_threat)

Look-ups typed anywhere
- wrong codes for a reference that exists and for one that does not: the same answers, locked
  out alike after five (HELD)
- another spelling of the reference (lower case, spaces) shares the reference's counter (HELD)
- the victim's reference locked out by a stranger's five wrong codes: the owner's own LINE
  account still sees its ticket (HELD)

A rejoining account carrying its ties (a writer blanks the LINE account on a tied
reviewer's row; the same account joins again with a chair's reviewer code)
- the tie marked removed in SQL first: carried, the ticket still kept (HELD)
- the tie pointed at another agency in SQL first (value and record): the new row carries
  the forged tie, and its fresh seal fits: the tied agency's ticket shows (GOT THROUGH; closed)
- the tie rows deleted in SQL first: the new row carries none (GOT THROUGH;
  closed: each carries the ties the record journal vouches for)

Recusal
- a writer points every spelling of a tied agency at another reviewed record (aliases carry
  no mark); a new ticket names the tied agency: still kept from the member (HELD)
- a writer points a reviewer's tie at another record; a chair tied to the same agency
  accepts it on /committee/conflicts (allowed then; refused since fixR10): the tie's own
  text still keeps (HELD)
- the same with the tie's text rewritten too, the chair accepting the tie and the reviewer's
  record: the reviewer sees the tied agency's tickets (GOT THROUGH; closed: a chair tied to
  what the tie says or was declared as, by the record journal, accepts neither)
- a district tie against a ticket naming no district, only an agency, official or story of
  the district: kept (HELD; other spellings of the district itself are normalised by the
  complaint before they are stored, so a stored "Nang Rong" is not a citizen's path)
- `storage.crypto.same_text` given Thai letters, None, or a prefix: a misfit, never an error (HELD)
"""

from __future__ import annotations

import os
import signal
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import func, select, update

from handlers.understanding import classifier, model_cache, understand
from storage import crypto
from storage.insider_models import Agency
from storage.models import Draft, Member, OutboxMessage, Ticket, TicketEvent
from tests.conftest import ONE_DATABASE, TEST_KEYS
from tests.dashboard_login import csrf_token
from tests.factories import Chat, line_id, new_member, new_ticket, texts

AGENCY = "อบต.สองห้อง"  # the agency of `new_ticket`'s tickets
SECRET = "test-channel-secret"
KEY = crypto.model_cache_key(TEST_KEYS["DATA_LOOKUP_KEY"])


# -- helpers ----------------
def _danger_alerts(services) -> int:
    """Danger alerts queued for committee members (any day, any chair)."""
    with services.engine.connect() as conn:
        return conn.scalar(
            select(func.count())
            .select_from(OutboxMessage.__table__)
            .where(OutboxMessage.purpose.in_(("committee:danger", "committee:pressure")))
        )


def _danger_entries(services, ticket_id: int) -> int:
    """The ticket's internal timeline entries recording a threat."""
    with services.engine.connect() as conn:
        return conn.scalar(
            select(func.count())
            .select_from(TicketEvent.__table__)
            .where(TicketEvent.ticket_id == ticket_id, TicketEvent.kind == "danger")
        )


def _citizen_with_ticket(services, client, gateway, **fields):
    """A citizen's chat and the id and reference of the ticket they filed."""
    uid = line_id()
    with services.uow() as uow:
        ticket = new_ticket(uow, owner=uid, **fields)
        uow.commit()
        ticket_id, reference = ticket.id, ticket.reference
    return Chat(client, gateway, uid, SECRET), ticket_id, reference


# -- the trained-model cache ----------------
def _valid_arrays() -> dict[str, np.ndarray]:
    return {"x": np.arange(3)}


def test_forged_cache_file_is_ignored_and_danger_still_read(tmp_path, trainings):
    """Someone who may write the folder plants today's file, tagged under a guessed key (the
    test keys' neighbour, an empty key): it does not verify, and with the cache configured on
    that folder "เขาจะฆ่าผม" still reads as danger.

    Every model is trained over the forged file (`trainings`: the stand-in hands back the
    models this process trained from the same inputs, without their seconds of CPU)."""
    digest = classifier.inputs_digest()
    real = model_cache.ModelCache(tmp_path, KEY)
    for guess in (b"", b"\0" * 32, crypto.model_cache_key("test-lookup-key")):
        forged = model_cache.ModelCache(tmp_path, guess)
        forged.save(digest, _valid_arrays())
        forged.path(digest).replace(real.path(digest))
        assert real.load(digest) is None
    model_cache.configure(tmp_path, KEY)  # the session's cache is put back by `trainings`
    assert understand("เขาจะฆ่าผม").intent == "danger"
    assert understand("khao ja kha phom").intent == "danger"
    assert sorted(trainings) == sorted(classifier.TRAINERS)  # none taken from the forged file


def test_older_release_file_renamed_to_todays_name_is_ignored(tmp_path):
    """A genuine file written for other inputs (an older release's examples) is renamed to
    today's file name: the tag covers the digest, so it does not verify."""
    cache = model_cache.ModelCache(tmp_path, KEY)
    old, new = "a" * 64, "b" * 64
    cache.save(old, _valid_arrays())
    cache.path(old).rename(cache.path(new))
    assert cache.load(new) is None


def test_another_deployments_file_copied_in_is_ignored(tmp_path):
    """A genuine file of a deployment with another lookup key, copied under this one's name."""
    digest = "c" * 64
    theirs = model_cache.ModelCache(tmp_path / "theirs", crypto.model_cache_key("x" * 40))
    ours = model_cache.ModelCache(tmp_path / "ours", KEY)
    theirs.save(digest, _valid_arrays())
    ours.directory.mkdir()
    ours.path(digest).write_bytes(theirs.path(digest).read_bytes())
    assert ours.load(digest) is None


class _Boom:
    def __reduce__(self):
        return (os.system, ("touch /tmp/redteam10-pickle-ran",))


def test_pickle_in_a_verified_file_never_runs(tmp_path):
    """Even a file tagged under the right key (an insider with the key) that holds a pickled
    object is refused by `allow_pickle=False`: nothing in it runs."""
    ran = Path("/tmp/redteam10-pickle-ran")
    ran.unlink(missing_ok=True)
    cache = model_cache.ModelCache(tmp_path, KEY)
    digest = "d" * 64
    cache.save(digest, {"intent.about": np.array([_Boom()], dtype=object)})
    assert cache.load(digest) is None
    assert not ran.exists()


def test_directory_planted_under_todays_name_costs_only_training(tmp_path):
    """A directory is made where today's file would be: loading finds no file and saving is
    logged, not raised (the process trains and answers)."""
    cache = model_cache.ModelCache(tmp_path, KEY)
    digest = "e" * 64
    cache.path(digest).mkdir(parents=True)
    assert cache.load(digest) is None
    cache.save(digest, _valid_arrays())
    assert cache.load(digest) is None


class _Hung(BaseException):
    """Raised by the alarm: no `except OSError` (or Exception) in the code under test hides it."""


@contextmanager
def _no_hang(seconds: int = 10):
    """Fail (instead of waiting forever) if the block is still blocked after `seconds`: an
    alarm interrupts a blocking open or read in this thread. Costs nothing when it returns."""

    def _hung(signum, frame):
        raise _Hung

    before = signal.signal(signal.SIGALRM, _hung)
    signal.alarm(seconds)
    try:
        yield
    except _Hung:
        pytest.fail("loading the model cache hung on a planted named pipe")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, before)


def test_named_pipe_under_todays_name_does_not_stop_a_start(tmp_path):
    """A FIFO is planted where today's file would be: a process starting should treat it as
    no file (train, or refuse it), not wait forever for a writer."""
    cache = model_cache.ModelCache(tmp_path, KEY)
    digest = classifier.inputs_digest()
    os.mkfifo(cache.path(digest))
    with _no_hang():
        assert cache.load(digest) is None


# -- the one danger path ----------------
@ONE_DATABASE  # the words vary; the alert on both: the test below
@pytest.mark.parametrize(
    "said",
    [
        "ติดตามเรื่อง เขาขู่จะฆ่าผม",
        "ยกเลิก เขาขู่จะฆ่าผม",
        "ข้อมูลของฉัน เขาขู่ฆ่า",
        "help they will kill me",
        "khao ja kha phom",
    ],
)
def test_threat_inside_a_command_or_latin_alerts_the_chair(client, gateway, services, said):
    """A threat typed beside a command word, or in Latin letters, from a citizen with a filed
    complaint: the safety answer, the chair alerted, the threat on the internal timeline."""
    with services.uow() as uow:
        new_member(uow, "ประธาน", "chair")
        uow.commit()
    chat, ticket_id, _ = _citizen_with_ticket(services, client, gateway)
    answer = texts(chat.say(said))
    assert "191" in answer
    assert _danger_alerts(services) == 1
    assert _danger_entries(services, ticket_id) == 1


def test_threat_with_a_reference_and_code_is_still_danger(client, gateway, services):
    """Reference, tracking code and a threat in one message (the look-up typed anywhere takes
    reference + code): the threat wins, the chair is told, the ticket is not shown."""
    with services.uow() as uow:
        new_member(uow, "ประธาน", "chair")
        uow.commit()
    chat, ticket_id, reference = _citizen_with_ticket(services, client, gateway)
    answer = texts(chat.say(f"{reference} รหัส K7QM-4TXP-H3WA เขาขู่จะฆ่าผมถ้าไม่ถอน"))
    assert "191" in answer
    assert _danger_alerts(services) == 1
    assert _danger_entries(services, ticket_id) == 1


@ONE_DATABASE  # the words vary; the alert on both: the test above
@pytest.mark.parametrize(
    "pasted",
    ["ถอนเรื่องซะไม่งั้นตาย", "ถ้าไม่ถอนเรื่องมึงตาย", "มึงตายแน่", "withdraw it or you die"],
)
def test_pasted_threat_words_alert_the_chair(client, gateway, services, pasted):
    """A complainant pastes the message they were sent: the safety answer and the chair."""
    with services.uow() as uow:
        new_member(uow, "ประธาน", "chair")
        uow.commit()
    chat, ticket_id, _ = _citizen_with_ticket(services, client, gateway)
    answer = texts(chat.say(pasted))
    assert "191" in answer
    assert _danger_alerts(services) >= 1
    assert _danger_entries(services, ticket_id) >= 1


def _start_threaten_cancel(chat) -> None:
    chat.tap("menu=complain")
    chat.tap("a=consent:yes")
    chat.say("เขาขู่จะฆ่าผม")
    chat.say("ยกเลิก")
    for data in ("a=cancel:yes", "a=flow:cancel_yes"):
        chat.tap(data)


def test_one_account_cycling_drafts_does_not_flood_the_chairs(client, gateway, services):
    """One account, eight rounds of start / threat / cancel: the chairs should hear of this
    person's danger a bounded number of times a day (the threats all kept for them)."""
    with services.uow() as uow:
        new_member(uow, "ประธาน", "chair")
        uow.commit()
    chat = Chat(client, gateway, line_id(), SECRET)
    chat.follow()
    for _ in range(8):
        _start_threaten_cancel(chat)
    assert 1 <= _danger_alerts(services) <= 2
    with services.uow() as uow:  # each threat still kept in the draft it was told in
        drafts = list(uow.session.scalars(select(Draft)))
        assert [d.data.get("_threats") for d in drafts] == [["เขาขู่จะฆ่าผม"]] * 8


def test_threat_on_a_ticket_its_only_chair_may_not_see_alerts_someone(client, gateway, services):
    """The committee's only chair is tied to อบต.สองห้อง; an untied reviewer may see the
    ticket; its complainant writes of a threat: someone who may see it is alerted."""

    with services.uow() as uow:
        new_member(uow, "ประธาน", "chair", conflicts=[("agency", AGENCY)])
        new_member(uow, "ผู้ตรวจ", "reviewer")
        uow.commit()
    chat, ticket_id, _ = _citizen_with_ticket(services, client, gateway)
    _review_every_record(services)
    assert "191" in texts(chat.say("เขาขู่จะฆ่าผม"))
    assert _danger_entries(services, ticket_id) == 1
    assert _danger_alerts(services) >= 1
    assert _danger_alerts(services) == 1  # the untied reviewer alone: never the tied chair


def test_writer_demoting_every_chair_does_not_silence_a_threat(client, gateway, services):
    """A writer sets every chair's role to reviewer; a citizen filing a complaint writes of a
    threat: someone is still alerted (or the demoted chairs, whose rows no longer fit)."""
    with services.uow() as uow:
        new_member(uow, "ประธาน", "chair")
        uow.commit()
    with services.engine.begin() as conn:
        conn.execute(update(Member).where(Member.role == "chair").values(role="reviewer"))
    chat = Chat(client, gateway, line_id(), SECRET)
    chat.follow()
    chat.tap("menu=complain")
    chat.tap("a=consent:yes")
    assert "191" in texts(chat.say("เขาขู่จะฆ่าผม"))
    assert _danger_alerts(services) >= 1


def test_chair_made_in_sql_is_not_alerted(client, gateway, services):
    """A writer makes a reviewer a chair in SQL beside the real chair; a threat in a filing
    alerts the real chair only (the forged role is not the sealed one)."""
    with services.uow() as uow:
        new_member(uow, "ประธาน", "chair")
        forged, _ = new_member(uow, "ผู้ตรวจ", "reviewer")
        uow.commit()
        forged_id = forged.id
    with services.engine.begin() as conn:
        conn.execute(update(Member).where(Member.id == forged_id).values(role="chair"))
    chat = Chat(client, gateway, line_id(), SECRET)
    chat.follow()
    chat.tap("menu=complain")
    chat.tap("a=consent:yes")
    assert "191" in texts(chat.say("เขาขู่จะฆ่าผม"))
    assert _danger_alerts(services) == 1


def _asked_why_withdraw(services, client, gateway):
    """A citizen with a filed complaint types "ถอนเรื่อง" and is asked why."""
    with services.uow() as uow:
        new_member(uow, "ประธาน", "chair")
        uow.commit()
    chat, ticket_id, _ = _citizen_with_ticket(services, client, gateway)
    chat.say("ถอนเรื่อง")
    return chat, ticket_id


def _status(services, ticket_id: int) -> str:
    with services.engine.connect() as conn:
        return conn.scalar(select(Ticket.status).where(Ticket.id == ticket_id))


@ONE_DATABASE  # the words vary; the alert on both: the test below
@pytest.mark.parametrize(
    "said", ["ไม่ถอนครับ แต่เขาขู่จะฆ่าผม", "keep it, but they threatened to kill me"]
)
def test_keep_but_threatened_does_not_withdraw(client, gateway, services, said):
    """Asked why they withdraw, the person says to keep it and that they were threatened:
    the complaint goes on (and the chair hears of the threat)."""
    chat, ticket_id = _asked_why_withdraw(services, client, gateway)
    assert "191" in texts(chat.say(said))
    assert _status(services, ticket_id) == "submitted"
    assert _danger_alerts(services) >= 1


def test_threat_given_as_the_reason_is_kept_for_the_chair(client, gateway, services):
    """Asked why, the person answers with the threat: its words are on the internal timeline."""
    chat, ticket_id = _asked_why_withdraw(services, client, gateway)
    chat.say("เขาขู่จะฆ่าผมถ้าไม่ถอน")
    assert _danger_alerts(services) >= 1
    assert _danger_entries(services, ticket_id) >= 1


# -- look-ups typed anywhere ----------------
def test_wrong_codes_tell_nothing_of_a_references_existence(client, gateway, services):
    """A stranger types a real reference and a made-up one, each with six wrong codes: the
    answers, lock-out included, are the same for both."""
    with services.uow() as uow:
        real = new_ticket(uow).reference
        uow.commit()
    made_up = real[:-5] + ("99999" if not real.endswith("99999") else "99998")
    replies = {}
    for reference in (real, made_up):
        stranger = Chat(client, gateway, line_id(), SECRET)
        replies[reference] = [
            texts(stranger.say(f"{reference} รหัส ABCD-EFGH-JK{n}M")) for n in range(2, 8)
        ]
    assert replies[real] == replies[made_up]


def test_reference_spelled_otherwise_shares_its_counter(client, gateway, services):
    """Five wrong codes on the web for the reference in lower case and with spaces: locked out
    for the reference however it is spelled next."""
    with services.uow() as uow:
        real = new_ticket(uow).reference
        uow.commit()
    spellings = [real.lower(), real.replace("-", "- "), f" {real} ", real.lower(), real]
    for spelling in spellings:
        form = {"csrf_token": csrf_token(client, "/status"), "reference": spelling}
        got = client.post("/status", data={**form, "code": "ABCD-EFGH-JKLM"})
        assert got.status_code == 404
    form = {"csrf_token": csrf_token(client, "/status"), "reference": real.lower()}
    assert client.post("/status", data={**form, "code": "ABCD-EFGH-JKLM"}).status_code == 429


def test_stranger_locking_a_reference_leaves_the_owner_their_ticket(client, gateway, services):
    """A stranger spends five wrong codes on the owner's reference: the owner's own account
    still lists the ticket (the lock is for codes, not for the owner)."""
    chat, _, reference = _citizen_with_ticket(services, client, gateway)
    stranger = Chat(client, gateway, line_id(), SECRET)
    for n in range(2, 8):
        stranger.say(f"{reference} รหัส ABCD-EFGH-JK{n}M")
    assert reference in texts(chat.say("ติดตามเรื่อง"))


# -- recusal's comparison ----------------
@pytest.mark.parametrize("stored", ["ตราประทับ", None, "", "ab", "abc\0"])
def test_same_text_is_a_misfit_never_an_error(stored):
    """A writer stores Thai letters, nothing, a prefix or a NUL-padded value in a mark."""
    assert crypto.same_text(stored, "abc") is False


def test_same_text_matches_only_the_same_text():
    """The comparison matches its own value (so a check can pass at all)."""
    assert crypto.same_text("abc", "abc") is True
    assert crypto.same_text("ABC", "abc") is False


# -- a rejoining account carrying its ties ----------------
def _review_every_record(services) -> None:
    """A chair has looked at every agency record citizens made (as on the dashboard)."""
    from handlers.directory import agencies

    with services.uow() as uow:
        for record in uow.session.scalars(select(Agency)):
            agencies.review(uow, record)
        uow.commit()


def _may_review(services, ticket_id: int, member_id: int) -> bool:
    from handlers.directory import members
    from handlers.directory.access import can_review

    with services.uow() as uow:
        return can_review(
            uow, members.get_member(uow, member_id), uow.session.get(Ticket, ticket_id)
        )


def _rejoin_after(services, change) -> tuple[int, int]:
    """A reviewer tied to อบต.สองห้อง; a writer runs `change` on their ties, then blanks the
    LINE account on their row; the same account joins again with a chair's reviewer code.
    The ticket about อบต.สองห้อง and the new member's id."""
    from handlers.directory import members
    from storage.models import MemberConflict

    with services.uow() as uow:
        ticket = new_ticket(uow)
        new_ticket(uow, agency="อบต.หนองโบสถ์")
        reviewer, uid = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("agency", AGENCY)])
        chair, _ = new_member(uow, "ประธาน", "chair")
        code = members.invite(uow, "reviewer", by=chair)
        uow.commit()
        ticket_id, reviewer_id = ticket.id, reviewer.id
    _review_every_record(services)
    with services.engine.begin() as conn:
        change(conn, MemberConflict, reviewer_id)
        conn.execute(
            update(Member)
            .where(Member.id == reviewer_id)
            .values(user_hash="gone", line_user_id_enc="gone")
        )
    with services.uow() as uow:
        back = members.join(uow, uid, code, "ผู้ตรวจ")
        uow.commit()
        assert back is not None
        return ticket_id, back.id


def _repoint(conn, MemberConflict, reviewer_id):
    other = conn.scalar(select(Agency.id).where(Agency.name.like("%หนองโบสถ์%")))
    conn.execute(
        update(MemberConflict)
        .where(MemberConflict.member_id == reviewer_id)
        .values(value="อบต.หนองโบสถ์", agency_id=other)
    )


def _delete(conn, MemberConflict, reviewer_id):
    from sqlalchemy import delete

    conn.execute(delete(MemberConflict).where(MemberConflict.member_id == reviewer_id))


def _mark_removed(conn, MemberConflict, reviewer_id):
    from datetime import UTC, datetime

    conn.execute(
        update(MemberConflict)
        .where(MemberConflict.member_id == reviewer_id)
        .values(removed_at=datetime(2026, 1, 1, tzinfo=UTC))
    )


def test_rejoin_after_a_removal_written_in_sql_keeps_the_tie(services):
    """The writer marks the tie removed in SQL before detaching the row: the rejoined member
    still carries the tie (a removal the application did not make counts for nothing)."""
    ticket_id, member_id = _rejoin_after(services, _mark_removed)
    assert not _may_review(services, ticket_id, member_id)


def test_rejoin_after_the_tie_was_repointed_in_sql_keeps_the_tie(services):
    """The writer points the tie at อบต.หนองโบสถ์ (value and record) before detaching."""
    ticket_id, member_id = _rejoin_after(services, _repoint)
    assert not _may_review(services, ticket_id, member_id)


def test_rejoin_after_the_tie_was_deleted_in_sql_keeps_the_tie(services):
    """The writer deletes the tie before detaching the row."""
    ticket_id, member_id = _rejoin_after(services, _delete)
    assert not _may_review(services, ticket_id, member_id)


# -- recusal: the district by another field or spelling ----------------
@pytest.mark.parametrize(
    "fields",
    [
        {"district": None, "agency": "อบต.หนองโบสถ์"},
        {"district": None, "official": "นายอำเภอนางรอง"},
        {"district": None, "description": "ปลัดอำเภอนางรองเรียกรับเงิน 5,000 บาท"},
    ],
    ids=lambda f: ",".join(f"{k}" for k in f if f[k]),
)
def test_ticket_in_a_tied_district_by_another_field_is_kept(services, fields):
    """A reviewer tied to the district of นางรอง; a ticket names no district, only an agency
    of it, the district's officer as the official, or the district office in its story: kept
    from them. (Other spellings of the district itself are normalised by the complaint
    before they are stored: "Nang Rong" and "3104" are kept as นางรอง.)"""

    with services.uow() as uow:
        ticket = new_ticket(uow, **{"agency": "อบต.สะเดา", **fields})
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("district", "นางรอง")])
        uow.commit()
        ticket_id, reviewer_id = ticket.id, reviewer.id
    _review_every_record(services)
    assert not _may_review(services, ticket_id, reviewer_id)


# -- agency records: spellings moved in SQL -----------------------------------------------------
def test_spellings_moved_to_another_record_keep_new_tickets_from_the_tied(services):
    """A writer points every spelling of อบต.สองห้อง (a reviewer's tie) at the reviewed record
    of อบต.หนองโบสถ์ (aliases carry no mark); a citizen then files about "อบต.สองห้อง": the
    new ticket is still kept from the tied reviewer."""
    from storage.insider_models import AgencyAlias

    with services.uow() as uow:
        tied = new_ticket(uow)
        other = new_ticket(uow, agency="อบต.หนองโบสถ์")
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("agency", AGENCY)])
        uow.commit()
        tied_agency, other_agency, reviewer_id = tied.agency_id, other.agency_id, reviewer.id
    _review_every_record(services)
    with services.engine.begin() as conn:
        conn.execute(
            update(AgencyAlias)
            .where(AgencyAlias.agency_id == tied_agency)
            .values(agency_id=other_agency)
        )
    with services.uow() as uow:
        fresh = new_ticket(uow, agency="อบต.สองห้อง")
        uow.commit()
        fresh_id = fresh.id
    assert not _may_review(services, fresh_id, reviewer_id)


# -- the accept path for a broken tie mark ----------------
def _tied_chair_accepts_a_repointed_tie(client, services, values: dict) -> tuple[int, int]:
    """Chair ก and reviewer R are both tied to อบต.สองห้อง. A writer changes R's tie
    (`values`: its record, and maybe its text) to อบต.หนองโบสถ์. Chair ก, who may read that
    record, posts the accept form for R's tie, then for R's record if R's row no longer fits.
    The สองห้อง ticket's id and R's id."""
    from handlers.directory import members
    from storage.models import MemberConflict
    from tests.dashboard_login import sign_in

    with services.uow() as uow:
        ticket = new_ticket(uow)
        other = new_ticket(uow, agency="อบต.หนองโบสถ์")
        chair, _ = new_member(uow, "ประธาน ก", "chair", conflicts=[("agency", AGENCY)])
        new_member(uow, "ประธาน ข", "chair")
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("agency", AGENCY)])
        uow.commit()
        ticket_id, other_agency = ticket.id, other.agency_id
        chair_id, reviewer_id = chair.id, reviewer.id
    _review_every_record(services)
    with services.engine.begin() as conn:
        conn.execute(
            update(MemberConflict)
            .where(MemberConflict.member_id == reviewer_id)
            .values(agency_id=other_agency, **values)
        )
        tie_id = conn.scalar(
            select(MemberConflict.id).where(MemberConflict.member_id == reviewer_id)
        )
    assert not _may_review(services, ticket_id, reviewer_id)  # fail closed until accepted
    sign_in(client, services, chair_id)
    page = "/committee/conflicts"
    client.post(f"{page}/{tie_id}/accept", data={"csrf_token": csrf_token(client, page)})
    with services.uow() as uow:
        unfit = not members.record_fits(uow, members.get_member(uow, reviewer_id))
    if unfit:
        form = {"csrf_token": csrf_token(client, page)}
        client.post(f"/committee/members/{reviewer_id}/accept", data=form)
    return ticket_id, reviewer_id


def test_tie_repointed_in_sql_still_keeps_by_its_text(client, services):
    """Only the tie's record is changed; the tied chair's accept (refused since fixR10: the
    chair is tied to the tie's text) or not, the tie's own text "อบต.สองห้อง" still keeps
    the ticket from R."""
    ticket_id, reviewer_id = _tied_chair_accepts_a_repointed_tie(client, services, {})
    assert not _may_review(services, ticket_id, reviewer_id)


def test_chair_tied_to_what_a_tie_declared_may_not_free_a_colleague(client, services):
    """The writer rewrites R's tie text and record; the chair tied to สองห้อง accepts both
    the tie and R's record: R should still be kept from the สองห้อง ticket."""
    values = {"value": "อบต.หนองโบสถ์"}
    ticket_id, reviewer_id = _tied_chair_accepts_a_repointed_tie(client, services, values)
    assert not _may_review(services, ticket_id, reviewer_id)
