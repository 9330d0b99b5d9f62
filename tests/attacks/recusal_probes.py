"""What the recusal attack files share: a tied reviewer beside a reviewed school, a ticket named
in the attack's words, and whether the member sees it (in Python) and lists it (in SQL)."""

from __future__ import annotations

import atexit
import shutil
import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path

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
    alone is shown to them (so a hidden ticket below is hidden by what the attack names).

    On SQLite the first test of a process to ask for a `tie` seeds its database so and keeps
    a copy; later tests asking for it on a database as untouched as that one was get the copy
    (seeding took half of such a test's CPU). Their own ticket is still filed by the app."""
    path = _sqlite_path(services)
    journal = Path(services.config.record_anchor_dir)
    seeded = _SEEDED.get(tie) if path else None
    if seeded is not None and seeded[0] == _state(path, journal):
        services.engine.dispose()  # its connections see the copied file afresh
        with closing(sqlite3.connect(path)) as database:
            seeded[1].backup(database)
        shutil.copytree(seeded[3], journal, dirs_exist_ok=True)
        return seeded[2]
    before = _state(path, journal) if path else None
    tied = add_member(services, "reviewer", conflicts=[tie])
    _reviewed(services, SCHOOL)
    control = add_ticket(services, agency=SCHOOL, official="ครูใหญ่", description=STORY)
    assert _sees(services, tied, control) and _listed(services, tied, control)
    if path:
        copy = sqlite3.connect(":memory:")
        with closing(sqlite3.connect(path)) as database:
            database.backup(copy)
        # The record journal (outside the database) as the seeding left it.
        notes = shutil.copytree(journal, Path(tempfile.mkdtemp(dir=_FOLDER)) / "journal")
        _SEEDED[tie] = (before, copy, tied, notes)
    return tied


#: tie → (the database and journal before seeding (`_state`), a copy of the database seeded,
#: the tied member's id, a copy of the journal folder seeded).
_SEEDED: dict[tuple[str, str], tuple[tuple, sqlite3.Connection, int, Path]] = {}
_FOLDER = Path(tempfile.mkdtemp(prefix="sujarit-recusal-"))
atexit.register(shutil.rmtree, _FOLDER, ignore_errors=True)


def _sqlite_path(services) -> str | None:
    url = services.engine.url
    return url.database if url.get_backend_name() == "sqlite" else None


def _state(path: str, journal: Path) -> tuple:
    """How many rows each table holds, and the record journal's files and sizes: a database
    as the template left it, or touched."""
    files = sorted((str(f.relative_to(journal)), f.stat().st_size) for f in journal.rglob("*"))
    return _row_counts(path), tuple(files)


def _row_counts(path: str) -> tuple:
    with closing(sqlite3.connect(path)) as database:
        tables = [
            name
            for (name,) in database.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        counts = ", ".join(f'(SELECT COUNT(*) FROM "{name}")' for name in tables)
        return tuple(zip(tables, database.execute(f"SELECT {counts}").fetchone(), strict=True))


def _named(services, tie=("agency", TIE), **fields) -> tuple[int, str]:
    tied = _tied_and_school(services, tie)
    values = {"agency": SCHOOL, "official": "ครูใหญ่", "description": STORY, **fields}
    return tied, add_ticket(services, **values)
