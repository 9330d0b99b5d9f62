"""Attack round 17: around what this session added. Recusal's new readings (องค์กร for
องค์การ, a place in brackets or quotes, ที่ว่าการอ./นอ., the official's bare kind read with the
place field, bodies named after a tied district or its sub-districts); the anchor witness and
the chairs' record check (migration 0047); and what a complainant does after filing (a photo
kept aside and asked about, a threat noted on an open complaint and the chairs alerted).

A test that holds is plain; one that gets through is a strict xfail asserting what should
hold (its reason says what gets through and where)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from handlers.directory import agencies, members
from handlers.tickets import anchor_codes
from storage import journal_lines, record_anchors
from storage.insider_models import Agency
from storage.models import Evidence, Member, MemberConflict, Ticket, TicketEvent
from tests.attacks.recusal_probes import NANG_RONG, SQLITE, _listed, _named, _sees
from tests.factories import (
    add_member,
    add_ticket,
    media_event,
    postback_event,
    quick_data,
    sign,
    webhook_body,
)

STORY = "เรียกรับเงินค่าใบอนุญาต 5,000 บาท "
THREAT = "เขาขู่ว่าจะฆ่าผมถ้าไม่ถอนเรื่องครับ"


def _hidden(services, tied: int, reference: str) -> bool:
    """Neither shown to the tied member (Python) nor listed to them (SQL)."""
    return not _sees(services, tied, reference) and not _listed(services, tied, reference)


# --- (a) recusal: the tie อบต.กลันทา ------------------------------------------------------


@SQLITE
def test_organisation_misspelt_before_the_tambon_in_full_is_hidden(services):
    """The attacker writes 'องค์กรบริหารส่วนตำบล กลันทา' (กร for การ) in the story: the
    reviewer tied to อบต.กลันทา must not see the complaint (held: the new by-ear spelling)."""
    tied, ref = _named(services, description=STORY + "ที่ องค์กรบริหารส่วนตำบล กลันทา")
    assert _hidden(services, tied, ref)


@SQLITE
def test_organisation_misspelt_before_the_abbreviated_tambon_is_hidden(services):
    """The attacker writes 'องค์กรบริหารส่วน ต.กลันทา' (กร for การ, ต. for ตำบล) in the story:
    the tied reviewer must not see it."""
    tied, ref = _named(services, description=STORY + "ที่ องค์กรบริหารส่วน ต.กลันทา")
    assert _hidden(services, tied, ref)


@SQLITE
def test_mayor_of_the_misspelt_organisation_is_hidden(services):
    """The attacker names the official 'นายกองค์กรบริหารส่วนต.กลันทา': the tied reviewer must
    not see the complaint about that body's mayor."""
    tied, ref = _named(services, official="นายกองค์กรบริหารส่วนต.กลันทา")
    assert _hidden(services, tied, ref)


@SQLITE
def test_body_with_its_place_in_brackets_in_the_story_is_hidden(services):
    """The attacker writes 'อบต. (ตำบลกลันทา)' in the story: hidden (held: brackets after a
    kind are read)."""
    tied, ref = _named(services, description=STORY + "ที่ อบต. (ตำบลกลันทา)")
    assert _hidden(services, tied, ref)


@SQLITE
def test_mayor_named_by_a_place_in_brackets_is_hidden(services):
    """The attacker names the official 'นายก (กลันทา)', the mayor by the place in brackets
    (the shape this session taught for kinds): the tied reviewer must not see it."""
    tied, ref = _named(services, official="นายก (กลันทา)")
    assert _hidden(services, tied, ref)


@SQLITE
def test_mayor_named_by_a_place_in_guillemets_is_hidden(services):
    """The attacker names the official 'นายก«กลันทา»' (other quote marks): hidden."""
    tied, ref = _named(services, official="นายก«กลันทา»")
    assert _hidden(services, tied, ref)


@SQLITE
def test_latin_kind_beside_a_thai_place_is_hidden(services):
    """The attacker writes 'OBT กลันทา' (the kind in Latin letters, the place in Thai), as
    people type on a phone switching keyboards: hidden."""
    tied, ref = _named(services, description=STORY + "ที่ OBT กลันทา")
    assert _hidden(services, tied, ref)


@SQLITE
def test_bare_mayor_with_the_tambon_in_the_place_field_is_hidden(services):
    """Official 'นายก อบต.', place 'ต.กลันทา': that body's mayor, hidden (held)."""
    tied, ref = _named(services, official="นายก อบต.", place_text="ต.กลันทา")
    assert _hidden(services, tied, ref)


@SQLITE
def test_bare_mayor_with_a_romanised_tambon_in_the_place_field_is_hidden(services):
    """Official 'นายก อบต.', place typed in Latin letters 'tambon klantha': hidden."""
    tied, ref = _named(services, official="นายก อบต.", place_text="tambon klantha")
    assert _hidden(services, tied, ref)


# --- (a) recusal: the tie district นางรอง (sub-district ถนนหัก) ----------------------------


@SQLITE
def test_district_office_as_ที่ว่าการอ_is_hidden(services):
    """The attacker writes 'ที่ว่าการอ.นางรอง': the reviewer tied to the district must not
    see it (held)."""
    tied, ref = _named(services, tie=NANG_RONG, description=STORY + "ที่ ที่ว่าการอ.นางรอง")
    assert _hidden(services, tied, ref)


@SQLITE
def test_district_office_with_its_district_in_brackets_is_hidden(services):
    """The attacker writes 'ที่ว่าการอ.(นางรอง)': hidden from the district-tied reviewer."""
    tied, ref = _named(services, tie=NANG_RONG, description=STORY + "ที่ ที่ว่าการอ.(นางรอง)")
    assert _hidden(services, tied, ref)


@SQLITE
def test_sub_district_body_with_no_record_is_hidden(services):
    """The attacker names 'อบต.(ถนนหัก)', a body of a sub-district of the tied district with
    no record: hidden (held: `_district_mention_keys`)."""
    tied, ref = _named(services, tie=NANG_RONG, description=STORY + "ที่ อบต.(ถนนหัก)")
    assert _hidden(services, tied, ref)


@SQLITE
def test_sub_district_body_in_lenticular_brackets_is_hidden(services):
    """The attacker writes 'อบต.【ถนนหัก】': hidden from the district-tied reviewer."""
    tied, ref = _named(services, tie=NANG_RONG, description=STORY + "ที่ อบต.【ถนนหัก】")
    assert _hidden(services, tied, ref)


@SQLITE
def test_health_centre_of_the_village_named_after_the_sub_district_is_hidden(services):
    """The attacker names 'รพ.สต.บ้านถนนหัก': hidden from the district-tied reviewer."""
    tied, ref = _named(services, tie=NANG_RONG, description=STORY + "ที่ รพ.สต.บ้านถนนหัก")
    assert _hidden(services, tied, ref)


@SQLITE
def test_police_named_by_their_word_in_the_tied_district_is_hidden(services):
    """The attacker writes 'ตำรวจนางรอง เรียกเงิน' (not สภ.): hidden from the reviewer tied
    to นางรอง."""
    tied, ref = _named(services, tie=NANG_RONG, description=STORY + "ที่ ตำรวจนางรอง")
    assert _hidden(services, tied, ref)


@SQLITE
def test_other_state_body_named_after_the_tied_district_is_hidden(services):
    """The attacker names 'การไฟฟ้านางรอง' (the district's electricity office): the docstring
    promises 'any kind named after the district'; hidden from the tied reviewer."""
    tied, ref = _named(services, tie=NANG_RONG, description=STORY + "ที่ การไฟฟ้านางรอง")
    assert _hidden(services, tied, ref)


# --- (b) the chairs' record check ---------------------------------------------------------


@SQLITE
def test_record_check_with_a_valid_code_cannot_be_flooded(services):
    """A reviewer (or a page they open) requests /committee/record-check?code=<today's code>
    over and over: each reads every ticket with its seal and writes an audit line. What must
    hold: after the throttle's ten an hour, a check is refused like guessing is."""
    add_ticket(services)
    reviewer = add_member(services, "reviewer")
    add_member(services, "chair")
    with services.uow() as uow:
        made = anchor_codes.publish(uow)
        uow.commit()
    prefix = record_anchors.typed_code(record_anchors.code_of(made["digest"]))
    states = []
    with services.uow() as uow:
        member = uow.session.get(Member, reviewer)
        for _ in range(12):
            states.append(anchor_codes.check(uow, member, prefix).state)
        uow.commit()
    assert states[0] == "intact"
    assert states[-1] == "throttled"


def test_record_check_reads_a_story_rewritten_in_sql_as_broken(services):
    """A database writer rewrites an anchored ticket's story in SQL (its timeline left
    alone): the chair's code must read broken, not intact (held: `_held` checks seals)."""
    ref = add_ticket(services)
    add_member(services, "chair")
    chair = add_member(services, "chair", name="second chair")
    with services.uow() as uow:
        made = anchor_codes.publish(uow)
        uow.commit()
    with services.uow() as uow:
        uow.session.execute(
            Ticket.__table__.update()
            .where(Ticket.__table__.c.reference == ref)
            .values(description="ไม่มีอะไร")
        )
        uow.commit()
    prefix = record_anchors.typed_code(record_anchors.code_of(made["digest"]))
    with services.uow() as uow:
        checked = anchor_codes.check(uow, uow.session.get(Member, chair), prefix)
    assert checked.state == "broken"


# --- (c) after filing: threats and photos ---------------------------------------------------


def _dangers(services, reference: str) -> int:
    with services.uow() as uow:
        stmt = (
            select(func.count())
            .select_from(TicketEvent)
            .join(Ticket, Ticket.id == TicketEvent.ticket_id)
            .where(Ticket.reference == reference, TicketEvent.kind == "danger")
        )
        return uow.session.scalar(stmt)


def _pushed_about(gateway, reference: str) -> int:
    return sum(
        reference in str(call["messages"]) for call in gateway.sent if call["kind"] == "push"
    )


@SQLITE
def test_threat_cannot_be_moved_onto_someone_elses_complaint(services, chat, gateway):
    """A complainant with two open complaints tells a threat, then taps (or replays) the
    'which complaint' button with another person's reference: nothing is noted on that
    complaint and its chairs are not alerted about it."""
    add_member(services, "chair")
    add_ticket(services, owner=chat.user_id)
    add_ticket(services, owner=chat.user_id)
    victim = add_ticket(services)
    chat.follow()
    said = chat.say(THREAT)
    assert any(v.startswith("danger_on=") for v in quick_data(said).values())  # asked which
    chat.tap(f"danger_on={victim}")
    assert _dangers(services, victim) == 0
    assert _pushed_about(gateway, victim) == 0


@SQLITE
def test_threat_button_without_a_threat_alerts_no_one(services, chat, gateway):
    """A complainant who never told a threat taps a crafted 'danger_on=<own ref>' postback:
    no threat is noted and no chair is alerted (a spoofed threat alert)."""
    add_member(services, "chair")
    mine = add_ticket(services, owner=chat.user_id)
    add_ticket(services, owner=chat.user_id)
    chat.follow()
    chat.tap(f"danger_on={mine}")
    assert _dangers(services, mine) == 0
    assert _pushed_about(gateway, mine) == 0


@SQLITE
def test_threat_button_replayed_for_a_closed_complaint_notes_nothing(services, chat, gateway):
    """A complainant tells a threat (noted on the newest open complaint), then taps the
    'which complaint' button of one since closed (an old bubble): what must hold, as the
    session says, is that a threat lands on an open complaint only."""
    add_member(services, "chair")
    closed = add_ticket(services, owner=chat.user_id, status="resolved")
    add_ticket(services, owner=chat.user_id)
    add_ticket(services, owner=chat.user_id)
    chat.follow()
    chat.say(THREAT)
    chat.tap(f"danger_on={closed}")
    assert _dangers(services, closed) == 0


@SQLITE
def test_forged_webhook_with_a_threat_button_is_refused(services, client, gateway):
    """Someone without the channel secret posts a webhook with 'danger_on=<ref>' for a
    complainant: refused, nothing noted, no chair alerted."""
    add_member(services, "chair")
    owner = "U" + "1" * 32
    ref = add_ticket(services, owner=owner)
    body = webhook_body(postback_event(f"danger_on={ref}", owner))
    response = client.post(
        "/callback",
        data=body,
        content_type="application/json",
        headers={"X-Line-Signature": sign(body, "not-the-secret")},
    )
    assert response.status_code in (400, 401, 403)
    assert _dangers(services, ref) == 0
    assert _pushed_about(gateway, ref) == 0


@SQLITE
def test_photo_kept_aside_cannot_be_added_to_someone_elses_complaint(services, chat):
    """A complainant with one open complaint sends a photo (kept aside and asked about),
    then taps 'add=<another person's reference>': the photo is not evidence of that
    complaint (someone else's complaint gets no stranger's photo)."""
    mine = add_ticket(services, owner=chat.user_id)
    victim = add_ticket(services)
    chat.follow()
    asked = chat.send(media_event, "image")
    assert f"add={mine}" in quick_data(asked).values()  # kept aside and asked about
    chat.tap(f"add={victim}")
    with services.uow() as uow:
        stmt = (
            select(func.count())
            .select_from(Evidence)
            .join(Ticket, Ticket.id == Evidence.ticket_id)
            .where(Ticket.reference == victim)
        )
        assert uow.session.scalar(stmt) == 0


def _anchored(services) -> str:
    """Today's anchor published (its code queued to the chairs); the code a chair types."""
    with services.uow() as uow:
        made = anchor_codes.publish(uow)
        uow.commit()
    return record_anchors.typed_code(record_anchors.code_of(made["digest"]))


def _code_says(services, chair: int, prefix: str) -> anchor_codes.Checked:
    with services.uow() as uow:
        return anchor_codes.check(uow, uow.session.get(Member, chair), prefix)


def _write(services, *statements) -> None:
    """A database writer without the keys: plain SQL, committed."""
    with services.uow() as uow:
        for statement in statements:
            uow.session.execute(statement)
        uow.commit()


def _ties_unjournalled(services, member_id: int) -> None:
    """The writer of RECORD_ANCHOR_DIR too: every journal line naming the member's ties or
    versions (`conflict:M:`, `tie:M:`, `member:M `) and their `members/M` file deleted."""
    folder = Path(services.config.record_anchor_dir)
    names = (f"conflict:{member_id}:", f"tie:{member_id}:", f"member:{member_id} ")
    for path in folder.rglob("*"):
        if path.is_file() and path.parent.name == "members" and path.name == str(member_id):
            path.unlink()
        elif path.is_file() and path.name.startswith("journal-"):
            lines = path.read_text("utf-8").splitlines(True)
            path.write_text("".join(x for x in lines if not x.startswith(names)), "utf-8")
    journal_lines.forget(str(folder))


def test_a_tie_deleted_in_sql_after_the_anchor_shows_on_the_chairs_code(services):
    """A database writer (no keys) deletes a reviewer's declared tie after the anchor, the
    member's row and version left as they were: the chair's code must not read intact (one
    member named among those put back or changed), and the member still sees nothing."""
    ref = add_ticket(services)
    tied = add_member(services, "reviewer", conflicts=[("agency", "อบต.กลันทา")])
    chair = add_member(services, "chair")
    prefix = _anchored(services)
    table = MemberConflict.__table__
    _write(services, table.delete().where(table.c.member_id == tied))
    checked = _code_says(services, chair, prefix)
    assert checked.state == "broken" and checked.put_back == 1
    assert _hidden(services, tied, ref)


def test_a_tie_added_in_sql_after_the_anchor_shows_on_the_chairs_code(services):
    """A writer invents a tie for a reviewer after the anchor (a conflict with อบต.กลันทา, to
    keep a complaint about it from the one reviewer who would act on it). The witness names
    the member (the code reads broken); the member fails closed (sees no ticket at all, so
    the invented tie buries nothing quietly: the chairs see it on the code and on
    /committee/conflicts)."""
    ref = add_ticket(services, agency="อบต.กลันทา")
    reviewer = add_member(services, "reviewer")
    chair = add_member(services, "chair")
    assert _sees(services, reviewer, ref)
    prefix = _anchored(services)
    with services.uow() as uow:
        now = uow.now()
    table = MemberConflict.__table__
    _write(
        services,
        table.insert().values(
            member_id=reviewer, kind="agency", value="อบต.กลันทา", declared_at=now
        ),
    )
    checked = _code_says(services, chair, prefix)
    assert checked.state == "broken" and checked.put_back == 1
    assert _hidden(services, reviewer, ref)
    assert _hidden(services, reviewer, add_ticket(services, agency="อบต.หนองโบสถ์"))


def test_a_tie_pointed_to_another_agency_in_sql_shows_on_the_chairs_code(services):
    """A writer points a reviewer's tie to another agency record after the anchor (recusal
    would then read that record's name as the tie): the code reads broken, and the member
    sees no ticket at all (neither agency's)."""
    mine = add_ticket(services, agency="อบต.กลันทา")
    other = add_ticket(services, agency="อบต.หนองโบสถ์")
    tied = add_member(services, "reviewer", conflicts=[("agency", "อบต.กลันทา")])
    chair = add_member(services, "chair")
    with services.uow() as uow:
        elsewhere = uow.session.scalar(select(Ticket.agency_id).where(Ticket.reference == other))
    prefix = _anchored(services)
    table = MemberConflict.__table__
    _write(services, table.update().where(table.c.member_id == tied).values(agency_id=elsewhere))
    checked = _code_says(services, chair, prefix)
    assert checked.state == "broken" and checked.put_back == 1
    assert _hidden(services, tied, mine) and _hidden(services, tied, other)


def test_a_tie_deleted_with_its_journal_lines_shows_on_the_chairs_code(services):
    """The writer deletes the tie row and, writing RECORD_ANCHOR_DIR too, every journal line
    of the member's ties and versions: nothing on the machine remembers the tie, but the
    chair's code (its witness holds the member's ties at their version) reads broken, and
    the member's seal still keeps every ticket from them."""
    ref = add_ticket(services, agency="อบต.กลันทา")
    tied = add_member(services, "reviewer", conflicts=[("agency", "อบต.กลันทา")])
    chair = add_member(services, "chair")
    prefix = _anchored(services)
    table = MemberConflict.__table__
    _write(services, table.delete().where(table.c.member_id == tied))
    _ties_unjournalled(services, tied)
    checked = _code_says(services, chair, prefix)
    assert checked.state == "broken" and checked.put_back == 1
    assert _hidden(services, tied, ref)


def test_a_merge_undone_on_the_tie_alone_shows_on_the_chairs_code(services):
    """A chair merges the reviewer's tied record into another (the tie follows: a new
    version, anchored). A writer then copies back the tie's row from before the merge (its
    old record and mark, which fit) and deletes the journal's lines of the member's ties:
    the member's seal fits (a tie's record is not in it) and nothing on the machine tells,
    but the witness of the member's ties at that version does (the code reads broken)."""
    ref = add_ticket(services, agency="อบต.กลันทา")
    target = add_ticket(services, agency="อบต.หนองโบสถ์")
    tied = add_member(services, "reviewer", conflicts=[("agency", "อบต.กลันทา")])
    chair = add_member(services, "chair")
    table = MemberConflict.__table__
    with services.uow() as uow:
        before = uow.session.execute(select(table).where(table.c.member_id == tied)).one()
        source, into = (
            uow.session.scalar(select(Ticket.agency_id).where(Ticket.reference == r))
            for r in (ref, target)
        )
        agencies.merge(uow, uow.session.get(Agency, source), uow.session.get(Agency, into), "x")
        uow.commit()
    prefix = _anchored(services)
    assert _code_says(services, chair, prefix).state == "intact"
    back = {"agency_id": before.agency_id, "record_mark": before.record_mark}
    _write(services, table.update().where(table.c.id == before.id).values(**back))
    _ties_unjournalled(services, tied)
    checked = _code_says(services, chair, prefix)
    assert checked.state == "broken" and checked.put_back == 1
    assert _hidden(services, tied, ref)


def test_a_tie_declared_after_the_anchor_keeps_the_code_intact(services):
    """No false alarm: a tie declared in the application after the anchor (a new version,
    sealed) leaves the chair's code intact."""
    add_ticket(services)
    reviewer = add_member(services, "reviewer")
    chair = add_member(services, "chair")
    prefix = _anchored(services)
    with services.uow() as uow:
        member = uow.session.get(Member, reviewer)
        members.declare_conflict(uow, member, "agency", "อบต.กลันทา", "relative works there")
        uow.commit()
    assert _code_says(services, chair, prefix).state == "intact"
