"""Red team round 22 (issue 17, second look: insiders, database holders and floods), on main.

A test that holds is plain; one that gets through is a strict xfail whose body asserts what
should hold (its reason says file:function and what gets through).
"""

from __future__ import annotations

import json
import re
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, text

from handlers.directory import agencies, alerts, members
from handlers.replies import Say
from handlers.tickets import endings, transparency
from handlers.tickets.notify import notify_complainant
from storage import audit, owner_bindings, privacy, ticket_chain, tickets, users
from storage.models import Draft, Evidence, Ticket
from storage.tracking_codes import new_tracking_code
from tests.attacks.forging import audited, sql_text, verify_result
from tests.attacks.recusal_probes import (
    NANG_RONG,
    SCHOOL,
    SQLITE,
    _listed,
    _named,
    _sees,
    _tied_and_school,
)
from tests.dashboard_login import csrf_token, sign_in
from tests.factories import (
    add_evidence,
    add_many,
    add_member,
    add_ticket,
    line_id,
    new_member,
    new_ticket,
    post_signed,
    postback_event,
    sign,
    text_event,
    webhook_body,
)


def _through(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


def _hidden(services, tied: int, reference: str) -> bool:
    return not _sees(services, tied, reference) and not _listed(services, tied, reference)


def _each(services, field: str, values) -> list[str]:
    """One tied reviewer; a ticket about the reviewed school per value (in `field`); the
    values whose ticket the reviewer sees or lists."""
    tied = _tied_and_school(services)
    seen = []
    for value in values:
        fields = {"agency": SCHOOL, "official": "ครูใหญ่", "description": "เรียกรับเงิน", field: value}
        if not _hidden(services, tied, add_ticket(services, **fields)):
            seen.append(value)
    return seen


# --- Recusal: the tied body named where the readers do not look ----------------------------


@SQLITE
def test_the_place_said_before_a_bare_kind_in_the_story_keeps_the_ticket(app, services):
    tied, reference = _named(services, description="ที่ตำบลกลันทา อบต.เรียกเงินค่าขออนุญาต")
    assert _hidden(services, tied, reference)


@SQLITE
def test_this_sao_with_the_subdistrict_in_brackets_keeps_the_ticket(app, services):
    tied, reference = _named(services, description="อบต.แห่งนี้ (ตำบลกลันทา) เรียกเงิน")
    assert _hidden(services, tied, reference)


@SQLITE
def test_the_place_before_a_clerks_title_keeps_the_ticket(app, services):
    tied, reference = _named(services, description="ที่กลันทา ปลัดอบต.เรียกเงิน")
    assert _hidden(services, tied, reference)


@SQLITE
def test_a_home_subdistrict_then_the_bare_mayor_in_the_story_keeps_the_ticket(app, services):
    tied, reference = _named(services, description="บ้านผมอยู่กลันทา นายก อบต. เรียกเงิน")
    assert _hidden(services, tied, reference)


@SQLITE
def test_the_small_mayor_nickname_keeps_the_ticket(app, services):
    tied, reference = _named(services, description="นายกเล็กกลันทาเรียกเงินค่าถมดิน")
    assert _hidden(services, tied, reference)


@SQLITE
def test_a_latin_kind_glued_before_the_place_keeps_the_ticket(app, services):
    tied, reference = _named(services, description="the chief of SAOKlantha took money")
    assert _hidden(services, tied, reference)


@SQLITE
def test_a_latin_kind_glued_after_the_place_keeps_the_ticket(app, services):
    tied, reference = _named(services, description="ดูเพจ #klanthasao เขาเรียกเงิน")
    assert _hidden(services, tied, reference)


@SQLITE
def test_an_english_sentence_with_words_between_kind_and_place_keeps_the_ticket(app, services):
    tied, reference = _named(services, description="The SAO chief in Klanta took 5,000 baht")
    assert _hidden(services, tied, reference)


@SQLITE
def test_the_sao_which_is_at_the_place_keeps_the_ticket(app, services):
    tied, reference = _named(services, description="นายกอบต.ซึ่งอยู่ที่กลันทาเรียกเงิน")
    assert _hidden(services, tied, reference)


@SQLITE
def test_the_place_glued_before_the_kind_keeps_the_ticket(app, services):
    tied, reference = _named(services, description="ที่กลันทาอบต.เรียกเงินค่าถมดิน")
    assert _hidden(services, tied, reference)


@SQLITE
def test_local_government_words_and_deputies_of_the_tied_body_keep_the_ticket(app, services):
    said = [
        "Tambon Klantha officials took money",
        "อปท.กลันทาเรียกเงิน",
        "องค์กรปกครองส่วนท้องถิ่นกลันทา",
        "รองนายกกลันทา",
        "เลขานายกกลันทา",
        "นายกฯ ต.กลันทา",
        "อบต..กลันทา",
        "อบต.…กลันทา",
        "กลันทา/อบต.",
    ]
    assert _each(services, "description", said) == []


@SQLITE
def test_the_tied_body_among_the_sealed_witnesses_keeps_the_ticket(app, services):
    tied = _tied_and_school(services)
    with services.uow() as uow:
        ticket = new_ticket(
            uow, agency=SCHOOL, official="ครูใหญ่", description="เรียกเงิน", witnesses="ปลัด อบต.กลันทา"
        )
        uow.commit()
        reference = ticket.reference
    assert _hidden(services, tied, reference)


def _each_in_district(services, field: str, values) -> list[str]:
    """`_each` for a reviewer tied to the district of Nang Rong (a ticket filed in Mueang)."""
    tied = _tied_and_school(services, NANG_RONG)
    seen = []
    for value in values:
        fields = {
            "agency": SCHOOL,
            "official": "ครูใหญ่",
            "description": "เรียกรับเงิน",
            "district": "เมืองบุรีรัมย์",
            field: value,
        }
        if not _hidden(services, tied, add_ticket(services, **fields)):
            seen.append(value)
    return seen


@SQLITE
def test_the_tied_district_with_a_slipped_tone_mark_keeps_the_ticket(app, services):
    assert _each_in_district(services, "description", ["เกิดที่นางร้อง"]) == []


@SQLITE
def test_a_subdistrict_of_the_tied_district_in_latin_keeps_the_ticket(app, services):
    assert _each_in_district(services, "description", ["it happened in Thanon Hak"]) == []


@SQLITE
def test_the_tied_district_in_lao_letters_keeps_the_ticket(app, services):
    assert _each_in_district(services, "description", ["เกิดที่ ນາງຮອງ"]) == []


@SQLITE
def test_a_bare_subdistrict_of_the_tied_district_keeps_the_ticket(app, services):
    assert _each_in_district(services, "description", ["หมู่ 3 ถนนหัก"]) == []
    assert _each_in_district(services, "place_text", ["ถนนหัก"]) == []


ROUND22_STORIES = [
    "ที่ตำบลกลันทา อบต.เรียกเงินค่าขออนุญาต",
    "อบต.แห่งนี้ (ตำบลกลันทา) เรียกเงิน",
    "บ้านผมอยู่กลันทา นายก อบต. เรียกเงิน",
    "นายกเล็กกลันทาเรียกเงินค่าถมดิน",
    "the chief of SAOKlantha took money",
    "ดูเพจ #klanthasao เขาเรียกเงิน",
    "The SAO chief in Klanta took 5,000 baht",
    "เกิดที่นางร้อง",
    "เกิดที่ ນາງຮອງ",
    "it happened in Thanon Hak",
    "หมู่ 3 ถนนหัก",
]


@SQLITE
@pytest.mark.parametrize(
    "tie", [("agency", "อบต.สองห้อง"), ("district", "สตึก")], ids=["other-body", "other-district"]
)
def test_a_member_tied_elsewhere_still_sees_what_the_tied_ones_do_not(app, services, tie):
    """Recusal's reading of bare kinds and places hides from the tied member only: one tied
    to another body or district still sees each of the stories above."""
    other = _tied_and_school(services, tie)
    hidden = []
    for story in ROUND22_STORIES:
        reference = add_ticket(
            services, agency=SCHOOL, official="ครูใหญ่", description=story, district="เมืองบุรีรัมย์"
        )
        if not (_sees(services, other, reference) and _listed(services, other, reference)):
            hidden.append(story)
    assert hidden == []


@SQLITE
def test_the_tied_district_spelt_or_romanised_otherwise_keeps_the_ticket(app, services):
    said = ["ที่ อ.นางรอง", "Nang Rong district", "Nangrong", "นาง รอง", "Amphoe Nangrong"]
    assert _each_in_district(services, "description", said) == []


ZERO_WIDTHS = ["\u200b", "\u00ad", "\u2060", "\ufeff", "\u034f", "\u200c", "\u180e", "\U000e0020"]


@SQLITE
def test_invisible_letters_inside_the_tied_name_in_the_story_do_not_free_it(app, services):
    said = [f"นายกอบต.กลั{mark}นทาเรียกเงิน" for mark in ZERO_WIDTHS]
    assert _each(services, "description", said) == []


@SQLITE
def test_lao_and_khmer_letters_for_the_kind_do_not_free_it(app, services):
    assert _each(services, "agency", ["ອບຕ.ກລັນທາ", "អបត.กลันทา"]) == []


@SQLITE
def test_rtgs_variants_and_abbreviations_of_the_tied_body_do_not_free_it(app, services):
    said = ["Kalantha SAO", "Krantha TAO", "SAO Klan Tha", "abt klantha", "อ บ ต กลันทา"]
    assert _each(services, "agency", said) == []


@SQLITE
def test_the_tied_body_between_punctuation_in_the_story_does_not_free_it(app, services):
    said = ["อบต.#กลันทา", "อบต.《กลันทา》", "อบต.|กลันทา", "อบต.~กลันทา", "อบต.*กลันทา*"]
    assert _each(services, "description", [f"นายก {s} เรียกเงิน" for s in said]) == []


@SQLITE
def test_full_width_and_thai_digits_around_the_tied_name_do_not_free_it(app, services):
    said = ["นายกอบต.ｋｌａｎｔｈａ", "ม.๕ อบต.กลันทา", "ม.５ อบต.กลันทา"]
    assert _each(services, "description", said) == []


@SQLITE
def test_the_tied_body_in_reported_to_occurred_or_place_keeps_the_ticket(app, services):
    tied = _tied_and_school(services)
    for field, said in (
        ("reported_to", "ปลัดอบต.กลันทา"),
        ("occurred_text", "ตอนไปอบต.กลันทา"),
        ("place_text", "หน้าอบต.กลันทา"),
        ("reported_reference", "อบต.กลันทา 123/2568"),
    ):
        reference = add_ticket(
            services, agency=SCHOOL, official="ครู", description="เงิน", **{field: said}
        )
        assert _hidden(services, tied, reference), field


@SQLITE
def test_council_members_and_units_of_the_tied_body_keep_the_ticket(app, services):
    said = ["ส.อบต.กลันทา", "สมาชิกสภาอบต.กลันทา", "ผอ.กองช่างกลันทา", "ส่วนโยธาอบต.กลันทา"]
    assert _each(services, "official", said) == []


# --- Identity masking: the complainant's and witnesses' names on a reviewer's page ---------


def _reviewer_page(client, services, **ticket) -> str:
    """A reviewer with no tie signed in; the page of a ticket filed with `ticket`."""
    reviewer = add_member(services, "reviewer")
    reference = add_ticket(services, agency="อบต.สองห้อง", **ticket)
    sign_in(client, services, reviewer)
    response = client.get(f"/committee/tickets/{reference}")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert reference in page
    return page


@SQLITE
def test_the_short_form_of_the_complainants_name_is_masked(app, services, client):
    story = "เขารู้ว่าผมคือไอ้ชาย ลูกผู้ใหญ่บ้าน ที่ไปถ่ายรูปไว้"
    page = _reviewer_page(client, services, name="นายสมชาย ใจดี", description=story)
    assert "ไอ้ชาย" not in page


@SQLITE
def test_auntie_and_the_last_syllable_of_the_name_is_masked(app, services, client):
    story = "ป้าศรีขายของหน้าอบต. เห็นการจ่ายเงินทุกครั้ง"
    page = _reviewer_page(client, services, name="นางสมศรี มีสุข", description=story)
    assert "ป้าศรี" not in page


@SQLITE
def test_a_two_letter_first_name_in_the_story_is_masked(app, services, client):
    story = "พรไปเห็นเองกับตาที่หน้าอบต. ตอนเขานับเงิน"
    page = _reviewer_page(client, services, name="นางพร ศรีสุข", description=story)
    assert "พรไป" not in page


@SQLITE
def test_a_witness_whose_name_is_a_stop_word_is_masked(app, services, client):
    story = "พี่ต่อเห็นกับตาว่ามีการจ่ายเงินใต้โต๊ะ"
    page = _reviewer_page(client, services, witnesses="นายต่อ ทองดี", description=story)
    assert "พี่ต่อ" not in page


@SQLITE
def test_the_name_in_khmer_letters_is_masked(app, services, client):
    page = _reviewer_page(
        client, services, name="นางสมศรี มีสุข", description="ខ្ញុំឈ្មោះ សំស្រី ឃើញ เห็นการจ่ายเงิน"
    )
    assert "សំស្រី" not in page


@SQLITE
def test_the_name_in_lao_letters_is_masked(app, services, client):
    page = _reviewer_page(
        client, services, name="นางสมศรี มีสุข", description="ຂ້ອຍຊື່ ສົມສີ ເຫັນ เห็นการจ่ายเงิน"
    )
    assert "ສົມສີ" not in page


@SQLITE
def test_the_phone_spelled_in_words_is_masked(app, services, client):
    story = "โทรหาฉันที่ ศูนย์แปดหนึ่งสองสามสี่ห้าหกเจ็ดแปด ได้เลย"
    page = _reviewer_page(
        client, services, name="นางสมศรี มีสุข", phone="0812345678", description=story
    )
    assert "ศูนย์แปดหนึ่งสองสาม" not in page


@SQLITE
def test_a_witness_with_a_village_headmans_title_is_masked(app, services, client):
    page = _reviewer_page(
        client, services, witnesses="ผู้ใหญ่สมบัติ", description="ผญบ.สมบัติ เห็นการจ่ายเงิน"
    )
    assert "สมบัติ" not in page


@SQLITE
def test_the_first_syllable_of_a_witness_name_is_masked(app, services, client):
    page = _reviewer_page(
        client, services, witnesses="นางสาวดวงใจ มีสุข", description="ดวงเห็นการจ่ายเงิน"
    )
    assert "ดวงเห็น" not in page


@SQLITE
def test_the_phone_in_thai_or_full_width_digits_or_cut_oddly_is_masked(app, services, client):
    story = "โทร ๐๘๑-๒๓๔-๕๖๗๘ หรือ ０８１２３４５６７８ หรือ 08 1 2 3 4 5 6 7 8 หรือ 081.234.5678"
    page = _reviewer_page(
        client, services, name="นางสมศรี มีสุข", phone="0812345678", description=story
    )
    for said in ("๕๖๗๘", "５６７８", "5 6 7 8", "234.5678"):
        assert said not in page


@SQLITE
def test_the_name_romanised_another_way_or_spaced_out_is_masked(app, services, client):
    story = "SOMSREE MISUK and S o m s r i saw it; ส.ม.ศ.ร.ี too"
    page = _reviewer_page(client, services, name="นางสมศรี มีสุข", description=story)
    for said in ("MISUK", "SOMSREE", "S o m s r i", "ส.ม.ศ"):
        assert said not in page


# --- Four eyes: a shell, two accounts, a chain of invitations ------------------------------


def _status(services, reference: str) -> str:
    with services.uow() as uow:
        return tickets.by_reference(uow, reference).status


def test_the_command_line_takes_no_member_to_act_as(app, services, runner):
    add_member(services, "chair")
    reviewer = add_member(services, "reviewer")
    reference = add_ticket(services)
    args = ["tickets", "set-status", reference, "rejected", "--note", "ไม่มีมูล"]
    result = runner.invoke(args=[*args, "--as-member-id", str(reviewer)])
    assert result.exit_code != 0
    assert _status(services, reference) == "submitted"


def test_a_command_line_rejection_is_only_a_proposal_and_the_shell_cannot_confirm(
    app, services, runner
):
    add_member(services, "chair")
    reference = add_ticket(services)
    result = runner.invoke(
        args=["tickets", "set-status", reference, "rejected", "--note", "ไม่มีมูลความจริง"]
    )
    assert _status(services, reference) == "submitted", result.output
    confirmed = runner.invoke(args=["tickets", "confirm", reference])
    assert confirmed.exit_code != 0
    assert _status(services, reference) == "submitted"


def _proposal(uow, proposer, status="rejected"):
    ticket = new_ticket(uow)
    proposal = endings.propose(uow, proposer, ticket, status, "ไม่มีมูล", "not_enough_detail")
    return ticket, proposal


def test_a_chairs_vouchee_does_not_second_the_chairs_code_invitee(app, services):
    with services.uow() as uow:
        chair = members.add_member(uow, line_id(), "ประธาน ก", "chair")
        invitee = members.join(uow, line_id(), members.invite(uow, "reviewer", by=chair), "ข")
        vouchee = members.add_from_shell(uow, line_id(), "ค", "chair")
        assert members.confirm_grant(uow, chair, vouchee)
        ticket, proposal = _proposal(uow, invitee)
        assert not endings.may_confirm(uow, vouchee, ticket, proposal)


def test_a_chairs_second_phone_on_their_own_code_does_not_confirm_their_proposal(app, services):
    with services.uow() as uow:
        chair = members.add_member(uow, line_id(), "ประธาน", "chair")
        second = members.join(uow, line_id(), members.invite(uow, "chair", by=chair), "ประธาน 2")
        ticket, proposal = _proposal(uow, chair)
        assert not endings.may_confirm(uow, second, ticket, proposal)
        ticket, proposal = _proposal(uow, second)
        assert not endings.may_confirm(uow, chair, ticket, proposal)


def test_an_admin_does_not_confirm_while_a_chair_may(app, services):
    with services.uow() as uow:
        members.add_member(uow, line_id(), "ประธาน", "chair")
        admin = members.add_member(uow, line_id(), "แอดมิน", "admin")
        reviewer = members.add_member(uow, line_id(), "กรรมการ", "reviewer")
        ticket, proposal = _proposal(uow, reviewer)
        assert not endings.may_confirm(uow, admin, ticket, proposal)


def test_a_shell_chair_vouched_only_by_the_founding_chair_does_not_confirm(app, services):
    with services.uow() as uow:
        founder = members.add_from_shell(uow, line_id(), "ผู้ก่อตั้ง", "chair")
        shell_chair = members.add_from_shell(uow, line_id(), "ประธานใหม่", "chair")
        members.confirm_grant(uow, founder, shell_chair)
        reviewer = members.add_member(uow, line_id(), "กรรมการ", "reviewer")
        ticket, proposal = _proposal(uow, reviewer)
        assert not endings.may_confirm(uow, shell_chair, ticket, proposal)


def test_the_same_line_account_added_twice_is_one_member(app, services):
    with services.uow() as uow:
        account = line_id()
        chair = members.add_member(uow, account, "ประธาน", "chair")
        again = members.add_member(uow, account, "ประธาน (มือถือ 2)", "chair")
        assert again.id == chair.id
        ticket, proposal = _proposal(uow, chair)
        assert not endings.may_confirm(uow, again, ticket, proposal)


# --- The tamper-evident record: SQL edits, public re-seals, the audit log ------------------


def test_a_story_edited_in_sql_and_resealed_the_public_way_fails_verify(app, services, runner):
    reference = add_ticket(services)
    assert verify_result(runner).exit_code == 0
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, reference)
        ticket.description = "ไม่มีอะไรเกิดขึ้น แจ้งผิด"
        forged = ticket_chain.legacy_seal(ticket.chain_head, ticket)
        head = ticket.chain_head
    sql_text(
        services,
        "UPDATE tickets SET description = 'ไม่มีอะไรเกิดขึ้น แจ้งผิด', chain_seal = :seal,"
        " chain_head = :head WHERE reference = :ref",
        seal=forged,
        head=head,
        ref=reference,
    )
    assert verify_result(runner).exit_code == 1


def test_a_timeline_entry_deleted_in_sql_fails_verify(app, services, runner):
    reference = add_ticket(services)
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, reference)
        tickets.add_timeline(
            uow, ticket, "note", "member:1", None, None, "ผู้ร้องถูกข่มขู่", internal=True
        )
        uow.commit()
    assert verify_result(runner).exit_code == 0
    sql_text(
        services,
        "DELETE FROM ticket_events WHERE id = (SELECT MAX(id) FROM ticket_events)",
    )
    assert verify_result(runner).exit_code == 1


def _audited(services, action: str = "view_identity") -> None:
    """A chair added, then one audit entry of theirs the application writes (journalled)."""
    with services.uow() as uow:
        chair = audit.actor(members.add_member(uow, line_id(), "ประธาน", "chair"))
        uow.commit()
    audited(services, 1, actor=chair, action=action, detail="เหตุผล: ตรวจสอบ")


def test_an_identity_view_deleted_from_the_audit_log_fails_verify(app, services, runner):
    _audited(services)
    assert verify_result(runner).exit_code == 0
    sql_text(services, "DELETE FROM audit_log WHERE action = 'view_identity'")
    assert verify_result(runner).exit_code == 1


def test_an_identity_view_reworded_in_the_audit_log_fails_verify(app, services, runner):
    _audited(services)
    sql_text(services, "UPDATE audit_log SET detail = 'ไม่ได้ดู' WHERE action = 'view_identity'")
    assert verify_result(runner).exit_code == 1


def test_an_audit_entry_added_in_sql_fails_verify(app, services, runner):
    _audited(services)
    assert verify_result(runner).exit_code == 0
    sql_text(
        services,
        "INSERT INTO audit_log (at, actor, action, detail) VALUES (:at, 'member:1',"
        " 'view_identity', 'เหตุผล: อยากรู้ว่าใครแจ้ง')",
        at=datetime.now(UTC).replace(tzinfo=None),
    )
    assert verify_result(runner).exit_code == 1


# --- Floods and forged or replayed webhooks ------------------------------------------------


def test_a_replayed_signed_body_is_handled_once(app, client, gateway):
    body = webhook_body(text_event("สวัสดีค่ะ", line_id())).decode()
    first = post_signed(client, body)
    replies = len(gateway.sent)
    again = post_signed(client, body)
    assert first.status_code == again.status_code == 200
    assert again.get_json()["duplicates"] == 1 and again.get_json()["handled"] == 0
    assert len(gateway.sent) == replies


def test_a_signed_body_older_than_the_event_window_is_refused(app, client, gateway, services):
    event = text_event("ขอแจ้งเรื่องค่ะ", line_id())
    event["timestamp"] = int((time.time() - 8 * 86400) * 1000)
    answer = post_signed(client, webhook_body(event).decode()).get_json()
    assert answer["handled"] == 0
    with services.engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM processed_events")).scalar() == 0


def test_a_forged_signature_writes_nothing(app, client, services):
    body = webhook_body(text_event("ขอแจ้งเรื่องค่ะ", line_id()))
    response = client.post(
        "/callback",
        data=body,
        content_type="application/json",
        headers={"X-Line-Signature": sign(body, "guessed-secret")},
    )
    assert response.status_code == 400
    with services.engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM processed_events")).scalar() == 0
        assert conn.execute(text("SELECT COUNT(*) FROM line_users")).scalar() == 0


def test_a_huge_signed_body_is_refused_before_it_is_read(app, client, services):
    story = "ก" * (3 * 1024 * 1024)
    response = post_signed(client, webhook_body(text_event(story, line_id())).decode())
    assert response.status_code == 413
    with services.engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM processed_events")).scalar() == 0


def test_many_postbacks_in_one_body_from_one_account_are_each_handled_once(app, client, services):
    user = line_id()
    events = [postback_event("menu=complain", user) for _ in range(8)]
    events += [json.loads(json.dumps(event)) for event in events]  # each sent twice, as is
    answer = post_signed(client, webhook_body(*events).decode()).get_json()
    assert answer["handled"] == 8 and answer["duplicates"] == 8
    with services.engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM drafts")).scalar() <= 1


def _with_code(services) -> tuple[str, str]:
    code = new_tracking_code()
    with services.uow() as uow:
        ticket = new_ticket(uow, **tickets.tracking_fields(uow, code))
        uow.commit()
        return ticket.reference, code


def _look_up(client, reference: str, code: str, address: str, **headers):
    token = csrf_token(client, "/status")
    return client.post(
        "/status",
        data={"reference": reference, "code": code, "csrf_token": token},
        environ_base={"REMOTE_ADDR": address},
        headers=headers,
    )


def test_a_flood_of_wrong_codes_does_not_keep_the_owner_out(app, client, services):
    reference, code = _with_code(services)
    for i in range(30):
        _look_up(client, reference, f"AAAA-BBBB-CC{i:02d}", "203.0.113.9")
    owner = app.test_client()
    assert _look_up(owner, reference, code, "198.51.100.7").status_code == 200


def test_a_forged_forwarded_for_header_gives_no_fresh_guesses(app, client, services):
    reference, _ = _with_code(services)
    answers = [
        _look_up(
            client,
            reference,
            f"ZZZZ-YYYY-XX{i:02d}",
            "203.0.113.9",
            **{"X-Forwarded-For": f"10.0.{i}.1"},
        ).status_code
        for i in range(30)
    ]
    assert 429 in answers


# --- Erasure, consent withdrawal and what is left behind -----------------------------------


def _stored_file(services, name: str) -> Path:
    folder = Path(services.config.evidence_dir) / "r22"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(b"\xff\xd8 a photo of the complainant's own house \xff\xd9")
    return path


def _person_with_a_draft_file(services) -> tuple[str, Path]:
    """A person with a named ticket and an open draft holding a photo (stored)."""
    person = line_id()
    path = _stored_file(services, f"draft-{uuid.uuid4().hex}")
    with services.uow() as uow:
        new_ticket(uow, owner=person, name="สมหญิง รักดี", phone="0812345678")
        user = users.user_for_line_id(uow, person)
        draft = Draft(user_id=user.id, status="open", step="evidence", data={"story": "ถ่ายไว้"})
        uow.session.add(draft)
        uow.session.flush()
        uow.session.add(
            Evidence(
                draft_id=draft.id,
                line_message_id=uuid.uuid4().hex,
                media_kind="image",
                content_type="image/jpeg",
                storage_path=str(path),
                status="stored",
            )
        )
        uow.commit()
    return person, path


def _file_set_aside(services, person: str) -> Path:
    path = _stored_file(services, f"aside-{uuid.uuid4().hex}")
    with services.uow() as uow:
        user = users.user_for_line_id(uow, person)
        message = uuid.uuid4().hex
        uow.session.add(
            Evidence(
                line_message_id=message,
                media_kind="image",
                content_type="image/jpeg",
                storage_path=str(path),
                owner_enc=owner_bindings.seal_aside_owner(uow.vault, message, user.id),
                status="stored",
            )
        )
        uow.commit()
    return path


def _erase(services, person: str) -> None:
    with services.uow() as uow:
        privacy.erase_person(uow, users.user_for_line_id(uow, person))
        uow.commit()


def _withdraw(services, person: str) -> None:
    with services.uow() as uow:
        privacy.withdraw_consent(uow, users.user_for_line_id(uow, person), "2026-12")
        uow.commit()


def test_erasure_removes_an_open_drafts_files_at_once(app, services):
    person, path = _person_with_a_draft_file(services)
    _erase(services, person)
    assert not path.exists()


def test_erasure_removes_files_kept_aside_at_once(app, services):
    person, _ = _person_with_a_draft_file(services)
    aside = _file_set_aside(services, person)
    _erase(services, person)
    assert not aside.exists()


def test_consent_withdrawal_removes_files_kept_aside(app, services):
    person, _ = _person_with_a_draft_file(services)
    aside = _file_set_aside(services, person)
    _withdraw(services, person)
    assert not aside.exists()


def test_consent_withdrawal_does_not_pair_two_tickets_in_a_database_copy(app, services):
    person = line_id()
    with services.uow() as uow:
        one = new_ticket(uow, owner=person, name="สมหญิง รักดี")
        two = new_ticket(uow, owner=person, name="สมหญิง รักดี")
        other = new_ticket(uow, name="บุญมา ทองดี")
        user = users.user_for_line_id(uow, person)
        for ticket in (one, two):
            privacy.record_consent(uow, user, "transfer:dsi", "2026-12", True, ticket.id)
        uow.commit()
        ids = {one.id, two.id}
    _withdraw(services, person)
    with services.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT ticket_id, at FROM consent_records"
                " WHERE granted = :no AND ticket_id IS NOT NULL"
            ),
            {"no": False},
        ).all()
    assert other.id not in {t for t, _ in rows}
    first, second = sorted(_moment(at) for ticket_id, at in rows if ticket_id in ids)
    # Paired by a matcher unless cut to the hour like a person's own consents, or far apart.
    hourly = all(m.minute == m.second == m.microsecond == 0 for m in (first, second))
    assert hourly or (second - first).total_seconds() > 60, (first, second)


def _moment(at) -> datetime:
    return datetime.fromisoformat(at) if isinstance(at, str) else at


def test_consent_withdrawal_drops_name_and_phone_at_once(app, services):
    person, _ = _person_with_a_draft_file(services)
    _withdraw(services, person)
    with services.engine.connect() as conn:
        sealed = conn.execute(
            text("SELECT complainant_name_enc, complainant_phone_enc FROM tickets")
        ).all()
    assert sealed == [(None, None)]


def test_erasure_leaves_no_line_account_on_the_persons_row_or_tickets(app, services):
    person, _ = _person_with_a_draft_file(services)
    _erase(services, person)
    with services.uow() as uow:
        assert users.user_by_line_id(uow, person) is None
        for ticket in uow.session.scalars(select(Ticket)):
            assert owner_bindings.ticket_owner(uow.vault, ticket) != person


# --- Public figures: what a reader of one release can work out -----------------------------


def _most(cell, k: int):
    """The most a published cell may hold, as a reader reads it (None: no bound)."""
    if cell.mark == "small":
        return k - 1
    if cell.mark:
        return None
    return cell.up_to if cell.up_to is not None else cell.count


def test_one_release_does_not_rule_out_a_zero_among_the_kinds(app, services):
    counts = {"bribery": 1, "procurement": 4, "budget": 4, "abuse": 4, "conflict": 4, "other": 9}
    for kind, count in counts.items():
        add_many(services, count, kind=kind, district="นางรอง")
    with services.uow() as uow:
        shown = transparency.report(uow, "Asia/Bangkok", 5)
    received = shown.received
    least_total = received.count if not received.mark else None
    assert least_total is not None  # the total is published
    for kind, cell in shown.kinds:
        if cell.mark != "small":
            continue
        others = [_most(c, 5) for other, c in shown.kinds if other != kind]
        if None in others:
            continue
        assert least_total - sum(others) < 1, f"{kind} holds at least one complaint"


# --- Masking at the other exits: export, search, audit page --------------------------------


def _named_ticket_and_reviewer(client, services) -> str:
    reviewer = add_member(services, "reviewer")
    reference = add_ticket(
        services,
        agency="อบต.สองห้อง",
        name="นางสมหญิง รักดี",
        phone="0812345678",
        witnesses="นายบุญมา ทองดี",
        description="ดิฉันสมหญิง รักดี โทร 081-234-5678 บุญมาเห็นด้วย",
    )
    sign_in(client, services, reviewer)
    return reference


def test_the_reviewers_csv_export_holds_no_name_witness_or_phone(app, services, client):
    _named_ticket_and_reviewer(client, services)
    body = client.get("/committee/tickets/export.csv").get_data(as_text=True)
    assert "BRM-" in body
    for said in ("สมหญิง", "รักดี", "บุญมา", "5678"):
        assert said not in body


def test_the_reviewers_search_does_not_find_a_ticket_by_the_masked_name(app, services, client):
    reference = _named_ticket_and_reviewer(client, services)
    assert reference in client.get("/committee/tickets").get_data(as_text=True)
    for said in ("สมหญิง", "บุญมา", "0812345678", "Somying"):
        page = client.get("/committee/tickets", query_string={"q": said}).get_data(as_text=True)
        assert reference not in page, said


def test_an_identity_view_reason_is_not_shown_to_a_reviewer_on_the_audit_page(
    app, services, client
):
    reference = _named_ticket_and_reviewer(client, services)
    with services.uow() as uow:
        chair = members.add_member(uow, line_id(), "ประธาน", "chair")
        ticket = tickets.by_reference(uow, reference)
        audit.record(uow, chair, "view_identity", "โทรหาคุณสมหญิงที่บ้านนาโพธิ์", ticket.id)
        uow.commit()
    page = client.get("/committee/audit").get_data(as_text=True)
    assert "สมหญิง" not in page and "นาโพธิ์" not in page


# --- A database copy without the keys ------------------------------------------------------


def _told(services, references: list[str]) -> None:
    """A notice pushed to the complainant of each ticket, sent."""
    for reference in references:
        with services.uow() as uow:
            ticket = tickets.by_reference(uow, reference)
            params = {"reference": reference, "agency": "DSI", "text": "รับเรื่องแล้ว"}
            notify_complainant(
                uow,
                ticket,
                [Say("referral.notice.agency_answer", params)],
                "referral:agency_answer",
                dedupe_key=f"answer:{ticket.id}",
            )
            uow.commit()


def _rows(services, statement: str) -> list:
    with services.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(text(statement))]


def test_sent_notices_keep_no_recipient_words_or_exact_time_in_a_copy(app, services):
    person = line_id()
    mine = [add_ticket(services, owner=person), add_ticket(services, owner=person, name="สมหญิง")]
    _told(services, [mine[0], add_ticket(services), mine[1]])
    rows = _rows(services, "SELECT recipient_enc, payload, created_at, sent_at FROM outbox")
    assert len(rows) == 3
    for recipient, payload, *times in rows:
        assert (
            recipient is None
            and (json.loads(payload) if isinstance(payload, str) else payload) == []
        )
        assert all(_moment(t).minute == _moment(t).second == 0 for t in times)


def test_notice_dedupe_keys_do_not_pair_one_persons_tickets(app, services):
    person = line_id()
    mine = [add_ticket(services, owner=person), add_ticket(services, owner=person, name="สมหญิง")]
    other = add_ticket(services)
    _told(services, [mine[0], other, mine[1]])
    keys = [key.split(":") for (key,) in _rows(services, "SELECT dedupe_key FROM outbox")]
    shared_by_all = set.intersection(*(set(parts) for parts in keys))
    # Nothing in one person's two keys that the third (another person's) lacks.
    mine_parts = [set(keys[0]) - shared_by_all, set(keys[2]) - shared_by_all]
    assert not (mine_parts[0] & mine_parts[1])


def test_a_persons_sealed_list_of_tickets_is_as_long_for_one_ticket_as_for_five(app, services):
    many, one = line_id(), line_id()
    for _ in range(5):
        add_ticket(services, owner=many)
    add_ticket(services, owner=one)
    sizes = {len(sealed) for (sealed,) in _rows(services, "SELECT ticket_ids FROM line_users")}
    assert len(sizes) == 1


def test_sealed_names_of_different_lengths_are_the_same_size_in_a_copy(app, services):
    add_ticket(services, name="นาย ก", phone="0812345678")
    add_ticket(services, name="นางสาวกัญญารัตน์ ศรีสมบูรณ์วัฒนาพงศ์", phone="0812345678")
    sizes = {
        len(sealed) for (sealed,) in _rows(services, "SELECT complainant_name_enc FROM tickets")
    }
    assert len(sizes) == 1


# --- Metrics ---------------------------------------------------------------------------------


def _sent_count(client) -> float:
    response = client.get("/metrics")
    assert response.status_code == 200
    for line in response.get_data(as_text=True).splitlines():
        if line.startswith('sujarit_outbox_messages{status="sent"}'):
            return float(line.split()[-1])
    return 0.0


def test_public_metrics_do_not_date_a_single_complaint(app, services, client):
    for _ in range(3):
        add_member(services, "reviewer")
    before = _sent_count(client)
    reference = add_ticket(services)
    with services.uow() as uow:
        alerts.alert_reviewers(uow, tickets.by_reference(uow, reference))
        uow.commit()
    assert _sent_count(client) == before


@SQLITE
def test_a_tied_member_cannot_tell_a_hidden_ticket_from_a_missing_one(app, services, client):
    tied, hidden = _named(services, description="นายกอบต.กลันทาเรียกเงิน")
    assert _hidden(services, tied, hidden)
    sign_in(client, services, tied)
    shown = client.get(f"/committee/tickets/{hidden}")
    missing_reference = "BRM-2569-00001" if hidden != "BRM-2569-00001" else "BRM-2569-00002"
    missing = client.get(f"/committee/tickets/{missing_reference}")
    assert shown.status_code == missing.status_code

    def plain(response, reference):
        page = response.get_data(as_text=True).replace(reference, "REF")
        return re.sub(r'name="csrf_token" value="[^"]+"', "", page)

    assert plain(shown, hidden) == plain(missing, missing_reference)


# --- More four eyes, recusal by a file's name, masking in typed fields ---------------------


def test_a_chair_tied_to_the_tickets_agency_does_not_confirm(app, services):
    with services.uow() as uow:
        agencies.create(uow, "อบต.สองห้อง", "admin", reviewed=True)
        chair, _ = new_member(uow, "ประธาน", "chair", conflicts=[("agency", "อบต.สองห้อง")])
        members.add_member(uow, line_id(), "ประธานอีกคน", "chair")
        reviewer = members.add_member(uow, line_id(), "กรรมการ", "reviewer")
        ticket, proposal = _proposal(uow, reviewer)
        assert not endings.may_confirm(uow, chair, ticket, proposal)


def test_a_removed_chair_does_not_confirm(app, services):
    with services.uow() as uow:
        chair = members.add_member(uow, line_id(), "ประธาน", "chair")
        members.add_member(uow, line_id(), "ประธานอีกคน", "chair")
        reviewer = members.add_member(uow, line_id(), "กรรมการ", "reviewer")
        ticket, proposal = _proposal(uow, reviewer)
        members.remove_member(uow, chair.id, actor="member:2")
        assert not endings.may_confirm(uow, chair, ticket, proposal)


@SQLITE
def test_the_tied_body_named_only_in_a_documents_file_name_keeps_the_ticket(
    app, services, tmp_path
):
    tied, reference = _named(services)
    assert not _hidden(services, tied, reference)
    document = tmp_path / "letter.pdf"
    document.write_bytes(b"%PDF-1.4 letter")
    add_evidence(services, reference, document, "application/pdf", name="หนังสือจากอบต.กลันทา.pdf")
    assert _hidden(services, tied, reference)


@SQLITE
def test_the_complainants_name_typed_as_the_official_or_place_is_masked(app, services, client):
    page = _reviewer_page(
        client,
        services,
        name="นางสมหญิง รักดี",
        official="สมหญิง รักดี (ผู้ร้อง) กับนายก อบต.",
        place_text="บ้านสมหญิง รักดี หมู่ 4",
        description="เรียกรับเงิน",
    )
    assert "รักดี" not in page and "สมหญิง" not in page
