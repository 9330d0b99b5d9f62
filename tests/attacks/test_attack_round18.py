"""Attack round 18: the insiders' protections after what the last session added (the login
link's used-mark, `members.brought_in_by`, the journal folder's modes, media kept aside after
filing, the `danger_on` button, threat questions) and then the rest: recusal in other
spellings and other fields, four eyes at the command line, a database copy without keys, rows
copied back from before, floods and replayed webhooks.

A test that holds is plain; one that gets through is a strict xfail asserting what should
hold (its reason says what gets through and where)."""

from __future__ import annotations

import re
import stat
import time
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from handlers.directory import members, sessions
from handlers.intake.fields import MAX_EVIDENCE
from handlers.tickets import anchor_codes, endings
from storage import record_anchors, tickets
from storage.committee_models import LoginToken
from storage.insider_models import Agency, TicketAgency
from storage.models import Evidence, Member, Ticket, TicketEvent
from tests.attacks.recusal_probes import (
    NANG_RONG,
    SCHOOL,
    SQLITE,
    _listed,
    _named,
    _sees,
    _tied_and_school,
)
from tests.factories import (
    add_member,
    add_ticket,
    media_event,
    postback_event,
    quick_data,
    sign,
    submit,
    submitted,
    text_event,
    texts,
    webhook_body,
)

STORY = "เรียกรับเงินค่าใบอนุญาต 5,000 บาท "
THREAT = "เขาขู่ว่าจะฆ่าผมถ้าไม่ถอนเรื่องครับ"


def _hidden(services, tied: int, reference: str) -> bool:
    """Neither shown to the tied member (Python) nor listed to them (SQL)."""
    return not _sees(services, tied, reference) and not _listed(services, tied, reference)


# --- (a) recusal: the tie อบต.กลันทา in other spellings --------------------------------------


@SQLITE
def test_tambon_split_by_a_hyphen_is_hidden(services):
    """The attacker writes 'อบต.กลัน-ทา' (a hyphen inside the place, as a line break in a
    copied text leaves it): the tied reviewer must not see the complaint."""
    tied, ref = _named(services, description=STORY + "ที่ อบต.กลัน-ทา")
    assert _hidden(services, tied, ref)


@SQLITE
def test_tambon_split_by_a_zero_width_space_is_hidden(services):
    """'อบต.กลัน<ZWSP>ทา': hidden."""
    tied, ref = _named(services, description=STORY + "ที่ อบต.กลัน\u200bทา")
    assert _hidden(services, tied, ref)


@SQLITE
def test_tambon_split_by_a_word_joiner_is_hidden(services):
    """'อบต.กลันท<WJ>า' (U+2060, invisible): hidden."""
    tied, ref = _named(services, description=STORY + "ที่ อบต.กลันท\u2060า")
    assert _hidden(services, tied, ref)


@SQLITE
def test_tambon_split_by_a_soft_hyphen_is_hidden(services):
    """'อบต.กลัน<SHY>ทา' (U+00AD, invisible): hidden."""
    tied, ref = _named(services, description=STORY + "ที่ อบต.กลัน\u00adทา")
    assert _hidden(services, tied, ref)


@SQLITE
def test_tambon_behind_a_bidi_override_is_hidden(services):
    """'อบต.<RLO>กลันทา<PDF>' (bidirectional controls, invisible in Thai text): hidden."""
    tied, ref = _named(services, description=STORY + "ที่ อบต.\u202eกลันทา\u202c")
    assert _hidden(services, tied, ref)


@SQLITE
def test_tambon_split_by_a_combining_grapheme_joiner_is_hidden(services):
    """'อบต.กลัน<CGJ>ทา' (U+034F, invisible): hidden."""
    tied, ref = _named(services, description=STORY + "ที่ อบต.กลัน\u034fทา")
    assert _hidden(services, tied, ref)


@SQLITE
def test_kind_and_tambon_apart_by_a_braille_blank_are_hidden(services):
    """'อบต.<U+2800>กลันทา': the Braille blank looks like a space but is a letter: hidden."""
    tied, ref = _named(services, description=STORY + "ที่ อบต.\u2800กลันทา")
    assert _hidden(services, tied, ref)


@SQLITE
def test_kind_and_tambon_on_two_lines_are_hidden(services):
    """'อบต.' at a line's end and 'กลันทา' on the next: hidden."""
    tied, ref = _named(services, description=STORY + "ที่ อบต.\nกลันทา")
    assert _hidden(services, tied, ref)


@SQLITE
def test_letters_spaced_out_are_hidden(services):
    """'อ บ ต ก ลั น ท า' (every letter apart, as an evasive writer types): hidden."""
    tied, ref = _named(services, description=STORY + "ที่ อ บ ต ก ลั น ท า")
    assert _hidden(services, tied, ref)


@SQLITE
def test_tone_mark_added_to_the_tambon_is_hidden(services):
    """'อบต.กลั้นทา' (a tone mark the name has not): hidden (close, fails closed)."""
    tied, ref = _named(services, description=STORY + "ที่ อบต.กลั้นทา")
    assert _hidden(services, tied, ref)


@SQLITE
def test_tambon_spelt_by_ear_with_a_vowel_is_hidden(services):
    """'อบต.กะลันทา' (the cluster กล said with a vowel): hidden."""
    tied, ref = _named(services, description=STORY + "ที่ อบต.กะลันทา")
    assert _hidden(services, tied, ref)


@SQLITE
def test_english_long_name_after_the_place_is_hidden(services):
    """'Klantha Subdistrict Administrative Organization': hidden (RTGS of กลันทา)."""
    tied, ref = _named(
        services, description=STORY + "at Klantha Subdistrict Administrative Organization"
    )
    assert _hidden(services, tied, ref)


@SQLITE
def test_english_other_romanisation_is_hidden(services):
    """'Kalanta SAO' (a romanisation other than RTGS, as on road signs): hidden."""
    tied, ref = _named(services, description=STORY + "at Kalanta SAO office")
    assert _hidden(services, tied, ref)


@SQLITE
def test_deputy_mayor_glued_to_the_body_is_hidden(services):
    """Official 'รองนายกอบต.กลันทา': hidden."""
    tied, ref = _named(services, official="รองนายกอบต.กลันทา")
    assert _hidden(services, tied, ref)


@SQLITE
def test_clerk_glued_to_the_body_is_hidden(services):
    """Official 'ปลัดอบต.กลันทา': hidden."""
    tied, ref = _named(services, official="ปลัดอบต.กลันทา")
    assert _hidden(services, tied, ref)


@SQLITE
def test_body_named_only_in_the_place_field_is_hidden(services):
    """Official 'นายก', place field 'หน้า อบต.กลันทา': hidden."""
    tied, ref = _named(services, official="นายก", place_text="หน้า อบต.กลันทา")
    assert _hidden(services, tied, ref)


# --- (a) recusal: the tie district นางรอง ----------------------------------------------------


@SQLITE
def test_district_in_english_is_hidden(services):
    """'at the Nang Rong district office': hidden from the reviewer tied to นางรอง."""
    tied, ref = _named(services, tie=NANG_RONG, description=STORY + "at Nang Rong district office")
    assert _hidden(services, tied, ref)


@SQLITE
def test_district_officer_glued_to_the_district_is_hidden(services):
    """Official 'ปลัดอำเภอนางรอง': hidden from the reviewer tied to นางรอง."""
    tied, ref = _named(services, tie=NANG_RONG, official="ปลัดอำเภอนางรอง")
    assert _hidden(services, tied, ref)


@SQLITE
def test_district_split_by_a_zero_width_space_is_hidden(services):
    """'อำเภอนาง<ZWSP>รอง': hidden from the district-tied reviewer."""
    tied, ref = _named(services, tie=NANG_RONG, description=STORY + "ที่ อำเภอนาง\u200bรอง")
    assert _hidden(services, tied, ref)


# --- (a) recusal: other fields, after filing ---------------------------------------------------


def _open_for(services, chat, tie=("agency", "อบต.กลันทา")) -> tuple[int, str]:
    """A tied reviewer and the chat's own open complaint about the reviewed school (visible
    to them)."""
    tied = _tied_and_school(services, tie)
    ref = add_ticket(
        services, owner=chat.user_id, agency=SCHOOL, official="ครูใหญ่", description=STORY
    )
    assert not _hidden(services, tied, ref)
    return tied, ref


@SQLITE
def test_body_named_in_an_addition_after_filing_is_hidden(services, chat):
    """The complainant adds after filing 'ขอเพิ่มเติมค่ะ คนเรียกเงินคือปลัด อบต.กลันทา': the
    tied reviewer must no longer see the complaint (held: `words_from_complainant`)."""
    tied, ref = _open_for(services, chat)
    chat.follow()
    chat.say("ขอเพิ่มเติมข้อมูลค่ะ คนที่เรียกเงินคือปลัด อบต.กลันทา")
    assert _hidden(services, tied, ref)


@SQLITE
def test_body_named_over_three_additions_is_hidden(services, chat):
    """The complainant sends 'อบต.' , 'ที่ตำบล' and 'กลันทา' as three messages while adding
    (the reading joins only the last two): the tied reviewer must not see the complaint."""
    tied, ref = _open_for(services, chat)
    chat.follow()
    chat.say("ขอเพิ่มเติมข้อมูลค่ะ")
    for part in ("คนเรียกเงินเป็นปลัด อบต.", "อยู่ที่ตำบล", "กลันทา"):
        chat.say(part)
    assert _hidden(services, tied, ref)


@SQLITE
def test_body_named_in_a_file_name_sent_after_filing_is_hidden(services, chat):
    """The complainant sends a document 'หนังสือ_อบต_กลันทา.pdf' after filing and adds it:
    the tied reviewer must not see the complaint (underscores for the dot and the gap)."""
    tied, ref = _open_for(services, chat)
    chat.follow()
    asked = chat.send(media_event, "file", fileName="หนังสือ_อบต_กลันทา.pdf", fileSize=2000)
    assert f"add={ref}" in quick_data(asked).values()
    chat.tap(f"add={ref}")
    assert _hidden(services, tied, ref)


@SQLITE
def test_chair_tied_to_a_body_named_in_an_addition_is_not_pushed_the_words(services, chat, gateway):
    """The only chair is tied to อบต.กลันทา; the complainant adds words naming it: the words
    must not be pushed to that chair (told someone else, or no one)."""
    chair = add_member(services, "chair", conflicts=[("agency", "อบต.กลันทา")])
    add_ticket(services, owner=chat.user_id, agency=SCHOOL, description=STORY)
    chat.follow()
    before = len(gateway.sent)
    chat.say("ขอเพิ่มเติมค่ะ ปลัดอบต.กลันทาเป็นคนรับเงินเองค่ะ")
    with services.uow() as uow:
        uid = uow.vault.decrypt(uow.session.get(Member, chair).line_user_id_enc)
    pushed = [c for c in gateway.sent[before:] if c["kind"] == "push" and c["to"] == uid]
    assert not any("ปลัด" in str(c["messages"]) for c in pushed)


# --- (a) recusal: a database writer without keys -------------------------------------------


@SQLITE
def test_ticket_moved_to_another_district_in_sql_stays_hidden(services):
    """A database writer moves a complaint about นางรอง to another district in SQL: the
    reviewer tied to นางรอง must still not see it (the ticket's seal fails closed)."""
    tied, ref = _named(
        services, tie=NANG_RONG, district="นางรอง", description=STORY + "ที่ อำเภอนางรอง"
    )
    with services.uow() as uow:
        uow.session.execute(
            Ticket.__table__.update()
            .where(Ticket.__table__.c.reference == ref)
            .values(district="เมืองบุรีรัมย์", description=STORY)
        )
        uow.commit()
    assert _hidden(services, tied, ref)


@SQLITE
def test_mentions_deleted_in_sql_leave_the_ticket_hidden(services):
    """A database writer deletes the `ticket_agencies` rows of a complaint naming the tied
    body and blanks the story: the tied reviewer must still not see it on its page (held:
    the seal fails closed; the bare SQL clause, which the figures count by, still lists it,
    as docs/insider.md says)."""
    tied, ref = _named(services, description=STORY + "ที่ อบต.กลันทา")
    with services.uow() as uow:
        ticket_id = tickets.by_reference(uow, ref).id
        table = TicketAgency.__table__
        uow.session.execute(table.delete().where(table.c.ticket_id == ticket_id))
        uow.session.execute(
            Ticket.__table__.update()
            .where(Ticket.__table__.c.id == ticket_id)
            .values(description=STORY)
        )
        uow.commit()
    assert not _sees(services, tied, ref)


# --- (b) four eyes: invitees, the command line ------------------------------------------------


def _chair_and_invitee(services, role: str = "chair") -> tuple[int, int]:
    """A chair whose role counts, and a member who joined with that chair's own code."""
    inviter = add_member(services, "chair", name="ประธาน ก")
    with services.uow() as uow:
        chair = uow.session.get(Member, inviter)
        code = members.invite(uow, role, by=chair)
        joined = members.join(uow, "U" + "a" * 32, code, "กรรมการ ข")
        uow.commit()
        return inviter, joined.id


def _invite(services, by: int, line_id: str, name: str) -> int:
    with services.uow() as uow:
        code = members.invite(uow, "chair", by=uow.session.get(Member, by))
        joined = members.join(uow, line_id, code, name)
        uow.commit()
        return joined.id


def _propose(services, member_id: int, reference: str) -> None:
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, reference)
        endings.propose(
            uow,
            uow.session.get(Member, member_id),
            ticket,
            "rejected",
            "ไม่อยู่ในอำนาจ",
            "outside_scope",
        )
        uow.commit()


def _may_confirm(services, member_id: int, reference: str) -> bool:
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, reference)
        proposal = endings.pending(uow, ticket, endings.CONFIRMED_ACTS)
        return endings.may_confirm(uow, uow.session.get(Member, member_id), ticket, proposal)


def test_invitee_cannot_second_the_chair_who_invited_them(services):
    """A chair invites a second chair with their own join code (their second phone) and
    proposes a rejection: the invitee may not confirm it (held: `brought_in_by`)."""
    inviter, invitee = _chair_and_invitee(services)
    ref = add_ticket(services)
    _propose(services, inviter, ref)
    assert not _may_confirm(services, invitee, ref)


def test_chair_cannot_confirm_what_their_own_invitee_proposed(services):
    """The same two accounts the other way: the invitee (the chair's second phone) proposes
    a rejection, and the inviting chair confirms it. One person, two accounts, four eyes."""
    inviter, invitee = _chair_and_invitee(services)
    ref = add_ticket(services)
    _propose(services, invitee, ref)
    assert not _may_confirm(services, inviter, ref)


def test_invitee_of_an_invitee_cannot_second_the_first_chair(services):
    """Chair A invites B with A's code, B invites C with B's: A proposes a rejection and C
    must not be the second pair of eyes (the whole chain stands on A's word)."""
    inviter, second = _chair_and_invitee(services)
    third = _invite(services, second, "U" + "c" * 32, "กรรมการ ค")
    ref = add_ticket(services)
    _propose(services, inviter, ref)
    assert not _may_confirm(services, third, ref)


def test_admin_invited_by_the_chair_cannot_second_them(services):
    """The only chair invites an admin with their code and proposes: the admin, the one
    confirmer left, must not confirm (held)."""
    inviter, admin = _chair_and_invitee(services, role="admin")
    ref = add_ticket(services)
    _propose(services, inviter, ref)
    assert not _may_confirm(services, admin, ref)


def _status(services, reference: str) -> str:
    with services.uow() as uow:
        return tickets.by_reference(uow, reference).status


def test_command_line_rejection_is_only_a_proposal(services, runner):
    """`flask --app bot tickets set-status REF rejected`: the ticket is not rejected until a
    chair confirms (held)."""
    add_member(services, "chair")
    ref = add_ticket(services)
    result = runner.invoke(
        args=[
            "tickets",
            "set-status",
            ref,
            "rejected",
            "--note",
            "นอกอำนาจ",
            "--reason-code",
            "outside_scope",
        ]
    )
    assert result.exit_code == 0, result.output
    assert _status(services, ref) == "submitted"


def test_command_line_confirm_after_its_own_proposal_is_refused(services, runner):
    """The operator proposes at the shell, then `tickets confirm REF`: refused, and the
    ticket stays as it was."""
    add_member(services, "chair")
    ref = add_ticket(services)
    runner.invoke(
        args=[
            "tickets",
            "set-status",
            ref,
            "rejected",
            "--note",
            "นอกอำนาจ",
            "--reason-code",
            "outside_scope",
        ]
    )
    result = runner.invoke(args=["tickets", "confirm", ref])
    assert result.exit_code != 0
    assert _status(services, ref) == "submitted"


def test_command_line_cannot_act_as_a_member(services, runner):
    """`tickets set-status … --as-member-id N` (the old way to act as a chair) is refused."""
    chair = add_member(services, "chair")
    ref = add_ticket(services)
    result = runner.invoke(
        args=[
            "tickets",
            "set-status",
            ref,
            "rejected",
            "--note",
            "x",
            "--reason-code",
            "outside_scope",
            "--as-member-id",
            str(chair),
        ]
    )
    assert result.exit_code != 0
    with services.uow() as uow:
        assert endings.pending(uow, tickets.by_reference(uow, ref), endings.CONFIRMED_ACTS) is None


def test_chair_added_at_the_shell_cannot_confirm_the_shells_proposal(services, runner):
    """The operator adds a chair (their own second LINE account) with `members add`, proposes
    at the shell: that chair may not confirm (held: unvouched shell role)."""
    add_member(services, "chair")
    ref = add_ticket(services)
    added = runner.invoke(
        args=[
            "members",
            "add",
            "--line-user-id",
            "U" + "d" * 32,
            "--name",
            "ประธานใหม่",
            "--role",
            "chair",
        ]
    )
    assert added.exit_code == 0, added.output
    runner.invoke(
        args=[
            "tickets",
            "set-status",
            ref,
            "rejected",
            "--note",
            "นอกอำนาจ",
            "--reason-code",
            "outside_scope",
        ]
    )
    with services.uow() as uow:
        new = uow.session.scalars(select(Member).where(Member.name == "ประธานใหม่")).one().id
    assert not _may_confirm(services, new, ref)


# --- (c) sessions and login links ---------------------------------------------------------------


def _link(services, member_id: int) -> str:
    with services.uow() as uow:
        token = members.issue_login_token(uow, uow.session.get(Member, member_id))
        uow.commit()
        return token


def _use(services, token: str):
    with services.uow() as uow:
        used = members.use_login_token(uow, token)
        uow.commit()
        return used


def test_login_link_signs_in_once(services):
    """A chair's link opened twice (the second from a forwarded message): once only."""
    chair = add_member(services, "chair")
    token = _link(services, chair)
    assert _use(services, token) is not None
    assert _use(services, token) is None


def test_login_link_row_put_back_from_before_its_use_signs_no_one_in(services):
    """A database writer who saw the chair's link (a forwarded screenshot) keeps a copy of
    its row before use; after the chair signs in, they put the row back whole: the link must
    not sign in a second time."""
    chair = add_member(services, "chair")
    token = _link(services, chair)
    table = LoginToken.__table__
    with services.uow() as uow:
        before = dict(uow.session.execute(select(table)).mappings().one())
    assert _use(services, token) is not None
    with services.uow() as uow:
        uow.session.execute(table.update().where(table.c.id == before["id"]).values(**before))
        uow.commit()
    assert _use(services, token) is None


def test_link_spent_by_sign_out_everywhere_and_put_back_signs_no_one_in(services):
    """A chair's phone is taken with an unopened link on it; the chair signs out everywhere
    (which spends it); a database writer copies the link's row back from before: it must
    still sign no one in."""
    chair = add_member(services, "chair")
    token = _link(services, chair)
    table = LoginToken.__table__
    with services.uow() as uow:
        before = dict(uow.session.execute(select(table)).mappings().one())
        me = uow.session.get(Member, chair)
        sessions.sign_out_everywhere(uow, me, chair)
        uow.commit()
    with services.uow() as uow:
        uow.session.execute(table.update().where(table.c.id == before["id"]).values(**before))
        uow.commit()
    assert _use(services, token) is None


def test_login_link_moved_to_another_member_in_sql_is_read_only(services):
    """A writer points a reviewer's unused link at the chair in SQL: it must not open the
    chair's own session (the mark covers the member; held as a shell's link)."""
    reviewer = add_member(services, "reviewer")
    chair = add_member(services, "chair")
    token = _link(services, reviewer)
    with services.uow() as uow:
        uow.session.execute(LoginToken.__table__.update().values(member_id=chair))
        uow.commit()
    used = _use(services, token)
    assert used is None or used.from_shell


def test_session_ended_and_its_end_cleared_in_sql_is_no_session(services):
    """A chair signs out everywhere; a writer clears `ended_at` in SQL: no session."""
    chair = add_member(services, "chair")
    with services.uow() as uow:
        me = uow.session.get(Member, chair)
        token = sessions.start(uow, me)
        sessions.sign_out_everywhere(uow, me, chair)
        uow.commit()
    with services.uow() as uow:
        uow.session.execute(text("UPDATE dashboard_sessions SET ended_at = NULL"))
        uow.commit()
    with services.uow() as uow:
        assert sessions.live(uow, token) is None


# --- (d) after filing: files kept aside, threats ------------------------------------------------


def _evidence_of(services, reference: str) -> int:
    with services.uow() as uow:
        stmt = (
            select(func.count())
            .select_from(Evidence)
            .join(Ticket, Ticket.id == Evidence.ticket_id)
            .where(Ticket.reference == reference)
        )
        return uow.session.scalar(stmt)


@SQLITE
def test_file_too_large_is_refused_with_one_open_complaint(services, chat):
    """With one open complaint, a 2 GB file after filing is refused (held: `refusal`)."""
    mine = add_ticket(services, owner=chat.user_id)
    chat.follow()
    chat.send(media_event, "file", fileName="a.pdf", fileSize=2 * 1024**3)
    chat.tap(f"add={mine}")
    assert _evidence_of(services, mine) == 0


@SQLITE
def test_file_too_large_is_refused_with_two_open_complaints(services, chat):
    """The same 2 GB file with two open complaints (kept aside, 'which one?'): refused too."""
    mine = add_ticket(services, owner=chat.user_id)
    add_ticket(services, owner=chat.user_id)
    chat.follow()
    chat.send(media_event, "file", fileName="a.pdf", fileSize=2 * 1024**3)
    chat.tap(f"add={mine}")
    assert _evidence_of(services, mine) == 0


@SQLITE
def test_files_kept_aside_are_capped_with_two_open_complaints(services, chat):
    """A person with two open complaints sends MAX_EVIDENCE + 5 photos, then picks one: no
    more than MAX_EVIDENCE are added (the limit while filing and with one open complaint)."""
    mine = add_ticket(services, owner=chat.user_id)
    add_ticket(services, owner=chat.user_id)
    chat.follow()
    for _ in range(MAX_EVIDENCE + 5):
        chat.send(media_event, "image")
    chat.tap(f"add={mine}")
    assert _evidence_of(services, mine) <= MAX_EVIDENCE


@SQLITE
def test_kept_aside_photo_cannot_go_to_a_complaint_closed_meanwhile(services, chat):
    """A photo kept aside for the person's one open complaint; the complaint is closed before
    they tap 'add' (an old bubble): the photo is not added to the closed complaint."""
    mine = add_ticket(services, owner=chat.user_id)
    chat.follow()
    chat.send(media_event, "image")
    with services.uow() as uow:
        tickets.by_reference(uow, mine).status = "resolved"  # by the application: resealed
        uow.commit()
    chat.tap(f"add={mine}")
    assert _evidence_of(services, mine) == 0


def _dangers(services, reference: str) -> int:
    with services.uow() as uow:
        stmt = (
            select(func.count())
            .select_from(TicketEvent)
            .join(Ticket, Ticket.id == TicketEvent.ticket_id)
            .where(Ticket.reference == reference, TicketEvent.kind == "danger")
        )
        return uow.session.scalar(stmt)


def _pushed_about(gateway, reference: str, since: int = 0) -> int:
    return sum(
        reference in str(call["messages"])
        for call in gateway.sent[since:]
        if call["kind"] == "push"
    )


@SQLITE
def test_threat_button_with_a_lowercase_foreign_reference_notes_nothing(services, chat, gateway):
    """After telling a threat, the person taps a crafted 'danger_on=brm-…' (another's
    reference in lower case, which `by_reference` reads as the same): nothing noted there."""
    add_member(services, "chair")
    add_ticket(services, owner=chat.user_id)
    add_ticket(services, owner=chat.user_id)
    victim = add_ticket(services)
    chat.follow()
    chat.say(THREAT)
    chat.tap(f"danger_on={victim.lower()}")
    assert _dangers(services, victim) == 0
    assert _pushed_about(gateway, victim) == 0


@SQLITE
def test_asking_to_withdraw_again_and_again_rings_the_chair_once(services, chat, gateway):
    """A threatened complainant (or someone with her phone) sends 'ต้องถอนเรื่องไหมคะ' ten
    times: the chair is told of the pressure once (held: once a day)."""
    add_member(services, "chair")
    mine = add_ticket(services, owner=chat.user_id)
    chat.follow()
    chat.say(THREAT)
    before = len(gateway.sent)
    for _ in range(10):
        chat.say("ต้องถอนเรื่องไหมคะ")
    assert _pushed_about(gateway, mine, before) == 1


@SQLITE
def test_pressure_on_a_complaint_is_not_told_to_a_chair_tied_to_it(services, chat, gateway):
    """The only chair is tied to the complaint's agency; the threatened complainant asks
    about withdrawing: that chair is not pushed the reference (someone untied is)."""
    chair = add_member(services, "chair", conflicts=[("agency", "อบต.กลันทา")])
    add_member(services, "admin")
    mine = add_ticket(services, owner=chat.user_id, agency="อบต.กลันทา")
    chat.follow()
    chat.say(THREAT)
    chat.say("ต้องถอนเรื่องไหมคะ")
    with services.uow() as uow:
        uid = uow.vault.decrypt(uow.session.get(Member, chair).line_user_id_enc)
    pushed = [c for c in gateway.sent if c["kind"] == "push" and mine in str(c["messages"])]
    assert pushed  # someone untied heard of it
    assert not any(c["to"] == uid for c in pushed)


# --- (e) the chairs' record check -----------------------------------------------------------


@SQLITE
def test_record_check_names_no_hidden_ticket_to_a_tied_reviewer(services):
    """A complaint about the tied body is rewritten in SQL after the anchor; the tied
    reviewer checks the code: told it is broken, never its reference."""
    tied, ref = _named(services, description=STORY + "ที่ อบต.กลันทา")
    add_member(services, "chair")
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
        checked = anchor_codes.check(uow, uow.session.get(Member, tied), prefix)
    assert checked.state == "broken"
    assert ref not in checked.shown


def test_record_check_with_wrong_codes_is_throttled(services):
    """A reviewer tries codes (guessing a valid one): refused after ten an hour."""
    reviewer = add_member(services, "reviewer")
    states = []
    with services.uow() as uow:
        member = uow.session.get(Member, reviewer)
        for i in range(12):
            states.append(anchor_codes.check(uow, member, f"{i:04d}ABCD").state)
        uow.commit()
    assert states[-1] == "throttled"


# --- (f) a database copy without keys ---------------------------------------------------------


def _every_value(services) -> str:
    """Every table's every value, as a copy of the database shows it without keys."""
    found = []
    with services.engine.connect() as conn:
        names = [t for t in services.engine.dialect.get_table_names(conn)]
        for name in names:
            for row in conn.execute(text(f'SELECT * FROM "{name}"')):
                found.extend(str(v) for v in row if v is not None)
    return "\n".join(found)


@SQLITE
def test_database_copy_holds_no_name_phone_file_name_or_line_id(services, chat):
    """A named complaint with a document 'สำเนาบัตร_ประยุทธ_มั่นคง.pdf' and an anonymous one from
    the same person: a copy of the database holds neither the name, the phone, the file's
    name nor the LINE account in plain."""
    submit(chat, anonymous=False)
    document = media_event("file", chat.user_id, fileName="สำเนาบัตร_ประยุทธ_มั่นคง.pdf", fileSize=4321)
    submit(chat, anonymous=True, evidence=[document])
    everything = _every_value(services)
    for secret in ("สมหญิง", "0812345678", "081-234-5678", "ประยุทธ", chat.user_id):
        assert secret not in everything, secret
    assert "4321" not in everything.split("\n")  # the exact size, as a value of its own


@SQLITE
def test_record_journal_copy_holds_no_reference_nor_member_name(services, chat):
    """A copy of RECORD_ANCHOR_DIR (the journal, kept beside the database) names no ticket
    and no member."""
    add_member(services, "chair", name="สมศักดิ์ ประธาน", conflicts=[("agency", "อบต.กลันทา")])
    filed = submit(chat, anonymous=False)
    folder = Path(services.config.record_anchor_dir)
    written = "\n".join(
        p.read_text("utf-8", errors="replace") for p in folder.rglob("*") if p.is_file()
    )
    for secret in (filed.reference, "สมศักดิ์", "กลันทา", chat.user_id):
        assert secret not in written, secret


# --- (g) tamper evidence: the journal folder --------------------------------------------------


def test_record_folder_and_every_file_written_into_it_are_the_bots_alone(services):
    """After the bot writes into RECORD_ANCHOR_DIR (members, a ticket, an anchor and its
    file), every folder is 0700 and every file 0600 (docs/insider.md, 'Evidence names')."""
    add_member(services, "chair", conflicts=[("agency", "อบต.กลันทา")])
    add_ticket(services)
    folder = Path(services.config.record_anchor_dir)
    with services.uow() as uow:
        anchor = anchor_codes.publish(uow)
        uow.commit()
    record_anchors.keep_in(anchor, folder)
    loose = []
    for path in (folder, *folder.rglob("*")):
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & ~(0o700 if path.is_dir() else 0o600):
            loose.append(f"{path.relative_to(folder)} {mode:o}")
    assert not loose, loose


# --- (h) floods and replays ------------------------------------------------------------------


_CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')


def _lookup(client, reference: str, code: str, address: str = "203.0.113.9", **headers):
    form = client.get("/status", environ_base={"REMOTE_ADDR": address})
    found = _CSRF.search(form.get_data(as_text=True))
    data = {"reference": reference, "code": code}
    if found:
        data["csrf_token"] = found.group(1)
    return client.post("/status", data=data, environ_base={"REMOTE_ADDR": address}, headers=headers)


@SQLITE
def test_status_flood_behind_spoofed_forwarded_for_is_one_source(services, chat, client):
    """Without TRUSTED_PROXIES, a guesser sets a new X-Forwarded-For on each try: still one
    source, refused after five (held)."""
    filed = submitted(chat)
    codes = [
        _lookup(
            client, "BRM-2569-00001", "AAAA-BBBB-CCCC", **{"X-Forwarded-For": f"10.0.0.{i}"}
        ).status_code
        for i in range(7)
    ]
    assert codes[-1] == 429
    assert filed.reference


@SQLITE
def test_status_flood_from_one_ipv6_household_is_one_source(services, client):
    """A guesser walks addresses inside one IPv6 /64: one source, refused after five."""
    codes = [
        _lookup(
            client, f"BRM-2569-0000{i}", "AAAA-BBBB-CCCC", address=f"2001:db8:1:2::{i + 1}"
        ).status_code
        for i in range(7)
    ]
    assert codes[-1] == 429


@SQLITE
def test_flooded_reference_still_opens_for_its_owner_from_a_clean_source(services, chat, client):
    """Five wrong codes for a known reference from other addresses; the complainant, from
    her own address that never missed, types the right code: she sees her complaint."""
    filed = submitted(chat)
    for i in range(5):
        _lookup(client, filed.reference, "AAAA-BBBB-CCCC", address=f"198.51.100.{i + 1}")
    assert _lookup(client, filed.reference, filed.tracking_code).status_code == 200


def _added(services, reference: str) -> int:
    with services.uow() as uow:
        stmt = (
            select(func.count())
            .select_from(TicketEvent)
            .join(Ticket, Ticket.id == TicketEvent.ticket_id)
            .where(Ticket.reference == reference, TicketEvent.kind == "complainant_added")
        )
        return uow.session.scalar(stmt)


@SQLITE
def test_replayed_webhook_adds_nothing_twice(services, chat):
    """A signed webhook body with an addition, posted again (a replay): added once."""
    mine = add_ticket(services, owner=chat.user_id)
    chat.follow()
    body = webhook_body(text_event("ขอเพิ่มเติมค่ะ เขาเรียกเงินอีก 3,000 บาทเมื่อวาน", chat.user_id))
    for _ in range(2):
        chat.client.post(
            "/callback",
            data=body,
            content_type="application/json",
            headers={"X-Line-Signature": sign(body, chat.secret)},
        ).close()
    assert _added(services, mine) == 1


@SQLITE
def test_webhook_older_than_the_pruning_window_is_refused(services, chat):
    """A signed body of an addition stamped eight days ago (its id pruned since): refused."""
    mine = add_ticket(services, owner=chat.user_id)
    chat.follow()
    event = text_event("ขอเพิ่มเติมค่ะ เขาเรียกเงินอีก 3,000 บาทเมื่อวาน", chat.user_id)
    event["timestamp"] = int((time.time() - timedelta(days=8).total_seconds()) * 1000)
    chat.post(event)
    assert _added(services, mine) == 0


@SQLITE
def test_replayed_threat_button_event_alerts_once(services, chat, gateway):
    """The signed webhook of a 'danger_on' tap replayed ten times: one alert at most."""
    add_member(services, "chair")
    older = add_ticket(services, owner=chat.user_id)
    add_ticket(services, owner=chat.user_id)
    chat.follow()
    said = chat.say(THREAT)
    assert f"danger_on={older}" in quick_data(said).values()
    event = postback_event(f"danger_on={older}", chat.user_id)
    before = len(gateway.sent)
    for _ in range(10):
        chat.post(event)
    assert _pushed_about(gateway, older, before) == 1


# --- (i) a chair the shell made, nobody vouched for ------------------------------------------


def _csrf(response) -> str:
    found = _CSRF.search(response.get_data(as_text=True))
    assert found, "no CSRF token on the page"
    return found.group(1)


def _sign_in(client, services, member_id: int, from_shell: bool = False) -> None:
    """Open the member's login link (asked for in LINE, or made at the shell) in `client`."""
    with services.uow() as uow:
        member = uow.session.get(Member, member_id)
        token = members.issue_login_token(uow, member, from_shell=from_shell)
        uow.commit()
    page = client.get(f"/committee/login/{token}")
    done = client.post(f"/committee/login/{token}", data={"csrf_token": _csrf(page)})
    assert done.status_code == 303, done.status_code


def _shell_chair(services, runner, line_id: str = "U" + "e" * 32) -> int:
    """A chair added with `members add` at the shell (the operator's own LINE account)."""
    added = runner.invoke(
        args=[
            "members",
            "add",
            "--line-user-id",
            line_id,
            "--name",
            "ประธานเครื่อง",
            "--role",
            "chair",
        ]
    )
    assert added.exit_code == 0, added.output
    with services.uow() as uow:
        return uow.session.scalars(select(Member).where(Member.name == "ประธานเครื่อง")).one().id


def _admins_see_identity(services) -> bool:
    from handlers.directory.access import admins_see_identity

    with services.uow() as uow:
        return admins_see_identity(uow)


def test_chair_made_at_the_shell_cannot_let_admins_open_identity(services, runner, client):
    """The operator adds their own LINE account as chair at the shell, asks for a link in
    LINE and sets 'admins may open identity' on the audit page: the policy must stay no until
    a chair whose role counts sets it."""
    add_member(services, "chair")
    shell = _shell_chair(services, runner)
    _sign_in(client, services, shell)
    page = client.get("/committee/audit")
    client.post("/committee/audit/policy", data={"admins": "yes", "csrf_token": _csrf(page)})
    assert not _admins_see_identity(services)


def test_shell_link_session_cannot_let_admins_open_identity(services, client):
    """A session opened with a link made at the shell (`members login-link`) for the real
    chair posts the policy form: refused (held: read-only sessions)."""
    chair = add_member(services, "chair")
    _sign_in(client, services, chair, from_shell=True)
    page = client.get("/committee/audit")
    client.post("/committee/audit/policy", data={"admins": "yes", "csrf_token": _csrf(page)})
    assert not _admins_see_identity(services)


def test_chair_made_at_the_shell_cannot_mark_a_new_agency_reviewed(services, runner, client):
    """The operator's shell chair reviews the new record of a complaint (kept from tied
    members until a chair looks): it must stay unreviewed."""
    add_member(services, "chair")
    add_member(services, "reviewer", conflicts=[("agency", "อบต.กลันทา")])
    add_ticket(services, agency="อบต.หนองไม้งาม")
    shell = _shell_chair(services, runner)
    _sign_in(client, services, shell)
    with services.uow() as uow:
        record = uow.session.scalars(select(Agency).where(Agency.name.contains("หนองไม้งาม"))).one()
        record_id = record.id
        assert not record.reviewed
    page = client.get("/committee/accused-agencies")
    client.post(
        "/committee/accused-agencies/review",
        data={"agency_id": record_id, "csrf_token": _csrf(page)},
    )
    with services.uow() as uow:
        assert not uow.session.get(Agency, record_id).reviewed


def test_voucher_cannot_confirm_what_the_chair_they_vouched_for_proposed(services, runner):
    """Chair A vouches on the dashboard for a chair the shell made (B); B proposes a
    rejection and A confirms: B's role stands on A's word alone, so A is no second pair of
    eyes for B."""
    voucher = add_member(services, "chair", name="ประธาน ก")
    shell = _shell_chair(services, runner)
    with services.uow() as uow:
        assert members.confirm_grant(
            uow, uow.session.get(Member, voucher), uow.session.get(Member, shell)
        )
        uow.commit()
    ref = add_ticket(services)
    _propose(services, shell, ref)
    assert not _may_confirm(services, voucher, ref)


# --- (j) four eyes against a database writer --------------------------------------------------


def test_reviewer_made_chair_in_sql_cannot_confirm(services):
    """A database writer makes a reviewer a chair in SQL; a chair proposes: the forged chair
    may not confirm (held: the member's seal)."""
    proposer = add_member(services, "chair")
    reviewer = add_member(services, "reviewer")
    with services.uow() as uow:
        uow.session.execute(
            Member.__table__.update().where(Member.__table__.c.id == reviewer).values(role="chair")
        )
        uow.commit()
    ref = add_ticket(services)
    _propose(services, proposer, ref)
    assert not _may_confirm(services, reviewer, ref)


def test_invitee_whose_inviter_was_rewritten_in_sql_cannot_confirm(services):
    """A writer points the invitee's `vouched_by` at someone else in SQL so that
    `brought_in_by` no longer names the inviter: still no confirmation (held: the seal)."""
    inviter, invitee = _chair_and_invitee(services)
    other = add_member(services, "chair", name="ประธาน ค")
    with services.uow() as uow:
        uow.session.execute(
            Member.__table__.update()
            .where(Member.__table__.c.id == invitee)
            .values(vouched_by=other)
        )
        uow.commit()
    ref = add_ticket(services)
    _propose(services, inviter, ref)
    assert not _may_confirm(services, invitee, ref)


def test_used_join_code_copied_back_unused_joins_no_one(services):
    """A chair's join code is used; a writer copies its row back from before (unused, its
    mark then valid): a second account joins with it? No (held: the journal)."""
    from storage.committee_models import JoinCode

    chair = add_member(services, "chair")
    table = JoinCode.__table__
    with services.uow() as uow:
        code = members.invite(uow, "chair", by=uow.session.get(Member, chair))
        uow.commit()
    with services.uow() as uow:
        before = dict(uow.session.execute(select(table)).mappings().one())
        assert members.join(uow, "U" + "f" * 32, code, "ข") is not None
        uow.commit()
    with services.uow() as uow:
        uow.session.execute(table.update().where(table.c.id == before["id"]).values(**before))
        uow.commit()
    with services.uow() as uow:
        assert members.join(uow, "U" + "9" * 32, code, "ค") is None


# --- (k) more floods and replays ---------------------------------------------------------------


@SQLITE
def test_one_event_twice_in_one_body_is_handled_once(services, chat):
    """A signed body carrying the same addition event twice (one delivery): added once."""
    mine = add_ticket(services, owner=chat.user_id)
    chat.follow()
    event = text_event("ขอเพิ่มเติมค่ะ เขาเรียกเงินอีก 3,000 บาทเมื่อวาน", chat.user_id)
    chat.post(event, event)
    assert _added(services, mine) == 1


@SQLITE
def test_asking_to_withdraw_without_a_threat_notes_no_threat(services, chat, gateway):
    """Someone with an open complaint and no threat told asks 'ต้องถอนเรื่องไหมคะ': no threat
    is noted and no chair alerted (a spoofed pressure alert)."""
    add_member(services, "chair")
    mine = add_ticket(services, owner=chat.user_id)
    chat.follow()
    chat.say("ต้องถอนเรื่องไหมคะ")
    assert _dangers(services, mine) == 0
    assert _pushed_about(gateway, mine) == 0


@SQLITE
def test_global_flood_does_not_block_a_correct_code_after_one_typo(services, chat, client):
    """The complainant mistypes her code once; then 100 made-up look-ups from 25 addresses
    (4 each, under every per-source limit); then she types it right: she sees it."""
    filed = submitted(chat)
    mine = "192.0.2.77"
    _lookup(client, filed.reference, "AAAA-BBBB-CCCC", address=mine)
    for i in range(100):
        _lookup(client, f"BRM-2569-{10000 + i}", "AAAA-BBBB-CCCC", address=f"198.51.100.{i // 4}")
    assert _lookup(client, filed.reference, filed.tracking_code, address=mine).status_code == 200


def test_flood_from_the_chairs_own_address_leaves_their_link_working(services, client):
    """Thirty bogus login links from the office's one address (the chair's too): the chair's
    fresh link from that address still signs them in (held: the link is read first)."""
    chair = add_member(services, "chair")
    page = client.get("/committee/login/x")
    for i in range(30):
        client.post(f"/committee/login/bogus{i}", data={"csrf_token": _csrf(page)})
    _sign_in(client, services, chair)


# --- (l) more: the shell's chair, spellings, districts, outbox, sessions ------------------------


def test_chair_made_at_the_shell_cannot_open_identity_before_vouching(services, runner):
    """The operator adds their own LINE account as chair at the shell: before another chair
    vouches for that role, it must not open a named complainant's identity."""
    from handlers.directory.access import can_see_identity

    add_member(services, "chair")
    shell = _shell_chair(services, runner)
    ref = add_ticket(services, name="สมหญิง รักดี", phone="0812345678")
    with services.uow() as uow:
        member = uow.session.get(Member, shell)
        assert not can_see_identity(uow, member, tickets.by_reference(uow, ref))


def test_chair_made_at_the_shell_cannot_assign_tickets(services, runner):
    """The operator's unvouched shell chair assigns a complaint to a reviewer: refused."""
    from handlers.tickets import actions

    add_member(services, "chair")
    shell = _shell_chair(services, runner)
    reviewer = add_member(services, "reviewer")
    ref = add_ticket(services)
    with services.uow() as uow, pytest.raises(PermissionError):
        actions.assign(
            uow,
            uow.session.get(Member, shell),
            tickets.by_reference(uow, ref),
            uow.session.get(Member, reviewer),
        )
    with services.uow() as uow:
        assert tickets.by_reference(uow, ref).assignee_id is None


@SQLITE
def test_tied_assignee_is_taken_off_before_an_addition_naming_their_body(services, chat, gateway):
    """A reviewer tied to อบต.กลันทา is assigned a complaint about the school; the complainant
    adds words naming อบต.กลันทา: the reviewer is taken off the complaint and is not pushed
    the words (held: `words_from_complainant` unassigns first)."""
    tied, ref = _open_for(services, chat)
    chair = add_member(services, "chair", name="ประธาน ก")
    with services.uow() as uow:
        from handlers.tickets import actions

        ticket = tickets.by_reference(uow, ref)
        actions.assign(uow, uow.session.get(Member, chair), ticket, uow.session.get(Member, tied))
        uid = uow.vault.decrypt(uow.session.get(Member, tied).line_user_id_enc)
        uow.commit()
    chat.follow()
    before = len(gateway.sent)
    chat.say("ขอเพิ่มเติมค่ะ ปลัดอบต.กลันทาเป็นคนรับเงินค่ะ")
    pushed = [c for c in gateway.sent[before:] if c["kind"] == "push" and c["to"] == uid]
    assert not any("ปลัด" in str(c["messages"]) for c in pushed)
    with services.uow() as uow:
        assert tickets.by_reference(uow, ref).assignee_id is None


@SQLITE
def test_tambon_split_by_an_emoji_is_hidden(services):
    """'อบต.กลัน🙏ทา' (an emoji inside the name): hidden."""
    tied, ref = _named(services, description=STORY + "ที่ อบต.กลัน🙏ทา")
    assert _hidden(services, tied, ref)


@SQLITE
def test_place_before_the_kind_in_brackets_is_hidden(services):
    """'กลันทา (อบต.)' (the place first, the kind after it): hidden."""
    tied, ref = _named(services, description=STORY + "ที่ กลันทา (อบต.)")
    assert _hidden(services, tied, ref)


@SQLITE
def test_kind_spelt_as_its_thai_letter_names_is_hidden(services):
    """'Or Bor Tor Klantha' (อ.บ.ต. by its letters' names, as Thais romanise it): hidden."""
    tied, ref = _named(services, description=STORY + "at Or Bor Tor Klantha")
    assert _hidden(services, tied, ref)


@SQLITE
def test_bare_mayor_with_the_tambon_in_the_sub_district_field_is_hidden(services):
    """Official 'นายก อบต.', sub-district field 'กลันทา' (as the chat asks it), agency the
    school: the mayor of อบต.กลันทา, so hidden from the reviewer tied to it."""
    tied, ref = _named(services, official="นายก อบต.", district="เมืองบุรีรัมย์", subdistrict="กลันทา")
    assert _hidden(services, tied, ref)


@SQLITE
def test_sub_district_named_only_in_the_story_is_hidden(services):
    """No district given; the story says 'เกิดที่ ต.ถนนหัก' (a sub-district only in นางรอง):
    hidden from the reviewer tied to นางรอง."""
    tied, ref = _named(services, tie=NANG_RONG, district=None, description=STORY + "เกิดที่ ต.ถนนหัก")
    assert _hidden(services, tied, ref)


def test_sent_messages_keep_no_recipient(services, chat):
    """After a complaint is filed and every reply and push delivered, a copy of `outbox`
    holds no recipient (held: pruned when sent)."""
    add_member(services, "chair")
    submit(chat)
    with services.engine.connect() as conn:
        kept = conn.execute(
            text("SELECT count(*) FROM outbox WHERE recipient_enc IS NOT NULL AND status = 'sent'")
        ).scalar()
    assert kept == 0


def _session_of(services, member_id: int) -> str:
    with services.uow() as uow:
        token = sessions.start(uow, uow.session.get(Member, member_id))
        uow.commit()
        return token


def test_session_moved_to_the_chair_in_sql_is_no_session(services):
    """A reviewer's live session is pointed at the chair in SQL: it opens nothing."""
    reviewer = add_member(services, "reviewer")
    chair = add_member(services, "chair")
    token = _session_of(services, reviewer)
    with services.uow() as uow:
        uow.session.execute(text(f"UPDATE dashboard_sessions SET member_id = {chair}"))
        uow.commit()
    with services.uow() as uow:
        live = sessions.live(uow, token)
        assert live is None or live.member.id != chair


def test_session_stretched_in_sql_is_no_session(services):
    """A session's 8 hours stretched to a year in SQL: no session."""
    chair = add_member(services, "chair")
    token = _session_of(services, chair)
    with services.uow() as uow:
        uow.session.execute(
            text("UPDATE dashboard_sessions SET expires_at = :when"),
            {"when": uow.now() + timedelta(days=365)},
        )
        uow.commit()
    with services.uow() as uow:
        assert sessions.live(uow, token) is None


def test_unused_link_stretched_in_sql_is_only_a_shells(services):
    """An unused link's 10 minutes stretched in SQL: no own session (read-only at most)."""
    chair = add_member(services, "chair")
    token = _link(services, chair)
    with services.uow() as uow:
        uow.session.execute(
            LoginToken.__table__.update().values(expires_at=uow.now() + timedelta(days=30))
        )
        uow.commit()
    used = _use(services, token)
    assert used is None or used.from_shell


@SQLITE
def test_reference_lock_is_not_escaped_by_its_spelling(services, chat, client):
    """Five wrong codes lock a reference; a guesser from a new address types it in lower case
    with spaces ('brm 2569 …'): still locked."""
    filed = submitted(chat)
    for i in range(5):
        _lookup(client, filed.reference, "AAAA-BBBB-CCCC", address=f"198.51.100.{i + 1}")
    spelt = filed.reference.lower().replace("-", " - ")
    assert _lookup(client, spelt, "AAAA-BBBB-CCCD", address="198.51.100.99").status_code == 429


def test_command_line_forwarding_is_only_a_proposal(services, runner):
    """`tickets set-status REF forwarded --agency other` at the shell: not forwarded until a
    chair confirms (held)."""
    add_member(services, "chair")
    ref = add_ticket(services, status="in_review")
    result = runner.invoke(
        args=["tickets", "set-status", ref, "forwarded", "--agency", "other", "--note", "ส่งต่อ"]
    )
    assert result.exit_code == 0, result.output
    assert _status(services, ref) == "in_review"


# --- (m) reassignment, groups, the ticket page ------------------------------------------------


def test_declaring_a_tie_takes_the_member_off_the_ticket(services):
    """A reviewer assigned a complaint about อบต.กลันทา then has that tie declared for them:
    they are no longer its assignee (held)."""
    from handlers.tickets import actions

    chair = add_member(services, "chair")
    reviewer = add_member(services, "reviewer")
    ref = add_ticket(services, agency="อบต.กลันทา")
    with services.uow() as uow:
        actions.assign(
            uow,
            uow.session.get(Member, chair),
            tickets.by_reference(uow, ref),
            uow.session.get(Member, reviewer),
        )
        uow.commit()
    with services.uow() as uow:
        members.declare_conflict(
            uow, uow.session.get(Member, reviewer), "agency", "อบต.กลันทา", "ญาติทำงานที่นั่น"
        )
        uow.commit()
    with services.uow() as uow:
        assert tickets.by_reference(uow, ref).assignee_id is None


def test_chair_tied_to_the_agency_cannot_confirm(services):
    """A reviewer proposes rejecting a complaint about อบต.กลันทา; the chair tied to it may
    not confirm (held)."""
    proposer = add_member(services, "reviewer")
    tied = add_member(services, "chair", conflicts=[("agency", "อบต.กลันทา")])
    add_member(services, "chair", name="ประธาน ข")
    ref = add_ticket(services, agency="อบต.กลันทา")
    _propose(services, proposer, ref)
    assert not _may_confirm(services, tied, ref)


@SQLITE
def test_group_message_from_a_complainant_shows_no_complaint(services, chat, gateway):
    """The complainant, in a LINE group with the bot, asks 'เรื่องของฉัน' (or taps a menu):
    nothing of her complaints is answered into the group."""
    from tests.factories import _base

    mine = add_ticket(services, owner=chat.user_id)
    chat.follow()
    before = len(gateway.sent)
    for event in (
        _base(
            "message",
            chat.user_id,
            message={"type": "text", "id": "1234567", "text": "ติดตามเรื่องของฉัน", "quoteToken": "q"},
        ),
        _base("postback", chat.user_id, postback={"data": "menu=track"}),
    ):
        event["source"] = {"type": "group", "groupId": "C" + "1" * 32, "userId": chat.user_id}
        chat.post(event)
    assert mine not in str(gateway.sent[before:])
    assert mine in str(chat.tap("menu=track"))  # in her own chat, it is


def test_document_name_is_not_on_a_reviewers_ticket_page(services, client, tmp_path):
    """A named complaint's document 'สำเนาบัตร_ประยุทธ_มั่นคง.pdf': a reviewer's page shows
    'ไฟล์ 1', never the name (held: sealed names shown only to who may see identity)."""
    from tests.factories import add_evidence

    reviewer = add_member(services, "reviewer")
    ref = add_ticket(services, name="ประยุทธ มั่นคง")
    stored = tmp_path / "doc.bin"
    stored.write_bytes(b"%PDF-1.4 x")
    add_evidence(services, ref, stored, "application/pdf", name="สำเนาบัตร_ประยุทธ_มั่นคง.pdf")
    _sign_in(client, services, reviewer)
    page = client.get(f"/committee/tickets/{ref}")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "ไฟล์ 1" in html  # the file is listed
    assert "ประยุทธ" not in html


def _swap_ticket_ids(services, first: str, second: str) -> None:
    """Swap two tickets' ids in SQL, with every row that refers to them (a database writer
    without keys: an id is in no seal, chain or journal line)."""
    from storage.models import Base

    referring = [
        (fk.parent.table.name, fk.parent.name)
        for table in Base.metadata.sorted_tables
        for fk in table.foreign_keys
        if fk.column.table.name == "tickets" and fk.column.name == "id"
    ]
    with services.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")  # checked at commit
        ids = dict(conn.execute(text("SELECT reference, id FROM tickets")).all())
        a, b, spare = ids[first], ids[second], 999_999
        for old, new in ((a, spare), (b, a), (spare, b)):
            conn.execute(text(f"UPDATE tickets SET id = {new} WHERE id = {old}"))
            for table, column in referring:
                conn.execute(
                    text(f'UPDATE "{table}" SET "{column}" = {new} WHERE "{column}" = {old}')
                )
        conn.commit()


@SQLITE
def test_ticket_ids_swapped_in_sql_tell_no_one_of_anothers_threat(services, chat, gateway):
    """A writer swaps the ids of their own complaint and a threatened one of someone else's;
    they then ask 'ประธานรู้หรือยังคะว่าเขาขู่' and 'ต้องถอนเรื่องไหมคะ': the answer names not the
    other's complaint, and no pressure is noted on it."""
    from handlers import danger

    add_member(services, "chair")
    victim = add_ticket(services)
    with services.uow() as uow:
        danger.record_threat(uow, tickets.by_reference(uow, victim), THREAT)
        uow.commit()
    mine = add_ticket(services, owner=chat.user_id)
    _swap_ticket_ids(services, mine, victim)
    chat.follow()
    said = [chat.say(q) for q in ("ประธานรู้หรือยังคะว่าเขาขู่", "ต้องถอนเรื่องไหมคะ")]
    assert victim not in texts(said)
    assert _dangers(services, victim) == 1


@SQLITE
def test_ticket_ids_swapped_in_sql_export_no_one_elses_identity(services, chat, client):
    """A writer swaps the ids of their own complaint and a named one of someone else's, then
    asks 'ข้อมูลของฉัน' and downloads the copy: neither the other's reference nor their name
    and phone are in it."""
    victim = add_ticket(services, name="บุญเรือน ชัยมงคล", phone="0899998888")
    mine = add_ticket(services, owner=chat.user_id)
    _swap_ticket_ids(services, mine, victim)
    chat.follow()
    said = texts(chat.tap("privacy=mydata"))
    token = re.search(r"/privacy/export/([^?\s\"]+)", said).group(1)
    page = client.get(f"/privacy/export/{token}")
    found = _CSRF.search(page.get_data(as_text=True))
    data = {"csrf_token": found.group(1)} if found else {}
    copy = client.post(f"/privacy/export/{token}", data=data).get_data(as_text=True)
    assert '"tickets"' in copy  # the download itself came
    for secret in (victim, "บุญเรือน", "0899998888"):
        assert secret not in said + copy, secret


@SQLITE
def test_ticket_ids_swapped_in_sql_withdraw_no_one_elses_contact(services, chat):
    """A writer swaps the ids of their own complaint and a named one of someone else's, then
    withdraws consent in LINE: the other complainant's name and phone stay on their
    complaint (the committee can still reach them)."""
    victim = add_ticket(services, name="บุญเรือน ชัยมงคล", phone="0899998888")
    mine = add_ticket(services, owner=chat.user_id)
    _swap_ticket_ids(services, mine, victim)
    chat.follow()
    chat.tap("privacy=withdraw")
    chat.tap("privacy=withdraw_yes")
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, victim)
        assert uow.vault.decrypt(ticket.complainant_name_enc) == "บุญเรือน ชัยมงคล"
