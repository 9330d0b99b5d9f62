"""#17: a reader of the record journal (RECORD_ANCHOR_DIR: a backup of it, a copy kept off the
host, a colleague with the folder's read access) learns nothing of which agency or district a
member is tied to. Every tie's line names it `conflict:M:K:D` / `tie:M:K:D`: with D a plain
SHA-256 of the tie's text, hashing Buriram's district codes and agency names named the tie.
D is keyed now (DATA_LOOKUP_KEY, its own purpose, per member), so the dictionary finds
nothing, and two members tied to one district are not seen to share it."""

from __future__ import annotations

import hashlib
from pathlib import Path

import geothai
from sqlalchemy import select

from handlers.directory import members
from storage.insider_models import Agency
from tests.factories import new_member

PROVINCE = "31"  # Buriram
AGENCIES = ["อบต.สองห้อง", "เทศบาลตำบลนางรอง", "ที่ว่าการอำเภอบ้านกรวด", "สำนักงานที่ดินจังหวัดบุรีรัมย์"]


def _dictionary(names: list[str]) -> set[str]:
    """What a journal reader computes: every digest a tie's text could have, unkeyed."""
    texts = names + [d.code for d in geothai.districts(PROVINCE)]
    texts += [d.name_th for d in geothai.districts(PROVINCE)]
    found = set()
    for value in texts:
        digest = hashlib.sha256(value.encode("utf-8")).hexdigest()
        found |= {digest, digest[:16], digest[:32]}
    return found


def _tie_digests(folder: Path) -> list[tuple[str, str]]:
    """(member, digest) of each tie line of the journal, as a reader of the folder sees them."""
    named = []
    for path in sorted(folder.glob("journal-*.log")):
        for line in path.read_text(encoding="utf-8").splitlines():
            name = line.partition(" ")[0]
            if name.startswith(("conflict:", "tie:")):
                _, member, _kind, digest = name.split(":", 3)
                named.append((member, digest))
    return named


def test_hashing_the_agency_list_and_district_codes_names_no_members_tie(services, tmp_path):
    with services.uow() as uow:
        for name in AGENCIES:
            members.agencies.add_reviewed(uow, name, "operator")
        first, _ = new_member(
            uow, "ผู้ตรวจ ก", conflicts=[("district", "บ้านกรวด"), ("agency", AGENCIES[1])]
        )
        second, _ = new_member(uow, "ผู้ตรวจ ข", conflicts=[("district", "บ้านกรวด")])
        ids = first.id, second.id
        uow.commit()
        names = list(uow.session.scalars(select(Agency.name)))
    named = _tie_digests(tmp_path / "anchors")
    assert {member for member, _ in named} == {str(i) for i in ids}
    assert not {digest for _, digest in named} & _dictionary(AGENCIES + names)
    # One district, two members: the reader cannot tell they share it.
    per_member = {member: {d for m, d in named if m == member} for member, _ in named}
    assert not per_member[str(ids[0])] & per_member[str(ids[1])]


# -- keys rotate: no unkeyed name left ------------------------------------------------------
NEW_LOOKUP = "the-new-lookup-key-after-rotation-0123456789"
GONE = "3105"  # a district code: a tie journalled unkeyed, its row since deleted
UNFOUND = "หน่วยงานที่ไม่มีในระเบียน"  # a tie journalled unkeyed whose text is found nowhere


def _app(database_url, tmp_path, lookup_key: str):
    from bot import create_app
    from tests.conftest import make_env
    from tests.fakes.recording_gateway import RecordingGateway

    env = make_env(database_url, tmp_path, DATA_LOOKUP_KEY=lookup_key)
    return create_app({"ENV": env, "GATEWAY": RecordingGateway(), "TESTING": True})


def _old_style_lines(folder: Path, member_id: int, values: list[str]) -> list[str]:
    """Lines as the journal was written before tie names were keyed (a day's file of its
    own, as an older release left it); the unkeyed names written."""
    from datetime import UTC, datetime, timedelta

    from storage import row_seals

    names = [f"{member_id}:district:{row_seals.legacy_digest(v)}" for v in values]
    day = (datetime.now(UTC) - timedelta(days=40)).date().isoformat()
    lines = [f"{p}:{n} {c * 64}\n" for n in names for p, c in (("conflict", "a"), ("tie", "b"))]
    (folder / f"journal-{day}.log").write_text("".join(lines), encoding="utf-8")
    return names


def _everything(folder: Path) -> str:
    return "\n".join(
        path.read_text(encoding="utf-8", errors="replace")
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    )


def _rows_of(conn, ticket_id: int) -> set[str]:
    """Every value (other than its own numbers) of the rows of every table about one ticket:
    the ticket's row and each row naming it by `ticket_id`."""
    from sqlalchemy import select

    from storage.models import Base

    found: set[str] = set()
    for table in Base.metadata.sorted_tables:
        if table.name == "tickets":
            where = table.c.id == ticket_id
        elif "ticket_id" in table.c:
            where = table.c.ticket_id == ticket_id
        else:
            continue
        for row in conn.execute(select(table).where(where)).mappings():
            found |= {
                str(value)
                for name, value in row.items()
                if value is not None and name not in ("id", "ticket_id")
            }
    return found


def _anywhere(conn, *needles: str) -> list[str]:
    """Each table of the database with a row whose values hold every one of `needles`."""
    from sqlalchemy import select

    from storage.models import Base

    found = []
    for table in Base.metadata.sorted_tables:
        for row in conn.execute(select(table)).mappings():
            values = " ".join(str(v) for v in row.values())
            if all(needle in values for needle in needles):
                found.append(table.name)
    return found


def test_keys_rotate_leaves_no_unkeyed_tie_name_and_nothing_ties_two_tickets(
    database_url, tmp_path
):
    """Before names were keyed, the journal named a tie by the plain SHA-256 of its text, the
    same for every member tied to it: a reader hashing district codes and agency names reads
    it. `keys rotate` names such lines again under the newest key (or, text found nowhere,
    under a keyed name of their own) in place: afterwards no unkeyed name is left in the
    journal's folder, nor anywhere in the database, the ties are still checked, and nothing
    in any table ties a citizen's two tickets together."""
    import json

    from sqlalchemy import update

    import storage.schema  # noqa: F401  (every table)
    from storage.models import MemberConflict, Ticket
    from tests.conftest import TEST_KEYS
    from tests.factories import line_id, new_ticket
    from tests.shared_engines import release

    old = TEST_KEYS["DATA_LOOKUP_KEY"]
    app = _app(database_url, tmp_path, old)
    services = app.extensions["sujarit"]
    citizen = line_id()
    with services.uow() as uow:
        reviewer, _ = new_member(uow, "ผู้ตรวจ", conflicts=[("district", "3104"), ("district", GONE)])
        first, second = new_ticket(uow, owner=citizen), new_ticket(uow, owner=citizen)
        other = new_ticket(uow)
        uow.commit()
        reviewer_id, ids = reviewer.id, (first.id, second.id, other.id)
        references = first.reference, second.reference
        old_index = uow.vault.index(citizen)
    folder = Path(services.config.record_anchor_dir)
    legacy = _old_style_lines(folder, reviewer_id, ["3104", GONE, UNFOUND])
    with services.engine.begin() as conn:  # the tie to GONE deleted; tickets as before 0011
        conn.execute(MemberConflict.__table__.delete().where(MemberConflict.value == GONE))
        conn.execute(update(Ticket).where(Ticket.id.in_(ids[:2])).values(owner_hash=old_index))
    release(services.engine)

    app = _app(database_url, tmp_path, f"{NEW_LOOKUP},{old}")
    rotated = app.test_cli_runner().invoke(args=["keys", "rotate"])
    assert rotated.exit_code == 0, rotated.output
    counts = json.loads(rotated.output.strip().splitlines()[-1])["rotated"]
    assert counts["unkeyed_renamed"] == 4 and counts["unkeyed_retired"] == 2
    release(app.extensions["sujarit"].engine)

    written = _everything(folder)
    for name in legacy:
        assert name.rsplit(":", 1)[1] not in written, name
    assert not {digest for _, digest in _tie_digests(folder)} & _dictionary([UNFOUND])
    assert all(len(digest) == 32 for _, digest in _tie_digests(folder))

    app = _app(database_url, tmp_path, NEW_LOOKUP)  # the old key retired
    services = app.extensions["sujarit"]
    verified = app.test_cli_runner().invoke(args=["tickets", "verify"])
    # The deleted tie and the one found nowhere are still named, under their new names.
    assert verified.exit_code == 1 and f"conflict of member {reviewer_id}" in verified.output
    with services.engine.connect() as conn:
        for name in legacy:
            assert _anywhere(conn, name.rsplit(":", 1)[1]) == [], name
        assert (_rows_of(conn, ids[0]) & _rows_of(conn, ids[1])) - _rows_of(conn, ids[2]) == set()
        assert _anywhere(conn, *references) == []  # no row names both in plain
    release(services.engine)
