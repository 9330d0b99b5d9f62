"""Several hosts, as deployed: two `web` processes and one `scheduler`, each from the Procfile in
its own empty working folder with its own EVIDENCE_DIR, sharing one PostgreSQL and one evidence
store (the database itself, or S3 on a local moto server).

A photo sent through web A is downloaded by the scheduler and opened by the chair on web B;
no process's own folder holds it."""

from __future__ import annotations

import io
import re
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from html import unescape
from pathlib import Path

import pytest
import requests
from PIL import Image
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import create_app
from storage.db import make_engine
from storage.models import Evidence, Ticket
from tests.conftest import PG_URL, _pg_database, drop_pg_database, make_env, pg_name
from tests.dashboard_login import CSRF, login_token
from tests.e2e.conftest import (
    HttpChat,
    Server,
    await_healthy,
    procfile_env,
    procfile_line,
    release_folder,
    spawn_gunicorn,
    stop,
    wait_for,
)
from tests.factories import add_member, media_event, photo_with_gps, submit
from tests.migrated import upgrade  # a copy of this process's climb when the database is empty
from tests.s3_server import S3_ENV, moto_s3

pytestmark = [
    pytest.mark.skipif(not PG_URL, reason="several hosts share PostgreSQL"),
    pytest.mark.long(seconds=90),
]


@dataclass
class Deployment:
    """The running processes: web A and web B, and each process's folder."""

    web_a: Server
    web_b: Server
    folders: dict[str, Path]


def _store_settings(kind: str, stack: ExitStack) -> dict:
    if kind == "database":
        return {"EVIDENCE_STORE": "database"}
    endpoint, bucket = stack.enter_context(moto_s3())
    return {
        "EVIDENCE_STORE": f"s3://{bucket}/evidence",
        "EVIDENCE_S3_ENDPOINT_URL": endpoint,
        **S3_ENV,
    }


@pytest.fixture(scope="module", params=["database", "s3"])
def deployment(request, module_line_api, tmp_path_factory) -> Iterator[Deployment]:
    """The release line once (for the evidence kept in the database; the S3 deployment's
    database is migrated by this process), then web A, web B and the scheduler, started side
    by side."""
    name = pg_name("sujarit_hosts")
    database_url = _pg_database(name)
    with ExitStack() as stack:
        stack.callback(drop_pg_database, name)
        shared = {"DATABASE_URL": database_url, **_store_settings(request.param, stack)}
        # One worker per web process: two processes already show what several hosts share.
        shared["WEB_CONCURRENCY"] = "1"
        folders = {
            role: release_folder(tmp_path_factory.mktemp(role))
            for role in ("web_a", "web_b", "scheduler")
        }
        envs = {
            role: procfile_env(folder, module_line_api.base_url, **shared)
            for role, folder in folders.items()
        }
        if request.param == "database":
            release = ["bash", "-c", f"exec {procfile_line('release')}"]
            subprocess.run(release, cwd=folders["web_a"], env=envs["web_a"], check=True)
        else:
            # The release line is run above; a second `flask` process would run the same
            # migrations for ~3 s of CPU and show nothing new: the same migrations, here.
            upgrade(database_url)
        webs = {
            role: spawn_gunicorn(
                envs[role], folders[role] / "web.log", procfile_line("web"), folders[role]
            )
            for role in ("web_a", "web_b")
        }
        with (folders["scheduler"] / "scheduler.log").open("wb") as log:
            scheduler = subprocess.Popen(
                ["bash", "-c", f"exec {procfile_line('scheduler')}"],
                cwd=folders["scheduler"],
                env=envs["scheduler"],
                stdout=log,
                stderr=log,
            )
        stack.callback(stop, scheduler, *(process for process, _ in webs.values()))
        engine = make_engine(database_url)
        stack.callback(engine.dispose)
        servers = {}
        for role, (process, url) in webs.items():
            await_healthy(process, url, folders[role] / "web.log")
            servers[role] = Server(url, database_url, engine, folders[role] / "web.log")
        yield Deployment(servers["web_a"], servers["web_b"], folders)


class Dashboard:
    """A browser's session on one web process (its session cookie kept over plain HTTP)."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.http = requests.Session()

    def _keep_cookies(self) -> None:
        # The dashboard's cookie is Secure (production is HTTPS); this test talks plain HTTP.
        for cookie in self.http.cookies:
            cookie.secure = False

    def get(self, path: str) -> requests.Response:
        """GET a dashboard path."""
        response = self.http.get(self.base_url + path, timeout=10)
        self._keep_cookies()
        return response

    def sign_in(self, login_url: str) -> None:
        """Open a one-time login link and tap its button, as the chair does."""
        path = "/" + login_url.split("/", 3)[3]
        token = CSRF.search(self.get(path).text).group(1)
        response = self.http.post(
            self.base_url + path, data={"csrf_token": token}, allow_redirects=False, timeout=10
        )
        assert response.status_code == 303, response.text
        self._keep_cookies()


def login_link(server: Server, folder: Path) -> str:
    """A chair added to the shared database and a one-time login link for them, as an
    operator's `flask members add` and `members login-link` would give (those commands are
    tested in tests/integration; here each was a process importing the whole app, ~4 s of
    CPU, for a set-up that is not what this test is about)."""
    env = make_env(server.database_url, folder, PUBLIC_BASE_URL="https://sujarit.example.org")
    app = create_app({"ENV": env, "TESTING": True})
    services = app.extensions["sujarit"]
    try:
        token = login_token(services, add_member(services, "chair", "ประธาน"))
    finally:
        services.engine.dispose()
    return f"https://sujarit.example.org/committee/login/{token}"


def evidence_statuses(server: Server, reference: str) -> list[str]:
    """The status of each of the ticket's evidence rows, as the shared database holds them now
    (read without the keys: names and sizes are sealed)."""
    with Session(server.engine) as session:
        query = select(Evidence.status).join(Ticket).where(Ticket.reference == reference)
        return list(session.scalars(query))


def files_under(folder: Path) -> list[Path]:
    """Every evidence file a process left in its own folder."""
    return [p for p in (folder / "evidence").rglob("*") if p.is_file()]


def test_a_photo_sent_to_web_a_is_fetched_by_the_scheduler_and_opened_on_web_b(
    deployment: Deployment, module_line_api, tmp_path
):
    photo = photo_with_gps()
    chat = HttpChat(deployment.web_a, module_line_api, "U" + uuid.uuid4().hex)
    event = media_event("image", chat.user_id)
    module_line_api.add_content(event["message"]["id"], photo, "image/jpeg")

    filed = submit(chat, evidence=[event])

    stored = wait_for(
        lambda: [
            status
            for status in evidence_statuses(deployment.web_a, filed.reference)
            if status == "stored"
        ],
        timeout=60,
        every=0.2,  # a query of the database each time; the scheduler looks every 3 s
    )
    assert stored, "the scheduler never stored the photo"
    chair = Dashboard(deployment.web_b.base_url)
    chair.sign_in(login_link(deployment.web_b, tmp_path))
    page = chair.get(f"/committee/tickets/{filed.reference}")
    assert page.status_code == 200
    links = [unescape(href) for href in re.findall(r'href="([^"]*/evidence/[^"]*)"', page.text)]
    original = next(link for link in links if "original=1" in link)
    clean = next(link for link in links if "original" not in link)

    assert chair.get(original).content == photo
    copy = Image.open(io.BytesIO(chair.get(clean).content))
    assert copy.size == Image.open(io.BytesIO(photo)).size
    assert all(files_under(folder) == [] for folder in deployment.folders.values())
