"""The record journal names ties by keyed digests (#17): lines written before, with the unkeyed
digest, are still read, and rotating DATA_LOOKUP_KEY (new key first, `keys rotate`, old key
retired) keeps every tie the journal vouches for."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import update

from bot import create_app
from handlers.directory import members
from storage import row_seals
from storage.models import Member, MemberConflict
from tests.conftest import TEST_KEYS, make_env
from tests.factories import new_member
from tests.fakes.recording_gateway import RecordingGateway
from tests.shared_engines import release

TIED = "3104"  # a district code of Buriram (กระสัง)
FORMERLY = "3105"  # another: a tie journalled before names were keyed, its row gone
NEW_LOOKUP = "the-new-lookup-key-after-rotation-0123456789"


def _detach(services, member_id: int) -> None:
    """A writer blanks the member's LINE account in SQL (the journal still names it)."""
    with services.engine.begin() as conn:
        conn.execute(
            update(Member).where(Member.id == member_id).values(user_hash="x", line_user_id_enc="x")
        )


def _joined_again(services, uid: str) -> list[tuple[str, str]]:
    with services.uow() as uow:
        code = members.invite(uow, "reviewer")
        back = members.join(uow, uid, code, "ผู้ตรวจ")
        uow.commit()
        return sorted((c.kind, c.value) for c in back.conflicts if c.removed_at is None)


def test_a_tie_journalled_before_names_were_keyed_is_still_carried_and_checked(services, runner):
    with services.uow() as uow:
        reviewer, uid = new_member(uow, "ผู้ตรวจ", conflicts=[("district", TIED)])
        uow.commit()
        reviewer_id = reviewer.id
    folder = Path(services.config.record_anchor_dir)
    old_name = f"{reviewer_id}:district:{row_seals.legacy_digest(FORMERLY)}"
    today = folder / f"journal-{datetime.now(UTC).date().isoformat()}.log"
    with today.open("a", encoding="utf-8") as journal:
        journal.write(f"conflict:{old_name} {'a' * 64}\ntie:{old_name} {'b' * 64}\n")
    got = runner.invoke(args=["tickets", "verify"])
    assert got.exit_code == 1 and f"conflict of member {reviewer_id}" in got.output
    _detach(services, reviewer_id)
    assert _joined_again(services, uid) == [("district", TIED), ("district", FORMERLY)]


def _app(database_url, tmp_path, lookup_key: str):
    env = make_env(database_url, tmp_path, DATA_LOOKUP_KEY=lookup_key)
    return create_app({"ENV": env, "GATEWAY": RecordingGateway(), "TESTING": True})


def test_retiring_the_old_lookup_key_after_keys_rotate_forgets_no_tie(database_url, tmp_path):
    old = TEST_KEYS["DATA_LOOKUP_KEY"]
    app = _app(database_url, tmp_path, old)
    services = app.extensions["sujarit"]
    with services.uow() as uow:
        reviewer, uid = new_member(uow, "ผู้ตรวจ", conflicts=[("district", TIED)])
        other, _ = new_member(uow, "ผู้ตรวจ ข", conflicts=[("district", FORMERLY)])
        uow.commit()
        reviewer_id, other_id = reviewer.id, other.id
    release(services.engine)

    app = _app(database_url, tmp_path, f"{NEW_LOOKUP},{old}")
    rotated = app.test_cli_runner().invoke(args=["keys", "rotate"])
    assert rotated.exit_code == 0, rotated.output
    counts = json.loads(rotated.output.strip().splitlines()[-1])["rotated"]
    assert counts["rejournalled"] == 4 and counts["unmatched"] == 0  # two ties, two lines each
    release(app.extensions["sujarit"].engine)

    app = _app(database_url, tmp_path, NEW_LOOKUP)
    services = app.extensions["sujarit"]
    runner = app.test_cli_runner()
    verified = runner.invoke(args=["tickets", "verify"])
    assert verified.exit_code == 0, verified.output
    # The other member's row deleted: the journal, under the new key, still names its tie.
    with services.engine.begin() as conn:
        conn.execute(MemberConflict.__table__.delete().where(MemberConflict.member_id == other_id))
    verified = runner.invoke(args=["tickets", "verify"])
    assert verified.exit_code == 1 and f"conflict of member {other_id}" in verified.output
    _detach(services, reviewer_id)
    assert _joined_again(services, uid) == [("district", TIED)]
    release(services.engine)
