"""The public page's kept counts (`public_counts`) are what counting the tickets gives, after
any series of submissions, status changes, reopenings, corrections, erasures and abandoned
transactions; and migration 0028 fills them from the tickets already there."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from storage import privacy, tickets, users
from storage.db import make_engine
from storage.models import Ticket
from storage.transparency_models import PublicCount
from tests.factories import new_ticket
from tests.migrated import upgrade

BANGKOK = ZoneInfo("Asia/Bangkok")
DISTRICTS = ["นางรอง", "ลำปลายมาศ", None]
KINDS = ["bribery", "procurement", "budget"]
STATUSES = ["in_review", "needs_info", "forwarded", "resolved", "rejected", "withdrawn"]
# Around the end of a month in Bangkok (17:00 UTC on the 31st is midnight there).
EDGE = datetime(2026, 1, 31, 17, 0, tzinfo=UTC)

submit = st.tuples(
    st.just("submit"),
    st.sampled_from(DISTRICTS),
    st.sampled_from(KINDS),
    st.integers(-3, 3),  # hours from the month's edge
)
change = st.tuples(
    st.sampled_from(["status", "reopen", "district", "erase", "abandon"]),
    st.integers(0, 50),  # which ticket (modulo how many there are)
    st.sampled_from(STATUSES),
    st.sampled_from(DISTRICTS),
)


def recount(uow) -> Counter:
    """What a reader counting the tickets themselves finds, by group (months in Bangkok)."""
    found: Counter = Counter()
    for t in uow.session.scalars(select(Ticket)):
        month = t.submitted_at.astimezone(BANGKOK).strftime("%Y-%m")
        found[(t.district or "", t.status, t.kind, month, t.reopened_count > 0)] += 1
    return found


def kept(uow) -> Counter:
    """What the table says, by group (empty groups left out)."""
    rows = uow.session.scalars(select(PublicCount).where(PublicCount.zone == "Asia/Bangkok"))
    found = Counter()
    for r in rows:
        if r.tickets:
            found[(r.district, r.status, r.kind, r.month, bool(r.reopened))] = r.tickets
    return found


def apply(services, step, owners) -> None:
    """One change, in its own transaction, as the application makes it."""
    with services.uow() as uow:
        if step[0] == "submit":
            _, district, kind, hours = step
            owner = "U" + f"{len(owners):032d}"
            at = EDGE + timedelta(hours=hours)
            new_ticket(uow, owner, district=district, kind=kind, submitted_at=at)
            owners.append(owner)
            uow.commit()
            return
        action, which, status, district = step
        every = list(uow.session.scalars(select(Ticket).order_by(Ticket.id)))
        if not every:
            return
        ticket = every[which % len(every)]
        if action in ("status", "abandon"):
            tickets.set_status(uow, ticket, status, "member:1", None)
        elif action == "reopen":
            ticket.reopened_count = (ticket.reopened_count or 0) + 1
            tickets.set_status(uow, ticket, "in_review", "complainant", "reopened")
        elif action == "district":
            ticket.district = district
        elif action == "erase" and owners:
            owner = owners[which % len(owners)]
            privacy.erase_person(uow, users.user_for_line_id(uow, owner))
        if action == "abandon":
            uow.session.flush()  # written, then rolled back: counted in no group
            uow.rollback()
        else:
            uow.commit()


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(st.one_of(submit, change), min_size=1, max_size=12))
def test_the_kept_counts_are_the_tickets_counted_again_after_any_changes(services, steps):
    # Earlier examples' tickets stay in the database: the counts must hold over them too.
    owners: list[str] = []
    for step in steps:
        apply(services, step, owners)
    with services.uow() as uow:
        assert kept(uow) == recount(uow)


def test_the_kept_counts_follow_two_transactions_changing_one_ticket(services):
    if services.engine.dialect.name == "sqlite":
        pytest.skip("SQLite takes its write lock up front: two writers never overlap")
    with services.uow() as uow:
        first = new_ticket(uow, district="นางรอง", status="submitted")
        uow.commit()
    with services.uow() as one, services.uow() as two:
        # Both loaded the ticket; the second writes after the first committed.
        mine = one.session.get(Ticket, first.id)
        theirs = two.session.get(Ticket, first.id)
        tickets.set_status(one, mine, "in_review", "member:1", None)
        one.commit()
        theirs.reopened_count = 1
        two.commit()
    with services.uow() as uow:
        assert kept(uow) == recount(uow)
        stored = uow.session.get(Ticket, first.id)
        assert (stored.status, stored.reopened_count) == ("in_review", 1)


@pytest.fixture(params=["sqlite", "postgresql"])
def before_0028(request, tmp_path):
    """A database migrated to 0025 (SQLite, and PostgreSQL with TEST_DATABASE_URL)."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'old.db'}"
        upgrade(url, "0025")
        yield url
        return
    from tests.conftest import PG_URL, _pg_database, drop_pg_database, pg_name

    if not PG_URL:
        pytest.skip("TEST_DATABASE_URL is not set")
    name = pg_name("sujarit_tally")
    url = _pg_database(name)
    upgrade(url, "0025")
    yield url
    drop_pg_database(name)


def test_migration_0028_counts_the_tickets_already_filed(before_0028):
    engine = make_engine(before_0028)
    rows = [
        # district, status, kind, submitted (UTC), reopened
        ("นางรอง", "resolved", "bribery", "2026-01-31 16:59:00", 0),
        ("นางรอง", "resolved", "bribery", "2026-01-31 17:00:00", 2),  # February in Bangkok
        ("นางรอง", "resolved", "bribery", "2026-01-31 17:30:00", 1),
        (None, "submitted", "budget", "2026-02-10 03:00:00", 0),
    ]
    with engine.begin() as conn:
        for n, (district, status, kind, at, again) in enumerate(rows):
            conn.execute(
                text(
                    "INSERT INTO tickets (reference, status, kind, agency, official, district,"
                    " description, anonymous, owner_line_id_enc, tracking_code_hash,"
                    " confirmed_true, completeness, language, submitted_at, updated_at,"
                    " reopened_count) VALUES (:ref, :status, :kind, 'อบต.', 'นายก', :district,"
                    " 'เรื่อง', true, 'x', :code, true, 80, 'th', :at, :at, :again)"
                ),
                {
                    "ref": f"BRM-2569-{n:06d}",
                    "status": status,
                    "kind": kind,
                    "district": district,
                    "code": f"code{n}",
                    "at": datetime.fromisoformat(at).replace(tzinfo=UTC),
                    "again": again,
                },
            )
    upgrade(before_0028, "0028")
    with engine.connect() as conn:
        found = {
            tuple(row[:-1]): row[-1]
            for row in conn.execute(
                text(
                    "SELECT district, status, kind, month, reopened, tickets FROM public_counts"
                    " WHERE zone = 'Asia/Bangkok'"
                )
            )
        }
    engine.dispose()
    assert found == {
        ("นางรอง", "resolved", "bribery", "2026-01", False): 1,
        ("นางรอง", "resolved", "bribery", "2026-02", True): 2,
        ("", "submitted", "budget", "2026-02", False): 1,
    }
