"""A member's role and ties live on their own sealed row (storage/member_seals.py): how the
role came (the shell, founding, vouched, invited by a chair) and every declared tie. A row or
tie a database writer changes makes the member count for nothing and see no ticket, in
Python and in SQL, until a chair accepts the record; `tickets verify` names them."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, select, text, update

from handlers.directory import members
from handlers.directory.access import can_review, hidden_from
from storage import member_seals
from storage.committee_models import JoinCode
from storage.models import Member, MemberConflict, Ticket
from tests.dashboard_login import csrf_token, sign_in
from tests.factories import line_id, new_member, new_ticket

DISTRICT = "บ้านกรวด"  # not the district of `new_ticket`'s tickets


def _write(services, *statements) -> None:
    with services.engine.begin() as conn:
        for stmt in statements:
            conn.execute(stmt)


def _tied_reviewer(services) -> tuple[int, int, int]:
    """Two tickets (one in DISTRICT, one elsewhere), a reviewer tied to DISTRICT, a chair."""
    with services.uow() as uow:
        tied = new_ticket(uow, district=DISTRICT)
        other = new_ticket(uow)
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("district", DISTRICT)])
        chair, _ = new_member(uow, "ประธาน", "chair")
        uow.commit()
        assert can_review(uow, reviewer, other) and not can_review(uow, reviewer, tied)
        return other.id, reviewer.id, chair.id


def _sees(services, member_id: int) -> tuple[list[int], list[int]]:
    """The tickets the member may review, by the Python rule and by the SQL one."""
    with services.uow() as uow:
        member = members.get_member(uow, member_id)
        everything = uow.session.scalars(select(Ticket).order_by(Ticket.id)).all()
        by_python = [t.id for t in everything if can_review(uow, member, t)]
        clause = hidden_from(uow, member).clause()
        stmt = select(Ticket.id).order_by(Ticket.id)
        by_sql = list(uow.session.scalars(stmt.where(clause) if clause is not None else stmt))
        return by_python, by_sql


def test_a_deleted_tie_hides_every_ticket_until_a_chair_accepts_the_record(services, runner):
    other, reviewer, chair = _tied_reviewer(services)
    assert _sees(services, reviewer) == ([other], [other])
    _write(services, delete(MemberConflict))
    assert _sees(services, reviewer) == ([], [])
    checked = runner.invoke(args=["tickets", "verify"])
    assert checked.exit_code != 0 and f"member {reviewer}" in checked.output
    with services.uow() as uow:
        assert [m.id for m in members.unfit_members(uow)] == [reviewer]
        members.accept_record(
            uow, members.get_member(uow, chair), members.get_member(uow, reviewer)
        )
        uow.commit()
    # As the row now stands: the tie is gone, so the chair re-declares it if the member says so.
    assert len(_sees(services, reviewer)[0]) == 2
    with services.uow() as uow:
        assert members.unfit_members(uow) == []


def test_a_member_cannot_accept_their_own_record(services):
    _, reviewer, _ = _tied_reviewer(services)
    _write(services, delete(MemberConflict))
    with services.uow() as uow:
        me = members.get_member(uow, reviewer)
        with pytest.raises(members.NotAllowed):
            members.accept_record(uow, me, me)
    assert _sees(services, reviewer) == ([], [])


def test_a_tie_the_application_removes_and_declares_again_keeps_fitting(services):
    other, reviewer, chair = _tied_reviewer(services)
    with services.uow() as uow:
        tie = uow.session.scalars(select(MemberConflict)).one()
        members.remove_conflict(uow, tie, members.get_member(uow, chair))
        uow.commit()
    assert len(_sees(services, reviewer)[0]) == 2
    with services.uow() as uow:
        member = members.get_member(uow, reviewer)
        members.declare_conflict(uow, member, "district", DISTRICT, "ญาติ")
        uow.commit()
    assert _sees(services, reviewer) == ([other], [other])


def test_a_reviewer_made_a_chair_in_the_database_counts_for_nothing(services):
    with services.uow() as uow:
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer")
        uow.commit()
        reviewer_id = reviewer.id
    _write(services, update(Member).where(Member.id == reviewer_id).values(role="chair"))
    with services.uow() as uow:
        member = members.get_member(uow, reviewer_id)
        assert not members.grant_counts(uow, member)
        assert not can_review(uow, member, new_ticket(uow))


def test_a_vouch_copied_onto_another_chair_does_not_fit(services):
    """`vouched_by` and the state are sealed with the member's id: a writer copying a
    vouched chair's columns onto an unvouched one gains nothing."""
    with services.uow() as uow:
        chair, _ = new_member(uow, "ประธาน", "chair")
        first = members.add_from_shell(uow, line_id(), "ประธาน ข", "chair")
        second = members.add_from_shell(uow, line_id(), "ประธาน ค", "chair")
        assert members.confirm_grant(uow, chair, first)
        uow.commit()
        first_id, second_id = first.id, second.id
    with services.engine.connect() as conn:
        row = conn.execute(
            text("SELECT grant_state, vouched_by, seal FROM members WHERE id = :id"),
            {"id": first_id},
        ).one()
    _write(
        services,
        update(Member)
        .where(Member.id == second_id)
        .values(grant_state=row.grant_state, vouched_by=row.vouched_by, seal=row.seal),
    )
    with services.uow() as uow:
        assert members.grant_counts(uow, members.get_member(uow, first_id))
        assert not members.grant_counts(uow, members.get_member(uow, second_id))


def test_a_chair_invited_on_the_dashboard_counts_and_may_vouch(services):
    with services.uow() as uow:
        founding = members.add_from_shell(uow, line_id(), "ประธานผู้ก่อตั้ง", "chair")
        assert founding.grant_state == members.FOUNDING
        shell_made = members.add_from_shell(uow, line_id(), "ประธานจากเชลล์", "chair")
        assert not members.confirm_grant(uow, founding, shell_made)  # the shell's word alone
        code = members.invite(uow, "chair", by=founding)
        invited = members.join(uow, line_id(), code, "ประธานที่เชิญ")
        uow.commit()
        assert members.grant_vouched(uow, invited) and invited.vouched_by == founding.id
        assert members.confirm_grant(uow, invited, shell_made)
        uow.commit()
        assert members.grant_counts(uow, shell_made)


def test_a_shell_code_marked_as_a_chairs_in_the_database_is_still_the_shells(services):
    with services.uow() as uow:
        chair, _ = new_member(uow, "ประธาน", "chair")
        members.invite(uow, "chair", by=chair)  # a mark the writer copies
        code = members.invite(uow, "chair")
        uow.commit()
        chair_id = chair.id
    with services.engine.connect() as conn:
        mark = conn.scalar(select(JoinCode.made_mark).where(JoinCode.made_mark.is_not(None)))
    _write(services, update(JoinCode).values(made_by_member_id=chair_id, made_mark=mark))
    with services.uow() as uow:
        joined = members.join(uow, line_id(), code, "ประธานจากรหัส")
        uow.commit()
        assert joined.grant_state == members.SHELL and not members.grant_counts(uow, joined)


def test_a_join_code_marked_in_thai_letters_is_the_shells_not_an_error(services):
    with services.uow() as uow:
        chair, _ = new_member(uow, "ประธาน", "chair")
        code = members.invite(uow, "chair", by=chair)
        uow.commit()
    _write(services, update(JoinCode).values(made_mark="ตราของประธาน"))
    with services.uow() as uow:
        joined = members.join(uow, line_id(), code, "ประธานจากรหัส")
        uow.commit()
        assert joined.grant_state == members.SHELL and not members.grant_counts(uow, joined)


def test_only_a_chair_whose_role_counts_makes_a_join_code(services):
    with services.uow() as uow:
        members.add_from_shell(uow, line_id(), "ประธานผู้ก่อตั้ง", "chair")
        unvouched = members.add_from_shell(uow, line_id(), "ประธานรอรับรอง", "chair")
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer")
        for by in (unvouched, reviewer):
            with pytest.raises(members.NotAllowed):
                members.invite(uow, "chair", by=by)


def test_the_chair_accepts_a_changed_record_on_the_conflicts_page(app, services):
    other, reviewer, chair = _tied_reviewer(services)
    _write(services, delete(MemberConflict))
    browser = app.test_client()
    assert sign_in(browser, services, chair).status_code == 303
    with services.uow() as uow:
        reference = uow.session.get(Ticket, other).reference
    ticket_page = browser.get(f"/committee/tickets/{reference}").get_data(as_text=True)
    assert "ข้อมูลสมาชิกถูกแก้นอกระบบ" in ticket_page  # why the reviewer is kept from it
    page = browser.get("/committee/conflicts").get_data(as_text=True)
    assert 'id="unfit-records"' in page and "ผู้ตรวจ" in page
    own = app.test_client()
    assert sign_in(own, services, reviewer).status_code == 303
    url = f"/committee/members/{reviewer}/accept"
    assert own.post(url, data={"csrf_token": csrf_token(own)}).status_code == 403
    assert browser.post(url, data={"csrf_token": csrf_token(browser)}).status_code == 303
    assert 'id="unfit-records"' not in browser.get("/committee/conflicts").get_data(as_text=True)
    assert len(_sees(services, reviewer)[0]) == 2


def test_a_chairs_line_token_written_onto_a_reviewer_leaves_both_unfit(services):
    """Which LINE account a row is, is sealed: the chair's notices cannot be moved to the
    reviewer's phone, nor a removal cleared, in the database alone."""
    _other, reviewer, chair = _tied_reviewer(services)
    table = Member.__table__
    with services.engine.connect() as conn:
        token = conn.scalar(select(table.c.line_user_id_enc).where(table.c.id == chair))
    _write(services, update(table).where(table.c.id == reviewer).values(line_user_id_enc=token))
    with services.uow() as uow:
        assert not members.record_fits(uow, members.get_member(uow, reviewer))
        members.remove_member(uow, chair, actor="cli:operator")
        uow.commit()
    _write(services, update(table).where(table.c.id == chair).values(removed_at=None))
    with services.uow() as uow:
        assert not members.record_fits(uow, members.get_member(uow, chair))


def test_a_used_chairs_code_still_names_its_maker_as_stored(services):
    """Once used, the mark covers the use: it fits the code as stored, not a cleared one."""
    with services.uow() as uow:
        chair, _ = new_member(uow, "ประธาน", "chair")
        code = members.invite(uow, "reviewer", by=chair)
        uow.commit()
        chair_id = chair.id
    with services.uow() as uow:
        joined = members.join(uow, line_id(), code, "ผู้ตรวจใหม่")
        uow.commit()
        assert joined.vouched_by == chair_id
    with services.uow() as uow:
        stored = uow.session.scalars(select(JoinCode)).one()
        assert stored.used_by_member_id == joined.id
        assert member_seals.code_maker(uow.vault, stored) == chair_id
        assert member_seals.code_maker(uow.vault, stored, used_at=None) is None


def test_only_a_chair_whose_role_counts_is_offered_to_undo_a_tie(app, services):
    _other, _reviewer, chair = _tied_reviewer(services)
    with services.uow() as uow:
        shell_made = members.add_from_shell(uow, line_id(), "ประธาน ข", "chair")
        uow.commit()
        shell_id = shell_made.id
    for member_id, offered in ((chair, True), (shell_id, False)):
        client = app.test_client()
        assert sign_in(client, services, member_id).status_code == 303
        page = client.get("/committee/conflicts").get_data(as_text=True)
        assert DISTRICT in page  # the tie is listed either way
        assert ("/committee/conflicts/remove" in page) is offered
