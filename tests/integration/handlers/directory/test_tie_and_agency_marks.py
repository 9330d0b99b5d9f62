"""What recusal reads of a tie's record and of an agency record is marked (migration 0036):
changed in SQL it fails closed and `tickets verify` names it; changed by the product (a
merge, a review, a new record) it still fits."""

from __future__ import annotations

from sqlalchemy import update

from handlers.directory import agencies, members
from handlers.directory.access import in_force
from storage.insider_models import Agency
from storage.models import MemberConflict
from tests.factories import new_member, new_ticket

AGENCY = "อบต.สองห้อง"


def test_a_merge_keeps_the_tie_and_both_records_marked(services, runner):
    with services.uow() as uow:
        tied = new_ticket(uow)
        other = new_ticket(uow, agency="อบต.หนองโบสถ์")
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("agency", AGENCY)])
        uow.commit()
        ids = tied.agency_id, other.agency_id, reviewer.id
    with services.uow() as uow:
        source, target = (uow.session.get(Agency, i) for i in ids[:2])
        agencies.merge(uow, source, target, by="cli:operator")
        uow.commit()
    with services.uow() as uow:
        reviewer = members.get_member(uow, ids[2])
        assert [c.kind for c in in_force(uow, reviewer)] == ["agency"]  # not the whole record
        assert reviewer.conflicts[0].agency_id == ids[1]
        assert agencies.unmarked_ids(uow) == set()
    got = runner.invoke(args=["tickets", "verify"])
    assert "agency record" not in got.output and "pointed to another" not in got.output


def test_verify_names_a_record_moved_and_a_tie_unlinked_in_sql(services, runner):
    with services.uow() as uow:
        ticket = new_ticket(uow)
        new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("agency", AGENCY)])
        uow.commit()
        agency_id = ticket.agency_id
    with services.engine.begin() as conn:
        conn.execute(update(Agency).where(Agency.id == agency_id).values(district="นางรอง"))
        conn.execute(update(MemberConflict).values(agency_id=None))
    got = runner.invoke(args=["tickets", "verify"])
    assert got.exit_code == 1
    assert f"agency record {agency_id} was marked reviewed or merged, renamed" in got.output
    assert "was pointed to another agency record outside the application" in got.output
