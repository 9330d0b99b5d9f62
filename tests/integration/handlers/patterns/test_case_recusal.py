"""A case is one matter: recusal on one of its tickets is recusal on the case, also where the
member meets the case through a ticket they may see (the digest's mark, confirming a link
into it). Found by the acceptance walk of #23 in local mode: a reviewer with a conflict on
the district office confirmed a new report into a case of four, and the next day's digest
told them that the one case ticket they could see belonged to an open case."""

from __future__ import annotations

from datetime import time

import pytest

from handlers.committee.digest import DigestPolicy, send_digests
from handlers.directory import agencies
from handlers.directory.access import NotAllowed
from handlers.patterns import related
from handlers.tickets.sla_policy import SlaPolicy
from storage import patterns
from tests.clock import Clock
from tests.factories import NOW, new_member, new_ticket, texts
from tests.scheduling import pushes

# The same headman, reported to the district office (which the conflicted member may not see)
# and to the sub-district council (which they may).
AT_THE_DISTRICT = {
    "kind": "bribery",
    "agency": "ที่ว่าการอำเภอนางรอง",
    "official": "ผู้ใหญ่บ้าน",
    "district": "นางรอง",
    "subdistrict": "หนองกง",
    "description": "ผู้ใหญ่บ้านหมู่ 3 บ้านหนองกง เก็บเงินครอบครัวละ 200 บาท ค่าทำบัตรสวัสดิการแห่งรัฐ",
}
AT_THE_COUNCIL = AT_THE_DISTRICT | {
    "agency": "อบต.หนองกง",
    "official": "ผญบ",
    "description": "ผญบ หมู่สาม หนองกง มาเก็บเงินค่าบัตรสวัสดิการ บ้านละ 200 บาท บ่มีใบเสร็จเด้อ",
}
ONCE_MORE = AT_THE_COUNCIL | {
    "official": "ผู้ใหญ่บ้าน",
    "description": "ผู้ใหญ่บ้านหมู่3 เก็บเงินค่าทำบัตรสวัสดิการครอบครัวละ200 ไม่จ่ายไม่ได้บัตร",
}
SAID = "อาจเป็นเรื่องเดียวกับกรณีที่เปิดอยู่"


@pytest.fixture
def clock():
    """A fixed clock, so that the reports' dates agree with the app's."""
    return Clock(NOW)


@pytest.fixture
def walk(services):
    """A case of two (one at the district office, one at the council), a free reviewer, a
    chair, a reviewer tied to the district office, and a new report at the council linked
    to the case's council ticket. Both agency records are reviewed by a chair."""
    with services.uow() as uow:
        for name in ("ที่ว่าการอำเภอนางรอง", "อบต.หนองกง"):
            agencies.add_reviewed(uow, name, "operator")
        free_member, free = new_member(uow, "กรรมการอิสระ")
        chair, _ = new_member(uow, "ประธาน", role="chair")
        tied_member, tied = new_member(
            uow, "ญาติที่อำเภอ", conflicts=[("agency", "ที่ว่าการอำเภอนางรอง")]
        )
        district, council = new_ticket(uow, **AT_THE_DISTRICT), new_ticket(uow, **AT_THE_COUNCIL)
        related.find(uow, district)
        related.find(uow, council)
        link = patterns.link_between(uow, district.id, council.id)
        assert link is not None, "the two reports of one matter are linked"
        related.confirm(uow, chair, council, link.id)
        fresh = new_ticket(uow, **ONCE_MORE)
        related.find(uow, fresh)
        assert patterns.link_between(uow, fresh.id, council.id) is not None
        uow.commit()
        return {
            "free": free,
            "tied": tied,
            "free_id": free_member.id,
            "tied_id": tied_member.id,
            "fresh": fresh.reference,
            "fresh_id": fresh.id,
            "council_id": council.id,
        }


def test_the_digest_does_not_tell_a_conflicted_member_of_a_case_kept_from_them(
    services, gateway, walk
):
    policy = DigestPolicy(time(8, 0), SlaPolicy(), "https://sujarit.example.org/committee/tickets")
    with services.uow() as uow:
        send_digests(uow, policy)
        uow.commit()
    services.sender.send_due()
    free_digest = texts(pushes(gateway, walk["free"])[-1])
    assert walk["fresh"] in free_digest and SAID in free_digest
    tied_digest = texts(pushes(gateway, walk["tied"])[-1])
    # They may see the new report and the council's ticket, but not the case: its other
    # ticket is at the district office. The mark would tell them there is one.
    assert walk["fresh"] in tied_digest
    assert SAID not in tied_digest


def test_a_conflicted_member_cannot_join_a_ticket_to_a_case_kept_from_them(services, walk):
    from storage.models import Member, Ticket

    with services.uow() as uow:
        member = uow.session.get(Member, walk["tied_id"])
        fresh = uow.session.get(Ticket, walk["fresh_id"])
        link = patterns.link_between(uow, walk["fresh_id"], walk["council_id"])
        with pytest.raises(NotAllowed):
            related.confirm(uow, member, fresh, link.id)
        uow.rollback()
    with services.uow() as uow:
        assert patterns.case_of(uow, walk["fresh_id"]) is None
        member = uow.session.get(Member, walk["free_id"])
        fresh = uow.session.get(Ticket, walk["fresh_id"])
        link = patterns.link_between(uow, walk["fresh_id"], walk["council_id"])
        related.confirm(uow, member, fresh, link.id)  # a member free of the case may
        uow.commit()
        assert patterns.case_of(uow, walk["fresh_id"]) is not None


def test_two_tickets_joined_through_a_kept_ticket_do_not_show_the_case(services, walk):
    """Found by the acceptance walk of #21: the new report joins the case through the district
    office's ticket; its link to the council's ticket stays suggested, and the conflicted
    member (who may see both council tickets) was shown 'อยู่ในกรณีเดียวกันแล้ว' on it, so a
    case they cannot see, and a ticket joining them, showed."""
    from sqlalchemy import select

    from storage.models import Member, Ticket

    with services.uow() as uow:
        chair = uow.session.scalars(select(Member).where(Member.role == "chair")).first()
        fresh = uow.session.get(Ticket, walk["fresh_id"])
        district_id = next(
            t.ticket_id
            for t in patterns.case_tickets(uow, patterns.case_of(uow, walk["council_id"]).case_id)
            if t.ticket_id != walk["council_id"]
        )
        through = patterns.link_between(uow, walk["fresh_id"], district_id)
        assert through is not None, "the new report is linked to the district office's too"
        related.confirm(uow, chair, fresh, through.id)
        uow.commit()
    with services.uow() as uow:
        fresh = uow.session.get(Ticket, walk["fresh_id"])
        council = walk["council_id"]
        free = uow.session.get(Member, walk["free_id"])
        tied = uow.session.get(Member, walk["tied_id"])
        seen_free = {r.ticket.id: r.in_one_case for r in related.visible(uow, free, fresh)}
        seen_tied = {r.ticket.id: r.in_one_case for r in related.visible(uow, tied, fresh)}
    assert seen_free[council] is True  # a member free of the case is told
    assert seen_tied == {council: False}  # the tied one sees a suggestion, as before
