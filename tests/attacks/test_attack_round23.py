"""Red team round 23 (issue 17, third look: this session's masking, four eyes, public figures,
audit record and erasure protections), on integ.

A test that holds is plain; one that gets through is a strict xfail whose body asserts what
should hold (its reason says file:function and what gets through).
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from handlers import masking
from handlers.directory import members
from handlers.tickets import endings
from storage import owner_bindings, privacy, users
from storage.models import Draft, Evidence
from tests.attacks.forging import app_now, audited, sql_text, verify_result
from tests.attacks.recusal_probes import SQLITE
from tests.dashboard_login import sign_in
from tests.factories import add_member, add_ticket, line_id, new_ticket


def _through(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


C, W = masking.COMPLAINANT, masking.WITNESS


def _masked(said: str, name: str, whose: str = W) -> str:
    """`said` as a reviewer reads it, `name` being the sealed complainant's or witness's."""
    return masking.masked(said, [(name, whose)], masking.PLACEHOLDERS)


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


# --- Masking: a stop-word or everyday name said of the person -------------------------------


def test_a_stop_word_name_after_auntie_and_before_seeing_is_masked():
    assert "น้อย" not in _masked("นางน้อยเห็นเขารับเงิน", "น้อย")
    assert "นิด" not in _masked("พี่นิดเห็นเขารับเงิน", "นิด")


def test_a_stop_word_name_kept_where_it_is_the_word():
    assert _masked("เงินไม่มากไม่น้อย", "น้อย") == "เงินไม่มากไม่น้อย"
    assert _masked("ขอเวลานิดนึงค่ะ", "นิด") == "ขอเวลานิดนึงค่ะ"


def test_a_stop_word_name_split_by_an_invisible_letter_or_a_line_break_is_masked():
    assert _masked("ป้าน\u200b้อย อยู่ตรงนั้น", "น้อย").startswith("ป้า\u27e6witness")
    assert "น้อย" not in _masked("ป้า\nน้อย อยู่ตรงนั้น", "น้อย")


def test_an_emoji_between_auntie_and_the_stop_word_name_is_masked():
    assert "น้อย" not in _masked("ป้า🙂น้อย อยู่ตรงนั้น", "น้อย")


def test_the_isan_familiar_ee_before_a_stop_word_name_is_masked():
    assert "น้อย" not in _masked("อีน้อย อยู่ตรงนั้น", "น้อย")


def test_a_stop_word_name_that_tells_is_masked():
    assert "นิด" not in _masked("นิดบอกว่าเขาเรียกเงิน", "นิด")
    assert "นิด" not in _masked("นิดเล่าให้ฟังว่าเขาเรียกเงิน", "นิด")


def test_a_stop_word_name_who_was_the_one_who_saw_is_masked():
    assert "น้อย" not in _masked("น้อยเป็นคนเห็นตอนเขายื่นซอง", "น้อย")


def test_a_stop_word_witness_joined_to_another_by_and_is_masked():
    said = masking.masked("สมชายกับน้อยอยู่ด้วย", [("สมชาย", W), ("น้อย", W)], masking.PLACEHOLDERS)
    assert "น้อย" not in said


def test_a_stop_word_name_asked_and_knowing_is_masked():
    assert "น้อย" not in _masked("ถามน้อยได้เลย น้อยรู้ทุกอย่าง", "น้อย")


def test_a_stop_word_name_in_lao_letters_is_masked():
    assert "ນ້ອຍ" not in _masked("ປ້ານ້ອຍ ເຫັນ", "น้อย")


def test_the_complainants_name_in_lao_letters_is_masked():
    assert "ສົມສີ" not in _masked("ผมชื่อສົມສີ", "สมศรี รักดี", C)


def test_the_complainants_name_in_khmer_letters_is_masked():
    assert "ស" not in _masked("ខ្ញុំ សម្ស្រី", "สมศรี รักดี", C)
    assert "ស" not in _masked("សម\u200bស្រី", "สมศรี", C)


def test_a_stop_word_name_in_khmer_letters_is_masked():
    assert "ន៉យ" not in _masked("ប៉ាន៉យ ยืนอยู่", "น้อย")


def test_the_name_in_full_width_latin_is_masked():
    assert "ＳＯＭＳＲＩ" not in _masked("ＳＯＭＳＲＩ เห็น", "สมศรี", C)


def test_a_name_split_by_an_emoji_is_masked():
    assert "ศรี" not in _masked("ผมชื่อสม😀ศรี", "สมศรี รักดี", C)


def test_a_name_split_by_invisible_joiners_or_a_line_break_is_masked():
    for said in ("ผมชื่อสม\nศรี รักดี", "ผมชื่อสม\u200dศรี", "ผมชื่อสม\u2060ศรี", "ผมชื่อสม\u00adศรี"):
        assert "ศรี" not in _masked(said, "สมศรี รักดี", C), said


def test_a_stop_word_name_spaced_bracketed_or_quoted_after_auntie_is_masked():
    for said in ("คุณ  น้อย อยู่ด้วย", "ป้า (น้อย) อยู่ด้วย", "ป้า'น้อย' อยู่ด้วย"):
        assert "น้อย" not in _masked(said, "น้อย"), said


def test_a_stop_word_name_right_after_nickname_is_masked():
    assert "นิด" not in _masked("พยานชื่อเล่นนิด อยู่หมู่ 3", "นิด")


def test_a_stop_word_name_with_a_doubled_tone_or_no_break_space_is_masked():
    assert "น้" not in _masked("ป้าน้้อยเห็น", "น้อย")
    assert "น้อย" not in _masked("ป้า\u00a0น้อย อยู่ด้วย", "น้อย")


# --- Masking: the short of a first name ------------------------------------------------------


def test_the_short_of_a_first_name_after_ai_is_masked():
    assert "พงษ์" not in _masked("ไอ้พงษ์ ลูกผู้ใหญ่", "สมพงษ์ ดีมาก", C)
    assert "พงศ์" not in _masked("ไอ้พงศ์ไปถ่ายรูปไว้", "สมพงษ์ ดีมาก", C)


def test_the_short_after_a_trade_or_standing_is_masked():
    for said in ("ครูพงษ์ไปถ่ายรูปไว้", "หมอพงษ์ไปถ่ายรูปไว้", "เสี่ยพงษ์ไปถ่ายรูปไว้"):
        assert "พงษ์" not in _masked(said, "สมพงษ์ ดีมาก", C), said


def test_the_short_after_the_isan_familiar_bak_is_masked():
    assert "พงษ์" not in _masked("บักพงษ์ไปถ่ายรูปไว้", "สมพงษ์ ดีมาก", C)


def test_the_short_after_mister_khun_or_an_isan_elder_brother_is_masked():
    for said in ("นายพงษ์ไปถ่ายรูป", "คุณพงษ์ไปถ่ายรูป", "อ้ายพงษ์ไปถ่ายรูป", "พงษ์เห็นหมด"):
        assert "พงษ์" not in _masked(said, "สมพงษ์ ดีมาก", C), said


def test_the_short_alone_as_the_subject_is_masked():
    assert "พงษ์" not in _masked("พงษ์ไปถ่ายรูปไว้ เขาเห็นหมด", "สมพงษ์ ดีมาก", C)


def test_the_short_in_latin_or_lao_is_masked():
    assert "Pong" not in _masked("ai Pong took photos", "สมพงษ์ ดีมาก", C)
    assert "ພົງ" not in _masked("ไอ้ພົງ ถ่ายรูป", "สมพงษ์ ดีมาก", C)


# --- Masking: a headman's and other titles ---------------------------------------------------


def test_a_headmans_abbreviation_before_the_witness_is_masked():
    assert "สมบัติ" not in _masked("ผญบ.สมบัติเห็น", "นายสมบัติ ทองดี")


def test_a_headman_said_in_full_or_as_elder_before_the_witness_is_masked():
    for said in ("ผู้ใหญ่บ้านสมบัติเห็น", "ผู้ใหญ่สมบัติเห็น", "พ่อใหญ่สมบัติไปด้วย"):
        assert "สมบัติ" not in _masked(said, "นายสมบัติ ทองดี"), said


def test_an_assistant_headmans_title_before_the_witness_is_masked():
    assert "สมบัติ" not in _masked("ผู้ช่วยผญบ.สมบัติไปด้วย", "นายสมบัติ ทองดี")


def test_a_headmans_title_spaced_or_undotted_or_kamnan_is_masked():
    for said in ("ผญบ. สมบัติ ยืนอยู่", "ผญบสมบัติยืนอยู่", "กำนันสมบัติ ยืนอยู่"):
        assert "สมบัติ" not in _masked(said, "นายสมบัติ ทองดี"), said


def test_a_witness_given_with_another_title_is_masked_bare():
    for name in ("กำนันสมบัติ", "ดร.สมบัติ", "ด.ต.สมบัติ", "พระสมบัติ", "ส.อบต.สมบัติ"):
        assert "สมบัติ" not in _masked("สมบัติ ยืนอยู่ตรงนั้น", name), name


@SQLITE
def test_a_kamnan_witness_is_masked_on_the_reviewers_page(app, services, client):
    page = _reviewer_page(
        client,
        services,
        witnesses="กำนันประเสริฐ",
        description="ประเสริฐยืนดูอยู่ตอนปลัดรับซองเงิน",
    )
    assert "ประเสริฐ" not in page


# --- Four eyes: a vouch and the codes made under it ------------------------------------------


def _joined(uow, by, role: str = "chair"):
    """A member who joined with a join code `by` made."""
    code = members.invite(uow, role, by=by)
    return members.join(uow, line_id(), code, f"สมาชิก {uuid.uuid4().hex[:4]}")


def _committee(uow):
    """The founding chair F (shell), chair A on F's code, and the shell's chair C that A
    vouches for: A may be acting as C too."""
    founding = members.add_from_shell(uow, line_id(), "ประธานผู้ก่อตั้ง", "chair")
    chair_a = _joined(uow, founding)
    shell_c = members.add_from_shell(uow, line_id(), "ประธาน ค", "chair")
    assert members.confirm_grant(uow, chair_a, shell_c)
    return founding, chair_a, shell_c


def _may_second(uow, proposer, confirmer) -> bool:
    ticket = new_ticket(uow)
    proposal = endings.propose(uow, proposer, ticket, "rejected", "ไม่มีมูล", "not_enough_detail")
    return endings.may_confirm(uow, confirmer, ticket, proposal)


def test_two_shell_chairs_vouched_by_one_chair_do_not_second_each_other(app, services):
    with services.uow() as uow:
        _, chair_a, shell_c = _committee(uow)
        shell_e = members.add_from_shell(uow, line_id(), "ประธาน จ", "chair")
        assert members.confirm_grant(uow, chair_a, shell_e)
        assert not _may_second(uow, shell_c, shell_e)


def test_a_chairs_vouchee_does_not_second_the_chair(app, services):
    with services.uow() as uow:
        _, chair_a, shell_c = _committee(uow)
        assert not _may_second(uow, chair_a, shell_c)
        assert not _may_second(uow, shell_c, chair_a)


def test_the_code_invitee_of_a_chairs_vouchee_does_not_second_the_chairs_code_invitee(
    app, services
):
    with services.uow() as uow:
        _, chair_a, shell_c = _committee(uow)
        invitee_b = _joined(uow, chair_a)
        invitee_d = _joined(uow, shell_c)
        assert not _may_second(uow, invitee_b, invitee_d)


def test_a_vouchee_of_a_vouchee_does_not_second_the_first_chairs_code_invitee(app, services):
    with services.uow() as uow:
        _, chair_a, shell_c = _committee(uow)
        invitee_b = _joined(uow, chair_a)
        shell_e = members.add_from_shell(uow, line_id(), "ประธาน จ", "chair")
        assert members.confirm_grant(uow, shell_c, shell_e)
        assert not _may_second(uow, invitee_b, shell_e)


# --- The record: audit entries added by a database writer ------------------------------------


def _audited(services) -> None:
    """One audit entry the application wrote (and journalled)."""
    audited(services, 1, actor="operator", action="identity_viewed", detail="เพื่อตรวจสอบ")


def _forge(services, at) -> None:
    """An entry put in by SQL with `at` as given (text SQL: no column type reads it first)."""
    sql_text(
        services,
        "INSERT INTO audit_log (at, actor, action, detail) VALUES (:at, 'member:1',"
        " 'grant_confirmed', 'member:9 chair')",
        at=at,
    )


def test_an_audit_entry_added_in_sql_an_hour_later_fails_verify(app, services, runner):
    from datetime import timedelta

    _audited(services)
    _forge(services, app_now(services) - timedelta(seconds=1) + timedelta(hours=1))
    result = verify_result(runner)
    assert "not written by the application" in result.output, result.output


def test_a_backdated_audit_entry_added_in_sql_fails_verify(app, services, runner):
    from datetime import timedelta

    _audited(services)
    _forge(services, app_now(services) - timedelta(days=365))
    result = verify_result(runner)
    assert "not written by the application" in result.output, result.output


def test_an_audit_entry_added_in_sql_before_any_journalled_one_fails_verify(app, services, runner):
    from datetime import timedelta

    _forge(services, app_now(services) - timedelta(hours=1))
    result = verify_result(runner)
    assert "not written by the application" in result.output, result.output


# --- Erasure and withdrawn consent: files left behind ----------------------------------------


def _stored_file(services, name: str) -> Path:
    folder = Path(services.config.evidence_dir) / "r23"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(b"\xff\xd8 a photo of the complainant's own house \xff\xd9")
    return path


def _person_with_draft(services, status="open", step="evidence", data=None) -> tuple[str, Path]:
    person = line_id()
    path = _stored_file(services, f"draft-{uuid.uuid4().hex}")
    with services.uow() as uow:
        new_ticket(uow, owner=person, name="สมหญิง รักดี", phone="0812345678")
        user = users.user_for_line_id(uow, person)
        draft = Draft(
            user_id=user.id,
            status=status,
            step=step,
            data={"story": "ถ่ายไว้"} if data is None else data,
        )
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


def _erase(services, person: str) -> None:
    with services.uow() as uow:
        privacy.erase_person(uow, users.user_for_line_id(uow, person))
        uow.commit()


def _withdraw(services, person: str) -> None:
    with services.uow() as uow:
        privacy.withdraw_consent(uow, users.user_for_line_id(uow, person), "2026-12")
        uow.commit()


def test_withdrawal_removes_an_open_drafts_files_at_once(app, services):
    person, path = _person_with_draft(services)
    _withdraw(services, person)
    assert not path.exists()


def test_erasure_removes_the_files_of_a_draft_blanked_by_retention(app, services):
    person, path = _person_with_draft(services, status="abandoned", step="purged", data={})
    _erase(services, person)
    assert not path.exists()


def test_withdrawal_removes_a_photo_left_out_of_a_sent_complaint(app, services):
    person, path = _person_with_draft(services, status="sent", step="done", data={})
    _withdraw(services, person)
    assert not path.exists()


def test_erasure_removes_files_kept_aside_and_the_drafts_at_once(app, services):
    person, path = _person_with_draft(services)
    aside = _stored_file(services, f"aside-{uuid.uuid4().hex}")
    with services.uow() as uow:
        user = users.user_for_line_id(uow, person)
        message = uuid.uuid4().hex
        uow.session.add(
            Evidence(
                line_message_id=message,
                media_kind="image",
                content_type="image/jpeg",
                storage_path=str(aside),
                owner_enc=owner_bindings.seal_aside_owner(uow.vault, message, user.id),
                status="stored",
            )
        )
        uow.commit()
    _erase(services, person)
    assert not path.exists() and not aside.exists()


# --- Public figures: three releases ----------------------------------------------------------

_DISTRICTS = ["เมืองบุรีรัมย์", "นางรอง", "ประโคนชัย", "ลำปลายมาศ"]


def _release_cells(report):
    from handlers.tickets import transparency

    table = [[c[x] for x in transparency.COLUMNS] + [t] for _, t, c in report.districts]
    table.append([report.status[x] for x in transparency.COLUMNS] + [report.received])
    return transparency.release_cells(
        table, [c for _, c in report.kinds], [c for _, c in report.months], report.months_total
    )


def _tell_more_together(first, last, k: int) -> bool:
    """Whether `last` read with `first` (not the release just before it) tells more than
    each alone, by the product's own reading (`bands.apart` would withhold more)."""
    from handlers.tickets import bands, transparency

    names = [n for n, _, _ in last.districts]
    kinds, months = [x for x, _ in last.kinds], [m for m, _ in last.months]
    cells, lines = _release_cells(last)
    before = transparency._earlier(first, names, kinds, months, False)
    return bands.apart(cells, lines, k, *before) != cells


@SQLITE
def test_the_first_and_third_releases_read_together_tell_nothing_more(app, services):
    import random

    from handlers.tickets import transparency
    from tests.factories import add_many

    chance, k, made = random.Random(23), 5, []
    for _ in range(4):
        for district in _DISTRICTS:
            for kind in ("bribery", "procurement", "abuse_of_power"):
                if n := chance.choice([0, 0, 0, 1, 1, 2]):
                    add_many(services, n, district=district, kind=kind)
        with services.uow() as uow:
            made.append(
                transparency.report(uow, "Asia/Bangkok", k, _DISTRICTS, made[-1] if made else None)
            )
    assert not any(
        _tell_more_together(made[i], made[j], k)
        for i in range(len(made))
        for j in range(i + 2, len(made))
    )
