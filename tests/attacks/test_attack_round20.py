"""Attack round 20 (issue #19): a hostile insider, or someone holding a copy of the database
without keys, against recusal, masking, four eyes, unlinkability, the tamper-evident record,
erasure, logs and floods. Written from the code, not the tests.

An attack that still gets through is a strict xfail whose body asserts what should hold
(its reason names the file:function and why); one that is held is a plain test."""

from __future__ import annotations

import pytest

from handlers.directory import access, agencies
from storage import tickets
from tests.attacks.forging import sql_text
from tests.conftest import ONE_DATABASE
from tests.factories import add_ticket, new_member

pytestmark = ONE_DATABASE

TIE = "อบต.บ้านเป้า"
BOTH_DATABASES = pytest.mark.parametrize(
    "database_url", ["sqlite", "postgresql"], indirect=True
)  # where the database decides it (a search's LIKE, a count under concurrency)


def _tied_reviewer_sees(
    services, tie: str = TIE, known: tuple[str, ...] = ("อบต.กลันทา",), **fields
):
    """Whether a reviewer tied to `tie` may review a ticket with `fields`, every agency in
    `known` a record a chair reviewed (so the fail-closed rule for new records is not what
    keeps it)."""
    with services.uow() as uow:
        admin, _ = new_member(uow, "ผู้ดูแล", "admin")
        for name in known:
            agencies.add_reviewed(uow, name, admin)
        reviewer, _ = new_member(uow, "กรรมการ", "reviewer", conflicts=[("agency", tie)])
        uow.commit()
        reviewer_id = reviewer.id
    fields.setdefault("agency", known[0])
    reference = add_ticket(services, **fields)
    with services.uow() as uow:
        from storage.models import Member

        member = uow.session.get(Member, reviewer_id)
        ticket = tickets.by_reference(uow, reference)
        return access.can_review(uow, member, ticket)


# ---------------------------------------------------------------- recusal


def test_tie_in_the_agency_field_with_a_romanised_spelling_is_held(services):
    assert not _tied_reviewer_sees(services, agency="Baan Pao SAO")


def test_tie_named_in_the_official_field_with_a_unit_glued_is_held(services):
    assert not _tied_reviewer_sees(services, official="ผอ.กองช่างอบต บ้านเป้า")


def test_tie_named_in_the_story_in_lao_letters_is_held(services):
    assert not _tied_reviewer_sees(services, description="ปลัด ອບຕ.ບ້ານເປ້າ เรียกเงินค่าใบอนุญาต")


def test_tie_named_as_tambon_ban_pao_in_an_english_story(services):
    assert not _tied_reviewer_sees(
        services, description="The chief clerk of Tambon Ban Pao asked 5,000 baht for the permit"
    )


def test_tie_named_with_spaced_initials_in_the_official_field(services):
    assert not _tied_reviewer_sees(services, official="Deputy chief, Ban Pao S A O")


def test_tie_named_by_a_clerk_title_and_the_place_alone(services):
    assert not _tied_reviewer_sees(services, description="ปลัดบ้านเป้าเรียกเงินค่าเซ็นใบอนุญาตห้าพันบาท")


def test_tie_named_as_the_local_government_of_the_place(services):
    assert not _tied_reviewer_sees(services, description="ท้องถิ่นบ้านเป้าเก็บเงินใต้โต๊ะทุกโครงการ")


def test_tie_named_as_the_tambon_officials(services):
    assert not _tied_reviewer_sees(services, description="เจ้าหน้าที่ตำบลบ้านเป้าเรียกรับเงิน")


def test_tie_named_in_the_reported_reference(services):
    assert not _tied_reviewer_sees(
        services, reported_to="ศูนย์ดำรงธรรม", reported_reference="หนังสือ อบต.บ้านเป้า ที่ บร 7801/123"
    )


@pytest.mark.parametrize(
    "tie, fields",
    [
        ("อบต.ถนนหัก", {"description": "รองปลัดถนนหักเรียกเงินค่าตรวจแบบ"}),
        ("เทศบาลตำบลหนองกี่", {"description": "ผอ.กองคลังหนองกี่ขอหัวคิวทุกงวด"}),
        ("อบต.เสาเดียว", {"description": "The deputy clerk of Tambon Sao Diao wanted 3,000 baht"}),
        ("อบต.ถนนหัก", {"official": "Finance head, Thanon Hak T. A. O."}),
        ("อบต.เสาเดียว", {"reported_reference": "หนังสือ อบต.เสาเดียว ที่ บร 7302/45"}),
    ],
)
def test_a_tie_is_held_whatever_post_or_spelling_names_another_place(services, tie, fields):
    assert not _tied_reviewer_sees(services, tie=tie, known=("โรงเรียนบ้านหนองแวง",), **fields)


def test_tie_named_in_the_reported_to_field_is_held(services):
    assert not _tied_reviewer_sees(services, reported_to="ร้องเรียนนายก อบต.บ้านเป้าแล้วเงียบ")


def test_tie_with_romanised_tie_and_thai_ticket_is_held(services):
    assert not _tied_reviewer_sees(
        services, tie="Ban Pao SAO", agency="อบต.บ้านเป้า", known=("อบต.บ้านเป้า",)
    )


# ---------------------------------------------------------------- masking at every exit

NAME, PHONE = "สมหญิง รักดี", "0812345678"


def _sign_in(client, services, role: str = "reviewer", conflicts=(), name: str = "กรรมการ"):
    """A member of `role` signed in to the dashboard with `client`; the member's id."""
    from handlers.directory import sessions

    with services.uow() as uow:
        member, _ = new_member(uow, name, role, conflicts)
        token = sessions.start(uow, member)
        uow.commit()
        member_id = member.id
    with client.session_transaction() as cookie:
        cookie["sid"], cookie["role"] = token, role
    return member_id


def _csrf(client, path: str) -> str:
    import re

    page = client.get(path).get_data(as_text=True)
    found = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page) or re.search(
        r'value="([^"]+)"[^>]*name="csrf_token"', page
    )
    assert found, path
    return found.group(1)


def _page(client, path: str, **query) -> str:
    """The page's text, which must have been served (not a redirect or a refusal)."""
    response = client.get(path, query_string=query or None)
    assert response.status_code == 200, (path, response.status_code)
    return response.get_data(as_text=True)


def _named(services, **fields) -> str:
    fields.setdefault("name", NAME)
    fields.setdefault("phone", PHONE)
    return add_ticket(services, **fields)


def test_name_in_the_story_is_masked_on_the_ticket_page(client, services):
    reference = _named(services, description=f"ดิฉัน{NAME} เห็นนายกรับเงินห้าพันบาทหน้าอบต.")
    _sign_in(client, services)
    page = _page(client, f"/committee/tickets/{reference}")
    assert "รักดี" not in page and "สมหญิง" not in page


def test_romanised_name_in_the_story_is_masked(client, services):
    reference = _named(
        services, description="My name is Somying Rakdee, I saw the mayor take 5,000 baht"
    )
    _sign_in(client, services)
    page = _page(client, f"/committee/tickets/{reference}")
    assert "Somying" not in page and "Rakdee" not in page


def test_phone_cut_with_slashes_or_dashes_is_masked(client, services):
    reference = _named(
        services, description="โทรหาฉันได้ 081/234/5678 หรือ 081–234–5678 หรือ 81-234-5678"
    )
    _sign_in(client, services)
    page = _page(client, f"/committee/tickets/{reference}")
    assert "5678" not in page


def test_phone_in_thai_digits_is_masked(client, services):
    reference = _named(services, description="โทร ๐๘๑-๒๓๔-๕๖๗๘ ได้ตลอด นายกรับเงินค่าใบอนุญาต")
    _sign_in(client, services)
    page = _page(client, f"/committee/tickets/{reference}")
    assert "๕๖๗๘" not in page


def test_name_in_other_fields_is_masked_on_the_ticket_page(client, services):
    reference = _named(
        services,
        place_text="หน้าบ้านของนางสมหญิง รักดี หมู่ 3",
        reported_to="แจ้งกำนันแล้ว สมหญิง รักดี เป็นคนแจ้ง",
    )
    _sign_in(client, services)
    page = _page(client, f"/committee/tickets/{reference}")
    assert "รักดี" not in page


def test_name_in_other_fields_is_masked_in_the_csv_export(client, services):
    _named(services, place_text="หน้าบ้านของนางสมหญิง รักดี หมู่ 3")
    _sign_in(client, services)
    exported = _page(client, "/committee/tickets/export.csv")
    assert "รักดี" not in exported


def test_name_in_the_story_is_masked_in_the_csv_export(client, services):
    _named(services, description=f"ดิฉัน {NAME} โทร {PHONE} เห็นนายกรับเงิน")
    _sign_in(client, services)
    exported = _page(client, "/committee/tickets/export.csv")
    assert "รักดี" not in exported and "5678" not in exported


@BOTH_DATABASES
def test_search_is_no_oracle_for_a_masked_name(client, services):
    reference = _named(services, description=f"ดิฉัน{NAME} เห็นนายกรับเงินห้าพันบาท")
    _sign_in(client, services)
    listed = _page(client, "/committee/tickets", q="รักดี")
    assert reference not in listed


def test_line_card_masks_a_name_in_the_place(services):
    from handlers.directory import alerts

    reference = _named(services, district=None, place_text="บ้านนางสมหญิง รักดี เลขที่ 12")
    with services.uow() as uow:
        card = alerts.card_data(uow, tickets.by_reference(uow, reference))
    assert "รักดี" not in str(card)


def test_line_card_masks_the_name_in_the_story(services):
    from handlers.directory import alerts

    reference = _named(services, description=f"{NAME} เห็นนายกรับเงินห้าพันบาทเมื่อวาน")
    with services.uow() as uow:
        card = alerts.card_data(uow, tickets.by_reference(uow, reference))
    assert "รักดี" not in str(card)


# ------------------------------------------------ recusal: merges, files, words after


def test_a_ticket_on_a_record_merged_into_the_tie_is_hidden(services):
    with services.uow() as uow:
        admin, _ = new_member(uow, "ผู้ดูแล", "admin")
        tied = agencies.add_reviewed(uow, TIE, admin)
        other = agencies.add_reviewed(uow, "โรงเรียนบ้านหนองแวง", admin)
        reviewer, _ = new_member(uow, "กรรมการ", "reviewer", conflicts=[("agency", TIE)])
        uow.commit()
        reviewer_id, tied_id, other_id = reviewer.id, tied.id, other.id
    reference = add_ticket(services, agency="โรงเรียนบ้านหนองแวง", description="ครูเรียกเงินแป๊ะเจี๊ยะ")
    with services.uow() as uow:
        from storage.insider_models import Agency
        from storage.models import Member

        agencies.merge(
            uow, uow.session.get(Agency, other_id), uow.session.get(Agency, tied_id), "admin"
        )
        uow.commit()
        member = uow.session.get(Member, reviewer_id)
        assert not access.can_review(uow, member, tickets.by_reference(uow, reference))


def test_tie_named_in_an_evidence_file_name_is_held(services, tmp_path):
    from storage.models import Member
    from tests.factories import add_evidence

    with services.uow() as uow:
        admin, _ = new_member(uow, "ผู้ดูแล", "admin")
        agencies.add_reviewed(uow, "อบต.กลันทา", admin)
        agencies.add_reviewed(uow, TIE, admin)
        reviewer, _ = new_member(uow, "กรรมการ", "reviewer", conflicts=[("agency", TIE)])
        uow.commit()
        reviewer_id = reviewer.id
    reference = add_ticket(services, agency="อบต.กลันทา")
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.4\n%%EOF\n")
    add_evidence(services, reference, path, "application/pdf", name="หนังสือ_อบต.บ้านเป้า_สั่งจ้าง.pdf")
    with services.uow() as uow:
        member = uow.session.get(Member, reviewer_id)
        assert not access.can_review(uow, member, tickets.by_reference(uow, reference))


def test_district_tie_typed_in_latin_hides_a_tambon_body_of_it(services):
    from storage.models import Member

    with services.uow() as uow:
        admin, _ = new_member(uow, "ผู้ดูแล", "admin")
        agencies.add_reviewed(uow, "อบต.บ้านเป้า", admin)
        code = access.district_code(uow, access.district_named(uow, "Phutthaisong"))
        reviewer, _ = new_member(uow, "กรรมการ", "reviewer", conflicts=[("district", code)])
        uow.commit()
        reviewer_id = reviewer.id
    reference = add_ticket(services, agency="อบต.บ้านเป้า", district=None)
    with services.uow() as uow:
        member = uow.session.get(Member, reviewer_id)
        assert not access.can_review(uow, member, tickets.by_reference(uow, reference))


# ---------------------------------------------------------------- four eyes


def _reject_proposed_by(services, proposer_id: int, reference: str) -> None:
    from handlers.tickets.actions import change_status
    from storage.models import Member

    with services.uow() as uow:
        member = uow.session.get(Member, proposer_id)
        ticket = tickets.by_reference(uow, reference)
        outcome = change_status(
            uow, member, ticket, "rejected", "ไม่อยู่ในอำนาจ", reason_code="outside_scope"
        )
        uow.commit()
    assert outcome == "proposed"


def _may_confirm(services, member_id: int, reference: str) -> bool:
    from handlers.tickets import endings
    from storage.models import Member

    with services.uow() as uow:
        member = uow.session.get(Member, member_id)
        ticket = tickets.by_reference(uow, reference)
        proposal = endings.pending(uow, ticket, endings.CONFIRMED_ACTS)
        return endings.may_confirm(uow, member, ticket, proposal)


def test_a_chair_may_not_confirm_for_a_reviewer_brought_in_through_another_chair(services):
    """Invitation chain A → B → C: C proposes, A is not C's second pair of eyes."""
    from handlers.directory import members
    from tests.factories import line_id

    with services.uow() as uow:
        founder = members.add_from_shell(uow, line_id(), "ประธานก", "chair")
        second = members.join(uow, line_id(), members.invite(uow, "chair", by=founder), "ประธานข")
        reviewer = members.join(
            uow, line_id(), members.invite(uow, "reviewer", by=second), "กรรมการค"
        )
        uow.commit()
        founder_id, reviewer_id = founder.id, reviewer.id
    reference = add_ticket(services)
    _reject_proposed_by(services, reviewer_id, reference)
    assert not _may_confirm(services, founder_id, reference)


def test_the_proposer_may_not_confirm_their_own_rejection(services):
    from handlers.directory import members
    from tests.factories import line_id

    with services.uow() as uow:
        founder = members.add_from_shell(uow, line_id(), "ประธานก", "chair")
        uow.commit()
        founder_id = founder.id
    reference = add_ticket(services)
    _reject_proposed_by(services, founder_id, reference)
    assert not _may_confirm(services, founder_id, reference)


def test_a_shell_made_chair_nobody_vouched_for_may_not_confirm(services):
    from handlers.directory import members
    from tests.factories import line_id

    with services.uow() as uow:
        founder = members.add_from_shell(uow, line_id(), "ประธานก", "chair")
        reviewer, _ = new_member(uow, "กรรมการ", "reviewer")
        uow.commit()
        planted = members.add_from_shell(uow, line_id(), "ประธานปลอม", "chair")
        uow.commit()
        planted_id, reviewer_id, _ = planted.id, reviewer.id, founder.id
    reference = add_ticket(services)
    _reject_proposed_by(services, reviewer_id, reference)
    assert not _may_confirm(services, planted_id, reference)


def test_cli_confirm_is_refused(runner, services):
    reference = add_ticket(services)
    result = runner.invoke(args=["tickets", "confirm", reference])
    assert result.exit_code != 0


def test_cli_rejection_is_only_a_proposal_the_founding_chair_cannot_second(runner, services):
    from handlers.directory import members
    from tests.factories import line_id

    with services.uow() as uow:
        founder = members.add_from_shell(uow, line_id(), "ประธานก", "chair")
        uow.commit()
        founder_id = founder.id
    reference = add_ticket(services)
    result = runner.invoke(
        args=[
            "tickets",
            "set-status",
            reference,
            "rejected",
            "--note",
            "ซ้ำ",
            "--reason-code",
            "duplicate",
        ]
    )
    assert result.exit_code == 0, result.output
    with services.uow() as uow:
        assert tickets.by_reference(uow, reference).status == "submitted"
    assert not _may_confirm(services, founder_id, reference)


def test_a_reviewer_added_at_a_shell_is_audited_and_told(services, gateway):
    from sqlalchemy import select

    from handlers.directory import members
    from storage.models import AuditEntry
    from tests.factories import line_id

    with services.uow() as uow:
        chair = members.add_from_shell(uow, line_id(), "ประธานก", "chair")
        uow.commit()
        before = len(gateway.sent)
        planted = members.add_from_shell(uow, line_id(), "ผู้อ่านลับ", "reviewer")
        uow.commit()
        audited = uow.session.scalars(select(AuditEntry.detail)).all()
        told = [c for c in gateway.sent[before:] if c.get("kind") != "reply"]
        assert chair.id
        assert any(f"member:{planted.id}" in (d or "") for d in audited) or told


# ---------------------------------------------------------------- tamper evidence


@BOTH_DATABASES
def test_a_description_edited_in_sql_fails_verify(runner, services):
    reference = add_ticket(services)
    assert runner.invoke(args=["tickets", "verify", reference]).exit_code == 0
    sql_text(
        services,
        "UPDATE tickets SET description = 'ไม่มีอะไร', official = 'ไม่ทราบ' WHERE reference = :r",
        r=reference,
    )
    assert runner.invoke(args=["tickets", "verify", reference]).exit_code == 1


def test_a_rejection_appended_and_resealed_with_the_public_code_fails_verify(
    runner, services, database_url, tmp_path, gateway
):
    """The application's own code run against the database with every key but the record's
    seal key (the attacker's own): the entry is chained and the ticket resealed as the code
    does it, and still `tickets verify` reads it as rewritten."""
    from bot import create_app
    from tests.conftest import make_env
    from tests.shared_engines import release

    reference = add_ticket(services)
    env = make_env(
        database_url, tmp_path, RECORD_SEAL_KEY="attacker-own-seal-key-0123456789abcdefgh"
    )
    forger = create_app({"ENV": env, "GATEWAY": gateway, "TESTING": True})
    try:
        with forger.extensions["sujarit"].uow() as uow:
            ticket = tickets.by_reference(uow, reference)
            tickets.add_timeline(uow, ticket, "status", "member:1", "submitted", "rejected", None)
            ticket.status = "rejected"
            uow.commit()
    finally:
        release(forger.extensions["sujarit"].engine)
    with services.uow() as uow:
        assert tickets.by_reference(uow, reference).status == "rejected"
    assert runner.invoke(args=["tickets", "verify", reference]).exit_code == 1


def test_an_identity_view_deleted_from_the_audit_log_is_noticed(runner, services):
    from handlers.directory import members
    from handlers.tickets.actions import reveal_identity
    from tests.factories import line_id

    reference = _named(services)
    with services.uow() as uow:
        chair = members.add_from_shell(uow, line_id(), "ประธานก", "chair")
        shown = reveal_identity(
            uow, chair, tickets.by_reference(uow, reference), "ตรวจสอบตัวผู้ร้องเรียน"
        )
        uow.commit()
    assert NAME in shown["name"]
    assert runner.invoke(args=["tickets", "verify"]).exit_code == 0
    sql_text(services, "DELETE FROM audit_log WHERE action = 'view_identity'")
    assert runner.invoke(args=["tickets", "verify"]).exit_code == 1


# ---------------------------------------------------------------- what a database copy tells


def _rows(services, statement: str, **params) -> list:
    from sqlalchemy import text

    with services.engine.connect() as connection:
        return [dict(r) for r in connection.execute(text(statement), params).mappings()]


def test_a_sent_draft_keeps_nothing_to_pair_it(chat, services):
    from tests.factories import submitted

    submitted(chat, anonymous=True)
    drafts = _rows(services, "SELECT * FROM drafts")
    assert drafts and all(
        d["user_id"] is None and d["ticket_id"] is None and d["history"] in ("[]", [], None)
        for d in drafts
    )
    assert len({str(d["created_at"]) for d in drafts}) == 1


@BOTH_DATABASES
def test_an_erasure_does_not_pair_a_persons_tickets_in_a_copy(chat, services, app, gateway):
    from tests.factories import Chat, line_id, submit, submitted

    anonymous = submitted(chat, anonymous=True).reference
    named = submitted(chat, anonymous=False).reference
    stranger = Chat(chat.client, gateway, line_id(), chat.secret)
    submit(stranger, anonymous=True)
    chat.say("ลบข้อมูลของฉัน")
    chat.tap("privacy=erase_yes")
    marked = {
        r["reference"]
        for r in _rows(
            services,
            "SELECT DISTINCT t.reference FROM tickets t JOIN ticket_events e ON e.ticket_id = t.id"
            " WHERE e.kind = 'privacy'",
        )
    }
    assert marked != {anonymous, named}


def test_a_rights_request_row_does_not_count_the_persons_tickets(chat, services):
    from tests.factories import submitted

    submitted(chat, anonymous=True)
    submitted(chat, anonymous=True)
    chat.say("ลบข้อมูลของฉัน")
    chat.tap("privacy=erase_yes")
    outcomes = " ".join(
        str(r["outcome"]) for r in _rows(services, "SELECT outcome FROM privacy_requests")
    )
    assert "2" not in outcomes


def test_tracking_codes_are_salted_per_ticket(chat, services):
    from tests.factories import submitted

    submitted(chat, anonymous=True)
    submitted(chat, anonymous=True)
    rows = _rows(services, "SELECT tracking_code_hash, tracking_code_salt FROM tickets")
    assert len({r["tracking_code_salt"] for r in rows}) == 2
    assert all(r["tracking_code_salt"] for r in rows)


# ------------------------------------------------ masking: letter, audit page, files


def _pdf_text(data: bytes) -> str:
    import io

    from pypdf import PdfReader

    text = "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)
    return "".join(text.replace("\u200b", "").split())  # its words, without the breaks


def test_the_letter_masks_the_name_in_the_story(client, services):
    reference = _named(services, description="ดิฉันสมหญิง รักดี เห็นนายกรับเงินห้าพันบาทหน้าที่ทำการ")
    _sign_in(client, services)
    token = _csrf(client, f"/committee/tickets/{reference}")
    response = client.post(
        f"/committee/tickets/{reference}/referral/letter",
        data={"agency": "damrongdhama", "csrf_token": token},
    )
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    text = _pdf_text(response.data)
    assert "ห้าพันบาท" in text  # the story is in the letter
    assert "รักดี" not in text


def test_the_letter_masks_the_name_in_other_fields(client, services):
    reference = _named(
        services,
        place_text="หน้าบ้านเลขที่ 12 ของสมหญิง รักดี",
        reported_elsewhere=True,
        reported_to="ผู้ใหญ่บ้าน (สมหญิง รักดี แจ้งเอง)",
    )
    _sign_in(client, services)
    token = _csrf(client, f"/committee/tickets/{reference}")
    response = client.post(
        f"/committee/tickets/{reference}/referral/letter",
        data={"agency": "damrongdhama", "csrf_token": token},
    )
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    text = _pdf_text(response.data)
    assert "หน้าบ้านเลขที่12" in text or "ผู้ใหญ่บ้าน" in text  # the fields are in the letter
    assert "รักดี" not in text


def test_an_identity_reason_naming_the_person_is_not_on_a_reviewers_audit_page(client, services):
    from handlers.directory import members
    from handlers.tickets.actions import reveal_identity
    from tests.factories import line_id

    reference = _named(services)
    with services.uow() as uow:
        chair = members.add_from_shell(uow, line_id(), "ประธานก", "chair")
        reveal_identity(
            uow, chair, tickets.by_reference(uow, reference), "โทรหาคุณสมหญิง รักดี เรื่องพยาน"
        )
        uow.commit()
    _sign_in(client, services, "reviewer")
    response = client.get("/committee/audit")
    assert "รักดี" not in response.get_data(as_text=True)


def test_an_original_photo_is_refused_to_a_reviewer(client, services, tmp_path):
    from tests.factories import add_evidence, photo_with_gps, shown

    reference = add_ticket(services)
    path = tmp_path / "p.jpg"
    path.write_bytes(photo_with_gps())
    item = add_evidence(services, reference, path, "image/jpeg", name="IMG_1.jpg")
    _sign_in(client, services)
    handle = shown(services, "evidence", item)
    for query in ({"original": "1"}, {}):
        response = client.get(
            f"/committee/tickets/{reference}/evidence/{handle}", query_string=query
        )
        assert b"Samsung" not in response.data and b"Somchai" not in response.data


# ---------------------------------------------------------------- logs


def test_filing_a_named_complaint_logs_no_identity(chat, caplog):
    import logging

    from tests.factories import submitted

    caplog.set_level(logging.DEBUG)
    submitted(chat, anonymous=False)
    logged = "\n".join(
        r.getMessage() + " " + " ".join(str(v) for v in r.__dict__.values()) for r in caplog.records
    )
    assert "สมหญิง" not in logged and "2345678" not in logged and chat.user_id not in logged


# ---------------------------------------------------------------- floods


@BOTH_DATABASES
def test_someone_elses_status_flood_does_not_lock_the_owner_out(app, chat, services):
    from tests.factories import submitted

    filed = submitted(chat, anonymous=True)
    for n in range(110):
        other = app.test_client()
        other.environ_base["REMOTE_ADDR"] = f"198.51.100.{n % 40}"
        token = _csrf(other, "/status")
        other.post(
            "/status",
            data={"reference": filed.reference, "code": "AAAA-BBBB-CCCC", "csrf_token": token},
        )
    owner = app.test_client()
    owner.environ_base["REMOTE_ADDR"] = "203.0.113.9"
    token = _csrf(owner, "/status")
    shown = owner.post(
        "/status",
        data={"reference": filed.reference, "code": filed.tracking_code, "csrf_token": token},
    )
    assert shown.status_code == 200


def test_forged_forwarded_for_headers_do_not_reset_a_sources_misses(app, services):
    reference = add_ticket(services)
    client = app.test_client()
    client.environ_base["REMOTE_ADDR"] = "198.51.100.7"
    codes = []
    for n in range(8):
        token = _csrf(client, "/status")
        codes.append(
            client.post(
                "/status",
                data={"reference": reference, "code": "AAAA-BBBB-CCCC", "csrf_token": token},
                headers={"X-Forwarded-For": f"10.9.{n}.1"},
            ).status_code
        )
    assert codes[-1] == 429


@BOTH_DATABASES
def test_a_login_link_flood_does_not_refuse_the_chairs_real_link(app, services):
    from handlers.directory import members
    from tests.factories import line_id

    with services.uow() as uow:
        chair = members.add_from_shell(uow, line_id(), "ประธานก", "chair")
        real = members.issue_login_token(uow, chair)
        uow.commit()
    for n in range(130):
        flooder = app.test_client()
        flooder.environ_base["REMOTE_ADDR"] = f"198.51.100.{n % 7}"
        bogus = f"bogus{n:04d}" + "x" * 30
        token = _csrf(flooder, f"/committee/login/{bogus}")
        flooder.post(f"/committee/login/{bogus}", data={"csrf_token": token})
    chair_client = app.test_client()
    chair_client.environ_base["REMOTE_ADDR"] = "203.0.113.50"
    token = _csrf(chair_client, f"/committee/login/{real}")
    assert (
        chair_client.post(f"/committee/login/{real}", data={"csrf_token": token}).status_code == 303
    )


def test_a_signed_event_older_than_the_dedupe_window_is_not_handled(client, gateway):
    import json

    from tests.factories import line_id, post_signed, text_event

    event = text_event("ร้องเรียน", line_id())
    event["timestamp"] -= 8 * 24 * 3600 * 1000
    before = len(gateway.sent)
    post_signed(client, json.dumps({"destination": "U" + "1" * 32, "events": [event]}))
    assert len(gateway.sent) == before


# ------------------------------------------------ recusal: new records, reviews, assignees


def test_a_new_unreviewed_agency_is_kept_from_every_member_with_an_agency_tie(services):
    assert not _tied_reviewer_sees(
        services, tie="โรงเรียนบ้านหนองแวง", known=("โรงเรียนบ้านหนองแวง",), agency="อบต.ป่าชันใหม่"
    )


def test_a_tied_chair_cannot_review_a_near_spelling_of_their_tie(client, services):
    from handlers.directory import members
    from storage.insider_models import Agency
    from tests.factories import line_id

    with services.uow() as uow:
        admin, _ = new_member(uow, "ผู้ดูแล", "admin")
        agencies.add_reviewed(uow, TIE, admin)
        uow.commit()
    reference = add_ticket(services, agency="อบต.บ.เป้า")  # near, not sure: a new record
    with services.uow() as uow:
        chair = members.add_from_shell(uow, line_id(), "ประธานก", "chair")
        members.declare_conflict(uow, chair, "agency", TIE, "ญาติทำงานที่นั่น")
        token = __import__("handlers.directory.sessions", fromlist=["start"]).start(uow, chair)
        uow.commit()
        record_id = tickets.by_reference(uow, reference).agency_id
        assert not uow.session.get(Agency, record_id).reviewed
    with client.session_transaction() as cookie:
        cookie["sid"], cookie["role"] = token, "chair"
    csrf = _csrf(client, "/committee/accused-agencies")
    client.post(
        "/committee/accused-agencies/review", data={"agency_id": record_id, "csrf_token": csrf}
    )
    with services.uow() as uow:
        assert not uow.session.get(Agency, record_id).reviewed


def test_declaring_a_tie_takes_the_ticket_from_its_assignee(services):
    from handlers.tickets.actions import take
    from storage.models import Member

    with services.uow() as uow:
        admin, _ = new_member(uow, "ผู้ดูแล", "admin")
        agencies.add_reviewed(uow, TIE, admin)
        reviewer, _ = new_member(uow, "กรรมการ", "reviewer")
        uow.commit()
        reviewer_id = reviewer.id
    reference = add_ticket(services, agency=TIE)
    with services.uow() as uow:
        member = uow.session.get(Member, reviewer_id)
        take(uow, member, tickets.by_reference(uow, reference))
        uow.commit()
    with services.uow() as uow:
        from handlers.directory import members

        members.declare_conflict(
            uow, uow.session.get(Member, reviewer_id), "agency", "Ban Pao SAO", "พี่ชายเป็นปลัด"
        )
        uow.commit()
        assert tickets.by_reference(uow, reference).assignee_id != reviewer_id


def test_a_proposer_who_rejoins_as_chair_is_still_the_proposer(services):
    from handlers.directory import members
    from storage.models import Member
    from tests.factories import line_id

    phone = line_id()
    with services.uow() as uow:
        founder = members.add_from_shell(uow, line_id(), "ประธานก", "chair")
        reviewer = members.add_member(uow, phone, "กรรมการข", "reviewer")
        uow.commit()
        founder_id, reviewer_id = founder.id, reviewer.id
    reference = add_ticket(services)
    _reject_proposed_by(services, reviewer_id, reference)
    with services.uow() as uow:
        members.remove_member(uow, reviewer_id, actor=f"member:{founder_id}")
        code = members.invite(uow, "chair", by=uow.session.get(Member, founder_id))
        again = members.join(uow, phone, code, "กรรมการข")
        uow.commit()
        again_id = again.id
    assert not _may_confirm(services, again_id, reference)


def test_a_witness_given_with_a_kinship_word_is_masked_in_the_story(client, services):
    reference = add_ticket(
        services,
        witnesses="ลุงสมศักดิ์ ใจดีมาก",
        description="นายสมศักดิ์เห็นนายกรับซองที่ร้านกาแฟ",
    )
    _sign_in(client, services)
    page = _page(client, f"/committee/tickets/{reference}")
    assert "นายกรับซอง" in page and "สมศักดิ์" not in page


def test_the_name_of_the_one_filed_for_is_masked_in_the_story(client, services):
    with services.uow() as uow:
        from tests.factories import new_ticket

        reference = new_ticket(
            uow,
            behalf_of_enc=uow.vault.encrypt("ยาย"),
            description="แจ้งแทนยาย นางบุญมี ศรีสุข ถูกปลัดเรียกเงินค่าเบี้ยยังชีพ",
        ).reference
        uow.commit()
    _sign_in(client, services)
    page = _page(client, f"/committee/tickets/{reference}")
    assert "เบี้ยยังชีพ" in page and "บุญมี" not in page


def test_a_witness_named_in_the_story_is_masked(client, services):
    reference = add_ticket(
        services, witnesses="สมศักดิ์ ใจดีมาก", description="สมศักดิ์ ใจดีมาก เห็นนายกรับซอง"
    )
    _sign_in(client, services)
    page = _page(client, f"/committee/tickets/{reference}")
    assert "นายกรับซอง" in page and "ใจดีมาก" not in page


# ---------------------------------------------------------------- more exits and oracles


def test_a_reviewed_record_typed_as_tambon_ban_pao_stays_hidden_from_the_tie(services):
    assert _a_reviewed_record_typed_as(services, TIE, "Tambon Ban Pao") is False


def test_a_reviewed_record_typed_with_a_kinds_letters_in_its_place_stays_hidden(services):
    assert _a_reviewed_record_typed_as(services, "อบต.เสาเดียว", "Tambon Sao Diao") is False


def _a_reviewed_record_typed_as(services, tie: str, typed: str) -> bool:
    """Whether a member tied to `tie` may review a ticket whose agency was typed `typed`,
    once a chair has reviewed the record that typing made (or found)."""
    from storage.insider_models import Agency
    from storage.models import Member

    with services.uow() as uow:
        admin, _ = new_member(uow, "ผู้ดูแล", "admin")
        agencies.add_reviewed(uow, tie, admin)
        reviewer, _ = new_member(uow, "กรรมการ", "reviewer", conflicts=[("agency", tie)])
        uow.commit()
        reviewer_id, admin_id = reviewer.id, admin.id
    reference = add_ticket(services, agency=typed, description="ปลัดเรียกเงินค่าใบอนุญาต")
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, reference)
        agencies.review(
            uow, uow.session.get(Agency, ticket.agency_id), uow.session.get(Member, admin_id)
        )
        uow.commit()
    with services.uow() as uow:
        member = uow.session.get(Member, reviewer_id)
        return access.can_review(uow, member, tickets.by_reference(uow, reference))


def test_a_tied_chair_does_not_see_a_hidden_tickets_reference_on_the_audit_page(client, services):
    from handlers.directory import members, sessions
    from handlers.tickets.actions import reveal_identity
    from tests.factories import line_id

    with services.uow() as uow:
        admin, _ = new_member(uow, "ผู้ดูแล", "admin")
        agencies.add_reviewed(uow, TIE, admin)
        uow.commit()
    reference = _named(services, agency=TIE)
    with services.uow() as uow:
        founder, _ = new_member(uow, "ประธานก", "chair")
        second = members.join(uow, line_id(), members.invite(uow, "chair", by=founder), "ประธานข")
        members.declare_conflict(uow, second, "agency", TIE, "น้องเป็นนายก")
        reveal_identity(uow, founder, tickets.by_reference(uow, reference), "ตรวจสอบก่อนส่งต่อหน่วยงาน")
        token = sessions.start(uow, second)
        uow.commit()
    with client.session_transaction() as cookie:
        cookie["sid"], cookie["role"] = token, "chair"
    page = _page(client, "/committee/audit")
    assert reference not in page and "ตรวจสอบก่อนส่งต่อ" not in page


def test_the_reviewers_referral_bundle_holds_no_original_bytes(client, services, tmp_path):
    import io
    import zipfile

    from tests.factories import add_evidence, photo_with_gps

    reference = add_ticket(services)
    path = tmp_path / "p.jpg"
    path.write_bytes(photo_with_gps())
    add_evidence(services, reference, path, "image/jpeg", name="IMG_1.jpg")
    _sign_in(client, services)
    token = _csrf(client, f"/committee/tickets/{reference}")
    response = client.post(
        f"/committee/tickets/{reference}/referral/bundle",
        data={"agency": "nacc", "csrf_token": token},
    )
    if response.mimetype == "application/zip":
        with zipfile.ZipFile(io.BytesIO(response.data)) as bundle:
            packed = b"".join(bundle.read(name) for name in bundle.namelist())
        assert b"Samsung" not in packed and b"Somchai" not in packed
    else:  # refused, or sent back to the page: no bytes at all
        assert b"Samsung" not in response.data


def test_status_answers_a_missing_and_an_existing_reference_alike(app, services):
    import re

    reference = add_ticket(services)
    number = int(reference.rsplit("-", 1)[1])
    missing = f"{reference.rsplit('-', 1)[0]}-{(number + 1) % 100000:05d}"
    answers = []
    for n, asked in enumerate((reference, missing)):
        client = app.test_client()
        client.environ_base["REMOTE_ADDR"] = f"192.0.2.{n + 1}"
        token = _csrf(client, "/status")
        response = client.post(
            "/status", data={"reference": asked, "code": "AAAA-BBBB-CCCC", "csrf_token": token}
        )
        page = re.sub(r'name="csrf_token"[^>]*', "", response.get_data(as_text=True))
        answers.append((response.status_code, page.replace(asked, "R")))
    assert answers[0][0] == answers[1][0]
    assert answers[0][1] == answers[1][1]


# ---------------------------------------------------------------- erasure: what stays behind


def _erase(chat) -> None:
    chat.say("ลบข้อมูลของฉัน")
    chat.tap("privacy=erase_yes")


def test_erasure_leaves_no_message_addressed_to_the_person(chat, services):
    from datetime import timedelta

    from sqlalchemy import select

    from storage import outbox
    from storage.models import OutboxMessage
    from storage.owner_bindings import recipient_of
    from tests.factories import submitted

    filed = submitted(chat, anonymous=True)
    with services.uow() as uow:
        outbox.enqueue(
            uow,
            "push",
            [{"type": "text", "text": f"เรื่อง {filed.reference} มีความคืบหน้าค่ะ"}],
            recipient=chat.user_id,
            purpose="status",
            not_before=uow.now() + timedelta(hours=6),
        )
        uow.commit()
    _erase(chat)
    with services.uow() as uow:
        rows = uow.session.scalars(select(OutboxMessage)).all()
        addressed = [
            r for r in rows if r.recipient_enc and recipient_of(uow.vault, r) == chat.user_id
        ]
    assert not addressed


def test_erasure_leaves_no_failed_event_of_the_person(chat, services):
    import json

    from sqlalchemy import select

    from storage import failed_events
    from storage.models import FailedEvent
    from tests.factories import submitted, text_event

    submitted(chat, anonymous=False)
    body = json.dumps({"events": [text_event("สมหญิง รักดี 0812345678", chat.user_id)]})
    with services.uow() as uow:
        failed_events.keep(uow, "01HXFAILED", "message", "TimeoutError", body)
        uow.commit()
    _erase(chat)
    with services.uow() as uow:
        kept = [
            uow.vault.decrypt(r.raw_enc) or "" for r in uow.session.scalars(select(FailedEvent))
        ]
    assert not any(chat.user_id in raw or "0812345678" in raw for raw in kept)


def test_two_chairs_brought_in_by_one_chair_are_not_each_others_second_eyes(services):
    from handlers.directory import members
    from tests.factories import line_id

    with services.uow() as uow:
        inviter, _ = new_member(uow, "ประธานก", "chair")
        first = members.join(uow, line_id(), members.invite(uow, "chair", by=inviter), "ประธานข")
        second = members.join(uow, line_id(), members.invite(uow, "chair", by=inviter), "ประธานค")
        uow.commit()
        first_id, second_id = first.id, second.id
    reference = add_ticket(services)
    _reject_proposed_by(services, first_id, reference)
    assert not _may_confirm(services, second_id, reference)


def test_restoring_an_earlier_backup_does_not_bring_an_erased_name_back(
    chat, services, gateway, tmp_path
):
    from bot import create_app
    from tests.conftest import make_env
    from tests.factories import submitted
    from tests.shared_engines import release

    filed = submitted(chat, anonymous=False)
    archive = tmp_path / "nightly.tar.gz"
    made = chat.client.application.test_cli_runner().invoke(
        args=["backup", "create", "--out", str(archive)]
    )
    assert made.exit_code == 0, made.output
    _erase(chat)
    with services.uow() as uow:
        assert tickets.by_reference(uow, filed.reference).complainant_name_enc is None
    elsewhere = tmp_path / "restored"
    elsewhere.mkdir()
    # The new host shares the record journal's folder, as storage/record_journal.py asks: the
    # erasure, made after the archive, is known only there.
    env = make_env(
        f"sqlite:///{elsewhere / 'db.sqlite'}",
        elsewhere,
        RECORD_ANCHOR_DIR=str(tmp_path / "anchors"),
    )
    restored = create_app({"ENV": env, "GATEWAY": gateway, "TESTING": True})
    try:
        result = restored.test_cli_runner().invoke(args=["backup", "restore", str(archive)])
        assert result.exit_code == 0, result.output
        with restored.extensions["sujarit"].uow() as uow:
            ticket = tickets.by_reference(uow, filed.reference)
            assert ticket is not None
            assert ticket.complainant_name_enc is None
    finally:
        release(restored.extensions["sujarit"].engine)


def test_one_accounts_run_of_complaints_does_not_ring_each_member_each_time(
    chat, services, gateway
):
    from tests.factories import submitted

    with services.uow() as uow:
        _, reviewer_line = new_member(uow, "กรรมการ", "reviewer")
        uow.commit()
    for _ in range(3):
        submitted(chat, anonymous=True)
    pushed = [c for c in gateway.sent if c["kind"] == "push" and c["to"] == reviewer_line]
    assert len(pushed) < 3


# ------------------------------------------------ held: alerts, policy, shell ties, /64s


def test_a_tied_reviewer_is_not_alerted_to_a_complaint_about_the_tie(chat, services, gateway):
    from tests.factories import submitted

    with services.uow() as uow:
        admin, _ = new_member(uow, "ผู้ดูแล", "admin")
        agencies.add_reviewed(uow, TIE, admin)
        _, tied_line = new_member(uow, "กรรมการ", "reviewer", conflicts=[("agency", TIE)])
        _, free_line = new_member(uow, "กรรมการอื่น", "reviewer")
        uow.commit()
    submitted(chat, anonymous=True, agency="Baan Pao SAO", district="พุทไธสง", subdistrict="บ้านเป้า")
    told = {c["to"] for c in gateway.sent if c["kind"] == "push"}
    assert free_line in told and tied_line not in told


def test_an_admin_cannot_open_identity_while_the_chairs_policy_says_no(services):
    from handlers.directory.access import NotAllowed
    from handlers.tickets.actions import reveal_identity

    reference = _named(services)
    with services.uow() as uow:
        new_member(uow, "ประธาน", "chair")
        admin, _ = new_member(uow, "ผู้ดูแล", "admin")
        with pytest.raises(NotAllowed):
            reveal_identity(uow, admin, tickets.by_reference(uow, reference), "ต้องการตรวจสอบผู้ร้อง")


def test_the_command_line_cannot_undo_a_members_tie(runner, services):
    from storage.models import Member

    with services.uow() as uow:
        admin, _ = new_member(uow, "ผู้ดูแล", "admin")
        agencies.add_reviewed(uow, TIE, admin)
        reviewer, _ = new_member(uow, "กรรมการ", "reviewer", conflicts=[("agency", TIE)])
        uow.commit()
        reviewer_id = reviewer.id
    runner.invoke(
        args=["members", "conflicts", "remove", "--id", str(reviewer_id), "--kind", "agency"]
        + ["--value", TIE]
    )
    with services.uow() as uow:
        member = uow.session.get(Member, reviewer_id)
        assert [c.kind for c in access.in_force(uow, member)] == ["agency"]


def test_addresses_of_one_ipv6_64_share_one_count_of_misses(app, services):
    reference = add_ticket(services)
    codes = []
    for n in range(7):
        client = app.test_client()
        client.environ_base["REMOTE_ADDR"] = f"2001:db8:1:2::{n + 1:x}"
        token = _csrf(client, "/status")
        codes.append(
            client.post(
                "/status",
                data={"reference": reference, "code": "AAAA-BBBB-CCCC", "csrf_token": token},
            ).status_code
        )
    assert codes[-1] == 429


def _district_tied_reviewer_sees(services, district: str = "พุทไธสง", **fields) -> bool:
    """Whether a reviewer tied to a district (that of บ้านเป้า, พุทไธสง, unless told) may review
    a ticket whose district was not given (the citizen did not know it), about a reviewed
    agency elsewhere."""
    from storage.models import Member

    with services.uow() as uow:
        admin, _ = new_member(uow, "ผู้ดูแล", "admin")
        agencies.add_reviewed(uow, "อบต.กลันทา", admin)
        code = access.district_code(uow, district)
        reviewer, _ = new_member(uow, "กรรมการ", "reviewer", conflicts=[("district", code)])
        uow.commit()
        reviewer_id = reviewer.id
    reference = add_ticket(services, agency="อบต.กลันทา", district=None, **fields)
    with services.uow() as uow:
        member = uow.session.get(Member, reviewer_id)
        return access.can_review(uow, member, tickets.by_reference(uow, reference))


def test_a_district_tie_hides_a_story_naming_its_district_office(services):
    assert not _district_tied_reviewer_sees(services, description="นอภ.พุทไธสง รับเงินใต้โต๊ะ")


def test_a_district_tie_hides_a_story_naming_a_tambon_of_it_by_its_kamnan(services):
    assert not _district_tied_reviewer_sees(services, description="กำนันบ้านเป้าเรียกเงินค่าเซ็นรับรองที่ดิน")


def test_a_district_tie_hides_a_story_with_a_common_romanisation_of_it(services):
    assert not _district_tied_reviewer_sees(
        services, description="The Phuttaisong district land officer asked 20,000 baht"
    )


@pytest.mark.parametrize(
    "district, description",
    [
        ("นางรอง", "ผู้ใหญ่บ้านถนนหักเก็บเงินค่ารับรองคนละห้าร้อย"),
        ("ประโคนชัย", "An officer of the Prakonchai district office took 2,000 baht"),
    ],
)
def test_a_district_tie_hides_any_tambon_head_or_loose_romanisation_of_it(
    services, district, description
):
    assert not _district_tied_reviewer_sees(services, district, description=description)
