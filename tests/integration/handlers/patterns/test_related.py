"""Related complaints on a real database: linked by content only, recusal on every linked
ticket, confirm and dismiss audited, and the reporter told without a small count."""

from __future__ import annotations

import json
import re
from typing import NamedTuple

import pytest
from sqlalchemy import select

from handlers.directory import agencies, members
from handlers.directory.access import NotAllowed
from handlers.patterns import cases, related
from handlers.replies import to_json
from storage import patterns, privacy, tickets
from storage.insider_models import Agency
from storage.models import AuditEntry, Member, OutboxMessage
from storage.pattern_models import TicketLink, TicketSignature
from tests.clock import Clock
from tests.factories import NOW, add_member, line_id, new_ticket, texts
from tests.scheduling import pushes

HEADMAN = {
    "kind": "bribery",
    "agency": "อบต.หนองโบสถ์",
    "official": "ผู้ใหญ่บ้านหมู่ 5",
    "district": "นางรอง",
    "subdistrict": "หนองโบสถ์",
    "description": "ผู้ใหญ่บ้านหมู่ 5 เก็บเงินครอบครัวละ 200 บาท บอกว่าเป็นค่าทำบัตรสวัสดิการแห่งรัฐ",
}
RETOLD = HEADMAN | {
    "official": "ผญบ.ม.5",
    "description": "ผญบ.ม.๕ เรียกเก็บเงินคนละสองร้อยบาทค่าบัตรสวัสดิการ ใครไม่จ่ายไม่ได้บัตร",
}
ROAD = HEADMAN | {
    "kind": "procurement",
    "official": "นายก อบต.",
    "description": "ถนนคอนกรีตสายหนองโบสถ์ สร้างเสร็จไม่ถึงสองเดือนแตกหมด ผู้รับเหมาเป็นญาตินายก",
}


@pytest.fixture
def clock():
    """A fixed clock, so that the reports' dates agree with the app's."""
    return Clock(NOW)


def filed(services, owner: str | None = None, **fields) -> str:
    """A ticket, committed, and its related search run as at submission; its reference."""
    with services.uow() as uow:
        ticket = new_ticket(uow, owner, **fields)
        related.find(uow, ticket)
        uow.commit()
        return ticket.reference


class Link(NamedTuple):
    """A stored link as read back."""

    id: int
    score: float
    reasons: str
    state: str


def links(services, reference: str) -> dict[str, Link]:
    """The ticket's links, by the other ticket's reference."""
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, reference)
        return {
            other.reference: Link(link.id, link.score, link.reasons, link.state)
            for link, other in patterns.links_of(uow, ticket.id)
        }


def shown_to(services, member_id: int, reference: str) -> list[str]:
    """The references a member sees in the ticket's related list."""
    with services.uow() as uow:
        member = uow.session.get(Member, member_id)
        ticket = tickets.by_reference(uow, reference)
        return [r.ticket.reference for r in related.visible(uow, member, ticket)]


def test_reports_of_one_matter_are_linked_and_say_why(services):
    first = filed(services, **HEADMAN)
    road = filed(services, **ROAD)
    second = filed(services, **RETOLD)
    found = links(services, second)
    assert set(found) == {first}  # the road at the same agency is another matter
    assert road not in links(services, first)
    reviewer = add_member(services, "reviewer")
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, second)
        member = uow.session.get(Member, reviewer)
        (item,) = related.visible(uow, member, ticket)
    assert item.reason_th.startswith("หน่วยงานและเจ้าหน้าที่เดียวกัน")
    assert "วันเดียวกัน" in item.reason_th and "เรื่องคล้ายกัน" in item.reason_th
    assert item.reason_en.startswith("same agency and official")


def test_the_reporter_never_counts(services):
    """Two reports by one LINE user link exactly as two by strangers: same score, same reasons."""
    owner = line_id()
    mine = filed(services, owner, **HEADMAN)
    also_mine = filed(services, owner, **RETOLD)
    stranger = filed(services, **RETOLD)
    by_owner, by_stranger = links(services, mine)[also_mine], links(services, mine)[stranger]
    assert (by_owner.score, by_owner.reasons) == (by_stranger.score, by_stranger.reasons)
    assert not hasattr(TicketLink, "owner_hash")


def test_a_conflicted_member_learns_nothing_of_a_linked_ticket(services):
    with services.uow() as uow:  # the district office is a record a chair has reviewed
        agencies.add_reviewed(uow, "ที่ว่าการอำเภอนางรอง", "operator")
        uow.commit()
    told_to_district = HEADMAN | {
        "agency": "ที่ว่าการอำเภอนางรอง",
        "description": "พ่อใหญ่บ้านหมู่ 5 เอาเงินจากชาวบ้าน 200 บาททุกหลังคาเรือน ค่าบัตรสวัสดิการ",
    }
    visible = filed(services, **told_to_district)
    tied = filed(services, **HEADMAN)
    assert tied in links(services, visible)
    conflicted = add_member(services, "reviewer", conflicts=[("agency", "อบต.หนองโบสถ์")])
    free = add_member(services, "reviewer")
    assert shown_to(services, free, visible) == [tied]
    assert shown_to(services, conflicted, visible) == []
    link = links(services, visible)[tied]
    with services.uow() as uow:
        member = uow.session.get(Member, conflicted)
        ticket = tickets.by_reference(uow, visible)
        with pytest.raises(NotAllowed):
            related.confirm(uow, member, ticket, link.id)


def test_confirming_makes_a_case_audited_on_both_and_tells_each_reporter(services, gateway, runner):
    one, two = line_id(), line_id()
    first = filed(services, one, **HEADMAN)
    second = filed(services, two, **RETOLD)
    chair = add_member(services, "chair")
    with services.uow() as uow:
        member = uow.session.get(Member, chair)
        ticket = tickets.by_reference(uow, second)
        link = patterns.link_between(
            uow, *[tickets.by_reference(uow, r).id for r in (first, second)]
        )
        case_id = related.confirm(uow, member, ticket, link.id)
        uow.commit()
    with services.uow() as uow:
        a, b = (tickets.by_reference(uow, r) for r in (first, second))
        assert patterns.case_of(uow, a.id).case_id == patterns.case_of(uow, b.id).case_id == case_id
        assert a.status == b.status == "submitted"  # each keeps its own status
        audited = uow.session.scalars(
            select(AuditEntry.ticket_id).where(AuditEntry.action == "confirm_link")
        )
        assert sorted(audited) == sorted([a.id, b.id])
        assert [e.kind for e in b.timeline][-1] == "link_confirmed"
        assert [e.internal for e in b.timeline][-1] is True
        assert patterns.link_between(uow, a.id, b.id).state == "confirmed"
    services.sender.send_due()
    for owner, reference in ((one, first), (two, second)):
        told = texts([m for batch in pushes(gateway, owner) for m in batch])
        assert f"เรื่อง {reference} ของท่าน มีผู้อื่นแจ้งเรื่องเดียวกันเข้ามาด้วยค่ะ" in told
        assert "รวม" not in told  # two reports: under the transparency threshold, no count
        # What is promised is what holds: the chair may see a named reporter's name (and an
        # agency, with consent), but the other reporters are never told it.
        assert "ผู้แจ้งคนอื่นจะไม่รู้ว่าท่านเป็นใคร" in told
        assert (second if reference == first else first) not in told
    verified = runner.invoke(args=["tickets", "verify"])  # the timelines' chains still hold
    assert verified.exit_code == 0, verified.output


def test_the_count_is_told_only_at_the_threshold(services, gateway):
    owners = [line_id() for _ in range(5)]
    references = [filed(services, owner, **RETOLD) for owner in owners]
    chair = add_member(services, "chair")
    with services.uow() as uow:
        member = uow.session.get(Member, chair)
        first = tickets.by_reference(uow, references[0])
        for reference in references[1:]:
            other = tickets.by_reference(uow, reference)
            related.confirm(uow, member, first, patterns.link_between(uow, first.id, other.id).id)
        uow.commit()
    services.sender.send_due()
    last = texts([m for batch in pushes(gateway, owners[-1]) for m in batch])
    assert "รวม 5 เรื่องค่ะ" in last
    second = texts([m for batch in pushes(gateway, owners[1]) for m in batch])
    assert "รวม" not in second  # it joined when the case held two


def confirmed(services, first: str, second: str, chair: int | None = None) -> None:
    """A chair confirms that the two tickets are one matter."""
    chair = chair or add_member(services, "chair")
    with services.uow() as uow:
        member = uow.session.get(Member, chair)
        a, b = (tickets.by_reference(uow, r) for r in (first, second))
        related.confirm(uow, member, b, patterns.link_between(uow, a.id, b.id).id)
        uow.commit()


def told(services, gateway, owner: str) -> str:
    """Everything pushed to one reporter so far."""
    services.sender.send_due()
    return texts([m for batch in pushes(gateway, owner) for m in batch])


def test_a_reporter_whose_own_reports_make_the_case_is_not_told_of_others(services, gateway):
    owner, stranger = line_id(), line_id()
    first = filed(services, owner, **HEADMAN)
    second = filed(services, owner, **RETOLD)
    confirmed(services, first, second)
    mine = told(services, gateway, owner)
    for reference in (first, second):
        assert f"เรื่อง {reference} ของท่าน คณะกรรมการได้รวมไว้กับเรื่องอื่นที่ท่านแจ้งเข้ามา" in mine
    assert "ผู้อื่น" not in mine and "ผู้แจ้งคนอื่น" not in mine
    # A stranger's report joins: for the stranger others did report it; the owner's two
    # reports are told nothing again.
    third = filed(services, stranger, **RETOLD)
    confirmed(services, first, third)
    assert f"เรื่อง {third} ของท่าน มีผู้อื่นแจ้งเรื่องเดียวกันเข้ามาด้วยค่ะ" in told(services, gateway, stranger)
    assert told(services, gateway, owner) == mine
    # The owner's next report joins a case that now holds a stranger's: others reported it.
    fourth = filed(services, owner, **RETOLD)
    confirmed(services, first, fourth)
    assert f"เรื่อง {fourth} ของท่าน มีผู้อื่นแจ้งเรื่องเดียวกันเข้ามาด้วยค่ะ" in told(services, gateway, owner)


def removed_identity(services, reference: str) -> None:
    """The ticket's identity removed (its retention period ended, or its reporter erased)."""
    with services.uow() as uow:
        privacy.remove_identity(uow, tickets.by_reference(uow, reference), "test")
        uow.commit()


def test_a_reporter_is_not_told_of_others_when_the_others_may_be_their_own(services, gateway):
    """A report whose identity was removed may be this reporter's own: "others reported it"
    could be untrue, so they are told only that it was put together with other reports (as
    a stranger joining such a case is: the notice tells neither whose the others were)."""
    owner, stranger = line_id(), line_id()
    old = filed(services, owner, **HEADMAN)
    removed_identity(services, old)
    new = filed(services, owner, **RETOLD)
    confirmed(services, old, new)
    mine = told(services, gateway, owner)
    assert f"เรื่อง {new} ของท่าน คณะกรรมการได้รวมไว้กับเรื่องอื่นที่แจ้งเข้ามาในเรื่องเดียวกันค่ะ" in mine
    assert "ผู้อื่น" not in mine and "ผู้แจ้งคนอื่น" not in mine
    assert old not in mine
    # A stranger whose report joins only such a report is told the same words.
    gone = filed(services, line_id(), **HEADMAN)
    removed_identity(services, gone)
    third = filed(services, stranger, **RETOLD)
    confirmed(services, gone, third)
    theirs = told(services, gateway, stranger)
    assert f"เรื่อง {third} ของท่าน คณะกรรมการได้รวมไว้กับเรื่องอื่นที่แจ้งเข้ามาในเรื่องเดียวกันค่ะ" in theirs
    # Once a report with a reporter who is not this one is in the case, others did report it.
    fourth = filed(services, owner, **RETOLD)
    confirmed(services, third, fourth)
    assert f"เรื่อง {fourth} ของท่าน มีผู้อื่นแจ้งเรื่องเดียวกันเข้ามาด้วยค่ะ" in told(services, gateway, owner)


def test_a_reporter_with_an_anonymous_and_a_named_report_is_told_they_were_put_together(
    services, gateway
):
    """Anonymity is towards others, not towards the reporter: their named and anonymous
    reports are their own, and so is one whose name and phone they later withdrew."""
    owner = line_id()
    anonymous = filed(services, owner, **HEADMAN)
    named = filed(services, owner, name="สมศรี ใจดี", phone="0812345678", **RETOLD)
    with services.uow() as uow:
        privacy.drop_contact(uow, tickets.by_reference(uow, named), "test")
        uow.commit()
    confirmed(services, anonymous, named)
    mine = told(services, gateway, owner)
    for reference in (anonymous, named):
        assert f"เรื่อง {reference} ของท่าน คณะกรรมการได้รวมไว้กับเรื่องอื่นที่ท่านแจ้งเข้ามา" in mine
    assert "ผู้อื่น" not in mine


def test_the_count_is_told_when_the_others_may_be_their_own(services, gateway):
    owner = line_id()
    references = [filed(services, line_id(), **RETOLD) for _ in range(4)]
    for reference in references:
        removed_identity(services, reference)
    references.append(filed(services, owner, **RETOLD))
    for reference in references[1:]:
        confirmed(services, references[0], reference)
    mine = told(services, gateway, owner)
    assert "รวม 5 เรื่องค่ะ" in mine and "ผู้อื่น" not in mine


def trace(services, references: list[str], since: set[str]) -> dict:
    """What members, the audit log and the delivery pages hold of a case's tickets and of the
    messages queued after `since` (outbox ids), ids and times left out; and the size of the
    notice each reporter is sent, as it waits sealed in the outbox."""
    with services.uow() as uow:
        found = [tickets.by_reference(uow, r) for r in references]
        ids = [t.id for t in found]
        said = uow.session.scalars(select(AuditEntry).where(AuditEntry.ticket_id.in_(ids)))
        queued = uow.session.scalars(select(OutboxMessage).where(OutboxMessage.id.not_in(since)))
        notices = [cases.notice(uow, t, patterns.case_of(uow, t.id).case_id) for t in found]
        return {
            "timelines": sorted([(e.kind, e.internal, e.actor) for e in t.timeline] for t in found),
            "audit": sorted((e.action, e.actor, re.sub(r"\d+", "N", e.detail or "")) for e in said),
            "outbox": sorted((m.channel, m.purpose, m.recipient_count, m.status) for m in queued),
            "sealed": sorted(len(json.dumps(to_json([notice]))) for notice in notices),
        }


def outbox_ids(services) -> set[str]:
    with services.uow() as uow:
        return set(uow.session.scalars(select(OutboxMessage.id)))


def test_nothing_a_member_sees_tells_that_one_person_filed_a_case(services, gateway):
    """The two notices differ only in their sealed words: the timelines, the audit log, the
    outbox's purposes and counts, and the notices' sealed sizes are alike for one reporter's
    two reports and for two strangers'."""
    owner, chair = line_id(), add_member(services, "chair")
    own = [filed(services, owner, **HEADMAN), filed(services, owner, **RETOLD)]
    before = outbox_ids(services)
    confirmed(services, *own, chair=chair)
    by_one = trace(services, own, before)
    strangers = [
        filed(services, **HEADMAN | {"subdistrict": "ถนนหัก"}),
        filed(services, **RETOLD | {"subdistrict": "ถนนหัก"}),
    ]
    before = outbox_ids(services)
    confirmed(services, *strangers, chair=chair)
    by_two = trace(services, strangers, before)
    assert by_one["outbox"] and by_one == by_two
    assert "ผู้อื่น" not in told(services, gateway, owner)  # what differs is the truth told


def test_dismissing_is_audited_and_no_longer_suggested(services):
    first = filed(services, **HEADMAN)
    second = filed(services, **RETOLD)
    reviewer = add_member(services, "reviewer")
    link = links(services, first)[second]
    with services.uow() as uow:
        member = uow.session.get(Member, reviewer)
        ticket = tickets.by_reference(uow, first)
        related.dismiss(uow, member, ticket, link.id)
        uow.commit()
    assert shown_to(services, reviewer, first) == []
    filed(services, **RETOLD)  # searching again keeps the decision
    assert links(services, first)[second].state == "dismissed"
    with services.uow() as uow:
        entries = list(
            uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "dismiss_link"))
        )
        assert len(entries) == 2 and all(e.actor == f"member:{reviewer}" for e in entries)


def test_an_organizer_cannot_decide(services):
    first = filed(services, **HEADMAN)
    second = filed(services, **RETOLD)
    link = links(services, first)[second]
    with services.uow() as uow:
        organizer = members.add_member(uow, line_id(), "ผู้จัดงาน", "organizer")
        ticket = tickets.by_reference(uow, first)
        with pytest.raises(NotAllowed):
            related.dismiss(uow, organizer, ticket, link.id)


def test_a_submitted_complaint_is_linked_at_once(services, client, gateway):
    from tests.factories import Chat, submit

    one = submit(Chat(client, gateway, line_id(), "test-channel-secret"))
    two = submit(Chat(client, gateway, line_id(), "test-channel-secret"))
    assert one.reference in links(services, two.reference)


def test_the_command_finds_and_lists_related_tickets(services, runner):
    first = filed(services, **HEADMAN)
    with services.uow() as uow:  # filed before the search existed: no links yet
        ticket = new_ticket(uow, **RETOLD)
        uow.commit()
        second = ticket.reference
    assert links(services, second) == {}
    result = runner.invoke(args=["tickets", "related", second])
    assert result.exit_code == 0, result.output
    assert first in result.output and "1 related ticket(s)" in result.output
    assert first in links(services, second)


def test_the_command_signs_every_old_ticket(services, runner):
    with services.uow() as uow:  # filed before related complaints existed
        old = [new_ticket(uow, **fields).reference for fields in (HEADMAN, RETOLD, ROAD)]
        uow.commit()
    result = runner.invoke(args=["tickets", "related", "--all"])
    assert result.exit_code == 0, result.output
    assert "3 ticket(s) signed and searched" in result.output
    assert set(links(services, old[0])) == {old[1]}
    again = runner.invoke(args=["tickets", "related", "--all"])
    assert "0 ticket(s)" in again.output
    assert runner.invoke(args=["tickets", "related"]).exit_code != 0  # neither REF nor --all


def test_the_digest_mentions_a_new_ticket_linked_to_an_open_case(services, gateway):
    from datetime import time

    from handlers.committee.digest import DigestPolicy, send_digests
    from handlers.tickets.sla_policy import SlaPolicy
    from tests.factories import new_member

    with services.uow() as uow:  # the new report went to the district office, a reviewed record
        agencies.add_reviewed(uow, "ที่ว่าการอำเภอนางรอง", "operator")
        _, free = new_member(uow, "กรรมการอิสระ")
        _, tied = new_member(uow, "ญาติ อบต.", conflicts=[("agency", "อบต.หนองโบสถ์")])
        chair, _ = new_member(uow, "ประธาน", role="chair")
        first, second = new_ticket(uow, **HEADMAN), new_ticket(uow, **RETOLD)
        related.find(uow, first)
        related.find(uow, second)
        related.confirm(uow, chair, second, patterns.link_between(uow, first.id, second.id).id)
        uow.commit()
    fresh = filed(
        services,
        **HEADMAN
        | {
            "agency": "ที่ว่าการอำเภอนางรอง",
            "description": "พ่อใหญ่บ้านหมู่ 5 เก็บเงิน 200 บาททุกหลังคาเรือน ค่าบัตรสวัสดิการแห่งรัฐ",
        },
    )
    policy = DigestPolicy(time(8, 0), SlaPolicy(), "https://sujarit.example.org/committee/tickets")
    with services.uow() as uow:
        send_digests(uow, policy)
        uow.commit()
    services.sender.send_due()
    said = "อาจเป็นเรื่องเดียวกับกรณีที่เปิดอยู่"
    free_digest = texts(pushes(gateway, free)[-1])
    assert fresh in free_digest and free_digest.count(said) == 1  # not the case's own tickets
    tied_digest = texts(pushes(gateway, tied)[-1])
    assert fresh in tied_digest and said not in tied_digest  # the case is kept from them


def test_a_merge_carries_the_signatures_to_the_record_merged_into(services):
    first = filed(services, **HEADMAN)
    second = filed(services, **RETOLD | {"agency": "อบต.โคกใหญ่", "subdistrict": ""})
    with services.uow() as uow:
        a, b = (tickets.by_reference(uow, r) for r in (first, second))
        agencies.merge(
            uow,
            uow.session.get(Agency, b.agency_id),
            uow.session.get(Agency, a.agency_id),
            "operator",
        )
        uow.commit()
    with services.uow() as uow:
        a, b = (tickets.by_reference(uow, r) for r in (first, second))
        signatures = [uow.session.get(TicketSignature, t.id).agency_id for t in (a, b)]
        assert signatures == [a.agency_id, a.agency_id]


def test_a_case_number_stays_and_a_merged_case_leads_to_the_one_it_joined(services, monkeypatch):
    from handlers.patterns import case_numbers
    from storage.pattern_models import Case

    four = [filed(services, **fields) for fields in (HEADMAN, RETOLD, HEADMAN, RETOLD)]
    confirmed(services, four[0], four[1])
    with services.uow() as uow:
        first = uow.session.scalars(select(Case)).one()
        taken = first.number
    # A number drawn that a case has already is drawn again.
    drawn = iter([taken, "555555"])
    monkeypatch.setattr(case_numbers, "draw", lambda: next(drawn))
    confirmed(services, four[2], four[3])
    confirmed(services, four[0], four[2])  # the two cases become one
    with services.uow() as uow:
        kept, merged = uow.session.scalars(select(Case).order_by(Case.id)).all()
        assert (kept.number, merged.number) == (taken, "555555")
        ids = {patterns.case_of(uow, tickets.by_reference(uow, r).id).case_id for r in four}
        assert ids == {kept.id}
        assert case_numbers.find(uow, "555-555").id == kept.id
        assert case_numbers.find(uow, case_numbers.shown(taken)).id == kept.id


def test_a_suggestion_the_corrected_ticket_no_longer_bears_is_not_shown(services):
    """A chair corrects a ticket (its agency, district and official were another's): the
    search runs again, and the old suggestion, whose reasons ("same agency and official")
    are no longer true, is not shown; its row is kept, and comes back if the ticket does."""
    first = filed(services, **HEADMAN)
    second = filed(services, **RETOLD)
    reviewer = add_member(services, "reviewer")
    assert shown_to(services, reviewer, second) == [first]
    moved = {
        "agency": "สถานีตำรวจภูธรสตึก",
        "official": "ตำรวจ",
        "district": "สตึก",
        "subdistrict": "สตึก",
    }

    def corrected(fields: dict) -> None:
        with services.uow() as uow:
            ticket = tickets.by_reference(uow, second)
            for name, value in fields.items():
                setattr(ticket, name, value)
            ticket.agency_id = None
            agencies.link_ticket(uow, ticket)
            related.find(uow, ticket)
            uow.commit()

    corrected(moved)
    assert shown_to(services, reviewer, second) == []
    assert shown_to(services, reviewer, first) == []
    assert second in links(services, first)  # nothing deleted
    corrected({name: RETOLD[name] for name in moved})
    assert shown_to(services, reviewer, second) == [first]


def test_merging_two_agency_records_links_the_reports_they_kept_apart(services):
    """Two reports of one matter filed under two records of one agency are not linked; once a
    chair merges the records, the merged record's tickets are searched again and linked."""
    first = filed(services, **HEADMAN | {"official": ""})  # the official unnamed in both
    second = filed(services, **RETOLD | {"official": "", "agency": "อบต.โคกใหญ่", "subdistrict": ""})
    assert links(services, second) == {}
    with services.uow() as uow:
        a, b = (tickets.by_reference(uow, r) for r in (first, second))
        source, target = (uow.session.get(Agency, t.agency_id) for t in (b, a))
        related.merge_agencies(uow, source, target, "operator")
        uow.commit()
    assert set(links(services, second)) == {first}
    assert set(links(services, first)) == {second}
