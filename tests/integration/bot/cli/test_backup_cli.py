"""`backup create`, `verify` and `restore`: a round trip, also across SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import io
import json
import tarfile

import pytest
from sqlalchemy import func, select

from bot import create_app
from handlers.directory import members
from storage.campaign_models import Campaign
from storage.models import Evidence, Ticket
from storage.schema import Base
from tests.conftest import PG_URL, _pg_database, drop_pg_database, make_env, pg_name
from tests.factories import add_evidence, submitted
from tests.s3_server import s3_server


@pytest.fixture
def other_database(database_url, tmp_path):
    """An empty database of the other kind (PostgreSQL for SQLite when it is configured)."""
    if database_url.startswith("sqlite") and PG_URL:
        name = pg_name("sujarit_restore")
        yield _pg_database(name)
        drop_pg_database(name)
        return
    yield f"sqlite:///{tmp_path / 'restored.db'}"


def fresh_app(url: str, tmp_path, name: str, **extra):
    env = make_env(url, tmp_path, **extra)
    env["EVIDENCE_DIR"] = str(tmp_path / name)
    return create_app({"ENV": env, "TESTING": True})


def counts(services) -> dict[str, int]:
    with services.engine.connect() as conn:
        return {
            t.name: conn.scalar(select(func.count()).select_from(t))
            for t in Base.metadata.sorted_tables
            if t.name != "evidence_chunks"  # the store's own; the archive holds the files
        }


def populate(chat, runner, services, tmp_path) -> str:
    reference = submitted(chat, anonymous=False).reference
    added = runner.invoke(
        args=[
            "members",
            "add",
            "--line-user-id",
            "U" + "a" * 32,
            "--name",
            "ประธาน",
            "--role",
            "chair",
        ]
    )
    assert added.exit_code == 0, added.output
    made = runner.invoke(args=["campaigns", "create", "--title", "ไม่รับสินบน", "--text", "ค่ะ"])
    assert made.exit_code == 0, made.output
    photo = tmp_path / "evidence" / "ab" / "photo.jpg"
    photo.parent.mkdir(parents=True)
    photo.write_bytes(b"\xff\xd8 a photo of the bid documents")
    add_evidence(services, reference, photo, "image/jpeg", "bid.jpg")
    return reference


@pytest.fixture(params=["local", "database", "s3"])
def target_store(request, monkeypatch):
    """The evidence store restored into: across stores too."""
    if request.param != "s3":
        yield {"EVIDENCE_STORE": request.param}
        return
    with s3_server(monkeypatch) as (endpoint, bucket):
        yield {"EVIDENCE_STORE": f"s3://{bucket}/restored", "EVIDENCE_S3_ENDPOINT_URL": endpoint}


def test_round_trip_into_the_other_database(
    chat, runner, services, tmp_path, other_database, target_store
):
    reference = populate(chat, runner, services, tmp_path)
    archive = tmp_path / "backup.tar.gz"
    made = runner.invoke(args=["backup", "create", "--out", str(archive)])
    assert made.exit_code == 0, made.output
    assert "needs encryption key(s): " in made.output

    verified = runner.invoke(args=["backup", "verify", str(archive)])
    assert verified.exit_code == 0 and "\nok: " in verified.output, verified.output
    with tarfile.open(archive) as tar:  # the keys are not in it
        blob = b"".join(tar.extractfile(m).read() for m in tar.getmembers() if m.isfile())
    assert b"test-secret-key" not in blob

    target = fresh_app(other_database, tmp_path, "restored-evidence", **target_store)
    restored = target.test_cli_runner().invoke(args=["backup", "restore", str(archive)])
    assert restored.exit_code == 0, restored.output
    new = target.extensions["sujarit"]
    try:
        assert counts(new) == counts(services)
        with new.uow() as uow:
            ticket = uow.session.scalars(select(Ticket)).one()
            assert ticket.reference == reference
            assert uow.vault.decrypt(ticket.complainant_name_enc) == "สมหญิง รักดี"
            # The committee as operators list it (the CLI's own `operator` member aside).
            assert [m.name for m in members.list_members(uow)] == ["ประธาน"]
            assert uow.session.scalars(select(Campaign.title)).one() == "ไม่รับสินบน"
            evidence = uow.session.scalars(select(Evidence)).one()
            assert evidence.storage_path == "ab/photo.jpg"  # a key, no path of the old host
        stored = b"".join(new.fetcher.store.blobs.open("ab/photo.jpg"))
        assert stored == b"\xff\xd8 a photo of the bid documents"
        # The tamper-evident record survives the move: every chain still verifies.
        checked = target.test_cli_runner().invoke(args=["tickets", "verify"])
        assert checked.exit_code == 0 and "1 ticket(s) checked, 0 broken" in checked.output
        # The restored system goes on: the next ticket gets the next number.
        again = target.test_cli_runner().invoke(args=["backup", "restore", str(archive)])
        assert again.exit_code != 0 and "not empty" in again.output
    finally:
        new.engine.dispose()


def test_restore_refuses_a_database_with_data(chat, runner, services, tmp_path):
    populate(chat, runner, services, tmp_path)
    archive = tmp_path / "backup.tar.gz"
    assert runner.invoke(args=["backup", "create", "--out", str(archive)]).exit_code == 0
    other = fresh_app(services.config.database_url, tmp_path, "empty-evidence")
    result = other.test_cli_runner().invoke(args=["backup", "restore", str(archive)])
    assert result.exit_code != 0 and "holds data" in result.output
    other.extensions["sujarit"].engine.dispose()


def test_verify_finds_a_damaged_archive(runner, tmp_path, chat, services):
    populate(chat, runner, services, tmp_path)
    archive = tmp_path / "backup.tar.gz"
    assert runner.invoke(args=["backup", "create", "--out", str(archive)]).exit_code == 0
    damaged = tmp_path / "damaged.tar.gz"
    with tarfile.open(archive) as src, tarfile.open(damaged, "w:gz") as dst:
        for member in src.getmembers():
            data = src.extractfile(member).read()
            if member.name == "tables/tickets.jsonl":
                data = data.replace("สมหญิง".encode(), "สมชาย".encode()) + b" "
                member.size = len(data)
            import io

            dst.addfile(member, io.BytesIO(data))
    result = runner.invoke(args=["backup", "verify", str(damaged)])
    assert result.exit_code != 0 and "table tickets" in result.output


def test_restore_refuses_without_the_keys(chat, runner, services, tmp_path):
    populate(chat, runner, services, tmp_path)
    archive = tmp_path / "backup.tar.gz"
    assert runner.invoke(args=["backup", "create", "--out", str(archive)]).exit_code == 0
    env = make_env(
        f"sqlite:///{tmp_path / 'keys.db'}",
        tmp_path,
        DATA_ENCRYPTION_KEY="KyjS8BTBoFtG6jnGW9GaebIDttljR073C5D7t8ZtAyQ=",  # not the archive's
        DATA_LOOKUP_KEY="another-lookup-key-0123456789abcdefghijkl",
    )
    env["EVIDENCE_DIR"] = str(tmp_path / "elsewhere")
    other = create_app({"ENV": env, "TESTING": True})
    result = other.test_cli_runner().invoke(args=["backup", "restore", str(archive)])
    assert result.exit_code != 0 and "encryption:" in result.output
    other.extensions["sujarit"].engine.dispose()


def _rewrite(archive, out, change) -> None:
    """Copy an archive member by member, letting `change(name, data)` alter each."""
    with tarfile.open(archive) as src, tarfile.open(out, "w:gz") as dst:
        members = {m.name: src.extractfile(m).read() for m in src.getmembers() if m.isfile()}
        for name, data in change(members).items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            dst.addfile(info, io.BytesIO(data))


def test_verify_refuses_an_archive_whose_manifest_was_recomputed(runner, tmp_path, chat, services):
    populate(chat, runner, services, tmp_path)
    archive = tmp_path / "backup.tar.gz"
    assert runner.invoke(args=["backup", "create", "--out", str(archive)]).exit_code == 0

    def forge(members):
        # Whoever holds the archive, not the key: change a table, then its checksums.
        data = members["tables/tickets.jsonl"].replace("สมหญิง".encode(), "สมชาย".encode())
        manifest = json.loads(members["manifest.json"])
        entry = manifest["tables"]["tickets"]
        entry["sha256"] = hashlib.sha256(data).hexdigest()
        entry["mac"] = hashlib.sha256(data).hexdigest()
        return {
            **members,
            "tables/tickets.jsonl": data,
            "manifest.json": json.dumps(manifest, indent=2).encode(),
        }

    forged = tmp_path / "forged.tar.gz"
    _rewrite(archive, forged, forge)
    result = runner.invoke(args=["backup", "verify", str(forged)])
    assert result.exit_code != 0 and "manifest.json is not sealed" in result.output
    restored = fresh_app(f"sqlite:///{tmp_path / 'r.db'}", tmp_path, "r-evidence")
    refused = restored.test_cli_runner().invoke(args=["backup", "restore", str(forged)])
    assert refused.exit_code != 0 and "manifest.json is not sealed" in refused.output
    restored.extensions["sujarit"].engine.dispose()

    extra = tmp_path / "extra.tar.gz"
    _rewrite(archive, extra, lambda members: {**members, "evidence/../../x.sh": b"echo"})
    result = runner.invoke(args=["backup", "verify", str(extra)])
    assert result.exit_code != 0 and "unlisted evidence/../../x.sh" in result.output

    cut = tmp_path / "cut.tar.gz"
    cut.write_bytes(archive.read_bytes()[:-200])
    result = runner.invoke(args=["backup", "verify", str(cut)])
    assert result.exit_code != 0 and "not a readable backup archive" in result.output


def test_verify_fails_when_the_configured_keys_cannot_restore(chat, runner, services, tmp_path):
    populate(chat, runner, services, tmp_path)
    archive = tmp_path / "backup.tar.gz"
    assert runner.invoke(args=["backup", "create", "--out", str(archive)]).exit_code == 0
    env = make_env(
        f"sqlite:///{tmp_path / 'keys.db'}",
        tmp_path,
        DATA_ENCRYPTION_KEY="KyjS8BTBoFtG6jnGW9GaebIDttljR073C5D7t8ZtAyQ=",  # not the archive's
    )
    other = create_app({"ENV": env, "TESTING": True})
    result = other.test_cli_runner().invoke(args=["backup", "verify", str(archive)])
    assert result.exit_code != 0 and "cannot restore it" in result.output
    assert "encryption:" in result.output
    other.extensions["sujarit"].engine.dispose()
    env["RECORD_SEAL_KEY"] = "another-record-seal-key-0123456789abcdefg"
    other = create_app({"ENV": env, "TESTING": True})
    result = other.test_cli_runner().invoke(args=["backup", "verify", str(archive)])
    assert result.exit_code != 0 and "not sealed by a configured RECORD_SEAL_KEY" in result.output
    other.extensions["sujarit"].engine.dispose()


def _erase(chat) -> None:
    chat.say("ลบข้อมูลของฉัน")
    chat.tap("privacy=erase_yes")


def test_restore_leaves_alone_what_a_person_filed_after_an_erasure_the_archive_holds(
    chat, runner, services, tmp_path, other_database
):
    """An erasure made before the archive is in it already: a person who came back since and
    filed again with their name keeps it on the restored host."""
    submitted(chat, anonymous=False)
    _erase(chat)
    again = submitted(chat, anonymous=False).reference
    archive = tmp_path / "backup.tar.gz"
    made = runner.invoke(args=["backup", "create", "--out", str(archive)])
    assert made.exit_code == 0, made.output

    target = fresh_app(other_database, tmp_path, "restored-evidence")
    restored = target.test_cli_runner().invoke(args=["backup", "restore", str(archive)])
    assert restored.exit_code == 0, restored.output
    new = target.extensions["sujarit"]
    try:
        with new.uow() as uow:
            ticket = uow.session.scalars(select(Ticket).where(Ticket.reference == again)).one()
            assert uow.vault.decrypt(ticket.complainant_name_enc) == "สมหญิง รักดี"
    finally:
        new.engine.dispose()
