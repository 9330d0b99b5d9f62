"""A member's state has a version the record journal keeps outside the database (migration
0035, storage/member_seals.py, storage/record_journal.py): a member row and ties copied back
together from an older copy of the database, with their then valid seal, are older than the
journal and fail closed (no ticket, no confirmation) until a chair accepts the record, and
`tickets verify` says so. Every honest change keeps fitting. A ticket whose agency links were
changed outside the application is kept from every member with a declared tie."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import delete, insert, select, update

from handlers.directory import agencies, members
from handlers.directory.access import can_review
from storage.insider_models import Agency, TicketAgency
from storage.models import Member, MemberConflict, Ticket
from tests.dashboard_login import csrf_token, sign_in
from tests.factories import new_member, new_ticket

AGENCY = "อบต.สองห้อง"  # the agency of `new_ticket`'s tickets
OTHER = "อบต.หนองโบสถ์"


def _write(services, *statements) -> None:
    """Statements run straight on the database, as a writer without the app's keys would."""
    with services.engine.begin() as conn:
        for stmt in statements:
            conn.execute(stmt)


def _copy(services, member_id: int) -> tuple[dict, list[dict]]:
    """A member's row and ties as a copy of the database holds them."""
    members_table, ties = Member.__table__, MemberConflict.__table__
    with services.engine.connect() as conn:
        row = conn.execute(select(members_table).where(members_table.c.id == member_id)).one()
        found = conn.execute(select(ties).where(ties.c.member_id == member_id)).all()
    return row._asdict(), [t._asdict() for t in found]


def _put_back(services, member_id: int, copy: tuple[dict, list[dict]]) -> None:
    row, ties = copy
    table = Member.__table__
    statements = [
        update(table).where(table.c.id == member_id).values(**row),
        delete(MemberConflict.__table__).where(MemberConflict.member_id == member_id),
    ]
    statements += [insert(MemberConflict.__table__).values(**tie) for tie in ties]
    _write(services, *statements)


def _fits(services, member_id: int) -> bool:
    with services.uow() as uow:
        return members.record_fits(uow, members.get_member(uow, member_id))


def test_a_member_put_back_from_before_their_tie_sees_nothing_until_a_chair_accepts(
    app, services, runner
):
    with services.uow() as uow:
        tied = new_ticket(uow)
        other = new_ticket(uow, agency=OTHER)
        agencies.review(uow, uow.session.get(Agency, other.agency_id))
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer")
        chair, _ = new_member(uow, "ประธาน", "chair")
        uow.commit()
        tied_ref, other_ref, reviewer_id, chair_id = (
            tied.reference,
            other.reference,
            reviewer.id,
            chair.id,
        )
    before = _copy(services, reviewer_id)
    with services.uow() as uow:
        member = members.get_member(uow, reviewer_id)
        members.declare_conflict(uow, member, "agency", AGENCY, "ภรรยาทำงานที่นั่น")
        uow.commit()
    own = app.test_client()
    assert sign_in(own, services, reviewer_id).status_code == 303
    assert own.get(f"/committee/tickets/{tied_ref}").status_code == 404
    assert own.get(f"/committee/tickets/{other_ref}").status_code == 200

    _put_back(services, reviewer_id, before)
    # The row and ties as they were, with their seal: older than the journal, so nothing.
    assert own.get(f"/committee/tickets/{tied_ref}").status_code == 404
    assert own.get(f"/committee/tickets/{other_ref}").status_code == 404
    checked = runner.invoke(args=["tickets", "verify"])
    assert checked.exit_code != 0
    assert f"member {reviewer_id}'s row and declared ties were put back to an older copy" in (
        checked.output
    )

    chair_browser = app.test_client()
    assert sign_in(chair_browser, services, chair_id).status_code == 303
    page = chair_browser.get("/committee/conflicts").get_data(as_text=True)
    assert 'id="unfit-records"' in page and "ผู้ตรวจ" in page
    url = f"/committee/members/{reviewer_id}/accept"
    assert own.post(url, data={"csrf_token": csrf_token(own)}).status_code == 403
    token = csrf_token(chair_browser)
    assert chair_browser.post(url, data={"csrf_token": token}).status_code == 303
    # Taken as it stands (no tie, as put back): the chair declares it again with the member.
    assert own.get(f"/committee/tickets/{other_ref}").status_code == 200
    # The tie's own journal line still says it was deleted; the member's row fits.
    assert f"member {reviewer_id}'s row" not in runner.invoke(args=["tickets", "verify"]).output


def test_a_removed_member_put_back_neither_sees_nor_confirms(services):
    with services.uow() as uow:
        ticket = new_ticket(uow)
        chair, _ = new_member(uow, "ประธาน ข", "chair")
        uow.commit()
        ticket_id, chair_id = ticket.id, chair.id
    assert _fits(services, chair_id)
    before = _copy(services, chair_id)
    with services.uow() as uow:
        members.remove_member(uow, chair_id, actor="cli:operator")
        uow.commit()
    _put_back(services, chair_id, before)
    with services.uow() as uow:
        member = members.get_member(uow, chair_id)
        assert member.active and member.role == "chair"  # what the copy says
        assert not members.grant_counts(uow, member)
        assert not can_review(uow, member, uow.session.get(Ticket, ticket_id))


def test_honest_changes_keep_the_member_fitting(services, runner):
    """Promoted, vouched for, demoted, tied, untied, removed and brought back through the
    product: each change is a new version, journalled, and the member always fits."""
    with services.uow() as uow:
        chair, _ = new_member(uow, "ประธาน", "chair")
        member, uid = new_member(uow, "สมใจ", "reviewer")
        uow.commit()
        chair_id, member_id = chair.id, member.id
    versions = []

    def step(change) -> None:
        with services.uow() as uow:
            change(uow, members.get_member(uow, chair_id), members.get_member(uow, member_id))
            uow.commit()
        assert _fits(services, member_id) and _fits(services, chair_id)
        versions.append(_copy(services, member_id)[0]["version"])

    step(lambda uow, c, m: members.add_from_shell(uow, uid, "สมใจ", "chair"))
    step(lambda uow, c, m: members.confirm_grant(uow, c, m))
    with services.uow() as uow:
        assert members.grant_counts(uow, members.get_member(uow, member_id))
    step(lambda uow, c, m: members.add_member(uow, uid, "สมใจ", "reviewer"))
    step(lambda uow, c, m: members.declare_conflict(uow, m, "district", "นางรอง", "บ้านเกิด"))
    step(lambda uow, c, m: members.remove_conflict(uow, m.conflicts[0], c))
    step(lambda uow, c, m: members.remove_member(uow, m.id, actor="cli:operator"))
    step(lambda uow, c, m: members.add_member(uow, uid, "สมใจ", "reviewer"))
    assert versions == sorted(set(versions)) and len(versions) == 7
    kept = Path(services.config.record_anchor_dir) / "members" / str(member_id)
    assert int(kept.read_text()) == versions[-1]
    journal = "".join(
        p.read_text() for p in Path(services.config.record_anchor_dir).glob("journal-*.log")
    )
    assert f"member:{member_id} {versions[-1]}\n" in journal
    checked = runner.invoke(args=["tickets", "verify"])
    assert checked.exit_code == 0, checked.output


def test_the_application_touching_a_put_back_member_does_not_seal_over_it(services):
    with services.uow() as uow:
        member, _ = new_member(uow, "ผู้ตรวจ", "reviewer")
        uow.commit()
        member_id = member.id
    before = _copy(services, member_id)
    with services.uow() as uow:
        members.declare_conflict(uow, members.get_member(uow, member_id), "agency", AGENCY, "ญาติ")
        uow.commit()
    _put_back(services, member_id, before)
    with services.uow() as uow:
        member = members.get_member(uow, member_id)
        members.declare_conflict(uow, member, "district", "นางรอง", "บ้านเกิด")
        uow.commit()
    assert not _fits(services, member_id)


def test_a_repointed_ticket_is_kept_from_every_tied_member(app, services, runner):
    """A writer points the ticket at a record a chair reviewed and drops the agencies its text
    names: the tied reviewer sees nothing of it; one with no tie still does (no recusal)."""
    with services.uow() as uow:
        ticket = new_ticket(uow)
        elsewhere = new_ticket(uow, agency=OTHER)
        agencies.review(uow, uow.session.get(Agency, elsewhere.agency_id))
        tied, _ = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("agency", AGENCY)])
        untied, _ = new_member(uow, "ผู้ตรวจ ข", "reviewer")
        chair, _ = new_member(uow, "ประธาน", "chair")
        uow.commit()
        ids = ticket.id, elsewhere.agency_id, tied.id, untied.id, chair.id
        reference, elsewhere_ref = ticket.reference, elsewhere.reference
    ticket_id, other_agency, tied_id, untied_id, chair_id = ids
    _write(
        services,
        update(Ticket).where(Ticket.id == ticket_id).values(agency_id=other_agency),
        delete(TicketAgency).where(TicketAgency.ticket_id == ticket_id),
    )
    browser = app.test_client()
    assert sign_in(browser, services, tied_id).status_code == 303
    assert browser.get(f"/committee/tickets/{reference}").status_code == 404
    listed = browser.get("/committee/tickets").get_data(as_text=True)
    assert reference not in listed and elsewhere_ref in listed  # an intact ticket still shows
    exported = browser.get("/committee/tickets/export.csv").get_data(as_text=True)
    assert reference not in exported and elsewhere_ref in exported
    other = app.test_client()
    assert sign_in(other, services, untied_id).status_code == 303
    assert other.get(f"/committee/tickets/{reference}").status_code == 200
    chairs = app.test_client()
    assert sign_in(chairs, services, chair_id).status_code == 303
    page = chairs.get(f"/committee/tickets/{reference}").get_data(as_text=True)
    assert "ข้อมูลของเรื่องนี้ถูกแก้นอกระบบ" in page  # why the tied reviewer is kept from it
    checked = runner.invoke(args=["tickets", "verify"])
    assert checked.exit_code != 0 and reference in checked.output


def test_a_chair_naming_the_agency_keeps_the_ticket_for_members_it_does_not_tie(app, services):
    """The product's own agency change keeps the record whole: a member tied elsewhere sees
    the ticket before and after."""
    with services.uow() as uow:
        ticket = new_ticket(uow, agency=OTHER)
        agencies.review(uow, uow.session.get(Agency, ticket.agency_id))
        tied, _ = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("district", "บ้านกรวด")])
        chair, _ = new_member(uow, "ประธาน", "chair")
        uow.commit()
        reference, tied_id, chair_id = ticket.reference, tied.id, chair.id
    browser = app.test_client()
    assert sign_in(browser, services, tied_id).status_code == 303
    assert browser.get(f"/committee/tickets/{reference}").status_code == 200
    chairs = app.test_client()
    assert sign_in(chairs, services, chair_id).status_code == 303
    named = chairs.post(
        f"/committee/tickets/{reference}/agency",
        data={"csrf_token": csrf_token(chairs), "agency": OTHER},
    )
    assert named.status_code in (302, 303)
    assert browser.get(f"/committee/tickets/{reference}").status_code == 200
    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket).where(Ticket.reference == reference)).one()
        assert can_review(uow, members.get_member(uow, tied_id), ticket)


def test_verify_reads_the_journal_when_a_members_latest_file_is_gone(services, runner):
    """The per-member file is what a request reads; `tickets verify` reads the journal too."""
    with services.uow() as uow:
        member, _ = new_member(uow, "ผู้ตรวจ", "reviewer")
        uow.commit()
        member_id = member.id
    before = _copy(services, member_id)
    with services.uow() as uow:
        members.remove_member(uow, member_id, actor="cli:operator")
        uow.commit()
    _put_back(services, member_id, before)
    (Path(services.config.record_anchor_dir) / "members" / str(member_id)).unlink()
    checked = runner.invoke(args=["tickets", "verify"])
    assert checked.exit_code != 0
    assert f"member {member_id}'s row is older than the application last wrote it" in (
        checked.output
    )


def test_a_record_marked_reviewed_in_the_database_stays_new_until_a_chair_reviews_it(
    app, services, runner
):
    """A citizen's new record is kept from every tied member until a chair looks at it; a
    writer setting `reviewed` does not stand for a chair (the record's mark does not fit)."""
    with services.uow() as uow:
        new_ticket(uow)  # AGENCY is a record
        ticket = new_ticket(uow, agency=OTHER)  # a new record no chair has looked at
        tied, _ = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("agency", AGENCY)])
        chair, _ = new_member(uow, "ประธาน", "chair")
        uow.commit()
        reference, record_id, tied_id, chair_id = (
            ticket.reference,
            ticket.agency_id,
            tied.id,
            chair.id,
        )
    browser = app.test_client()
    assert sign_in(browser, services, tied_id).status_code == 303
    assert browser.get(f"/committee/tickets/{reference}").status_code == 404
    _write(services, update(Agency).where(Agency.id == record_id).values(reviewed=True))
    assert browser.get(f"/committee/tickets/{reference}").status_code == 404
    checked = runner.invoke(args=["tickets", "verify"])
    assert checked.exit_code != 0 and f"agency record {record_id} was marked reviewed" in (
        checked.output
    )
    with services.uow() as uow:  # the chair reviews it on the dashboard
        by = members.get_member(uow, chair_id)
        agencies.review(uow, uow.session.get(Agency, record_id), by)
        uow.commit()
    assert browser.get(f"/committee/tickets/{reference}").status_code == 200
    assert "agency record" not in runner.invoke(args=["tickets", "verify"]).output
