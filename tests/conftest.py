"""Shared fixtures: databases (SQLite always, PostgreSQL with TEST_DATABASE_URL), the app, chats."""

from __future__ import annotations

import gc
import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

import pytest
from _pytest.mark.structures import ParameterSet
from flask import Flask
from jinja2 import BytecodeCache
from sqlalchemy import create_engine, text

import storage.crypto
import storage.schema  # noqa: F401  (every table, for the truncation)
import tests.property_profiles  # noqa: F401  (Hypothesis's profile, from HYPOTHESIS_PROFILE)
from bot import create_app
from handlers.understanding import model_cache
from storage.models import Base
from storage.types import utcnow
from tests import audit_starts
from tests.distribution import configure as configure_distribution
from tests.distribution import hand_out_order, name_groups
from tests.factories import Chat
from tests.fakes.recording_gateway import RecordingGateway
from tests.shared_engines import engine_for, forget, release, share_engines, share_sqlite
from tests.url_builders import share_url_builders

pytest_plugins = ["tests.fakes.fixtures", "tests.model_caches"]


class CompiledTemplates(BytecodeCache):
    """Templates compiled once per test process and shared by every app the tests build.

    Each app has its own Jinja environment, which compiles each template it renders again:
    about a quarter of a dashboard test's time. An entry is used only for the same source."""

    def __init__(self) -> None:
        self.compiled: dict[str, tuple[str, object]] = {}

    def load_bytecode(self, bucket) -> None:
        checksum, code = self.compiled.get(bucket.key, (None, None))
        if checksum == bucket.checksum:
            bucket.code = code

    def dump_bytecode(self, bucket) -> None:
        self.compiled[bucket.key] = (bucket.checksum, bucket.code)


Flask.jinja_options = {**Flask.jinja_options, "bytecode_cache": CompiledTemplates()}
# A tracking code's scrypt at its production cost (16 MiB, ~70 ms of CPU) is a tenth of a
# complaint test's time, paid at every filing: the tests' own process uses 1 MiB instead (the
# same function, salt and keys; the cheaper hasher in tests, as Django's test settings do).
# The processes the tests start (gunicorn, the scheduler, `flask`) keep the production cost,
# and tests/unit/storage/test_tracking_cost.py holds that cost where it is.
PRODUCTION_SCRYPT = storage.crypto.SCRYPT
storage.crypto.SCRYPT = {**PRODUCTION_SCRYPT, "n": 2**10}
share_url_builders()
share_engines()
# The test process holds far more long-lived objects than a web worker (every test module,
# PyThaiNLP's dictionary, the trained models, pytest's own), and Python's collector walks
# them again and again at its default pace (a young collection every 700 new objects): 15-20 %
# of the CPU of the red-team and recusal files, measured. Collecting the young every 100,000
# objects finds the same garbage (each test's app and sessions) a little later; the older
# generations are still collected, less often.
gc.set_threshold(100_000, 50, 100)

PG_URL = os.environ.get("TEST_DATABASE_URL", "")
# The three data keys a LINE deployment must set (never derived from SECRET_KEY).
TEST_KEYS = {
    "DATA_ENCRYPTION_KEY": "SHgYB4FmmtFGFU_65QJvLY83mCkzg-9KWskPKFhPCHo=",
    "DATA_LOOKUP_KEY": "test-lookup-key-0123456789abcdefghijklmnop",
    "RECORD_SEAL_KEY": "test-record-seal-key-0123456789abcdefghijk",
}

# The understanding's models trained once per run, not once per process: the session's
# first process (the xdist controller, or the only one) names a directory in the environment
# that the workers and every process the tests start (gunicorn, the scheduler, `flask`)
# inherit, and removes it at the end. A model-cache test makes its own directories.
_MADE_MODEL_CACHE: list[str] = []


def pytest_configure(config) -> None:
    configure_distribution(config)
    config.addinivalue_line("markers", _ONE_DATABASE_DOC)
    if not os.environ.get(model_cache.ENV):
        os.environ[model_cache.ENV] = tempfile.mkdtemp(prefix="sujarit-models-")
        _MADE_MODEL_CACHE.append(os.environ[model_cache.ENV])
    lookup_key = TEST_KEYS["DATA_LOOKUP_KEY"]
    model_cache.configure(os.environ[model_cache.ENV], storage.crypto.model_cache_key(lookup_key))
    # A test process waits for another's training to its end, however long the machine's load
    # makes it, then loads what was written: the production wait (a minute, then training
    # alone) let both xdist workers train under load, ~10 s of CPU each. The session's lock
    # is only ever held by the suite's own processes while they train.
    model_cache.LOCK_WAIT = float("inf")
    from tests.model_caches import train_beside  # (it imports this module)

    train_beside(config)


def pytest_unconfigure(config) -> None:
    from tests.model_caches import stop_training

    stop_training()
    for made in _MADE_MODEL_CACHE:
        shutil.rmtree(made, ignore_errors=True)
        os.environ.pop(model_cache.ENV, None)


def pg_name(prefix: str) -> str:
    """A PostgreSQL database name of its own: pytest-xdist workers and other runs work alongside."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    return f"{prefix}_{worker}_{os.getpid()}_{uuid.uuid4().hex[:6]}"


def _admin(*statements: str) -> None:
    admin = create_engine(
        PG_URL.replace("postgresql://", "postgresql+psycopg://", 1), isolation_level="AUTOCOMMIT"
    )
    with admin.connect() as conn:
        for statement in statements:
            conn.execute(text(statement))
    admin.dispose()


def _pg_database(name: str) -> str:
    """Create a fresh PostgreSQL database on the TEST_DATABASE_URL server; return its URL.

    Its commits do not wait for the disk (synchronous_commit off): a test database need not
    survive a crash, and waiting for each of the suite's thousands of commits costs minutes.
    What a transaction sees and locks is the same either way."""
    _admin(f'CREATE DATABASE "{name}"', f'ALTER DATABASE "{name}" SET synchronous_commit = off')
    return PG_URL.rsplit("/", 1)[0] + "/" + name


#: Databases made by this process and no longer used, waiting to be dropped together.
_UNUSED: list[str] = []
#: How many wait before a process drops them: each such process costs about half a second
#: of CPU (Python and psycopg), so one per database came to about 30 s over the suite.
DROP_BATCH = 8


def drop_pg_database(name: str) -> None:
    """Drop a database made by `_pg_database` soon, without waiting for it.

    PostgreSQL checkpoints on DROP DATABASE, which takes minutes on a busy disk; a process of
    its own does it while the tests go on (the name is never used again), for a few
    databases at a time, and for the rest when the session ends (`drop_unused_databases`)."""
    _UNUSED.append(name)
    if len(_UNUSED) >= DROP_BATCH:
        drop_unused_databases()


def drop_unused_databases() -> None:
    """Drop every database waiting in `_UNUSED`, in one process of its own."""
    if not _UNUSED:
        return
    statements = [f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)' for name in _UNUSED]
    _UNUSED.clear()
    script = "import sys, psycopg\n"
    script += "with psycopg.connect(sys.argv[1], autocommit=True) as conn:\n"
    script += "    for statement in sys.argv[2:]:\n"
    script += "        conn.execute(statement)\n"
    subprocess.Popen(
        [sys.executable, "-c", script, PG_URL, *statements],
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@pytest.fixture(scope="session")
def pg_template_url():
    """A migrated PostgreSQL database for this test session (skips without TEST_DATABASE_URL)."""
    if not PG_URL:
        pytest.skip("TEST_DATABASE_URL is not set")
    from tests.migrated import upgrade as climbed  # (it imports this module)

    name = pg_name("sujarit_test")
    url = _pg_database(name)
    # A copy of this process's climb to the head (`tests/migrated.py`): the climb is shared
    # with the migration tests, the e2e servers' databases and the red team's deployments,
    # each of which would otherwise run every migration again (seconds of CPU on PostgreSQL).
    climbed(url)
    yield url
    forget(url)
    drop_pg_database(name)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory):
    """A SQLite file migrated once per session: tests copy it rather than run every migration."""
    from tests.migrated import upgrade as climbed  # (it imports this module)

    path = tmp_path_factory.mktemp("template") / "migrated.db"
    climbed(f"sqlite:///{path}")  # this process's climb to the head, copied (as above)
    assert not path.with_name(path.name + "-wal").exists()  # all in the file, ready to copy
    return path


def migrated_sqlite(template, directory) -> str:
    """A copy of the migrated template in `directory`; its URL."""
    path = directory / "test.db"
    shutil.copy(template, path)
    return f"sqlite:///{path}"


#: The folder of this process's SQLite test database (`fresh_sqlite`).
_SQLITE_FOLDER = Path(tempfile.mkdtemp(prefix="sujarit-sqlite-"))


def fresh_sqlite(template) -> str:
    """This process's SQLite test database made a fresh copy of the migrated template; its
    URL. Always the same file, so the apps of every test share one engine and the SQL it
    compiled (tests/shared_engines.py)."""
    path = _SQLITE_FOLDER / "test.db"
    url = f"sqlite:///{path}"
    share_sqlite(url)
    for suffix in ("-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    shutil.copy(template, path)
    return url


def _emptying_script() -> str:
    """The statements that empty every table and restart every id, as one script.

    DELETE rather than TRUNCATE: a test leaves a few rows, and TRUNCATE's new files for
    40 tables cost about a second per test; DELETE of a few rows costs milliseconds. One
    script is one round trip, not forty statements compiled and sent one by one."""
    tables = reversed(Base.metadata.sorted_tables)  # rows that refer to others first
    statements = [f'DELETE FROM "{table.name}"' for table in tables]
    # Every sequence is a table's id (owned by its column), as TRUNCATE RESTART IDENTITY.
    statements.append("SELECT setval(seqrelid, seqstart, false) FROM pg_sequence")
    return ";\n".join(statements)


def empty_pg(url: str) -> None:
    """Empty every table of a migrated PostgreSQL database and restart its ids from 1."""
    with engine_for(url).begin() as conn:
        conn.exec_driver_sql(_EMPTYING)


_EMPTYING = _emptying_script()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    """A migrated, empty database: SQLite in a temp dir, and PostgreSQL when configured."""
    if request.param == "sqlite":
        return fresh_sqlite(request.getfixturevalue("sqlite_template"))
    url = request.getfixturevalue("pg_template_url")
    empty_pg(url)
    return url


#: For a module whose tests do not depend on the kind of database (a held-out villager's whole
#: conversation: what it measures is how the bot reads them, and the conversation tests run on
#: both kinds): `pytestmark = ONE_DATABASE` runs them on SQLite only, which every run has. A
#: test of such a module that needs no database is left as it is (`pytest_generate_tests`).
ONE_DATABASE = pytest.mark.one_database
_ONE_DATABASE_DOC = "one_database: database_url on SQLite only (the subject is not the database)"


@pytest.hookimpl(tryfirst=True)
def pytest_generate_tests(metafunc) -> None:
    """A test marked ONE_DATABASE that uses `database_url` gets SQLite alone, before the
    fixture's own two kinds are given (a test's own parametrize takes precedence over them);
    one that names its database itself (PostgreSQL for a race) keeps it."""
    test = metafunc.definition
    if "database_url" not in metafunc.fixturenames or not test.get_closest_marker("one_database"):
        return
    for mark in test.iter_markers("parametrize"):
        names = mark.args[0]
        if "database_url" in (
            names.replace(" ", "").split(",") if isinstance(names, str) else names
        ):
            return
    test.add_marker(pytest.mark.parametrize("database_url", ["sqlite"], indirect=True))


def paired_with_databases(fixture: str, values: list, ids: list[str]):
    """Parametrize a fixture's `values` (screen widths) and `database_url` in pairs rather than
    every combination: with TEST_DATABASE_URL the values take SQLite and PostgreSQL in turn,
    without it each runs on SQLite. Each value and each kind of database still runs once;
    what a width changes (the layout in Chromium) does not depend on the database, and what
    the database changes does not depend on the width, so the product only doubled the
    browser's and the server's work."""
    kinds = ["sqlite", "postgresql"] if PG_URL else ["sqlite"]
    pairs = [(kinds[i % len(kinds)], value) for i, value in enumerate(values)]
    names = [f"{kind}-{name}" for (kind, _), name in zip(pairs, ids, strict=True)]
    return pytest.mark.parametrize(("database_url", fixture), pairs, indirect=True, ids=names)


def first_on_both(argnames: str | tuple, argvalues: list, ids=None):
    """Parametrize a test over `argvalues` (the spellings of one name, the words of one
    answer) with each value on SQLite and the first also on PostgreSQL when configured.
    What the values vary is Python's (a name's normalisation, the reading of the words); the
    SQL they reach is the same for every value, and runs on both kinds through the first.
    A value may be a `pytest.param` (its marks and id are kept)."""
    names = [n.strip() for n in (argnames.split(",") if isinstance(argnames, str) else argnames)]
    given = list(argvalues)
    labels = list(ids) if ids is not None else [None] * len(given)

    def on(kind: str, value, label):
        if isinstance(value, ParameterSet):
            values, marks, label = value.values, value.marks, value.id or label
        else:
            values, marks = ((value,) if len(names) == 1 else tuple(value)), ()
        label = f"{kind}-{label}" if label is not None else None
        return pytest.param(kind, *values, marks=marks, id=label)

    cases = [on("sqlite", value, label) for value, label in zip(given, labels, strict=True)]
    if PG_URL and given:
        cases.append(on("postgresql", given[0], labels[0]))
    return pytest.mark.parametrize(("database_url", *names), cases, indirect=["database_url"])


@pytest.fixture
def sqlite_url(sqlite_template):
    """A migrated SQLite database only (for tests about one behaviour, not the backend)."""
    return fresh_sqlite(sqlite_template)


def make_env(database_url: str, tmp_path, **extra) -> dict:
    """Environment for a test app: a LINE channel, the given database, temp evidence dir."""
    env = {
        "LINE_CHANNEL_SECRET": "test-channel-secret",
        "LINE_CHANNEL_ACCESS_TOKEN": "test-access-token",
        "DATABASE_URL": database_url,
        "SECRET_KEY": "test-secret-key",
        **TEST_KEYS,
        "EVIDENCE_DIR": str(tmp_path / "evidence"),
        "RECORD_ANCHOR_DIR": str(tmp_path / "anchors"),
        "PUBLIC_BASE_URL": "https://sujarit.example.org",
        # Send within the request, so a test reads the replies as soon as its post returns
        # (the sender threads are tested on their own and under gunicorn in tests/e2e).
        "LINE_SENDER_THREADS": "0",
    }
    env.update(extra)
    return env


@pytest.fixture
def gateway():
    """A gateway that records what would be sent to LINE; nothing may break LINE's limits."""
    recorder = RecordingGateway()
    yield recorder
    assert not recorder.violations, "messages over LINE's limits:\n" + "\n".join(
        recorder.violations
    )


@pytest.fixture
def clock():
    """The app's clock: real time, unless a test module moves its own (tests/clock.py)."""
    return utcnow


def started_app(env: dict, gateway, clock) -> Flask:
    """A test app built on `env` (`make_env`), its audit start laid out as this process's
    first app on a new database and folder noted it (`tests/audit_starts.py`)."""
    laid_out = audit_starts.lay_out(env)
    application = create_app({"ENV": env, "GATEWAY": gateway, "TESTING": True, "CLOCK": clock})
    if laid_out is None:
        audit_starts.keep(env)
    return application


@pytest.fixture
def app(database_url, tmp_path, gateway, clock):
    """The app on a real database, with a recording gateway."""
    application = started_app(make_env(database_url, tmp_path), gateway, clock)
    yield application
    release(application.extensions["sujarit"].engine)


@pytest.fixture
def client(app):
    """Flask's test client."""
    return app.test_client()


@pytest.fixture
def runner(app):
    """Flask's CLI runner."""
    return app.test_cli_runner()


@pytest.fixture
def chat(app, client, gateway):
    """A citizen chatting with the bot through signed webhooks."""
    return Chat(client, gateway, "U" + uuid.uuid4().hex, "test-channel-secret")


@pytest.fixture
def services(app):
    """The app's services (unit-of-work factory, sender, …)."""
    return app.extensions["sujarit"]


def pytest_sessionfinish(session):
    """The databases still waiting are dropped as the session ends (the migration tests'
    climbed copies among them, `tests/migrated.py`)."""
    migrated = sys.modules.get("tests.migrated")
    if migrated is not None:
        migrated.forget_climbed()
    drop_unused_databases()
    shutil.rmtree(_SQLITE_FOLDER, ignore_errors=True)


def pytest_collection_finish(session) -> None:
    """What collection built (the modules, the ~8,000 tests, PyThaiNLP's dictionary) lives to
    the end: kept out of the collector's full passes (`gc.freeze`), which walked it all again,
    among them pytest's two at the session's end (~0.9 s of CPU per worker, measured)."""
    gc.freeze()


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """Under `--dist loadgroup`, tests that share a module's server run on one worker, and
    the long modules' tests are handed out first (tests/distribution.py)."""
    if getattr(config.option, "loadgroup", False):
        hand_out_order(items)
        name_groups(items)
