"""Recusal that fails closed everywhere (#19): the agency named in any field, in Latin
script, glued behind a unit's name, or not yet reviewed by a chair keeps the ticket from a
member tied to it; when recusal newly applies the assignee is removed and relays stop."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from handlers.directory import agencies, members
from handlers.tickets import actions
from storage.insider_models import Agency, TicketAgency
from storage.models import Ticket
from tests.conftest import first_on_both
from tests.dashboard_login import csrf_token
from tests.factories import add_member, add_ticket, merge_confirmed
from tests.integration.handlers.directory.test_recusal import (
    CONFLICTED,
    HIDDEN,
    SHOWN,
    cli,
    clock,  # noqa: F401  (the fixed clock fixture)
    dashboard,
    declare,
    visible,
)

REVIEWED = "อบต.บ้านบัว"


def reviewed_agency(services, name: str = REVIEWED) -> None:
    """An agency record the chair has looked at (tickets about it are not new)."""
    with services.uow() as uow:
        agencies.create(uow, name, "admin", reviewed=True)
        uow.commit()


@pytest.fixture
def tied(services, runner):
    """A reviewer tied to อบต.บ้านเป้า, and a reviewed agency others complain about."""
    reviewed_agency(services)
    reviewer = add_member(services, "reviewer", CONFLICTED)
    assert declare(runner, reviewer, "agency", "อบต.บ้านเป้า")[0] == 0
    return reviewer


@first_on_both(
    "fields",
    [
        {"agency": "Ban Pao SAO"},
        {"agency": "SAO Ban Pao, Mueang Buriram"},
        {"agency": "Ban Pao Subdistrict Administrative Organization"},
        {"agency": "กองช่างอบต.บ้านเป้า"},
        {"agency": "ศูนย์พัฒนาเด็กเล็กอบต.บ้านเป้า"},
        {"agency": "ไม่รู้", "official": "นายก อบต.บ้านเป้า"},
        {"agency": "ไม่ทราบ", "description": "ปลัดอบต.บ้านเป้าเรียกเงินค่าขออนุญาต 5,000 บาท"},
        {"agency": REVIEWED, "official": "นายกอบต.บ้านเป้า"},
        {"agency": REVIEWED, "place_text": "หน้าที่ทำการ อบต.บ้านเป้า"},
        {"agency": REVIEWED, "description": "ช่างของ SAO Ban Pao มาคุมงานถนนแทน"},
        {"agency": "BAN PAO S.A.O."},
        {"agency": "Tambon Administrative Organisation Ban Pao"},
        {"agency": "บ่ฮู้", "place_text": "ที่ทำการองค์การบริหารส่วนตำบลบ้านเป้า"},
        {"agency": "ไม่รู้", "official": "ปลัด Ban Pao SAO"},
    ],
)
def test_the_agency_found_in_any_field_or_script_keeps_the_ticket_away(app, services, tied, fields):
    reference = add_ticket(services, district="พุทไธสง", **fields)
    assert visible(app, services, tied, reference) == HIDDEN


@first_on_both(
    "fields",
    [
        # A two-letter kind glued to a title without its dot (#19, second look).
        {"agency": REVIEWED, "official": "นายกทตบ้านเป้า"},
        {"agency": REVIEWED, "official": "ปลัดทตบ้านเป้า"},
        {"agency": REVIEWED, "description": "รองนายกทต บ้านเป้าเรียกเงิน"},
        # Plain เทศบาล as a kind.
        {"agency": "เทศบาลบ้านเป้า"},
        {"agency": REVIEWED, "official": "นายกเทศบาลบ้านเป้า"},
        {"agency": REVIEWED, "place_text": "หน้าสำนักงานเทศบาลบ้านเป้า"},
        {"agency": "เทศบาล ต.บ้านเป้า"},
        # Full-width letters and punctuation (NFKC in the one clean-up).
        {"agency": "ＳＡＯ Ban Pao"},
        {"agency": REVIEWED, "official": "นายก ａｂｔ Ban Pao"},
        {"agency": "ＳＡＯ　Ｂａｎ　Ｐａｏ"},
        {"agency": "อบต．บ้านเป้า"},
        # Latin names inside an English sentence.
        {"agency": REVIEWED, "description": "the Mayor of Ban Pao SAO took money"},
        {"agency": REVIEWED, "description": "I paid the clerk at SAO Ban Pao office 500 baht"},
        {"agency": REVIEWED, "official": "chief of ban pao tao finance"},
        # -isation and sub-district spellings.
        {"agency": "Ban Pao Subdistrict Administrative Organisation"},
        {"agency": "BAN PAO SUB-DISTRICT ADMINISTRATIVE ORGANISATION"},
        {"agency": "Ban Pao sub district administrative organization"},
        # Latin letters among Thai ones, look-alike scripts, letters said by name (#19).
        {"agency": "อｂｔ.บ้านเป้า"},
        {"agency": REVIEWED, "official": "ปลัดอบt บ้านเป้า"},
        {"agency": "ЅАО Ban Pao"},
        {"agency": REVIEWED, "description": "the Mayor of Ban Pao ЅАО took money"},
        {"agency": "Or Bor Tor Ban Pao"},
        {"agency": REVIEWED, "official": "นายก Tor Tor Ban Pao"},
        # Thai marks typed in another order or twice.
        {"agency": "อบต.บา้นเป้า"},
        {"agency": REVIEWED, "description": "นายกอบต.บ้านเป้าา เรียกเงิน"},
    ],
)
def test_the_name_itself_is_recognised_even_once_every_record_is_reviewed(
    app, services, tied, fields
):
    """Not only kept back as a new record: after a chair reviewed every record, the ticket
    is still linked to อบต.บ้านเป้า through the name found in it."""
    reference = add_ticket(services, district="พุทไธสง", **fields)
    with services.uow() as uow:
        for record in uow.session.scalars(select(Agency)):
            record.reviewed = True
        uow.commit()
    assert visible(app, services, tied, reference) == HIDDEN


def test_a_ticket_about_a_reviewed_agency_is_still_shown(app, services, tied):
    reference = add_ticket(services, agency=REVIEWED, district="เมืองบุรีรัมย์")
    assert visible(app, services, tied, reference) == SHOWN


def test_a_new_agency_stays_hidden_from_the_tied_until_a_chair_reviews_it(
    app, services, runner, tied
):
    free = add_member(services, "reviewer", "กรรมการอิสระ")
    reference = add_ticket(services, agency="อบต.หนองกี่", district="หนองกี่")
    assert visible(app, services, tied, reference) == HIDDEN
    assert visible(app, services, free, reference) == SHOWN
    with services.uow() as uow:
        new = uow.session.scalars(select(Agency).where(Agency.key == "sao:หนองกี่")).one()
        assert not new.reviewed
        new_id = new.id
    chair = add_member(services, "chair")
    web = dashboard(app, services, chair)
    form = {"agency_id": new_id, "csrf_token": csrf_token(web)}
    assert web.post("/committee/accused-agencies/review", data=form).status_code == 303
    assert visible(app, services, tied, reference) == SHOWN


def test_a_new_ticket_really_reaches_the_fail_closed_rule(services, tied):
    """Through the conversation's own submission, not only the test factory."""
    with services.uow() as uow:
        ticket = Ticket(agency="Ban Pao SAO", official="-", description="-", place_text=None)
        agencies.link_ticket(uow, ticket)
        member = members.get_member(uow, tied)
        from handlers.directory.access import can_review

        assert not can_review(uow, member, ticket)


def test_a_merge_removes_the_assignee_it_now_excludes(app, services, runner, tied):
    reference = add_ticket(services, agency="อบต.เป้าบ้าน", district="พุทไธสง")
    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket).where(Ticket.reference == reference)).one()
        source = ticket.agency_id
        uow.session.get(Agency, source).reviewed = True
        uow.commit()
    assert visible(app, services, tied, reference) == SHOWN
    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket).where(Ticket.reference == reference)).one()
        actions.take(uow, members.get_member(uow, tied), ticket)
        uow.commit()
    with services.uow() as uow:
        target = uow.session.scalars(select(Agency.id).where(Agency.key == "sao:บ้านเป้า")).one()
    code, _ = cli(runner, "accused-agencies", "merge", "--from", str(source), "--into", str(target))
    assert code == 0  # a proposal: a chair merges them on the dashboard
    merge_confirmed(services, source, target)
    assert visible(app, services, tied, reference) == HIDDEN
    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket).where(Ticket.reference == reference)).one()
        assert ticket.assignee_id is None


def test_a_new_declaration_removes_the_assignee(app, services, runner):
    reviewed_agency(services)
    reviewer = add_member(services, "reviewer", CONFLICTED)
    reference = add_ticket(services, agency=REVIEWED, district="เมืองบุรีรัมย์")
    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket).where(Ticket.reference == reference)).one()
        actions.take(uow, members.get_member(uow, reviewer), ticket)
        uow.commit()
    assert declare(runner, reviewer, "agency", REVIEWED)[0] == 0
    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket).where(Ticket.reference == reference)).one()
        assert ticket.assignee_id is None


def test_tickets_filed_before_are_linked_again_on_upgrade(app, services, runner, tied):
    reference = add_ticket(services, agency=REVIEWED, official="นายกอบต.บ้านเป้า")
    with services.uow() as uow:  # as a ticket filed before names in other fields counted
        # Through the session, so the record is sealed without them as it was then (deleted in
        # SQL alone, the record would not verify and be kept from every tied member).
        for row in uow.session.scalars(select(TicketAgency)):
            uow.session.delete(row)
        uow.commit()
    assert visible(app, services, tied, reference) == SHOWN
    with services.uow() as uow:
        assert agencies.backfill(uow) >= 1
        uow.commit()
    assert visible(app, services, tied, reference) == HIDDEN


def test_a_chair_names_the_agency_the_citizen_did_not_know(app, services, tied):
    unknown = add_ticket(services, agency="ไม่รู้", district="เมืองบุรีรัมย์")
    assert visible(app, services, tied, unknown) == HIDDEN  # nothing to tell it apart by
    chair = add_member(services, "chair")
    web = dashboard(app, services, chair)
    url = f"/committee/tickets/{unknown}/agency"
    assert (
        web.post(url, data={"agency": REVIEWED, "csrf_token": csrf_token(web)}).status_code == 303
    )
    assert visible(app, services, tied, unknown) == SHOWN
    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket).where(Ticket.reference == unknown)).one()
        actions.take(uow, members.get_member(uow, tied), ticket)
        uow.commit()
    # Named again as the agency the reviewer is tied to: hidden, and no longer theirs.
    web.post(url, data={"agency": "Ban Pao SAO", "csrf_token": csrf_token(web)})
    assert visible(app, services, tied, unknown) == HIDDEN
    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket).where(Ticket.reference == unknown)).one()
        assert ticket.assignee_id is None and ticket.agency == "ไม่รู้"
    reviewer = dashboard(app, services, tied)
    form = {"agency": REVIEWED, "csrf_token": csrf_token(reviewer)}
    assert reviewer.post(url, data=form).status_code in (403, 404)


def _record(services, reference) -> int:
    with services.uow() as uow:
        return uow.session.scalars(
            select(Ticket.agency_id).where(Ticket.reference == reference)
        ).one()


def _refused(web, url, form) -> bool:
    answer = web.post(url, data={**form, "csrf_token": csrf_token(web)})
    assert answer.status_code == 303, answer.get_data(as_text=True)[-600:]
    shown = web.get(answer.headers["Location"]).get_data(as_text=True)
    return "ประธานท่านอื่นทำแทน" in shown


def test_a_tied_chair_or_admin_cannot_review_or_merge_their_own_agency(app, services, runner):
    """A chair tied to อบต.บ้านเป้า marking a new record spelled like it "reviewed" (or an
    admin merging it) would show them the tickets kept from them: refused, with the reason;
    a free chair does it; a record the tie cannot be is still theirs to review."""
    reviewed_agency(services)
    chair = add_member(services, "chair", CONFLICTED)
    admin = add_member(services, "admin", "ผู้ดูแลที่มีส่วนได้เสีย")
    for member in (chair, admin):
        assert declare(runner, member, "agency", "อบต.บ้านเป้า")[0] == 0
    close = add_ticket(services, agency="อบต.บ้านเป้าน้อย", district="พุทไธสง")
    other = add_ticket(services, agency="อบต.หนองกี่", district="หนองกี่")
    new, unrelated = _record(services, close), _record(services, other)
    with services.uow() as uow:
        own = uow.session.scalars(select(Agency.id).where(Agency.key == "sao:บ้านเป้า")).one()
        assert not uow.session.get(Agency, new).reviewed and new != own
        reviewed = uow.session.scalars(select(Agency.id).where(Agency.key == "sao:บ้านบัว")).one()
    web = dashboard(app, services, chair)
    assert _refused(web, "/committee/accused-agencies/review", {"agency_id": new})
    assert visible(app, services, chair, close) == HIDDEN
    for source, target in ((new, reviewed), (reviewed, own)):
        for member in (chair, admin):
            form = {"source": source, "target": target}
            assert _refused(
                dashboard(app, services, member), "/committee/accused-agencies/merge", form
            )
    # Naming the ticket's agency as a record tied to them (which marks it reviewed): refused.
    seen = add_ticket(services, agency=REVIEWED, district="เมืองบุรีรัมย์")
    assert _refused(web, f"/committee/tickets/{seen}/agency", {"agency": "อบต.บ้านเป้าน้อย"})
    with services.uow() as uow:
        assert not uow.session.get(Agency, new).reviewed
        assert uow.session.get(Agency, new).merged_into_id is None
    assert not _refused(web, "/committee/accused-agencies/review", {"agency_id": unrelated})
    free = dashboard(app, services, add_member(services, "chair", "ประธานอิสระ"))
    assert not _refused(free, "/committee/accused-agencies/review", {"agency_id": new})
    with services.uow() as uow:
        assert uow.session.get(Agency, new).reviewed


def test_merging_a_near_spelling_into_an_unrelated_record_does_not_unhide(
    app, services, runner, tied
):
    """A new record spelt close to the member's agency (kept back while unreviewed) merged
    by a chair into some other, reviewed agency: the ticket still names something close to
    the member's tie, so it stays kept from them."""
    reference = add_ticket(services, agency="อบต.บ้านเป่า", district="พุทไธสง")
    assert visible(app, services, tied, reference) == HIDDEN
    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket).where(Ticket.reference == reference)).one()
        source = ticket.agency_id
        target = uow.session.scalars(select(Agency.id).where(Agency.key == "sao:บ้านบัว")).one()
    code, _ = cli(runner, "accused-agencies", "merge", "--from", str(source), "--into", str(target))
    assert code == 0  # a proposal: a chair merges them on the dashboard
    merge_confirmed(services, source, target)
    assert visible(app, services, tied, reference) == HIDDEN
