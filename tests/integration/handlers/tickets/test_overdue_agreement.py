"""One meaning of "overdue": the list filter (SQL), the pages' mark, the digest and the
reminders agree on every kind of ticket, in calendar hours and in Thai working days."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from handlers.committee.digest import sections
from handlers.directory.recipients import reachable
from handlers.tickets import sla_policy
from handlers.tickets.sla_reminders import remind
from storage import referral_figures, ticket_queries
from storage.models import Ticket
from storage.outbox_ops import any_with_prefix
from storage.referral_models import Referral
from storage.visibility import Exclusions
from tests.clock import Clock
from tests.conftest import make_env, started_app
from tests.dashboard_login import sign_in
from tests.factories import new_member, new_ticket
from tests.shared_engines import release

NOW = datetime(2026, 4, 20, 3, 0, tzinfo=UTC)  # Monday 10:00 in Buriram, after Songkran


@pytest.fixture(params=["calendar", "working-days"])
def settings(request):
    if request.param == "calendar":
        return {}
    return {"ACK_SLA_WORKING_DAYS": "5", "RESOLVE_SLA_WORKING_DAYS": "20"}


@pytest.fixture
def clock():
    return Clock(NOW)


@pytest.fixture
def app(database_url, tmp_path, gateway, clock, settings):
    application = started_app(make_env(database_url, tmp_path, **settings), gateway, clock)
    yield application
    release(application.extensions["sujarit"].engine)


def ago(**delta) -> datetime:
    return NOW - timedelta(**delta)


def world(uow) -> dict[str, int]:
    """Tickets in every state that matters, named by what they are."""
    reviewer, _ = new_member(uow, "กรรมการ")
    cases = {
        "new_untaken_4_days": dict(submitted_at=ago(days=4)),
        "new_untaken_1_hour": dict(submitted_at=ago(hours=1)),
        # Thursday 9 April, 15:00: 5 working days later is 21 April, Songkran not counted.
        "new_untaken_over_songkran": dict(submitted_at=datetime(2026, 4, 9, 8, tzinfo=UTC)),
        "new_untaken_13_days": dict(submitted_at=ago(days=13)),
        "taken_45_days": dict(submitted_at=ago(days=45), status="in_review", mine=True),
        "taken_31_days": dict(submitted_at=ago(days=31), status="in_review", mine=True),
        "taken_5_days": dict(submitted_at=ago(days=5), status="in_review", mine=True),
        "needs_info_40_days": dict(submitted_at=ago(days=40), status="needs_info", mine=True),
        "resolved_60_days": dict(submitted_at=ago(days=60), status="resolved", mine=True),
        "forwarded_agency_late": dict(submitted_at=ago(days=60), status="forwarded", due=-1),
        "forwarded_agency_on_time": dict(submitted_at=ago(days=60), status="forwarded", due=9),
        "forwarded_agency_answered": dict(
            submitted_at=ago(days=60), status="forwarded", due=-5, answered=True
        ),
    }
    ids = {}
    for number, (name, spec) in enumerate(cases.items(), 1):
        spec = dict(spec)
        due, answered, mine = (
            spec.pop("due", None),
            spec.pop("answered", False),
            spec.pop("mine", False),
        )
        if mine or due is not None:
            spec.update(assignee_id=reviewer.id, taken_at=spec["submitted_at"])
        ticket = new_ticket(uow, **spec)
        ids[name] = ticket.id
        if due is not None:
            uow.session.add(
                Referral(
                    ticket_id=ticket.id,
                    agency_code="pacc",
                    agency_name="สำนักงาน ป.ป.ท.",
                    letter_number=f"คอช.บร. {number:03d}/2569",
                    letter_date=ago(days=31).date(),
                    created_by="member:1",
                    forwarded_at=ago(days=31),
                    answer_due_at=NOW + timedelta(days=due),
                    answered_at=ago(days=2) if answered else None,
                )
            )
    forwarded_twice(uow, reviewer, ids)
    new_member(uow, "ประธาน", role="chair")
    uow.session.flush()
    return ids


def referral(ticket_id: int, code: str, sent_days_ago: int, due_in_days: int, answered=False):
    """A referral letter sent to agency `code`, due `due_in_days` from now."""
    return Referral(
        ticket_id=ticket_id,
        agency_code=code,
        agency_name=code,
        letter_number=f"คอช.บร. {ticket_id:03d}-{code}/2569",
        letter_date=ago(days=sent_days_ago).date(),
        created_by="member:1",
        forwarded_at=ago(days=sent_days_ago),
        answer_due_at=NOW + timedelta(days=due_in_days),
        answered_at=ago(days=1) if answered else None,
    )


def forwarded_twice(uow, reviewer, ids: dict[str, int]) -> None:
    """Two tickets forwarded to the NACC, then to the Damrongdhama centre: only the
    second (current) agency's lateness counts."""
    for number, name, first, second in (
        (20, "forwarded_twice_first_agency_late", dict(due_in_days=-10), dict(due_in_days=20)),
        (
            21,
            "forwarded_twice_second_agency_late",
            dict(due_in_days=-10, answered=True),
            dict(due_in_days=-1),
        ),
    ):
        ticket = new_ticket(
            uow,
            reference=f"BRM-2569-{number:05d}",
            submitted_at=ago(days=60),
            status="forwarded",
            assignee_id=reviewer.id,
            taken_at=ago(days=60),
        )
        uow.session.add(referral(ticket.id, "nacc", 40, **first))
        uow.session.add(referral(ticket.id, "damrongdhama", 10, **second))
        ids[name] = ticket.id


ALWAYS = {
    "new_untaken_13_days",
    "taken_45_days",
    "needs_info_40_days",
    "forwarded_agency_late",
    "forwarded_twice_second_agency_late",
}
EXPECTED = {
    # ACK_SLA_HOURS=72, RESOLVE_SLA_DAYS=30
    "calendar": ALWAYS | {"new_untaken_4_days", "new_untaken_over_songkran", "taken_31_days"},
    # ACK_SLA_WORKING_DAYS=5, RESOLVE_SLA_WORKING_DAYS=20: weekends and Songkran not counted
    "working-days": ALWAYS,
}


def _reminded_late(uow, ticket_id: int, referrals: dict) -> bool:
    """Whether a lateness reminder was queued for the ticket (its outbox key is hashed)."""
    names = [f"{kind}{chair}" for kind in ("ack", "resolve") for chair in ("", "-chair")]
    if ticket_id in referrals:
        number = referrals[ticket_id].id
        names += [f"agency-{number}", f"agency-chair-{number}"]
    return any(any_with_prefix(uow, f"sla:{ticket_id}:{name}:") for name in names)


def test_list_pages_digest_and_reminders_agree(app, services, settings):
    with services.uow() as uow:
        ids = world(uow)
        uow.commit()
    names = {v: k for k, v in ids.items()}
    policy = services.sla

    with services.uow() as uow:
        every = list(uow.session.scalars(select(Ticket)))
        by_python = {names[i] for i in sla_policy.overdue_ids(uow, policy, every)}
        query = ticket_queries.filtered(
            ticket_queries.TicketFilter(overdue=True), Exclusions(), policy.bounds(NOW)
        )
        by_sql = {names[t.id] for t in uow.session.scalars(query)}
        chair = [r for r in reachable(uow, ["chair"])][0]
        referrals = sla_policy.current_referrals(uow, list(ids.values()))
        digest = sections(uow, chair, sla_policy.open_tickets(uow), policy, NOW, referrals)
        by_digest = {names[t.id] for t in digest["overdue"]}
        remind(uow, policy, "https://example.org/committee/tickets")
        reminded = {names[i] for i in ids.values() if _reminded_late(uow, i, referrals)}
        uow.commit()

    expected = EXPECTED["working-days" if settings else "calendar"]
    assert by_python == expected
    assert by_sql == expected
    assert by_digest == expected
    assert reminded == expected


def test_the_list_filter_and_its_marks_show_the_same_tickets(app, services, settings):
    with services.uow() as uow:
        ids = world(uow)
        reviewer = uow.session.scalars(
            select(Ticket.assignee_id).where(Ticket.assignee_id.is_not(None))
        ).first()
        uow.commit()
    client = app.test_client()
    assert sign_in(client, services, reviewer).status_code == 303

    page = client.get("/committee/tickets?overdue=1").get_data(as_text=True)
    everything = client.get("/committee/tickets").get_data(as_text=True)

    with services.uow() as uow:
        refs = {name: uow.session.get(Ticket, i).reference for name, i in ids.items()}
    shown = set(_references(page))
    marked = set(_references(everything, only_marked=True))
    assert shown == marked
    assert shown == {refs[name] for name in EXPECTED["working-days" if settings else "calendar"]}


def _references(html: str, only_marked: bool = False) -> list[str]:
    import re

    rows = re.findall(r"<tr.*?</tr>", html, flags=re.S)
    found = []
    for row in rows:
        ref = re.search(r"BRM-2569-\d{5}", row)
        if ref and (not only_marked or "badge late" in row):
            found.append(ref.group(0))
    return found


def test_a_ticket_forwarded_twice_is_late_only_by_its_current_agency(app, services, settings):
    with services.uow() as uow:
        ids = world(uow)
        reviewer = uow.session.get(Ticket, ids["forwarded_twice_first_agency_late"]).assignee_id
        refs = {name: uow.session.get(Ticket, i).reference for name, i in ids.items()}
        uow.commit()
    client = app.test_client()
    assert sign_in(client, services, reviewer).status_code == 303

    def page_says_overdue(name: str) -> bool:
        page = client.get(f"/committee/tickets/{refs[name]}").get_data(as_text=True)
        return '<span class="badge late">เกินกำหนด</span>' in page

    assert not page_says_overdue("forwarded_twice_first_agency_late")
    assert page_says_overdue("forwarded_twice_second_agency_late")

    with services.uow() as uow:
        figures = referral_figures.by_agency(uow, Exclusions(), NOW)
    # The NACC's late letter is not awaited any more: the Damrongdhama centre's is.
    assert {code: row.overdue for code, row in figures.items()} == {
        "pacc": 1,
        "nacc": 0,
        "damrongdhama": 1,
    }
