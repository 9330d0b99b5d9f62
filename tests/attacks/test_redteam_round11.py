"""Red team, round 11: last session's protections for issue 17 attacked, and older paths again.

Attackers: someone who may write `MODEL_CACHE_DIR` but holds no key, a database writer or
reader without the keys (plain SQL), a tied member on the dashboard, a citizen, a stranger
who knows a reference, and a flood of messages or LINE accounts. A test that passes is an
attack the product holds; an xfail (strict) is one that gets through, asserting what should
hold.

The trained-model cache
- a sparse file planted under today's name at the size bound: each starting process reads
  it whole (the master, every worker, the scheduler, each `flask` command)
- the lock file planted and held by another process, or planted as a link: trains alone
- a link planted under today's file name to a genuine file elsewhere: a miss

Danger alerts
- a writer sets every chair inactive in SQL: a threat while filing alerts nobody
- a writer demotes every chair in SQL: a threat about a filed complaint alerts nobody
- a chair forged in SQL hears nothing of a threat about a filed complaint
- one account threatening, then erasing its data, again and again: each round a new person
  for the once-a-day bound
- a flood of new accounts, each threatening while filing: every chair told each time
- every member has some unrelated tie, and a threat comes about a complaint naming an
  agency nobody has reviewed yet (kept from them all): someone is still alerted

Case numbers
- other spellings of a hidden case's number (full-width, Arabic-Indic digits, "No.", a
  slash, a no-break space): the list, its CSV export and the work done as for no case

Held notices (migration 0041)
- a reader copying `held_notices` around one "อ่าน": both of one person's rows go at once
- the person's own row changing in the same transaction links the notices to them

Additions after filing
- a stranger taps "add=<someone's reference>" or "answer=<it>", types it beside the words of
  adding: nothing reaches the other's complaint, the answer is the one for a reference that
  does not exist
- a threat inside an addition, after "ขอเพิ่มข้อมูล", or typed instead of picking which
  complaint: the danger path
- one account sending many additions: each one pushed to the member handling it

Recusal, a writer, roles and the command line
- a complaint naming the tied agency in Latin letters, as its English name, or glued to a
  unit (after or before it); a tie declared in Latin letters; a tied district typed run
  together, with a dash, "amphoe" or "อ.": kept, but for one English name
- a writer makes an organizer a reviewer in SQL: no ticket shown
- a writer deletes a tied reviewer's row and ties; the account rejoins: refused (journal)
- the operator signs in as a chair with `members login-link` (a read-only session): it may
  not accept a tie's record, but may remove a reviewer's tie
"""

from __future__ import annotations

import fcntl
import os
import tracemalloc

import numpy as np
import pytest
from sqlalchemy import event, func, select, update

from handlers.directory import agencies
from handlers.patterns import case_numbers, cases
from handlers.understanding import model_cache
from storage import crypto
from storage.insider_models import Agency
from storage.models import HeldNotice, LineUser, Member, OutboxMessage, Ticket, TicketEvent
from storage.pattern_models import Case
from storage.users import user_by_line_id
from tests.conftest import ONE_DATABASE, TEST_KEYS, first_on_both
from tests.dashboard_login import sign_in
from tests.factories import Chat, line_id, new_member, new_ticket, submitted, texts

SECRET = "test-channel-secret"
KEY = crypto.model_cache_key(TEST_KEYS["DATA_LOOKUP_KEY"])
AGENCY = "อบต.สองห้อง"  # the agency of `new_ticket`'s tickets
HIDDEN_DISTRICT = "นางรอง"


# -- helpers ----------------
def _alerts(services, purposes=("committee:danger", "committee:pressure")) -> int:
    """Pushes queued for committee members with these purposes."""
    with services.engine.connect() as conn:
        return conn.scalar(
            select(func.count())
            .select_from(OutboxMessage.__table__)
            .where(OutboxMessage.purpose.in_(purposes))
        )


def _entries(services, ticket_id: int, kind: str) -> int:
    with services.engine.connect() as conn:
        return conn.scalar(
            select(func.count())
            .select_from(TicketEvent.__table__)
            .where(TicketEvent.ticket_id == ticket_id, TicketEvent.kind == kind)
        )


def _citizen_with_ticket(services, client, gateway, **fields):
    """A citizen's chat and the id and reference of the ticket they filed."""
    uid = line_id()
    with services.uow() as uow:
        ticket = new_ticket(uow, owner=uid, **fields)
        uow.commit()
        ticket_id, reference = ticket.id, ticket.reference
    return Chat(client, gateway, uid, SECRET), ticket_id, reference


def _review_every_record(services) -> None:
    """A chair has looked at every agency record citizens made (as on the dashboard)."""
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


def _threaten_while_filing(chat) -> str:
    chat.tap("menu=complain")
    chat.tap("a=consent:yes")
    return texts(chat.say("เขาขู่จะฆ่าผม"))


# -- the trained-model cache ----------------
def test_sparse_file_at_the_bound_costs_a_start_little_memory(tmp_path):
    """Someone who may write the folder truncates a file to MAX_BYTES under today's name (no
    disk used): a start should not allocate many times what today's models take."""
    cache = model_cache.ModelCache(tmp_path, KEY)
    digest = "f" * 64
    with open(cache.path(digest), "wb") as planted:
        planted.truncate(model_cache.MAX_BYTES)
    tracemalloc.start()
    try:
        assert cache.load(digest) is None
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 64 * 1024 * 1024


def test_lock_held_by_another_process_trains_alone(tmp_path, monkeypatch):
    """The lock file is planted (any mode) and held with flock by someone else: a start
    waits LOCK_WAIT at most, then trains on its own (yields False), never forever."""
    monkeypatch.setattr(model_cache, "LOCK_WAIT", 0.2)
    cache = model_cache.ModelCache(tmp_path, KEY)
    lock_path = tmp_path / f".lock-{cache._key_name}"
    lock_path.write_bytes(b"")
    os.chmod(lock_path, 0o666)
    held = os.open(lock_path, os.O_RDWR)
    try:
        fcntl.flock(held, fcntl.LOCK_EX)
        with cache.one_trainer() as locked:
            assert locked is False
    finally:
        os.close(held)


def test_lock_planted_as_a_link_is_no_lock_and_leaves_its_target(tmp_path):
    """The lock's name is a link to a file the service may write elsewhere: not followed,
    the target neither created nor locked."""
    cache = model_cache.ModelCache(tmp_path / "cache", KEY)
    cache.directory.mkdir()
    target = tmp_path / "precious"
    (cache.directory / f".lock-{cache._key_name}").symlink_to(target)
    with cache.one_trainer() as locked:
        assert locked is False
    assert not target.exists()


def test_link_to_a_genuine_file_under_todays_name_is_a_miss(tmp_path):
    """A genuine file of this deployment kept elsewhere, linked under today's name (the
    attacker cannot forge, only point): not followed."""
    digest = "a1" * 32
    elsewhere = model_cache.ModelCache(tmp_path / "elsewhere", KEY)
    elsewhere.save(digest, {"x": np.arange(3)})
    here = model_cache.ModelCache(tmp_path / "here", KEY)
    here.directory.mkdir()
    here.path(digest).symlink_to(elsewhere.path(digest))
    assert here.load(digest) is None


# -- danger alerts: a writer and the chairs ----------------
def test_writer_deactivating_every_chair_does_not_silence_a_threat(client, gateway, services):
    """A writer sets `active = false` on every chair (a sealed field); a citizen filing a
    complaint writes of a threat: someone (the chairs, whose rows no longer fit) is told."""
    with services.uow() as uow:
        new_member(uow, "ประธาน", "chair")
        uow.commit()
    with services.engine.begin() as conn:
        conn.execute(update(Member).where(Member.role == "chair").values(active=False))
    chat = Chat(client, gateway, line_id(), SECRET)
    chat.follow()
    assert "191" in _threaten_while_filing(chat)
    assert _alerts(services) >= 1


def test_writer_demoting_every_chair_does_not_silence_a_threat_on_a_ticket(
    client, gateway, services
):
    """A writer sets every chair's role to reviewer; a citizen with a filed complaint
    writes of a threat: the threat is on the timeline, and someone is alerted."""
    with services.uow() as uow:
        new_member(uow, "ประธาน", "chair")
        uow.commit()
    chat, ticket_id, _ = _citizen_with_ticket(services, client, gateway)
    _review_every_record(services)
    with services.engine.begin() as conn:
        conn.execute(update(Member).where(Member.role == "chair").values(role="reviewer"))
    assert "191" in texts(chat.say("เขาขู่จะฆ่าผม"))
    assert _entries(services, ticket_id, "danger") == 1
    assert _alerts(services) >= 1


def test_chair_forged_in_sql_hears_nothing_of_a_threat_on_a_ticket(client, gateway, services):
    """A writer makes a reviewer a chair beside the real one; a complainant writes of a
    threat about their filed complaint: the real chair alone is told."""
    with services.uow() as uow:
        new_member(uow, "ประธาน", "chair")
        forged, _ = new_member(uow, "ผู้ตรวจ", "reviewer")
        uow.commit()
        forged_id = forged.id
    chat, _, _ = _citizen_with_ticket(services, client, gateway)
    _review_every_record(services)
    with services.engine.begin() as conn:
        conn.execute(update(Member).where(Member.id == forged_id).values(role="chair"))
    assert "191" in texts(chat.say("เขาขู่จะฆ่าผม"))
    assert _alerts(services) == 1


# -- danger alerts: floods ----------------
def test_erasing_between_threats_does_not_reset_the_daily_bound(client, gateway, services):
    """One LINE account, five rounds of start / threat / "erase my data": the chairs hear of
    this account's danger a bounded number of times a day."""
    with services.uow() as uow:
        new_member(uow, "ประธาน", "chair")
        uow.commit()
    chat = Chat(client, gateway, line_id(), SECRET)
    chat.follow()
    for _ in range(5):
        assert "191" in _threaten_while_filing(chat)
        chat.tap("privacy=erase_yes")
    assert 1 <= _alerts(services) <= 2


def test_flood_of_new_accounts_threatening_is_bounded_for_the_chairs(client, gateway, services):
    """Ten fresh LINE accounts each start a complaint and type a threat within minutes:
    each gets the safety answer; a chair's phone should not ring ten times (a summary
    beyond a few)."""
    with services.uow() as uow:
        new_member(uow, "ประธาน", "chair")
        uow.commit()
    for _ in range(10):
        chat = Chat(client, gateway, line_id(), SECRET)
        chat.follow()
        assert "191" in _threaten_while_filing(chat)
    assert _alerts(services) <= 5


# -- case numbers: other spellings ----------------
FULLWIDTH = str.maketrans("0123456789-", "０１２３４５６７８９－")
ARABIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _spellings(number: str) -> list[str]:
    digits = number.replace("-", "")
    return [
        number.translate(FULLWIDTH),
        digits.translate(ARABIC),
        f"No. {digits}",
        f"{digits[:3]}/{digits[3:]}",
        f"{digits[:3]}\u00a0{digits[3:]}",
        f"#{number}",
        f" กรณี {digits} ",
    ]


@pytest.fixture
def hidden_case(services, client):
    """A case of a free ticket and a ticket kept from a tied reviewer (signed in); the
    case's number and an unused number."""
    _review_every_record(services)
    with services.uow() as uow:
        chair, _ = new_member(uow, "ประธาน", "chair")
        free = new_ticket(uow)
        kept = new_ticket(uow, district=HIDDEN_DISTRICT)
        uow.commit()
        case_id = cases.join(uow, chair, free, kept)
        uow.commit()
        refs = [free.reference, kept.reference]
        number = case_numbers.of(uow, case_id)
        while True:
            unused = case_numbers.draw()
            if uow.session.scalar(select(Case.id).where(Case.number == unused)) is None:
                break
        reviewer, _ = new_member(
            uow, "ผู้ตรวจ", "reviewer", conflicts=[("district", HIDDEN_DISTRICT)]
        )
        uow.commit()
        reviewer_id = reviewer.id
    sign_in(client, services, reviewer_id)
    return number, case_numbers.shown(unused), refs


def _statements(services, client, query: str) -> int:
    seen = []

    def count(*_args, **_kwargs):
        seen.append(1)

    event.listen(services.engine, "before_cursor_execute", count)
    try:
        page = client.get("/committee/tickets", query_string={"q": query}).get_data(as_text=True)
    finally:
        event.remove(services.engine, "before_cursor_execute", count)
    return len(seen), page


def test_other_spellings_of_a_hidden_number_list_nothing(services, client, hidden_case):
    """The tied reviewer types the hidden case's number in full-width or Arabic-Indic
    digits, after "No.", with a slash or a no-break space: no reference of the case, and
    the statements as many as for the same spelling of a number no case has."""
    number, unused, refs = hidden_case
    _statements(services, client, unused)  # warm
    for typed, untaken in zip(_spellings(number), _spellings(unused), strict=True):
        work, page = _statements(services, client, typed)
        assert not any(ref in page for ref in refs), typed
        assert work == _statements(services, client, untaken)[0], typed


# -- held notices ----------------
def _discreet_owner_with_two_notices(services) -> str:
    """One discreet villager's two tickets joined by a chair: two held notices."""
    owner = line_id()
    with services.uow() as uow:
        chair, _ = new_member(uow, "ประธาน", "chair")
        made = [new_ticket(uow, owner) for _ in range(2)]
        user_by_line_id(uow, owner).discreet = True
        uow.commit()
        cases.join(uow, chair, *made)
        uow.commit()
    return owner


def _copy(services, table) -> dict:
    with services.engine.connect() as conn:
        return {row.id: tuple(row) for row in conn.execute(select(table))}


def test_reading_held_notices_does_not_show_which_rows_were_ones(client, gateway, services):
    """A reader copies `held_notices` before and after one discreet villager taps "อ่าน"
    (their two notices were held as two people's would be): the rows gone in that one
    transaction should not group that person's notices (at most one goes)."""
    owner = _discreet_owner_with_two_notices(services)
    before = _copy(services, HeldNotice.__table__)
    assert len(before) == 2
    chat = Chat(client, gateway, owner, SECRET)
    chat.tap("discreet=read")
    after = _copy(services, HeldNotice.__table__)
    assert len(set(before) - set(after)) <= 1


def test_reading_held_notices_leaves_the_persons_row_as_it_was(client, gateway, services):
    """The same reader copies `line_users` too: the person's row does not change in the
    transaction their held rows go (or the notices would be linked to their account)."""
    owner = _discreet_owner_with_two_notices(services)
    chat = Chat(client, gateway, owner, SECRET)
    chat.say("สวัสดีค่ะ")  # a message this hour already: what a tap alone changes is seen
    people = _copy(services, LineUser.__table__)
    held = _copy(services, HeldNotice.__table__)
    chat.tap("discreet=read")
    assert set(held) - set(_copy(services, HeldNotice.__table__))  # read and gone
    assert _copy(services, LineUser.__table__) == people


# -- additions after filing ----------------
@pytest.mark.parametrize("field", ["add", "answer"])
def test_stranger_tapping_add_for_anothers_reference_reaches_nothing(
    client, gateway, services, field
):
    """A stranger who learnt a victim's reference posts "add=<it>" (or "answer=<it>", the
    button of a committee question), then types a fact: the
    answer is the one for a reference that does not exist, nothing is on the victim's
    timeline, and no member is told."""
    with services.uow() as uow:
        new_member(uow, "ประธาน", "chair")
        uow.commit()
    _, ticket_id, reference = _citizen_with_ticket(services, client, gateway)
    stranger = Chat(client, gateway, line_id(), SECRET)
    stranger.follow()
    real = texts(stranger.tap(f"{field}={reference}"))
    stranger.say("ขอเพิ่มข้อมูลว่านายกรับเงินสดอีก 20,000 บาทเมื่อวาน")
    made_up = texts(stranger.tap(f"{field}={reference[:-5]}99999"))
    assert real == made_up
    assert _entries(services, ticket_id, "complainant_added") == 0
    assert _entries(services, ticket_id, "complainant_reply") == 0
    assert _alerts(services, ("committee:answer",)) == 0


def test_naming_anothers_reference_beside_adding_lands_on_ones_own(client, gateway, services):
    """A citizen with a ticket of their own types the victim's reference beside words of
    adding: the victim's timeline stays as it was."""
    _, victim_id, victim_ref = _citizen_with_ticket(services, client, gateway)
    chat, own_id, _ = _citizen_with_ticket(services, client, gateway)
    chat.say(f"ขอเพิ่มข้อมูลเรื่อง {victim_ref} ครับ ผู้ร้องเรียนเป็นคนโกหก ถอนเรื่องนี้ได้เลย")
    assert _entries(services, victim_id, "complainant_added") == 0


@ONE_DATABASE  # the words vary; the path on both: the test below
@pytest.mark.parametrize(
    "said",
    ["ขอเพิ่มข้อมูลครับ เมื่อคืนเขามาขู่จะฆ่าผม", "I want to add something: they said they will kill me"],
)
def test_threat_inside_an_addition_takes_the_danger_path(client, gateway, services, said):
    """A complainant adds to their filed complaint, and the addition is a threat: the safety
    answer, the chair alerted, the threat on the internal timeline."""
    with services.uow() as uow:
        new_member(uow, "ประธาน", "chair")
        uow.commit()
    chat, ticket_id, _ = _citizen_with_ticket(services, client, gateway)
    assert "191" in texts(chat.say(said))
    assert _alerts(services) == 1
    assert _entries(services, ticket_id, "danger") == 1


def test_threat_after_asking_to_add_takes_the_danger_path(client, gateway, services):
    """ "ขอเพิ่มข้อมูล" first (the bot waits for it), then the threat as what is added."""
    with services.uow() as uow:
        new_member(uow, "ประธาน", "chair")
        uow.commit()
    chat, ticket_id, _ = _citizen_with_ticket(services, client, gateway)
    chat.say("ขอเพิ่มข้อมูลครับ")
    assert "191" in texts(chat.say("เขาส่งคนมาบอกว่าถ้าไม่ถอนเรื่องจะฆ่าผม"))
    assert _alerts(services) >= 1
    assert _entries(services, ticket_id, "danger") == 1


def test_threat_instead_of_picking_which_complaint_takes_the_danger_path(client, gateway, services):
    """A complainant with two open complaints says "ขอเพิ่มข้อมูล" and is asked which; instead
    of tapping one, they type the threat: the safety answer, a chair alerted, the threat on
    a timeline (never kept as the addition)."""
    with services.uow() as uow:
        new_member(uow, "ประธาน", "chair")
        uow.commit()
    chat, first_id, _ = _citizen_with_ticket(services, client, gateway)
    with services.uow() as uow:
        second_id = new_ticket(uow, owner=chat.user_id).id
        uow.commit()
    chat.say("ขอเพิ่มข้อมูลครับ")
    assert "191" in texts(chat.say("เขาขู่จะฆ่าผมถ้าไม่ถอนเรื่อง"))
    assert _alerts(services) >= 1
    assert sum(_entries(services, i, "danger") for i in (first_id, second_id)) == 1
    assert sum(_entries(services, i, "complainant_added") for i in (first_id, second_id)) == 0


def test_many_additions_do_not_flood_the_member(client, gateway, services):
    """One account sends twenty additions in a row: all kept on the timeline, the member
    told a bounded number of times."""
    with services.uow() as uow:
        new_member(uow, "ประธาน", "chair")
        uow.commit()
    chat, ticket_id, _ = _citizen_with_ticket(services, client, gateway)
    for n in range(20):
        chat.say(f"ขอเพิ่มข้อมูลครับ ข้อที่ {n + 1} นายกรับเงินค่าเซ็นอีก {n + 2},000 บาท")
    assert _entries(services, ticket_id, "complainant_added") == 20
    assert _alerts(services, ("committee:answer",)) <= 5


# -- recusal: new spellings of the tied agency ----------------
def _filed_about(services, client, gateway, agency: str) -> int:
    """A citizen files a complaint in the chat naming `agency` as typed; the ticket's id."""
    chat = Chat(client, gateway, line_id(), SECRET)
    reference = submitted(chat, agency=agency).reference
    with services.uow() as uow:
        return uow.session.scalar(select(Ticket.id).where(Ticket.reference == reference))


@first_on_both(
    "agency",
    [
        "SAO Song Hong",
        "อบต.สองห้องกองคลัง",
        "Tambon Song Hong Administrative Organization",
        "Song Hong Subdistrict Administrative Organization",
        "กองคลังอบต.สองห้อง",
        "SAO Song Hong finance division",
    ],
)
def test_complaint_naming_the_tied_agency_otherwise_is_kept(client, gateway, services, agency):
    """A reviewer tied to อบต.สองห้อง; a citizen files about it typed in Latin letters, as
    its English name, or glued to one of its units; a chair reviews every record: the
    ticket is kept from the reviewer."""
    with services.uow() as uow:
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("agency", AGENCY)])
        uow.commit()
        reviewer_id = reviewer.id
    ticket_id = _filed_about(services, client, gateway, agency)
    _review_every_record(services)
    assert not _may_review(services, ticket_id, reviewer_id)


def test_tie_declared_in_latin_keeps_a_thai_ticket(services):
    """A reviewer declares the tie as "SAO Song Hong"; a ticket names อบต.สองห้อง: kept."""
    with services.uow() as uow:
        ticket = new_ticket(uow)
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("agency", "SAO Song Hong")])
        uow.commit()
        ticket_id, reviewer_id = ticket.id, reviewer.id
    _review_every_record(services)
    assert not _may_review(services, ticket_id, reviewer_id)


# -- a writer changing a role ----------------
def test_organizer_made_a_reviewer_in_sql_sees_no_ticket(services):
    """A writer sets an organizer's role to reviewer: their row no longer fits its seal,
    and no ticket is theirs to see."""
    with services.uow() as uow:
        ticket = new_ticket(uow)
        organizer, _ = new_member(uow, "ผู้จัด", "organizer")
        uow.commit()
        ticket_id, organizer_id = ticket.id, organizer.id
    _review_every_record(services)
    with services.engine.begin() as conn:
        conn.execute(update(Member).where(Member.id == organizer_id).values(role="reviewer"))
    assert not _may_review(services, ticket_id, organizer_id)


# -- a command line acting as a member ----------------
def _shell_session_of(client, services, member_id: int) -> None:
    """Sign the client in with a link made at the command line (`members login-link`)."""
    from handlers.directory import members
    from tests.dashboard_login import csrf_token

    with services.uow() as uow:
        token = members.issue_login_token(uow, members.get_member(uow, member_id), from_shell=True)
        uow.commit()
    url = f"/committee/login/{token}"
    client.post(url, data={"csrf_token": csrf_token(client, url)})


def test_shell_session_of_a_chair_cannot_undo_a_tie(client, services):
    """The operator runs `members login-link --id <chair>` and, in that read-only session,
    posts the form that removes a reviewer's tie to อบต.สองห้อง: the tie stays in force."""
    from storage.models import MemberConflict
    from tests.dashboard_login import csrf_token

    with services.uow() as uow:
        ticket = new_ticket(uow)
        chair, _ = new_member(uow, "ประธาน", "chair")
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("agency", AGENCY)])
        uow.commit()
        ticket_id, chair_id, reviewer_id = ticket.id, chair.id, reviewer.id
        tie_id = uow.session.scalar(
            select(MemberConflict.id).where(MemberConflict.member_id == reviewer_id)
        )
    _review_every_record(services)
    assert not _may_review(services, ticket_id, reviewer_id)
    _shell_session_of(client, services, chair_id)
    page = "/committee/conflicts"
    form = {"csrf_token": csrf_token(client, page), "conflict_id": tie_id}
    client.post(f"{page}/remove", data=form)
    assert not _may_review(services, ticket_id, reviewer_id)


def test_shell_session_of_a_chair_cannot_accept_a_tie_record(client, services):
    """The same session posts the accept form of a tie a writer pointed elsewhere: refused
    (the dashboard's one rule for such sessions, `_shell_reads`), the ticket still kept."""
    from storage.models import MemberConflict
    from tests.dashboard_login import csrf_token

    with services.uow() as uow:
        ticket = new_ticket(uow)
        other = new_ticket(uow, agency="อบต.หนองโบสถ์")
        chair, _ = new_member(uow, "ประธาน", "chair")
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("agency", AGENCY)])
        uow.commit()
        ticket_id, other_agency = ticket.id, other.agency_id
        chair_id, reviewer_id = chair.id, reviewer.id
    _review_every_record(services)
    with services.engine.begin() as conn:
        conn.execute(
            update(MemberConflict)
            .where(MemberConflict.member_id == reviewer_id)
            .values(agency_id=other_agency, value="อบต.หนองโบสถ์")
        )
        tie_id = conn.scalar(
            select(MemberConflict.id).where(MemberConflict.member_id == reviewer_id)
        )
    _shell_session_of(client, services, chair_id)
    page = "/committee/conflicts"
    got = client.post(f"{page}/{tie_id}/accept", data={"csrf_token": csrf_token(client, page)})
    assert got.status_code == 403
    assert not _may_review(services, ticket_id, reviewer_id)


# -- case numbers: the export, spelled otherwise ----------------
def test_export_of_a_hidden_number_spelled_otherwise_lists_nothing(services, client, hidden_case):
    """The CSV export searched by the hidden number in other spellings: none of the case's
    references, as many lines as for the same spelling of a number no case has."""
    number, unused, refs = hidden_case
    for typed, untaken in zip(_spellings(number), _spellings(unused), strict=True):
        text, empty = (_exported(client, q) for q in (typed, untaken))
        assert not any(ref in text for ref in refs), typed
        assert len(text.splitlines()) == len(empty.splitlines()), typed


def _exported(client, query: str) -> str:
    """The CSV export of the list for a search, read whole (its stream closed)."""
    with client.get("/committee/tickets/export.csv", query_string={"q": query}) as got:
        assert got.status_code == 200
        return got.get_data(as_text=True)


# -- more: a threat about a new agency; a rejoin after the row is deleted ----------------
def test_threat_about_a_new_agency_alerts_someone_when_everyone_has_a_tie(
    client, gateway, services
):
    """The chair is tied to อบต.หนองโบสถ์ and the reviewer to the district of สตึก (nothing
    of this complaint); a complaint just filed names an agency no chair has reviewed yet
    (kept from every member with an agency tie until reviewed); its complainant writes of
    a threat: someone is alerted."""
    with services.uow() as uow:
        new_member(uow, "ประธาน", "chair", conflicts=[("agency", "อบต.หนองโบสถ์")])
        new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("district", "สตึก")])
        uow.commit()
    chat, ticket_id, _ = _citizen_with_ticket(services, client, gateway, agency="อบต.บ้านใหม่ไชยพจน์")
    assert "191" in texts(chat.say("เขาขู่จะฆ่าผม"))
    assert _entries(services, ticket_id, "danger") == 1
    assert _alerts(services) >= 1


def test_rejoin_after_the_row_was_deleted_in_sql_carries_the_tie_or_is_refused(services):
    """A writer deletes a tied reviewer's ties and row (and what points at it); the same
    LINE account joins again with a chair's code: refused (the record journal names the
    row that is gone), or the tie carried."""
    from sqlalchemy import delete

    from handlers.directory import members
    from storage.models import MemberConflict

    with services.uow() as uow:
        ticket = new_ticket(uow)
        reviewer, uid = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("agency", AGENCY)])
        chair, _ = new_member(uow, "ประธาน", "chair")
        code = members.invite(uow, "reviewer", by=chair)
        uow.commit()
        ticket_id, reviewer_id = ticket.id, reviewer.id
    _review_every_record(services)
    with services.engine.begin() as conn:
        conn.execute(delete(MemberConflict).where(MemberConflict.member_id == reviewer_id))
        for column in _columns_pointing_at_members():
            if column.nullable:
                conn.execute(
                    column.table.update().where(column == reviewer_id).values({column.name: None})
                )
            else:
                conn.execute(delete(column.table).where(column == reviewer_id))
        conn.execute(delete(Member).where(Member.id == reviewer_id))
    with services.uow() as uow:
        back = members.join(uow, uid, code, "ผู้ตรวจ")
        uow.commit()
        back_id = back.id if back is not None else None
    assert back_id is None or not _may_review(services, ticket_id, back_id)


def _columns_pointing_at_members() -> list:
    """Every column of another table with a foreign key to a member's row."""
    return [
        column
        for table in Member.metadata.sorted_tables
        if table.name != "members"
        for column in table.columns
        if any(fk.column.table.name == "members" for fk in column.foreign_keys)
    ]


@first_on_both("district", ["Nangrong", "NANG-RONG", "amphoe nang rong", "อ.นางรอง"])
def test_complaint_in_a_tied_district_spelt_otherwise_is_kept(client, gateway, services, district):
    """A reviewer tied to the district of นางรอง; a citizen files about อบต.สะเดา and types
    the district run together, in capitals with a dash, with "amphoe", or as "อ.": kept."""
    with services.uow() as uow:
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("district", "นางรอง")])
        uow.commit()
        reviewer_id = reviewer.id
    chat = Chat(client, gateway, line_id(), SECRET)
    reference = submitted(
        chat, agency="อบต.สะเดา", district=district, subdistrict="ถนนหัก"
    ).reference
    with services.uow() as uow:
        ticket_id = uow.session.scalar(select(Ticket.id).where(Ticket.reference == reference))
    _review_every_record(services)
    assert not _may_review(services, ticket_id, reviewer_id)
