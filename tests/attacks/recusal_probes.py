"""What the recusal attack files share: a tied reviewer beside a reviewed school, a ticket named
in the attack's words, and whether the member sees it (in Python) and lists it (in SQL)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from handlers.directory import access, agencies
from storage import tickets
from storage.models import Member, Ticket
from tests.factories import add_member, add_ticket

SQLITE = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
TIE = "อบต.กลันทา"
# A reviewed record no tie touches: a ticket about it alone is seen by the tied member.
SCHOOL = "โรงเรียนบ้านบัว"
STORY = "เรียกรับเงินค่าใบอนุญาตก่อสร้าง 5,000 บาท"
NANG_RONG = ("district", "นางรอง")


def _engine(app):
    return app.extensions["sujarit"].engine


def _reviewed(services, *names: str) -> None:
    with services.uow() as unit:
        for name in names:
            agencies.create(unit, name, "admin", reviewed=True)
        unit.commit()


def _sees(services, member_id: int, reference: str) -> bool:
    with services.uow() as unit:
        member = unit.session.get(Member, member_id)
        return access.can_review(unit, member, tickets.by_reference(unit, reference))


def _listed(services, member_id: int, reference: str) -> bool:
    """Whether the SQL rule (lists, exports, figures) shows the ticket to the member."""
    with services.uow() as unit:
        member = unit.session.get(Member, member_id)
        clause = access.hidden_from(unit, member).clause()
        stmt = select(Ticket.reference).where(Ticket.reference == reference)
        if clause is not None:
            stmt = stmt.where(clause)
        return unit.session.scalar(stmt) is not None


def _tied_and_school(services, tie=("agency", TIE)) -> int:
    """A reviewer tied by `tie`; the school a reviewed record; a ticket about the school
    alone is shown to them (so a hidden ticket below is hidden by what the attack names)."""
    tied = add_member(services, "reviewer", conflicts=[tie])
    _reviewed(services, SCHOOL)
    control = add_ticket(services, agency=SCHOOL, official="ครูใหญ่", description=STORY)
    assert _sees(services, tied, control) and _listed(services, tied, control)
    return tied


def _named(services, tie=("agency", TIE), **fields) -> tuple[int, str]:
    tied = _tied_and_school(services, tie)
    values = {"agency": SCHOOL, "official": "ครูใหญ่", "description": STORY, **fields}
    return tied, add_ticket(services, **values)
