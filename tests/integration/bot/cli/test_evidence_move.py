"""`evidence move --to STORE`: local folder → database → S3, resumable, the files intact."""

from __future__ import annotations

import json
import re

from sqlalchemy import select

from bot import create_app
from storage.models import Evidence
from tests.conftest import make_env
from tests.factories import add_evidence, file_complaint, texts
from tests.s3_server import s3_server

PHOTO = b"\xff\xd8 photo of the envelope " * 50_000  # about 1.3 MB: several pieces


def app_with(database_url, tmp_path, **store):
    return create_app({"ENV": make_env(database_url, tmp_path, **store), "TESTING": True})


def move(app, to: str) -> dict:
    result = app.test_cli_runner().invoke(args=["evidence", "move", "--to", to])
    assert result.exit_code == 0, result.output
    return json.loads(result.output.splitlines()[0])


def opened(app) -> bytes:
    services = app.extensions["sujarit"]
    with services.uow() as uow:
        key = uow.session.scalars(select(Evidence.storage_path)).one()
    return services.fetcher.store.read_all(key)


def test_evidence_moves_from_the_folder_to_the_database_then_to_s3(
    chat, services, database_url, tmp_path, monkeypatch
):
    file_complaint(chat)
    reference = re.search(r"BRM-\d{4}-\d{5}", texts(chat.tap("a=summary:confirm"))).group(0)
    key, _, _ = services.fetcher.store.write([PHOTO])
    # A row written before the store existed holds the absolute path of the file.
    evidence_id = add_evidence(services, reference, tmp_path / "evidence" / key, "image/jpeg")
    local = app_with(database_url, tmp_path)

    assert move(local, "database") == {"from": "local", "to": "database", "copied": 1}
    assert move(local, "database")["present"] == 1  # run again: nothing copied twice
    in_database = app_with(database_url, tmp_path, EVIDENCE_STORE="database")
    assert opened(in_database) == PHOTO
    with services.uow() as uow:
        assert uow.session.get(Evidence, evidence_id).storage_path == key

    with s3_server(monkeypatch) as (endpoint, bucket):
        to = f"s3://{bucket}/evidence"
        in_database = app_with(
            database_url, tmp_path, EVIDENCE_STORE="database", EVIDENCE_S3_ENDPOINT_URL=endpoint
        )
        moved = move(in_database, to)
        assert (moved["to"], moved["copied"]) == (to, 1)
        in_s3 = app_with(
            database_url, tmp_path, EVIDENCE_STORE=to, EVIDENCE_S3_ENDPOINT_URL=endpoint
        )
        assert opened(in_s3) == PHOTO
    for app in (local, in_database, in_s3):
        app.extensions["sujarit"].engine.dispose()


def test_an_unknown_store_is_refused(runner):
    result = runner.invoke(args=["evidence", "move", "--to", "ftp://somewhere"])
    assert result.exit_code != 0 and "s3://bucket/prefix" in result.output
