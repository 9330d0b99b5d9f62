"""Walk 32: an agency record named after a sub-district found in more than one district
("อบต.สะเดา") shows the district its ticket names, not "–", on the chair's agency list."""

from __future__ import annotations

from sqlalchemy import select

from handlers.directory import agencies
from storage.insider_models import Agency
from tests.factories import add_ticket


def _district_of(services, key: str) -> str | None:
    with services.uow() as uow:
        return uow.session.scalars(select(Agency.district).where(Agency.key == key)).first()


def test_a_sub_districts_body_takes_the_district_its_ticket_names(services):
    add_ticket(services, agency="อบต.สะเดา", district="พลับพลาชัย", subdistrict="สะเดา")
    assert _district_of(services, "sao:สะเดา") == "พลับพลาชัย"


def test_a_district_without_that_sub_district_is_not_taken(services):
    add_ticket(services, agency="อบต.สะเดา", district="ลำปลายมาศ", subdistrict="หนองบัวโคก")
    assert _district_of(services, "sao:สะเดา") is None


def test_a_record_made_before_takes_the_district_when_the_chair_reviews_it(services):
    add_ticket(services, agency="อบต.สะเดา", district="พลับพลาชัย", subdistrict="สะเดา")
    with services.uow() as uow:
        record = uow.session.scalars(select(Agency).where(Agency.key == "sao:สะเดา")).one()
        record.district = None
        uow.commit()
    with services.uow() as uow:
        record = uow.session.scalars(select(Agency).where(Agency.key == "sao:สะเดา")).one()
        agencies.review(uow, record)
        uow.commit()
    assert _district_of(services, "sao:สะเดา") == "พลับพลาชัย"
