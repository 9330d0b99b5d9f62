"""The public page's two medians (hours to be taken, to be decided), read from the times kept
as tickets change (`public_durations`), are the figures the tickets themselves give, after any
series of submissions, takings, decisions, reopenings, corrections and abandoned transactions;
and migration 0032 fills the kept times from the tickets already there."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text, update

from storage import ticket_figures
from storage.db import make_engine
from storage.models import Ticket
from storage.public_tally import DEFAULT_ZONE, slot_hours
from storage.transparency_models import PublicDuration
from tests.factories import new_ticket
from tests.migrated import upgrade

START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
# A time after submission: on the 3-minute grid (9 minutes is 0.15 hours, a rounding edge),
# whole seconds, microseconds, and now and then before the submission.
after = st.one_of(
    st.integers(0, 400).map(lambda n: timedelta(minutes=3 * n)),
    st.integers(-600, 200_000).map(lambda s: timedelta(seconds=s)),
    st.integers(0, 10**11).map(lambda us: timedelta(microseconds=us)),
)
submit = st.tuples(st.just("submit"), st.integers(0, 10**6), st.none(), st.none())
change = st.tuples(
    st.sampled_from(["take", "decide", "reopen", "resubmit", "abandon"]),
    st.integers(0, 60),  # which ticket (modulo how many there are)
    after,
    after,
)


def live(services) -> list:
    """The medians as read from the tickets themselves (what every release read before)."""
    with services.uow() as uow:
        return ticket_figures._medians(uow, Ticket.taken_at, Ticket.decided_at)


def published(services) -> list:
    """The medians as a release reads them now."""
    with services.uow() as uow:
        counts = ticket_figures.public_counts(uow, DEFAULT_ZONE, datetime.now(UTC))
        return [counts.take, counts.decide]


def apply(services, step) -> None:
    """One change, in its own transaction, as the application makes it."""
    action, which, one, two = step
    with services.uow() as uow:
        if action == "submit":
            new_ticket(uow, submitted_at=START + timedelta(seconds=which))
            uow.commit()
            return
        every = list(uow.session.scalars(select(Ticket).order_by(Ticket.id)))
        if not every:
            return
        ticket = every[which % len(every)]
        if action in ("take", "abandon"):
            ticket.status, ticket.taken_at = "in_review", ticket.submitted_at + one
        elif action == "decide":
            ticket.status = "resolved"
            ticket.taken_at = ticket.taken_at or ticket.submitted_at + one
            ticket.decided_at = ticket.taken_at + two
        elif action == "reopen":  # a complainant's reopening undoes the decision
            ticket.status, ticket.decided_at = "in_review", None
            ticket.reopened_count = (ticket.reopened_count or 0) + 1
        elif action == "resubmit":  # a correction of the submission time moves both times
            ticket.submitted_at = ticket.submitted_at - one
        if action == "abandon":
            uow.session.flush()  # written, then rolled back: kept nowhere
            uow.rollback()
        else:
            uow.commit()


@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(st.one_of(submit, change, change), min_size=1, max_size=14))
def test_the_published_medians_are_the_tickets_medians_after_any_changes(services, steps):
    # Earlier examples' tickets stay in the database: the medians must hold over them too.
    for step in steps:
        apply(services, step)
    assert published(services) == live(services)


@pytest.mark.parametrize(
    "minutes",
    [
        [9, 9],  # 0.15 hours exactly, twice: one value, rounded as a single time is
        [2, 16],  # two middle times in two slots: their mean (0.15 h) decides the rounding
        [2.4, 15.6, 600],  # the middle one alone
        [6, 12, 18, 24],  # the middle two on the grid, in two slots
    ],
)
def test_the_medians_round_as_the_tickets_times_do(services, minutes):
    with services.uow() as uow:
        for n in minutes:
            ticket = new_ticket(uow, status="resolved", submitted_at=START)
            ticket.taken_at = START + timedelta(minutes=n)
            ticket.decided_at = START + timedelta(minutes=2 * n)
        uow.commit()
    assert published(services) == live(services)
    assert published(services)[0][1] == len(minutes)


def test_times_changed_outside_the_application_are_counted_again(services):
    with services.uow() as uow:
        for n in (30, 60, 90):
            new_ticket(
                uow, status="in_review", submitted_at=START, taken_at=START + timedelta(minutes=n)
            )
        uow.commit()
    with services.engine.begin() as conn:
        conn.execute(update(PublicDuration).values(tickets=PublicDuration.tickets + 7))
    assert published(services) == live(services)
    assert published(services)[0] == (1.0, 3)


@pytest.fixture(params=["sqlite", "postgresql"])
def before_0032(request, tmp_path):
    """A database migrated to 0029 (SQLite, and PostgreSQL with TEST_DATABASE_URL)."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'old.db'}"
        upgrade(url, "0029")
        yield url
        return
    from tests.conftest import PG_URL, _pg_database, drop_pg_database, pg_name

    if not PG_URL:
        pytest.skip("TEST_DATABASE_URL is not set")
    name = pg_name("sujarit_durations")
    url = _pg_database(name)
    upgrade(url, "0029")
    yield url
    drop_pg_database(name)


def test_migration_0032_keeps_the_times_of_the_tickets_already_filed(before_0032):
    engine = make_engine(before_0032)
    # taken, decided: minutes after submission (None: not yet)
    times = [(9, 60), (10, None), (30, 2880), (None, None), (45, 1441)]
    with engine.begin() as conn:
        for n, (taken, decided) in enumerate(times):
            at = {
                name: None if minutes is None else START + timedelta(minutes=minutes)
                for name, minutes in (("taken", taken), ("decided", decided))
            }
            conn.execute(
                text(
                    "INSERT INTO tickets (reference, status, kind, agency, official, district,"
                    " description, anonymous, owner_line_id_enc, tracking_code_hash,"
                    " confirmed_true, completeness, language, submitted_at, updated_at,"
                    " taken_at, decided_at, reopened_count) VALUES (:ref, 'resolved', 'bribery',"
                    " 'อบต.', 'นายก', 'นางรอง', 'เรื่อง', true, 'x', :code, true, 80, 'th', :at,"
                    " :at, :taken, :decided, 0)"
                ),
                {"ref": f"BRM-2569-{n:06d}", "code": f"code{n}", "at": START, **at},
            )
    upgrade(before_0032, "0032")
    with engine.connect() as conn:
        kept = {
            (measure, slot): count
            for measure, slot, count in conn.execute(
                text("SELECT measure, slot, tickets FROM public_durations")
            )
        }
    engine.dispose()
    hours = {
        measure: sorted(
            h for (m, slot), n in kept.items() if m == measure for h in [slot_hours(slot)] * n
        )
        for measure in ("take", "decide")
    }
    # Each time as the page rounds it (9 minutes is 0.15 hours, published as 0.1).
    assert hours == {"take": [0.1, 0.2, 0.5, 0.8], "decide": [1.0, 24.0, 48.0]}
