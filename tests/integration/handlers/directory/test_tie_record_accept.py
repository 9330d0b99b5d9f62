"""A tie pointed to another agency record outside the application keeps every ticket from
its member; on `/committee/conflicts` a chair sees which tie it is and what it points to now,
and accepts it as it stands (audited) or removes it. Only an active chair whose role counts,
signed in with a link asked for in LINE, never the tied member, a reviewer or the shell."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from handlers.directory import agencies, members, tie_records
from handlers.directory.access import NotAllowed, can_review, hidden_from
from storage.insider_models import Agency
from storage.models import AuditEntry, MemberConflict, Ticket
from tests.dashboard_login import csrf_token, sign_in
from tests.factories import new_member, new_ticket

TIED, ELSEWHERE, OTHER = "อบต.สองห้อง", "อบต.หนองโบสถ์", "อบต.บ้านเป้า"


def _write(services, *statements) -> None:
    """Statements run straight on the database, as a writer without the app's keys would."""
    with services.engine.begin() as conn:
        for stmt in statements:
            conn.execute(stmt)


def _committee(services) -> dict[str, int]:
    """Three tickets (about TIED, ELSEWHERE, OTHER), every record reviewed, a reviewer tied
    to TIED, a chair, and a second chair tied to OTHER."""
    with services.uow() as uow:
        made = {name: new_ticket(uow, agency=name) for name in (TIED, ELSEWHERE, OTHER)}
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("agency", TIED)])
        chair, _ = new_member(uow, "ประธาน", "chair")
        tied_chair, _ = new_member(uow, "ประธานร่วม", "chair", conflicts=[("agency", OTHER)])
        uow.commit()
        for record in uow.session.scalars(select(Agency)):
            agencies.review(uow, record)
        uow.commit()
        ids = {name: ticket.id for name, ticket in made.items()}
        ids["elsewhere_record"] = made[ELSEWHERE].agency_id
        ids |= {"reviewer": reviewer.id, "chair": chair.id, "tied_chair": tied_chair.id}
        ids["tie"] = reviewer.conflicts[0].id
        ids["own_tie"] = tied_chair.conflicts[0].id
        return ids


def _sees(services, member_id: int) -> set[int]:
    """The tickets the member may review, by the Python rule and (asserted equal) SQL's."""
    with services.uow() as uow:
        member = members.get_member(uow, member_id)
        everything = uow.session.scalars(select(Ticket)).all()
        by_python = {t.id for t in everything if can_review(uow, member, t)}
        clause = hidden_from(uow, member).clause()
        stmt = select(Ticket.id) if clause is None else select(Ticket.id).where(clause)
        assert set(uow.session.scalars(stmt)) == by_python
        return by_python


def _accept(client, tie_id: int) -> int:
    url = f"/committee/conflicts/{tie_id}/accept"
    form = {"csrf_token": csrf_token(client, "/committee/conflicts")}
    return client.post(url, data=form).status_code


def test_a_chair_sees_the_broken_tie_and_accepts_it_as_it_points(app, services, runner):
    ids = _committee(services)
    assert _sees(services, ids["reviewer"]) == {ids[ELSEWHERE], ids[OTHER]}
    record = update(MemberConflict).where(MemberConflict.id == ids["tie"])
    _write(services, record.values(agency_id=ids["elsewhere_record"]))
    assert _sees(services, ids["reviewer"]) == set()  # fail closed
    assert "pointed to another agency record" in runner.invoke(args=["tickets", "verify"]).output

    chair = app.test_client()
    assert sign_in(chair, services, ids["chair"]).status_code == 303
    page = chair.get("/committee/conflicts").get_data(as_text=True)
    section = page.split('id="broken-ties"', 1)[1].split("</section>", 1)[0]
    said, now = section.split("<td>")[3:5]  # the tie as declared; the record it points to now
    assert "สองห้อง" in said and "หนองโบสถ์" in now and "ผู้ตรวจ" in section
    assert f"/committee/conflicts/{ids['tie']}/accept" in section

    reviewer = app.test_client()
    assert sign_in(reviewer, services, ids["reviewer"]).status_code == 303
    assert _accept(reviewer, ids["tie"]) == 403
    assert _accept(chair, ids["tie"]) == 303
    assert 'id="broken-ties"' not in chair.get("/committee/conflicts").get_data(as_text=True)

    # As it points now: kept from its own agency (the typed name) and from the one pointed to.
    assert _sees(services, ids["reviewer"]) == {ids[OTHER]}
    assert "pointed to another" not in runner.invoke(args=["tickets", "verify"]).output
    with services.uow() as uow:
        entry = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == tie_records.TIE_ACCEPTED)
        ).one()
        assert entry.actor == f"member:{ids['chair']}" and entry.at is not None
        assert f"member {ids['reviewer']}" in entry.detail
        assert members.record_fits(uow, members.get_member(uow, ids["reviewer"]))
    audit_page = chair.get("/committee/audit").get_data(as_text=True)
    assert "ประธานรับรองส่วนได้เสียที่ถูกชี้ไปหน่วยงานอื่นนอกระบบ" in audit_page


def test_a_tied_chair_cannot_accept_their_own_tie(app, services):
    ids = _committee(services)
    _write(
        services,
        update(MemberConflict)
        .where(MemberConflict.id == ids["own_tie"])
        .values(agency_id=ids["elsewhere_record"]),
    )
    tied = app.test_client()
    assert sign_in(tied, services, ids["tied_chair"]).status_code == 303
    assert _accept(tied, ids["own_tie"]) == 403
    assert _sees(services, ids["tied_chair"]) == set()
    # Another chair can; the tie then keeps OTHER's ticket and ELSEWHERE's, and no more.
    chair = app.test_client()
    assert sign_in(chair, services, ids["chair"]).status_code == 303
    assert _accept(chair, ids["own_tie"]) == 303
    assert _sees(services, ids["tied_chair"]) == {ids[TIED]}


def test_a_chair_who_sees_nothing_or_is_tied_to_the_record_cannot_accept(services):
    ids = _committee(services)
    _write(
        services,
        update(MemberConflict).values(agency_id=ids["elsewhere_record"]),  # both ties
    )
    with services.uow() as uow:
        tied_chair = members.get_member(uow, ids["tied_chair"])
        assert not tie_records.may_accept_ties(uow, tied_chair)  # kept from every ticket
        tie = uow.session.get(MemberConflict, ids["tie"])
        with pytest.raises(NotAllowed):
            tie_records.accept_tie(uow, tied_chair, tie)
    # A chair tied to the record the broken tie points to now may not name it either.
    with services.uow() as uow:
        chair = members.get_member(uow, ids["chair"])
        members.declare_conflict(uow, chair, "agency", ELSEWHERE, None)
        uow.commit()
        with pytest.raises(NotAllowed):
            tie_records.accept_tie(uow, chair, uow.session.get(MemberConflict, ids["tie"]))


def test_a_chair_removes_a_broken_tie_instead(app, services):
    ids = _committee(services)
    _write(
        services,
        update(MemberConflict).where(MemberConflict.id == ids["tie"]).values(agency_id=None),
    )
    chair = app.test_client()
    assert sign_in(chair, services, ids["chair"]).status_code == 303
    page = chair.get("/committee/conflicts").get_data(as_text=True)
    assert "ไม่ชี้ไปหน่วยงานใด" in page.split('id="broken-ties"', 1)[1]
    form = {"csrf_token": csrf_token(chair, "/committee/conflicts"), "conflict_id": str(ids["tie"])}
    assert chair.post("/committee/conflicts/remove", data=form).status_code == 303
    assert 'id="broken-ties"' not in chair.get("/committee/conflicts").get_data(as_text=True)
    assert _sees(services, ids["reviewer"]) == {ids[TIED], ids[ELSEWHERE], ids[OTHER]}


def test_a_shell_link_chair_and_the_command_line_cannot_accept(app, services, runner):
    ids = _committee(services)
    _write(
        services,
        update(MemberConflict).where(MemberConflict.id == ids["tie"]).values(agency_id=None),
    )
    with services.uow() as uow:
        token = members.issue_login_token(
            uow, members.get_member(uow, ids["chair"]), from_shell=True
        )
        uow.commit()
    shell = app.test_client()
    url = f"/committee/login/{token}"
    shell.post(url, data={"csrf_token": csrf_token(shell, url)})
    page = shell.get("/committee/conflicts").get_data(as_text=True)
    assert 'id="broken-ties"' in page and f"/conflicts/{ids['tie']}/accept" not in page
    assert _accept(shell, ids["tie"]) == 403
    got = runner.invoke(
        args=[
            "members",
            "conflicts",
            "accept",
            "--id",
            str(ids["reviewer"]),
            "--kind",
            "agency",
            "--value",
            TIED,
        ]
    )
    assert got.exit_code != 0 and "/committee/conflicts" in got.output
    assert _sees(services, ids["reviewer"]) == set()


def test_a_chair_tied_to_a_deleted_tie_may_not_accept_its_members_record(services):
    """A writer deletes the reviewer's tie to TIED (the row no longer fits its seal): a chair
    tied to TIED may not accept the record as it stands (the record journal still names the
    tie), an untied chair may; the reviewer stays kept from TIED's ticket until then."""
    ids = _committee(services)
    with services.uow() as uow:
        same, _ = new_member(uow, "ประธานสาม", "chair", conflicts=[("agency", TIED)])
        uow.commit()
        same_id = same.id
    _write(services, MemberConflict.__table__.delete().where(MemberConflict.id == ids["tie"]))
    assert ids[TIED] not in _sees(services, ids["reviewer"])
    with services.uow() as uow:
        reviewer = members.get_member(uow, ids["reviewer"])
        with pytest.raises(NotAllowed):
            members.accept_record(uow, members.get_member(uow, same_id), reviewer)
        members.accept_record(uow, members.get_member(uow, ids["chair"]), reviewer)
        uow.commit()
    assert ids[TIED] in _sees(services, ids["reviewer"])  # the untied chair's word
