"""The real app under gunicorn (2 workers), pointed at a module-wide fake LINE API."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import requests
from pytest_httpserver import HTTPServer
from sqlalchemy import Engine, func, select

from storage.db import make_engine
from tests.conftest import (
    TEST_KEYS,
    make_env,
    migrated_sqlite,
)
from tests.e2e.browser import chromium, page, tabs  # noqa: F401  (the browser fixtures)
from tests.factories import (
    draft_buttons,
    follow_event,
    postback_event,
    sign,
    text_event,
    webhook_body,
)
from tests.fakes.line_api import FakeLineApi
from tests.model_caches import models_saved
from tests.paths import ROOT

SECRET = "e2e-channel-secret"
TOKEN = "e2e-access-token"


def wait_for(predicate: Callable[[], object], timeout: float = 10.0, every: float = 0.02) -> object:
    """Poll until `predicate()` is truthy (replies are sent after the webhook has answered),
    every `every` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(every)


@pytest.fixture(scope="module")
def module_line_api() -> Iterator[FakeLineApi]:
    """A FakeLineApi shared by one test module (the server under test points at it)."""
    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()
    try:
        fake = FakeLineApi(server, expected_token=TOKEN)
        yield fake
        assert not fake.handler_errors, "fake LINE API crashed:\n" + "\n".join(fake.handler_errors)
        assert not fake.violations, fake.violations
    finally:
        server.clear()
        if server.is_running():
            server.stop()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def e2e_database_url(sqlite_template, tmp_path_factory) -> str:
    """A migrated SQLite database for the server.

    SQLite alone: a second gunicorn on PostgreSQL cost ~10 s of CPU and showed nothing of the
    database's own (its tests are about HTTP, signatures, gunicorn's workers, metrics and logs).
    What the database does under them runs on both kinds in process: a redelivered event
    (tests/attacks/test_redteam_round5.py, a webhook replayed; test_redteam_round8.py, one
    event twice in a body), malformed events kept (tests/integration/bot/http/
    test_malformed_events.py), a failed reply pushed through the outbox
    (tests/integration/bot/line/test_delivery.py), a filing (tests/integration/handlers/
    complaint); several processes on PostgreSQL: test_several_hosts.py."""
    return migrated_sqlite(sqlite_template, tmp_path_factory.mktemp("e2e"))


class Server:
    """A running gunicorn serving `bot:create_app()`."""

    def __init__(self, base_url: str, database_url: str, engine: Engine, log: Path) -> None:
        self.base_url = base_url
        self.database_url = database_url
        self.engine = engine
        self.log = log

    def post(self, body: bytes, signature: str | None = "sign", **headers) -> requests.Response:
        """POST a body to /callback, signed with the channel secret unless told otherwise."""
        if signature == "sign":
            signature = sign(body, SECRET)
        if signature is not None:
            headers["X-Line-Signature"] = signature
        headers.setdefault("Content-Type", "application/json")
        return requests.post(f"{self.base_url}/callback", data=body, headers=headers, timeout=10)

    def count(self, model) -> int:
        """Rows of a model's table, read straight from the server's database."""
        with self.engine.connect() as conn:
            return conn.scalar(select(func.count()).select_from(model))


@pytest.fixture(scope="module")
def server(e2e_database_url, module_line_api, tmp_path_factory) -> Iterator[Server]:
    """gunicorn with 2 workers, LINE hosts pointed at the fake, on a free local port."""
    tmp = tmp_path_factory.mktemp("server")
    env = {
        **os.environ,
        "LINE_CHANNEL_SECRET": SECRET,
        "LINE_CHANNEL_ACCESS_TOKEN": TOKEN,
        "LINE_API_BASE_URL": module_line_api.base_url,
        "LINE_DATA_API_BASE_URL": module_line_api.base_url,
        "DATABASE_URL": e2e_database_url,
        "SECRET_KEY": "e2e-secret-key",
        **TEST_KEYS,
        "EVIDENCE_DIR": str(tmp / "evidence"),
        "PUBLIC_BASE_URL": "https://sujarit.example.org",
        # As production runs it: each worker counts into its own file here (bot/metrics.py).
        "PROMETHEUS_MULTIPROC_DIR": str(tmp_path_factory.mktemp("metrics")),
    }
    engine = make_engine(e2e_database_url)
    with gunicorn(env, tmp / "gunicorn.log") as base_url:
        try:
            yield Server(base_url, e2e_database_url, engine, tmp / "gunicorn.log")
        finally:
            engine.dispose()


def procfile_line(kind: str) -> str:
    """The command of one process type in the shipped Procfile."""
    for line in (ROOT / "Procfile").read_text().splitlines():
        name, _, command = line.partition(":")
        if name.strip() == kind:
            return command.strip()
    raise AssertionError(f"no {kind} line in the Procfile")


def procfile_env(folder: Path, line_api_url: str, **settings: str) -> dict:
    """The environment of a process started from the Procfile in its own `folder`.

    What a platform gives it: the venv on PATH, the release on PYTHONPATH, the LINE channel
    (pointed at the fake), the keys; its evidence folder, instance files and gunicorn's control
    socket (~/.gunicorn) in `folder`; nothing of this test process's own settings."""
    venv_bin = str(Path(sys.executable).parent)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LINE_", "SUJARIT_"))}
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)  # production does not set it: gunicorn.conf.py does
    env.update(
        PATH=f"{venv_bin}{os.pathsep}{env.get('PATH', '')}",
        PYTHONPATH=str(ROOT),
        LINE_CHANNEL_SECRET=SECRET,
        LINE_CHANNEL_ACCESS_TOKEN=TOKEN,
        LINE_API_BASE_URL=line_api_url,
        LINE_DATA_API_BASE_URL=line_api_url,
        SECRET_KEY="e2e-secret-key",
        EVIDENCE_DIR=str(folder / "evidence"),
        RECORD_ANCHOR_DIR=str(folder / "anchors"),
        PUBLIC_BASE_URL="https://sujarit.example.org",
        WEB_HOST="127.0.0.1",
        HOME=str(folder),
        **TEST_KEYS,
    )
    env.update(settings)
    return env


def release_folder(folder: Path) -> Path:
    """An empty working folder holding only the shipped gunicorn.conf.py, as a release's root
    would (so the default metrics directory, instance/metrics, lands in it)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "gunicorn.conf.py").symlink_to(ROOT / "gunicorn.conf.py")
    return folder


def spawn_gunicorn(
    env: dict, log: Path, shell_line: str | None = None, cwd: Path = ROOT
) -> tuple[subprocess.Popen, str]:
    """Start the web process as production runs it (gunicorn, 2 workers); its base URL.

    With `shell_line` (a Procfile line), that line is run by the shell with PORT set instead.
    """
    models_saved()  # its master loads them at its start: never trained there
    port = _free_port()
    if shell_line is None:
        command = [sys.executable, "-m", "gunicorn", "bot:create_app()", "--workers", "2"]
        # Its own metrics directory and no control socket: other xdist workers' servers run too.
        command += ["--bind", f"127.0.0.1:{port}", "--no-control-socket"]
        env = {"PROMETHEUS_MULTIPROC_DIR": str(log.parent / "metrics"), **env}
    else:
        command = ["bash", "-c", f"exec {shell_line}"]
        env = {**env, "PORT": str(port)}
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=out)
    return process, f"http://127.0.0.1:{port}"


def _listening(base_url: str) -> bool:
    """Whether anything listens on `base_url`'s port: a bare connection, ~50 µs of CPU when
    refused, where a refused `requests.get` costs ~1.6 ms (a session, its adapters, the
    exception's chain)."""
    host, port = base_url.removeprefix("http://").rsplit(":", 1)
    try:
        with socket.create_connection((host, int(port)), timeout=5):
            return True
    except OSError:
        return False


def await_healthy(process: subprocess.Popen, base_url: str, log: Path) -> None:
    """Wait until the web process answers /healthz; fail with its log if it never does."""

    def healthy() -> bool:
        if process.poll() is not None:
            return True  # ended: no use waiting (failed below, with its log)
        # Until gunicorn listens (seconds of booting: the app, the models) only the port is
        # tried: asking /healthz each time took this process 7 % of a core meanwhile.
        if not _listening(base_url):
            return False
        try:
            return requests.get(f"{base_url}/healthz", timeout=5).status_code == 200
        except requests.RequestException:
            return False

    # Generous: under pytest-xdist on a busy 2-core machine, booting 2 workers can be slow.
    if not wait_for(healthy, timeout=120) or process.poll() is not None:
        pytest.fail("gunicorn did not start:\n" + log.read_text(errors="replace"))


def stop(*processes: subprocess.Popen, grace: float = 30.0) -> None:
    """SIGTERM to each, as a platform stops processes, all at once; SIGKILL to those still
    running `grace` seconds later (a platform's 30). Each is waited for to its end: gunicorn's
    workers take seconds to exit on a busy machine (collecting their garbage), and a master
    killed before them leaves them running unseen, their CPU missing from what
    tests/cpu_profile.py counts and taken from the tests that run meanwhile."""
    for process in processes:
        process.terminate()
    deadline = time.monotonic() + grace
    for process in processes:
        try:
            process.wait(timeout=max(0.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def gunicorn(
    env: dict, log: Path, shell_line: str | None = None, cwd: Path = ROOT
) -> Iterator[str]:
    """The web process as production runs it (gunicorn, 2 workers); yields its base URL.

    With `shell_line` (a Procfile line), that line is run by the shell with PORT set instead.
    """
    process, base_url = spawn_gunicorn(env, log, shell_line, cwd)
    try:
        await_healthy(process, base_url, log)
        yield base_url
    finally:
        stop(process)


class HttpChat:
    """One LINE user talking to the server over HTTP; replies are read at the fake."""

    def __init__(self, server: Server, line_api: FakeLineApi, user_id: str) -> None:
        self.server = server
        self.line_api = line_api
        self.user_id = user_id
        self.shown: dict[str, str] = {}  # complaint buttons last shown (as Chat keeps them)

    def exchange(self, event: dict) -> list[dict]:
        """Post one signed event; return the messages of the reply to its token."""
        response = self.server.post(webhook_body(event))
        assert response.status_code == 200, response.text
        token = event["replyToken"]

        def replied():
            return [
                c
                for c in self.line_api.calls_to("/v2/bot/message/reply")
                if c.accepted and (c.json or {}).get("replyToken") == token
            ]

        calls = wait_for(replied)
        assert calls, f"no reply to {event.get('type')} arrived at the fake LINE API"
        messages = calls[0].json["messages"]
        for data in draft_buttons(messages):
            self.shown[data.split("&d=")[0]] = data
        return messages

    def say(self, text: str) -> list[dict]:
        """Type a message; the reply's messages."""
        return self.exchange(text_event(text, self.user_id))

    def tap(self, data: str) -> list[dict]:
        """Tap a postback button (a complaint button as last shown, naming its draft); the
        reply's messages."""
        data = self.shown.get(data, data) if "&d=" not in data else data
        return self.exchange(postback_event(data, self.user_id))

    def send(self, event_factory) -> list[dict]:
        """Send any event built by a factory for this user; the reply's messages."""
        return self.exchange(event_factory(user_id=self.user_id))

    def follow(self) -> list[dict]:
        """Add the account as a friend."""
        return self.exchange(follow_event(self.user_id))


@contextmanager
def served(env: dict) -> Iterator[tuple[str, object]]:
    """The app (TESTING) served for real on a free local port; yields its URL and services."""
    from werkzeug.serving import make_server

    from bot import create_app

    app = create_app({"ENV": env, "TESTING": True})
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}", app.extensions["sujarit"]
    finally:
        server.shutdown()
        app.extensions["sujarit"].engine.dispose()


@pytest.fixture
def live(database_url, tmp_path, line_api) -> Iterator[tuple[str, object]]:
    """The app served for real on a local port, talking to the fake LINE API."""
    env = make_env(
        database_url,
        tmp_path,
        LINE_API_BASE_URL=line_api.base_url,
        LINE_DATA_API_BASE_URL=line_api.base_url,
    )
    with served(env) as live_app:
        yield live_app
