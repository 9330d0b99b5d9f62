"""What recusal reads of a tie's record and of an agency record is marked (migration 0036):
changed in SQL it fails closed and `tickets verify` names it; changed by the product (a
merge, a review, a new record) it still fits."""

from __future__ import annotations

from sqlalchemy import update

from handlers.directory import agencies, members
from handlers.directory.access import in_force
from storage.insider_models import Agency
from storage.models import MemberConflict, Ticket
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


def test_a_spelling_moved_to_another_record_in_sql_frees_no_tied_member(services, runner):
    """A complaint's "อบต.กลันตา" made a record of its own, reviewed; a reviewer then declared
    a tie to อบต.กลันทา (a record of its own: the misspelling scores under CONFIDENT). The
    writer points the misspelt record's one spelling at a reviewed school's record. The
    misspelt record still scores by its own (marked) key, the school holds a spelling that
    is not its own: both kept from the tied member, and `tickets verify` names the school.
    Once a chair has reviewed the school its spellings are its own again: it keeps the
    misspelling, and so stays kept from the tied member."""
    from handlers.directory.access import can_review
    from storage.insider_models import AgencyAlias

    with services.uow() as uow:
        misspelt = new_ticket(uow, agency="อบต.กลันตา")
        school = new_ticket(uow, agency="โรงเรียนบ้านบัว")
        for ticket in (misspelt, school):
            agencies.review(uow, uow.session.get(Agency, ticket.agency_id))
        uow.commit()
        ids = [misspelt.id, school.id, misspelt.agency_id, school.agency_id]
    with services.uow() as uow:
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("agency", "อบต.กลันทา")])
        uow.commit()
        assert reviewer.conflicts[0].agency_id not in ids[2:]
        ids.append(reviewer.id)

    def seen() -> list[bool]:
        with services.uow() as uow:
            member = members.get_member(uow, ids[4])
            return [can_review(uow, member, uow.session.get(Ticket, i)) for i in ids[:2]]

    assert seen() == [False, True]
    with services.engine.begin() as conn:
        conn.execute(
            update(AgencyAlias).where(AgencyAlias.agency_id == ids[2]).values(agency_id=ids[3])
        )
    assert seen() == [False, False]
    got = runner.invoke(args=["tickets", "verify"])
    assert got.exit_code == 1 and f"agency record {ids[3]}'s spellings" in got.output
    with services.uow() as uow:
        agencies.review(uow, uow.session.get(Agency, ids[3]))
        uow.commit()
    with services.uow() as uow:
        assert agencies.unmarked_ids(uow) == set()
    assert seen() == [False, False]
