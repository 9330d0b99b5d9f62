"""Acts that change which agency recusal reads for a ticket write it on the ticket's timeline,
so a database writer who copies the ticket's row (and its then valid seal) back from before
the act is reported by `tickets verify`, and the chair reads on the ticket what happened."""

from __future__ import annotations

from sqlalchemy import select, text

from handlers.directory import agencies
from storage import tickets
from storage.insider_models import Agency
from tests.dashboard_login import csrf_token, sign_in
from tests.factories import add_member, add_ticket


def _row(services, reference: str) -> dict:
    with services.engine.connect() as conn:
        found = conn.execute(text("SELECT * FROM tickets WHERE reference = :r"), {"r": reference})
        return dict(found.one()._mapping)


def _copy_back(services, row: dict) -> None:
    columns = [c for c in row if c != "id"]
    assignments = ", ".join(f"{c} = :{c}" for c in columns)
    with services.engine.begin() as conn:
        conn.execute(text(f"UPDATE tickets SET {assignments} WHERE id = :id"), row)


def _verify(runner) -> tuple[int, str]:
    done = runner.invoke(args=["tickets", "verify"])
    return done.exit_code, done.output


def _agency_id(services, name: str) -> int:
    with services.uow() as uow:
        return uow.session.scalars(select(Agency.id).where(Agency.name == name)).one()


def test_a_ticket_row_copied_back_from_before_a_merge_is_reported(app, services, runner):
    nickname = add_ticket(services, agency="ร.ร.ภูมิพิทยาคาร")
    add_ticket(services, agency="โรงเรียนบ้านสวาย")
    before = _row(services, nickname)
    chair = app.test_client()
    assert sign_in(chair, services, add_member(services, "chair", "ประธาน")).status_code == 303
    form = {
        "source": _agency_id(services, "โรงเรียนภูมิพิทยาคาร"),
        "target": _agency_id(services, "โรงเรียนบ้านสวาย"),
    }
    chair.post("/committee/accused-agencies/merge", data={**form, "csrf_token": csrf_token(chair)})
    assert _row(services, nickname)["agency_id"] == form["target"]
    page = chair.get(f"/committee/tickets/{nickname}").get_data(as_text=True)
    assert "กำหนดหน่วยงานของเรื่อง" in page and "โรงเรียนภูมิพิทยาคาร → โรงเรียนบ้านสวาย" in page
    assert _verify(runner)[0] == 0
    _copy_back(services, before)
    code, output = _verify(runner)
    assert code == 1 and nickname in output


def test_a_name_linked_to_a_new_record_moves_the_tickets_chain(services):
    """A ticket names a school no record knows yet; a later ticket makes the record and the
    first ticket's name is linked to it (now counted for recusal): on its timeline too."""
    first = add_ticket(services, agency="อบต.ชุมเห็ด", description="ครูโรงเรียนบ้านหนองตาดเรียกเงิน")
    with services.uow() as uow:
        head = tickets.by_reference(uow, first).chain_head
    add_ticket(services, agency="โรงเรียนบ้านหนองตาด")
    school = _agency_id(services, "โรงเรียนบ้านหนองตาด")
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, first)
        assert school in {m.agency_id for m in ticket.agency_mentions}
        assert [e.kind for e in ticket.timeline][-1] == agencies.AGENCY_EVENT
        assert ticket.chain_head != head
