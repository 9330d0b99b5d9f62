"""Attack round 19: this session's own new protections (issue #17): names masked for
reviewers, four eyes across a chain of invitations, the shell's unvouched chair, recusal by the
word before a kind and the sub-district field and words sent after filing.

A test that holds is plain; one that gets through is a strict xfail asserting what should
hold (its reason says what gets through and where)."""

from __future__ import annotations

import re

from sqlalchemy import select

from bot.referral.letter import LetterSigner, _elements
from handlers.directory import alerts, members
from handlers.directory.access import NotAllowed
from handlers.tickets import endings
from storage import tickets
from storage.models import Member
from tests.attacks.recusal_probes import SCHOOL, SQLITE, _listed, _named, _sees, _tied_and_school
from tests.factories import add_member, add_ticket, new_ticket

NAME = "นายสมชาย ใจดีงาม"
STORY = "เรียกรับเงินค่าใบอนุญาต 5,000 บาท "
_CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')


def _csrf(response) -> str:
    found = _CSRF.search(response.get_data(as_text=True))
    assert found, "no CSRF token on the page"
    return found.group(1)


def _sign_in(client, services, member_id: int) -> None:
    with services.uow() as uow:
        token = members.issue_login_token(uow, uow.session.get(Member, member_id))
        uow.commit()
    page = client.get(f"/committee/login/{token}")
    done = client.post(f"/committee/login/{token}", data={"csrf_token": _csrf(page)})
    assert done.status_code == 303, done.status_code


def _reviewer_page(services, client, description: str, name: str = NAME, **fields) -> str:
    """The ticket page as a reviewer (who may not open the identity) reads it."""
    add_member(services, "chair")
    reviewer = add_member(services, "reviewer")
    ref = add_ticket(services, name=name, description=description, **fields)
    _sign_in(client, services, reviewer)
    page = client.get(f"/committee/tickets/{ref}")
    assert page.status_code == 200, page.status_code
    return page.get_data(as_text=True)


def _behalf_ticket(services, relation: str, description: str) -> str:
    with services.uow() as uow:
        ref = new_ticket(
            uow, description=description, behalf_of_enc=uow.vault.encrypt(relation)
        ).reference
        uow.commit()
        return ref


# --- (a) names masked for reviewers: other spellings -------------------------------------------


@SQLITE
def test_name_in_the_story_is_masked_on_the_page(services, client):
    """Control: the complainant's own name told in the story reads '[ชื่อผู้ร้อง]'."""
    page = _reviewer_page(services, client, STORY + "ผม สมชาย ใจดีงาม เป็นคนจ่ายเงินเอง")
    assert "สมชาย" not in page and "ใจดีงาม" not in page


@SQLITE
def test_name_split_over_two_lines_is_masked(services, client):
    """'นายสมชาย' at a line's end and 'ใจดีงาม' on the next: each part is masked."""
    page = _reviewer_page(services, client, STORY + "ผมชื่อนายสมชาย\nใจดีงามครับ")
    assert "สมชาย" not in page and "ใจดีงาม" not in page


@SQLITE
def test_name_with_a_zero_width_space_in_the_story_is_masked(services, client):
    """The story spells the name 'สม<ZWSP>ชาย ใจ<ZWSP>ดีงาม' (a copied text): still masked."""
    page = _reviewer_page(services, client, STORY + "ผม สม\u200bชาย ใจ\u200bดีงาม จ่ายเงินเอง")
    assert "สมชาย" not in page.replace("\u200b", "")


@SQLITE
def test_latin_name_in_another_case_is_masked(services, client):
    """The name given 'Somchai Jaidee', the story says 'SOMCHAI jaidee': masked."""
    page = _reviewer_page(
        services, client, STORY + "I am SOMCHAI jaidee, I paid myself", name="Somchai Jaidee"
    )
    assert "somchai" not in page.lower() and "jaidee" not in page.lower()


@SQLITE
def test_name_typed_with_a_tone_mark_slip_is_masked(services, client):
    """The name given 'นายสมชาย ใจดีงาม', the story 'สมชาย ใจดีง่าม' (a slipped tone mark):
    the surname is the complainant's all the same."""
    page = _reviewer_page(services, client, STORY + "ผม สมชาย ใจดีง่าม จ่ายเงินเอง")
    assert "ใจดีง่าม" not in page


@SQLITE
def test_name_glued_to_the_words_around_it_is_masked(services, client):
    """'ผมสมชายใจดีงามจ่ายเงิน' (no gaps, as Thai is typed): masked."""
    page = _reviewer_page(services, client, STORY + "ผมสมชายใจดีงามจ่ายเงินเองครับ")
    assert "สมชาย" not in page and "ใจดีงาม" not in page


@SQLITE
def test_name_in_the_export_is_masked(services, client):
    """The reviewer's CSV export of the list: the story's name masked as on the page."""
    add_member(services, "chair")
    reviewer = add_member(services, "reviewer")
    add_ticket(services, name=NAME, description=STORY + "ผม สมชาย ใจดีงาม จ่ายเงินเอง")
    _sign_in(client, services, reviewer)
    export = client.get("/committee/tickets/export.csv")
    body = export.get_data(as_text=True)
    assert export.status_code == 200 and "ใจดีงาม" not in body


@SQLITE
def test_grandmothers_name_in_a_complaint_filed_for_her_is_masked(services, client):
    """Filed for 'ยาย', the story 'แจ้งแทนยายค่ะ ยายชื่อบุญมี ศรีสุข': the name masked."""
    add_member(services, "chair")
    reviewer = add_member(services, "reviewer")
    ref = _behalf_ticket(services, "ยาย", "แจ้งแทนยายค่ะ ยายชื่อบุญมี ศรีสุข " + STORY)
    _sign_in(client, services, reviewer)
    page = client.get(f"/committee/tickets/{ref}").get_data(as_text=True)
    assert "บุญมี" not in page


@SQLITE
def test_mothers_name_after_of_me_is_masked(services, client):
    """Filed for 'แม่', the story 'แจ้งแทนคุณแม่ของดิฉัน นางบุญมี ศรีสุข': masked."""
    add_member(services, "chair")
    reviewer = add_member(services, "reviewer")
    ref = _behalf_ticket(services, "แม่", "แจ้งแทนคุณแม่ของดิฉัน นางบุญมี ศรีสุข " + STORY)
    _sign_in(client, services, reviewer)
    page = client.get(f"/committee/tickets/{ref}").get_data(as_text=True)
    assert "บุญมี" not in page


@SQLITE
def test_first_name_typed_with_a_space_inside_is_masked(services, client):
    """The story 'ผม สม ชาย ใจดีงาม' (a gap inside the first name): the first name masked."""
    page = _reviewer_page(services, client, STORY + "ผม สม ชาย ใจดีงาม จ่ายเงินเอง")
    assert "สม ชาย" not in page


@SQLITE
def test_witness_named_in_the_story_is_masked(services, client):
    """The witnesses sealed ('นายประสิทธิ์ ทองคำ'), the story names him too: a reviewer
    (not assignee, not chair) must not read the name."""
    page = _reviewer_page(
        services,
        client,
        STORY + "นายประสิทธิ์ ทองคำ เห็นตอนจ่ายเงิน",
        witnesses="นายประสิทธิ์ ทองคำ",
    )
    assert "ประสิทธิ์" not in page


@SQLITE
def test_phone_told_in_the_story_is_masked(services, client):
    """The phone sealed with the identity (0812345678), the story 'โทรหาผมได้ที่
    081-234-5678': a reviewer must not read it."""
    page = _reviewer_page(
        services, client, STORY + "โทรหาผมได้ที่ 081-234-5678 ครับ", phone="0812345678"
    )
    assert "5678" not in page


@SQLITE
def test_name_in_an_addition_after_filing_is_masked_on_the_timeline(services, client, chat):
    """The complainant adds after filing 'ผมชื่อสมชาย ใจดีงามครับ': the timeline masks it."""
    add_member(services, "chair")
    reviewer = add_member(services, "reviewer")
    ref = add_ticket(services, owner=chat.user_id, name=NAME, description=STORY)
    chat.follow()
    chat.say("ขอเพิ่มเติมข้อมูลค่ะ ผมชื่อสมชาย ใจดีงามครับ เขาเรียกเงินผมสองครั้ง")
    _sign_in(client, services, reviewer)
    page = client.get(f"/committee/tickets/{ref}").get_data(as_text=True)
    assert "ใจดีงาม" not in page


@SQLITE
def test_addition_pushed_to_the_assigned_reviewer_masks_the_name(services, chat, gateway):
    """The complaint is assigned to a reviewer; the complainant adds words with her name:
    no LINE push to the reviewer carries it."""
    add_member(services, "chair")
    reviewer = add_member(services, "reviewer")
    ref = add_ticket(services, owner=chat.user_id, name=NAME, description=STORY)
    with services.uow() as uow:
        tickets.by_reference(uow, ref).assignee_id = reviewer
        uow.commit()
        uid = uow.vault.decrypt(uow.session.get(Member, reviewer).line_user_id_enc)
    chat.follow()
    before = len(gateway.sent)
    chat.say("ขอเพิ่มเติมข้อมูลค่ะ ผมชื่อสมชาย ใจดีงามครับ เขาเรียกเงินผมสองครั้ง")
    pushed = [c for c in gateway.sent[before:] if c["kind"] == "push" and c["to"] == uid]
    assert not any("ใจดีงาม" in str(c["messages"]) for c in pushed)


# --- (b) names masked for reviewers: other places the story reaches -----------------------------


@SQLITE
def test_new_ticket_card_pushed_to_reviewers_masks_the_name(services):
    """The LINE card of a new complaint (alert_reviewers) names no complainant."""
    with services.uow() as uow:
        ticket = new_ticket(uow, name=NAME, description="ผม สมชาย ใจดีงาม ถูกเรียกเงิน")
        card = alerts.card_data(uow, ticket)
    assert "ใจดีงาม" not in card["summary"]


@SQLITE
def test_search_by_a_masked_name_finds_nothing(services, client):
    """A reviewer searches the list for 'ใจดีงาม' (the masked surname): no complaint is
    listed for it, or the mask is undone by guessing."""
    add_member(services, "chair")
    reviewer = add_member(services, "reviewer")
    ref = add_ticket(services, name=NAME, description=STORY + "ผม สมชาย ใจดีงาม จ่ายเงินเอง")
    other = add_ticket(services, description=STORY)
    _sign_in(client, services, reviewer)
    listed = client.get("/committee/tickets", query_string={"q": "ใจดีงาม"})
    body = listed.get_data(as_text=True)
    assert other not in body and ref not in body


@SQLITE
def test_search_by_words_the_reviewer_reads_still_finds_the_complaint(services, client):
    """Control: the same reviewer searching 'ใบอนุญาต' (in the story, not a name) finds it; the
    chair, who may open the identity, finds it by the surname too (the export alike)."""
    chair = add_member(services, "chair")
    reviewer = add_member(services, "reviewer")
    ref = add_ticket(services, name=NAME, description=STORY + "ผม สมชาย ใจดีงาม จ่ายเงินเอง")
    _sign_in(client, services, reviewer)
    listed = client.get("/committee/tickets", query_string={"q": "ใบอนุญาต"})
    assert ref in listed.get_data(as_text=True)
    exported = client.get("/committee/tickets/export.csv", query_string={"q": "ใจดีงาม"})
    assert ref not in exported.get_data(as_text=True)
    _sign_in(client, services, chair)
    listed = client.get("/committee/tickets", query_string={"q": "ใจดีงาม"})
    assert ref in listed.get_data(as_text=True)


@SQLITE
def test_referral_letter_withholds_the_name_told_in_the_story(services):
    """The letter to an agency ('who told it' withheld) carries no name from the story."""
    signer = LetterSigner("ศูนย์", "ที่อยู่", "ผู้ลงนาม", "ประธาน", "โทร")
    with services.uow() as uow:
        ticket = new_ticket(uow, name=NAME, description=STORY + "ผม สมชาย ใจดีงาม จ่ายเงินเอง")
        said = " ".join(value for _, value in _elements(ticket, None, signer))
    assert "ใจดีงาม" not in said


# --- (c) four eyes: a chain of invitations, the shell's chair ----------------------------------


def _invite(services, by: int, line_id: str, name: str, role: str = "chair") -> int:
    with services.uow() as uow:
        code = members.invite(uow, role, by=uow.session.get(Member, by))
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


def test_two_invitees_of_one_chair_are_not_each_others_second_eyes(services):
    """Chair A invites B and C (both her own phones): B proposes, C may not confirm."""
    chair = add_member(services, "chair", name="ประธาน ก")
    first = _invite(services, chair, "U" + "a" * 32, "กรรมการ ข")
    second = _invite(services, chair, "U" + "b" * 32, "กรรมการ ค")
    ref = add_ticket(services)
    _propose(services, first, ref)
    assert not _may_confirm(services, second, ref)


def test_invitee_four_links_down_cannot_second_the_first_chair(services):
    """A → B → C → D → E by join codes: E proposes, A may not confirm (the chain followed
    all the way)."""
    chair = add_member(services, "chair", name="ประธาน ก")
    last = chair
    for letter in "bcde":
        last = _invite(services, last, "U" + letter * 32, f"กรรมการ {letter}")
    ref = add_ticket(services)
    _propose(services, last, ref)
    assert not _may_confirm(services, chair, ref)


def _shell_chair(services, runner, line_id: str, name: str) -> int:
    added = runner.invoke(
        args=["members", "add", "--line-user-id", line_id, "--name", name, "--role", "chair"]
    )
    assert added.exit_code == 0, added.output
    with services.uow() as uow:
        return uow.session.scalars(select(Member).where(Member.name == name)).one().id


def test_two_shell_chairs_vouching_for_each_other_do_not_count(services, runner):
    """The operator adds two chairs at the shell and each vouches for the other: neither
    counts as a chair (a vouch needs a chair who counts)."""
    from handlers.directory.grants import counts_as_chair

    add_member(services, "chair")
    one = _shell_chair(services, runner, "U" + "e" * 32, "เครื่องหนึ่ง")
    two = _shell_chair(services, runner, "U" + "f" * 32, "เครื่องสอง")
    for by, whom in ((one, two), (two, one)):
        with services.uow() as uow:
            try:
                members.confirm_grant(
                    uow, uow.session.get(Member, by), uow.session.get(Member, whom)
                )
            except NotAllowed:
                continue
            uow.commit()
    with services.uow() as uow:
        assert not counts_as_chair(uow, uow.session.get(Member, one))
        assert not counts_as_chair(uow, uow.session.get(Member, two))


def test_shell_chair_cannot_invite_a_chair_who_counts(services, runner):
    """The shell's unvouched chair hands out a chair join code to a second phone: the
    newcomer does not count as a chair either (standing on an unvouched word)."""
    from handlers.directory.grants import counts_as_chair

    add_member(services, "chair")
    shell = _shell_chair(services, runner, "U" + "e" * 32, "เครื่องหนึ่ง")
    try:
        joined = _invite(services, shell, "U" + "9" * 32, "โทรศัพท์สอง")
    except NotAllowed:  # refused to invite at all: held
        return
    with services.uow() as uow:
        assert not counts_as_chair(uow, uow.session.get(Member, joined))


# --- (d) recusal: the word before a kind, the sub-district field --------------------------------


def _hidden(services, tied: int, reference: str) -> bool:
    return not _sees(services, tied, reference) and not _listed(services, tied, reference)


@SQLITE
def test_place_then_kind_without_its_dots_is_hidden(services):
    """'กลันทา อบต' (the kind after the place, no dots, nothing after it): hidden."""
    tied, ref = _named(services, description=STORY + "ที่ กลันทา อบต")
    assert _hidden(services, tied, ref)


@SQLITE
def test_place_then_kind_spelt_with_dots_between_letters_is_hidden(services):
    """'กลันทา (อ.บ.ต.)': hidden."""
    tied, ref = _named(services, description=STORY + "ที่ กลันทา (อ.บ.ต.)")
    assert _hidden(services, tied, ref)


@SQLITE
def test_bare_mayor_abbreviated_with_the_sub_district_field_is_hidden(services):
    """Official 'นายกฯ' (abbreviated), sub-district field 'กลันทา': hidden."""
    tied, ref = _named(services, official="นายกฯ", district="เมืองบุรีรัมย์", subdistrict="กลันทา")
    assert _hidden(services, tied, ref)


@SQLITE
def test_mayor_with_the_sub_district_field_spelt_with_its_prefix_is_hidden(services):
    """Official 'นายก อบต.', sub-district field 'ต.กลันทา' (its prefix typed): hidden."""
    tied, ref = _named(services, official="นายก อบต.", district="เมืองบุรีรัมย์", subdistrict="ต.กลันทา")
    assert _hidden(services, tied, ref)


@SQLITE
def test_mayor_named_in_the_story_with_the_sub_district_field_is_hidden(services):
    """Official field 'ครูใหญ่', the story 'นายก อบต. เป็นคนเรียก', sub-district field
    'กลันทา': the mayor of อบต.กลันทา is named, so hidden."""
    tied, ref = _named(
        services,
        description=STORY + "นายก อบต. เป็นคนเรียก",
        district="เมืองบุรีรัมย์",
        subdistrict="กลันทา",
    )
    assert _hidden(services, tied, ref)


@SQLITE
def test_body_named_five_messages_after_its_kind_is_hidden(services, chat):
    """After filing: 'คนเรียกเงินเป็นปลัด อบต.', four small messages, then 'กลันทา' (outside
    the four-message window): the tied reviewer must not see the complaint."""
    tied = _tied_and_school(services)
    ref = add_ticket(
        services, owner=chat.user_id, agency=SCHOOL, official="ครูใหญ่", description=STORY
    )
    assert not _hidden(services, tied, ref)
    chat.follow()
    chat.say("ขอเพิ่มเติมข้อมูลค่ะ")
    for part in ("คนเรียกเงินเป็นปลัด อบต.", "เขาเรียกหลายครั้ง", "ทุกเดือน", "ที่บ้าน", "ตำบล"):
        chat.say(part)
    chat.say("กลันทา")
    assert _hidden(services, tied, ref)
