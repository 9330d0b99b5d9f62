"""Rotating the data keys as the README says (new key first) keeps every lookup working."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete, select

from bot import create_app
from handlers.directory import members
from handlers.tickets import anchor_codes
from storage import record_anchors, transparency_releases
from storage.evidence import ticket_salt
from storage.models import Draft, Evidence, MemberConflict
from storage.transparency_models import TransparencyRelease
from storage.users import user_for_line_id
from tests.conftest import TEST_KEYS, make_env
from tests.factories import Chat, add_evidence, add_member, add_ticket, submit, texts
from tests.fakes.recording_gateway import RecordingGateway

OLD_DATA, OLD_LOOKUP = TEST_KEYS["DATA_ENCRYPTION_KEY"], TEST_KEYS["DATA_LOOKUP_KEY"]
NEW_DATA = "KyjS8BTBoFtG6jnGW9GaebIDttljR073C5D7t8ZtAyQ="
NEW_LOOKUP = "the-new-lookup-key-after-rotation-0123456789"
SECRET = "test-channel-secret"


@pytest.fixture
def deploy(database_url, tmp_path):
    """Start the bot on the shared database with the given keys (as a restart would)."""
    apps = []

    def start(data_key: str, lookup_key: str, seal_key: str = TEST_KEYS["RECORD_SEAL_KEY"]):
        env = make_env(database_url, tmp_path, DATA_ENCRYPTION_KEY=data_key)
        env["DATA_LOOKUP_KEY"], env["RECORD_SEAL_KEY"] = lookup_key, seal_key
        gateway = RecordingGateway()
        app = create_app({"ENV": env, "GATEWAY": gateway, "TESTING": True})
        apps.append(app)
        return app, gateway

    yield start
    for app in apps:
        app.extensions["sujarit"].engine.dispose()


def _chat(app, gateway, user_id: str) -> Chat:
    return Chat(app.test_client(), gateway, user_id, SECRET)


def test_rotation_keeps_members_my_tickets_and_tracking_codes(deploy):
    villager, friend, reviewer, chair = ("U" + uuid.uuid4().hex for _ in range(4))
    app, gateway = deploy(OLD_DATA, OLD_LOOKUP)
    reference, code, _, _ = submit(_chat(app, gateway, villager))
    added = app.test_cli_runner().invoke(
        args=["members", "add", "--line-user-id", reviewer, "--name", "สมใจ", "--role", "reviewer"]
    )
    assert added.exit_code == 0, added.output
    added = app.test_cli_runner().invoke(
        args=["members", "add", "--line-user-id", chair, "--name", "ประธาน", "--role", "chair"]
    )
    assert added.exit_code == 0, added.output

    # New keys first, old ones after: everything is still found, before any re-keying.
    app, gateway = deploy(f"{NEW_DATA},{OLD_DATA}", f"{NEW_LOOKUP},{OLD_LOOKUP}")
    assert reference in texts(_chat(app, gateway, villager).tap("menu=track"))
    runner = app.test_cli_runner()
    link = runner.invoke(args=["members", "login-link", "--line-user-id", reviewer])
    assert link.exit_code == 0 and "/committee/login/" in link.output
    looker = _chat(app, gateway, friend)
    looker.follow()
    looker.tap("menu=lookup")
    looker.say(reference)
    assert reference in texts(looker.say(code))

    rotated = runner.invoke(args=["keys", "rotate"])
    assert rotated.exit_code == 0, rotated.output
    result = json.loads(rotated.output.strip().splitlines()[-1])
    assert result["rotated"]["rows"] > 0
    assert len(result["keys"]["encryption"]) == 2

    # The old keys retired: rows were re-encrypted and re-indexed with the new ones.
    app, gateway = deploy(NEW_DATA, NEW_LOOKUP)
    assert reference in texts(_chat(app, gateway, villager).tap("menu=track"))
    runner = app.test_cli_runner()
    for member in (reviewer, chair):  # the chair was not looked up before `keys rotate`
        link = runner.invoke(args=["members", "login-link", "--line-user-id", member])
        assert link.exit_code == 0 and "/committee/login/" in link.output, link.output
    with app.extensions["sujarit"].uow() as uow:  # re-encrypted, their seals still fit
        for member in (reviewer, chair):
            assert members.record_fits(uow, members.member_for_line_id(uow, member))
    again = _chat(app, gateway, "U" + uuid.uuid4().hex)
    again.follow()
    again.tap("menu=lookup")
    again.say(reference)
    assert reference in texts(again.say(code))  # used once under both keys: re-indexed
    moved = runner.invoke(args=["tickets", "set-status", reference, "in_review"])
    assert moved.exit_code == 0, moved.output
    app.extensions["sujarit"].sender.send_due()
    assert any(call["to"] == villager for call in gateway.sent if call["kind"] == "push")
    fingerprints = runner.invoke(args=["keys", "fingerprints"])
    assert json.loads(fingerprints.output)["lookup"] == [result["keys"]["lookup"][0]]


def _stored_evidence(app, reference: str, content: bytes) -> int:
    """An original stored as the evidence job stores a download; returns the row's id."""
    services = app.extensions["sujarit"]
    key, _, mark = services.fetcher.store.write([content])
    path = Path(services.config.evidence_dir) / key
    return add_evidence(services, reference, path, "image/jpeg", mark=mark)


def test_rotating_the_seal_key_re_marks_evidence_and_keeps_a_changed_file_seen(deploy):
    old_seal = TEST_KEYS["RECORD_SEAL_KEY"]
    new_seal = "the-new-record-seal-key-after-rotation-0123"
    app, gateway = deploy(OLD_DATA, OLD_LOOKUP)
    reference, _, _, _ = submit(_chat(app, gateway, "U" + uuid.uuid4().hex))
    photo, other = b"\xff\xd8 the envelope " * 500, b"\xff\xd8 another photo " * 500
    kept = _stored_evidence(app, reference, photo)
    changed = _stored_evidence(app, reference, photo)
    services = app.extensions["sujarit"]
    with services.uow() as uow:  # a database writer points a row at another file
        row, decoy = uow.session.get(Evidence, changed), services.fetcher.store.write([other])
        row.storage_path = decoy[0]
        uow.commit()

    app, _ = deploy(OLD_DATA, OLD_LOOKUP, seal_key=f"{new_seal},{old_seal}")
    rotated = app.test_cli_runner().invoke(args=["keys", "rotate"])
    assert rotated.exit_code == 0, rotated.output
    result = json.loads(rotated.output.strip().splitlines()[-1])["rotated"]
    assert (result["evidence_remarked"], result["evidence_unfit"]) == (1, 1)

    app, _ = deploy(OLD_DATA, OLD_LOOKUP, seal_key=new_seal)  # the old seal key retired
    vault = app.extensions["sujarit"].uow.vault
    with app.extensions["sujarit"].uow() as uow:
        rows = {
            e.id: (e.sha256, ticket_salt(uow, e)) for e in uow.session.scalars(select(Evidence))
        }
    (mark, salt), (bad_mark, bad_salt) = rows[kept], rows[changed]
    photo_digest, other_digest = (
        hashlib.sha256(photo).hexdigest(),
        hashlib.sha256(other).hexdigest(),
    )
    assert vault.content_fits(mark, photo_digest, salt)
    assert mark not in vault.content_marks(photo_digest)  # re-marked for its ticket alone
    assert not vault.content_fits(bad_mark, other_digest, bad_salt)


def test_a_name_typed_into_an_open_draft_is_re_encrypted_too(deploy):
    app, _ = deploy(OLD_DATA, OLD_LOOKUP)
    services = app.extensions["sujarit"]
    with services.uow() as uow:
        user = user_for_line_id(uow, "U" + uuid.uuid4().hex)
        data = {"kind": "bribery", "name_enc": uow.vault.encrypt("สมหญิง ใจดี")}
        uow.session.add(Draft(user_id=user.id, step="phone", data=data))
        uow.commit()

    app, _ = deploy(f"{NEW_DATA},{OLD_DATA}", OLD_LOOKUP)
    rotated = app.test_cli_runner().invoke(args=["keys", "rotate"])
    assert rotated.exit_code == 0, rotated.output

    app, _ = deploy(NEW_DATA, OLD_LOOKUP)  # the old encryption key retired
    with app.extensions["sujarit"].uow() as uow:
        (draft,) = uow.session.scalars(select(Draft).where(Draft.step == "phone")).all()
        assert uow.vault.decrypt(draft.data["name_enc"]) == "สมหญิง ใจดี"


def test_rotating_the_seal_key_reseals_the_releases_and_keeps_the_anchors(deploy):
    """The public figures' releases are sealed under RECORD_SEAL_KEY: rotated, they are
    sealed (and noted) again under the new key, so they are still shown and verify once the
    old key is retired. Anchors are keyless digests: one made before still verifies."""
    old_seal = TEST_KEYS["RECORD_SEAL_KEY"]
    new_seal = "the-new-record-seal-key-after-rotation-0123"
    app, gateway = deploy(OLD_DATA, OLD_LOOKUP)
    for _ in range(5):
        submit(_chat(app, gateway, "U" + uuid.uuid4().hex))
    client, services = app.test_client(), app.extensions["sujarit"]
    shown = client.get("/transparency/data.json").get_json()
    with services.uow() as uow:  # and the next period's release, chained to this one
        current = uow.session.scalars(select(TransparencyRelease)).one()
        later = transparency_releases.keep(
            uow, current.period_start + timedelta(days=40), json.loads(current.figures)
        )
        uow.commit()
        transparency_releases.write_note(services.config.record_anchor_dir, later)
    assert (
        app.test_cli_runner().invoke(args=["tickets", "anchor", "--out", "/dev/null"]).exit_code
        == 0
    )

    app, _ = deploy(OLD_DATA, OLD_LOOKUP, seal_key=f"{new_seal},{old_seal}")
    assert app.test_cli_runner().invoke(args=["tickets", "verify"]).exit_code == 0
    rotated = app.test_cli_runner().invoke(args=["keys", "rotate"])
    assert rotated.exit_code == 0, rotated.output
    assert json.loads(rotated.output.strip().splitlines()[-1])["rotated"]["releases_resealed"] == 2

    app, _ = deploy(OLD_DATA, OLD_LOOKUP, seal_key=new_seal)  # the old seal key retired
    again = app.test_client().get("/transparency/data.json").get_json()
    checked = app.test_cli_runner().invoke(args=["tickets", "verify"])

    assert again["checking"] is False and again["received"] == shown["received"]
    assert checked.exit_code == 0, checked.output


def test_rotating_every_key_keeps_a_tied_members_anchored_code_intact(deploy):
    """The anchor's witness holds each member's ties as stored, their seals and marks too:
    every key rotated (each member then sealed again, a new version), the chair's code of an
    anchor made before reads intact once the old keys are retired, and a tie deleted in SQL
    afterwards still reads broken on it."""
    new_seal = "the-new-record-seal-key-after-rotation-0123"
    app, _ = deploy(OLD_DATA, OLD_LOOKUP)
    services = app.extensions["sujarit"]
    add_ticket(services)
    tied = add_member(services, "reviewer", conflicts=[("agency", "อบต.กลันทา")])
    with services.uow() as uow:
        prefix = record_anchors.typed_code(
            record_anchors.code_of(anchor_codes.publish(uow)["digest"])
        )
        uow.commit()

    app, _ = deploy(
        f"{NEW_DATA},{OLD_DATA}",
        f"{NEW_LOOKUP},{OLD_LOOKUP}",
        seal_key=f"{new_seal},{TEST_KEYS['RECORD_SEAL_KEY']}",
    )
    rotated = app.test_cli_runner().invoke(args=["keys", "rotate"])
    assert rotated.exit_code == 0, rotated.output

    app, _ = deploy(NEW_DATA, NEW_LOOKUP, seal_key=new_seal)  # the old keys retired
    services = app.extensions["sujarit"]
    with services.uow() as uow:
        assert record_anchors.check_code(uow, prefix).state == "intact"
        uow.session.execute(delete(MemberConflict).where(MemberConflict.member_id == tied))
        uow.commit()
    with services.uow() as uow:
        found = record_anchors.check_code(uow, prefix)
    assert found.state == "broken" and list(found.put_back) == [f"member {tied}"]
