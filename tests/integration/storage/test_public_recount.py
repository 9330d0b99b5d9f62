"""Each release's recount (`public_tally.recount`: the kept public counts and durations held
against the tickets) finds exactly what it found before #19 made it one read of the tickets
each, returning only the differences: the same differences in the same words, the same
totals, and the same released figures, on tickets with odd cases (no district and a blank
one, a district without tickets, cells small enough to be withheld, tickets a moment either
side of a local month's start, times on the 3-minute grid, before the submission, and with
microseconds), before and after a writer changed the kept tables."""

from __future__ import annotations

import re
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete, func, insert, select, text, update

from handlers.tickets.transparency import report
from storage import public_tally
from storage.models import Ticket
from storage.public_tally import DEFAULT_ZONE
from storage.transparency_models import PublicCount, PublicDuration
from storage.types import utcnow
from tests.conftest import empty_pg, make_env, migrated_sqlite
from tests.factories import new_ticket

# Midnight on 1 March in Bangkok (UTC+7): a ticket a second before counts in February.
MARCH = datetime(2026, 2, 28, 17, 0, tzinfo=UTC)
EDGE = timedelta(seconds=1)


def seed(services) -> None:
    """Tickets with every odd case the figures group and time by."""
    with services.uow() as uow:
        for district in (None, "", None):  # no district and a blank one: one group
            new_ticket(uow, district=district, submitted_at=MARCH - EDGE)
        new_ticket(uow, district="", submitted_at=MARCH)
        for n in range(9):  # a district big enough to publish, over two months
            new_ticket(
                uow,
                district="นางรอง",
                status="in_review" if n % 3 else "submitted",
                submitted_at=MARCH + timedelta(days=n * 4 - 5, hours=n),
                taken_at=MARCH + timedelta(days=n * 4 - 5, hours=n, minutes=3 * n),
            )
        new_ticket(  # a small cell: one reopened, decided, kind of its own
            uow,
            district="ลำปลายมาศ",
            kind="procurement",
            status="resolved",
            reopened_count=2,
            submitted_at=MARCH - timedelta(days=40),
            taken_at=MARCH - timedelta(days=40) + timedelta(seconds=180 * 7),
            decided_at=MARCH - timedelta(days=31, microseconds=3),
        )
        new_ticket(  # taken "before" it was submitted (a clock set back)
            uow,
            district="ประโคนชัย",
            status="in_review",
            submitted_at=MARCH + timedelta(hours=2),
            taken_at=MARCH + timedelta(hours=2) - timedelta(seconds=90),
        )
        new_ticket(
            uow,
            district="ประโคนชัย",
            status="rejected",
            submitted_at=MARCH + timedelta(days=1),
            taken_at=MARCH + timedelta(days=1, microseconds=1),
            decided_at=MARCH + timedelta(days=1, seconds=180 * 41, microseconds=7),
        )
        uow.commit()


#: The seed on SQLite, per test process: a migrated file holding the seed's tickets, copied by
#: each test rather than seeded again (16 tickets, each sealed on its timeline, were most of a
#: SQLite test's time here).
_SEEDED_SQLITE: list[Path] = []


def _seeded_sqlite(template: Path, folders) -> Path:
    """This process's SQLite file holding the seed (made from the migrated `template` in a
    folder of `folders`, pytest's temporary ones, at the first call)."""
    if not _SEEDED_SQLITE:
        from bot import create_app

        folder = folders.mktemp("seeded")
        url = migrated_sqlite(template, folder)
        app = create_app({"ENV": make_env(url, folder), "TESTING": True})
        seed(app.extensions["sujarit"])
        app.extensions["sujarit"].engine.dispose()
        path = folder / "test.db"
        assert not path.with_name(path.name + "-wal").exists()  # all in the file, to copy
        _SEEDED_SQLITE.append(path)
    return _SEEDED_SQLITE[0]


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    """A migrated database holding the seed's tickets (`seeded`): on SQLite a copy of this
    process's seeded file; on PostgreSQL the worker's database, emptied (seeded by `seeded`)."""
    if request.param == "sqlite":
        folders = request.getfixturevalue("tmp_path_factory")
        seeded_file = _seeded_sqlite(request.getfixturevalue("sqlite_template"), folders)
        shutil.copy(seeded_file, tmp_path / "test.db")
        return f"sqlite:///{tmp_path / 'test.db'}"
    url = request.getfixturevalue("pg_template_url")
    empty_pg(url)
    return url


@pytest.fixture
def seeded(services):
    """The app's services on a database holding the seed's tickets (and nothing else)."""
    if services.engine.dialect.name != "sqlite":
        seed(services)
    return services


def recount_before(session, zone: str) -> tuple:
    """The recount as written before #19 (three GROUP BYs read whole into Python and compared
    there), reading only: what it said, and the tickets filed, taken and decided."""
    dialect = session.get_bind().dialect.name
    counted = {
        (d, st, kind, month, bool(reopened)): int(n)
        for _, d, st, kind, month, reopened, n in session.execute(
            public_tally._grouped(dialect, zone)
        )
    }
    c = PublicCount
    kept, zones = {}, set()
    for row in session.execute(select(c).where(c.tickets != 0)).scalars():
        zones.add(row.zone)
        kept[(row.district, row.status, row.kind, row.month, bool(row.reopened))] = row.tickets
    slots = {(m, int(s)): int(n) for m, s, n in session.execute(public_tally._slotted(dialect))}
    d = PublicDuration
    kept_slots = {
        (r.measure, r.slot): r.tickets
        for r in session.execute(select(d).where(d.tickets != 0)).scalars()
    }
    said = []
    if not zones - {zone} and kept != counted:
        said += public_tally._differ(kept, counted, "the public counts", public_tally._group_words)
    if kept_slots != slots:
        said += public_tally._differ(
            kept_slots,
            slots,
            "the public durations",
            lambda k: f"{k[0]} {public_tally.slot_hours(k[1])} h",
        )
    taken = sum(n for (m, _), n in slots.items() if m == "take")
    decided = sum(n for (m, _), n in slots.items() if m == "decide")
    return said, sum(counted.values()), taken, decided


def released(services) -> dict:
    """What a release publishes (its figures, not when or the record's state)."""
    with services.uow() as uow:
        settings = uow.settings
        figures = report(
            uow, settings.tz.key, settings.transparency_min_count, settings.geography.districts()
        )
        uow.commit()
    names = ("received", "status", "districts", "kinds", "months", "months_total", "medians")
    return {name: getattr(figures, name) for name in (*names, "reopened")}


#: What the seed releases, per database kind and hour: the same tickets every time, so it is
#: worked out once per process and hour (a release's suppression is most of this file's CPU).
#: The hour: a local month starts on one (Bangkok's at 17:00 UTC), and a release can change there.
_SEEDED_RELEASES: dict[tuple[str, datetime], dict] = {}


def seeded_release(services) -> dict:
    """What a release publishes of the seed's tickets (`seed` has run), worked out the first
    time on this kind of database in this hour."""
    hour = utcnow().replace(minute=0, second=0, microsecond=0)
    key = (services.engine.dialect.name, hour)
    if key not in _SEEDED_RELEASES:
        _SEEDED_RELEASES[key] = released(services)
    return _SEEDED_RELEASES[key]


def _row(district, status="submitted", kind="bribery", month="2026-03", reopened=False, n=1):
    return dict(
        zone=DEFAULT_ZONE,
        district=district,
        status=status,
        kind=kind,
        month=month,
        reopened=reopened,
        tickets=n,
    )


C, D = PublicCount, PublicDuration
WRITERS = {
    "untouched": [],
    "moved between districts": [update(C).where(C.district == "นางรอง").values(district="สตึก")],
    "moved to another month": [update(C).where(C.month == "2026-02").values(month="2026-01")],
    "reopened cleared": [update(C).values(reopened=False)],
    "a blank district's tickets moved": [update(C).where(C.district == "").values(kind="other")],
    "a group added, another emptied": [
        insert(C).values(_row("สตึก", n=3)),
        update(C).where(C.district == "นางรอง").values(tickets=C.tickets - 1),
    ],
    "a zero kept": [insert(C).values(_row("สตึก", n=0))],
    "kept for another zone": [insert(C).values({**_row("สตึก"), "zone": "Asia/Tokyo"})],
    "every count moved, more than five": [update(C).values(kind="other")],
    "slots moved to other times": [
        update(D).where(D.measure == "take").values(slot=D.slot - 100_000)
    ],
    "a slot raised, one emptied": [
        update(D).where(D.measure == "decide").values(tickets=D.tickets + 1),
        delete(D).where(D.measure == "take", D.slot == 0),
    ],
}


@pytest.mark.parametrize("writer", list(WRITERS))
def test_the_recount_finds_what_it_found_before(seeded, writer):
    services = seeded
    truth = seeded_release(services)
    with services.engine.begin() as conn:
        for stmt in WRITERS[writer]:
            conn.execute(stmt)
    with services.uow() as uow:
        before = recount_before(uow.session, DEFAULT_ZONE)
    with services.uow() as uow:
        held = public_tally.recount(uow.session, DEFAULT_ZONE)
        uow.rollback()
    assert (held.problems, held.filed, held.taken, held.decided) == before
    assert bool(held.problems) == (
        writer not in ("untouched", "kept for another zone", "a zero kept")
    )
    assert released(services) == truth


def test_the_seeded_figures_show_each_odd_case(seeded):
    """The seed does hold what the cases above rely on (a check of the test itself)."""
    services = seeded
    figures = seeded_release(services)
    with services.uow() as uow:
        assert recount_before(uow.session, DEFAULT_ZONE) == ([], 16, 12, 2)
        c = PublicCount
        stmt = select(c.month, func.sum(c.tickets)).group_by(c.month)
        months = dict(uow.session.execute(stmt).all())
    assert months == {"2026-01": 1, "2026-02": 5, "2026-03": 10}  # the edge in February
    districts = {name: total for name, total, _ in figures["districts"]}
    assert list(districts)[-1] == ""  # no district and a blank one, listed last
    assert districts["สตึก"].mark == "small"  # a district without tickets, listed, withheld
    shown = [cell for _, cell in figures["months"] if not cell.mark]
    assert shown and len(shown) < len(figures["months"])


@pytest.mark.xfail(
    strict=True,
    reason="SQLite reads times to the millisecond: a ticket within half a millisecond of a "
    "local month's start is kept (by the application) in one month and recounted in the next",
)
def test_a_ticket_a_microsecond_before_a_month_is_counted_in_it_on_sqlite(sqlite_url, tmp_path):
    from bot import create_app
    from tests.conftest import make_env

    app = create_app({"ENV": make_env(sqlite_url, tmp_path)})
    services = app.extensions["sujarit"]
    with services.uow() as uow:
        new_ticket(uow, submitted_at=MARCH - timedelta(microseconds=1))
        uow.commit()
    with services.uow() as uow:
        held = public_tally.recount(uow.session, DEFAULT_ZONE)
    services.engine.dispose()
    assert held.problems == []


PREFIX = "ix_tickets_public_"


def test_the_recount_reads_the_groups_and_slots_kept_in_its_indexes(services):
    """On PostgreSQL the recount groups by the values its two indexes (0037) keep, as read in
    their order (no sort, no expression computed per ticket): its expressions are theirs."""
    if services.engine.dialect.name != "postgresql":
        pytest.skip("the indexes are PostgreSQL's")
    seed(services)
    with services.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE tickets"))  # as autovacuum keeps a real table
    statements = {
        "groups": public_tally._group_differences("postgresql", DEFAULT_ZONE),
        "slots": public_tally._slot_differences("postgresql"),
    }
    for index, stmt in statements.items():
        sql = stmt.compile(services.engine, compile_kwargs={"literal_binds": True})
        with services.uow() as uow:
            # Few tickets: reading the table, hashing or sorting them would be cheaper.
            for setting in ("seqscan", "bitmapscan", "hashagg", "sort", "incremental_sort"):
                uow.session.execute(text(f"SET LOCAL enable_{setting} = off"))
            plan = "\n".join(uow.session.scalars(text(f"EXPLAIN {sql}")))
            uow.rollback()
        read = rf"GroupAggregate.*\n.*Group Key: .*\n\s*->  Index Only Scan using {PREFIX}{index}"
        assert re.search(read, plan), plan


def test_the_recount_indexes_are_made_for_postgresql_alone():
    """Building the indexes (migration 0037) leaves the models' schema, SQLite's too, without."""
    made = {index.name for index in public_tally.recount_indexes(DEFAULT_ZONE)}
    assert made == {"ix_tickets_public_groups", "ix_tickets_public_slots"}
    assert made.isdisjoint(index.name for index in Ticket.__table__.indexes)
